/// Character classes that Chinese text handling turns on.
public enum CJK {
    /// Han ideographs (the unified blocks and their extensions).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Han, kana, Hangul and CJK/full-width punctuation: text written without spaces between words.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        if isHan(scalar) { return true }
        switch scalar.value {
        case 0x3000...0x303F,  // CJK punctuation 。、「」
            0x3040...0x30FF,  // kana
            0xAC00...0xD7AF,  // Hangul
            0xFF00...0xFFEF:  // full-width forms ，！？（）
            return true
        default: return false
        }
    }

    public static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isCJK) ?? false
    }

    /// Characters that take two cells in a terminal.
    public static func isWide(_ character: Character) -> Bool {
        isCJK(character)
    }

    public static func containsHan(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isHan)
    }

    /// CJK and full-width punctuation: 。，、；：！？（）「」《》…
    public static func isCJKPunctuation(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019:
            return true
        default: return false
        }
    }

    /// Whether a line break between two characters disappears rather than becoming a
    /// space. As CSS Text 3 has it for wide characters on both sides, and also next to
    /// Chinese punctuation, where a space is never wanted (`玉米。2015 年`).
    public static func joinsWithoutSpace(_ before: Character, _ after: Character) -> Bool {
        (isCJK(before) && isCJK(after)) || isCJKPunctuation(before) || isCJKPunctuation(after)
    }

    /// Sentence-ending marks, Chinese and Latin.
    public static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?", "…"]
}
