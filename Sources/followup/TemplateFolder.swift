import FollowUpCore
import Foundation

/// The user's own templates: `$XDG_CONFIG_HOME/followup/templates/NAME.txt` (default
/// `~/.config/followup/templates`), where NAME is a built-in template's name.
struct TemplateFolder {
    let url: URL

    init(environment: [String: String]) {
        url = DataDirectory.xdg("XDG_CONFIG_HOME", else: ".config", environment).appendingPathComponent("followup/templates")
    }

    /// The templates found, by name; files that are not named after a built-in one are ignored.
    /// With no folder (the usual case) that is one look at the disk, not one for each template.
    func load() -> [String: Template] {
        var templates: [String: Template] = [:]
        let folder = url.path
        guard FileManager.default.fileExists(atPath: folder) else { return templates }
        for name in BuiltInTemplates.all.keys {
            if let text = try? String(contentsOfFile: folder + "/\(name).txt", encoding: .utf8) {
                templates[name] = Template(name: name, text: text)
            }
        }
        return templates
    }
}
