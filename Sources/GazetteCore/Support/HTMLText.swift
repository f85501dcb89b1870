/// HTML escaping for text and attribute values. Control characters other than tab and
/// newline are dropped: they are invalid in HTML and XML and only ever arrive by accident.
public enum HTMLText {
    public static func escape(_ text: some StringProtocol) -> String {
        // Most text (names, dates, titles) needs no escaping: one pass over the bytes tells.
        if !needsWork(text.utf8) { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { continue }
                if (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether the text holds anything `escape` changes: markup characters, C0 controls but
    /// tab and newline, DEL, C1 controls (C2 80–9F) and the non-characters U+FFFE/U+FFFF (EF BF BE/BF).
    private static func needsWork(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
            case 0x09, 0x0A: break
            case 0x00..<0x20, 0x7F: return true
            case 0x80...0x9F where previous.1 == 0xC2: return true
            case 0xBE, 0xBF where previous == (0xEF, 0xBF): return true
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    public static func append(_ text: some StringProtocol, to out: inout String) {
        out += escape(text)
    }
}
