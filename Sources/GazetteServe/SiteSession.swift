import Foundation
import GazetteCore
import GazetteRender

/// The preview's site in memory: the parsed files, the index and the look of the last good
/// build, and the pages rendered from them so far. A change re-parses only the files it
/// touched and re-renders nothing until a page is asked for; an edit that breaks the build
/// leaves the last good site in place and is reported instead.
actor SiteSession {
    /// What a rebuild did, for the browsers to hear.
    enum Outcome: Sendable, Equatable {
        case reload
        case stylesheet
        case failed([Diagnostic])
        case unchanged
    }

    /// Everything needed to answer a request, swapped whole after each good rebuild.
    struct Built: Sendable {
        let snapshot: ContentSnapshot
        let index: SiteIndex
        let theme: Theme
        let renderer: PageRenderer
        let plans: [String: PagePlan]
        let files: [String: String]
        let warnings: [Diagnostic]
    }

    let site: URL
    let options: BuildOptions
    private(set) var built: Built?
    private(set) var errors: [Diagnostic] = []
    /// Rendered pages by route; emptied whenever the site changes.
    private var rendered: [String: Resource] = [:]

    init(site: URL, baseURL: String) {
        self.site = site
        self.options = BuildOptions(site: site, includeDrafts: true, baseURL: baseURL)
    }

    /// Builds everything from the files.
    @discardableResult
    func rebuildAll() -> Outcome {
        switch ContentLoader.snapshot(site: site, baseURLOverride: options.baseURL) {
        case .failure(let list): return fail(list.diagnostics)
        case .success(let snapshot):
            let (theme, themeDiagnostics) = Theme.load(site: site, languages: snapshot.languages)
            guard let theme else { return fail(themeDiagnostics) }
            return finish(snapshot, theme: theme, extra: themeDiagnostics)
        }
    }

    /// Applies a batch of changed paths (relative to the site folder).
    func apply(_ changed: Set<String>) -> Outcome {
        // Files in story folders other than Markdown (an editor's temporary file) change nothing.
        let relevant = changed.filter { path in
            guard path.hasPrefix("content/") || path.hasPrefix("site-templates/") else { return false }
            let inStories = path.hasPrefix("content/stories/") || path.hasPrefix("content/pages/")
            return !inStories || path.hasSuffix(".md") || path.hasSuffix("/")
        }
        guard !relevant.isEmpty else { return .unchanged }
        let markdown = relevant.filter { ($0.hasPrefix("content/stories/") || $0.hasPrefix("content/pages/")) && $0.hasSuffix(".md") }
        if let built, markdown.count == relevant.count {
            return finish(ContentLoader.reparse(built.snapshot, files: Array(markdown).sorted()), theme: built.theme, extra: [])
        }
        let stylesOnly = relevant.allSatisfy { $0.hasPrefix("site-templates/static/") && $0.hasSuffix(".css") }
        if let built, stylesOnly {
            let (theme, diagnostics) = Theme.load(site: site, languages: built.snapshot.languages)
            guard let theme else { return fail(diagnostics) }
            let outcome = finish(built.snapshot, theme: theme, extra: diagnostics)
            return outcome == .reload ? .stylesheet : outcome
        }
        return rebuildAll()
    }

    private func finish(_ snapshot: ContentSnapshot, theme: Theme, extra: [Diagnostic]) -> Outcome {
        let (content, contentDiagnostics) = ContentLoader.assemble(snapshot)
        let (index, indexDiagnostics) = SiteBuilder.index(content, theme: theme, options: options, previous: built?.index)
        let diagnostics = (extra + contentDiagnostics + indexDiagnostics).sorted()
        if diagnostics.hasErrors { return fail(diagnostics) }
        let plans = Planner.plan(index)
        let files = Dictionary(SiteBuilder.siteFiles(index, theme: theme, plans: plans), uniquingKeysWith: { a, _ in a })
        built = Built(
            snapshot: snapshot, index: index, theme: theme, renderer: PageRenderer(index: index, theme: theme),
            plans: Dictionary(plans.map { ($0.route, $0) }, uniquingKeysWith: { a, _ in a }), files: files,
            warnings: diagnostics)
        rendered = [:]
        errors = []
        return .reload
    }

    private func fail(_ diagnostics: [Diagnostic]) -> Outcome {
        errors = diagnostics.filter { $0.severity == .error }
        return .failed(errors)
    }

    // MARK: Answering requests

    /// What lives at a site path (no leading slash, percent-decoded, already checked safe).
    func resource(at path: String) -> Lookup {
        guard let built else { return .missing }
        if let cached = rendered[path] { return .found(cached) }
        let route = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        if let plan = built.plans[route] {
            let page = Resource(bytes: Array(built.renderer.render(plan).utf8), type: MediaType.of("index.html"))
            rendered[path] = page
            return .found(page)
        }
        if let text = built.files[path] {
            return .found(Resource(bytes: Array(text.utf8), type: MediaType.of(path)))
        }
        if let data = built.theme.staticFiles[path] {
            return .found(Resource(bytes: Array(data), type: MediaType.of(path)))
        }
        if path.hasPrefix("media/"), let bytes = MediaFiles.read(path, content: site.appending(path: "content")) {
            return .found(Resource(bytes: bytes, type: MediaType.of(path)))
        }
        if !path.isEmpty, !path.hasSuffix("/"), built.plans[path + "/"] != nil { return .redirect("/" + path + "/") }
        return .missing
    }

    /// The 404 page in the language of the path (`/en/…` → English).
    func notFoundPage(for path: String) -> Resource? {
        guard let built else { return nil }
        let language = built.snapshot.storyLanguages.first { path.hasPrefix($0 + "/") } ?? ""
        let route = language.isEmpty ? "404.html" : language + "/404.html"
        guard let plan = built.plans[route] else { return nil }
        return Resource(bytes: Array(built.renderer.render(plan).utf8), type: MediaType.of("404.html"))
    }

    enum Lookup: Sendable {
        case found(Resource)
        case redirect(String)
        case missing
    }
}

/// Bytes to send, with their media type and entity tag.
struct Resource: Sendable {
    let bytes: [UInt8]
    let type: String
    let etag: String

    init(bytes: [UInt8], type: String) {
        self.bytes = bytes
        self.type = type
        // FNV-1a: a stable fingerprint of the content, so an unchanged page answers 304.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        etag = "\"" + String(hash, radix: 16) + "\""
    }
}

extension ContentSnapshot {
    /// The site's languages other than the default, which live under `/<code>/`.
    var storyLanguages: [String] { Array(languages.dropFirst()) }
}
