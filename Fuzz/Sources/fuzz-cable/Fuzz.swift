import Foundation
import TipL10nKit

/// libFuzzer entry: any bytes as a rollout cable (text, archive layout, HTML page). Reading
/// may fail; it must never crash. A cable that reads is also extracted into a source document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCable(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let cable = try? CableParser.parse(data, path: "fuzz.txt") {
        _ = try? SourceDocument.extract(from: cable, path: "fuzz.txt")
    }
    return 0
}
