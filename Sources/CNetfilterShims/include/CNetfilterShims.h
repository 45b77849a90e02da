#ifndef SLUICE_CNETFILTER_SHIMS_H
#define SLUICE_CNETFILTER_SHIMS_H
// Named functions for what Swift cannot import from libmnl, libnftnl and the netfilter UAPI headers:
// macros that call functions, function-like macros, and alias macros. (glibc's own hidden
// functions are in CSystemShims, behind SluiceSystem.)
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// MNL_SOCKET_BUFFER_SIZE calls sysconf, so Swift cannot import it.
size_t sluice_mnl_socket_buffer_size(void);

/// MNL_NLMSG_HDRLEN: the aligned netlink header length.
size_t sluice_nlmsg_hdrlen(void);

/// NFNL_MSG_TYPE(type) of nfnetlink.h: the message part of an nfnetlink message type.
uint16_t sluice_nfnl_msg_type(uint16_t type);

/// NFNL_SUBSYS_ID(type) of nfnetlink.h: the subsystem part of an nfnetlink message type.
uint16_t sluice_nfnl_subsys_id(uint16_t type);

/// (subsystem << 8) | message, as the kernel builds nfnetlink message types.
uint16_t sluice_nfnl_type(uint16_t subsystem, uint16_t message);

/// nftnl_*_nlmsg_build_hdr are alias macros of nftnl_nlmsg_build_hdr: build a request header with
/// its nfgenmsg in `buffer` and return the message length so far.
size_t sluice_nftnl_build_hdr(void *buffer, uint16_t type, uint16_t family, uint16_t flags, uint32_t seq);
#endif
