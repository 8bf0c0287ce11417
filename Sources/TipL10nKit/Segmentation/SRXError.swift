import Foundation

/// An SRX rules file (or rules built in code) that cannot be used.
///
/// The message is written once, in ``description``: `path:line: error: message`, lower case,
/// no trailing period, e.g.
/// `rules.srx:12: error: invalid regular expression in <beforebreak>: "[.?!": expected ']'`.
/// The line is the 1-based line of the offending element's start tag; it is left out when
/// 0 (unknown, or the problem concerns the whole document). SRX elements carry no column.
///
/// XML that is not well-formed is reported by ``XMLTree/parse(_:path:options:)`` as
/// `XMLError`, unchanged.
public struct SRXError: DiagnosticError, Equatable {
    /// What is wrong, in categories a caller can act on.
    public enum Problem: Sendable, Equatable {
        /// The root element is not `<srx>` in the SRX 2.0 namespace (or in no namespace).
        /// Associated values: the local name found and its namespace URI.
        case unexpectedRootElement(name: String, namespaceURI: String?)
        /// `<srx version="…">` is not `2.0` (SRX 1.0 has other map rules and is not read).
        case unsupportedVersion(String)
        /// A required element is missing: `child` inside `parent`.
        case missingElement(parent: String, child: String)
        /// An element that may appear once appears again.
        case duplicateElement(parent: String, child: String)
        /// An SRX element that does not belong where it is (elements of other namespaces,
        /// such as Okapi's `okpsrx:options`, are ignored instead).
        case unexpectedElement(parent: String, child: String)
        /// A required attribute is missing.
        case missingAttribute(element: String, attribute: String)
        /// An attribute has a value outside its allowed set (`expected`).
        case invalidAttributeValue(element: String, attribute: String, value: String, expected: [String])
        /// ICU refused a pattern. `attribute` is `nil` for element content (`<beforebreak>`),
        /// the attribute name otherwise (`languagepattern`).
        case invalidRegularExpression(element: String, attribute: String?, pattern: String, reason: String)
        /// Two `<languagerule>` elements share a name; `firstLine` is the first one's line.
        case duplicateLanguageRule(name: String, firstLine: Int)
        /// A `<languagemap>` names a `<languagerule>` the document does not define.
        case undefinedLanguageRule(String)
        /// No `<languagemap>` pattern matches the language code asked for.
        case noLanguageMap(languageCode: String)
    }

    /// The file the rules came from, as the user named it.
    public var path: String
    /// 1-based line of the offending element, or 0 when unknown or not applicable.
    public var line: Int
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(path: String, line: Int, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// The message without location: lower case, no trailing period.
    public var message: String {
        switch problem {
        case .unexpectedRootElement(let name, let namespaceURI):
            let found = namespaceURI.map { "<\(name)> in namespace \($0)" } ?? "<\(name)> in no namespace"
            return "expected root element <srx> in namespace \(SRXDocument.namespaceURI), found \(found)"
        case .unsupportedVersion(let version):
            return "unsupported SRX version \"\(version)\"; expected \"2.0\""
        case .missingElement(let parent, let child):
            return "missing <\(child)> in <\(parent)>"
        case .duplicateElement(let parent, let child):
            return "more than one <\(child)> in <\(parent)>"
        case .unexpectedElement(let parent, let child):
            return "unexpected element <\(child)> in <\(parent)>"
        case .missingAttribute(let element, let attribute):
            return "missing attribute \(attribute) on <\(element)>"
        case .invalidAttributeValue(let element, let attribute, let value, let expected):
            let choices = expected.map { "\"\($0)\"" }.joined(separator: " or ")
            return "invalid value \"\(value)\" for attribute \(attribute) on <\(element)>; expected \(choices)"
        case .invalidRegularExpression(let element, let attribute, let pattern, let reason):
            let place = attribute.map { "\($0) of <\(element)>" } ?? "<\(element)>"
            return "invalid regular expression in \(place): \"\(pattern)\": \(reason)"
        case .duplicateLanguageRule(let name, let firstLine):
            return "duplicate <languagerule> \"\(name)\" (first defined on line \(firstLine))"
        case .undefinedLanguageRule(let name):
            return "<languagemap> refers to undefined <languagerule> \"\(name)\""
        case .noLanguageMap(let languageCode):
            return "no <languagemap> matches language code \"\(languageCode)\""
        }
    }

    /// `path:line: error: message`, or `path: error: message` when the line is unknown (check `srx`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, line: line, unitID: nil, severity: .error, check: "srx", message: message)
    }
}
