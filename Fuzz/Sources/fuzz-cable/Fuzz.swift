import CFuzzDriver
import Foundation
import TipL10nKit

/// One input for libFuzzer: any bytes as a rollout cable (text, archive layout, HTML page). Reading
/// may fail; it must never crash. A cable that reads is also extracted into a source document.
func fuzzCable(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    if let cable = try? CableParser.parse(data, path: "fuzz.txt") {
        _ = try? SourceDocument.extract(from: cable, path: "fuzz.txt")
    }
    return 0
}

@main
enum FuzzCable {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzCable($0, $1) }))
    }
}
