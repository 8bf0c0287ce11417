import CFuzzDriver
import Foundation
import TipL10nKit

/// One input for libFuzzer: any bytes as SRX 2.0 segmentation rules (`--srx FILE`). Reading may fail;
/// it must never crash. Rules that read are made into a segmenter for English.
func fuzzSRX(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    if let rules = try? SRXDocument.parse(data, path: "fuzz.srx") {
        _ = try? Segmenter(rules: rules, languageCode: "en")
    }
    return 0
}

@main
enum FuzzSRX {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzSRX($0, $1) }))
    }
}
