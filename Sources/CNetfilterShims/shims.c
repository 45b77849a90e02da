#define _GNU_SOURCE
#include "CNetfilterShims.h"
#include <netinet/in.h>
#include <linux/netfilter/nfnetlink.h>
#include <libmnl/libmnl.h>
#include <libnftnl/common.h>

size_t sluice_mnl_socket_buffer_size(void) { return MNL_SOCKET_BUFFER_SIZE; }

size_t sluice_nlmsg_hdrlen(void) { return MNL_NLMSG_HDRLEN; }

uint16_t sluice_nfnl_msg_type(uint16_t type) { return NFNL_MSG_TYPE(type); }

uint16_t sluice_nfnl_subsys_id(uint16_t type) { return NFNL_SUBSYS_ID(type); }

uint16_t sluice_nfnl_type(uint16_t subsystem, uint16_t message) {
    return (uint16_t)((subsystem << 8) | message);
}

size_t sluice_nftnl_build_hdr(void *buffer, uint16_t type, uint16_t family, uint16_t flags, uint32_t seq) {
    struct nlmsghdr *nlh = nftnl_nlmsg_build_hdr(buffer, type, family, flags, seq);
    return nlh->nlmsg_len;
}
