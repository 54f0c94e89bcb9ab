import ArgumentParser
import ChecklistEngine

extension ParsableCommand {
    /// Runs `body`, turning every known error into one sentence on stderr and exit status 1.
    func reportingErrors(_ context: CommandContext, _ body: () throws -> Void) throws {
        try context.reportingErrors(body)
    }
}

extension CommandContext {
    /// Runs `body`, turning every known error into one sentence on stderr and exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ProgressError {
            Output.error("optout: " + error.message(in: language))
            throw ExitCode.failure
        } catch let error as EvidenceError {
            Output.error("optout: " + error.message(in: language))
            throw ExitCode.failure
        } catch let error as CommandFailure {
            Output.error("optout: " + error.message)
            throw ExitCode.failure
        }
    }
}
