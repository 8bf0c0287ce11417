import Foundation

/// Checks a stream of pairs in batches on other threads while the caller reads on, and hands
/// the results back in the order the pairs came.
///
/// The caller ``add(_:)``s pairs as it reads them; every ``Verifier/streamBatchSize`` pairs the
/// batch is checked in the background (``Verifier/check(_:)-([TranslationPair])``, across the
/// cores), and the batch before it is waited for and returned. ``finish()`` returns what is
/// left. At most two batches are held, so memory stays flat. Results are exactly those of
/// checking each pair with ``Verifier/check(_:)-(TranslationPair)`` in order.
///
/// Not for use from several threads: one reader owns it.
final class VerificationPipeline {
    /// One checked pair.
    typealias Checked = (pair: TranslationPair, diagnostics: [Diagnostic], ignored: [Diagnostic])

    private let verifier: Verifier
    private let batchSize: Int
    private var pending: [TranslationPair] = []
    private var inFlight: (pairs: [TranslationPair], results: ResultBox, group: DispatchGroup)?

    /// The results of one batch, written by the background task before its group leaves.
    private final class ResultBox: @unchecked Sendable {
        var results: [(diagnostics: [Diagnostic], ignored: [Diagnostic])] = []
    }

    init(verifier: Verifier, batchSize: Int = Verifier.streamBatchSize) {
        self.verifier = verifier
        self.batchSize = max(1, batchSize)
    }

    /// Adds a pair; returns the pairs of an earlier batch once they are checked (often none).
    func add(_ pair: TranslationPair) -> [Checked] {
        pending.append(pair)
        guard pending.count >= batchSize else { return [] }
        let done = collect()
        start()
        return done
    }

    /// Checks what is left and returns every result not yet returned, in order.
    func finish() -> [Checked] {
        var done = collect()
        if !pending.isEmpty {
            start()
            done += collect()
        }
        return done
    }

    /// Starts checking the pending pairs in the background.
    private func start() {
        let pairs = pending
        pending = []
        let box = ResultBox()
        let group = DispatchGroup()
        let verifier = verifier
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            box.results = verifier.check(pairs)
        }
        inFlight = (pairs, box, group)
    }

    /// Waits for the batch in flight and returns its results.
    private func collect() -> [Checked] {
        guard let batch = inFlight else { return [] }
        inFlight = nil
        batch.group.wait()
        return zip(batch.pairs, batch.results.results).map { ($0, $1.diagnostics, $1.ignored) }
    }
}
