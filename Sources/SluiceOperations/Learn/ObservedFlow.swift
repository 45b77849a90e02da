import SluiceLanguage

/// One host's flows to one destination and service over the period, as learn weighs them.
struct ObservedFlow: Hashable {
    struct Key: Hashable {
        var host: String
        var destination: IPAddress
        var transport: UInt8
        var port: UInt16
    }

    var key: Key
    var bytes: UInt64 = 0
    var firstHour: Int64
    var lastHour: Int64
}
