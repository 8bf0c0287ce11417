import Foundation

/// Paths the tests read, found from this file's location (no dependence on the working folder).
enum TestPaths {
    /// `Tests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The repository root.
    static let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    /// `cables/NAME` in the repository.
    static func cable(_ name: String) -> URL { repositoryRoot.appendingPathComponent("cables/\(name)") }
    /// The OASIS XLIFF 1.2 strict schema.
    static let xliff12StrictSchema = fixtures.appendingPathComponent("schemas/xliff-1.2/xliff-core-1.2-strict.xsd")
}
