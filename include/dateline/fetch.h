/* fetch: getting one web page over HTTP or HTTPS (libcurl), with every bound a reader needs:
 * redirects, timeouts, a size cap, TLS verification, and a one-line reason for each failure. */
#ifndef DATELINE_FETCH_H
#define DATELINE_FETCH_H

#include <stdbool.h>
#include <stddef.h>

/* The defaults of struct fetch_options. */
#define FETCH_CONNECT_TIMEOUT 10                 /* seconds to connect (and for TLS) */
#define FETCH_TIMEOUT         30                 /* seconds for the whole transfer */
#define FETCH_MAX_REDIRECTS   10                 /* redirects followed */
#define FETCH_MAX_BYTES       ((size_t)50 << 20) /* bytes of the body, after decompression */

/* Called while a page loads with the bytes received so far and the size the server announced (0
 * when unknown), both as sent (compressed when the transfer is). Called about once a second
 * while nothing arrives and whenever data does, from the thread that called fetch_url(). Returns
 * true to go on, false to cancel (fetch_url() then fails with "cancelled"). */
typedef bool (*fetch_progress_fn)(void *ctx, size_t received, size_t expected);

struct fetch_options {
	long timeout;         /* seconds for the whole transfer, 1 or more; 0: FETCH_TIMEOUT */
	long connect_timeout; /* 0: FETCH_CONNECT_TIMEOUT, or timeout when that is less */
	size_t max_bytes;     /* 0: FETCH_MAX_BYTES */
	fetch_progress_fn progress; /* may be NULL */
	void *ctx;                  /* passed to progress */
};

/* A page as the server sent it. */
struct fetch_page {
	char *body; /* the body, decompressed; NUL-terminated (len excludes the NUL) */
	size_t len;
	char *media_type; /* the Content-Type without parameters, lowercased; NULL when none */
	char *charset;    /* its charset parameter, lowercased and unquoted; NULL when none */
	char *url;        /* where the page was found, after redirects */
	long status;      /* the HTTP status (2xx: fetch_url() fails on any other) */
};

/* True when s is a URL that fetch_url() takes: "http://" or "https://" (the scheme in any case)
 * and something after it. Anything else is a path. */
bool fetch_is_url(const char *s);

/* Gets the page at url (an http or https URL) with options o (NULL: the defaults): follows at
 * most FETCH_MAX_REDIRECTS redirects to http and https only, asks for a compressed transfer,
 * verifies the server's TLS certificate and name, and fails past o->max_bytes. Nothing runs
 * through a shell. Returns 0 with *out filled, which the caller frees with fetch_page_free(); or
 * -1 with *out zeroed and a one-line reason in err (at most errcap bytes with the NUL: "HTTP 404
 * Not Found", "could not resolve host", "timed out after 30 s", "cancelled" ...). The first call
 * initialises libcurl: make it before starting threads, or from one thread at a time. */
int fetch_url(const char *url, const struct fetch_options *o, struct fetch_page *out, char *err,
	      size_t errcap);
/* Frees what fetch_url() stored and zeroes the page; accepts a zeroed page. */
void fetch_page_free(struct fetch_page *p);

#endif
