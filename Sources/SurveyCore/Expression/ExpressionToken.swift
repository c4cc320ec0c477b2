/// A token of the expression language with its offset in the source.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case string(String)
        case reference(String)
        case name(String)
        case dot
        case leftParen
        case rightParen
        case comma
        case symbol(String)   // + - * = != < <= > >=
        case end
    }

    var kind: Kind
    var offset: Int
}
