import Foundation

/// Reads typed fields out of a YAML mapping, collecting a diagnostic for each field
/// that has the wrong type instead of stopping at the first.
public struct FieldReader {
    public let mapping: YAMLValue
    public let source: SourceText
    public private(set) var diagnostics: [Diagnostic] = []

    public init(mapping: YAMLValue, source: SourceText) {
        self.mapping = mapping
        self.source = source
    }

    public func location(of value: YAMLValue) -> SourceLocation {
        source.location(line: value.position.line, column: value.position.column)
    }

    public func keyLocation(_ key: String) -> SourceLocation {
        guard let entry = mapping.entries?.first(where: { $0.key == key }) else {
            return source.location(line: mapping.position.line, column: mapping.position.column)
        }
        return source.location(line: entry.keyPosition.line, column: entry.keyPosition.column)
    }

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = mapping[key], !isNull(value) else {
            if required {
                report(.error("front-matter/missing", keyLocation(key),
                              zh: "缺少必填项 \(key)", en: "missing required field \(key)"))
            }
            return nil
        }
        guard let text = value.string else {
            wrongType(key, value, expected: Message(zh: "文本", en: "text"))
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    public mutating func bool(_ key: String) -> Bool {
        guard let value = mapping[key], !isNull(value) else { return false }
        switch value.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            wrongType(key, value, expected: Message(zh: "true 或 false", en: "true or false"))
            return false
        }
    }

    public mutating func int(_ key: String) -> Int? {
        guard let value = mapping[key], !isNull(value) else { return nil }
        guard let text = value.string, let number = Int(text.replacingOccurrences(of: ",", with: "")) else {
            wrongType(key, value, expected: Message(zh: "整数", en: "a whole number"))
            return nil
        }
        return number
    }

    public mutating func number(_ key: String) -> Double? {
        guard let value = mapping[key], !isNull(value) else { return nil }
        guard let text = value.string, let number = NumberText.parse(text) else {
            wrongType(key, value, expected: Message(zh: "数字", en: "a number"))
            return nil
        }
        return number
    }

    /// A list of strings; a single string is accepted as a one-item list (`village: dajiang`).
    public mutating func strings(_ key: String, allowSingle: Bool = true) -> [String] {
        guard let value = mapping[key], !isNull(value) else { return [] }
        if let single = value.string {
            if allowSingle { return [single.trimmingCharacters(in: .whitespaces)] }
            wrongType(key, value, expected: Message(zh: "列表，如 [a, b]", en: "a list, like [a, b]"))
            return []
        }
        guard let items = value.items else {
            wrongType(key, value, expected: Message(zh: "列表", en: "a list"))
            return []
        }
        var result: [String] = []
        for item in items {
            if let text = item.string {
                result.append(text.trimmingCharacters(in: .whitespaces))
            } else {
                wrongType(key, item, expected: Message(zh: "文本", en: "text"))
            }
        }
        return result
    }

    /// Values of `<key>_<code>` for each language code, e.g. `title_en`.
    public mutating func localized(_ key: String, languages: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for code in languages {
            if let value = string("\(key)_\(code)") { result[code] = value }
        }
        return result
    }

    private func isNull(_ value: YAMLValue) -> Bool {
        if case .null = value { return true }
        return false
    }

    private mutating func wrongType(_ key: String, _ value: YAMLValue, expected: Message) {
        report(.error(
            "front-matter/type", location(of: value),
            zh: "\(key) 应为\(expected.zh)，这里是\(value.kindName.zh)",
            en: "\(key) should be \(expected.en), found \(value.kindName.en)"))
    }
}
