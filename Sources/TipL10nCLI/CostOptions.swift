import ArgumentParser
import Foundation
import TipL10nKit

/// `--format text|json` for the cost commands that print requests or estimates.
enum CostOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--now 2009-06-16T14:00:00Z`: the moment the command acts at (default: the system clock).
/// Pins the clock for tests and rehearsals.
struct ClockOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Act as if it were this moment (ISO 8601 with a zone: 2009-06-16T14:00:00Z, 2009-06-16T16:00:00+02:00).",
            valueName: "instant"))
    var now: Instant?

    /// `--now`, or the system clock.
    ///
    /// - Throws: ``CommandFailure`` when `--now` is not a real moment: `error: --now
    ///   '1999-02-30T00:00:00Z': there is no day 1999-02-30`, or its year is not 1000–9999.
    func date() throws -> Date {
        guard let now else { return Date() }
        if let problem = now.problem { throw CommandFailure("error: --now \(problem)") }
        return now.date
    }
}

/// An ISO 8601 date and time with a zone designator, as typed on the command line, read
/// strictly: the day must exist in its month (no rolling 1999-02-30 over to March 2), the
/// time must be a real one, and the year within 1000–9999.
struct Instant: ExpressibleByArgument {
    var date: Date
    /// Why the text is not a real moment (``ClockOptions/date()`` reports it), or `nil`.
    var problem: String?

    init?(argument: String) {
        let pattern = #/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/#
        guard let match = argument.wholeMatch(of: pattern),
            let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
            let hour = Int(match.4), let minute = Int(match.5), let second = Int(match.6)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let zone = String(match.7)
        let zoneMinutes = zone == "Z" ? 0 : (Int(zone.dropFirst().prefix(2)) ?? 99) * 60 + (Int(zone.suffix(2)) ?? 99)
        let daysInMonth =
            (1...12).contains(month)
            ? calendar.date(from: DateComponents(year: year, month: month, day: 1)).flatMap {
                calendar.range(of: .day, in: .month, for: $0)
            } : nil
        if !(1000...9999).contains(year) {
            problem = "'\(argument)': the year \(match.1) is outside 1000–9999"
        } else if daysInMonth?.contains(day) != true {
            problem = "'\(argument)': there is no day \(match.1)-\(match.2)-\(match.3)"
        } else if hour > 23 || minute > 59 || second > 59 || zoneMinutes > 14 * 60 {
            problem = "'\(argument)': \(match.4):\(match.5):\(match.6)\(zone) is not a time of day"
        }
        if problem != nil {
            date = .distantPast
            return
        }
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            formatter.formatOptions = options
            if let date = formatter.date(from: argument) {
                self.date = date
                return
            }
        }
        return nil
    }
}

/// `--fiscal-year 2009` or `FY2009`.
struct FiscalYearArgument: ExpressibleByArgument {
    var fiscalYear: FiscalYear

    init?(argument: String) {
        guard let year = FiscalYear(argument: argument) else { return nil }
        self.fiscalYear = year
    }
}

/// `--status submitted`.
struct StatusArgument: ExpressibleByArgument {
    var status: CostRequestStatus

    init?(argument: String) {
        guard let status = CostRequestStatus(argument: argument) else { return nil }
        self.status = status
    }

    static var allValueStrings: [String] { CostRequestStatus.allCases.map(\.rawValue) }
}

/// `--bureau EUR`.
struct BureauArgument: ExpressibleByArgument {
    var bureau: RegionalBureau

    init?(argument: String) {
        guard let bureau = RegionalBureau(symbol: argument) else { return nil }
        self.bureau = bureau
    }

    static var allValueStrings: [String] { RegionalBureau.allCases.map(\.rawValue) }
}

/// The locales, rates and weights an estimate or request prices: `--lang`, `--rate`,
/// `--weights`, `--rates`.
struct CostPricingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Target locales, comma-separated: sq, sq-XK, sr-Latn, sr-Cyrl (default: those in the rates file).",
            valueName: "tags"))
    var lang: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rate per source word: one for every locale (0.13) or per locale (sq=0.12,sr-Latn=0.14).",
            discussion: "Overrides the rates file for this command.", valueName: "rate"))
    var rate: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Match-band weights, fractions of the rate: new, fuzzy-75-84, fuzzy-85-94, fuzzy-95-99, exact, "
                + "repetition (e.g. exact=0.3,fuzzy-95-99=0.6).",
            valueName: "weights"))
    var weights: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The rates file.",
            discussion: "Default: locales/rates.yaml in the current folder, else the rates built into tipl10n.",
            valueName: "file"))
    var rates: String?

    /// The rates file: `--rates`, else `locales/rates.yaml` when present, else the built-in one.
    func rateTable() throws -> RateTable {
        let path =
            rates ?? (FileManager.default.fileExists(atPath: RateTable.relativePath) ? RateTable.relativePath : nil)
        guard let path else { return try RateTable.builtIn() }
        let data = try InputFile.read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): error: the rates file is not valid UTF-8")
        }
        return try RateTable.parse(text, path: path)
    }

    /// The locales asked for (notes for tags read as others are printed) and the pricing.
    func pricing() throws -> (locales: [String], pricing: CostPricing) {
        let table = try rateTable()
        var locales: [String] = []
        if let lang {
            for typed in lang.split(separator: ",", omittingEmptySubsequences: false) {
                let resolution = try TargetLocale.resolve(String(typed))
                if let note = resolution.note { Console.error("note: \(note)") }
                guard !locales.contains(resolution.locale.tag) else {
                    throw CommandFailure("error: the locale \(resolution.locale.tag) is listed twice in --lang")
                }
                locales.append(resolution.locale.tag)
            }
        } else {
            locales = table.locales
        }
        var pricing = CostPricing(table: table)
        if let rate { try apply(rate, to: &pricing.rates, locales: locales, currency: table.currency) }
        if let weights { pricing.weights = try table.weights.overridden(by: weights) }
        return (locales, pricing)
    }

    /// `--rate 0.13` (every locale asked for) or `--rate sq=0.12,sr-Latn=0.14`.
    private func apply(_ text: String, to rates: inout [String: Money], locales: [String], currency: String) throws {
        if !text.contains("=") {
            let rate = try Money.parse(text, currency: currency, maximumFractionDigits: 4, what: "rate")
            for locale in locales { rates[locale] = rate }
            return
        }
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CommandFailure("error: '\(pair)' is not a rate: expected locale=rate, e.g. sq=0.13")
            }
            let locale = try TargetLocale.resolve(parts[0]).locale.tag
            rates[locale] = try Money.parse(
                parts[1], currency: currency, maximumFractionDigits: 4, what: "rate for \(locale)")
        }
    }
}

/// Printing helpers shared by the cost commands.
enum CostPrinting {
    /// Pretty, sorted JSON with ISO 8601 dates, as text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Columns separated by two spaces, right-aligned where asked, no trailing spaces.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let first = rows.first else { return "" }
        let widths = first.indices.map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                line += (column > 0 ? "  " : "") + (rightAligned.contains(column) ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The user running the command (`USER`, then `LOGNAME`, then the account name of the
    /// process, e.g. under cron or CI where neither is set), for `--officer` and `--actor` defaults.
    static func defaultActor(option: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        let account = ProcessInfo.processInfo.userName
        if !account.isEmpty { return account }
        throw CommandFailure("error: cannot tell who you are: pass \(option) NAME")
    }

    /// The ledger of the store `--store` names (opened on first use; reading never creates a file).
    static func ledger(_ options: StoreOptions) throws -> CostLedger {
        CostLedger(location: try options.location())
    }

    /// Refuses an `--output` path whose folder does not exist (it is not created silently):
    /// `memos/2009/memo.md: error: the folder memos/2009 does not exist; create it first`.
    static func checkOutputFolder(_ output: String) throws {
        let folder = (output as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(output): error: the folder \(folder) does not exist; create it first")
        }
    }

    /// The lines of a request or estimate as a table: locale, line type, bands, words, weighted,
    /// rate, amount; a script-conversion line shows `-` in the bands.
    static func linesTable(_ lines: [CostLine], total: Money) -> String {
        let bands: [MatchCategory] = [.new, .fuzzy75, .fuzzy85, .fuzzy95, .exact, .repetition]
        var rows = [["locale", "line"] + bands.map(\.displayName) + ["words", "weighted", "rate/word", "amount"]]
        for line in lines {
            let counts = line.type == .translation ? bands.map { grouped(line.words($0)) } : bands.map { _ in "-" }
            rows.append(
                [line.locale, line.type.name] + counts + [
                    grouped(line.words), groupedDecimal(line.weightedWords), line.rate.formatted, line.amount.formatted,
                ])
        }
        rows.append(["total", ""] + bands.map { _ in "" } + ["", "", "", total.formatted])
        return table(rows, rightAligned: Set(2...11))
    }

    /// `script conversion: sr-Cyrl from sr-Latn`, for the lines that are conversions; `nil` when none is.
    static func conversionNote(_ lines: [CostLine]) -> String? {
        let conversions = lines.compactMap { line in line.type.convertedFrom.map { "\(line.locale) from \($0)" } }
        guard !conversions.isEmpty else { return nil }
        return "script conversion (not translated): " + conversions.joined(separator: ", ")
    }

    /// `weights: new 1, 75-84% 0.8, 85-94% 0.7, 95-99% 0.6, exact 0.3, repetition 0.3`.
    static func weightsText(_ weights: MatchWeights) -> String {
        let bands: [MatchCategory] = [.new, .fuzzy75, .fuzzy85, .fuzzy95, .exact]
        return "weights: " + bands.map { "\($0.displayName) \(DecimalText.text(weights[$0]))" }.joined(separator: ", ")
            + ", repetition \(DecimalText.text(weights.repetition))"
    }

    /// `1,234`.
    static func grouped(_ count: Int) -> String { DecimalText.grouped(Decimal(count)) }

    /// `1,174.6`.
    static func groupedDecimal(_ value: Decimal) -> String { DecimalText.grouped(value) }

    /// The one-line summary of a request: `PRISTINA-FY2009-001  approved  USD 312.00 …`.
    static func summary(_ request: CostRequest) -> String {
        "\(request.requestID): \(request.status.rawValue), requested \(request.requested.formatted)"
            + (request.approved.map { ", approved \($0.formatted)" } ?? "")
            + (request.paid.map { ", paid \($0.formatted)" } ?? "")
            + (request.outstanding.map { $0.amount > 0 ? ", outstanding \($0.formatted)" : "" } ?? "")
    }
}
