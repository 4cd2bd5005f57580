import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error. Text is made safe for a terminal first; a failed
/// write ends the program with one line on standard error and exit code 74, and a reader
/// that went away (a closed pipe) ends it quietly, as SIGPIPE would.
struct Output {
    /// Writes text that may hold stored data, with control characters shown (`TerminalSafe`).
    func write(_ text: String) {
        Self.raw(TerminalSafe.escaped(text))
    }

    /// Writes a document as it is: JSON, iCalendar or a mail message, escaped by its own rules.
    static func raw(_ text: String) {
        var text = text
        text.withUTF8 { raw(UnsafeRawBufferPointer($0)) }
    }

    /// Writes bytes as they are.
    static func raw(_ data: Data) {
        data.withUnsafeBytes { raw($0) }
    }

    private static func raw(_ bytes: UnsafeRawBufferPointer) {
        guard let code = FileDescriptor.write(bytes, to: STDOUT_FILENO) else { return }
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        error("write error: \(String(cString: strerror(code)))")
        exit(ExitStatus.ioError.rawValue)
    }

    /// Writes `followup: MESSAGE` on standard error, control characters shown.
    static func error(_ message: String) {
        var text = TerminalSafe.escaped("followup: \(message)\n")
        _ = text.withUTF8 { FileDescriptor.write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    /// Makes sure descriptors 0, 1 and 2 are open before anything else is, so that no file the
    /// program opens can become its standard output. A closed one is opened on /dev/null,
    /// read-only for standard output so that writing to it still fails as it should.
    static func guardStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", descriptor == STDOUT_FILENO ? O_RDONLY : O_RDWR)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}

/// Raw writes to a file descriptor.
enum FileDescriptor {
    /// Writes all of `data`; the errno of a failure, else nil.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Writes all of `buffer`; the errno of a failure, else nil.
    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // A non-blocking descriptor that is full: wait until it takes more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                return errno
            }
            offset += written
        }
        return nil
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }
}
