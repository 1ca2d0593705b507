/// A JSON object that remembers member order (for faithful display and round-trips).
///
/// Member names are compared by their exact Unicode scalars, not with `String ==` (which uses
/// canonical equivalence): `"Å"` and `"A\u{30A}"` are two different JSON members, and JCS and
/// duplicate-key detection depend on telling them apart.
public struct JSONObject: Equatable, Sendable, Sequence {
    /// Member names in source order.
    public private(set) var keys: [String]
    private var storage: [ExactKey: JSONValue]

    /// Creates an empty object.
    public init() {
        keys = []
        storage = [:]
    }

    /// Creates an object from ordered members; a later duplicate replaces the earlier value.
    public init(_ members: [(String, JSONValue)]) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    /// The member value, or nil. Setting nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { storage[ExactKey(key)] }
        set {
            let exact = ExactKey(key)
            if let newValue {
                if storage.updateValue(newValue, forKey: exact) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: exact) != nil {
                keys.removeAll { ExactKey($0) == exact }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Members in source order.
    public var members: [(key: String, value: JSONValue)] {
        keys.compactMap { key in storage[ExactKey(key)].map { (key, $0) } }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    /// Objects are equal when they hold the same members, whatever the order (as JSON defines).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.storage == rhs.storage }
}

/// A member name hashed and compared by its UTF-8 bytes (exact scalars, no canonical equivalence).
struct ExactKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { l in right.withUTF8 { r in l.elementsEqual(r) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
