import Foundation

/// One Markdown file's front matter and body, before translations are joined to originals.
struct StoryFile: Sendable {
    /// Folder and base name without language and `.md`: `stories/2017/duan-xin` — ties a translation to its original.
    let key: String
    let language: String
    let isOriginal: Bool
    let source: SourceText
    let title: String?
    let slug: String?
    let date: StoryDate?
    let kind: StoryKind?
    let villages: [String]?
    let topics: [String]?
    let author: String?
    let publisher: String?
    let summary: String?
    let cover: String?
    let coverAlt: String?
    let featured: Bool
    let draft: Bool
    let body: String
    let bodyLine: Int
    /// Where each front-matter key stood, for later reference errors (unknown village …).
    let keyLocations: [String: SourceLocation]
    let valueLocations: [String: [SourceLocation]]
}

/// Parses one story or page file: decoding, front matter, typed fields.
enum StoryParser {
    static let knownKeys: Set<String> = [
        "title", "date", "kind", "village", "topics", "author", "source", "summary", "cover",
        "cover_alt", "featured", "draft", "slug", "updated", "tags",
    ]

    static func parse(
        data: Data, file: String, key: String, language: String, isOriginal: Bool, siteLanguages: [String]
    ) -> (StoryFile?, [Diagnostic]) {
        guard let (text, _) = TextDecoding.decode(data) else {
            return (nil, [.error("file/encoding", SourceLocation(file: file),
                                 zh: "无法读取：既不是 UTF-8 也不是 GBK 文本（是否是二进制文件？）",
                                 en: "cannot read: neither UTF-8 nor GBK text (is it a binary file?)")])
        }
        let source = SourceText(file: file, text: text)
        let split: FrontMatterSplit
        switch FrontMatter.split(source) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let (root, yamlErrors) = YAMLParser.parse(split.yaml, source: source, lineOffset: split.yamlLine - 1)
        guard yamlErrors.isEmpty else { return (nil, yamlErrors) }
        guard let root, root.entries != nil else {
            let location = source.location(line: split.yamlLine)
            return (nil, [.error("front-matter/not-mapping", location,
                                 zh: "文首信息应是“键: 值”的形式，如 title: 标题",
                                 en: "front matter should be 'key: value' lines, like title: …")])
        }
        var reader = FieldReader(mapping: root, source: source)
        reportUnknownKeys(root, reader: &reader, siteLanguages: siteLanguages)

        let date = readDate(&reader)
        let kind = readKind(&reader)
        var valueLocations: [String: [SourceLocation]] = [:]
        for key in ["village", "topics"] {
            if let value = root[key] {
                valueLocations[key] = (value.items ?? [value]).map { reader.location(of: $0) }
            }
        }
        var keyLocations: [String: SourceLocation] = [:]
        for entry in root.entries ?? [] {
            keyLocations[entry.key] = source.location(line: entry.keyPosition.line, column: entry.keyPosition.column)
        }
        let story = StoryFile(
            key: key, language: language, isOriginal: isOriginal, source: source,
            title: reader.string("title", required: true), slug: reader.string("slug"),
            date: date, kind: kind,
            villages: root["village"] == nil ? nil : reader.strings("village"),
            topics: root["topics"] == nil ? nil : reader.strings("topics"),
            author: reader.string("author"), publisher: reader.string("source"),
            summary: reader.string("summary"), cover: reader.string("cover"), coverAlt: reader.string("cover_alt"),
            featured: reader.bool("featured"), draft: reader.bool("draft"),
            body: split.body, bodyLine: split.bodyLine,
            keyLocations: keyLocations, valueLocations: valueLocations)
        return (story, reader.diagnostics)
    }

    private static func readDate(_ reader: inout FieldReader) -> StoryDate? {
        guard let value = reader.mapping["date"], let text = reader.string("date") else { return nil }
        guard let date = StoryDate(parsing: text) else {
            reader.report(.error("front-matter/date", reader.location(of: value),
                                 zh: "日期“\(text)”格式不对：应写成 YYYY-MM-DD，如 2017-07-10，或带时间 2017-07-10 09:30",
                                 en: "date '\(text)' is malformed: write YYYY-MM-DD, like 2017-07-10, or with a time, 2017-07-10 09:30"))
            return nil
        }
        return date
    }

    private static func readKind(_ reader: inout FieldReader) -> StoryKind? {
        guard let value = reader.mapping["kind"], let text = reader.string("kind") else { return nil }
        guard let kind = StoryKind(rawValue: text) else {
            reader.report(.error("front-matter/kind", reader.location(of: value),
                                 zh: "未知的体裁“\(text)”：应为 \(StoryKind.validNames)",
                                 en: "unknown kind '\(text)': use \(StoryKind.validNames)"))
            return nil
        }
        return kind
    }

    /// A misspelt key is silently ignored by most generators; here it gets a warning
    /// with the key that was probably meant.
    private static func reportUnknownKeys(_ root: YAMLValue, reader: inout FieldReader, siteLanguages: [String]) {
        for entry in root.entries ?? [] where !knownKeys.contains(entry.key) {
            if let underscore = entry.key.lastIndex(of: "_"),
                siteLanguages.contains(String(entry.key[entry.key.index(after: underscore)...])),
                ["title", "summary", "cover_alt"].contains(String(entry.key[..<underscore])) {
                continue
            }
            let location = reader.source.location(line: entry.keyPosition.line, column: entry.keyPosition.column)
            let guess = Spelling.closest(to: entry.key, among: knownKeys)
            reader.report(.warning(
                "front-matter/unknown-key", location,
                zh: "未知的文首项“\(entry.key)”，将被忽略" + (guess.map { "；是不是要写 \($0)？" } ?? ""),
                en: "unknown front-matter key '\(entry.key)' is ignored" + (guess.map { "; did you mean \($0)?" } ?? "")))
        }
    }
}
