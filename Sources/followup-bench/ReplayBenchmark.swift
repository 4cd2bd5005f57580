import FollowUpCore
import FollowUpSession
import FollowUpStore
import Foundation

/// Replays every transcript `rounds` times through the desk on a fresh database file, timing
/// each reply: what a user waits for after pressing Enter, the save included.
struct ReplayBenchmark {
    let transcripts: TranscriptFolder
    let scratch: String
    let rounds: Int

    func run() throws(BenchError) -> [String: Double] {
        let samples = Samples()
        let path = scratch + "/replay.sqlite"
        for _ in 0..<rounds {
            for text in transcripts.texts {
                Database.remove(path)
                do {
                    _ = try Transcript.replay(text) { calendar in
                        TimedChat(
                            chat: Desk(
                                store: try Store.open(path: path, calendar: calendar), coach: Coach(calendar: calendar)),
                            samples: samples)
                    }
                } catch {
                    throw .failed("a transcript did not replay from \(path): \(error)")
                }
            }
        }
        Database.remove(path)
        return [
            "turns": Double(samples.microseconds.count), "mean_us": samples.mean, "p99_us": samples.percentile(0.99),
        ]
    }
}
