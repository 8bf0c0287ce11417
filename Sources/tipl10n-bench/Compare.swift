import Foundation
import TipL10nKit

/// `tipl10n-bench compare`: tipl10n's `verify FILE` and `import` beside libxml2's own floor
/// (`xmllint --stream --noout`) and Translate Toolkit's `pofilter`, on the sq reference
/// translation replicated 1×, 100× and 2,000× (94,000 units). Every figure is one run of a
/// separate process: wall time and peak resident memory from the kernel (`wait4`).
///
/// The verify file repeats the reference `<file>` as it is (cable 09STATE61188, so the stale
/// check compares every unit with the built-in cable). The import file gives each copy its
/// own cable ID (`09BENCH00001`, …), whose units are registered in a fresh store before the
/// timed run, so every unit is new and written: 94,000 translations at 2,000×.
enum Compare {
    struct Options {
        var scales = [1, 100, 2000]
        var tipl10n: String
        var reference = "xliff/09STATE61188.sq.done.xlf"
        var work: URL?
        /// The largest scale at which every pofilter check runs (they take minutes at 2,000×).
        var pofilterAllUpTo = 100
    }

    /// One measured command at one scale.
    struct Measure {
        var wall: Double
        var peak: Int
        var note: String?
    }

    static let usage = """
        usage: tipl10n-bench compare [--scales 1,100,2000] [--tipl10n PATH] [--reference FILE]
                                     [--work DIR] [--pofilter-all-up-to N]
        """

    static func run(_ arguments: [String]) throws {
        var options = Options(tipl10n: defaultTool())
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(usage)") }
            switch flag {
            case "--scales": options.scales = value.split(separator: ",").compactMap { Int($0) }
            case "--tipl10n": options.tipl10n = value
            case "--reference": options.reference = value
            case "--work": options.work = URL(fileURLWithPath: value)
            case "--pofilter-all-up-to": options.pofilterAllUpTo = Int(value) ?? options.pofilterAllUpTo
            default: throw BenchError("unknown option \(flag)\n\(usage)")
            }
        }
        guard FileManager.default.isExecutableFile(atPath: options.tipl10n) else {
            throw BenchError("no tipl10n at \(options.tipl10n): build it first (swift build -c release)")
        }
        let work =
            options.work
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tipl10n-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let reference = try String(contentsOfFile: options.reference, encoding: .utf8)

        let hasXmllint = ChildRun.isInstalled("xmllint")
        let hasPofilter = ChildRun.isInstalled("pofilter")
        let rows = [
            "xmllint --stream --noout", "tipl10n verify FILE", "tipl10n import", "pofilter -t numbers",
            "pofilter (all checks)", "library: read every unit, no checks", "library: import, no checks",
        ]
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var results: [String: [Int: Measure]] = [:]
        var sizes: [Int: (units: Int, bytes: Int)] = [:]

        for scale in options.scales {
            let verifyFile = work.appendingPathComponent("sq-\(scale)x.xlf")
            let importFile = work.appendingPathComponent("sq-\(scale)x.import.xlf")
            let verifyData = try replicate(reference, times: scale) { _ in nil }
            try verifyData.write(to: verifyFile)
            try replicate(reference, times: scale) { String(format: "09BENCH%05d", $0 + 1) }.write(to: importFile)
            sizes[scale] = (47 * scale, verifyData.count)
            progress("\(scale)×: \(verifyData.count) bytes, \(47 * scale) units")

            if hasXmllint {
                results[rows[0], default: [:]][scale] = try measure(
                    ["xmllint", "--stream", "--noout", verifyFile.path], in: work)
            }
            let verify = try measure([options.tipl10n, "verify", verifyFile.path], in: work)
            results[rows[1], default: [:]][scale] = verify

            let store = work.appendingPathComponent("store-\(scale).sqlite")
            try prepareStore(at: store, cables: scale)
            let runStore = work.appendingPathComponent("run-\(scale).sqlite")
            try? FileManager.default.removeItem(at: runStore)
            try FileManager.default.copyItem(at: store, to: runStore)
            results[rows[2], default: [:]][scale] = try measure(
                [options.tipl10n, "import", importFile.path, "--store", runStore.path], in: work,
                expecting: "sq: \(47 * scale) new")
            try? FileManager.default.removeItem(at: runStore)
            results[rows[5], default: [:]][scale] = try measure(
                [bench, "read", verifyFile.path], in: work, expecting: "\(47 * scale) units")
            try FileManager.default.copyItem(at: store, to: runStore)
            results[rows[6], default: [:]][scale] = try measure(
                [bench, "import-only", importFile.path, runStore.path], in: work, expecting: "\(47 * scale) new")
            try? FileManager.default.removeItem(at: runStore)

            if hasPofilter {
                let out = work.appendingPathComponent("pofilter-out.xlf")
                results[rows[3], default: [:]][scale] = try measure(
                    ["pofilter", "--progress=none", "-t", "numbers", verifyFile.path, out.path], in: work)
                if scale <= options.pofilterAllUpTo {
                    results[rows[4], default: [:]][scale] = try measure(
                        ["pofilter", "--progress=none", verifyFile.path, out.path], in: work)
                }
            }
        }
        printTable(
            options: options, rows: rows, results: results, sizes: sizes,
            notes: [
                hasXmllint ? nil : "xmllint is not installed (apt-get install libxml2-utils): its row is empty",
                hasPofilter
                    ? "pofilter (all checks) runs up to \(options.pofilterAllUpTo)× (--pofilter-all-up-to N for more)"
                    : "Translate Toolkit is not installed (pip install translate-toolkit): the pofilter rows are empty",
            ].compactMap { $0 })
        print("files and stores: \(work.path)")
    }

    /// `tipl10n-bench read FILE`: every unit of an XLIFF file through ``XLIFFUnitReader``,
    /// nothing checked: what reading costs beside `xmllint --stream`.
    static func readOnly(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchError("usage: tipl10n-bench read FILE") }
        let reader = try XLIFFUnitReader(.file(URL(fileURLWithPath: path)), path: path)
        var units = 0
        var characters = 0
        while let event = try reader.next() {
            if case .unit(let unit) = event {
                units += 1
                characters += unit.target?.plainText.utf8.count ?? 0
            }
        }
        print("\(units) units, \(characters) bytes of target text")
    }

    /// `tipl10n-bench checks FILE LOCALE [CHECK]`: every translatable unit of FILE read once,
    /// then each standard check (or only CHECK) run over all of them on one core, in
    /// microseconds per unit, most costly first: where verification spends its time.
    static func checks(_ arguments: [String]) throws {
        guard arguments.count == 2 || arguments.count == 3 else {
            throw BenchError("usage: tipl10n-bench checks FILE LOCALE [CHECK]")
        }
        let profile = try LocaleProfile.load(tag: arguments[1])
        let reader = try XLIFFUnitReader(.file(URL(fileURLWithPath: arguments[0])), path: arguments[0])
        var pairs: [TranslationPair] = []
        while let event = try reader.next() {
            guard case .unit(let unit) = event, unit.isTranslatable else { continue }
            pairs.append(
                TranslationPair(
                    location: arguments[0], line: unit.line, unitID: unit.id, source: unit.source, target: unit.target,
                    state: unit.state, profile: profile, locale: arguments[1]))
        }
        guard !pairs.isEmpty else { throw BenchError("\(arguments[0]) has no translatable unit") }
        let clock = ContinuousClock()
        var rows: [(id: String, micros: Double, findings: Int)] = []
        for check in Verifier.standardChecks where arguments.count == 2 || check.id == arguments[2] {
            var findings = 0
            let start = clock.now
            for pair in pairs { findings += check.findings(in: pair).count }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rows.append((check.id, seconds * 1e6 / Double(pairs.count), findings))
        }
        let total = rows.reduce(0) { $0 + $1.micros }
        print("\(pairs.count) units of \(arguments[0]) (\(arguments[1])), one core:")
        for row in rows.sorted(by: { $0.micros > $1.micros }) {
            let name = row.id.padding(toLength: 12, withPad: " ", startingAt: 0)
            print(
                name
                    + String(
                        format: " %8.1f µs/unit %5.1f %%  %d findings", row.micros, 100 * row.micros / total,
                        row.findings))
        }
        print("all".padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: " %8.1f µs/unit", total))
    }

    /// `tipl10n-bench import-only FILE STORE`: the streamed import without the checks that
    /// `tipl10n import` runs on every imported unit: what reading, deciding and writing cost.
    static func importOnly(_ arguments: [String]) throws {
        guard arguments.count == 2 else { throw BenchError("usage: tipl10n-bench import-only FILE STORE") }
        let store = try TranslationStore(path: URL(fileURLWithPath: arguments[1]))
        let report = try Importer.importFile(
            .file(URL(fileURLWithPath: arguments[0])), path: arguments[0], store: store, expectedLocale: nil,
            force: false, builtInUnits: try DefaultCable.translationUnitsByCableID())
        print("\(report.count(of: .new)) new, \(report.changeCount) written, applied \(report.applied)")
    }

    /// The reference with its `<file>` element repeated `times` times; `cableID(i)` renames copy `i`.
    static func replicate(_ reference: String, times: Int, cableID: (Int) -> String?) throws -> Data {
        guard let start = reference.range(of: "  <file "), let end = reference.range(of: "</file>") else {
            throw BenchError("the reference has no <file> element")
        }
        let file = String(reference[start.lowerBound..<end.upperBound])
        var data = Data(reference[..<start.lowerBound].utf8)
        for index in 0..<times {
            let copy = cableID(index).map {
                file.replacingOccurrences(of: "original=\"09STATE61188\"", with: "original=\"\($0)\"")
            }
            data.append(contentsOf: (copy ?? file).utf8)
            data.append(0x0A)
        }
        data.append(contentsOf: reference[end.upperBound...].utf8)
        return data
    }

    /// A store that knows the narrative and press units of the Kosovo cable under `cables` cable IDs.
    static func prepareStore(at url: URL, cables: Int) throws {
        try? FileManager.default.removeItem(at: url)
        let store = try TranslationStore(path: url)
        let units = (try DefaultCable.translationUnitsByCableID()["09STATE61188"] ?? []).filter { $0.part != .nonPaper }
        let date = Date(timeIntervalSince1970: 1_245_160_800)
        try store.write("cannot prepare the benchmark store") { transaction in
            for index in 0..<cables {
                try transaction.register(units: units, cableID: String(format: "09BENCH%05d", index + 1), at: date)
            }
        }
    }

    static func measure(_ arguments: [String], in folder: URL, expecting expected: String? = nil) throws -> Measure {
        progress("  \(arguments.map { ($0 as NSString).lastPathComponent }.joined(separator: " "))")
        let run = try ChildRun.run(arguments, in: folder)
        var note: String?
        if run.status != 0 { note = "exit \(run.status): \(run.output.prefix(300))" }
        if let expected, !run.output.contains(expected) { note = "unexpected output: \(run.output.prefix(300))" }
        if let note { progress("    \(note)") }
        progress(String(format: "    %.2f s, %.1f MB", run.wallSeconds, Double(run.peakResidentBytes) / 1e6))
        return Measure(wall: run.wallSeconds, peak: run.peakResidentBytes, note: note)
    }

    static func printTable(
        options: Options, rows: [String], results: [String: [Int: Measure]], sizes: [Int: (units: Int, bytes: Int)],
        notes: [String]
    ) {
        print("tipl10n-bench compare — \(machine()), \(ISO8601DateFormatter().string(from: Date()))")
        print(
            "files: "
                + options.scales.map { scale in
                    let size = sizes[scale] ?? (0, 0)
                    return "\(scale)× \(size.units) units \(megabytes(size.bytes))"
                }.joined(separator: "; "))
        print("")
        var header = "| | " + options.scales.map { "\($0)× wall | \($0)× peak RSS" }.joined(separator: " | ") + " |"
        print(header)
        header = "|---|" + options.scales.map { _ in "---:|---:" }.joined(separator: "|") + "|"
        print(header)
        for row in rows {
            let cells = options.scales.map { scale -> String in
                guard let measure = results[row]?[scale] else { return "– | –" }
                let flag = measure.note == nil ? "" : " (!)"
                return String(format: "%.2f s%@ | %@", measure.wall, flag, megabytes(measure.peak))
            }
            print("| \(row) | " + cells.joined(separator: " | ") + " |")
        }
        print("")
        guard let largest = options.scales.max(), let smallest = options.scales.min() else { return }
        func ratio(_ top: String, _ bottom: String, at scale: Int) -> Double? {
            guard let a = results[top]?[scale]?.wall, let b = results[bottom]?[scale]?.wall, b > 0 else { return nil }
            return a / b
        }
        func show(_ value: Double?) -> String { value.map { String(format: "%.1f×", $0) } ?? "–" }
        print("ratios at \(largest)× (targets from issue 15):")
        let verifyOverXmllint = ratio(rows[1], rows[0], at: largest)
        let pofilterOverVerify = ratio(rows[3], rows[1], at: largest)
        let importOverXmllint = ratio(rows[2], rows[0], at: largest)
        print("- verify / xmllint: \(show(verifyOverXmllint)) (target ≤ 3×)")
        print("- pofilter -t numbers / verify: \(show(pofilterOverVerify)) (target ≥ 4×: verify at least 4× faster)")
        print("- import / xmllint: \(show(importOverXmllint)) (target ≤ 5×)")
        for row in [rows[1], rows[2]] {
            guard let big = results[row]?[largest]?.peak, let small = results[row]?[smallest]?.peak else { continue }
            print(
                "- \(row) peak RSS: \(megabytes(big)) at \(largest)×, \(megabytes(big - small)) above \(smallest)× "
                    + "(targets ≤ 64 MB, ≤ 10 MB growth)")
        }
        for note in notes { print("note: \(note)") }
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }

    /// `tipl10n` next to this executable (the same build folder).
    static func defaultTool() -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("tipl10n").path
    }

    /// CPU model, cores, memory and kernel, from /proc (Linux) or uname.
    static func machine() -> String {
        var parts: [String] = []
        if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let name = line.split(separator: ":", maxSplits: 1).last
        {
            parts.append(name.trimmingCharacters(in: .whitespaces))
        }
        parts.append("\(ProcessInfo.processInfo.activeProcessorCount) cores")
        parts.append(String(format: "%.0f GiB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824))
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        parts.append("Linux \(release)")
        return parts.joined(separator: ", ")
    }
}
