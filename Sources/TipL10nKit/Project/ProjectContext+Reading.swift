import Foundation

/// What the reader found in a cable (`tipl10n cable`), and its units (`tipl10n segment`).
public struct CableReport: Sendable {
    public var source: ProjectSource
    /// Every repair and review flag (in line order), then the cable's warnings.
    public var diagnostics: [Diagnostic]
}

/// What `tm import` did.
public struct MemoryImportReport: Sendable {
    /// `<tu>` elements read.
    public var unitCount: Int
    /// Locales of the entries taken, sorted.
    public var locales: [String]
    /// Entries new to the memory.
    public var added: Int
    /// Entries the memory already held.
    public var alreadyPresent: Int
    /// Units skipped: no English source, an empty segment, another locale than asked.
    public var skipped: Int
}

extension ProjectContext {
    /// The cable with every repair and warning, as diagnostics.
    /// - Throws: ``CableError``, ``ProjectError`` as ``source()``.
    public func cableReport() throws -> CableReport {
        let source = try source()
        return CableReport(
            source: source,
            diagnostics: source.cable.repairs.map { $0.diagnostic(path: source.input.displayPath) }
                + source.document.warnings.map(\.diagnostic))
    }

    /// The cable's translation units of `parts` (the project's by default), with the cable's
    /// warnings.
    /// - Throws: ``CableError``, ``ProjectError`` as ``source()``; what ``segmenter()`` throws.
    public func translationUnits(
        parts: Set<SourcePart>? = nil
    ) throws -> (
        units: [TranslationUnit], warnings: [Diagnostic]
    ) {
        let source = try source()
        return (
            source.document.translationUnits(
                segmenter: try segmenter(), parts: parts ?? self.parts, repairs: source.cable.repairs),
            source.document.warnings.map(\.diagnostic)
        )
    }

    /// Plain English text cut into units `p1.s1`, `p1.s2`, … (paragraphs separated by blank
    /// lines; hard-wrapped lines joined).
    /// - Parameter path: the file, relative to the current folder; `-` for standard input.
    /// - Throws: ``FileError``; ``ProjectError`` for text that is not UTF-8.
    public func plainTextUnits(_ path: String) throws -> [TranslationUnit] {
        let shown = path == "-" ? "<stdin>" : path
        let data = try FileAccess.read(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        guard let string = String(data: data, encoding: .utf8) else {
            throw ProjectError(path: shown, message: "the text is not valid UTF-8")
        }
        return PlainText.translationUnits(in: string, segmenter: try segmenter())
    }

    /// Writes the memory of `locale` (state translated or better, not stale) as TMX 1.4b.
    /// - Parameter output: relative to the current folder; default `<project>/tmx/tipl10n.<tag>.tmx`.
    /// - Returns: the path as shown, and the number of entries written.
    /// - Throws: ``StoreError`` (no store yet), ``ProjectError`` (no project and no store
    ///   named), ``FileError``, `XMLError`.
    public func exportMemory(_ locale: TargetLocale, output: String?) throws -> (displayPath: String, count: Int) {
        guard let store = try store(creating: false) else {
            guard let path = storeDisplayPath else { throw noProjectStore("to export from") }
            throw StoreError(path: path, message: "no translation store: import translations first")
        }
        let entries = try store.memoryEntries(locale: locale.tag).filter { $0.state >= .translated }
        let url =
            output.map(userURL)
            ?? projectURL(project.file.folders.tmx).appendingPathComponent("tipl10n.\(locale.tag).tmx")
        let shown = output ?? displayPath(url)
        let data = try TMXWriter.data(for: entries, createdAt: now, path: shown)
        try FileAccess.writeAtomically(data, to: url, displayPath: shown)
        return (shown, entries.count)
    }

    /// Reads a TMX file into the translation memory (entries already there are not added twice).
    /// - Parameters:
    ///   - path: relative to the current folder.
    ///   - locale: only this locale's entries; `nil` for all.
    /// - Throws: ``FileError``, ``TMXError``, `XMLError`, ``StoreError``, ``ProjectError`` when
    ///   there is no project to write to.
    public func importMemory(_ path: String, locale: TargetLocale?) throws -> MemoryImportReport {
        let input = try FileAccess.xmlInput(userURL(path).path, displayPath: path)
        // Streamed one <tu> at a time; only the entries of the wanted locale are kept.
        var entries: [MemoryEntry] = []
        var otherLocales = 0
        let counts = try TMXReader.read(input, path: path, importedAt: now) { entry in
            if locale == nil || entry.locale == locale?.tag {
                entries.append(entry)
            } else {
                otherLocales += 1
            }
        }
        let added = try writableStore().addMemoryEntries(
            entries, fileName: URL(fileURLWithPath: path).lastPathComponent, at: now)
        return MemoryImportReport(
            unitCount: counts.unitCount, locales: Set(entries.map(\.locale)).sorted(), added: added,
            alreadyPresent: entries.count - added, skipped: counts.skippedCount + otherLocales)
    }
}
