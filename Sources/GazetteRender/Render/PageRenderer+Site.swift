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
            featured: featured, figures: figures, chartHTML: homeChart(language),
            figuresNote: asOf.map { text("figures_as_of", language, ["year": String($0)]) },
            groups: groups,
            allStoriesURL: routes.url(routes.stories(language)))
        return PageParts(template: "home", title: config.title(in: language), description: text("home_intro", language), main: view)
    }

    /// Figures summed over every village: how many, how many households, how many people
    /// were registered as poor and have been lifted out, how many villages left the list,
    /// and how incomes grew — with the year the totals hold for.
    func headlineFigures(_ language: String) -> ([LabelledValue], Int?) {
        let villages = index.content.villages
        guard !villages.isEmpty else { return ([], nil) }
        let summary = FigureSummary(villages)
        let number = { (n: Int) in NumberFormat.format(Double(n), language) }
        var figures = [LabelledValue(label: text("figure_villages", language), value: number(summary.villages), unit: text("unit_villages", language))]
        if summary.households > 0 {
            figures.append(LabelledValue(label: text("figure_households", language), value: number(summary.households), unit: text("unit_households", language)))
        }
        if summary.registeredPoor > 0 {
            figures.append(LabelledValue(label: text("figure_registered_poor", language), value: number(summary.registeredPoor), unit: text("unit_people", language)))
        }
        if summary.asOfYear != nil, summary.liftedOut > 0 {
            figures.append(LabelledValue(label: text("figure_lifted", language), value: number(summary.liftedOut), unit: text("unit_people", language)))
        }
        if summary.exitedVillages > 0 {
            figures.append(LabelledValue(
                label: text("figure_exited", language),
                value: text("of_total", language, ["n": number(summary.exitedVillages), "total": number(summary.villages)])))
        }
        if let growth = summary.incomeGrowth {
            figures.append(LabelledValue(label: text("figure_income_growth", language), value: "+" + NumberFormat.plain(growth * 100, maxFractionDigits: 0) + "%"))
        }
        return (figures, summary.asOfYear)
    }

    /// The home page's chart: each village's poverty incidence now and at registration,
    /// or, for sites too large to list every village, the counties' poor population.
    func homeChart(_ language: String) -> String? {
        let villages = index.content.villages
        if villages.count <= 12 {
            return charts.villageComparison(villages, metric: "poverty_rate", year: nil, baseline: true, id: "chart-home", language: language)?.html
        }
        let ordered = index.villageOrder.map { index.villagesByID[$0]! }
        let counties = runs(ordered) { $0.counties[config.defaultLanguage] }
        let rows = counties.map { county -> (String, FigureSummary) in
            (county[0].county(in: language, defaultLanguage: config.defaultLanguage) ?? text("place_unknown", language), FigureSummary(county))
        }
        return charts.countyComparison(rows, id: "chart-home", language: language)?.html
    }

    func villagesPage(_ language: String) -> PageParts {
        let defaultLanguage = config.defaultLanguage
        let unknown = text("place_unknown", language)
        // `villageOrder` is county, township, village by pinyin: consecutive runs are the groups.
        let ordered = index.villageOrder.map { index.villagesByID[$0]! }
        let counties = runs(ordered) { $0.counties[defaultLanguage] }.map { county -> VillageGroupView in
            let townships = runs(county) { $0.townships[defaultLanguage] }.map { township in
                TownshipView(
                    name: township[0].township(in: language, defaultLanguage: defaultLanguage) ?? unknown,
                    summary: townshipSummary(FigureSummary(township), language),
                    villages: township.compactMap { villageLink($0.id, language) })
            }
            return VillageGroupView(
                county: county[0].county(in: language, defaultLanguage: defaultLanguage) ?? unknown,
                summary: countySummary(FigureSummary(county), language), townships: townships)
        }
        let title = text("villages_title", language)
        return PageParts(
            template: "villages", title: title,
            description: text("villages_description", language, ["n": String(index.content.villages.count)]),
            main: VillagesIndexView(title: title, counties: counties), breadcrumbs: [home(language)])
    }

    /// Splits a list into runs of consecutive elements that share a key.
    private func runs(_ villages: [Village], by key: (Village) -> String?) -> [[Village]] {
        var groups: [[Village]] = []
        for village in villages {
            if let last = groups.last?.last, key(last) == key(village) { groups[groups.count - 1].append(village) } else { groups.append([village]) }
        }
        return groups
    }

    private func countySummary(_ summary: FigureSummary, _ language: String) -> String {
        let number = { (n: Int) in NumberFormat.format(Double(n), language) }
        return text("county_summary", language, [
            "n": number(summary.villages), "households": number(summary.households),
            "registered": number(summary.registeredPoor), "lifted": number(summary.liftedOut),
        ]) + (summary.asOfYear.map { text("summary_as_of", language, ["year": String($0)]) } ?? "")
    }

    private func townshipSummary(_ summary: FigureSummary, _ language: String) -> String {
        text("township_summary", language, [
            "n": NumberFormat.format(Double(summary.villages), language),
            "remaining": NumberFormat.format(Double(summary.remainingPoor), language),
        ])
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
