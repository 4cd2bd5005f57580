import Foundation
import Testing

/// `followup-bench`, the in-process half of Scripts/bench, runs and counts what it measures
/// (its figures are timings and memory, which tests leave alone).
struct BenchTests {
    static var bench: URL { BinaryTests.binary.deletingLastPathComponent().appendingPathComponent("followup-bench") }
    static let transcripts = BinaryTests.packageRoot.appendingPathComponent("Transcripts")

    static func figures(_ arguments: [String]) throws -> [String: Double] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try BinaryTests.run(bench, [arguments[0], transcripts.path, scratch.path] + arguments.dropFirst())
        #expect(run.status == 0, "\(run.error)")
        return try JSONDecoder().decode([String: Double].self, from: Data(run.output.utf8))
    }

    @Test func aReplayTimesEveryLineTypedInTheTranscripts() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.transcripts.path).filter {
            $0.hasSuffix(".txt")
        }
        let typed = try names.flatMap { name in
            try String(contentsOf: Self.transcripts.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("you>") && !$0.hasSuffix("^D") }
        }
        let figures = try Self.figures(["replay", "1"])
        #expect(figures["turns"] == Double(typed.count))
        #expect(figures["mean_us"] != nil && figures["p99_us"] != nil)
    }

    @Test func aLongSessionNotesItsMemoryEveryHundredTurns() throws {
        let figures = try Self.figures(["session", "150"])
        #expect(figures["turns"] == 150)
        #expect(figures["rss_kib_after_open"] != nil)
        #expect((figures["rss_kib_after_100"] ?? 0) > 1000)
        #expect(figures["rss_kib_after_200"] == nil)
    }

    @Test func aWrongCallIsAUsageError() throws {
        let run = try BinaryTests.run(Self.bench, ["replay"])
        #expect(run.status == 64)
        #expect(run.error.contains("usage: followup-bench"))
    }
}
