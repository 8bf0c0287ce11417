import Foundation

/// A problem in a cable that the reader worked around: reported, never thrown.
///
/// Made by ``SourceDocument/extract(from:path:)`` for a cable that may be cut off or damaged
/// (no signature, an unfinished sentence, a missing narrative heading or press guidance, text
/// outside a question and answer pair). ``description`` reads `path:line: warning: message`, or
/// `path: warning: message` when no line applies; lower case, no trailing period. Lines are
/// 1-based in ``Cable/text``. The messages are listed in `Docs/Cables.md`.
public struct SourceWarning: Sendable, Equatable, CustomStringConvertible {
    /// The cable's file name as the user gave it.
    public var path: String
    /// 1-based line in ``Cable/text``, or `nil` when the problem has no single line.
    public var line: Int?
    /// What was found and what it may mean; lower case, no trailing period.
    public var message: String

    /// Creates a warning.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: warning: message` or `path: warning: message`.
    public var description: String { diagnostic.description }

    /// The warning as a diagnostic (check `cable`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, line: line ?? 0, unitID: nil, severity: .warning, check: "cable", message: message)
    }
}
