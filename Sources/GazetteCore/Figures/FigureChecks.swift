/// Consistency rules for the achievement figures. They catch the slips that inspections
/// of publicity sites find: an incidence that does not match the head count, poverty that
/// "returns" after a village left the list, income that shrinks, figures for the future.
/// All are warnings: `build` prints them, `check --strict` fails on them.
public enum FigureChecks {
    public static func run(_ content: SiteContent, currentYear: Int) -> [Diagnostic] {
        content.villages.flatMap { village in
            check(village, sources: content.figureSources, currentYear: currentYear)
        }
    }

    static func check(_ village: Village, sources: [FigureKey: SourceLocation], currentYear: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func place(_ year: Int, _ metric: String) -> SourceLocation {
            sources[FigureKey(village: village.id, year: year, metric: metric)] ?? SourceLocation(file: village.file)
        }
        let name = village.names.values.sorted().first ?? village.id
        var exitYear = village.exitYear
        var previous: Village.YearFigures?
        for figures in village.metrics {
            let year = figures.year
            let values = figures.values
            let population = values["population"] ?? village.population.map(Double.init)

            if year > currentYear, let metric = values.keys.sorted().first {
                found.append(.warning("figures/future-year", place(year, metric),
                                      zh: "\(name) 有 \(year) 年的数据，这一年还没到", en: "\(village.id) has figures for \(year), a year still to come"))
            }
            if let rate = values["poverty_rate"], let poor = values["poor_population"], let population, population > 0 {
                let computed = poor / population * 100
                // Half a unit of the last decimal typed: 1.4 may stand for 1.35…1.45.
                let tolerance = (rate == rate.rounded() ? 0.5 : 0.05) + 1e-6
                if abs(computed - rate) > tolerance {
                    let shown = NumberFormat.plain(computed, maxFractionDigits: 2)
                    found.append(.warning("figures/rate-mismatch", place(year, "poverty_rate"),
                                          zh: "\(year) 年贫困发生率写的是 \(NumberFormat.plain(rate, maxFractionDigits: 2))%，但贫困人口 ÷ 总人口 = \(shown)%",
                                          en: "poverty incidence for \(year) is \(NumberFormat.plain(rate, maxFractionDigits: 2))%, but poor population ÷ population = \(shown)%"))
                }
            }
            if let poor = values["poor_population"], let population, poor > population {
                found.append(.warning("figures/poor-above-population", place(year, "poor_population"),
                                      zh: "\(year) 年贫困人口（\(Int(poor))）多于总人口（\(Int(population))）",
                                      en: "the poor population of \(year) (\(Int(poor))) is larger than the population (\(Int(population)))"))
            }
            if let before = previous {
                if let exit = exitYear, year > exit, let poor = values["poor_population"], let earlier = before.values["poor_population"], poor > earlier {
                    found.append(.warning("figures/poverty-returns", place(year, "poor_population"),
                                          zh: "\(exit) 年已脱贫出列，\(year) 年贫困人口却从 \(Int(earlier)) 增加到 \(Int(poor))",
                                          en: "the village left the poverty list in \(exit), yet its poor population rose from \(Int(earlier)) to \(Int(poor)) in \(year)"))
                }
                for metric in ["income_per_capita", "collective_income"] {
                    if let now = values[metric], let then = before.values[metric], now < then {
                        found.append(.warning("figures/income-falls", place(year, metric),
                                              zh: "\(year) 年的\(metric == "income_per_capita" ? "人均纯收入" : "村集体经济收入")比 \(before.year) 年低（\(NumberFormat.plain(now, maxFractionDigits: 2)) < \(NumberFormat.plain(then, maxFractionDigits: 2))）",
                                              en: "\(metric) fell from \(NumberFormat.plain(then, maxFractionDigits: 2)) in \(before.year) to \(NumberFormat.plain(now, maxFractionDigits: 2)) in \(year)"))
                    }
                }
            }
            // Without an exit year on file, the first year with no poor population counts as the exit.
            if exitYear == nil, values["poor_population"] == 0 { exitYear = year }
            previous = figures
        }
        return found
    }
}
