import Foundation
import GazetteTestSupport
import Testing
@testable import GazetteCore

@Suite struct FigureCSVTests {
    let villages: [Village] = {
        let source = SourceText(file: "content/villages/dajiang.yaml", text: "name: 大江村\n")
        let other = SourceText(file: "content/villages/xinmin.yaml", text: "name: 新民村\n")
        return [VillageParser.parse(source, id: "dajiang", languages: ["zh", "en"]).0!,
                VillageParser.parse(other, id: "xinmin", languages: ["zh", "en"]).0!]
    }()

    func read(_ text: String) -> ([FigureRecord], [Diagnostic]) {
        FigureCSV.read(SourceText(file: "content/data/f.csv", text: text), catalog: MetricCatalog(), villages: villages, defaultLanguage: "zh")
    }

    @Test func idsNamesQuotedThousandsAndFullWidthDigits() {
        let (rows, diagnostics) = read("village,year,poor_population,income_per_capita\ndajiang,2014,258,\"3,120\"\n新民村,２０１６,１７５,\"5,210.5\"\n")
        #expect(diagnostics.isEmpty)
        let values = Dictionary(uniqueKeysWithValues: rows.map { ("\($0.key.village)/\($0.key.year)/\($0.key.metric)", $0.value) })
        #expect(values == [
            "dajiang/2014/poor_population": 258, "dajiang/2014/income_per_capita": 3120,
            "xinmin/2016/poor_population": 175, "xinmin/2016/income_per_capita": 5210.5,
        ])
    }

    @Test func chineseHeadingsNameMetricsByTheirNames() {
        let (rows, diagnostics) = read("村庄,年份,贫困发生率（%）,人均纯收入\n大江村,2014年,45.4%,3120\n")
        #expect(diagnostics.isEmpty)
        #expect(Set(rows.map(\.key.metric)) == ["poverty_rate", "income_per_capita"])
        #expect(rows.first { $0.key.metric == "poverty_rate" }?.value == 45.4)
    }

    @Test func eachBadCellIsReportedAtItsLineAndColumn() {
        let (rows, diagnostics) = read("village,year,poor_population\ndajaing,2014,1\ndajiang,1900,2\ndajiang,2015,很多\nxinmin,2016,\"4\"\n")
        #expect(rows.count == 1)
        let found = diagnostics.map { "\($0.line):\($0.column) \($0.rule)" }
        #expect(found == ["2:1 figures/unknown-village", "3:9 figures/year", "4:14 figures/not-a-number"])
        #expect(diagnostics[0].message.en.contains("did you mean dajiang?"))
    }

    @Test func aMissingHeaderOrUnknownMetricColumnIsExplained() {
        #expect(read("dajiang,2014,258\n").1.map(\.rule) == ["figures/csv-header"])
        let (_, diagnostics) = read("village,year,茶园面积\ndajiang,2014,1300\n")
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.rule)" } == ["1:14 figures/csv-metric"])
    }
}

@Suite struct FigureMergeTests {
    static let village = """
        name: 大江村
        population: 568
        metrics:
          - {year: 2014, poor_population: 258, poverty_rate: 45.4}

        """

    @Test func csvFiguresInGBKWithCRLFMergeWithTheVillageFile() throws {
        let site = try TestSite(minimal: true)
        try site.write("content/villages/dajiang.yaml", Self.village)
        let csv = "村庄,年份,村集体经济收入,贫困人口\r\n大江村,2014,0,258\r\n大江村,2018,12.8,8\r\n"
        try site.write("content/data/income.csv", csv.data(using: TextDecoding.gb18030)!)
        try site.write("content/data/bom.csv", Data([0xEF, 0xBB, 0xBF]) + Data("village,year,income_per_capita\ndajiang,2018,9944.7\n".utf8))
        let (content, diagnostics) = ContentLoader.load(site: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        let dajiang = try #require(content?.villages.first { $0.id == "dajiang" })
        #expect(dajiang.metrics.map(\.year) == [2014, 2018])
        #expect(dajiang.metrics[1].values == ["collective_income": 12.8, "poor_population": 8, "income_per_capita": 9944.7])
        #expect(content?.figureSources[FigureKey(village: "dajiang", year: 2018, metric: "collective_income")]?.file == "content/data/income.csv")
    }

    @Test func theSameFigureWithAnotherValueNamesBothPlaces() throws {
        let site = try TestSite(minimal: true)
        try site.write("content/villages/dajiang.yaml", Self.village)
        try site.write("content/data/f.csv", "village,year,poor_population\ndajiang,2014,259\n")
        let (_, diagnostics) = ContentLoader.load(site: site.root)
        let conflict = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect("\(conflict.file):\(conflict.line):\(conflict.column) \(conflict.rule)" == "content/data/f.csv:2:14 figures/conflict")
        #expect(conflict.message.en.contains("content/villages/dajiang.yaml:4:35"))
    }
}

@Suite struct MetricFormatTests {
    let catalog = MetricCatalog()

    @Test func valuesWithUnitsInBothLanguages() {
        #expect(catalog.metric("poverty_rate").format(45.4, "zh") == "45.4%")
        #expect(catalog.metric("poverty_rate").format(45.4, "en") == "45.4%")
        #expect(catalog.metric("income_per_capita").format(9944.7, "zh") == "9,944.7元")
        #expect(catalog.metric("income_per_capita").format(9944.7, "en") == "9,944.7 yuan")
        #expect(catalog.metric("population").format(13200, "zh") == "1.32万人")
        #expect(catalog.metric("population").format(13200, "en") == "13,200 people")
        #expect(catalog.metric("poverty_rate").heading("zh") == "贫困发生率（%）")
        #expect(catalog.metric("collective_income").heading("en") == "Village collective income (10,000 yuan)")
    }

    @Test func siteMetricsAreAddedAndUsualOnesRenamed() throws {
        let source = SourceText(file: "content/site.yaml", text: """
            title: 站
            base_url: https://x.gov.cn/
            languages: [zh, en, ug]
            metrics:
              - {key: tea_area, name: 茶园面积, name_en: Tea gardens, unit: 亩, unit_en: mu, kind: measure, decimals: 0}
              - {key: poverty_rate, name_ug: نامراتلىق نىسبىتى}

            """)
        let (config, diagnostics) = SiteConfig.load(source)
        #expect(diagnostics.isEmpty)
        let catalog = try #require(config?.metrics)
        #expect(catalog.metric("tea_area").format(1300, "en") == "1,300 mu")
        #expect(catalog.key(forHeading: "茶园面积（亩）") == "tea_area")
        #expect(catalog.metric("poverty_rate").name("ug") == "نامراتلىق نىسبىتى")
        #expect(catalog.metric("poverty_rate").name("zh") == "贫困发生率")
    }
}

@Suite struct FigureCheckTests {
    func warnings(_ yaml: String, currentYear: Int = 2024) -> [String] {
        let source = SourceText(file: "content/villages/v.yaml", text: yaml)
        let village = VillageParser.parse(source, id: "v", languages: ["zh"]).0!
        let sources = Dictionary(uniqueKeysWithValues: VillageParser.parse(source, id: "v", languages: ["zh"]).1.map { ($0.key, $0.location) })
        return FigureChecks.check(village, sources: sources, currentYear: currentYear).map { "\($0.line) \($0.rule)" }
    }

    @Test func aConsistentVillageHasNoWarnings() {
        #expect(warnings("""
            name: 大江村
            population: 568
            metrics:
              - {year: 2014, poor_population: 258, poverty_rate: 45.4, income_per_capita: 3120}
              - {year: 2018, poor_population: 8, poverty_rate: 1.4, income_per_capita: 9944.7}
              - {year: 2019, poor_population: 0, poverty_rate: 0, income_per_capita: 10200}
            """).isEmpty)
    }

    @Test func eachInconsistencyIsFoundAtItsLine() {
        #expect(warnings("""
            name: 大江村
            population: 500
            metrics:
              - {year: 2014, poor_population: 258, poverty_rate: 45.4, income_per_capita: 3120}
              - {year: 2017, poor_population: 600, income_per_capita: 3000}
              - {year: 2018, poor_population: 0}
              - {year: 2019, poor_population: 5}
              - {year: 2026, poor_population: 0}
            """) == [
                "4 figures/rate-mismatch",  // 258 / 500 = 51.6%, not 45.4%
                "5 figures/poor-above-population", "5 figures/income-falls",
                "7 figures/poverty-returns", "8 figures/future-year",
            ])
    }
}
