import Foundation

/// The user's data folder: `$XDG_DATA_HOME/followup`, by default `~/.local/share/followup`.
/// Paths are joined as text: Foundation's `URL` costs a noticeable share of the chat's start.
struct DataDirectory {
    let path: String

    init(environment: Environment) {
        path = Self.xdg("XDG_DATA_HOME", else: ".local/share", environment) + "/followup"
    }

    /// The folder an XDG variable names when it is an absolute path, else `~/fallback`.
    static func xdg(_ variable: String, else fallback: String, _ environment: Environment) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home.hasSuffix("/") ? home : home + "/") + fallback
    }

    /// Creates the folder (mode 0700) when missing; nil when it cannot be made.
    func prepared() -> String? {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            return path
        } catch {
            return nil
        }
    }
}
