#ifndef SLUICE_COPENSSL_H
#define SLUICE_COPENSSL_H
// The system's OpenSSL (libssl3), for the etcd client's TLS: linked from Debian rather than built
// from source, so a fleet build costs no TLS library compile (SluiceFleet/Transport/TLSSession).
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#endif
