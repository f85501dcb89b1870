import Foundation
import GazetteTestSupport
import Testing

/// The `gazette` binary, run as a user runs it: exit codes and messages of SPEC §2.
@Suite struct CommandLineTests {
    @Test func badUsageExitsWithStatusTwo() throws {
        #expect(try GazetteCommand.run(["build", "--no-such-flag"]).status == 2)
        #expect(try GazetteCommand.run(["frobnicate"]).status == 2)
        #expect(try GazetteCommand.run(["new", "story", "标题", "--kind", "poem"]).status == 2)
    }

    @Test func contentErrorsExitWithStatusOneAndListEveryError() throws {
        let site = try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-02-30"), ("kind", "news")]),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2019-01-01"), ("kind", "poem")]),
        ])
        let outcome = try GazetteCommand.run(["build", "--site", site.root.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("content/stories/a.md:3:7: error: date '2019-02-30' is malformed"))
        #expect(outcome.errors.contains("content/stories/b.md:4:7: error: unknown kind 'poem'"))
        #expect(outcome.errors.contains("    kind: poem\n          ^"))
        #expect(!site.exists("public"))
    }

    @Test func messagesFollowTheUsersLanguage() throws {
        let site = try TestSite(files: ["content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-02-30"), ("kind", "news")])])
        let outcome = try GazetteCommand.run(["build", "--site", site.root.path], environment: ["GAZETTE_LANG": "zh"])
        #expect(outcome.errors.contains("错误: 日期“2019-02-30”格式不对"))
    }

    @Test func checkPrintsJSONAndWritesNothing() throws {
        let site = try TestSite(files: ["content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-02-30"), ("kind", "news")])])
        let outcome = try GazetteCommand.run(["check", "--site", site.root.path, "--format", "json"])
        #expect(outcome.status == 1)
        let rows = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]]
        #expect(rows?.first?["rule"] as? String == "front-matter/date")
        #expect(!site.exists("public"))
    }

    @Test func initWritesASiteThatBuildsAndNewAddsADraft() throws {
        let parent = try TestSite(minimal: false)
        let folder = parent.root.appending(path: "新站点")
        let created = try GazetteCommand.run(["init", folder.path])
        #expect(created.status == 0, "\(created.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "site-templates/templates/layout.mustache").path))
        #expect(try GazetteCommand.run(["init", folder.path]).status == 1)  // not empty: refused

        let story = try GazetteCommand.run(["new", "story", "茶园里的新课堂", "--kind", "case", "--village", "example"], in: folder)
        #expect(story.status == 0, "\(story.errors)")
        #expect(story.output.contains("content/stories/cha-yuan-li-de-xin-ke-tang.md"))
        #expect(try GazetteCommand.run(["new", "story", "茶园里的新课堂"], in: folder).status == 1)  // exists: not overwritten

        #expect(try GazetteCommand.run(["build"], in: folder).status == 0)
        let published = BuiltSite(folder.appending(path: "public"))
        #expect(published.exists("index.html") && published.exists("en/index.html"))
        #expect(!published.exists("stories/cha-yuan-li-de-xin-ke-tang/index.html"))  // a draft

        #expect(try GazetteCommand.run(["build", "--drafts", "--out", "preview"], in: folder).status == 0)
        #expect(BuiltSite(folder.appending(path: "preview")).exists("stories/cha-yuan-li-de-xin-ke-tang/index.html"))
    }
}
