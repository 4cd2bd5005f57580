import Foundation

/// Standard output, written unbuffered as UTF-8.
struct Output {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `data` to the file at `path` (replacing it whole), or to standard output when nil.
    static func save(_ data: Data, to path: String?) throws {
        guard let path else { return FileHandle.standardOutput.write(data) }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure.message("cannot write \(path): \(error.localizedDescription)", 73)
        }
    }
}
