import Foundation

/// The user's data folder: `$XDG_DATA_HOME/followup`, by default `~/.local/share/followup`.
struct DataDirectory {
    let url: URL

    init(environment: [String: String]) {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        url = base.appendingPathComponent("followup")
    }

    /// Creates the folder (mode 0700) when missing; nil when it cannot be made.
    func prepared() -> URL? {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return url
        } catch {
            return nil
        }
    }
}
