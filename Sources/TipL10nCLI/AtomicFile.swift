import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same folder, which is flushed to disk and then renamed over the destination
/// (`rename(2)` is atomic within one file system).
enum AtomicFile {
    /// - Throws: ``CommandFailure`` naming the file and the system's reason; the temporary file is removed.
    ///
    /// A symbolic link at `requested` is followed (the file it points to is replaced, the link
    /// kept); the permissions of a file being replaced are kept.
    static func write(_ data: Data, to requested: URL, displayPath: String) throws {
        let url = requested.resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent()
        let existingPermissions = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions]
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(
                "\(displayPath): error: cannot create folder \(folder.path) (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CommandFailure("\(displayPath): error: cannot write in folder \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(displayPath): error: cannot write the file (\(error.localizedDescription))")
        }
        if let existingPermissions {
            try? FileManager.default.setAttributes(
                [.posixPermissions: existingPermissions], ofItemAtPath: temporary.path)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(displayPath): error: cannot replace the file (\(reason))")
        }
    }
}
