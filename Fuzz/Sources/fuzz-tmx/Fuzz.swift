import Foundation
import TipL10nKit

/// libFuzzer entry: any bytes as a TMX file (`tipl10n tm import`). It may fail; never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTMX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? TMXReader.read(data, path: "fuzz.tmx", importedAt: Date(timeIntervalSince1970: 0))
    return 0
}
