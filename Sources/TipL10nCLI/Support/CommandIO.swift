import Foundation

/// What a command reads from and writes to outside its options: the current folder, the
/// clock, the user's name, standard output and standard error.
///
/// `run()` of every command passes ``standard``; tests pass one that captures the output and
/// names a folder, so commands run in process, side by side, without changing the process's
/// folder.
public struct CommandIO: Sendable {
    /// The folder the command runs in (absolute).
    public var currentFolder: URL
    /// The moment, when no `--now` is given.
    public var clock: @Sendable () -> Date
    /// The user's name for `--actor` and `--officer` defaults (`USER`, `LOGNAME`, the account).
    public var userName: String?
    /// `PGPASSWORD`: the password of a PostgreSQL store whose URL gives none.
    public var postgresPassword: String?
    /// Writes to standard output (the text includes its line ends).
    public var writeOutput: @Sendable (String) -> Void
    /// Writes to standard error (the text includes its line ends).
    public var writeError: @Sendable (String) -> Void

    /// Creates an IO.
    public init(
        currentFolder: URL, clock: @escaping @Sendable () -> Date = { Date() }, userName: String? = nil,
        postgresPassword: String? = nil, writeOutput: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void
    ) {
        self.currentFolder = currentFolder
        self.clock = clock
        self.userName = userName
        self.postgresPassword = postgresPassword
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's folder, clock, user and standard streams.
    public static var standard: CommandIO {
        let environment = ProcessInfo.processInfo.environment
        let user = [environment["USER"], environment["LOGNAME"], ProcessInfo.processInfo.userName]
            .compactMap { $0 }.first { !$0.isEmpty }
        return CommandIO(
            currentFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            userName: user, postgresPassword: environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 },
            writeOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            writeError: { text in FileHandle.standardError.write(Data(text.utf8)) })
    }

    /// Prints a line on standard output.
    public func print(_ line: String = "") { writeOutput(line + "\n") }

    /// Prints text on standard output as it is (no line end added).
    public func printRaw(_ text: String) { writeOutput(text) }

    /// Prints a line on standard error.
    public func printError(_ line: String) { writeError(line + "\n") }
}
