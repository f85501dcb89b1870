import Foundation

/// Length and reading time of a text, counted the way Chinese readers count:
/// each Han character is a word; runs of Latin letters or digits are one word each.
public struct TextStats: Sendable, Hashable {
    public let hanCharacters: Int
    public let latinWords: Int

    public init(_ text: some StringProtocol) {
        var han = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if CJK.isHan(scalar) {
                han += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar == "'" || scalar == "’" || scalar == "-" {
                continue  // inside a word: don't, well-being
            } else {
                inWord = false
            }
        }
        hanCharacters = han
        latinWords = words
    }

    public var wordCount: Int { hanCharacters + latinWords }

    /// Minutes at about 400 Han characters or 220 English words a minute, at least one.
    public var readingMinutes: Int {
        let minutes = Double(hanCharacters) / 400 + Double(latinWords) / 220
        return max(1, Int(minutes.rounded(.up)))
    }
}

/// The opening of a text cut at a sentence end, for lists, feeds and meta descriptions.
public enum Summary {
    /// Cuts `text` at the last sentence end within `limit` characters; failing that, at
    /// `limit` with an ellipsis. Chinese text ends at 。！？, English at . ! ?.
    public static func make(from text: String, limit: Int = 120) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        guard flat.count > limit else { return flat }
        let window = flat.prefix(limit)
        var lastEnd: String.Index?
        var index = window.startIndex
        while index < window.endIndex {
            let character = window[index]
            let next = window.index(after: index)
            if CJK.sentenceEnds.contains(character) {
                lastEnd = next
            } else if character == ".", next == window.endIndex || window[next] == " " {
                lastEnd = next  // an English full stop, not a decimal point
            }
            index = next
        }
        if let end = lastEnd, window.distance(from: window.startIndex, to: end) >= limit / 3 {
            return String(window[..<end])
        }
        return window.trimmingCharacters(in: .whitespaces) + "…"
    }
}

private extension Substring {
    func trimmingCharacters(in set: CharacterSet) -> String { String(self).trimmingCharacters(in: set) }
}
