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

    /// The pinned moment after the 2009 public release: 2009-06-16T15:00:00Z.
    public static let afterRelease = Date(timeIntervalSince1970: 1_245_164_400)
}
