/// What a link or image destination in Markdown turns into.
public enum LinkTarget: Sendable, Equatable {
    /// A URL to write as is (external, anchor, or a resolved page/media URL).
    case url(String)
    /// A dangerous destination (`javascript:`): the text is kept, the link dropped.
    case dropped
    /// A relative link to something that does not exist.
    case missing(Message)
}

/// Maps destinations written in a content file to output URLs. The build provides one
/// that knows every story, page and media file.
public protocol LinkResolver: Sendable {
    /// - Parameters:
    ///   - destination: as written, e.g. `other.md#做法`, `../media/a.jpg`, `https://…`.
    ///   - file: the content file it appears in, relative to the site folder.
    ///   - language: the language of that file.
    func resolve(_ destination: String, from file: String, language: String) -> LinkTarget
}

/// Renders fenced blocks whose info string names something the build draws itself —
/// `chart` and `figure` from the village figures — so a story never copies a figure by hand.
public protocol FencedBlockRenderer: Sendable {
    /// HTML for the block, or `nil` when `kind` (the info string's first word) is not one of
    /// its kinds. `bodyLine` is the file line of the block's first content line.
    func render(kind: String, body: String, source: SourceText, bodyLine: Int, language: String) -> (html: String, diagnostics: [Diagnostic])?
}

/// An entry of a story's table of contents.
public struct HeadingEntry: Sendable, Hashable {
    /// 2 for `##` and the first level written in the text (`一、`), deeper from there.
    public let level: Int
    public let text: String
    public let id: String
    /// 1-based file line, for outline checks.
    public let line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// The HTML of a Markdown body and what the build needs to know about it.
public struct RenderedMarkdown: Sendable {
    public let html: String
    public let headings: [HeadingEntry]
    /// Plain text of paragraphs and headings, for word counts, summaries and search.
    public let plainText: String
    /// Plain text of the first paragraph, the default summary.
    public let firstParagraph: String
    /// Resolved URLs of images, in order (the first can serve as `og:image`).
    public let images: [String]
    public let diagnostics: [Diagnostic]
}
