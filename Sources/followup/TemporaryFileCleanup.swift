#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes a half-written temporary file when SIGTERM, SIGINT or SIGHUP ends the program
/// while `OutputFile` writes it, then lets the signal do what it would have done.
enum TemporaryFileCleanup {
    static let signals = [SIGTERM, SIGINT, SIGHUP]
    /// The path to remove, as the signal handler reads it: a C string of our own, or nil.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Installs the handler; call `disarm` when done.
    static func arm() {
        pending = nil  // initialised here, never lazily inside the handler
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { number in
                    TemporaryFileCleanup.removeAndReraise(number)
                }
            #else
                action.__sigaction_u.__sa_handler = { number in
                    TemporaryFileCleanup.removeAndReraise(number)
                }
            #endif
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(number, &action, &old)
            previous[number] = old
        }
    }

    /// Puts the earlier handlers back.
    static func disarm() {
        for (number, old) in previous {
            var old = old
            sigaction(number, &old, nil)
        }
        previous = [:]
    }

    /// Keeps a copy of `path` for the handler. Call with the signals blocked.
    static func remember(_ path: UnsafePointer<CChar>) {
        pending = strdup(path)
    }

    /// The file was renamed or removed: nothing is left to clean up.
    static func forget() {
        blockSignals()
        let path = pending
        pending = nil
        unblockSignals()
        free(path)
    }

    static func blockSignals() {
        var set = signalSet()
        sigprocmask(SIG_BLOCK, &set, nil)
    }

    static func unblockSignals() {
        var set = signalSet()
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        return set
    }

    private static func removeAndReraise(_ number: Int32) {
        if let pending { unlink(pending) }
        signal(number, SIG_DFL)
        raise(number)
    }
}
