#ifndef SLUICE_CNETFILTER_SHIMS_H
#define SLUICE_CNETFILTER_SHIMS_H
#include <stddef.h>

/// MNL_SOCKET_BUFFER_SIZE calls sysconf, so Swift cannot import it.
size_t sluice_mnl_socket_buffer_size(void);
#endif
