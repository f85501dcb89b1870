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

    /// RFC 4180 fields: commas, double quotes around fields, `""` for a quote inside one.
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            handle(next)
                        }
                    } else { quoted = false }
                } else { field.append(character) }
            } else { handle(character) }
        }
        func handle(_ character: Character) {
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",": row.append(field.trimmingCharacters(in: .whitespaces)); field = ""
            case "\n", "\r\n":
                row.append(field.trimmingCharacters(in: .whitespaces)); field = ""
                rows.append(row); row = []
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field.trimmingCharacters(in: .whitespaces))
            rows.append(row)
        }
        return rows
    }
}
