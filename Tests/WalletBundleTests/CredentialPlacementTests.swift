import Foundation
import Testing
@testable import WalletBundle
import WalletModel

/// `CredentialPlacement(format:)` lets callers (the TUI share flow) check before exporting; it must
/// agree with the placement the exporter actually uses, for every format.
@Suite struct CredentialPlacementTests {
    @Test("the placement by format agrees with the exporter's for every credential format")
    func agreesWithExporter() throws {
        for format in CredentialFormat.allCases {
            let original = format == .vcJWT ? BundleFixtures.jwtOriginal : BundleFixtures.ob3Original
            let credential = BundleFixtures.credential(1, format, original, title: "T")
            #expect(try PresentationItem(credential).placement == CredentialPlacement(format: format), "\(format)")
        }
    }
}
