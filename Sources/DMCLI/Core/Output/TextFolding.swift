/// Breaks text into lines of at most a given width,
/// at spaces where possible and inside long words where not, so nothing is cut off.
enum TextFolding {
    /// The lines of `text` folded to `width` columns; existing line breaks are kept.
    static func fold(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            foldParagraph(String(paragraph), width: width)
        }
    }

    /// The length of the longest run of characters without a space or line break.
    static func longestWord(in text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
    }

    /// The length of the longest line.
    static func longestLine(in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    private static func foldParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            if !line.isEmpty, line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line = String(word)
        }
        lines.append(line)
        return lines
    }
}
