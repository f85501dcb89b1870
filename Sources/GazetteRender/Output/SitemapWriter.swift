import GazetteCore

/// `sitemap.xml` with every page and its language alternates (`xhtml:link hreflang`),
/// and `robots.txt` pointing at it.
enum SitemapWriter {
    static func sitemap(_ plans: [PagePlan], index: SiteIndex) -> String {
        let counterparts = Counterparts(index: index)
        let absolute = { (route: String) in index.config.origin + index.routes.url(route) }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for plan in plans where plan.content != .notFound {
            xml += "  <url>\n    <loc>\(XMLText.escape(absolute(plan.route)))</loc>\n"
            if case .story(let position) = plan.content, let story = index.stories[plan.language]?[position].story {
                xml += "    <lastmod>\(story.date.isoDay)</lastmod>\n"
            }
            let versions = counterparts.all(plan)
            if versions.count > 1 {
                for version in versions {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(PageRenderer.languageTag(version.language))\" href=\"\(XMLText.escape(absolute(version.route)))\"/>\n"
                }
            }
            xml += "  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(_ index: SiteIndex) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(index.config.origin + index.routes.url("sitemap.xml"))\n"
    }
}
