import Testing

@testable import FollowUpCore

/// The intent reader's phrase lists hold each phrase once: a repeated entry means two people
/// edited a list without seeing each other, and hides which place decides.
struct PhraseListTests {
    static let lists: [(String, [String])] = [
        ("whatNow", Array(IntentReader.whatNow)), ("notInterested", Array(IntentReader.notInterested)),
        ("offer", Array(IntentReader.offer)),
        ("rejected", Array(IntentReader.rejected)), ("nextRound", Array(IntentReader.nextRound)),
        ("gotInTouch", Array(IntentReader.gotInTouch)),
        ("correctionMarkers", Array(IntentReader.correctionMarkers)),
        ("correctionPhrases", Array(IntentReader.correctionPhrases)),
        ("quit", Array(IntentReader.quit)), ("greetings", Array(IntentReader.greetings)),
        ("thanks", Array(IntentReader.thanks)),
        ("didIt", Array(IntentReader.didIt)), ("noReply", Array(IntentReader.noReply)),
        ("acceptedElsewhere", Array(IntentReader.acceptedElsewhere)),
        ("references", Array(IntentReader.references)), ("stillDeciding", Array(IntentReader.stillDeciding)),
        ("changedMind", Array(IntentReader.changedMind)), ("explain", Array(IntentReader.explain)),
        ("whoAreYou", Array(IntentReader.whoAreYou)),
        ("noAddress", Array(IntentReader.noAddress)), ("askingWords", Array(IntentReader.askingWords)),
        ("standingWords", Array(IntentReader.standingWords)), ("futureMarkers", Array(IntentReader.futureMarkers)),
        ("wantingTheJob", Array(IntentReader.wantingTheJob)),
    ]

    @Test(arguments: lists.map(\.0))
    func aListHoldsEachPhraseOnce(name: String) {
        let list = Self.lists.first { $0.0 == name }?.1 ?? []
        let repeated = Dictionary(grouping: list, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(name) repeats \(repeated)")
    }
}
