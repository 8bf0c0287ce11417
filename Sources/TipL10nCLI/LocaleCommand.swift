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
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective locale profile: CLDR's data with locales/<tag>.yaml on top.",
            discussion: """
                Every item says where it came from: CLDR (through Foundation's ICU), a profile file \
                (built in, or the current folder's locales/<tag>.yaml), or tipl10n's fallback.
                """
        )

        @Argument(help: ArgumentHelp("A BCP 47 tag: es, es-419, nl, ru, ar, zh-Hant-TW, sr-Latn …", valueName: "tag"))
        var tag: String

        func run() throws {
            try Console.failing {
                let resolution = try TargetLocale.resolve(tag)
                if let note = resolution.note { Console.error("note: \(note)") }
                let profile = try LocaleProfile.load(
                    tag: resolution.locale.tag,
                    projectFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                print(profile.summaryText, terminator: "")
            }
        }
    }
}
