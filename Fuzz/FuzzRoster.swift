import Foundation
import SurveyCore

/// libFuzzer entry: the CSV roster reader (`chosa institutions import`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoster(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = Roster.read(Data(bytes: bytes, count: count), file: "fuzz.csv")
    return 0
}
