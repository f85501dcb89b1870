import Foundation

/// What a metric is: its names, unit and how its numbers are written, per language.
public struct Metric: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// Households, people: whole numbers that can be summed.
        case count
        /// A percentage (贫困发生率).
        case percent
        /// An amount of money per person or per village.
        case money
        /// Anything else (area, length …).
        case measure
    }

    public let key: String
    public let names: [String: String]
    public let units: [String: String]
    public let kind: Kind
    public let decimals: Int
    /// Whether more is better (income) or worse (poor population): charts and checks read it.
    public let higherIsBetter: Bool

    public func name(_ language: String) -> String {
        names[language] ?? names["en"] ?? key
    }

    public func unit(_ language: String) -> String {
        units[language] ?? units["en"] ?? ""
    }

    /// `45.4%`, `9,944.7 元`, `1.32万人` — a value with its unit, as the language writes it.
    public func format(_ value: Double, _ language: String, withUnit: Bool = true) -> String {
        let number = NumberFormat.format(value, language, maxFractionDigits: decimals)
        guard withUnit else { return number }
        let unit = unit(language)
        if unit.isEmpty { return number }
        if unit == "%" { return number + "%" }
        return language.hasPrefix("zh") ? number + unit : number + " " + unit
    }

    /// `贫困发生率（%）` / `Poverty incidence (%)`: a column or axis heading.
    public func heading(_ language: String) -> String {
        let unit = unit(language)
        guard !unit.isEmpty else { return name(language) }
        return language.hasPrefix("zh") ? "\(name(language))（\(unit)）" : "\(name(language)) (\(unit))"
    }
}

/// The metrics a site knows: the usual ones of poverty-alleviation reporting, plus the
/// site's own from `site.yaml` (which may also rename the usual ones).
public struct MetricCatalog: Sendable {
    public private(set) var metrics: [String: Metric]
    /// Keys in the order reports list them; the site's own after the usual ones.
    public private(set) var order: [String]

    public static let standard: [Metric] = [
        Metric(key: "households", names: ["zh": "户数", "en": "Households"], units: ["zh": "户", "en": "households"], kind: .count, decimals: 0, higherIsBetter: true),
        Metric(key: "population", names: ["zh": "人口", "en": "Population"], units: ["zh": "人", "en": "people"], kind: .count, decimals: 0, higherIsBetter: true),
        Metric(key: "poor_households", names: ["zh": "贫困户数", "en": "Poor households"], units: ["zh": "户", "en": "households"], kind: .count, decimals: 0, higherIsBetter: false),
        Metric(key: "poor_population", names: ["zh": "贫困人口", "en": "Poor population"], units: ["zh": "人", "en": "people"], kind: .count, decimals: 0, higherIsBetter: false),
        Metric(key: "poverty_rate", names: ["zh": "贫困发生率", "en": "Poverty incidence"], units: ["zh": "%", "en": "%"], kind: .percent, decimals: 1, higherIsBetter: false),
        Metric(key: "income_per_capita", names: ["zh": "人均纯收入", "en": "Net income per person"], units: ["zh": "元", "en": "yuan"], kind: .money, decimals: 1, higherIsBetter: true),
        Metric(key: "collective_income", names: ["zh": "村集体经济收入", "en": "Village collective income"], units: ["zh": "万元", "en": "10,000 yuan"], kind: .money, decimals: 1, higherIsBetter: true),
        Metric(key: "relocated_households", names: ["zh": "易地搬迁户数", "en": "Relocated households"], units: ["zh": "户", "en": "households"], kind: .count, decimals: 0, higherIsBetter: true),
        Metric(key: "relocated_population", names: ["zh": "易地搬迁人口", "en": "Relocated people"], units: ["zh": "人", "en": "people"], kind: .count, decimals: 0, higherIsBetter: true),
        Metric(key: "employed_poor", names: ["zh": "贫困劳动力就业", "en": "Poor workers in jobs"], units: ["zh": "人", "en": "people"], kind: .count, decimals: 0, higherIsBetter: true),
        Metric(key: "medical_insurance_rate", names: ["zh": "医保参保率", "en": "Medical insurance coverage"], units: ["zh": "%", "en": "%"], kind: .percent, decimals: 1, higherIsBetter: true),
    ]

    public init(site: [Metric] = []) {
        metrics = [:]
        order = []
        for metric in Self.standard + site { add(metric) }
    }

    private mutating func add(_ metric: Metric) {
        if metrics[metric.key] == nil { order.append(metric.key) }
        metrics[metric.key] = metric
    }

    /// The metric of a key; an unknown key gets a plain description so figures still show.
    public func metric(_ key: String) -> Metric {
        metrics[key] ?? Metric(key: key, names: [:], units: [:], kind: .measure, decimals: 2, higherIsBetter: true)
    }

    public func knows(_ key: String) -> Bool { metrics[key] != nil }

    /// The metric a spreadsheet column heading means: its key (`poverty_rate`), or its
    /// Chinese or English name, with or without the unit (`贫困发生率（%）`).
    public func key(forHeading heading: String) -> String? {
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        if metrics[trimmed] != nil { return trimmed }
        let bare = trimmed.split(whereSeparator: { "（(".contains($0) }).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? trimmed
        return order.first { key in metrics[key]!.names.values.contains { $0.caseInsensitiveCompare(bare) == .orderedSame } }
    }

    /// Metric keys present in some figures, in catalogue order, unknown keys last by name.
    public func ordered(_ keys: Set<String>) -> [String] {
        order.filter(keys.contains) + keys.subtracting(order).sorted()
    }
}
