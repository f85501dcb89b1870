import Dispatch
import Foundation

/// Bounded data parallelism for the build's pure stages: one worker per core,
/// results in input order so output never depends on scheduling.
public enum Parallel {
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: inputs.count)
        // Chunks of work amortise dispatch overhead on small items (one story is ~50 µs).
        let chunk = max(1, inputs.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (inputs.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let end = min(inputs.count, (c + 1) * chunk)
            for index in (c * chunk)..<end {
                results.set(index, transform(inputs[index]))
            }
        }
        return results.values()
    }
}

/// Write-once slots, each written by exactly one worker; read after all workers finish.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] { slots.map { $0! } }
}
