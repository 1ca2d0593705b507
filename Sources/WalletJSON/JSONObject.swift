/// A JSON object that remembers member order (for faithful display and round-trips).
public struct JSONObject: Equatable, Sendable, Sequence {
    /// Member names in source order.
    public private(set) var keys: [String]
    private var storage: [String: JSONValue]

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
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Members in source order.
    public var members: [(key: String, value: JSONValue)] {
        keys.compactMap { key in storage[key].map { (key, $0) } }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    /// Objects are equal when they hold the same members, whatever the order (as JSON defines).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.storage == rhs.storage }
}
