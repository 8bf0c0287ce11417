import Foundation

/// A post's season: the folder holding `tipl10n.yaml` and the settings read from it — or the
/// built-in Kosovo demo when no project is found.
///
/// Found from any subfolder the way git finds its repository (``discover(from:)``); every
/// path in the file is relative to ``folder``.
public struct Project: Sendable {
    /// The folder that holds `tipl10n.yaml` (absolute, standardized), or `nil` for the demo.
    public let folder: URL?
    /// The settings.
    public let file: ProjectFile

    /// Creates a project from its folder and settings.
    public init(folder: URL?, file: ProjectFile) {
        self.folder = folder.map { URL(fileURLWithPath: $0.standardizedFileURL.path) }
        self.file = file
    }

    /// True for the built-in Kosovo demo (no `tipl10n.yaml` found).
    public var isDemo: Bool { folder == nil }

    /// `<folder>/tipl10n.yaml`, or `nil` for the demo.
    public var fileURL: URL? { folder?.appendingPathComponent(ProjectFile.fileName) }

    /// A path of the project file resolved against ``folder`` (absolute paths stay as they are).
    /// For the demo, relative to `fallback` (the current folder).
    public func url(_ path: String, fallback: URL) -> URL {
        FileAccess.resolve(path, in: folder ?? fallback)
    }

    /// The nearest folder at or above `start` that holds `tipl10n.yaml`, read; `nil` when
    /// there is none up to the file system's root.
    ///
    /// - Throws: ``ProjectError`` (with line and column) or ``CostError`` when the file found
    ///   cannot be read.
    /// - Parameter displayedFrom: the folder messages show paths relative to (default `start`).
    public static func discover(from start: URL, displayedFrom: URL? = nil) throws -> Project? {
        var folder = start.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(ProjectFile.fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try load(folder: folder, displayedFrom: displayedFrom ?? start)
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads the project in `folder`.
    /// - Throws: ``ProjectError``: `DIR: error: not a tipl10n project: there is no tipl10n.yaml`,
    ///   or the file's own errors with line and column.
    /// - Parameter displayedFrom: the folder messages show paths relative to; `nil` for absolute paths.
    public static func load(folder: URL, displayedFrom: URL? = nil) throws -> Project {
        let url = folder.appendingPathComponent(ProjectFile.fileName)
        let shown = displayedFrom.map { ProjectContext.displayPath(url, from: $0) } ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ProjectError(path: folder.path, message: "no such folder", remedy: .createProject)
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ProjectError(
                path: folder.path, message: "not a tipl10n project: there is no \(ProjectFile.fileName)",
                remedy: .createProject)
        }
        let data = try FileAccess.read(url.path, displayPath: shown, limit: 1 << 20)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProjectError(path: shown, message: "the project file is not UTF-8 text")
        }
        return Project(folder: folder, file: try ProjectFile.parse(text, path: shown))
    }

    /// The built-in demo: the 2009 Kosovo cable 09STATE61188 for Pristina (EUR), locales sq,
    /// sr-Latn and sr-Cyrl (made from sr-Latn), the rates tipl10n ships, and no store.
    public static func demo() throws -> Project {
        var file = ProjectFile(
            cable: .init(path: DefaultCable.fileName, id: DefaultCable.cableID),
            post: .init(name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZone: "Europe/Belgrade"),
            locales: [.init(tag: "sq"), .init(tag: "sr-Latn"), .init(tag: "sr-Cyrl", convertedFrom: "sr-Latn")],
            costs: try RateTable.builtIn())
        file.store = ""
        return Project(folder: nil, file: file)
    }
}
