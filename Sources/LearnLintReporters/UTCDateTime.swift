import FoundationEssentials

/// A moment's date and time of day in UTC, for the reports that print one (JUnit's timestamp, the
/// coverage page's "generated" line).
///
/// Computed from the seconds since 1970 (Howard Hinnant's `civil_from_days`), not with `Calendar`:
/// without ICU `TimeZone(identifier: "UTC")` is nil, and the fallback zone would then decide the date.
struct UTCDateTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init(_ date: Date) {
        // Clamped far beyond any real report date, so the arithmetic below cannot overflow.
        let limit = Double(1 << 50)
        let interval = date.timeIntervalSince1970
        let seconds = interval.isNaN ? 0 : Int(min(max(interval, -limit), limit).rounded(.down))
        let days = Self.floorDivide(seconds, 86_400)
        let time = seconds - days * 86_400
        hour = time / 3600
        minute = time % 3600 / 60
        second = time % 60
        let shifted = days + 719_468  // days since 0000-03-01
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
