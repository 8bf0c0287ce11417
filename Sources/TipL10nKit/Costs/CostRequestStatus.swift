import Foundation

/// Where a cost request stands: draft → submitted → approved → paid, or rejected / cancelled
/// on the way. ``paid``, ``rejected`` and ``cancelled`` are final.
public enum CostRequestStatus: String, Sendable, Codable, CaseIterable {
    case draft, submitted, approved, paid, rejected, cancelled

    /// Draft, submitted or approved: money may still be asked for, granted or paid.
    public var isOpen: Bool { self == .draft || self == .submitted || self == .approved }

    /// `a draft`, `submitted`, … as in "it is a draft" / "it is paid".
    var phrase: String { self == .draft ? "a draft" : rawValue }

    /// The status named `text` (any case); `nil` otherwise.
    public init?(argument text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// What can be done to a cost request after it is recorded, and the status it leads to.
///
/// | action | from | to | amount |
/// |---|---|---|---|
/// | submit | draft | submitted | – |
/// | approve | submitted | approved | approved amount (default: the requested total; may differ) |
/// | reject | submitted | rejected | – |
/// | pay | approved | approved, or paid once the payments reach the approved amount | the amount paid (default: what is outstanding; not more) |
/// | cancel | draft, submitted, approved (nothing paid) | cancelled | – |
public enum CostAction: String, Sendable, Codable, CaseIterable {
    /// Recording the request (`cost request`): no status → draft. Not an action on a recorded request.
    case request
    case submit, approve, reject, pay, cancel

    /// The status the action leads to (a partial payment leaves the request ``CostRequestStatus/approved``).
    public var resultingStatus: CostRequestStatus {
        switch self {
        case .request: .draft
        case .submit: .submitted
        case .approve: .approved
        case .reject: .rejected
        case .pay: .paid
        case .cancel: .cancelled
        }
    }

    /// The statuses the action may start from (empty for ``request``).
    public var allowedFrom: [CostRequestStatus] {
        switch self {
        case .request: []
        case .submit: [.draft]
        case .approve, .reject: [.submitted]
        case .pay: [.approved]
        case .cancel: [.draft, .submitted, .approved]
        }
    }

    /// True for the actions that carry an amount: approve and pay.
    public var takesAmount: Bool { self == .approve || self == .pay }

    /// `submitted`, `approved`, … for "only a draft can be submitted".
    var pastParticiple: String {
        switch self {
        case .request: "requested"
        case .submit: "submitted"
        case .approve: "approved"
        case .reject: "rejected"
        case .pay: "paid"
        case .cancel: "cancelled"
        }
    }

    /// `a draft`, `a submitted request`, `an approved request`, `a draft, submitted or approved request`.
    var allowedPhrase: String {
        switch self {
        case .request: "a new request"
        case .submit: "a draft"
        case .approve, .reject: "a submitted request"
        case .pay: "an approved request"
        case .cancel: "a draft, submitted or approved request"
        }
    }

    /// The refusal when the request is `status`:
    /// `it is submitted; only an approved request can be paid`.
    func refusal(from status: CostRequestStatus) -> String {
        "it is \(status.phrase); only \(allowedPhrase) can be \(pastParticiple)"
    }
}
