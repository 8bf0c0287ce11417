import Foundation

/// Everything a command works on, resolved once: the project (or the demo), the cable, the
/// segmentation rules, the store, the target locales, the rates, the locale profiles and the
/// clock. The command layer makes one per run and hands it to one operation
/// (`export(…)`, `importFile(…)`, `verify(…)`, `build(…)`, …).
///
/// The library never reads the environment or the current folder itself: the caller passes
/// the current folder and the moment. The cable, the parsed source and the segmenter are read
/// once and kept; the store is opened in one place (``store(creating:)``), lazily, so that
/// bad input leaves no trace on disk.
///
/// Notes for the user (the demo, a tag read as another) collect in ``notes``; the command
/// layer prints them once.
public final class ProjectContext: @unchecked Sendable {
    /// Values given for one run that replace the project's.
    public struct Overrides: Sendable, Equatable {
        /// Another cable, relative to the current folder (`-` for standard input).
        public var cablePath: String?
        /// Another store, relative to the current folder.
        public var storePath: String?
        /// Other SRX rules, relative to the current folder.
        public var segmentationPath: String?
        /// A rates file replacing the project's costs, relative to the current folder.
        public var ratesPath: String?
        /// The password of a PostgreSQL store whose URL gives none (`PGPASSWORD`); the library
        /// never reads the environment itself.
        public var postgresPassword: String?

        /// No overrides.
        public init(
            cablePath: String? = nil, storePath: String? = nil, segmentationPath: String? = nil,
            ratesPath: String? = nil, postgresPassword: String? = nil
        ) {
            self.postgresPassword = postgresPassword
            self.cablePath = cablePath
            self.storePath = storePath
            self.segmentationPath = segmentationPath
            self.ratesPath = ratesPath
        }
    }

    /// The project, or the demo.
    public let project: Project
    /// The folder the command was run in (absolute).
    public let currentFolder: URL
    /// The moment the command acts at (the clock, or a pinned `now`).
    public let now: Date
    /// What replaces the project's settings for this run.
    public let overrides: Overrides
    /// Notes to print once: the demo, tags read as others.
    public private(set) var notes: [Diagnostic] = []

    private var cachedInput: CableInput?
    private var cachedSource: ProjectSource?
    private var cachedSegmenter: Segmenter?
    private var cachedStore: TranslationStore?
    private var cachedRates: RateTable?
    /// The project's glossary once read (`.some(nil)`: there is none).
    var cachedGlossary: Glossary??

    /// Creates a context for a known project.
    public init(project: Project, currentFolder: URL, now: Date, overrides: Overrides = Overrides()) {
        self.project = project
        self.currentFolder = currentFolder.standardizedFileURL
        self.now = now
        self.overrides = overrides
    }

    /// Finds the project and makes the context.
    ///
    /// - Parameters:
    ///   - currentFolder: where the command runs; discovery walks up from here.
    ///   - projectFolder: a folder named by the user (relative to `currentFolder`); it must hold
    ///     `tipl10n.yaml`.
    ///   - now: the moment the command acts at.
    ///   - overrides: values that replace the project's for this run.
    /// - Throws: ``ProjectError`` or ``CostError`` when the project file cannot be read.
    public static func resolve(
        currentFolder: URL, projectFolder: String? = nil, now: Date, overrides: Overrides = Overrides()
    ) throws -> ProjectContext {
        if let projectFolder {
            let folder = FileAccess.resolve(projectFolder, in: currentFolder)
            return ProjectContext(
                project: try Project.load(folder: folder, displayedFrom: currentFolder), currentFolder: currentFolder,
                now: now, overrides: overrides)
        }
        if let project = try Project.discover(from: currentFolder, displayedFrom: currentFolder) {
            return ProjectContext(project: project, currentFolder: currentFolder, now: now, overrides: overrides)
        }
        return ProjectContext(project: try Project.demo(), currentFolder: currentFolder, now: now, overrides: overrides)
    }

    /// Notes, once, that a command works on the built-in demo because no project was found:
    /// called where the demo's cable, locales or rates are used (a command that only reads a
    /// store it was given says nothing).
    func noteDemoUse() {
        guard project.isDemo else { return }
        let note = Diagnostic(
            at: .none, severity: .note, check: "project",
            message: "no \(ProjectFile.fileName) here or in any parent folder: working on the built-in "
                + "Kosovo demo (cable \(DefaultCable.cableID))",
            remedy: .createProject)
        if !notes.contains(note) { notes.append(note) }
    }

    /// Adds a note for the user.
    public func note(_ message: String, check: String = "project") {
        let note = Diagnostic(at: .none, severity: .note, check: check, message: message)
        if !notes.contains(note) { notes.append(note) }
    }

    /// Adds a warning for the user about `location` (a file as the user sees it).
    public func warn(_ message: String, location: String, check: String = "project") {
        let warning = Diagnostic(location: location, unitID: nil, severity: .warning, check: check, message: message)
        if !notes.contains(warning) { notes.append(warning) }
    }

    // MARK: - Paths

    /// A path of the project file, resolved against the project folder.
    public func projectURL(_ path: String) -> URL { project.url(path, fallback: currentFolder) }

    /// A path the user typed, resolved against the current folder.
    public func userURL(_ path: String) -> URL {
        FileAccess.resolve(path, in: currentFolder)
    }

    /// `url` as the user should see it: relative to the current folder when that is short
    /// (`xliff/09STATE61188.sq.xlf`, `../xliff/…`), absolute otherwise.
    public func displayPath(_ url: URL) -> String {
        Self.displayPath(url, from: currentFolder)
    }

    /// `url` relative to `folder` when that is short, absolute otherwise.
    static func displayPath(_ url: URL, from folder: URL) -> String {
        let target = url.standardizedFileURL.pathComponents
        let base = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
        let ups = base.count - common
        guard common > 1 || base.count <= 1, ups <= 3 else { return url.standardizedFileURL.path }
        let parts = Array(repeating: "..", count: ups) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    // MARK: - Cable

    /// The cable's bytes and the path shown in messages.
    public struct CableInput: Sendable {
        public var data: Data
        public var displayPath: String
        /// True when it is the project's cable (its ID is checked), false for an override.
        public var isProjectCable: Bool
    }

    /// The cable: the override, else the project's file, else (demo) the built-in cable.
    /// - Throws: ``FileError`` for a cable that cannot be read; ``ProjectError`` (at the
    ///   `cable.path` line of the project file) when the project's cable is missing.
    public func cableInput() throws -> CableInput {
        if let cachedInput { return cachedInput }
        let input: CableInput
        if let path = overrides.cablePath {
            let shown = path == "-" ? "<stdin>" : path
            input = CableInput(
                data: try FileAccess.read(path == "-" ? "-" : userURL(path).path, displayPath: shown),
                displayPath: shown, isProjectCable: false)
        } else if project.isDemo {
            noteDemoUse()
            input = CableInput(data: DefaultCable.data, displayPath: DefaultCable.fileName, isProjectCable: true)
        } else {
            let url = projectURL(project.file.cable.path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                let position = project.file.cable.pathPosition
                throw ProjectError(
                    path: displayPath(project.fileURL ?? url), line: position?.line ?? 0,
                    column: position?.column ?? 0, message: "the cable \(project.file.cable.path) does not exist")
            }
            input = CableInput(
                data: try FileAccess.read(url.path, displayPath: displayPath(url)), displayPath: displayPath(url),
                isProjectCable: true)
        }
        cachedInput = input
        return input
    }

    /// The segmentation rules: the override, the project's SRX file, or tipl10n's English rules.
    /// - Throws: ``FileError``, `XMLError` or ``SRXError`` for rules that cannot be read.
    public func segmenter() throws -> Segmenter {
        if let cachedSegmenter { return cachedSegmenter }
        let segmenter: Segmenter
        if let path = overrides.segmentationPath ?? project.file.segmentation {
            let url = overrides.segmentationPath != nil ? userURL(path) : projectURL(path)
            let shown = overrides.segmentationPath ?? displayPath(url)
            let rules = try SRXDocument.parse(FileAccess.read(url.path, displayPath: shown), path: shown)
            segmenter = try Segmenter(rules: rules, languageCode: "en")
        } else {
            segmenter = try Segmenter.defaultEnglish()
        }
        cachedSegmenter = segmenter
        return segmenter
    }

    /// The cable parsed and its translatable content extracted, once.
    /// - Throws: ``CableError``; ``ProjectError`` when the project's cable is another cable
    ///   than `cable.id` says.
    public func source() throws -> ProjectSource {
        if let cachedSource { return cachedSource }
        let input = try cableInput()
        let cable = try CableParser.parse(input.data, path: input.displayPath)
        let document = try SourceDocument.extract(from: cable, path: input.displayPath)
        if input.isProjectCable, let expected = project.file.cable.id, expected != cable.header.cableID {
            let position = project.file.cable.idPosition
            throw ProjectError(
                path: displayPath(project.fileURL ?? currentFolder), line: position?.line ?? 0,
                column: position?.column ?? 0,
                message: "the cable \(input.displayPath) is \(cable.header.cableID), not \(expected) as the project "
                    + "file says")
        }
        let source = ProjectSource(input: input, cable: cable, document: document)
        cachedSource = source
        return source
    }

    /// The parts the project translates and publishes.
    public var parts: Set<SourcePart> { Set(project.file.cable.parts) }

    // MARK: - Store

    /// Where the store is, as shown to the user (a SQLite path relative to the current folder,
    /// or the PostgreSQL URL without its password); `nil` for the demo without `--store`.
    public var storeDisplayPath: String? {
        (try? storeLocation())?.map(\.description)
    }

    /// Where the store is: the override (relative to the current folder), else the project's
    /// `store` (relative to the project folder) — a SQLite file or a `postgres://` URL; `nil`
    /// for the demo. A PostgreSQL URL without a password takes ``Overrides/postgresPassword``.
    /// - Throws: ``StoreError`` for a setting that cannot be read (an empty one, a bad URL).
    public func storeLocation() throws -> StoreLocation? {
        let setting: String
        let folder: URL
        if let path = overrides.storePath {
            (setting, folder) = (path, currentFolder)
        } else if !project.isDemo, !project.file.store.isEmpty, let projectFolder = project.folder {
            (setting, folder) = (project.file.store, projectFolder)
        } else {
            return nil
        }
        var location = try StoreLocation(parsing: setting, relativeTo: folder)
        switch location {
        case .file(let url, _):
            location = .file(url, displayPath: displayPath(url))
        case .postgres(var postgres):
            if postgres.password == nil, let password = overrides.postgresPassword {
                postgres.password = password
                location = .postgres(postgres)
            }
        case .memory:
            break
        }
        return location
    }

    /// The translation store: the one place tipl10n opens it.
    ///
    /// - Parameter creating: create the store when it does not exist (commands that write);
    ///   otherwise a missing store is `nil` (commands that read act on an empty one).
    /// - Throws: ``StoreError``; ``ProjectError`` (remedy: create a project) when `creating`
    ///   and there is no project and no store named, because no command creates a store
    ///   outside a project.
    public func store(creating: Bool) throws -> TranslationStore? {
        if let cachedStore { return cachedStore }
        guard let location = try storeLocation() else {
            guard creating else { return nil }
            throw noProjectStore("to write to")
        }
        guard creating || location.exists else { return nil }
        let store = try TranslationStore.open(location)
        cachedStore = store
        return store
    }

    /// The error when a command needs a store and there is none because there is no project
    /// (and no store named): `error: no tipl10n project here or in any parent folder, so there
    /// is no translation store to write to` (remedy: create a project).
    /// - Parameter purpose: the end of the message, `to write to`, `to check`.
    public func noProjectStore(_ purpose: String) -> ProjectError {
        ProjectError(
            path: nil,
            message: "no tipl10n project here or in any parent folder, so there is no translation store \(purpose)",
            remedy: .createProjectOrNameStore)
    }

    /// The store for a command that writes (created when missing).
    public func writableStore() throws -> TranslationStore {
        guard let store = try store(creating: true) else {
            throw ProjectError(path: nil, message: "no translation store", remedy: .createProjectOrNameStore)
        }
        return store
    }

    // MARK: - Locales

    /// The target locales a command acts on.
    ///
    /// - Parameter typed: `nil` or `["all"]` for every project locale; otherwise tags as
    ///   typed (`sq`, `sr` → `sr-Latn` with a note, `sq-AL` → `sq` with a note). A tag that is
    ///   not a project locale is accepted with a note.
    /// - Throws: ``TargetLocaleError`` for a tag tipl10n does not know; ``ProjectError`` for a
    ///   tag listed twice.
    public func locales(_ typed: [String]?) throws -> [TargetLocale] {
        let projectTags = project.file.locales.map(\.tag)
        if typed == nil || typed?.contains("all") == true { noteDemoUse() }
        guard let typed, typed != ["all"] else {
            return try projectTags.map { try TargetLocale.resolve($0).locale }
        }
        var result: [TargetLocale] = []
        for text in typed {
            if text == "all" {
                for tag in projectTags {
                    let locale = try TargetLocale.resolve(tag).locale
                    if !result.contains(locale) { result.append(locale) }
                }
                continue
            }
            let resolution = try TargetLocale.resolve(text)
            if let note = resolution.note { self.note(note, check: "locale") }
            guard !result.contains(resolution.locale) else {
                throw ProjectError(path: nil, message: "the locale \(resolution.locale.tag) is listed twice")
            }
            if !project.isDemo && !projectTags.contains(resolution.locale.tag) {
                note(
                    "\(resolution.locale.tag) is not a locale of the project (\(ProjectFile.fileName) lists "
                        + "\(projectTags.joined(separator: ", ")))", check: "locale")
            }
            result.append(resolution.locale)
        }
        return result
    }

    /// The locale `tag` is made from by script conversion in this project (`sr-Latn` for
    /// `sr-Cyrl`), or `nil` when it is translated.
    public func conversionSource(of tag: String) -> String? {
        project.file.locale(tag)?.convertedFrom
    }

    /// The locale profile for a tag as written in a file or the store; `nil` when there is
    /// none. The project's `locales/<tag>.yaml` overrides the built-in profile, and the
    /// project's glossary (the project file's `glossary:`, a TBX file) is layered over the
    /// profile's glossary (``Glossary/layered(onto:locale:)``).
    /// - Throws: ``LocaleProfileError`` for a profile file that cannot be read; `XMLError`,
    ///   ``GlossaryError`` for a project glossary that cannot be read.
    public func profile(for tag: String) throws -> LocaleProfile? {
        var profile: LocaleProfile
        do {
            profile = try LocaleProfile.load(tag: tag, projectFolder: project.folder)
        } catch let error as LocaleProfileError where error.kind == .unsupportedLocale {
            return nil
        }
        try layerProjectGlossary(onto: &profile)
        return profile
    }

    /// Puts the project's glossary over `profile`'s (``Glossary/layered(onto:locale:)``); its
    /// origin becomes the project's glossary file when that changes anything.
    private func layerProjectGlossary(onto profile: inout LocaleProfile) throws {
        guard let glossary = try projectGlossary(), let url = projectGlossaryURL else { return }
        let layered = glossary.layered(onto: profile.glossary, locale: profile.tag)
        if layered != profile.glossary {
            profile.glossary = layered
            profile.origins["glossary"] = .file(displayPath(url))
        }
    }

    // MARK: - Costs

    /// Where the rates come from, for the user: `tipl10n.yaml (costs)`, the rates file named,
    /// or `built-in rates` for the demo.
    public var ratesDisplaySource: String {
        if let path = overrides.ratesPath { return path }
        if let url = project.fileURL { return "\(displayPath(url)) (costs)" }
        return "the rates built into tipl10n (locales/rates.yaml)"
    }

    /// The currency, rates and weights: a rates file named for this run, else the project's
    /// `costs`.
    /// - Throws: ``FileError``, ``CostError`` for a rates file that cannot be read.
    public func rateTable() throws -> RateTable {
        if let cachedRates { return cachedRates }
        let table: RateTable
        if let path = overrides.ratesPath {
            let data = try FileAccess.read(userURL(path).path, displayPath: path)
            guard let text = String(data: data, encoding: .utf8) else {
                throw CostError(path: path, message: "the rates file is not valid UTF-8")
            }
            table = try RateTable.parse(text, path: path)
        } else {
            noteDemoUse()
            table = project.file.costs
        }
        cachedRates = table
        return table
    }

    /// The post that requests funds and whose time zone the embargo and the fiscal year use.
    public var post: RequestingPost { project.file.post.requestingPost }
}

/// The cable read for a project: its input, the parsed cable and the extracted source document.
public struct ProjectSource: Sendable {
    public var input: ProjectContext.CableInput
    public var cable: Cable
    public var document: SourceDocument

    /// `09STATE61188`.
    public var cableID: String { cable.header.cableID }
}

extension ProjectContext {
    /// The effective locale profile of `tag` as text, each item with where it came from
    /// (``LocaleProfile/summaryText``), the project's glossary over the profile's as every
    /// command uses it; a tag read as another gets a note.
    /// - Throws: ``TargetLocaleError``, ``LocaleProfileError``.
    public func localeProfileSummary(_ tag: String) throws -> String {
        let resolution = try TargetLocale.resolve(tag)
        if let text = resolution.note { note(text, check: "locale") }
        var profile = try LocaleProfile.load(tag: resolution.locale.tag, projectFolder: project.folder)
        try layerProjectGlossary(onto: &profile)
        return profile.summaryText
    }
}
