import Foundation

/// Numbers as each language writes them: `13,200` in English, and in Chinese figures of
/// ten thousand and more in 万 (`1.32万`), as Chinese reports do.
public enum NumberFormat {
    public static func format(_ value: Double, _ language: String, maxFractionDigits: Int = 2) -> String {
        if language.hasPrefix("zh"), abs(value) >= 10_000 {
            return plain(value / 10_000, maxFractionDigits: 2) + "万"
        }
        return plain(value, maxFractionDigits: maxFractionDigits)
    }

    /// Grouped thousands, at most `maxFractionDigits` decimals, trailing zeros dropped.
    public static func plain(_ value: Double, maxFractionDigits: Int) -> String {
        let scale = pow(10, Double(maxFractionDigits))
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = magnitude.rounded(.down)
        var fraction = String(format: "%.\(maxFractionDigits)f", magnitude - whole).dropFirst(1)  // ".40"
        while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        if fraction == "." { fraction = "" }
        var digits = String(Int64(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return (negative ? "-" : "") + digits + grouped + fraction
    }
}
