import Foundation
import TipL10nXML

/// A file that cannot be read or written: `path: error: no such file`, `… is a directory`,
/// `… cannot replace the file (Permission denied)`. Check `file`.
public struct FileError: DiagnosticError, Equatable {
    /// The file as the user named it.
    public var path: String
    /// What went wrong; lower case, no trailing period; the system's reason in parentheses.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: error: message` as a diagnostic (check `file`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, unitID: nil, severity: .error, check: "file", message: message)
    }
}

/// Reading and writing the files a project uses. With the store and the project loader, the
/// only code of the library that touches the file system.
public enum FileAccess {
    /// The largest input read (64 MiB, the XML reader's limit; a cable is far smaller). Input
    /// is read in chunks and refused as soon as it passes the limit, so `/dev/zero` or an
    /// endless pipe cannot exhaust memory.
    public static let defaultLimit = 64 * 1024 * 1024

    /// `path` as typed, resolved against `folder` (absolute paths stay as they are), standardized.
    ///
    /// `folder` is taken as a folder whether or not its URL ends in `/`: Foundation resolves a
    /// relative path against a URL without the slash by replacing its last component
    /// (`ledger/x` against `file:///tmp/project` is `/tmp/ledger/x`), which would put a
    /// user's file outside the folder they are in.
    public static func resolve(_ path: String, in folder: URL) -> URL {
        let base = URL(fileURLWithPath: folder.standardizedFileURL.path, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
    }

    /// True when `url` is `folder` or inside it, compared by standardized path components
    /// with symbolic links of existing folders resolved (`publish/hg` is inside `publish`,
    /// `publish-hg` is not).
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        func components(_ url: URL) -> [String] {
            url.standardizedFileURL.resolvingSymlinksInPath().pathComponents.filter { $0 != "/" }
        }
        let inner = components(url)
        let outer = components(folder)
        return inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    /// True when the relative (or absolute) path `path` is the folder `folder` or inside it,
    /// both taken against the same project folder.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let root = URL(fileURLWithPath: "/tipl10n-project", isDirectory: true)
        return isInside(resolve(path, in: root), resolve(folder, in: root))
    }

    /// An XML file to stream: a regular file is read by the XML reader in chunks, as it needs
    /// them (the reader's own limits apply, not ``defaultLimit``); `-`, pipes and devices are
    /// read into memory first, as ``read(_:displayPath:limit:)`` does.
    /// - Throws: ``FileError`` as ``read(_:displayPath:limit:)``.
    public static func xmlInput(_ path: String, displayPath: String? = nil) throws -> XMLInput {
        let shown = displayPath ?? path
        guard !path.isEmpty else { throw FileError(path: "", message: "empty file name") }
        if path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw FileError(path: shown, message: "cannot open the file for reading")
            }
            return .file(URL(fileURLWithPath: path))
        }
        return .data(try read(path, displayPath: shown))
    }

    /// Reads a file; `-` reads standard input (shown as `<stdin>` in messages).
    ///
    /// Works for regular files and for pipes and devices (`/dev/stdin`, process substitution).
    /// - Parameters:
    ///   - path: the file as the user named it (relative to the process's folder) or as the
    ///     project resolved it.
    ///   - displayPath: the name used in messages (default: `path`).
    /// - Throws: ``FileError``: `path: error: no such file`, `is a directory, not a file`,
    ///   `the input is larger than 64 MiB`, or the system's reason; `error: empty file name`
    ///   for `""`.
    public static func read(_ path: String, displayPath: String? = nil, limit: Int = defaultLimit) throws -> Data {
        let shown = displayPath ?? path
        guard !path.isEmpty else { throw FileError(path: "", message: "empty file name") }
        if path == "-" { return try read(FileHandle.standardInput, path: "<stdin>", limit: limit) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(path: shown, message: "no such file")
        }
        if isDirectory.boolValue { throw FileError(path: shown, message: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileError(path: shown, message: "cannot open the file for reading")
        }
        defer { try? handle.close() }
        return try read(handle, path: shown, limit: limit)
    }

    private static func read(_ handle: FileHandle, path: String, limit: Int) throws -> Data {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit {
                    throw FileError(
                        path: path,
                        message: "the input is larger than \(limit / (1024 * 1024)) MiB: not a cable or XLIFF file")
                }
            }
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError(path: path, message: "cannot read the file (\(error.localizedDescription))")
        }
        return data
    }

    /// Writes a file so that a reader never sees half of it: the bytes go to a temporary file
    /// in the same folder, which is flushed to disk and then renamed over the destination
    /// (`rename(2)` is atomic within one file system). Missing folders are created (every
    /// output of tipl10n is written this way).
    ///
    /// A symbolic link at `requested` is followed (the file it points to is replaced, the link
    /// kept); the permissions of a file being replaced are kept.
    /// - Throws: ``FileError`` naming the file and the system's reason; the temporary file is removed.
    public static func writeAtomically(_ data: Data, to requested: URL, displayPath: String) throws {
        let url = requested.resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent()
        let existingPermissions = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions]
        try createFolder(folder, displayPath: displayPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileError(path: displayPath, message: "is a directory, not a file")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw FileError(path: displayPath, message: "cannot write in folder \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: displayPath, message: "cannot write the file (\(error.localizedDescription))")
        }
        if let existingPermissions {
            try? FileManager.default.setAttributes(
                [.posixPermissions: existingPermissions], ofItemAtPath: temporary.path)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: displayPath, message: "cannot replace the file (\(reason))")
        }
    }

    /// Checks, without writing, that ``writeAtomically(_:to:displayPath:)`` can put a file at
    /// `requested`: it is not a folder, and the nearest existing folder on its path is a
    /// writable folder (missing folders below it would be created). Used before writing
    /// several files, so that none is written when one cannot be.
    /// - Throws: ``FileError``: `is a directory, not a file`, `cannot create folder …: a file
    ///   is in the way`, `cannot write in folder …`.
    public static func checkWritable(_ requested: URL, displayPath: String) throws {
        let url = requested.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileError(path: displayPath, message: "is a directory, not a file")
        }
        var folder = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { break }
            folder = parent
        }
        guard isDirectory.boolValue else {
            throw FileError(
                path: displayPath, message: "cannot create folder under \(folder.path): a file is in the way")
        }
        guard access(folder.path, W_OK) == 0 else {
            throw FileError(
                path: displayPath,
                message: "cannot write in folder \(folder.path) (\(String(cString: strerror(errno))))")
        }
    }

    /// Creates `folder` and its parents when missing.
    /// - Throws: ``FileError`` when it cannot be created or is a file.
    public static func createFolder(_ folder: URL, displayPath: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw FileError(path: displayPath, message: "cannot create folder \(folder.path): a file is in the way")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(
                path: displayPath, message: "cannot create folder \(folder.path) (\(error.localizedDescription))")
        }
    }
}
