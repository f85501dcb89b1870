import Foundation
import PackagePlugin

/// Compiles the default look (`site-templates/` at the package root, which is also the
/// example site's) into the binary, so `gazette init` and sites without templates of
/// their own work from a single executable, wherever it is copied.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themeDirectory = context.package.directoryURL.appending(path: "site-templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        return [
            .buildCommand(
                displayName: "Embedding site-templates/ into \(target.name)",
                executable: try context.tool(named: "theme-embedder").url,
                arguments: [themeDirectory.path(), output.path()],
                inputFiles: themeFiles(in: themeDirectory),
                outputFiles: [output]
            )
        ]
    }

    private func themeFiles(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
    }
}
