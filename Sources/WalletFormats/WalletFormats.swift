public enum WalletFormatsModule {}
