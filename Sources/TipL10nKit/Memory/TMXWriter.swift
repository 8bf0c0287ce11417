import Foundation
import TipL10nXML

/// Writes a translation memory as TMX 1.4b (LISA, 2005) through libxml2's writer.
///
/// Shape:
///
/// ```xml
/// <tmx version="1.4">
///   <header creationtool="tipl10n" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence"
///           adminlang="en-US" srclang="en-US" o-tmf="tipl10n" creationdate="20090616T140000Z"/>
///   <body>
///     <tu tuid="09STATE61188/narrative.title" changedate="20090616T140000Z">
///       <prop type="x-tipl10n-state">translated</prop>
///       <tuv xml:lang="en-US"><seg>Kosovo (TIER 2)</seg></tuv>
///       <tuv xml:lang="sq"><seg>Kosova (NIVELI 2)</seg></tuv>
///     </tu>
/// ```
///
/// One `<tu>` per entry, in the order given; `tuid` is the entry's origin. Segments are plain
/// text (inline codes are dropped: tipl10n's own sources carry none). No DOCTYPE is written.
public enum TMXWriter {
    /// The source language written in the header and on every source `<tuv>`.
    public static let sourceLanguage = "en-US"
    /// The `<prop type>` carrying the tipl10n state of an entry.
    public static let statePropType = "x-tipl10n-state"

    /// Serialises `entries` as TMX 1.4b (UTF-8).
    /// - Parameters:
    ///   - createdAt: the header's `creationdate`.
    ///   - path: the file name used in error messages.
    /// - Throws: ``XMLError`` if a text holds a character XML cannot carry.
    public static func data(for entries: [MemoryEntry], createdAt: Date, path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try writer.element(
            "header",
            attributes: [
                "creationtool": "tipl10n", "creationtoolversion": TipL10nVersion.current, "datatype": "plaintext",
                "segtype": "sentence", "adminlang": sourceLanguage, "srclang": sourceLanguage, "o-tmf": "tipl10n",
                "creationdate": tmxDate(createdAt),
            ])
        try writer.startElement("body")
        for entry in entries {
            try writer.startElement("tu")
            try writer.attribute("tuid", entry.origin)
            try writer.attribute("changedate", tmxDate(entry.updatedAt))
            try writer.element("prop", attributes: ["type": statePropType], text: entry.state.rawValue)
            for (language, text) in [(sourceLanguage, entry.sourceText), (entry.locale, entry.target.plainText)] {
                try writer.startElement("tuv")
                try writer.attribute("xml:lang", language)
                try writer.element("seg", text: text)
                try writer.endElement()
            }
            try writer.endElement()  // tu
        }
        try writer.endElement()  // body
        try writer.endElement()  // tmx
        return try writer.finish()
    }

    /// A date in TMX's form, `YYYYMMDDThhmmssZ` (UTC, ISO 8601 basic format).
    public static func tmxDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// Reads a TMX date (`YYYYMMDDThhmmssZ`); `nil` if it has another form.
    public static func date(fromTMX text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: text)
    }
}
