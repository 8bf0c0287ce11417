import Foundation

/// A project that cannot be found, read or used: a `tipl10n.yaml` with an unknown key or a
/// value of the wrong type, a cable the file names that is missing or is another cable, a
/// folder that is not a project.
///
/// Written once as `path:line:column: error: message` (1-based line and column, as Yams
/// counts them); lower case, no trailing period. Check `project`.
public struct ProjectError: DiagnosticError, Equatable {
    /// The project file (or folder) as the user named it or as discovery found it.
    public var path: String?
    /// 1-based line, or 0.
    public var line: Int
    /// 1-based column, or 0.
    public var column: Int
    /// What is wrong; lower case, no trailing period.
    public var message: String
    /// What the user can do about it, if anything.
    public var remedy: Remedy?

    /// Creates an error.
    public init(path: String?, line: Int = 0, column: Int = 0, message: String, remedy: Remedy? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.remedy = remedy
    }

    /// The error as a diagnostic (check `project`).
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line, column: column, unitID: nil, severity: .error, check: "project",
            message: message, remedy: remedy)
    }
}
