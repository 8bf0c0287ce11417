import Foundation

/// The embargo set by a rollout cable (paragraphs 2–5): the moments before which the narrative
/// may not go to the host government or to the public, as absolute instants for one post.
///
/// In 09STATE61188: host government "no earlier than 1200 noon local time Monday June 15 for
/// WHA, AF, EUR, and NEA countries and OOB local time Tuesday June 16 for SCA and EAP posts";
/// public "should not/not precede the Secretary's release at 10:00 am EDT on June 16". For
/// Pristina (EUR, `Europe/Belgrade`, CEST = UTC+2): host government 2009-06-15T10:00:00Z,
/// public 2009-06-16T14:00:00Z. Opening of business (OOB) is taken as 08:00 local time.
/// Read with ``read(from:post:)``; checked with ``check(_:at:)``.
public struct Embargo: Sendable, Equatable {
    /// Who the text goes to.
    public enum Audience: String, Sendable, CaseIterable {
        /// Public release: the Mission web page, local media.
        case publicRelease = "public"
        /// The host government (the demarche of paragraph 5).
        case hostGovernment = "host-government"
    }

    /// The post whose bureau and time zone set the host-government moment.
    public var post: RequestingPost
    /// The host government may have the text from this instant.
    public var hostGovernment: Date
    /// The public may have the text from this instant.
    public var publicRelease: Date
    /// A local press statement drawing on the press guidance may go out from this instant (the
    /// cable's action request, 09STATE61188 para 7: "on or after 10:30 am EDT June 16"); `nil`
    /// when the cable names no such moment. The press guidance goes on a public page only then.
    public var pressStatement: Date?

    /// Local hour taken for "opening of business" (OOB): 08:00.
    public static let openingOfBusinessHour = 8
    /// Washington's time zone: the cable's `EDT`.
    public static let washington = TimeZone(identifier: "America/New_York") ?? .gmt

    /// Creates an embargo from known instants.
    public init(post: RequestingPost, hostGovernment: Date, publicRelease: Date, pressStatement: Date? = nil) {
        self.post = post
        self.hostGovernment = hostGovernment
        self.publicRelease = publicRelease
        self.pressStatement = pressStatement
    }

    /// The instant `audience` may have the text from.
    public func moment(for audience: Audience) -> Date {
        switch audience {
        case .publicRelease: publicRelease
        case .hostGovernment: hostGovernment
        }
    }

    /// Throws ``EmbargoError`` when `now` is before the moment for `audience`; the message
    /// gives the moment in the post's local time, in Washington time and in UTC, and how far
    /// away it is.
    public func check(_ audience: Audience, at now: Date) throws {
        let moment = moment(for: audience)
        guard now < moment else { return }
        let who = audience == .publicRelease ? "the public" : "the host government"
        throw EmbargoError(
            message: "embargo: the narrative may not go to \(who) before \(describe(moment)); "
                + "it is \(Self.utcText(now)), \(Self.duration(moment.timeIntervalSince(now))) early")
    }

    /// Throws ``EmbargoError`` when `now` is before ``pressStatement``: the press guidance may
    /// not go on a public page before a local press statement may go out.
    public func checkPressGuidance(at now: Date) throws {
        guard let moment = pressStatement, now < moment else { return }
        throw EmbargoError(
            message: "embargo: the press guidance may not go to the public before \(describe(moment)), when the "
                + "cable lets a local press statement out; it is \(Self.utcText(now)), "
                + "\(Self.duration(moment.timeIntervalSince(now))) early (build without it until then)")
    }

    /// `2009-06-16 16:00 CEST in Pristina, 10:00 EDT in Washington (2009-06-16T14:00:00Z)`.
    public func describe(_ moment: Date) -> String {
        "\(Self.localText(moment, in: post.timeZone)) in \(post.displayName), "
            + "\(Self.localText(moment, in: Self.washington)) in Washington (\(Self.utcText(moment)))"
    }

    /// `2009-06-16 16:00 CEST`: date, hour and the zone's short name at that instant (CLDR's
    /// American names, else its British ones — `EDT`, `CEST` — else the offset, `GMT+5:30`).
    public static func localText(_ date: Date, in zone: TimeZone) -> String {
        var text = ""
        for locale in ["en_US", "en_GB"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.timeZone = zone
            formatter.dateFormat = "yyyy-MM-dd HH:mm zzz"
            text = formatter.string(from: date)
            if !text.contains("GMT") { break }
        }
        return text
    }

    /// `2009-06-16T14:00:00Z`.
    public static func utcText(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `1 second`, `2 days 3 hours 5 minutes`: whole days, hours, minutes and seconds, zeros left out.
    public static func duration(_ interval: TimeInterval) -> String {
        var seconds = Int(abs(interval).rounded())
        var parts: [String] = []
        for (unit, size) in [("day", 86_400), ("hour", 3_600), ("minute", 60), ("second", 1)] {
            let count = seconds / size
            seconds %= size
            if count > 0 { parts.append("\(count) \(unit)\(count == 1 ? "" : "s")") }
        }
        return parts.isEmpty ? "0 seconds" : parts.joined(separator: " ")
    }
}

/// A refusal or an unreadable embargo: `error: embargo: …`.
public struct EmbargoError: DiagnosticError, Equatable {
    /// What is wrong; lower case, no trailing period.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// `error: message` as a diagnostic (check `embargo`).
    public var diagnostic: Diagnostic {
        Diagnostic(at: .none, severity: .error, check: "embargo", message: message)
    }
}
