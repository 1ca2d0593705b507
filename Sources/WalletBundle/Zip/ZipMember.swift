import Foundation

/// One regular file of a zip archive, read fully into memory.
public struct ZipMember: Equatable, Sendable {
    /// The validated relative path, `/`-separated.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
