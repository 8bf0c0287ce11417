import Foundation
import TipL10nXML

extension Verifier {
    /// Checks an XLIFF file as it is read (``XLIFFUnitReader``): each translatable unit is
    /// checked against its own source when it arrives and then dropped, so memory grows with
    /// the findings, not with the file.
    ///
    /// The report is the one ``verify(_:)`` gives for
    /// ``VerificationInput/init(document:path:profile:fallbackLanguage:currentSources:)``
    /// with the reader's warnings first (as `xliff` notes): the same pairs, diagnostics and
    /// order. A file that cannot be read gives one `xliff` error diagnostic and no unit, as
    /// ``VerificationInput/init(unreadable:line:column:message:)``, also when it breaks off
    /// after units were checked.
    ///
    /// A `<file>` without `target-language` is held until one of its targets names its
    /// language (`xml:lang`), or to its end.
    ///
    /// - Parameters:
    ///   - input: the bytes, or the file to stream from.
    ///   - path: the file name used in diagnostics.
    ///   - profile: the profile for a language as written in the file; `nil` adds one note per language.
    ///   - fallbackLanguage: the language of a `<file>` that names none (`--lang`).
    ///   - currentSources: cable ID → (unit ID → current English source), or `nil` for a cable
    ///     not to compare; asked once per run of `<file>`s of the same cable.
    ///   - checked: called with each pair as it is checked and what ``check(_:)`` found, in file
    ///     order (for a report that shows the units with findings); the pair is not kept.
    /// - Throws: what `profile` or `currentSources` throw (when the file itself reads cleanly).
    public func verify(
        xliff input: XMLInput, path: String, profile: (String) throws -> LocaleProfile?,
        fallbackLanguage: String? = nil, currentSources: (String) throws -> [String: String]? = { _ in nil },
        checked: (TranslationPair, _ diagnostics: [Diagnostic], _ ignored: [Diagnostic]) -> Void = { _, _, _ in }
    ) throws -> VerificationReport {
        var run = XLIFFVerificationRun(verifier: self, path: path, fallbackLanguage: fallbackLanguage)
        let reader: XLIFFUnitReader
        do {
            reader = try XLIFFUnitReader(input, path: path)
        } catch {
            return try Self.unreadable(error, path: path)
        }
        do {
            while let event = try reader.next() {
                try run.take(event, profile: profile, currentSources: currentSources, checked: checked)
            }
            run.flush(checked: checked)
        } catch let error where error is XMLError || error is XLIFFError {
            return try Self.unreadable(error, path: path)
        } catch {
            // A whole-file read reported a broken file before anything else: read on.
            do {
                while try reader.next() != nil {}
            } catch let readError where readError is XMLError || readError is XLIFFError {
                return try Self.unreadable(readError, path: path)
            }
            throw error
        }
        return run.report
    }

    /// The report of a file that could not be read; other errors are rethrown.
    private static func unreadable(_ error: any Error, path: String) throws -> VerificationReport {
        let input: VerificationInput
        switch error {
        case let error as XMLError:
            input = VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message)
        case let error as XLIFFError:
            input = VerificationInput(unreadable: path, line: error.line, column: error.column, message: error.message)
        default:
            throw error
        }
        return VerificationReport(unitsChecked: 0, diagnostics: input.diagnostics)
    }
}

/// The state of one streamed verification: the `<file>` being read, its profile, and what
/// was found, kept apart so the report lists reader notes, then profile notes, then findings.
private struct XLIFFVerificationRun {
    let verifier: Verifier
    let path: String
    let fallbackLanguage: String?

    private var readerNotes: [Diagnostic] = []
    private var profileNotes: [Diagnostic] = []
    private var findings: [Diagnostic] = []
    private var ignored: [Diagnostic] = []
    private var unitsChecked = 0
    private var profiles: [String: LocaleProfile?] = [:]
    private var file: XLIFFReadFile?
    /// The current file's profile, once its language is known.
    private var fileProfile: LocaleProfile??
    /// The current file's language as written, once known.
    private var fileLanguage: String?
    private var held: [XLIFFReadUnit] = []
    /// Pairs read and not yet reported: checked in batches beside the reading, reported in order.
    private let pipeline: VerificationPipeline
    private var sources: (cableID: String?, units: [String: String]?) = (nil, nil)

    init(verifier: Verifier, path: String, fallbackLanguage: String?) {
        self.verifier = verifier
        self.path = path
        self.fallbackLanguage = fallbackLanguage
        pipeline = VerificationPipeline(verifier: verifier)
    }

    var report: VerificationReport {
        VerificationReport(
            unitsChecked: unitsChecked, diagnostics: readerNotes + profileNotes + findings, ignored: ignored)
    }

    mutating func take(
        _ event: XLIFFUnitReader.Event, profile: (String) throws -> LocaleProfile?,
        currentSources: (String) throws -> [String: String]?,
        checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void
    ) throws {
        switch event {
        case .warning(let warning):
            readerNotes.append(
                Diagnostic(
                    location: warning.path, line: warning.line, unitID: nil, severity: .note, check: "xliff",
                    message: warning.message))
        case .file(let file):
            self.file = file
            fileProfile = nil
            fileLanguage = nil
            held = []
            if let cableID = file.original {
                if sources.cableID != cableID { sources = (cableID, try currentSources(cableID)) }
            } else {
                sources = (nil, nil)
            }
            if let language = file.targetLanguage { try resolve(language, profile: profile, checked: checked) }
        case .unit(let unit):
            if fileProfile == nil {
                guard let language = unit.targetLanguage else {
                    held.append(unit)
                    return
                }
                try resolve(language, profile: profile, checked: checked)
            }
            check(unit, checked: checked)
        case .fileEnd:
            if fileProfile == nil { try resolve(fallbackLanguage, profile: profile, checked: checked) }
            file = nil
        }
    }

    /// Finds the profile of the current file's language (one note per language without one),
    /// then checks the units held while it was not known.
    private mutating func resolve(
        _ language: String?, profile: (String) throws -> LocaleProfile?,
        checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void
    ) throws {
        let line = file?.line ?? 0
        var found: LocaleProfile?
        if let language, !language.isEmpty {
            if let known = profiles[language] {
                found = known
            } else {
                found = try profile(language)
                profiles[language] = found
                if let note = found.flatMap({ VerificationInput.reducedChecksNote($0, location: path, line: line) }) {
                    profileNotes.append(note)
                }
                if found == nil {
                    profileNotes.append(
                        Diagnostic(
                            location: path, line: line, unitID: nil, severity: .note, check: "profile",
                            message: "unknown target language '\(language)': only the locale-independent checks ran"))
                }
            }
        } else if profiles[""] == nil {
            profiles[""] = .some(nil)
            profileNotes.append(
                Diagnostic(
                    location: path, line: line, unitID: nil, severity: .note, check: "profile",
                    message: "the <file> has no target-language: only the locale-independent checks ran"))
        }
        fileProfile = .some(found)
        fileLanguage = language
        let waiting = held
        held = []
        for unit in waiting { check(unit, checked: checked) }
    }

    private mutating func check(_ unit: XLIFFReadUnit, checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void) {
        guard unit.isTranslatable, case .some(let profile) = fileProfile else { return }
        var pair = TranslationPair(
            location: path, line: unit.line, unitID: unit.id, source: unit.source, target: unit.target,
            state: unit.state, profile: profile, locale: fileLanguage)
        if let currentText = sources.units?[unit.id],
            Importer.collapsed(currentText) != Importer.collapsed(unit.source.plainText)
        {
            pair.isStale = true
            pair.staleReason = "the file's source differs from the current source text of \(file?.original ?? "")"
        }
        record(pipeline.add(pair), checked: checked)
    }

    /// Checks the pairs still waiting and records what they gave, in file order.
    mutating func flush(checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void) {
        record(pipeline.finish(), checked: checked)
    }

    private mutating func record(
        _ results: [VerificationPipeline.Checked], checked: (TranslationPair, [Diagnostic], [Diagnostic]) -> Void
    ) {
        for result in results {
            unitsChecked += 1
            findings += result.diagnostics
            ignored += result.ignored
            checked(result.pair, result.diagnostics, result.ignored)
        }
    }
}
