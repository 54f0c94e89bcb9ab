/// The letter view: its heading rows at the top of the body, then the letter, scrolled.
struct LetterLayout: Equatable, Sendable {
    var content: LetterContent
    var headingRows: Range<Int>
    /// The row of the rule between the heading and the letter.
    var rule: Int?
    var bodyRows: Range<Int>

    init(_ state: AppState, _ view: LetterViewState) {
        let frame = FrameLayout(state)
        let body = frame.body
        content = LetterContent(view, state, width: state.width, glyphs: Glyphs(unicode: state.unicode))
        // The heading gives way first on a small screen: the letter keeps three rows.
        let heading = min(content.heading.count, max(0, body.count - 4))
        headingRows = body.lowerBound..<(body.lowerBound + heading)
        rule = body.count > heading + 1 ? headingRows.upperBound : nil
        let start = min(body.upperBound, headingRows.upperBound + (rule == nil ? 0 : 1))
        bodyRows = start..<body.upperBound
    }

    /// The last first line: the letter's end shows at the bottom.
    var lastTop: Int { max(0, content.letter.count - bodyRows.count) }
}
