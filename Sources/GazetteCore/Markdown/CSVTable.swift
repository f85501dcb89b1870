import Foundation

/// A fenced block with info string `table` holds CSV; it becomes an accessible table:
/// a caption, column headers from the first row, row headers from the first column.
public enum CSVTable {
    public static func html(csv: String, caption: String?) -> String {
        let rows = parse(csv).filter { !$0.allSatisfy(\.isEmpty) }
        guard let header = rows.first else { return "" }
        let label = caption.map { " aria-label=\"\(HTMLText.escape($0))\"" } ?? ""
        // A focusable scrolling region, so keyboard users can scroll a wide table on a phone.
        var out = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"\(label)><table>"
        if let caption { out += "<caption>\(HTMLText.escape(caption))</caption>" }
        out += "<thead><tr>"
        for cell in header { out += "<th scope=\"col\">\(HTMLText.escape(cell))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows.dropFirst() {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    out += "<th scope=\"row\">\(HTMLText.escape(cell))</th>"
                } else {
                    let numeric = NumberText.parse(cell) != nil
                    out += numeric ? "<td class=\"num\">" : "<td>"
                    out += HTMLText.escape(cell) + "</td>"
                }
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>\n"
    }

    /// A field and where it starts (1-based line and column, in characters).
    public struct Cell: Sendable, Equatable {
        public let text: String
        public let line: Int
        public let column: Int
    }

    /// RFC 4180 fields: commas, double quotes around fields, `""` for a quote inside one.
    public static func parse(_ text: String) -> [[String]] {
        parsePositioned(text).map { $0.map(\.text) }
    }

    /// The same, with each field's position, so a bad value can be reported where it is.
    /// Fields are trimmed of surrounding spaces; line breaks inside quotes are kept.
    public static func parsePositioned(_ text: String) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1, column = 1
        var start = (line: 1, column: 1)
        var characters = Array(text).makeIterator()
        var pending: Character? = nil

        func endField() {
            row.append(Cell(text: wasQuoted ? field : field.trimmingCharacters(in: .whitespaces), line: start.line, column: start.column))
            field = ""
            wasQuoted = false
        }
        while let character = pending ?? characters.next() {
            pending = nil
            let here = (line: line, column: column)
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\""); column += 1 } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty:
                quoted = true
                wasQuoted = true
                field = ""
            case ",":
                endField()
                start = (line, column)
            case "\n", "\r\n":
                endField()
                rows.append(row)
                row = []
                start = (line, column)
            default:
                if field.isEmpty, !wasQuoted { start = here }
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted {
            endField()
            rows.append(row)
        }
        return rows
    }
}
