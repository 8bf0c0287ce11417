import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n status`: where each language of the project stands — units total, translated,
/// reviewed, stale; verification errors; word count and cost-request state; the embargo
/// moments and how far away they are; the next step. `--format json` prints one object.
struct StatusCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where each language stands: units, verification, cost request, embargo, next step.",
        discussion: """
            For each project locale (or those of --lang): translation units total, translated, reviewed and \
            stale; verification errors and warnings; the cost request for the cable; the embargo moments for the \
            post (local, Washington and UTC) and how far away they are; the next step. Works without a store \
            (nothing translated yet).
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("Only these locales (all, or BCP 47 tags, comma-separated).", valueName: "tags"))
    var lang: LocaleList?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let status = try context.status(try lang.map { try context.locales($0.tags) })
            switch format {
            case .text: console.printRaw(Self.text(status))
            case .json: console.print(try JSONText.encoded(StatusJSON(status)))
            }
        }
    }

    /// The report: the post and moments, then one block per locale with the next step's command.
    static func text(_ status: PublishingStatus) -> String {
        var lines = ["\(status.cableID) for \(status.post): \(status.sourceWords) source words"]
        for moment in status.moments {
            lines.append(
                "embargo \(moment.audience): \(moment.local) local, \(moment.washington) Washington (\(moment.at)), "
                    + "\(moment.isOpen ? "open" : "embargoed"), \(distance(moment.secondsAway))")
        }
        for locale in status.locales {
            lines.append("")
            lines.append(
                "\(locale.locale): \(locale.translated)/\(locale.total) translated, \(locale.reviewed) reviewed, "
                    + "\(locale.stale) stale, \(locale.errors) errors, \(locale.warnings) warnings")
            lines.append("  cost request: \(locale.costRequest ?? "none")")
            if let from = locale.derivableFrom { lines.append("  derivable from \(from)") }
            lines.append("  next: \(nextStep(locale.nextStep, locale: locale.locale))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `in 1 day 6 hours`, `7 years ago`: how far a moment is, as a person reads it. Within a
    /// week, the two largest units (`in 1 day 6 hours`, `3 hours 5 minutes ago`); further, CLDR's
    /// relative date format in English (`in 3 weeks`, `7 years ago`).
    static func distance(_ seconds: Int) -> String {
        guard seconds != 0 else { return "now" }
        if abs(seconds) < 7 * 86_400 {
            var rest = abs(seconds)
            var parts: [String] = []
            for (unit, size) in [("day", 86_400), ("hour", 3_600), ("minute", 60), ("second", 1)] {
                let count = rest / size
                rest %= size
                if count > 0 { parts.append(Plural.count(count, unit)) }
            }
            let text = parts.prefix(2).joined(separator: " ")
            return seconds > 0 ? "in \(text)" : "\(text) ago"
        }
        var style = Date.RelativeFormatStyle(presentation: .numeric, unitsStyle: .wide)
        style.locale = Locale(identifier: "en_US")
        style.calendar = Calendar(identifier: .gregorian)
        // The style measures from the system clock: shift the moment by the same interval.
        return style.format(Date().addingTimeInterval(TimeInterval(seconds)))
    }

    /// The next step with the command that does it.
    static func nextStep(_ step: PublishingStatus.NextStep, locale: String) -> String {
        switch step {
        case .convert(let from):
            return "build from \(from) by script conversion (tipl10n build --lang \(locale))"
        case .translateFirst(let from):
            return "made from \(from) by script conversion: translate \(from) first"
        case .exportAndRequestFunds:
            return "export for the translator (tipl10n export --lang \(locale)) and request funds "
                + "(tipl10n cost request --lang \(locale))"
        case .importTranslation(let missing):
            return "import the completed translation (tipl10n import FILE): \(Plural.count(missing, "unit")) missing"
        case .updateStale(let count):
            return "update \(Plural.count(count, "stale unit")) (tipl10n export --lang \(locale))"
        case .fixErrors(let count):
            return "fix \(Plural.count(count, "verification error")) (tipl10n verify --lang \(locale))"
        case .readyFrom(let moment):
            return "ready: publish from \(moment) (tipl10n build --lang \(locale)); host government: "
                + "tipl10n build --lang \(locale) --for host-government"
        case .ready:
            return "ready: tipl10n build --lang \(locale)"
        }
    }

    /// The JSON of `status`: the status, with each next step also as text and each moment's distance.
    struct StatusJSON: Encodable {
        var status: PublishingStatus

        init(_ status: PublishingStatus) { self.status = status }

        private enum CodingKeys: String, CodingKey { case cableID, post, sourceWords, moments, locales }

        private struct MomentJSON: Encodable {
            var moment: PublishingStatus.Moment
            var distance: String
            private enum CodingKeys: String, CodingKey {
                case audience, at, local, washington, isOpen, secondsAway, distance
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(moment.audience, forKey: .audience)
                try container.encode(moment.at, forKey: .at)
                try container.encode(moment.local, forKey: .local)
                try container.encode(moment.washington, forKey: .washington)
                try container.encode(moment.isOpen, forKey: .isOpen)
                try container.encode(moment.secondsAway, forKey: .secondsAway)
                try container.encode(distance, forKey: .distance)
            }
        }

        private struct LocaleJSON: Encodable {
            var status: PublishingStatus.LocaleStatus
            private enum CodingKeys: String, CodingKey {
                case locale, total, translated, reviewed, stale, errors, warnings, costRequest, derivableFrom
                case nextStep, nextAction
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(status.locale, forKey: .locale)
                try container.encode(status.total, forKey: .total)
                try container.encode(status.translated, forKey: .translated)
                try container.encode(status.reviewed, forKey: .reviewed)
                try container.encode(status.stale, forKey: .stale)
                try container.encode(status.errors, forKey: .errors)
                try container.encode(status.warnings, forKey: .warnings)
                try container.encodeIfPresent(status.costRequest, forKey: .costRequest)
                try container.encodeIfPresent(status.derivableFrom, forKey: .derivableFrom)
                try container.encode(StatusCommand.nextStep(status.nextStep, locale: status.locale), forKey: .nextStep)
                try container.encode(status.nextStep, forKey: .nextAction)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status.cableID, forKey: .cableID)
            try container.encode(status.post, forKey: .post)
            try container.encode(status.sourceWords, forKey: .sourceWords)
            try container.encode(
                status.moments.map { MomentJSON(moment: $0, distance: StatusCommand.distance($0.secondsAway)) },
                forKey: .moments)
            try container.encode(status.locales.map { LocaleJSON(status: $0) }, forKey: .locales)
        }
    }
}
