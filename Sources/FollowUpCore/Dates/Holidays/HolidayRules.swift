/// The national public holidays of each region, as the rules in force today give them.
enum HolidayRules {
    /// Adds `region`'s holidays for `year.year` to `year`.
    static func add(_ region: Region, to year: inout HolidayYear) {
        switch region {
        case .none: break
        case .unitedStates: unitedStates(&year)
        case .canada: canada(&year)
        case .englandAndWales: englandAndWales(&year)
        case .ireland: ireland(&year)
        case .australia: australia(&year)
        case .newZealand: newZealand(&year)
        case .germany: germany(&year)
        case .france: france(&year)
        case .netherlands: netherlands(&year)
        case .india: india(&year)
        }
    }
}
