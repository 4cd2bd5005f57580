import Foundation

/// The recorded sessions in Transcripts/, read for the benchmarks.
struct TranscriptFolder {
    let texts: [String]

    init(path: String) throws(BenchError) {
        let url = URL(fileURLWithPath: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { throw .unreadable(path) }
        var texts: [String] = []
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted() {
            let file = url.appendingPathComponent(name)
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { throw .unreadable(file.path) }
            texts.append(text)
        }
        guard !texts.isEmpty else { throw .unreadable(path) }
        self.texts = texts
    }

    /// Every line the user typed, in order, without the ones that end a session.
    var typedLines: [String] {
        texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            .filter { $0.hasPrefix("you>") }
            .map { $0.dropFirst(4).drop { $0 == " " } }
            .filter { !["^D", "/quit", "/exit"].contains($0) }
            .map(String.init)
    }
}
