import BenchSupport
import Foundation
import SluiceKernel

/// The apply benchmark: `sluice apply` of a large generated policy into an empty namespace, then of
/// the same policy with one prefix changed, against `nft -f` of the same rulesets, each round in
/// fresh throwaway namespaces (`sb-...`), all measured in the same run.
final class ApplyBenchmark {
    let rounds: Int
    let generator: GeneratedPolicy
    let sluice: String
    /// This program, for `--phases` children.
    let phasesProgram: String
    let ip = "/usr/sbin/ip"
    let nft = BenchEnvironment.nft
    let dir: String

    private(set) var runs: [BenchStep: [Measured]] = [:]
    private(set) var phases: [BenchStep: [[PhaseTiming]]] = [:]
    /// What the first measured round's changed apply did, as `sluice apply` and `--phases` print it.
    private(set) var digests: [BenchStep: String] = [:]
    /// Results of the checks that both sides did the same work.
    private(set) var notes: [String] = []
    /// Per encoder: each recorded round's `--encode` child, measured from outside, and what it printed.
    var encodings: [ElementEncoder: [(child: Measured, result: EncoderComparison.Result)]] = [:]
    /// Per recorded round: whether an nftables event listener was on the machine (`EventListeners`).
    private(set) var listenerRounds: [Bool] = []
    /// The most listeners seen since the current round began.
    private var listenersSeen = 0

    /// Recorded rounds without an event listener.
    var cleanRounds: Int { listenerRounds.filter { !$0 }.count }

    /// The rounds the report uses: the clean ones when there are enough, otherwise all of them.
    var roundsUsed: [Int] {
        let clean = listenerRounds.indices.filter { !listenerRounds[$0] }
        return clean.count >= rounds ? clean : Array(listenerRounds.indices)
    }

    // Both versions of the policy are applied from this one path, rewritten in between: rule and
    // object comments name the policy file, and a second path would change every one of them, not
    // one prefix.
    var policy: String { dir + "/bench.sluice" }
    private var basePolicyText: String { dir + "/base.txt" }
    private var changedPolicyText: String { dir + "/changed.txt" }
    var baseRuleset: String { dir + "/base.nft" }
    var changedRuleset: String { dir + "/changed.nft" }
    var reloadRuleset: String { dir + "/reload.nft" }
    var elementRuleset: String { dir + "/element.nft" }

    init(rounds: Int, generator: GeneratedPolicy, sluice: String, phasesProgram: String, dir: String) {
        self.rounds = rounds
        self.generator = generator
        self.sluice = sluice
        self.phasesProgram = phasesProgram
        self.dir = dir
    }

    /// Writes the two policies and their rulesets, and the reload file for the `nft` reference.
    func prepare() throws {
        try generator.text().write(toFile: basePolicyText, atomically: true, encoding: .utf8)
        try generator.text(variant: 1).write(toFile: changedPolicyText, atomically: true, encoding: .utf8)
        for (changed, ruleset) in [(false, baseRuleset), (true, changedRuleset)] {
            try usePolicy(changed: changed)
            let r = try Measured.run([sluice, "compile", policy], stdout: ruleset)
            guard r.status == 0 else { throw BenchError.failed("sluice compile \(policy) failed: \(r.output)") }
        }
        let base = try String(contentsOfFile: baseRuleset, encoding: .utf8)
        let changed = try String(contentsOfFile: changedRuleset, encoding: .utf8)
        // The reference must do the work of one changed prefix too: exactly one line out, one in.
        let baseLines = Set(base.split(separator: "\n")), changedLines = Set(changed.split(separator: "\n"))
        let out = baseLines.subtracting(changedLines), into = changedLines.subtracting(baseLines)
        guard out.count == 1, into.count == 1 else {
            throw BenchError.failed("the changed ruleset differs in \(out.count) lines out, \(into.count) in; expected 1 and 1: "
                                    + "\(out.sorted().prefix(3)) -> \(into.sorted().prefix(3))")
        }
        notes.append("rulesets differ in one element: \(out.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "") -> \(into.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "")")
        // nft replaces a table atomically when one file deletes it and declares it again.
        guard changed.hasPrefix("table inet sluice {") else {
            throw BenchError.failed("sluice compile does not start with `table inet sluice {`; the reload file would be wrong")
        }
        // Sluice's table carries its mark, which nft lists as a comment; nft's table gets the
        // comment too, so the two list alike (nft cannot write the mark's own record).
        func commented(_ text: String) -> String {
            text.replacingOccurrences(of: "table inet sluice {\n", with: "table inet sluice {\n\tcomment \"managed by sluice\"\n")
        }
        try commented(base).write(toFile: baseRuleset, atomically: true, encoding: .utf8)
        try ("delete table inet sluice\n" + commented(changed)).write(toFile: reloadRuleset, atomically: true, encoding: .utf8)
        try Self.elementChange(base: base, out: out.first ?? "", into: into.first ?? "")
            .write(toFile: elementRuleset, atomically: true, encoding: .utf8)
    }

    /// The nft commands that make the one change alone: the element out of its set, the new one in.
    static func elementChange(base: String, out: Substring, into: Substring) throws -> String {
        func element(_ line: Substring) -> String {
            line.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",}")))
                .replacingOccurrences(of: "elements = {", with: "").trimmingCharacters(in: .whitespaces)
        }
        let lines = base.split(separator: "\n")
        guard let at = lines.firstIndex(of: out),
              let header = lines[..<at].last(where: { $0.hasPrefix("\tset ") }),
              let name = header.split(separator: " ").dropFirst().first else {
            throw BenchError.failed("the changed element's set was not found in the ruleset")
        }
        return "delete element inet sluice \(name) { \(element(out)) }\nadd element inet sluice \(name) { \(element(into)) }\n"
    }

    /// One round; `tag` names its namespaces; `record` false for the warm-up, which instead checks
    /// that `sluice apply` and `nft -f` leave the same table behind.
    func round(_ tag: String, record: Bool) throws {
        if let signal = Interruption.caught { throw BenchError.failed("interrupted by signal \(signal)") }
        listenersSeen = EventListeners.count()
        defer { if record { listenerRounds.append(listenersSeen > 0) } }
        try usePolicy(changed: false)
        try measure(.compile, [sluice, "compile", policy], record: record, stdout: dir + "/compile-out.nft")

        let sluiceNamespace = try BenchEnvironment.namespace("s" + tag)
        defer { BenchEnvironment.removeNamespace(sluiceNamespace) }
        let nftNamespace = try BenchEnvironment.namespace("n" + tag)
        defer { BenchEnvironment.removeNamespace(nftNamespace) }
        let phasesNamespace = try BenchEnvironment.namespace("p" + tag)
        defer { BenchEnvironment.removeNamespace(phasesNamespace) }
        let sluiceState = dir + "/state-s" + tag, phasesState = dir + "/state-p" + tag
        defer {
            try? FileManager.default.removeItem(atPath: sluiceState)
            try? FileManager.default.removeItem(atPath: phasesState)
        }

        // The two sides of each comparison run back to back, so a change in the machine's load hits both.
        let full = try measure(.sluiceFull, inside(sluiceNamespace, [sluice, "apply", policy, "--state-dir", sluiceState]),
                               record: record)
        guard full.text.contains("applied version") else { throw BenchError.failed("sluice apply said: \(full.text)") }
        try measure(.nftFull, inside(nftNamespace, [nft, "-f", baseRuleset]), record: record)
        if !record { try compareTables(sluiceNamespace, nftNamespace, "after the full apply") }

        try usePolicy(changed: true)
        let changed = try measure(.sluiceIncremental,
                                  inside(sluiceNamespace, [sluice, "apply", policy, "--state-dir", sluiceState]),
                                  record: record)
        if record && digests[.sluiceIncremental] == nil { digests[.sluiceIncremental] = changed.text }
        // nft's own one-element change first, then the reload the goal compares with (which
        // replaces the table whatever it holds); the tables must agree after both.
        try measure(.nftElement, inside(nftNamespace, [nft, "-f", elementRuleset]), record: record)
        if !record { try compareTables(sluiceNamespace, nftNamespace, "after nft's one-element change") }
        try measure(.nftReload, inside(nftNamespace, [nft, "-f", reloadRuleset]), record: record)
        if !record { try compareTables(sluiceNamespace, nftNamespace, "after the one-prefix change") }

        try usePolicy(changed: false)
        try measurePhases(.phasesFull, inside(phasesNamespace, [phasesProgram, ApplyPhases.flag, policy, phasesState]),
                          record: record)
        try usePolicy(changed: true)
        try measurePhases(.phasesIncremental, inside(phasesNamespace, [phasesProgram, ApplyPhases.flag, policy, phasesState]),
                          record: record)

        // The element encoders, back to back, the first one alternating from round to round.
        try usePolicy(changed: false)
        let encoders = ElementEncoder.allCases
        let first = (encodings.values.first?.count ?? 0) % encoders.count
        for encoder in encoders[first...] + encoders[..<first] { try measureEncoder(encoder, record: record) }
    }

    private func measureEncoder(_ encoder: ElementEncoder, record: Bool) throws {
        let outPath = dir + "/encode-out"
        let child = try Measured.run([phasesProgram, EncoderComparison.flag, policy, encoder.rawValue], stdout: outPath)
        guard child.status == 0, let result = EncoderComparison.Result(output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") else {
            throw BenchError.failed("bench-apply --encode \(encoder.rawValue) exited \(child.status): \(child.output)")
        }
        if record { encodings[encoder, default: []].append((child, result)) }
    }

    /// Puts the base or the changed policy text at `policy`.
    private func usePolicy(changed: Bool) throws {
        let source = changed ? changedPolicyText : basePolicyText
        unlink(policy)
        try FileManager.default.copyItem(atPath: source, toPath: policy)
    }

    private func inside(_ namespace: String, _ command: [String]) -> [String] {
        [ip, "netns", "exec", namespace] + command
    }

    /// Runs a command; it must succeed. Returns the measurement and its standard output.
    @discardableResult
    private func measure(_ step: BenchStep, _ command: [String], record: Bool,
                         stdout: String? = nil) throws -> (measured: Measured, text: String) {
        let outPath = stdout ?? dir + "/stdout"
        let measured = try Measured.run(command, stdout: outPath)
        if let signal = Interruption.caught { throw BenchError.failed("interrupted by signal \(signal)") }
        listenersSeen = max(listenersSeen, EventListeners.count())
        guard measured.status == 0 else {
            throw BenchError.failed("\(command.joined(separator: " ")) exited \(measured.status): \(measured.output)")
        }
        if record { runs[step, default: []].append(measured) }
        // The compile output is megabytes and only its timing matters.
        let text = stdout == nil ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
        return (measured, text)
    }

    private func measurePhases(_ step: BenchStep, _ command: [String], record: Bool) throws {
        let (_, text) = try measure(step, command, record: record)
        let timings = text.split(separator: "\n").compactMap { PhaseTiming(line: $0) }
        guard !timings.isEmpty else { throw BenchError.failed("bench-apply --phases printed no timings: \(text)") }
        guard record else { return }
        phases[step, default: []].append(timings)
        if digests[step] == nil {
            digests[step] = text.split(separator: "\n").filter { !$0.hasPrefix("phase\t") }
                .map { $0.replacingOccurrences(of: "\t", with: ": ") }.joined(separator: "\n")
        }
    }

    /// Both sides must leave the same table: `nft -s list` (no counter or quota values) of each.
    private func compareTables(_ a: String, _ b: String, _ when: String) throws {
        func list(_ namespace: String) throws -> [Substring] {
            let path = dir + "/list-\(namespace)"
            defer { unlink(path) }
            let r = try Measured.run(inside(namespace, [nft, "-s", "list", "table", "inet", "sluice"]), stdout: path)
            guard r.status == 0 else { throw BenchError.failed("nft list table in \(namespace) failed: \(r.output)") }
            return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        }
        let left = try list(a), right = try list(b)
        if left == right {
            notes.append("\(when): `nft -s list table` is identical on both sides (\(left.count) lines)")
            return
        }
        let l = Set(left), r = Set(right)
        let onlyLeft = left.filter { !r.contains($0) }, onlyRight = right.filter { !l.contains($0) }
        notes.append("\(when): `nft -s list table` differs: \(onlyLeft.count) lines only after sluice, "
                     + "\(onlyRight.count) only after nft; first: \(onlyLeft.first ?? "-") | \(onlyRight.first ?? "-")")
    }
}
