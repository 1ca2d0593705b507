public enum WalletStoreModule {}
