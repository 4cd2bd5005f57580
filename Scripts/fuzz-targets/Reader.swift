import FollowUpCore
import Foundation

// libFuzzer target: the reader (intent, yes or no, channel, people, dates) on any bytes as a line.
let calendar = FuzzSetting.calendar
let understanding = Understanding(calendar: calendar)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = understanding.read(line, now: FuzzSetting.now)
    return 0
}
