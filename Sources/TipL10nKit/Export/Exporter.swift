import Foundation
import TipL10nXML

/// The XLIFF version an export writes.
public enum XLIFFVersion: String, Sendable, CaseIterable {
    /// XLIFF 1.2 (``XLIFF12Writer``), the default.
    case version12 = "1.2"
    /// XLIFF 2.1 (``XLIFF21Writer``).
    case version21 = "2.1"
}

/// Reads a cable, segments it and builds the XLIFF for one target locale: the whole export
/// job as a value transformation (no files are touched; the CLI reads and writes them).
public enum Exporter {
    /// What to export.
    public struct Request: Sendable {
        /// The cable bytes (any layout ``CableParser`` reads).
        public var cableData: Data
        /// The cable's path, for messages; ``DefaultCable/fileName`` for the built-in cable.
        public var cablePath: String
        public var targetLocale: TargetLocale
        /// Parts to include; the default is the narrative and the press guidance.
        public var parts: Set<SourcePart>
        /// The segmenter (default English SRX rules unless the user brings `--srx`).
        public var segmenter: Segmenter
        /// The lowest fuzzy-match score offered from the memory, in percent (`--fuzzy-threshold`).
        public var fuzzyThreshold: Int
        /// The XLIFF version written (`--xliff-version`): 1.2 (default) or 2.1.
        public var xliffVersion: XLIFFVersion
        /// Copy the source into targets that would be empty, state `new` (`--copy-source`, XLIFF 1.2).
        public var copiesSourceIntoEmptyTargets = false
        /// The target locale's glossary: the terms found in a unit's source are written into a
        /// note for the translator (``XLIFFExportContent/glossaryNote(for:)``).
        public var glossary: [LocaleProfile.GlossaryEntry] = []

        public init(
            cableData: Data, cablePath: String, targetLocale: TargetLocale,
            parts: Set<SourcePart> = [.narrative, .press], segmenter: Segmenter,
            fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold, xliffVersion: XLIFFVersion = .version12
        ) {
            self.cableData = cableData
            self.cablePath = cablePath
            self.targetLocale = targetLocale
            self.parts = parts
            self.segmenter = segmenter
            self.fuzzyThreshold = fuzzyThreshold
            self.xliffVersion = xliffVersion
        }
    }

    /// The built export.
    public struct Result: Sendable {
        public var cable: Cable
        public var document: SourceDocument
        public var units: [TranslationUnit]
        /// The XLIFF document (1.2 or 2.1 as requested), UTF-8.
        public var xliff: Data
        /// `<cable ID>.<tag>.xlf`, written under `xliff/` in the project folder.
        public var defaultFileName: String
        /// How many units were pre-filled with a stored translation.
        public var prefilledCount: Int
        /// Matches from the translation memory, by unit ID (units without their own stored translation).
        public var leverage: [String: LeverageMatch]
        /// Units by how they were filled: pre-filled, exact, fuzzy by band, new.
        public var leverageCounts: LeverageCounts
        /// How many entries the translation memory searched held.
        public var memoryEntryCount: Int

        /// Unit counts per part, in the order narrative, non-paper, press (parts with no units left out).
        public var countsByPart: [(part: SourcePart, units: Int)] {
            [SourcePart.narrative, .nonPaper, .press].compactMap { part in
                let count = units.filter { $0.part == part }.count
                return count > 0 ? (part, count) : nil
            }
        }
    }

    /// Runs the job.
    /// - Throws: ``CableError`` for input that is not a cable, has no narrative, or whose
    ///   structure would give two units the same ID;
    ///   ``XMLError`` if a text cannot be written as XML.
    /// - Parameter storedTranslations: the stored translations into the target locale of the
    ///   cable with the given ID, by unit ID, to pre-fill (see ``XLIFFExportContent/prefill(for:)``);
    ///   the caller owns the store. Default: none.
    /// - Parameter memory: the translation memory of the target locale (all cables), read after
    ///   `storedTranslations`; units without a pre-fill are looked up in it (see
    ///   ``TranslationMemory/match(source:sourceHash:threshold:)``). Default: empty.
    public static func run(
        _ request: Request,
        storedTranslations: (_ cableID: String) throws -> [String: StoredTranslation] = { _ in [:] },
        memory: () throws -> [MemoryEntry] = { [] }
    ) throws -> Result {
        let cable = try CableParser.parse(request.cableData, path: request.cablePath)
        let document = try SourceDocument.extract(from: cable, path: request.cablePath)
        return try run(
            request, cable: cable, document: document, storedTranslations: storedTranslations, memory: memory)
    }

    /// Runs the job on a cable already read (`request.cableData` is not read again).
    /// - Throws: as ``run(_:storedTranslations:memory:)``.
    public static func run(
        _ request: Request, cable: Cable, document: SourceDocument,
        storedTranslations: (_ cableID: String) throws -> [String: StoredTranslation] = { _ in [:] },
        memory: () throws -> [MemoryEntry] = { [] }
    ) throws -> Result {
        let units = document.translationUnits(
            segmenter: request.segmenter, parts: request.parts, repairs: cable.repairs)
        var seen = Set<String>()
        for unit in units where !seen.insert(unit.id).inserted {
            // The structure gave two units one ID (e.g. a section printed twice): an XLIFF file
            // with duplicate IDs is invalid and could not be imported back, so refuse it.
            throw CableError(
                path: request.cablePath, line: nil,
                message: "two translation units would have the ID '\(unit.id)': the cable's structure is ambiguous")
        }
        let fileName = "\(cable.header.cableID).\(request.targetLocale.tag).xlf"
        var content = XLIFFExportContent(
            header: cable.header, document: document, units: units, targetLocale: request.targetLocale,
            embargoSentences: embargoSentences(in: cable, segmenter: request.segmenter),
            targets: try storedTranslations(cable.header.cableID))
        content.copiesSourceIntoEmptyTargets = request.copiesSourceIntoEmptyTargets
        content.glossary = request.glossary
        let translationMemory = TranslationMemory(entries: try memory())
        var counts = LeverageCounts()
        for unit in units {
            if content.prefill(for: unit) != nil {
                counts.prefilled += 1
                continue
            }
            let match = translationMemory.match(
                source: unit.source, sourceHash: unit.sourceHash, threshold: request.fuzzyThreshold)
            content.leverage[unit.id] = match
            counts.count(match)
        }
        let xliff =
            switch request.xliffVersion {
            case .version12: try XLIFF12Writer.data(for: content, path: fileName)
            case .version21: try XLIFF21Writer.data(for: content, path: fileName)
            }
        return Result(
            cable: cable, document: document, units: units, xliff: xliff, defaultFileName: fileName,
            prefilledCount: counts.prefilled, leverage: content.leverage, leverageCounts: counts,
            memoryEntryCount: translationMemory.entries.count)
    }

    /// The sentences of cable paragraphs 2–5 that set the public-release embargo: those
    /// containing "prohibited" or "should not precede" (after `not/not` is repaired).
    public static func embargoSentences(in cable: Cable, segmenter: Segmenter) -> [String] {
        cable.paragraphs.filter { (2...5).contains($0.number) }
            .flatMap { segmenter.segments(in: $0.text) }
            .filter { sentence in
                let lower = sentence.lowercased()
                return lower.contains("prohibited") || lower.contains("should not precede")
            }
    }
}
