import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n build --lang TAG`: writes the localized narrative of the cable as an HTML page (or
/// a fragment for the Mission's content management system, Markdown, or plain text) for the
/// Mission web page; `--include press` adds the press guidance; `--for host-government` writes
/// the embargoed host-government package with the non-paper.
///
/// Refuses (exit 1) before the embargo moment of the audience (`--for`, default public; the
/// clock or `--now`), and when units are missing, stale or fail verification, listing them
/// one per line on standard error; `--draft` builds `….draft.html` anyway, with a banner and
/// the findings highlighted. One call: ``ProjectContext/build(_:settings:)``. Rules:
/// `Docs/Publishing.md`.
struct BuildCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the localized pages for the Mission web page (HTML, CMS fragment, Markdown or text).",
        discussion: """
            Assembles the narrative (title with tier, intro, recommendations, sections) from the translation \
            store, in source order, with the locale's labels, the disclaimer and links to the English original \
            and the other languages; --include press adds the press guidance under its own heading. Refuses \
            before the cable's embargo moment for the audience (--for) and when units are missing, stale or fail \
            verification; --draft writes <cable>.<lang>.draft.html anyway, with a banner and every failing unit \
            highlighted. --for host-government writes the embargoed package with the non-paper into the \
            project's host-government folder, never the public one. --lang en builds the English original; \
            --lang all (the default) every project locale. sr-Cyrl is made from sr-Latn translations when none \
            are stored in Cyrillic (and the other way round). Nothing is written when one locale is refused.
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

    @Option(
        name: .long,
        help:
            "Output format: html, fragment (one <article> for a CMS), md or txt (default: the project's publish.formats)."
    )
    var format: PublishFormat?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Parts to add after the narrative: press (the press guidance) (default: the project's publish.include).",
            valueName: "parts"))
    var include: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The folder to write to (default: the project's publish folder).", valueName: "dir"),
        completion: .directory)
    var output: String?

    @Option(name: .customLong("for"), help: "The audience whose embargo applies: public or host-government.")
    var audience: Audience = .public

    @Flag(name: .long, help: "Build a draft (own file name, banner) even with missing, stale or failing units.")
    var draft = false

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        _ = try includedParts()
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--output needs a folder (use . for the current one)")
        }
    }

    /// `--include` as parts; a name that is not an added part is a usage error (exit 64).
    private func includedParts() throws -> [SourcePart]? {
        try include.map { include in
            try include.split(separator: ",", omittingEmptySubsequences: false).map { name in
                guard let part = SourcePart(projectName: String(name)), part != .narrative else {
                    throw ValidationError("unknown part '\(name)' for --include: expected press")
                }
                return part
            }
        }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            var settings = BuildSettings()
            settings.formats = format.map { [$0] }
            settings.outputFolder = output
            settings.audience = audience.embargoAudience
            settings.isDraft = draft
            if let parts = try includedParts() { settings.includedParts = parts }
            let outcomes = try context.build(try context.publishedLocales(lang?.tags), settings: settings)
            for outcome in outcomes {
                for problem in outcome.problems { console.report(problem) }
                let marked = outcome.draft.map { " (\($0.text))" } ?? ""
                for path in outcome.displayPaths { console.print("wrote \(path)\(marked)") }
            }
        }
    }
}

extension PublishFormat: ExpressibleByArgument {}
