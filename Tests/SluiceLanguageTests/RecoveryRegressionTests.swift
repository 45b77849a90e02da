import Testing
@testable import SluiceLanguage

/// Inputs that once made the parser stand still; found by the fuzz test.
@Suite struct RecoveryRegressionTests {
    @Test("a trailing comma before a stray '}' does not loop forever")
    func trailingCommaBeforeBrace() {
        let result = load(gatewayHeader + "allow soc to 192.0.2.1 on tcp/22,}udp/53 quota 1 GiB per week total\nallow")
        #expect(result.diagnostics.hasErrors)
        #expect(result.policy == nil)
    }
}
