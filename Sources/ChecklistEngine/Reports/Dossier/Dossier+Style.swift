extension Dossier {
    /// What the dossier adds to the report's style: the evidence pages, hashes that wrap, the
    /// email's text, and for print a white page, each piece of evidence on a new one.
    static let style = """
        section.dossier-title { margin-bottom: 2rem; }
        section.evidence-index, section.evidence { margin-top: 2.5rem; }
        code.hash { overflow-wrap: anywhere; word-break: break-all; }
        span.url { color: var(--muted); overflow-wrap: anywhere; }
        .integrity-intact { color: var(--ok); }
        .integrity-changed, .integrity-missing, .integrity-unreadable { color: var(--warn); font-weight: 600; }
        pre.email-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0 1rem; padding: .6rem .8rem; border: 1px solid var(--line); font: .92em/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        figure.evidence-image { margin: .5rem 0 1rem; }
        figure.evidence-image img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
        figure.evidence-image figcaption { color: var(--muted); font-size: .9rem; }
        @media print {
          html, body, pre, figure, table, th, td { background: #ffffff !important; color: #000000 !important; }
          section.evidence-index, section.evidence { break-before: page; margin-top: 0; }
          table.evidence-index tr { break-inside: avoid; }
          pre.email-text { border-color: #999999; }
          figure.evidence-image { break-inside: avoid; }
          figure.evidence-image img { max-height: 22cm; object-fit: contain; }
        }

        """
}
