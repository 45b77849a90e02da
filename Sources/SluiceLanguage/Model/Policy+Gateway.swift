extension Policy {
    /// The policy as gateway `name` of a fleet runs it: its `gateway NAME { }` block's settings
    /// over the policy's. Without a name, or for a gateway without a block, the policy itself.
    public func forGateway(_ name: String?) -> Policy {
        guard let name, let settings = gateways.first(where: { $0.name == name }) else { return self }
        var policy = self
        if let egress = settings.egressInterfaces { policy.egressInterfaces = egress }
        return policy
    }
}
