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
            add(.problem, failure.message, fix: text(.cliDoctorReinstallOptout))
            return
        } catch {
            return
        }
        for issue in loaded.shipped {
            add(.problem, issue.formatted(in: context.language),
                fix: text(.cliDoctorAShippedCatalogFile))
        }
        let folder = (try? context.location.configFolder().appendingPathComponent("catalog").path) ?? "catalog"
        for issue in loaded.user {
            add(.problem, issue.formatted(in: context.language),
                fix: text(.cliDoctorFixThatFileOptout, ["folder": folder]))
        }
        add(.ok, plural(.cliDoctorTheCatalogHasPlatform, count: loaded.platforms, ["platforms": loaded.platforms, "revision": loaded.revision]))
        if let cache = loaded.cacheFolder {
            add(.ok, plural(.cliDoctorTheCatalogCacheIs, count: loaded.cachedFiles, ["cache": cache, "cachedFiles": loaded.cachedFiles, "files": loaded.files]))
        }
        for issue in context.settingsIssues {
            add(.problem, issue.formatted(in: context.language),
                fix: text(.cliDoctorFixTheConfigFile))
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
                fix: text(.cliDoctorFixTheThemeFile))
        } else {
            add(.ok, text(.cliDoctorTheThemeLoads, ["name": name]))
        }
    }
}
