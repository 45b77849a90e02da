/// Everything `ChildProcess.spawn` needs to start a program (no shell is involved).
public struct SpawnOptions: Sendable {
    /// The program file to run (an absolute path or one relative to the working directory; see
    /// `Executable.find` for a search in PATH).
    public var executable: String
    /// The argument vector, program name first.
    public var arguments: [String]
    /// `NAME=value` entries, or nil for our own environment.
    public var environment: [String]?
    /// The directory the program starts in, or nil for ours.
    public var workingDirectory: String?
    /// Standard input.
    public var standardInput: SpawnStream
    /// Standard output.
    public var standardOutput: SpawnStream
    /// Standard error.
    public var standardError: SpawnStream
    /// Start a new session (`setsid`): the program outlives the end of our terminal or SSH
    /// session, and is not in our process group.
    public var newSession: Bool
    /// Start a new process group led by the program, so `ChildProcess.killGroup` ends everything
    /// it starts (unless that leaves the group).
    public var newProcessGroup: Bool
    /// Close every descriptor from 3 up in the child, also those some library opened without
    /// close-on-exec (where the C library can: glibc 2.34).
    public var closeOtherDescriptors: Bool
    /// The signal handling it starts with.
    public var signals: SpawnSignals
    /// Names the program in errors; defaults to the arguments joined by spaces.
    public var label: String

    /// Options for running `executable` with `arguments` (default: just the executable); the
    /// rest as given.
    public init(executable: String, arguments: [String]? = nil, environment: [String]? = nil,
                workingDirectory: String? = nil, standardInput: SpawnStream = .null,
                standardOutput: SpawnStream = .inherit, standardError: SpawnStream = .inherit,
                newSession: Bool = false, newProcessGroup: Bool = false, closeOtherDescriptors: Bool = false,
                signals: SpawnSignals = .inherit, label: String? = nil) {
        let arguments = arguments ?? [executable]
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.standardInput = standardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.newSession = newSession
        self.newProcessGroup = newProcessGroup
        self.closeOtherDescriptors = closeOtherDescriptors
        self.signals = signals
        self.label = label ?? arguments.joined(separator: " ")
    }
}
