// The WalletBundleTests suites live beside this file.
