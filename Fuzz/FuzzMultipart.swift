import Foundation
import SurveyCore

/// libFuzzer entry: the multipart/form-data parser of the portal's section forms.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMultipart(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = Multipart.parse(data, boundary: "b", maximumParts: 1000)
    _ = Multipart.boundary(String(decoding: data.prefix(200), as: UTF8.self))
    return 0
}
