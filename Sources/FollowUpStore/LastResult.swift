/// What a step makes of a run of equal inputs, worked out once for the run: an import's
/// applications often share their time frame, the state of their conversation and their phase.
struct LastResult<Input: Equatable, Output> {
    private var last: (input: Input, output: Output)?

    /// `make(input)`, worked out again only when `input` differs from the last one given.
    mutating func callAsFunction(_ input: Input, _ make: (Input) throws -> Output) rethrows -> Output {
        if let last, last.input == input { return last.output }
        let output = try make(input)
        last = (input, output)
        return output
    }
}
