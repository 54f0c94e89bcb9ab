import ChecklistEngine
import ChecklistUI
import OptOutCatalog

/// The catalog, the settings and the theme: what optout reads besides the progress.
extension Doctor {
    mutating func checkCatalog() {
        let loaded: CatalogSetLoaded
        do {
            loaded = CatalogSetLoaded(try context.loadedCatalog())
        } catch let failure as CommandFailure {
            add(.problem, failure.message, fix: say("reinstall optout.", "réinstallez optout."))
            return
        } catch {
            return
        }
        for issue in loaded.shipped {
            add(.problem, issue.formatted(in: context.language),
                fix: say("a shipped catalog file is damaged: reinstall optout.", "un fichier du catalogue livré est abîmé : réinstallez optout."))
        }
        let folder = (try? context.location.configFolder().appendingPathComponent("catalog").path) ?? "catalog"
        for issue in loaded.user {
            add(.problem, issue.formatted(in: context.language),
                fix: say("fix that file (optout catalog validate FILE checks it) or move it out of \(folder); until then it is skipped.",
                         "corrigez ce fichier (optout catalog validate FICHIER le vérifie) ou sortez-le de \(folder) ; d'ici là il est ignoré."))
        }
        add(.ok, say("The catalog has \(loaded.platforms) platform(s) (revision \(loaded.revision)).",
                     "Le catalogue compte \(loaded.platforms) plateforme(s) (révision \(loaded.revision))."))
        if let cache = loaded.cacheFolder {
            add(.ok, say("The catalog cache is \(cache): \(loaded.cachedFiles) of \(loaded.files) catalog file(s) came from it; it is safe to delete.",
                         "Le cache du catalogue est \(cache) : \(loaded.cachedFiles) fichier(s) du catalogue sur \(loaded.files) en viennent ; on peut le supprimer sans risque."))
        }
        for issue in context.settingsIssues {
            add(.problem, issue.formatted(in: context.language),
                fix: say("fix the config file; until then its settings are ignored.", "corrigez le fichier de configuration ; d'ici là ses réglages sont ignorés."))
        }
    }

    /// What the check needs of a loaded catalog.
    struct CatalogSetLoaded {
        var shipped: [CatalogIssue]
        var user: [CatalogIssue]
        var platforms: Int
        var revision: String
        /// Where parsed catalog files are kept, and how many came from there this time.
        var cacheFolder: String?
        var cachedFiles: Int
        var files: Int

        init(_ loaded: CatalogSet.Loaded) {
            shipped = loaded.shippedIssues
            user = loaded.userIssues
            platforms = loaded.catalog.platforms.count
            revision = loaded.catalog.revision
            cacheFolder = loaded.cache.map { SafeText.line($0.folder.path) }
            cachedFiles = loaded.cachedFiles
            files = loaded.files
        }
    }

    mutating func checkTheme() {
        let name = options.theme ?? context.settings.theme ?? Theme.default.name
        let result = context.themeLoader().load(named: name)
        if let summary = result.summary(themeName: name, in: context.language) {
            add(.problem, summary,
                fix: say("fix the theme file, or choose another with --theme or 'theme:' in config.yaml ('optout themes' lists them).",
                         "corrigez le fichier du thème, ou choisissez-en un autre avec --theme ou « theme: » dans config.yaml (« optout themes » les liste)."))
        } else {
            add(.ok, say("The theme '\(name)' loads.", "Le thème « \(name) » se charge."))
        }
    }
}
