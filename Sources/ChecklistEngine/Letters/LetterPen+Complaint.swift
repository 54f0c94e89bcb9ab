/// The complaint to a supervisory authority (Art. 77): who, against whom, what happened
/// when, what came back, what is enclosed.
extension LetterPen {
    func complaint(_ complaint: ComplaintFacts) -> LetterText {
        let authority = complaint.authority
        let recipient = LetterRecipient(
            name: Self.clean(authority.name(in: language)), email: Self.address(authority.complaint.email),
            postal: authority.complaint.postal.map(Self.clean).filter { !$0.isEmpty })
        var paragraphs = [
            say(.letterComplaintIntro, ["controller": controller, "platform": platform]),
            [say(.letterComplaintComplainant, ["holder": holder]),
             say(.letterComplaintAccount, ["platform": platform, "identifier": identifier]),
             say(.letterComplaintController, ["controller": controllerDescription])].joined(separator: "\n"),
        ]
        if let due = complaint.due { paragraphs.append(say(.letterComplaintDue, ["due": day(due)])) }
        let events = complaint.events.enumerated()
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        if !events.isEmpty { paragraphs.append(list(say(.letterComplaintEventsTitle), events.map(event))) }
        let answers = events.compactMap(answer)
        paragraphs.append(answers.isEmpty
            ? say(.letterComplaintAnswersTitle) + "\n" + say(.letterComplaintNoAnswer)
            : list(say(.letterComplaintAnswersTitle), answers))
        if !complaint.evidence.isEmpty {
            let files = complaint.evidence.map { say(.letterComplaintEvidence, ["name": Self.clean($0.name), "sha256": Self.clean($0.sha256)]) }
            paragraphs.append(list(say(.letterComplaintEvidenceTitle), files))
        }
        if let report = complaint.report.map(Self.clean), !report.isEmpty {
            paragraphs.append(say(.letterComplaintReport, ["report": report]))
        }
        paragraphs.append(say(.letterComplaintAsk, ["controller": controller]))
        return letter(to: recipient, subject: say(.letterComplaintSubject, ["controller": controller, "platform": platform]),
                      paragraphs: paragraphs)
    }

    /// The controller's name, postal address and email on one line, for the authority.
    private var controllerDescription: String {
        let contact = controllerRecipient
        return ([contact.name] + contact.postal + [contact.email].compactMap { $0 }).joined(separator: ", ")
    }

    private func list(_ title: String, _ lines: [String]) -> String {
        ([title] + lines.map { "- " + $0 }).joined(separator: "\n")
    }

    private func event(_ event: LetterEvent) -> String {
        let values: [String: any CustomStringConvertible] = ["day": day(event.day)]
        switch event.what {
        case .sent(.objection): return say(.letterComplaintEventObjection, values)
        case .sent(.reminder): return say(.letterComplaintEventReminder, values)
        case .sent(.complaint): return say(.letterComplaintEventComplaint, values)
        case .extended: return say(.letterComplaintEventExtended, values)
        case .answered: return say(.letterComplaintEventAnswered, values)
        case .ticked(let step):
            return say(.letterComplaintEventStep, ["day": day(event.day), "step": Self.clean(step.text(in: language))])
        }
    }

    /// What an answer said, from the user's note.
    private func answer(_ event: LetterEvent) -> String? {
        guard case .answered(let note) = event.what else { return nil }
        let text = note.map(Self.clean) ?? ""
        return text.isEmpty
            ? say(.letterComplaintAnswerWithoutNote, ["day": day(event.day)])
            : say(.letterComplaintAnswer, ["day": day(event.day), "note": text])
    }
}
