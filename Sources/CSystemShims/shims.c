#define _GNU_SOURCE
#include "CSystemShims.h"
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <spawn.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/fsuid.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netlink.h>

short sluice_posix_spawn_setsid_flag(void) { return POSIX_SPAWN_SETSID; }

int sluice_spawn_add_close_from(void *actions, int from) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    return posix_spawn_file_actions_addclosefrom_np((posix_spawn_file_actions_t *)actions, from);
#else
    (void)actions; (void)from;
    return ENOSYS;
#endif
}

int sluice_spawn_add_chdir(void *actions, const char *path) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 29))
    return posix_spawn_file_actions_addchdir_np((posix_spawn_file_actions_t *)actions, path);
#else
    (void)actions; (void)path;
    return ENOSYS;
#endif
}

int sluice_setns_net(int fd) { return setns(fd, CLONE_NEWNET); }

int sluice_eventfd(void) { return eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }

int sluice_poll_input_ns(int fd, long nanoseconds) {
    struct pollfd entry = { .fd = fd, .events = POLLIN, .revents = 0 };
    struct timespec wait = { .tv_sec = nanoseconds / 1000000000L, .tv_nsec = nanoseconds % 1000000000L };
    int n = ppoll(&entry, 1, &wait, NULL);
    return n > 0 ? 1 : n;
}

int sluice_epoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }

int sluice_epoll_watch_input(int epfd, int fd, unsigned token) {
    struct epoll_event event = { .events = EPOLLIN, .data.u64 = token };
    return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &event);
}

int sluice_epoll_wait_input(int epfd, int timeout, uint64_t *ready) {
    struct epoll_event events[8];
    int n = epoll_wait(epfd, events, 8, timeout);
    *ready = 0;
    for (int i = 0; i < n; i++) {
        if (events[i].data.u64 < 64) *ready |= (uint64_t)1 << events[i].data.u64;
    }
    return n;
}

int sluice_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int sluice_accept_cloexec(int fd, void *address, uint32_t *length) {
    return accept4(fd, (struct sockaddr *)address, (socklen_t *)length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

uint32_t sluice_sockaddr_nl(void *storage, uint32_t groups) {
    struct sockaddr_nl address;
    memset(&address, 0, sizeof address);
    address.nl_family = AF_NETLINK;
    address.nl_groups = groups;
    memcpy(storage, &address, sizeof address);
    return (uint32_t)sizeof address;
}

int sluice_ip_pktinfo(void) { return IP_PKTINFO; }

size_t sluice_in_pktinfo_size(void) { return sizeof(struct in_pktinfo); }

int sluice_malloc_arena_max(int arenas) { return mallopt(M_ARENA_MAX, arenas); }

int sluice_malloc_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }

int sluice_malloc_trim(void) { return malloc_trim(0); }

int sluice_malloc_keep_freed(int pad, int threshold, int mmap_threshold) {
    return mallopt(M_TOP_PAD, pad) == 1 && mallopt(M_TRIM_THRESHOLD, threshold) == 1
        && mallopt(M_MMAP_THRESHOLD, mmap_threshold) == 1;
}

uint32_t sluice_setfsuid(uint32_t uid) { return (uint32_t)setfsuid((uid_t)uid); }
