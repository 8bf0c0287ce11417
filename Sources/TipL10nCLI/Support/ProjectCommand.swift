import ArgumentParser

/// A tipl10n command: its `run()` hands the process's ``CommandIO`` to ``run(in:)``, which
/// tests call directly with a capturing one.
protocol ProjectCommand: ParsableCommand {
    /// Parses nothing more: resolves the context, makes one library call, prints, and picks the
    /// exit code (throws `ExitCode`).
    func run(in io: CommandIO) throws
}

extension ProjectCommand {
    func run() throws { try run(in: .standard) }
}
