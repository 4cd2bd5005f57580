import ArgumentParser

extension ArgumentHelp {
    /// The help of every argument that names an application.
    static let application = ArgumentHelp(
        "The application: its number (3 or #3), its company (a word of it will do), company/role, or the first name of someone you met."
    )
}
