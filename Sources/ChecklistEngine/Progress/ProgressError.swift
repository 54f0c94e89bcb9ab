/// What can go wrong with accounts, ticks and the progress file, said in one sentence
/// the user can act on.
public enum ProgressError: Error, Equatable, Sendable {
    case noSuchAccount(reference: String)
    case ambiguousAccount(reference: String, candidates: [String])
    case noSuchPlatform(id: String)
    case noSuchStep(account: String, platform: String, step: String)
    case stepHasSubsteps(step: String)
    case nothingToTick(platform: PlatformName, kind: PlatformKind)
    case alreadyDone(account: String, step: String)
    case notDone(account: String, step: String)
    case cannotCoverItself(account: String)
    case differentGroup(account: String, coveredBy: String)
    case coverIsCovered(coveredBy: String)
    case labelInvalid
    case labelTaken(label: String)
    case noteTooLong(limit: Int)
    case accountExists(id: String)

    // The file
    case unreadable(path: String, reason: String, backup: String?)
    case newerSchema(path: String, found: Int, supported: Int, backup: String?)
    case isDirectory(path: String)
    case tooLarge(path: String, limit: Int)
    case cannotWrite(path: String, reason: String)
    /// The user may not read (or change) the file or its folder.
    case noPermission(path: String, writing: Bool)
    case locked(path: String, holder: String?)
    case noHome

    /// One line, whatever the values in it hold: control characters and escape sequences
    /// (from the command line or a damaged file) are shown as `�`, never sent raw.
    public func message(in language: Language) -> String {
        SafeText.line(rawMessage(in: language))
    }

    /// A value the user typed, cut to a length a sentence can carry.
    private static func short(_ text: String) -> String {
        text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    private func rawMessage(in language: Language) -> String {
        let fr = language == .fr
        let short = Self.short
        func recover(_ backup: String?, _ path: String) -> String {
            if let backup {
                return fr ? " optout n'y a pas touché. Une sauvegarde de la dernière version correcte est dans \(backup) : copiez-la par-dessus pour récupérer (cp '\(backup)' '\(path)')."
                    : " optout left it untouched. A backup of the last good version is in \(backup): copy it over to recover (cp '\(backup)' '\(path)')."
            }
            return fr ? " optout n'y a pas touché. Réparez-le, ou déplacez-le ailleurs pour repartir de zéro."
                : " optout left it untouched. Repair it, or move it aside to start afresh."
        }
        switch self {
        case .noSuchAccount(let reference):
            return fr ? "Aucun compte « \(short(reference)) » : « optout accounts list » montre les comptes suivis."
                : "There is no account '\(short(reference))': 'optout accounts list' shows the accounts you track."
        case .ambiguousAccount(let reference, let candidates):
            let list = candidates.joined(separator: ", ")
            return fr ? "« \(short(reference)) » désigne plusieurs comptes (\(list)) : donnez l'identifiant de l'un d'eux."
                : "'\(short(reference))' names several accounts (\(list)): give the id of one of them."
        case .noSuchPlatform(let id):
            return fr ? "Aucune plateforme « \(short(id)) » dans le catalogue : « optout catalog list » les montre toutes."
                : "There is no platform '\(short(id))' in the catalog: 'optout catalog list' shows them all."
        case .noSuchStep(let account, let platform, let step):
            return fr ? "Le compte \(account) n'a pas d'étape « \(short(step)) » : « optout catalog show \(platform) » liste les étapes."
                : "Account \(account) has no step '\(short(step))': 'optout catalog show \(platform)' lists the steps."
        case .stepHasSubsteps(let step):
            return fr ? "L'étape « \(short(step)) » se coche par ses sous-étapes : cochez l'une d'elles."
                : "Step '\(short(step))' is done through its sub-steps: tick one of them."
        case .nothingToTick(let name, let kind):
            let platform = name.text(in: language)
            if kind == .noTraining {
                return fr ? "\(platform) dit ne pas entraîner d'IA sur vos contenus : il n'y a rien à cocher."
                    : "\(platform) says it does not train AI on your content: there is nothing to tick."
            }
            return fr ? "\(platform) n'offre aucune opposition : il n'y a rien à cocher."
                : "\(platform) offers no opt-out: there is nothing to tick."
        case .alreadyDone(let account, let step):
            return fr ? "L'étape « \(short(step)) » du compte \(account) est déjà cochée." : "Step '\(short(step))' of \(account) is already ticked."
        case .notDone(let account, let step):
            return fr ? "L'étape « \(short(step)) » du compte \(account) n'est pas cochée." : "Step '\(short(step))' of \(account) is not ticked."
        case .cannotCoverItself(let account):
            return fr ? "Le compte \(account) ne peut pas se couvrir lui-même." : "Account \(account) cannot cover itself."
        case .differentGroup(let account, let coveredBy):
            return fr ? "\(coveredBy) n'est pas un compte lié à \(account) (même groupe de plateformes) : il ne peut pas le couvrir."
                : "\(coveredBy) is not linked to \(account) (same platform group): it cannot cover it."
        case .coverIsCovered(let coveredBy):
            return fr ? "\(coveredBy) est lui-même couvert par un autre compte : choisissez le compte qui a fait l'opposition."
                : "\(coveredBy) is itself covered by another account: choose the account that made the objection."
        case .labelInvalid:
            return fr ? "Un libellé tient sur une ligne, sans caractères de contrôle, en 200 caractères au plus."
                : "A label is one line, without control characters, of at most 200 characters."
        case .labelTaken(let label):
            return fr ? "Un autre compte s'appelle déjà « \(short(label)) » : choisissez un autre libellé."
                : "Another account is already labelled '\(short(label))': choose another label."
        case .noteTooLong(let limit):
            return fr ? "Une note fait au plus \(limit) caractères." : "A note is at most \(limit) characters long."
        case .accountExists(let id):
            return fr ? "Le compte \(short(id)) existe déjà." : "Account \(short(id)) already exists."
        case .unreadable(let path, let reason, let backup):
            return (fr ? "Le fichier de progression \(path) est illisible (\(reason))." : "The progress file \(path) cannot be read (\(reason)).")
                + recover(backup, path)
        case .newerSchema(let path, let found, let supported, let backup):
            return (fr ? "Le fichier de progression \(path) vient d'une version plus récente d'optout (schéma \(found), celle-ci lit jusqu'au \(supported)) : mettez optout à jour."
                : "The progress file \(path) was written by a newer optout (schema \(found); this one reads up to \(supported)): update optout.")
                + recover(backup, path)
        case .isDirectory(let path):
            return fr ? "\(path) est un dossier, pas un fichier de progression : donnez un chemin de fichier avec --data."
                : "\(path) is a folder, not a progress file: give a file path with --data."
        case .tooLarge(let path, let limit):
            return fr ? "Le fichier de progression \(path) dépasse \(limit / 1_048_576) Mio : ce n'est sans doute pas un fichier d'optout ; optout n'y a pas touché."
                : "The progress file \(path) is larger than \(limit / 1_048_576) MiB: it is probably not optout's; optout left it untouched."
        case .cannotWrite(let path, let reason):
            return fr ? "Impossible d'enregistrer \(path) (\(reason)) : rien n'a été changé ; libérez de la place ou corrigez les droits, puis recommencez."
                : "Could not save \(path) (\(reason)): nothing was changed; free some space or fix its permissions, then try again."
        case .noPermission(let path, let writing):
            if writing {
                return fr ? "optout n'a pas le droit de modifier le fichier de progression \(path) ni d'écrire dans son dossier (permission refusée) : rien n'a été changé ; donnez-vous le droit d'écrire (ls -l montre à qui ils sont) ou lancez optout sous le compte qui les possède."
                    : "optout may not change the progress file \(path) or write in its folder (permission denied): nothing was changed; give yourself write access (ls -l shows who owns them) or run optout as their owner."
            }
            return fr ? "optout n'a pas le droit de lire le fichier de progression \(path) (permission refusée) ; optout n'y a pas touché : donnez-vous le droit de le lire (chmod u+rw '\(path)') ou lancez optout sous le compte qui le possède."
                : "optout may not read the progress file \(path) (permission denied); optout left it untouched: give yourself read access (chmod u+rw '\(path)') or run optout as the user who owns it."
        case .locked(let path, let holder):
            let who = holder.map { fr ? " par \($0)" : " by \($0)" } ?? ""
            return fr ? "Le fichier de progression \(path) est utilisé\(who) : fermez cet optout ou réessayez dans un instant."
                : "The progress file \(path) is in use\(who): close that optout or try again in a moment."
        case .noHome:
            return fr ? "Ni HOME ni XDG_DATA_HOME n'est défini : indiquez où garder la progression avec --data FICHIER."
                : "Neither HOME nor XDG_DATA_HOME is set: say where to keep progress with --data FILE."
        }
    }
}
