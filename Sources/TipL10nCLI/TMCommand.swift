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
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the approved memory of one locale (state translated or better, not stale) as TMX 1.4b.")

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Target locale (BCP 47): sq, sq-XK, sr-Latn, sr-Cyrl; sr means sr-Latn.", valueName: "tag"))
        var lang: String

        @Option(
            name: .long,
            help: ArgumentHelp("Where to write the TMX file (default: tmx/tipl10n.<lang>.tmx).", valueName: "path"))
        var output: String?

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try Console.failing {
                let resolution = try TargetLocale.resolve(lang)
                if let note = resolution.note { Console.error("note: \(note)") }
                guard FileManager.default.fileExists(atPath: storeOptions.path.path) else {
                    throw CommandFailure(
                        "\(storeOptions.path.relativePath): error: no translation store: import translations first")
                }
                let store = try storeOptions.open()
                let entries = try store.memoryEntries(locale: resolution.locale.tag).filter { $0.state >= .translated }
                let displayPath = output ?? "tmx/tipl10n.\(resolution.locale.tag).tmx"
                let data = try TMXWriter.data(for: entries, createdAt: Date(), path: displayPath)
                try AtomicFile.write(data, to: URL(fileURLWithPath: displayPath), displayPath: displayPath)
                print(displayPath)
                print("\(Plural.count(entries.count, "translation unit")) (en-US → \(resolution.locale.tag))")
            }
        }
    }

    /// `tipl10n tm import FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a TMX file into the translation memory.")

        @Argument(help: ArgumentHelp("The TMX file (1.1 to 1.4b).", valueName: "file"))
        var file: String

        @Option(
            name: .long,
            help: ArgumentHelp("Only import this locale (BCP 47); others in the file are skipped.", valueName: "tag"))
        var lang: String?

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try Console.failing {
                let locale = try lang.map { try TargetLocale.resolve($0).locale.tag }
                let date = Date()
                // Streamed one <tu> at a time; only the entries of the wanted locale are kept.
                var entries: [MemoryEntry] = []
                var otherLocales = 0
                let counts = try TMXReader.read(InputFile.xmlInput(file), path: file, importedAt: date) { entry in
                    if locale == nil || entry.locale == locale {
                        entries.append(entry)
                    } else {
                        otherLocales += 1
                    }
                }
                let store = try storeOptions.open()
                let added = try store.addMemoryEntries(
                    entries, fileName: URL(fileURLWithPath: file).lastPathComponent, at: date)
                let locales = Dictionary(grouping: entries, by: \.locale).keys.sorted()
                print(
                    "\(Plural.count(counts.unitCount, "translation unit")) read"
                        + (locales.isEmpty ? "" : " (\(locales.joined(separator: ", ")))") + ": "
                        + "\(added) added, \(entries.count - added) already in the memory, "
                        + "\(counts.skippedCount + otherLocales) skipped")
            }
        }
    }
}
