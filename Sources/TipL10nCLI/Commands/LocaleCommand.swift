import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n locale`: what tipl10n knows about target locales.
struct LocaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locale",
        abstract: "Show what tipl10n knows about a target locale.",
        subcommands: [Show.self]
    )

    /// `tipl10n locale show TAG`: the effective locale profile, each item with its origin.
    struct Show: ProjectCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the effective locale profile: CLDR's data with locales/<tag>.yaml on top.",
            discussion: """
                Every item says where it came from: CLDR (through Foundation's ICU), a profile file \
                (built in, or the project's locales/<tag>.yaml), or tipl10n's fallback.
                """
        )

        @Argument(
            help: ArgumentHelp("A BCP 47 tag: es, es-419, nl, ru, ar, zh-Hant-TW, sr-Latn …", valueName: "tag"),
            completion: LocaleList.defaultCompletionKind)
        var tag: String

        @OptionGroup var project: ProjectOptions

        func run(in io: CommandIO) throws {
            try Console.run(io) { console in
                let context = try project.context(io)
                console.attach(context)
                console.printRaw(try context.localeProfileSummary(tag))
            }
        }
    }
}
