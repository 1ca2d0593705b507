import Foundation
import WalletJSON
import WalletModel

extension CredentialJSON {
    /// `verify --json`: one object per credential, `id`, `title`, `format`, `verification`
    /// (the same report object as `import --json` and `inspect --json`).
    public static func verifications(_ results: [ReverifiedCredential]) -> String {
        JSONWriter(indent: 2).string(.array(results.map(verifyEntry))) + "\n"
    }

    static func verifyEntry(_ result: ReverifiedCredential) -> JSONValue {
        .object(JSONObject([
            ("id", .string(result.id.rawValue)),
            ("title", result.title.map(JSONValue.string) ?? .null),
            ("format", .string(result.format.rawValue)),
            ("verification", verification(result.verification)),
        ]))
    }
}
