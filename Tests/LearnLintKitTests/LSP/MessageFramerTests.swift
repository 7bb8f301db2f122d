import Testing

@testable import LearnLintLSP

/// The base protocol's framing, fed the way a pipe delivers bytes: in arbitrary pieces.
@Suite struct MessageFramerTests {
    private func frame(_ body: String, header: String? = nil) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array((header ?? "Content-Length: \(bytes.count)\r\n\r\n").utf8) + bytes
    }

    private func bodies(_ outputs: [MessageFramer.Output]) -> [String] {
        outputs.compactMap {
            if case .message(let bytes) = $0 { return String(decoding: bytes, as: UTF8.self) }
            return nil
        }
    }

    @Test func oneMessageInOnePiece() {
        var framer = MessageFramer()
        #expect(bodies(framer.append(frame(#"{"id":1}"#))) == [#"{"id":1}"#])
        #expect(!framer.hasPartialMessage)
    }

    @Test func aMessageFedOneByteAtATimeCompletesOnItsLastByte() {
        var framer = MessageFramer()
        let bytes = frame(#"{"text":"héllo 🚀"}"#)
        var outputs: [MessageFramer.Output] = []
        for (index, byte) in bytes.enumerated() {
            let produced = framer.append([byte])
            if index < bytes.count - 1 { #expect(produced.isEmpty, "nothing before the last byte (byte \(index))") }
            outputs += produced
        }
        #expect(bodies(outputs) == [#"{"text":"héllo 🚀"}"#])
    }

    @Test func twoMessagesInOnePieceAndAThirdSplitAcrossTheNext() {
        var framer = MessageFramer()
        let third = frame(#"{"id":3}"#)
        let first = framer.append(frame(#"{"id":1}"#) + frame(#"{"id":2}"#) + third.prefix(10))
        #expect(bodies(first) == [#"{"id":1}"#, #"{"id":2}"#])
        #expect(framer.hasPartialMessage)
        #expect(bodies(framer.append(third.dropFirst(10))) == [#"{"id":3}"#])
    }

    @Test func headerNamesAreCaseInsensitiveAndContentTypeIsAccepted() {
        var framer = MessageFramer()
        let body = #"{"id":1}"#
        let header =
            "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  \(body.utf8.count)\r\n\r\n"
        #expect(bodies(framer.append(frame(body, header: header))) == [body])
    }

    @Test(arguments: [
        ("Content-Type: x\r\n\r\n", "no Content-Length header"),
        ("Content-Length: ten\r\n\r\n", "Content-Length is not a number"),
        ("Content-Length: -5\r\n\r\n", "Content-Length is not a number"),
        ("Content-Length: 999999999999\r\n\r\n", "Content-Length is not a number"),
        ("Content-Length: 99999999\r\n\r\n", "over the limit"),
        ("garbage without a colon\r\n\r\n", "a header line without ':'"),
    ])
    func aMalformedHeaderIsReportedAndTheNextMessageStillArrives(header: String, reason: String) {
        var framer = MessageFramer()
        let outputs = framer.append(Array(header.utf8) + Array("{junk}".utf8) + frame(#"{"id":7}"#))
        guard case .malformedHeader(let problem) = outputs.first else {
            Issue.record("expected a malformed header first, got \(outputs)")
            return
        }
        #expect(problem.contains(reason))
        #expect(bodies(outputs) == [#"{"id":7}"#])
    }

    @Test func aHeaderThatNeverEndsIsCutOffAtTheLimit() {
        var framer = MessageFramer()
        let flood = [UInt8](repeating: UInt8(ascii: "x"), count: MessageFramer.maximumHeaderBytes + 10)
        let outputs = framer.append(flood)
        #expect(outputs == [.malformedHeader("a header block longer than \(MessageFramer.maximumHeaderBytes) bytes")])
        // Recovery finds the next message even when its marker arrives split in two.
        let next = frame(#"{"id":8}"#)
        #expect(framer.append(next.prefix(7)).isEmpty)
        #expect(bodies(framer.append(next.dropFirst(7))) == [#"{"id":8}"#])
    }

    @Test func strayBytesBeforeAHeaderDoNotSwallowTheMessage() {
        var framer = MessageFramer()
        // No blank line ends the stray bytes, so they and the real header form one bad header block.
        let outputs = framer.append(Array("stray bytes\r\n".utf8) + frame(#"{"id":9}"#))
        #expect(outputs.count == 2)
        #expect(bodies(outputs) == [#"{"id":9}"#])
    }

    @Test func randomBytesNeverTrapAndTheNextMessageIsFound() {
        var generator = FuzzTests.Generator(state: 17)
        // Mostly header-like bytes, so the noise often looks like a broken header.
        let alphabet: [UInt8] = Array("\r\n:C ontent-Length9".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<200 {
            var framer = MessageFramer()
            let noise = (0..<generator.below(300)).map { _ in alphabet[generator.below(alphabet.count)] }
            var outputs = framer.append(noise + Array("\r\n\r\n".utf8))
            outputs += framer.append(frame(#"{"id":1}"#))
            #expect(bodies(outputs).last == #"{"id":1}"#, "noise \(noise)")
        }
    }

    @Test func anEmptyBodyIsAMessage() {
        var framer = MessageFramer()
        #expect(framer.append(Array("Content-Length: 0\r\n\r\n".utf8)) == [.message([])])
    }
}
