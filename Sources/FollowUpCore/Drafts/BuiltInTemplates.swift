/// The templates followup ships with, in its own words. A user's file of the same name in
/// the templates folder replaces one.
public enum BuiltInTemplates {
    /// The template's name for a kind and form: "thank-you-email".
    public static func name(_ kind: DraftKind, _ form: DraftForm) -> String {
        "\(kind.rawValue)-\(form.rawValue)"
    }

    /// Every built-in template's text, by name.
    public static let all: [String: String] = [
        "thank-you-email": """
        Subject: {thank_you} for meeting with me about {job}
        Dear {first_name},

        Thank you for your time on {interview_day} and for telling me more about {job}.
        I appreciated hearing your perspective as {their_part}.
        I especially enjoyed our conversation about {detail}.
        {interest}
        {timeline_question}

        With best regards,
        {my_name}
        """,
        "thank-you-card": """
        Dear {first_name},
        Thank you for meeting with me on {interview_day}.
        I appreciated hearing your perspective as {their_part}.
        I enjoyed talking with you about {detail}.
        {interest}
        {timeline_question}
        {my_name}
        """,
        "thank-you-linkedin": """
        Hi {first_name},
        Thank you for your time on {interview_day}. I enjoyed our talk about {detail}.
        {interest}
        {timeline_question}
        {my_name}
        """,
        "first-follow-up-email": """
        Subject: Following up on my interview for {job}
        Dear {first_name},

        {late_thanks}
        I interviewed for {job} on {interview_day}, and I remain very interested in it.
        Could you tell me how the hiring process is going, and whether you need anything more from me?

        Thank you,
        {my_name}
        """,
        "first-follow-up-phone": """
        Hello {first_name}, this is {my_name}. I interviewed for {job} on {interview_day}.
        {late_thanks}
        I'm still very interested in the role, and I'd like to ask how your hiring process is going.
        (If they name a date, thank them and note it down. Keep the call short.)
        """,
        "first-follow-up-linkedin": """
        Hi {first_name},
        {late_thanks}
        I interviewed for {job} on {interview_day} and I'm still very interested. Could you tell me how the process is going?
        {my_name}
        """,
        "second-follow-up-email": """
        Subject: Still very interested in {job}
        Dear {first_name},

        I'm writing once more about {job}; I would still very much like to join the team.
        If references or more samples of my work would help with your decision, I'd be glad to send them.

        Thank you for your time,
        {my_name}
        """,
        "second-follow-up-phone": """
        Hello {first_name}, this is {my_name}, following up about {job}.
        I'm still interested, and I'd be glad to send references or more samples of my work if that would help.
        May I ask when you expect to fill the role?
        """,
        "second-follow-up-linkedin": """
        Hi {first_name}, one more note about {job}: I'd still very much like to join the team, and I can send references or work samples if that helps.
        {my_name}
        """,
        "decline-email": """
        Subject: My application for {job}
        Dear {first_name},

        Thank you for considering me for {job}, and for your time during the interview.
        {reason}, so I'd like to step back from the process.
        I'd be glad to hear about future openings at {company_for_future_roles}.

        Best wishes,
        {my_name}
        """,
    ]
}
