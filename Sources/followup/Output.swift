import Foundation

/// Standard output, written unbuffered as UTF-8.
struct Output {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
