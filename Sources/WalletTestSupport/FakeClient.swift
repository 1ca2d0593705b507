import Foundation
import WalletModel
import WalletTUI

/// Why a fake client closure failed; tests assert on the message the UI shows.
public struct FakeClientError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension WalletClient {
    /// A client whose every closure fails loudly (swift-dependencies' `testValue`): a test sets
    /// only the closures it expects to be called.
    public static var failing: WalletClient {
        WalletClient(
            unlock: { _ in throw FakeClientError("unexpected unlock") },
            overviews: { throw FakeClientError("unexpected overviews") },
            credential: { _ in throw FakeClientError("unexpected credential") },
            importCandidates: { _ in [] },
            importFiles: { paths in paths.map { ImportFileResult(file: $0, status: .rejected, message: "unexpected import") } },
            stackingSummary: { throw FakeClientError("unexpected stacking") },
            export: { _, _ in throw FakeClientError("unexpected export") },
            completions: { _ in [] })
    }

    /// A client over fixed overviews; credentials are built from them; unlock accepts `passphrase`.
    public static func fake(_ overviews: [CredentialOverview], passphrase: String = "pw") -> WalletClient {
        var client = WalletClient.failing
        client.unlock = { bytes in
            guard bytes == Array(passphrase.utf8) else { throw FakeClientError("Wrong passphrase. Try again.") }
        }
        client.overviews = { overviews }
        client.credential = { id in
            guard let overview = overviews.first(where: { $0.id == id }) else { throw FakeClientError("not found") }
            return Fixtures.credential(overview)
        }
        return client
    }
}
