import Foundation

/// Where a diagnostic points: a file (or a stored translation's `cableID/locale`), a 1-based
/// line and column in it, and the translation unit.
///
/// Every error and finding of tipl10n carries one (``Diagnostic/location``). ``description``
/// is the `where` part of a diagnostic line: `done.xlf:133:7:narrative.title`,
/// `09STATE61188/sq:press.q1.answer.s2`, `tipl10n.yaml:4:9`; parts that are unknown are left
/// out. A location without a path (a value typed on the command line) has an empty
/// description.
public struct DiagnosticLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it, `cableID/locale` for a stored translation, or `nil` when
    /// the problem is in no file.
    public var path: String?
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown (only shown with a line).
    public var column: Int
    /// The translation unit's ID, or `nil` for a finding about a whole file or locale.
    public var unitID: String?

    /// Creates a location; `line` and `column` are 1-based, 0 for unknown.
    public init(path: String?, line: Int = 0, column: Int = 0, unitID: String? = nil) {
        self.path = path
        self.line = max(0, line)
        self.column = max(0, column)
        self.unitID = unitID
    }

    /// A location in no file (a value from the command line or the environment).
    public static let none = DiagnosticLocation(path: nil)

    /// `path[:line[:column]][:unit-id]`, or `""` without a path.
    public var description: String {
        guard let path else { return unitID ?? "" }
        var text = path
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        if let unitID { text += ":\(unitID)" }
        return text
    }
}
