import FollowUpCore
import FollowUpSession
import FollowUpStore
import Foundation

/// One long session on one database file: every line typed in the transcripts, over and over,
/// for `turns` turns, noting the memory resident every 100 turns.
struct SessionBenchmark {
    let transcripts: TranscriptFolder
    let scratch: String
    let turns: Int

    func run() throws(BenchError) -> [String: Double] {
        guard let zone = TimeZone(identifier: "America/New_York") else {
            throw .failed("no America/New_York time zone")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let path = scratch + "/session.sqlite"
        Database.remove(path)
        defer { Database.remove(path) }
        let store: Store
        do {
            store = try Store.open(path: path, calendar: calendar)
        } catch {
            throw .failed("cannot open \(path): \(error)")
        }
        let lines = transcripts.typedLines
        let samples = Samples()
        var now = Date(timeIntervalSince1970: 1_795_730_400)  // 2026-11-26T17:00 in New York
        var chat = TimedChat(chat: Desk(store: store, coach: Coach(calendar: calendar)), samples: samples)
        _ = chat.open(now: now)
        var figures = ["rss_kib_after_open": Double(ResidentMemory.current)]
        var reopened = 0.0
        for turn in 1...max(1, turns) {
            now += 15 * 60
            _ = chat.respond(to: lines[(turn - 1) % lines.count], now: now)
            if chat.isOver {
                reopened += 1
                chat = TimedChat(chat: Desk(store: store, coach: Coach(calendar: calendar)), samples: samples)
                _ = chat.open(now: now)
            }
            if turn % 100 == 0 { figures["rss_kib_after_\(turn)"] = Double(ResidentMemory.current) }
        }
        figures["turns"] = Double(samples.microseconds.count)
        figures["reopened"] = reopened
        figures["mean_us"] = samples.mean
        figures["p99_us"] = samples.percentile(0.99)
        figures["peak_kib"] = Double(ResidentMemory.peak)
        return figures
    }
}
