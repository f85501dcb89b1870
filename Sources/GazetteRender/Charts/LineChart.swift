import GazetteCore

/// A metric over the years, as an SVG line chart drawn at build time: no script, legible
/// in print and in grayscale (a dark line with a labelled marker on every point), and
/// drawn in a small view box so its text stays readable when a phone scales it down.
struct LineChart: Sendable {
    struct Point: Sendable, Equatable {
        let year: Int
        let value: Double
    }

    static let width = 360.0, height = 220.0
    static let left = 48.0, right = 16.0, top = 22.0, bottom = 32.0

    let id: String
    let title: String
    let description: String
    let points: [Point]
    let metric: Metric
    let language: String

    var scale: ChartScale {
        ChartScale(values: points.map(\.value), ceiling: metric.kind == .percent ? 100 : nil)
    }

    func x(_ year: Int) -> Double {
        guard let first = points.first?.year, let last = points.last?.year, last > first else {
            return (Self.left + Self.width - Self.right) / 2
        }
        return Self.left + Double(year - first) / Double(last - first) * (Self.width - Self.left - Self.right)
    }

    func y(_ value: Double) -> Double {
        scale.position(value, from: Self.height - Self.bottom, to: Self.top)
    }

    func svg() -> String {
        let e = { (text: String) in HTMLText.escape(text) }
        var out = "<svg class=\"chart-svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" font-size=\"11\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        out += "<title id=\"\(id)-title\">\(e(title))</title><desc id=\"\(id)-desc\">\(e(description))</desc>"
        out += axis()
        let path = points.map { "\(coordinate(x($0.year))),\(coordinate(y($0.value)))" }.joined(separator: " ")
        out += "<polyline class=\"chart-line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\" points=\"\(path)\"/>"
        let labelled = points.count <= 10
        for point in points {
            let cx = coordinate(x(point.year)), cy = coordinate(y(point.value))
            out += "<circle class=\"chart-point\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"2\"/>"
            if labelled {
                out += "<text class=\"chart-value\" x=\"\(cx)\" y=\"\(coordinate(y(point.value) - 8))\" text-anchor=\"middle\">\(e(metric.format(point.value, language, withUnit: false)))</text>"
            }
        }
        return out + "</svg>"
    }

    private func axis() -> String {
        var out = "<g class=\"chart-axis\" font-size=\"11\">"
        for tick in scale.ticks {
            let ty = coordinate(y(tick))
            out += "<line x1=\"\(coordinate(Self.left))\" x2=\"\(coordinate(Self.width - Self.right))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#ccc\" stroke-width=\"1\"/>"
            out += "<text x=\"\(coordinate(Self.left - 6))\" y=\"\(coordinate(y(tick) + 4))\" text-anchor=\"end\">\(HTMLText.escape(NumberFormat.format(tick, language, maxFractionDigits: 1)))</text>"
        }
        // Year labels, thinned so they never overlap on a phone.
        let every = max(1, Int((Double(points.count) / 8).rounded(.up)))
        for (index, point) in points.enumerated() where index % every == 0 || index == points.count - 1 {
            out += "<text x=\"\(coordinate(x(point.year)))\" y=\"\(coordinate(Self.height - Self.bottom + 18))\" text-anchor=\"middle\">\(point.year)</text>"
        }
        return out + "</g>"
    }
}
