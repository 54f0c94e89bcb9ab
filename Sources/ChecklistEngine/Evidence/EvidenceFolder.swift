import Foundation

extension DataLocation {
    /// The evidence folder: `evidence` beside the progress file, so
    /// `$XDG_DATA_HOME/optout/evidence` by default and beside the file `--data` or
    /// `OPTOUT_DATA` names when given (a test's temporary folder, a synced folder).
    public func evidenceFolder(option: String?) throws(ProgressError) -> URL {
        EvidenceStore(beside: ProgressStore(url: try progressFile(option: option))).folder
    }
}
