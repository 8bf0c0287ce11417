import Foundation
import TipL10nTestSupport
import Testing
import TipL10nKit
import TipL10nXML

extension XLIFFReaderTests {
    /// The streaming reader gives, on every XLIFF file of the repository (`Tests/Fixtures`,
    /// `xliff/`) and on each cut off at a third and at two thirds of its bytes, exactly what the
    /// whole-tree reader of tipl10n 0.1 gave: every file, unit, field, warning and error. The
    /// golden files in `Tests/Fixtures/reader-golden/` were written by that reader, before it
    /// was removed; those of fixtures added later (`Tests/Fixtures/translations/`) were recorded
    /// by the streaming reader and reviewed by hand (re-record with
    /// `TIPL10N_RECORD_GOLDEN=1 swift test --filter Golden`, and review the diff).
    @Suite("XLIFFReader: golden results")
    struct Golden {
        static let root = TestPaths.repositoryRoot
        static let goldenFolder = TestPaths.fixtures.appendingPathComponent("reader-golden")

        /// Every XLIFF file under `Tests/Fixtures` and the reference translations in `xliff/`
        /// (`*.done.xlf`), as paths relative to the repository.
        static var inputs: [String] {
            var paths: [String] = []
            for folder in ["Tests/Fixtures", "xliff"] {
                let base = root.appendingPathComponent(folder)
                let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
                while let url = enumerator?.nextObject() as? URL {
                    guard ["xlf", "xliff", "sdlxliff"].contains(url.pathExtension) else { continue }
                    // In xliff/ only the reference translations are the repository's: the files
                    // `export` writes there (the README's first command) are not (.gitignore).
                    if folder == "xliff" && !url.lastPathComponent.hasSuffix(".done.xlf") { continue }
                    paths.append(
                        String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
                }
            }
            return paths.sorted()
        }

        @Test func everyFixtureReadsAsBefore() throws {
            let record = ProcessInfo.processInfo.environment["TIPL10N_RECORD_GOLDEN"] == "1"
            let inputs = Self.inputs
            #expect(inputs.count >= 19)
            for relativePath in inputs {
                let url = Self.root.appendingPathComponent(relativePath)
                let data = try Data(contentsOf: url)
                let name = (relativePath as NSString).lastPathComponent
                var text = ""
                for (label, bytes) in [
                    ("whole", data), ("first third", data.prefix(data.count / 3)),
                    ("first two thirds", data.prefix(data.count * 2 / 3)),
                ] {
                    text += "## \(label) (\(bytes.count) bytes)\n"
                    let fromData = Self.rendered { try XLIFFReader.read(bytes, path: name) }
                    text += fromData
                    // Streaming from a file gives the same as reading from memory.
                    let temporary = FileManager.default.temporaryDirectory
                        .appendingPathComponent("golden-\(UUID().uuidString).xlf")
                    try bytes.write(to: temporary)
                    defer { try? FileManager.default.removeItem(at: temporary) }
                    let fromFile = Self.rendered { try XLIFFReader.read(.file(temporary), path: name) }
                    #expect(fromFile == fromData, "\(relativePath) \(label): file and memory differ")
                }
                let golden = Self.goldenFolder.appendingPathComponent(
                    relativePath.replacingOccurrences(of: "/", with: "__") + ".txt")
                if record {
                    try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                    try text.write(to: golden, atomically: true, encoding: .utf8)
                    continue
                }
                let expected = try String(contentsOf: golden, encoding: .utf8)
                #expect(text == expected, "\(relativePath) reads differently from its golden file")
            }
        }

        /// A stable text form of what reading gives: every field, in order; or the error.
        static func rendered(_ read: () throws -> XLIFFReadDocument) -> String {
            let document: XLIFFReadDocument
            do {
                document = try read()
            } catch {
                return "error \(type(of: error)): \(error)\n"
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            func json(_ content: InlineContent?) -> String {
                guard let content else { return "nil" }
                return String(decoding: (try? encoder.encode(content)) ?? Data(), as: UTF8.self)
            }
            func quoted(_ value: String?) -> String { value.map { String(reflecting: $0) } ?? "nil" }
            var text = "version \(document.version)\n"
            for warning in document.warnings { text += "warning \(warning)\n" }
            for file in document.files {
                text += "file line \(file.line) original \(quoted(file.original)) id \(quoted(file.fileID)) "
                text += "source \(quoted(file.sourceLanguage)) target \(quoted(file.targetLanguage))\n"
                for unit in file.units {
                    text += "  unit \(quoted(unit.id)) unitID \(quoted(unit.unitID)) segment \(quoted(unit.segmentID)) "
                    text += "line \(unit.line) translatable \(unit.isTranslatable)\n"
                    text += "    source \(json(unit.source))\n    target \(json(unit.target))\n"
                    text += "    lang \(quoted(unit.targetLanguage)) state \(quoted(unit.state?.rawValue)) "
                    text += "raw \(quoted(unit.rawState)) tool \(quoted(unit.toolState)) "
                    text += "qualifier \(quoted(unit.stateQualifier))\n"
                    for note in unit.notes { text += "    note \(quoted(note))\n" }
                    for suggestion in unit.suggestions {
                        text +=
                            "    suggestion origin \(quoted(suggestion.origin)) score \(String(describing: suggestion.score))\n"
                        text += "      source \(json(suggestion.source))\n      target \(json(suggestion.target))\n"
                    }
                }
            }
            return text
        }
    }
}
