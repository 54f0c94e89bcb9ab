import ChecklistEngine

extension AppState {
    /// The words of the user's language (Languages/*.yaml).
    public var words: Words { Words(language) }

    /// The text of `word` in the user's language, with its `{placeholders}` filled in.
    public func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        words.text(word, values)
    }

    /// The name of the key that runs `command` in `view`, for a sentence that tells the user
    /// to press it: from the binding table, so a rebound key is named as it is now bound.
    public func keyName(_ command: Command, in view: ViewKind, preferring preferred: Key? = nil) -> String {
        guard let key = bindings.key(for: command, in: view, preferring: preferred) else {
            return bindings.rows.first { $0.command == command }?.label.text(in: language) ?? command.rawValue
        }
        return key.displayName(unicode: unicode, language: language)
    }

    /// "y yes   n no": the keys of `commands` in `view`, each with its footer word.
    public func keyHints(_ commands: [Command], in view: ViewKind) -> String {
        commands.compactMap { command in
            bindings.binding(of: command, in: view).map { keyName(command, in: view) + " " + $0.label.text(in: language) }
        }.joined(separator: "   ")
    }
}

extension AppState {
    /// The symbols of this terminal (Unicode, or ASCII when the locale is not UTF-8).
    public var glyphs: Glyphs { Glyphs(unicode: unicode) }
}
