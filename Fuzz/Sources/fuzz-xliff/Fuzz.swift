import Foundation
import TipL10nKit

/// libFuzzer entry: any bytes as a completed XLIFF file. Reading may fail (that is an answer);
/// it must never crash, hang or run out of memory. The same bytes also go through the check
/// that guards an export against overwriting translations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
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
