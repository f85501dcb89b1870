/// Joins translations to their originals, derives slugs, and checks what only the
/// whole set of files can tell: missing originals, duplicate slugs, required fields.
enum StoryAssembler {
    static func assemble(
        _ files: [StoryFile], config: SiteConfig, villages: Set<String>, topics: Set<String>, diagnostics: inout [Diagnostic]
    ) -> [Story] {
        for file in files {
            checkReferences(file, key: "village", known: villages, diagnostics: &diagnostics)
            checkReferences(file, key: "topics", known: topics, diagnostics: &diagnostics)
        }
        let originals = Dictionary(files.filter(\.isOriginal).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var stories: [Story] = []
        var firstFileForSlug: [String: String] = [:]

        for file in files where file.isOriginal {
            guard let slug = slug(for: file, diagnostics: &diagnostics) else { continue }
            if let other = firstFileForSlug[slug] {
                diagnostics.append(.error(
                    "story/duplicate-slug", file.keyLocations["slug"] ?? file.source.location(line: 1),
                    zh: "网址“/stories/\(slug)/”与 \(other) 重复：改文件名或加 slug:",
                    en: "URL /stories/\(slug)/ is also used by \(other): rename the file or set slug:"))
                continue
            }
            firstFileForSlug[slug] = file.source.file
            if let story = makeStory(file, original: nil, slug: slug, diagnostics: &diagnostics) { stories.append(story) }
        }
        for file in files where !file.isOriginal {
            guard let original = originals[file.key] else {
                diagnostics.append(.error(
                    "story/orphan-translation", file.source.location(line: 1),
                    zh: "找不到译文对应的中文原文 \(file.key).md", en: "the original of this translation, \(file.key).md, is missing"))
                continue
            }
            guard let slug = slug(for: original, diagnostics: &diagnostics), firstFileForSlug[slug] == original.source.file else { continue }
            if let story = makeStory(file, original: original, slug: slug, diagnostics: &diagnostics) { stories.append(story) }
        }
        return stories
    }

    /// Every village and topic a story names must exist: a typo would silently drop the
    /// story from that village's page.
    private static func checkReferences(_ file: StoryFile, key: String, known: Set<String>, diagnostics: inout [Diagnostic]) {
        let ids = (key == "village" ? file.villages : file.topics) ?? []
        let locations = file.valueLocations[key] ?? []
        for (index, id) in ids.enumerated() where !known.contains(id) {
            let location = index < locations.count ? locations[index] : file.source.location(line: 1)
            let guess = Spelling.closest(to: id, among: known).map { (zh: "；是不是 \($0)？", en: "; did you mean \($0)?") }
            if key == "village" {
                diagnostics.append(.error("story/unknown-village", location,
                                          zh: "未知的村庄“\(id)”：content/villages/ 下没有 \(id).yaml" + (guess?.zh ?? ""),
                                          en: "unknown village '\(id)': there is no content/villages/\(id).yaml" + (guess?.en ?? "")))
            } else {
                diagnostics.append(.error("story/unknown-topic", location,
                                          zh: "未知的主题“\(id)”：topics.yaml 中没有这个 id" + (guess?.zh ?? ""),
                                          en: "unknown topic '\(id)': topics.yaml has no such id" + (guess?.en ?? "")))
            }
        }
    }

    static func pages(_ files: [StoryFile], diagnostics: inout [Diagnostic]) -> [StandalonePage] {
        let originals = Set(files.filter(\.isOriginal).map(\.key))
        return files.compactMap { file in
            if !file.isOriginal, !originals.contains(file.key) {
                diagnostics.append(.error(
                    "page/orphan-translation", file.source.location(line: 1),
                    zh: "找不到译文对应的中文原文 \(file.key).md", en: "the original of this translation, \(file.key).md, is missing"))
                return nil
            }
            guard let title = file.title else { return nil }
            let slug = Romanizer.slug(String(file.key.split(separator: "/").last ?? ""))
            return StandalonePage(slug: slug, language: file.language, file: file.source.file, title: title, body: file.body, bodyLine: file.bodyLine)
        }
    }

    /// From `slug:`, else from the file name, romanised when Chinese.
    private static func slug(for file: StoryFile, diagnostics: inout [Diagnostic]) -> String? {
        if let given = file.slug {
            guard Identifier.isValid(given) else {
                diagnostics.append(.error(
                    "story/slug", file.keyLocations["slug"] ?? file.source.location(line: 1),
                    zh: "slug“\(given)”不能作网址：只用小写字母、数字和连字符",
                    en: "slug '\(given)' is not URL-safe: use lower-case letters, digits and hyphens"))
                return nil
            }
            return given
        }
        let name = String(file.key.split(separator: "/").last ?? "")
        let slug = Romanizer.slug(name)
        guard !slug.isEmpty else {
            diagnostics.append(.error(
                "story/slug", file.source.location(line: 1),
                zh: "无法从文件名“\(name)”得到网址：请加 slug:", en: "no URL can be made from the file name '\(name)': set slug:"))
            return nil
        }
        return slug
    }

    /// A story value, taking date, kind, villages and topics from the original where a translation omits them.
    private static func makeStory(_ file: StoryFile, original: StoryFile?, slug: String, diagnostics: inout [Diagnostic]) -> Story? {
        let date = file.date ?? original?.date
        let kind = file.kind ?? original?.kind
        let here = file.source.location(line: 1)
        if original == nil, file.date == nil, file.keyLocations["date"] == nil {
            diagnostics.append(.error("front-matter/missing", here,
                                      zh: "缺少必填项 date（发布日期，如 2017-07-10）", en: "missing required field date (like 2017-07-10)"))
        }
        if original == nil, file.kind == nil, file.keyLocations["kind"] == nil {
            diagnostics.append(.error("front-matter/missing", here,
                                      zh: "缺少必填项 kind：\(StoryKind.validNames)", en: "missing required field kind: \(StoryKind.validNames)"))
        }
        guard let title = file.title, let date, let kind else { return nil }
        return Story(
            slug: slug, language: file.language, file: file.source.file, title: title, date: date, kind: kind,
            villages: file.villages ?? original?.villages ?? [], topics: file.topics ?? original?.topics ?? [],
            author: file.author ?? original?.author, source: file.publisher ?? original?.publisher,
            summary: file.summary, cover: file.cover ?? original?.cover, coverAlt: file.coverAlt,
            featured: file.featured || (original?.featured ?? false), draft: file.draft || (original?.draft ?? false),
            body: file.body, bodyLine: file.bodyLine)
    }
}
