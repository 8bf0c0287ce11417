import Foundation
import TipL10nXML

extension XLIFFReader {
    /// Reads one `<unit>`: one ``XLIFFReadUnit`` per `<segment>` (`<ignorable>`s hold no
    /// translatable text and are skipped).
    static func readUnit2(
        _ unit: XMLTree.Element, inheritedTranslatable: Bool, context: XLIFFReadContext
    ) throws -> [XLIFFReadUnit] {
        let namespace = context.namespace
        guard let unitID = unit.attribute("id") else {
            throw context.structureError(line: unit.line, "<unit> has no id attribute")
        }
        let segments = unit.children(named: "segment", namespaceURI: namespace)
        guard !segments.isEmpty else {
            throw context.structureError(
                line: unit.line, "<unit id=\"\(unitID)\"> has no <segment>: XLIFF 2 requires at least one")
        }
        let data = originalData(of: unit, context: context)
        let isTranslatable = XLIFFReader.isTranslatable(unit, inherited: inheritedTranslatable)
        let notes = unit.children(named: "notes", namespaceURI: namespace)
            .flatMap { $0.children(named: "note", namespaceURI: namespace) }
            .map(verbatimText)

        var units: [XLIFFReadUnit] = []
        for (index, segment) in segments.enumerated() {
            let segmentID = segment.attribute("id")
            let id = segmentID ?? (segments.count == 1 ? unitID : "\(unitID)#\(index + 1)")
            guard let sourceElement = segment.firstChild(named: "source", namespaceURI: namespace) else {
                throw context.structureError(
                    line: segment.line, "<segment> \(index + 1) of unit '\(unitID)' has no <source>")
            }
            let targetElement = segment.firstChild(named: "target", namespaceURI: namespace)
            let source = inline2(sourceElement, data: data, context: context)
            let target = targetElement.map { inline2($0, data: data, context: context) }
            let rawState = segment.attribute("state")
            units.append(
                XLIFFReadUnit(
                    id: id, unitID: unitID, segmentID: segmentID, line: segment.line, isTranslatable: isTranslatable,
                    source: source, target: effectiveTarget(target, source: source),
                    targetLanguage: targetElement?.attribute("lang", namespaceURI: XMLTree.xmlNamespace),
                    state: rawState.flatMap { state(xliff2: $0) }, rawState: rawState,
                    stateQualifier: segment.attribute("subState"), notes: notes))
        }
        attachMatches(unit, segments: segments, data: data, to: &units, context: context)
        return units
    }

    /// The `<originalData>` of a unit or match: `<data id>` → text.
    private static func originalData(of element: XMLTree.Element, context: XLIFFReadContext) -> [String: String] {
        var data: [String: String] = [:]
        for container in element.children(named: "originalData", namespaceURI: context.namespace) {
            for item in container.children(named: "data", namespaceURI: context.namespace) {
                guard let id = item.attribute("id") else { continue }
                data[id] = dataText(item)
            }
        }
        return data
    }

    /// Adds the matches module's proposals (`<mtc:matches><mtc:match>`) to the segment whose
    /// source or target holds the element named by `ref` (`#m1`, `#t=m2`), or to the only
    /// segment; one that names no segment of a multi-segment unit is reported and left out.
    private static func attachMatches(
        _ unit: XMLTree.Element, segments: [XMLTree.Element], data unitData: [String: String],
        to units: inout [XLIFFReadUnit], context: XLIFFReadContext
    ) {
        let matches = unit.children(named: "matches", namespaceURI: matchesNamespace)
            .flatMap { $0.children(named: "match", namespaceURI: matchesNamespace) }
        for match in matches {
            let data = originalData(of: match, context: context).merging(unitData) { own, _ in own }
            guard let targetElement = match.firstChild(named: "target", namespaceURI: context.namespace) else {
                context.warn(line: match.line, "<mtc:match> has no <target>; ignored")
                continue
            }
            let suggestion = XLIFFSuggestion(
                source: match.firstChild(named: "source", namespaceURI: context.namespace).map {
                    inline2($0, data: data, context: context)
                },
                target: inline2(targetElement, data: data, context: context), origin: match.attribute("origin"),
                score: percent(match.attribute("matchQuality")))
            if units.count == 1 {
                units[0].suggestions.append(suggestion)
                continue
            }
            let reference = match.attribute("ref").map(fragmentID) ?? ""
            let index = segments.firstIndex { segment in
                segment.attribute("id") == reference || contains(id: reference, in: segment)
            }
            if let index, !reference.isEmpty {
                units[index].suggestions.append(suggestion)
            } else {
                context.warn(line: match.line, "<mtc:match> ref '\(reference)' names no segment of the unit; ignored")
            }
        }
    }

    /// The element ID in a 2.x fragment reference: `#m1` → `m1`, `#t=m2` → `m2`,
    /// `#/f=f1/u=1/m1` → `m1`.
    private static func fragmentID(_ reference: String) -> String {
        var text = Substring(reference)
        if text.hasPrefix("#") { text = text.dropFirst() }
        if let slash = text.lastIndex(of: "/") { text = text[text.index(after: slash)...] }
        if text.hasPrefix("t=") { text = text.dropFirst(2) }
        return String(text)
    }

    /// True when an element at or below `element` has this `id`.
    private static func contains(id: String, in element: XMLTree.Element) -> Bool {
        element.childElements.contains { $0.attribute("id") == id || contains(id: id, in: $0) }
    }
}
