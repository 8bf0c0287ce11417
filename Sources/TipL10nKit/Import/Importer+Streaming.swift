import Crypto
import Foundation
import TipL10nXML

/// What a streamed import did or, in a dry run, would do: counts per locale and a bounded
/// sample of the units worth reporting, never one entry per unit, so memory does not grow
/// with the file.
public struct ImportReport: Sendable {
    /// The file as the user named it.
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var fileSHA256: String
    /// True when nothing was to be written (`--dry-run`).
    public var isDryRun: Bool
    /// True when the changes were written (not a dry run, no refusal, something to write).
    public var applied: Bool
    /// Counts per locale, sorted by tag.
    public var summaries: [ImportPlan.Summary]
    /// Translations written, or that would be written.
    public var changeCount: Int
    /// The first units (at most the report limit of each outcome) that are refused, stale or
    /// unknown, in file order.
    public var reportedEntries: [ImportPlan.Entry]
    /// What the reader worked around, in file order.
    public var warnings: [XLIFFReadWarning]
    /// The checks of ``ImportVerification`` on every unit that carries a translation (new,
    /// updated, unchanged, stale), when asked for.
    public var verification: VerificationReport?
    /// Why verification stopped (a locale profile that cannot be read); the import went on.
    public var verificationFailure: String?

    /// How many units of the file had `outcome`, over all locales.
    public func count(of outcome: ImportPlan.Outcome) -> Int {
        summaries.reduce(0) { total, summary in
            switch outcome {
            case .new: total + summary.new
            case .updated: total + summary.updated
            case .unchanged: total + summary.unchanged
            case .stale: total + summary.stale
            case .unknown: total + summary.unknown
            case .empty: total + summary.empty
            case .skipped: total + summary.skipped
            case .refused: total + summary.refused
            }
        }
    }

    /// True when nothing would be written.
    public var changesNothing: Bool { changeCount == 0 }

    /// Why nothing would be written, as ``ImportPlan/nothingChangedReason``.
    public var nothingChangedReason: String {
        let translated = count(of: .new) + count(of: .updated) + count(of: .unchanged) + count(of: .stale)
        if translated > 0 && translated == count(of: .unchanged) {
            return "nothing changed: the store already holds these translations"
        }
        return "nothing to import: the file has no new or changed translation of a known unit"
    }
}

/// The checks to run on the units an import brings in, as it reads them.
public struct ImportVerification {
    /// The checks (``Verifier/standardChecks`` less the stale check: import reports stale units itself).
    public var verifier: Verifier
    /// The profile of a stored locale tag; `nil` for none (one note per locale); what it
    /// throws stops verification (not the import): ``ImportReport/verificationFailure``.
    public var profile: (String) throws -> LocaleProfile?

    /// Creates the verification an import runs.
    public init(
        verifier: Verifier = Verifier(checks: Verifier.standardChecks.filter { !($0 is StaleCheck) }),
        profile: @escaping (String) throws -> LocaleProfile?
    ) {
        self.verifier = verifier
        self.profile = profile
    }
}

extension Importer {
    /// Imports a completed XLIFF file as it is read, in ONE write transaction on `store`:
    /// each unit is decided as it comes (rules in ``Importer``), the changes of a cable and
    /// locale are written when its `<file>` ends, and the whole import is rolled back when
    /// anything is refused or fails. Memory does not grow with the file: one unit, the changes
    /// of one cable (at most its unit count), and small per-unit keys to refuse duplicates.
    ///
    /// Differences from ``importFile(data:document:path:store:expectedLocale:force:builtInUnits:at:)``:
    /// - the same cable and locale in two `<file>`s that do not follow each other get one
    ///   import record each (consecutive ones share one);
    /// - a `<file target-language="sr">` (bare `sr`, Latin or Cyrillic decided from its
    ///   targets) is held in memory until it ends.
    ///
    /// - Parameters:
    ///   - input: the bytes, or the file to stream from. A file is hashed (SHA-256) first, then
    ///     read; it must not change in between (checked). A pipe or device is read into memory
    ///     first (at most 64 MiB).
    ///   - path: the file name for messages and the import record.
    ///   - expectedLocale: `--lang`, if given.
    ///   - builtInUnits: units of cables tipl10n carries itself (cable ID → units).
    ///   - dryRun: decide everything, write nothing (no transaction is held).
    ///   - date: the import's time (`updated_at`, `changed_at`, `imported_at`).
    ///   - verification: checks to run on the units that carry a translation, as they come.
    ///   - reportLimit: how many refused, stale and unknown units of each kind to keep for the report.
    /// - Returns: the counts; ``ImportReport/applied`` is false for a dry run, refusals, or nothing to write.
    /// - Throws: `XMLError` and ``XLIFFError`` for a file that cannot be read; ``ImportError``
    ///   for no `<file>`, a `<file>` without cable ID or target language, an unknown cable, a
    ///   language other than `expectedLocale`, a unit listed twice, or a file that changed
    ///   while being read; ``StoreError``. On any error the store is exactly as it was.
    public static func importFile(
        _ input: XMLInput, path: String, store: TranslationStore, expectedLocale: TargetLocale?, force: Bool,
        builtInUnits: [String: [TranslationUnit]], dryRun: Bool = false, at date: Date = Date(),
        verification: ImportVerification? = nil, reportLimit: Int = 20
    ) throws -> ImportReport {
        let (source, sha) = try hashed(input, path: path)
        let hasher = StreamHasher()
        let reader = try XLIFFUnitReader(source, path: path) { hasher.update($0) }
        let run = ImportRun(
            path: path, sha: sha, store: store, expectedLocale: expectedLocale, force: force,
            builtInUnits: builtInUnits, writes: !dryRun, date: date, verification: verification,
            reportLimit: reportLimit)
        let readAll = {
            do {
                while let event = try reader.next() {
                    switch event {
                    case .file(let file): try run.begin(file)
                    case .unit(let unit): try run.add(unit)
                    case .warning(let warning): run.warnings.append(warning)
                    case .fileEnd: try run.endFile()
                    }
                }
                try run.finish()
            } catch let error where !(error is XMLError || error is XLIFFError) {
                // A whole-file read reported what is wrong with the file itself first: read on.
                while try reader.next() != nil {}
                throw error
            }
            if hasher.hex() != sha {
                throw ImportError(
                    path: path, line: 0, message: "the file changed while it was being imported; nothing was imported")
            }
        }
        if dryRun {
            try readAll()
            return run.report(applied: false, dryRun: true)
        }
        // Errors thrown inside the transaction may come out of `write` as StoreErrors: keep the real one.
        var failure: (any Error)?
        do {
            try store.write("cannot import \(path)") { transaction in
                run.store = transaction
                do {
                    try readAll()
                } catch {
                    failure = error
                    throw error
                }
                if run.refusalCount > 0 {
                    failure = ImportRun.RolledBack()
                    throw ImportRun.RolledBack()
                }
            }
        } catch {
            if failure is ImportRun.RolledBack { return run.report(applied: false, dryRun: false) }
            throw failure ?? error
        }
        return run.report(applied: run.changeCount > 0, dryRun: false)
    }

    /// The input to read and the SHA-256 of its bytes: data as given; a regular file hashed
    /// in 1 MiB chunks (then read again by the XML reader); anything else read into memory.
    static func hashed(_ input: XMLInput, path: String) throws -> (XMLInput, String) {
        switch input {
        case .data(let data):
            return (input, TranslationUnit.sha256Hex(data))
        case .file(let url):
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            guard type != nil, type != .typeDirectory, let handle = try? FileHandle(forReadingFrom: url) else {
                // Let the XML reader word the problem (no such file, a folder, no permission).
                _ = try XMLStreamReader(input, path: path)
                throw ImportError(path: path, line: 0, message: "cannot open the file")
            }
            defer { try? handle.close() }
            let isRegular = type == .typeRegular
            var hasher = SHA256()
            var data = Data()
            let limit = 64 * 1024 * 1024
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                if !isRegular {
                    data.append(chunk)
                    guard data.count <= limit else {
                        throw ImportError(
                            path: path, line: 0, message: "the input is larger than 64 MiB: read from a file instead")
                    }
                }
            }
            let hex = TranslationUnit.hex(hasher.finalize())
            return (isRegular ? input : .data(data), hex)
        }
    }
}

/// SHA-256 of the bytes the XML reader takes, to check the file did not change after hashing.
private final class StreamHasher: @unchecked Sendable {
    private var hasher = SHA256()

    func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    func hex() -> String { TranslationUnit.hex(hasher.finalize()) }
}

/// The state of one streamed import: the open group (cable and locale), counts, the sample
/// of reported entries, and what is needed to refuse a unit listed twice.
private final class ImportRun {
    /// Thrown inside the transaction to roll it back when the import has refusals.
    struct RolledBack: Error {}

    let path: String
    let sha: String
    /// The store for a dry run, the write transaction for an import.
    var store: any StoreOperations
    let expectedLocale: TargetLocale?
    let force: Bool
    let builtInUnits: [String: [TranslationUnit]]
    let writes: Bool
    let date: Date
    let reportLimit: Int

    var warnings: [XLIFFReadWarning] = []
    private(set) var changeCount = 0
    private(set) var refusalCount = 0
    private var summaries: [String: ImportPlan.Summary] = [:]
    private var reported: [ImportPlan.Entry] = []
    private var reportedCounts: [ImportPlan.Outcome: Int] = [:]
    private var fileCount = 0

    /// The `<file>` being read: its attributes, and its units while a bare `sr` waits for its end.
    private var file: XLIFFReadFile?
    private var heldUnits: [XLIFFReadUnit] = []
    /// The cable and locale whose changes are being gathered.
    private var group: ImportGroup?
    private var groupCounts = ImportPlan.Summary(locale: "")
    private var groupChanges: [TranslationChange] = []
    /// Cables whose built-in units this import registered.
    private var registeredCables: Set<String> = []
    /// Import records of groups without changes, written only once some change is.
    private var pendingRecords: [ImportRecord] = []
    private var hasWritten = false
    /// Unit keys seen (128 bits of two independently seeded hashes) → first line.
    private var seen: [UnitKey: Int32] = [:]

    // Verification as the units come.
    private let verification: ImportVerification?
    private var profiles: [String: LocaleProfile?] = [:]
    private var verificationNotes: [Diagnostic] = []
    private var verificationDiagnostics: [Diagnostic] = []
    private var verificationIgnored: [Diagnostic] = []
    private var unitsVerified = 0
    /// Pairs being checked in batches beside the import, their findings kept in file order.
    private var pipeline: VerificationPipeline?
    private var verificationFailure: String?

    init(
        path: String, sha: String, store: any StoreOperations, expectedLocale: TargetLocale?, force: Bool,
        builtInUnits: [String: [TranslationUnit]], writes: Bool, date: Date, verification: ImportVerification?,
        reportLimit: Int
    ) {
        self.path = path
        self.sha = sha
        self.store = store
        self.expectedLocale = expectedLocale
        self.force = force
        self.builtInUnits = builtInUnits
        self.writes = writes
        self.date = date
        self.verification = verification
        self.reportLimit = reportLimit
    }

    func begin(_ file: XLIFFReadFile) throws {
        fileCount += 1
        _ = try Importer.cableID(of: file, path: path)
        self.file = file
        heldUnits = []
        // A bare `sr` needs the file's targets to choose the script: decided at its end.
        if file.targetLanguage?.lowercased() == "sr" { return }
        try open(file, targets: { [] })
    }

    func add(_ unit: XLIFFReadUnit) throws {
        guard group != nil else {
            heldUnits.append(unit)
            return
        }
        try decide(unit)
    }

    func endFile() throws {
        if group == nil, let file {
            let units = heldUnits
            try open(file, targets: { units.compactMap(\.target?.plainText) })
            heldUnits = []
            for unit in units { try decide(unit) }
        }
        file = nil
    }

    func finish() throws {
        guard fileCount > 0 else {
            throw ImportError(path: path, line: 1, message: "the XLIFF file has no <file> element")
        }
        try flushGroup()
        if writes && hasWritten {
            for record in pendingRecords { try store.apply([], record: record) }
            pendingRecords = []
        }
    }

    func report(applied: Bool, dryRun: Bool) -> ImportReport {
        checkPendingPairs()
        var verificationReport: VerificationReport?
        if verification != nil {
            verificationReport = VerificationReport(
                unitsChecked: unitsVerified, diagnostics: verificationNotes + verificationDiagnostics,
                ignored: verificationIgnored)
        }
        return ImportReport(
            path: path, fileSHA256: sha, isDryRun: dryRun, applied: applied,
            summaries: summaries.values.sorted { $0.locale < $1.locale }, changeCount: changeCount,
            reportedEntries: reported, warnings: warnings, verification: verificationReport,
            verificationFailure: verificationFailure)
    }

    // MARK: - Groups

    /// Resolves the file's locale and opens its group: the open one goes on when the cable
    /// and locale are the same, else it is written and a new one read from the store.
    private func open(_ file: XLIFFReadFile, targets: () -> [String]) throws {
        let cableID = try Importer.cableID(of: file, path: path)
        let locale = try Importer.locale(
            tag: file.targetLanguage, line: file.line, path: path, expected: expectedLocale, targets: targets)
        if let group, group.cableID == cableID, group.locale == locale.tag { return }
        try flushGroup()
        let next = try ImportGroup(
            cableID: cableID, locale: locale.tag, line: file.line, path: path, store: store,
            builtInUnits: builtInUnits)
        if writes, let registration = next.registration, !registeredCables.contains(cableID) {
            try Importer.register(registration, in: store, at: date)
            registeredCables.insert(cableID)
        }
        group = next
        groupCounts = ImportPlan.Summary(locale: locale.tag)
        groupChanges = []
    }

    /// Writes the open group: its changes and import record (a record without changes waits
    /// until some change is written, so an import that changes nothing writes nothing).
    private func flushGroup() throws {
        guard let group else { return }
        self.group = nil
        guard writes, refusalCount == 0 else { return }
        let record = ImportRecord(
            cableID: group.cableID, locale: group.locale, fileName: path, fileSHA256: sha, importedAt: date,
            counts: ImportRecord.Counts(
                new: groupCounts.new, updated: groupCounts.updated, unchanged: groupCounts.unchanged,
                stale: groupCounts.stale, unknown: groupCounts.unknown, empty: groupCounts.empty))
        guard !groupChanges.isEmpty else {
            if hasWritten {
                try store.apply([], record: record)
            } else {
                pendingRecords.append(record)
            }
            return
        }
        for pending in pendingRecords { try store.apply([], record: pending) }
        pendingRecords = []
        try store.apply(groupChanges, record: record)
        groupChanges = []
        hasWritten = true
    }

    // MARK: - Units

    private func decide(_ unit: XLIFFReadUnit) throws {
        guard let group else { return }
        let key = UnitKey(cableID: group.cableID, locale: group.locale, unitID: unit.id)
        if let firstLine = seen[key] {
            throw Importer.duplicateError(unit, locale: group.locale, firstLine: Int(firstLine), path: path)
        }
        seen[key] = Int32(clamping: unit.line)
        let (entry, change) = group.decide(unit, force: force)
        summaries[entry.locale, default: ImportPlan.Summary(locale: entry.locale)].count(entry.outcome)
        groupCounts.count(entry.outcome)
        if let change {
            changeCount += 1
            if writes && refusalCount == 0 { groupChanges.append(change) }
        }
        switch entry.outcome {
        case .refused:
            refusalCount += 1
            groupChanges = []
            fallthrough
        case .stale, .unknown:
            let count = reportedCounts[entry.outcome, default: 0]
            if count < reportLimit { reported.append(entry) }
            reportedCounts[entry.outcome] = count + 1
        default:
            break
        }
        verify(unit, entry)
    }

    /// Checks a unit that carries a translation, as ``VerificationInput/init(plan:document:profile:)`` does.
    private func verify(_ unit: XLIFFReadUnit, _ entry: ImportPlan.Entry) {
        guard let verification, verificationFailure == nil,
            [.new, .updated, .unchanged, .stale].contains(entry.outcome)
        else { return }
        let profile: LocaleProfile?
        if let known = profiles[entry.locale] {
            profile = known
        } else {
            do {
                profile = try verification.profile(entry.locale)
            } catch {
                verificationFailure = "\(error)"
                return
            }
            profiles[entry.locale] = profile
            if profile == nil {
                verificationNotes.append(
                    Diagnostic(
                        location: path, unitID: nil, severity: .note, check: "profile",
                        message: "unknown locale '\(entry.locale)': only the locale-independent checks ran"))
            }
        }
        let pair = TranslationPair(
            location: path, line: entry.line, unitID: entry.unitID, source: unit.source, target: unit.target,
            state: entry.newState ?? unit.state, isStale: entry.outcome == .stale, staleReason: entry.reason,
            profile: profile, locale: entry.locale)
        let pipeline = self.pipeline ?? VerificationPipeline(verifier: verification.verifier)
        self.pipeline = pipeline
        record(pipeline.add(pair))
    }

    private func record(_ results: [VerificationPipeline.Checked]) {
        for result in results {
            unitsVerified += 1
            verificationDiagnostics += result.diagnostics
            verificationIgnored += result.ignored
        }
    }

    /// Checks the pairs still waiting, keeping their findings in file order.
    private func checkPendingPairs() {
        if let pipeline { record(pipeline.finish()) }
    }
}

/// A unit's cable, locale and ID as 128 bits: two independently seeded 64-bit hashes, so a
/// million units collide with a chance far below 10⁻²⁰, in 16 bytes instead of the strings.
private struct UnitKey: Hashable {
    let first: Int
    let second: Int

    init(cableID: String, locale: String, unitID: String) {
        var one = Hasher()
        one.combine(0x5851_F42D)
        one.combine(cableID)
        one.combine(locale)
        one.combine(unitID)
        var two = Hasher()
        two.combine(0x1405_7B7E)
        two.combine(unitID)
        two.combine(locale)
        two.combine(cableID)
        first = one.finalize()
        second = two.finalize()
    }
}
