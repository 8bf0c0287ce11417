import Foundation

/// An error that is one ``Diagnostic``: every error type of tipl10n conforms, so the command
/// layer renders all of them the same way (`path:line:column: error: message`) and never
/// parses rendered text.
///
/// Conforming types provide ``diagnostic``; ``description`` and ``errorDescription`` are the
/// diagnostic's one-line text, written once.
public protocol DiagnosticError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The error as a diagnostic (severity ``Diagnostic/Severity/error``).
    var diagnostic: Diagnostic { get }
}

extension DiagnosticError {
    /// `path:line:column: error: message` (``Diagnostic/description``).
    public var description: String { diagnostic.description }

    /// The same text as ``description``.
    public var errorDescription: String? { diagnostic.description }
}

extension Diagnostic {
    /// `error` as a diagnostic: its own when it is a ``DiagnosticError``, otherwise one in no
    /// file with `check` and the error's text.
    public static func from(_ error: any Error, check: String = "input") -> Diagnostic {
        if let error = error as? any DiagnosticError { return error.diagnostic }
        return Diagnostic(at: .none, severity: .error, check: check, message: String(describing: error))
    }
}
