import Foundation

/// Runs the verification checks over translation pairs and collects the diagnostics.
///
/// Recoverable problems are diagnostics, never thrown: every check runs on every pair, and
/// the caller decides from the ``VerificationReport`` how to exit (`tipl10n verify` exits 1
/// on errors, with `--strict` also on warnings). Diagnostics come in pair order, then in the
/// order of ``checks``. Checks and severities: `Docs/Verification.md`.
public struct Verifier: Sendable {
    /// The checks to run, in order.
    public var checks: [any TranslationCheck] {
        didSet { textReaders = Self.textReaders(of: checks) }
    }
    /// Each of ``checks`` that reads its texts through a shared ``PairTexts``, at the check's
    /// index (`nil` for the others): found once, not by a cast per pair.
    private var textReaders: [(any PairTextsCheck)?]
    /// Severities that replace a check's own, by check ID (the project file's
    /// `verification.severity`): every finding of the check gets this severity.
    public var severities: [String: Diagnostic.Severity]
    /// Accepted findings: a finding an entry matches is left out of the diagnostics and
    /// counted in ``VerificationReport/ignored``.
    public var ignoreList: IgnoreList

    /// Creates a verifier running `checks` (by default ``standardChecks``).
    public init(
        checks: [any TranslationCheck] = Verifier.standardChecks, severities: [String: Diagnostic.Severity] = [:],
        ignoreList: IgnoreList = IgnoreList()
    ) {
        self.checks = checks
        self.textReaders = Self.textReaders(of: checks)
        self.severities = severities
        self.ignoreList = ignoreList
    }

    private static func textReaders(of checks: [any TranslationCheck]) -> [(any PairTextsCheck)?] {
        checks.map { $0 as? any PairTextsCheck }
    }

    /// Every check tipl10n has, in the order their diagnostics are listed for a unit.
    public static var standardChecks: [any TranslationCheck] {
        [
            UntranslatedCheck(), StaleCheck(), FigureCheck(), IdenticalTargetCheck(), InlineCodeCheck(), LinkCheck(),
            WhitespaceCheck(), BidiControlCheck(), ScriptCheck(), GlossaryCheck(), OmissionCheck(), AdditionCheck(),
            ClauseCheck(),
            EnglishCheck(),
        ]
    }

    /// The IDs of ``standardChecks``, in order.
    public static var checkIDs: [String] { standardChecks.map(\.id) }

    /// The standard checks narrowed to `selected` (every one when `nil` or empty), without
    /// `excluded`, in the standard order.
    /// - Throws: ``VerificationSelectionError`` naming every ID that is not a check:
    ///   `unknown check 'figure': the checks are untranslated, stale, figures, …`.
    public static func checks(selected: [String]?, excluded: [String] = []) throws -> [any TranslationCheck] {
        let known = checkIDs
        var unknown: [String] = []
        for id in (selected ?? []) + excluded where !known.contains(id) && !unknown.contains(id) { unknown.append(id) }
        if let first = unknown.first {
            throw VerificationSelectionError(id: first, others: Array(unknown.dropFirst()), known: known)
        }
        let chosen = selected.flatMap { $0.isEmpty ? nil : Set($0) }
        return standardChecks.filter { check in
            (chosen?.contains(check.id) ?? true) && !excluded.contains(check.id)
        }
    }

    /// Checks every pair of `input`; the input's own diagnostics (notes about unknown
    /// languages, read errors) come first.
    public func verify(_ input: VerificationInput) -> VerificationReport {
        var diagnostics = input.diagnostics
        var ignored: [Diagnostic] = []
        for pair in input.pairs {
            let checked = check(pair)
            diagnostics += checked.diagnostics
            ignored += checked.ignored
        }
        return VerificationReport(unitsChecked: input.pairs.count, diagnostics: diagnostics, ignored: ignored)
    }

    /// Checks one pair: its findings at the verifier's severities, in the order of ``checks``,
    /// split into those reported and those the ignore list silences. Every way of verifying
    /// (a whole input, a streamed file, an import) checks each pair through this.
    public func check(_ pair: TranslationPair) -> (diagnostics: [Diagnostic], ignored: [Diagnostic]) {
        var reported: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        for diagnostic in diagnostics(for: pair) {
            if ignoreList.entry(silencing: diagnostic, pair: pair) != nil {
                ignored.append(diagnostic)
            } else {
                reported.append(diagnostic)
            }
        }
        return (reported, ignored)
    }

    /// Checks many pairs as ``check(_:)`` does, spread over the machine's cores: the results
    /// come back in the order of `pairs`, identical to checking them one by one (every check
    /// is a pure function of its pair; shared caches are locked).
    ///
    /// - Parameter pairs: the pairs; a batch of a few hundred keeps memory flat when streaming.
    /// - Returns: one result per pair, at the pair's index.
    public func check(_ pairs: [TranslationPair]) -> [(diagnostics: [Diagnostic], ignored: [Diagnostic])] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, pairs.count / Self.pairsPerWorker)
        guard workers > 1 else { return pairs.map { check($0) } }
        let batch = VerificationBatch(pairs: pairs, verifier: self)
        batch.start(backgroundWorkers: workers - 1)
        return batch.finish()
    }

    /// The fewest pairs worth handing to another core, and the slice handed out at a time (a
    /// pair costs a fraction of a millisecond).
    static let pairsPerWorker = 8

    /// How many pairs a streamed verification gathers before checking them across the cores.
    static let streamBatchSize = 256

    /// The diagnostics of one pair, in the order of ``checks`` (ignored findings included).
    public func diagnostics(for pair: TranslationPair) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let texts = PairTexts(pair)
        for (check, reader) in zip(checks, textReaders) {
            if check.needsProfile && pair.profile == nil { continue }
            for finding in reader?.findings(in: pair, texts: texts) ?? check.findings(in: pair) {
                result.append(
                    Diagnostic(
                        location: pair.location, line: pair.line, unitID: pair.unitID,
                        severity: severities[check.id] ?? finding.severity, check: check.id, message: finding.message,
                        source: finding.source, target: finding.target))
            }
        }
        return result
    }
}

/// A check ID that tipl10n does not have (in a check selection or the project file).
public struct VerificationSelectionError: DiagnosticError, Equatable {
    /// The ID as given (the first unknown one).
    public var id: String
    /// Further unknown IDs given in the same selection, in order.
    public var others: [String]
    /// The checks there are.
    public var known: [String]

    /// Creates the error for `id` (and `others`, when several IDs are unknown).
    public init(id: String, others: [String] = [], known: [String]) {
        self.id = id
        self.others = others
        self.known = known
    }

    public var diagnostic: Diagnostic {
        let ids = ([id] + others).map { "'\($0)'" }.joined(separator: ", ")
        return Diagnostic(
            at: .none, severity: .error, check: "input",
            message: "unknown check\(others.isEmpty ? "" : "s") \(ids): the checks are \(known.joined(separator: ", "))"
        )
    }
}

/// What one verification found: the diagnostics and the counts.
public struct VerificationReport: Sendable, Equatable {
    /// How many translation units were checked.
    public var unitsChecked: Int
    /// Every diagnostic, in pair order.
    public var diagnostics: [Diagnostic]
    /// Findings the ignore list silenced: not in ``diagnostics``, never counted as errors or
    /// warnings.
    public var ignored: [Diagnostic]

    /// Creates a report.
    public init(unitsChecked: Int, diagnostics: [Diagnostic], ignored: [Diagnostic] = []) {
        self.unitsChecked = unitsChecked
        self.diagnostics = diagnostics
        self.ignored = ignored
    }

    /// The counts: units checked, errors, warnings, notes.
    public var summary: VerificationSummary {
        VerificationSummary(
            unitsChecked: unitsChecked, errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning },
            notes: diagnostics.count { $0.severity == .note }, ignored: ignored.count)
    }

    /// True when verification failed: any error, or with `strict` any warning too.
    public func isFailure(strict: Bool) -> Bool {
        let summary = summary
        return summary.errors > 0 || (strict && summary.warnings > 0)
    }
}

/// The counts of a verification; ``description`` is the summary line printed last:
/// `47 units checked: 0 errors, 2 warnings`, and when the ignore list silenced findings
/// `47 units checked: 0 errors, 2 warnings (1 ignored)`.
///
/// JSON: `unitsChecked`, `errors`, `warnings`, `notes`, and `ignored` when it is not 0.
public struct VerificationSummary: Sendable, Equatable, Codable, CustomStringConvertible {
    public var unitsChecked: Int
    public var errors: Int
    public var warnings: Int
    /// Notes are listed but never counted in the summary line.
    public var notes: Int
    /// Findings silenced by the ignore list.
    public var ignored: Int

    /// Creates a summary.
    public init(unitsChecked: Int, errors: Int, warnings: Int, notes: Int = 0, ignored: Int = 0) {
        self.unitsChecked = unitsChecked
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.ignored = ignored
    }

    private enum CodingKeys: String, CodingKey {
        case unitsChecked, errors, warnings, notes, ignored
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unitsChecked = try container.decode(Int.self, forKey: .unitsChecked)
        errors = try container.decode(Int.self, forKey: .errors)
        warnings = try container.decode(Int.self, forKey: .warnings)
        notes = try container.decodeIfPresent(Int.self, forKey: .notes) ?? 0
        ignored = try container.decodeIfPresent(Int.self, forKey: .ignored) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unitsChecked, forKey: .unitsChecked)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(notes, forKey: .notes)
        if ignored > 0 { try container.encode(ignored, forKey: .ignored) }
    }

    public var description: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let line = "\(count(unitsChecked, "unit")) checked: \(count(errors, "error")), \(count(warnings, "warning"))"
        return ignored > 0 ? line + " (\(ignored) ignored)" : line
    }
}
