import Foundation

/// This process's memory as Linux reports it in /proc/self/status, in KiB.
enum ResidentMemory {
    /// Resident now (VmRSS).
    static var current: Int { field("VmRSS") }
    /// The most ever resident (VmHWM).
    static var peak: Int { field("VmHWM") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    }
}
