#ifndef SLUICE_TLS_H
#define SLUICE_TLS_H
// The system's OpenSSL (libssl3) for the etcd client's TLS, opened with dlopen the first time a
// TLS connection is configured: a watcher that never speaks TLS does not map libssl and libcrypto
// (about 3.5 MB of resident memory and their relocations at every process start). The headers
// give the types and constants only; every call goes through a `sluice_` wrapper, and a wrapper
// called while the library is not loaded returns its failure value.
#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

/// Loads libssl.so.3 once; returns 1 when it and every function below are there, otherwise 0 with
/// the reason in `error`.
int sluice_tls_load(char *error, size_t size);

const SSL_METHOD * sluice_TLS_client_method(void);
SSL_CTX * sluice_SSL_CTX_new(const SSL_METHOD *method);
long sluice_SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);
void sluice_SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
int sluice_SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *file, const char *path);
int sluice_SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
int sluice_SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file);
int sluice_SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type);
int sluice_SSL_CTX_check_private_key(const SSL_CTX *ctx);
void sluice_SSL_CTX_free(SSL_CTX *ctx);
SSL * sluice_SSL_new(SSL_CTX *ctx);
int sluice_SSL_set_fd(SSL *ssl, int fd);
X509_VERIFY_PARAM * sluice_SSL_get0_param(SSL *ssl);
long sluice_SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg);
int sluice_SSL_connect(SSL *ssl);
long sluice_SSL_get_verify_result(const SSL *ssl);
int sluice_SSL_read(SSL *ssl, void *buffer, int count);
int sluice_SSL_write(SSL *ssl, const void *buffer, int count);
int sluice_SSL_get_error(const SSL *ssl, int ret);
void sluice_SSL_free(SSL *ssl);
unsigned long sluice_ERR_get_error(void);
unsigned long sluice_ERR_peek_error(void);
void sluice_ERR_clear_error(void);
void sluice_ERR_error_string_n(unsigned long code, char *buffer, size_t size);
int sluice_X509_VERIFY_PARAM_set1_host(X509_VERIFY_PARAM *param, const char *name, size_t length);
int sluice_X509_VERIFY_PARAM_set1_ip_asc(X509_VERIFY_PARAM *param, const char *address);
const char * sluice_X509_verify_cert_error_string(long code);

#endif
