extension HolidayRules {
    /// The bank holidays of England and Wales.
    static func englandAndWales(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1, observed: .monday)
        y.add("Good Friday", y.easter(-2))
        y.add("Easter Monday", y.easter(1))
        y.add("May Day", y.nth(1, .monday, of: 5))
        y.add("Spring Bank Holiday", y.nth(-1, .monday, of: 5))
        y.add("Late Summer Bank Holiday", y.nth(-1, .monday, of: 8))
        y.add("Christmas Day", 12, 25, observed: .mondayOrTuesday)
        y.add("Boxing Day", 12, 26, observed: .mondayOrTuesday)
    }

    /// Ireland's public holidays.
    static func ireland(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1)
        let february1 = y.fixed(2, 1)
        y.add(
            "Saint Brigid's Day", february1.isoWeekday == Weekday.friday.rawValue ? february1 : y.nth(1, .monday, of: 2)
        )
        y.add("Saint Patrick's Day", 3, 17)
        y.add("Easter Monday", y.easter(1))
        y.add("May Bank Holiday", y.nth(1, .monday, of: 5))
        y.add("June Bank Holiday", y.nth(1, .monday, of: 6))
        y.add("August Bank Holiday", y.nth(1, .monday, of: 8))
        y.add("October Bank Holiday", y.nth(-1, .monday, of: 10))
        y.add("Christmas Day", 12, 25)
        y.add("Saint Stephen's Day", 12, 26)
    }
}
