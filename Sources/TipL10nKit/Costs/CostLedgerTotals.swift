import Foundation

/// The totals of some cost requests in one currency, counting only live money.
///
/// - requested: the requested totals of drafts, submitted, approved and paid requests;
/// - approved: the approved amounts of approved and paid requests;
/// - paid: the payments on approved and paid requests (a request may be paid in instalments);
/// - outstanding: approved − paid, over approved and paid requests: what the EX office still owes.
///
/// Cancelled and rejected requests add nothing; they are only counted (``notCounted``).
public struct CostLedgerTotals: Sendable, Equatable, Encodable {
    /// ISO 4217 code.
    public var currency: String
    /// How many requests in this currency.
    public var requests: Int
    /// How many of them are cancelled or rejected (not counted in the amounts).
    public var notCounted: Int
    /// Σ requested of drafts, submitted, approved and paid requests.
    public var requested: Money
    /// Σ approved of approved and paid requests.
    public var approved: Money
    /// Σ payments on approved and paid requests.
    public var paid: Money
    /// Σ (approved − paid) of approved and paid requests.
    public var outstanding: Money

    /// The totals per currency of `requests`, by currency code.
    public static func make(_ requests: [CostRequest]) -> [CostLedgerTotals] {
        Set(requests.map(\.currency)).sorted().map { currency in
            let mine = requests.filter { $0.currency == currency }
            let live = mine.filter { $0.status != .cancelled && $0.status != .rejected }
            func sum(_ requests: [CostRequest], _ amount: (CostRequest) -> Money?) -> Money {
                Money(requests.compactMap(amount).reduce(Decimal(0)) { $0 + $1.amount }, currency: currency)
            }
            let granted = live.filter { $0.status == .approved || $0.status == .paid }
            return CostLedgerTotals(
                currency: currency, requests: mine.count, notCounted: mine.count - live.count,
                requested: sum(live) { $0.requested }, approved: sum(granted) { $0.approved },
                paid: sum(granted) { $0.paid }, outstanding: sum(granted) { $0.outstanding })
        }
    }
}
