import Yams

/// A YAML tree that remembers where each value stood, so a wrong value can be
/// reported at its line and column. Built from Yams' node graph, then `Sendable`.
public indirect enum YAMLValue: Sendable {
    case scalar(String, Position)
    case sequence([YAMLValue], Position)
    case mapping([Entry], Position)
    case null(Position)

    public struct Position: Sendable, Hashable {
        /// 1-based, relative to the start of the file (front matter offsets already applied).
        public let line: Int
        public let column: Int
    }

    public struct Entry: Sendable {
        public let key: String
        public let keyPosition: Position
        public let value: YAMLValue
    }

    public var position: Position {
        switch self {
        case .scalar(_, let p), .sequence(_, let p), .mapping(_, let p), .null(let p): return p
        }
    }

    public var string: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    public var entries: [Entry]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    public var items: [YAMLValue]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }

    /// What kind of value this is, for "expected a list, found text" messages.
    public var kindName: Message {
        switch self {
        case .scalar: return Message(zh: "文本", en: "text")
        case .sequence: return Message(zh: "列表", en: "a list")
        case .mapping: return Message(zh: "键值表", en: "a mapping")
        case .null: return Message(zh: "空值", en: "nothing")
        }
    }
}

/// Parses YAML text into `YAMLValue`, turning syntax errors into diagnostics.
public enum YAMLParser {
    /// - Parameter lineOffset: lines before `text` in its file (front matter starts at line 2).
    public static func parse(_ text: String, source: SourceText, lineOffset: Int = 0) -> (YAMLValue?, [Diagnostic]) {
        do {
            guard let node = try Yams.compose(yaml: text) else { return (nil, []) }
            return (convert(node, lineOffset: lineOffset), [])
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, source: source, lineOffset: lineOffset)])
        } catch {
            let location = source.location(line: lineOffset + 1)
            return (nil, [.error("yaml/syntax", location, zh: "YAML 无法解析：\(error)", en: "YAML cannot be parsed: \(error)")])
        }
    }

    private static func convert(_ node: Node, lineOffset: Int) -> YAMLValue {
        let position = YAMLValue.Position(
            line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null(position)
            }
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, lineOffset: lineOffset) }, position)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLValue.Entry(
                    key: key.string ?? "",
                    keyPosition: YAMLValue.Position(
                        line: (key.mark?.line ?? 1) + lineOffset, column: key.mark?.column ?? 1),
                    value: convert(value, lineOffset: lineOffset))
            }
            return .mapping(entries, position)
        case .alias:
            return .null(position)
        }
    }

    private static func diagnostic(for error: YamlError, source: SourceText, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            var location = source.location(line: mark.line + lineOffset, column: mark.column)
            var hint = Message(zh: "", en: "")
            // The parser notices a mistake a line late (after the full-width colon's line
            // it expects a ':'), so look at the line before too and point at the culprit.
            for number in [location.line, location.line - 1] where number > lineOffset && number >= 1 {
                let candidate = source.location(line: number)
                guard let text = candidate.sourceLine, let found = YAMLHints.hint(for: text) else { continue }
                hint = found.message
                location = source.location(line: number, column: found.column)
                break
            }
            return .error(
                "yaml/syntax", location,
                zh: "YAML 语法错误：\(problem)\(hint.zh)", en: "YAML syntax error: \(problem)\(hint.en)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = source.location(line: context.mark.line + lineOffset, column: context.mark.column)
            let keys = duplicates.joined(separator: ", ")
            return .error("yaml/duplicate-key", location, zh: "重复的键：\(keys)", en: "duplicated key: \(keys)")
        default:
            return .error(
                "yaml/syntax", source.location(line: lineOffset + 1),
                zh: "YAML 无法解析：\(error)", en: "YAML cannot be parsed: \(error)")
        }
    }
}

/// Hints for the mistakes Chinese keyboards make in YAML.
enum YAMLHints {
    /// A hint and the 1-based column it concerns, or `nil` when the line looks fine.
    static func hint(for line: String) -> (message: Message, column: Int)? {
        if let colon = line.firstIndex(of: "："), !line.contains(": ") {
            return (Message(zh: "（提示：这一行用了全角冒号“：”，键后面应是半角冒号加空格“: ”）",
                            en: " (hint: this line uses a full-width colon '：'; a key needs ': ', a half-width colon and a space)"),
                    line.distance(from: line.startIndex, to: colon) + 1)
        }
        if let tab = line.firstIndex(of: "\t") {
            return (Message(zh: "（提示：YAML 不能用制表符缩进，请改用空格）",
                            en: " (hint: YAML cannot be indented with tabs; use spaces)"),
                    line.distance(from: line.startIndex, to: tab) + 1)
        }
        if let colon = line.firstIndex(of: ":"),
            let quote = line[line.index(after: colon)...].firstIndex(where: { !$0.isWhitespace }), "“‘".contains(line[quote]) {
            return (Message(zh: "（提示：值用了中文引号“”，YAML 需要半角引号 \"…\"，或不加引号）",
                            en: " (hint: the value is in Chinese quotes “”; YAML needs straight quotes \"…\", or none)"),
                    line.distance(from: line.startIndex, to: quote) + 1)
        }
        return nil
    }
}
