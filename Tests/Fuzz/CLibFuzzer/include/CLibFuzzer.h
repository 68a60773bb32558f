// libFuzzer's driver, for the fuzz targets of scripts/fuzz (docs/fuzzing.md).
#ifndef HINDSIGHT_CLIBFUZZER_H
#define HINDSIGHT_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line's options, calling `callback` with each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
