/// Draws a table with a heavy header box,
/// fitting it to a width by folding cells rather than cutting them off.
struct TableLayout {
    var title: String?
    var headers: [String]
    var cells: [[String]]
    var width: Int
    var styleHeader: (String) -> String = { $0 }

    /// The lines of the drawn table.
    func lines() -> [String] {
        let widths = columnWidths()
        let ruleWidth = widths.reduce(0, +) + 3 * widths.count + 1
        var lines: [String] = []
        if let title, !title.isEmpty {
            let padding = max(0, (ruleWidth - title.count) / 2)
            lines.append(String(repeating: " ", count: padding) + title)
        }
        lines.append(rule("┏", "━", "┳", "┓", widths))
        lines += row(headers, widths, border: "┃", style: styleHeader)
        lines.append(rule("┡", "━", "╇", "┩", widths))
        for cellRow in cells { lines += row(cellRow, widths, border: "│", style: { $0 }) }
        lines.append(rule("└", "─", "┴", "┘", widths))
        return lines
    }

    /// Each column's natural width, narrowed (widest first) until the table fits:
    /// first down to the column's longest word, then further if it must.
    func columnWidths() -> [Int] {
        let columns = headers.indices.map { index in [headers[index]] + cells.map { $0[index] } }
        var widths = columns.map { max(1, $0.map(TextFolding.longestLine).max() ?? 1) }
        let floors = columns.map { max(1, $0.map(TextFolding.longestWord).max() ?? 1) }
        let available = max(widths.count, width - 3 * widths.count - 1)
        while widths.reduce(0, +) > available {
            let candidates = widths.indices.filter { widths[$0] > floors[$0] }
            let pool = candidates.isEmpty ? widths.indices.filter { widths[$0] > 1 } : candidates
            guard let widest = pool.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func rule(_ left: String, _ line: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: line, count: $0 + 2) }.joined(separator: middle) + right
    }

    private func row(_ values: [String], _ widths: [Int], border: String, style: (String) -> String) -> [String] {
        let folded = zip(values, widths).map { TextFolding.fold($0, width: $1) }
        let height = folded.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            let parts = zip(folded, widths).map { lines, width in
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                return " " + (text.isEmpty ? text : style(text))
                    + String(repeating: " ", count: max(0, width - text.count)) + " "
            }
            return border + parts.joined(separator: border) + border
        }
    }
}
