import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

/// An error a command reports on standard error, with its exit code.
enum Failure: Error, CustomStringConvertible {
    case store(StoreError)
    case transfer(TransferError)
    case recording(RecordingError)
    case message(String, Int32)

    var description: String {
        switch self {
        case let .store(error): error.description
        case let .transfer(error): error.description
        case let .recording(error): error.description
        case let .message(text, _): text
        }
    }

    var exitCode: Int32 {
        switch self {
        case let .store(error): Self.code(error)
        case let .transfer(.store(error)): Self.code(error)
        case .transfer(.alreadyThere), .transfer: 65
        case .recording: 65
        case let .message(_, code): code
        }
    }

    private static func code(_ error: StoreError) -> Int32 {
        switch error {
        case .notFound, .ambiguous: 66
        case .busy, .changedElsewhere: 75
        default: 74
        }
    }

    /// Runs `body`, turning a failure into a message on standard error and its exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Output.error("\(failure)")
            throw ExitCode(failure.exitCode)
        } catch let error as StoreError {
            try reporting { throw Failure.store(error) }
        }
    }
}
