import Testing
@testable import GazetteCore

/// Resolves `*.md` links to `/stories/<name>/` and `../media/*` to `/media/*`; anything
/// named `missing…` is missing.
private struct FakeLinks: LinkResolver {
    func resolve(_ destination: String, from file: String, language: String) -> LinkTarget {
        if destination.hasPrefix("http") || destination.hasPrefix("#") { return .url(destination) }
        if destination.hasPrefix("javascript:") { return .dropped }
        if destination.contains("missing") { return .missing(Message(zh: "不存在", en: "does not exist")) }
        if destination.hasSuffix(".md") { return .url("/stories/\(destination.dropLast(3))/") }
        return .url("/media/" + destination.split(separator: "/").last!)
    }
}

@Suite struct MarkdownRendererTests {
    func render(_ body: String, firstLine: Int = 1) -> RenderedMarkdown {
        let source = SourceText(file: "content/stories/a.md", text: String(repeating: "\n", count: firstLine - 1) + body)
        return MarkdownRenderer(resolver: FakeLinks()).render(body, source: source, firstLine: firstLine, language: "zh")
    }

    @Test func softBreaksBetweenChineseCharactersDisappear() {
        let html = render("大江村有\n一百五十六户。\nThe village\nhas roads.").html
        #expect(html.contains("大江村有一百五十六户。The village\nhas roads."))
    }

    @Test func headingsGetOutlineIdsAndATableOfContents() {
        let result = render("## 一、主要做法\n\n### （一）产业\n\n### （二）教育\n\n## 二、成效\n\n## Results\n")
        #expect(result.headings.map(\.id) == ["s1", "s1-1", "s1-2", "s2", "results"])
        #expect(result.headings.map(\.level) == [2, 3, 3, 2, 2])
        #expect(result.html.contains("<h2 id=\"s1\">一、主要做法</h2>"))
        #expect(result.html.contains("<h3 id=\"s1-2\">（二）教育</h3>"))
    }

    @Test func repeatedHeadingIdsAreMadeUnique() {
        let result = render("## Results\n\n## Results\n")
        #expect(result.headings.map(\.id) == ["results", "results-2"])
    }

    @Test func aLoneImageBecomesAFigureWithCaption() {
        let html = render("![茶园](../media/tea.jpg \"新民村茶园\")\n").html
        #expect(html.contains("<figure><img src=\"/media/tea.jpg\" alt=\"茶园\" loading=\"lazy\" decoding=\"async\"><figcaption>新民村茶园</figcaption></figure>"))
    }

    @Test func anImageWithoutAltTextIsReported() {
        let result = render("正文\n\n![](../media/tea.jpg)\n")
        #expect(result.diagnostics.map(\.rule) == ["markdown/image-alt"])
        #expect(result.diagnostics.first?.line == 3)
    }

    @Test func linksToStoriesResolveAndMissingOnesAreReportedWithTheirPlace() throws {
        let result = render("第一段。\n\n另见[茶园](tea.md)和[旧文](missing.md)。\n", firstLine: 6)
        #expect(result.html.contains("<a href=\"/stories/tea/\">茶园</a>"))
        #expect(result.html.contains("和旧文。"))
        let error = try #require(result.diagnostics.first)
        #expect(error.rule == "link/missing")
        #expect(error.line == 8)
        #expect(error.column == 21)  // the destination, counted in characters as editors count
        #expect(error.sourceLine == "另见[茶园](tea.md)和[旧文](missing.md)。")
    }

    @Test func rawHTMLNeverReachesThePage() {
        let result = render("<div style=\"display:none\"><a href=\"http://spam.example\">彩票</a></div>\n\n文字<span>内联</span>。\n")
        #expect(!result.html.contains("<div"))
        #expect(!result.html.contains("<span"))
        #expect(!result.html.contains("spam.example"))
        #expect(result.diagnostics.allSatisfy { $0.rule == "markdown/raw-html" && $0.severity == .warning })
        #expect(result.diagnostics.count == 3)
    }

    @Test func javascriptLinksAreDropped() {
        let html = render("[点我](javascript:alert(1))").html
        #expect(html == "<p>点我</p>\n")
    }

    @Test func textIsEscaped() {
        let html = render("a < b & \"c\"").html
        #expect(html == "<p>a &lt; b &amp; &quot;c&quot;</p>\n")
    }

    @Test func tableBlocksBecomeTables() {
        let html = render("```table 三村数据\n村,户数\n大江村,156\n```\n").html
        #expect(html.contains("<caption>三村数据</caption>"))
        #expect(html.contains("<th scope=\"row\">大江村</th><td class=\"num\">156</td>"))
    }

    @Test func tightListsHaveNoParagraphs() {
        #expect(render("1. 一\n2. 二\n").html == "<ol>\n<li>一</li>\n<li>二</li>\n</ol>\n")
    }

    @Test func plainTextAndFirstParagraphFeedSummaries() {
        let result = render("## 标题\n\n第一段\n接着写。\n\n第二段。\n")
        #expect(result.firstParagraph == "第一段接着写。")
        #expect(result.plainText == "标题\n第一段接着写。\n第二段。")
    }

    @Test func deeplyNestedInputDoesNotExhaustTheStack() {
        let nested = String(repeating: "> ", count: 5000) + "深\n"
        let lists = (0..<3000).map { String(repeating: "  ", count: $0) + "- 项" }.joined(separator: "\n")
        #expect(render(nested).html.contains("深"))
        #expect(render(lists).html.contains("项"))
    }
}
