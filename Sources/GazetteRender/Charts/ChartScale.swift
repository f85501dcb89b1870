import Foundation

/// A linear value axis from zero (or the data's minimum, when negative) to a round
/// maximum, with round tick values: 0, 10, 20 … or 0, 2,000, 4,000 …
struct ChartScale: Sendable, Equatable {
    let minimum: Double
    let maximum: Double
    let ticks: [Double]

    init(values: [Double], ceiling: Double? = nil) {
        let low = min(0, values.min() ?? 0)
        var high = max(values.max() ?? 1, low + 1e-9)
        if let ceiling { high = min(high, ceiling) }
        let step = Self.niceStep((high - low) / 5)
        minimum = (low / step).rounded(.down) * step
        maximum = max((high / step).rounded(.up) * step, minimum + step)
        ticks = stride(from: minimum, through: maximum + step / 2, by: step).map { $0 }
    }

    /// 1, 2 or 5 times a power of ten.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// Where `value` falls between `start` (minimum) and `end` (maximum) in drawing units.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - minimum) / (maximum - minimum) * (end - start)
    }
}

/// Coordinates written with at most one decimal, so SVG text stays short and stable.
func coordinate(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
