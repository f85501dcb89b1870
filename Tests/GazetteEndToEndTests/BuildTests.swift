import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteCore
import GazetteRender
import GazetteTestSupport
import Testing

@Suite struct BuildTests {
    @Test func aGeneratedSiteHasEveryPageAndNoBrokenLink() throws {
        let site = try TestSite(minimal: false)
        try SiteGenerator.generate(into: site.root, stories: 120)
        let report = SiteBuilder.build(BuildOptions(site: site.root))
        #expect(report.succeeded, "\(report.diagnostics.prefix(3).map(\.message.en))")
        let built = BuiltSite(site.output)
        // 120 stories at 20 a page: 6 pages in Chinese; 40 translated: 2 pages in English.
        #expect(built.exists("stories/page/6/index.html") && !built.exists("stories/page/7/index.html"))
        #expect(built.exists("en/stories/page/2/index.html") && !built.exists("en/stories/page/3/index.html"))
        #expect(built.exists("villages/v23/index.html") && built.exists("en/villages/v23/index.html"))
        #expect(built.files.filter { $0.hasPrefix("stories/") && $0.hasSuffix("/index.html") && !$0.contains("page/") }.count == 121)
        #expect(built.brokenLinks().isEmpty, "\(built.brokenLinks().prefix(5))")
        // An English page links the English version of a story where there is one, else the Chinese.
        #expect(built.text("en/stories/s3/index.html").contains("href=\"/en/stories/s0/\""))
        #expect(built.text("en/stories/s3/index.html").contains("href=\"/stories/s2/\""))
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TestSite(minimal: false)
        try SiteGenerator.generate(into: site.root, stories: 60)
        let first = site.root.appending(path: "out-1"), second = site.root.appending(path: "out-2")
        #expect(SiteBuilder.build(BuildOptions(site: site.root, output: first)).succeeded)
        #expect(SiteBuilder.build(BuildOptions(site: site.root, output: second)).succeeded)
        let a = BuiltSite(first).snapshot(), b = BuiltSite(second).snapshot()
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.filter { a[$0] != b[$0] }.isEmpty)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news")]),
        ])
        #expect(SiteBuilder.build(BuildOptions(site: site.root)).succeeded)
        let before = BuiltSite(site.output).snapshot()

        try site.write("content/stories/b.md", TestSite.story([("title", "乙"), ("date", "2019-13-01"), ("kind", "news")], body: "见[丙](c.md)。"))
        let report = SiteBuilder.build(BuildOptions(site: site.root))
        #expect(!report.succeeded)
        #expect(Set(report.diagnostics.map(\.rule)) == ["front-matter/date"])
        #expect(BuiltSite(site.output).snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".tmp-") || $0.contains(".old-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aLinkToAMissingStoryStopsTheBuildWithItsPlace() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news")], body: "第一行。\n\n见[丙](c.md)。"),
        ])
        let report = SiteBuilder.build(BuildOptions(site: site.root))
        #expect(!report.succeeded)
        let error = try #require(report.diagnostics.first)
        #expect("\(error.file):\(error.line):\(error.column) \(error.rule)" == "content/stories/a.md:9:6 link/missing")
        #expect(!site.exists("public"))
    }

    @Test func aSuccessfulBuildReplacesTheOutputWhole() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news")]),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2019-01-02"), ("kind", "news")]),
        ])
        #expect(SiteBuilder.build(BuildOptions(site: site.root)).succeeded)
        try FileManager.default.removeItem(at: site.root.appending(path: "content/stories/b.md"))
        try site.write("content/stories/a.md", TestSite.story([("title", "甲改"), ("date", "2019-01-01"), ("kind", "news")]))
        #expect(SiteBuilder.build(BuildOptions(site: site.root)).succeeded)
        let built = BuiltSite(site.output)
        #expect(!built.exists("stories/b/index.html"))
        #expect(built.text("stories/a/index.html").contains("<h1>甲改</h1>"))
    }

    @Test func hostileTextIsInertEverywhere() throws {
        let hostile = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>]]>"
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([
                ("title", "\"\(hostile)\""), ("date", "2019-01-01"), ("kind", "news"), ("author", "\"\(hostile)\""),
                ("source", "\"\(hostile)\""), ("summary", "\"\(hostile)\""), ("village", "dajiang"),
            ], body: "正文 <script>alert(3)</script> 与 [链接](javascript:alert(4))。"),
            "content/stories/a.en.md": TestSite.story([("title", "\"\(hostile)\"")]),
        ])
        let report = SiteBuilder.build(BuildOptions(site: site.root))
        #expect(report.succeeded, "\(report.diagnostics)")
        let built = BuiltSite(site.output)
        for file in built.files where !file.hasSuffix(".css") && !file.hasSuffix(".js") {
            let text = built.text(file)
            #expect(!text.contains("<script>alert"), "\(file)")
            #expect(!text.contains("<img src=x"), "\(file)")
            #expect(!text.contains("javascript:"), "\(file)")
        }
        #expect(built.text("stories/a/index.html").contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;"))
        for path in ["feed.xml", "en/feed.xml", "sitemap.xml"] {
            #expect(XMLParser(data: built.data(path)).parse(), "\(path)")
        }
    }

    @Test func figureBlocksWithUnknownVillagesOrMissingDataStopTheBuildAtTheirLines() throws {
        let body = "正文。\n\n```chart\nvillage: dajaing\nmetric: poverty_rate\n```\n\n```figure\nvillage: xinmin\nmetric: poverty_rate\n```\n"
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news")], body: body),
        ])
        let report = SiteBuilder.build(BuildOptions(site: site.root))
        #expect(!report.succeeded)
        #expect(report.diagnostics.map { "\($0.file):\($0.line) \($0.rule)" } == [
            "content/stories/a.md:10 figures/unknown-village", "content/stories/a.md:16 figures/no-data",
        ])
    }

    @Test func figureWarningsArePrintedButDoNotStopTheBuild() throws {
        let site = try TestSite()
        try site.write("content/villages/dajiang.yaml", "name: 大江村\npopulation: 500\nmetrics:\n  - {year: 2014, poor_population: 258, poverty_rate: 45.4}\n")
        let report = SiteBuilder.build(BuildOptions(site: site.root, currentYear: 2024))
        #expect(report.succeeded)
        #expect(report.diagnostics.map { "\($0.line) \($0.rule) \($0.severity)" } == ["4 figures/rate-mismatch warning"])
    }

    @Test func theOutputCannotBeTheSiteOrItsContent() throws {
        let site = try TestSite()
        for output in [site.root, site.root.appending(path: "content"), site.root.appending(path: "content/x"), URL(fileURLWithPath: "/")] {
            let report = SiteBuilder.build(BuildOptions(site: site.root, output: output))
            #expect(report.diagnostics.map(\.rule) == ["output/refused"], "\(output.path)")
        }
        #expect(site.exists("content/site.yaml"))
    }

    @Test func aBaseURLWithAPathPrefixesEveryLink() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news")], body: "见[乙](b.md)。"),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2019-01-02"), ("kind", "news")]),
        ])
        let report = SiteBuilder.build(BuildOptions(site: site.root, baseURL: "https://www.example.gov.cn/fupin/"))
        #expect(report.succeeded)
        let html = BuiltSite(site.output).text("stories/a/index.html")
        #expect(html.contains("href=\"/fupin/stories/b/\""))
        #expect(html.contains("href=\"/fupin/css/gazette.css\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://www.example.gov.cn/fupin/stories/a/\">"))
    }
}
