import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit

/// A helper process (`tipl10n-store-probe`, built with the tests) that holds a write
/// transaction open until it is killed.
struct StoreProbe {
    /// The executable next to the test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("tipl10n-store-probe")
    }()

    let process: Process
    let readyFile: URL

    /// Starts the probe on `setting` and waits (up to 60 s) until it has written its request
    /// inside its open transaction.
    static func holdingARequest(in setting: String, folder: URL) throws -> StoreProbe {
        let readyFile = folder.appendingPathComponent("probe-\(UUID().uuidString).ready")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["hold-request", setting, readyFile.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: readyFile.path) {
            guard process.isRunning, Date() < deadline else {
                process.terminate()
                throw StoreError(path: setting, message: "the probe did not get to its transaction")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return StoreProbe(process: process, readyFile: readyFile)
    }

    /// SIGKILL: no chance to roll back or to close the connection cleanly.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// Thread-safe box for what a background writer reports.
final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
    func set(_ value: Value) {
        lock.lock()
        stored = value
        lock.unlock()
    }
}

@Suite struct StoreProcessTests {
    /// A process killed in the middle of its write transaction leaves nothing behind (SQLite
    /// rolls its hot journal back; PostgreSQL aborts the transaction of the lost connection), and
    /// the writer that was waiting for it goes on: its request gets the first ID.
    @Test(arguments: TestEngine.available)
    func aProcessKilledMidTransactionLeavesNothingAndReleasesTheStore(engine: TestEngine) throws {
        #expect(FileManager.default.isExecutableFile(atPath: StoreProbe.executable.path), "probe not built")
        let place = try engine.makePlace()
        let store = try place.open()
        let folder = try StoreFixtures.temporaryFolder()
        defer { StoreFixtures.removeFolder(folder) }
        let probe = try StoreProbe.holdingARequest(in: place.setting, folder: folder)
        #expect(try String(contentsOf: probe.readyFile, encoding: .utf8) == "PRISTINA-FY2009-001\n")
        // Nothing of the open transaction is visible.
        #expect(try store.ledgerRowCounts() == ["cost_request": 0, "cost_request_line": 0, "cost_request_event": 0])

        // A second writer waits for the probe's transaction.
        let outcome = Outcome<Result<String, StoreError>>()
        let writer = Thread {
            do {
                outcome.set(.success(try store.recordCostRequest(CostFixtures.draft()).requestID))
            } catch let error as StoreError {
                outcome.set(.failure(error))
            } catch {
                outcome.set(.failure(StoreError(path: "?", message: "\(error)")))
            }
        }
        writer.start()
        Thread.sleep(forTimeInterval: 0.7)
        #expect(outcome.value == nil, "the second writer did not wait for the first")
        probe.kill()
        let deadline = Date().addingTimeInterval(30)
        while outcome.value == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try outcome.value?.get() == "PRISTINA-FY2009-001")
        #expect(try store.ledgerRowCounts() == ["cost_request": 1, "cost_request_line": 2, "cost_request_event": 1])
        #expect(try place.open().costRequests().map(\.officer) == ["Jane Smith"])
        if case .file(let url, _) = place.location {
            // The hot journal of the killed process was rolled back and removed.
            #expect(!FileManager.default.fileExists(atPath: url.path + "-journal"))
        }
    }
}
