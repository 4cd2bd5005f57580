import CLibEdit
import Foundation

/// Reads lines in a terminal through libedit: editing, history kept in a file, Tab completion.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: String?
    /// The full lines that Tab may complete the typed text to.
    private let completions: (String) -> [String]
    private var prompt = EditLineReader.wideBuffer("")

    static let historySize: Int32 = 1000

    /// `historyFile` is loaded now and saved after every line; nil keeps history in memory only.
    init(historyFile: String?, completions: @escaping (String) -> [String]) {
        followup_use_utf8_locale()
        followup_install_sigint_handler()
        editLine = followup_el_init("followup")
        history = history_winit()
        self.historyFile = historyFile
        self.completions = completions
        followup_history_set_size(history, Self.historySize)
        followup_history_set_unique(history, 1)
        if let historyFile { _ = followup_history_load(history, historyFile) }
        followup_el_set_editor(editLine, "emacs".wideCString)
        followup_el_set_signal(editLine, 1)
        followup_el_set_history(editLine, history)
        followup_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        // libedit calls back with the EditLine it was set on, never nil.
        followup_el_set_prompt(editLine) { editLine in
            EditLineReader.owner(of: editLine!).promptPointer()
        }
        followup_el_add_function(editLine, "followup-complete".wideCString, "complete a command".wideCString) {
            editLine, _ in
            EditLineReader.owner(of: editLine!).complete()
        }
        followup_el_bind(editLine, "^I".wideCString, "followup-complete".wideCString)
        el_source(editLine, nil)
    }

    deinit {
        history_wend(history)
        el_end(editLine)
        prompt.deallocate()
    }

    func readLine(prompt: String) -> LineRead {
        self.prompt.deallocate()
        self.prompt = Self.wideBuffer(prompt)
        var count: Int32 = 0
        guard let raw = el_wgets(editLine, &count) else {
            if count == -1 {
                el_reset(editLine)
                return .interrupted
            }
            Output().write("\n")
            return .end
        }
        var line = String(wideCString: raw, count: Int(count))
        while line.last == "\n" || line.last == "\r" { line.removeLast() }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty {
            followup_history_enter(history, trimmed.wideCString)
            saveHistory()
        }
        return .line(line)
    }

    private func saveHistory() {
        guard let historyFile else { return }
        let path = historyFile
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        _ = followup_history_save(history, path)
    }

    private static func owner(of editLine: OpaquePointer) -> EditLineReader {
        // The client data was set to this reader in init, before libedit could call back.
        Unmanaged<EditLineReader>.fromOpaque(followup_el_get_clientdata(editLine)!).takeUnretainedValue()
    }

    private func promptPointer() -> UnsafeMutablePointer<wchar_t> {
        prompt
    }

    /// A heap copy that stays valid while libedit holds on to it.
    private static func wideBuffer(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = text.wideCString
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        buffer.initialize(from: wide, count: wide.count)
        return buffer
    }

    /// Completes the command being typed; lists the candidates when there are several.
    private func complete() -> UInt8 {
        // el_wline returns the line being edited, which exists while a completion runs.
        let info = el_wline(editLine)!.pointee
        let typed = String(wideCString: info.buffer, count: info.cursor - info.buffer)
        guard typed.hasPrefix("/") else { return UInt8(CC_REFRESH_BEEP) }
        let matches = completions(typed)
        switch matches.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let rest = String(matches[0].dropFirst(typed.count)) + (matches[0].contains(" ") ? "" : " ")
            _ = el_winsertstr(editLine, rest.wideCString)
            return UInt8(CC_REFRESH)
        default:
            let common = Self.commonPrefix(matches)
            if common.count > typed.count {
                _ = el_winsertstr(editLine, String(common.dropFirst(typed.count)).wideCString)
                return UInt8(CC_REFRESH)
            }
            Output().write("\n" + matches.joined(separator: "  ") + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    private static func commonPrefix(_ words: [String]) -> String {
        var prefix = words[0].lowercased()
        for word in words.dropFirst() {
            while !word.lowercased().hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

extension String {
    /// A NUL-terminated wide-character copy, for libedit's wide API.
    var wideCString: [wchar_t] {
        unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    init(wideCString pointer: UnsafePointer<wchar_t>, count: Int) {
        let scalars = (0..<count).compactMap { Unicode.Scalar(UInt32(bitPattern: pointer[$0])) }
        self.init(String.UnicodeScalarView(scalars))
    }
}
