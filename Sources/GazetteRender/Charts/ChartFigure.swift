import GazetteCore

/// A chart as it goes into a page: a `<figure>` with the SVG, a caption, and the numbers
/// behind it in a table inside `<details>`, for screen readers, print and copying.
struct ChartFigure: Sendable {
    let svg: String
    let caption: String
    let headers: [String]
    /// The first cell of each row is its header (a year or a village).
    let rows: [[String]]
    let tableLabel: String

    var html: String {
        let e = { (text: String) in HTMLText.escape(text) }
        var out = "<figure class=\"chart\">\(svg)<figcaption>\(e(caption))</figcaption>"
        out += "<details class=\"chart-data\"><summary>\(e(tableLabel))</summary><table><thead><tr>"
        out += headers.map { "<th scope=\"col\">\(e($0))</th>" }.joined()
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td class=\"num\">\(e(cell))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table></details></figure>\n"
    }
}

/// Builds the charts Gazette draws from the figures, with their words in each language.
struct ChartMaker: Sendable {
    let strings: InterfaceStrings
    let catalog: MetricCatalog
    let defaultLanguage: String

    private func text(_ key: String, _ language: String, _ values: [String: String] = [:]) -> String {
        strings.format(key, language, values)
    }

    /// A village's metric over the years, or `nil` when fewer than two years have it.
    func villageTrend(_ village: Village, metric key: String, years: ClosedRange<Int>? = nil, id: String, language: String) -> ChartFigure? {
        let metric = catalog.metric(key)
        let series = village.series(key).filter { years?.contains($0.year) ?? true }
        guard series.count >= 2, let first = series.first, let last = series.last else { return nil }
        let name = village.name(in: language, defaultLanguage: defaultLanguage)
        let direction = last.value < first.value ? "chart_trend_down" : (last.value > first.value ? "chart_trend_up" : "chart_trend_flat")
        let description = text(direction, language, [
            "metric": metric.name(language), "from": metric.format(first.value, language), "from_year": String(first.year),
            "to": metric.format(last.value, language), "to_year": String(last.year),
        ])
        let caption = text("chart_by_year", language, ["name": name, "metric": metric.heading(language)])
        let chart = LineChart(
            id: id, title: caption, description: description,
            points: series.map { LineChart.Point(year: $0.year, value: $0.value) }, metric: metric, language: language)
        return ChartFigure(
            svg: chart.svg(), caption: caption, headers: [text("year", language), metric.heading(language)],
            rows: series.map { [String($0.year), metric.format($0.value, language, withUnit: false)] },
            tableLabel: text("chart_data_table", language))
    }

    /// Villages side by side on one metric: at `year`, or each at its latest year; with
    /// `baseline`, each village's first year is drawn beside it.
    func villageComparison(_ villages: [Village], metric key: String, year: Int?, baseline: Bool, id: String, language: String) -> ChartFigure? {
        let metric = catalog.metric(key)
        var rows: [BarChart.Row] = []
        var table: [[String]] = []
        var years: Set<Int> = []
        for village in villages {
            let series = village.series(key)
            let pick = year.flatMap { y in series.first { $0.year == y } } ?? (year == nil ? series.last : nil)
            guard let pick else { continue }
            let first = baseline ? series.first : nil
            let name = village.name(in: language, defaultLanguage: defaultLanguage)
            rows.append(BarChart.Row(label: name, values: baseline ? [pick.value, first?.value] : [pick.value]))
            var cells = [name, metric.format(pick.value, language, withUnit: false)]
            if baseline { cells.append(first.map { metric.format($0.value, language, withUnit: false) + " (\($0.year))" } ?? "—") }
            table.append(cells)
            years.insert(pick.year)
        }
        guard !rows.isEmpty else { return nil }
        let when = years.count == 1 ? text("chart_in_year", language, ["year": String(years.first!)]) : text("chart_latest", language)
        let caption = text("chart_compare", language, ["metric": metric.heading(language), "when": when])
        let series = baseline ? [when, text("chart_baseline", language)] : [when]
        let chart = BarChart(
            id: id, title: caption, description: table.map { $0.prefix(2).joined(separator: " ") }.joined(separator: "；"),
            series: series, rows: rows, metric: metric, language: language)
        var headers = [text("village", language), metric.heading(language)]
        if baseline { headers.append(text("chart_baseline", language)) }
        return ChartFigure(svg: chart.svg(), caption: caption, headers: headers, rows: table, tableLabel: text("chart_data_table", language))
    }

    /// Registered and remaining poor population per county.
    func countyComparison(_ counties: [(name: String, summary: FigureSummary)], id: String, language: String) -> ChartFigure? {
        let withFigures = counties.filter { $0.summary.registeredPoor > 0 }
        guard !withFigures.isEmpty else { return nil }
        let metric = catalog.metric("poor_population")
        let caption = text("chart_compare_counties", language)
        let series = [text("chart_remaining", language), text("chart_registered", language)]
        let rows = withFigures.map { BarChart.Row(label: $0.name, values: [Double($0.summary.remainingPoor), Double($0.summary.registeredPoor)]) }
        let table = withFigures.map { [$0.name, metric.format(Double($0.summary.remainingPoor), language, withUnit: false), metric.format(Double($0.summary.registeredPoor), language, withUnit: false)] }
        let chart = BarChart(
            id: id, title: caption, description: table.map { "\($0[0]) \($0[2]) → \($0[1])" }.joined(separator: "；"),
            series: series, rows: rows, metric: metric, language: language)
        return ChartFigure(
            svg: chart.svg(), caption: caption,
            headers: [text("county", language), series[0], series[1]], rows: table, tableLabel: text("chart_data_table", language))
    }
}
