import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `chosa serve` as an operator runs it: two listeners in one process, both stopped gracefully by SIGTERM.
@Suite struct ServeProcessTests {
    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func accepts(_ port: Int) -> Bool {
        #if canImport(Glibc)
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let handle = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard handle >= 0 else { return false }
        defer { close(handle) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result == 0
    }

    @Test func bothListenersStartAndStopTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("chosa.sqlite").path
        let initialise = Process()
        initialise.executableURL = try StoreFixtures.chosaExecutable()
        initialise.arguments = ["db", "init", "--db", db]
        initialise.standardOutput = FileHandle.nullDevice
        try initialise.run()
        initialise.waitUntilExit()

        let output = Pipe()
        let serve = Process()
        serve.executableURL = try StoreFixtures.chosaExecutable()
        serve.arguments = ["serve", "--db", db, "--port", "0", "--analyst-port", "0", "--log-level", "error"]
        serve.standardOutput = output
        serve.standardError = FileHandle.nullDevice
        try serve.run()
        defer { if serve.isRunning { serve.terminate() } }

        // Reads what the server prints until both listeners have said where they are (each read blocks until the
        // server writes or exits; no clock is involved).
        var text = ""
        var portal: Int?
        var workspace: Int?
        while portal == nil || workspace == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            portal = Self.port(after: "listening on http://127.0.0.1:", in: text)
            workspace = Self.port(after: "analyst workspace at http://127.0.0.1:", in: text)
        }
        let portalPort = try #require(portal)
        let workspacePort = try #require(workspace)
        #expect(portalPort != workspacePort)
        #expect(Self.accepts(portalPort) && Self.accepts(workspacePort))

        kill(serve.processIdentifier, SIGTERM)
        serve.waitUntilExit()
        #expect(serve.terminationReason == .exit && serve.terminationStatus == 0)
        #expect(!Self.accepts(portalPort) && !Self.accepts(workspacePort))
    }

    static func port(after prefix: String, in text: String) -> Int? {
        // Only a whole line counts: the digits must be followed by the URL's "/" (a read may end mid-number).
        guard let range = text.range(of: prefix) else { return nil }
        let rest = text[range.upperBound...]
        let digits = rest.prefix { $0.isNumber }
        guard rest.dropFirst(digits.count).first == "/" else { return nil }
        return Int(digits)
    }
}
