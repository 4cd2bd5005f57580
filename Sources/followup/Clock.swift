import Foundation

/// The moment the coach treats as now: the real time, or one fixed by `--now` / `FOLLOWUP_NOW`.
struct Clock {
    let fixed: Date?

    func now() -> Date {
        fixed ?? Date()
    }
}
