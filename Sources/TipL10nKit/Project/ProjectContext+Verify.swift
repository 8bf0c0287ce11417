import Foundation
import TipL10nXML

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
    /// The units with findings, reported or ignored, in order: their source and target for
    /// the report for the translator and the ignore list. Units without findings are not kept
    /// (a streamed file's memory grows with its findings, not with the file).
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
            try checkOutputs(of: request)
            ignoreList = try loadIgnoreList()
            verifier = try self.verifier(checks: request.checks, excluded: request.excluded, ignoreList: ignoreList)
            var outcome: VerifyOutcome
            // Whether the unit of the finding to accept was checked, for the message when it
            // has no such finding.
            var isIgnoredUnitChecked = false
            var annotationSource: (data: Data, shown: String)?
            if let file = request.file {
                let expected = request.locales?.count == 1 ? request.locales?.first : nil
                if let locales = request.locales, locales.count > 1 {
                    throw ProjectError(
                        path: file,
                        message: "a file is checked in its own locale: name one locale, not \(locales.count)")
                }
                let shown = file == "-" ? "<stdin>" : file
                let location = file == "-" ? "-" : userURL(file).path
                let input: XMLInput
                if request.annotatedPath != nil {
                    // The annotated file is the input's bytes with notes added: read it once, whole.
                    let data = try FileAccess.read(location, displayPath: shown)
                    annotationSource = (data, shown)
                    input = .data(data)
                } else {
                    input = try FileAccess.xmlInput(location, displayPath: shown)
                }
                var pairs: [TranslationPair] = []
                let report = try fileReport(input, shown: shown, expected: expected, verifier: verifier) {
                    pair, diagnostics, ignored in
                    if pair.unitID == request.ignore?.unitID { isIgnoredUnitChecked = true }
                    if !diagnostics.isEmpty || !ignored.isEmpty { pairs.append(pair) }
                }
                outcome = VerifyOutcome(report: report, pairs: pairs)
            } else {
                outcome = try verifyStore(request.locales, verifier: verifier)
                isIgnoredUnitChecked = outcome.pairs.contains { $0.unitID == request.ignore?.unitID }
            }
            if let ignore = request.ignore {
                try accept(ignore, in: &outcome, list: &ignoreList, isUnitChecked: isIgnoredUnitChecked)
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
                guard let annotationSource,
                    !outcome.report.diagnostics.contains(where: { $0.check == "xliff" && $0.severity == .error })
                else { return outcome }
                let document = try XLIFFReader.read(annotationSource.data, path: annotationSource.shown)
                let annotated = try XLIFFAnnotator.annotate(
                    annotationSource.data, document: document, path: annotationSource.shown,
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

    /// Refuses a report or annotated file that would replace work: the file being checked, the
    /// store, the project file, its ignore list or glossary, the other output, or an existing
    /// file tipl10n did not write (a report carries `<meta name="generator" content="tipl10n …">`,
    /// an annotated file tipl10n's notes, `from="tipl10n"`). Symbolic links are followed.
    /// - Throws: ``ProjectError`` naming the output and what it would replace.
    private func checkOutputs(of request: VerifyRequest) throws {
        func resolved(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }
        var protected: [(path: String, what: String)] = []
        if let file = request.file, file != "-" {
            protected.append((resolved(userURL(file)), "the file being checked"))
        }
        if case .file(let url, _) = try storeLocation() { protected.append((resolved(url), "the translation store")) }
        if let url = project.fileURL, !project.isDemo { protected.append((resolved(url), "the project file")) }
        if let url = ignoreListURL { protected.append((resolved(url), "the project's ignore list")) }
        if let url = projectGlossaryURL { protected.append((resolved(url), "the project's glossary")) }
        var outputs: [(path: String, typed: String, marker: String, what: String)] = []
        if let path = request.reportPath {
            outputs.append((resolved(userURL(path)), path, "<meta name=\"generator\" content=\"tipl10n", "report"))
        }
        if let path = request.annotatedPath {
            outputs.append((resolved(userURL(path)), path, "from=\"tipl10n\"", "annotated file"))
        }
        if outputs.count == 2 && outputs[0].path == outputs[1].path {
            throw ProjectError(path: outputs[1].typed, message: "the report and the annotated file cannot be one file")
        }
        for output in outputs {
            if let hit = protected.first(where: { $0.path == output.path }) {
                throw ProjectError(
                    path: output.typed,
                    message: "is \(hit.what): the \(output.what) may not replace it; name another file")
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: output.path)))
                .flatMap { handle in
                    defer { try? handle.close() }; return try? handle.read(upToCount: 1 << 20)
                }
            let text = head.map { String(decoding: $0, as: UTF8.self) } ?? ""
            guard text.contains(output.marker) else {
                throw ProjectError(
                    path: output.typed,
                    message: "exists and is not a file tipl10n wrote: the \(output.what) may not replace it; "
                        + "remove it or name another file")
            }
        }
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
    /// `isUnitChecked` says whether the unit was checked at all (for the message when it has
    /// no such finding).
    private func accept(
        _ request: VerifyRequest.IgnoreRequest, in outcome: inout VerifyOutcome, list: inout IgnoreList,
        isUnitChecked: Bool
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
        guard !request.actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ProjectError(path: nil, message: "say who accepts the finding: the actor is empty")
        }
        let found = outcome.report.diagnostics.filter { $0.unitID == request.unitID && $0.check == request.check }
        guard !found.isEmpty else {
            let already = outcome.report.ignored.contains { $0.unitID == request.unitID && $0.check == request.check }
            let why =
                already
                ? "its \(request.check) findings are already on the ignore list"
                : isUnitChecked
                    ? "it has no \(request.check) finding" : "no unit \(request.unitID) was checked"
            throw ProjectError(path: nil, message: "nothing to ignore for \(request.unitID): \(why)")
        }
        let previous = list
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
        // Appended to the file as the user keeps it (comments and all) where that reads back
        // as this list; otherwise written whole, and the user is told.
        var what = "ignore list"
        var text = list.yaml
        if FileManager.default.fileExists(atPath: url.path) {
            let existing = String(
                decoding: try FileAccess.read(url.path, displayPath: displayPath(url)), as: UTF8.self)
            if let appended = list.yaml(appendingTo: existing, previous: previous) {
                text = appended
            } else {
                what = "ignore list, written whole: its comments and layout could not be kept"
            }
        }
        // Written only when it reads back as the list: a file verify cannot read would stop
        // every later verify.
        do {
            guard try IgnoreList.parse(text, path: displayPath(url)) == list.asWritten else {
                throw ProjectError(path: displayPath(url), message: "it would read back as another list")
            }
        } catch {
            throw ProjectError(
                path: displayPath(url),
                message:
                    "the ignore list was not written: it would not read back as written (\(Diagnostic.from(error).message))"
            )
        }
        try FileAccess.writeAtomically(Data(text.utf8), to: url, displayPath: displayPath(url))
        outcome.report.diagnostics.removeAll { found.contains($0) }
        outcome.report.ignored += found
        outcome.written.append((displayPath(url), what))
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
            let report = verifier.verify(input)
            return VerifyOutcome(report: report, pairs: Self.pairsWithFindings(input.pairs, in: report))
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
            pairs += Self.pairsWithFindings(input.pairs, in: report)
        }
        return VerifyOutcome(report: whole, summariesByLocale: locales.count > 1 ? summaries : [], pairs: pairs)
    }

    /// The pairs of `pairs` that `report` has findings on, reported or ignored.
    private static func pairsWithFindings(
        _ pairs: [TranslationPair], in report: VerificationReport
    ) -> [TranslationPair] {
        let keys = Set(
            (report.diagnostics + report.ignored).compactMap { diagnostic in
                diagnostic.unitID.map { "\(diagnostic.path)\u{0}\(diagnostic.line)\u{0}\($0)" }
            })
        return pairs.filter { keys.contains("\($0.location)\u{0}\($0.line)\u{0}\($0.unitID)") }
    }

    /// The checks of one XLIFF file, read as a stream (one unit at a time); a file that cannot
    /// be read becomes one error diagnostic. `checked` sees each pair as it is checked.
    private func fileReport(
        _ input: XMLInput, shown: String, expected: TargetLocale?, verifier: Verifier,
        checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void
    ) throws -> VerificationReport {
        let store = try store(creating: false)
        var known: [String: [TranslationUnit]]?
        return try verifier.verify(
            xliff: input, path: shown,
            profile: { language in
                if let expected, (try? TargetLocale.resolve(language).locale) != expected {
                    throw ImportError(
                        path: shown, line: 0,
                        message: "the file's target language is \(language), not \(expected.tag) as expected")
                }
                do {
                    return try self.profile(for: language)
                } catch let error as XMLError {
                    // The profile's own files (the project's glossary in TBX) are XML too: their
                    // errors must not read as the checked file's.
                    throw ProfileFileError(diagnostic: Diagnostic.from(error))
                }
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
            }, checked: checked)
    }
}

/// An error in a file a locale profile is made from (the project's glossary), met while a
/// file is verified: kept apart from the checked file's own XML errors.
private struct ProfileFileError: DiagnosticError {
    var diagnostic: Diagnostic
}
