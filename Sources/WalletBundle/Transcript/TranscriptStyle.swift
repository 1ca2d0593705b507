/// The transcript's inline style sheet: readable on screen, clean on A4/Letter paper.
///
/// Inline because the page must be self-contained (no remote assets); system fonts only.
enum TranscriptStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
               color: #111; max-width: 52em; margin: 2em auto; padding: 0 1em; }
        header.page { border-bottom: 2px solid #333; margin-bottom: 1.5em; }
        h1 { font-size: 1.6em; margin: 0 0 .2em; }
        h2 { font-size: 1.25em; margin: 0 0 .3em; }
        h3 { font-size: 1em; margin: 1em 0 .3em; }
        .meta { color: #444; margin: .2em 0; }
        section.credential { border: 1px solid #bbb; border-radius: 4px; padding: 1em 1.2em; margin: 0 0 1.5em; }
        table.elements { border-collapse: collapse; width: 100%; }
        table.elements th { text-align: left; vertical-align: top; width: 32%; padding: .25em .6em .25em 0; font-weight: 600; }
        table.elements td { vertical-align: top; padding: .25em 0; }
        table.elements tr + tr th, table.elements tr + tr td { border-top: 1px solid #e3e3e3; }
        .not-stated { color: #8a4b00; font-style: italic; }
        .verdict { font-weight: 700; padding: .15em .5em; border-radius: 3px; display: inline-block; }
        .verdict.verified { background: #dff3e3; color: #0b5a1e; }
        .verdict.failed { background: #fbe0e0; color: #8a1010; }
        .verdict.unverifiable, .verdict.self-asserted { background: #f2f2f2; color: #333; }
        ul.checks, ul.outcomes { margin: .3em 0; padding-left: 1.3em; }
        .progress { border-left: 4px solid #888; padding: .5em 1em; margin: 0 0 1.5em; white-space: pre-wrap; }
        footer { color: #555; font-size: .9em; border-top: 1px solid #ccc; padding-top: .6em; }
        @page { size: A4; margin: 18mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          section.credential { break-inside: avoid-page; border-color: #999; }
          .verdict { border: 1px solid #666; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
