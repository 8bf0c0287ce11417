import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n export --lang sq`: writes `xliff/<cable ID>.<lang>.xlf` for a translator.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the narrative and press guidance as XLIFF 1.2 for a translator.",
        discussion: """
            Writes xliff/<cable ID>.<lang>.xlf (in the current folder) atomically and prints its path and \
            counts. An existing file that already holds translations is never replaced unless --force is given.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("Target locale (BCP 47): sq, sq-XK, sr-Latn, sr-Cyrl; sr means sr-Latn.", valueName: "tag"))
    var lang: String

    @OptionGroup var cableOptions: CableOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the XLIFF file.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "Parts to include, comma-separated: narrative, press, nonpaper.")
    var include: PartList = .standard

    @Flag(name: .long, help: "Replace an existing export even if it holds translations.")
    var force = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let resolution = try TargetLocale.resolve(lang)
            if let note = resolution.note { Console.error("note: \(note)") }
            let input = try cableOptions.cableInput()
            // The store is opened (and created) only once the cable has been read successfully,
            // so bad input leaves no trace on disk.
            var openedStore: TranslationStore?
            let result = try Exporter.run(
                Exporter.Request(
                    cableData: input.data, cablePath: input.path, targetLocale: resolution.locale,
                    parts: include.parts, segmenter: try cableOptions.segmenter())
            ) { cableID in
                let store = try storeOptions.open()
                openedStore = store
                let stored = try store.translations(cableID: cableID, locale: resolution.locale.tag)
                return Dictionary(stored.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
            }

            for warning in result.document.warnings { Console.error(warning.description) }
            let displayPath = output ?? "xliff/\(result.defaultFileName)"
            let url = URL(fileURLWithPath: displayPath)
            try refuseToOverwriteTranslations(
                at: url, displayPath: displayPath, store: openedStore, locale: resolution.locale)
            try AtomicFile.write(result.xliff, to: url, displayPath: displayPath)
            try openedStore?.register(
                units: result.units, cableID: result.cable.header.cableID, parts: include.parts, at: Date())

            let exportedParagraphs = Set(result.units.map(\.cableParagraph))
            let shownRepairs = result.cable.repairs.filter { exportedParagraphs.contains($0.paragraph ?? 0) }
            for repair in shownRepairs {
                Console.error(CableCommand.line(for: repair, path: input.path))
            }
            let counts = result.countsByPart.map { "\($0.part.displayName) \($0.units)" }.joined(separator: ", ")
            print(displayPath)
            print(
                "\(Plural.count(result.units.count, "translation unit")) (\(counts)), "
                    + "cable \(result.cable.header.cableID), en-US → \(resolution.locale.tag)")
            let flagged = shownRepairs.filter { $0.kind == .needsReview }.count
            let repaired = shownRepairs.count - flagged
            print(
                "\(Plural.count(repaired, "repair")) and \(Plural.count(flagged, "review flag")) in the exported "
                    + "paragraphs\(shownRepairs.isEmpty ? "" : " (listed on standard error)"); "
                    + "`tipl10n cable` lists all \(result.cable.repairs.count)")
            if !result.document.warnings.isEmpty {
                print(
                    "\(Plural.count(result.document.warnings.count, "warning")) about the cable: it may be cut off "
                        + "or damaged (listed on standard error)")
            }
            if result.prefilledCount > 0 {
                print("\(Plural.count(result.prefilledCount, "unit")) pre-filled with stored translations")
            }
        }
    }

    /// Refuses to replace a file that holds translations not in the store (a translator's
    /// work that would be lost), or that cannot be read as XLIFF, unless `--force`. A file
    /// whose every translation is already stored (e.g. an earlier pre-filled export) is replaced.
    private func refuseToOverwriteTranslations(
        at url: URL, displayPath: String, store: TranslationStore?, locale: TargetLocale
    ) throws {
        guard !force, FileManager.default.fileExists(atPath: url.path) else { return }
        let existing = try InputFile.read(url.path)
        let document: XLIFFReadDocument
        do {
            _ = try XLIFFInspection.translatedTargetCount(in: existing, path: displayPath)
            document = try XLIFFReader.read(existing, path: displayPath)
        } catch {
            throw CommandFailure(
                "\(displayPath): error: the file exists and is not readable XLIFF (\(error)); "
                    + "not replaced: use --force to overwrite it")
        }
        var unsaved = 0
        for file in document.files {
            for unit in file.units {
                guard let target = unit.target, !target.isEmpty else { continue }
                let stored = try store?.translation(cableID: file.original ?? "", unitID: unit.id, locale: locale.tag)
                if stored?.target != Importer.normalized(target) { unsaved += 1 }
            }
        }
        if unsaved > 0 {
            throw CommandFailure(
                "\(displayPath): error: the file holds \(Plural.count(unsaved, "translation")) that the store does not; "
                    + "not replaced: import it first or use --force to overwrite it")
        }
    }
}

extension SourcePart {
    /// The name used in summaries: `narrative`, `non-paper`, `press`.
    var displayName: String {
        switch self {
        case .narrative: "narrative"
        case .nonPaper: "non-paper"
        case .press: "press"
        }
    }
}
