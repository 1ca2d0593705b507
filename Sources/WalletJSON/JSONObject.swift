/// A JSON object that remembers member order (for faithful display and round-trips).
///
/// Member names are compared by their exact bytes, not with `String ==` (which uses canonical
/// equivalence): `"Å"` and `"A\u{30A}"` are two different JSON members, and JCS and duplicate-key
/// detection depend on telling them apart. Small objects (the usual case in credentials) are a
/// plain array searched linearly; a hash index is built only past `indexThreshold` members,
/// because hashing every lookup cost more than the scan in the inspect benchmark.
public struct JSONObject: Equatable, Sendable, Sequence {
    private var storage: [(key: String, value: JSONValue)]
    private var index: [ExactKey: Int]?

    static let indexThreshold = 16

    /// Creates an empty object.
    public init() {
        storage = []
        index = nil
    }

    /// An empty object with room for `capacity` members (the parser: growing from empty
    /// reallocated the member array four times for a typical credential object).
    init(reservingCapacity capacity: Int) {
        self.init()
        storage.reserveCapacity(capacity)
    }

    /// Creates an object from ordered members; a later duplicate replaces the earlier value.
    public init(_ members: [(String, JSONValue)]) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    /// Member names in source order.
    public var keys: [String] { storage.map(\.key) }

    /// The member value, or nil. Setting nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { storage[$0].value } }
        set {
            if let found = position(of: key) {
                if let newValue {
                    storage[found].value = newValue
                } else {
                    storage.remove(at: found)
                    rebuildIndex()
                }
            } else if let newValue {
                storage.append((key, newValue))
                if index != nil {
                    index?[ExactKey(key)] = storage.count - 1
                } else if storage.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    /// The offset of member `key`, or nil. (An indexed loop: the `firstIndex` closure copied each
    /// member tuple, and the retain/release showed in the inspect benchmark.)
    func position(of key: String) -> Int? {
        if let index { return index[ExactKey(key)] }
        for offset in storage.indices where ExactKey.equal(storage[offset].key, key) { return offset }
        return nil
    }

    /// Replaces the value at `offset` (from `position(of:)`).
    mutating func replaceValue(at offset: Int, with value: JSONValue) {
        storage[offset].value = value
    }

    /// Appends a member the caller knows is absent (the parser has just checked `position(of:)`).
    mutating func appendAbsent(_ key: String, _ value: JSONValue) {
        storage.append((key, value))
        if index != nil {
            index?[ExactKey(key)] = storage.count - 1
        } else if storage.count > Self.indexThreshold {
            rebuildIndex()
        }
    }

    private mutating func rebuildIndex() {
        guard storage.count > Self.indexThreshold else {
            index = nil
            return
        }
        var built: [ExactKey: Int] = [:]
        for (offset, member) in storage.enumerated() { built[ExactKey(member.key)] = offset }
        index = built
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    /// Members in source order.
    public var members: [(key: String, value: JSONValue)] { storage }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        storage.makeIterator()
    }

    /// Objects are equal when they hold the same members, whatever the order (as JSON defines).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.storage.allSatisfy { member in rhs[member.key] == member.value }
    }
}

/// A member name hashed and compared by its UTF-8 bytes (exact scalars, no canonical equivalence).
struct ExactKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool { equal(lhs.text, rhs.text) }

    /// Byte equality of two strings.
    ///
    /// `==` first: it is a raw-bits or memcmp test for the usual small or ASCII keys, and strings
    /// with equal bytes are always `==`; only a `==` match is confirmed byte for byte, because
    /// canonically equivalent spellings are `==` too.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count, lhs == rhs else { return false }
        let fast = lhs.utf8.withContiguousStorageIfAvailable { l in
            rhs.utf8.withContiguousStorageIfAvailable { r in l.elementsEqual(r) }
        }
        if let fast, let equal = fast { return equal }
        return lhs.utf8.elementsEqual(rhs.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
