// The WalletCryptoTests suites live beside this file.
