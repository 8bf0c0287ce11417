import ArgumentParser
import Foundation
import TipL10nXML
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
    /// The cable bytes and the path used in messages (`-` reads standard input, shown as `<stdin>`).
    func cableInput() throws -> (data: Data, path: String) {
        guard let cable else { return (Data(DefaultCable.text.utf8), DefaultCable.fileName) }
        return (try InputFile.read(cable), cable == "-" ? "<stdin>" : cable)
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

    /// The parts in document order, as typed: `narrative,press`.
    var defaultValueDescription: String {
        [SourcePart.narrative, .nonPaper, .press].filter(parts.contains).map(\.rawValue).joined(separator: ",")
    }

    static var allValueStrings: [String] { ["narrative", "press", "nonpaper"] }
}

/// A file the user named on the command line.
enum InputFile {
    /// Reads the file; `-` reads standard input.
    ///
    /// Works for regular files and for pipes and devices (`/dev/stdin`, process substitution).
    /// - Throws: ``CommandFailure`` with `path: error: no such file`, `is a directory`, or the
    ///   system's reason; `error: empty file name` for `""`.
    static func read(_ path: String, limit: Int = defaultLimit) throws -> Data {
        guard !path.isEmpty else { throw CommandFailure("error: empty file name") }
        if path == "-" { return try read(FileHandle.standardInput, path: "<stdin>", limit: limit) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(path): error: no such file")
        }
        if isDirectory.boolValue { throw CommandFailure("\(path): error: is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure("\(path): error: cannot open the file for reading")
        }
        defer { try? handle.close() }
        return try read(handle, path: path, limit: limit)
    }

    /// An XML file to stream: a regular file is read by the XML reader in chunks, as it needs
    /// them (no 64 MiB limit: the reader's own limits apply); `-`, pipes and devices are read
    /// into memory first, as ``read(_:limit:)`` does.
    /// - Throws: ``CommandFailure`` as ``read(_:limit:)``.
    static func xmlInput(_ path: String) throws -> XMLInput {
        guard !path.isEmpty else { throw CommandFailure("error: empty file name") }
        if path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CommandFailure("\(path): error: cannot open the file for reading")
            }
            return .file(URL(fileURLWithPath: path))
        }
        return .data(try read(path))
    }

    /// The largest input read (64 MiB, the XML reader's limit; a cable is far smaller). Input
    /// is read in chunks and refused as soon as it passes the limit, so `/dev/zero` or an
    /// endless pipe cannot exhaust memory.
    static let defaultLimit = 64 * 1024 * 1024

    private static func read(_ handle: FileHandle, path: String, limit: Int) throws -> Data {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit {
                    throw CommandFailure(
                        "\(path): error: the input is larger than \(limit / (1024 * 1024)) MiB: not a cable or XLIFF file"
                    )
                }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path): error: cannot read the file (\(error.localizedDescription))")
        }
        return data
    }
}
