import Foundation
import TipL10nXML

/// The verification report for the translator: one self-contained HTML page (no script, no
/// external style sheet, no image; it works offline and prints) that says what to fix.
///
/// The page has, in order:
/// 1. the summary line (`47 units checked: 0 errors, 3 warnings`) and when it was made;
/// 2. **Findings by check**: per check its number of errors, warnings and notes, each check
///    linking to its units;
/// 3. **Units with findings**, in file order: per unit its ID (and line), the English source,
///    the target (with its `lang` and, for a right-to-left locale, `dir="rtl"`) and the
///    findings, each with its severity and check;
/// 4. **About the file**: findings without a unit (a language note, a read error);
/// 5. the number of findings the ignore list silenced, when any.
///
/// All markup and escaping is libxml2's (``XMLStreamWriter``): text from the file is never
/// markup, so a target holding `<script>` shows as text. The page is also well-formed XML.
public struct VerificationHTMLReport: Sendable {
    /// What was checked, for the heading: the file as named, or the store.
    public var title: String
    public var report: VerificationReport
    /// The pairs checked (source and target of each unit).
    public var pairs: [TranslationPair]
    /// When the report was made.
    public var generated: Date

    /// Creates a report.
    public init(title: String, report: VerificationReport, pairs: [TranslationPair], generated: Date) {
        self.title = title
        self.report = report
        self.pairs = pairs
        self.generated = generated
    }

    /// The style sheet, inline: readable on screen and on paper, severities by colour and word.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2em auto;\
        max-width:60em;padding:0 1em;line-height:1.45;color:#1b1b1b}\
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}\
        h3{font-size:1em;margin:0 0 .4em;font-family:ui-monospace,Menlo,Consolas,monospace}\
        table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.25em .6em}\
        .counts td,.counts th{border-bottom:1px solid #e3e3e3}.counts td.n{text-align:right}\
        section.unit{border:1px solid #ddd;border-radius:4px;padding:.6em .9em;margin:1em 0;break-inside:avoid}\
        .text th{width:5em;color:#555;font-weight:normal}.text td{white-space:pre-wrap}\
        ul.findings{margin:.5em 0 0;padding-left:1.2em}.severity{font-weight:bold;text-transform:uppercase;\
        font-size:.8em;margin-right:.4em}.error .severity{color:#b00020}.warning .severity{color:#8a5a00}\
        .note .severity{color:#555}.check{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;\
        color:#555;margin-right:.4em}.line{color:#777;font-weight:normal;font-size:.9em}
        """

    /// The page as UTF-8 bytes, `<!DOCTYPE html>` first.
    /// - Parameter path: the file name used in errors.
    /// - Throws: `XMLError` if libxml2's writer fails.
    public func html(path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startElement("html")
        try writer.attribute("lang", "en")
        try writer.startElement("head")
        try writer.element("meta", attributes: ["charset": "UTF-8"])
        try writer.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try writer.element("meta", attributes: ["name": "generator", "content": "tipl10n \(TipL10nVersion.current)"])
        try writer.element("title", text: "Verification: \(title)")
        try writer.element("style", text: Self.style)
        try writer.endElement()
        try writer.startElement("body")
        try writer.startElement("main")
        try writer.element("h1", text: "Verification: \(title)")
        let formatter = ISO8601DateFormatter()
        try writer.element(
            "p", attributes: ["class": "summary"],
            text: "\(report.summary.description). Made \(formatter.string(from: generated)) by tipl10n "
                + "\(TipL10nVersion.current).")

        let unitFindings = report.diagnostics.filter { $0.unitID != nil }
        try writeCounts(unitFindings, to: writer)
        try writeUnits(unitFindings, to: writer)

        let other = report.diagnostics.filter { $0.unitID == nil }
        if !other.isEmpty {
            try writer.element("h2", text: "About the file")
            try writer.startElement("ul")
            try writer.attribute("class", "findings")
            for diagnostic in other { try writeFinding(diagnostic, to: writer) }
            try writer.endElement()
        }
        if !report.ignored.isEmpty {
            let count = report.ignored.count
            try writer.element(
                "p",
                text: "\(count) accepted \(count == 1 ? "finding is" : "findings are") not shown "
                    + "(the project's ignore list).")
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return Data("<!DOCTYPE html>\n".utf8) + (try writer.finish())
    }

    private func writeCounts(_ findings: [Diagnostic], to writer: XMLStreamWriter) throws {
        try writer.element("h2", text: "Findings by check")
        guard !findings.isEmpty else {
            try writer.element("p", text: "No findings on any unit.")
            return
        }
        var checks: [String] = []
        for finding in findings where !checks.contains(finding.check) { checks.append(finding.check) }
        let known = Verifier.checkIDs
        checks.sort { (known.firstIndex(of: $0) ?? known.count) < (known.firstIndex(of: $1) ?? known.count) }
        try writer.startElement("table")
        try writer.attribute("class", "counts")
        try writer.startElement("thead")
        try writer.startElement("tr")
        for heading in ["check", "errors", "warnings", "notes", "units"] { try writer.element("th", text: heading) }
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("tbody")
        for check in checks {
            let ofCheck = findings.filter { $0.check == check }
            try writer.startElement("tr")
            try writer.startElement("th")
            try writer.element("a", attributes: ["href": "#check-\(check)"], text: check)
            try writer.endElement()
            for severity in [Diagnostic.Severity.error, .warning, .note] {
                try writer.element(
                    "td", attributes: ["class": "n"], text: "\(ofCheck.count { $0.severity == severity })")
            }
            let units = ofCheck.compactMap(\.unitID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            try writer.startElement("td")
            try writer.attribute("id", "check-\(check)")
            for (index, unit) in units.enumerated() {
                if index > 0 { try writer.text(", ") }
                try writer.element("a", attributes: ["href": "#\(anchor(unit, findings: ofCheck))"], text: unit)
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    private func anchor(_ unitID: String, findings: [Diagnostic]) -> String {
        let line = findings.first { $0.unitID == unitID }.map(\.line) ?? 0
        return "unit-\(line)-\(unitID)"
    }

    private func writeUnits(_ findings: [Diagnostic], to writer: XMLStreamWriter) throws {
        var groups: [(key: String, findings: [Diagnostic])] = []
        for finding in findings {
            let key = "\(finding.path)\u{0}\(finding.line)\u{0}\(finding.unitID ?? "")"
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].findings.append(finding)
            } else {
                groups.append((key, [finding]))
            }
        }
        try writer.element(
            "h2",
            text:
                "Units with findings (\(groups.count) of \(report.unitsChecked) \(report.unitsChecked == 1 ? "unit" : "units"))"
        )
        for group in groups {
            guard let first = group.findings.first, let unitID = first.unitID else { continue }
            let pair = pairs.first { $0.unitID == unitID && $0.location == first.path && $0.line == first.line }
            try writer.startElement("section")
            try writer.attribute("class", "unit")
            try writer.attribute("id", "unit-\(first.line)-\(unitID)")
            try writer.startElement("h3")
            try writer.withoutIndentation {
                try writer.text(unitID)
                let place = first.line > 0 ? "\(first.path), line \(first.line)" : first.path
                if !place.isEmpty {
                    try writer.text(" ")
                    try writer.element("span", attributes: ["class": "line"], text: place)
                }
                try writer.endElement()
            }
            if let pair {
                try writer.startElement("table")
                try writer.attribute("class", "text")
                try writeText("Source", pair.source.plainText, lang: "en", to: writer)
                if let target = pair.target {
                    try writeText("Target", target.plainText, lang: pair.locale, to: writer)
                } else {
                    try writeText("Target", "(none)", lang: "en", to: writer)
                }
                try writer.endElement()
            }
            try writer.startElement("ul")
            try writer.attribute("class", "findings")
            for finding in group.findings { try writeFinding(finding, to: writer) }
            try writer.endElement()
            try writer.endElement()
        }
    }

    private func writeText(_ label: String, _ text: String, lang: String?, to writer: XMLStreamWriter) throws {
        try writer.startElement("tr")
        try writer.element("th", text: label)
        try writer.startElement("td")
        if let lang {
            try writer.attribute("lang", lang)
            if lang != "en", TargetLocale(tag: lang).isRightToLeft { try writer.attribute("dir", "rtl") }
        }
        try writer.text(text)
        try writer.endElement()
        try writer.endElement()
    }

    private func writeFinding(_ diagnostic: Diagnostic, to writer: XMLStreamWriter) throws {
        try writer.startElement("li")
        try writer.attribute("class", diagnostic.severity.rawValue)
        try writer.withoutIndentation {
            try writer.element("span", attributes: ["class": "severity"], text: diagnostic.severity.rawValue)
            try writer.element("span", attributes: ["class": "check"], text: diagnostic.check)
            try writer.text(diagnostic.unitID == nil ? diagnostic.description : diagnostic.message)
            try writer.endElement()
        }
    }
}
