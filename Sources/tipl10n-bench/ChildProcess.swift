import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of another program: its wall time and peak resident memory, with its output sent
/// to a file so that printing costs nothing.
///
/// Peak memory comes from GNU time (`/usr/bin/time -f %M`, package `time`) when it is
/// installed: a small launcher, so the figure is the program's own. Without it the program
/// is spawned directly and `VmHWM` of `/proc/PID/status` is sampled every 2 ms until it ends
/// (`wait4`'s `ru_maxrss` cannot be used from here: Linux charges a spawned child with the
/// peak of the parent's memory it was forked from).
struct ChildRun {
    /// Seconds from spawn to exit.
    var wallSeconds: Double
    /// Peak resident set size in bytes (`ru_maxrss`, KiB on Linux).
    var peakResidentBytes: Int
    /// The exit status (the signal number plus 128 when it was killed).
    var status: Int32
    /// What it wrote on standard output and standard error (the first 4 KiB of each).
    var output: String

    /// Runs `arguments` (the first is the program, looked up in `PATH`) in `folder`; a program
    /// that cannot be started exits 127 (the shell's "not found").
    static func run(_ arguments: [String], in folder: URL) throws -> ChildRun {
        let outputURL = folder.appendingPathComponent(".bench-output-\(getpid())")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let timeURL = folder.appendingPathComponent(".bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: timeURL) }
        let usesTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let program = usesTime ? ["/usr/bin/time", "-o", timeURL.path, "-f", "%M"] + arguments : arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The shell changes folder and then becomes the program (exec): same process, so its
        // rusage is the program's.
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path] + program
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var sampledPeak = 0
        while true {
            let result = waitpid(pid, &status, usesTime ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0 {
                guard errno == EINTR else { throw BenchError("waitpid failed for \(arguments[0])") }
                continue
            }
            sampledPeak = max(sampledPeak, highWaterMark(of: pid))
            usleep(2000)
        }
        let end = DispatchTime.now().uptimeNanoseconds
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? Data(contentsOf: outputURL)).map { String(decoding: $0.prefix(4096), as: UTF8.self) } ?? ""
        var peak = sampledPeak
        if usesTime {
            // GNU time prints the program's maximum resident set size in KiB on the last line.
            let text = (try? String(contentsOf: timeURL, encoding: .utf8)) ?? ""
            let last = text.split(separator: "\n").last.map(String.init) ?? ""
            peak = (Int(last.trimmingCharacters(in: .whitespaces)) ?? 0) * 1024
        }
        return ChildRun(
            wallSeconds: Double(end - start) / 1e9, peakResidentBytes: peak, status: exitStatus, output: output)
    }

    /// `VmHWM` of a running process in bytes, 0 when it cannot be read.
    static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kibibytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return kibibytes * 1024
    }

    /// True when `program` is found in `PATH`.
    static func isInstalled(_ program: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// A benchmark that cannot go on.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
