/// A story ready to publish: its rendered body and the figures derived from it.
public struct PublishedStory: Sendable {
    public let story: Story
    public let body: RenderedMarkdown
    public let summary: String
    public let stats: TextStats
    /// Resolved URL of the cover image, if any.
    public let coverURL: String?
}

/// A standalone page, rendered.
public struct PublishedPage: Sendable {
    public let page: StandalonePage
    public let body: RenderedMarkdown
}

/// Lists of story positions for one language. Positions index `SiteIndex.stories[language]`,
/// which is newest first, so every list here is newest first too.
public struct LanguageIndex: Sendable {
    public let byVillage: [String: [Int]]
    public let byTopic: [String: [Int]]
    public let byKind: [StoryKind: [Int]]
    public let byYear: [Int: [Int]]
    public let featured: [Int]
    /// Where each story stands in each of its topic lists, for finding near neighbours.
    let topicPosition: [String: [Int: Int]]
}

/// The content graph: published stories per language, grouped every way a page lists them.
public struct SiteIndex: Sendable {
    public let content: SiteContent
    public let routes: Routes
    /// Per language, newest first (ties by slug, so the order never depends on the file system).
    public let stories: [String: [PublishedStory]]
    public let pages: [String: [PublishedPage]]
    public let lists: [String: LanguageIndex]
    /// Slug → languages the story exists in.
    public let languagesOfStory: [String: Set<String>]
    /// Page slug → languages the page exists in.
    public let languagesOfPage: [String: Set<String>]
    public let villagesByID: [String: Village]
    /// Village ids ordered as a Chinese index lists them: by county, township and name, in pinyin order.
    public let villageOrder: [String]
    public let topicsByID: [String: Topic]
    /// What links in bodies resolved against: a rebuild may reuse a rendered body only
    /// when this is unchanged.
    let linkFingerprint: Int
    /// Each published body with the diagnostics its rendering gave, by file.
    let renderedByFile: [String: (PublishedStory, [Diagnostic])]

    public var config: SiteConfig { content.config }

    /// Stories sharing villages (weighted most) and topics with the one at `position`,
    /// best first. Topic candidates are the story's neighbours in time in each topic
    /// list, so the work per story stays bounded however large a topic grows.
    public func related(to position: Int, language: String, limit: Int = 5) -> [Int] {
        guard let list = stories[language], let index = lists[language] else { return [] }
        let story = list[position].story
        var scores: [Int: Int] = [:]
        for village in story.villages {
            for other in index.byVillage[village] ?? [] where other != position { scores[other, default: 0] += 3 }
        }
        for topic in story.topics {
            guard let members = index.byTopic[topic], let at = index.topicPosition[topic]?[position] else { continue }
            for other in members[max(0, at - 12)..<min(members.count, at + 13)] where other != position {
                scores[other, default: 0] += 1
            }
        }
        return scores.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(limit).map(\.key)
    }
}

/// Builds the index: renders every published body in parallel, then groups.
public enum SiteIndexer {
    /// - Parameters:
    ///   - blocks: draws `chart` and `figure` blocks; the render stage provides it.
    ///   - previous: the index of the last build (`gazette serve`): bodies of stories that did
    ///     not change are taken from it instead of being rendered again.
    public static func build(
        _ content: SiteContent, includeDrafts: Bool, blocks: (any FencedBlockRenderer)? = nil, previous: SiteIndex? = nil
    ) -> (SiteIndex, [Diagnostic]) {
        let published = content.stories.filter { includeDrafts || !$0.draft }
        let links = ContentLinks(content: content, published: published)
        let renderer = MarkdownRenderer(resolver: links, blocks: blocks)
        let fingerprint = linkFingerprint(content, published: published)
        let reusable = previous.flatMap {
            $0.linkFingerprint == fingerprint && $0.content.villages == content.villages ? $0.renderedByFile : nil
        } ?? [:]
        let rendered = Parallel.map(published) { story in
            if let (old, diagnostics) = reusable[story.file], old.story == story { return (old, diagnostics) }
            return publish(story, renderer: renderer, links: links)
        }
        var diagnostics = rendered.flatMap(\.1)
        let renderedPages = Parallel.map(content.pages) { page -> PublishedPage in
            let source = SourceText(file: page.file, text: String(repeating: "\n", count: page.bodyLine - 1) + page.body)
            let body = renderer.render(page.body, source: source, firstLine: page.bodyLine, language: page.language)
            return PublishedPage(page: page, body: body)
        }
        diagnostics += renderedPages.flatMap(\.body.diagnostics)

        var stories: [String: [PublishedStory]] = [:]
        for story in rendered.map(\.0) { stories[story.story.language, default: []].append(story) }
        for language in stories.keys {
            stories[language]!.sort { ($0.story.date, $1.story.slug) > ($1.story.date, $0.story.slug) }
        }
        var pages: [String: [PublishedPage]] = [:]
        for page in renderedPages { pages[page.page.language, default: []].append(page) }

        let index = SiteIndex(
            content: content, routes: Routes(config: content.config), stories: stories, pages: pages,
            lists: stories.mapValues(group),
            languagesOfStory: Dictionary(grouping: published, by: \.slug).mapValues { Set($0.map(\.language)) },
            languagesOfPage: Dictionary(grouping: content.pages, by: \.slug).mapValues { Set($0.map(\.language)) },
            villagesByID: Dictionary(content.villages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            villageOrder: previous.flatMap { $0.content.villages == content.villages ? $0.villageOrder : nil }
                ?? villageOrder(content.villages, defaultLanguage: content.config.defaultLanguage),
            topicsByID: Dictionary(content.topics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            linkFingerprint: fingerprint,
            renderedByFile: Dictionary(rendered.map { ($0.0.story.file, $0) }, uniquingKeysWith: { a, _ in a }))
        return (index, diagnostics)
    }

    /// Everything a link can point at: published stories with their slugs and languages,
    /// pages, media.
    private static func linkFingerprint(_ content: SiteContent, published: [Story]) -> Int {
        var hasher = Hasher()
        for story in published { hasher.combine(story.file); hasher.combine(story.slug) }
        for page in content.pages { hasher.combine(page.file); hasher.combine(page.slug) }
        hasher.combine(content.media)
        return hasher.finalize()
    }

    private static func publish(_ story: Story, renderer: MarkdownRenderer, links: ContentLinks) -> (PublishedStory, [Diagnostic]) {
        // Line numbers in diagnostics are file lines: pad the body's source to where it starts.
        let source = SourceText(file: story.file, text: String(repeating: "\n", count: story.bodyLine - 1) + story.body)
        let body = renderer.render(story.body, source: source, firstLine: story.bodyLine, language: story.language)
        var diagnostics = body.diagnostics
        var coverURL: String?
        if let cover = story.cover {
            switch links.resolve(cover, from: story.file, language: story.language) {
            case .url(let url): coverURL = url
            case .missing(let message):
                diagnostics.append(Diagnostic(file: story.file, line: 1, column: 1, rule: "link/missing-cover", message: message))
            case .dropped: break
            }
        }
        let limit = CJK.containsHan(body.firstParagraph) ? 110 : 220
        let summary = story.summary ?? Summary.make(from: body.firstParagraph, limit: limit)
        let published = PublishedStory(
            story: story, body: body, summary: summary, stats: TextStats(body.plainText), coverURL: coverURL)
        return (published, diagnostics)
    }

    /// Romanising is slow (ICU), so each distinct name is romanised once, in parallel.
    private static func villageOrder(_ villages: [Village], defaultLanguage: String) -> [String] {
        func names(_ village: Village) -> [String] {
            [village.counties[defaultLanguage] ?? "", village.townships[defaultLanguage] ?? "", village.names[defaultLanguage] ?? village.id]
        }
        let distinct = Array(Set(villages.flatMap(names))).sorted()
        let keys = Dictionary(uniqueKeysWithValues: zip(distinct, Parallel.map(distinct) { Romanizer.syllables($0) }))
        let sortKey = { (village: Village) in names(village).map { [keys[$0]!, $0] }.flatMap { $0 } + [village.id] }
        return villages.map { (sortKey($0), $0.id) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    private static func group(_ stories: [PublishedStory]) -> LanguageIndex {
        var byVillage: [String: [Int]] = [:], byTopic: [String: [Int]] = [:]
        var byKind: [StoryKind: [Int]] = [:], byYear: [Int: [Int]] = [:]
        var featured: [Int] = []
        var topicPosition: [String: [Int: Int]] = [:]
        for (position, published) in stories.enumerated() {
            let story = published.story
            for village in Set(story.villages) { byVillage[village, default: []].append(position) }
            for topic in Set(story.topics) {
                topicPosition[topic, default: [:]][position] = byTopic[topic]?.count ?? 0
                byTopic[topic, default: []].append(position)
            }
            byKind[story.kind, default: []].append(position)
            byYear[story.date.year, default: []].append(position)
            if story.featured { featured.append(position) }
        }
        return LanguageIndex(
            byVillage: byVillage, byTopic: byTopic, byKind: byKind, byYear: byYear, featured: featured,
            topicPosition: topicPosition)
    }
}
