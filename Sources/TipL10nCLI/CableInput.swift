import ArgumentParser
import Foundation
import TipL10nKit

/// Options naming the cable and the segmentation rules, shared by the commands that read a cable.
struct CableOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The cable to read: web-page text, plain-text archive, the cable's HTML page or a bare telegram.",
            discussion: "Default: the built-in 2009 Kosovo cable 09STATE61188.",
            valueName: "file"))
    var cable: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Segmentation rules in SRX 2.0 format (default: tipl10n's English rules).", valueName: "file"))
    var srx: String?

    /// The cable bytes and the path used in messages.
    func cableInput() throws -> (data: Data, path: String) {
        guard let cable else { return (Data(DefaultCable.text.utf8), DefaultCable.fileName) }
        return (try InputFile.read(cable), cable)
    }

    func segmenter() throws -> Segmenter {
        guard let srx else { return try Segmenter.defaultEnglish() }
        let rules = try SRXDocument.parse(InputFile.read(srx), path: srx)
        return try Segmenter(rules: rules, languageCode: "en")
    }
}

/// Parts of the cable to include (`--include narrative,press,nonpaper`).
struct PartList: ExpressibleByArgument {
    var parts: Set<SourcePart>

    /// The narrative and the press guidance: what a post publishes.
    static let standard = PartList(parts: [.narrative, .press])

    init(parts: Set<SourcePart>) {
        self.parts = parts
    }

    init?(argument: String) {
        var parts: Set<SourcePart> = []
        for name in argument.split(separator: ",") {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            switch key {
            case "narrative": parts.insert(.narrative)
            case "press", "press-guidance", "qa": parts.insert(.press)
            case "nonpaper", "non-paper": parts.insert(.nonPaper)
            default: return nil
            }
        }
        guard !parts.isEmpty else { return nil }
        self.parts = parts
    }

    static var defaultValueDescription: String { "narrative,press" }
}

/// A file the user named on the command line.
enum InputFile {
    /// Reads the file.
    /// - Throws: ``CommandFailure`` with `path: error: no such file` (or the system's reason).
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(path): error: no such file")
        }
        if isDirectory.boolValue { throw CommandFailure("\(path): error: is a directory, not a file") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): error: cannot read the file (\(error.localizedDescription))")
        }
    }
}
