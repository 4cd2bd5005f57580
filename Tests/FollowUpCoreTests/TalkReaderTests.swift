import Testing

@testable import FollowUpCore

/// What was talked about with whom, for the thank-you notes, and what is no topic.
struct TalkReaderTests {
    let people = [Contact(name: "Helen Park"), Contact(name: "Sam Okafor")]

    @Test func aTopicIsReadAfterTheTalkOrWhatTheyLiked() {
        #expect(
            TalkReader().topics(in: "sam was really into my dashboard project", contacts: people) == [
                "Sam Okafor": "my dashboard project"
            ])
        #expect(TalkReader().topics(in: "Helen loved my portfolio", contacts: people) == ["Helen Park": "my portfolio"])
    }

    @Test func aWorryOrAPersonIsNoTopic() {
        #expect(TalkReader().topics(in: "not sure whether helen liked me", contacts: people).isEmpty)
        #expect(TalkReader().topics(in: "i think sam liked me", contacts: people).isEmpty)
    }

    @Test func aTopicBeforeTheNameAndOneSharedByEveryoneAreRead() {
        let line = "we talked about their dashboard migration with sam and the team is moving to kubernetes"
        #expect(TalkReader().topics(in: line, contacts: people) == ["Sam Okafor": "their dashboard migration"])
        #expect(TalkReader().sharedTopic(in: line, contacts: people) == "how the team is moving to kubernetes")
        #expect(TalkReader().sharedTopic(in: "we discussed their roadmap", contacts: people) == "their roadmap")
    }

    @Test func aTopicSetApartByDashesOrAFewWordsOnIsRead() {
        let line = "met Helen Park - we talked a lot about the kiosk rollout - and Sam from payroll"
        #expect(TalkReader().sharedTopic(in: line, contacts: people) == "the kiosk rollout")
    }

    @Test func theTimingOrTheDayIsNoSharedTopic() {
        for line in [
            "they are looking to decide by friday", "it went on for two hours", "they told me about it",
            "the commute is killing me", "they're taking a while",
        ] {
            #expect(TalkReader().sharedTopic(in: line, contacts: people) == nil, "\(line)")
        }
    }
}
