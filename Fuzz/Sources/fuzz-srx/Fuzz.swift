import Foundation
import TipL10nKit

/// libFuzzer entry: any bytes as SRX 2.0 segmentation rules (`--srx FILE`). Reading may fail;
/// it must never crash. Rules that read are made into a segmenter for English.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSRX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let rules = try? SRXDocument.parse(data, path: "fuzz.srx") {
        _ = try? Segmenter(rules: rules, languageCode: "en")
    }
    return 0
}
