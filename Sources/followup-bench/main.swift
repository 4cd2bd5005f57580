import Foundation

/// `followup-bench`: the in-process figures of `Scripts/bench`, printed as one JSON object.
/// Not part of the shipped `followup` binary, so it costs its start-up nothing.
func benchmark(_ arguments: [String]) throws(BenchError) -> [String: Double] {
    guard arguments.count == 4, let count = Int(arguments[3]), count > 0 else { throw .usage }
    let transcripts = try TranscriptFolder(path: arguments[1])
    switch arguments[0] {
    case "replay": return try ReplayBenchmark(transcripts: transcripts, scratch: arguments[2], rounds: count).run()
    case "session": return try SessionBenchmark(transcripts: transcripts, scratch: arguments[2], turns: count).run()
    default: throw .usage
    }
}

do throws(BenchError) {
    let figures = try benchmark(Array(CommandLine.arguments.dropFirst()))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    FileHandle.standardOutput.write((try? encoder.encode(figures)) ?? Data())
    print()
} catch {
    FileHandle.standardError.write(Data("followup-bench: \(error)\n".utf8))
    if case .usage = error { exit(64) }
    exit(1)
}
