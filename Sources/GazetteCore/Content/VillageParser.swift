/// Reads `villages/<id>.yaml`.
enum VillageParser {
    /// The village, and its yearly figures as records for the site's `FigureLedger`.
    static func parse(_ source: SourceText, id: String, languages: [String]) -> (Village?, [FigureRecord], [Diagnostic]) {
        let (root, yamlErrors) = YAMLParser.parse(source.text, source: source)
        guard yamlErrors.isEmpty else { return (nil, [], yamlErrors) }
        guard let root, root.entries != nil else {
            return (nil, [], [.error("village/empty", source.location(line: 1),
                                 zh: "村庄文件是空的：至少需要 name", en: "the village file is empty: name is required")])
        }
        var reader = FieldReader(mapping: root, source: source)
        guard Identifier.isValid(id) else {
            return (nil, [], [.error("village/id", SourceLocation(file: source.file),
                                 zh: "文件名“\(id)”不能作网址：只用小写字母、数字和连字符，如 dajiang.yaml",
                                 en: "file name '\(id)' is not URL-safe: use lower-case letters, digits and hyphens, like dajiang.yaml")])
        }
        // Names in every site language, romanised once here where not given (ICU is slow,
        // and pages ask for these names thousands of times).
        func place(_ key: String) -> [String: String] {
            var values = reader.localized(key, languages: languages)
            guard let value = reader.string(key, required: key == "name") else { return values }
            values[languages[0]] = value
            for language in languages.dropFirst() where values[language] == nil {
                values[language] = Romanizer.placeName(value)
            }
            return values
        }
        let names = place("name")
        let name = names[languages[0]]
        let townships = place("township"), counties = place("county"), provinces = place("province")
        let households = reader.int("households"), population = reader.int("population")
        let registered = readRegisteredPoor(root["registered_poor"], source: source, reader: &reader)
        let records = readMetrics(root["metrics"], village: id, source: source, reader: &reader)
        let exitYear = reader.int("exit_year")
        let highlights = readHighlights(root["highlights"], source: source, reader: &reader, languages: languages)
        guard name != nil else { return (nil, [], reader.diagnostics) }
        var ledger = FigureLedger()
        for record in records { _ = ledger.record(record.key, record.value, at: record.location) }
        let village = Village(
            id: id, file: source.file, names: names, townships: townships, counties: counties, provinces: provinces,
            households: households, population: population, registeredPoor: registered, exitYear: exitYear,
            metrics: ledger.yearsByVillage()[id] ?? [], highlights: highlights)
        return (village, records, reader.diagnostics)
    }

    private static func readRegisteredPoor(_ value: YAMLValue?, source: SourceText, reader: inout FieldReader) -> Village.RegisteredPoor? {
        guard let value, value.entries != nil else { return nil }
        var inner = FieldReader(mapping: value, source: source)
        let result = Village.RegisteredPoor(
            households: inner.int("households"), population: inner.int("population"), year: inner.int("year"))
        inner.diagnostics.forEach { reader.report($0) }
        return result
    }

    private static func readMetrics(_ value: YAMLValue?, village: String, source: SourceText, reader: inout FieldReader) -> [FigureRecord] {
        guard let value else { return [] }
        guard let rows = value.items else {
            reader.report(.error("village/metrics", reader.location(of: value),
                                 zh: "metrics 应是按年份的列表，如 - {year: 2014, poverty_rate: 45.0}",
                                 en: "metrics should be a list of years, like - {year: 2014, poverty_rate: 45.0}"))
            return []
        }
        var records: [FigureRecord] = []
        var seenYears: Set<Int> = []
        for row in rows {
            guard let entries = row.entries else {
                reader.report(.error("village/metrics", reader.location(of: row),
                                     zh: "每一年应是一组“键: 值”", en: "each year should be a set of 'key: value' pairs"))
                continue
            }
            var inner = FieldReader(mapping: row, source: source)
            guard let year = inner.int("year") else {
                inner.report(.error("village/metrics-year", inner.location(of: row),
                                    zh: "这一行缺少 year", en: "this row has no year"))
                inner.diagnostics.forEach { reader.report($0) }
                continue
            }
            if !FigureCSV.years.contains(year) {
                inner.report(.error("figures/year", inner.location(of: row["year"]!),
                                    zh: "年份 \(year) 不对：应在 \(FigureCSV.years.lowerBound)—\(FigureCSV.years.upperBound) 之间",
                                    en: "year \(year) is out of range: use a year from \(FigureCSV.years.lowerBound) to \(FigureCSV.years.upperBound)"))
            }
            if !seenYears.insert(year).inserted {
                inner.report(.error("village/metrics-duplicate-year", inner.location(of: row),
                                    zh: "\(year) 年出现了两次", en: "the year \(year) is given twice"))
            }
            for entry in entries where entry.key != "year" {
                if let number = inner.number(entry.key) {
                    records.append(FigureRecord(
                        key: FigureKey(village: village, year: year, metric: entry.key), value: number,
                        location: inner.location(of: entry.value)))
                }
            }
            inner.diagnostics.forEach { reader.report($0) }
        }
        return records
    }

    private static func readHighlights(
        _ value: YAMLValue?, source: SourceText, reader: inout FieldReader, languages: [String]
    ) -> [Village.Highlight] {
        guard let items = value?.items else { return [] }
        return items.compactMap { item in
            guard item.entries != nil else { return nil }
            var inner = FieldReader(mapping: item, source: source)
            var labels = inner.localized("label", languages: languages)
            var units = inner.localized("unit", languages: languages)
            labels[languages[0]] = inner.string("label", required: true)
            units[languages[0]] = inner.string("unit")
            for language in languages.dropFirst() where labels[language] == nil {
                labels[language] = labels[languages[0]].map(Romanizer.phrase)
            }
            let number = inner.number("value")
            inner.diagnostics.forEach { reader.report($0) }
            guard labels[languages[0]] != nil, let number else { return nil }
            return Village.Highlight(labels: labels, value: number, units: units)
        }
    }
}

/// Ids that appear in URLs: villages, topics, slugs.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
