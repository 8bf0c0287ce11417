import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Default cable: built into the binary")
    struct DefaultCableTests {
        @Test func textIsTheFileByteForByte() throws {
            let file = try Fixtures.data(DefaultCable.fileName)
            #expect(DefaultCable.fileName == "09STATE61188.txt")
            #expect(Data(DefaultCable.text.utf8) == file)
            #expect(DefaultCable.data == file)
            // The invisible parts survive: U+00A0, trailing spaces, no final newline.
            #expect(DefaultCable.text.contains("Cable title:\u{00A0}\u{00A0}\n"))
            #expect(DefaultCable.text.contains("UNCLAS STATE 061188 \n"))
            #expect(DefaultCable.text.hasSuffix("bluesky\u{00A0}-"))
        }

        @Test func parsesLikeTheFile() throws {
            let builtIn = try DefaultCable.cable()
            let file = try Fixtures.cable("09STATE61188.txt")
            #expect(builtIn.header == file.header)
            #expect(builtIn.paragraphs == file.paragraphs)
            #expect(builtIn.repairs == file.repairs)
        }
    }
}
