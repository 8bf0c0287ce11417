import Foundation

/// Paths the tests read, found from this file's location (no dependence on the working folder).
public enum TestPaths {
    /// `Tests/Fixtures`.
    public static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The repository root.
    public static let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    /// `cables/NAME` in the repository.
    public static func cable(_ name: String) -> URL { repositoryRoot.appendingPathComponent("cables/\(name)") }
    /// `Tests/Fixtures/PATH`.
    public static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }
    /// `xliff/09STATE61188.<tag>.done.xlf`: the reference translations (sq, sr-Latn).
    public static func reference(_ tag: String) -> URL {
        repositoryRoot.appendingPathComponent("xliff/09STATE61188.\(tag).done.xlf")
    }
    /// The OASIS XLIFF 1.2 strict schema.
    public static let xliff12StrictSchema = fixtures.appendingPathComponent(
        "schemas/xliff-1.2/xliff-core-1.2-strict.xsd")
}

/// A fresh empty folder for one test, under the system's temporary folder.
public func temporaryFolder(_ label: String = "tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipl10n-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.standardizedFileURL
}
