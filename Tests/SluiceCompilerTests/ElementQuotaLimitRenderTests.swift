import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// An element with its own quota limit (a learned per-host limit) renders that limit, as nft
/// lists it; one without renders the set's.
@Suite struct ElementQuotaLimitRenderTests {
    @Test func theElementsOwnLimitIsRendered() throws {
        let key = ElementKey.address(try #require(AddressRange(parsing: "10.20.0.9")))
        let own = SetElement(key, quotaUsed: 70, quotaLimit: 5_000)
        #expect(NFTText.element(own, stateful: .quotaOver(bytes: 1_000_000)) == "10.20.0.9 quota over 5000 bytes used 70 bytes")
        let template = SetElement(key, quotaUsed: 70)
        #expect(NFTText.element(template, stateful: .quotaOver(bytes: 1_000_000))
                    == "10.20.0.9 quota over 1000000 bytes used 70 bytes")
    }
}
