import Foundation
import GazetteTestSupport
import Testing
@testable import GazetteCore

@Suite struct ContentLoaderTests {
    @Test func storiesAndTranslationsAreJoined() throws {
        let site = try TestSite(files: [
            "content/stories/2019/茶园新课堂.md": TestSite.story([
                ("title", "茶园新课堂"), ("date", "2019-05-20"), ("kind", "case"), ("village", "dajiang"), ("topics", "[industry]"),
            ]),
            "content/stories/2019/茶园新课堂.en.md": TestSite.story([("title", "A classroom in the tea garden")], body: "Text."),
        ])
        let (content, diagnostics) = ContentLoader.load(site: site.root)
        #expect(diagnostics.isEmpty)
        let stories = try #require(content?.stories)
        #expect(stories.count == 2)
        let english = try #require(stories.first { $0.language == "en" })
        #expect(english.slug == "cha-yuan-xin-ke-tang")
        #expect(english.kind == .case)
        #expect(english.villages == ["dajiang"])
        #expect(english.date.isoDay == "2019-05-20")
    }

    @Test func everyReferenceAndFieldErrorIsReportedTogetherWithItsPlace() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([
                ("title", "甲"), ("date", "2019-02-30"), ("kind", "case"), ("village", "dajaing"), ("topics", "[industry, farming]"),
            ]),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2019-01-01"), ("kind", "story")]),
            "content/stories/c.md": TestSite.story([("title", "丙"), ("kind", "news")]),
            "content/stories/x/dup.md": TestSite.story([("title", "丁"), ("date", "2019-01-01"), ("kind", "news")]),
            "content/stories/y/dup.md": TestSite.story([("title", "戊"), ("date", "2019-01-01"), ("kind", "news")]),
            "content/stories/orphan.en.md": TestSite.story([("title", "Orphan")]),
        ])
        let (_, diagnostics) = ContentLoader.load(site: site.root)
        let found = Set(diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.rule)" })
        #expect(found == [
            "content/stories/a.md:3:7 front-matter/date",
            "content/stories/a.md:5:10 story/unknown-village",
            "content/stories/a.md:6:20 story/unknown-topic",
            "content/stories/b.md:4:7 front-matter/kind",
            "content/stories/c.md:1:1 front-matter/missing",
            "content/stories/y/dup.md:1:1 story/duplicate-slug",
            "content/stories/orphan.en.md:1:1 story/orphan-translation",
        ])
        let village = try #require(diagnostics.first { $0.rule == "story/unknown-village" })
        #expect(village.message.en.contains("did you mean dajiang?"))
        #expect(village.sourceLine == "village: dajaing")
    }

    @Test func wrongTypesAndUnknownKeysAreExplained() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([
                ("title", "甲"), ("date", "2019-01-01"), ("kind", "case"), ("topics", "{a: 1}"), ("auther", "张三"),
            ]),
        ])
        let (_, diagnostics) = ContentLoader.load(site: site.root)
        let type = try #require(diagnostics.first { $0.rule == "front-matter/type" })
        #expect(type.line == 5)
        let unknown = try #require(diagnostics.first { $0.rule == "front-matter/unknown-key" })
        #expect(unknown.severity == .warning)
        #expect(unknown.message.en.contains("did you mean author?"))
    }

    @Test func gbkFilesAndBOMsAreRead() throws {
        let site = try TestSite()
        let text = TestSite.story([("title", "灵璧县民政局工作汇报"), ("date", "2017-07-10"), ("kind", "report")], body: "精神脱贫。")
        try site.write("content/stories/gbk.md", text.data(using: TextDecoding.gb18030)!)
        try site.write("content/stories/bom.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let (content, diagnostics) = ContentLoader.load(site: site.root)
        #expect(diagnostics.isEmpty)
        #expect(content?.stories.map(\.title) == ["灵璧县民政局工作汇报", "灵璧县民政局工作汇报"])
    }

    @Test func binaryFilesAreRejectedClearly() throws {
        let site = try TestSite()
        try site.write("content/stories/image.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x00]))
        let (_, diagnostics) = ContentLoader.load(site: site.root)
        #expect(diagnostics.map(\.rule) == ["file/encoding"])
    }

    @Test func aMissingSiteFileSaysWhatToDo() throws {
        let site = try TestSite(minimal: false)
        let (content, diagnostics) = ContentLoader.load(site: site.root)
        #expect(content == nil)
        #expect(diagnostics.map(\.rule) == ["site/missing"])
    }

    @Test func villagesCarryTheirFiguresSortedByYear() throws {
        let site = try TestSite()
        let (content, _) = ContentLoader.load(site: site.root)
        let village = try #require(content?.villages.first { $0.id == "dajiang" })
        #expect(village.metrics.map(\.year) == [2014, 2018])
        #expect(village.metrics.last?.values["poverty_rate"] == 1.4)
        #expect(village.registeredPoor?.population == 258)
        #expect(village.name(in: "en", defaultLanguage: "zh") == "Dajiang Village")
    }
}
