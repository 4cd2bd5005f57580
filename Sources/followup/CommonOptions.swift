import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

/// Options every command takes: where the database is, and what time it is.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file, in a folder that exists (default: $FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.sqlite).",
            valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Treat this moment as now (default: $FOLLOWUP_NOW, else the clock): 2026-11-26T17:00 is wall-clock time in TZ; an offset like +01:00 is honoured.",
            valueName: "date-time"))
    var now: String?

    /// The process's environment.
    static let environment = Environment()

    var environment: Environment { Self.environment }

    /// The Gregorian calendar in the zone of TZ, with a locale that carries the date order,
    /// built once for the process.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZoneSetting.zone
        calendar.locale = dateOrder.locale
        return calendar
    }()

    var calendar: Calendar { Self.calendar }

    /// How numeric dates like "3/4" are read: $FOLLOWUP_DATE_ORDER (day-first or month-first),
    /// else the region of $LC_ALL, $LC_TIME or $LANG (en_GB and de_DE are day first, en_US month first).
    static let dateOrder: DateOrder = {
        if let setting = environment["FOLLOWUP_DATE_ORDER"].flatMap(DateOrder.init(rawValue:)) { return setting }
        let name = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        // A locale with no region (C, POSIX, unset) leaves the order to where TZ lies.
        if let name, DateOrder.hasRegion(localeName: name) { return DateOrder(localeName: name) }
        return DateOrder(timeZone: TimeZoneSetting.zone.identifier) ?? .monthFirst
    }()

    /// A moment that cannot be read is refused while parsing, so the error comes with the
    /// usage of the command it was given to.
    func validate() throws {
        _ = try clock()
    }

    func clock() throws -> Clock {
        guard let text = now ?? environment["FOLLOWUP_NOW"] else { return Clock(fixed: nil) }
        do {
            return Clock(fixed: try ISOMoment.parse(text, calendar: calendar))
        } catch {
            throw ValidationError(error.description)
        }
    }

    var databasePath: String {
        db ?? environment["FOLLOWUP_DB"]
            ?? DataDirectory(environment: environment).path + "/followup.sqlite"
    }

    /// The store opened read-only, for commands that only look: nothing is written to the file,
    /// and a missing database reads as empty. A clear message and exit code 74 when it cannot be used.
    /// A database named with --db or FOLLOWUP_DB that does not exist is said on standard error:
    /// a mistyped path would otherwise look like an empty list.
    func store() throws -> Store {
        if let named = db ?? environment["FOLLOWUP_DB"], !FileManager.default.fileExists(atPath: named) {
            Output.error("there is no database at \(named) yet, so there is nothing to show.")
        }
        return try opened { path, calendar throws(StoreError) in
            try Store.openForReading(path: path, calendar: calendar)
        }
    }

    /// The store opened for changes, created when missing. A file named with --db must be in a
    /// folder that exists: a mistyped folder is refused rather than made (the default folder,
    /// and the one FOLLOWUP_DB names, are made when missing).
    func writableStore() throws -> Store {
        if let db {
            let folder = Self.folder(of: db)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure.message(
                    "there is no folder \(folder), so the database \(db) was not made and nothing was written; check the path, or create the folder first (mkdir -p \(folder))",
                    .cannotCreate)
            }
        }
        return try opened { path, calendar throws(StoreError) in try Store.open(path: path, calendar: calendar) }
    }

    /// The folder holding the file at `path`, as text: "." for a bare file name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Opens the store, planning with the user's public holidays as days off.
    private func opened(_ open: (String, Calendar) throws(StoreError) -> Store) throws -> Store {
        let store: Store
        do {
            store = try open(databasePath, calendar)
        } catch {
            throw Failure.store(error)
        }
        return store.planning(with: try holidays(in: store))
    }
}
