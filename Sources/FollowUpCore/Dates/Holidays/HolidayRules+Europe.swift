extension HolidayRules {
    /// The holidays every German state keeps (states add their own).
    static func germany(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1)
        y.add("Good Friday", y.easter(-2))
        y.add("Easter Monday", y.easter(1))
        y.add("Labor Day", 5, 1)
        y.add("Ascension Day", y.easter(39))
        y.add("Pentecost Monday", y.easter(50))
        y.add("German Unity Day", 10, 3)
        y.add("Christmas Day", 12, 25)
        y.add("Second Day of Christmas", 12, 26)
    }

    /// France's public holidays (metropolitan, without Alsace-Moselle's two extra days).
    static func france(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1)
        y.add("Easter Monday", y.easter(1))
        y.add("Labor Day", 5, 1)
        y.add("Victory Day", 5, 8)
        y.add("Ascension Day", y.easter(39))
        y.add("Pentecost Monday", y.easter(50))
        y.add("National Day", 7, 14)
        y.add("Assumption Day", 8, 15)
        y.add("All Saints' Day", 11, 1)
        y.add("Armistice Day", 11, 11)
        y.add("Christmas Day", 12, 25)
    }

    /// The Netherlands' public holidays; Liberation Day is a day off once every five years.
    static func netherlands(_ y: inout HolidayYear) {
        y.add("New Year's Day", 1, 1)
        y.add("Good Friday", y.easter(-2))
        y.add("Easter Sunday", y.easter(0))
        y.add("Easter Monday", y.easter(1))
        let kingsDay = y.fixed(4, 27)
        y.add("King's Day", kingsDay.isoWeekday == Weekday.sunday.rawValue ? kingsDay.plus(-1) : kingsDay)
        if y.year % 5 == 0 {
            y.add("Liberation Day", 5, 5)
        }
        y.add("Ascension Day", y.easter(39))
        y.add("Pentecost", y.easter(49))
        y.add("Pentecost Monday", y.easter(50))
        y.add("Christmas Day", 12, 25)
        y.add("Second Day of Christmas", 12, 26)
    }
}
