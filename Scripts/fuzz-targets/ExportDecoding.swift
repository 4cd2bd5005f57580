import FollowUpCore
import Foundation

// libFuzzer target: reading an export document (FollowUpStore's ExportDocument.read) from any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? ExportDocument.read(Data(bytes: bytes, count: count))
    return 0
}
