/// A parsed list that may instead be the word `any`: the sources or targets of a rule.
enum SelectorNode<Item: Sendable>: Sendable {
    case any(SourceLocation)
    case items([Located<Item>])
}
