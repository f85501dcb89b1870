import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteCore
import Testing
@testable import GazetteRender

@Suite struct ChartTests {
    let catalog = MetricCatalog()

    func parses(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test func scalesUseRoundTicksFromZero() {
        #expect(ChartScale(values: [45.4, 1.4]).ticks == [0, 10, 20, 30, 40, 50])
        #expect(ChartScale(values: [3120, 9944.7]).ticks == [0, 2000, 4000, 6000, 8000, 10000])
        #expect(ChartScale(values: [0, 0]).maximum > 0)
    }

    @Test func lineChartPlacesEachValueAtItsCoordinates() throws {
        let chart = LineChart(
            id: "c", title: "大江村历年贫困发生率", description: "从 45.4% 降至 1.4%。",
            points: [.init(year: 2014, value: 45.4), .init(year: 2016, value: 23.2), .init(year: 2018, value: 1.4)],
            metric: catalog.metric("poverty_rate"), language: "zh")
        let svg = chart.svg()
        #expect(parses(svg))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">大江村历年贫困发生率</title><desc id=\"c-desc\">从 45.4% 降至 1.4%。</desc>"))
        // Plot area x 48…344, y 188 (zero) … 22 (50): 2016 is midway; 23.2 is 23.2/50 of the height up.
        let bottom = LineChart.height - LineChart.bottom, top = LineChart.top
        let expectedY = bottom - 23.2 / 50 * (bottom - top)
        #expect(svg.contains("<circle class=\"chart-point\" cx=\"196\" cy=\"\(coordinate(expectedY))\""))
        #expect(svg.contains("<circle class=\"chart-point\" cx=\"48\" cy=\"\(coordinate(bottom - 45.4 / 50 * (bottom - top)))\""))
        #expect(svg.contains(">23.2</text>"))
        #expect(svg.contains(">2018</text>"))
    }

    @Test func barChartBarsAreProportionalAndTheSecondSeriesIsHatched() {
        let chart = BarChart(
            id: "b", title: "各村人均纯收入", description: "大江村 9,944.7；新民村 5,000",
            series: ["最新数据", "建档时"],
            rows: [.init(label: "大江村", values: [10000, 3120]), .init(label: "新民村", values: [5000, nil])],
            metric: catalog.metric("income_per_capita"), language: "zh")
        let svg = chart.svg()
        #expect(parses(svg))
        let full = BarChart.width - chart.labelWidth - BarChart.right
        #expect(svg.contains("width=\"\(coordinate(full))\" height=\"9\" fill=\"currentColor\""))
        #expect(svg.contains("width=\"\(coordinate(full / 2))\" height=\"9\" fill=\"currentColor\""))
        #expect(svg.contains("fill=\"url(#b-hatch)\""))
        #expect(svg.contains(">1万</text>"))
        #expect(svg.contains(">建档时</text>"))
    }

    @Test func hostileLabelsStayText() {
        let chart = BarChart(
            id: "x", title: "<script>", description: "]]>", series: ["a"], rows: [.init(label: "</svg><img>", values: [1])],
            metric: catalog.metric("population"), language: "en")
        let svg = chart.svg()
        #expect(parses(svg))
        #expect(!svg.contains("<script>") && !svg.contains("<img>"))
    }
}
