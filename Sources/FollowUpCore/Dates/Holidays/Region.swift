/// Where the user works: whose public holidays a follow-up never lands on.
public enum Region: String, CaseIterable, Sendable {
    /// No holidays at all: only weekends move a follow-up.
    case none
    case unitedStates = "US"
    /// England and Wales.
    case englandAndWales = "GB"
    case canada = "CA"
    case australia = "AU"
    case ireland = "IE"
    case germany = "DE"
    case france = "FR"
    case netherlands = "NL"
    case india = "IN"
    case newZealand = "NZ"

    /// The region of a code such as `GB` or `gb` (`UK` is taken as GB); nil for an unknown one.
    public init?(code: String) {
        let upper = code.uppercased()
        self.init(rawValue: upper == "UK" ? "GB" : upper == "NONE" ? "none" : upper)
    }

    /// Its name in a sentence: "England and Wales".
    public var name: String {
        switch self {
        case .none: "no region"
        case .unitedStates: "the United States"
        case .englandAndWales: "England and Wales"
        case .canada: "Canada"
        case .australia: "Australia"
        case .ireland: "Ireland"
        case .germany: "Germany"
        case .france: "France"
        case .netherlands: "the Netherlands"
        case .india: "India"
        case .newZealand: "New Zealand"
        }
    }
}
