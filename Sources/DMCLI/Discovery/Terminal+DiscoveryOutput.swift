import Foundation

extension Terminal {
    /// Prints `text`, or writes it to `path` with a success line naming `label`.
    func writeOrPrint(_ text: String, to path: String?, label: String) throws {
        guard let path else { return printData(text) }
        try OutputFile(path: path).write(Data(text.utf8))
        success("\(label) written to \(path)")
    }
}
