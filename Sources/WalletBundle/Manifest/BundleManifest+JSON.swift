import Foundation
import WalletJSON
import WalletModel

extension BundleManifest {
    /// The manifest as JSON, members in a fixed order.
    public var json: JSONValue {
        let fileValues: [JSONValue] = files.map { file in
            .object(JSONObject([
                ("path", .string(file.path)), ("sha256", .string(file.sha256)),
                ("size", .number(JSONNumber(file.size))), ("mediaType", .string(file.mediaType)),
            ]))
        }
        let items: [JSONValue] = credentials.map { item in
            var members: [(String, JSONValue)] = [("id", .string(item.id)), ("format", .string(item.format.rawValue))]
            if let title = item.title { members.append(("title", .string(title))) }
            members += [("file", .string(item.file)), ("placement", .string(item.placement.rawValue))]
            return .object(JSONObject(members))
        }
        var members: [(String, JSONValue)] = [
            ("format", .string(Self.formatName)), ("created", .string(BundleDate.format(created))),
        ]
        if let holder { members.append(("holder", .string(holder))) }
        members += [("files", .array(fileValues)), ("credentials", .array(items))]
        return .object(JSONObject(members))
    }

    /// Parses `manifest.json`, rejecting anything cairn would not have written.
    public init(json value: JSONValue) throws(BundleError) {
        guard let object = value.objectValue, object["format"]?.stringValue == Self.formatName else {
            throw .malformedDocument("manifest.json is not a \(Self.formatName) manifest")
        }
        guard let createdText = object["created"]?.stringValue, let created = BundleDate.parse(createdText) else {
            throw .malformedDocument("manifest.json has no valid \"created\" date")
        }
        let files = try (object["files"]?.arrayValue ?? []).map(Self.parseFile)
        let items = try (object["credentials"]?.arrayValue ?? []).map(Self.parseItem)
        self.init(created: created, holder: object["holder"]?.stringValue, files: files, credentials: items)
    }

    private static func parseFile(_ value: JSONValue) throws(BundleError) -> File {
        guard let path = value["path"]?.stringValue, let hash = value["sha256"]?.stringValue,
            let size = value["size"]?.doubleValue, let mediaType = value["mediaType"]?.stringValue
        else { throw .malformedDocument("a manifest file entry lacks path, sha256, size or mediaType") }
        return File(path: path, sha256: hash, size: Int(size), mediaType: mediaType)
    }

    private static func parseItem(_ value: JSONValue) throws(BundleError) -> Item {
        guard let id = value["id"]?.stringValue, let formatText = value["format"]?.stringValue,
            let format = CredentialFormat(rawValue: formatText), let file = value["file"]?.stringValue,
            let placementText = value["placement"]?.stringValue,
            let placement = CredentialPlacement(rawValue: placementText)
        else { throw .malformedDocument("a manifest credential entry lacks id, format, file or placement") }
        return Item(id: id, format: format, title: value["title"]?.stringValue, file: file, placement: placement)
    }
}
