/// Numbers as editors type them: `1,320`, `１３２０`, `45.0%`.
public enum NumberText {
    public static func parse(_ text: String) -> Double? {
        var cleaned = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: cleaned.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: cleaned += "."  // full-width full stop
            case 0xFF0D: cleaned += "-"
            case 0x2C, 0xFF0C, 0x20: continue  // thousands separators and spaces
            case 0x25, 0xFF05: continue  // a trailing percent sign
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        guard !cleaned.isEmpty, let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }
}
