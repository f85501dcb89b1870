import GazetteCore

extension PageRenderer {
    func homePage(_ language: String) -> PageParts {
        let lists = index.lists[language]
        let featured = items((lists?.featured ?? []).prefix(4), language)
        let groups = StoryKind.allCases.map { kind in
            StoryGroupView(
                title: kindName(kind, language), url: routes.url(routes.kind(kind, language)),
                items: items((lists?.byKind[kind] ?? []).prefix(5), language))
        }
        let (figures, asOf) = headlineFigures(language)
        let view = HomeView(
            title: config.title(in: language), intro: text("home_intro", language),
            featured: featured, figures: figures,
            figuresNote: asOf.map { text("figures_as_of", language, ["year": String($0)]) },
            groups: groups,
            allStoriesURL: routes.url(routes.stories(language)))
        return PageParts(template: "home", title: config.title(in: language), description: text("home_intro", language), main: view)
    }

    /// Figures summed over every village: how many, households, the registered poor
    /// population, and how many of them have left poverty by the latest year on record.
    func headlineFigures(_ language: String) -> ([LabelledValue], Int?) {
        let villages = index.content.villages
        guard !villages.isEmpty else { return ([], nil) }
        var figures = [LabelledValue(label: text("figure_villages", language), value: NumberFormat.format(Double(villages.count), language), unit: text("unit_villages", language))]
        let households = villages.compactMap(\.households).reduce(0, +)
        if households > 0 {
            figures.append(LabelledValue(label: text("figure_households", language), value: NumberFormat.format(Double(households), language), unit: text("unit_households", language)))
        }
        let registered = villages.compactMap { $0.registeredPoor?.population }.reduce(0, +)
        if registered > 0 {
            figures.append(LabelledValue(label: text("figure_registered_poor", language), value: NumberFormat.format(Double(registered), language), unit: text("unit_people", language)))
        }
        // Lifted out: registered minus the latest recorded poor population, per village.
        var lifted = 0, year: Int?
        for village in villages {
            guard let registeredHere = village.registeredPoor?.population,
                let latest = village.metrics.last(where: { $0.values["poor_population"] != nil })
            else { continue }
            lifted += registeredHere - Int(latest.values["poor_population"]!)
            year = max(year ?? latest.year, latest.year)
        }
        if let year, lifted > 0 {
            figures.append(LabelledValue(label: text("figure_lifted", language), value: NumberFormat.format(Double(lifted), language), unit: text("unit_people", language)))
        }
        return (figures, year)
    }

    func villagesPage(_ language: String) -> PageParts {
        let defaultLanguage = config.defaultLanguage
        let unknown = text("place_unknown", language)
        // `villageOrder` is already county, township, village by pinyin: group runs of it.
        var counties: [VillageGroupView] = []
        var townships: [TownshipView] = []
        var villages: [LinkView] = []
        var current: (county: Village, township: Village)?
        func closeTownship() {
            guard let current, !villages.isEmpty else { return }
            townships.append(TownshipView(name: current.township.township(in: language, defaultLanguage: defaultLanguage) ?? unknown, villages: villages))
            villages = []
        }
        func closeCounty() {
            closeTownship()
            guard let current, !townships.isEmpty else { return }
            counties.append(VillageGroupView(county: current.county.county(in: language, defaultLanguage: defaultLanguage) ?? unknown, townships: townships))
            townships = []
        }
        for id in index.villageOrder {
            let village = index.villagesByID[id]!
            if let open = current {
                if open.county.counties[defaultLanguage] != village.counties[defaultLanguage] {
                    closeCounty()
                    current = (village, village)
                } else if open.township.townships[defaultLanguage] != village.townships[defaultLanguage] {
                    closeTownship()
                    current = (open.county, village)
                }
            } else {
                current = (village, village)
            }
            if let link = villageLink(id, language) { villages.append(link) }
        }
        closeCounty()
        let title = text("villages_title", language)
        return PageParts(
            template: "villages", title: title,
            description: text("villages_description", language, ["n": String(index.content.villages.count)]),
            main: VillagesIndexView(title: title, counties: counties), breadcrumbs: [home(language)])
    }

    func topicsPage(_ language: String) -> PageParts {
        let topics = index.content.topics.map { topic in
            let count = index.lists[language]?.byTopic[topic.id]?.count ?? 0
            return LabelledValue(
                label: topic.name(in: language, defaultLanguage: config.defaultLanguage),
                value: text("stories_count", language, ["n": String(count)]),
                url: routes.url(routes.topic(topic.id, language)), note: topic.descriptions[language])
        }
        let title = text("topics_title", language)
        return PageParts(
            template: "topics", title: title, description: text("topics_description", language),
            main: TopicsIndexView(title: title, topics: topics), breadcrumbs: [home(language)])
    }

    func standalonePage(_ slug: String, _ language: String) -> PageParts {
        let page = index.pages[language]!.first { $0.page.slug == slug }!
        let description = Summary.make(from: page.body.firstParagraph, limit: 110)
        return PageParts(
            template: "page", title: page.page.title, description: description,
            main: SimplePageView(title: page.page.title, bodyHTML: page.body.html, links: []),
            breadcrumbs: [home(language)])
    }

    func searchPage(_ language: String) -> PageParts {
        let title = text("search_title", language)
        return PageParts(
            template: "search", title: title, description: text("search_description", language),
            main: SimplePageView(title: title, bodyHTML: nil, links: []), breadcrumbs: [home(language)])
    }

    func notFoundPage(_ language: String) -> PageParts {
        let title = text("not_found_title", language)
        let links = [
            home(language),
            LinkView(label: text("all_stories", language), url: routes.url(routes.stories(language))),
            LinkView(label: text("nav_villages", language), url: routes.url(routes.villages(language))),
        ]
        return PageParts(
            template: "404", title: title, description: text("not_found_text", language),
            main: SimplePageView(title: title, bodyHTML: nil, links: links))
    }
}
