import Foundation

/// `inline-codes`: the target must carry the source's inline codes, matched by element,
/// position (standalone, opening, closing) and ID.
///
/// Severities: a code missing from the target, or in the target but not in the source, is an
/// error; a closing code before its opening code is an error; the same codes in another
/// order is a warning (word order may need it, but formatting can end up on the wrong words).
/// Codes are shown as `<x id="1"/>`, `<g id="2">` and `</g id="2">`.
public struct InlineCodeCheck: TranslationCheck {
    public let id = "inline-codes"
    public let needsProfile = false

    public init() {}

    /// A code as compared: its element, position and ID.
    struct Key: Hashable {
        var element: String
        var position: InlineCode.Position
        var id: String?

        init(_ code: InlineCode) {
            self.element = code.element
            self.position = code.position
            self.id = code.id
        }

        var shown: String {
            let idText = id.map { " id=\"\($0)\"" } ?? ""
            switch position {
            case .standalone: return "<\(element)\(idText)/>"
            case .opening: return "<\(element)\(idText)>"
            case .closing: return "</\(element)\(idText)>"
            }
        }
    }

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target else { return [] }
        let sourceKeys = pair.source.codes.map(Key.init)
        let targetKeys = target.codes.map(Key.init)
        let missing = Self.subtracting(targetKeys, from: sourceKeys)
        let extra = Self.subtracting(sourceKeys, from: targetKeys)
        var findings: [CheckFinding] = []
        if !missing.isEmpty {
            let list = missing.map(\.shown).joined(separator: " ")
            findings.append(
                CheckFinding(
                    .error, "inline \(missing.count == 1 ? "code" : "codes") \(list) missing from the target",
                    source: list))
        }
        if !extra.isEmpty {
            let list = extra.map(\.shown).joined(separator: " ")
            findings.append(
                CheckFinding(
                    .error, "inline \(extra.count == 1 ? "code" : "codes") \(list) in the target but not in the source",
                    target: list))
        }
        if let early = Self.firstClosingBeforeOpening(targetKeys), Self.firstClosingBeforeOpening(sourceKeys) == nil {
            findings.append(
                CheckFinding(
                    .error, "inline code \(early.shown) closes before it opens in the target", target: early.shown))
        } else if missing.isEmpty && extra.isEmpty && sourceKeys != targetKeys {
            let sourceList = sourceKeys.map(\.shown).joined(separator: " ")
            let targetList = targetKeys.map(\.shown).joined(separator: " ")
            findings.append(
                CheckFinding(
                    .warning, "inline codes reordered: source \(sourceList), target \(targetList)", source: sourceList,
                    target: targetList))
        }
        return findings
    }

    /// `keys` minus `other`, as multisets, in the order of `keys`.
    static func subtracting(_ other: [Key], from keys: [Key]) -> [Key] {
        var available: [Key: Int] = [:]
        for key in other { available[key, default: 0] += 1 }
        var result: [Key] = []
        for key in keys {
            if let count = available[key], count > 0 {
                available[key] = count - 1
            } else {
                result.append(key)
            }
        }
        return result
    }

    /// The first closing code that comes before its opening code (same element and ID).
    static func firstClosingBeforeOpening(_ keys: [Key]) -> Key? {
        var open: [Key: Int] = [:]
        for key in keys {
            switch key.position {
            case .standalone:
                continue
            case .opening:
                open[key, default: 0] += 1
            case .closing:
                var opening = key
                opening.position = .opening
                guard let count = open[opening], count > 0 else {
                    // A closing code whose opening is not among the codes at all is reported as
                    // missing or extra, not here.
                    if keys.contains(opening) { return key }
                    continue
                }
                open[opening] = count - 1
            }
        }
        return nil
    }
}
