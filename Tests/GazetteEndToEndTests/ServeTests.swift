import Foundation
import GazetteTestSupport
import Testing

/// A real `gazette serve` on a free port, talked to over HTTP.
@Suite(.serialized) struct ServeTests {
    func site() throws -> TestSite {
        try TestSite(files: [
            "content/stories/a.md": TestSite.story([("title", "甲"), ("date", "2019-01-01"), ("kind", "news"), ("village", "dajiang")], body: "第一段。\n\n![茶园](../media/tea.svg)"),
            "content/stories/a.en.md": TestSite.story([("title", "A")], body: "First."),
            "content/stories/b.md": TestSite.story([("title", "乙"), ("date", "2019-02-01"), ("kind", "case"), ("draft", "true")]),
            "content/media/tea.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
    }

    @Test func pagesAssetsAndMediaWithTheirTypes() throws {
        let site = try site()
        let server = try ServeProcess(site: site.root)
        let probe = server.probe
        let home = try probe.request("/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.text.contains("<script src=\"/__gazette/live-reload.js\" defer></script></body>"))
        #expect(try probe.request("/stories/b/").status == 200)  // drafts are previewed
        let expected = [
            "/css/gazette.css": "text/css; charset=utf-8", "/js/gazette.js": "text/javascript; charset=utf-8",
            "/feed.xml": "application/atom+xml; charset=utf-8", "/sitemap.xml": "application/xml; charset=utf-8",
            "/media/tea.svg": "image/svg+xml; charset=utf-8", "/robots.txt": "text/plain; charset=utf-8",
            "/en/stories/a/index.html": "text/html; charset=utf-8",
        ]
        for (path, type) in expected {
            let reply = try probe.request(path)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.header("content-type") == type, "\(path)")
        }
    }

    @Test func entityTagsHeadRedirectsAnd404() throws {
        let site = try site()
        let server = try ServeProcess(site: site.root)
        let probe = server.probe
        let page = try probe.request("/stories/a/")
        let tag = try #require(page.header("etag"))
        #expect(try probe.request("/stories/a/", headers: ["If-None-Match": tag]).status == 304)
        #expect(try probe.request("/stories/a/", headers: ["If-None-Match": "\"other\""]).status == 200)
        let head = try probe.request("/stories/a/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.header("content-length") == page.header("content-length"))
        let redirect = try probe.request("/stories/a")
        #expect(redirect.status == 301 && redirect.header("location") == "/stories/a/")
        let missing = try probe.request("/en/no-such-page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("<html lang=\"en\"") && missing.text.contains("Page not found"))
        #expect(try probe.request("/", method: "POST").status == 405)
        #expect(try probe.request("/" + String(repeating: "x", count: 6000)).status == 404)
    }

    @Test func pathTraversalIsRefusedInEveryForm() throws {
        let site = try site()
        symlink("/etc/passwd", site.root.appending(path: "content/media/passwd").path)
        symlink("..", site.root.appending(path: "content/media/up").path)
        let server = try ServeProcess(site: site.root)
        let probe = server.probe
        for path in ["/../content/site.yaml", "/media/../site.yaml", "/media/%2e%2e/site.yaml", "/%2e%2e/%2e%2e/etc/passwd",
                     "/media/..%2f..%2fetc%2fpasswd", "/media/%2E%2E%5Csite.yaml", "/media/passwd", "/media/up/site.yaml",
                     "/media/tea.svg%00.html", "/media/", "/media"] {
            let reply = try probe.request(path)
            #expect([400, 404].contains(reply.status), "\(path) → \(reply.status)")
            #expect(!reply.text.contains("root:") && !reply.text.contains("base_url"), "\(path)")
        }
    }

    @Test func anEditReloadsOpenPagesAndABrokenFileShowsAnOverlayUntilFixed() throws {
        let site = try site()
        let server = try ServeProcess(site: site.root)
        let probe = server.probe
        let events = try EventStream(port: server.port, path: "/__gazette/events")
        #expect(events.next("hello", within: 5) != nil)

        try site.write("content/stories/a.md", TestSite.story([("title", "甲改"), ("date", "2019-01-01"), ("kind", "news")]))
        #expect(events.next("reload", within: 10) != nil)
        #expect(try probe.request("/stories/a/").text.contains("<h1>甲改</h1>"))

        try site.write("content/stories/a.md", "---\ntitle: 甲\ndate: 2019-01-01\nkind: news\n")
        let errors = try #require(events.next("errors", within: 10))
        #expect(errors.contains("\"file\":\"content/stories/a.md\"") && errors.contains("front-matter/unclosed"))
        #expect(try probe.request("/stories/a/").text.contains("<h1>甲改</h1>"))  // the last good build stays
        let late = try EventStream(port: server.port, path: "/__gazette/events")
        #expect(late.next("errors", within: 5) != nil)  // a page opened now shows the overlay too

        try site.write("content/stories/a.md", TestSite.story([("title", "甲再改"), ("date", "2019-01-01"), ("kind", "news")]))
        #expect(events.next("ok", within: 10) != nil)
        #expect(events.next("reload", within: 5) != nil)
        #expect(try probe.request("/stories/a/").text.contains("<h1>甲再改</h1>"))
    }

    @Test func aStylesheetChangeSwapsStylesWithoutAReload() throws {
        let site = try site()
        try site.write("site-templates/static/css/gazette.css", "body { color: #000; }\n")
        let server = try ServeProcess(site: site.root)
        let events = try EventStream(port: server.port, path: "/__gazette/events")
        #expect(events.next("hello", within: 5) != nil)
        try site.write("site-templates/static/css/gazette.css", "body { color: #123456; }\n")
        #expect(events.next("stylesheet", within: 10) != nil)
        #expect(try server.probe.request("/css/gazette.css").text.contains("#123456"))
    }

    @Test func newFoldersAreWatchedAndCtrlCStopsCleanly() throws {
        let site = try site()
        let server = try ServeProcess(site: site.root)
        let events = try EventStream(port: server.port, path: "/__gazette/events")
        #expect(events.next("hello", within: 5) != nil)
        try FileManager.default.createDirectory(at: site.root.appending(path: "content/stories/2024"), withIntermediateDirectories: true)
        _ = events.next("reload", within: 3)
        Thread.sleep(forTimeInterval: 0.3)
        try site.write("content/stories/2024/new.md", TestSite.story([("title", "新稿"), ("date", "2024-01-01"), ("kind", "news")]))
        #expect(events.next("reload", within: 10) != nil)
        #expect(try server.probe.request("/stories/new/").status == 200)
        #expect(server.interrupt() == 0)
    }
}
