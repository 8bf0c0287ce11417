import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n build --lang TAG`: writes the localized narrative and press guidance of the cable
/// as an HTML page (or Markdown, or plain text) for the Mission web page.
///
/// Refuses (exit 1) before the embargo moment of the audience (`--for`, default public; the
/// clock or `--now`), and when units are missing, stale or fail verification, listing them
/// one per line on standard error; `--draft` builds anyway and marks what is untranslated.
/// Writes `<publish folder>/<cableID>.<lang>.<html|md|txt>` atomically and prints its path.
/// Rules: `Docs/Publishing.md`.
struct BuildCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the localized narrative and press guidance pages (HTML, Markdown or text).",
        discussion: """
            Assembles the narrative (title with tier, intro, recommendations, sections) and the press \
            guidance from the translation store, in source order, with the locale's Q/A labels. Refuses before \
            the cable's embargo moment for the audience (--for) and when units are missing, stale or fail \
            verification; --draft builds anyway and marks untranslated units. --lang en builds the English \
            text; --lang all (the default) every project locale. sr-Cyrl is made from sr-Latn translations when \
            none are stored in Cyrillic (and the other way round). Nothing is written when one locale is refused.
            """)

    enum Audience: String, ExpressibleByArgument, CaseIterable {
        case `public`
        case hostGovernment = "host-government"

        var embargoAudience: Embargo.Audience { self == .public ? .publicRelease : .hostGovernment }
    }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The languages to build: all (the project's), en (the English original) or BCP 47 tags, comma-separated.",
            valueName: "tags"))
    var lang: LocaleList?

    @Option(name: .long, help: "Output format: html, md or txt (default: the project's publish.formats).")
    var format: PublishFormat?

    @Option(
        name: .long,
        help: ArgumentHelp("The folder to write to (default: the project's publish folder).", valueName: "dir"),
        completion: .directory)
    var output: String?

    @Option(name: .customLong("for"), help: "The audience whose embargo applies: public or host-government.")
    var audience: Audience = .public

    @Flag(name: .long, help: "Build even with missing, stale or failing units, marking untranslated ones.")
    var draft = false

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            var settings = BuildSettings()
            settings.formats = format.map { [$0] }
            settings.outputFolder = output
            settings.audience = audience.embargoAudience
            settings.isDraft = draft
            let outcomes = try context.build(try context.publishedLocales(lang?.tags), settings: settings)
            for outcome in outcomes {
                if let from = outcome.derivedFrom {
                    context.note("no \(outcome.locale) translations are stored: the text is converted from \(from)")
                }
                for problem in outcome.problems { console.report(problem) }
                let marked =
                    outcome.problems.isEmpty ? "" : " (draft: \(Plural.count(outcome.problems.count, "unit")) marked)"
                for path in outcome.displayPaths { console.print("wrote \(path)\(marked)") }
            }
        }
    }
}

extension PublishFormat: ExpressibleByArgument {}
