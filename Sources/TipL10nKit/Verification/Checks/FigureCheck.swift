import Foundation

/// `figures`: every figure of the source survives in the target, in the target locale's
/// conventions.
///
/// Runs ``FigureComparison/findings(source:target:profile:)`` on the text without inline
/// codes (rules in `Docs/Numbers.md`): a figure missing, extra or changed is an error; a
/// figure kept in the wrong style (US grouping `158,593` in an sq or sr target) is a warning.
/// Messages quote the source and target figures as written.
public struct FigureCheck: TranslationCheck {
    public let id = "figures"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target, let profile = pair.profile else { return [] }
        return FigureComparison.findings(source: pair.source.plainText, target: target.plainText, profile: profile)
            .map { finding in
                CheckFinding(
                    finding.severity == .error ? .error : .warning, finding.message, source: finding.sourceFigure,
                    target: finding.targetFigure)
            }
    }
}
