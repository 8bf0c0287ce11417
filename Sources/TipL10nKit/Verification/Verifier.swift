import Foundation

/// Runs the verification checks over translation pairs and collects the diagnostics.
///
/// Recoverable problems are diagnostics, never thrown: every check runs on every pair, and
/// the caller decides from the ``VerificationReport`` how to exit (`tipl10n verify` exits 1
/// on errors, with `--strict` also on warnings). Diagnostics come in pair order, then in the
/// order of ``checks``. Checks and severities: `Docs/Verification.md`.
public struct Verifier: Sendable {
    /// The checks to run, in order.
    public var checks: [any TranslationCheck]

    /// Creates a verifier running `checks` (by default ``standardChecks``).
    public init(checks: [any TranslationCheck] = Verifier.standardChecks) {
        self.checks = checks
    }

    /// Every check tipl10n has, in the order their diagnostics are listed for a unit.
    public static var standardChecks: [any TranslationCheck] {
        [
            UntranslatedCheck(), StaleCheck(), FigureCheck(), IdenticalTargetCheck(), InlineCodeCheck(), LinkCheck(),
            WhitespaceCheck(), ScriptCheck(), GlossaryCheck(),
        ]
    }

    /// Checks every pair of `input`; the input's own diagnostics (notes about unknown
    /// languages, read errors) come first.
    public func verify(_ input: VerificationInput) -> VerificationReport {
        var diagnostics = input.diagnostics
        for pair in input.pairs {
            diagnostics += self.diagnostics(for: pair)
        }
        return VerificationReport(unitsChecked: input.pairs.count, diagnostics: diagnostics)
    }

    /// The diagnostics of one pair, in the order of ``checks``.
    public func diagnostics(for pair: TranslationPair) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for check in checks {
            if check.needsProfile && pair.profile == nil { continue }
            for finding in check.findings(in: pair) {
                result.append(
                    Diagnostic(
                        location: pair.location, line: pair.line, unitID: pair.unitID, severity: finding.severity,
                        check: check.id, message: finding.message, source: finding.source, target: finding.target))
            }
        }
        return result
    }
}

/// What one verification found: the diagnostics and the counts.
public struct VerificationReport: Sendable, Equatable {
    /// How many translation units were checked.
    public var unitsChecked: Int
    /// Every diagnostic, in pair order.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(unitsChecked: Int, diagnostics: [Diagnostic]) {
        self.unitsChecked = unitsChecked
        self.diagnostics = diagnostics
    }

    /// The counts: units checked, errors, warnings, notes.
    public var summary: VerificationSummary {
        VerificationSummary(
            unitsChecked: unitsChecked, errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning },
            notes: diagnostics.count { $0.severity == .note })
    }

    /// True when verification failed: any error, or with `strict` any warning too.
    public func isFailure(strict: Bool) -> Bool {
        let summary = summary
        return summary.errors > 0 || (strict && summary.warnings > 0)
    }
}

/// The counts of a verification; ``description`` is the summary line printed last:
/// `47 units checked: 0 errors, 2 warnings`.
public struct VerificationSummary: Sendable, Equatable, Codable, CustomStringConvertible {
    public var unitsChecked: Int
    public var errors: Int
    public var warnings: Int
    /// Notes are listed but never counted in the summary line.
    public var notes: Int

    /// Creates a summary.
    public init(unitsChecked: Int, errors: Int, warnings: Int, notes: Int = 0) {
        self.unitsChecked = unitsChecked
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    public var description: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(unitsChecked, "unit")) checked: \(count(errors, "error")), \(count(warnings, "warning"))"
    }
}
