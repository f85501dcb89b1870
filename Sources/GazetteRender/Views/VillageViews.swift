import Mustache

/// A village page: place, figures table, highlights, stories.
struct VillageView: MustacheParent {
    let name: String
    let place: String
    let facts: [LabelledValue]
    /// SVG charts drawn by Gazette (trusted markup).
    let chartsHTML: String
    let figureHeaders: [String]
    let figureRows: [FigureRowView]
    let figuresCaption: String
    let highlights: [LabelledValue]
    let stories: [StoryItemView]
    let storiesNote: String?

    func child(named name: String) -> Any? {
        switch name {
        case "itemHeading": "h3"
        case "name": self.name
        case "place": present(place)
        case "facts": facts
        case "hasFacts": !facts.isEmpty
        case "chartsHTML": present(chartsHTML)
        case "figureHeaders": figureHeaders
        case "figureRows": figureRows
        case "hasFigureRows": !figureRows.isEmpty
        case "figuresCaption": figuresCaption
        case "highlights": highlights
        case "hasHighlights": !highlights.isEmpty
        case "stories": stories
        case "hasStories": !stories.isEmpty
        case "storiesNote": present(storiesNote)
        default: nil
        }
    }
}

/// One year of a village's figures.
struct FigureRowView: MustacheParent, Sendable {
    let year: String
    let cells: [String]

    func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "cells": cells
        default: nil
        }
    }
}

/// The villages index: counties, their townships, their villages.
struct VillageGroupView: MustacheParent, Sendable {
    let county: String
    let summary: String
    let townships: [TownshipView]

    func child(named name: String) -> Any? {
        switch name {
        case "county": county
        case "summary": summary
        case "townships": townships
        default: nil
        }
    }
}

struct TownshipView: MustacheParent, Sendable {
    let name: String
    let summary: String
    let villages: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "summary": summary
        case "villages": villages
        default: nil
        }
    }
}

struct VillagesIndexView: MustacheParent {
    let title: String
    let counties: [VillageGroupView]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "counties": counties
        case "hasCounties": !counties.isEmpty
        default: nil
        }
    }
}

/// The topics index.
struct TopicsIndexView: MustacheParent {
    let title: String
    let topics: [LabelledValue]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "topics": topics
        default: nil
        }
    }
}
