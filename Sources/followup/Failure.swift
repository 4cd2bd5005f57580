import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

/// An error a command reports on standard error, with its exit code.
enum Failure: Error, CustomStringConvertible {
    case store(StoreError)
    case transfer(TransferError)
    case recording(RecordingError)
    case message(String, ExitStatus)

    var description: String {
        switch self {
        case let .store(error): error.description
        case let .transfer(error): error.description
        case let .recording(error): error.description
        case let .message(text, _): text
        }
    }

    var exitStatus: ExitStatus {
        switch self {
        case let .store(error): Self.status(error)
        case let .transfer(.store(error)): Self.status(error)
        case .transfer, .recording: .dataError
        case let .message(_, status): status
        }
    }

    private static func status(_ error: StoreError) -> ExitStatus {
        switch error {
        case .notFound, .ambiguous, .noApplications: .noInput
        case .busy, .changedElsewhere: .tryAgain
        default: .ioError
        }
    }

    /// Runs `body`, turning a failure into a message on standard error and its exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Output.error("\(failure)")
            throw ExitCode(failure.exitStatus.rawValue)
        } catch let error as StoreError {
            try reporting { throw Failure.store(error) }
        }
    }
}
