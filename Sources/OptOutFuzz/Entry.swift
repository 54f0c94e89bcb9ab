import Foundation

#if FUZZING
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`: libFuzzer drives `fuzzOneInput`.
// SwiftPM links an executable with `main` pointing at `<target>_main`; here that function hands
// the command line to libFuzzer's own driver, so libFuzzer's options (-max_total_time=60,
// -runs=N, a corpus folder) work as usual.

private nonisolated(unsafe) var targets: [FuzzTarget] = FuzzTarget.allCases

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    for target in targets { target.run(data) }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("OptOutFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    targets = FuzzTarget.chosen
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
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
