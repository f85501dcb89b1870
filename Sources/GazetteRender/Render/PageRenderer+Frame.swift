import GazetteCore

extension PageRenderer {
    /// The frame every page shares: head metadata, header, navigation, footer.
    func frame(_ plan: PagePlan, page: PageParts) -> FrameView {
        let language = plan.language
        let versions = Counterparts(index: index).all(plan)
        let siteTitle = config.title(in: language)
        let isHome = plan.content == .home
        return FrameView(
            lang: Self.languageTag(language),
            dir: SiteConfig.rightToLeft.contains(language) ? "rtl" : "ltr",
            t: strings(language), siteTitle: siteTitle,
            documentTitle: isHome ? siteTitle : "\(page.title) - \(siteTitle)",
            description: page.description,
            canonical: absolute(plan.route),
            alternates: alternates(versions),
            languageLinks: languageLinks(plan, versions: versions),
            navigation: navigation(plan),
            breadcrumbs: page.breadcrumbs,
            footer: footer(language),
            footerPages: (index.pages[language] ?? []).sorted { $0.page.slug < $1.page.slug }.map {
                LinkView(label: $0.page.title, url: routes.url(routes.page($0.page.slug, language)))
            },
            footerNote: text("footer_note", language, ["year": String(latestYear)]),
            meta: governmentMeta(language) + page.meta,
            openGraph: openGraph(plan, page: page),
            homeURL: routes.url(routes.home(language)),
            searchURL: routes.url(routes.search(language)),
            feedURL: routes.url(routes.feed(language)),
            stylesheetURL: routes.url("css/gazette.css"),
            scriptURL: routes.url("js/gazette.js"),
            bodyClass: page.template,
            main: page.main)
    }

    /// The year of the newest story: the footer's copyright year, stable between builds.
    private var latestYear: Int {
        index.stories.values.compactMap { $0.first?.story.date.year }.max() ?? 2020
    }

    private func alternates(_ versions: [(language: String, route: String)]) -> [AlternateView] {
        guard versions.count > 1 else { return [] }
        var links = versions.map { AlternateView(hreflang: Self.languageTag($0.language), href: absolute($0.route)) }
        if let original = versions.first(where: { $0.language == config.defaultLanguage }) {
            links.append(AlternateView(hreflang: "x-default", href: absolute(original.route)))
        }
        return links
    }

    /// One link per site language, each labelled in its own language. A page without a
    /// counterpart links that language's home page instead of inventing one.
    private func languageLinks(_ plan: PagePlan, versions: [(language: String, route: String)]) -> [LinkView] {
        config.languages.map { language in
            let route = versions.first { $0.language == language }?.route ?? routes.home(language)
            return LinkView(
                label: text("language_name", language), url: routes.url(route),
                current: language == plan.language, lang: Self.languageTag(language),
                hreflang: Self.languageTag(language))
        }
    }

    private func navigation(_ plan: PagePlan) -> [LinkView] {
        let language = plan.language
        var links = [LinkView(label: text("nav_home", language), url: routes.url(routes.home(language)), current: plan.content == .home)]
        for kind in StoryKind.allCases {
            var current = false
            if case .kind(let k, _) = plan.content { current = k == kind }
            links.append(LinkView(label: kindName(kind, language), url: routes.url(routes.kind(kind, language)), current: current))
        }
        var villages = false, topics = false
        switch plan.content {
        case .villages, .village: villages = true
        case .topics, .topic: topics = true
        default: break
        }
        links.append(LinkView(label: text("nav_villages", language), url: routes.url(routes.villages(language)), current: villages))
        links.append(LinkView(label: text("nav_topics", language), url: routes.url(routes.topics(language)), current: topics))
        return links
    }

    private func footer(_ language: String) -> [LabelledValue] {
        let footer = config.footer
        let items: [(String, String?)] = [
            ("footer_organizer", footer.organizer), ("footer_contractor", footer.contractor),
            ("footer_site_code", footer.siteCode), ("footer_icp", footer.icp), ("footer_police", footer.police),
            ("footer_contact", footer.contact), ("footer_address", footer.address),
        ]
        return items.compactMap { key, value in
            guard let value else { return nil }
            // The ICP number links to the national filing system, as the filing rules require.
            let url = key == "footer_icp" ? "https://beian.miit.gov.cn/" : nil
            return LabelledValue(label: text(key, language), value: value, url: url)
        }
    }

    /// The meta tags government-site inspections read (国办发〔2017〕47号 site standards).
    private func governmentMeta(_ language: String) -> [MetaView] {
        var meta = [MetaView(name: "SiteName", content: config.title(in: language)),
                    MetaView(name: "SiteDomain", content: config.domain)]
        if let code = config.footer.siteCode { meta.append(MetaView(name: "SiteIDCode", content: code)) }
        return meta
    }

    private func openGraph(_ plan: PagePlan, page: PageParts) -> [MetaView] {
        var tags = [
            MetaView(name: "og:site_name", content: config.title(in: plan.language)),
            MetaView(name: "og:title", content: page.title),
            MetaView(name: "og:type", content: page.openGraphType),
            MetaView(name: "og:url", content: absolute(plan.route)),
            MetaView(name: "og:description", content: page.description),
            MetaView(name: "og:locale", content: plan.language == "zh" ? "zh_CN" : (plan.language == "en" ? "en_US" : plan.language)),
        ]
        if let image = page.image {
            tags.append(MetaView(name: "og:image", content: image.hasPrefix("http") ? image : config.origin + image))
        }
        return tags
    }
}
