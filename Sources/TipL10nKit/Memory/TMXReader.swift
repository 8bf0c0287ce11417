import Foundation
import TipL10nXML

/// A problem with a TMX file, written once: `path:line: error: message`.
public struct TMXError: DiagnosticError, Equatable {
    /// The file, as given.
    public var path: String
    /// 1-based line of the element at fault, if known.
    public var line: Int?
    /// Lower case, no trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message` as a diagnostic (check `tmx`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, line: line ?? 0, unitID: nil, severity: .error, check: "tmx", message: message)
    }
}

/// Reads TMX 1.1–1.4b (OmegaT, Trados, memoQ, tipl10n) into memory entries, through libxml2,
/// hardened like the XLIFF reader (``XMLTree/parse(_:path:options:)``: no network, no DTD
/// loading, no entity substitution). A DOCTYPE that only names an external DTD
/// (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and Trados write) is accepted and not
/// loaded; one with an internal subset (`[ … ]`, where entities would be declared) is refused.
///
/// Per `<tu>`: the source is the `<tuv>` whose language is English (`en`, `en-US`, …; or the
/// header's `srclang`); every other `<tuv>` whose language resolves to a supported locale
/// (see ``normalizedLocale(_:)``) gives one entry. The segment's text is its character data
/// and that of `<hi>` and `<sub>`; native codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) are
/// dropped. The state is the `x-tipl10n-state` prop, else `translated`; the origin the `tuid`,
/// else `<file name>#<n>`; the date `changedate`, else `creationdate`, else `importedAt`.
/// Units without a source or with an empty segment are skipped and counted.
public enum TMXReader {
    /// What a TMX file held.
    public struct Result: Sendable, Equatable {
        /// The entries, in file order.
        public var entries: [MemoryEntry]
        /// `<tu>`s read.
        public var unitCount: Int
        /// `<tu>`s (or `<tuv>`s) skipped: no source, empty segment, or a language tipl10n does not translate into.
        public var skippedCount: Int
    }

    /// Reads `data` (a TMX file).
    /// - Throws: ``XMLError`` for malformed XML or a refused DOCTYPE; ``TMXError`` when the
    ///   root is not `<tmx>` or there is no `<body>`.
    public static func read(_ data: Data, path: String, importedAt: Date) throws -> Result {
        let options = XMLTree.ParseOptions(rejectsDoctype: !hasExternalDoctypeOnly(data))
        let root = try XMLTree.parse(data, path: path, options: options).root
        guard root.name == "tmx", root.namespaceURI == nil else {
            throw TMXError(path: path, line: root.line, message: "not a TMX file: the root element is <\(root.name)>")
        }
        guard let body = root.firstChild(named: "body") else {
            throw TMXError(path: path, line: root.line, message: "the TMX file has no <body>")
        }
        let sourceLanguage = root.firstChild(named: "header")?.attribute("srclang")?.lowercased()
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var result = Result(entries: [], unitCount: 0, skippedCount: 0)
        for (index, unit) in body.children(named: "tu").enumerated() {
            result.unitCount += 1
            let variants = unit.children(named: "tuv").map { variant in
                (language: language(of: variant), text: segmentText(variant.firstChild(named: "seg")))
            }
            guard
                let source = variants.first(where: { isSource($0.language, sourceLanguage: sourceLanguage) }),
                !source.text.isEmpty
            else {
                result.skippedCount += 1
                continue
            }
            let state =
                unit.children(named: "prop").first { $0.attribute("type") == TMXWriter.statePropType }
                .flatMap { TranslationState(rawValue: $0.textContent) } ?? .translated
            let date =
                (unit.attribute("changedate") ?? unit.attribute("creationdate")).flatMap(TMXWriter.date(fromTMX:))
                ?? importedAt
            let origin = unit.attribute("tuid").flatMap { $0.isEmpty ? nil : $0 } ?? "\(fileName)#\(index + 1)"
            let sourceText = Importer.collapsed(source.text)
            for variant in variants where !isSource(variant.language, sourceLanguage: sourceLanguage) {
                guard let locale = normalizedLocale(variant.language), !variant.text.isEmpty else {
                    result.skippedCount += 1
                    continue
                }
                result.entries.append(
                    MemoryEntry(
                        sourceText: sourceText, sourceHash: TranslationUnit.hash(of: sourceText), locale: locale,
                        target: InlineContent(text: variant.text), state: state, origin: origin, updatedAt: date))
            }
        }
        return result
    }

    /// The tipl10n locale a TMX language code stands for, or `nil` if it is not one tipl10n
    /// translates into: `sq`, `sq-AL`, `SQ_al` → `sq`; `sr-Latn-RS`, `sr@latin`, `sr-RS`, `sr` →
    /// `sr-Latn`; `sr-Cyrl`, `sr-Cyrl-RS`, `sr@cyrillic` → `sr-Cyrl` (``TargetLocale/resolve(_:)``).
    public static func normalizedLocale(_ code: String) -> String? {
        var text = code.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let lower = text.lowercased()
        if let at = lower.firstIndex(of: "@") {
            let modifier = lower[lower.index(after: at)...]
            let script = modifier == "latin" ? "-Latn" : modifier == "cyrillic" ? "-Cyrl" : ""
            let base = String(lower[..<at]).split(separator: "-").first.map(String.init) ?? ""
            text = base + script
        }
        return (try? TargetLocale.resolve(text))?.locale.tag
    }

    private static func language(of variant: XMLTree.Element) -> String {
        // TMX 1.4 uses xml:lang; TMX 1.1–1.3 used lang.
        variant.attribute("lang", namespaceURI: XMLTree.xmlNamespace) ?? variant.attribute("lang") ?? ""
    }

    private static func isSource(_ language: String, sourceLanguage: String?) -> Bool {
        let lower = language.lowercased().replacingOccurrences(of: "_", with: "-")
        if lower == "en" || lower.hasPrefix("en-") { return true }
        guard let sourceLanguage, sourceLanguage != "*all*" else { return false }
        return lower == sourceLanguage.replacingOccurrences(of: "_", with: "-")
    }

    private static func segmentText(_ segment: XMLTree.Element?) -> String {
        guard let segment else { return "" }
        var text = ""
        func append(_ element: XMLTree.Element) {
            for child in element.children {
                switch child {
                case .text(let value): text += value
                case .element(let inner) where inner.name == "hi" || inner.name == "sub": append(inner)
                case .element, .comment: break
                }
            }
        }
        append(segment)
        return text
    }

    /// True when `data` has a DOCTYPE without an internal subset (looked for in the first 4 KiB,
    /// as ASCII; a UTF-16 file's DOCTYPE is not found and so stays refused).
    static func hasExternalDoctypeOnly(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        guard let start = head.range(of: "<!DOCTYPE") else { return false }
        guard let end = head[start.upperBound...].firstIndex(of: ">") else { return false }
        return !head[start.upperBound..<end].contains("[")
    }
}
