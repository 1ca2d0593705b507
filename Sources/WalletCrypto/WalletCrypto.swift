public enum WalletCryptoModule {}
