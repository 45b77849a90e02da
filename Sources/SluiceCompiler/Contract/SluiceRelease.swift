/// The release of Sluice this code is: what `sluice --version` prints and what the compiled
/// policies it writes are stamped with.
public enum SluiceRelease {
    /// The version number.
    public static let version = "0.2.0"
}
