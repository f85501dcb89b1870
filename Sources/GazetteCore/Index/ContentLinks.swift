import Foundation

/// Resolves links written in content files against everything the build will publish:
/// `other.md` becomes the other story's URL, `../media/a.jpg` the media file's.
public struct ContentLinks: LinkResolver {
    private struct Target: Sendable {
        let route: String
        /// Routes of the same story in other languages, so an English page links to the
        /// English version of `other.md` when there is one.
        let translations: [String: String]
    }

    private let routes: Routes
    private let targets: [String: Target]
    /// Content files that exist but are not published (drafts in a normal build).
    private let unpublished: Set<String>
    private let media: Set<String>

    /// - Parameter published: the stories that will have pages in this build.
    public init(content: SiteContent, published: [Story]) {
        let routes = Routes(config: content.config)
        var storyRoutes: [String: [String: String]] = [:]
        for story in published {
            storyRoutes[story.slug, default: [:]][story.language] = routes.story(story.slug, story.language)
        }
        var targets: [String: Target] = [:]
        for story in published {
            targets[story.file] = Target(route: routes.story(story.slug, story.language), translations: storyRoutes[story.slug] ?? [:])
        }
        var pageRoutes: [String: [String: String]] = [:]
        for page in content.pages { pageRoutes[page.slug, default: [:]][page.language] = routes.page(page.slug, page.language) }
        for page in content.pages {
            targets[page.file] = Target(route: routes.page(page.slug, page.language), translations: pageRoutes[page.slug] ?? [:])
        }
        self.routes = routes
        self.targets = targets
        self.unpublished = Set(content.stories.map(\.file)).subtracting(targets.keys)
        self.media = Set(content.media.map { "content/" + $0 })
    }

    public func resolve(_ destination: String, from file: String, language: String) -> LinkTarget {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("?") { return .url(trimmed) }
        if let scheme = URLScheme.of(trimmed) {
            return URLScheme.safe.contains(scheme) ? .url(trimmed) : .dropped
        }
        if trimmed.hasPrefix("//") { return .url("https:" + trimmed) }
        if trimmed.hasPrefix("/") { return .url(routes.url(String(trimmed.dropFirst()))) }

        let (path, suffix) = Self.splitSuffix(trimmed)
        let decoded = path.removingPercentEncoding ?? path
        guard let resolved = Self.join(directory(of: file), decoded) else {
            return .missing(Message(zh: "链接指向站点之外：\(destination)", en: "the link points outside the site: \(destination)"))
        }
        if let target = targets[resolved] {
            return .url(routes.url(target.translations[language] ?? target.route) + suffix)
        }
        if unpublished.contains(resolved) { return .dropped }
        if media.contains(resolved) {
            return .url(routes.url(routes.media(String(resolved.dropFirst("content/".count)))) + suffix)
        }
        if resolved.hasSuffix(".md") {
            return .missing(Message(zh: "链接的文件不存在：\(destination)（找的是 \(resolved)）",
                                    en: "the linked file does not exist: \(destination) (looked for \(resolved))"))
        }
        return .missing(Message(zh: "链接的文件不存在：\(destination)（图片和附件应放在 content/media/ 下）",
                                en: "the linked file does not exist: \(destination) (images and attachments belong in content/media/)"))
    }

    private func directory(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }

    /// `a.md#x` → (`a.md`, `#x`)
    static func splitSuffix(_ destination: String) -> (String, String) {
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (destination, "") }
        return (String(destination[..<index]), String(destination[index...]))
    }

    /// Joins a relative path to a folder, resolving `.` and `..`; `nil` when it climbs out.
    static func join(_ directory: String, _ relative: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}

enum URLScheme {
    static let safe: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    /// The scheme of an absolute URL (`https:` → `https`), lower-cased; `nil` for relative paths.
    static func of(_ destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }
}
