import Foundation

/// Everything under `content/`, parsed into values. Immutable once loaded.
public struct SiteContent: Sendable {
    public let root: URL
    public let config: SiteConfig
    public let topics: [Topic]
    /// Sorted by id, with their figures merged from the YAML files and `content/data/*.csv`.
    public let villages: [Village]
    /// Where each figure was written, for the consistency rules' messages.
    public let figureSources: [FigureKey: SourceLocation]
    /// Every language, drafts included (the build decides what to publish).
    public let stories: [Story]
    public let pages: [StandalonePage]
    /// Files under `content/media/`, relative to `content/` (`media/photo.jpg`).
    public let media: [String]
}

/// The parsed files of a site before they are joined into `SiteContent`. `gazette serve`
/// keeps it between rebuilds, so an edited story is the only file read again.
public struct ContentSnapshot: Sendable {
    struct Parsed: Sendable {
        let file: StoryFile?
        let diagnostics: [Diagnostic]
    }

    let root: URL
    public let config: SiteConfig
    /// Problems of site.yaml, topics, villages and figures.
    let settingsDiagnostics: [Diagnostic]
    let topics: [Topic]
    let villages: [Village]
    let figureSources: [FigureKey: SourceLocation]
    let media: [String]
    /// Story and page files by path (`content/stories/…`, `content/pages/…`).
    var markdown: [String: Parsed]

    public var storyFileCount: Int { markdown.count }
    public var languages: [String] { config.languages }
}

/// Finds and parses the content files of a site folder, collecting every problem.
public enum ContentLoader {
    public static func load(site root: URL, baseURLOverride: String? = nil) -> (SiteContent?, [Diagnostic]) {
        switch snapshot(site: root, baseURLOverride: baseURLOverride) {
        case .failure(let list): return (nil, list.diagnostics)
        case .success(let snapshot):
            let (content, diagnostics) = assemble(snapshot)
            return (content, diagnostics)
        }
    }

    /// Reads and parses every content file.
    public static func snapshot(site root: URL, baseURLOverride: String? = nil) -> Result<ContentSnapshot, DiagnosticList> {
        let content = root.appending(path: "content")
        let siteFile = content.appending(path: "site.yaml")
        guard let siteData = try? Data(contentsOf: siteFile), let (siteText, _) = TextDecoding.decode(siteData) else {
            return .failure(DiagnosticList([Diagnostic(
                file: "content/site.yaml", rule: "site/missing",
                message: Message(zh: "找不到 content/site.yaml：这里不是 Gazette 站点（可用 gazette init 新建）",
                                 en: "content/site.yaml not found: this is not a Gazette site (gazette init creates one)"))]))
        }
        let (config, configDiagnostics) = SiteConfig.load(
            SourceText(file: "content/site.yaml", text: siteText), baseURLOverride: baseURLOverride)
        guard let config else { return .failure(DiagnosticList(configDiagnostics)) }
        var diagnostics = configDiagnostics

        let topics = loadTopics(content, config: config, diagnostics: &diagnostics)
        let (parsedVillages, yamlFigures) = loadVillages(content, config: config, diagnostics: &diagnostics)
        let (villages, ledger) = mergeFigures(content, villages: parsedVillages, yamlFigures: yamlFigures, config: config, diagnostics: &diagnostics)
        let files = ["stories", "pages"].flatMap { folder in
            SiteFiles.list(content.appending(path: folder), prefix: "content/\(folder)/").filter { $0.hasSuffix(".md") }
        }
        var snapshot = ContentSnapshot(
            root: root, config: config, settingsDiagnostics: diagnostics, topics: topics, villages: villages,
            figureSources: ledger.sources, media: SiteFiles.list(content.appending(path: "media"), prefix: "media/"), markdown: [:])
        snapshot = reparse(snapshot, files: files)
        return .success(snapshot)
    }

    /// Parses these story or page files again (in parallel); a file that no longer exists is dropped.
    public static func reparse(_ snapshot: ContentSnapshot, files: [String]) -> ContentSnapshot {
        var updated = snapshot
        let config = snapshot.config
        let results = Parallel.map(files) { file -> ContentSnapshot.Parsed? in
            guard let data = try? Data(contentsOf: snapshot.root.appending(path: file)) else { return nil }
            let (key, language) = languageOf(file, config: config)
            let (story, diagnostics) = StoryParser.parse(
                data: data, file: file, key: key, language: language,
                isOriginal: language == config.defaultLanguage, siteLanguages: config.languages)
            return ContentSnapshot.Parsed(file: story, diagnostics: diagnostics)
        }
        for (file, result) in zip(files, results) { updated.markdown[file] = result }
        return updated
    }

    /// Joins the parsed files into the site's content: translations to originals, references checked.
    public static func assemble(_ snapshot: ContentSnapshot) -> (SiteContent, [Diagnostic]) {
        var diagnostics = snapshot.settingsDiagnostics
        var storyFiles: [StoryFile] = [], pageFiles: [StoryFile] = []
        for path in snapshot.markdown.keys.sorted() {
            let parsed = snapshot.markdown[path]!
            diagnostics += parsed.diagnostics
            guard let file = parsed.file else { continue }
            if path.hasPrefix("content/pages/") { pageFiles.append(file) } else { storyFiles.append(file) }
        }
        let stories = StoryAssembler.assemble(
            storyFiles, config: snapshot.config, villages: Set(snapshot.villages.map(\.id)),
            topics: Set(snapshot.topics.map(\.id)), diagnostics: &diagnostics)
        let pages = StoryAssembler.pages(pageFiles, diagnostics: &diagnostics)
        let content = SiteContent(
            root: snapshot.root, config: snapshot.config, topics: snapshot.topics, villages: snapshot.villages,
            figureSources: snapshot.figureSources, stories: stories, pages: pages, media: snapshot.media)
        return (content, diagnostics)
    }

    private static func loadTopics(_ content: URL, config: SiteConfig, diagnostics: inout [Diagnostic]) -> [Topic] {
        guard let text = SiteFiles.readText(content.appending(path: "topics.yaml"), file: "content/topics.yaml", diagnostics: &diagnostics) else {
            return []
        }
        let (topics, found) = TopicParser.parse(SourceText(file: "content/topics.yaml", text: text), languages: config.languages)
        diagnostics += found
        return topics
    }

    private static func loadVillages(_ content: URL, config: SiteConfig, diagnostics: inout [Diagnostic]) -> ([Village], [FigureRecord]) {
        let files = SiteFiles.list(content.appending(path: "villages"), prefix: "content/villages/")
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let results = Parallel.map(files) { file -> (Village?, [FigureRecord], [Diagnostic]) in
            var found: [Diagnostic] = []
            let url = content.deletingLastPathComponent().appending(path: file)
            guard let text = SiteFiles.readText(url, file: file, diagnostics: &found) else { return (nil, [], found) }
            let name = (file as NSString).lastPathComponent
            let id = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
            let (village, figures, parsed) = VillageParser.parse(SourceText(file: file, text: text), id: id, languages: config.languages)
            return (village, figures, found + parsed)
        }
        diagnostics += results.flatMap(\.2)
        return (results.compactMap(\.0).sorted { $0.id < $1.id }, results.flatMap(\.1))
    }

    /// Joins the figures of the village files and of `content/data/*.csv` into one ledger;
    /// a figure given twice with different values is an error naming both places.
    private static func mergeFigures(
        _ content: URL, villages: [Village], yamlFigures: [FigureRecord], config: SiteConfig, diagnostics: inout [Diagnostic]
    ) -> ([Village], FigureLedger) {
        var ledger = FigureLedger()
        for record in yamlFigures { _ = ledger.record(record.key, record.value, at: record.location) }
        let files = SiteFiles.list(content.appending(path: "data"), prefix: "content/data/").filter { $0.lowercased().hasSuffix(".csv") }
        for file in files {
            guard let text = SiteFiles.readText(content.deletingLastPathComponent().appending(path: file), file: file, diagnostics: &diagnostics) else { continue }
            let (records, found) = FigureCSV.read(
                SourceText(file: file, text: text), catalog: config.metrics, villages: villages, defaultLanguage: config.defaultLanguage)
            diagnostics += found
            for record in records {
                if let conflict = ledger.record(record.key, record.value, at: record.location) { diagnostics.append(conflict) }
            }
        }
        guard !files.isEmpty else { return (villages, ledger) }
        let years = ledger.yearsByVillage()
        return (villages.map { $0.with(metrics: years[$0.id] ?? []) }, ledger)
    }

    /// `content/stories/x.en.md` → (`content/stories/x`, `en`); `x.md` → default language.
    static func languageOf(_ file: String, config: SiteConfig) -> (key: String, language: String) {
        let base = String(file.dropLast(3))
        if let dot = base.lastIndex(of: "."), !base[dot...].contains("/") {
            let code = String(base[base.index(after: dot)...])
            if config.languages.contains(code) { return (String(base[..<dot]), code) }
        }
        return (base, config.defaultLanguage)
    }
}

/// File-system helpers for content folders.
enum SiteFiles {
    /// Regular files below `folder`, relative and sorted, hidden files skipped. Symbolic
    /// links to folders are not followed, so a link loop cannot hang the build.
    static func list(_ folder: URL, prefix: String) -> [String] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        var files: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            files.append(prefix + path.dropFirst(base.count + 1))
        }
        return files.sorted()
    }

    static func readText(_ url: URL, file: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        guard let (text, _) = TextDecoding.decode(data) else {
            diagnostics.append(Diagnostic(
                file: file, rule: "file/encoding",
                message: Message(zh: "无法读取：既不是 UTF-8 也不是 GBK 文本", en: "cannot read: neither UTF-8 nor GBK text")))
            return nil
        }
        return text
    }
}
