import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n build --lang TAG`: writes the localized narrative and press guidance of the cable
/// as an HTML page (or Markdown, or plain text) for the Mission web page.
///
/// Refuses (exit 1) before the embargo moment of the audience (`--for`, default public; the
/// clock or `--now`), and when units are missing, stale or fail verification, listing them
/// one per line on standard error; `--draft` builds anyway and marks what is untranslated.
/// Writes `<output>/<cableID>.<lang>.<html|md|txt>` atomically and prints its path. Rules:
/// `Docs/Publishing.md`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the localized narrative and press guidance page (HTML, Markdown or text).",
        discussion: """
            Assembles the narrative (title with tier, intro, recommendations, sections) and the press \
            guidance from the translation store, in source order, with the locale's Q/A labels. Refuses before \
            the cable's embargo moment for the audience (--for) and when units are missing, stale or fail \
            verification; --draft builds anyway and marks untranslated units. --lang en builds the English \
            text. sr-Cyrl is derived from sr-Latn translations when none are stored in Cyrillic (and the other \
            way round).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md, txt
    }

    enum Audience: String, ExpressibleByArgument, CaseIterable {
        case `public`
        case hostGovernment = "host-government"

        var embargoAudience: Embargo.Audience { self == .public ? .publicRelease : .hostGovernment }
    }

    @Option(name: .long, help: ArgumentHelp("The language to build: en, sq, sr-Latn or sr-Cyrl.", valueName: "tag"))
    var lang: String

    @Option(name: .long, help: "Output format: html, md or txt.")
    var format: Format = .html

    @Option(name: .long, help: ArgumentHelp("The folder to write to (default: publish).", valueName: "dir"))
    var output: String = "publish"

    @Option(name: .customLong("for"), help: "The audience whose embargo applies: public or host-government.")
    var audience: Audience = .public

    @Option(
        name: .long,
        help: ArgumentHelp("Check the embargo at this moment instead of now (ISO 8601).", valueName: "iso8601"))
    var now: String?

    @Flag(name: .long, help: "Build even with missing, stale or failing units, marking untranslated ones.")
    var draft = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var cableOptions: CableOptions

    func run() throws {
        try Console.failing {
            let locale = try resolvedLocale()
            let moment = try BuildCommand.moment(now)
            let (data, path) = try cableOptions.cableInput()
            let storeExists = storeOptions.exists
            let store = storeExists ? try storeOptions.open() : nil
            let request = Publisher.Request(
                cableData: data, cablePath: path, locale: locale, audience: audience.embargoAudience, now: moment,
                isDraft: draft, segmenter: try cableOptions.segmenter())
            let result: Publisher.Result
            do {
                result = try Publisher.build(request, store: store, profile: VerificationOutput.profile(for:))
            } catch let error as PublishingError {
                for problem in error.problems { Console.error(problem.description) }
                throw error
            }
            if let from = result.derivedFrom {
                Console.error("note: no \(locale) translations are stored: the text is converted from \(from)")
            }
            for problem in result.problems {
                Console.error(problem.description.replacingOccurrences(of: ": error: ", with: ": warning: "))
            }
            let name = "\(result.document.cableID).\(locale).\(format.rawValue)"
            let url = URL(fileURLWithPath: output).appendingPathComponent(name)
            let displayPath = (output as NSString).appendingPathComponent(name)
            let bytes: Data
            switch format {
            case .html: bytes = try result.document.html(path: displayPath)
            case .md: bytes = Data(result.document.markdown.utf8)
            case .txt: bytes = Data(result.document.plainText.utf8)
            }
            try AtomicFile.write(bytes, to: url, displayPath: displayPath)
            let marked =
                result.problems.isEmpty ? "" : " (draft: \(Plural.count(result.problems.count, "unit")) marked)"
            print("wrote \(displayPath)\(marked)")
        }
    }

    /// `en`, or the supported tag for `lang` (`sq-XK` → `sq`, with a note).
    private func resolvedLocale() throws -> String {
        if lang.lowercased() == "en" || lang.lowercased().hasPrefix("en-") { return "en" }
        let resolution: TargetLocale.Resolution
        do {
            resolution = try TargetLocale.resolve(lang)
        } catch {
            throw CommandFailure(
                "error: unsupported locale '\(lang)': build publishes en, sq, sr-Latn and sr-Cyrl (sq-XK is built as sq)"
            )
        }
        if let note = resolution.note { Console.error("note: \(note)") }
        // Albanian as written in Kosovo is published from the Albanian translations.
        if resolution.locale.tag == "sq-XK" {
            Console.error("note: sq-XK is built from the sq translations")
            return "sq"
        }
        return resolution.locale.tag
    }

    /// `--now` as an instant, or the clock.
    static func moment(_ typed: String?) throws -> Date {
        guard let typed else { return Date() }
        guard let date = try? Date(typed, strategy: .iso8601) else {
            throw ValidationError("--now must be an ISO 8601 moment such as 2009-06-16T14:00:00Z, not '\(typed)'")
        }
        return date
    }
}
