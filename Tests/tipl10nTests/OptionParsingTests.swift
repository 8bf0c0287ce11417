import ArgumentParser
import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

@testable import TipL10nCLI

/// The shared option groups and each command's options, parsed in process (nothing runs).
@Suite struct OptionParsingTests {
    /// 2009-06-16T14:00:00Z, the public release.
    static let release = Date(timeIntervalSince1970: 1_245_160_800)

    @Test func projectOptionsReadEveryOverride() throws {
        let options = try ProjectOptions.parse([
            "--project", "../season", "--cable", "c.txt", "--srx", "rules.srx", "--store", "s.sqlite", "--now",
            "2009-06-16T16:00:00+02:00",
        ])
        #expect(options.project == "../season")
        #expect(options.cable == "c.txt")
        #expect(options.srx == "rules.srx")
        #expect(options.store == "s.sqlite")
        #expect(options.now == Self.release)
        let none = try ProjectOptions.parse([])
        #expect(none.project == nil && none.cable == nil && none.srx == nil && none.store == nil && none.now == nil)
    }

    @Test func projectOptionsResolveTheContextOnce() throws {
        let project = try ProjectFixture.make()
        let elsewhere = try temporaryFolder()
        let io = CommandIO(
            currentFolder: elsewhere, clock: { Date(timeIntervalSince1970: 0) }, writeOutput: { _ in },
            writeError: { _ in })
        let named = try ProjectOptions.parse(["--project", project.path, "--store", "s.sqlite"]).context(io)
        #expect(named.project.folder?.path == project.path)
        #expect(named.now == Date(timeIntervalSince1970: 0))
        #expect(
            try named.storeLocation() == .file(elsewhere.appendingPathComponent("s.sqlite"), displayPath: "s.sqlite"))
        #expect(named.notes.isEmpty)
        let pinned = try ProjectOptions.parse(["--now", "2009-06-16T14:00:00Z"]).context(io, ratesPath: "r.yaml")
        #expect(pinned.project.isDemo)
        #expect(pinned.now == Self.release)
        #expect(pinned.overrides.ratesPath == "r.yaml")
        // The demo is noted where its data is used, not before.
        #expect(pinned.notes.isEmpty)
        _ = try pinned.locales(nil)
        #expect(
            pinned.notes.map(\.description) == [
                "note: no tipl10n.yaml here or in any parent folder: working on the built-in Kosovo demo (cable "
                    + "09STATE61188)"
            ])
        #expect(pinned.notes.map(\.remedy) == [.createProject])
    }

    @Test(arguments: [
        ("2009-06-16T14:00:00Z", 1_245_160_800.0),
        ("2009-06-16T16:00:00+02:00", 1_245_160_800),
        ("2009-06-16T16:00:00+0200", 1_245_160_800),
        ("2009-06-16T10:00-04:00", 1_245_160_800),
        ("2009-06-16 14:00:00Z", 1_245_160_800),
        ("2009-06-16T14:00:00.250Z", 1_245_160_800),
        ("2008-02-29T00:00:00Z", 1_204_243_200),
    ])
    func instantReadsISO8601WithAZone(text: String, seconds: Double) throws {
        #expect(try Instant.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        ("2009-06-16", "'2009-06-16' is not an ISO 8601 moment such as 2009-06-16T14:00:00Z"),
        ("June 16", "'June 16' is not an ISO 8601 moment such as 2009-06-16T14:00:00Z"),
        (
            "2009-06-16T14:00:00",
            "'2009-06-16T14:00:00' has no time zone: add one, e.g. 2009-06-16T14:00:00Z (UTC) or "
                + "2009-06-16T14:00:00+02:00 (the post's)"
        ),
        ("2009-02-29T10:00:00Z", "'2009-02-29T10:00:00Z': there is no day 2009-02-29"),
        ("2009-13-01T00:00:00Z", "'2009-13-01T00:00:00Z': there is no day 2009-13-01"),
        ("2009-06-16T24:00:00Z", "'2009-06-16T24:00:00Z': 24:00 is not a time of day (00:00 to 23:59:59)"),
        ("2009-06-16T14:00:00+15:00", "'2009-06-16T14:00:00+15:00': the zone +15:00 is more than 14 hours from UTC"),
        ("0999-06-16T14:00:00Z", "'0999-06-16T14:00:00Z': the year 0999 is outside 1000–9999"),
    ])
    func instantRefusesWithTheReason(text: String, reason: String) {
        #expect(throws: Instant.Problem.self) { try Instant.parse(text) }
        do {
            _ = try Instant.parse(text)
        } catch {
            #expect("\(error)" == reason)
        }
    }

    @Test func aBadInstantIsAUsageErrorOfTheOption() {
        do {
            _ = try ProjectOptions.parse(["--now", "2009-06-16"])
            Issue.record("--now 2009-06-16 was accepted")
        } catch {
            #expect(ProjectOptions.exitCode(for: error) == .validationFailure)
            #expect(
                ProjectOptions.message(for: error)
                    == "The value '2009-06-16' is invalid for '--now <instant>': '2009-06-16' is not an ISO 8601 "
                    + "moment such as 2009-06-16T14:00:00Z")
        }
    }

    @Test func localeListsAreCommaSeparatedTags() {
        #expect(LocaleList(argument: "sq,sr-Latn")?.tags == ["sq", "sr-Latn"])
        #expect(LocaleList(argument: " sq , sr ")?.tags == ["sq", "sr"])
        #expect(LocaleList(argument: "all")?.tags == ["all"])
        #expect(LocaleList(argument: "sq,,sr") == nil)
        #expect(LocaleList(argument: "sq,") == nil)
        #expect(LocaleList(argument: "") == nil)
    }

    @Test func formatsPartsStatusesYearsAndBureaus() {
        #expect(OutputFormat(argument: "json") == .json)
        #expect(OutputFormat(argument: "text") == .text)
        #expect(OutputFormat(argument: "xml") == nil)
        #expect(OutputFormat.allValueStrings == ["text", "json"])
        #expect(PartList(argument: "narrative,press")?.parts == [.narrative, .press])
        #expect(PartList(argument: "qa,non-paper")?.parts == [.press, .nonPaper])
        #expect(PartList(argument: "foo") == nil)
        #expect(PartList(argument: "") == nil)
        #expect(StatusArgument(argument: "Approved")?.status == .approved)
        #expect(StatusArgument(argument: "open") == nil)
        #expect(FiscalYearArgument(argument: "FY2009")?.fiscalYear == FiscalYear(2009))
        #expect(FiscalYearArgument(argument: "2009")?.fiscalYear == FiscalYear(2009))
        #expect(FiscalYearArgument(argument: "09") == nil)
        #expect(BureauArgument(argument: "eur")?.bureau == .eur)
        #expect(BureauArgument(argument: "EUROPE") == nil)
        #expect(BureauArgument.allValueStrings == ["AF", "EAP", "EUR", "NEA", "SCA", "WHA"])
    }

    @Test func exportReadsItsOptions() throws {
        let command = try TipL10nCommand.parseAsRoot([
            "export", "--lang", "all", "--include", "press", "--xliff-version", "2.1", "--fuzzy-threshold", "80",
            "--copy-source", "--force", "--output", "x.xlf", "--store", "s.sqlite",
        ])
        let export = try #require(command as? ExportCommand)
        #expect(export.lang?.tags == ["all"])
        #expect(export.include?.parts == [.press])
        #expect(export.xliffVersion == .version21)
        #expect(export.fuzzyThreshold == 80)
        #expect(export.copySource && export.force)
        #expect(export.output == "x.xlf")
        #expect(export.project.store == "s.sqlite")
        let defaults = try #require(try TipL10nCommand.parseAsRoot(["export"]) as? ExportCommand)
        #expect(defaults.lang == nil && defaults.xliffVersion == .version12 && !defaults.force)
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["export", "--xliff-version", "1.1"]) }
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["export", "--fuzzy-threshold", "101"]) }
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["export", "--lang", "sq,"]) }
    }

    @Test func importVerifyStatusAndBuildReadTheirOptions() throws {
        let importing = try #require(
            try TipL10nCommand.parseAsRoot([
                "import", "done.xlf", "--lang", "sq", "--dry-run", "--force", "--format", "json",
            ])
                as? ImportCommand)
        #expect(importing.file == "done.xlf" && importing.lang == "sq" && importing.dryRun && importing.force)
        #expect(importing.format == .json)
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["import"]) }

        let verify = try #require(
            try TipL10nCommand.parseAsRoot(["verify", "--lang", "sq,sr-Latn", "--strict"]) as? VerifyCommand)
        #expect(verify.file == nil && verify.lang?.tags == ["sq", "sr-Latn"] && verify.strict)
        #expect(verify.format == .text)

        let status = try #require(try TipL10nCommand.parseAsRoot(["status", "--format", "json"]) as? StatusCommand)
        #expect(status.format == .json && status.lang == nil)

        let build = try #require(
            try TipL10nCommand.parseAsRoot([
                "build", "--lang", "en,sq", "--for", "host-government", "--format", "md", "--draft", "--output", "out",
            ]) as? BuildCommand)
        #expect(build.lang?.tags == ["en", "sq"] && build.audience == .hostGovernment && build.format == .md)
        #expect(build.draft && build.output == "out")
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["build", "--for", "press"]) }
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["build", "--format", "pdf"]) }
    }

    @Test func initReadsItsOptions() throws {
        let command = try #require(
            try TipL10nCommand.parseAsRoot([
                "init", "season", "--cable", "c.txt", "--lang", "sq,sr-Latn", "--post", "Pristina", "--bureau", "EUR",
                "--rates", "r.yaml",
            ]) as? InitCommand)
        #expect(command.folder == "season" && command.cable == "c.txt" && command.post == "Pristina")
        #expect(command.lang?.tags == ["sq", "sr-Latn"] && command.bureau?.bureau == .eur && command.rates == "r.yaml")
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["init", "--bureau", "EUROPE"]) }
    }

    @Test func aNegativeAmountIsAValueNotAnOption() throws {
        let command = try TipL10nCommand.parseAsRoot(["cost", "approve", "PRISTINA-FY2009-001", "--amount", "-5"])
        let approve = try #require(command as? CostApproveCommand)
        #expect(approve.amount == "-5")
        #expect(approve.options.id == "PRISTINA-FY2009-001")
        let pay = try #require(
            try TipL10nCommand.parseAsRoot(["cost", "pay", "X", "--amount", "1.50", "--actor", "FMO", "--note", "paid"])
                as? CostPayCommand)
        #expect(pay.amount == "1.50" && pay.options.actor == "FMO" && pay.options.note == "paid")
    }

    @Test func submitRejectAndCancelTakeNoAmount() {
        for action in ["submit", "reject", "cancel"] {
            #expect(throws: (any Error).self) {
                try TipL10nCommand.parseAsRoot(["cost", action, "PRISTINA-FY2009-001", "--amount", "5"])
            }
        }
    }

    @Test func costExportNeedsCSV() {
        do {
            _ = try TipL10nCommand.parseAsRoot(["cost", "export"])
            Issue.record("cost export without --csv was accepted")
        } catch {
            #expect(TipL10nCommand.exitCode(for: error) == .validationFailure)
            #expect(TipL10nCommand.message(for: error) == "cost export writes CSV: pass --csv")
        }
    }

    @Test func listFiltersAreRead() throws {
        let list = try #require(
            try TipL10nCommand.parseAsRoot(["cost", "list", "--fiscal-year", "FY2009", "--status", "Approved"])
                as? CostListCommand)
        #expect(list.fiscalYear?.fiscalYear == FiscalYear(2009))
        #expect(list.status?.status == .approved)
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["cost", "list", "--status", "open"]) }
        #expect(throws: (any Error).self) { try TipL10nCommand.parseAsRoot(["cost", "list", "--fiscal-year", "09"]) }
    }

    @Test func pricingReadsLocalesRatesAndWeights() throws {
        let folder = try temporaryFolder()
        try FileFixtures.write(
            "version: 1\ncurrency: USD\nrates:\n  sq: 0.13\n  sr-Cyrl: 0.15\n", "rates.yaml", in: folder)
        func context(_ options: CostPricingOptions) throws -> ProjectContext {
            ProjectContext(
                project: try Project.demo(), currentFolder: folder, now: Self.release,
                overrides: .init(ratesPath: options.rates))
        }
        var options = try CostPricingOptions.parse([
            "--lang", "sq,sr-Cyrl", "--rate", "sr-Cyrl=0.1", "--weights", "exact=0.5", "--rates", "rates.yaml",
        ])
        let (locales, pricing) = try options.pricing(try context(options))
        #expect(locales == ["sq", "sr-Cyrl"])
        #expect(pricing.rates["sq"] == Money(Decimal(string: "0.13") ?? 0, currency: "USD"))
        #expect(pricing.rates["sr-Cyrl"] == Money(Decimal(string: "0.1") ?? 0, currency: "USD"))
        #expect(pricing.weights.exact == Decimal(string: "0.5"))
        #expect(pricing.weights.repetition == Decimal(string: "0.3"))
        options.lang = LocaleList(argument: "sq,SQ")
        #expect(throws: ProjectError(path: nil, message: "the locale sq is listed twice")) {
            try options.pricing(try context(options))
        }
        options.lang = LocaleList(argument: "sq")
        options.rate = "sq=-1"
        let negative = #expect(throws: CostError.self) { try options.pricing(try context(options)) }
        #expect(negative?.description == "error: the rate for sq is negative: -1")
        options.rate = "sq"
        let malformed = #expect(throws: CostError.self) { try options.pricing(try context(options)) }
        #expect(
            malformed?.description == "error: 'sq' is not a rate: expected digits with at most 4 decimals, e.g. 0.13")
    }
}
