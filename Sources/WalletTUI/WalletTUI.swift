public enum WalletTUIModule {}
