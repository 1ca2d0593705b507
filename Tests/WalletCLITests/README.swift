// The WalletCLITests suites live beside this file.
