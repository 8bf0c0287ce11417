import Foundation

/// One value bound to a statement parameter or read from a column, the same on both engines.
///
/// The store's schema uses only these shapes (`Docs/Store.md`): text (identifiers, dates as
/// ISO 8601 text, decimal amounts as text, JSON), integers (counts, sequences, 0/1 flags, row
/// IDs) and NULL. SQLite's `REAL` and PostgreSQL's `double precision` come back as ``real``;
/// PostgreSQL `boolean` results come back as ``integer`` 0 or 1.
enum StoreValue: Sendable, Equatable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as text for messages and raw-SQL tests: `NULL`, `12`, `0.5`, `sq`.
    var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        }
    }
}

/// A Swift value that can be bound to a statement parameter.
protocol StoreArgument {
    /// The value bound.
    var storeValue: StoreValue { get }
}

extension String: StoreArgument {
    var storeValue: StoreValue { .text(self) }
}

extension Int: StoreArgument {
    var storeValue: StoreValue { .integer(Int64(self)) }
}

extension Int64: StoreArgument {
    var storeValue: StoreValue { .integer(self) }
}

extension Bool: StoreArgument {
    /// Flags are INTEGER 0/1 on both engines.
    var storeValue: StoreValue { .integer(self ? 1 : 0) }
}

extension StoreValue: StoreArgument {
    var storeValue: StoreValue { self }
}

extension Optional: StoreArgument where Wrapped: StoreArgument {
    var storeValue: StoreValue { self?.storeValue ?? .null }
}

/// One result row: column names (lower case, as the query names them) and values.
///
/// Read with ``string(_:)``, ``int(_:)``, … which throw ``StoreRowError`` when a column is
/// missing or holds another shape; the store turns that into an "unreadable store data" error.
struct StoreRow: Sendable {
    /// Column names in result order.
    let columns: [String]
    /// Values in result order.
    let values: [StoreValue]

    /// The value of `column`.
    func value(_ column: String) throws -> StoreValue {
        guard let index = columns.firstIndex(of: column) else {
            throw StoreRowError(column: column, problem: "missing")
        }
        return values[index]
    }

    /// The value of the first column.
    var first: StoreValue { values.first ?? .null }

    /// The text in `column`.
    func string(_ column: String) throws -> String {
        guard let text = try optionalString(column) else { throw StoreRowError(column: column, problem: "is NULL") }
        return text
    }

    /// The text in `column`, or `nil` for NULL.
    func optionalString(_ column: String) throws -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case let other: throw StoreRowError(column: column, problem: "holds \(other), not text")
        }
    }

    /// The integer in `column`.
    func int(_ column: String) throws -> Int {
        guard let number = try optionalInt(column) else { throw StoreRowError(column: column, problem: "is NULL") }
        return number
    }

    /// The integer in `column`, or `nil` for NULL.
    func optionalInt(_ column: String) throws -> Int? {
        switch try value(column) {
        case .null: return nil
        case .integer(let number): return Int(number)
        case let other: throw StoreRowError(column: column, problem: "holds \(other), not an integer")
        }
    }

    /// The 0/1 flag in `column`.
    func bool(_ column: String) throws -> Bool { try int(column) != 0 }

    /// The 0/1 flag in `column`, or `nil` for NULL.
    func optionalBool(_ column: String) throws -> Bool? { try optionalInt(column).map { $0 != 0 } }
}

/// A column a row does not have, or holds in another shape than the code reads.
struct StoreRowError: Error, CustomStringConvertible {
    var column: String
    var problem: String

    var description: String { "column \(column) \(problem)" }
}
