import Testing
@testable import SluiceLanguage

@Test func scratch() {
    let text = """
# policies/hpc-center.sluice: border gateway of a supercomputing center

policy hpc-center {
  mode gateway                 # filter traffic routed through this machine
  egress "wan0", "wan1"        # interfaces that lead out of the site
  management soc               # containment never cuts this group off
  log denied 10/minute         # log dropped egress, rate-limited
}

include "common/services.sluice"

group compute   10.20.0.0/16
group login     10.10.1.0/24, 10.10.2.5, 2001:db8:10::/64
group dtn       10.30.0.10-10.30.0.19
group soc       10.0.0.0/28

destination mirrors   192.0.2.0/26, 2001:db8:100::/48
destination timeserv  192.0.2.123
destination partners  198.51.100.0/24

service web      tcp/80, tcp/443
service ntp      udp/123
service gridftp  tcp/2811, tcp/50000-51000

allow compte, login to mirrors on web
allow any to timeserv on ntp
allow dtn to partners on gridftp quota 20 TiB per 30d per host
allow soc to any

quota compute 2 GiB per day per host
quota login   500 MiB per hour per host
quota compute 200 GiB per day total

on exceed compute, login {
  isolate for 24h
  alert log, exec "/usr/local/libexec/page-oncall"
}
on exceed dtn {
  block for 6h
  alert log
}

expect allow 10.20.3.4 to 192.0.2.10 on tcp/443
expect deny  10.20.3.4 to 203.0.113.9 on tcp/443
expect deny  10.99.0.1 to 192.0.2.10 on tcp/443
"""
    let fs = InMemoryFileSystem(["policies/hpc.sluice": text, "policies/common/services.sluice": "service dns udp/53, tcp/53\n"])
    let r = PolicyLoader(fileSystem: fs).load(path: "policies/hpc.sluice")
    print(DiagnosticRenderer.render(r.diagnostics, sources: r.sources))
    print(r.policy as Any)
}
