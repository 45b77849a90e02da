import SluiceCompiler
import SluiceLanguage

/// Policies written inline and compiled with the real front end and compiler.
enum TestPolicies {
    /// Compiles policy text for `table`; a policy that does not compile stops the test run.
    static func compile(_ text: String, table: String = "sluice") -> CompiledPolicy {
        let build = PolicyBuild.build(path: "test.sluice", table: table,
                                      fileSystem: InMemoryFileSystem(["test.sluice": text]))
        guard let compiled = build.compiled else { fatalError("test policy does not compile:\n\(build.renderedDiagnostics)") }
        return compiled
    }

    /// Gateway mode: per-host quotas on compute (IPv4) and login (dual stack), a total on dtn.
    static let gateway = """
        policy lab {
          mode gateway
          egress "wan0"
          management soc
          log denied 10/minute
        }
        group compute 10.20.0.0/16
        group gpu     10.20.5.0/24
        group login   10.10.1.0/24, fd00:10::/64
        group dtn     10.30.0.10-10.30.0.19
        group soc     10.0.0.0/28
        group lab     10.40.0.0/24
        destination mirrors 192.0.2.0/26, 2001:db8:100::/48
        service web tcp/443
        allow compute, login, dtn, lab to mirrors on web
        allow soc to any
        quota compute 1 MB per day per host
        quota login   2 MB per hour per host
        quota dtn     10 MB per day total
        quota lab     1 MB per day per host
        on exceed compute {
          block for 24h
          alert log
        }
        on exceed gpu {
          isolate for 2h
        }
        on exceed login {
          block for 1h
          alert log
        }
        on exceed dtn {
          isolate
          alert log
        }
        """

    /// Host mode with `self`: a per-host quota and a total inline quota of this machine.
    static let host = """
        policy node {
          mode host
          egress "eth0"
          management admins
        }
        group admins 10.0.0.0/30
        destination updates 192.0.2.0/28
        service web tcp/443
        allow self to updates on web quota 5 MB per day total
        quota self 1 MB per 1h per host
        on exceed self {
          block for 1h
          alert log
        }
        """

    /// Gateway mode, half way through a rollout: compute and dtn audit, login enforces.
    static let audited = """
        policy lab {
          mode gateway
          egress "wan0"
          management soc
          log denied 10/minute
        }
        group compute 10.20.0.0/16
        group login   10.10.1.0/24
        group dtn     10.30.0.10-10.30.0.19
        group soc     10.0.0.0/28
        destination mirrors 192.0.2.0/26
        service web tcp/443
        allow compute, login, dtn to mirrors on web
        allow soc to any
        audit compute, dtn
        quota compute 1 MB per day per host
        quota login   1 MB per day per host
        quota dtn     10 MB per day total
        on exceed compute, login, dtn {
          isolate for 24h
          alert log
        }
        """
}
