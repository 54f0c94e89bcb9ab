import Foundation

/// Text folding for matching: case and accents ignored, so `reglage` finds « réglage ».
public enum Search {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
