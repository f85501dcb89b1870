/// A topic stories are filed under (`topics.yaml`): 产业扶贫, 教育扶贫 …
public struct Topic: Sendable, Hashable {
    public let id: String
    /// Name per language; the default language's always present.
    public let names: [String: String]
    /// Markdown description per language, optional.
    public let descriptions: [String: String]

    public func name(in language: String, defaultLanguage: String) -> String {
        names[language] ?? names[defaultLanguage] ?? id
    }
}
