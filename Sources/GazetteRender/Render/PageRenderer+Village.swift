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

        var facts: [LabelledValue] = []
        if let households = village.households {
            facts.append(LabelledValue(label: text("metric_households", language), value: NumberFormat.format(Double(households), language), unit: text("unit_households", language)))
        }
        if let population = village.population {
            facts.append(LabelledValue(label: text("metric_population", language), value: NumberFormat.format(Double(population), language), unit: text("unit_people", language)))
        }
        if let poor = village.registeredPoor, let population = poor.population {
            let label = text("figure_registered_poor_in", language, ["year": poor.year.map(String.init) ?? ""])
            var value = NumberFormat.format(Double(population), language)
            if let households = poor.households {
                value = text("households_and_people", language, ["h": NumberFormat.format(Double(households), language), "p": value])
            } else {
                value += text("unit_people", language)
            }
            facts.append(LabelledValue(label: label, value: value))
        }

        let keys = MetricOrder.keys(in: village.metrics)
        let table = strings(language)
        let headers = keys.map { key in
            let label = table["metric_\(key)"] ?? key
            guard let unit = table["unit_\(key)"], !unit.isEmpty else { return label }
            return language.hasPrefix("zh") ? "\(label)（\(unit)）" : "\(label) (\(unit))"
        }
        let rows = village.metrics.map { year in
            FigureRowView(
                year: String(year.year),
                cells: keys.map { key in year.values[key].map { NumberFormat.format($0, language) } ?? "—" })
        }
        let highlights = village.highlights.map { highlight in
            LabelledValue(
                label: highlight.labels[language] ?? highlight.labels[defaultLanguage] ?? "",
                value: NumberFormat.format(highlight.value, language),
                unit: highlight.units[language] ?? highlight.units[defaultLanguage])
        }
        let positions = index.lists[language]?.byVillage[id] ?? []
        let view = VillageView(
            name: name, place: place, facts: facts, figureHeaders: headers, figureRows: rows,
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

/// The order of metric columns: the usual ones first, in the order a report gives them.
enum MetricOrder {
    static let known = [
        "households", "population", "poor_households", "poor_population", "poverty_rate",
        "income_per_capita", "collective_income", "relocated_households",
    ]

    static func keys(in metrics: [Village.YearFigures]) -> [String] {
        let present = Set(metrics.flatMap(\.values.keys))
        return known.filter(present.contains) + present.subtracting(known).sorted()
    }
}
