/// A place in a content file, with the text of its line for display.
public struct SourceLocation: Sendable, Hashable {
    public let file: String
    public let line: Int
    public let column: Int
    public let sourceLine: String?

    public init(file: String, line: Int = 0, column: Int = 0, sourceLine: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}

/// The text of one file split into lines once, so every diagnostic can quote its line.
public struct SourceText: Sendable {
    public let file: String
    public let text: String
    public let lines: [Substring]

    public init(file: String, text: String) {
        self.file = file
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// A location at a 1-based line and column; out-of-range lines simply carry no quote.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        let quote = (1...max(lines.count, 1)).contains(line) && line <= lines.count ? String(lines[line - 1]) : nil
        return SourceLocation(file: file, line: line, column: column, sourceLine: quote)
    }

    /// The location of the first occurrence of `needle` at or after `line`, else of the line itself.
    public func location(of needle: String, from line: Int) -> SourceLocation {
        guard !needle.isEmpty, line >= 1 else { return location(line: line) }
        for number in line...max(line, lines.count) where number <= lines.count {
            let text = lines[number - 1]
            if let range = text.range(of: needle) {
                return location(line: number, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
        }
        return location(line: line)
    }
}
