import Yams

/// Texts in several languages: which are required, and which are missing (for warnings).
extension YAMLReader {
    /// A text in several languages: a mapping with at least the required ones.
    public mutating func localized(_ node: Node, field: String, multiline: Bool = false) -> LocalizedText? {
        guard case .mapping(let mapping) = node else {
            report(node, .expectedMapping(field: field))
            return nil
        }
        var values: [Language: String] = [:]
        var ok = true
        for (keyNode, value) in mapping {
            guard let code = keyNode.string else { continue }
            guard let language = Language(rawValue: code) else {
                report(keyNode, .unknownLanguage(field: field, code: SafeText.line(code)))
                ok = false
                continue
            }
            if let text = string(value, field: "\(field).\(code)", multiline: multiline) {
                values[language] = text
            } else {
                ok = false
            }
        }
        for language in requiredLanguages where values[language] == nil && ok {
            report(node, .missingLanguage(field: field, language: language))
            ok = false
        }
        if countsMissingTranslations && ok { countMissing(values, at: node) }
        return ok ? LocalizedText(values) : nil
    }

    private mutating func countMissing(_ values: [Language: String], at node: Node) {
        for language in Language.allCases where values[language] == nil && !requiredLanguages.contains(language) {
            if let index = missingTranslations.firstIndex(where: { $0.language == language }) {
                missingTranslations[index].count += 1
            } else {
                missingTranslations.append(MissingTranslation(file: file, language: language, count: 1,
                                                              line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
            }
        }
    }
}
