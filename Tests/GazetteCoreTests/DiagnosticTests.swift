import Foundation
import Testing
@testable import GazetteCore

@Suite struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic(
        file: "content/stories/a.md", line: 3, column: 7, severity: .error, rule: "front-matter/date",
        message: Message(zh: "日期格式不对", en: "date is malformed"), sourceLine: "date: 五月")

    @Test func textLooksLikeACompilerWithACaretUnderTheColumn() {
        let text = DiagnosticFormatter(format: .text, language: "en").render([diagnostic])
        #expect(text.hasPrefix("content/stories/a.md:3:7: error: date is malformed [front-matter/date]\n"))
        #expect(text.contains("    date: 五月\n"))
        #expect(text.contains("\n          ^\n"))
    }

    @Test func chineseMessagesForChineseUsers() {
        let text = DiagnosticFormatter(format: .text, language: "zh").render([diagnostic])
        #expect(text.hasPrefix("content/stories/a.md:3:7: 错误: 日期格式不对"))
    }

    @Test func jsonHasTheSpecFields() throws {
        let json = DiagnosticFormatter(format: .json, language: "en").render([diagnostic])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let row = try #require(parsed?.first)
        #expect(row["file"] as? String == "content/stories/a.md")
        #expect(row["line"] as? Int == 3)
        #expect(row["column"] as? Int == 7)
        #expect(row["severity"] as? String == "error")
        #expect(row["rule"] as? String == "front-matter/date")
        #expect(row["message"] as? String == "date is malformed")
    }

    @Test func githubAnnotations() {
        let text = DiagnosticFormatter(format: .github, language: "en").render([diagnostic])
        #expect(text == "::error file=content/stories/a.md,line=3,col=7,title=front-matter/date::date is malformed\n")
    }

    @Test func jsonStringsCannotCloseAScriptElement() {
        #expect(JSONText.quote("</script>\"\n") == "\"\\u003c/script\\u003e\\\"\\n\"")
    }
}

@Suite struct YAMLParserTests {
    @Test func fullWidthColonGetsAHintAtItsLine() throws {
        let source = SourceText(file: "content/site.yaml", text: "title: 示例\nbase_url：https://x.gov.cn/\nlanguages: [zh, en]\n")
        let (_, diagnostics) = YAMLParser.parse(source.text, source: source)
        let error = try #require(diagnostics.first)
        #expect(error.rule == "yaml/syntax")
        #expect(error.line == 2)
        #expect(error.column == 9)
        #expect(error.message.zh.contains("全角冒号"))
    }

    @Test func positionsAreOneBasedAndOffsetForFrontMatter() throws {
        let source = SourceText(file: "a.md", text: "---\ntitle: 标题\ndate: 2019-01-01\n---\n")
        let (value, _) = YAMLParser.parse("title: 标题\ndate: 2019-01-01", source: source, lineOffset: 1)
        let date = try #require(value?["date"])
        #expect(date.position.line == 3)
        #expect(date.position.column == 7)
    }
}

@Suite struct HTMLTextTests {
    @Test func markupIsEscapedAndControlsDropped() {
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLText.escape("行\u{0}一\u{1B}\u{85}\u{FFFF}二\t\n") == "行一二\t\n")
        #expect(HTMLText.escape("（一）产业：¥100·") == "（一）产业：¥100·")
    }
}
