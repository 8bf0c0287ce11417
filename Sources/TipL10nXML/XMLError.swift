import Foundation

/// An error found while reading, writing or validating XML (or HTML).
///
/// Lines and columns are 1-based; `0` means the position is not known and is left out of
/// ``description``. `code` keeps libxml2's raw `xmlParserErrors` value (`0` for errors
/// raised by tipl10n itself), the way GRDB keeps SQLite's result code.
///
/// The message is written once, in ``description``:
/// `path:line:column: error: message` (lower case, no trailing period).
public struct XMLError: Error, CustomStringConvertible, LocalizedError, Equatable, Sendable {
    /// What went wrong, in categories a caller can act on.
    public enum Kind: String, Sendable {
        /// The input is not well-formed XML (libxml2's first error).
        case malformed
        /// The input carries a `<!DOCTYPE …>`; refused so that no DTD or entity is ever processed.
        case doctypeForbidden
        /// The input is larger than ``XMLTree/ParseOptions/maximumSize`` or a limit of
        /// ``XMLStreamReader/Options``.
        case tooLarge
        /// A string to be written holds a character XML 1.0 does not allow.
        case invalidCharacter
        /// The document does not validate against an XML Schema.
        case schemaInvalid
        /// The schema itself could not be read.
        case schemaUnreadable
        /// libxml2's writer failed (out of memory, or calls out of order).
        case writer
        /// The file cannot be opened or read (no such file, a folder, no permission).
        case unreadable
    }

    public var kind: Kind
    /// The file the input came from, as the user named it.
    public var path: String
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// Lower-case message without a trailing period.
    public var message: String
    /// libxml2's error code (`xmlParserErrors`), or 0.
    public var code: Int

    public init(kind: Kind, path: String, line: Int = 0, column: Int = 0, message: String, code: Int = 0) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.code = code
    }

    public var description: String {
        var location = path
        if line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }

    public var errorDescription: String? { description }
}

extension XMLError {
    /// Normalises a libxml2 message to house style: trimmed, first letter lower-cased,
    /// no trailing period.
    static func houseStyle(_ raw: String) -> String {
        // One line: libxml2 sometimes adds a second line ("Bytes: 0xFF 0xC3 …").
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        while text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first, first.isUppercase else { return text }
        // Keep acronyms such as "XML" or "PCDATA" as they are.
        let second = text.dropFirst().first
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }
}
