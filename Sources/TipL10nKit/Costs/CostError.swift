import Foundation

/// A cost input tipl10n cannot use: a rates file, a rate, a weight, an amount, a date, a cable
/// without a post or a country without a bureau.
///
/// The message is written once, in ``description``: `path:line: error: message`,
/// `path: error: message`, or `error: message` when no file is involved; lower case, no
/// trailing period. Ledger refusals (invalid transitions) are ``StoreError``s, since they
/// name the store.
public struct CostError: Error, CustomStringConvertible, LocalizedError, Equatable, Sendable {
    /// The file as the user named it, or `nil` for command-line values.
    public var path: String?
    /// 1-based line in that file, or `nil`.
    public var line: Int?
    /// What is wrong; lower case, no trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String? = nil, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`, `path: error: message` or `error: message`.
    public var description: String {
        switch (path, line) {
        case (let path?, let line?): "\(path):\(line): error: \(message)"
        case (let path?, nil): "\(path): error: \(message)"
        default: "error: \(message)"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
