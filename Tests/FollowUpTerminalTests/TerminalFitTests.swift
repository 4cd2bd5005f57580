import Foundation
import Testing

/// The chat in a real pseudo-terminal: Tab on the live session, replies fitted to the width.
struct TerminalFitTests {
    @Test func tabCompletesLivePeopleKindsAndCompaniesAndRepliesFitTheTerminal() throws {
        let script = BinaryTests.packageRoot.appendingPathComponent("Tests/FollowUpTerminalTests/terminal_fit.py")
        let run = try BinaryTests.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, BinaryTests.binary.path])
        #expect(run.status == 0, "\(run.output)\n\(run.error)")
        #expect(run.output.contains("terminal fit: all checks passed"))
    }
}
