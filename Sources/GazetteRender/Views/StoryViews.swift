import Mustache

/// A story in a list: title, date, kind, villages, summary.
struct StoryItemView: MustacheParent, Sendable {
    let url: String
    let title: String
    let date: String
    let dateISO: String
    let kind: LinkView
    let villages: [LinkView]
    let summary: String
    let coverURL: String?
    let coverAlt: String

    func child(named name: String) -> Any? {
        switch name {
        case "url": present(url)
        case "title": title
        case "date": date
        case "dateISO": dateISO
        case "kind": kind
        case "villages": villages
        case "summary": summary
        case "coverURL": present(coverURL)
        case "coverAlt": coverAlt
        default: nil
        }
    }
}

/// One entry of the table of contents, with its nested entries.
struct TOCEntryView: MustacheParent, Sendable {
    let text: String
    let id: String
    var children: [TOCEntryView]

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "id": id
        case "children", "entries": children
        case "hasChildren": !children.isEmpty
        default: nil
        }
    }
}

/// The story page.
struct StoryView: MustacheParent {

    let title: String
    let date: String
    let dateISO: String
    let facts: [LabelledValue]
    let kind: LinkView
    let villages: [LinkView]
    let topics: [LinkView]
    let toc: [TOCEntryView]
    let bodyHTML: String
    let stats: String
    let coverURL: String?
    let coverAlt: String
    let related: [StoryItemView]
    let previous: LinkView?
    let next: LinkView?
    let translationNote: String?

    func child(named name: String) -> Any? {
        switch name {
        // Related stories sit under an h2.
        case "itemHeading": "h3"
        case "title": title
        case "date": date
        case "dateISO": dateISO
        case "facts": facts
        case "kind": kind
        case "villages": villages
        case "hasVillages": !villages.isEmpty
        case "topics": topics
        case "hasTopics": !topics.isEmpty
        case "hasToc": toc.count >= 2
        case "tocRoot": TOCEntryView(text: "", id: "", children: toc)
        // A table of contents helps only where there is something to skip to.
        case "toc": toc.count >= 2 ? toc : []
        case "bodyHTML": present(bodyHTML)
        case "stats": stats
        case "coverURL": present(coverURL)
        case "coverAlt": coverAlt
        case "related": related
        case "hasRelated": !related.isEmpty
        case "previous": present(previous)
        case "next": present(next)
        case "hasNeighbours": previous != nil || next != nil
        case "translationNote": present(translationNote)
        default: nil
        }
    }
}

/// A list page: all stories, a kind, a topic, a year.
struct ListView: MustacheParent {
    let title: String
    let intro: String?
    let introHTML: String?
    let items: [StoryItemView]
    let pagination: PaginationView?
    let emptyMessage: String
    let emptyLink: LinkView?
    let sideLinks: [LinkView]
    let sideTitle: String?

    func child(named name: String) -> Any? {
        switch name {
        case "itemHeading": "h2"
        case "title": title
        case "intro": present(intro)
        case "introHTML": present(introHTML)
        case "items": items
        case "hasItems": !items.isEmpty
        case "pagination": present(pagination)
        case "emptyMessage": emptyMessage
        case "emptyLink": present(emptyLink)
        case "sideLinks": sideLinks
        case "hasSideLinks": !sideLinks.isEmpty
        case "sideTitle": present(sideTitle)
        default: nil
        }
    }
}

/// A group of stories on the home page (latest of one kind, featured).
struct StoryGroupView: MustacheParent, Sendable {
    let title: String
    let url: String
    let items: [StoryItemView]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": present(url)
        case "items": items
        case "hasItems": !items.isEmpty
        default: nil
        }
    }
}

/// The home page.
struct HomeView: MustacheParent {
    let title: String
    let intro: String
    let featured: [StoryItemView]
    let figures: [LabelledValue]
    /// An SVG chart drawn by Gazette (trusted markup).
    let chartHTML: String?
    let figuresNote: String?
    let groups: [StoryGroupView]
    let allStoriesURL: String

    func child(named name: String) -> Any? {
        switch name {
        case "itemHeading": "h3"
        case "title": title
        case "intro": present(intro)
        case "featured": featured
        case "hasFeatured": !featured.isEmpty
        case "figures": figures
        case "hasFigures": !figures.isEmpty
        case "figuresNote": present(figuresNote)
        case "chartHTML": present(chartHTML)
        case "groups": groups
        case "allStoriesURL": allStoriesURL
        default: nil
        }
    }
}

/// A standalone page, the search page and the 404 page.
struct SimplePageView: MustacheParent {
    let title: String
    let bodyHTML: String?
    let links: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "bodyHTML": present(bodyHTML)
        case "links": links
        default: nil
        }
    }
}
