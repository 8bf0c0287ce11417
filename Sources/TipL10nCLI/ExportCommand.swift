import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n export --lang sq`: writes `xliff/<cable ID>.<lang>.xlf` for a translator.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the narrative and press guidance as XLIFF 1.2 (or 2.1) for a translator.",
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

    @Flag(
        name: .long,
        help:
            "Copy the source into every empty target (state new), for CAT tools such as OmegaT that show only filled targets."
    )
    var copySource = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Lowest word-level similarity, in percent, for a fuzzy match from the translation memory (1-100).",
            valueName: "percent"))
    var fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold

    @Option(name: .long, help: ArgumentHelp("XLIFF version to write: 1.2 or 2.1.", valueName: "version"))
    var xliffVersion: XLIFFVersion = .version12

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (1...100).contains(fuzzyThreshold) else {
            throw ValidationError("--fuzzy-threshold must be between 1 and 100, not \(fuzzyThreshold)")
        }
    }

    func run() throws {
        try Console.failing {
            let resolution = try TargetLocale.resolve(lang)
            if let note = resolution.note { Console.error("note: \(note)") }
            let input = try cableOptions.cableInput()
            // The store is opened (and created) only once the cable has been read successfully,
            // so bad input leaves no trace on disk.
            var openedStore: TranslationStore?
            var request = Exporter.Request(
                cableData: input.data, cablePath: input.path, targetLocale: resolution.locale,
                parts: include.parts, segmenter: try cableOptions.segmenter(), fuzzyThreshold: fuzzyThreshold,
                xliffVersion: xliffVersion)
            request.copiesSourceIntoEmptyTargets = copySource
            let result = try Exporter.run(
                request,
                storedTranslations: { cableID in
                    let store = try storeOptions.open()
                    openedStore = store
                    let stored = try store.translations(cableID: cableID, locale: resolution.locale.tag)
                    return Dictionary(stored.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
                },
                memory: { try openedStore?.memoryEntries(locale: resolution.locale.tag) ?? [] })

            for warning in result.document.warnings { Console.error(warning.description) }
            let displayPath = output ?? "xliff/\(result.defaultFileName)"
            let url = URL(fileURLWithPath: displayPath)
            try refuseToOverwriteTranslations(
                at: url, displayPath: displayPath, store: openedStore, locale: resolution.locale,
                leverage: result.leverage)
            try AtomicFile.write(result.xliff, to: url, displayPath: displayPath)
            if let store = openedStore {
                let cableID = result.cable.header.cableID
                let date = Date()
                try store.atomically("cannot register the units of \(cableID)") {
                    // Translations whose English changes now stay in the memory with their old English.
                    try store.keepInMemory(translationsOf: cableID, replacedBy: result.units, at: date)
                    try store.register(units: result.units, cableID: cableID, parts: include.parts, at: date)
                }
            }

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
            let flagged = shownRepairs.filter(\.isReviewFlag).count
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
            let leverage = result.leverageCounts
            if result.memoryEntryCount > 0 {
                var bands = ["\(leverage.fuzzy95To99) at 95-99%"]
                if fuzzyThreshold < 95 { bands.append("\(leverage.fuzzy85To94) at \(max(fuzzyThreshold, 85))-94%") }
                if fuzzyThreshold < 85 { bands.append("\(leverage.fuzzyBelow85) at \(fuzzyThreshold)-84%") }
                print(
                    "translation memory (\(result.memoryEntryCount) \(result.memoryEntryCount == 1 ? "entry" : "entries")): "
                        + "\(leverage.exact) exact (pre-filled, to review), fuzzy \(bands.joined(separator: ", ")), "
                        + "\(leverage.new) new")
            }
        }
    }

    /// Refuses to replace a file that holds translations not in the store (a translator's
    /// work that would be lost), or that cannot be read as XLIFF, unless `--force`. A file
    /// whose every translation is already stored (e.g. an earlier pre-filled export) is replaced.
    /// A target equal to the exact memory match this export writes again is not lost either.
    private func refuseToOverwriteTranslations(
        at url: URL, displayPath: String, store: TranslationStore?, locale: TargetLocale,
        leverage: [String: LeverageMatch]
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
                let normalized = Importer.normalized(target)
                if let match = leverage[unit.id], match.kind == .exact, match.entry.target == normalized { continue }
                if stored?.target != normalized { unsaved += 1 }
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

extension XLIFFVersion: ExpressibleByArgument {}
