import Foundation
import SurveyCore

/// libFuzzer entry: the YAML survey loader (what `chosa survey check` reads).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = SurveyLoader.load(yaml: Data(bytes: bytes, count: count), file: "fuzz.yaml")
    return 0
}
