import Foundation
import GazetteCore

/// What to build and where.
public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL
    public var includeDrafts: Bool
    public var baseURL: String?
    /// "Now" for the rules about future years; tests pin it.
    public var currentYear: Int

    public init(site: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, currentYear: Int? = nil) {
        self.currentYear = currentYear ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        self.site = site.standardizedFileURL
        self.output = (output ?? site.appending(path: "public")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}

/// The outcome of a build: every diagnostic, and what was written when it succeeded.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    public let storyCount: Int
    public let succeeded: Bool
}

/// The whole pipeline, one direction: files → Content → Index → Plan → Render → Output.
public enum SiteBuilder {
    /// Loads, indexes and renders; writes only when there is no error, and then atomically.
    public static func build(_ options: BuildOptions) -> BuildReport {
        if let refusal = refuseOutput(options) { return failed([refusal]) }
        var clock = StageClock()
        let analysis = analyze(options)
        clock.lap("load+index")
        guard let index = analysis.index, let theme = analysis.theme, !analysis.diagnostics.hasErrors else {
            return failed(analysis.diagnostics)
        }
        let plans = Planner.plan(index)
        let renderer = PageRenderer(index: index, theme: theme)
        let pages = Parallel.map(plans) { plan in (plan.outputPath, Array(renderer.render(plan).utf8)) }
        clock.lap("render \(plans.count) pages")
        var files = pages
        for (path, text) in siteFiles(index, theme: theme, plans: plans) { files.append((path, Array(text.utf8))) }
        for (path, data) in theme.staticFiles.sorted(by: { $0.key < $1.key }) { files.append((path, Array(data))) }
        let content = options.site.appending(path: "content")
        let copies = index.content.media.map { ($0, content.appending(path: $0)) }
        do {
            try OutputWriter(output: options.output).write(files: files, copies: copies)
            clock.lap("write \(files.count + copies.count) files")
        } catch {
            let output = options.output.path
            return failed(analysis.diagnostics + [Diagnostic(
                file: output, rule: "output/write",
                message: Message(zh: "无法写入输出目录：\(error)", en: "cannot write the output: \(error)"))])
        }
        return BuildReport(
            diagnostics: analysis.diagnostics, pageCount: plans.count, fileCount: files.count + copies.count,
            storyCount: index.stories.values.reduce(0) { $0 + $1.count }, succeeded: true)
    }

    /// Everything but rendering and writing: what `gazette check` looks at.
    public struct Analysis: Sendable {
        public let index: SiteIndex?
        public let theme: Theme?
        public let diagnostics: [Diagnostic]
    }

    public static func analyze(_ options: BuildOptions) -> Analysis {
        let (content, contentDiagnostics) = ContentLoader.load(site: options.site, baseURLOverride: options.baseURL)
        guard let content else { return Analysis(index: nil, theme: nil, diagnostics: contentDiagnostics.sorted()) }
        let (theme, themeDiagnostics) = Theme.load(site: options.site, languages: content.config.languages)
        let (index, indexDiagnostics) = index(content, theme: theme, options: options)
        return Analysis(index: index, theme: theme, diagnostics: (contentDiagnostics + themeDiagnostics + indexDiagnostics).sorted())
    }

    /// The index of loaded content, with chart blocks drawn and the figures checked.
    /// `previous` lets a rebuild reuse the bodies of unchanged stories (`gazette serve`).
    public static func index(
        _ content: SiteContent, theme: Theme?, options: BuildOptions, previous: SiteIndex? = nil
    ) -> (SiteIndex, [Diagnostic]) {
        let strings = theme?.strings ?? InterfaceStrings.load(files: Theme.builtIn, languages: content.config.languages).0
        let maker = ChartMaker(strings: strings, catalog: content.config.metrics, defaultLanguage: content.config.defaultLanguage)
        let blocks = FigureBlocks(villages: Dictionary(uniqueKeysWithValues: content.villages.map { ($0.id, $0) }), maker: maker)
        let (index, diagnostics) = SiteIndexer.build(content, includeDrafts: options.includeDrafts, blocks: blocks, previous: previous)
        return (index, diagnostics + FigureChecks.run(content, currentYear: options.currentYear))
    }

    /// The feeds, the sitemap and robots.txt, by output path.
    public static func siteFiles(_ index: SiteIndex, theme: Theme, plans: [PagePlan]) -> [(String, String)] {
        var files = index.config.languages.map { language in
            (index.routes.feed(language), FeedWriter.atom(index, language: language, strings: theme.strings))
        }
        files.append(("sitemap.xml", SitemapWriter.sitemap(plans, index: index)))
        files.append(("robots.txt", SitemapWriter.robots(index)))
        return files
    }

    private static func failed(_ diagnostics: [Diagnostic]) -> BuildReport {
        BuildReport(diagnostics: diagnostics, pageCount: 0, fileCount: 0, storyCount: 0, succeeded: false)
    }

    /// The output folder is replaced whole, so it must never be the site itself, a
    /// folder holding it, its content or its templates, or the file-system root.
    static func refuseOutput(_ options: BuildOptions) -> Diagnostic? {
        let output = options.output.resolvingSymlinksInPath().path
        let site = options.site.resolvingSymlinksInPath().path
        let protected = [site + "/content", site + "/site-templates"]
        let inside = { (path: String, folder: String) in path == folder || path.hasPrefix(folder + "/") }
        guard output == "/" || inside(site, output) || protected.contains(where: { inside(output, $0) }) else { return nil }
        return Diagnostic(
            file: options.output.path, rule: "output/refused",
            message: Message(
                zh: "拒绝写入 \(options.output.path)：输出目录会被整体替换，不能是根目录、站点目录或其 content/、site-templates/",
                en: "refusing to write to \(options.output.path): the output folder is replaced whole, so it cannot be /, the site folder, or its content/ or site-templates/"))
    }
}

/// Stage timings on standard error when `GAZETTE_TIMINGS` is set: where a build spends its time.
struct StageClock {
    private let enabled = ProcessInfo.processInfo.environment["GAZETTE_TIMINGS"] != nil
    private var last = ContinuousClock.now

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("timing: \(stage): \(now - last)\n".utf8))
        last = now
    }
}
