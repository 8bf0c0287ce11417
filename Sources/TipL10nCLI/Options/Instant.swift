import ArgumentParser
import Foundation

/// `--now`: an ISO 8601 date and time with a zone designator, read strictly: the day must
/// exist in its month (no rolling 1999-02-30 over to March 2), the time must be a real one,
/// the year within 1000–9999, and a zone is required (a moment without one means different
/// moments at the post and in Washington). The one `--now` parser: a bad value is a usage
/// error (exit 64) with the reason.
enum Instant {
    /// The moment `argument` names.
    /// - Throws: ``Problem`` naming what is wrong; ArgumentParser prints it after the value.
    static func parse(_ argument: String) throws -> Date {
        let pattern = #/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/#
        guard let match = argument.wholeMatch(of: pattern), let year = Int(match.1), let month = Int(match.2),
            let day = Int(match.3), let hour = Int(match.4), let minute = Int(match.5)
        else {
            throw Problem("'\(argument)' is not an ISO 8601 moment such as 2009-06-16T14:00:00Z")
        }
        guard let zone = match.7.map(String.init) else {
            throw Problem(
                "'\(argument)' has no time zone: add one, e.g. \(argument)Z (UTC) or \(argument)+02:00 (the post's)")
        }
        let second = match.6.flatMap { Int($0) } ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let digits = zone.filter(\.isNumber)
        let zoneMinutes = zone == "Z" ? 0 : (Int(digits.prefix(2)) ?? 99) * 60 + (Int(digits.suffix(2)) ?? 99)
        let daysInMonth =
            (1...12).contains(month)
            ? calendar.date(from: DateComponents(year: year, month: month, day: 1)).flatMap {
                calendar.range(of: .day, in: .month, for: $0)
            } : nil
        guard (1000...9999).contains(year) else {
            throw Problem("'\(argument)': the year \(match.1) is outside 1000–9999")
        }
        guard daysInMonth?.contains(day) == true else {
            throw Problem("'\(argument)': there is no day \(match.1)-\(match.2)-\(match.3)")
        }
        guard hour <= 23, minute <= 59, second <= 59 else {
            throw Problem("'\(argument)': \(match.4):\(match.5) is not a time of day (00:00 to 23:59:59)")
        }
        guard zoneMinutes <= 14 * 60 else {
            throw Problem("'\(argument)': the zone \(zone) is more than 14 hours from UTC")
        }
        let sign = zone.hasPrefix("-") ? -1 : 1
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let utc = calendar.date(from: components) else {
            throw Problem("'\(argument)' is not an ISO 8601 moment such as 2009-06-16T14:00:00Z")
        }
        return utc.addingTimeInterval(TimeInterval(-sign * zoneMinutes * 60))
    }

    /// Why a value is not a moment.
    struct Problem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
