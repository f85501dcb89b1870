import Foundation

/// `content/site.yaml`: the site's identity, languages and government-site footer.
public struct SiteConfig: Sendable {
    public struct Footer: Sendable {
        public var organizer: String?
        public var contractor: String?
        public var siteCode: String?
        public var icp: String?
        public var police: String?
        public var contact: String?
        public var address: String?
    }

    /// Site title per language; the default language's is always present.
    public var titles: [String: String]
    public var baseURL: URL
    /// Language codes, the default (served at `/`) first.
    public var languages: [String]
    public var pageSize: Int
    public var footer: Footer
    /// Offset of the site's local time from UTC, for feed timestamps (China: +08:00).
    public var utcOffsetMinutes: Int
    /// The usual metrics and the site's own.
    public var metrics: MetricCatalog

    public var defaultLanguage: String { languages[0] }

    /// The title in `language`; `load` romanises the default title for languages without one.
    public func title(in language: String) -> String {
        titles[language] ?? titles[defaultLanguage] ?? ""
    }

    /// The path part of the base URL, always ending in `/`; page URLs start with it.
    public var basePath: String {
        let path = baseURL.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// `scheme://host[:port]` of the base URL, for absolute links.
    public var origin: String {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        components.path = ""
        components.query = nil
        components.fragment = nil
        return components.string ?? ""
    }

    public var domain: String { baseURL.host ?? "" }

    /// Languages written right to left get `dir="rtl"`.
    public static let rightToLeft: Set<String> = ["ug", "ar", "fa", "he", "ur"]
}

extension SiteConfig {
    /// Reads `site.yaml`; every problem becomes a diagnostic, and a usable config is
    /// returned whenever the required fields are there.
    public static func load(_ source: SourceText, baseURLOverride: String? = nil) -> (SiteConfig?, [Diagnostic]) {
        let (root, yamlErrors) = YAMLParser.parse(source.text, source: source)
        guard let root else {
            if !yamlErrors.isEmpty { return (nil, yamlErrors) }
            return (nil, [.error("site/empty", source.location(line: 1),
                                  zh: "site.yaml 是空的：至少需要 title 和 base_url",
                                  en: "site.yaml is empty: title and base_url are required")])
        }
        var reader = FieldReader(mapping: root, source: source)
        let title = reader.string("title", required: true)
        let languages = reader.strings("languages", allowSingle: true)
        let languageCodes = languages.isEmpty ? ["zh", "en"] : languages
        for code in languageCodes where !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) {
            reader.report(.error("site/language", reader.keyLocation("languages"),
                                 zh: "语言代码“\(code)”无效，应如 zh、en、ug", en: "invalid language code '\(code)'; use codes like zh, en, ug"))
        }
        var titles = reader.localized("title", languages: languageCodes)
        if let title {
            titles[languageCodes[0]] = title
            for code in languageCodes.dropFirst() where titles[code] == nil { titles[code] = Romanizer.phrase(title) }
        }

        let baseURL = parseBaseURL(baseURLOverride ?? reader.string("base_url", required: baseURLOverride == nil), reader: &reader)
        let pageSize = reader.int("page_size") ?? 20
        if pageSize < 1 {
            reader.report(.error("site/page-size", reader.keyLocation("page_size"),
                                 zh: "page_size 必须大于 0", en: "page_size must be greater than 0"))
        }
        let footer = readFooter(root["footer"], source: source, reader: &reader)
        let offset = reader.string("utc_offset").flatMap(parseOffset) ?? 8 * 60
        let metrics = SiteMetrics.read(root["metrics"], source: source, languages: languageCodes, reader: &reader)

        guard let title, let baseURL, !title.isEmpty else { return (nil, reader.diagnostics) }
        let config = SiteConfig(
            titles: titles, baseURL: baseURL, languages: languageCodes, pageSize: max(pageSize, 1),
            footer: footer, utcOffsetMinutes: offset, metrics: MetricCatalog(site: metrics))
        return (config, reader.diagnostics)
    }

    private static func parseBaseURL(_ text: String?, reader: inout FieldReader) -> URL? {
        guard let text else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            reader.report(.error("site/base-url", reader.keyLocation("base_url"),
                                 zh: "base_url 必须是完整网址，如 https://fupin.example.gov.cn/",
                                 en: "base_url must be an absolute URL, like https://fupin.example.gov.cn/"))
            return nil
        }
        return url
    }

    private static func readFooter(_ value: YAMLValue?, source: SourceText, reader: inout FieldReader) -> Footer {
        guard let value, value.entries != nil else { return Footer() }
        var footerReader = FieldReader(mapping: value, source: source)
        let footer = Footer(
            organizer: footerReader.string("organizer"), contractor: footerReader.string("contractor"),
            siteCode: footerReader.string("site_code"), icp: footerReader.string("icp"),
            police: footerReader.string("police"), contact: footerReader.string("contact"),
            address: footerReader.string("address"))
        footerReader.diagnostics.forEach { reader.report($0) }
        return footer
    }

    /// `+08:00` → 480.
    static func parseOffset(_ text: String) -> Int? {
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.drop { $0 == "+" || $0 == "-" }.split(separator: ":")
        guard let hours = digits.first.flatMap({ Int($0) }) else { return nil }
        let minutes = digits.count > 1 ? Int(digits[1]) ?? 0 : 0
        return sign * (hours * 60 + minutes)
    }
}
