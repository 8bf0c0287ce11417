import Foundation

/// A cost input tipl10n cannot use: a rates file, a rate, a weight, an amount, a date, a cable
/// without a post or a country without a bureau.
///
/// The message is written once, in ``description``: `path:line: error: message`,
/// `path: error: message`, or `error: message` when no file is involved; lower case, no
/// trailing period. Ledger refusals (invalid transitions) are ``StoreError``s, since they
/// name the store.
public struct CostError: DiagnosticError, Equatable {
    /// The file as the user named it, or `nil` for command-line values.
    public var path: String?
    /// 1-based line in that file, or `nil`.
    public var line: Int?
    /// 1-based column in that line, or `nil`.
    public var column: Int?
    /// What is wrong; lower case, no trailing period.
    public var message: String
    /// What the user can do about it (give a rate, name the post or bureau), if anything.
    public var remedy: Remedy?

    /// Creates an error.
    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, message: String, remedy: Remedy? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.remedy = remedy
    }

    /// `path:line: error: message`, `path: error: message` or `error: message` (check `cost`).
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line ?? 0, column: column ?? 0, unitID: nil, severity: .error, check: "cost",
            message: message,
            remedy: remedy)
    }
}
