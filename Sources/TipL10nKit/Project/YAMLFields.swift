import Foundation
import Yams

/// Strict reading of a YAML mapping for tipl10n's own files (the project file): every key
/// must be known, every value of the expected type, and every error names the file, the
/// 1-based line and column of the offending node (as Yams counts them) and what was expected.
///
/// `context` names the mapping in messages: `the project file`, `'post'`.
struct YAMLFields {
    let node: Node
    let path: String
    let context: String

    /// The root mapping of `text`.
    /// - Throws: ``ProjectError`` for YAML syntax errors (with Yams' line and column), an empty
    ///   document or a root that is not a mapping.
    static func root(of text: String, path: String, context: String) throws -> YAMLFields {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        }
        guard let composed else {
            throw ProjectError(path: path, line: 1, column: 1, message: "\(context) is empty")
        }
        guard composed.mapping != nil else {
            throw ProjectError(
                path: path, line: composed.mark?.line ?? 0, column: composed.mark?.column ?? 0,
                message: "\(context) must be a mapping of keys to values")
        }
        return YAMLFields(node: composed, path: path, context: context)
    }

    /// An error at `node` (or at this mapping).
    func error(at node: Node? = nil, _ message: String) -> ProjectError {
        let mark = (node ?? self.node).mark
        return ProjectError(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message)
    }

    /// Refuses keys not in `allowed`, naming the first unknown one and the allowed list.
    func requireKnownKeys(_ allowed: [String]) throws {
        for key in Array(node.mapping?.keys ?? Node.Mapping([]).keys) {
            guard let name = key.string, allowed.contains(name) else {
                throw error(
                    at: key,
                    "unknown key '\(key.string ?? "?")' in \(context): expected one of \(allowed.joined(separator: ", "))"
                )
            }
        }
    }

    /// The value node of `key`, or `nil` when absent or `null`.
    func value(_ key: String) -> Node? {
        guard let value = node.mapping?[Node(key)] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain,
            ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        {
            return nil
        }
        return value
    }

    /// `'post.name'`-style name of a key in this mapping.
    func name(of key: String) -> String {
        context.hasPrefix("'") ? "'\(context.dropFirst().dropLast()).\(key)'" : "'\(key)'"
    }

    /// A string value (a plain or quoted scalar), or `nil` when absent.
    func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            throw error(at: value, "\(name(of: key)) must be a string")
        }
        return scalar.string
    }

    /// A required string value.
    func requiredString(_ key: String, example: String) throws -> String {
        guard let text = try string(key), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(at: value(key), "missing \(name(of: key)) in \(context) (e.g. \(key): \(example))")
        }
        return text
    }

    /// A whole number, or `nil` when absent.
    func int(_ key: String) throws -> Int? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain, let number = Int(scalar.string) else {
            throw error(at: value, "\(name(of: key)) must be a whole number")
        }
        return number
    }

    /// A list of strings (a YAML sequence of scalars, or one scalar), or `nil` when absent.
    func strings(_ key: String) throws -> [(text: String, node: Node)]? {
        guard let value = value(key) else { return nil }
        if case .scalar(let scalar) = value { return [(scalar.string, value)] }
        guard let sequence = value.sequence else {
            throw error(at: value, "\(name(of: key)) must be a list of strings")
        }
        return try sequence.map { item in
            guard case .scalar(let scalar) = item else {
                throw error(at: item, "\(name(of: key)) must be a list of strings")
            }
            return (scalar.string, item)
        }
    }

    /// The nested mapping of `key`, or `nil` when absent.
    func mapping(_ key: String) throws -> YAMLFields? {
        guard let value = value(key) else { return nil }
        guard value.mapping != nil else {
            throw error(at: value, "\(name(of: key)) must be a mapping")
        }
        let nested = context.hasPrefix("'") ? "\(context.dropLast()).\(key)'" : "'\(key)'"
        return YAMLFields(node: value, path: path, context: nested)
    }

    /// A Yams syntax error as a ``ProjectError`` with its line and column.
    static func syntaxError(_ error: YamlError, path: String) -> ProjectError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ProjectError(path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ProjectError(
                path: path, line: context.mark.line, column: context.mark.column,
                message: "invalid YAML: duplicated key \(duplicates.sorted().joined(separator: ", "))")
        default:
            return ProjectError(path: path, message: "invalid YAML: \(error)")
        }
    }
}
