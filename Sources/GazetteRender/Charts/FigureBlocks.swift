import Foundation
import GazetteCore

/// ```` ```chart ```` and ```` ```figure ```` blocks in stories, drawn from the village figures:
///
/// ```yaml
/// village: dajiang            # one village: its metric over the years (a line)
/// metric: poverty_rate
/// years: 2014-2018            # optional
/// ```
/// ```yaml
/// village: [dajiang, xinmin]  # several villages: compared (bars), at `year` or each at its latest
/// metric: income_per_capita
/// year: 2018                  # optional; `baseline: true` adds each village's first year
/// ```
/// A `figure` block names one `village`, `metric` and optional `year` (default: the latest)
/// and shows that one number with its label.
struct FigureBlocks: FencedBlockRenderer {
    let villages: [String: Village]
    let maker: ChartMaker

    func render(kind: String, body: String, source: SourceText, bodyLine: Int, language: String) -> (html: String, diagnostics: [Diagnostic])? {
        guard kind == "chart" || kind == "figure" else { return nil }
        let (value, yamlErrors) = YAMLParser.parse(body, source: source, lineOffset: bodyLine - 1)
        guard yamlErrors.isEmpty else { return ("", yamlErrors) }
        guard let value, value.entries != nil else {
            return ("", [.error("figures/block", source.location(line: bodyLine),
                                zh: "\(kind) 块里应写 village: 和 metric:", en: "a \(kind) block needs village: and metric:")])
        }
        var reader = FieldReader(mapping: value, source: source)
        let ids = reader.strings("village")
        let metric = reader.string("metric", required: true)
        let year = reader.int("year")
        let years = reader.string("years").flatMap(Self.yearRange)
        let baseline = reader.bool("baseline")
        var found: [Village] = []
        for id in ids {
            if let village = villages[id] { found.append(village); continue }
            reader.report(.error("figures/unknown-village", reader.keyLocation("village"),
                                 zh: "未知的村庄“\(id)”", en: "unknown village '\(id)'"))
        }
        if ids.isEmpty {
            reader.report(.error("front-matter/missing", reader.keyLocation("village"),
                                 zh: "缺少 village:", en: "missing village:"))
        }
        guard let metric, !found.isEmpty, !reader.diagnostics.hasErrors else { return ("", reader.diagnostics) }
        guard found.contains(where: { !$0.series(metric).isEmpty }) else {
            reader.report(.error("figures/no-data", reader.keyLocation("metric"),
                                 zh: "没有 \(metric) 的数据", en: "there are no \(metric) figures for this village"))
            return ("", reader.diagnostics)
        }
        let id = "fig-\(bodyLine)"
        let html: String?
        if kind == "figure" {
            html = figure(found[0], metric: metric, year: year, language: language)
        } else if found.count == 1 && !baseline && year == nil {
            html = maker.villageTrend(found[0], metric: metric, years: years, id: id, language: language)?.html
        } else {
            html = maker.villageComparison(found, metric: metric, year: year, baseline: baseline, id: id, language: language)?.html
        }
        guard let html else {
            reader.report(.error("figures/no-data", reader.keyLocation(year == nil ? "metric" : "year"),
                                 zh: "数据不足，画不出这张图（一个村至少要有两年的 \(metric)）",
                                 en: "not enough figures for this chart (one village needs \(metric) for two years or more)"))
            return ("", reader.diagnostics)
        }
        return (html, reader.diagnostics)
    }

    /// One number with its label: `258 人 — 大江村 2014 年贫困人口`.
    private func figure(_ village: Village, metric key: String, year: Int?, language: String) -> String? {
        let series = village.series(key)
        guard let pick = year.map({ y in series.first { $0.year == y } }) ?? series.last else { return nil }
        let metric = maker.catalog.metric(key)
        let label = maker.strings.format("figure_label", language, [
            "name": village.name(in: language, defaultLanguage: maker.defaultLanguage),
            "year": String(pick.year), "metric": metric.name(language),
        ])
        let unit = metric.unit(language)
        return "<p class=\"data-figure\"><strong class=\"data-figure-value\">\(HTMLText.escape(metric.format(pick.value, language, withUnit: false)))</strong>"
            + (unit.isEmpty ? "" : "<span class=\"data-figure-unit\">\(HTMLText.escape(unit))</span>")
            + " <span class=\"data-figure-label\">\(HTMLText.escape(label))</span></p>\n"
    }

    /// `2014-2018` or `2014`.
    static func yearRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "~" }).compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let first = parts.first else { return nil }
        let last = parts.count > 1 ? parts[1] : first
        return min(first, last)...max(first, last)
    }
}
