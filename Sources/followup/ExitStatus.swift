/// The exit codes followup ends with, named as in BSD's sysexits.h, which they follow.
enum ExitStatus: Int32 {
    /// The command line is wrong.
    case usage = 64
    /// The data is wrong: an unknown contact, a damaged or refused import.
    case dataError = 65
    /// What was asked for is not there: no such application, no such file.
    case noInput = 66
    /// An output file cannot be created.
    case cannotCreate = 73
    /// The database cannot be used, or output cannot be written.
    case ioError = 74
    /// Busy, or changed by another session: try again.
    case tryAgain = 75
}
