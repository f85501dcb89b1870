import GazetteCore

/// The same page in another language, where it exists: the target of `hreflang`
/// alternates, the language switch and the sitemap's `xhtml:link`s.
public struct Counterparts: Sendable {
    let index: SiteIndex

    public init(index: SiteIndex) { self.index = index }

    /// The route of `plan`'s page in `language`, or `nil` when that page does not exist there.
    public func route(of plan: PagePlan, in language: String) -> String? {
        if language == plan.language { return plan.route }
        let routes = index.routes
        let lists = index.lists[language]
        let size = index.config.pageSize
        func exists(_ page: Int, _ count: Int?) -> Bool { page == 1 || (count ?? 0) > (page - 1) * size }
        switch plan.content {
        case .home: return routes.home(language)
        case .story(let position):
            guard let slug = index.stories[plan.language]?[position].story.slug,
                index.languagesOfStory[slug]?.contains(language) == true
            else { return nil }
            return routes.story(slug, language)
        case .storyList(let page):
            return exists(page, index.stories[language]?.count) ? routes.stories(language, page: page) : nil
        case .kind(let kind, let page):
            return exists(page, lists?.byKind[kind]?.count) ? routes.kind(kind, language, page: page) : nil
        case .villages: return routes.villages(language)
        case .village(let id): return routes.village(id, language)
        case .topics: return routes.topics(language)
        case .topic(let id, let page):
            return exists(page, lists?.byTopic[id]?.count) ? routes.topic(id, language, page: page) : nil
        case .archive(let year, let page):
            return exists(page, lists?.byYear[year]?.count) ? routes.archive(year, language, page: page) : nil
        case .page(let slug):
            return index.languagesOfPage[slug]?.contains(language) == true ? routes.page(slug, language) : nil
        case .search: return routes.search(language)
        case .notFound: return routes.notFound(language)
        }
    }

    /// Every language version of `plan`, the page's own included, in site language order.
    public func all(_ plan: PagePlan) -> [(language: String, route: String)] {
        index.config.languages.compactMap { language in route(of: plan, in: language).map { (language, $0) } }
    }
}
