import ArgumentParser
import WalletCore

CairnCommand.main()
