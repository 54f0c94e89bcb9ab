import ArgumentParser

/// Why ArgumentParser stopped before a command ran, as plain values optout words itself.
///
/// ArgumentParser keeps its parse errors internal (`CommandError` holding a `ParserError`)
/// and says them only in English, so they are read through `Mirror`: the case's name and the
/// values it carries. Anything not recognised here (another version of ArgumentParser,
/// a case added) is `.english` with ArgumentParser's own sentence, never lost.
enum ParserFailure: Equatable {
    /// `--help`, `-h`, `optout help ...`, or a command group run without its subcommand.
    case help
    case usage(UsageProblem)

    /// What `error`, thrown by `parseAsRoot` or a command's `validate`, asks optout to say;
    /// nil for what is not about the command line (`--version`, completion scripts, and every
    /// error of a command that ran), which ArgumentParser's own handling keeps.
    init?(_ error: Error, english: String) {
        if let exit = error as? CleanExit {
            guard exit.description == "--help" else { return nil }
            self = .help
            return
        }
        if let validation = error as? ValidationError {
            self = .usage(.sentence(validation.message))
            return
        }
        guard String(reflecting: type(of: error)).hasSuffix("CommandError"),
              let parserError = Mirror(reflecting: error).children.first(where: { $0.label == "parserError" })?.value
        else { return nil }
        self.init(parserError: parserError, english: english)
    }

    private init?(parserError: Any, english: String) {
        let (name, payload) = Reflected.enumCase(parserError)
        switch name {
        case "helpRequested":
            self = .help
        case "versionRequested", "dumpHelpRequested", "completionScriptRequested", "completionScriptCustomResponse", "unsupportedShell":
            return nil
        case "userValidationError":
            if let validation = payload.first as? ValidationError {
                self = .usage(.sentence(validation.message))
            } else if let exit = payload.first as? CleanExit, exit.description == "--help" {
                self = .help
            } else {
                self = .usage(.english(english))
            }
        case "noArguments":
            guard let inner = payload.first else { self = .usage(.english(english)); return }
            self.init(parserError: inner, english: english)
        default:
            self = .usage(UsageProblem(parserCase: name, payload: payload) ?? .english(english))
        }
    }
}

/// Reading values ArgumentParser does not make public.
enum Reflected {
    /// The name of an enum value's case and the values it carries (a tuple's members in order).
    static func enumCase(_ value: Any) -> (name: String, payload: [Any]) {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, let child = mirror.children.first, let name = child.label else {
            return (String(describing: value), [])
        }
        let inner = Mirror(reflecting: child.value)
        return (name, inner.displayStyle == .tuple ? inner.children.map(\.value) : [child.value])
    }

    /// An option's name as typed: `--note`, `-o`, `-long` (ArgumentParser's `Name`).
    static func optionName(_ value: Any) -> String? {
        if let optional = Mirror(reflecting: value).children.first, Mirror(reflecting: value).displayStyle == .optional {
            return optionName(optional.value)
        }
        let (name, payload) = enumCase(value)
        switch name {
        case "long": return (payload.first as? String).map { "--" + $0 }
        case "short": return (payload.first as? Character).map { "-" + String($0) }
        case "longWithSingleDash": return (payload.first as? String).map { "-" + $0 }
        default: return nil
        }
    }
}
