public enum WalletTestSupportModule {}
