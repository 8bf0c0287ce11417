import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n glossary`: exchange the project's glossary as TBX (and read CSV).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Exchange the glossary as TBX (TBX-Basic, ISO 30042), and import CSV.",
        discussion: """
            The project's glossary (glossary/terms.tbx, the project file's glossary:) is layered over the \
            built-in glossary of each locale profile: verify checks its terms and export notes them on every unit \
            that uses one. See Docs/Glossary.md.
            """,
        subcommands: [Import.self, Export.self])

    /// `tipl10n glossary import FILE`.
    struct Import: ProjectCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Merge a TBX (v3 or 2008) or CSV glossary into the project's glossary.")

        @Argument(
            help: ArgumentHelp(
                "The glossary: TBX, or CSV with a header of language tags (en,sq,sr-Latn,note).", valueName: "file"),
            completion: .file(extensions: ["tbx", "csv", "xml"]))
        var file: String

        @OptionGroup var project: ProjectOptions

        func run(in io: CommandIO) throws {
            try Console.run(io) { console in
                let context = try project.context(io)
                console.attach(context)
                let report = try context.importGlossary(file)
                for warning in report.warnings { console.report(warning) }
                let locales = report.locales.isEmpty ? "" : " (en → \(report.locales.joined(separator: ", ")))"
                console.print(
                    "\(report.path): \(Plural.count(report.read, "term")) read\(locales): "
                        + "\(report.counts.added) added, \(report.counts.updated) updated, "
                        + "\(report.counts.unchanged) unchanged")
            }
        }
    }

    /// `tipl10n glossary export [--lang TAGS] [--output FILE]`.
    struct Export: ProjectCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the glossary of locales (built-in terms and the project's) as one TBX file.")

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Target locales: all (the project's), or BCP 47 tags, comma-separated.", valueName: "tags"))
        var lang: LocaleList?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Where to write the TBX file (default: <project>/xliff/glossary.tbx).", valueName: "path"),
            completion: .file(extensions: ["tbx"]))
        var output: String?

        @OptionGroup var project: ProjectOptions

        func run(in io: CommandIO) throws {
            try Console.run(io) { console in
                let context = try project.context(io)
                console.attach(context)
                let locales = try context.locales(lang?.tags)
                let (path, count) = try context.exportGlossary(locales, output: output)
                console.print(
                    "\(path): \(Plural.count(count, "term")) (en → \(locales.map(\.tag).joined(separator: ", ")))")
            }
        }
    }
}
