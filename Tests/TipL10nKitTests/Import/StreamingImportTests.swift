import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit
@testable import TipL10nXML

/// `Importer.importFile(_:path:…)`: the import that reads the file as a stream.
@Suite struct StreamingImportTests {
    static let cableID = "09STATE61188"
    static let date = Date(timeIntervalSince1970: 1_245_160_800)

    static func builtIn() throws -> [String: [TranslationUnit]] { try DefaultCable.translationUnitsByCableID() }

    static func streamed(
        _ text: String, store: TranslationStore, dryRun: Bool = false, force: Bool = false,
        verification: ImportVerification? = nil
    ) throws -> ImportReport {
        try Importer.importFile(
            .data(Data(text.utf8)), path: "in.xlf", store: store, expectedLocale: nil, force: force,
            builtInUnits: try builtIn(), dryRun: dryRun, at: date, verification: verification)
    }

    /// Everything an import writes, as text: translations, history and import records.
    static func contents(_ store: TranslationStore) throws -> [String] {
        var lines: [String] = []
        for cableID in try store.knownCableIDs() {
            for locale in try store.locales(cableID: cableID) {
                for translation in try store.translations(cableID: cableID, locale: locale) {
                    lines.append("\(translation)")
                    lines += try store.history(cableID: cableID, unitID: translation.unitID, locale: locale)
                        .map { "\($0)" }
                }
            }
            lines += try store.sourceUnits(cableID: cableID, includingRetired: true).map { "\($0)" }
        }
        lines += try store.importRecords().map { "\($0)" }
        return lines
    }

    /// The reference translation with its `<file>` repeated for other cable IDs.
    static func manyCables(_ cableIDs: [String]) throws -> String {
        let text = try ImporterTests.reference()
        guard let start = text.range(of: "<file "), let end = text.range(of: "</file>") else { return text }
        let file = String(text[start.lowerBound..<end.upperBound])
        let files = cableIDs.map {
            file.replacingOccurrences(of: "original=\"\(cableID)\"", with: "original=\"\($0)\"")
        }
        return String(text[..<start.lowerBound]) + files.joined(separator: "\n") + String(text[end.upperBound...])
    }

    @Test func writesExactlyWhatThePlannedImportWrites() throws {
        let text = try ImporterTests.reference()
        let planned = try TranslationStore.inMemory()
        let data = Data(text.utf8)
        _ = try Importer.importFile(
            data: data, document: try XLIFFReader.read(data, path: "in.xlf"), path: "in.xlf", store: planned,
            expectedLocale: nil, force: false, builtInUnits: try Self.builtIn(), at: Self.date)
        let streamed = try TranslationStore.inMemory()
        let report = try Self.streamed(text, store: streamed)
        #expect(report.applied)
        #expect(report.changeCount == 47)
        #expect(report.summaries.map(\.locale) == ["sq"])
        #expect(report.count(of: .new) == 47)
        #expect(report.fileSHA256 == TranslationUnit.sha256Hex(data))
        #expect(try Self.contents(streamed) == (try Self.contents(planned)))
        #expect(try streamed.translations(cableID: Self.cableID, locale: "sq").count == 47)

        // Again: nothing changes, and no import record is added.
        let again = try Self.streamed(text, store: streamed)
        #expect(!again.applied)
        #expect(again.count(of: .unchanged) == 47)
        #expect(again.nothingChangedReason == "nothing changed: the store already holds these translations")
        #expect(try streamed.importRecords().count == 1)
    }

    @Test func aFileStreamsLikeItsBytes() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent(ImporterTests.path)
        let store = try TranslationStore.inMemory()
        let report = try Importer.importFile(
            .file(url), path: "done.xlf", store: store, expectedLocale: nil, force: false,
            builtInUnits: try Self.builtIn(), at: Self.date)
        #expect(report.applied)
        #expect(report.fileSHA256 == TranslationUnit.sha256Hex(try Data(contentsOf: url)))
        #expect(try store.importRecords().map(\.fileSHA256) == [report.fileSHA256])
    }

    @Test func aRefusalRollsBackEverythingAlreadyWritten() throws {
        let store = try TranslationStore.inMemory()
        let reference = try ImporterTests.reference()
        let finalTitle = reference.replacingOccurrences(
            of: "state=\"translated\">Kosova (NIVELI 2)<", with: "state=\"final\">Kosova (NIVELI 2)<")
        #expect(try Self.streamed(finalTitle, store: store).applied)
        let before = try Self.contents(store)

        // Two files: the first (a new cable) would be written before the refusal in the second.
        try store.register(units: try Self.builtIn()[Self.cableID] ?? [], cableID: "09OTHER1", at: Self.date)
        let edited = try Self.manyCables(["09OTHER1", Self.cableID]).replacingOccurrences(
            of: ">Kosova (NIVELI 2)<", with: ">Kosova (Niveli 2)<")
        let afterRegistration = try Self.contents(store)
        #expect(afterRegistration != before)
        let report = try Self.streamed(edited, store: store)
        #expect(!report.applied)
        #expect(report.count(of: .refused) == 1)
        #expect(
            report.reportedEntries.map { "\($0.cableID) \($0.unitID) \($0.outcome) \($0.reason ?? "")" } == [
                "09STATE61188 narrative.title refused would replace a final translation with a translated one"
            ])
        #expect(try Self.contents(store) == afterRegistration)

        let forced = try Self.streamed(edited, store: store, force: true)
        #expect(forced.applied)
        #expect(forced.count(of: .updated) == 1)
        #expect(forced.count(of: .new) == 47)
        #expect(
            try store.history(cableID: Self.cableID, unitID: "narrative.title", locale: "sq").last?.reason
                == "import (forced over a reviewed or final translation)")
    }

    @Test func aDryRunWritesNothing() throws {
        let store = try TranslationStore.inMemory()
        let report = try Self.streamed(try ImporterTests.reference(), store: store, dryRun: true)
        #expect(report.isDryRun)
        #expect(!report.applied)
        #expect(report.changeCount == 47)
        #expect(try store.knownCableIDs().isEmpty)
        #expect(try store.importRecords().isEmpty)
    }

    @Test func recordsOfUnchangedCablesAreWrittenOnlyWithSomeChangeAndInFileOrder() throws {
        let store = try TranslationStore.inMemory()
        let units = try Self.builtIn()[Self.cableID] ?? []
        for cable in ["09A1", "09A2", "09A3"] { try store.register(units: units, cableID: cable, at: Self.date) }
        // 09A1 already holds the translations; 09A2 and 09A3 do not.
        #expect(try Self.streamed(try Self.manyCables(["09A1"]), store: store).applied)
        let report = try Self.streamed(try Self.manyCables(["09A1", "09A2", "09A3"]), store: store)
        #expect(report.applied)
        #expect(report.count(of: .unchanged) == 47)
        #expect(report.count(of: .new) == 94)
        let records = try store.importRecords().map {
            "\($0.cableID) new \($0.counts.new) unchanged \($0.counts.unchanged)"
        }
        #expect(
            records == [
                "09A1 new 47 unchanged 0", "09A1 new 0 unchanged 47", "09A2 new 47 unchanged 0",
                "09A3 new 47 unchanged 0",
            ])
    }

    @Test func aUnitListedTwiceAnywhereIsRefusedAndNothingIsWritten() throws {
        let store = try TranslationStore.inMemory()
        let text = try Self.manyCables([Self.cableID, Self.cableID])
        let error = try #require(throws: ImportError.self) { try Self.streamed(text, store: store) }
        #expect(
            error.description
                == "in.xlf:313: error: duplicate unit narrative.title for sq (first at line 12): the file must hold each unit once"
        )
        #expect(try store.knownCableIDs().isEmpty)
    }

    @Test func whatIsWrongWithTheXMLComesBeforeWhatIsWrongWithTheImport() throws {
        // The first <file> names a cable nobody knows; the file is also cut off at its end.
        let text = try Self.manyCables(["09UNKNOWN1", Self.cableID])
        let cut = String(text.prefix(text.count - 40))
        #expect(throws: XMLError.self) { try Self.streamed(cut, store: try TranslationStore.inMemory()) }
        let whole = try #require(throws: ImportError.self) {
            try Self.streamed(text, store: try TranslationStore.inMemory())
        }
        #expect(whole.message.hasPrefix("unknown cable '09UNKNOWN1': export it first"))
    }

    @Test func importingTheBuiltInCableAfterAnExportKeepsTheExportedUnitsCurrent() throws {
        // Export registers the narrative and the press guidance; the import then registers the
        // non-paper it lacks, and must not retire the others (it once did).
        for streaming in [false, true] {
            let store = try TranslationStore.inMemory()
            let units = try Self.builtIn()[Self.cableID] ?? []
            let exported = units.filter { $0.part != .nonPaper }
            try store.register(units: exported, cableID: Self.cableID, parts: [.narrative, .press], at: Self.date)
            if streaming {
                #expect(try Self.streamed(try ImporterTests.reference(), store: store).applied)
            } else {
                try Importer.apply(try ImporterTests.plan(try ImporterTests.reference(), store: store), to: store)
            }
            let current = try store.sourceUnits(cableID: Self.cableID)
            #expect(current.count == units.count, "streaming: \(streaming)")
            #expect(Set(current.map(\.unitID)) == Set(units.map(\.id)), "streaming: \(streaming)")
        }
    }

    @Test func verificationAsTheUnitsComeEqualsVerifyingThePlan() throws {
        // Two figures changed in targets, one source changed (a stale unit is verified too).
        let text = try ImporterTests.reference()
            .replacingOccurrences(of: "ndoqi penalisht 24 raste", with: "ndoqi penalisht 42 raste")
            .replacingOccurrences(of: "dënimin e 15 autorëve", with: "dënimin e 16 autorëve")
            .replacingOccurrences(of: ">Kosovo (TIER 2)<", with: ">Kosovo (TIER 3)<")
        let data = Data(text.utf8)
        let document = try XLIFFReader.read(data, path: "in.xlf")
        let profile: (String) throws -> LocaleProfile? = { try LocaleProfile.load(tag: $0) }
        let plan = try Importer.plan(
            data: data, document: document, path: "in.xlf", store: try TranslationStore.inMemory(),
            expectedLocale: nil, force: false, builtInUnits: try Self.builtIn())
        let verifier = Verifier(checks: Verifier.standardChecks.filter { !($0 is StaleCheck) })
        let expected = verifier.verify(try VerificationInput(plan: plan, document: document, profile: profile))
        let report = try Self.streamed(
            text, store: try TranslationStore.inMemory(), verification: ImportVerification(profile: profile))
        #expect(report.verification == expected)
        #expect(expected.summary.unitsChecked == 47)
        // The two changed figures, and the title whose source now says 3 where the target says 2.
        #expect(expected.diagnostics.filter { $0.check == "figures" && $0.severity == .error }.count == 3)
        #expect(report.count(of: .stale) == 1)
    }
}
