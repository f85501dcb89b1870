/// A message shown to an editor, in every interface language Gazette speaks.
public struct Message: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text for an interface language code; anything but Chinese reads English.
    public func text(for language: String) -> String {
        language.hasPrefix("zh") ? zh : en
    }
}

/// One problem found in the content, anchored to the place an editor has to fix.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Path relative to the site folder, with `/` separators.
    public let file: String
    /// 1-based; 0 where the problem concerns the file as a whole.
    public let line: Int
    public let column: Int
    public let severity: Severity
    /// Stable id, e.g. `front-matter/date`, used by `--format json` and to switch rules off.
    public let rule: String
    public let message: Message
    /// The offending source line, shown under the message with a caret.
    public let sourceLine: String?

    public init(
        file: String, line: Int = 0, column: Int = 0, severity: Severity = .error,
        rule: String, message: Message, sourceLine: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
        self.sourceLine = sourceLine
    }

    public static func error(_ rule: String, _ location: SourceLocation, zh: String, en: String) -> Diagnostic {
        Diagnostic(
            file: location.file, line: location.line, column: location.column, severity: .error,
            rule: rule, message: Message(zh: zh, en: en), sourceLine: location.sourceLine)
    }

    public static func warning(_ rule: String, _ location: SourceLocation, zh: String, en: String) -> Diagnostic {
        Diagnostic(
            file: location.file, line: location.line, column: location.column, severity: .warning,
            rule: rule, message: Message(zh: zh, en: en), sourceLine: location.sourceLine)
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics print in file order, so a long list reads top to bottom like the files.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message.en)
            < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message.en)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

extension Diagnostic: Error {}

/// Diagnostics as an error value, for `Result`.
public struct DiagnosticList: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
