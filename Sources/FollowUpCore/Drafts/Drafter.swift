import Foundation

/// Writes the drafts for an application from its templates.
public struct Drafter: Sendable {
    public let calendar: Calendar
    /// The user's templates by name, replacing the built-in ones they name.
    public let overrides: [String: Template]
    /// The user's own name, which the drafts are signed with; nil leaves "[your name]" to replace.
    public let sender: String?

    public init(calendar: Calendar, overrides: [String: Template] = [:], sender: String? = nil) {
        self.calendar = calendar
        self.overrides = overrides
        self.sender = sender
    }

    /// Where the sender's name goes when none is set.
    public static let unnamedSender = "[your name]"

    /// The drafts of `kind` (one per person waiting for a thank-you, else one for the main
    /// contact or `contact`), and anything the user should know about them. With `lateThanks`,
    /// a first follow-up also thanks them for the interview (the plan says when: the note to
    /// the main contact never went out).
    public func drafts(
        _ kind: DraftKind, form: DraftForm? = nil, for app: Application, contact: String? = nil,
        lateThanks: Bool = false
    ) throws(DraftError) -> (drafts: [Draft], notes: [DraftNote]) {
        let form = form ?? kind.forms[0]
        guard kind.forms.contains(form) else { throw .noSuchForm(kind, form) }
        // Once they have answered, or the candidate has moved on, a note asking about the next step is out of place.
        // Withdrawing, or taking another offer, is said in a short decline.
        let bowedOut = [.withdrew, .acceptedElsewhere].contains(app.closure?.reason)
        if kind == .decline ? app.closure != nil && !bowedOut : app.closure != nil || app.outcome != nil {
            throw .finished(app.phase)
        }
        // Declining, a plain thank-you still goes out until they ask; then the decline thanks them.
        if kind != .decline, let declining = app.declining, kind != .thankYou || declining.isTime {
            throw .declining(kind)
        }
        if kind == .decline, app.declining == nil, !bowedOut { throw .notDeclining }
        var people: [Contact]
        if let contact {
            guard let person = app.contact(named: contact) else {
                throw .unknownContact(contact, known: app.contacts.map(\.name))
            }
            people = [person]
        } else if kind == .thankYou {
            people = app.contactsToThank
        } else {
            people = app.mainContact.map { [$0] } ?? []
        }
        if people.isEmpty { people = [Contact(name: "")] }
        let (template, notes) = template(kind, form)
        var allNotes = notes
        if kind == .thankYou, contact == nil, !app.contacts.isEmpty, app.contactsAwaitingThanks.isEmpty {
            allNotes.append(.allThanked)
        }
        let drafts = people.map { person -> Draft in
            if kind == .thankYou, person.detail == nil, !person.name.isEmpty {
                allNotes.append(.missingDetail(person.name))
            }
            var address = form == .email ? person.email : nil
            if let given = address, !MailAddress.isWellFormed(given) {
                allNotes.append(.unusableAddress(person.name, given))
                address = nil
            }
            var values = values(for: person, in: app)
            if kind == .thankYou, app.declining == nil {
                values["interest"] =
                    form == .card
                    ? "I'm keen on the \(app.role ?? "") role and hope to hear from you soon."
                    : "Meeting you made me even more interested in the role, and I look forward to hearing about the next step."
            }
            if lateThanks, kind == .firstFollowUp {
                // "Again" only after thanks they heard: in the room, as no note went out.
                let again = app.isDone(.sayThanks) ? " again" : ""
                values["late_thanks"] = "Thank you\(again) for taking the time to meet me; I enjoyed our conversation."
            }
            let (subject, body) = template.render(values)
            return Draft(
                kind: kind, form: form, contact: person.name.isEmpty ? nil : person.name,
                contactID: person.name.isEmpty ? nil : person.id,
                to: address, subject: form == .email ? subject : nil, body: body)
        }
        return (drafts, allNotes)
    }

    /// The user's template when it only names known fields, else the built-in one and why.
    func template(_ kind: DraftKind, _ form: DraftForm) -> (Template, [DraftNote]) {
        let name = BuiltInTemplates.name(kind, form)
        // BuiltInTemplates.name gives only names that BuiltInTemplates.all holds (a test checks each kind and form).
        let builtIn = Template(name: name, text: BuiltInTemplates.all[name]!)
        guard let mine = overrides[name] else { return (builtIn, []) }
        let unknown = mine.unknownFields
        guard unknown.isEmpty else {
            return (builtIn, [.unknownFields(template: name, fields: unknown)])
        }
        return (mine, [])
    }

    /// A topic as said to the person it is about: "their dashboard migration" becomes "your
    /// dashboard migration", "how the team is moving" becomes "how your team is moving".
    static func spokenTo(_ detail: String) -> String {
        var words = detail.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.prefix(3) {
            switch words[index].lowercased() {
            case "their": words[index] = "your"
            case "the" where index + 1 < words.count && words[index + 1].lowercased() == "team": words[index] = "your"
            default: continue
            }
            break
        }
        // "the project they are doing": said to them, it is the one you are doing.
        for (index, word) in words.enumerated() where index > 0 {
            switch word.lowercased() {
            case "they" where index + 1 < words.count && ["are", "were"].contains(words[index + 1].lowercased()):
                words[index] = "you"
            case "they're", "theyre": words[index] = "you're"
            default: continue
            }
        }
        return words.joined(separator: " ")
    }

    /// A role as said after "as": "the hiring manager", "someone in HR"; one said with its
    /// article stays as it is.
    static func asARole(_ role: String) -> String {
        let lower = role.lowercased()
        if ["the ", "a ", "an "].contains(where: lower.hasPrefix) { return role }
        return role.count <= 4 && role == role.uppercased() ? "someone in \(role)" : "the \(role)"
    }

    func values(for person: Contact, in app: Application) -> [String: String] {
        var values: [String: String] = [:]
        values["name"] = person.name.isEmpty ? nil : person.name
        values["first_name"] = person.name.isEmpty ? "there" : person.isPlaceholder ? "[their name]" : person.firstName
        values["their_role"] = person.role
        values["company"] = app.company
        values["position"] = app.role
        // The notes' lines never hang on a title not given: "the role at Hooli".
        values["job"] = ["the", app.role, "role", app.company.map { "at " + $0 }].compactMap { $0 }.joined(
            separator: " ")
        values["detail"] = person.detail.map(Self.spokenTo)
        values["thank_you"] = "Thank you"
        // Notes to several people of one interview differ by what is known of each; no topic is
        // made up, so one not known is left for the user to fill.
        if app.contacts.count > 1, !person.name.isEmpty, !person.isPlaceholder {
            values["thank_you"] = "Thank you, \(person.firstName),"
            values["their_part"] = person.role.map(Self.asARole)
            if person.detail == nil { values["detail"] = "[what you talked about with \(person.firstName)]" }
        }
        values["interview_day"] = app.interviewEnd.map { DateText(calendar: calendar).day(Day($0, in: calendar)) }
        if app.declining?.futureInterest == true { values["company_for_future_roles"] = app.company }
        // The question not asked in the room goes into the note, as the plan advises.
        let asking = app.status(of: .askNextStep) == .missed || app.status(of: .askNextStep) == .unknown
        if asking, app.declining == nil {
            values["timeline_question"] = "Could you tell me what the next steps are, and when you expect to decide?"
        }
        // Only what the user said: another offer when they took or have one, else the playbook's plain words.
        values["reason"] = DeclineReason(app).sentence
        values["my_name"] = sender ?? Self.unnamedSender
        return values
    }
}

/// Something the user should know about a draft.
public enum DraftNote: Equatable, Sendable, CustomStringConvertible {
    /// The person's note says nothing specific.
    case missingDetail(String)
    /// The user's template names fields that do not exist, so the built-in one was used.
    case unknownFields(template: String, fields: [String])
    /// The person's email is not one well-formed address, so the draft has no recipient.
    case unusableAddress(String, String)
    /// Every thank-you note is recorded as sent: the drafts are for reference.
    case allThanked

    public var description: String {
        switch self {
        case let .missingDetail(name):
            "\(name)'s note has no specific detail; it is stronger with one."
        case let .unknownFields(template, fields):
            "Your template \(template).txt names unknown field\(fields.count == 1 ? "" : "s") \(fields.map { "{\($0)}" }.joined(separator: ", ")), so I used the built-in one."
        case let .unusableAddress(name, address):
            "\(name.isEmpty ? "The contact" : name)'s email \"\(address)\" is not one plain address (like name@example.com), so the draft has no recipient; correct it and draft again."
        case .allThanked:
            "Every thank-you note is recorded as sent already; these are for reference."
        }
    }
}

/// Why a draft could not be written.
public enum DraftError: Error, Equatable, CustomStringConvertible {
    case noSuchForm(DraftKind, DraftForm)
    case declining(DraftKind)
    case notDeclining
    case unknownContact(String, known: [String])
    case thirdFollowUp
    case finished(Phase)

    public var description: String {
        switch self {
        case let .finished(.closed(reason)):
            "this application is closed (\(reason.spoken)), so there is nothing to draft for it"
        case let .finished(phase):
            "the employer has answered (\(phase.spoken)), so there is no follow-up to draft; answer them directly"
        case let .noSuchForm(kind, form):
            "a \(kind.rawValue) comes as \(kind.forms.map(\.rawValue).joined(separator: " or ")), not \(form.rawValue)"
        case let .declining(kind):
            "you're on the decline path, so there is no \(kind.rawValue) to send; the decline draft is the one you need"
        case .notDeclining:
            "the decline draft is for when you're not interested; say so first (followup decline APP)"
        case let .unknownContact(name, known):
            "no contact named \"\(name)\"; known: \(known.isEmpty ? "nobody yet" : known.joined(separator: ", "))"
        case .thirdFollowUp:
            "there is no third follow-up to draft: after two polite follow-ups the best move is to let it go, since more contact tends to look desperate rather than keen"
        }
    }
}
