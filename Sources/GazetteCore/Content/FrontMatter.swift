import Foundation

/// Splits a Markdown file into its YAML front matter and its body, remembering where
/// the body starts so Markdown positions map back to file lines.
public struct FrontMatterSplit: Sendable {
    public let yaml: String
    /// 1-based line of the first YAML line (the line after the opening `---`).
    public let yamlLine: Int
    public let body: String
    /// 1-based line at which the body starts.
    public let bodyLine: Int
}

public enum FrontMatter {
    public static func split(_ source: SourceText) -> Result<FrontMatterSplit, Diagnostic> {
        let lines = source.lines
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return .failure(.error(
                "front-matter/missing", source.location(line: 1),
                zh: "缺少文首信息：文件应以 --- 开头，写明 title 和 date，再以 --- 结束",
                en: "missing front matter: the file should start with ---, give title and date, and close with ---"))
        }
        for index in 1..<lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return .success(FrontMatterSplit(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2))
            }
        }
        return .failure(.error(
            "front-matter/unclosed", source.location(line: 1),
            zh: "文首信息没有结束：在 title、date 等之后加一行 ---",
            en: "front matter is not closed: add a line --- after title, date and the rest"))
    }
}
