import FollowUpCore
import Foundation

/// Everything in the store as one JSON document: the format of `followup export` and `import`.
public struct ExportDocument: Codable, Equatable, Sendable {
    public static let formatName = "followup-export"
    public static let currentVersion = 1

    public var format = ExportDocument.formatName { didSet { isChecked = false } }
    public var version = ExportDocument.currentVersion { didSet { isChecked = false } }
    public var exportedAt: Date { didSet { isChecked = false } }
    public var applications: [Entry] { didSet { isChecked = false } }
    /// Whether `ImportCheck` passed it as read, so the import need not check it again; any
    /// change clears it.
    var isChecked = false

    enum CodingKeys: String, CodingKey {
        case format, version, exportedAt, applications
    }

    /// The same documents, however they were checked.
    public static func == (a: ExportDocument, b: ExportDocument) -> Bool {
        (a.format, a.version, a.exportedAt) == (b.format, b.version, b.exportedAt) && a.applications == b.applications
    }

    /// One application with its history.
    public struct Entry: Codable, Equatable, Sendable {
        public var id: Int64
        public var version: Int
        public var createdAt: Date
        public var updatedAt: Date
        public var phase: String
        public var application: Application
        public var stageHistory: [Stage]
        public var turns: [Turn]
        /// Where the conversation stands (pending question, answers that /undo can take back).
        public var dialogue: Conversation
    }

    /// A change of phase.
    public struct Stage: Codable, Equatable, Sendable {
        public var at: Date
        public var from: String?
        public var to: String

        init(at: Date, from: String?, to: String) {
            self.at = at
            self.from = from
            self.to = to
        }

        public init(_ row: StageChangeRow) {
            at = row.at
            from = row.fromPhase?.description
            to = row.toPhase.description
        }
    }

    /// A line of the conversation.
    public struct Turn: Codable, Equatable, Sendable {
        public var at: Date
        public var speaker: String
        public var text: String
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// The document as pretty-printed JSON with sorted keys.
    public func json() throws(TransferError) -> Data {
        do {
            return try Self.encoder.encode(self)
        } catch {
            throw .damaged("it could not be written as JSON: \(error)")
        }
    }

    /// Reads a document, refusing anything that is not a followup export this version understands
    /// or that breaks a rule of `ImportCheck`.
    public static func read(_ data: Data) throws(TransferError) -> ExportDocument {
        let document: ExportDocument
        let read = ExportReader.read(data)
        do {
            document =
                try read?.document ?? ApplicationItems.decode(data, with: decoder)
                ?? decoder.decode(ExportDocument.self, from: data)
        } catch {
            // The text is parsed once when it is a document; only a refused one is read again,
            // for what it lacks first.
            try readHeader(data)
            throw damage(error)
        }
        guard document.format == formatName else { throw .notAnExport }
        guard document.version <= currentVersion else { throw .newerVersion(document.version) }
        try ImportCheck.check(document, json: data, stringsArePlain: read?.stringsArePlain ?? false)
        var checked = document
        checked.isChecked = true
        return checked
    }

    /// Reads documents, and the parts of one `ExportReader` leaves to it.
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// Refuses text that is not JSON, not a followup export, or of a version this one cannot read.
    private static func readHeader(_ data: Data) throws(TransferError) {
        struct Format: Decodable { var format: String? }
        struct Version: Decodable { var version: Int }
        let format: Format
        do {
            format = try decoder.decode(Format.self, from: data)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw .damaged("(it is not complete, readable JSON)")
        } catch {
            throw .notAnExport
        }
        guard format.format == formatName else { throw .notAnExport }
        guard let version = try? decoder.decode(Version.self, from: data).version else {
            throw .damaged("at version: it must be a whole number")
        }
        guard version <= currentVersion else { throw .newerVersion(version) }
    }

    /// The decoder's words for a value outside a list ("Cannot initialize Outcome from invalid
    /// String value maybe") in plain ones; any other account as it is.
    private static func plain(_ account: String) -> String {
        let marker = " from invalid String value "
        guard account.hasPrefix("Cannot initialize "), let range = account.range(of: marker) else { return account }
        return "\"\(account[range.upperBound...])\" is not one of the values this field takes"
    }

    /// What the decoder found wrong, with where.
    private static func damage(_ error: any Error) -> TransferError {
        switch error {
        case let DecodingError.dataCorrupted(context), let DecodingError.keyNotFound(_, context),
            let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return .damaged(
                "at \(path.isEmpty ? "the top" : String(path.drop { $0 == "." })): \(plain(context.debugDescription))")
        default:
            return .damaged(String(describing: error))
        }
    }
}

/// Why a document could not be imported. Nothing is changed when one is thrown.
public enum TransferError: Error, Equatable, CustomStringConvertible {
    case notAnExport
    case newerVersion(Int)
    case damaged(String)
    case invalid(String, String)
    case alreadyThere([Int64])
    case store(StoreError)

    public var description: String {
        switch self {
        case .notAnExport: "this is not a followup export (no \"format\": \"\(ExportDocument.formatName)\")"
        case let .newerVersion(version):
            "this export has version \(version); this followup reads version \(ExportDocument.currentVersion)"
        case let .damaged(detail): "the export is damaged \(CleanText.visible(detail))"
        case let .invalid(field, problem):
            "the export was refused, nothing imported: \(CleanText.visible(field)) \(problem)"
        case let .alreadyThere(ids):
            ids.count == 1
                ? "application #\(ids[0]) is already in the database; --replace overwrites it"
                : "applications \(ids.map { "#\($0)" }.joined(separator: ", ")) are already in the database; --replace overwrites them"
        case let .store(error): error.description
        }
    }
}
