import Foundation

/// The user's data folder: `$XDG_DATA_HOME/followup`, by default `~/.local/share/followup`.
struct DataDirectory {
    let url: URL

    init(environment: [String: String]) {
        url = Self.xdg("XDG_DATA_HOME", else: ".local/share", environment).appendingPathComponent("followup")
    }

    /// The folder an XDG variable names when it is an absolute path, else `~/fallback`.
    static func xdg(_ variable: String, else fallback: String, _ environment: [String: String]) -> URL {
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        return URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(fallback)
    }

    /// Creates the folder (mode 0700) when missing; nil when it cannot be made.
    func prepared() -> URL? {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            return url
        } catch {
            return nil
        }
    }
}
