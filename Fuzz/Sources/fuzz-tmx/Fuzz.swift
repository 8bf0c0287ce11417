import CFuzzDriver
import Foundation
import TipL10nKit

/// One input for libFuzzer: any bytes as a TMX file (`tipl10n tm import`). It may fail; never crash.
func fuzzTMX(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    _ = try? TMXReader.read(data, path: "fuzz.tmx", importedAt: Date(timeIntervalSince1970: 0))
    return 0
}

@main
enum FuzzTMX {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzTMX($0, $1) }))
    }
}
