import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Cable decoding: encodings, control characters, size")
    struct CableDecodingTests {
        func parseError(_ data: Data, path: String) -> String? {
            do {
                _ = try CableParser.parse(data, path: path)
                return nil
            } catch {
                return "\(error)"
            }
        }

        func parseError(_ text: String, path: String) -> String? {
            parseError(Data(text.utf8), path: path)
        }

        static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> Data {
            var data = Data()
            let units = (byteOrderMark ? [UInt16(0xFEFF)] : []) + Array(text.utf16)
            data.reserveCapacity(units.count * 2)
            for unit in units {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                data.append(contentsOf: bigEndian ? [high, low] : [low, high])
            }
            return data
        }

        /// The cable and its document are the same as from the UTF-8 file.
        func expectSameAsUTF8(_ data: Data, _ name: String) throws {
            let utf8 = try Fixtures.cable(name)
            let cable = try CableParser.parse(data, path: name)
            #expect(cable.layout == utf8.layout)
            #expect(cable.header == utf8.header)
            #expect(cable.paragraphs == utf8.paragraphs)
            #expect(cable.repairs == utf8.repairs)
            #expect(cable.text == utf8.text)
            let document = try SourceDocument.extract(from: cable, path: name)
            #expect(document.sections == (try Fixtures.document(name)).sections)
            #expect(document.warnings == [])
        }

        // MARK: - Encodings

        @Test(arguments: [false, true])
        func utf16WithByteOrderMark(bigEndian: Bool) throws {
            let data = Self.utf16(DefaultCable.text, bigEndian: bigEndian, byteOrderMark: true)
            #expect(data.prefix(2) == Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]))
            try expectSameAsUTF8(data, "09STATE61188.txt")
        }

        @Test(arguments: [false, true])
        func utf16WithoutByteOrderMark(bigEndian: Bool) throws {
            try expectSameAsUTF8(
                Self.utf16(DefaultCable.text, bigEndian: bigEndian, byteOrderMark: false), "09STATE61188.txt")
        }

        @Test func utf16HTMLPage() throws {
            let page = try Fixtures.text("09STATE60608.html")
            try expectSameAsUTF8(Self.utf16(page, bigEndian: false, byteOrderMark: true), "09STATE60608.html")
        }

        @Test func utf8ByteOrderMarkAndWindows1252() throws {
            try expectSameAsUTF8(Data([0xEF, 0xBB, 0xBF]) + DefaultCable.data, "09STATE61188.txt")
            // Kosovo has U+00A0 only in its trailer; in Windows-1252 it is the byte A0.
            let windows = try #require(DefaultCable.text.data(using: .windowsCP1252))
            #expect(String(data: windows, encoding: .utf8) == nil)
            try expectSameAsUTF8(windows, "09STATE61188.txt")
        }

        @Test func invalidUTF16() {
            let message =
                "bad.txt: error: not a cable: the file starts with a UTF-16 byte-order mark but is not valid UTF-16"
            #expect(parseError(Data([0xFF, 0xFE, 0x41, 0x00, 0x42]), path: "bad.txt") == message)
            // An unpaired high surrogate.
            #expect(parseError(Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), path: "bad.txt") == message)
        }

        @Test func binaryFile() {
            // The start of an ELF executable (such as /bin/ls): NUL bytes at even and odd offsets.
            let elf =
                Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 8))
                + Data([0x03, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00])
            #expect(parseError(elf, path: "ls") == "ls: error: not a cable: the file is binary (it contains NUL bytes)")
            // One NUL byte in a UTF-8 text.
            #expect(
                parseError(DefaultCable.data + Data([0x00]), path: "nul.txt")
                    == "nul.txt: error: not a cable: the file is binary (it contains NUL bytes)")
        }

        // MARK: - Control characters

        @Test func controlCharacter() {
            let text = DefaultCable.text.replacingOccurrences(of: "$158,593", with: "$158\u{0001}593")
            #expect(
                parseError(text, path: "kosovo.txt")
                    == "kosovo.txt:199: error: the cable contains the control character U+0001: expected plain text")
            let escape = Fixtures.kosovo { lines in lines[0] = "\u{001B}[1mIdentifier" }
            #expect(
                parseError(escape, path: "kosovo.txt")
                    == "kosovo.txt:1: error: the cable contains the control character U+001B: expected plain text")
            let delete = Fixtures.kosovo { lines in lines[427] = "CLINTON\u{007F}" }
            #expect(
                parseError(delete, path: "kosovo.txt")
                    == "kosovo.txt:428: error: the cable contains the control character U+007F: expected plain text")
            let c1 = Fixtures.kosovo { lines in lines[130] = "Kosovo (TIER 2)\u{0085}" }
            #expect(
                parseError(c1, path: "kosovo.txt")
                    == "kosovo.txt:131: error: the cable contains the control character U+0085: expected plain text")
        }

        @Test func controlCharacterInHTML() throws {
            let page = try Fixtures.text("09STATE60608.html")
            let damaged = page.replacingOccurrences(of: "Iceland (TIER 2)", with: "Iceland\u{0002} (TIER 2)")
            #expect(damaged != page)
            // The line of the page: its <pre> text is on one line.
            #expect(
                parseError(damaged, path: "iceland.html")
                    == "iceland.html:1509: error: the cable contains the control character U+0002: expected plain text")
        }

        @Test func tabsAndFormFeeds() throws {
            let original = try Fixtures.cable("09STATE61188.txt")
            // A tab is white space.
            let tabs = try CableParser.parse(
                Data(Fixtures.kosovo { lines in lines[130] = "Kosovo\t(TIER 2)\t" }.utf8), path: "tabs.txt")
            #expect(tabs.paragraphs == original.paragraphs)
            // A form feed next to a newline (a page break) adds no line; inside a line it is a line break.
            let text = Fixtures.kosovo { lines in
                lines[230] = "\u{000C}" + lines[230]  // line 231: `9. Post may wish…`
                lines[426] += "\u{000C}" + lines[427]  // lines 427 and 428 on one line
                lines.remove(at: 427)
                lines[372] += "\u{000C}"  // line 373, blank
            }
            let paged = try CableParser.parse(Data(text.utf8), path: "paged.txt")
            #expect(paged.header == original.header)
            #expect(paged.paragraphs == original.paragraphs)
            #expect(paged.repairs == original.repairs)
            #expect(paged.text == original.text)
        }

        // MARK: - Size

        @Test func sizeLimit() throws {
            #expect(CableParser.maximumSize == 16_777_216)
            #expect(
                parseError(Data(count: CableParser.maximumSize + 1), path: "big.txt")
                    == "big.txt: error: not a cable: the file is 16777217 bytes; cables are at most 16 MiB")
            // At the limit the file is read (and refused for what it holds).
            #expect(
                parseError(Data(count: CableParser.maximumSize), path: "zeros.bin")
                    == "zeros.bin: error: not a cable: the file is binary (it contains NUL bytes)")
            let error = #expect(throws: CableError.self) { try CableParser.checkSize(405_000_000, path: "huge.txt") }
            #expect(
                error?.description
                    == "huge.txt: error: not a cable: the file is 405000000 bytes; cables are at most 16 MiB")
            try CableParser.checkSize(CableParser.maximumSize, path: "ok.txt")
        }
    }
}
