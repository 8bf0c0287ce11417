import Foundation
import Testing

@testable import TipL10nXML

@Suite struct XMLStreamReaderTests {
    /// Every event of a reader, as text: `<name depth line attributes>` or `</>`.
    static func events(_ reader: XMLStreamReader) throws -> [String] {
        var result: [String] = []
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                let attributes = tag.attributes.map {
                    "\($0.namespaceURI.map { "{\($0)}" } ?? "")\($0.name)=\($0.value)"
                }
                result.append(
                    "<\(tag.name) \(tag.depth) \(tag.line)\(tag.isEmpty ? " empty" : "")"
                        + (attributes.isEmpty ? "" : " " + attributes.joined(separator: " ")) + ">")
            case .end:
                result.append("</>")
            }
        }
        return result
    }

    static func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).xml")
        try data.write(to: url)
        return url
    }

    static let sample = """
        <?xml version="1.0" encoding="UTF-8"?>
        <root xmlns="urn:a" xmlns:b="urn:b" b:kind="x">
          <!-- a comment --><one id="1"/>
          <two xml:lang="sq">text &amp; more<inner/></two>
          <three></three>
        </root>
        """

    @Test func walksStartAndEndTagsWithDepthLineAndAttributes() throws {
        let reader = try XMLStreamReader(.data(Data(Self.sample.utf8)), path: "s.xml")
        #expect(
            try Self.events(reader) == [
                "<root 0 2 {urn:b}kind=x>", "<one 1 3 empty id=1>", "</>",
                "<two 1 4 {http://www.w3.org/XML/1998/namespace}lang=sq>", "<inner 2 4 empty>", "</>", "</>",
                "<three 1 5>", "</>", "</>",
            ])
        #expect(reader.declaredEncoding == "UTF-8")
        // Past the end there is nothing more, and no error.
        #expect(try reader.next() == nil)
    }

    @Test func readsOneElementWholeAndSkipsAnotherThenGoesOn() throws {
        let reader = try XMLStreamReader(.data(Data(Self.sample.utf8)), path: "s.xml")
        var seen: [String] = []
        while let event = try reader.next() {
            guard case .start(let tag) = event else {
                seen.append("end")
                continue
            }
            switch tag.name {
            case "two":
                let element = try reader.readElement()
                seen.append("two: \(element.textContent) \(element.childElements.map(\.name)) line \(element.line)")
            case "one":
                try reader.skipElement()
                seen.append("skipped one")
            default:
                seen.append(tag.name)
            }
        }
        #expect(seen == ["root", "skipped one", "two: text & more [\"inner\"] line 4", "three", "end", "end"])
    }

    @Test func aFileStreamsLikeTheSameBytesInMemoryAndEveryByteIsSeenOnce() throws {
        let data = Data(Self.sample.utf8)
        let url = try Self.temporaryFile(data)
        defer { try? FileManager.default.removeItem(at: url) }
        final class Bytes: @unchecked Sendable { var data = Data() }
        let observed = Bytes()
        let reader = try XMLStreamReader(.file(url), path: "s.xml") { observed.data.append(contentsOf: $0) }
        let fromFile = try Self.events(reader)
        #expect(fromFile == (try Self.events(try XMLStreamReader(.data(data), path: "s.xml"))))
        #expect(observed.data == data)
        #expect(reader.bytesRead == data.count)
    }

    @Test func aTruncatedDocumentGetsThePullParsersMessageFromMemoryAndFromAFile() throws {
        // The push parser behind xmlTextReader would say "extra content at the end of the document".
        let cut = Data("<a>\n  <b>text".utf8)
        let expected = "cut.xml:2:10: error: premature end of data in tag b line 2"
        let fromData = try #require(throws: XMLError.self) {
            _ = try Self.events(try XMLStreamReader(.data(cut), path: "cut.xml"))
        }
        #expect(fromData.description == expected)
        let url = try Self.temporaryFile(cut)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try #require(throws: XMLError.self) {
            _ = try Self.events(try XMLStreamReader(.file(url), path: "cut.xml"))
        }
        #expect(fromFile == fromData)
    }

    @Test func afterAnErrorEveryCallThrowsTheSameError() throws {
        let reader = try XMLStreamReader(.data(Data("<a><b></c></a>".utf8)), path: "m.xml")
        let first = try #require(throws: XMLError.self) { _ = try Self.events(reader) }
        #expect(first.description == "m.xml:1:11: error: opening and ending tag mismatch: b line 1 and c")
        #expect(throws: first) { _ = try reader.next() }
        #expect(throws: first) { try reader.finish() }
    }

    @Test func refusesADoctypeFromAFileBeforeItsInternalSubsetIsRead() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!ENTITY e SYSTEM \"file:///etc/passwd\">\n]>\n<a>&e;</a>"
        let url = try Self.temporaryFile(Data(xml.utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: XMLError.self) { try XMLStreamReader(.file(url), path: "xxe.xml") }
        #expect(error.kind == .doctypeForbidden)
        #expect(
            error.description
                == "xxe.xml:2: error: a DOCTYPE is not allowed here: DTDs and entity declarations are refused for safety"
        )
        // Accepting external-only DOCTYPEs (TMX) still refuses an internal subset.
        let options = XMLStreamReader.Options(acceptsExternalOnlyDoctype: true)
        #expect(throws: error) { try XMLStreamReader(.file(url), path: "xxe.xml", options: options) }
        let external = Data("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx/>".utf8)
        #expect(throws: XMLError.self) { try XMLStreamReader(.data(external), path: "t.tmx") }
        #expect(
            try Self.events(try XMLStreamReader(.data(external), path: "t.tmx", options: options)) == [
                "<tmx 0 2 empty>", "</>",
            ])
    }

    @Test func limitsOnTheDocumentAndOnOneElement() throws {
        let data = Data("<a><b>\(String(repeating: "x", count: 25000))</b><c/></a>".utf8)
        let small = XMLStreamReader.Options(maximumSize: 100)
        let fromData = try #require(throws: XMLError.self) {
            try XMLStreamReader(.data(data), path: "big.xml", options: small)
        }
        #expect(fromData.description == "big.xml: error: document is 25018 bytes; the limit is 100 bytes")
        let url = try Self.temporaryFile(data)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try #require(throws: XMLError.self) {
            try XMLStreamReader(.file(url), path: "big.xml", options: small)
        }
        #expect(fromFile == fromData)

        let reader = try XMLStreamReader(.file(url), path: "big.xml", options: .init(maximumElementSize: 1000))
        #expect(try reader.next() == .start(.init(name: "a", attributes: [], line: 1, depth: 0, isEmpty: false)))
        guard case .start(let tag)? = try reader.next() else {
            Issue.record("expected <b>")
            return
        }
        #expect(tag.name == "b")
        let tooLarge = try #require(throws: XMLError.self) { try reader.readElement() }
        #expect(tooLarge.kind == .tooLarge)
        #expect(tooLarge.description == "big.xml:1: error: an element is larger than the limit of 1000 bytes")
    }

    @Test func emptyMissingAndFolderInputs() throws {
        let empty = try #require(throws: XMLError.self) { try XMLStreamReader(.data(Data()), path: "e.xml") }
        #expect(empty.description == "e.xml:1:1: error: document is empty")
        let emptyFile = try Self.temporaryFile(Data())
        defer { try? FileManager.default.removeItem(at: emptyFile) }
        #expect(throws: empty) { try XMLStreamReader(.file(emptyFile), path: "e.xml") }
        let missing = try #require(throws: XMLError.self) {
            try XMLStreamReader(.file(URL(fileURLWithPath: "/nonexistent/x.xml")), path: "x.xml")
        }
        #expect(missing.description == "x.xml: error: cannot open the file: no such file or directory")
        let folder = try #require(throws: XMLError.self) {
            try XMLStreamReader(.file(FileManager.default.temporaryDirectory), path: "tmp")
        }
        #expect(folder.description == "tmp: error: is a directory, not a file")
    }

    @Test func elementsPastLine65535KeepTheirRealLine() throws {
        // libxml2 stores at most 65,535 in a node; a pretty-printed element is placed exactly
        // from the line its first (white space) child ended on.
        let padding = String(repeating: "\n", count: 70_000)
        let xml = "<a>\(padding)<b>\n  <c>x</c>\n</b>\n<d>\n</d></a>"
        let reader = try XMLStreamReader(.data(Data(xml.utf8)), path: "long.xml")
        var lines: [String: Int] = [:]
        while let event = try reader.next() {
            guard case .start(let tag) = event else { continue }
            if tag.name == "b" {
                let element = try reader.readElement()
                lines["b"] = element.line
                lines["c"] = element.firstChild(named: "c")?.line
            } else if tag.name == "d" {
                lines["d"] = try reader.readElement().line
            }
        }
        #expect(lines == ["b": 70_001, "c": 70_002, "d": 70_004])
    }

    /// Found by fuzzing (fuzz-tmx): a file declared UTF-7 whose bytes iconv cannot convert made
    /// libxml2 print "encoding error : input conversion failed …" on standard error, and the
    /// reader answered only "libxml2 could not read the document". The message is now the error.
    @Test func anEncodingThatCannotBeConvertedIsAnErrorWithLibxml2sReason() throws {
        let bytes = Data("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<tmx>a\u{0}plain</tmx>".utf8)
        let error = try #require(throws: XMLError.self) {
            _ = try Self.events(try XMLStreamReader(.data(bytes), path: "utf7.tmx"))
        }
        #expect(error.kind == .malformed)
        #expect(
            error.description
                == "utf7.tmx:2: error: input conversion failed due to input error, bytes 0x00 0x70 0x6C 0x61")
    }
}
