#ifndef SLUICE_CSYSTEMSHIMS_H
#define SLUICE_CSYSTEMSHIMS_H
// What Swift's Glibc module does not show: functions and constants glibc declares only under
// _GNU_SOURCE, malloc.h, and the Linux UAPI's sockaddr_nl. Only SluiceSystem imports this; every
// other target reaches these through SluiceSystem's Swift API. Plain C types only, so that no
// struct here can clash with the same struct seen through Glibc or CNetfilter.
#include <stddef.h>
#include <stdint.h>

/* POSIX_SPAWN_SETSID (glibc 2.26): the spawned process starts a new session. */
short sluice_posix_spawn_setsid_flag(void);

/* posix_spawn_file_actions_addclosefrom_np(actions, from) (glibc 2.34); ENOSYS where the C
   library has none. `actions` is a posix_spawn_file_actions_t *. */
int sluice_spawn_add_close_from(void *actions, int from);

/* posix_spawn_file_actions_addchdir_np(actions, path) (glibc 2.29); ENOSYS where missing. */
int sluice_spawn_add_chdir(void *actions, const char *path);

/* setns(fd, CLONE_NEWNET): moves the calling thread into the network namespace `fd` names. */
int sluice_setns_net(int fd);

/* eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK): a descriptor another thread writes to wake a poll. */
int sluice_eventfd(void);

/* ppoll on one descriptor for input, up to `nanoseconds`: 1 when it is readable, 0 when the
   time passed, -1 with errno on an error. poll's milliseconds are too coarse for a wait on a
   loopback answer. */
int sluice_poll_input_ns(int fd, long nanoseconds);

/* epoll_create1(EPOLL_CLOEXEC). */
int sluice_epoll_create(void);

/* Adds `fd` to the epoll instance for input (level-triggered), tagged `token` (below 64). */
int sluice_epoll_watch_input(int epfd, int fd, unsigned token);

/* epoll_wait for up to 8 events; `*ready` gets bit N set for each ready descriptor tagged N.
   Returns what epoll_wait returns (-1/errno, 0 on timeout). */
int sluice_epoll_wait_input(int epfd, int timeout, uint64_t *ready);

/* pipe2(fds, O_CLOEXEC): both ends close-on-exec from the start. */
int sluice_pipe_cloexec(int fds[2]);

/* accept4(fd, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC); `length` is a socklen_t *. */
int sluice_accept_cloexec(int fd, void *address, uint32_t *length);

/* Fills `storage` (at least sizeof(struct sockaddr_nl) bytes) with an AF_NETLINK address that
   joins the multicast `groups` (bit N-1 for group N); returns its length. */
uint32_t sluice_sockaddr_nl(void *storage, uint32_t groups);

/* IP_PKTINFO and sizeof(struct in_pktinfo), which <netinet/in.h> shows only under _GNU_SOURCE. */
int sluice_ip_pktinfo(void);
size_t sluice_in_pktinfo_size(void);

/* mallopt(M_ARENA_MAX, arenas); returns 1 on success. */
int sluice_malloc_arena_max(int arenas);

/* mallopt(M_MMAP_THRESHOLD, bytes), which also stops glibc from raising the threshold after each
   large free; returns 1 on success. */
int sluice_malloc_mmap_threshold(int bytes);

/* malloc_trim(0): returns freed heap memory to the system; 1 if some was released. */
int sluice_malloc_trim(void);

/* mallopt(M_TOP_PAD, pad), mallopt(M_TRIM_THRESHOLD, threshold) and
   mallopt(M_MMAP_THRESHOLD, mmap_threshold): grow the heap in large steps, keep freed memory for
   reuse, and serve large blocks from the heap; returns 1 when all took. */
int sluice_malloc_keep_freed(int pad, int threshold, int mmap_threshold);

/* setfsuid(uid) (<sys/fsuid.h>): the calling thread's file-system uid, which a socket it creates
   keeps as its owner (`meta skuid`); returns the previous one. Per thread on Linux. */
uint32_t sluice_setfsuid(uint32_t uid);

#endif
