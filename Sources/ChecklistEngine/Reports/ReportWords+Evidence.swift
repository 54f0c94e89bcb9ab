import Foundation

/// The words and cells of the evidence tables, shared by the writers.
extension ReportWords {
    var evidenceTitle: String { text(.reportEvidenceTitle) }

    /// The columns of an evidence table (Markdown, HTML): the step, then the file.
    var evidenceHeader: [String] {
        [number, step, text(.reportEvidenceFile), text(.reportEvidenceSize), text(.reportEvidenceType), text(.reportEvidenceAdded),
         "SHA-256", text(.reportEvidenceEmail)]
    }

    /// The CSV columns of a file: the email's headers each in its own, times in UTC.
    var evidenceCSVHeader: [String] {
        [text(.reportEvidenceFile), "SHA-256", text(.reportEvidenceSize) + " (bytes)", text(.reportEvidenceType),
         text(.reportEvidenceAdded) + " (UTC)", text(.reportEvidenceFrom), text(.reportEvidenceTo),
         text(.reportEvidenceDate) + " (UTC)", text(.reportEvidenceSubject)]
    }

    /// "From: Meta <noreply@meta.com>; To: …; 3 June 2025, 09:12 CEST (UTC+02:00); Subject: …".
    func emailCell(_ email: EvidenceDocument.Email?, report: Report) -> String {
        guard let email else { return "" }
        let parts = [
            email.from.map { text(.reportEvidenceFrom) + colon + " " + $0 }, email.to.map { text(.reportEvidenceTo) + colon + " " + $0 },
            email.date.map(report.localTime), email.subject.map { text(.reportEvidenceSubject) + colon + " " + $0 },
        ]
        return parts.compactMap { $0 }.joined(separator: "; ")
    }

    /// A file's cells under `evidenceHeader`, after the step's; the writer escapes them.
    func evidenceCells(_ file: EvidenceDocument.File, report: Report) -> [String] {
        [file.name, EvidenceText(report.dates).size(file.size), file.mediaType, report.localTime(file.added), file.sha256,
         emailCell(file.email, report: report)]
    }

    func evidenceCSVCells(_ file: EvidenceDocument.File, report: Report) -> [String] {
        [file.name, file.sha256, String(file.size), file.mediaType, report.utcTime(file.added), file.email?.from ?? "",
         file.email?.to ?? "", file.email?.date.map(report.utcTime) ?? "", file.email?.subject ?? ""]
    }
}
