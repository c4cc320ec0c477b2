import Foundation
import SurveyCore

/// libFuzzer entry: the expression parser (relevance, constraints, calculations).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? ExpressionParser.parse(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    return 0
}
