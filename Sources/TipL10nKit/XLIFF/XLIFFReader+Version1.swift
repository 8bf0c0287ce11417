import Foundation
import TipL10nXML

extension XLIFFReader {
    /// One piece of a trans-unit before states are applied: the whole trans-unit, or one segment.
    private struct Part {
        var id: String
        var segmentID: String?
        var line: Int
        var source: InlineContent
        var target: InlineContent?
        var suggestions: [XLIFFSuggestion] = []
    }

    /// Reads one `<trans-unit>` (1.0–1.2): one unit, or one per `<seg-source>` segment.
    /// `inheritedTranslatable` is the answer of the enclosing `<group>`s (`translate`).
    static func readTransUnit(
        _ transUnit: XMLTree.Element, inheritedTranslatable: Bool, context: XLIFFReadContext
    ) throws -> [XLIFFReadUnit] {
        let namespace = context.namespace
        guard let id = transUnit.attribute("id") else {
            throw context.structureError(line: transUnit.line, "<trans-unit> has no id attribute")
        }
        guard let sourceElement = transUnit.firstChild(named: "source", namespaceURI: namespace) else {
            throw context.structureError(line: transUnit.line, "<trans-unit id=\"\(id)\"> has no <source>")
        }
        let targetElement = transUnit.firstChild(named: "target", namespaceURI: namespace)

        var parts =
            segmentedParts(transUnit, id: id, targetElement: targetElement, context: context)
            ?? [
                Part(
                    id: id, segmentID: nil, line: transUnit.line, source: inline1(sourceElement, context: context),
                    target: targetElement.map { inline1($0, context: context) })
            ]
        attachAltTrans(transUnit, id: id, to: &parts, context: context)

        let isTranslatable = XLIFFReader.isTranslatable(transUnit, inherited: inheritedTranslatable)
        let notes = transUnit.children(named: "note", namespaceURI: namespace).map(verbatimText)
        let standardState = targetElement?.attribute("state")
        let isApproved = transUnit.attribute("approved") == "yes"
        let memoQStatus = transUnit.attribute("status", namespaceURI: memoQNamespace)
        let sdlSegments = transUnit.children(named: "seg-defs", namespaceURI: sdlNamespace)
            .flatMap { $0.children(named: "seg", namespaceURI: sdlNamespace) }

        let isSingle = parts.count == 1
        return parts.map { part in
            // Trados keeps one <sdl:seg id> per segment mid; a trans-unit read as one unit
            // also takes a lone <sdl:seg> whatever its id.
            let sdlSegment =
                sdlSegments.first { part.segmentID != nil && $0.attribute("id") == part.segmentID }
                ?? (isSingle && sdlSegments.count == 1 ? sdlSegments.first : nil)
            let tradosConfirmation = sdlSegment?.attribute("conf")
            let toolState =
                tradosConfirmation.map { "sdl:conf=\($0)" } ?? memoQStatus.map { "mq:status=\($0)" }
            return XLIFFReadUnit(
                id: part.id, unitID: id, segmentID: part.segmentID, line: part.line, isTranslatable: isTranslatable,
                source: part.source, target: effectiveTarget(part.target, source: part.source),
                targetLanguage: targetElement?.attribute("lang", namespaceURI: XMLTree.xmlNamespace),
                state: resolvedState1(
                    standard: standardState, tradosConfirmation: tradosConfirmation, memoQStatus: memoQStatus,
                    isApproved: isApproved),
                rawState: standardState ?? toolState, toolState: toolState,
                stateQualifier: targetElement?.attribute("state-qualifier"), notes: notes,
                suggestions: part.suggestions)
        }
    }

    /// The parts of a trans-unit whose `<seg-source>` holds `<mrk mtype="seg">` segments, or
    /// `nil` when it has no seg-source or no segment in it (then the trans-unit is one unit).
    ///
    /// Two or more segments give IDs `<trans-unit id>#<mid>`; one keeps the trans-unit ID.
    /// Each segment's target is the target `<mrk>` with the same `mid`. A target without
    /// segment markers is taken whole for a single segment; for several segments it cannot
    /// be split, so the trans-unit is read as one unit (from `<source>` and `<target>`) with a
    /// warning.
    private static func segmentedParts(
        _ transUnit: XMLTree.Element, id: String, targetElement: XMLTree.Element?, context: XLIFFReadContext
    ) -> [Part]? {
        guard let segSource = transUnit.firstChild(named: "seg-source", namespaceURI: context.namespace) else {
            return nil
        }
        var sourceSegments = segments(from: items1(segSource.children, segmenting: true, context: context))
        guard !sourceSegments.isEmpty else { return nil }
        for index in sourceSegments.indices where sourceSegments[index].mid == nil {
            context.warn(
                line: sourceSegments[index].line,
                "<mrk mtype=\"seg\"> in trans-unit '\(id)' has no mid; numbered \(index + 1) by position")
            sourceSegments[index].mid = String(index + 1)
        }
        var seen: Set<String> = []
        for segment in sourceSegments {
            let mid = segment.mid ?? ""
            if !seen.insert(mid).inserted {
                context.warn(line: segment.line, "trans-unit '\(id)' has two segments with mid '\(mid)'")
            }
        }

        let targetSegments =
            targetElement.map { segments(from: items1($0.children, segmenting: true, context: context)) } ?? []
        var targetByMid: [String: XLIFFReadSegment] = [:]
        for segment in targetSegments {
            guard let mid = segment.mid else {
                context.warn(line: segment.line, "target <mrk mtype=\"seg\"> in trans-unit '\(id)' has no mid; ignored")
                continue
            }
            if !seen.contains(mid) {
                context.warn(
                    line: segment.line,
                    "target segment mid '\(mid)' in trans-unit '\(id)' matches no seg-source segment; ignored")
            }
            if targetByMid[mid] == nil { targetByMid[mid] = segment }
        }

        if let targetElement, targetSegments.isEmpty {
            let wholeTarget = inline1(targetElement, context: context)
            if sourceSegments.count == 1 {
                let segment = sourceSegments[0]
                return [
                    Part(
                        id: id, segmentID: segment.mid, line: transUnit.line,
                        source: InlineContent(pieces: segment.pieces), target: wholeTarget)
                ]
            }
            if !wholeTarget.isEmpty {
                context.warn(
                    line: targetElement.line,
                    "trans-unit '\(id)' has \(sourceSegments.count) seg-source segments but its target has no "
                        + "segment markers; read as one unit")
                return nil
            }
        }

        let isSingle = sourceSegments.count == 1
        return sourceSegments.map { segment in
            let mid = segment.mid ?? ""
            return Part(
                id: isSingle ? id : "\(id)#\(mid)", segmentID: segment.mid,
                line: isSingle ? transUnit.line : segment.line, source: InlineContent(pieces: segment.pieces),
                target: targetByMid[mid].map { InlineContent(pieces: $0.pieces) })
        }
    }

    /// Adds the `<alt-trans>` proposals: to the segment named by `mid`, or to the only part;
    /// one without a usable `mid` in a segmented trans-unit is reported and left out.
    private static func attachAltTrans(
        _ transUnit: XMLTree.Element, id: String, to parts: inout [Part], context: XLIFFReadContext
    ) {
        for altTrans in transUnit.children(named: "alt-trans", namespaceURI: context.namespace) {
            guard let targetElement = altTrans.firstChild(named: "target", namespaceURI: context.namespace) else {
                context.warn(line: altTrans.line, "<alt-trans> in trans-unit '\(id)' has no <target>; ignored")
                continue
            }
            let suggestion = XLIFFSuggestion(
                source: altTrans.firstChild(named: "source", namespaceURI: context.namespace).map {
                    inline1($0, context: context)
                },
                target: inline1(targetElement, context: context), origin: altTrans.attribute("origin"),
                score: percent(altTrans.attribute("match-quality")))
            if parts.count == 1 {
                parts[0].suggestions.append(suggestion)
            } else if let mid = altTrans.attribute("mid"), let index = parts.firstIndex(where: { $0.segmentID == mid })
            {
                parts[index].suggestions.append(suggestion)
            } else {
                context.warn(
                    line: altTrans.line,
                    "<alt-trans> in segmented trans-unit '\(id)' names no segment (mid); ignored")
            }
        }
    }
}
