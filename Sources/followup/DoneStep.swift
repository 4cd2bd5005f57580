import ArgumentParser
import FollowUpCore

/// What `followup done` records: a playbook step by its id, or the references the employer asked for.
enum DoneStep: Equatable, ExpressibleByArgument {
    case step(StepID)
    case references

    /// The name `send-references` goes by on the command line.
    static let referencesName = "send-references"

    init?(argument: String) {
        if argument == Self.referencesName {
            self = .references
        } else if let step = StepID(rawValue: argument) {
            self = .step(step)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { StepID.allCases.map(\.rawValue) + [referencesName] }

    var name: String {
        switch self {
        case let .step(step): step.rawValue
        case .references: Self.referencesName
        }
    }
}
