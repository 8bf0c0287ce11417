import CFuzzDriver
import Foundation
import TipL10nKit

/// One input for libFuzzer: any bytes as a completed XLIFF file. Reading may fail (that is an answer);
/// it must never crash, hang or run out of memory. The same bytes also go through the check
/// that guards an export against overwriting translations.
func fuzzXLIFF(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    if let document = try? XLIFFReader.read(data, path: "fuzz.xlf") {
        // Touch what the importer reads of every unit.
        for unit in document.units {
            _ = unit.target.map(Importer.normalized)
            _ = unit.source.plainText.count
        }
    }
    _ = try? XLIFFInspection.translatedTargetCount(in: data, path: "fuzz.xlf")
    return 0
}

@main
enum FuzzXLIFF {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzXLIFF($0, $1) }))
    }
}
