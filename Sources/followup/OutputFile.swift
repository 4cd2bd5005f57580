import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `-o` writes. Nothing or `-` is standard output. A regular file, or a path where
/// nothing is yet, is replaced whole through a temporary file in the same folder (created
/// 0600, then given the mode of the file it replaces) and a rename, so a reader never sees
/// half a file; anything else (a device, a FIFO, a symbolic link) is written to directly.
enum OutputFile {
    static func save(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else { return Output.raw(data) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return try replace(path, with: data, keeping: nil) }
        guard status.st_mode & S_IFMT == S_IFREG else { return try writeDirectly(data, to: path) }
        try replace(path, with: data, keeping: status)
    }

    private static func writeDirectly(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, .cannotCreate) }
        defer { close(descriptor) }
        if let code = FileDescriptor.write(data, to: descriptor) { throw failure(path, .ioError, code) }
    }

    private static func replace(_ path: String, with data: Data, keeping existing: stat?) throws {
        let url = URL(fileURLWithPath: path)
        let template = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path
        var name = Array(template.utf8CString)
        TemporaryFileCleanup.arm()
        defer { TemporaryFileCleanup.disarm() }
        let descriptor = name.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            TemporaryFileCleanup.blockSignals()
            defer { TemporaryFileCleanup.unblockSignals() }
            let opened = mkstemp(base)
            if opened >= 0 { TemporaryFileCleanup.remember(base) }
            return opened
        }
        guard descriptor >= 0 else { throw failure(path, .cannotCreate) }
        let temporary = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var code: Int32?
        if let existing {
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { code = errno }
        }
        code = code ?? FileDescriptor.write(data, to: descriptor)
        if code == nil, fsync(descriptor) != 0 { code = errno }
        close(descriptor)
        if code == nil, rename(temporary, path) != 0 { code = errno }
        guard let code else { return TemporaryFileCleanup.forget() }
        unlink(temporary)
        TemporaryFileCleanup.forget()
        throw failure(path, code == ENOSPC || code == EIO ? .ioError : .cannotCreate, code)
    }

    private static func failure(_ path: String, _ status: ExitStatus, _ code: Int32 = errno) -> Failure {
        .message("cannot write \(path): \(String(cString: strerror(code)))", status)
    }
}
