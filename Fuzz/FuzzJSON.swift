import Foundation
import SurveyCore

/// libFuzzer entry: the JSON parser (API bodies, response files); a parsed value must survive re-encoding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? JSONValue.decode(Data(bytes: bytes, count: count))
    _ = try? ResponseFile.read(Data(bytes: bytes, count: count))
    return 0
}
