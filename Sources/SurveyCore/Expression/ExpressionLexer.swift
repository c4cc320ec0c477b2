/// Splits expression text into tokens, keeping each token's offset for messages.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// All tokens, ending with `.end`; throws at the first character that cannot start a token.
    static func tokens(of text: String) throws(ExpressionError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(text)
        var tokens: [ExpressionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic
    }

    private static func isNameChar(_ s: Unicode.Scalar) -> Bool {
        isNameStart(s) || isDigit(s) || s == "-" || s == "." || s.properties.numericType != nil
    }

    private mutating func next() throws(ExpressionError) -> ExpressionToken {
        while let s = peek(), s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" { index += 1 }
        let start = index
        guard let s = peek() else { return ExpressionToken(kind: .end, offset: start) }
        switch s {
        case "(": index += 1; return ExpressionToken(kind: .leftParen, offset: start)
        case ")": index += 1; return ExpressionToken(kind: .rightParen, offset: start)
        case ",": index += 1; return ExpressionToken(kind: .comma, offset: start)
        case "+", "-", "*", "=":
            index += 1
            return ExpressionToken(kind: .symbol(String(s)), offset: start)
        case "<", ">":
            index += 1
            if peek() == "=" {
                index += 1
                return ExpressionToken(kind: .symbol(String(s) + "="), offset: start)
            }
            return ExpressionToken(kind: .symbol(String(s)), offset: start)
        case "!":
            guard peek(1) == "=" else {
                throw .syntax(start, en: "'!' must be followed by '=' (use not() for negation)",
                              ja: "「!」の後には「=」が必要です（否定には not() を使います）")
            }
            index += 2
            return ExpressionToken(kind: .symbol("!="), offset: start)
        case "'", "\"":
            index += 1
            var text = String.UnicodeScalarView()
            while let c = peek(), c != s {
                text.append(c)
                index += 1
            }
            guard peek() == s else {
                throw .syntax(start, en: "unterminated string: add the closing \(s)",
                              ja: "文字列が閉じていません。閉じる \(s) を追加してください")
            }
            index += 1
            return ExpressionToken(kind: .string(String(text)), offset: start)
        case "$":
            return try reference(start)
        case ".":
            if let d = peek(1), Self.isDigit(d) { return number(start) }
            if peek(1) == "." {
                throw .syntax(start, en: "'..' (parent path) is not supported; refer to items as ${id}",
                              ja: "「..」（親パス）は使えません。項目は ${id} で参照してください")
            }
            index += 1
            return ExpressionToken(kind: .dot, offset: start)
        case "/", "[", "]", "|", "@":
            throw .syntax(start, en: "XPath paths and predicates ('\(s)') are not supported; refer to items as ${id}",
                          ja: "XPath のパスや述語（「\(s)」）は使えません。項目は ${id} で参照してください")
        default:
            if Self.isDigit(s) { return number(start) }
            if Self.isNameStart(s) {
                var name = String.UnicodeScalarView()
                while let c = peek(), Self.isNameChar(c) {
                    name.append(c)
                    index += 1
                }
                return ExpressionToken(kind: .name(String(name)), offset: start)
            }
            throw .syntax(start, en: "unexpected character '\(s)'", ja: "予期しない文字「\(s)」があります")
        }
    }

    private mutating func number(_ start: Int) -> ExpressionToken {
        var text = ""
        while let c = peek(), Self.isDigit(c) {
            text.unicodeScalars.append(c)
            index += 1
        }
        if peek() == "." {
            text.append(".")
            index += 1
            while let c = peek(), Self.isDigit(c) {
                text.unicodeScalars.append(c)
                index += 1
            }
        }
        // Digits and one point always parse; the fallback keeps the lexer total.
        return ExpressionToken(kind: .number(Double(text) ?? .nan), offset: start)
    }

    private mutating func reference(_ start: Int) throws(ExpressionError) -> ExpressionToken {
        guard peek(1) == "{" else {
            throw .syntax(start, en: "'$' must start a reference like ${item_id}",
                          ja: "「$」は ${item_id} の形の参照で使います")
        }
        index += 2
        var name = String.UnicodeScalarView()
        while let c = peek(), c != "}" {
            guard Self.isNameChar(c) else {
                throw .syntax(index, en: "'\(c)' cannot appear in an item id inside ${…}",
                              ja: "${…} の項目IDに「\(c)」は使えません")
            }
            name.append(c)
            index += 1
        }
        guard peek() == "}" else {
            throw .syntax(start, en: "reference is missing its closing '}'", ja: "参照の閉じ括弧「}」がありません")
        }
        index += 1
        guard !name.isEmpty else {
            throw .syntax(start, en: "empty reference ${}: name an item id", ja: "空の参照 ${} です。項目IDを書いてください")
        }
        return ExpressionToken(kind: .reference(String(name)), offset: start)
    }
}
