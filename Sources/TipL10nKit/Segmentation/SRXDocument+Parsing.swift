import Foundation
import TipL10nXML

extension SRXDocument {
    /// Reads an SRX 2.0 file.
    ///
    /// Elements are matched by local name in the namespace of the root element, which must be
    /// ``namespaceURI`` or no namespace. Elements of other namespaces (Okapi's
    /// `okpsrx:options`, `okpsrx:sample`, `okpsrx:rangeRule`) and comments are ignored.
    /// Defaults follow SRX 2.0: `segmentsubflows="yes"`, `cascade="no"`, `break="yes"`;
    /// a missing `<beforebreak>` or `<afterbreak>` matches everywhere. Pattern text is taken
    /// exactly as written (not trimmed). Every pattern is compiled once here so that a bad
    /// one is reported with its line.
    ///
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8 or UTF-16, as the XML declaration says).
    ///   - path: the file name for error messages and ``path``.
    /// - Returns: the document, with 1-based lines of each element recorded.
    /// - Throws: `XMLError` when the bytes are not well-formed XML (or carry a DOCTYPE);
    ///   ``SRXError`` for a wrong root or version, a missing `<header>`, `<body>`,
    ///   `<languagerules>` or `<maprules>`, a missing or invalid attribute, a pattern ICU
    ///   refuses, a duplicate `<languagerule>` name, or a `<languagemap>` naming a rule set
    ///   that does not exist.
    public static func parse(_ data: Data, path: String) throws -> SRXDocument {
        let tree = try XMLTree.parse(data, path: path)
        var reader = SRXReader(path: path)
        return try reader.document(from: tree.root)
    }
}

/// Turns an ``XMLTree`` into an ``SRXDocument``, checking SRX 2.0 structure as it goes.
private struct SRXReader {
    let path: String
    /// The namespace every SRX element must have (that of the root).
    var namespaceURI: String? = SRXDocument.namespaceURI

    init(path: String) {
        self.path = path
    }

    func error(_ element: XMLTree.Element, _ problem: SRXError.Problem) -> SRXError {
        SRXError(path: path, line: element.line, problem: problem)
    }

    mutating func document(from root: XMLTree.Element) throws -> SRXDocument {
        guard root.name == "srx", root.namespaceURI == nil || root.namespaceURI == SRXDocument.namespaceURI else {
            throw error(root, .unexpectedRootElement(name: root.name, namespaceURI: root.namespaceURI))
        }
        namespaceURI = root.namespaceURI
        guard let version = root.attribute("version") else {
            throw error(root, .missingAttribute(element: "srx", attribute: "version"))
        }
        guard version.trimmingCharacters(in: .whitespaces) == "2.0" else {
            throw error(root, .unsupportedVersion(version))
        }
        try checkChildren(of: root, allowed: ["header", "body"])
        let headerElement = try onlyChild(of: root, named: "header")
        let header = try self.header(from: headerElement)
        let body = try onlyChild(of: root, named: "body")
        try checkChildren(of: body, allowed: ["languagerules", "maprules"])

        let languageRulesElement = try onlyChild(of: body, named: "languagerules")
        try checkChildren(of: languageRulesElement, allowed: ["languagerule"])
        var languageRules: [SRXDocument.LanguageRule] = []
        var firstLines: [String: Int] = [:]
        for element in languageRulesElement.children(named: "languagerule", namespaceURI: namespaceURI) {
            let languageRule = try self.languageRule(from: element)
            if let firstLine = firstLines[languageRule.name] {
                throw error(element, .duplicateLanguageRule(name: languageRule.name, firstLine: firstLine))
            }
            firstLines[languageRule.name] = element.line
            languageRules.append(languageRule)
        }

        let mapRulesElement = try onlyChild(of: body, named: "maprules")
        try checkChildren(of: mapRulesElement, allowed: ["languagemap"])
        var languageMaps: [SRXDocument.LanguageMap] = []
        for element in mapRulesElement.children(named: "languagemap", namespaceURI: namespaceURI) {
            let map = try languageMap(from: element)
            guard firstLines[map.languageRuleName] != nil else {
                throw error(element, .undefinedLanguageRule(map.languageRuleName))
            }
            languageMaps.append(map)
        }
        return SRXDocument(path: path, header: header, languageRules: languageRules, languageMaps: languageMaps)
    }

    func header(from element: XMLTree.Element) throws -> SRXDocument.Header {
        try checkChildren(of: element, allowed: ["formathandle"])
        let segmentsSubflows = try yesNo(element, "segmentsubflows", default: true)
        let cascades = try yesNo(element, "cascade", default: false)
        var formatHandles: [SRXDocument.FormatHandle] = []
        for handle in element.children(named: "formathandle", namespaceURI: namespaceURI) {
            guard let type = handle.attribute("type") else {
                throw error(handle, .missingAttribute(element: "formathandle", attribute: "type"))
            }
            guard let kind = SRXDocument.FormatHandle.Kind(rawValue: type) else {
                throw error(
                    handle,
                    .invalidAttributeValue(
                        element: "formathandle", attribute: "type", value: type,
                        expected: SRXDocument.FormatHandle.Kind.allCases.map(\.rawValue)))
            }
            // SRX 2.0 defaults: end codes go with the segment before the break, others after.
            let includesCode = try yesNo(handle, "include", default: kind == .end)
            formatHandles.append(SRXDocument.FormatHandle(kind: kind, includesCode: includesCode))
        }
        return SRXDocument.Header(
            segmentsSubflows: segmentsSubflows, cascades: cascades, formatHandles: formatHandles, line: element.line)
    }

    func languageRule(from element: XMLTree.Element) throws -> SRXDocument.LanguageRule {
        guard let name = element.attribute("languagerulename") else {
            throw error(element, .missingAttribute(element: "languagerule", attribute: "languagerulename"))
        }
        try checkChildren(of: element, allowed: ["rule"])
        var rules: [SRXDocument.Rule] = []
        for ruleElement in element.children(named: "rule", namespaceURI: namespaceURI) {
            try checkChildren(of: ruleElement, allowed: ["beforebreak", "afterbreak"])
            let isBreak = try yesNo(ruleElement, "break", default: true)
            let beforeBreak = try pattern(in: ruleElement, named: "beforebreak")
            let afterBreak = try pattern(in: ruleElement, named: "afterbreak")
            rules.append(
                SRXDocument.Rule(
                    isBreak: isBreak, beforeBreak: beforeBreak, afterBreak: afterBreak, line: ruleElement.line))
        }
        return SRXDocument.LanguageRule(name: name, rules: rules, line: element.line)
    }

    func languageMap(from element: XMLTree.Element) throws -> SRXDocument.LanguageMap {
        guard let pattern = element.attribute("languagepattern") else {
            throw error(element, .missingAttribute(element: "languagemap", attribute: "languagepattern"))
        }
        guard let name = element.attribute("languagerulename") else {
            throw error(element, .missingAttribute(element: "languagemap", attribute: "languagerulename"))
        }
        if case .failure(let failure) = SRXRegularExpression.compile(pattern) {
            throw error(
                element,
                .invalidRegularExpression(
                    element: "languagemap", attribute: "languagepattern", pattern: pattern, reason: failure.reason))
        }
        return SRXDocument.LanguageMap(languagePattern: pattern, languageRuleName: name, line: element.line)
    }

    /// The text of the optional child `name` of a `<rule>`, compiled once to check it.
    func pattern(in rule: XMLTree.Element, named name: String) throws -> String {
        let elements = rule.children(named: name, namespaceURI: namespaceURI)
        guard let element = elements.first else { return "" }
        if elements.count > 1 {
            throw error(elements[1], .duplicateElement(parent: "rule", child: name))
        }
        let pattern = element.textContent
        if pattern.isEmpty { return "" }
        if case .failure(let failure) = SRXRegularExpression.compile(pattern) {
            throw error(
                element,
                .invalidRegularExpression(element: name, attribute: nil, pattern: pattern, reason: failure.reason))
        }
        return pattern
    }

    /// The one child element `name` of `parent`.
    func onlyChild(of parent: XMLTree.Element, named name: String) throws -> XMLTree.Element {
        let elements = parent.children(named: name, namespaceURI: namespaceURI)
        guard let element = elements.first else {
            throw error(parent, .missingElement(parent: parent.name, child: name))
        }
        if elements.count > 1 {
            throw error(elements[1], .duplicateElement(parent: parent.name, child: name))
        }
        return element
    }

    /// Rejects SRX-namespace children other than `allowed`; other namespaces pass.
    func checkChildren(of parent: XMLTree.Element, allowed: Set<String>) throws {
        for child in parent.childElements where child.namespaceURI == namespaceURI && !allowed.contains(child.name) {
            throw error(child, .unexpectedElement(parent: parent.name, child: child.name))
        }
    }

    /// A `yes`/`no` attribute, `default` when absent.
    func yesNo(_ element: XMLTree.Element, _ attribute: String, default defaultValue: Bool) throws -> Bool {
        guard let value = element.attribute(attribute) else { return defaultValue }
        switch value.trimmingCharacters(in: .whitespaces) {
        case "yes": return true
        case "no": return false
        default:
            throw error(
                element,
                .invalidAttributeValue(
                    element: element.name, attribute: attribute, value: value, expected: ["yes", "no"]))
        }
    }
}
