import Testing
import WalletCore

@Suite struct PassphraseSourceTests {
    static let bundle = PassphraseSource.Variables(file: "CAIRN_BUNDLE_PASSPHRASE_FILE", value: "CAIRN_BUNDLE_PASSPHRASE")

    @Test("an unreadable passphrase file is named by path and by the variable that pointed to it")
    func unreadableFile() {
        let source = PassphraseSource(environment: ["CAIRN_BUNDLE_PASSPHRASE_FILE": "/nonexistent/pass.txt"])
        #expect(throws: WalletError.noPassphrase("cannot read /nonexistent/pass.txt, the file named by CAIRN_BUNDLE_PASSPHRASE_FILE")) {
            try source.read(prompt: "", variables: Self.bundle)
        }
    }

    @Test("the bundle variables are read, not the wallet's")
    func bundleVariables() throws {
        let source = PassphraseSource(environment: ["CAIRN_PASSPHRASE": "wallet", "CAIRN_BUNDLE_PASSPHRASE": "bundle"])
        #expect(try source.read(prompt: "", variables: Self.bundle) == Passphrase("bundle"))
    }
}
