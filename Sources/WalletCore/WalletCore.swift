public enum WalletCoreModule {}
