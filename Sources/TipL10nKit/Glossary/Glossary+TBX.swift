import Foundation
import TipL10nXML

extension Glossary {
    /// The TBX v3 namespace (ISO 30042:2019).
    public static let tbxNamespace = "urn:iso:std:iso:30042:ed-2"

    /// The glossary as TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, UTF-8, written by
    /// libxml2's writer.
    ///
    /// Shape (the structure `Tests/Fixtures/schemas/tbx/tipl10n-tbx-basic.xsd` checks, a subset
    /// of TBX-Basic; `Docs/Glossary.md`):
    ///
    ///     <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
    ///       <tbxHeader><fileDesc><titleStmt><title>…</title></titleStmt>
    ///         <sourceDesc><p>…</p></sourceDesc></fileDesc></tbxHeader>
    ///       <text><body>
    ///         <conceptEntry id="c1">
    ///           <note>…</note>                                   (concept note, optional)
    ///           <langSec xml:lang="en"><termSec><term>NGO</term></termSec></langSec>
    ///           <langSec xml:lang="sq">
    ///             <note>plural OJQ-të</note>                       (language note, optional)
    ///             <termSec><term>OJQ</term>
    ///               <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    ///             <termSec><term>OJQ-të</term>
    ///               <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
    ///           </langSec>
    ///         </conceptEntry>
    ///       </body></text>
    ///     </tbx>
    ///
    /// The first target term of a language is its preferred term, the others admitted forms.
    ///
    /// - Parameters:
    ///   - title: the title of the file (`Glossary of 09STATE61188: en → sq`).
    ///   - locales: the target locales to write (others are left out); `nil` for all.
    ///   - path: the file name used in errors.
    /// - Throws: `XMLError` for text that is not legal XML.
    public func tbx(title: String, locales: [String]? = nil, path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("tbx")
        try writer.attribute("xmlns", Self.tbxNamespace)
        try writer.attribute("type", "TBX-Basic")
        try writer.attribute("style", "dca")
        try writer.attribute("xml:lang", "en")
        try writer.startElement("tbxHeader")
        try writer.startElement("fileDesc")
        try writer.startElement("titleStmt")
        try writer.element("title", text: title)
        try writer.endElement()
        try writer.startElement("sourceDesc")
        try writer.element(
            "p",
            text: "Written by tipl10n \(TipL10nVersion.current). The first term of a language is the preferred "
                + "one; a term ending in * is a stem that takes any ending.")
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("text")
        try writer.startElement("body")
        var number = 0
        for concept in concepts {
            let tags = concept.terms.keys.filter { tag in
                !(concept.terms[tag] ?? []).isEmpty && (locales.map { $0.contains(tag) } ?? true)
            }.sorted()
            guard !tags.isEmpty else { continue }
            number += 1
            try writer.startElement("conceptEntry")
            try writer.attribute("id", "c\(number)")
            if let note = concept.note { try writer.element("note", text: note) }
            try writer.startElement("langSec")
            try writer.attribute("xml:lang", "en")
            try writer.startElement("termSec")
            try writer.element("term", text: concept.source)
            try writer.endElement()
            try writer.endElement()
            for tag in tags {
                try writer.startElement("langSec")
                try writer.attribute("xml:lang", tag)
                if let note = concept.notes[tag] { try writer.element("note", text: note) }
                for (index, term) in (concept.terms[tag] ?? []).enumerated() {
                    try writer.startElement("termSec")
                    try writer.element("term", text: term)
                    try writer.element(
                        "termNote", attributes: ["type": "administrativeStatus"],
                        text: index == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts")
                    try writer.endElement()
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    /// Reads a TBX file: TBX v3 (`<tbx>`, ISO 30042:2019, any dialect; `conceptEntry`,
    /// `langSec`, `termSec`) or TBX 2008 (`<martif>`, ISO 30042:2008, as Trados MultiTerm,
    /// memoQ and OmegaT write it; `termEntry`, `langSet`, `tig`/`ntig`).
    ///
    /// The English term of a concept is the first term of its first language section whose
    /// `xml:lang` is `en` or starts `en-`; target tags are canonicalized (`sq-al` → `sq-AL`,
    /// `sr_Latn` → `sr-Latn`). A term whose `administrativeStatus` is
    /// `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts` (2008: `deprecatedTerm`,
    /// `supersededTerm`) is not an accepted rendering and is left out; the preferred term comes
    /// first. `<note>` and `<descrip>` text of a concept or language section become its note.
    ///
    /// - Returns: the glossary and one warning per concept left out (no English term):
    ///   `terms.tbx:12: warning: concept c7 has no English term: skipped`.
    /// - Throws: `XMLError` for malformed XML (a DOCTYPE is refused); ``GlossaryError`` for a
    ///   document that is not TBX.
    public static func readTBX(_ data: Data, path: String) throws -> (glossary: Glossary, warnings: [Diagnostic]) {
        let root = try XMLTree.parse(data, path: path).root
        let isVersion3 = root.name == "tbx"
        guard isVersion3 || root.name == "martif" else {
            throw GlossaryError(
                path: path, line: root.line, message: "not a TBX file: the root element is <\(root.name)>, not <tbx>")
        }
        let namespace = root.namespaceURI
        guard
            let body = root.firstChild(named: "text", namespaceURI: namespace)?.firstChild(
                named: "body", namespaceURI: namespace)
        else {
            throw GlossaryError(path: path, line: root.line, message: "the TBX file has no <text><body>")
        }
        var concepts: [Concept] = []
        var warnings: [Diagnostic] = []
        for entry in body.childElements where entry.name == (isVersion3 ? "conceptEntry" : "termEntry") {
            var english: [String] = []
            var concept = Concept(source: "")
            concept.note = Self.noteText(of: entry)
            for section in entry.childElements where section.name == (isVersion3 ? "langSec" : "langSet") {
                guard let lang = section.attribute("lang", namespaceURI: XMLTree.xmlNamespace) else { continue }
                let terms = Self.terms(of: section, isVersion3: isVersion3)
                guard !terms.isEmpty else { continue }
                let tag = LocaleProfile.canonicalTag(lang)
                if tag == "en" || tag.hasPrefix("en-") {
                    if english.isEmpty { english = terms }
                    continue
                }
                guard let canonical = try? TargetLocale.resolve(tag).locale.tag else {
                    // Terms under a tag no locale can have would never be used: say so.
                    warnings.append(
                        Diagnostic(
                            location: path, line: section.line, unitID: nil, severity: .warning, check: "glossary",
                            message: "xml:lang '\(lang)' is not a language tipl10n knows: its terms are skipped"))
                    continue
                }
                concept.terms[canonical, default: []] += terms
                if let note = Self.noteText(of: section) { concept.notes[canonical] = note }
            }
            guard let source = english.first else {
                let id = entry.attribute("id").map { " \($0)" } ?? ""
                warnings.append(
                    Diagnostic(
                        location: path, line: entry.line, unitID: nil, severity: .warning, check: "glossary",
                        message: "concept\(id) has no English term: skipped"))
                continue
            }
            concept.source = source
            concepts.append(concept)
        }
        return (Glossary(concepts: concepts), warnings)
    }

    /// The accepted terms of a language section, preferred first.
    private static func terms(of section: XMLTree.Element, isVersion3: Bool) -> [String] {
        var preferred: [String] = []
        var others: [String] = []
        let groups: [XMLTree.Element] =
            isVersion3
            ? section.childElements.filter { $0.name == "termSec" }
            : section.childElements.filter { $0.name == "tig" || $0.name == "ntig" }
        for group in groups {
            let holder = group.name == "ntig" ? (group.childElements.first { $0.name == "termGrp" } ?? group) : group
            let term =
                holder.childElements.first { $0.name == "term" }?.textContent
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !term.isEmpty else { continue }
            let status =
                (holder.childElements + group.childElements).first {
                    $0.name == "termNote" && $0.attribute("type") == "administrativeStatus"
                }?.textContent
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if status.hasPrefix("deprecatedTerm") || status.hasPrefix("supersededTerm") { continue }
            if status.hasPrefix("preferredTerm") {
                if !preferred.contains(term) { preferred.append(term) }
            } else if !others.contains(term) {
                others.append(term)
            }
        }
        return preferred + others.filter { !preferred.contains($0) }
    }

    /// The `<note>` and `<descrip>` texts directly under `element`, joined by `; `, or `nil`.
    private static func noteText(of element: XMLTree.Element) -> String? {
        var texts: [String] = []
        for child in element.childElements {
            if child.name == "note" || child.name == "descrip" {
                texts.append(child.textContent.trimmingCharacters(in: .whitespacesAndNewlines))
            } else if child.name == "descripGrp",
                let descrip = child.childElements.first(where: { $0.name == "descrip" })
            {
                texts.append(descrip.textContent.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        let joined = texts.filter { !$0.isEmpty }.joined(separator: "; ")
        return joined.isEmpty ? nil : joined
    }
}
