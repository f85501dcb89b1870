import GazetteCore

extension PageRenderer {
    func storyPage(_ position: Int, _ language: String) -> PageParts {
        let stories = index.stories[language] ?? []
        let published = stories[position]
        let story = published.story
        let source = story.source ?? config.footer.organizer
        var facts: [LabelledValue] = []
        if let source { facts.append(LabelledValue(label: text("source", language), value: source)) }
        if let author = story.author { facts.append(LabelledValue(label: text("author", language), value: author)) }

        let neighbour = { (offset: Int) -> LinkView? in
            let other = position + offset
            guard stories.indices.contains(other) else { return nil }
            return LinkView(label: stories[other].story.title, url: routes.url(routes.story(stories[other].story.slug, language)))
        }
        let stats = CJK.containsHan(published.body.plainText)
            ? text("word_count", language, ["n": String(published.stats.wordCount)])
            : text("word_count_latin", language, ["n": String(published.stats.wordCount)])
        let view = StoryView(
            title: story.title, date: date(story.date, language), dateISO: story.date.rfc3339(utcOffsetMinutes: config.utcOffsetMinutes),
            facts: facts, kind: kindLink(story.kind, language),
            villages: story.villages.compactMap { villageLink($0, language) },
            topics: story.topics.compactMap { topicLink($0, language) },
            toc: Self.tableOfContents(published.body.headings), bodyHTML: published.body.html,
            stats: stats + " · " + text("reading_time", language, ["n": String(published.stats.readingMinutes)]),
            coverURL: published.coverURL, coverAlt: story.coverAlt ?? story.title,
            related: items(index.related(to: position, language: language), language),
            // Newest first: "previous" is the older story, as readers of a news column expect.
            previous: neighbour(1), next: neighbour(-1),
            translationNote: nil)
        var meta = [
            MetaView(name: "ArticleTitle", content: story.title),
            MetaView(name: "PubDate", content: story.date.hasTime ? story.date.dayAndTime : story.date.isoDay),
            MetaView(name: "ColumnName", content: kindName(story.kind, language)),
        ]
        if let source { meta.append(MetaView(name: "ContentSource", content: source)) }
        if let author = story.author { meta.append(MetaView(name: "author", content: author)) }
        return PageParts(
            template: "story", title: story.title, description: published.summary, main: view,
            breadcrumbs: [home(language), kindLink(story.kind, language)],
            meta: meta, openGraphType: "article", image: published.coverURL ?? published.body.images.first)
    }

    /// Nests the headings by level: 一、 holds its （一）, which holds its 1. …
    static func tableOfContents(_ headings: [HeadingEntry]) -> [TOCEntryView] {
        var root: [TOCEntryView] = []
        // Stack of (level, path of indices into the tree).
        var stack: [(level: Int, path: [Int])] = []
        for heading in headings {
            while let top = stack.last, top.level >= heading.level { stack.removeLast() }
            let entry = TOCEntryView(text: heading.text, id: heading.id, children: [])
            let parentPath = stack.last?.path ?? []
            let index = insert(entry, into: &root, at: parentPath)
            stack.append((heading.level, parentPath + [index]))
        }
        return root
    }

    private static func insert(_ entry: TOCEntryView, into entries: inout [TOCEntryView], at path: [Int]) -> Int {
        guard let first = path.first else {
            entries.append(entry)
            return entries.count - 1
        }
        return insert(entry, into: &entries[first].children, at: Array(path.dropFirst()))
    }

    func storyListPage(_ language: String, page: Int) -> PageParts {
        let all = Array((index.stories[language] ?? []).indices)
        return listPage(
            language, title: text("all_stories", language), positions: all, page: page,
            route: { routes.stories(language, page: $0) }, intro: nil,
            breadcrumbs: [home(language)], side: yearLinks(language))
    }

    func kindPage(_ kind: StoryKind, _ language: String, page: Int) -> PageParts {
        listPage(
            language, title: kindName(kind, language), positions: index.lists[language]?.byKind[kind] ?? [], page: page,
            route: { routes.kind(kind, language, page: $0) }, intro: text("kind_\(kind.id)_about", language),
            breadcrumbs: [home(language)], side: [])
    }

    func topicPage(_ id: String, _ language: String, page: Int) -> PageParts {
        let topic = index.topicsByID[id]!
        return listPage(
            language, title: topic.name(in: language, defaultLanguage: config.defaultLanguage),
            positions: index.lists[language]?.byTopic[id] ?? [], page: page,
            route: { routes.topic(id, language, page: $0) }, intro: topic.descriptions[language],
            breadcrumbs: [home(language), LinkView(label: text("nav_topics", language), url: routes.url(routes.topics(language)))],
            side: [])
    }

    func archivePage(_ year: Int, _ language: String, page: Int) -> PageParts {
        listPage(
            language, title: text("archive_title", language, ["year": String(year)]),
            positions: index.lists[language]?.byYear[year] ?? [], page: page,
            route: { routes.archive(year, language, page: $0) }, intro: nil,
            breadcrumbs: [home(language), LinkView(label: text("all_stories", language), url: routes.url(routes.stories(language)))],
            side: yearLinks(language))
    }

    /// Links to every year's archive, newest first.
    private func yearLinks(_ language: String) -> [LinkView] {
        let years = Set(index.stories.values.flatMap { $0.map(\.story.date.year) }).sorted(by: >)
        return years.map { LinkView(label: text("year_label", language, ["year": String($0)]), url: routes.url(routes.archive($0, language))) }
    }

    private func listPage(
        _ language: String, title: String, positions: [Int], page: Int, route: (Int) -> String,
        intro: String?, breadcrumbs: [LinkView], side: [LinkView]
    ) -> PageParts {
        let size = config.pageSize
        let pageCount = max(1, (positions.count + size - 1) / size)
        let slice = positions.dropFirst((page - 1) * size).prefix(size)
        let pagination = pageCount > 1 ? paginationView(page: page, count: pageCount, route: route, language: language) : nil
        let shownTitle = page > 1 ? title + " · " + text("page_n", language, ["n": String(page)]) : title
        let isDefault = language == config.defaultLanguage
        let view = ListView(
            title: shownTitle, intro: intro == nil || intro!.isEmpty ? nil : intro, introHTML: nil,
            items: items(slice, language), pagination: pagination,
            emptyMessage: text(isDefault ? "empty_list" : "empty_list_translated", language),
            emptyLink: isDefault ? nil : LinkView(
                label: text("read_original_site", language), url: routes.url(routes.home(config.defaultLanguage)),
                lang: Self.languageTag(config.defaultLanguage)),
            sideLinks: side, sideTitle: side.isEmpty ? nil : text("archive", language))
        let description = intro ?? text("list_description", language, ["title": title, "n": String(positions.count)])
        return PageParts(template: "list", title: shownTitle, description: description, main: view, breadcrumbs: breadcrumbs)
    }

    private func paginationView(page: Int, count: Int, route: (Int) -> String, language: String) -> PaginationView {
        let link = { (n: Int) in LinkView(label: String(n), url: routes.url(route(n)), current: n == page) }
        // First, last and the pages around the current one: enough to jump anywhere in two clicks.
        let shown = Set([1, count] + Array(max(1, page - 2)...min(count, page + 2))).sorted()
        return PaginationView(
            previous: page > 1 ? LinkView(label: text("previous_page", language), url: routes.url(route(page - 1))) : nil,
            next: page < count ? LinkView(label: text("next_page", language), url: routes.url(route(page + 1))) : nil,
            pages: shown.map(link),
            summary: text("page_of", language, ["n": String(page), "total": String(count)]))
    }
}
