/// A set of ASCII bytes as bits, for tests that read one byte.
struct ASCIISet: Sendable {
    /// Bytes 0 to 63, then 64 to 127.
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The bytes below 128 for which `isMember` holds.
    init(where isMember: (UInt8) -> Bool) {
        for byte in UInt8(0)..<128 where isMember(byte) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// Whether `byte` is in the set; a byte of 128 or more never is.
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> UInt64(byte) & 1 == 1 : byte < 128 && high >> UInt64(byte - 64) & 1 == 1
    }
}
