import SluiceCompiler

/// NEWCHAIN/DELCHAIN messages, chain flushes (DELRULE without a handle) and chain dumps.
enum ChainMessages {
    static func hookNumber(_ hook: ChainHook.Hook) -> UInt32 {
        switch hook {
        case .input: NFT.hookInput
        case .forward: NFT.hookForward
        case .output: NFT.hookOutput
        }
    }

    static func hook(number: UInt32) -> ChainHook.Hook? {
        [ChainHook.Hook.input, .forward, .output].first { hookNumber($0) == number }
    }

    /// Appends `add chain` (without its rules). On an existing base chain with the same hook this
    /// is the kernel's update path, which changes only the policy.
    static func add(_ chain: Chain, table: String, family: UInt8 = NFT.familyINet, operation: String = "add chain",
                    to batch: inout KernelBatch) {
        batch.message(NFT.newChain, flags: NetlinkConstants.flagCreate, family: family,
                      entry: BatchEntry(operation, .init(.chain, chain.name), chain: chain.name)) { w in
            w.putString(NFT.chainTable, table)
            w.putString(NFT.chainName, chain.name)
            if let hook = chain.hook {
                let nest = w.beginNest(NFT.chainHook)
                w.putBE32(NFT.hookNum, hookNumber(hook.hook))
                w.putBE32(NFT.hookPriority, UInt32(bitPattern: hook.priority))
                w.endNest(nest)
                w.putBE32(NFT.chainPolicy, hook.policy == .accept ? NFT.verdictAccept : NFT.verdictDrop)
                w.putString(NFT.chainType, "filter")
            }
        }
    }

    /// Appends `flush chain`: deletes every rule of the chain in this transaction.
    static func flush(_ name: String, table: String, to batch: inout KernelBatch) {
        batch.message(NFT.delRule, entry: BatchEntry("flush chain", .init(.chain, name), chain: name)) { w in
            w.putString(NFT.ruleTable, table)
            w.putString(NFT.ruleChain, name)
        }
    }

    /// Appends `delete chain` (it must have no rules and no jumps to it by then).
    static func delete(_ name: String, table: String, to batch: inout KernelBatch) {
        batch.message(NFT.delChain, entry: BatchEntry("delete chain", .init(.chain, name), chain: name)) { w in
            w.putString(NFT.chainTable, table)
            w.putString(NFT.chainName, name)
        }
    }

    /// A dumped chain of `table` (without rules); throws for base chains Sluice never makes.
    static func decode(_ message: NetlinkMessage, table: String) throws -> Chain? {
        let t = message.attributes.table(max: 16)
        guard t[Int(NFT.chainTable)]?.string == table, let name = t[Int(NFT.chainName)]?.string else { return nil }
        var chain = Chain(name: name)
        if let hookAttribute = t[Int(NFT.chainHook)] {
            let h = hookAttribute.nested.table(max: 4)
            guard let number = h[Int(NFT.hookNum)]?.be32, let hook = hook(number: number),
                  let priority = h[Int(NFT.hookPriority)]?.be32,
                  (t[Int(NFT.chainType)]?.string ?? "filter") == "filter" else {
                throw KernelError.unsupported("chain \(name) in table \(table) hooks where Sluice never hooks")
            }
            let policy = t[Int(NFT.chainPolicy)]?.be32 ?? NFT.verdictAccept
            chain.hook = ChainHook(hook: hook, priority: Int32(bitPattern: priority),
                                   policy: policy == NFT.verdictDrop ? .drop : .accept)
        }
        return chain
    }
}
