import Foundation

/// Writes the file for `gazette new story "标题"`: front matter filled in, a draft, in
/// `content/stories/<pinyin-slug>.md`.
public enum StoryScaffold {
    public static func create(title: String, kind: StoryKind, village: String?, site: URL, today: Date) -> Result<String, Diagnostic> {
        let content = site.appending(path: "content")
        guard FileManager.default.fileExists(atPath: content.appending(path: "site.yaml").path) else {
            return .failure(Diagnostic(
                file: "content/site.yaml", rule: "site/missing",
                message: Message(zh: "这里不是 Gazette 站点：找不到 content/site.yaml（用 --site 指定站点目录）",
                                 en: "not a Gazette site: content/site.yaml not found (point --site at the site folder)")))
        }
        if let village, !FileManager.default.fileExists(atPath: content.appending(path: "villages/\(village).yaml").path) {
            return .failure(Diagnostic(
                file: "content/villages/\(village).yaml", rule: "story/unknown-village",
                message: Message(zh: "未知的村庄“\(village)”：content/villages/ 下没有 \(village).yaml",
                                 en: "unknown village '\(village)': there is no content/villages/\(village).yaml")))
        }
        let slug = Romanizer.slug(title)
        guard !slug.isEmpty else {
            return .failure(Diagnostic(
                file: "content/stories", rule: "story/slug",
                message: Message(zh: "无法从标题得到文件名", en: "no file name can be made from the title")))
        }
        let relative = "content/stories/\(slug).md"
        let file = site.appending(path: relative)
        guard !FileManager.default.fileExists(atPath: file.path) else {
            return .failure(Diagnostic(
                file: relative, rule: "story/exists",
                message: Message(zh: "文件已存在，未覆盖", en: "the file already exists; it was not overwritten")))
        }
        let text = frontMatter(title: title, kind: kind, village: village, date: day(today))
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            return .failure(Diagnostic(
                file: relative, rule: "file/write",
                message: Message(zh: "无法写入：\(error.localizedDescription)", en: "cannot write: \(error.localizedDescription)")))
        }
        return .success(relative)
    }

    static func frontMatter(title: String, kind: StoryKind, village: String?, date: String) -> String {
        var text = "---\n"
        text += "title: \(yamlQuoted(title))\n"
        text += "date: \(date)\n"
        text += "kind: \(kind.id)\n"
        if let village { text += "village: \(village)\n" }
        text += "topics: []\n"
        text += "# author: 作者\n# source: 发布单位\n"
        text += "draft: true   # 写完后删除这一行才会发布 / delete this line to publish\n"
        text += "---\n\n"
        text += "## 一、基本情况\n\n在这里写正文。\n"
        return text
    }

    /// A YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Today as YYYY-MM-DD in the machine's time zone.
    static func day(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        return StoryDate(year: parts.year!, month: parts.month!, day: parts.day!).isoDay
    }
}
