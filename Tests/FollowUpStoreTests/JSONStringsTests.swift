import Foundation
import Testing

@testable import FollowUpStore

/// The one-pass reading of a JSON text's strings that the import check relies on.
struct JSONStringsTests {
    /// Every string value of `json` as (member name, text), nil text where an escape is malformed.
    func strings(_ json: String) -> [(key: String, text: String?)] {
        var found: [(key: String, text: String?)] = []
        let complete = JSONStrings.allSatisfy(Data(json.utf8)) { value in
            found.append((String(decoding: value.key, as: UTF8.self), value.text))
            return true
        }
        #expect(complete)
        return found
    }

    @Test func valuesCarryTheNameOfTheirMemberAndKeysAreNotValues() {
        let found = strings(#"{"a": "x", "list": ["y", {"b": "z", "n": 3, "t": true}], "c": null, "d": "w"}"#)
        #expect(found.map(\.key) == ["a", "list", "b", "d"])
        #expect(found.map(\.text) == ["x", "y", "z", "w"])
    }

    @Test func escapesAreReadAsJSONReadsThem() {
        let found = strings(#"{"text": "a\u00e9\n\"\\\/\t\ud83d\ude00", "raw": "caf\#u{E9} \#u{200B}"}"#)
        #expect(found[0].text == "a\u{E9}\n\"\\/\t\u{1F600}")
        #expect(found[1].text == "caf\u{E9} \u{200B}")
    }

    @Test func aLoneSurrogateOrABadEscapeHasNoText() {
        #expect(strings(#"["\ud800", "\udc00x", "\ud800\u0041", "\q", "\u12"]"#).allSatisfy { $0.text == nil })
    }

    @Test func plainMeansPrintableASCIIWithoutEscapes() {
        var plain: [Bool] = []
        _ = JSONStrings.allSatisfy(Data(#"["Acme, Inc.", "a\nb", "caf\#u{E9}", "tab\there"]"#.utf8)) { value in
            plain.append(value.isPlain)
            return true
        }
        #expect(plain == [true, false, false, false])
    }

    @Test func theFirstRefusalStopsThePass() {
        var seen = 0
        let all = JSONStrings.allSatisfy(Data(#"["a", "b", "c"]"#.utf8)) { value in
            seen += 1
            return value.text != "b"
        }
        #expect(!all && seen == 2)
    }

    @Test func textNotLaidOutAsJSONStopsThePass() {
        #expect(!JSONStrings.allSatisfy(Data(#"{"a": "b""#.utf8)) { _ in true })
        #expect(!JSONStrings.allSatisfy(Data(#"{"a": #}"#.utf8)) { _ in true })
    }
}
