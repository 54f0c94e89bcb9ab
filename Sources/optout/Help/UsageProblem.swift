/// What is wrong with a command line, as ArgumentParser found it: the values to word, with
/// what the person typed kept as typed.
enum UsageProblem: Equatable {
    case unknownOption(String)
    case missingValue(option: String)
    case unexpectedValue(option: String, value: String)
    /// Words after the last argument the command takes (or an unknown command: `UsageMessage`
    /// tells them apart from where the command line stopped naming commands).
    case extraArguments([String])
    /// The argument's property name (ArgumentParser's `InputKey`): `account`, `files`.
    case missingArgument(name: String)
    /// A value that is not one of the argument's: `option` is nil for a positional argument.
    case badValue(value: String, option: String?, name: String)
    case missingCommand
    case invalidOption(String)
    /// A command's own refusal (`ValidationError`), already in the user's language.
    case sentence(String)
    /// Anything else, in ArgumentParser's words.
    case english(String)

    /// The problem a `ParserError` case names, from its name and values (`Reflected.enumCase`).
    init?(parserCase name: String, payload: [Any]) {
        func option(_ index: Int) -> String? { index < payload.count ? Reflected.optionName(payload[index]) : nil }
        func string(_ index: Int) -> String? { index < payload.count ? payload[index] as? String : nil }
        func key(_ index: Int) -> String? {
            guard index < payload.count else { return nil }
            return Mirror(reflecting: payload[index]).children.first { $0.label == "name" }?.value as? String
        }
        switch name {
        case "unknownOption":
            guard let option = option(1) else { return nil }
            self = .unknownOption(option)
        case "missingValueOrUnknownCompositeOption":
            guard let option = option(2) else { return nil }
            self = .unknownOption(option)
        case "missingValueForOption":
            guard let option = option(1) else { return nil }
            self = .missingValue(option: option)
        case "unexpectedValueForOption":
            guard let option = option(1), let value = string(2) else { return nil }
            self = .unexpectedValue(option: option, value: value)
        case "unexpectedExtraValues":
            guard let values = payload.first else { return nil }
            let words = Mirror(reflecting: values).children.compactMap { pair in
                Mirror(reflecting: pair.value).children.dropFirst().first?.value as? String
            }
            guard !words.isEmpty else { return nil }
            self = .extraArguments(words)
        case "noValue":
            guard let name = key(0) else { return nil }
            self = .missingArgument(name: name)
        case "unableToParseValue":
            guard let value = string(2), let name = key(3) else { return nil }
            self = .badValue(value: value, option: option(1), name: name)
        case "missingSubcommand":
            self = .missingCommand
        case "invalidOption":
            guard let text = string(0) else { return nil }
            self = .invalidOption(text)
        case "nonAlphanumericShortOption":
            guard let character = payload.first as? Character else { return nil }
            self = .invalidOption("-" + String(character))
        default:
            return nil
        }
    }
}
