import GazetteCore

/// Atom feeds (RFC 4287), one per language: the newest stories with their summaries.
enum FeedWriter {
    static let entryCount = 20

    static func atom(_ index: SiteIndex, language: String, strings: InterfaceStrings) -> String {
        let config = index.config
        let routes = index.routes
        let stories = (index.stories[language] ?? []).prefix(entryCount)
        let offset = config.utcOffsetMinutes
        let absolute = { (route: String) in config.origin + routes.url(route) }
        // The feed changes when its newest story does, never merely because it was rebuilt.
        let updated = stories.first?.story.date.rfc3339(utcOffsetMinutes: offset) ?? "2000-01-01T00:00:00+08:00"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(PageRenderer.languageTag(language))\">\n"
        xml += "  <title>\(XMLText.escape(config.title(in: language)))</title>\n"
        xml += "  <id>\(XMLText.escape(absolute(routes.home(language))))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(absolute(routes.feed(language))))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(absolute(routes.home(language))))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        if let organizer = config.footer.organizer {
            xml += "  <author><name>\(XMLText.escape(organizer))</name></author>\n"
        }
        xml += "  <generator uri=\"https://github.com/gazette-ssg/gazette\">Gazette</generator>\n"
        for published in stories {
            let story = published.story
            let url = absolute(routes.story(story.slug, language))
            let date = story.date.rfc3339(utcOffsetMinutes: offset)
            xml += "  <entry>\n"
            xml += "    <title>\(XMLText.escape(story.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(url))\"/>\n"
            xml += "    <id>\(XMLText.escape(url))</id>\n"
            xml += "    <published>\(date)</published>\n    <updated>\(date)</updated>\n"
            if let author = story.author ?? story.source ?? config.footer.organizer {
                xml += "    <author><name>\(XMLText.escape(author))</name></author>\n"
            }
            xml += "    <category term=\"\(story.kind.id)\" label=\"\(XMLText.escape(strings.format("kind_\(story.kind.id)", language)))\"/>\n"
            xml += "    <summary>\(XMLText.escape(published.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}

/// XML escaping; characters XML 1.0 forbids are dropped rather than written.
enum XMLText {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
