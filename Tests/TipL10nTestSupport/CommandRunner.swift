import Foundation
import TipL10nCLI

/// What a command printed and how it ended.
public struct CommandResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Standard output split into lines (no empty last line).
    public var lines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
    /// Standard error split into lines (no empty last line).
    public var errorLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Line `index` of standard output, or `nil` when there are fewer lines (tests never trap).
    public func line(_ index: Int) -> String? {
        let lines = self.lines
        return lines.indices.contains(index) ? lines[index] : nil
    }

    public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs tipl10n command lines in process: no child process, no change of the process's folder,
/// so tests run side by side.
public enum CommandRunner {
    /// Runs `arguments` in `folder` and captures the output.
    /// - Parameters:
    ///   - now: the clock when no `--now` is given (default: the real one).
    ///   - user: the login name for `--actor` / `--officer` defaults.
    public static func run(
        _ arguments: [String], in folder: URL, now: Date? = nil, user: String? = "tester"
    ) -> CommandResult {
        let output = Captured()
        let error = Captured()
        let io = CommandIO(
            currentFolder: folder, clock: { now ?? Date() }, userName: user,
            writeOutput: { output.append($0) }, writeError: { error.append($0) })
        let status = TipL10nCommand.run(arguments: arguments, io: io)
        return CommandResult(status: status, stdout: output.text, stderr: error.text)
    }

    /// Text written by a command, collected under a lock.
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var buffer = ""

        func append(_ text: String) {
            lock.lock()
            buffer += text
            lock.unlock()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return buffer
        }
    }
}

/// Runs the built `tipl10n` binary: the few end-to-end tests.
public enum BinaryRunner {
    /// The `tipl10n` executable next to the test bundle (SwiftPM builds it with the tests).
    public static let executable: URL = {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("tipl10n")
    }()

    /// Runs the binary in `folder`, feeding `stdin`; reads both pipes before waiting.
    public static func run(
        _ arguments: [String], in folder: URL, stdin: String? = nil, environment: [String: String]? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
