extension HolidayRules {
    /// Federal holidays; one on a Saturday is observed the Friday before, on a Sunday the Monday after.
    static func unitedStates(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1, observed: .fridayOrMonday)
        y.add("Martin Luther King Jr. Day", y.nth(3, .monday, of: 1))
        y.add("Washington's Birthday", y.nth(3, .monday, of: 2))
        y.add("Memorial Day", y.nth(-1, .monday, of: 5))
        if y.year >= 2021 {
            y.add("Juneteenth National Independence Day", 6, 19, observed: .fridayOrMonday)
        }
        y.add("Independence Day", 7, 4, observed: .fridayOrMonday)
        y.add("Labor Day", y.nth(1, .monday, of: 9))
        y.add("Columbus Day", y.nth(2, .monday, of: 10))
        y.add("Veterans Day", 11, 11, observed: .fridayOrMonday)
        y.add("Thanksgiving Day", y.nth(4, .thursday, of: 11))
        y.add("Christmas Day", 12, 25, observed: .fridayOrMonday)
    }

    /// The statutory holidays of every province.
    static func canada(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1, observed: .monday)
        y.add("Good Friday", y.easter(-2))
        y.add("Canada Day", 7, 1)
        y.add("Labor Day", y.nth(1, .monday, of: 9))
        y.add("Christmas Day", 12, 25, observed: .monday)
    }
}
