import Foundation

/// What `verify` is asked to do beyond checking: which checks, what to write, which finding
/// to accept.
public struct VerifyRequest: Sendable {
    /// An XLIFF file relative to the current folder, or `nil` for the store.
    public var file: String?
    /// The locales to check (for a file: the one it must be for); `nil` for every locale in
    /// the store, or the file's own.
    public var locales: [TargetLocale]?
    /// Check IDs to run instead of the project's selection (`nil`: the project's).
    public var checks: [String]?
    /// Check IDs left out, on top of the selection.
    public var excluded: [String]
    /// Where to write the HTML report for the translator (relative to the current folder).
    public var reportPath: String?
    /// Where to write the file with each finding added as a note (file only).
    public var annotatedPath: String?
    /// A finding to accept onto the project's ignore list.
    public var ignore: IgnoreRequest?

    /// Accepting the current findings of one check on one unit.
    public struct IgnoreRequest: Sendable, Equatable {
        public var unitID: String
        public var check: String
        public var reason: String
        /// Who accepts it.
        public var actor: String

        public init(unitID: String, check: String, reason: String, actor: String) {
            self.unitID = unitID
            self.check = check
            self.reason = reason
            self.actor = actor
        }
    }

    /// Creates a request.
    public init(
        file: String? = nil, locales: [TargetLocale]? = nil, checks: [String]? = nil, excluded: [String] = [],
        reportPath: String? = nil, annotatedPath: String? = nil, ignore: IgnoreRequest? = nil
    ) {
        self.file = file
        self.locales = locales
        self.checks = checks
        self.excluded = excluded
        self.reportPath = reportPath
        self.annotatedPath = annotatedPath
        self.ignore = ignore
    }
}

/// What `verify` found: the whole report, and a summary per locale when several were asked for.
public struct VerifyOutcome: Sendable {
    /// Every diagnostic and the total counts.
    public var report: VerificationReport
    /// `sq: 47 units checked: …` per locale asked for, in order; empty when one file or the
    /// whole store was checked.
    public var summariesByLocale: [(locale: String, summary: VerificationSummary)]
    /// What was checked (for the report for the translator).
    public var pairs: [TranslationPair]
    /// Files written, as the user should see them, with what each is: the report, the
    /// annotated XLIFF, the ignore list.
    public var written: [(path: String, what: String)]
    /// Findings put on the ignore list by this run.
    public var accepted: [IgnoreList.Entry]

    /// Creates an outcome.
    public init(
        report: VerificationReport, summariesByLocale: [(locale: String, summary: VerificationSummary)] = [],
        pairs: [TranslationPair] = [], written: [(path: String, what: String)] = [],
        accepted: [IgnoreList.Entry] = []
    ) {
        self.report = report
        self.summariesByLocale = summariesByLocale
        self.pairs = pairs
        self.written = written
        self.accepted = accepted
    }
}

extension ProjectContext {
    /// Verifies translations: one XLIFF file on its own (without importing it), or the store.
    /// Same as ``verify(_:)`` with only the file and the locales.
    public func verify(file: String?, locales: [TargetLocale]?) -> VerifyOutcome {
        verify(VerifyRequest(file: file, locales: locales))
    }

    /// Verifies translations: one XLIFF file on its own (without importing it), or the store;
    /// then writes the report and the annotated file asked for, and accepts the finding asked for.
    ///
    /// The checks are the project's `verification` selection (or `request.checks`), without
    /// the excluded ones, at the project's severities; findings on the project's ignore list
    /// are left out and counted. Never throws: a problem that stops verification before any
    /// unit is read (no store, a file that cannot be read, a file for another language, an
    /// unknown check) is one error diagnostic, so the summary still comes last
    /// (`0 units checked: 1 error, 0 warnings`); so is a file that cannot be written or a
    /// finding to accept that is not there.
    public func verify(_ request: VerifyRequest) -> VerifyOutcome {
        var ignoreList = IgnoreList()
        var verifier = Verifier()
        do {
            ignoreList = try loadIgnoreList()
            verifier = try self.verifier(checks: request.checks, excluded: request.excluded, ignoreList: ignoreList)
            var outcome: VerifyOutcome
            var fileData: (data: Data, document: XLIFFReadDocument, shown: String)?
            if let file = request.file {
                let expected = request.locales?.count == 1 ? request.locales?.first : nil
                if let locales = request.locales, locales.count > 1 {
                    throw ProjectError(
                        path: file,
                        message: "a file is checked in its own locale: name one locale, not \(locales.count)")
                }
                let (input, read) = try fileInput(file, expected: expected)
                fileData = read
                outcome = VerifyOutcome(report: verifier.verify(input), pairs: input.pairs)
            } else {
                outcome = try verifyStore(request.locales, verifier: verifier)
            }
            if let ignore = request.ignore {
                try accept(ignore, in: &outcome, list: &ignoreList)
            }
            if let path = request.reportPath {
                let url = userURL(path)
                let title = request.file ?? storeDisplayPath ?? "translation store"
                let html = try VerificationHTMLReport(
                    title: title, report: outcome.report, pairs: outcome.pairs, generated: now
                ).html(path: path)
                try FileAccess.writeAtomically(html, to: url, displayPath: displayPath(url))
                outcome.written.append((displayPath(url), "report"))
            }
            if let path = request.annotatedPath {
                guard request.file != nil else {
                    throw ProjectError(
                        path: nil, message: "only an XLIFF file can be annotated: name the file to check")
                }
                // A file that could not be read has its error in the report already.
                guard let fileData else { return outcome }
                let annotated = try XLIFFAnnotator.annotate(
                    fileData.data, document: fileData.document, path: fileData.shown,
                    diagnostics: outcome.report.diagnostics)
                let url = userURL(path)
                try FileAccess.writeAtomically(annotated.data, to: url, displayPath: displayPath(url))
                outcome.written.append(
                    (displayPath(url), "\(annotated.notes) \(annotated.notes == 1 ? "note" : "notes")"))
            }
            return outcome
        } catch {
            var diagnostic = Diagnostic.from(error)
            diagnostic.check = "input"
            return VerifyOutcome(report: verifier.verify(VerificationInput(pairs: [], diagnostics: [diagnostic])))
        }
    }

    /// The verifier of this project: its `verification` selection (or `checks`), without
    /// `excluded`, at its severities, with `ignoreList`.
    /// - Throws: ``VerificationSelectionError`` for an unknown check ID.
    public func verifier(
        checks: [String]? = nil, excluded: [String] = [], ignoreList: IgnoreList? = nil
    ) throws
        -> Verifier
    {
        let settings = project.file.verification
        let selected = checks ?? settings.checks
        let left = checks == nil ? settings.exclude + excluded : excluded
        return Verifier(
            checks: try Verifier.checks(selected: selected, excluded: left), severities: settings.severityByCheck,
            ignoreList: try ignoreList ?? loadIgnoreList())
    }

    /// The project's ignore list file, or `nil` outside a project.
    public var ignoreListURL: URL? {
        guard !project.isDemo, project.folder != nil else { return nil }
        return projectURL(project.file.verification.ignoreFile)
    }

    /// The project's ignore list; empty when the file does not exist (or outside a project).
    /// - Throws: ``FileError``, ``ProjectError`` (line and column) for a file that cannot be read.
    public func loadIgnoreList() throws -> IgnoreList {
        guard let url = ignoreListURL, FileManager.default.fileExists(atPath: url.path) else { return IgnoreList() }
        let shown = displayPath(url)
        guard let text = String(data: try FileAccess.read(url.path, displayPath: shown), encoding: .utf8) else {
            throw ProjectError(path: shown, message: "the ignore list is not UTF-8 text")
        }
        return try IgnoreList.parse(text, path: shown)
    }

    /// Puts the current findings of `request.check` on `request.unitID` on the ignore list and
    /// writes it; they move from the report's diagnostics to its ignored findings.
    private func accept(
        _ request: VerifyRequest.IgnoreRequest, in outcome: inout VerifyOutcome, list: inout IgnoreList
    ) throws {
        guard let url = ignoreListURL else {
            throw ProjectError(
                path: nil, message: "accepted findings are kept in a project: there is no project here",
                remedy: .createProject)
        }
        guard Verifier.checkIDs.contains(request.check) else {
            throw VerificationSelectionError(id: request.check, known: Verifier.checkIDs)
        }
        let reason = request.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw ProjectError(path: nil, message: "say why the finding is accepted: the reason is empty")
        }
        let found = outcome.report.diagnostics.filter { $0.unitID == request.unitID && $0.check == request.check }
        guard !found.isEmpty else {
            let already = outcome.report.ignored.contains { $0.unitID == request.unitID && $0.check == request.check }
            let units = Set(outcome.pairs.map(\.unitID))
            let why =
                already
                ? "its \(request.check) findings are already on the ignore list"
                : units.contains(request.unitID)
                    ? "it has no \(request.check) finding" : "no unit \(request.unitID) was checked"
            throw ProjectError(path: nil, message: "nothing to ignore for \(request.unitID): \(why)")
        }
        for diagnostic in found {
            guard
                let pair = outcome.pairs.first(where: {
                    $0.unitID == diagnostic.unitID && $0.location == diagnostic.path && $0.line == diagnostic.line
                })
            else { continue }
            let entry = IgnoreList.Entry(
                unitID: request.unitID, locale: pair.locale, check: request.check, finding: diagnostic.message,
                textHash: IgnoreList.textHash(source: pair.source, target: pair.target), actor: request.actor,
                date: now, reason: reason)
            if !list.entries.contains(entry) { list.entries.append(entry) }
            outcome.accepted.append(entry)
        }
        try FileAccess.writeAtomically(Data(list.yaml.utf8), to: url, displayPath: displayPath(url))
        outcome.report.diagnostics.removeAll { found.contains($0) }
        outcome.report.ignored += found
        outcome.written.append((displayPath(url), "ignore list"))
        if !outcome.summariesByLocale.isEmpty {
            outcome.summariesByLocale = outcome.summariesByLocale.map { entry in
                var summary = entry.summary
                for diagnostic in found
                where outcome.pairs.contains(where: {
                    $0.unitID == diagnostic.unitID && $0.locale == entry.locale && $0.location == diagnostic.path
                }) {
                    switch diagnostic.severity {
                    case .error: summary.errors -= 1
                    case .warning: summary.warnings -= 1
                    case .note: summary.notes -= 1
                    }
                    summary.ignored += 1
                }
                return (entry.locale, summary)
            }
        }
    }

    private func verifyStore(_ locales: [TargetLocale]?, verifier: Verifier) throws -> VerifyOutcome {
        guard let store = try store(creating: false) else {
            if let shown = storeDisplayPath {
                throw StoreError(path: shown, message: "no translation store yet: import a completed XLIFF file first")
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
            return VerifyOutcome(report: verifier.verify(input), pairs: input.pairs)
        }
        var whole = VerificationReport(unitsChecked: 0, diagnostics: [])
        var summaries: [(locale: String, summary: VerificationSummary)] = []
        var pairs: [TranslationPair] = []
        for locale in locales {
            var input = try VerificationInput(store: store, locales: [locale.tag], profile: profile(for:))
            if input.pairs.isEmpty {
                let from = conversionSource(of: locale.tag).map { ": it is made from \($0) by script conversion" }
                input.diagnostics.append(
                    Diagnostic(
                        location: storeDisplayPath, unitID: nil, severity: .note, check: "input",
                        message: "the store has no \(locale.tag) translations\(from ?? "")"))
            }
            let report = verifier.verify(input)
            whole.unitsChecked += report.unitsChecked
            whole.diagnostics += report.diagnostics
            whole.ignored += report.ignored
            summaries.append((locale.tag, report.summary))
            pairs += input.pairs
        }
        return VerifyOutcome(report: whole, summariesByLocale: locales.count > 1 ? summaries : [], pairs: pairs)
    }

    /// The units of one XLIFF file; a file that cannot be read becomes one error diagnostic.
    private func fileInput(
        _ path: String, expected: TargetLocale?
    ) throws -> (
        VerificationInput, (data: Data, document: XLIFFReadDocument, shown: String)?
    ) {
        let shown = path == "-" ? "<stdin>" : path
        let data = try FileAccess.read(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        let document: XLIFFReadDocument
        do {
            document = try XLIFFReader.read(data, path: shown)
        } catch let error as any DiagnosticError {
            let diagnostic = error.diagnostic
            return (
                VerificationInput(
                    unreadable: diagnostic.path, line: diagnostic.line, column: diagnostic.column,
                    message: diagnostic.message), nil
            )
        }
        var input = try VerificationInput(
            document: document, path: shown,
            profile: { language in
                if let expected, (try? TargetLocale.resolve(language).locale) != expected {
                    throw ImportError(
                        path: shown, line: 0,
                        message: "the file's target language is \(language), not \(expected.tag) as expected")
                }
                return try self.profile(for: language)
            }, fallbackLanguage: expected?.tag, currentSources: try currentSources(of: document))
        input.diagnostics =
            document.warnings.map { $0.diagnostic.with(severity: .note) } + input.diagnostics
        return (input, (data, document, shown))
    }

    /// The current English source of the file's cables: from the store when it knows the
    /// cable, else the project's or the built-in cable's units; other cables are not compared.
    private func currentSources(of document: XLIFFReadDocument) throws -> [String: [String: String]] {
        let cableIDs = Set(document.files.compactMap(\.original))
        let store = try store(creating: false)
        var known: [String: [TranslationUnit]]?
        var result: [String: [String: String]] = [:]
        for cableID in cableIDs {
            if let stored = try store?.sourceUnits(cableID: cableID), !stored.isEmpty {
                result[cableID] = Dictionary(
                    stored.map { ($0.unitID, $0.sourceText) }, uniquingKeysWith: { first, _ in first })
                continue
            }
            if known == nil { known = try knownUnits() }
            if let units = known?[cableID] {
                result[cableID] = Dictionary(units.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            }
        }
        return result
    }
}
