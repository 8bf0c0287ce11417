import Foundation

extension StoreOperations {
    /// Registers the units of one export of `cableID`, in one transaction: new units are
    /// added, changed units get the new text and hash, units no longer exported are retired.
    ///
    /// Every registered unit of the cable not in `units` is retired (`retired_at = date`);
    /// use ``register(units:cableID:parts:at:)`` when the export covered only some parts.
    /// `position` is the 1-based order of a unit among the units of its part in `units`.
    /// A unit whose source hash changed has its translations' `is_stale` recomputed against
    /// the new hash (no history row: the translation itself did not change).
    ///
    /// - Parameters:
    ///   - units: the exported units, in document order; IDs must be unique.
    ///   - cableID: e.g. `09STATE61188`; not empty.
    ///   - date: the export's time (UTC, stored to the millisecond).
    /// - Returns: the unit IDs by outcome.
    /// - Throws: ``StoreError`` (`cannot register the units of CABLE: unit ID is listed twice`,
    ///   a SQLite constraint message); the store is unchanged when it throws.
    @discardableResult
    public func register(units: [TranslationUnit], cableID: String, at date: Date) throws -> SourceRegistration {
        try register(units: units, cableID: cableID, scope: nil, at: date)
    }

    /// Registers the units of an export that covered only `parts` of `cableID`: like
    /// ``register(units:cableID:at:)``, but only units of those parts are retired when absent.
    ///
    /// - Throws: ``StoreError`` also when a unit's part is not in `parts`.
    @discardableResult
    public func register(
        units: [TranslationUnit], cableID: String, parts: Set<SourcePart>, at date: Date
    ) throws -> SourceRegistration {
        try register(units: units, cableID: cableID, scope: parts, at: date)
    }

    private func register(
        units: [TranslationUnit], cableID: String, scope: Set<SourcePart>?, at date: Date
    ) throws -> SourceRegistration {
        let action = "cannot register the units of \(cableID.isEmpty ? "a cable" : cableID)"
        guard !cableID.isEmpty else { throw StoreError(path: path, message: "\(action): the cable ID is empty") }
        var seen = Set<String>()
        for unit in units {
            guard seen.insert(unit.id).inserted else {
                throw StoreError(path: path, message: "\(action): unit \(unit.id) is listed twice")
            }
            if let scope, !scope.contains(unit.part) {
                let names = scope.map(\.rawValue).sorted().joined(separator: ", ")
                throw StoreError(
                    path: path,
                    message: "\(action): unit \(unit.id) is in part \(unit.part.rawValue), outside the parts "
                        + "being registered (\(names))")
            }
        }
        let dateText = StoreDate.text(from: date)
        return try write(action) { transaction in
            try transaction.checkOwnership(ofCable: cableID, action: action)
            var existing: [String: (hash: String, isRetired: Bool, part: String)] = [:]
            var existingOrder: [String] = []
            let rows = try transaction.rows(
                """
                SELECT unit_id, part, source_hash, retired_at FROM source_unit WHERE cable_id = $1
                ORDER BY cable_paragraph, position, unit_id
                """, [cableID])
            for row in rows {
                let unitID = try row.string("unit_id")
                existing[unitID] = (
                    try row.string("source_hash"), try row.optionalString("retired_at") != nil, try row.string("part")
                )
                existingOrder.append(unitID)
            }

            var summary = SourceRegistration()
            var positions: [SourcePart: Int] = [:]
            for unit in units {
                let position = (positions[unit.part] ?? 0) + 1
                positions[unit.part] = position
                guard let old = existing[unit.id] else {
                    try transaction.execute(
                        """
                        INSERT INTO source_unit (cable_id, unit_id, part, section_id, block_id, kind, segment,
                            cable_paragraph, position, source_text, source_hash, registered_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                        """,
                        [
                            cableID, unit.id, unit.part.rawValue, unit.sectionID, unit.blockID, unit.kind.rawValue,
                            unit.segment, unit.cableParagraph, position, unit.source, unit.sourceHash, dateText,
                        ])
                    summary.added.append(unit.id)
                    continue
                }
                let isChanged = old.hash != unit.sourceHash
                try transaction.execute(
                    """
                    UPDATE source_unit SET part = $1, section_id = $2, block_id = $3, kind = $4, segment = $5,
                        cable_paragraph = $6, position = $7, source_text = $8, source_hash = $9,
                        source_changed_at = coalesce($10, source_changed_at), retired_at = NULL
                    WHERE cable_id = $11 AND unit_id = $12
                    """,
                    [
                        unit.part.rawValue, unit.sectionID, unit.blockID, unit.kind.rawValue, unit.segment,
                        unit.cableParagraph, position, unit.source, unit.sourceHash, isChanged ? dateText : nil,
                        cableID, unit.id,
                    ])
                if isChanged {
                    try transaction.execute(
                        """
                        UPDATE "translation" SET is_stale = CASE WHEN source_hash <> $1 THEN 1 ELSE 0 END
                        WHERE cable_id = $2 AND unit_id = $3
                        """, [unit.sourceHash, cableID, unit.id])
                    summary.changed.append(unit.id)
                }
                if old.isRetired { summary.restored.append(unit.id) }
                if !isChanged && !old.isRetired { summary.unchanged.append(unit.id) }
            }

            for unitID in existingOrder where !seen.contains(unitID) {
                guard let old = existing[unitID], !old.isRetired else { continue }
                if let scope {
                    guard let part = SourcePart(rawValue: old.part), scope.contains(part) else { continue }
                }
                try transaction.execute(
                    "UPDATE source_unit SET retired_at = $1 WHERE cable_id = $2 AND unit_id = $3",
                    [dateText, cableID, unitID])
                summary.retired.append(unitID)
            }
            return summary
        }
    }

    /// The current (not retired) source units of `cableID`, by cable paragraph then position;
    /// with `includingRetired`, retired units too (in their last order).
    ///
    /// - Returns: an empty array for a cable never registered.
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func sourceUnits(cableID: String, includingRetired: Bool = false) throws -> [StoredSourceUnit] {
        try read("cannot read the source units of \(cableID)") { transaction in
            try transaction.rows(
                """
                SELECT * FROM source_unit WHERE cable_id = $1 \(includingRetired ? "" : "AND retired_at IS NULL")
                ORDER BY cable_paragraph, position, unit_id
                """, [cableID]
            ).map(sourceUnit(from:))
        }
    }

    /// One registered source unit, current or retired, or `nil` if never registered.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func sourceUnit(cableID: String, unitID: String) throws -> StoredSourceUnit? {
        try read("cannot read the source unit \(unitID) of \(cableID)") { transaction in
            try transaction.row("SELECT * FROM source_unit WHERE cable_id = $1 AND unit_id = $2", [cableID, unitID])
                .map(sourceUnit(from:))
        }
    }

    /// The cable IDs with registered units, sorted.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func knownCableIDs() throws -> [String] {
        try read("cannot read the cable IDs") { transaction in
            try transaction.strings("SELECT DISTINCT cable_id FROM source_unit ORDER BY cable_id")
        }
    }

    /// The post that registered `cableID` in a shared store (`PRISTINA`), `""` when the cable
    /// was registered in a SQLite file or by the administrator, `nil` for a cable never registered.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read.
    public func cableOwner(cableID: String) throws -> String? {
        try read("cannot read the source units of \(cableID)") { transaction in
            try transaction.row("SELECT post FROM source_unit WHERE cable_id = $1 LIMIT 1", [cableID])?.string("post")
        }
    }

    private func sourceUnit(from row: StoreRow) throws -> StoredSourceUnit {
        let unitID = try row.string("unit_id")
        let partText = try row.string("part")
        guard let part = SourcePart(rawValue: partText) else {
            throw StoreError.unreadable(path: path, "unit \(unitID) has the unknown part '\(partText)'")
        }
        let kindText = try row.string("kind")
        guard let kind = SourceBlock.Kind(rawValue: kindText) else {
            throw StoreError.unreadable(path: path, "unit \(unitID) has the unknown kind '\(kindText)'")
        }
        return StoredSourceUnit(
            cableID: try row.string("cable_id"), unitID: unitID, part: part, sectionID: try row.string("section_id"),
            blockID: try row.string("block_id"), kind: kind, segment: try row.int("segment"),
            cableParagraph: try row.int("cable_paragraph"), position: try row.int("position"),
            sourceText: try row.string("source_text"), sourceHash: try row.string("source_hash"),
            registeredAt: try date(row, "registered_at"),
            sourceChangedAt: try optionalDate(row, "source_changed_at"),
            retiredAt: try optionalDate(row, "retired_at"))
    }

    /// The date in `column` (ISO 8601 text).
    func date(_ row: StoreRow, _ column: String) throws -> Date {
        let text = try row.string(column)
        guard let date = StoreDate.date(from: text) else {
            throw StoreError.unreadable(path: path, "\(column) holds '\(text)', not an ISO 8601 date")
        }
        return date
    }

    /// The date in `column`, or `nil` when it is NULL.
    func optionalDate(_ row: StoreRow, _ column: String) throws -> Date? {
        guard try row.optionalString(column) != nil else { return nil }
        return try date(row, column)
    }
}

extension StoreTransaction {
    /// Refuses a write to `cableID`'s units or translations by a role that may not make it:
    /// an EX office (posts export and import), or a post other than the one that registered
    /// the cable in a shared store. The database refuses such writes too (row-level security);
    /// this says so in one line before anything is tried.
    func checkOwnership(ofCable cableID: String, action: String) throws {
        switch store.identity {
        case .localFile, .administrator:
            return
        case .executiveOffice:
            throw StoreError(
                path: path,
                message: "\(action): refused to \(store.identity): only posts export and import translations",
                sqlState: "42501")
        case .post(_, let post, _):
            guard let owner = try cableOwner(cableID: cableID), owner != post else { return }
            let whose = owner.isEmpty ? "the store administrator's" : "\(owner)'s"
            throw StoreError(
                path: path,
                message: "\(action): refused to \(store.identity): the cable \(cableID) is \(whose); "
                    + "a post exports and imports only its own cables", sqlState: "42501")
        }
    }
}
