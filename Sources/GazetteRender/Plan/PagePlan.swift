import GazetteCore

/// One output page: where it goes, in which language, and what it shows.
public struct PagePlan: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case home
        /// Position in the language's story list.
        case story(Int)
        case storyList(page: Int)
        case kind(StoryKind, page: Int)
        case villages
        case village(String)
        case topics
        case topic(String, page: Int)
        case archive(year: Int, page: Int)
        case page(String)
        case search
        case notFound
    }

    /// Output path relative to the site root: `en/stories/x/` (a folder: written as its index.html) or `404.html`.
    public let route: String
    public let language: String
    public let content: Content

    /// The file the page is written to.
    public var outputPath: String { route.hasSuffix("/") || route.isEmpty ? route + "index.html" : route }
}

/// Lays out every page of SPEC §3 for every language.
public enum Planner {
    public static func plan(_ index: SiteIndex) -> [PagePlan] {
        var plans: [PagePlan] = []
        let routes = index.routes
        let years = Set(index.stories.values.flatMap { $0.map(\.story.date.year) }).sorted()
        let pageSize = index.config.pageSize
        for language in index.config.languages {
            let stories = index.stories[language] ?? []
            let lists = index.lists[language]
            func add(_ route: String, _ content: PagePlan.Content) {
                plans.append(PagePlan(route: route, language: language, content: content))
            }
            add(routes.home(language), .home)
            for position in stories.indices { add(routes.story(stories[position].story.slug, language), .story(position)) }
            for page in pageNumbers(stories.count, pageSize) { add(routes.stories(language, page: page), .storyList(page: page)) }
            for kind in StoryKind.allCases {
                for page in pageNumbers(lists?.byKind[kind]?.count ?? 0, pageSize) {
                    add(routes.kind(kind, language, page: page), .kind(kind, page: page))
                }
            }
            add(routes.villages(language), .villages)
            for village in index.content.villages { add(routes.village(village.id, language), .village(village.id)) }
            add(routes.topics(language), .topics)
            for topic in index.content.topics {
                for page in pageNumbers(lists?.byTopic[topic.id]?.count ?? 0, pageSize) {
                    add(routes.topic(topic.id, language, page: page), .topic(topic.id, page: page))
                }
            }
            for year in years {
                for page in pageNumbers(lists?.byYear[year]?.count ?? 0, pageSize) {
                    add(routes.archive(year, language, page: page), .archive(year: year, page: page))
                }
            }
            for page in index.pages[language] ?? [] { add(routes.page(page.page.slug, language), .page(page.page.slug)) }
            add(routes.search(language), .search)
            add(routes.notFound(language), .notFound)
        }
        return plans
    }

    /// Page numbers of a paginated list; an empty list still has its first page.
    static func pageNumbers(_ count: Int, _ pageSize: Int) -> ClosedRange<Int> {
        1...max(1, (count + pageSize - 1) / pageSize)
    }
}
