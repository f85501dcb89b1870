/// One village and its achievement figures (`villages/<id>.yaml`).
public struct Village: Sendable, Hashable {
    /// One year's figures: metric key → value (`poverty_rate` → 1.4).
    public struct YearFigures: Sendable, Hashable {
        public let year: Int
        public let values: [String: Double]
    }

    /// A headline achievement: 通组路 6 公里.
    public struct Highlight: Sendable, Hashable {
        public let labels: [String: String]
        public let value: Double
        public let units: [String: String]
    }

    public struct RegisteredPoor: Sendable, Hashable {
        public let households: Int?
        public let population: Int?
        public let year: Int?
    }

    public let id: String
    public let file: String
    public let names: [String: String]
    public let townships: [String: String]
    public let counties: [String: String]
    public let provinces: [String: String]
    public let households: Int?
    public let population: Int?
    public let registeredPoor: RegisteredPoor?
    /// The year the village left the poverty list (脱贫出列), when the file says so.
    public let exitYear: Int?
    /// Sorted by year.
    public let metrics: [YearFigures]
    public let highlights: [Highlight]

    public func name(in language: String, defaultLanguage: String) -> String {
        Self.localized(names, language, defaultLanguage) ?? id
    }

    public func township(in language: String, defaultLanguage: String) -> String? {
        Self.localized(townships, language, defaultLanguage)
    }

    public func county(in language: String, defaultLanguage: String) -> String? {
        Self.localized(counties, language, defaultLanguage)
    }

    public func province(in language: String, defaultLanguage: String) -> String? {
        Self.localized(provinces, language, defaultLanguage)
    }

    /// A place name in a language (the parser filled in every site language), falling back
    /// to the default language's.
    static func localized(_ names: [String: String], _ language: String, _ defaultLanguage: String) -> String? {
        names[language] ?? names[defaultLanguage]
    }

    /// The latest year's figures, if any.
    public var latest: YearFigures? { metrics.last }

    /// The same village with its figures merged from every source.
    public func with(metrics: [YearFigures]) -> Village {
        Village(
            id: id, file: file, names: names, townships: townships, counties: counties, provinces: provinces,
            households: households, population: population, registeredPoor: registeredPoor, exitYear: exitYear,
            metrics: metrics, highlights: highlights)
    }

    /// `(year, value)` of one metric, for the years that have it.
    public func series(_ metric: String) -> [(year: Int, value: Double)] {
        metrics.compactMap { year in year.values[metric].map { (year.year, $0) } }
    }
}
