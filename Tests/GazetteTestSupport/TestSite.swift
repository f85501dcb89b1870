import Foundation

/// A site folder in a temporary directory, written file by file, for tests that need
/// real files on disk. Starts from a small valid site unless told otherwise.
public final class TestSite {
    public let root: URL

    public init(minimal: Bool = true, files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if minimal {
            for (path, text) in Self.minimalFiles { try write(path, text) }
        }
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: root.appending(path: path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appending(path: path).path)
    }

    public var output: URL { root.appending(path: "public") }

    /// A story file with front matter from `fields` (written in order) and a body.
    public static func story(_ fields: [(String, String)], body: String = "正文。") -> String {
        "---\n" + fields.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n---\n\n" + body + "\n"
    }

    static let minimalFiles: [(String, String)] = [
        ("content/site.yaml", """
        title: 测试站点
        title_en: Test Site
        base_url: https://test.example.gov.cn/
        languages: [zh, en]
        page_size: 2
        footer:
          organizer: 测试县委宣传部
          site_code: "1234567890"

        """),
        ("content/topics.yaml", """
        - id: industry
          name: 产业扶贫
          name_en: Industry
        - id: education
          name: 教育扶贫

        """),
        ("content/villages/dajiang.yaml", """
        name: 大江村
        township: 良上镇
        county: 剑河县
        households: 156
        population: 568
        registered_poor: {households: 67, population: 258, year: 2014}
        metrics:
          - {year: 2014, poor_population: 258, poverty_rate: 45.4}
          - {year: 2018, poor_population: 8, poverty_rate: 1.4}

        """),
        ("content/villages/xinmin.yaml", """
        name: 新民村
        township: 南明镇
        county: 剑河县

        """),
    ]
}
