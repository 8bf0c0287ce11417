import ArgumentParser
import Foundation

/// A data error already phrased for the user; the command prints it and exits 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Printing: results on standard output, notes, warnings and errors on standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Runs a command body; any error is printed as one line and turned into exit code 1.
    /// ArgumentParser's own errors (usage, `ExitCode`) pass through unchanged.
    static func failing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let usage as ValidationError {
            throw usage
        } catch {
            let text = String(describing: error)
            Console.error(text.contains(": error: ") || text.hasPrefix("error: ") ? text : "error: \(text)")
            throw ExitCode(1)
        }
    }
}

/// Counted nouns in messages: `1 translation unit`, `47 translation units`.
enum Plural {
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
