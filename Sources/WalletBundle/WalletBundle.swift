public enum WalletBundleModule {}
