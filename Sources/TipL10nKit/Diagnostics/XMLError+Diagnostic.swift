import TipL10nXML

extension XMLError: DiagnosticError {
    /// `path:line:column: error: message` as a diagnostic (check `xml`): libxml2's first error,
    /// a refused DOCTYPE, or a schema violation.
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line, column: column, unitID: nil, severity: .error, check: "xml", message: message)
    }
}
