extension HolidayRules {
    /// India's national holidays that fall on a fixed day of the Gregorian calendar or of Easter.
    ///
    /// Left out: the holidays set each year by the lunar or lunisolar calendars, which no
    /// arithmetic rule gives exactly: Holi, Maha Shivaratri, Ram Navami, Mahavira's Birthday,
    /// Buddha Purnima, Janmashtami, Dussehra, Diwali, Guru Nanak's Birthday, Eid al-Fitr,
    /// Eid al-Adha, Ashura and the Prophet's Birthday.
    static func india(_ y: inout HolidayYear) {
        y.add("Republic Day", 1, 26)
        y.add("Good Friday", y.easter(-2))
        y.add("Dr. B. R. Ambedkar's Birthday", 4, 14)
        y.add("Independence Day", 8, 15)
        y.add("Mahatma Gandhi's Birthday", 10, 2)
        y.add("Christmas", 12, 25)
    }
}
