/// The URL layout of SPEC §3, in one place. Paths are relative to the site root
/// (no leading slash) and end in `/` for pages; `url(_:)` adds the base path.
public struct Routes: Sendable {
    public let basePath: String
    public let defaultLanguage: String

    public init(config: SiteConfig) {
        basePath = config.basePath
        defaultLanguage = config.defaultLanguage
    }

    /// `""` for the default language, `en/` for English.
    public func prefix(_ language: String) -> String {
        language == defaultLanguage ? "" : language + "/"
    }

    public func home(_ language: String) -> String { prefix(language) }
    public func story(_ slug: String, _ language: String) -> String { prefix(language) + "stories/\(slug)/" }
    public func stories(_ language: String, page: Int = 1) -> String {
        prefix(language) + (page <= 1 ? "stories/" : "stories/page/\(page)/")
    }
    public func kind(_ kind: StoryKind, _ language: String, page: Int = 1) -> String {
        prefix(language) + "kinds/\(kind.id)/" + (page <= 1 ? "" : "page/\(page)/")
    }
    public func villages(_ language: String) -> String { prefix(language) + "villages/" }
    public func village(_ id: String, _ language: String) -> String { prefix(language) + "villages/\(id)/" }
    public func topics(_ language: String) -> String { prefix(language) + "topics/" }
    public func topic(_ id: String, _ language: String, page: Int = 1) -> String {
        prefix(language) + "topics/\(id)/" + (page <= 1 ? "" : "page/\(page)/")
    }
    public func archive(_ year: Int, _ language: String, page: Int = 1) -> String {
        prefix(language) + "archive/\(year)/" + (page <= 1 ? "" : "page/\(page)/")
    }
    public func page(_ slug: String, _ language: String) -> String { prefix(language) + "pages/\(slug)/" }
    public func search(_ language: String) -> String { prefix(language) + "search/" }
    public func feed(_ language: String) -> String { prefix(language) + "feed.xml" }
    public func notFound(_ language: String) -> String { prefix(language) + "404.html" }
    /// A file under `content/media/` (`media/a.jpg`) keeps its path.
    public func media(_ path: String) -> String { path }

    /// The URL to write in a page: base path plus route.
    public func url(_ route: String) -> String { basePath + route }
}
