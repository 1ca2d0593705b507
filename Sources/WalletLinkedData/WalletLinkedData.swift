public enum WalletLinkedDataModule {}
