import Foundation

/// What `glossary import` did.
public struct GlossaryImportReport: Sendable, Equatable {
    /// The project glossary written, as the user should see it.
    public var path: String
    /// Concepts read from the file.
    public var read: Int
    /// The target locales the file had terms for.
    public var locales: [String]
    public var counts: Glossary.MergeCounts
    /// Concepts the file had that could not be used (no English term).
    public var warnings: [Diagnostic]
}

extension ProjectContext {
    /// The project's glossary file (the project file's `glossary:`), or `nil` outside a project.
    public var projectGlossaryURL: URL? {
        guard !project.isDemo, project.folder != nil else { return nil }
        return projectURL(project.file.glossary)
    }

    /// The project's glossary, or `nil` when there is no project or the file does not exist yet.
    /// Concepts without an English term are left out with a note.
    /// - Throws: `XMLError`, ``GlossaryError``, ``FileError`` for a file that cannot be read.
    public func projectGlossary() throws -> Glossary? {
        if let cachedGlossary { return cachedGlossary }
        guard let url = projectGlossaryURL, FileManager.default.fileExists(atPath: url.path) else {
            cachedGlossary = .some(nil)
            return nil
        }
        let shown = displayPath(url)
        let (glossary, warnings) = try Glossary.readTBX(
            try FileAccess.read(url.path, displayPath: shown), path: shown)
        for warning in warnings {
            note(warning.description.replacingOccurrences(of: ": warning: ", with: ": "), check: "glossary")
        }
        cachedGlossary = .some(glossary)
        return glossary
    }

    /// Reads a TBX (v3 or 2008) or CSV glossary and merges it into the project's glossary file,
    /// creating it; `Glossary/merge(_:)` says what changes.
    ///
    /// - Parameter path: the file, relative to the current folder. A file starting with `<`
    ///   (after white space or a byte order mark) is read as TBX, any other as CSV.
    /// - Throws: ``ProjectError`` outside a project (remedy: create one); ``FileError``,
    ///   `XMLError`, ``GlossaryError`` for a file that cannot be read; nothing is written then.
    public func importGlossary(_ path: String) throws -> GlossaryImportReport {
        guard let target = projectGlossaryURL else {
            throw ProjectError(
                path: nil, message: "a glossary is imported into a project: there is no project here",
                remedy: .createProject)
        }
        let shown = path == "-" ? "<stdin>" : path
        let data = try FileAccess.read(path == "-" ? "-" : userURL(path).path, displayPath: shown)
        let incoming: Glossary
        var warnings: [Diagnostic] = []
        let head = String(decoding: data.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.hasPrefix("<") || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            (incoming, warnings) = try Glossary.readTBX(data, path: shown)
        } else {
            guard let text = String(data: data, encoding: .utf8) else {
                throw GlossaryError(path: shown, message: "the CSV file is not UTF-8 text")
            }
            incoming = try Glossary.readCSV(text, path: shown)
        }
        var glossary = try projectGlossary() ?? Glossary()
        let counts = glossary.merge(incoming)
        let targetShown = displayPath(target)
        let title = "Glossary of the \(project.file.post.name) project"
        try FileAccess.writeAtomically(
            try glossary.tbx(title: title, path: targetShown), to: target, displayPath: targetShown)
        cachedGlossary = .some(glossary)
        return GlossaryImportReport(
            path: targetShown, read: incoming.concepts.count, locales: incoming.locales, counts: counts,
            warnings: warnings)
    }

    /// The effective glossary of `locales` (each profile's built-in terms with the project's
    /// on top) as one TBX file.
    ///
    /// - Parameters:
    ///   - locales: the target locales.
    ///   - output: where to write, relative to the current folder; default
    ///     `<project>/<folders.xliff>/glossary.tbx`.
    /// - Returns: the path written, as the user should see it, and the number of concepts.
    /// - Throws: ``LocaleProfileError``, ``GlossaryError`` (also when the locales have no
    ///   terms at all: nothing is written), ``FileError``.
    public func exportGlossary(_ locales: [TargetLocale], output: String?) throws -> (path: String, concepts: Int) {
        var profiles: [LocaleProfile] = []
        for locale in locales {
            if let profile = try profile(for: locale.tag) { profiles.append(profile) }
        }
        let glossary = Glossary(profiles: profiles)
        guard !glossary.concepts.isEmpty else {
            // An empty TBX would look like a glossary to the translator's tool.
            throw GlossaryError(
                path: output ?? "glossary.tbx",
                message:
                    "no glossary terms for \(locales.map(\.tag).joined(separator: ", ")): neither the project's "
                    + "glossary nor the built-in profile has any; nothing written")
        }
        let url = output.map(userURL) ?? projectURL(project.file.folders.xliff).appendingPathComponent("glossary.tbx")
        let shown = output ?? displayPath(url)
        let title = "Glossary: en → \(profiles.map(\.tag).joined(separator: ", "))"
        let data = try glossary.tbx(title: title, path: shown)
        try FileAccess.writeAtomically(data, to: url, displayPath: shown)
        return (shown, glossary.concepts.count)
    }
}
