import Foundation

/// Writes a synthetic site in the SPEC format: villages over several counties, stories
/// of every kind with headings, lists, cross-links and figures, some translated.
/// Deterministic: the same arguments write the same bytes.
public enum SiteGenerator {
    public static func generate(
        into root: URL, stories: Int, villagesPerStory: Int = 5, translatedEvery: Int = 3, paragraphs: Int = 4
    ) throws {
        let villages = max(1, stories / villagesPerStory)
        let kinds = ["case", "reflection", "report", "news"]
        let topics = ["industry", "education", "health", "relocation", "infrastructure", "employment", "morale", "ecology"]
        let topicNames = ["产业扶贫", "教育扶贫", "健康扶贫", "易地扶贫搬迁", "基础设施", "就业扶贫", "扶志扶智", "生态扶贫"]
        let syllables = Array("江河山田林石桥湾沟岭坪塘溪坝寨岩竹松")
        var files: [(String, String)] = []
        files.append(("content/site.yaml", """
            title: 生成测试站点
            title_en: Generated Site
            base_url: https://gen.example.gov.cn/
            languages: [zh, en]
            page_size: 20
            footer: {organizer: 生成县委宣传部, site_code: "9999999999"}

            """))
        files.append(("content/topics.yaml", zip(topics, topicNames).map { "- id: \($0)\n  name: \($1)\n" }.joined()))
        for v in 0..<villages {
            let population = 400 + v % 1600, poor2014 = 80 + v % 200, poor2018 = v % 9
            let rate = { (poor: Int) in String(format: "%.1f", Double(poor) / Double(population) * 100) }
            let name = String(syllables[v % syllables.count]) + String(syllables[(v / syllables.count) % syllables.count]) + "村"
            files.append(("content/villages/v\(v).yaml", """
                name: \(name)\(v)号
                township: 第\(v % 7)镇
                county: 第\(v % 3)县
                households: \(100 + v % 400)
                population: \(population)
                registered_poor: {households: \(20 + v % 60), population: \(poor2014), year: 2014}
                metrics:
                  - {year: 2014, poor_population: \(poor2014), poverty_rate: \(rate(poor2014)), income_per_capita: 3200}
                  - {year: 2018, poor_population: \(poor2018), poverty_rate: \(rate(poor2018)), income_per_capita: 9800}

                """))
        }
        for s in 0..<stories {
            let year = 2015 + s % 6
            let date = String(format: "%04d-%02d-%02d", year, 1 + s % 12, 1 + s % 28)
            let village = "v\(s % villages)"
            let topicList = "[\(topics[s % topics.count]), \(topics[(s / 3) % topics.count])]"
            var body = "\(s) 号村的故事从 \(year) 年说起。村里\n建起了合作社，群众收入稳步增长。\n\n"
            for p in 0..<paragraphs {
                body += "## \(["一", "二", "三", "四", "五", "六"][p % 6])、第\(p + 1)部分\n\n"
                body += String(repeating: "驻村工作队和村民一起修路、种茶、办车间，日子一天比一天好。", count: 3) + "\n\n"
                if p == 1 { body += "1. 第一项措施；\n2. 第二项措施；\n3. 第三项措施。\n\n" }
            }
            if s > 0 { body += "参见[上一篇](../\(2015 + (s - 1) % 6)/s\(s - 1).md)。\n" }
            let featured = s % 50 == 0 ? "\nfeatured: true" : ""
            files.append(("content/stories/\(year)/s\(s).md", """
                ---
                title: 第\(s)号故事：\(topicNames[s % topicNames.count])的做法
                date: \(date)
                kind: \(kinds[s % kinds.count])
                village: \(village)
                topics: \(topicList)
                source: 生成县融媒体中心\(featured)
                ---

                \(body)
                """))
            if s % translatedEvery == 0 {
                var english = "The story of village \(s) begins in \(year).\n\n## 1. What was done\n\nRoads, tea and workshops.\n"
                // Three back is translated too; one back is not: the links go to English and to Chinese.
                if s >= translatedEvery {
                    let back = s - translatedEvery
                    english += "\nSee [an earlier story](../\(2015 + back % 6)/s\(back).md) and [one in Chinese](../\(2015 + (s - 1) % 6)/s\(s - 1).md).\n"
                }
                files.append(("content/stories/\(year)/s\(s).en.md", "---\ntitle: Story number \(s)\n---\n\n\(english)"))
            }
        }
        files.append(("content/pages/about.md", "---\ntitle: 关于\n---\n\n生成的站点。\n"))
        for (path, text) in files {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
