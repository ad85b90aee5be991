/// The public report text of one case: Markdown with every placeholder filled and private values redacted.
public struct PublicReport: Hashable, Sendable {
    /// Lines map one to one onto the lines of `source`, except where `inserted` says a
    /// template's lines stand in for the `@rapport@` line; `location(ofLine:)` maps them.
    public var markdown: String
    /// Where the text was written: the case body or the report template.
    public var source: MarkdownSource
    /// Placeholders of a draft that have no value yet, by the number of their `GapMarker` in
    /// `markdown`; the renderer shows each as a marked gap. Always empty for a published case.
    public var gaps: [String] = []
    /// Whether the text is a template, the case's own text, or its own text around a template.
    public var origin: ReportOrigin = .own
    /// The template a body's `@rapport@` line inserted, and where.
    public var inserted: InsertedTemplate? = nil

    /// A template's text in place of a body's `@rapport@` line, with a blank line before and
    /// after it so it stands apart from the body's paragraphs.
    public struct InsertedTemplate: Hashable, Sendable {
        public var template: MarkdownSource
        /// The 0-based line of `markdown` (and of the body) that held `@rapport@`.
        public var atLine: Int
        /// How many lines of `markdown` the template takes, the blank lines around it included.
        public var lineCount: Int
    }

    /// The file and line a 1-based line of `markdown` was written at.
    public func location(ofLine line: Int) -> SourceLocation {
        let index = line - 1
        guard let inserted, index >= inserted.atLine else { return SourceLocation(file: source.file, line: source.firstLine + index) }
        let inTemplate = index - inserted.atLine - 1
        if index < inserted.atLine + inserted.lineCount {
            // The blank lines around the template stand for the @rapport@ line.
            if inTemplate < 0 || inTemplate >= inserted.lineCount - 2 {
                return SourceLocation(file: source.file, line: source.firstLine + inserted.atLine)
            }
            return SourceLocation(file: inserted.template.file, line: inserted.template.firstLine + inTemplate)
        }
        return SourceLocation(file: source.file, line: source.firstLine + index - inserted.lineCount + 1)
    }
}

/// Where a report's text comes from; the report page records it in a comment, so `changes`
/// can tell a reviewer that a report switched between a template and its own text.
public enum ReportOrigin: Hashable, Sendable {
    case template(String)
    case own
    case ownWithTemplate(String)

    /// In Dutch, as the page's comment and the preview say it.
    public var label: String {
        switch self {
        case .template(let name): "sjabloon \(name)"
        case .own: "eigen tekst"
        case .ownWithTemplate(let name): "eigen tekst met sjabloon \(name)"
        }
    }

    /// In English, for the command line.
    public var english: String {
        switch self {
        case .template(let name): "template \(name)"
        case .own: "own text"
        case .ownWithTemplate(let name): "own text with template \(name)"
        }
    }

    public init?(label: String) {
        if label == "eigen tekst" {
            self = .own
        } else if label.hasPrefix("eigen tekst met sjabloon ") {
            self = .ownWithTemplate(String(label.dropFirst("eigen tekst met sjabloon ".count)))
        } else if label.hasPrefix("sjabloon ") {
            self = .template(String(label.dropFirst("sjabloon ".count)))
        } else {
            return nil
        }
    }

    /// The comment a report page's HTML starts with.
    public var comment: String { "<!-- rapport: \(label) -->\n" }
}
