/// Reads `topics.yaml`: a list of `{id, name, name_en, description}`.
enum TopicParser {
    static func parse(_ source: SourceText, languages: [String]) -> ([Topic], [Diagnostic]) {
        let (root, yamlErrors) = YAMLParser.parse(source.text, source: source)
        guard yamlErrors.isEmpty else { return ([], yamlErrors) }
        guard let root else { return ([], []) }
        guard let items = root.items else {
            return ([], [.error("topics/not-list", source.location(line: 1),
                                zh: "topics.yaml 应是列表：每项以“- id: …”开头",
                                en: "topics.yaml should be a list: each item starts with '- id: …'")])
        }
        var topics: [Topic] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard item.entries != nil else { continue }
            var reader = FieldReader(mapping: item, source: source)
            let id = reader.string("id", required: true)
            var names = reader.localized("name", languages: languages)
            names[languages[0]] = reader.string("name", required: true)
            for language in languages.dropFirst() where names[language] == nil {
                names[language] = names[languages[0]].map(Romanizer.phrase)
            }
            var descriptions = reader.localized("description", languages: languages)
            descriptions[languages[0]] = reader.string("description")
            if let id, !Identifier.isValid(id) {
                reader.report(.error("topics/id", reader.location(of: item["id"]!),
                                     zh: "主题 id“\(id)”不能作网址：只用小写字母、数字和连字符",
                                     en: "topic id '\(id)' is not URL-safe: use lower-case letters, digits and hyphens"))
            } else if let id, let line = seen[id] {
                reader.report(.error("topics/duplicate", reader.location(of: item["id"]!),
                                     zh: "主题 id“\(id)”重复（第 \(line) 行已有）",
                                     en: "topic id '\(id)' is used twice (already on line \(line))"))
            } else if let id, names[languages[0]] != nil {
                seen[id] = item.position.line
                topics.append(Topic(id: id, names: names, descriptions: descriptions))
            }
            diagnostics += reader.diagnostics
        }
        return (topics, diagnostics)
    }
}
