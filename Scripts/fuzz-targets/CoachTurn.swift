import FollowUpCore
import Foundation

// libFuzzer target: one coach turn on any bytes as the typed line, from a fresh conversation
// and from one in the middle of the walkthrough (the first byte picks which).
let coach = Coach(calendar: FuzzSetting.calendar)
let midWalkthrough = ["Acme", "Designer", "just now", "Sarah Lee, hiring manager, sarah@acme.example; Tom Park, HR"]
    .reduce(coach.opening(Conversation(), now: FuzzSetting.now).state) { state, line in
        coach.respond(to: line, in: state, now: FuzzSetting.now).state
    }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let line = String(decoding: UnsafeBufferPointer(start: bytes + 1, count: count - 1), as: UTF8.self)
    let state = bytes[0] & 1 == 0 ? Conversation() : midWalkthrough
    _ = coach.respond(to: line, in: state, now: FuzzSetting.now)
    return 0
}
