/// Strings looked for all at once, ignoring ASCII case: where the first of them in a text
/// begins. One pass over the text, trying at each byte only the strings that start with it,
/// in place of a search of the whole text for each string.
struct StopSearch {
    /// The strings' bytes, in lower case, by their first byte.
    private let byFirstByte: [[[UInt8]]]

    /// Looks for `stops`, each in lower case.
    init(_ stops: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for stop in stops where !stop.isEmpty {
            let bytes = Array(stop.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        byFirstByte = table
    }

    /// Where the first of the strings begins in `text`, as `Words.range(of:ignoringCaseIn:)`
    /// finds each; `passing` is asked of each one found, with the bytes of the string, and
    /// the search reads on past it when it says so.
    func first(
        in text: Substring, passing: (Range<String.Index>, [UInt8]) -> Bool = { _, _ in false }
    ) -> String.Index? {
        let utf8 = text.utf8
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            for start in haystack.indices {
                for stop in byFirstByte[Int(Words.lowered(haystack[start]))]
                where stop.count <= haystack.count - start
                    && stop.indices.dropFirst().allSatisfy({ Words.lowered(haystack[start + $0]) == stop[$0] })
                {
                    let lower = utf8.index(utf8.startIndex, offsetBy: start)
                    if !passing(lower..<utf8.index(lower, offsetBy: stop.count), stop) { return start }
                }
            }
            return nil
        }
        guard let found = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: found)
    }
}
