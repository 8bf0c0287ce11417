import Foundation
import TipL10nTestSupport

@testable import TipL10nKit

/// Units, changes and folders shared by the store tests.
enum StoreFixtures {
    static let cableID = "09STATE61188"
    /// 2009-06-12T22:09:00Z (the cable's DTG, 122209Z JUN 09).
    static let exportDate = Date(timeIntervalSince1970: 1_244_844_540)
    /// 2009-06-16T14:00:00Z (public release, 10:00 a.m. EDT).
    static let importDate = Date(timeIntervalSince1970: 1_245_160_800)
    /// 2009-06-17T09:30:00Z.
    static let laterDate = Date(timeIntervalSince1970: 1_245_231_000)
    static let sha1 = String(repeating: "a", count: 64)
    static let sha2 = String(repeating: "b", count: 63) + "c"

    static func unit(
        _ id: String, _ source: String, part: SourcePart = .narrative, kind: SourceBlock.Kind = .paragraph,
        paragraph: Int = 8
    ) -> TranslationUnit {
        let pieces = id.split(separator: ".").map(String.init)
        let segment = pieces.last.flatMap { $0.hasPrefix("s") ? Int($0.dropFirst()) : nil } ?? 1
        let sectionID = pieces.prefix(2).joined(separator: ".")
        let blockID = pieces.count > 2 ? pieces[2] : (pieces.last ?? id)
        return TranslationUnit(
            id: id, part: part, sectionID: sectionID, blockID: blockID, kind: kind, segment: segment, source: source,
            sourceHash: TranslationUnit.hash(of: source), cableParagraph: paragraph, sourceLabel: nil, reviewNotes: [])
    }

    /// Four units: title, two narrative sentences, one press question.
    static let units: [TranslationUnit] = [
        unit("narrative.title", "Kosovo (TIER 2)", kind: .title),
        unit("narrative.intro.p1.s1", "Kosovo is a source, transit, and destination country."),
        unit(
            "narrative.intro.p1.s2", "Kosovo women and children are also trafficked within Kosovo for the same purpose."
        ),
        unit(
            "press.q1.question.s1", "Why was Kosovo ranked on the 2009 TIP Report?", part: .press, kind: .question,
            paragraph: 11),
    ]

    /// Albanian target with a `<g>` pair and an `<x/>`: `<g id="1">Kosova</g> (NIVELI 2)<x id="2"/>`.
    static let codedTarget = InlineContent(pieces: [
        .code(InlineCode(element: "g", position: .opening, id: "1", attributes: ["ctype": "bold"])),
        .text("Kosova"),
        .code(InlineCode(element: "g", position: .closing, id: "1")),
        .text(" (NIVELI 2)"),
        .code(InlineCode(element: "x", id: "2", attributes: ["ctype": "lb"], originalData: "<br/>")),
    ])

    static func change(
        _ unitID: String, _ text: String, state: TranslationState = .translated, locale: String = "sq",
        sourceHash: String? = nil, isStale: Bool = false, reason: String = "import"
    ) -> TranslationChange {
        let hash = sourceHash ?? units.first { $0.id == unitID }?.sourceHash ?? "sha256:unknown"
        return TranslationChange(
            cableID: cableID, unitID: unitID, locale: locale, target: InlineContent(text: text), state: state,
            sourceHash: hash, isStale: isStale, reason: reason)
    }

    static func record(
        sha: String = sha1, locale: String = "sq", fileName: String = "09STATE61188.sq.xlf", at date: Date = importDate,
        counts: ImportRecord.Counts = ImportRecord.Counts(new: 1)
    ) -> ImportRecord {
        ImportRecord(
            cableID: cableID, locale: locale, fileName: fileName, fileSHA256: sha, importedAt: date, counts: counts)
    }

    /// A new store on `engine` with ``units`` registered at ``exportDate``.
    static func registeredStore(_ engine: TestEngine = .sqlite) throws -> TestStore {
        let test = try engine.makeStore()
        try test.store.register(units: units, cableID: cableID, at: exportDate)
        return test
    }

    /// A new empty folder under the temporary directory; remove it with ``removeFolder(_:)``.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tipl10n-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func removeFolder(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}
