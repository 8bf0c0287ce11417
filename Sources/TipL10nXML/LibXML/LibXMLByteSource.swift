import CLibXML2
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes libxml2's streaming reader asks for, in chunks: from memory or from an open file
/// descriptor, never the whole file at once.
///
/// Enforces the size limits: the whole input (``limit``) and, while one element is being
/// expanded into a tree, that element (``stopOffset``). A limit that is passed records an
/// ``XMLError`` in ``failure`` and ends the input with an I/O error, so libxml2 stops at once.
/// Bytes read before the reader starts (the prolog check) are kept in ``replay`` and handed
/// to the reader first, so a pipe is read exactly once.
final class LibXMLByteSource {
    private let data: Data?
    private var dataOffset = 0
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var replay: [UInt8] = []
    private var replayOffset = 0
    private var atEnd = false

    /// The file name used in messages.
    let path: String
    /// True for bytes in memory and for a regular file: the input can be read again.
    let isRegularFile: Bool
    /// Bytes handed to the streaming reader so far.
    private(set) var deliveredCount = 0
    /// Bytes taken from the origin so far (the prolog check's included).
    private(set) var readCount = 0
    /// The largest input accepted, in bytes.
    let limit: Int
    /// The reader gets no byte at or past this offset (set while an element is expanded).
    var stopOffset = Int.max
    /// What ``stopOffset`` stands for, for the message.
    var stopReason: (() -> XMLError)?
    /// The limit error, if a limit was passed.
    private(set) var failure: XMLError?
    /// Sees every byte handed to the reader, once, in order (e.g. to hash the file as it is read).
    var observer: ((UnsafeRawBufferPointer) -> Void)?

    /// Bytes in memory.
    init(data: Data, path: String, limit: Int) {
        self.data = data
        self.descriptor = -1
        self.ownsDescriptor = false
        self.path = path
        self.isRegularFile = true
        self.limit = limit
    }

    /// A file opened read-only; a regular file larger than `limit` is refused before any read.
    init(file url: URL, path: String, limit: Int) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw XMLError(kind: .unreadable, path: path, message: "is a directory, not a file")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw XMLError(kind: .unreadable, path: path, message: "cannot open the file: \(reason.lowercased())")
        }
        var status = stat()
        let isRegularFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        if isRegularFile, Int(status.st_size) > limit {
            close(descriptor)
            throw XMLError(
                kind: .tooLarge, path: path, message: "document is \(status.st_size) bytes; the limit is \(limit) bytes"
            )
        }
        self.data = nil
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.path = path
        self.isRegularFile = isRegularFile
        self.limit = limit
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `count` bytes from the origin for the prolog check and keeps them for the reader.
    /// - Returns: the bytes read; empty at the end of the input.
    func readAhead(_ count: Int) throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try chunk.withUnsafeMutableBytes {
                try readOrigin(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            if got == 0 { break }
            filled += got
        }
        chunk.removeSubrange(filled...)
        replay += chunk
        return chunk
    }

    /// Fills `buffer` for the reader: kept bytes first, then the origin. Returns the byte count,
    /// 0 at the end, -1 when a limit is passed (``failure`` says which).
    func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard failure == nil else { return -1 }
        var room = buffer.count
        if stopOffset != Int.max {
            guard deliveredCount < stopOffset else {
                failure = stopReason?() ?? XMLError(kind: .tooLarge, path: path, message: "element is too large")
                return -1
            }
            room = min(room, stopOffset - deliveredCount)
        }
        var got = 0
        if replayOffset < replay.count {
            got = min(room, replay.count - replayOffset)
            replay.withUnsafeBytes { source in
                guard let start = source.baseAddress else { return }
                buffer.baseAddress?.copyMemory(from: start + replayOffset, byteCount: got)
            }
            replayOffset += got
            if replayOffset == replay.count {
                replay = []
                replayOffset = 0
            }
        } else {
            do {
                got = try readOrigin(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<room]))
            } catch let error as XMLError {
                failure = error
                return -1
            } catch {
                failure = XMLError(kind: .unreadable, path: path, message: "cannot read the file: \(error)")
                return -1
            }
        }
        if got > 0 {
            observer?(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
            deliveredCount += got
        }
        return got
    }

    private func readOrigin(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !atEnd, buffer.count > 0 else { return 0 }
        var got = 0
        if let data {
            got = min(buffer.count, data.count - dataOffset)
            if got > 0 {
                data.withUnsafeBytes { source in
                    guard let start = source.baseAddress else { return }
                    buffer.baseAddress?.copyMemory(from: start + dataOffset, byteCount: got)
                }
                dataOffset += got
            }
        } else {
            while true {
                let result = read(descriptor, buffer.baseAddress, buffer.count)
                if result >= 0 {
                    got = result
                    break
                }
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno)).lowercased()
                throw XMLError(kind: .unreadable, path: path, message: "cannot read the file: \(reason)")
            }
        }
        if got == 0 {
            atEnd = true
            return 0
        }
        readCount += got
        if readCount > limit {
            throw XMLError(
                kind: .tooLarge, path: path, message: "document is larger than the limit of \(limit) bytes")
        }
        return got
    }
}

/// libxml2's read callback: `context` is the ``LibXMLByteSource``.
let byteSourceRead: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let source = Unmanaged<LibXMLByteSource>.fromOpaque(context).takeUnretainedValue()
    return Int32(source.fill(UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
}
