import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GazetteCore
import GazetteRender
import GazetteTestSupport
import Testing

/// Builds the repository's own example site once and checks the output against SPEC §3.
@Suite(.serialized) struct ExampleSiteTests {
    static let output: URL = {
        let output = FileManager.default.temporaryDirectory.appending(path: "gazette-example-\(UUID().uuidString)")
        let report = SiteBuilder.build(BuildOptions(site: GazetteCommand.repositoryRoot, output: output))
        precondition(report.succeeded, "the example site must build: \(report.diagnostics)")
        return output
    }()

    let site = BuiltSite(output)

    @Test func theExampleSiteBuildsWithoutErrorsOrWarnings() {
        let analysis = SiteBuilder.analyze(BuildOptions(site: GazetteCommand.repositoryRoot))
        #expect(analysis.diagnostics.isEmpty, "\(analysis.diagnostics)")
    }

    @Test func thePageSetOfTheSpecExistsInBothLanguages() {
        let pages = [
            "index.html", "stories/index.html", "stories/dajiang-mushrooms/index.html",
            "kinds/case/index.html", "kinds/reflection/index.html", "kinds/report/index.html", "kinds/news/index.html",
            "villages/index.html", "villages/dajiang/index.html", "topics/index.html", "topics/industry/index.html",
            "archive/2019/index.html", "pages/about/index.html", "search/index.html", "404.html", "feed.xml",
        ]
        for page in pages {
            #expect(site.exists(page), "\(page)")
            #expect(site.exists("en/" + page), "en/\(page)")
        }
        for page in ["stories/page/2/index.html", "sitemap.xml", "robots.txt", "css/gazette.css", "media/mushroom-greenhouse.svg"] {
            #expect(site.exists(page), "\(page)")
        }
    }

    @Test func draftsAreNotPublishedAndUntranslatedStoriesAreNotInvented() {
        #expect(!site.exists("stories/draft-note/index.html"))
        #expect(site.exists("stories/taiyong-relocation/index.html"))
        #expect(!site.exists("en/stories/taiyong-relocation/index.html"))
        #expect(!site.text("en/stories/index.html").contains("太拥村四十一户搬出大山"))
        #expect(site.text("en/stories/index.html").contains("Dajiang Village: twenty-four greenhouses"))
    }

    /// Absent values answer `false` to Mustache; a template that prints one shows "false".
    @Test func noPageShowsAnAbsentValue() {
        for page in site.htmlFiles {
            #expect(!site.text(page).contains("false"), "\(page)")
        }
    }

    @Test func everyInternalLinkResolves() {
        #expect(site.brokenLinks().isEmpty, "\(site.brokenLinks())")
    }

    @Test func hreflangAlternatesAreReciprocal() throws {
        var checked = 0
        for page in site.htmlFiles {
            let alternates = site.alternates(page)
            guard !alternates.isEmpty else { continue }
            // Every page that has alternates lists itself among them.
            let own = try #require(alternates.values.first { site.file(forPath: Self.path(of: $0)) == page }, "\(page)")
            for (language, href) in alternates where language != "x-default" {
                let target = site.file(forPath: Self.path(of: href))
                #expect(site.exists(target), "\(page) → \(href)")
                #expect(site.alternates(target).values.contains(own), "\(target) does not link back to \(page)")
            }
            checked += 1
        }
        #expect(checked > 40)
    }

    /// The path of an absolute URL, trailing slash kept (`URL.path` drops it).
    static func path(of url: String) -> String {
        URLComponents(string: url)?.path ?? url
    }

    @Test func storyPagesCarryTheGovernmentMetaTagsAndAVisibleLanguageSwitch() {
        let html = site.text("stories/dajiang-mushrooms/index.html")
        for tag in ["<meta name=\"SiteName\" content=\"黔皖两县脱贫攻坚成果展示\">", "<meta name=\"SiteDomain\" content=\"fupin.example.gov.cn\">",
                    "<meta name=\"SiteIDCode\" content=\"3413230001\">", "<meta name=\"ArticleTitle\" content=\"大江村：二十四个大棚撑起一村产业\">",
                    "<meta name=\"PubDate\" content=\"2018-09-12\">", "<meta name=\"ContentSource\" content=\"剑河县融媒体中心\">",
                    "<meta property=\"og:type\" content=\"article\">",
                    "<link rel=\"canonical\" href=\"https://fupin.example.gov.cn/stories/dajiang-mushrooms/\">",
                    "<a href=\"/en/stories/dajiang-mushrooms/\" lang=\"en\" hreflang=\"en\">English</a>",
                    "皖ICP备00000000号", "主办单位"] {
            #expect(html.contains(tag), "\(tag)")
        }
    }

    @Test func storyPagesShowOutlineTableOfContentsFiguresAndNeighbours() {
        let html = site.text("stories/dajiang-mushrooms/index.html")
        #expect(html.contains("<a href=\"#s1-2\">（二）合作社带着干</a>"))
        #expect(html.contains("<figure><img src=\"/media/mushroom-greenhouse.svg\""))
        #expect(html.contains("<figure class=\"chart\"><svg class=\"chart-svg\""))  // a chart block drawn from the village figures
        #expect(html.contains("<strong class=\"data-figure-value\">8</strong><span class=\"data-figure-unit\">人</span>"))
        #expect(html.contains("rel=\"prev\"") && html.contains("rel=\"next\""))
        #expect(html.contains("相关报道"))
        #expect(html.contains("全文约"))
    }

    @Test func villagePagesShowFiguresByYearAndTheirStories() {
        let html = site.text("villages/dajiang/index.html")
        #expect(html.contains("<th scope=\"col\">贫困发生率（%）</th>"))
        #expect(html.contains("<th scope=\"row\">2018</th>"))
        #expect(html.contains("9,944.7"))
        #expect(html.contains("/stories/dajiang-mushrooms/"))
        let english = site.text("en/villages/xinmin/index.html")
        #expect(english.contains("<h1>Xinmin Village</h1>"))
        #expect(english.contains("Jianhe County"))
    }

    @Test func villagePagesDrawTheirTrendsAndMergeTheGBKSpreadsheet() {
        let html = site.text("villages/dajiang/index.html")
        #expect(html.contains("<title id=\"chart-poverty_rate-title\">大江村历年贫困发生率（%）</title>"))
        #expect(html.contains("<title id=\"chart-income_per_capita-title\">大江村历年人均纯收入（元）</title>"))
        #expect(html.contains("<summary>查看数据表</summary>"))
        // 村集体经济收入 comes only from content/data/collective-income.csv (GBK, CRLF, Chinese headings).
        #expect(html.contains("<th scope=\"col\">村集体经济收入（万元）</th>"))
        #expect(html.contains("<td class=\"num\">12.8</td>"))
        #expect(site.text("en/villages/dajiang/index.html").contains("Poverty incidence (%) of Dajiang Village by year"))
    }

    @Test func theHomePageComparesTheVillagesAndTheIndexSumsCounties() {
        let home = site.text("index.html")
        #expect(home.contains("<title id=\"chart-home-title\">各村贫困发生率（%）（最新数据）</title>"))
        #expect(home.contains("已出列村庄"))
        let villages = site.text("villages/index.html")
        #expect(villages.contains("3 个村 · 466 户 · 建档立卡贫困人口 799 人 · 已脱贫 791 人（数据截至 2019 年）"))
    }

    @Test func storiesDrawChartsFromTheFiguresInEveryLanguage() {
        #expect(site.text("stories/jianhe-2019-summary/index.html").contains("fill=\"url(#fig-"))
        #expect(site.text("stories/jianhe-2019-summary/index.html").contains("<strong class=\"data-figure-value\">15.6</strong><span class=\"data-figure-unit\">万元</span>"))
        #expect(site.text("en/stories/dajiang-mushrooms/index.html").contains("Poverty incidence (%) of Dajiang Village by year"))
    }

    @Test func villagesAreGroupedByCountyAndTownship() throws {
        let html = site.text("villages/index.html")
        let jianhe = try #require(html.range(of: "<h2>剑河县</h2>"))
        let lingbi = try #require(html.range(of: "<h2>灵璧县</h2>"))
        #expect(jianhe.lowerBound < lingbi.lowerBound)  // jian < ling
        #expect(html.contains("<h3>良上镇</h3>"))
    }

    @Test func homePageSumsTheVillageFigures() {
        let html = site.text("index.html")
        // 258 + 322 + 219 + 398 + 307 + 251 registered; lifted = registered − latest poor population.
        #expect(html.contains("1,755"))
        #expect(html.contains("1,737"))
        #expect(html.contains("数据截至 2020 年"))
    }

    @Test func feedsAndSitemapAreWellFormedXML() throws {
        for path in ["feed.xml", "en/feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: site.data(path))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        let sitemap = site.text("sitemap.xml")
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://fupin.example.gov.cn/en/stories/dajiang-mushrooms/\"/>"))
        #expect(!sitemap.contains("404.html"))
        #expect(site.text("robots.txt").contains("Sitemap: https://fupin.example.gov.cn/sitemap.xml"))
        #expect(site.text("en/feed.xml").contains("<title>Yugou&#39;s solar power plant joins the grid</title>"))
    }
}
