import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n tm`: exchange the translation memory as TMX 1.4b.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Exchange the translation memory as TMX 1.4b (OmegaT, Trados, memoQ).",
        discussion: """
            The memory is every translation in the store that is not stale, with the English it was made \
            against, plus the entries imported from TMX files; export searches it for exact and fuzzy \
            matches. See Docs/Memory.md.
            """,
        subcommands: [Export.self, Import.self])

    /// `tipl10n tm export --lang sq [--output FILE]`.
    struct Export: ProjectCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the approved memory of locales (state translated or better, not stale) as TMX 1.4b.")

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Target locales: all (the project's), or BCP 47 tags, comma-separated; sr means sr-Latn.",
                valueName: "tags"))
        var lang: LocaleList?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Where to write the TMX file, one locale only (default: <project>/tmx/tipl10n.<lang>.tmx).",
                valueName: "path"),
            completion: .file(extensions: ["tmx"]))
        var output: String?

        @OptionGroup var project: ProjectOptions

        func run(in io: CommandIO) throws {
            try Console.run(io) { console in
                let context = try project.context(io)
                console.attach(context)
                let locales = try context.locales(lang?.tags)
                if output != nil && locales.count != 1 {
                    throw UsageError("--output names one file: give one locale with --lang")
                }
                for locale in locales {
                    let (path, count) = try context.exportMemory(locale, output: output)
                    console.print("\(path): \(Plural.count(count, "translation unit")) (en-US → \(locale.tag))")
                }
            }
        }
    }

    /// `tipl10n tm import FILE`.
    struct Import: ProjectCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a TMX file into the translation memory.")

        @Argument(
            help: ArgumentHelp("The TMX file (1.1 to 1.4b).", valueName: "file"),
            completion: .file(extensions: ["tmx"]))
        var file: String

        @Option(
            name: .long,
            help: ArgumentHelp("Only import this locale (BCP 47); others in the file are skipped.", valueName: "tag"))
        var lang: String?

        @OptionGroup var project: ProjectOptions

        func run(in io: CommandIO) throws {
            try Console.run(io) { console in
                let context = try project.context(io)
                console.attach(context)
                let locale = try lang.flatMap { try context.locales([$0]).first }
                let report = try context.importMemory(file, locale: locale)
                console.print(
                    "\(Plural.count(report.unitCount, "translation unit")) read"
                        + (report.locales.isEmpty ? "" : " (\(report.locales.joined(separator: ", ")))") + ": "
                        + "\(report.added) added, \(report.alreadyPresent) already in the memory, "
                        + "\(report.skipped) skipped")
            }
        }
    }
}
