#include <malloc.h>
#include "CMalloc.h"

int sluice_malloc_arena_max(int arenas) { return mallopt(M_ARENA_MAX, arenas); }

int sluice_malloc_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }

int sluice_malloc_trim(void) { return malloc_trim(0); }
