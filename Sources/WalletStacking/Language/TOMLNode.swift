import Foundation
import TOMLKit

/// A Sendable copy of a parsed TOML document, so the compiler can walk it with key paths.
///
/// TOMLKit's tables are reference types over C++ nodes; converting once keeps the rest pure.
indirect enum TOMLNode: Sendable, Equatable {
    case table([String: TOMLNode])
    case array([TOMLNode])
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    case other(String)

    /// Parses TOML text; the error names the line and column.
    static func parse(_ text: String) throws(PathwayFileError) -> TOMLNode {
        do {
            let table = try TOMLTable(string: text)
            return convert(table)
        } catch let error as TOMLParseError {
            throw PathwayFileError.syntax(
                line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw PathwayFileError.syntax(line: 0, column: 0, message: "\(error)")
        }
    }

    private static func convert(_ value: any TOMLValueConvertible) -> TOMLNode {
        switch value.type {
        case .table:
            guard let table = value.table else { return .other("table") }
            var entries: [String: TOMLNode] = [:]
            for key in table.keys { if let child = table[key] { entries[key] = convert(child) } }
            return .table(entries)
        case .array:
            guard let array = value.array else { return .other("array") }
            return .array(array.map { convert($0) })
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .double(value.double ?? 0)
        case .bool: return .bool(value.bool ?? false)
        case .date:
            guard let date = value.date else { return .other("date") }
            return .date(year: date.year, month: date.month, day: date.day)
        case .time, .dateTime: return .other(value.type.description)
        }
    }

    /// The TOML type name used in messages.
    var typeName: String {
        switch self {
        case .table: "table"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .double: "number"
        case .bool: "boolean"
        case .date: "date"
        case .other(let name): name
        }
    }
}

/// Why a pathway file could not be read at all.
public enum PathwayFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .syntax(let line, let column, let message):
            "TOML syntax error at line \(line), column \(column): \(message)"
        }
    }
}
