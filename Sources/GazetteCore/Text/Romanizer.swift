import Foundation

/// Hanyu Pinyin for names and slugs, through ICU's Han-Latin transform,
/// with a table of verified spellings for place names ICU gets wrong (polyphones).
public enum Romanizer {
    /// Place-name readings that differ from the characters' common reading.
    /// Checked against the official romanisations of the places.
    static let placeNames: [(String, String)] = [
        ("六安", "Lu'an"), ("蚌埠", "Bengbu"), ("亳州", "Bozhou"), ("歙县", "Shexian"),
        ("涡阳", "Guoyang"), ("铅山", "Yanshan"), ("大埔", "Dabu"), ("番禺", "Panyu"),
        ("丽水", "Lishui"), ("乐亭", "Laoting"), ("洪洞", "Hongtong"), ("莘县", "Shenxian"),
        ("单县", "Shanxian"), ("东阿", "Dong'e"), ("阿城", "Acheng"), ("厦门", "Xiamen"),
        ("长汀", "Changting"), ("长沙", "Changsha"), ("重庆", "Chongqing"), ("朝阳", "Chaoyang"),
        ("蔚县", "Yuxian"), ("繁峙", "Fanshi"), ("枞阳", "Zongyang"), ("黟县", "Yixian"),
        ("灵璧", "Lingbi"), ("剑河", "Jianhe"), ("台州", "Taizhou"), ("天台", "Tiantai"),
    ]

    /// Syllables in lower case, separated by spaces: `短信情缘` → `duan xin qing yuan`.
    public static func syllables(_ text: String) -> String {
        var text = text
        for (hanzi, latin) in placeNames where text.contains(hanzi) {
            // Keep the verified spelling as one word so it survives the transform unchanged.
            text = text.replacingOccurrences(of: hanzi, with: " " + latin.lowercased().replacingOccurrences(of: "'", with: "") + " ")
        }
        guard CJK.containsHan(text) else { return text.trimmingCharacters(in: .whitespaces) }
        // ICU separates Han syllables from each other but not from digits (`2019年` → `2019nián`).
        var spaced = ""
        var previousIsHan: Bool?
        for character in text {
            let isHan = character.unicodeScalars.first.map(CJK.isHan) ?? false
            if let previous = previousIsHan, previous != isHan { spaced += " " }
            spaced.append(character)
            previousIsHan = isHan
        }
        text = spaced
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A URL-safe slug: lower-case ASCII letters and digits joined by `-`.
    public static func slug(_ text: String) -> String {
        let source = CJK.containsHan(text) ? syllables(text) : text
        var out = ""
        var pendingDash = false
        for scalar in source.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "'" {
                pendingDash = true
            }
        }
        return out
    }

    /// Generic parts of Chinese place names and their English forms (GB/T 17693 style:
    /// the specific part is written as one pinyin word, the generic part translated).
    static let placeGenerics: [(String, String)] = [
        ("自治州", "Autonomous Prefecture"), ("自治县", "Autonomous County"), ("社区", "Community"),
        ("街道", "Subdistrict"), ("村", "Village"), ("镇", "Town"), ("乡", "Township"),
        ("县", "County"), ("区", "District"), ("市", "City"), ("省", "Province"), ("组", "Group"),
    ]

    /// An English form of a place name: `大江村` → `Dajiang Village`, `六安市` → `Lu'an City`.
    public static func placeName(_ text: String) -> String {
        guard CJK.containsHan(text) else { return text }
        for (generic, english) in placeGenerics where text.hasSuffix(generic) && text.count > generic.count {
            return word(String(text.dropLast(generic.count))) + " " + english
        }
        return word(text)
    }

    /// Pinyin of a name as one capitalised word, with the apostrophe that keeps syllables
    /// apart (`Xi'an`, not `Xian`); verified place names spelled as verified.
    public static func word(_ text: String) -> String {
        if let verified = placeNames.first(where: { $0.0 == text }) { return verified.1 }
        var joined = ""
        for syllable in syllables(text).split(separator: " ") {
            if !joined.isEmpty, let first = syllable.first, "aoe".contains(first) { joined += "'" }
            joined += syllable
        }
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// A Chinese phrase in title-cased pinyin, word by word: `产业扶贫` → `Chan Ye Fu Pin`.
    /// Only a fallback for names that have no English form.
    public static func phrase(_ text: String) -> String {
        guard CJK.containsHan(text) else { return text }
        return syllables(text).split(separator: " ")
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
