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

/// Streams an XML part as events with namespace prefixes removed, so each part reader is a plain switch and no part
/// is ever held in memory as a tree or an event list.
enum XMLEvents {
    /// Calls `consume` for every event of `data`; a consumer's error stops the parse and is rethrown.
    static func parse(_ data: Data, part: String, _ consume: @escaping (XMLEvent) throws(OfficeError) -> Void) throws(OfficeError) {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = Collector(consume)
        parser.delegate = collector
        let parsed = parser.parse()
        if let failure = collector.failure { throw failure }
        guard parsed else {
            let detail = parser.parserError.map { "line \(parser.lineNumber): \($0.localizedDescription)" } ?? "line \(parser.lineNumber)"
            throw .malformedPart(path: part, detail: detail)
        }
        collector.flush()
        if let failure = collector.failure { throw failure }
    }

    /// `x:c` → `c`.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Hands events on as they come; text split by the parser is joined before it is handed on.
    private final class Collector: NSObject, XMLParserDelegate {
        private let consume: (XMLEvent) throws(OfficeError) -> Void
        private var text = ""
        private(set) var failure: OfficeError?

        init(_ consume: @escaping (XMLEvent) throws(OfficeError) -> Void) {
            self.consume = consume
        }

        func flush(_ parser: XMLParser? = nil) {
            guard !text.isEmpty else { return }
            let pending = text
            text = ""
            deliver(.text(pending), parser)
        }

        private func deliver(_ event: XMLEvent, _ parser: XMLParser?) {
            guard failure == nil else { return }
            do {
                try consume(event)
            } catch {
                failure = error
                parser?.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            flush(parser)
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[XMLEvents.localName(key)] = value }
            deliver(.start(XMLEvents.localName(elementName), attributes), parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            flush(parser)
            deliver(.end(XMLEvents.localName(elementName)), parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }
}
