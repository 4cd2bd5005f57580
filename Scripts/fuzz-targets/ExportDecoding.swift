import FollowUpCore
import Foundation

// libFuzzer target: reading an export document (FollowUpStore's ExportDocument.read) from any
// bytes. Whatever the import's own reader reads, JSONDecoder must read the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let read = ExportReader.read(data)?.document {
        precondition(read == (try? ExportDocument.decoder.decode(ExportDocument.self, from: data)))
    }
    _ = try? ExportDocument.read(data)
    return 0
}
