import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One step through an XML part: an element opening (local name, attributes by local name), text, or an element closing.
enum XMLEvent {
    case start(String, [String: String])
    case text(String)
    case end(String)
}

/// Turns an XML part into a flat list of events with namespace prefixes removed, so each part reader is a plain loop.
enum XMLEvents {
    static func parse(_ data: Data, part: String) throws(OfficeError) -> [XMLEvent] {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            let detail = parser.parserError.map { "line \(parser.lineNumber): \($0.localizedDescription)" } ?? "line \(parser.lineNumber)"
            throw .malformedPart(path: part, detail: detail)
        }
        return collector.events
    }

    /// `x:c` → `c`.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [XMLEvent] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[XMLEvents.localName(key)] = value }
            events.append(.start(XMLEvents.localName(elementName), attributes))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end(XMLEvents.localName(elementName)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if case let .text(previous)? = events.last {
                events[events.count - 1] = .text(previous + string)
            } else {
                events.append(.text(string))
            }
        }
    }
}
