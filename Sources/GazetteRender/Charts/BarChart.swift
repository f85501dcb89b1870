import GazetteCore

/// Villages (or years) compared on one metric, as horizontal bars: long names fit on a
/// phone, and each bar carries its value, so the chart reads without colour. A second
/// series (say, the registration year beside the latest) is hatched, not coloured.
struct BarChart: Sendable {
    struct Row: Sendable, Equatable {
        let label: String
        let values: [Double?]
    }

    static let width = 360.0
    static let rowHeight = 30.0, top = 8.0, bottom = 22.0, right = 44.0

    let id: String
    let title: String
    let description: String
    /// One name per series (one or two), shown in the legend when there are two.
    let series: [String]
    let rows: [Row]
    let metric: Metric
    let language: String

    /// Room for the row labels: wide enough for the longest, within reason.
    var labelWidth: Double {
        let widest = rows.map { $0.label.reduce(0.0) { $0 + (CJK.isCJK($1) ? 12 : 6.6) } }.max() ?? 40
        return min(140, max(40, widest + 8))
    }

    var height: Double { Self.top + Double(rows.count) * Self.rowHeight + Self.bottom + (series.count > 1 ? 18 : 0) }

    var scale: ChartScale {
        ChartScale(values: rows.flatMap { $0.values.compactMap { $0 } }, ceiling: metric.kind == .percent ? 100 : nil)
    }

    func barLength(_ value: Double) -> Double {
        scale.position(value, from: 0, to: Self.width - labelWidth - Self.right)
    }

    func svg() -> String {
        let e = { (text: String) in HTMLText.escape(text) }
        let barHeight = series.count > 1 ? 10.0 : 16.0
        var out = "<svg class=\"chart-svg\" viewBox=\"0 0 \(Int(Self.width)) \(coordinate(height))\" font-size=\"11\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        out += "<title id=\"\(id)-title\">\(e(title))</title><desc id=\"\(id)-desc\">\(e(description))</desc>"
        out += "<defs><pattern id=\"\(id)-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"currentColor\" stroke-width=\"2\"/></pattern></defs>"
        out += "<g font-size=\"11\">"
        for (index, row) in rows.enumerated() {
            let rowTop = Self.top + Double(index) * Self.rowHeight
            out += "<text class=\"chart-label\" x=\"\(coordinate(labelWidth - 6))\" y=\"\(coordinate(rowTop + Self.rowHeight / 2 + 4))\" text-anchor=\"end\">\(e(row.label))</text>"
            let offset = (Self.rowHeight - barHeight * Double(row.values.count)) / 2
            for (s, value) in row.values.enumerated() {
                guard let value else { continue }
                let y = rowTop + offset + Double(s) * barHeight
                let length = max(barLength(value), 0.5)
                let fill = s == 0 ? "currentColor" : "url(#\(id)-hatch)"
                out += "<rect class=\"chart-bar\" x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(y))\" width=\"\(coordinate(length))\" height=\"\(coordinate(barHeight - 1))\" fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"1\"/>"
                out += "<text class=\"chart-value\" x=\"\(coordinate(labelWidth + length + 4))\" y=\"\(coordinate(y + barHeight - 2))\">\(e(metric.format(value, language, withUnit: false)))</text>"
            }
        }
        out += "</g>"
        if series.count > 1 {
            let y = height - 14
            out += "<g font-size=\"11\"><rect x=\"\(coordinate(labelWidth))\" y=\"\(coordinate(y - 9))\" width=\"10\" height=\"10\" fill=\"currentColor\"/>"
            out += "<text x=\"\(coordinate(labelWidth + 14))\" y=\"\(coordinate(y))\">\(e(series[0]))</text>"
            out += "<rect x=\"\(coordinate(labelWidth + 120))\" y=\"\(coordinate(y - 9))\" width=\"10\" height=\"10\" fill=\"url(#\(id)-hatch)\" stroke=\"currentColor\"/>"
            out += "<text x=\"\(coordinate(labelWidth + 134))\" y=\"\(coordinate(y))\">\(e(series[1]))</text></g>"
        }
        return out + "</svg>"
    }
}
