/// One window of one quota, as the report sums usage rows.
struct WindowKey: Hashable {
    var quota: String
    /// Unix seconds.
    var start: Int64
}
