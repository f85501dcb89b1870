import Foundation

/// A publication date as editors write it: `2017-07-10`, `2017-07-10 09:30` or
/// `2017-07-10T09:30:00`, in the site's local time.
public struct StoryDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let hasTime: Bool

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, hasTime: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.hasTime = hasTime
    }

    /// Parses the forms above; `nil` for anything else, including impossible days (2月30日).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count) else { return nil }
        let ymd = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard ymd.count == 3, ymd[0].count == 4, (1...2).contains(ymd[1].count), (1...2).contains(ymd[2].count),
            let year = Int(ymd[0]), let month = Int(ymd[1]), let day = Int(ymd[2]),
            (1...12).contains(month), (1...StoryDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            // Drop a zone suffix: the site's own offset applies (site.yaml utc_offset).
            let time = parts[1].split(whereSeparator: { $0 == "+" || $0 == "Z" }).first.map(String.init) ?? ""
            let hms = time.split(separator: ":").map { Int($0) }
            guard (2...3).contains(hms.count), hms.allSatisfy({ $0 != nil }) else { return nil }
            hour = hms[0]!
            minute = hms[1]!
            second = hms.count == 3 ? hms[2]! : 0
            guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second, hasTime: parts.count == 2)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: StoryDate, rhs: StoryDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `2017-07-10`
    public var isoDay: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }

    /// `2017-07-10 09:30`, the form of the government-site `PubDate` meta tag.
    public var dayAndTime: String { "\(isoDay) \(Self.pad(hour)):\(Self.pad(minute))" }

    /// RFC 3339 with the site's offset, for Atom and `datetime` attributes.
    public func rfc3339(utcOffsetMinutes: Int) -> String {
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let offset = abs(utcOffsetMinutes)
        return "\(isoDay)T\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))\(sign)\(Self.pad(offset / 60)):\(Self.pad(offset % 60))"
    }

    /// `2017年7月10日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// `10 July 2017`
    public var english: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}
