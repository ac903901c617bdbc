/// Draws key/value pairs as a two-column grid without borders,
/// folding values to fit a width.
struct DetailLayout {
    var title: String
    var pairs: [(key: String, value: String)]
    var width: Int
    var styleKey: (String) -> String = { $0 }

    /// The lines of the drawn grid, title first.
    func lines() -> [String] {
        let keyWidth = min(pairs.map(\.key.count).max() ?? 0, max(1, width / 3))
        let valueWidth = max(1, width - keyWidth - 2)
        var lines = [title]
        for (key, value) in pairs {
            let keyLines = TextFolding.fold(key, width: keyWidth)
            let valueLines = TextFolding.fold(value, width: valueWidth)
            for index in 0..<max(keyLines.count, valueLines.count) {
                let keyText = index < keyLines.count ? keyLines[index] : ""
                let padding = String(repeating: " ", count: keyWidth - keyText.count + 2)
                let valueText = index < valueLines.count ? valueLines[index] : ""
                let line = (keyText.isEmpty ? keyText : styleKey(keyText)) + padding + valueText
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
            }
        }
        return lines
    }
}
