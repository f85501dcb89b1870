import CCmark
import Foundation

/// Renders a Markdown body to HTML through cmark's AST, applying Gazette's passes on the
/// way: CJK soft breaks, heading ids and outline, figures, link resolution, CSV tables,
/// raw HTML dropped. It walks with cmark's iterator, never recursion, so a list nested
/// thousands deep cannot exhaust the stack.
public struct MarkdownRenderer: Sendable {
    public let resolver: any LinkResolver
    public let blocks: (any FencedBlockRenderer)?

    public init(resolver: any LinkResolver, blocks: (any FencedBlockRenderer)? = nil) {
        self.resolver = resolver
        self.blocks = blocks
    }

    /// - Parameters:
    ///   - source: the whole file, for quoting lines in diagnostics.
    ///   - firstLine: the file line on which `body` starts.
    public func render(_ body: String, source: SourceText, firstLine: Int, language: String) -> RenderedMarkdown {
        guard let document = body.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else {
            return RenderedMarkdown(html: "", headings: [], plainText: "", firstParagraph: "", images: [], diagnostics: [])
        }
        defer { cmark_node_free(document) }
        var writer = HTMLWriter(
            resolver: resolver, blocks: blocks, source: source, lineOffset: firstLine - 1, language: language)
        writer.write(document)
        return writer.result()
    }
}

private func strlen(_ pointer: UnsafePointer<CChar>) -> Int {
    var length = 0
    while pointer[length] != 0 { length += 1 }
    return length
}

/// The state of one rendering: output so far and what was learnt about the document.
struct HTMLWriter {
    let resolver: any LinkResolver
    let blocks: (any FencedBlockRenderer)?
    let source: SourceText
    let lineOffset: Int
    let language: String

    private var out = ""
    private var plain = ""
    private var firstParagraph: String?
    private var headings: [HeadingEntry] = []
    private var images: [String] = []
    private var diagnostics: [Diagnostic] = []
    private var usedIds: Set<String> = []
    private var outline = Array(repeating: 0, count: 8)
    /// File line of the innermost block being written, for locating inline problems.
    private var blockLine = 1
    /// For each open link: whether an `<a>` was written (a missing target writes none).
    private var openLinks: [Bool] = []
    private var inFigure = false

    init(resolver: any LinkResolver, blocks: (any FencedBlockRenderer)?, source: SourceText, lineOffset: Int, language: String) {
        self.resolver = resolver
        self.blocks = blocks
        self.source = source
        self.lineOffset = lineOffset
        self.language = language
        out.reserveCapacity(source.text.utf8.count + source.text.utf8.count / 4)
    }

    func result() -> RenderedMarkdown {
        RenderedMarkdown(
            html: out, headings: headings, plainText: plain, firstParagraph: firstParagraph ?? "",
            images: images, diagnostics: diagnostics)
    }

    mutating func write(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            if entering, cmark_node_get_start_line(node) > 0 {
                blockLine = Int(cmark_node_get_start_line(node)) + lineOffset
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_BLOCK_QUOTE: out += entering ? "<blockquote>\n" : "</blockquote>\n"
            case CMARK_NODE_LIST: list(node, entering: entering)
            case CMARK_NODE_ITEM: out += entering ? "<li>" : "</li>\n"
            case CMARK_NODE_CODE_BLOCK: codeBlock(node)
            case CMARK_NODE_HTML_BLOCK: rawHTML(node)
            case CMARK_NODE_PARAGRAPH: paragraph(node, entering: entering)
            case CMARK_NODE_HEADING: heading(node, entering: entering)
            case CMARK_NODE_THEMATIC_BREAK: out += "<hr>\n"
            case CMARK_NODE_TEXT: HTMLText.append(literal(node), to: &out)
            case CMARK_NODE_SOFTBREAK: out += softBreak(node)
            case CMARK_NODE_LINEBREAK: out += "<br>\n"
            case CMARK_NODE_CODE: out += "<code>" + HTMLText.escape(literal(node)) + "</code>"
            case CMARK_NODE_HTML_INLINE: rawHTML(node)
            case CMARK_NODE_EMPH: out += entering ? "<em>" : "</em>"
            case CMARK_NODE_STRONG: out += entering ? "<strong>" : "</strong>"
            case CMARK_NODE_LINK: link(node, entering: entering)
            case CMARK_NODE_IMAGE:
                image(node)
                // The image's children are its alt text, already used: skip them.
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            default: break
            }
        }
    }

    // MARK: Blocks

    private mutating func list(_ node: OpaquePointer, entering: Bool) {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        if !entering {
            out += ordered ? "</ol>\n" : "</ul>\n"
            return
        }
        let start = cmark_node_get_list_start(node)
        out += ordered ? (start > 1 ? "<ol start=\"\(start)\">\n" : "<ol>\n") : "<ul>\n"
    }

    private mutating func paragraph(_ node: OpaquePointer, entering: Bool) {
        if isTightListParagraph(node) {
            if entering { appendPlain(node) }
            return
        }
        if entering {
            if containsOnlyAnImage(node) {
                inFigure = true
                out += "<figure>"
                return
            }
            appendPlain(node)
            out += "<p>"
        } else {
            out += inFigure ? "</figure>\n" : "</p>\n"
            inFigure = false
        }
    }

    private mutating func appendPlain(_ node: OpaquePointer) {
        let text = Self.plainText(of: node)
        guard !text.isEmpty else { return }
        if firstParagraph == nil, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { firstParagraph = text }
        plain += plain.isEmpty ? text : "\n" + text
    }

    private func isTightListParagraph(_ node: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(node), cmark_node_get_type(item) == CMARK_NODE_ITEM,
            let list = cmark_node_parent(item)
        else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    /// A paragraph that holds one image and nothing else becomes a `<figure>`.
    private func containsOnlyAnImage(_ paragraph: OpaquePointer) -> Bool {
        var image: OpaquePointer?
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE where image == nil: image = node
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: break
            case CMARK_NODE_TEXT where literal(node).allSatisfy(\.isWhitespace): break
            default: return false
            }
            child = cmark_node_next(node)
        }
        return image != nil
    }

    private mutating func heading(_ node: OpaquePointer, entering: Bool) {
        // The story title is the page's only h1: a `#` in the body becomes h2 like `##`.
        let level = max(2, Int(cmark_node_get_heading_level(node)))
        guard entering else {
            out += "</h\(level)>\n"
            return
        }
        let text = Self.plainText(of: node)
        let id = headingID(text, level: level)
        headings.append(HeadingEntry(level: level, text: text, id: id, line: blockLine))
        plain += plain.isEmpty ? text : "\n" + text
        out += "<h\(level) id=\"\(id)\">"
    }

    /// Ids that survive a rebuild: Latin headings by their words, Chinese headings by
    /// their place in the outline (`s1-2` for the second sub-heading of the first section),
    /// which is how readers cite sections of official documents anyway.
    private mutating func headingID(_ text: String, level: Int) -> String {
        outline[level] += 1
        for deeper in (level + 1)..<outline.count { outline[deeper] = 0 }
        var base: String
        if CJK.containsHan(text) {
            base = "s" + outline[2...level].map { String(max($0, 1)) }.joined(separator: "-")
        } else {
            base = Romanizer.slug(text)
            if base.isEmpty || base.first!.isNumber { base = "s-" + base }
        }
        var id = base
        var suffix = 2
        while usedIds.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIds.insert(id)
        return id
    }

    private mutating func codeBlock(_ node: OpaquePointer) {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let words = info.split(separator: " ", maxSplits: 1).map(String.init)
        let code = literal(node)
        if let kind = words.first, let blocks,
            let drawn = blocks.render(kind: kind, body: code, source: source, bodyLine: blockLine + 1, language: language) {
            out += drawn.html
            diagnostics += drawn.diagnostics
            return
        }
        if words.first == "table" {
            let caption = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
            out += CSVTable.html(csv: code, caption: caption)
            return
        }
        let languageClass = words.first.map { " class=\"language-\(HTMLText.escape($0))\"" } ?? ""
        out += "<pre><code\(languageClass)>" + HTMLText.escape(code) + "</code></pre>\n"
    }

    /// Raw HTML never reaches the page: it is how hidden spam links get in.
    private mutating func rawHTML(_ node: OpaquePointer) {
        let html = literal(node).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !html.isEmpty else { return }
        let firstLine = String(html.split(separator: "\n").first ?? "")
        diagnostics.append(.warning(
            "markdown/raw-html", source.location(of: firstLine, from: blockLine),
            zh: "已删除原始 HTML：\(firstLine.prefix(60))（Markdown 中不允许 HTML）",
            en: "raw HTML removed: \(firstLine.prefix(60)) (HTML is not allowed in Markdown)"))
    }

    // MARK: Inlines

    private func softBreak(_ node: OpaquePointer) -> String {
        // Chinese has no spaces between words: a line break inside a sentence must not become one.
        let before = cmark_node_previous(node).flatMap { Self.edgeCharacter(of: $0, last: true) }
        let after = cmark_node_next(node).flatMap { Self.edgeCharacter(of: $0, last: false) }
        if let before, let after, CJK.joinsWithoutSpace(before, after) { return "" }
        return "\n"
    }

    private mutating func link(_ node: OpaquePointer, entering: Bool) {
        guard entering else {
            if openLinks.popLast() == true { out += "</a>" }
            return
        }
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        switch resolve(destination) {
        case .url(let url):
            var tag = "<a href=\"\(HTMLText.escape(url))\""
            if let title = cmark_node_get_title(node).map({ String(cString: $0) }), !title.isEmpty {
                tag += " title=\"\(HTMLText.escape(title))\""
            }
            out += tag + ">"
            openLinks.append(true)
        case .dropped, .missing:
            openLinks.append(false)
        }
    }

    private mutating func image(_ node: OpaquePointer) {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let alt = Self.plainText(of: node)
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        guard case .url(let url) = resolve(destination) else { return }
        images.append(url)
        if alt.isEmpty {
            diagnostics.append(.warning(
                "markdown/image-alt", source.location(of: destination, from: blockLine),
                zh: "图片缺少替代文字：写成 ![图片说明](\(destination))", en: "image has no alt text: write ![what it shows](\(destination))"))
        }
        let altText = alt.isEmpty ? title : alt
        let img = "<img src=\"\(HTMLText.escape(url))\" alt=\"\(HTMLText.escape(altText))\" loading=\"lazy\" decoding=\"async\">"
        if inFigure {
            let caption = title.isEmpty ? alt : title
            out += img + (caption.isEmpty ? "" : "<figcaption>\(HTMLText.escape(caption))</figcaption>")
        } else {
            out += img
        }
    }

    private mutating func resolve(_ destination: String) -> LinkTarget {
        let target = resolver.resolve(destination, from: source.file, language: language)
        if case .missing(let message) = target {
            let location = source.location(of: destination, from: blockLine)
            diagnostics.append(.error("link/missing", location, zh: message.zh, en: message.en))
        }
        return target
    }

    // MARK: Tree helpers

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The first or last character of a node's text, descending into emphasis and links.
    static func edgeCharacter(of node: OpaquePointer, last: Bool) -> Character? {
        var current: OpaquePointer? = node
        while let node = current {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                return last ? text.last : text.first
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                return " "
            default:
                current = last ? cmark_node_last_child(node) : cmark_node_first_child(node)
            }
        }
        return nil
    }

    /// The text of a node's inlines, soft breaks joined the CJK way.
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                let next = cmark_node_next(child).flatMap { edgeCharacter(of: $0, last: false) }
                if let last = text.last, let next, CJK.joinsWithoutSpace(last, next) { continue }
                text += " "
            default: break
            }
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
