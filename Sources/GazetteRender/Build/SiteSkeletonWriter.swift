import Foundation
import GazetteCore

/// `gazette init DIR`: a small working site, with the built-in theme copied into
/// `site-templates/` so its look can be edited from the start.
public enum SiteSkeletonWriter {
    public struct Refusal: Error {
        public let message: Message
    }

    /// Returns the number of files written.
    public static func write(to folder: URL) throws -> Int {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw Refusal(message: Message(
                zh: "目录 \(folder.path) 不是空的，未写入任何文件", en: "\(folder.path) is not empty; nothing was written"))
        }
        var files: [(String, Data)] = SiteSkeleton.content.map { ($0.0, Data($0.1.utf8)) }
        files += Theme.builtIn.sorted { $0.key < $1.key }.map { ("site-templates/" + $0.key, $0.value) }
        for (path, data) in files {
            let url = folder.appending(path: path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return files.count
    }
}

/// The starter content of a new site: settings, two topics, one village, one story with
/// its translation, an about page. Written for a new office to overwrite.
enum SiteSkeleton {
    static let content: [(String, String)] = [
        ("content/site.yaml", """
        title: 我县巩固脱贫攻坚成果宣传网
        title_en: Our County Rural Revitalisation
        base_url: https://www.example.gov.cn/
        languages: [zh, en]
        page_size: 20
        footer:
          organizer: 县委宣传部
          contractor: 县融媒体中心
          # site_code: "0000000000"
          # icp: 京ICP备00000000号
          contact: 0000-0000000

        """),
        ("content/topics.yaml", """
        - id: industry
          name: 产业扶贫
          name_en: Industry
          description: 特色种植、养殖和加工带动增收。
          description_en: Farming, breeding and processing that raise incomes.
        - id: education
          name: 教育扶贫
          name_en: Education

        """),
        ("content/villages/example.yaml", """
        name: 示范村
        name_en: Shifan Village
        township: 城关镇
        county: 示例县
        households: 300
        population: 1100
        registered_poor: {households: 60, population: 210, year: 2014}
        metrics:
          - {year: 2014, poor_population: 210, poverty_rate: 19.1, income_per_capita: 3200}
          - {year: 2019, poor_population: 0, poverty_rate: 0, income_per_capita: 11800}
        highlights:
          - {label: 硬化道路, label_en: Paved roads, value: 8, unit: 公里, unit_en: km}

        """),
        ("content/stories/first-story.md", """
        ---
        title: 第一篇文章
        date: 2024-01-15
        kind: news
        village: example
        topics: [industry]
        source: 县委宣传部
        ---

        这是新站点的第一篇文章。把它改成你们的工作动态，
        或用 `gazette new story "标题"` 新建一篇。

        ## 一、怎样写

        每篇文章开头是文首信息，之后是 Markdown 正文。

        """),
        ("content/stories/first-story.en.md", """
        ---
        title: Our first story
        ---

        This is the first story of the new site. Replace it with your own news.

        """),
        ("content/pages/about.md", """
        ---
        title: 关于本站
        ---

        本站由县委宣传部主办，发布巩固脱贫攻坚成果、推进乡村振兴的工作动态和典型案例。

        """),
        ("content/pages/about.en.md", """
        ---
        title: About this site
        ---

        This site publishes the county's news and case stories on rural revitalisation.

        """),
        ("content/media/README.txt", "把图片和附件放在这里，在文章中用 ../media/文件名 引用。\nPut images and attachments here and link them as ../media/name.\n"),
        (".gitignore", "public/\n"),
    ]
}
