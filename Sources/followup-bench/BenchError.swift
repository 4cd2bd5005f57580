/// Why a benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
    case usage
    case unreadable(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage:
            """
            usage: followup-bench replay TRANSCRIPTS SCRATCH ROUNDS
                   followup-bench session TRANSCRIPTS SCRATCH TURNS
            """
        case let .unreadable(path): "cannot read \(path)"
        case let .failed(reason): reason
        }
    }
}
