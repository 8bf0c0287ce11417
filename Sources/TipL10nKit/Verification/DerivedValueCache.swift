import Foundation

/// Values worked out once from a profile's content (its glossary, its allowed tokens) and
/// used for every unit, instead of being worked out again per unit.
///
/// Looked up by equality, newest first: the pairs of one file share the profile's arrays, so
/// the comparison is a buffer-identity check. At most ``capacity`` keys are kept (a run
/// meets one profile per locale); the oldest goes first. Safe from several threads.
final class DerivedValueCache<Key: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// The most keys kept.
    let capacity: Int
    // Guarded by `lock`; newest last.
    private var entries: [(key: Key, value: Value)] = []
    private let lock = NSLock()

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// The value for `key`, made by `make` the first time (outside the lock).
    func value(for key: Key, make: (Key) -> Value) -> Value {
        lock.lock()
        if let found = entries.last(where: { $0.key == key }) {
            lock.unlock()
            return found.value
        }
        lock.unlock()
        let value = make(key)
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeFirst() }
        entries.append((key, value))
        return value
    }
}
