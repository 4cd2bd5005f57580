import Foundation

/// The process's environment variables, each read when asked for: Foundation's
/// `ProcessInfo.environment` copies every variable into a new dictionary at each access.
struct Environment: Sendable {
    /// The value of the variable `name`, if it is set.
    subscript(name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
