/// The purpose a sealed blob was made for; part of its associated data.
///
/// Why: a ciphertext sealed as one record's overview must not open as another record's details,
/// or as any record of another table (Bitwarden "object/content namespaces").
public struct Namespace: Sendable, Equatable {
    /// The label, e.g. `cairn.v1/credential.overview`.
    public let label: String
    /// The object the blob belongs to (a record id).
    public let objectID: String
    /// The schema version of the plaintext inside.
    public let schemaVersion: UInt16

    public init(label: String, objectID: String, schemaVersion: UInt16) {
        self.label = label
        self.objectID = objectID
        self.schemaVersion = schemaVersion
    }

    /// The associated-data bytes: label ‖ 0x00 ‖ id ‖ 0x00 ‖ version (big-endian).
    var associatedData: [UInt8] {
        Array(label.utf8) + [0] + Array(objectID.utf8) + [0]
            + [UInt8(schemaVersion >> 8), UInt8(schemaVersion & 0xff)]
    }
}
