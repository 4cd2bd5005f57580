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
    func load() -> [String: Template] {
        var templates: [String: Template] = [:]
        for name in BuiltInTemplates.all.keys {
            let file = url.appendingPathComponent("\(name).txt")
            if let text = try? String(contentsOf: file, encoding: .utf8) {
                templates[name] = Template(name: name, text: text)
            }
        }
        return templates
    }
}
