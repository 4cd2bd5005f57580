import Foundation
import Testing

@testable import FollowUpCore

/// The readers behind the dialogue, at a fixed reference day (Thursday, Nov 26, 2026).
struct UnderstandingTests {
    let calendar = ScheduleTests.calendar("America/New_York")
    let thursday = Day(iso: "2026-11-26")!

    func timeFrame(_ text: String) -> TimeFrame? {
        TimeFrameReader(calendar: calendar).timeFrame(in: text, interviewDay: thursday)
    }

    @Test(arguments: [
        ("yes", YesNo.yes), ("yep", .yes), ("yeah I did", .yes), ("I think so", .yes), ("of course", .yes),
        ("no", .no), ("nope", .no), ("nah, totally forgot", .no), ("I didn't", .no), ("not really", .no),
        ("not sure", .unsure), ("kind of", .unsure), ("maybe", .unsure), ("I don't remember", .unsure),
    ])
    func yesNoAndUnsure(text: String, expected: YesNo) {
        #expect(YesNo(Words(text)) == expected)
    }

    @Test(arguments: [
        ("i would like to hear about other roles there in future tho", YesNo.yes),
        ("id be open to something remote there down the line", .yes),
        ("and if i just want to say no for good, no future stuff?", .no),
        ("no i dont want to hear about other jobs there", .no),
        ("nah", .no),
    ])
    func futureRolesAreWantedOrNotInPlainWords(line: String, answer: YesNo) {
        #expect(FutureInterestAnswer.read(Words(line)) == answer)
    }

    @Test func noAnswerIsReadFromUnrelatedText() {
        #expect(YesNo(Words("banana")) == nil)
    }

    @Test(arguments: [
        ("two weeks", TimeFrame.within(2, .weeks)), ("in 10 days", .within(10, .days)),
        ("a week or two", .within(2, .weeks)), ("2-3 weeks", .within(3, .weeks)),
        ("a couple of weeks", .within(2, .weeks)), ("within 5 business days", .within(5, .businessDays)),
        ("a month", .within(1, .months)), ("they said three wekes", .within(3, .weeks)),
        ("by Friday the 11th", .by(Day(iso: "2026-12-11")!)), ("by Dec 12", .by(Day(iso: "2026-12-12")!)),
        ("12/12", .by(Day(iso: "2026-12-12")!)), ("2027-01-08", .by(Day(iso: "2027-01-08")!)),
        ("by friday", .by(Day(iso: "2026-11-27")!)), ("next Friday", .by(Day(iso: "2026-12-04")!)),
        ("end of next week", .by(Day(iso: "2026-12-04")!)), ("end of the month", .by(Day(iso: "2026-11-30")!)),
        ("the 3rd", .by(Day(iso: "2026-12-03")!)), ("January 5th", .by(Day(iso: "2027-01-05")!)),
        ("they didn't say", .unknown), ("no idea", .unknown), ("by mid december", .by(Day(iso: "2026-12-18")!)),
    ])
    func timeFrames(text: String, expected: TimeFrame) {
        #expect(timeFrame(text) == expected)
    }

    @Test func aLineWithNoTimingYieldsNoTimeFrame() {
        #expect(timeFrame("I second that") == nil)
        #expect(timeFrame("banana") == nil)
    }

    @Test func peopleWithRolesInSeveralForms() {
        let reader = PeopleReader()
        #expect(
            reader.people(in: "Sarah Lee, hiring manager; Tom Park, HR").map(\.described)
                == ["Sarah Lee (hiring manager)", "Tom Park (HR)"])
        #expect(
            reader.people(in: "I met Sarah Lee (hiring manager) and Tom from HR").map(\.described)
                == ["Sarah Lee (hiring manager)", "Tom (HR)"])
        #expect(
            reader.people(in: "Sarah Lee, the hiring manager, and Tom Park").map(\.described)
                == ["Sarah Lee (hiring manager)", "Tom Park"])
        #expect(reader.people(in: "Dana Wu, editor").map(\.described) == ["Dana Wu (editor)"])
        #expect(reader.people(in: "sarah lee and tom").map(\.name) == ["Sarah Lee", "Tom"])
        #expect(reader.people(in: "the hiring manager Sarah Lee").map(\.described) == ["Sarah Lee (hiring manager)"])
    }

    @Test func momentsOfTheInterviewsEnd() throws {
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        let reader = MomentReader(calendar: calendar)
        let text = DateText(calendar: calendar)
        func read(_ line: String) -> String? { reader.moment(in: line, now: now).map { text.moment($0.date) } }
        #expect(read("just now") == "Thursday, Nov 26 at 5:00 PM")
        #expect(read("") == "Thursday, Nov 26 at 5:00 PM")
        #expect(read("an hour ago") == "Thursday, Nov 26 at 4:00 PM")
        #expect(read("half an hour ago") == "Thursday, Nov 26 at 4:30 PM")
        #expect(read("at 3") == "Thursday, Nov 26 at 3:00 PM")
        #expect(read("10:30am") == "Thursday, Nov 26 at 10:30 AM")
        #expect(read("16:30") == "Thursday, Nov 26 at 4:30 PM")
        #expect(read("yesterday at 4pm") == "Wednesday, Nov 25 at 4:00 PM")
        #expect(read("on Monday at noon") == "Monday, Nov 23 at 12:00 PM")
        #expect(read("2026-11-26T15:00") == "Thursday, Nov 26 at 3:00 PM")
        #expect(reader.moment(in: "yesterday", now: now)?.assumed?.contains("5:00 PM") == true)
        #expect(read("banana") == nil)
        // An emoji alone tells no time: asked again, not taken as just now.
        #expect(read("🙂") == nil)
        // A bare clock time still ahead today is yesterday's, and the coach says it assumed so.
        #expect(read("at 7pm") == "Wednesday, Nov 25 at 7:00 PM")
        #expect(reader.moment(in: "at 7pm", now: now)?.assumed?.contains("yesterday") == true)
        #expect(reader.moment(in: "today at 7pm", now: now)?.date ?? .distantPast > now)
    }

    @Test func typosInTheWordsThatMatter() {
        #expect(Words("thnaks for the help").has("thanks"))
        #expect(Words("tomorow works").has("tomorrow"))
        #expect(!Words("I think so").has("thank"))
    }

    @Test(arguments: [
        ("what should I do now?", Intent.whatNow), ("whats next", .whatNow), ("now what", .whatNow),
        ("I'm not interested in this job", .notInterested), ("they offered me the job!", .employerAnswered(.offer)),
        ("they rejected me", .employerAnswered(.rejected)), ("I got a second interview", .employerAnswered(.nextRound)),
        ("should I follow up a third time?", .advice(.thirdFollowUp)),
        ("should I call or email?", .advice(.callOrEmail)),
        ("actually they said three weeks", .correction("they said three weeks")), ("why?", .why),
    ])
    func intents(text: String, expected: Intent) {
        #expect(IntentReader().intent(of: Words(text)) == expected)
    }

    @Test func severalStepsSettledInOneAnswer() {
        var app = Application()
        app.contacts = [Contact(name: "Sarah Lee"), Contact(name: "Tom Park")]
        let contacts = app.contacts
        let reader = RoomAnswerReader()
        let both = reader.read("yes, and I got both their cards", asked: .expressInterest, contacts: contacts)
        #expect(both.steps == [.expressInterest: .yes, .collectCards: .yes])
        let partial = reader.read("yes but only Sarah's", asked: .collectCards, contacts: contacts)
        #expect(partial.details == [1: true, 2: false])
        #expect(partial.steps[.collectCards] == .no)
        let mixed = reader.read("I thanked them but forgot to ask about timing", asked: .sayThanks, contacts: contacts)
        #expect(mixed.steps == [.sayThanks: .yes, .askNextStep: .no])
        // Trial 18: telling one of them "i really want this" is the interest said.
        let told = reader.read("i think it went well, i told meera i really want this", asked: nil, contacts: contacts)
        #expect(told.steps[.expressInterest] == .yes)
    }
}

/// The readings the coach asks about or states.
struct AmbiguityTests {
    let calendar = ScheduleTests.calendar("America/New_York")

    func mention(_ text: String, at moment: String) throws -> DateMention {
        let now = try ISOMoment.parse(moment, calendar: calendar)
        return try #require(DateFinder(calendar: calendar).mentions(in: text, reference: now).first)
    }

    @Test func fridaySaidOnAFridayHasTwoReadings() throws {
        let friday = try mention("by Friday", at: "2026-11-27T10:00")
        #expect(friday.end?.description == "2026-12-04")
        #expect(friday.alternative?.description == "2026-11-27")
        #expect(!friday.isConvention)
    }

    @Test func nextFridayIsTheFridayOfNextWeekAndSaysSo() throws {
        let next = try mention("next Friday", at: "2026-11-23T10:00")
        #expect(next.end?.description == "2026-12-04")
        #expect(next.alternative?.description == "2026-11-27")
        #expect(next.isConvention)
    }

    @Test func theThirdRightAfterTheThirdIsAskedAbout() throws {
        let third = try mention("the 3rd", at: "2026-12-04T10:00")
        #expect(third.end?.description == "2027-01-03")
        #expect(third.alternative?.description == "2026-12-03")
        let clear = try mention("the 3rd", at: "2026-11-26T10:00")
        #expect(clear.alternative == nil)
    }
}

/// The phrase tables, numeric dates by region, bounds and lengths.
struct DateReadingTests {
    let calendar = ScheduleTests.calendar("America/New_York")

    func mentions(_ text: String, at moment: String = "2026-11-26T17:00", order: DateOrder = .monthFirst) throws
        -> [DateMention]
    {
        let now = try ISOMoment.parse(moment, calendar: calendar)
        return DateFinder(calendar: calendar, order: order).mentions(in: text, reference: now)
    }

    static func repeated(_ list: [String]) -> [String] {
        Dictionary(grouping: list, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    @Test func noPhraseTableListsAPhraseTwice() {
        let tables = [
            DateScan.partsOfDay.duplicates, DateScan.hourWords.duplicates, DateScan.minuteWords.duplicates,
            DateScan.lengthUnits.duplicates, DateScan.leadingFractions.duplicates,
            DateScan.trailingFractions.duplicates,
            DateScan.weekdayOrdinals.duplicates, DateScan.periodParts.duplicates, DateScan.periodWhich.duplicates,
        ]
        let tablesClean = tables.allSatisfy { $0.isEmpty }
        #expect(tablesClean, "\(tables)")
        let lists = [
            YesNo.unsurePhrases.all, YesNo.unsureWords.all, YesNo.noPhrases.all, YesNo.noWords, YesNo.yesWords,
            YesNo.murmurs.all, YesNo.yesPhrases.all, DateScan.unknownPhrases, Array(Tense.pastWords),
            Array(Tense.futureWords),
        ]
        let repeated = lists.map(Self.repeated)
        let listsClean = repeated.allSatisfy { $0.isEmpty }
        #expect(listsClean, "\(repeated)")
    }

    @Test func aTableWithARepeatedPhraseIsCaught() {
        let table = PhraseTable<Int>([("late", 1), ("late evening", 2), ("late", 3)])
        #expect(table.duplicates == ["late"])
    }

    @Test func theLongestPhraseWinsThenThePriority() {
        let table = PhraseTable<Int>(
            [("late", 1), ("late in the evening", 2), ("late in", 3), ("soon", 4), ("soon", 5)],
            priority: { $0 == "soon" ? 0 : 1 })
        var scan = DateScan(
            tokens: ["late", "in", "the", "evening"], today: Day(year: 2026, month: 11, day: 26), calendar: calendar,
            past: false, reference: Date(), order: .monthFirst)
        #expect(table.match(&scan) == 2)
        #expect(scan.index == 4)
        var other = DateScan(
            tokens: ["late", "in", "june"], today: Day(year: 2026, month: 11, day: 26), calendar: calendar,
            past: false, reference: Date(), order: .monthFirst)
        #expect(table.match(&other) == 3)
    }

    @Test func theRegionDecidesTheOrderOfNumericDates() {
        #expect(DateOrder(localeName: "en_GB.UTF-8") == .dayFirst)
        #expect(DateOrder(localeName: "de_DE") == .dayFirst)
        #expect(DateOrder(localeName: "fr_FR.UTF-8") == .dayFirst)
        #expect(DateOrder(localeName: "en_US.UTF-8") == .monthFirst)
        #expect(DateOrder(localeName: "C.UTF-8") == .monthFirst)
        #expect(DateOrder(localeName: "") == .monthFirst)
        #expect(DateOrder(locale: DateOrder.dayFirst.locale) == .dayFirst)
        #expect(DateOrder(locale: Locale(identifier: "en_US_POSIX")) == .monthFirst)
    }

    @Test func anAmbiguousNumericDateKeepsTheOtherReading() throws {
        let monthFirst = try #require(try mentions("by 3/4").first)
        #expect(monthFirst.end?.description == "2027-03-04")
        #expect(monthFirst.alternative?.description == "2027-04-03")
        let dayFirst = try #require(try mentions("by 3/4", order: .dayFirst).first)
        #expect(dayFirst.end?.description == "2027-04-03")
        #expect(dayFirst.alternative?.description == "2027-03-04")
        let clear = try #require(try mentions("24/3").first)
        #expect(clear.end?.description == "2027-03-24")
        #expect(clear.alternative == nil)
        #expect(try mentions("12/12").first?.alternative == nil)
    }

    /// The chat's readers take the order from the calendar's locale, which the executable sets.
    @Test func theChatReadsTheCalendarsOrderAndKeepsTheOtherDay() throws {
        var british = calendar
        british.locale = DateOrder.dayFirst.locale
        let reading = try #require(
            TimeFrameReader(calendar: british).reading(
                of: "they'll decide by 3/4", interviewDay: Day(year: 2026, month: 11, day: 26)))
        #expect(reading.frame == .by(Day(year: 2027, month: 4, day: 3)))
        #expect(reading.mention?.alternative?.day == Day(year: 2027, month: 3, day: 4))
    }

    @Test(arguments: [
        "in 2000000000000000000 weeks", "within 10000000 business days", "in 99999999999999999999 months",
        "after 100000 months", "in 11 years", "in 130 months", "9999999 hours", "in 5000 years",
    ])
    func countsBeyondTenYearsAreNoDate(text: String) throws {
        #expect(try mentions(text).isEmpty)
    }

    @Test func countsUpToTenYearsAreRead() throws {
        #expect(try mentions("in 10 years").first?.end?.description == "2036-11-26")
        #expect(try mentions("in 520 weeks").first?.end?.description == "2036-11-13")
        #expect(try mentions("3660 days").first?.length?.iso == "P3660D")
    }

    @Test func lengthsAreWrittenInOneISOFormPerUnit() throws {
        let cases = [
            "45 days": "P45D", "two weeks": "P2W", "a quarter of an hour": "PT15M", "14 months": "P14M",
            "a year and two months": "P1Y2M", "two and a half weeks": "P17DT12H", "90 minutes": "PT90M",
            "an hour and a half": "PT1H30M", "half a year": "P6M",
        ]
        for (text, iso) in cases {
            let mention = try #require(try mentions(text).first, "\(text)")
            #expect(mention.kind == .duration && mention.length?.iso == iso, "\(text)")
        }
        #expect(Length().iso == "PT0M")
    }

    @Test func theTenseOfTheLineDecidesPastOrFuture() throws {
        let understanding = Understanding(calendar: calendar)
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        #expect(understanding.read("I sent the note on Monday", now: now).dates.first?.end?.description == "2026-11-23")
        #expect(understanding.read("they will call on Monday", now: now).dates.first?.end?.description == "2026-11-30")
        #expect(
            understanding.read("she said they would decide by Monday", now: now).dates.first?.end?.description
                == "2026-11-30")
    }

    @Test(arguments: [
        "sorry it was Tuesday not Thursday", "tuesday not thursday", "It was Friday morning", "no, December 3rd",
        "Monday afternoon",
    ])
    func daysAndTimesAreNeverPeople(text: String) {
        #expect(PeopleReader().people(in: text).isEmpty)
    }

    @Test func aTitleWithoutANameIsNotAPerson() {
        #expect(PeopleReader.isTitle("planning lead") && PeopleReader.isTitle("Head of People"))
        #expect(PeopleReader.isTitle("the senior product manager"))
        #expect(!PeopleReader.isTitle("tom park engineer") && !PeopleReader.isTitle("Tom Park engineer"))
        #expect(!PeopleReader.isTitle("Tuesday lead") && !PeopleReader.isTitle("sarah lee"))
    }

    @Test(
        arguments: [
            ("emailed sam last night. still need to do priya", nil),
            ("called the recruiter yesterday, no news", nil),
            ("Quarry Capital, analyst. finished at 3", "Quarry Capital"),
            ("w/ Copperleaf Studios today, met Kim", "Copperleaf Studios"),
        ] as [(String, String?)])
    func aLineThatStartsWithAVerbNamesNoCompany(line: String, company: String?) throws {
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        #expect(IntroReader(calendar: calendar).read(line, now: now).company == company)
    }

    @Test func onlyTheFirstOfTwoInterviewsIsRead() {
        let (first, another) = IntroReader.firstInterview(
            in: "today was Alder Foods, met Kim, they said 10 days. tuesday i also had one at Birch Labs, this week")
        #expect(first == "today was Alder Foods, met Kim, they said 10 days")
        #expect(another)
        #expect(
            IntroReader.firstInterview(in: "finished at Alder Foods and then i also have one at Birch Labs tomorrow")
                == ("finished at Alder Foods", true))
        #expect(!IntroReader.firstInterview(in: "met Tom, and another one at the front desk").1)
        #expect(
            IntroReader.firstInterview(in: "the second interview at Globex went well, met Hank") == (
                "the second interview at Globex went well, met Hank", false
            ))
    }

    @Test(arguments: [
        (["Priya N", "Sam Ortiz"], "her last name is actualy Nair btw", 0, "Priya Nair"),
        (["Sam Ortiz", "Priya Shah"], "oh and her last name is Nair", 1, "Priya Nair"),
        (["Sam", "Priya"], "sam's surname is Ortiz", 0, "Sam Ortiz"),
        (["Sam", "Priya N."], "oh her surname's Nair", 1, "Priya Nair"),
        (["Sam Ortiz", "Priya", "Li Chen"], "her last name is Nair", 1, "Priya Nair"),
        (["Katrin Vogel", "Jonas"], "sorry, her surname is Vogl not Vogel", 0, "Katrin Vogl"),
        (["Dana Kowalski", "Mike"], "mike's name is actually michael reyes", 1, "Michael Reyes"),
        (["Dana Kowalski", "Mike Reyes"], "Mike’s real name is Michael", 1, "Michael Reyes"),
    ])
    func aLastNameGoesToTheOnePersonItCanBe(people: [String], line: String, index: Int, name: String) {
        let fix = NameCorrection.find(in: line, contacts: people.map { Contact(name: $0) })
        #expect(fix == NameCorrection(index: index, name: name))
    }

    @Test func noLastNameIsReadFromAQuestionOrANote() {
        let people = [Contact(name: "Priya")]
        #expect(NameCorrection.find(in: "what was her last name again", contacts: people) == nil)
        #expect(NameCorrection.find(in: "forgot to ask her last name", contacts: people) == nil)
        #expect(NameCorrection.find(in: "her last name is actually Nair", contacts: []) == nil)
    }

    @Test(
        arguments: [
            ("sorry it was Tuesday not Thursday", "2026-11-24"), ("no wait, it was monday", "2026-11-23"),
            ("actually wednesday at 2pm", "2026-11-25T14:00"), ("it was Tuesday", nil),
            ("sorry I met Tom on Tuesday", nil),
            ("no, it was next friday", nil),
        ] as [(String, String?)])
    func aDaySetRightIsReadOnlyWhenThatIsAllTheLineSays(line: String, moment: String?) throws {
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        #expect(DayCorrection(calendar: calendar).day(in: line, now: now)?.start?.description == moment)
    }

    @Test func theDayDeniedIsReadBackFromNow() throws {
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        let reader = DayCorrection(calendar: calendar)
        #expect(reader.daysDenied(in: "sorry it was Tuesday not Thursday", now: now).contains(Day(iso: "2026-11-26")!))
        #expect(!reader.daysDenied(in: "it was Monday not Friday", now: now).contains(Day(iso: "2026-11-26")!))
        #expect(reader.daysDenied(in: "it was Monday", now: now).isEmpty)
    }
}

/// The quick text helpers behind the readers.
struct WordsTests {
    @Test func aTextContainsAPartByteForByte() {
        #expect(Words.text("i met with sarah", contains: "met with "))
        #expect(!Words.text("i met sarah", contains: "met with "))
        #expect(Words.text("abc", contains: ""))
        #expect(!Words.text("ab", contains: "abc"))
    }

    @Test func contractionsAreSpeltOutInOnePass() {
        #expect(
            Words("I can't, won't, didn't — it's Sarah’s").tokens == [
                "i", "can", "not", "will", "not", "did", "not", "it", "sarah",
            ])
        #expect(Words("2-3 weeks, 2026-12-12, a-b").tokens == ["2-3", "weeks", "2026-12-12", "a", "b"])
    }

    @Test func editDistanceCountsSwapsAsOne() {
        #expect(EditDistance.between("fridya", "friday") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("tomorow", "tomorrow") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }
}
