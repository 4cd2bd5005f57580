extension HolidayRules {
    /// The holidays every Australian state keeps, with the weekday off every state gives for
    /// New Year's Day, Australia Day, Christmas and Boxing Day on a weekend (Boxing Day on
    /// Saturday, Dec 26, 2026 is kept on Monday, Dec 28). States add their own, and some a
    /// Monday for ANZAC Day, which is left as it falls.
    static func australia(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1, observed: .monday)
        let australiaDay = y.fixed(1, 26)
        y.add("Australia Day", australiaDay)
        // On a weekend, every state keeps Australia Day itself on the Monday after.
        if let monday = ObservedRule.monday.observedDay(for: australiaDay) { y.add("Australia Day", monday) }
        y.add("Good Friday", y.easter(-2))
        y.add("Easter Monday", y.easter(1))
        y.add("ANZAC Day", 4, 25)
        y.add("Christmas Day", 12, 25, observed: .mondayOrTuesday)
        y.add("Boxing Day", 12, 26, observed: .mondayOrTuesday)
    }

    /// New Zealand's national public holidays (not the provincial anniversary days).
    static func newZealand(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1, observed: .mondayOrTuesday)
        y.add("Day after New Year's Day", 1, 2, observed: .mondayOrTuesday)
        y.add("Waitangi Day", 2, 6, observed: .monday)
        y.add("Good Friday", y.easter(-2))
        y.add("Easter Monday", y.easter(1))
        y.add("Anzac Day", 4, 25, observed: .monday)
        y.add("King's Birthday", y.nth(1, .monday, of: 6))
        if let matariki = matariki[y.year] {
            y.add("Matariki", y.fixed(matariki.month, matariki.day))
        }
        y.add("Labour Day", y.nth(4, .monday, of: 10))
        y.add("Christmas Day", 12, 25, observed: .mondayOrTuesday)
        y.add("Boxing Day", 12, 26, observed: .mondayOrTuesday)
    }

    /// Matariki follows the Māori lunar calendar; its Fridays are set in advance by the schedule of
    /// Te Kāhui o Matariki Public Holiday Act 2022, up to 2052.
    static let matariki: [Int: (month: Int, day: Int)] = [
        2022: (6, 24), 2023: (7, 14), 2024: (6, 28), 2025: (6, 20), 2026: (7, 10), 2027: (6, 25),
        2028: (7, 14), 2029: (7, 6), 2030: (6, 21), 2031: (7, 11), 2032: (7, 2), 2033: (6, 24),
        2034: (7, 7), 2035: (6, 29), 2036: (7, 18), 2037: (7, 10), 2038: (6, 25), 2039: (7, 15),
        2040: (7, 6), 2041: (7, 19), 2042: (7, 11), 2043: (7, 3), 2044: (6, 24), 2045: (7, 7),
        2046: (6, 29), 2047: (7, 19), 2048: (7, 3), 2049: (6, 25), 2050: (7, 15), 2051: (6, 30),
        2052: (6, 21),
    ]
}
