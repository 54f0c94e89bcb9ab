import ArgumentParser
import ChecklistEngine
import ChecklistUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes (shipped, and yours in $XDG_CONFIG_HOME/optout/themes/).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = CommandContext(options: options)
        try reportingErrors(context) {
            let loader = context.themeLoader()
            let current = options.theme ?? context.settings.theme ?? Theme.default.name
            for name in loader.availableNames() {
                let result = loader.load(named: name)
                var line = (name == current ? "* " : "  ") + SafeText.line(name)
                if let problem = result.summary(themeName: name, in: context.language) { line += "  (" + problem + ")" }
                context.output.line(line)
            }
            if let folder = ThemeLoader.userFolder(environment: context.environment) {
                context.output.line("")
                context.output.line(context.text(.cliThemesYourOwnThemesGo, ["path": folder.path]))
            }
        }
    }
}
