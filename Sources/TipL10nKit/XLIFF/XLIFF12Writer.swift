import Foundation
import TipL10nXML

/// What goes into one exported XLIFF file: one cable's units for one target locale.
public struct XLIFFExportContent: Sendable {
    public var header: CableHeader
    public var document: SourceDocument
    /// Units in document order (from ``SourceDocument/translationUnits(segmenter:parts:repairs:)``).
    public var units: [TranslationUnit]
    public var targetLocale: TargetLocale
    /// Sentences of the cable that set the embargo; written as a header note.
    public var embargoSentences: [String]
    /// Stored translations to pre-fill, by unit ID. Only those made against the unit's
    /// current source (same source hash) and not stale are written.
    public var targets: [String: StoredTranslation]
    /// Matches from the translation memory, by unit ID, for units without a pre-fill: an
    /// exact match is written as the target with `state="needs-review-translation"` and
    /// `state-qualifier="leveraged-tm"`; a fuzzy one as an `<alt-trans>`.
    public var leverage: [String: LeverageMatch]
    /// Write a copy of the source, `state="new"`, into every target that would otherwise be
    /// absent (`--copy-source`): CAT tools such as OmegaT 3.6 only show units whose `<target>`
    /// has text. Import reads a target equal to its source with state `new` as untranslated.
    public var copiesSourceIntoEmptyTargets = false
    /// The target locale's glossary; see ``glossaryNote(for:)``.
    public var glossary: [LocaleProfile.GlossaryEntry] = []

    public init(
        header: CableHeader, document: SourceDocument, units: [TranslationUnit], targetLocale: TargetLocale,
        embargoSentences: [String], targets: [String: StoredTranslation] = [:],
        leverage: [String: LeverageMatch] = [:]
    ) {
        self.header = header
        self.document = document
        self.units = units
        self.targetLocale = targetLocale
        self.embargoSentences = embargoSentences
        self.targets = targets
        self.leverage = leverage
    }

    /// The file-level note for the translator: the cable, the target locale, the figure rule.
    /// Written in the header of both XLIFF versions.
    public var jobNote: String {
        "Cable \(header.cableID) (\(header.subject)), \(document.titleLine). "
            + "Translate into \(targetLocale.englishName); target locale \(targetLocale.tag). "
            + "Keep every figure; write numbers, dates and currency in the target language's conventions."
    }

    /// The embargo sentences as one file-level note, or `nil` when the cable has none.
    public var embargoNote: String? {
        embargoSentences.isEmpty ? nil : "Embargo: " + embargoSentences.joined(separator: " ")
    }

    /// The note on the first unit that puts the embargo where the translator sees it (a CAT
    /// tool shows unit notes, rarely the header), or `nil` when the cable has none.
    public func embargoUnitNote(for unit: TranslationUnit) -> String? {
        guard unit.id == units.first?.id, let embargo = embargoNote else { return nil }
        return embargo
    }

    /// The glossary terms of `unit`'s source, for the translator: `Glossary: "NGOs" → "OJQ-të"
    /// (also OJQ-ve, OJQ; plural OJQ-të, genitive OJQ-ve); "Government of Kosovo" → …`, or
    /// `nil` when the source has none. Terms are found as ``GlossaryCheck`` finds them (whole
    /// words: the entry `NGO` does not match `NGOs`), in glossary order, the first target form
    /// as the one to use. Stems are shown with `…` (`trafikim…`).
    public func glossaryNote(for unit: TranslationUnit) -> String? {
        let tokens = VerificationText.tokens(in: unit.source)
        var parts: [String] = []
        for entry in glossary where !entry.targets.isEmpty && GlossaryCheck.contains(entry.source, in: tokens) {
            let forms = entry.targets.map { $0.hasSuffix("*") ? String($0.dropLast()) + "…" : $0 }
            var text = "\"\(entry.source)\" → \"\(forms[0])\""
            var details: [String] = []
            if forms.count > 1 { details.append("also " + forms.dropFirst().joined(separator: ", ")) }
            if let note = entry.note, !note.isEmpty { details.append(note) }
            if !details.isEmpty { text += " (\(details.joined(separator: "; ")))" }
            parts.append(text)
        }
        return parts.isEmpty ? nil : "Glossary: " + parts.joined(separator: "; ")
    }

    /// The stored translation written into `unit`'s `<target>`, if any.
    public func prefill(for unit: TranslationUnit) -> StoredTranslation? {
        guard let stored = targets[unit.id], !stored.isStale, stored.sourceHash == unit.sourceHash,
            !stored.target.isEmpty
        else { return nil }
        return stored
    }
}

/// Writes XLIFF 1.2 (OASIS Standard, 1 February 2008) through libxml2's writer.
///
/// Shape: one `<file>` per cable (`original` = cable ID, `source-language="en-US"`,
/// `target-language` = the BCP 47 tag, `datatype="plaintext"`), a `<header>` with a `<tool>`
/// and notes (the cable and its embargo), then `<group>`s for the parts (`narrative`,
/// `nonpaper`, `press`), their sections and their paragraphs, and one `<trans-unit>` per
/// translation unit with its `<source>`, its `<target>` when the store holds a current
/// translation (pre-filled with its `state`: `translated`, `signed-off` for reviewed, `final`;
/// the target's plain text — tipl10n's own sources carry no inline codes), and a `<note>`
/// locating it in the cable. Units with no stored translation carry no `<target>`, unless the
/// translation memory has an exact match (``XLIFFExportContent/leverage``: the target with
/// `state="needs-review-translation"` and `state-qualifier="leveraged-tm"`, and a note naming
/// its origin) or a fuzzy one (an `<alt-trans match-quality origin tool-id="tipl10n">` with its
/// `<source>` and `<target>`, after the notes; see `Docs/Memory.md`). The output validates against
/// `xliff-core-1.2-strict.xsd`, and is byte-for-byte the same for the same input.
public enum XLIFF12Writer {
    /// The XLIFF 1.2 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// Serialises `content` as an XLIFF 1.2 document (UTF-8).
    /// - Parameter path: the file name used in error messages.
    /// - Throws: ``XMLError`` if a text holds a character XML cannot carry.
    public static func data(for content: XLIFFExportContent, path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("version", "1.2")
        try writer.attribute("xmlns", namespace)

        try writer.startElement("file")
        try writer.attribute("original", content.header.cableID)
        try writer.attribute("source-language", "en-US")
        try writer.attribute("target-language", content.targetLocale.tag)
        try writer.attribute("datatype", "plaintext")
        try writer.attribute("product-name", "TIP Report country narrative and press guidance")

        try writer.startElement("header")
        try writer.element(
            "tool",
            attributes: ["tool-id": "tipl10n", "tool-name": "tipl10n", "tool-version": TipL10nVersion.current])
        try writer.element(
            "note", attributes: ["from": "tipl10n"],
            text: content.jobNote)
        if let embargo = content.embargoNote {
            try writer.element("note", attributes: ["from": "tipl10n", "priority": "1"], text: embargo)
        }
        try writer.endElement()  // header

        try writer.startElement("body")
        try writeGroups(content, writer: writer)
        try writer.endElement()  // body
        try writer.endElement()  // file
        try writer.endElement()  // xliff
        return try writer.finish()
    }

    private static func writeGroups(_ content: XLIFFExportContent, writer: XMLStreamWriter) throws {
        let sectionsByID = Dictionary(
            content.document.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var currentPart: SourcePart?
        var currentSection: String?
        var currentBlock: String?

        func closeBlock() throws {
            if currentBlock != nil { try writer.endElement() }
            currentBlock = nil
        }
        func closeSection() throws {
            try closeBlock()
            if let section = currentSection, section != currentPart?.rawValue { try writer.endElement() }
            currentSection = nil
        }
        func closePart() throws {
            try closeSection()
            if currentPart != nil { try writer.endElement() }
            currentPart = nil
        }

        for unit in content.units {
            if unit.part != currentPart {
                try closePart()
                try writer.startElement("group")
                try writer.attribute("id", unit.part.rawValue)
                try writer.attribute("restype", "x-\(unit.part.rawValue)")
                try writer.element("note", attributes: ["from": "tipl10n"], text: partNote(unit.part, content: content))
                currentPart = unit.part
            }
            if unit.sectionID != currentSection {
                try closeSection()
                if unit.sectionID != unit.part.rawValue {
                    try writer.startElement("group")
                    try writer.attribute("id", unit.sectionID)
                    try writer.attribute("restype", "x-section")
                    if let note = sectionNote(sectionsByID[unit.sectionID]) {
                        try writer.element("note", attributes: ["from": "tipl10n"], text: note)
                    }
                }
                currentSection = unit.sectionID
            }
            let isSegmented = unit.kind != .title && unit.kind != .heading
            let blockGroupID = "\(unit.sectionID).\(unit.blockID)"
            if isSegmented && blockGroupID != currentBlock {
                try closeBlock()
                try writer.startElement("group")
                try writer.attribute("id", blockGroupID)
                try writer.attribute("restype", "x-\(unit.kind.rawValue)")
                currentBlock = blockGroupID
            } else if !isSegmented {
                try closeBlock()
            }
            try writeUnit(unit, content: content, writer: writer)
        }
        try closePart()
    }

    private static func writeUnit(_ unit: TranslationUnit, content: XLIFFExportContent, writer: XMLStreamWriter) throws
    {
        try writer.startElement("trans-unit")
        try writer.attribute("id", unit.id)
        if unit.kind == .title || unit.kind == .heading {
            try writer.attribute("restype", "x-\(unit.kind.rawValue)")
        }
        try writer.attribute("xml:space", "preserve")
        try writer.element("source", attributes: ["xml:lang": "en-US"], text: unit.source)
        let match = content.prefill(for: unit) == nil ? content.leverage[unit.id] : nil
        if let stored = content.prefill(for: unit) {
            try writeTarget(
                stored.target,
                attributes: ["xml:lang": content.targetLocale.tag, "state": stored.state.xliff12Value], writer: writer)
        } else if let match, match.kind == .exact {
            try writeTarget(
                match.entry.target,
                attributes: [
                    "xml:lang": content.targetLocale.tag, "state": "needs-review-translation",
                    "state-qualifier": "leveraged-tm",
                ], writer: writer)
        } else if content.copiesSourceIntoEmptyTargets {
            try writer.element(
                "target", attributes: ["xml:lang": content.targetLocale.tag, "state": "new"], text: unit.source)
        }
        try writer.element(
            "note", attributes: ["from": "tipl10n"], text: locationNote(unit, cableID: content.header.cableID))
        if let embargo = content.embargoUnitNote(for: unit) {
            try writer.element("note", attributes: ["from": "tipl10n", "priority": "1"], text: embargo)
        }
        if let glossary = content.glossaryNote(for: unit) {
            try writer.element("note", attributes: ["from": "tipl10n", "annotates": "source"], text: glossary)
        }
        for note in unit.reviewNotes {
            try writer.element(
                "note", attributes: ["from": "tipl10n", "priority": "2", "annotates": "source"], text: "Check: " + note)
        }
        if let match {
            if match.kind == .exact {
                try writer.element(
                    "note", attributes: ["from": "tipl10n", "annotates": "target"],
                    text:
                        "Exact match from the translation memory (\(match.entry.originDescription)): check it in context."
                )
            } else {
                try writer.startElement("alt-trans")
                try writer.attribute("match-quality", String(match.score))
                try writer.attribute("origin", match.entry.origin)
                try writer.attribute("tool-id", "tipl10n")
                try writer.element("source", attributes: ["xml:lang": "en-US"], text: match.entry.sourceText)
                try writeTarget(match.entry.target, attributes: ["xml:lang": content.targetLocale.tag], writer: writer)
                try writer.endElement()
            }
        }
        try writer.endElement()
    }

    private static func writeTarget(
        _ target: InlineContent, attributes: KeyValuePairs<String, String>, writer: XMLStreamWriter
    ) throws {
        if target.codes.isEmpty {
            try writer.element("target", attributes: attributes, text: target.plainText)
        } else {
            // Mixed content: libxml2's indentation would add white space inside the target,
            // so it is written unindented (the lines around it may look uneven; the XML is the same).
            try writer.withoutIndentation {
                try writer.startElement("target")
                for (key, value) in attributes { try writer.attribute(key, value) }
                try writeInline(target, writer: writer)
                try writer.endElement()
            }
        }
    }

    /// XLIFF 1.2 inline elements, and the 1.2 element each XLIFF 2 code is written as.
    static let inline12Elements: Set<String> = ["g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "sub", "mrk"]
    static let inline2To12: [String: String] = ["pc": "g", "sc": "bx", "ec": "ex", "sm": "mrk", "em": "mrk"]

    /// Writes text with its inline codes as XLIFF 1.2 elements: 1.2 codes as they were read
    /// (attributes kept), XLIFF 2 codes mapped (`pc` → `g`, `ph` → `x` or `ph` with its
    /// original data, `sc`/`ec` → `bx`/`ex`) with their `id` only.
    static func writeInline(_ content: InlineContent, writer: XMLStreamWriter) throws {
        for piece in content.pieces {
            switch piece {
            case .text(let text):
                try writer.text(text)
            case .code(let code):
                if code.position == .closing {
                    try writer.endElement()
                    continue
                }
                let isVersion12 = inline12Elements.contains(code.element)
                let name: String
                if isVersion12 {
                    name = code.element
                } else if code.element == "ph" || inline2To12[code.element] == nil {
                    name = code.originalData == nil ? "x" : "ph"
                } else {
                    name = inline2To12[code.element] ?? "x"
                }
                try writer.startElement(name)
                if let id = code.id { try writer.attribute(name == "mrk" ? "mid" : "id", id) }
                if isVersion12 {
                    for key in code.attributes.keys.sorted() where key != "id" && key != "mid" {
                        try writer.attribute(key, code.attributes[key] ?? "")
                    }
                }
                if name == "mrk" && code.attributes["mtype"] == nil { try writer.attribute("mtype", "x-inline") }
                if code.position == .standalone {
                    if let data = code.originalData, ["ph", "bpt", "ept", "it"].contains(name) {
                        try writer.text(data)
                    }
                    try writer.endElement()
                }
            }
        }
    }

    static func partNote(_ part: SourcePart, content: XLIFFExportContent) -> String {
        switch part {
        case .narrative:
            return
                "Country narrative of the \(content.document.titleLine) entry in the TIP Report (cable paragraph 8). "
                + "For the Mission web page."
        case .nonPaper:
            return "Non-paper: technical and legal background for the host government (cable paragraph 9)."
        case .press:
            return "Press guidance: questions and answers for local media (cable paragraph 11). "
                + "The Q/A labels are not part of the text."
        }
    }

    static func sectionNote(_ section: SourceSection?) -> String? {
        guard let section else { return nil }
        if section.part == .press, let label = section.blocks.first(where: { $0.kind == .question })?.sourceLabel {
            return "Printed in the cable as question '\(label.trimmingCharacters(in: .whitespaces))'."
        }
        return nil
    }

    static func locationNote(_ unit: TranslationUnit, cableID: String) -> String {
        let place: String
        switch unit.kind {
        case .title: place = "title line"
        case .heading: place = "section heading"
        case .paragraph: place = "paragraph \(unit.blockID.dropFirst()), sentence \(unit.segment)"
        case .bullet: place = "bullet \(unit.blockID.dropFirst()), sentence \(unit.segment)"
        case .question: place = "question, sentence \(unit.segment)"
        case .answer: place = "answer, sentence \(unit.segment)"
        }
        return "\(unit.sectionID): \(place); cable \(cableID), paragraph \(unit.cableParagraph)"
    }
}
