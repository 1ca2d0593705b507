// The WalletCoreTests suites live beside this file.
