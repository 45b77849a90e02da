#ifndef SLUICE_CLIBFUZZER_H
#define SLUICE_CLIBFUZZER_H
// libFuzzer's driver, for a fuzz target that has a `main` of its own: SwiftPM gives every
// executable its own entry point (it links `main` to `<module>_main`), so libFuzzer's `main`
// cannot be the one that runs. Defined by libclang_rt.fuzzer, which `-sanitize=fuzzer` links;
// referenced only in fuzzing builds, so ordinary builds need no libFuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
