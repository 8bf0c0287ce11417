import Foundation
import TipL10nXML

/// Writes XLIFF 2.1 (OASIS Standard, 13 February 2018) through libxml2's writer.
///
/// Shape: `<xliff version="2.1" srcLang="en-US" trgLang=…>` with one `<file>` per cable
/// (`id` and `original` = cable ID) carrying the cable and embargo notes; a `<group>` per part
/// and per section (ids as in XLIFF 1.2: `narrative`, `narrative.intro`); one `<unit>` per
/// block — a paragraph, bullet, question or answer (id `<section>.<block>`, e.g.
/// `narrative.intro.p1`), or a title or heading (id = the unit ID) — with its notes and one
/// `<segment>` per translation unit (`id` = the unit ID, e.g. `narrative.intro.p1.s2`),
/// separated by `<ignorable>` single spaces. A segment's `state` is `initial` without a
/// target, else the stored state (`translated`, `reviewed`, `final`); an exact memory match
/// is pre-filled with `state="translated"` and `subState="tipl10n:leveraged-tm"`. Fuzzy
/// matches are written with the Translation Candidates module (`mtc:matches`, `ref` =
/// `#<segment id>`, `matchQuality`, `origin`). Targets with inline codes map paired codes to
/// `<pc>` and the others to `<ph>`, numbered `<segment position>-<n>`. Validates against
/// `xliff_core_2.0.xsd` (the core of 2.0 and 2.1) and `matches.xsd`.
public enum XLIFF21Writer {
    /// The XLIFF 2 core namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    /// The Translation Candidates module namespace.
    public static let matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"

    /// Serialises `content` as an XLIFF 2.1 document (UTF-8).
    /// - Parameter path: the file name used in error messages.
    /// - Throws: ``XMLError`` if a text holds a character XML cannot carry.
    public static func data(for content: XLIFFExportContent, path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("xmlns", namespace)
        try writer.attribute("xmlns:mtc", matchesNamespace)
        try writer.attribute("version", "2.1")
        try writer.attribute("srcLang", "en-US")
        try writer.attribute("trgLang", content.targetLocale.tag)

        try writer.startElement("file")
        try writer.attribute("id", content.header.cableID)
        try writer.attribute("original", content.header.cableID)
        try writer.startElement("notes")
        try writer.element(
            "note", attributes: ["category": "tipl10n"],
            text: content.jobNote)
        if let embargo = content.embargoNote {
            try writer.element("note", attributes: ["category": "tipl10n", "priority": "1"], text: embargo)
        }
        try writer.endElement()  // notes

        let sectionsByID = Dictionary(
            content.document.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var currentPart: SourcePart?
        var currentSection: String?
        func closeSection() throws {
            if let section = currentSection, section != currentPart?.rawValue { try writer.endElement() }
            currentSection = nil
        }
        while index < content.units.count {
            let unit = content.units[index]
            if unit.part != currentPart {
                try closeSection()
                if currentPart != nil { try writer.endElement() }
                try writer.startElement("group")
                try writer.attribute("id", unit.part.rawValue)
                try writer.attribute("name", unit.part.rawValue)
                try notes([XLIFF12Writer.partNote(unit.part, content: content)], writer: writer)
                currentPart = unit.part
            }
            if unit.sectionID != currentSection {
                try closeSection()
                if unit.sectionID != unit.part.rawValue {
                    try writer.startElement("group")
                    try writer.attribute("id", unit.sectionID)
                    try notes(
                        XLIFF12Writer.sectionNote(sectionsByID[unit.sectionID]).map { [$0] } ?? [], writer: writer)
                }
                currentSection = unit.sectionID
            }
            // One <unit> per block: the run of translation units of the same block.
            var end = index + 1
            let isSegmented = unit.kind != .title && unit.kind != .heading
            while isSegmented, end < content.units.count, content.units[end].sectionID == unit.sectionID,
                content.units[end].blockID == unit.blockID, content.units[end].kind == unit.kind
            {
                end += 1
            }
            try writeUnit(
                Array(content.units[index..<end]), id: isSegmented ? "\(unit.sectionID).\(unit.blockID)" : unit.id,
                content: content, writer: writer)
            index = end
        }
        try closeSection()
        if currentPart != nil { try writer.endElement() }
        try writer.endElement()  // file
        try writer.endElement()  // xliff
        return try writer.finish()
    }

    private static func notes(_ texts: [String], writer: XMLStreamWriter) throws {
        guard !texts.isEmpty else { return }
        try writer.startElement("notes")
        for text in texts { try writer.element("note", attributes: ["category": "tipl10n"], text: text) }
        try writer.endElement()
    }

    private static func writeUnit(
        _ units: [TranslationUnit], id: String, content: XLIFFExportContent, writer: XMLStreamWriter
    ) throws {
        guard let first = units.first else { return }
        try writer.startElement("unit")
        try writer.attribute("id", id)
        try writer.attribute("name", first.kind.rawValue)
        let fuzzy = units.compactMap { unit in
            content.prefill(for: unit) == nil
                ? content.leverage[unit.id].flatMap { $0.kind == .fuzzy ? (unit, $0) : nil } : nil
        }
        if !fuzzy.isEmpty {
            try writer.startElement("mtc:matches")
            for (unit, match) in fuzzy {
                try writer.startElement("mtc:match")
                try writer.attribute("ref", "#\(unit.id)")
                try writer.attribute("matchQuality", String(match.score))
                try writer.attribute("origin", match.entry.origin)
                try writer.attribute("type", "tm")
                try writer.element("source", text: match.entry.sourceText)
                try writeTarget(match.entry.target, segment: 0, writer: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        var noteTexts: [(text: String, appliesTo: String?, priority: String?)] = []
        for unit in units {
            noteTexts.append(
                (unit.id + ": " + XLIFF12Writer.locationNote(unit, cableID: content.header.cableID), nil, nil))
            if let embargo = content.embargoUnitNote(for: unit) { noteTexts.append((embargo, nil, "1")) }
            if let glossary = content.glossaryNote(for: unit) {
                noteTexts.append((unit.id + ": " + glossary, "source", nil))
            }
            for note in unit.reviewNotes { noteTexts.append((unit.id + ": Check: " + note, "source", "2")) }
        }
        try writer.startElement("notes")
        for note in noteTexts {
            try writer.startElement("note")
            try writer.attribute("category", "tipl10n")
            if let appliesTo = note.appliesTo { try writer.attribute("appliesTo", appliesTo) }
            if let priority = note.priority { try writer.attribute("priority", priority) }
            try writer.text(note.text)
            try writer.endElement()
        }
        try writer.endElement()
        for (position, unit) in units.enumerated() {
            if position > 0 {
                try writer.startElement("ignorable")
                try writer.element("source", text: " ")
                try writer.endElement()
            }
            try writer.startElement("segment")
            try writer.attribute("id", unit.id)
            let target: InlineContent?
            if let stored = content.prefill(for: unit) {
                try writer.attribute("state", stored.state.xliff2Value)
                target = stored.target
            } else if let match = content.leverage[unit.id], match.kind == .exact {
                try writer.attribute("state", "translated")
                try writer.attribute("subState", "tipl10n:leveraged-tm")
                target = match.entry.target
            } else {
                try writer.attribute("state", "initial")
                target = nil
            }
            try writer.element("source", text: unit.source)
            if let target { try writeTarget(target, segment: position + 1, writer: writer) }
            try writer.endElement()
        }
        try writer.endElement()  // unit
    }

    private static func writeTarget(_ target: InlineContent, segment: Int, writer: XMLStreamWriter) throws {
        guard !target.codes.isEmpty else {
            try writer.element("target", text: target.plainText)
            return
        }
        // Mixed content is written unindented (indentation would add white space to the target).
        try writer.withoutIndentation {
            try writer.startElement("target")
            var serial = 0
            for piece in target.pieces {
                switch piece {
                case .text(let text):
                    try writer.text(text)
                case .code(let code):
                    switch code.position {
                    case .closing:
                        try writer.endElement()
                    case .opening, .standalone:
                        serial += 1
                        try writer.startElement(code.position == .opening ? "pc" : "ph")
                        try writer.attribute("id", "\(segment)-\(serial)")
                        if code.position == .standalone { try writer.endElement() }
                    }
                }
            }
            try writer.endElement()
        }
    }
}
