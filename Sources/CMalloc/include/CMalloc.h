#ifndef SLUICE_CMALLOC_H
#define SLUICE_CMALLOC_H

/* glibc's malloc tuning, which Swift's Glibc module does not export (malloc.h). */

/* Caps the number of malloc arenas (mallopt M_ARENA_MAX); returns 1 on success. */
int sluice_malloc_arena_max(int arenas);

/* Fixes the size from which allocations get their own mapping (mallopt M_MMAP_THRESHOLD), which
   also stops glibc from raising it after each large free; returns 1 on success. */
int sluice_malloc_mmap_threshold(int bytes);

/* Returns freed heap memory to the system (malloc_trim(0)); returns 1 if some was released. */
int sluice_malloc_trim(void);

#endif
