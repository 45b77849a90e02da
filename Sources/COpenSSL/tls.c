#include "sluice_tls.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char failure[256];

static const SSL_METHOD * (*p_TLS_client_method)(void);
static SSL_CTX * (*p_SSL_CTX_new)(const SSL_METHOD *method);
static long (*p_SSL_CTX_ctrl)(SSL_CTX *ctx, int cmd, long larg, void *parg);
static void (*p_SSL_CTX_set_verify)(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
static int (*p_SSL_CTX_load_verify_locations)(SSL_CTX *ctx, const char *file, const char *path);
static int (*p_SSL_CTX_set_default_verify_paths)(SSL_CTX *ctx);
static int (*p_SSL_CTX_use_certificate_chain_file)(SSL_CTX *ctx, const char *file);
static int (*p_SSL_CTX_use_PrivateKey_file)(SSL_CTX *ctx, const char *file, int type);
static int (*p_SSL_CTX_check_private_key)(const SSL_CTX *ctx);
static void (*p_SSL_CTX_free)(SSL_CTX *ctx);
static SSL * (*p_SSL_new)(SSL_CTX *ctx);
static int (*p_SSL_set_fd)(SSL *ssl, int fd);
static X509_VERIFY_PARAM * (*p_SSL_get0_param)(SSL *ssl);
static long (*p_SSL_ctrl)(SSL *ssl, int cmd, long larg, void *parg);
static int (*p_SSL_connect)(SSL *ssl);
static long (*p_SSL_get_verify_result)(const SSL *ssl);
static int (*p_SSL_read)(SSL *ssl, void *buffer, int count);
static int (*p_SSL_write)(SSL *ssl, const void *buffer, int count);
static int (*p_SSL_get_error)(const SSL *ssl, int ret);
static void (*p_SSL_free)(SSL *ssl);
static unsigned long (*p_ERR_get_error)(void);
static unsigned long (*p_ERR_peek_error)(void);
static void (*p_ERR_clear_error)(void);
static void (*p_ERR_error_string_n)(unsigned long code, char *buffer, size_t size);
static int (*p_X509_VERIFY_PARAM_set1_host)(X509_VERIFY_PARAM *param, const char *name, size_t length);
static int (*p_X509_VERIFY_PARAM_set1_ip_asc)(X509_VERIFY_PARAM *param, const char *address);
static const char * (*p_X509_verify_cert_error_string)(long code);

static void load(void) {
    // libssl depends on libcrypto, so a lookup through its handle finds both libraries' symbols.
    void *handle = dlopen("libssl.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(failure, sizeof failure, "%s", dlerror());
        return;
    }
#define FIND(name) \
    *(void **)&p_##name = dlsym(handle, #name); \
    if (!p_##name) { snprintf(failure, sizeof failure, "libssl.so.3 has no %s", #name); return; }
    FIND(TLS_client_method)
    FIND(SSL_CTX_new)
    FIND(SSL_CTX_ctrl)
    FIND(SSL_CTX_set_verify)
    FIND(SSL_CTX_load_verify_locations)
    FIND(SSL_CTX_set_default_verify_paths)
    FIND(SSL_CTX_use_certificate_chain_file)
    FIND(SSL_CTX_use_PrivateKey_file)
    FIND(SSL_CTX_check_private_key)
    FIND(SSL_CTX_free)
    FIND(SSL_new)
    FIND(SSL_set_fd)
    FIND(SSL_get0_param)
    FIND(SSL_ctrl)
    FIND(SSL_connect)
    FIND(SSL_get_verify_result)
    FIND(SSL_read)
    FIND(SSL_write)
    FIND(SSL_get_error)
    FIND(SSL_free)
    FIND(ERR_get_error)
    FIND(ERR_peek_error)
    FIND(ERR_clear_error)
    FIND(ERR_error_string_n)
    FIND(X509_VERIFY_PARAM_set1_host)
    FIND(X509_VERIFY_PARAM_set1_ip_asc)
    FIND(X509_verify_cert_error_string)
#undef FIND
    loaded = 1;
}

int sluice_tls_load(char *error, size_t size) {
    pthread_once(&once, load);
    if (!loaded && error && size) snprintf(error, size, "%s", failure);
    return loaded;
}

const SSL_METHOD * sluice_TLS_client_method(void) {
    return loaded ? p_TLS_client_method() : NULL;
}

SSL_CTX * sluice_SSL_CTX_new(const SSL_METHOD *method) {
    return loaded ? p_SSL_CTX_new(method) : NULL;
}

long sluice_SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg) {
    return loaded ? p_SSL_CTX_ctrl(ctx, cmd, larg, parg) : 0;
}

void sluice_SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback) {
    if (loaded) p_SSL_CTX_set_verify(ctx, mode, callback);
}

int sluice_SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *file, const char *path) {
    return loaded ? p_SSL_CTX_load_verify_locations(ctx, file, path) : 0;
}

int sluice_SSL_CTX_set_default_verify_paths(SSL_CTX *ctx) {
    return loaded ? p_SSL_CTX_set_default_verify_paths(ctx) : 0;
}

int sluice_SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file) {
    return loaded ? p_SSL_CTX_use_certificate_chain_file(ctx, file) : 0;
}

int sluice_SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type) {
    return loaded ? p_SSL_CTX_use_PrivateKey_file(ctx, file, type) : 0;
}

int sluice_SSL_CTX_check_private_key(const SSL_CTX *ctx) {
    return loaded ? p_SSL_CTX_check_private_key(ctx) : 0;
}

void sluice_SSL_CTX_free(SSL_CTX *ctx) {
    if (loaded) p_SSL_CTX_free(ctx);
}

SSL * sluice_SSL_new(SSL_CTX *ctx) {
    return loaded ? p_SSL_new(ctx) : NULL;
}

int sluice_SSL_set_fd(SSL *ssl, int fd) {
    return loaded ? p_SSL_set_fd(ssl, fd) : 0;
}

X509_VERIFY_PARAM * sluice_SSL_get0_param(SSL *ssl) {
    return loaded ? p_SSL_get0_param(ssl) : NULL;
}

long sluice_SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg) {
    return loaded ? p_SSL_ctrl(ssl, cmd, larg, parg) : 0;
}

int sluice_SSL_connect(SSL *ssl) {
    return loaded ? p_SSL_connect(ssl) : -1;
}

long sluice_SSL_get_verify_result(const SSL *ssl) {
    return loaded ? p_SSL_get_verify_result(ssl) : X509_V_ERR_UNSPECIFIED;
}

int sluice_SSL_read(SSL *ssl, void *buffer, int count) {
    return loaded ? p_SSL_read(ssl, buffer, count) : -1;
}

int sluice_SSL_write(SSL *ssl, const void *buffer, int count) {
    return loaded ? p_SSL_write(ssl, buffer, count) : -1;
}

int sluice_SSL_get_error(const SSL *ssl, int ret) {
    return loaded ? p_SSL_get_error(ssl, ret) : SSL_ERROR_SSL;
}

void sluice_SSL_free(SSL *ssl) {
    if (loaded) p_SSL_free(ssl);
}

unsigned long sluice_ERR_get_error(void) {
    return loaded ? p_ERR_get_error() : 0;
}

unsigned long sluice_ERR_peek_error(void) {
    return loaded ? p_ERR_peek_error() : 0;
}

void sluice_ERR_clear_error(void) {
    if (loaded) p_ERR_clear_error();
}

void sluice_ERR_error_string_n(unsigned long code, char *buffer, size_t size) {
    if (loaded) p_ERR_error_string_n(code, buffer, size);
}

int sluice_X509_VERIFY_PARAM_set1_host(X509_VERIFY_PARAM *param, const char *name, size_t length) {
    return loaded ? p_X509_VERIFY_PARAM_set1_host(param, name, length) : 0;
}

int sluice_X509_VERIFY_PARAM_set1_ip_asc(X509_VERIFY_PARAM *param, const char *address) {
    return loaded ? p_X509_VERIFY_PARAM_set1_ip_asc(param, address) : 0;
}

const char * sluice_X509_verify_cert_error_string(long code) {
    return loaded ? p_X509_verify_cert_error_string(code) : "unknown verification error";
}
