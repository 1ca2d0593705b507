import WalletModel

extension BundleVerification {
    /// The plain-text report `verify-bundle` prints without `--json`: verdict, holder, each bundle
    /// check with its code, and one line per credential.
    public var text: String {
        var lines = ["Bundle: \(valid ? "valid" : "NOT valid") (\(container.rawValue)\(wasEncrypted ? ", age-encrypted" : ""))"]
        lines.append("Holder: \(holder ?? "not stated")")
        for check in checks {
            let code = check.code.map { " [\($0.rawValue)]" } ?? ""
            lines.append("  \(Self.mark(check.result)) \(check.check.rawValue)\(code): \(check.message)")
        }
        lines.append("Credentials (\(credentials.count)):")
        for credential in credentials {
            let status = credential.verification.status
            lines.append("  \(status.mark) \(credential.title ?? credential.id) — \(status.rawValue)")
            for check in credential.verification.checks where check.result != .pass {
                let code = check.code.map { " [\($0.rawValue)]" } ?? ""
                lines.append("      \(check.check.rawValue) \(check.result.rawValue)\(code): \(check.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func mark(_ result: VerificationCheck.Result) -> String {
        switch result {
        case .pass: "✓"
        case .fail: "✗"
        case .unknown: "?"
        case .skipped: "-"
        }
    }
}
