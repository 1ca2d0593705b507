// The WalletStoreTests suites live beside this file.
