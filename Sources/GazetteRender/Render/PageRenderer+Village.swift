import GazetteCore

extension PageRenderer {
    func villagePage(_ id: String, _ language: String) -> PageParts {
        let village = index.villagesByID[id]!
        let defaultLanguage = config.defaultLanguage
        let name = village.name(in: language, defaultLanguage: defaultLanguage)
        let place = [
            village.province(in: language, defaultLanguage: defaultLanguage),
            village.county(in: language, defaultLanguage: defaultLanguage),
            village.township(in: language, defaultLanguage: defaultLanguage),
        ].compactMap { $0 }.joined(separator: language.hasPrefix("zh") ? "" : ", ")

        let catalog = config.metrics
        var facts: [LabelledValue] = []
        if let households = village.households {
            facts.append(LabelledValue(label: catalog.metric("households").name(language), value: catalog.metric("households").format(Double(households), language)))
        }
        if let population = village.population {
            facts.append(LabelledValue(label: catalog.metric("population").name(language), value: catalog.metric("population").format(Double(population), language)))
        }
        if let poor = village.registeredPoor, let population = poor.population {
            let label = text("figure_registered_poor_in", language, ["year": poor.year.map(String.init) ?? ""])
            var value = catalog.metric("poor_population").format(Double(population), language)
            if let households = poor.households {
                value = text("households_and_people", language, [
                    "h": NumberFormat.format(Double(households), language), "p": NumberFormat.format(Double(population), language),
                ])
            }
            facts.append(LabelledValue(label: label, value: value))
        }

        let keys = catalog.ordered(Set(village.metrics.flatMap(\.values.keys)))
        let headers = keys.map { catalog.metric($0).heading(language) }
        let rows = village.metrics.map { year in
            FigureRowView(
                year: String(year.year),
                cells: keys.map { key in year.values[key].map { catalog.metric(key).format($0, language, withUnit: false) } ?? "—" })
        }
        // The fall of poverty and the rise of income, drawn above the table.
        let trendMetric = village.series("poverty_rate").count >= 2 ? "poverty_rate" : "poor_population"
        let chartsHTML = [trendMetric, "income_per_capita"].compactMap { key in
            charts.villageTrend(village, metric: key, id: "chart-\(key)", language: language)?.html
        }.joined()
        let highlights = village.highlights.map { highlight in
            LabelledValue(
                label: highlight.labels[language] ?? highlight.labels[defaultLanguage] ?? "",
                value: NumberFormat.format(highlight.value, language),
                unit: highlight.units[language] ?? highlight.units[defaultLanguage])
        }
        let positions = index.lists[language]?.byVillage[id] ?? []
        let view = VillageView(
            name: name, place: place, facts: facts, chartsHTML: chartsHTML, figureHeaders: headers, figureRows: rows,
            figuresCaption: text("figures_caption", language, ["name": name]),
            highlights: highlights, stories: items(positions, language),
            storiesNote: positions.isEmpty ? text(language == defaultLanguage ? "empty_list" : "empty_list_translated", language) : nil)
        return PageParts(
            template: "village", title: name,
            description: text("village_description", language, ["name": name, "place": place]),
            main: view,
            breadcrumbs: [home(language), LinkView(label: text("nav_villages", language), url: routes.url(routes.villages(language)))])
    }
}
