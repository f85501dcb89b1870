/// `metrics:` in `site.yaml`: the site's own metrics, or new names for the usual ones.
///
/// ```yaml
/// metrics:
///   - {key: tea_area, name: 茶园面积, name_en: Tea gardens, unit: 亩, unit_en: mu, kind: measure, decimals: 0}
///   - {key: poverty_rate, name_ug: …}        # a usual metric in one more language
/// ```
enum SiteMetrics {
    static func read(_ value: YAMLValue?, source: SourceText, languages: [String], reader: inout FieldReader) -> [Metric] {
        guard let value else { return [] }
        guard let items = value.items else {
            reader.report(.error("site/metrics", reader.location(of: value),
                                 zh: "metrics 应是列表，每项如 {key: tea_area, name: 茶园面积, unit: 亩}",
                                 en: "metrics should be a list, each like {key: tea_area, name: Tea gardens, unit: mu}"))
            return []
        }
        let standard = Dictionary(uniqueKeysWithValues: MetricCatalog.standard.map { ($0.key, $0) })
        return items.compactMap { item in
            guard item.entries != nil else { return nil }
            var inner = FieldReader(mapping: item, source: source)
            defer { inner.diagnostics.forEach { reader.report($0) } }
            guard let key = inner.string("key", required: true) else { return nil }
            guard Identifier.isValid(key) else {
                inner.report(.error("site/metrics", inner.location(of: item["key"]!),
                                    zh: "指标 key“\(key)”只能用小写字母、数字和下划线", en: "metric key '\(key)' may use only lower-case letters, digits and underscores"))
                return nil
            }
            let base = standard[key]
            var names = base?.names ?? [:], units = base?.units ?? [:]
            if let name = inner.string("name") { names[languages[0]] = name }
            if let unit = inner.string("unit") { units[languages[0]] = unit }
            names.merge(inner.localized("name", languages: languages)) { _, new in new }
            units.merge(inner.localized("unit", languages: languages)) { _, new in new }
            if names.isEmpty {
                inner.report(.error("front-matter/missing", inner.location(of: item),
                                    zh: "新指标 \(key) 需要 name", en: "the new metric \(key) needs a name"))
                return nil
            }
            var kind = base?.kind ?? .measure
            if let text = inner.string("kind") {
                if let parsed = Metric.Kind(rawValue: text) { kind = parsed } else {
                    inner.report(.error("site/metrics", inner.location(of: item["kind"]!),
                                        zh: "未知的指标类型“\(text)”：应为 count | percent | money | measure",
                                        en: "unknown metric kind '\(text)': use count | percent | money | measure"))
                }
            }
            let decimals = inner.int("decimals") ?? base?.decimals ?? (kind == .count ? 0 : 1)
            let higher = item["higher_is_better"] == nil ? (base?.higherIsBetter ?? true) : inner.bool("higher_is_better")
            return Metric(key: key, names: names, units: units, kind: kind, decimals: max(0, min(decimals, 4)), higherIsBetter: higher)
        }
    }
}
