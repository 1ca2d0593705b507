// The WalletStackingTests suites live beside this file.
