/// A story (典型案例, 心得体会, 工作汇报, 工作动态) in one language, as written on disk.
/// The Markdown body is kept as text here; it is rendered once links can be resolved.
public struct Story: Sendable, Equatable {
    /// The slug shared by an original and its translations (`/stories/<slug>/`).
    public let slug: String
    public let language: String
    /// Path relative to the site folder.
    public let file: String
    public let title: String
    public let date: StoryDate
    public let kind: StoryKind
    public let villages: [String]
    public let topics: [String]
    public let author: String?
    public let source: String?
    public let summary: String?
    public let cover: String?
    public let coverAlt: String?
    public let featured: Bool
    public let draft: Bool
    public let body: String
    /// File line on which `body` starts.
    public let bodyLine: Int
}

/// A standalone page (`pages/<slug>.md`): about, contact.
public struct StandalonePage: Sendable, Equatable {
    public let slug: String
    public let language: String
    public let file: String
    public let title: String
    public let body: String
    public let bodyLine: Int
}
