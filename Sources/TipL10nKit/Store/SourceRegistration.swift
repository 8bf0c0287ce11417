import Foundation

/// What ``TranslationStore/register(units:cableID:at:)`` changed: unit IDs by outcome, each
/// list in registration order (retired units in their previous order).
///
/// A unit that comes back from retirement with a different source is in both ``restored``
/// and ``changed``; every other unit is in exactly one list.
public struct SourceRegistration: Sendable, Equatable {
    /// Units registered for the first time.
    public var added: [String]
    /// Units whose source hash changed (their translations were re-checked for staleness).
    public var changed: [String]
    /// Units that were retired and are exported again.
    public var restored: [String]
    /// Units no longer exported, now retired.
    public var retired: [String]
    /// Units registered before, current, with the same source (position and structure may be refreshed).
    public var unchanged: [String]

    /// Creates a summary.
    public init(
        added: [String] = [], changed: [String] = [], restored: [String] = [], retired: [String] = [],
        unchanged: [String] = []
    ) {
        self.added = added
        self.changed = changed
        self.restored = restored
        self.retired = retired
        self.unchanged = unchanged
    }
}
