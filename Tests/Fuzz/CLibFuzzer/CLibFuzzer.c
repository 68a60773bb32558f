// Only the declaration in include/CLibFuzzer.h is needed; libFuzzer itself is linked by
// -sanitize=fuzzer (scripts/fuzz).
#include "CLibFuzzer.h"
