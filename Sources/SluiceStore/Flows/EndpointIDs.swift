/// The endpoint ids of one write transaction: looked up once per name, inserted when new.
struct EndpointIDs {
    private let select: PreparedStatement
    private let insert: PreparedStatement
    private var known: [String: Int64] = [:]

    init(_ select: PreparedStatement, _ insert: PreparedStatement) {
        self.select = select
        self.insert = insert
    }

    /// The id of a host or destination name, made when the store has none.
    mutating func id(_ name: String) throws -> Int64 {
        if let id = known[name] { return id }
        let id: Int64
        if try select.run([.text(name)]) {
            id = select.int(0)
        } else {
            guard try insert.run([.text(name)]) else { throw EndpointInsertFailed() }
            id = insert.int(0)
            // RETURNING rows must be stepped to the end before the statement is reused.
            while try insert.step() {}
        }
        known[name] = id
        return id
    }

    /// An insert that returned no id, which SQLite never does.
    struct EndpointInsertFailed: Error {}
}
