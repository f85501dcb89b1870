import Foundation
import GazetteCore
import GazetteTestSupport
import Testing
@testable import GazetteRender

@Suite struct PlannerTests {
    /// The index of a test site; the files are needed only while loading.
    func index(_ files: [String: String]) throws -> SiteIndex {
        let site = try TestSite(files: files)
        let (content, diagnostics) = ContentLoader.load(site: site.root)
        #expect(!diagnostics.hasErrors)
        return SiteIndexer.build(try #require(content), includeDrafts: false).0
    }

    @Test func everyLanguageGetsTheListPagesAndOnlyTranslatedStories() throws {
        let index = try index([
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news"), ("village", "dajiang")]),
            "content/stories/a.en.md": TestSite.story([("title", "A")]),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2020-01-01"), ("kind", "case")]),
            "content/stories/c.md": TestSite.story([("title", "丙"), ("date", "2020-02-01"), ("kind", "case"), ("draft", "true")]),
        ])
        let routes = Set(Planner.plan(index).map(\.route))
        for route in ["", "stories/a/", "stories/b/", "stories/", "kinds/case/", "kinds/report/", "villages/", "villages/dajiang/",
                      "topics/", "topics/industry/", "archive/2019/", "archive/2020/", "search/", "404.html"] {
            #expect(routes.contains(route), "\(route)")
            if route != "stories/b/" { #expect(routes.contains("en/" + route), "en/\(route)") }
        }
        #expect(!routes.contains("en/stories/b/"))
        #expect(!routes.contains("stories/c/"))  // a draft
    }

    @Test func listsArePaginatedByThePageSize() throws {
        var files: [String: String] = [:]
        for n in 0..<5 {
            files["content/stories/s\(n).md"] = TestSite.story([("title", "第\(n)篇"), ("date", "2019-01-0\(n + 1)"), ("kind", "news")])
        }
        let index = try index(files)
        let routes = Set(Planner.plan(index).map(\.route))  // page_size is 2
        #expect(routes.isSuperset(of: ["stories/", "stories/page/2/", "stories/page/3/", "kinds/news/page/3/", "archive/2019/page/3/"]))
        #expect(!routes.contains("stories/page/4/"))
        #expect(!routes.contains("en/stories/page/2/"))
    }

    @Test func storiesAreNewestFirstWithRelatedByVillageAndTopic() throws {
        let index = try index([
            "content/stories/old.md": TestSite.story([("title", "旧"), ("date", "2018-01-01"), ("kind", "news"), ("village", "dajiang")]),
            "content/stories/new.md": TestSite.story([("title", "新"), ("date", "2020-01-01"), ("kind", "news"), ("village", "dajiang")]),
            "content/stories/other.md": TestSite.story([("title", "他"), ("date", "2019-01-01"), ("kind", "news"), ("topics", "[education]")]),
        ])
        let stories = try #require(index.stories["zh"])
        #expect(stories.map(\.story.slug) == ["new", "other", "old"])
        #expect(index.related(to: 0, language: "zh").map { stories[$0].story.slug } == ["old"])
    }
}

@Suite struct TableOfContentsTests {
    @Test func headingsNestByLevel() {
        let headings = [
            HeadingEntry(level: 2, text: "一、", id: "s1", line: 1), HeadingEntry(level: 3, text: "（一）", id: "s1-1", line: 2),
            HeadingEntry(level: 4, text: "1.", id: "s1-1-1", line: 3), HeadingEntry(level: 3, text: "（二）", id: "s1-2", line: 4),
            HeadingEntry(level: 2, text: "二、", id: "s2", line: 5),
        ]
        let toc = PageRenderer.tableOfContents(headings)
        #expect(toc.map(\.id) == ["s1", "s2"])
        #expect(toc[0].children.map(\.id) == ["s1-1", "s1-2"])
        #expect(toc[0].children[0].children.map(\.id) == ["s1-1-1"])
    }
}

@Suite struct OutputWriterTests {
    @Test func theNewSiteReplacesTheOldInOneStepAndNothingIsLeftBeside() throws {
        let site = try TestSite(minimal: false)
        let output = site.root.appending(path: "public")
        let writer = OutputWriter(output: output)
        try writer.write(files: [("a/index.html", Array("一".utf8)), ("old.txt", [1])], copies: [])
        try writer.write(files: [("a/index.html", Array("二".utf8))], copies: [])
        #expect(try site.read("public/a/index.html") == "二")
        #expect(!site.exists("public/old.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["public"])
    }
}
