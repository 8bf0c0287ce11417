import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit
@testable import TipL10nXML

@Suite struct ImporterTests {
    static let path = "xliff/09STATE61188.sq.done.xlf"

    static func reference() throws -> String {
        try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    static func plan(_ text: String, store: TranslationStore, force: Bool = false) throws -> ImportPlan {
        let data = Data(text.utf8)
        return try Importer.plan(
            data: data, document: try XLIFFReader.read(data, path: "in.xlf"), path: "in.xlf", store: store,
            expectedLocale: nil, force: force, builtInUnits: try DefaultCable.translationUnitsByCableID())
    }

    @Test func forcedUpdateKeepsTheFullHistory() throws {
        let store = try TranslationStore.inMemory()
        let finalTitle = try Self.reference().replacingOccurrences(
            of: "state=\"translated\">Kosova (NIVELI 2)<", with: "state=\"final\">Kosova (NIVELI 2)<")
        try Importer.apply(try Self.plan(finalTitle, store: store), to: store, at: Date(timeIntervalSince1970: 1000))

        let edited = try Self.reference().replacingOccurrences(of: ">Kosova (NIVELI 2)<", with: ">Kosova (Niveli 2)<")
        let refused = try Self.plan(edited, store: store)
        #expect(refused.refusals.map(\.unitID) == ["narrative.title"])
        #expect(refused.refusals.first?.reason == "would replace a final translation with a translated one")
        #expect(throws: ImportError.self) { try Importer.apply(refused, to: store) }
        #expect(
            try store.translation(cableID: "09STATE61188", unitID: "narrative.title", locale: "sq")?.state == .final)

        let forced = try Self.plan(edited, store: store, force: true)
        #expect(forced.summaries.first?.updated == 1)
        #expect(forced.summaries.first?.unchanged == 46)
        try Importer.apply(forced, to: store, at: Date(timeIntervalSince1970: 2000))
        let history = try store.history(cableID: "09STATE61188", unitID: "narrative.title", locale: "sq")
        #expect(history.count == 2)
        #expect(history[0].previousTarget == nil)
        #expect(history[1].previousTarget == InlineContent(text: "Kosova (NIVELI 2)"))
        #expect(history[1].previousState == .final)
        #expect(history[1].target == InlineContent(text: "Kosova (Niveli 2)"))
        #expect(history[1].state == .translated)
        #expect(history[1].reason == "import (forced over a reviewed or final translation)")
        #expect(history[1].fileName == "in.xlf")
        #expect(history[1].fileSHA256.count == 64)
    }

    @Test func aFileWithTwoCablesIsAllOrNothing() throws {
        let store = try TranslationStore.inMemory()
        // A second <file> for a cable the store does not know makes the whole file fail.
        let text = try Self.reference()
        let secondFile = text.components(separatedBy: "<file ").dropFirst().first.map { "<file " + $0 } ?? ""
        let unknownFile = secondFile.replacingOccurrences(
            of: "original=\"09STATE61188\"", with: "original=\"09STATE1\""
        )
        .replacingOccurrences(of: "</xliff>", with: "")
        let twoFiles = text.replacingOccurrences(of: "</xliff>", with: unknownFile + "</xliff>")
        let error = try #require(throws: ImportError.self) { try Self.plan(twoFiles, store: store) }
        #expect(error.message.hasPrefix("unknown cable '09STATE1': export it first"))
        #expect(try store.translations(cableID: "09STATE61188", locale: "sq").isEmpty)
        #expect(try store.knownCableIDs().isEmpty)
    }
}

@Suite struct PrefillTests {
    @Test func inlineCodesInStoredTargetsSurviveExportAndReimport() throws {
        let text = try ImporterTests.reference().replacingOccurrences(
            of: "state=\"translated\">Kosova (NIVELI 2)</target>",
            with:
                "state=\"translated\"><g id=\"1\">Kosova</g> (NIVELI 2)<x id=\"2\"/><ph id=\"3\">&lt;br/&gt;</ph></target>"
        )
        let read = try XLIFFReader.read(Data(text.utf8), path: "codes.xlf")
        let original = try #require(read.units.first { $0.id == "narrative.title" }?.target)
        #expect(original.codes.map(\.element) == ["g", "g", "x", "ph"])

        let stored = StoredTranslation(
            cableID: "09STATE61188", unitID: "narrative.title", locale: "sq", target: original, state: .reviewed,
            sourceHash: TranslationUnit.hash(of: "Kosovo (TIER 2)"), isStale: false,
            updatedAt: Date(timeIntervalSince1970: 0), fileName: "codes.xlf", fileSHA256: "")
        let result = try Exporter.run(
            Exporter.Request(
                cableData: Data(DefaultCable.text.utf8), cablePath: DefaultCable.fileName,
                targetLocale: try TargetLocale.resolve("sq").locale, segmenter: try Segmenter.defaultEnglish())
        ) { _ in ["narrative.title": stored] }
        let exported = String(decoding: result.xliff, as: UTF8.self)
        #expect(
            exported.contains(
                "<target xml:lang=\"sq\" state=\"signed-off\"><g id=\"1\">Kosova</g> (NIVELI 2)<x id=\"2\"/>"
                    + "<ph id=\"3\">&lt;br/&gt;</ph></target>"))
        let back = try XLIFFReader.read(result.xliff, path: "export.xlf")
        let unit = try #require(back.units.first { $0.id == "narrative.title" })
        #expect(unit.target == original)
        #expect(unit.state == .reviewed)
        let validator = try XMLSchemaValidator(contentsOf: TestPaths.xliff12StrictSchema)
        #expect(try validator.validate(result.xliff, path: "export.xlf") == [])
    }

    @Test func duplicateUnitsInOneFileAreRefused() throws {
        let text = try ImporterTests.reference()
        let title = try #require(text.range(of: "<trans-unit id=\"narrative.title\""))
        let end = try #require(text.range(of: "</trans-unit>", range: title.upperBound..<text.endIndex))
        let unit = String(text[title.lowerBound..<end.upperBound])
        let doubled = text.replacingOccurrences(of: unit, with: unit + "\n" + unit)
        let store = try TranslationStore.inMemory()
        let error = try #require(throws: ImportError.self) { try ImporterTests.plan(doubled, store: store) }
        #expect(
            error.message
                == "duplicate unit narrative.title for sq (first at line 12): the file must hold each unit once")
    }

    @Test func prettyPrintedTargetsAreStoredSingleSpaced() {
        let content = InlineContent(pieces: [
            .text("\n   Kosova\n      (NIVELI  2) "), .code(InlineCode(element: "x", id: "1")), .text("  \n"),
        ])
        #expect(
            Importer.normalized(content)
                == InlineContent(pieces: [.text("Kosova (NIVELI  2) "), .code(InlineCode(element: "x", id: "1"))]))
    }

    /// The scalar fast paths of `collapsed` and `normalized` give exactly what the Character
    /// definitions give, on tricky white space (NBSP, NEL, CR LF, a combining mark after a
    /// space, U+3000) and on random mixes of it.
    @Test func whiteSpaceFastPathsMatchTheCharacterDefinitions() {
        func slowCollapsed(_ text: String) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        func slowNormalized(_ text: String) -> String {
            var value = text
            if value.contains(where: \.isNewline) {
                var result = ""
                var pendingSpace = false
                var run = ""
                for character in value {
                    if character.isWhitespace {
                        run.append(character)
                        if character.isNewline { pendingSpace = true }
                        continue
                    }
                    if !run.isEmpty { result += pendingSpace ? " " : run }
                    run = ""
                    pendingSpace = false
                    result.append(character)
                }
                if !run.isEmpty { result += pendingSpace ? " " : run }
                value = result
            }
            value = String(value.drop(while: \.isWhitespace))
            return String(value.reversed().drop(while: \.isWhitespace).reversed())
        }
        let pieces = [
            "a", "ë", " ", "  ", "\u{00A0}", "\u{0085}", "\r\n", "\n", "\t", "\u{0301}", "\u{3000}", "\u{2028}", "158",
            "\u{202F}", "Ç", "\u{200B}", "x\u{0301}", "\u{FEFF}", "\u{1680}",
        ]
        var generator = SystemRandomNumberGenerator()
        var samples = ["", " ", "a b", "a  b", " a", "a ", "a \u{0301}b", "158\u{00A0}593", "Kosova (NIVELI 2)"]
        for _ in 0..<2000 {
            samples.append(
                (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? ""
                }.joined())
        }
        for sample in samples {
            #expect(Importer.collapsed(sample) == slowCollapsed(sample), "\(sample.unicodeScalars.map { $0.value })")
            let normalized = Importer.normalized(InlineContent(text: sample)).plainText
            #expect(normalized == slowNormalized(sample), "\(sample.unicodeScalars.map { $0.value })")
            #expect(
                sample.isBlank == sample.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(sample.unicodeScalars.map { $0.value })")
        }
    }
}
