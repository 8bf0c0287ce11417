import Foundation

extension Project {
    /// What `tipl10n init` is asked for.
    public struct InitRequest: Sendable {
        /// The folder to make a project of (created when missing).
        public var folder: URL
        /// The cable file (absolute or relative to `currentFolder`); `nil` for the built-in
        /// Kosovo cable, which is written into `cables/`.
        public var cablePath: String?
        /// Target locales as typed; `nil` only with the built-in cable (sq, sr-Latn, sr-Cyrl).
        public var locales: [String]?
        /// The post, when the cable's `TO` line does not name it.
        public var post: String?
        /// The bureau, when the country is not in tipl10n's table.
        public var bureau: RegionalBureau?
        /// A rates file whose currency, rates and weights the project takes (relative to
        /// `currentFolder`); `nil` for the rates tipl10n ships.
        public var ratesPath: String?
        /// Where the command runs, for relative paths and messages.
        public var currentFolder: URL

        /// Creates a request.
        public init(
            folder: URL, cablePath: String? = nil, locales: [String]? = nil, post: String? = nil,
            bureau: RegionalBureau? = nil, ratesPath: String? = nil, currentFolder: URL
        ) {
            self.folder = folder
            self.cablePath = cablePath
            self.locales = locales
            self.post = post
            self.bureau = bureau
            self.ratesPath = ratesPath
            self.currentFolder = currentFolder
        }
    }

    /// What `tipl10n init` did.
    public struct InitResult: Sendable {
        /// The new project.
        public var project: Project
        /// The files written, absolute: `tipl10n.yaml`, the cable copy (when copied), the store.
        public var written: [URL]
        /// Values read from the cable: `cable ID 09STATE61188`, `post PRISTINA`, …
        public var readFromCable: [(key: String, value: String)]
        /// Notes: locales made by script conversion, locales without a rate, tags read as others.
        public var notes: [Diagnostic]
    }

    /// Makes `request.folder` a project: reads the cable (and says what it found), writes
    /// `tipl10n.yaml`, copies a cable from outside the folder into `cables/` (the built-in
    /// cable is written there too), and creates the store `.tipl10n/store.sqlite`.
    ///
    /// When both `sr-Latn` and `sr-Cyrl` are asked for, `sr-Cyrl` is made from `sr-Latn` by
    /// script conversion (as the Serbian TIP translations are published); the note says so.
    ///
    /// - Throws: ``ProjectError`` when the folder already holds a project, when no locale is
    ///   given for a cable other than the built-in one, or a locale is unknown;
    ///   ``CableError`` for a file that is not a rollout cable; ``CostError`` when the post or
    ///   bureau cannot be told from the cable, or a rates file is bad; ``FileError``,
    ///   ``StoreError`` when a file cannot be written. Nothing is written unless everything
    ///   can be.
    public static func initialize(_ request: InitRequest) throws -> InitResult {
        let folder = request.folder.standardizedFileURL
        let projectFileURL = folder.appendingPathComponent(ProjectFile.fileName)
        if FileManager.default.fileExists(atPath: projectFileURL.path) {
            throw ProjectError(path: projectFileURL.path, message: "the folder is already a tipl10n project")
        }
        // The cable: read and understood before anything is written.
        let cableData: Data
        let cableShown: String
        let cableURL: URL?
        if let typed = request.cablePath {
            let url = FileAccess.resolve(typed, in: request.currentFolder)
            cableData = try FileAccess.read(url.path, displayPath: typed)
            cableShown = typed
            cableURL = url
        } else {
            cableData = DefaultCable.data
            cableShown = DefaultCable.fileName
            cableURL = nil
        }
        let cable = try CableParser.parse(cableData, path: cableShown)
        let document = try SourceDocument.extract(from: cable, path: cableShown)
        let post = try RequestingPost.resolve(
            header: cable.header, country: document.country, path: cableShown, post: request.post,
            bureau: request.bureau)

        var notes: [Diagnostic] = []
        func note(_ message: String) {
            notes.append(Diagnostic(at: .none, severity: .note, check: "project", message: message))
        }
        guard let typedLocales = request.locales ?? (request.cablePath == nil ? ["sq", "sr-Latn", "sr-Cyrl"] : nil)
        else {
            throw ProjectError(
                path: cableShown,
                message: "no target locales: which languages does \(post.name) publish in? (BCP 47 tags, e.g. es or "
                    + "fr,ar)", remedy: .locales)
        }
        var tags: [String] = []
        for typed in typedLocales {
            let resolution = try TargetLocale.resolve(typed)
            if let text = resolution.note { note(text) }
            guard !tags.contains(resolution.locale.tag) else {
                throw ProjectError(path: nil, message: "the locale \(resolution.locale.tag) is listed twice")
            }
            tags.append(resolution.locale.tag)
        }
        guard !tags.isEmpty else { throw ProjectError(path: nil, message: "no target locale") }
        let locales = tags.map { tag in
            if tag == "sr-Cyrl" && tags.contains("sr-Latn") {
                note(
                    "sr-Cyrl is made from sr-Latn by script conversion (remove `from: sr-Latn` in tipl10n.yaml to "
                        + "have it translated separately)")
                return ProjectFile.LocaleSetting(tag: tag, convertedFrom: "sr-Latn")
            }
            return ProjectFile.LocaleSetting(tag: tag)
        }

        // Rates: the file named, or tipl10n's; only for the project's locales.
        var rates: RateTable
        if let typed = request.ratesPath {
            let url = FileAccess.resolve(typed, in: request.currentFolder)
            let data = try FileAccess.read(url.path, displayPath: typed)
            guard let text = String(data: data, encoding: .utf8) else {
                throw CostError(path: typed, message: "the rates file is not valid UTF-8")
            }
            rates = try RateTable.parse(text, path: typed)
        } else {
            rates = try RateTable.builtIn()
        }
        let known = rates.rates
        rates.rates = known.filter { tags.contains($0.locale) }
        let unpriced = tags.filter { tag in !known.contains { $0.locale == tag } }
        if !unpriced.isEmpty {
            note(
                "no rate for \(unpriced.joined(separator: ", ")): add one under costs.rates in tipl10n.yaml before "
                    + "estimating costs")
        }
        if rates.rates.isEmpty, let fallback = known.first {
            // A rates mapping must not be empty: keep the first known rate so the file stays valid.
            rates.rates = [fallback]
        }

        // Where the cable lives in the project.
        let cablePathInProject: String
        var cableCopy: URL?
        if let cableURL, cableURL.path.hasPrefix(folder.path + "/") {
            cablePathInProject = String(cableURL.path.dropFirst(folder.path.count + 1))
        } else {
            let name = cableURL?.lastPathComponent ?? DefaultCable.fileName
            cablePathInProject = "cables/\(name)"
            cableCopy = folder.appendingPathComponent(cablePathInProject)
            if let copy = cableCopy, FileManager.default.fileExists(atPath: copy.path),
                (try? Data(contentsOf: copy)) != cableData
            {
                throw ProjectError(
                    path: copy.path, message: "a different file is already there; not replaced (move it away first)")
            }
        }

        var file = ProjectFile(
            cable: .init(path: cablePathInProject, id: cable.header.cableID),
            post: .init(name: post.name, country: post.country, bureau: post.bureau, timeZone: post.timeZoneIdentifier),
            locales: locales, costs: rates)
        file.store = TranslationStore.defaultRelativePath

        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path, let enclosing = try? Project.discover(from: parent), let outer = enclosing.folder
        {
            note(
                "the new project is inside the project in \(outer.path): commands run in \(folder.lastPathComponent)/ "
                    + "and below use the new one")
        }

        var written: [URL] = []
        try FileAccess.createFolder(folder, displayPath: folder.path)
        if let cableCopy, !FileManager.default.fileExists(atPath: cableCopy.path) {
            try FileAccess.writeAtomically(cableData, to: cableCopy, displayPath: cablePathInProject)
            written.append(cableCopy)
        }
        let project = Project(folder: folder, file: file)
        let storeURL = folder.appendingPathComponent(file.store)
        _ = try ProjectContext(project: project, currentFolder: folder, now: Date()).writableStore()
        try FileAccess.writeAtomically(Data(file.yaml.utf8), to: projectFileURL, displayPath: ProjectFile.fileName)
        written.insert(projectFileURL, at: 0)
        written.append(storeURL)

        let readFromCable: [(key: String, value: String)] = [
            ("cable", "\(cable.header.cableID) (\(cablePathInProject))"),
            ("post", post.name + (request.post == nil ? "" : " (as given)")),
            ("country", post.country),
            ("bureau", post.bureau.rawValue + (request.bureau == nil ? "" : " (as given)")),
            ("EX office", post.bureau.executiveOffice),
            ("time zone", post.timeZoneIdentifier),
        ]
        return InitResult(
            project: project, written: written, readFromCable: readFromCable, notes: notes)
    }
}
