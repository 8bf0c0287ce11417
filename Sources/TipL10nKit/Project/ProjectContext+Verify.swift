import Foundation

/// What `verify` found: the whole report, and a summary per locale when several were asked for.
public struct VerifyOutcome: Sendable {
    /// Every diagnostic and the total counts.
    public var report: VerificationReport
    /// `sq: 47 units checked: …` per locale asked for, in order; empty when one file or the
    /// whole store was checked.
    public var summariesByLocale: [(locale: String, summary: VerificationSummary)]

    /// Creates an outcome.
    public init(report: VerificationReport, summariesByLocale: [(locale: String, summary: VerificationSummary)] = []) {
        self.report = report
        self.summariesByLocale = summariesByLocale
    }
}

extension ProjectContext {
    /// Verifies translations: one XLIFF file on its own (without importing it), or the store.
    ///
    /// Never throws: a problem that stops verification before any unit is read (no store, a
    /// file that cannot be read, a file for another language) is one error diagnostic, so the
    /// summary still comes last (`0 units checked: 1 error, 0 warnings`).
    ///
    /// - Parameters:
    ///   - file: an XLIFF file relative to the current folder, or `nil` for the store.
    ///   - locales: the locales to check (for a file: the one it must be for); `nil` for every
    ///     locale in the store, or the file's own.
    public func verify(file: String?, locales: [TargetLocale]?) -> VerifyOutcome {
        do {
            if let file {
                let expected = locales?.count == 1 ? locales?.first : nil
                if let locales, locales.count > 1 {
                    throw ProjectError(
                        path: file,
                        message: "a file is checked in its own locale: name one locale, not \(locales.count)")
                }
                return VerifyOutcome(report: try fileReport(file, expected: expected), summariesByLocale: [])
            }
            guard let store = try store(creating: false) else {
                if let shown = storeDisplayPath {
                    throw StoreError(
                        path: shown, message: "no translation store yet: import a completed XLIFF file first")
                }
                throw noProjectStore("to check")
            }
            guard let locales else {
                var input = try VerificationInput(store: store, profile: profile(for:))
                if input.pairs.isEmpty {
                    input.diagnostics.append(
                        Diagnostic(
                            location: storeDisplayPath, unitID: nil, severity: .note, check: "input",
                            message: "the store has no translations yet: import a completed XLIFF file first"))
                }
                return VerifyOutcome(report: Verifier().verify(input), summariesByLocale: [])
            }
            var whole = VerificationReport(unitsChecked: 0, diagnostics: [])
            var summaries: [(locale: String, summary: VerificationSummary)] = []
            for locale in locales {
                var input = try VerificationInput(store: store, locales: [locale.tag], profile: profile(for:))
                if input.pairs.isEmpty {
                    let from = conversionSource(of: locale.tag).map { ": it is made from \($0) by script conversion" }
                    input.diagnostics.append(
                        Diagnostic(
                            location: storeDisplayPath, unitID: nil, severity: .note, check: "input",
                            message: "the store has no \(locale.tag) translations\(from ?? "")"))
                }
                let report = Verifier().verify(input)
                whole.unitsChecked += report.unitsChecked
                whole.diagnostics += report.diagnostics
                summaries.append((locale.tag, report.summary))
            }
            return VerifyOutcome(report: whole, summariesByLocale: locales.count > 1 ? summaries : [])
        } catch {
            var diagnostic = Diagnostic.from(error)
            diagnostic.check = "input"
            return VerifyOutcome(
                report: Verifier().verify(VerificationInput(pairs: [], diagnostics: [diagnostic])),
                summariesByLocale: [])
        }
    }

    /// The checks of one XLIFF file, read as a stream (one unit at a time); a file that cannot
    /// be read becomes one error diagnostic.
    private func fileReport(_ path: String, expected: TargetLocale?) throws -> VerificationReport {
        let shown = path == "-" ? "<stdin>" : path
        let input = try FileAccess.xmlInput(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        let store = try store(creating: false)
        var known: [String: [TranslationUnit]]?
        return try Verifier().verify(
            xliff: input, path: shown,
            profile: { language in
                if let expected, (try? TargetLocale.resolve(language).locale) != expected {
                    throw ImportError(
                        path: shown, line: 0,
                        message: "the file's target language is \(language), not \(expected.tag) as expected")
                }
                return try self.profile(for: language)
            }, fallbackLanguage: expected?.tag,
            currentSources: { cableID in
                // From the store when it knows the cable, else the project's or the built-in
                // cable's units; other cables are not compared.
                if let stored = try store?.sourceUnits(cableID: cableID), !stored.isEmpty {
                    return Dictionary(
                        stored.map { ($0.unitID, $0.sourceText) }, uniquingKeysWith: { first, _ in first })
                }
                if known == nil { known = try self.knownUnits() }
                guard let units = known?[cableID] else { return nil }
                return Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            })
    }
}
