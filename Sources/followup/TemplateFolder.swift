import FollowUpCore
import Foundation

/// The user's own templates: `$XDG_CONFIG_HOME/followup/templates/NAME.txt` (default
/// `~/.config/followup/templates`), where NAME is a built-in template's name.
struct TemplateFolder {
    /// The largest template read; a bigger file is refused.
    static let sizeLimit = 64 * 1024

    let path: String

    init(environment: Environment) {
        path = DataDirectory.xdg("XDG_CONFIG_HOME", else: ".config", environment) + "/followup/templates"
    }

    /// The templates found, by name; files that are not named after a built-in one are ignored.
    /// A file that is too big, not UTF-8 text or holds a NUL is reported on standard error, and
    /// the built-in template is used instead. With no folder (the usual case) that is one look
    /// at the disk, not one for each template.
    func load() -> [String: Template] {
        var templates: [String: Template] = [:]
        guard FileManager.default.fileExists(atPath: path) else { return templates }
        for name in BuiltInTemplates.all.keys.sorted() {
            guard let handle = FileHandle(forReadingAtPath: "\(path)/\(name).txt") else { continue }
            let data = (try? handle.read(upToCount: Self.sizeLimit + 1)) ?? nil ?? Data()
            try? handle.close()
            if let problem = Self.problem(with: data) {
                Output.error("your template \(name).txt \(problem), so I use the built-in one.")
            } else {
                templates[name] = Template(name: name, text: String(decoding: data, as: UTF8.self))
            }
        }
        return templates
    }

    static func problem(with data: Data) -> String? {
        if data.count > sizeLimit { return "is larger than \(sizeLimit / 1024) KB" }
        if data.contains(0) || String(validating: data, as: UTF8.self) == nil { return "is not plain UTF-8 text" }
        return nil
    }
}
