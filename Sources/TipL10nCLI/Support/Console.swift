import ArgumentParser
import Foundation
import TipL10nKit

/// Printing for one command run: results on standard output; notes, warnings and errors on
/// standard error, each one ``Diagnostic`` rendered the same way, with the command line's
/// words for what the user can do (``Remedy``).
///
/// ``run(_:hints:_:)`` turns any error into one diagnostic line and exit code 1 (after the
/// units a refusal lists, so the refusal is the last line); usage errors
/// pass through to ArgumentParser (exit code 64). The notes of the ``ProjectContext`` (the
/// demo, a tag read as another) are printed once, also when the command fails.
final class Console {
    let io: CommandIO
    private let hints: [Remedy: String]
    private var context: ProjectContext?

    private init(io: CommandIO, hints: [Remedy: String]) {
        self.io = io
        self.hints = hints
    }

    /// How each remedy is worded unless a command words it its own way.
    static let defaultHints: [Remedy: String] = [
        .force: "use --force to override",
        .draft: "build with --draft to mark them",
        .rate: "give one with --rate LOCALE=RATE (e.g. --rate es=0.13), or under costs.rates in the project file",
        .post: "pass --post NAME",
        .bureau: "pass --bureau AF, EAP, EUR, NEA, SCA or WHA",
        .importOrForce: "import it first or use --force to overwrite it",
        .createProject: "make a project with `tipl10n init`",
        .createProjectOrNameStore: "make a project with `tipl10n init`, or name a store with --store",
        .locales: "name them with --lang",
    ]

    /// Runs a command body; any error is printed as one diagnostic and turned into exit code 1.
    static func run(
        _ io: CommandIO, hints: [Remedy: String] = [:], _ body: (Console) throws -> Void
    ) throws {
        let console = Console(io: io, hints: defaultHints.merging(hints) { _, command in command })
        defer { console.printNotes() }
        do {
            try body(console)
        } catch let exit as ExitCode {
            throw exit
        } catch let usage as ValidationError {
            throw usage
        } catch let usage as UsageError {
            console.printNotes()
            console.io.printError("Error: \(usage.message)")
            throw ExitCode.validationFailure
        } catch {
            console.printNotes()
            // The units a refusal lists come first, the refusal itself last, where the reader
            // of a long list sees it (as `verify` prints its summary last).
            if let refusal = error as? PublishingError {
                for problem in refusal.problems { console.report(problem) }
            }
            console.report(Diagnostic.from(error))
            throw ExitCode(1)
        }
    }

    /// The context whose notes are printed when the command ends.
    func attach(_ context: ProjectContext) {
        self.context = context
    }

    private var printedNotes = 0

    private func printNotes() {
        guard let notes = context?.notes, notes.count > printedNotes else { return }
        for note in notes[printedNotes...] { report(note) }
        printedNotes = notes.count
    }

    /// Prints a diagnostic on standard error: `path:line:column: severity: message`, then the
    /// remedy in the command line's words (`: pass --post NAME`). The context's pending notes
    /// come first, so a note is never printed after the error it explains.
    func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity != .note || context?.notes.contains(diagnostic) != true { printNotes() }
        io.printError(line(for: diagnostic))
    }

    /// The line ``report(_:)`` prints.
    func line(for diagnostic: Diagnostic) -> String {
        guard let remedy = diagnostic.remedy, let hint = hints[remedy] else { return diagnostic.description }
        return "\(diagnostic.description): \(hint)"
    }

    /// Prints a result line on standard output.
    func print(_ line: String = "") { io.print(line) }

    /// Prints result text as it is.
    func printRaw(_ text: String) { io.printRaw(text) }
}

/// A usage mistake found while a command runs (after ArgumentParser's own checks): printed as
/// `Error: message`, exit 64, without the root command's usage text.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Counted nouns in messages: `1 translation unit`, `47 translation units`.
enum Plural {
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// Pretty, sorted JSON with ISO 8601 dates.
enum JSONText {
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
