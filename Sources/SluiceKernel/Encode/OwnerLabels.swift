import SluiceCompiler

/// How a connection carries its owner: in its conntrack labels, which live exactly as long as the
/// connection, need no set that could fill, and leave the conntrack mark (audit's bit, and the
/// bits others route by) alone. Label 64 says an owner is recorded, so that uid 0 differs from
/// none; labels 0-31 hold the uid, every uid fitting. Loaded into register 1 (16 bytes), the uid
/// is the register's first word, which is what a lookup or set update with a 4-byte key reads.
///
/// nft 1.0.6 can parse none of this (`ct label set meta skuid` is a type mismatch), so these are
/// expressions Sluice emits and reads back itself; every register they read was written by an
/// expression nft can list, so `nft list ruleset` still shows them. `RuleDelinearizer` hands a
/// `ct label` load here.
enum OwnerLabels {
    private static let r1 = KernelExpression.register1
    /// Label 64: word 2 of the labels.
    private static let recordedBit: [UInt8] = [UInt8](repeating: 0, count: 8) + [1, 0, 0, 0] + [0, 0, 0, 0]
    private static let zero = [UInt8](repeating: 0, count: 16)
    private static let load = KernelExpression.ct(key: KernelExpression.ctLabels, dreg: r1)

    /// `ct label & 64 == 64` (or `== 0`), as nft writes it.
    private static func recorded(_ isRecorded: Bool) -> [KernelExpression] {
        [load, .bitwise(sreg: r1, dreg: r1, length: 16, mask: recordedBit, xor: zero),
         .cmp(sreg: r1, op: KernelExpression.cmpEq, data: isRecorded ? recordedBit : zero)]
    }

    /// `ct owner set meta skuid`, once: only while no owner is recorded, and only when the packet has
    /// one (the skuid load breaks the rule otherwise). Register 1 is set whole to label 64 first
    /// (registers keep what earlier rules left), then its first word to the uid. The kernel ORs the
    /// register into the labels (`nf_connlabels_replace` with the value as its own mask), so no
    /// other label is cleared.
    static func record() -> [KernelExpression] {
        recorded(false) + [
            .bitwise(sreg: r1, dreg: r1, length: 16, mask: zero, xor: recordedBit),
            .meta(key: KernelExpression.metaSKUID, dreg: r1),
            .ctSet(key: KernelExpression.ctLabels, sreg: r1),
        ]
    }

    /// `ct owner [!=] @SET`: an owner is recorded, and it is (not) in the set.
    static func lookup(_ set: String, negated: Bool) -> [KernelExpression] {
        recorded(true) + [load, .lookup(sreg: r1, set: set, flags: negated ? KernelExpression.lookupInvert : 0)]
    }

    /// `update|add @SET { ct owner }` (after a `ct owner` match, which tested that one is recorded).
    static func update(_ update: SetUpdate) -> [KernelExpression] {
        [load, .dynset(op: update.operation == .add ? KernelExpression.dynsetAdd : KernelExpression.dynsetUpdate,
                       sregKey: r1, set: update.set, timeout: 0)]
    }

    /// The statement a run of expressions starting with a `ct label` load stands for, and how many
    /// expressions it took; nil for any other use of labels.
    static func decode(_ e: ArraySlice<KernelExpression>) -> (Statement, Int)? {
        let run = Array(e.prefix(6))
        if run.count >= 2, run[0] == load, case .dynset(let op, r1, let set, 0) = run[1],
           op == KernelExpression.dynsetAdd || op == KernelExpression.dynsetUpdate {
            return (.update(SetUpdate(op == KernelExpression.dynsetAdd ? .add : .update, set: set, key: .owner)), 2)
        }
        if run == record() { return (.recordOwner, 6) }
        if run.count >= 5, Array(run[0..<4]) == recorded(true) + [load], case .lookup(r1, let set, let flags) = run[4],
           flags & ~KernelExpression.lookupInvert == 0 {
            return (.match(Match(.owner, .set(set), negated: flags & KernelExpression.lookupInvert != 0)), 5)
        }
        return nil
    }
}
