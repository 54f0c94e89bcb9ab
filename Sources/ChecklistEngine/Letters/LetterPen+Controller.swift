/// The two letters to the controller: the objection and the reminder.
extension LetterPen {
    func objection(erase: Bool, access: Bool) -> LetterText {
        var paragraphs = [
            say(.letterObjectionAccount, ["platform": platform, "identifier": identifier]),
            say(.letterObjectionObject),
            say(.letterObjectionStop),
        ]
        if erase { paragraphs.append(say(.letterObjectionErase)) }
        if access { paragraphs.append(say(.letterObjectionAccess)) }
        paragraphs.append(say(erase || access ? .letterObjectionConfirmAndAnswer : .letterObjectionConfirm))
        return letter(to: controllerRecipient, subject: say(.letterObjectionSubject, ["platform": platform]), paragraphs: paragraphs)
    }

    func reminder(objectionSent sent: CalendarDay, due: CalendarDay, extended: Bool) -> LetterText {
        let replyBy = LetterDeadlines.replyBy(reminderWritten: facts.written)
        let paragraphs = [
            say(.letterReminderSent, ["sent": day(sent), "platform": platform, "identifier": identifier]),
            say(extended ? .letterReminderPassedExtended : .letterReminderPassed, ["due": day(due)]),
            words.plural(.letterReminderAsk, count: LetterDeadlines.reminderGraceDays, ["replyBy": day(replyBy)]),
            say(.letterReminderComplaint),
        ]
        return letter(to: controllerRecipient, subject: say(.letterReminderSubject, ["sent": day(sent), "platform": platform]),
                      paragraphs: paragraphs)
    }
}
