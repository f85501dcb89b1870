import ArgumentParser
import Foundation
import GazetteCore
import GazetteServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "本地预览，修改后自动刷新 / Preview the site locally, reloading on every change")

    @Option(name: .long, help: "站点目录 / Site folder") var site = "."
    @Option(name: .long, help: "监听地址（默认仅本机）/ Address to listen on (this computer only by default)") var host = "127.0.0.1"
    @Option(name: .long, help: "端口，0 表示任选空闲端口 / Port; 0 picks a free one") var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("端口应在 0–65535 之间 / the port must be 0–65535") }
    }

    func run() async throws {
        let server = PreviewServer(
            site: Console.url(site), host: host, port: port,
            onReady: { address in
                Console.say(zh: "预览地址：\(address)（按 Ctrl-C 停止）", en: "serving at \(address) (Ctrl-C stops)")
            },
            onRebuild: { changed, diagnostics, milliseconds in
                Console.report(diagnostics)
                let what = changed.isEmpty ? "" : " (" + changed.sorted().prefix(3).joined(separator: ", ") + (changed.count > 3 ? ", …" : "") + ")"
                if diagnostics.hasErrors {
                    Console.fail(zh: "构建失败\(what)，仍在提供上一次成功的版本", en: "build failed\(what); still serving the last good build")
                } else {
                    Console.say(zh: "已重新构建\(what)，用时 \(milliseconds) 毫秒", en: "rebuilt\(what) in \(milliseconds) ms")
                }
            })
        do {
            try await server.run()
        } catch let error as ListenerError {
            Console.fail(zh: "无法启动预览：\(error)", en: "cannot start the preview: \(error)")
            throw ExitCode(1)
        }
    }
}
