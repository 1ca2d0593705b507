import Foundation
import WalletJSON
import WalletModel

/// The `status` check: BitstringStatusList / StatusList2021 entries are checked against a cached
/// list credential the user added (`cairn status add`), whose own proof must verify; anything else
/// is `unknown` / `status-unknown`, never silently passed.
public struct StatusChecker: Sendable {
    /// Returns the cached status list credential whose `id` is the given URL, or nil.
    public typealias Lookup = @Sendable (String) -> JSONObject?

    let lookup: Lookup
    let verifier: DataIntegrityVerifier

    public init(lookup: @escaping Lookup, verifier: DataIntegrityVerifier) {
        self.lookup = lookup
        self.verifier = verifier
    }

    public func check(_ credential: JSONObject, at date: Date) -> VerificationCheck {
        let entries = (credential["credentialStatus"]?.asList ?? []).compactMap(\.objectValue)
        guard !entries.isEmpty else {
            return VerificationCheck(check: .status, result: .skipped, message: "The credential declares no revocation or suspension list.")
        }
        var checks = entries.map { check(entry: $0, at: date) }
        if let failing = checks.first(where: { $0.result == .fail }) { return failing }
        if let unknown = checks.first(where: { $0.result != .pass }) { return unknown }
        checks.sort { $0.message < $1.message }
        return checks[0]
    }

    func check(entry: JSONObject, at date: Date) -> VerificationCheck {
        let type = entry["type"]?.asList.first?.stringValue ?? "(untyped)"
        guard type == "BitstringStatusListEntry" || type == "StatusList2021Entry" else {
            return unknown("\(type) status cannot be checked offline.")
        }
        guard let url = entry["statusListCredential"]?.stringValue, let index = Self.index(entry["statusListIndex"]) else {
            return VerificationCheck(check: .status, result: .fail, code: .malformed, message: "The \(type) entry lacks statusListCredential or a valid statusListIndex.")
        }
        guard let list = lookup(url) else {
            return unknown("No cached copy of the status list \(url); add one with `cairn status add FILE`.")
        }
        let listIssuer = list["issuer"]?.stringValue ?? list["issuer"]?["id"]?.stringValue
        let listChecks = verifier.verify(credential: list, issuer: listIssuer, at: date)
        guard listChecks.allSatisfy({ $0.result == .pass }) else {
            let reason = listChecks.first { $0.result != .pass }?.message ?? ""
            return unknown("The cached status list \(url) could not be verified: \(reason)")
        }
        let purpose = entry["statusPurpose"]?.stringValue ?? "revocation"
        return StatusListDecoder.check(list: list, index: index, purpose: purpose, size: Self.index(entry["statusSize"]) ?? 1, url: url)
    }

    /// `statusListIndex` as a string (VC 2.0) or number (1EdTech).
    static func index(_ value: JSONValue?) -> Int? {
        if let text = value?.stringValue { return Int(text).flatMap { $0 >= 0 ? $0 : nil } }
        if let number = value?.doubleValue, number >= 0, number == number.rounded(), number < 1e12 { return Int(number) }
        return nil
    }

    func unknown(_ message: String) -> VerificationCheck {
        VerificationCheck(check: .status, result: .unknown, code: .statusUnknown, message: message)
    }
}
