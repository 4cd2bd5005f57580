import ArgumentParser
import FollowUpCore
import Foundation

extension DraftForm: ExpressibleByArgument {}

/// `followup draft APP KIND`: a message, written out.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write a thank-you note, a follow-up or a decline for an application.",
        discussion: """
            KIND is thank-you (one per person still waiting, or --contact), first-follow-up, \
            second-follow-up or decline. Forms: thank-you as email, card or linkedin; follow-ups as \
            email, phone (a script) or linkedin (a short message); decline as email. There is no third follow-up.

            Your own templates in $XDG_CONFIG_HOME/followup/templates/ (default ~/.config/followup/templates/) \
            replace the built-in ones: KIND-FORM.txt, such as thank-you-email.txt, thank-you-card.txt, \
            first-follow-up-phone.txt, second-follow-up-linkedin.txt or decline-email.txt. \
            An email template starts with a "Subject:" line. Fields: \
            \(Template.fields.map { "{\($0.name)} (\($0.meaning))" }.joined(separator: ", ")). \
            A line naming a field with no value is left out. A template larger than \(TemplateFolder.sizeLimit / 1024) KB, \
            or not UTF-8 text, is reported and the built-in one used.
            """)

    /// What to print.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, eml, json
    }

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Argument(help: ArgumentHelp("thank-you, first-follow-up, second-follow-up or decline.", valueName: "kind"))
    var kind: String

    @Option(help: "The person it is for (default: everyone waiting for a thank-you, else the main contact).")
    var contact: String?

    @Option(help: "email, card, phone or linkedin (default: email).")
    var form: DraftForm?

    @Option(help: "text, eml (an RFC 5322 message a mail client opens as a draft) or json.")
    var format: Format = .text

    func run() throws {
        try Failure.reporting {
            guard let kind = DraftKind(rawValue: kind.lowercased()) else {
                if kind.lowercased().contains("third") {
                    throw Failure.message(DraftError.thirdFollowUp.description, .dataError)
                }
                throw Failure.message(
                    "unknown kind \"\(kind)\"; use thank-you, first-follow-up, second-follow-up or decline", .usage)
            }
            let store = try options.store()
            let stored = try store.find(app)
            let drafter = Drafter(
                calendar: options.calendar, overrides: TemplateFolder(environment: options.environment).load(),
                sender: try store.senderName())
            let result: (drafts: [Draft], notes: [DraftNote])
            do {
                let plan = store.planner.plan(for: stored.application, at: try options.clock().now())
                let late = plan.map { Planner.thanksFolded(stored.application, steps: $0.steps) } ?? false
                result = try drafter.drafts(
                    kind, form: form, for: stored.application, contact: contact, lateThanks: late)
            } catch {
                throw Failure.message("\(error)", .dataError)
            }
            for note in result.notes { Output.error("\(note)") }
            switch format {
            case .json:
                try JSONOutput.write(result.drafts)
            case .eml:
                guard result.drafts.count == 1, let draft = result.drafts.first else {
                    throw Failure.message("several people are waiting for this note; pick one with --contact", .usage)
                }
                guard draft.form == .email else {
                    throw Failure.message("only an email draft can be written as eml", .usage)
                }
                Output.raw(draft.eml)
            case .text:
                Output().write(
                    result.drafts.map { draft in
                        (draft.to.map { "To: \($0)\n" } ?? "") + draft.text + "\n"
                    }.joined(separator: "\n-----\n\n"))
            }
        }
    }
}
