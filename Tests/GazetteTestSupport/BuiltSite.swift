import Foundation

/// A built output folder, read back for assertions: its files, the links and ids in its
/// HTML, and its `hreflang` alternates.
public struct BuiltSite {
    public let root: URL
    /// Every file, relative to `root`.
    public let files: [String]

    public init(_ root: URL) {
        self.root = root.standardizedFileURL
        let base = self.root.path
        var found: [String] = []
        if let walker = FileManager.default.enumerator(at: self.root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
            }
        }
        files = found.sorted()
    }

    public var htmlFiles: [String] { files.filter { $0.hasSuffix(".html") } }

    public func text(_ path: String) -> String {
        (try? String(contentsOf: root.appending(path: path), encoding: .utf8)) ?? ""
    }

    public func data(_ path: String) -> Data {
        (try? Data(contentsOf: root.appending(path: path))) ?? Data()
    }

    public func exists(_ path: String) -> Bool { files.contains(path) }

    /// Values of an attribute in a page: `attribute(href)` → every `href="…"`, unescaped.
    public static func values(of attribute: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\s\(attribute)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map {
            String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The file a site-root URL path is served from: `/a/` → `a/index.html`.
    public func file(forPath path: String) -> String {
        var clean = String(path.prefix { $0 != "#" && $0 != "?" })
        clean = clean.removingPercentEncoding ?? clean
        if clean.hasPrefix("/") { clean.removeFirst() }
        return clean.isEmpty || clean.hasSuffix("/") ? clean + "index.html" : clean
    }

    /// Internal links and sources that do not lead to a file, or to an id on it, as
    /// "page → target" lines.
    public func brokenLinks() -> [String] {
        var broken: [String] = []
        for page in htmlFiles {
            let html = text(page)
            for target in Self.values(of: "href", in: html) + Self.values(of: "src", in: html) {
                if target.hasPrefix("http") || target.hasPrefix("mailto:") || target.hasPrefix("tel:") { continue }
                if target.hasPrefix("#") {
                    if target.count > 1, !html.contains("id=\"\(target.dropFirst())\"") { broken.append("\(page) → \(target)") }
                    continue
                }
                let file = file(forPath: target)
                guard exists(file) else {
                    broken.append("\(page) → \(target)")
                    continue
                }
                if let hash = target.firstIndex(of: "#") {
                    let id = target[target.index(after: hash)...]
                    if !id.isEmpty, !text(file).contains("id=\"\(id)\"") { broken.append("\(page) → \(target)") }
                }
            }
        }
        return broken
    }

    /// `hreflang` → absolute URL of each `<link rel="alternate" hreflang>` in a page.
    public func alternates(_ page: String) -> [String: String] {
        let pattern = try! NSRegularExpression(pattern: "<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")
        let html = text(page)
        var result: [String: String] = [:]
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            result[String(html[Range(match.range(at: 1), in: html)!])] = String(html[Range(match.range(at: 2), in: html)!])
        }
        return result
    }

    /// A content fingerprint of every file, to compare two builds or a build before and after.
    public func snapshot() -> [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, data($0)) })
    }
}

/// The `gazette` executable built beside the tests, run as a user would.
public enum GazetteCommand {
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var executable: URL {
        repositoryRoot.appending(path: ".build/debug/gazette")
    }

    public struct Outcome {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["GAZETTE_LANG"] = "en"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }
}
