import Foundation

/// Files a test writes and reads in its own folder.
public enum FileFixtures {
    /// Writes `text` (UTF-8) to `folder/name` and returns `name`, the path as a user would type it.
    @discardableResult
    public static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return name
    }

    /// Replaces `old` (which must occur) with `new` in the file `folder/path`.
    public static func replace(_ old: String, with new: String, in path: String, of folder: URL) throws {
        let text = try self.text(path, in: folder)
        guard text.contains(old) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path) has no '\(old)'"])
        }
        try write(text.replacingOccurrences(of: old, with: new), path, in: folder)
    }

    /// The text of `folder/path`.
    public static func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// True when `folder/path` exists (file or folder).
    public static func exists(_ path: String, in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// The names in `folder/path`, sorted (hidden ones too); empty when it does not exist.
    public static func contents(_ path: String, in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(path).path)) ?? [])
            .sorted()
    }

    /// Every folder named `name` at or below `root`, as paths relative to `root`, sorted.
    public static func folders(named name: String, under root: URL) -> [String] {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            if (relative as NSString).lastPathComponent == name,
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}

/// The reference translations of the 2009 Kosovo cable (`xliff/09STATE61188.<tag>.done.xlf`)
/// and copies of them changed for one test.
public enum ReferenceXLIFF {
    /// A replacement that did not match the reference text (the fixture drifted).
    public struct TextNotFound: Error, CustomStringConvertible {
        public var text: String
        public var description: String { "fixture text not found in the reference: \(text)" }
    }

    /// The reference file's text.
    public static func text(_ tag: String = "sq") throws -> String {
        try String(contentsOf: TestPaths.reference(tag), encoding: .utf8)
    }

    /// A copy of the reference with every `(old, new)` replacement applied, written to
    /// `folder/name`; returns `name`.
    /// - Throws: ``TextNotFound`` when an `old` text is not in the reference.
    @discardableResult
    public static func mutated(
        _ replacements: [(String, String)], _ name: String, tag: String = "sq", in folder: URL
    ) throws -> String {
        var text = try self.text(tag)
        for (old, new) in replacements {
            guard text.contains(old) else { throw TextNotFound(text: old) }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try FileFixtures.write(text, name, in: folder)
    }
}

/// A JSON value, for comparing decoded output exactly.
public enum JSONValue: Decodable, Equatable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Decodes command output.
    public static func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// The member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element at `index` of an array, or `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The elements of an array (empty for anything else).
    public var elements: [JSONValue] {
        guard case .array(let elements) = self else { return [] }
        return elements
    }

    /// The string, or `nil`.
    public var string: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The number, or `nil`.
    public var number: Double? {
        guard case .number(let value) = self else { return nil }
        return value
    }

    /// The Boolean, or `nil`.
    public var bool: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }
}
