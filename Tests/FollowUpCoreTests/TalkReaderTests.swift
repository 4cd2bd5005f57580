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
}
