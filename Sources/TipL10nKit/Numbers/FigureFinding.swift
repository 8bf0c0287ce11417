import Foundation

/// One problem with the figures of a translation unit, found by ``FigureComparison``.
///
/// The message quotes the figures as written, e.g. "figure `$158,593` in the source is
/// `158.539 dolara` in the target (sr-Latn reads 158.539 as 158539)"; lower case, no
/// trailing period, ready for `where:unit-id: severity: message`.
public struct FigureFinding: Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// What is wrong.
    public enum Problem: String, Sendable {
        /// A source figure has no counterpart in the target.
        case missing
        /// A target figure has no counterpart in the source.
        case extra
        /// A source figure and a target figure that should be the same differ.
        case changed
        /// The figures agree, but the target writes one against the locale's conventions
        /// (US grouping `158,593` or a decimal point in sq/sr) or adds to it (a year).
        case style
    }

    public var severity: Severity
    public var message: String
    /// The source figure as written, e.g. `$158,593`; `nil` for an extra target figure.
    public var sourceFigure: String?
    /// The target figure as written, e.g. `158.539 dolara`; `nil` for a missing figure.
    public var targetFigure: String?
    public var problem: Problem
    /// Where ``sourceFigure`` is in the source, in `Character` offsets.
    public var sourceRange: Range<Int>?
    /// Where ``targetFigure`` is in the target, in `Character` offsets.
    public var targetRange: Range<Int>?

    public init(
        severity: Severity, message: String, sourceFigure: String?, targetFigure: String?, problem: Problem,
        sourceRange: Range<Int>? = nil, targetRange: Range<Int>? = nil
    ) {
        self.severity = severity
        self.message = message
        self.sourceFigure = sourceFigure
        self.targetFigure = targetFigure
        self.problem = problem
        self.sourceRange = sourceRange
        self.targetRange = targetRange
    }
}
