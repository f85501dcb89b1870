import ArgumentParser
import Foundation
import GazetteCore
import GazetteRender

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "新建一篇文章 / Create a new story")

    @Argument(help: "要新建的类型：story / What to create: story") var type: String
    @Argument(help: "标题 / Title") var title: String
    @Option(name: .long, help: "体裁 case|reflection|report|news / Kind") var kind = "news"
    @Option(name: .long, help: "村庄 id / Village id") var village: String?
    @Option(name: .long, help: "站点目录 / Site folder") var site = "."

    func validate() throws {
        guard type == "story" else { throw ValidationError("只能新建 story / only 'story' can be created") }
        guard StoryKind(rawValue: kind) != nil else {
            throw ValidationError("未知的体裁 / unknown kind '\(kind)': \(StoryKind.validNames)")
        }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("标题不能为空 / the title is empty") }
    }

    func run() throws {
        let siteURL = Console.url(site)
        switch StoryScaffold.create(title: title, kind: StoryKind(rawValue: kind)!, village: village, site: siteURL, today: Date()) {
        case .success(let path):
            Console.say(zh: "已新建 \(path)", en: "created \(path)")
        case .failure(let diagnostic):
            Console.report([diagnostic])
            throw ExitCode(1)
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "新建一个站点 / Create a new site")

    @Argument(help: "新站点的目录 / Folder of the new site") var directory: String

    func run() throws {
        let folder = Console.url(directory)
        do {
            let written = try SiteSkeletonWriter.write(to: folder)
            Console.say(
                zh: "已在 \(folder.path) 新建站点（\(written) 个文件）。下一步：cd \(directory) && gazette build",
                en: "created a site in \(folder.path) (\(written) files). Next: cd \(directory) && gazette build")
        } catch let error as SiteSkeletonWriter.Refusal {
            Console.fail(zh: error.message.zh, en: error.message.en)
            throw ExitCode(1)
        }
    }
}
