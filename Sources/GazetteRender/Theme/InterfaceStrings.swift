import Foundation
import GazetteCore

/// Every interface string of the site, per language, from `site-templates/i18n/<code>.yaml`.
/// A language without a file of its own falls back to English, key by key.
public struct InterfaceStrings: Sendable {
    private let tables: [String: [String: String]]

    public func table(_ language: String) -> [String: String] {
        tables[language] ?? tables["en"] ?? [:]
    }

    /// A string with `{name}` placeholders filled: `format("page_n", "en", ["n": "2"])` → `Page 2`.
    public func format(_ key: String, _ language: String, _ values: [String: String] = [:]) -> String {
        var text = table(language)[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    static func load(files: [String: Data], languages: [String]) -> (InterfaceStrings, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var tables: [String: [String: String]] = [:]
        for (path, data) in files where path.hasPrefix("i18n/") && path.hasSuffix(".yaml") {
            let code = String(path.dropFirst("i18n/".count).dropLast(".yaml".count))
            let source = SourceText(file: "site-templates/" + path, text: String(decoding: data, as: UTF8.self))
            let (root, found) = YAMLParser.parse(source.text, source: source)
            diagnostics += found
            var table: [String: String] = [:]
            for entry in root?.entries ?? [] {
                if let text = entry.value.string { table[entry.key] = text }
            }
            tables[code] = table
        }
        // Keys missing from a language are taken from English, then Chinese, so no page shows a raw key.
        let fallback = (tables["zh"] ?? [:]).merging(tables["en"] ?? [:]) { _, english in english }
        for language in languages {
            if tables[language] == nil {
                diagnostics.append(Diagnostic(
                    file: "site-templates/i18n/\(language).yaml", severity: .warning, rule: "i18n/missing-language",
                    message: Message(zh: "没有 \(language) 的界面文字文件，暂用英文", en: "no interface strings for \(language); English is used")))
            }
            tables[language] = (tables[language] ?? [:]).merging(fallback) { own, _ in own }
        }
        return (InterfaceStrings(tables: tables), diagnostics)
    }
}
