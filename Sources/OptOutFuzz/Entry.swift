import Foundation

#if FUZZING
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`: libFuzzer drives this function.
// The entry point SwiftPM links an executable with hands over to libFuzzer's own driver.

private let targets = FuzzTarget.chosen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    for target in targets { target.run(data) }
    return 0
}

#else
/// In a normal build: replays files (a corpus, a crash libFuzzer saved) through the loaders,
/// so a finding can be checked without the fuzzer: `OptOutFuzz FILE...`.
@main
enum ReplayInputs {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            print("usage: OptOutFuzz FILE... (OPTOUT_FUZZ_TARGET=catalog|theme|progress chooses the loader)")
            return
        }
        var loaded = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot be read")
                continue
            }
            for target in FuzzTarget.chosen where target.run(data) { loaded += 1 }
        }
        print("\(files.count) inputs replayed, \(loaded) loads, no crash.")
    }
}
#endif
