/// RDFC-1.0 identifier issuer (§ 4.5): hands out `prefix0`, `prefix1`, … and remembers the order
/// in which existing identifiers received them.
struct IdentifierIssuer {
    let prefix: String
    private(set) var counter = 0
    private(set) var issued: [String: String] = [:]
    /// Existing identifiers in issuance order.
    private(set) var order: [String] = []

    init(prefix: String) {
        self.prefix = prefix
    }

    /// The identifier issued for `existing`, issuing a new one if needed.
    @discardableResult
    mutating func issue(_ existing: String) -> String {
        if let id = issued[existing] { return id }
        let id = prefix + String(counter)
        counter += 1
        issued[existing] = id
        order.append(existing)
        return id
    }

    func identifier(for existing: String) -> String? { issued[existing] }

    func hasIssued(_ existing: String) -> Bool { issued[existing] != nil }
}
