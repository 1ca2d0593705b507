public enum WalletStackingModule {}
