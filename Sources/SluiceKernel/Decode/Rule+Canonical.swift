import SluiceCompiler

extension Rule {
    /// The rule as it reads back from the kernel: statements nft folds into a protocol dependency
    /// (`meta nfproto ipv4` right before an `ip` field, `meta l4proto tcp` before a `tcp` field)
    /// disappear, and the origin is what the kernel keeps of it: the comment's `FILE:LINE` (file
    /// relative to the root policy, column 1). Rules that cannot be sent stay as they are.
    public var kernelCanonical: Rule {
        guard let expressions = try? RuleLinearizer.linearize(self),
              let statements = RuleDelinearizer.statements(expressions) else { return self }
        var out = self
        out.statements = statements
        out.origin = RuleMessages.origin(of: comment)
        return out
    }
}
