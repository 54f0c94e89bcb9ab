import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page read by Foundation's XML parser, so a test can say what is an element, an
/// attribute or text (not what a substring search guesses): every element in document order
/// with its attributes, its own text and the text of everything inside it.
struct ParsedPage {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The text directly inside it, not inside its children.
        var ownText: String
        /// All the text inside it, its children's included.
        var text: String
    }

    var elements: [Element] = []
    /// Why the parser stopped, when the page is not well-formed.
    var error: String?

    init(_ page: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(page.utf8))
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"
        }
        elements = collector.elements
    }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Every attribute value of every element.
    var attributeValues: [String] { elements.flatMap { $0.attributes.values } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            elements.append(Element(name: elementName, attributes: attributeDict, ownText: "", text: ""))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let innermost = open.last else { return }
            elements[innermost].ownText += string
            for index in open { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
