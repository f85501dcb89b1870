import ArgumentParser
import Foundation
import GazetteCore
import GazetteRender

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "构建网站到 public/ / Build the site into public/")

    @Option(name: .long, help: "站点目录 / Site folder") var site = "."
    @Option(name: .long, help: "输出目录（默认 <site>/public）/ Output folder (default <site>/public)") var out: String?
    @Flag(name: .long, help: "包含草稿 / Include drafts") var drafts = false
    @Option(name: .customLong("base-url"), help: "覆盖 site.yaml 的 base_url / Override base_url") var baseURL: String?

    func run() throws {
        let started = ContinuousClock.now
        let options = BuildOptions(
            site: Console.url(site), output: out.map(Console.url), includeDrafts: drafts, baseURL: baseURL)
        let report = SiteBuilder.build(options)
        Console.report(report.diagnostics)
        Console.summary(report.diagnostics)
        guard report.succeeded else {
            Console.fail(zh: "构建失败，原有输出保持不变", en: "build failed; the previous output is left as it was")
            throw ExitCode(1)
        }
        let elapsed = ContinuousClock.now - started
        let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        Console.say(
            zh: "已构建 \(report.pageCount) 个页面（\(report.storyCount) 篇文章），写入 \(options.output.path)，用时 \(ms) 毫秒",
            en: "built \(report.pageCount) pages (\(report.storyCount) stories) into \(options.output.path) in \(ms) ms")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查内容，不写文件 / Check the content without writing anything")

    @Option(name: .long, help: "站点目录 / Site folder") var site = "."
    @Option(name: .long, help: "输出格式 text|json|github / Output format") var format: DiagnosticFormatOption = .text

    func run() throws {
        let analysis = SiteBuilder.analyze(BuildOptions(site: Console.url(site)))
        Console.report(analysis.diagnostics, format: format.format)
        if format == .text { Console.summary(analysis.diagnostics) }
        if analysis.diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text, analysis.diagnostics.isEmpty { Console.say(zh: "未发现问题", en: "no problems found") }
    }
}

enum DiagnosticFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
    var format: DiagnosticFormat { DiagnosticFormat(rawValue: rawValue)! }
}
