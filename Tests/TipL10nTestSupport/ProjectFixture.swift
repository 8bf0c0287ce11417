import Foundation
import TipL10nKit

/// Temporary projects for tests.
public enum ProjectFixture {
    /// A new project in a fresh temporary folder: the built-in Kosovo cable (or `cable`) with
    /// `locales`, made by ``Project/initialize(_:)`` as `tipl10n init` makes it.
    public static func make(
        locales: [String]? = nil, cable: URL? = nil, post: String? = nil, label: String = "project"
    ) throws -> URL {
        let folder = try temporaryFolder(label)
        _ = try Project.initialize(
            .init(folder: folder, cablePath: cable?.path, locales: locales, post: post, currentFolder: folder))
        return folder
    }

    /// `folder/path` with its folders created.
    public static func folder(_ path: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `.tipl10n/store.sqlite`: where `tipl10n init` puts the store, relative to the project.
    public static let storePath = ".tipl10n/store.sqlite"

    /// Imports the reference translation of `tag` into the project at (or above) `folder`,
    /// as `tipl10n import` does.
    @discardableResult
    public static func importReference(_ tag: String, into folder: URL) -> CommandResult {
        CommandRunner.run(["import", TestPaths.reference(tag).path], in: folder)
    }

    /// The translations of `locale` for the Kosovo cable in the store at `folder/store`, or
    /// `nil` when there is no store file (opening never creates one).
    public static func storedTranslations(
        _ locale: String, in folder: URL, store: String = storePath, cableID: String = "09STATE61188"
    ) throws -> [StoredTranslation]? {
        let url = folder.appendingPathComponent(store)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try TranslationStore(path: url).translations(cableID: cableID, locale: locale)
    }

    /// The pinned moment after the 2009 public release: 2009-06-16T15:00:00Z.
    public static let afterRelease = Date(timeIntervalSince1970: 1_245_164_400)
}
