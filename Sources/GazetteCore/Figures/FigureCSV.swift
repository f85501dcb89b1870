/// `content/data/*.csv`: figures in bulk, one row per village and year, as exported from a
/// spreadsheet — UTF-8 or GBK, with or without BOM, quoted fields, `1,320`, full-width digits.
///
/// ```
/// village,year,poor_population,poverty_rate
/// dajiang,2014,258,45.4
/// 大江村,2015,"201",35.4%
/// ```
/// The first two columns are the village (its id or its name) and the year, in English or
/// Chinese (村庄, 年份); the others are metrics, by key or by name (`贫困发生率（%）`).
public enum FigureCSV {
    static let villageHeadings: Set<String> = ["village", "village_id", "村", "村庄", "村名", "行政村"]
    static let yearHeadings: Set<String> = ["year", "年", "年份", "年度"]
    /// Years a figure can belong to: the People's Republic, up to a generous future.
    public static let years = 1949...2100

    public static func read(
        _ source: SourceText, catalog: MetricCatalog, villages: [Village], defaultLanguage: String
    ) -> ([FigureRecord], [Diagnostic]) {
        let table = CSVTable.parsePositioned(source.text)
        guard let header = table.first else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        func location(_ cell: CSVTable.Cell) -> SourceLocation { source.location(line: cell.line, column: cell.column) }

        guard header.count >= 3, villageHeadings.contains(header[0].text.lowercased()), yearHeadings.contains(header[1].text.lowercased()) else {
            return ([], [.error("figures/csv-header", source.location(line: 1, column: 1),
                                zh: "第一行应是表头：village,year,指标……（或 村庄,年份,指标……）",
                                en: "the first row should be the header: village,year,<metric>… (or 村庄,年份,…)")])
        }
        var metrics: [String?] = []
        for cell in header.dropFirst(2) {
            if cell.text.isEmpty { metrics.append(nil); continue }
            if let key = catalog.key(forHeading: cell.text) {
                metrics.append(key)
            } else if Identifier.isValid(cell.text) {
                metrics.append(cell.text)  // a metric of the site's own, shown under its key
            } else {
                metrics.append(nil)
                diagnostics.append(.error("figures/csv-metric", location(cell),
                                          zh: "不认识的指标列“\(cell.text)”：用指标的 key（如 poverty_rate），或在 site.yaml 的 metrics 中定义它",
                                          en: "unknown metric column '\(cell.text)': use a metric key (like poverty_rate), or define it under metrics in site.yaml"))
            }
        }

        let ids = Set(villages.map(\.id))
        let byName = Dictionary(villages.compactMap { v in v.names[defaultLanguage].map { ($0, v.id) } }, uniquingKeysWith: { a, _ in a })
        var rows: [FigureRecord] = []
        for record in table.dropFirst() where !record.allSatisfy({ $0.text.isEmpty }) {
            guard record.count >= 2 else { continue }
            let villageCell = record[0], yearCell = record[1]
            guard let village = ids.contains(villageCell.text) ? villageCell.text : byName[villageCell.text] else {
                let guess = Spelling.closest(to: villageCell.text, among: ids)
                diagnostics.append(.error("figures/unknown-village", location(villageCell),
                                          zh: "未知的村庄“\(villageCell.text)”" + (guess.map { "；是不是 \($0)？" } ?? ""),
                                          en: "unknown village '\(villageCell.text)'" + (guess.map { "; did you mean \($0)?" } ?? "")))
                continue
            }
            let yearText = yearCell.text.hasSuffix("年") ? String(yearCell.text.dropLast()) : yearCell.text
            guard let yearValue = NumberText.parse(yearText), yearValue == yearValue.rounded(), years.contains(Int(yearValue)) else {
                diagnostics.append(.error("figures/year", location(yearCell),
                                          zh: "年份“\(yearCell.text)”不对：应是 \(years.lowerBound)—\(years.upperBound) 之间的四位年份",
                                          en: "year '\(yearCell.text)' is out of range: use a year from \(years.lowerBound) to \(years.upperBound)"))
                continue
            }
            for (index, cell) in record.dropFirst(2).enumerated() where index < metrics.count {
                guard let metric = metrics[index], !cell.text.isEmpty, !["-", "—", "/", "－"].contains(cell.text) else { continue }
                guard let value = NumberText.parse(cell.text) else {
                    diagnostics.append(.error("figures/not-a-number", location(cell),
                                              zh: "“\(cell.text)”不是数字", en: "'\(cell.text)' is not a number"))
                    continue
                }
                rows.append(FigureRecord(key: FigureKey(village: village, year: Int(yearValue), metric: metric), value: value, location: location(cell)))
            }
        }
        return (rows, diagnostics)
    }
}
