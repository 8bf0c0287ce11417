import Foundation

/// Checks a stream of pairs in batches on other threads while the caller reads on, and hands
/// the results back in the order the pairs came.
///
/// The caller ``add(_:)``s pairs as it reads them; every ``Verifier/streamBatchSize`` pairs the
/// batch is checked in the background, and the batch before it is waited for and returned.
/// ``finish()`` returns what is left. At most two batches are held, so memory stays flat.
/// Results are exactly those of checking each pair with ``Verifier/check(_:)-(TranslationPair)``
/// in order.
///
/// A batch is checked in slices of ``Verifier/pairsPerWorker`` pairs, handed out one at a time
/// to one background worker fewer than the machine has cores, and to the caller whenever it
/// waits for the batch. So a caller with work of its own (an import writing to its store) keeps
/// a core for it, and a caller that reads faster than the checks (verify) checks too instead of
/// waiting.
///
/// Not for use from several threads: one reader owns it.
final class VerificationPipeline {
    /// One checked pair.
    typealias Checked = (pair: TranslationPair, diagnostics: [Diagnostic], ignored: [Diagnostic])

    private let verifier: Verifier
    private let batchSize: Int
    private let backgroundWorkers: Int
    private var pending: [TranslationPair] = []
    private var inFlight: VerificationBatch?

    init(
        verifier: Verifier, batchSize: Int = Verifier.streamBatchSize,
        backgroundWorkers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    ) {
        self.verifier = verifier
        self.batchSize = max(1, batchSize)
        self.backgroundWorkers = max(1, backgroundWorkers)
    }

    /// Adds a pair; returns the pairs of an earlier batch once they are checked (often none).
    func add(_ pair: TranslationPair) -> [Checked] {
        pending.append(pair)
        guard pending.count >= batchSize else { return [] }
        let done = collect()
        start()
        return done
    }

    /// Checks what is left and returns every pair not yet returned, in order.
    func finish() -> [Checked] {
        var done = collect()
        if !pending.isEmpty {
            start()
            done += collect()
        }
        return done
    }

    private func start() {
        let batch = VerificationBatch(pairs: pending, verifier: verifier)
        pending = []
        batch.start(backgroundWorkers: backgroundWorkers)
        inFlight = batch
    }

    /// Helps check the batch in flight, waits for the slices others took, returns its results.
    private func collect() -> [Checked] {
        guard let batch = inFlight else { return [] }
        inFlight = nil
        return zip(batch.pairs, batch.finish()).map { ($0, $1.diagnostics, $1.ignored) }
    }
}

/// One batch of pairs being checked: a result slot per pair, and slices of
/// ``Verifier/pairsPerWorker`` pairs handed out one at a time to the background workers
/// ``start(backgroundWorkers:)`` sends and to the thread that calls ``finish()``.
final class VerificationBatch: @unchecked Sendable {
    let pairs: [TranslationPair]
    let verifier: Verifier
    private let group = DispatchGroup()
    /// Each slot is written by the one thread that took its slice, read after `group` is done.
    private let results: UnsafeMutableBufferPointer<(diagnostics: [Diagnostic], ignored: [Diagnostic])>
    private let lock = NSLock()
    private var nextStart = 0

    init(pairs: [TranslationPair], verifier: Verifier) {
        self.pairs = pairs
        self.verifier = verifier
        results = .allocate(capacity: pairs.count)
        results.initialize(repeating: ([], []))
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    /// Sends `backgroundWorkers` threads to check slices until none is left.
    func start(backgroundWorkers: Int) {
        for _ in 0..<backgroundWorkers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { self.work() }
        }
    }

    /// Checks slices on this thread until none is left, waits for the others, and returns one
    /// result per pair, at the pair's index.
    func finish() -> [(diagnostics: [Diagnostic], ignored: [Diagnostic])] {
        work()
        group.wait()
        return Array(results)
    }

    private func work() {
        while let slice = take() {
            for index in slice { results[index] = verifier.check(pairs[index]) }
        }
    }

    private func take() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard nextStart < pairs.count else { return nil }
        let slice = nextStart..<min(pairs.count, nextStart + Verifier.pairsPerWorker)
        nextStart = slice.upperBound
        return slice
    }
}
