// The WalletLinkedDataTests suites live beside this file.
