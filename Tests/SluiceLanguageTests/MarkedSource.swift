import Testing
@testable import SluiceLanguage

/// A policy source with one `⟨...⟩` marker around the token a diagnostic must point at.
/// The markers are stripped; the marked span gives the expected line, column and length.
struct MarkedSource {
    let text: String
    let line: Int
    let column: Int
    /// Columns between the markers; 0 when the marker is empty (any length accepted).
    let length: Int

    init(_ marked: String) {
        var text = ""
        var line = 1, column = 1
        var start: (line: Int, column: Int)?
        var length = 0
        var inside = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟨":
                start = (line, column)
                inside = true
            case "⟩":
                inside = false
            default:
                text.unicodeScalars.append(scalar)
                if inside { length += 1 }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        self.text = text
        self.line = start?.line ?? 0
        self.column = start?.column ?? 0
        self.length = length
    }
}
