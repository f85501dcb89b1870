import Foundation

/// Turns file bytes into text the way offices' files arrive: UTF-8 with or without a
/// BOM, or GB18030/GBK as saved by editors on Chinese Windows.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8, utf8BOM, gb18030 }

    /// kCFStringEncodingGB_18030_2000 (0x0632) as an NSStringEncoding; a superset of GBK.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The decoded text with CRLF folded to LF, and the encoding found; `nil` when the bytes
    /// are neither (binary files, UTF-16 without a BOM).
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { return nil }
            return (normalize(text), .utf8BOM)
        }
        if let text = String(data: data, encoding: .utf8) {
            guard !text.contains("\0") else { return nil }
            return (normalize(text), .utf8)
        }
        if !data.contains(0), let text = String(data: data, encoding: gb18030) {
            return (normalize(text), .gb18030)
        }
        return nil
    }

    private static func normalize(_ text: String) -> String {
        text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }
}
