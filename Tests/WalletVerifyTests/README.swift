// The WalletVerifyTests suites live beside this file.
