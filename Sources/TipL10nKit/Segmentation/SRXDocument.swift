import Foundation

/// A set of segmentation rules in SRX 2.0 (LISA / GALA "Segmentation Rules eXchange").
///
/// Shape of the file it is read from (namespace ``namespaceURI``):
///
/// ```xml
/// <srx version="2.0" xmlns="http://www.lisa.org/srx20">
///   <header segmentsubflows="yes" cascade="no"/>
///   <body>
///     <languagerules>
///       <languagerule languagerulename="English">
///         <rule break="no"><beforebreak>\bMr\.</beforebreak><afterbreak>\s</afterbreak></rule>
///         <rule break="yes"><beforebreak>[.?!]</beforebreak><afterbreak>\s+\p{Lu}</afterbreak></rule>
///       </languagerule>
///     </languagerules>
///     <maprules><languagemap languagepattern="EN.*" languagerulename="English"/></maprules>
///   </body>
/// </srx>
/// ```
///
/// The document is plain values: regular expressions are kept as ICU pattern text (checked
/// when the document is parsed, compiled by ``Segmenter``). Read one with
/// ``parse(_:path:)``; the rules tipl10n uses by default are ``defaultEnglish()``.
///
/// Source: SRX 2.0 specification (LISA OSCAR, 2008; GALA republication), §2 "SRX Format".
public struct SRXDocument: Sendable, Equatable {
    /// The SRX 2.0 namespace, `http://www.lisa.org/srx20`.
    public static let namespaceURI = "http://www.lisa.org/srx20"

    /// The file the rules came from, as the user named it; used in error messages.
    public var path: String
    /// The `<header>`: whether subflows are segmented, whether language maps cascade.
    public var header: Header
    /// The `<languagerule>` elements in document order.
    public var languageRules: [LanguageRule]
    /// The `<languagemap>` elements of `<maprules>` in document order.
    public var languageMaps: [LanguageMap]

    /// Creates a document from values (for rules written in code rather than read from a file).
    ///
    /// Nothing is checked here: ``Segmenter/init(rules:languageCode:)`` reports bad patterns
    /// and dangling rule names as ``SRXError``.
    public init(path: String, header: Header = Header(), languageRules: [LanguageRule], languageMaps: [LanguageMap]) {
        self.path = path
        self.header = header
        self.languageRules = languageRules
        self.languageMaps = languageMaps
    }

    /// The `<header>` element.
    public struct Header: Sendable, Equatable {
        /// `segmentsubflows="yes"`: text in subflows (e.g. a footnote inside a paragraph) is
        /// segmented on its own. Kept for round trips; plain text has no subflows.
        public var segmentsSubflows: Bool
        /// `cascade="yes"`: the rules of every `<languagemap>` whose pattern matches the
        /// language code are applied, in map order; `"no"`: only the first matching map's.
        public var cascades: Bool
        /// The `<formathandle>` elements (how inline codes sit at a break). Kept for round
        /// trips; plain text has no inline codes.
        public var formatHandles: [FormatHandle]
        /// 1-based line of `<header>` in the file, or 0 when not read from a file.
        public var line: Int

        /// Creates a header; the defaults are SRX 2.0's (`segmentsubflows="yes"`, `cascade="no"`).
        public init(
            segmentsSubflows: Bool = true, cascades: Bool = false, formatHandles: [FormatHandle] = [], line: Int = 0
        ) {
            self.segmentsSubflows = segmentsSubflows
            self.cascades = cascades
            self.formatHandles = formatHandles
            self.line = line
        }
    }

    /// A `<formathandle type="start|end|isolated" include="yes|no"/>` element.
    public struct FormatHandle: Sendable, Equatable {
        /// Which kind of inline code the handle is about.
        public enum Kind: String, Sendable, CaseIterable {
            case start, end, isolated
        }

        /// The `type` attribute.
        public var kind: Kind
        /// `include="yes"`: the code goes with the segment before the break.
        public var includesCode: Bool

        /// Creates a format handle.
        public init(kind: Kind, includesCode: Bool) {
            self.kind = kind
            self.includesCode = includesCode
        }
    }

    /// A `<languagerule languagerulename="…">` element: an ordered list of rules.
    public struct LanguageRule: Sendable, Equatable {
        /// The `languagerulename` attribute, referred to by ``LanguageMap/languageRuleName``.
        public var name: String
        /// The `<rule>` elements in order; the first rule that matches at a position decides.
        public var rules: [Rule]
        /// 1-based line of `<languagerule>` in the file, or 0 when not read from a file.
        public var line: Int

        /// Creates a language rule.
        public init(name: String, rules: [Rule], line: Int = 0) {
            self.name = name
            self.rules = rules
            self.line = line
        }
    }

    /// A `<rule break="yes|no">` element with its two patterns.
    ///
    /// The rule matches at a position between two characters when ``beforeBreak`` matches
    /// text ending at the position and ``afterBreak`` matches text starting there. An empty
    /// pattern (or a missing element) matches everywhere.
    public struct Rule: Sendable, Equatable {
        /// `break="yes"` (a segment ends here) or `break="no"` (an exception: it does not).
        public var isBreak: Bool
        /// The ICU pattern of `<beforebreak>`, `""` when absent.
        public var beforeBreak: String
        /// The ICU pattern of `<afterbreak>`, `""` when absent.
        public var afterBreak: String
        /// 1-based line of `<rule>` in the file, or 0 when not read from a file.
        public var line: Int

        /// Creates a rule.
        public init(isBreak: Bool, beforeBreak: String = "", afterBreak: String = "", line: Int = 0) {
            self.isBreak = isBreak
            self.beforeBreak = beforeBreak
            self.afterBreak = afterBreak
            self.line = line
        }
    }

    /// A `<languagemap languagepattern="…" languagerulename="…"/>` element.
    public struct LanguageMap: Sendable, Equatable {
        /// The ICU pattern a language code must match, whole and ignoring case (`EN.*`).
        public var languagePattern: String
        /// The ``LanguageRule/name`` applied when the pattern matches.
        public var languageRuleName: String
        /// 1-based line of `<languagemap>` in the file, or 0 when not read from a file.
        public var line: Int

        /// Creates a language map.
        public init(languagePattern: String, languageRuleName: String, line: Int = 0) {
            self.languagePattern = languagePattern
            self.languageRuleName = languageRuleName
            self.line = line
        }
    }

    /// The rules that apply to a language, in the order they are tried.
    ///
    /// Each ``languageMaps`` pattern is matched against the whole of `languageCode`, ignoring
    /// case (as Okapi does: `EN.*` matches `en`, `en-US`, `en_GB`). With
    /// ``Header/cascades`` the rules of every matching map are concatenated in map order;
    /// without, only the first matching map counts.
    ///
    /// - Parameter languageCode: a BCP 47 tag or similar code, e.g. `"en"`, `"en-US"`.
    /// - Returns: the rules in order, each from the ``LanguageRule`` it belongs to.
    /// - Throws: ``SRXError`` `.noLanguageMap` when no map matches, `.undefinedLanguageRule`
    ///   when a matching map names a rule set the document lacks, `.invalidRegularExpression`
    ///   for a bad `languagepattern`.
    public func rules(forLanguageCode languageCode: String) throws -> [Rule] {
        var result: [Rule] = []
        var hasMatch = false
        for map in languageMaps {
            let regex: NSRegularExpression
            do {
                // Whole-code match, as Java's `Matcher.matches()`.
                regex = try NSRegularExpression(
                    pattern: "\\A(?:" + map.languagePattern + ")\\z", options: [.caseInsensitive])
            } catch {
                throw SRXError(
                    path: path, line: map.line,
                    problem: .invalidRegularExpression(
                        element: "languagemap", attribute: "languagepattern", pattern: map.languagePattern,
                        reason: SRXRegularExpression.reason(for: map.languagePattern)))
            }
            let whole = NSRange(location: 0, length: languageCode.utf16.count)
            guard regex.firstMatch(in: languageCode, options: [], range: whole) != nil else { continue }
            guard let languageRule = languageRules.first(where: { $0.name == map.languageRuleName }) else {
                throw SRXError(path: path, line: map.line, problem: .undefinedLanguageRule(map.languageRuleName))
            }
            hasMatch = true
            result += languageRule.rules
            if !header.cascades { break }
        }
        guard hasMatch else {
            throw SRXError(path: path, line: 0, problem: .noLanguageMap(languageCode: languageCode))
        }
        return result
    }
}
