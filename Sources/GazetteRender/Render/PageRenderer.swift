import GazetteCore
import Mustache

/// Turns one `PagePlan` into HTML: builds the page's view model from the index, wraps
/// it in the frame (head, header, footer) and renders the theme's template.
/// Pure and `Sendable`: pages render in parallel.
public struct PageRenderer: Sendable {
    let index: SiteIndex
    let theme: Theme
    let routes: Routes
    let charts: ChartMaker

    public init(index: SiteIndex, theme: Theme) {
        self.index = index
        self.theme = theme
        self.routes = index.routes
        self.charts = ChartMaker(strings: theme.strings, catalog: index.config.metrics, defaultLanguage: index.config.defaultLanguage)
    }

    var config: SiteConfig { index.config }

    public func render(_ plan: PagePlan) -> String {
        let page = view(for: plan)
        return theme.render(frame(plan, page: page), template: page.template)
    }

    /// What a page shows and how it describes itself in the head.
    struct PageParts {
        let template: String
        let title: String
        let description: String
        let main: any MustacheParent
        var breadcrumbs: [LinkView] = []
        var meta: [MetaView] = []
        var openGraphType = "website"
        var image: String? = nil
    }

    private func view(for plan: PagePlan) -> PageParts {
        let language = plan.language
        switch plan.content {
        case .home: return homePage(language)
        case .story(let position): return storyPage(position, language)
        case .storyList(let page): return storyListPage(language, page: page)
        case .kind(let kind, let page): return kindPage(kind, language, page: page)
        case .villages: return villagesPage(language)
        case .village(let id): return villagePage(id, language)
        case .topics: return topicsPage(language)
        case .topic(let id, let page): return topicPage(id, language, page: page)
        case .archive(let year, let page): return archivePage(year, language, page: page)
        case .page(let slug): return standalonePage(slug, language)
        case .search: return searchPage(language)
        case .notFound: return notFoundPage(language)
        }
    }

    // MARK: Shared helpers

    func strings(_ language: String) -> [String: String] { theme.strings.table(language) }

    func text(_ key: String, _ language: String, _ values: [String: String] = [:]) -> String {
        theme.strings.format(key, language, values)
    }

    /// `lang` / `hreflang` value of a site language code.
    static func languageTag(_ code: String) -> String {
        switch code {
        case "zh": "zh-CN"
        case "zh-hant", "zh-tw": "zh-TW"
        default: code
        }
    }

    func absolute(_ route: String) -> String { config.origin + routes.url(route) }

    func date(_ date: StoryDate, _ language: String) -> String {
        language.hasPrefix("zh") ? date.chinese : (language == "en" ? date.english : date.isoDay)
    }

    func kindName(_ kind: StoryKind, _ language: String) -> String { text("kind_\(kind.id)", language) }

    func kindLink(_ kind: StoryKind, _ language: String) -> LinkView {
        LinkView(label: kindName(kind, language), url: routes.url(routes.kind(kind, language)))
    }

    func villageLink(_ id: String, _ language: String) -> LinkView? {
        guard let village = index.villagesByID[id] else { return nil }
        return LinkView(label: village.name(in: language, defaultLanguage: config.defaultLanguage),
                        url: routes.url(routes.village(id, language)))
    }

    func topicLink(_ id: String, _ language: String) -> LinkView? {
        guard let topic = index.topicsByID[id] else { return nil }
        return LinkView(label: topic.name(in: language, defaultLanguage: config.defaultLanguage),
                        url: routes.url(routes.topic(id, language)))
    }

    func storyItem(_ published: PublishedStory, _ language: String) -> StoryItemView {
        let story = published.story
        return StoryItemView(
            url: routes.url(routes.story(story.slug, language)), title: story.title,
            date: date(story.date, language), dateISO: story.date.isoDay,
            kind: kindLink(story.kind, language),
            villages: story.villages.compactMap { villageLink($0, language) },
            summary: published.summary, coverURL: published.coverURL, coverAlt: story.coverAlt ?? "")
    }

    func items(_ positions: some Collection<Int>, _ language: String) -> [StoryItemView] {
        let stories = index.stories[language] ?? []
        return positions.map { storyItem(stories[$0], language) }
    }

    func home(_ language: String) -> LinkView {
        LinkView(label: text("nav_home", language), url: routes.url(routes.home(language)))
    }
}
