import Mustache

/// A link as templates place it: navigation, breadcrumbs, pagination, tags.
struct LinkView: MustacheParent, Sendable {
    let label: String
    let url: String
    var current = false
    /// `lang` attribute for a link whose label is in another language (the language switch).
    var lang: String? = nil
    /// `hreflang` of the target.
    var hreflang: String? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": present(url)
        case "current": current
        case "lang": present(lang)
        case "hreflang": present(hreflang)
        default: nil
        }
    }
}

/// `<link rel="alternate" hreflang>` and sitemap alternates.
struct AlternateView: MustacheParent, Sendable {
    let hreflang: String
    let href: String

    func child(named name: String) -> Any? {
        switch name {
        case "hreflang": present(hreflang)
        case "href": href
        default: nil
        }
    }
}

/// A `<meta name content>` or `<meta property content>` pair.
struct MetaView: MustacheParent, Sendable {
    let name: String
    let content: String

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "content": content
        default: nil
        }
    }
}

/// A labelled value: footer items, story facts, figures.
struct LabelledValue: MustacheParent, Sendable {
    let label: String
    let value: String
    var url: String? = nil
    var unit: String? = nil
    var note: String? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "url": present(url)
        case "unit": present(unit)
        case "note": present(note)
        default: nil
        }
    }
}

/// Previous/next page links and page numbers of a paginated list.
struct PaginationView: MustacheParent, Sendable {
    let previous: LinkView?
    let next: LinkView?
    let pages: [LinkView]
    let summary: String

    func child(named name: String) -> Any? {
        switch name {
        case "previous": present(previous)
        case "next": present(next)
        case "pages": pages
        case "summary": summary
        default: nil
        }
    }
}
