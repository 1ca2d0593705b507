// The WalletTUITests suites live beside this file.
