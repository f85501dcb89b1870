/// Figures summed over a group of villages (a county, a township, the whole site), each
/// village counted at its own latest year on record, with the latest of those years as
/// the "as of" year the totals hold for.
public struct FigureSummary: Sendable, Equatable {
    public let villages: Int
    public let households: Int
    public let population: Int
    public let registeredPoor: Int
    /// Registered poor population minus the latest poor population, over villages that have both.
    public let liftedOut: Int
    /// Latest poor population, summed.
    public let remainingPoor: Int
    /// Villages whose latest figures show them off the poverty list (no poor population,
    /// an exit year on file, or an incidence under 3%, the exit line for villages).
    public let exitedVillages: Int
    /// Mean growth of income per person, first year on record to latest, as a fraction (2.1 = +210%).
    public let incomeGrowth: Double?
    public let asOfYear: Int?

    public init(_ villages: [Village]) {
        self.villages = villages.count
        households = villages.compactMap(\.households).reduce(0, +)
        population = villages.compactMap(\.population).reduce(0, +)
        registeredPoor = villages.compactMap { $0.registeredPoor?.population }.reduce(0, +)
        var lifted = 0, remaining = 0, exited = 0
        var year: Int?
        var growths: [Double] = []
        for village in villages {
            let poor = village.series("poor_population")
            if let latest = poor.last {
                remaining += Int(latest.value)
                year = max(year ?? latest.year, latest.year)
                if let registered = village.registeredPoor?.population { lifted += registered - Int(latest.value) }
            }
            let rate = village.series("poverty_rate").last?.value
            if poor.last?.value == 0 || village.exitYear != nil || (rate.map { $0 < 3 } ?? false) { exited += 1 }
            let income = village.series("income_per_capita")
            if income.count >= 2, let first = income.first?.value, let last = income.last?.value, first > 0 {
                growths.append(last / first - 1)
            }
        }
        liftedOut = lifted
        remainingPoor = remaining
        exitedVillages = exited
        incomeGrowth = growths.isEmpty ? nil : growths.reduce(0, +) / Double(growths.count)
        asOfYear = year
    }
}
