/// One figure's address: which village, which year, which metric.
public struct FigureKey: Sendable, Hashable, Comparable {
    public let village: String
    public let year: Int
    public let metric: String

    public init(village: String, year: Int, metric: String) {
        self.village = village
        self.year = year
        self.metric = metric
    }

    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool {
        (lhs.village, lhs.year, lhs.metric) < (rhs.village, rhs.year, rhs.metric)
    }
}

/// A figure as read from a file, with where it was written.
public struct FigureRecord: Sendable {
    public let key: FigureKey
    public let value: Double
    public let location: SourceLocation
}

/// Every figure of the site with the place it was written, gathered from the village
/// YAML files and the CSV files. The same figure given twice with different values is an
/// error that names both places; given twice alike, it is simply confirmed.
public struct FigureLedger: Sendable {
    public private(set) var values: [FigureKey: Double] = [:]
    public private(set) var sources: [FigureKey: SourceLocation] = [:]

    public init() {}

    public mutating func record(_ key: FigureKey, _ value: Double, at location: SourceLocation) -> Diagnostic? {
        if let existing = values[key] {
            guard abs(existing - value) > 1e-9 else { return nil }
            let first = sources[key]!
            let place = "\(first.file):\(first.line):\(first.column)"
            let old = NumberFormat.plain(existing, maxFractionDigits: 4), new = NumberFormat.plain(value, maxFractionDigits: 4)
            return .error(
                "figures/conflict", location,
                zh: "\(key.village) \(key.year) 年的 \(key.metric) 在这里是 \(new)，在 \(place) 是 \(old)：两处必须一致",
                en: "\(key.metric) of \(key.village) in \(key.year) is \(new) here but \(old) at \(place): the two must agree")
        }
        values[key] = value
        sources[key] = location
        return nil
    }

    /// Each village's figures by year, years sorted: one pass over the ledger.
    public func yearsByVillage() -> [String: [Village.YearFigures]] {
        var grouped: [String: [Int: [String: Double]]] = [:]
        for (key, value) in values { grouped[key.village, default: [:]][key.year, default: [:]][key.metric] = value }
        return grouped.mapValues { byYear in byYear.keys.sorted().map { Village.YearFigures(year: $0, values: byYear[$0]!) } }
    }
}
