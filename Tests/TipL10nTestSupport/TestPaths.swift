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
    /// `Tests/Fixtures/cables/09STATE61188.edited.txt`: the Kosovo cable with a few sentences
    /// edited (exact, fuzzy and new matches against the reference translations).
    public static let editedCable = fixtures.appendingPathComponent("cables/09STATE61188.edited.txt")
    /// `Tests/Fixtures/xliff-samples`: XLIFF files written by real CAT tools.
    public static let xliffSamples = fixtures.appendingPathComponent("xliff-samples")
    /// `Tests/Fixtures/golden/help`: the `--help` text of every command, one file each.
    public static let goldenHelp = fixtures.appendingPathComponent("golden/help")
    /// `Tests/Fixtures/tools/omegat-roundtrip.sh`: runs OmegaT headless on one XLIFF file.
    public static let omegaTScript = fixtures.appendingPathComponent("tools/omegat-roundtrip.sh")
    /// The OmegaT script that lists each segment with the comment OmegaT shows for it.
    public static let omegaTCommentsScript = fixtures.appendingPathComponent("tools/omegat-comments.groovy")
    /// The OASIS XLIFF 1.2 strict schema.
    public static let xliff12StrictSchema = fixtures.appendingPathComponent(
        "schemas/xliff-1.2/xliff-core-1.2-strict.xsd")
}

/// A fresh empty folder for one test, under the system's temporary folder. It is removed
/// when the test process exits (set `TIPL10N_KEEP_TEST_FOLDERS=1` to keep them for a look).
public func temporaryFolder(_ label: String = "tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipl10n-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    TemporaryFolders.shared.register(url)
    return url.standardizedFileURL
}

/// The folders ``temporaryFolder(_:)`` made, removed at exit: a run of the suite made
/// thousands, and left them all in the temporary folder.
private final class TemporaryFolders: @unchecked Sendable {
    static let shared = TemporaryFolders()

    // Guarded by `lock`.
    private var folders: [URL] = []
    private let lock = NSLock()

    private init() {
        atexit { TemporaryFolders.shared.removeAll() }
    }

    func register(_ url: URL) {
        lock.lock()
        folders.append(url)
        lock.unlock()
    }

    func removeAll() {
        guard ProcessInfo.processInfo.environment["TIPL10N_KEEP_TEST_FOLDERS"] != "1" else { return }
        lock.lock()
        let made = folders
        folders = []
        lock.unlock()
        for url in made { try? FileManager.default.removeItem(at: url) }
    }
}
