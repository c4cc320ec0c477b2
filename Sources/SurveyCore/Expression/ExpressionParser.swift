/// Parses expression text into an `ExpressionNode` (XPath 1.0 precedence: or < and < equality < relational < additive < multiplicative < unary minus).
public struct ExpressionParser {
    /// The longest expression accepted, in Unicode scalars; longer text is almost certainly generated or hostile.
    public static let maximumLength = 4_000
    /// The deepest nesting of parentheses, calls and unary minus accepted, so parsing and evaluation never exhaust the stack.
    public static let maximumDepth = 64

    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0

    private init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    /// Parses `text`; throws the first syntax problem with its offset.
    public static func parse(_ text: String) throws(ExpressionError) -> ExpressionNode {
        let length = text.unicodeScalars.count
        guard length <= maximumLength else {
            throw .syntax(maximumLength, en: "expression is \(length) characters long; the limit is \(maximumLength)",
                          ja: "式が \(length) 文字あります。上限は \(maximumLength) 文字です")
        }
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(of: text))
        if parser.current.kind == .end {
            throw .syntax(0, en: "expression is empty", ja: "式が空です")
        }
        let node = try parser.parseOr()
        guard parser.current.kind == .end else {
            if case let .name(word) = parser.current.kind, word.first == "e" || word.first == "E",
               parser.position > 0, case .number = parser.tokens[parser.position - 1].kind {
                throw .syntax(parser.current.offset, en: "numbers cannot use exponent notation (write 1000, not 1e3)",
                              ja: "数値に指数表記は使えません（1e3 ではなく 1000 と書いてください）")
            }
            throw .syntax(parser.current.offset, en: "found \(parser.describe(parser.current)) after a complete expression; is an operator missing?",
                          ja: "式の後に余分な\(parser.describeJa(parser.current))があります。演算子が抜けていませんか")
        }
        return node
    }

    private var current: ExpressionToken { tokens[position] }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    /// JavaRosa reads `and`, `or`, `div` and `mod` in any letter case where an operator can stand.
    private func isOperatorName(_ name: String) -> Bool {
        if case let .name(word) = current.kind { return word.lowercased() == name }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private mutating func descend() throws(ExpressionError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw .syntax(current.offset, en: "expression is nested more than \(Self.maximumDepth) levels deep",
                          ja: "式の入れ子が \(Self.maximumDepth) 段を超えています")
        }
    }

    private mutating func parseOr() throws(ExpressionError) -> ExpressionNode {
        var node = try parseAnd()
        while isOperatorName("or") {
            advance()
            node = .binary(.or, node, try parseAnd())
        }
        return node
    }

    private mutating func parseAnd() throws(ExpressionError) -> ExpressionNode {
        var node = try parseEquality()
        while isOperatorName("and") {
            advance()
            node = .binary(.and, node, try parseEquality())
        }
        return node
    }

    private mutating func parseEquality() throws(ExpressionError) -> ExpressionNode {
        var node = try parseRelational()
        while true {
            let op: BinaryOperator
            if isSymbol("=") { op = .equal } else if isSymbol("!=") { op = .notEqual } else { return node }
            advance()
            node = .binary(op, node, try parseRelational())
        }
    }

    private mutating func parseRelational() throws(ExpressionError) -> ExpressionNode {
        var node = try parseAdditive()
        while true {
            let op: BinaryOperator
            if isSymbol("<") { op = .less } else if isSymbol("<=") { op = .lessOrEqual }
            else if isSymbol(">") { op = .greater } else if isSymbol(">=") { op = .greaterOrEqual }
            else { return node }
            advance()
            node = .binary(op, node, try parseAdditive())
        }
    }

    private mutating func parseAdditive() throws(ExpressionError) -> ExpressionNode {
        var node = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            if isSymbol("+") { op = .plus } else if isSymbol("-") { op = .minus } else { return node }
            advance()
            node = .binary(op, node, try parseMultiplicative())
        }
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> ExpressionNode {
        var node = try parseUnary()
        while true {
            let op: BinaryOperator
            if isSymbol("*") { op = .times } else if isOperatorName("div") { op = .divide }
            else if isOperatorName("mod") { op = .modulo } else { return node }
            advance()
            node = .binary(op, node, try parseUnary())
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> ExpressionNode {
        guard isSymbol("-") else { return try parsePrimary() }
        try descend()
        defer { depth -= 1 }
        advance()
        return .negate(try parseUnary())
    }

    private mutating func parsePrimary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case let .number(value):
            advance()
            return .number(value)
        case let .string(value):
            advance()
            return .string(value)
        case let .reference(name):
            advance()
            return .reference(.init(name: name, offset: token.offset))
        case .dot:
            advance()
            return .current(offset: token.offset)
        case .leftParen:
            try descend()
            defer { depth -= 1 }
            advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw .syntax(current.offset, en: "expected ')' to close the '(' at offset \(token.offset + 1), found \(describe(current))",
                              ja: "\(token.offset + 1) 文字目の「(」を閉じる「)」が必要ですが、\(describeJa(current))があります")
            }
            advance()
            return inner
        case let .name(name):
            advance()
            guard current.kind == .leftParen else {
                return .variable(name: name, offset: token.offset)
            }
            return try parseCall(name: name, offset: token.offset)
        case .end:
            throw .syntax(token.offset, en: "expression ends where a value was expected",
                          ja: "値が必要な位置で式が終わっています")
        case .rightParen, .comma, .symbol:
            throw .syntax(token.offset, en: "expected a value, found \(describe(token))",
                          ja: "値が必要ですが、\(describeJa(token))があります")
        }
    }

    private mutating func parseCall(name: String, offset: Int) throws(ExpressionError) -> ExpressionNode {
        try descend()
        defer { depth -= 1 }
        advance()  // "("
        var arguments: [ExpressionNode] = []
        if current.kind != .rightParen {
            while true {
                arguments.append(try parseOr())
                if current.kind == .comma {
                    advance()
                    continue
                }
                break
            }
        }
        guard current.kind == .rightParen else {
            throw .syntax(current.offset, en: "expected ',' or ')' in the call to \(name)(), found \(describe(current))",
                          ja: "\(name)() の呼び出しには「,」か「)」が必要ですが、\(describeJa(current))があります")
        }
        advance()
        return .call(name: name, function: ExpressionFunction(rawValue: name), arguments: arguments, offset: offset)
    }

    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case let .number(value): "the number \(XPathValue.format(value))"
        case let .string(value): "the string '\(value)'"
        case let .reference(name): "the reference ${\(name)}"
        case let .name(name): "the name '\(name)'"
        case .dot: "'.'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .comma: "','"
        case let .symbol(symbol): "'\(symbol)'"
        case .end: "the end of the expression"
        }
    }

    private func describeJa(_ token: ExpressionToken) -> String {
        switch token.kind {
        case let .number(value): "数値 \(XPathValue.format(value)) "
        case let .string(value): "文字列 '\(value)' "
        case let .reference(name): "参照 ${\(name)} "
        case let .name(name): "名前「\(name)」"
        case .dot: "「.」"
        case .leftParen: "「(」"
        case .rightParen: "「)」"
        case .comma: "「,」"
        case let .symbol(symbol): "「\(symbol)」"
        case .end: "式の終わり"
        }
    }
}
