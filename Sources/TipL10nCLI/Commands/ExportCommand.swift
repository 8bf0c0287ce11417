import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n export --lang sq`: writes `xliff/<cable ID>.<lang>.xlf` for a translator.
struct ExportCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the narrative and press guidance as XLIFF 1.2 (or 2.1) for translators.",
        discussion: """
            Writes <project>/xliff/<cable ID>.<lang>.xlf for each locale, atomically, pre-filled with stored \
            translations and leveraged from the translation memory, and registers the units in the store so the \
            completed files can be imported. Every file is checked before any is written: an existing file that \
            holds translations the store does not have is never replaced unless --force is given. With --lang all \
            (the default), locales made by script conversion (sr-Cyrl from sr-Latn) are left out.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Target locales: all (the project's), or BCP 47 tags, comma-separated (sq,sr-Latn); sr means sr-Latn.",
            valueName: "tags"))
    var lang: LocaleList?

    @OptionGroup var project: ProjectOptions

    @Option(
        name: .long, help: ArgumentHelp("Where to write the XLIFF file (one locale only).", valueName: "path"),
        completion: .file(extensions: ["xlf", "xliff"]))
    var output: String?

    @Option(
        name: .long, help: "Parts to include, comma-separated: narrative, press, nonpaper (default: the project's).")
    var include: PartList?

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
            "Lowest word-level similarity, in percent, for a fuzzy match from the translation memory (1-100; default: the project's).",
            valueName: "percent"))
    var fuzzyThreshold: Int?

    @Option(name: .long, help: ArgumentHelp("XLIFF version to write: 1.2 or 2.1.", valueName: "version"))
    var xliffVersion: XLIFFVersion = .version12

    func validate() throws {
        if let fuzzyThreshold, !(1...100).contains(fuzzyThreshold) {
            throw ValidationError("--fuzzy-threshold must be between 1 and 100, not \(fuzzyThreshold)")
        }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io, hints: [.force: "use --force to overwrite it"]) { console in
            let context = try project.context(io)
            console.attach(context)
            var settings = ExportSettings()
            settings.outputPath = output
            settings.parts = include?.parts
            settings.xliffVersion = xliffVersion
            settings.copiesSourceIntoEmptyTargets = copySource
            settings.replacesUnsavedTranslations = force
            settings.fuzzyThreshold = fuzzyThreshold
            let tags = lang?.tags
            let isWholeProject = tags == nil || tags == ["all"]
            let locales = try context.locales(tags)
            let written = isWholeProject ? locales.filter { context.conversionSource(of: $0.tag) == nil } : locales
            if output != nil && written.count != 1 {
                throw UsageError("--output names one file: give one locale with --lang")
            }
            let report = try context.export(locales, isWholeProject: isWholeProject, settings: settings)

            for (locale, from) in report.skipped {
                console.report(
                    Diagnostic(
                        at: .none, severity: .note, check: "export",
                        message: "\(locale) is made from \(from) by script conversion: not exported (name it with "
                            + "--lang \(locale) to send it to a translator)"))
            }
            for diagnostic in report.diagnostics { console.report(diagnostic) }
            for outcome in report.outcomes { Self.printSummary(outcome, console: console) }
            let repaired = report.repairsInExport
            let flagged = report.reviewFlagsInExport
            console.print(
                "cable \(report.cableID): \(Plural.count(repaired, "repair")) and \(Plural.count(flagged, "review flag")) "
                    + "in the exported paragraphs\(repaired + flagged == 0 ? "" : " (listed on standard error)"); "
                    + "`tipl10n cable` lists all \(report.repairCount)")
            if report.warningCount > 0 {
                console.print(
                    "\(Plural.count(report.warningCount, "warning")) about the cable: it may be cut off or damaged "
                        + "(listed on standard error)")
            }
            if !report.isRegistered && !report.outcomes.isEmpty {
                console.print("units not registered: there is no project store (run `tipl10n init` to make one)")
            }
        }
    }

    /// `xliff/09STATE61188.sq.xlf: 47 translation units (narrative 35, press 12), en-US → sq`,
    /// the memory line when the memory has entries, and the glossary line when a TBX was
    /// written beside the file.
    static func printSummary(_ outcome: ExportOutcome, console: Console) {
        let result = outcome.result
        let counts = result.countsByPart.map { "\($0.part.displayName) \($0.units)" }.joined(separator: ", ")
        var line =
            "\(outcome.displayPath): \(Plural.count(result.units.count, "translation unit")) (\(counts)), "
            + "en-US → \(outcome.locale.tag)"
        if result.prefilledCount > 0 { line += ", \(result.prefilledCount) pre-filled with stored translations" }
        console.print(line)
        if result.memoryEntryCount > 0 {
            let leverage = result.leverageCounts
            let threshold = outcome.fuzzyThreshold
            var bands = ["\(leverage.fuzzy95To99) at 95-99%"]
            if threshold < 95 { bands.append("\(leverage.fuzzy85To94) at \(max(threshold, 85))-94%") }
            if threshold < 85 { bands.append("\(leverage.fuzzyBelow85) at \(threshold)-84%") }
            let entries = result.memoryEntryCount
            console.print(
                "  translation memory (\(entries) \(entries == 1 ? "entry" : "entries")): \(leverage.exact) exact "
                    + "(pre-filled, to review), fuzzy \(bands.joined(separator: ", ")), \(leverage.new) new")
        }
        if let glossary = outcome.glossaryDisplayPath {
            console.print(
                "  glossary: \(glossary) (\(Plural.count(outcome.glossaryTerms, "term")), "
                    + "\(outcome.glossaryTermsUsed) used in the units and noted on them)")
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
