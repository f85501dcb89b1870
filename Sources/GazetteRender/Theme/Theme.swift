import Foundation
import GazetteCore
import Mustache

/// The look of a site: Mustache templates, interface strings and static files.
/// The built-in theme (the example site's `site-templates/`, compiled in) is the base;
/// any file of the site's own `site-templates/` replaces the built-in file of that path.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let strings: InterfaceStrings
    /// Files copied as they are into the output, by output path (`css/gazette.css`).
    public let staticFiles: [String: Data]

    /// The built-in theme's files by path relative to `site-templates/`.
    public static let builtIn: [String: Data] = {
        var files: [String: Data] = [:]
        for (path, base64) in EmbeddedTheme.base64Files {
            files[path] = Data(base64Encoded: base64)
        }
        return files
    }()

    public static func load(site: URL, languages: [String]) -> (Theme?, [Diagnostic]) {
        var files = builtIn
        let folder = site.appending(path: "site-templates")
        for path in ThemeFiles.list(folder) {
            files[path] = try? Data(contentsOf: folder.appending(path: path))
        }
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        GazetteHTML.register
        for (path, data) in files where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(string: String(decoding: data, as: UTF8.self))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    file: "site-templates/" + path, line: error.context.lineNumber, column: error.context.columnNumber,
                    rule: "template/syntax",
                    message: Message(zh: "模板语法错误：\(error.error)", en: "template syntax error: \(error.error)"),
                    sourceLine: error.context.line))
            } catch {
                diagnostics.append(Diagnostic(
                    file: "site-templates/" + path, rule: "template/syntax",
                    message: Message(zh: "模板语法错误：\(error)", en: "template syntax error: \(error)")))
            }
        }
        let (strings, stringDiagnostics) = InterfaceStrings.load(files: files, languages: languages)
        diagnostics += stringDiagnostics
        let staticFiles = Dictionary(uniqueKeysWithValues: files.compactMap { path, data in
            path.hasPrefix("static/") ? (String(path.dropFirst("static/".count)), data) : nil
        })
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(library: MustacheLibrary(templates: templates), strings: strings, staticFiles: staticFiles), diagnostics)
    }

    /// Renders a template; a missing template is a theme bug, reported by name.
    public func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? "<!-- template \(template) is missing -->"
    }
}

enum ThemeFiles {
    static func list(_ folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(base.count + 1))
        }.sorted()
    }
}
