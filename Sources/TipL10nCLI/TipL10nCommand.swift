import ArgumentParser
import Foundation
import TipL10nKit

/// The `tipl10n` root command: subcommands one per file, nested here.
///
/// Exit codes: 0 success; 1 data error (bad input, refused action, failed check);
/// 64 usage error (ArgumentParser's).
public struct TipL10nCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tipl10n",
        abstract: "Translation and localization workflow for the Trafficking in Persons (TIP) Report rollout cable.",
        discussion: """
            A post's season is a project: `tipl10n init` makes one (tipl10n.yaml, the cable, the store), and every \
            other command finds it from any subfolder. The workflow: init → export (XLIFF for translators) → \
            import (completed files) → verify (every figure) → cost (requests to the bureau's EX office) → build \
            (the pages for the Mission web site). Outside a project, commands work on the built-in 2009 Kosovo \
            cable 09STATE61188 and say so.
            """,
        version: TipL10nVersion.current,
        subcommands: [
            InitCommand.self, ExportCommand.self, ImportCommand.self, VerifyCommand.self, StatusCommand.self,
            BuildCommand.self, CostCommand.self, TMCommand.self, GlossaryCommand.self, SegmentCommand.self,
            CableCommand.self,
            LocaleCommand.self, StoreCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line: like `main()`, but a first word that is no command gets the
    /// nearest one suggested (`exprot` → `export`), as a usage error (exit 64).
    public static func main(arguments: [String]) -> Never {
        if let typed = arguments.first, !typed.hasPrefix("-"), let message = unknownCommandMessage(typed) {
            FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
            FileHandle.standardError.write(Data("Usage: tipl10n <subcommand>\n  See 'tipl10n --help'.\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
        Foundation.exit(0)
    }

    /// The names of the subcommands.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// `unknown command 'exprot': did you mean 'export'?`, or `nil` when `typed` is a command.
    static func unknownCommandMessage(_ typed: String) -> String? {
        let names = commandNames
        guard !names.contains(typed) else { return nil }
        let nearest = names.map { ($0, editDistance($0, typed.lowercased())) }.min { $0.1 < $1.1 }
        if let (name, distance) = nearest, distance <= max(2, name.count / 3) {
            return "unknown command '\(typed)': did you mean '\(name)'?"
        }
        return "unknown command '\(typed)': the commands are \(names.filter { $0 != "help" }.joined(separator: ", "))"
    }

    /// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and swaps of two neighbours each cost 1 (`exprot` → `export` is 1).
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left)
        let b = Array(right)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

extension TipL10nCommand {
    /// Parses and runs a command line in process, with `io` for the folder, the clock, the user
    /// and the output; returns the exit code the executable would (0, 1, 64).
    ///
    /// Help and version text go to `io`'s standard output, errors to its standard error, as the
    /// executable prints them.
    public static func run(arguments: [String], io: CommandIO) -> Int32 {
        if let typed = arguments.first, !typed.hasPrefix("-"), let message = unknownCommandMessage(typed) {
            io.printError("Error: \(message)")
            return ExitCode.validationFailure.rawValue
        }
        do {
            var command = try parseAsRoot(arguments)
            if let projectCommand = command as? any ProjectCommand {
                try projectCommand.run(in: io)
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { io.print(message) } else { io.printError(message) }
            }
            return code.rawValue
        }
    }
}
