import Testing
@testable import SluiceCompiler

/// Sizes for people: exact where a unit divides them, and beside a budget in the budget's units.
@Suite struct UnitsTests {
    @Test func exactSizesUseTheUnitThatDividesThem() {
        #expect(Units.size(2 << 30) == "2 GiB")
        #expect(Units.size(500_000_000) == "500 MB")
        #expect(Units.size(1234) == "1.20 KiB")
        #expect(Units.size(999) == "999 B")
    }

    /// Tester F: `status` showed 1,506,584 bytes as `1.43 MiB` beside a `2 MB` budget (truncated,
    /// and in other units): the headroom read about 5% wrong.
    @Test func usedBytesReadInTheirBudgetsUnitsRounded() {
        #expect(Units.size(1_506_584, like: 2_000_000) == "1.51 MB")
        #expect(Units.size(1_506_584, like: 2 << 20) == "1.44 MiB")
        #expect(Units.size(999_999, like: 1_000_000) == "1000.00 KB")
        #expect(Units.size(1_000_000, like: 1 << 20) == "1 MB", "an exact size stays exact")
        #expect(Units.size(512, like: 1_000_000) == "512 B")
        #expect(Units.size(UInt64.max, like: 1_000_000) == "18446744.07 TB")
    }
}
