import WalletJSON
import WalletModel

/// Reads one entry of a verified BitstringStatusList / StatusList2021 credential.
/// Bit 0 is the most significant bit of byte 0 (standards.md § 1.2).
enum StatusListDecoder {
    static func check(list: JSONObject, index: Int, purpose: String, size: Int, url: String) -> VerificationCheck {
        let subject = list["credentialSubject"]?.asList.first?.objectValue ?? JSONObject()
        if let listPurpose = subject["statusPurpose"]?.stringValue, listPurpose != purpose {
            return fail(.malformed, "The cached list \(url) is for \(listPurpose), not \(purpose).")
        }
        guard let encoded = subject["encodedList"]?.stringValue,
            let compressed = encoded.hasPrefix("u") ? Multibase.decode(encoded) : Base64URL.decode(encoded),
            let bits = try? Inflate.gunzip(compressed)
        else { return fail(.malformed, "The cached list \(url) has an unreadable encodedList.") }
        let width = max(1, min(size, 32))
        guard (index + 1) * width <= bits.count * 8 else {
            return fail(.malformed, "Status index \(index) is past the end of the list \(url).")
        }
        var value = 0
        for bit in (index * width)..<((index + 1) * width) {
            value = value << 1 | Int((bits[bit / 8] >> (7 - UInt8(bit % 8))) & 1)
        }
        guard value != 0 else {
            return VerificationCheck(check: .status, result: .pass, message: "Not \(purpose == "suspension" ? "suspended" : "revoked") according to the cached list \(url).")
        }
        switch purpose {
        case "revocation": return fail(.revoked, "Revoked by the issuer (list \(url), index \(index)).")
        case "suspension": return fail(.suspended, "Suspended by the issuer (list \(url), index \(index)).")
        default:
            return VerificationCheck(
                check: .status, result: .unknown, code: .statusUnknown,
                message: "Status \(purpose) value \(value) at index \(index) of \(url).")
        }
    }

    static func fail(_ code: FailureCode, _ message: String) -> VerificationCheck {
        VerificationCheck(check: .status, result: .fail, code: code, message: message)
    }
}
