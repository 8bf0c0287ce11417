import Foundation

/// A file that cannot be read as a TIP Report rollout cable.
///
/// The message is written once, in ``description``: `path:line: error: message`, or
/// `path: error: message` when no line applies; lower case, no trailing period. Lines are
/// 1-based in ``Cable/text``.
public struct CableError: DiagnosticError, Equatable {
    /// The file as the user named it.
    public var path: String
    /// 1-based line, or `nil` when the problem has no single line.
    public var line: Int?
    /// What was expected and where the reader looked; lower case, no trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message` or `path: error: message` as a diagnostic (check `cable`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, line: line ?? 0, unitID: nil, severity: .error, check: "cable", message: message)
    }
}

extension CableError {
    /// The file is empty or white space only.
    static func emptyFile(path: String) -> CableError {
        CableError(path: path, message: "not a cable: the file is empty")
    }

    /// No caption or `FM` line near the top.
    static func notACable(path: String, limit: Int) -> CableError {
        CableError(
            path: path,
            message:
                "not a cable: expected a telegram header (a caption such as 'UNCLAS STATE 061188' or an 'FM <sender>' line) in the first \(limit) lines"
        )
    }

    /// An HTML page with no `<pre>` text.
    static func noPreformattedText(path: String) -> CableError {
        CableError(path: path, message: "not a cable: expected the telegram text in <pre> blocks of the HTML page")
    }

    /// An HTML page libxml2 could not read.
    static func unreadableHTML(path: String, line: Int?, reason: String) -> CableError {
        CableError(path: path, line: line, message: "not a cable: the HTML page could not be read: \(reason)")
    }

    /// A header field the reader requires is missing.
    static func incompleteHeader(path: String, line: Int?, expected: String) -> CableError {
        CableError(path: path, line: line, message: "incomplete telegram header: expected \(expected)")
    }

    /// A file with NUL bytes that is not UTF-16.
    static func binaryFile(path: String) -> CableError {
        CableError(path: path, message: "not a cable: the file is binary (it contains NUL bytes)")
    }

    /// A UTF-16 byte-order mark followed by bytes that are not UTF-16.
    static func invalidUTF16(path: String) -> CableError {
        CableError(
            path: path, message: "not a cable: the file starts with a UTF-16 byte-order mark but is not valid UTF-16")
    }

    /// A file over ``CableParser/maximumSize``.
    static func tooLarge(path: String, byteCount: Int, limit: Int) -> CableError {
        let mebibytes = 1 << 20
        let limitText = limit.isMultiple(of: mebibytes) ? "\(limit / mebibytes) MiB" : "\(limit) bytes"
        return CableError(
            path: path, message: "not a cable: the file is \(byteCount) bytes; cables are at most \(limitText)")
    }

    /// A control character other than TAB, newline and form feed.
    static func controlCharacter(path: String, line: Int, scalar: Unicode.Scalar) -> CableError {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return CableError(
            path: path, line: line, message: "the cable contains the control character U+\(padded): expected plain text"
        )
    }
}
