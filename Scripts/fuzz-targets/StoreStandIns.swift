import Foundation

// Stand in for the two FollowUpStore types that ExportDocument.swift names and that need
// GRDB, so that the file compiles alone for the export-decoding target. Decoding makes neither.

/// FollowUpStore's StoreError, reduced to one case.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case failed(String)

    public var description: String {
        switch self {
        case let .failed(text): text
        }
    }
}

/// FollowUpStore's StageChangeRow, reduced to what ExportDocument.Stage reads.
public struct StageChangeRow {
    public var at: Date
    public var fromPhase: String?
    public var toPhase: String
}
