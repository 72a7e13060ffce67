/* fetch: one web page over HTTP or HTTPS with libcurl's easy interface, bounded in redirects,
 * time and size, its failures told in one line. */
#include "dateline/fetch.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateline/text.h"

/* ---- libcurl, opened when the first page is fetched ----
 *
 * libcurl and the thirty libraries it needs (TLS, Kerberos, LDAP, SSH ...) take longer to map
 * and relocate at every start than a 2 MB article takes to read; most runs fetch nothing, so
 * they are opened by name the first time a page is fetched. The easy interface is called
 * through these pointers (its ABI, soname libcurl.so.4, has been stable since 2006). */
static struct {
	CURLcode (*global_init)(long flags);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *c, CURLoption opt, ...);
	CURLcode (*easy_perform)(CURL *c);
	CURLcode (*easy_getinfo)(CURL *c, CURLINFO info, ...);
	const char *(*easy_strerror)(CURLcode rc);
	void (*easy_cleanup)(CURL *c);
	struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
	void (*slist_free_all)(struct curl_slist *l);
} cu;
static const char *cu_error; /* why libcurl could not be started; NULL once it is */
static pthread_once_t cu_once = PTHREAD_ONCE_INIT;

static void cu_open(void)
{
	static const char *const libs[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
	struct {
		const char *name;
		void *slot;
	} const syms[] = {
		{"curl_global_init", &cu.global_init},
		{"curl_easy_init", &cu.easy_init},
		{"curl_easy_setopt", &cu.easy_setopt},
		{"curl_easy_perform", &cu.easy_perform},
		{"curl_easy_getinfo", &cu.easy_getinfo},
		{"curl_easy_strerror", &cu.easy_strerror},
		{"curl_easy_cleanup", &cu.easy_cleanup},
		{"curl_slist_append", &cu.slist_append},
		{"curl_slist_free_all", &cu.slist_free_all},
	};
	void *h = NULL;

	for (size_t i = 0; i < sizeof(libs) / sizeof(*libs) && !h; i++)
		h = dlopen(libs[i], RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		cu_error = "could not start libcurl (libcurl.so.4 is not installed)";
		return;
	}
	for (size_t i = 0; i < sizeof(syms) / sizeof(*syms); i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f) {
			cu_error = "could not start libcurl (an older libcurl.so.4)";
			return;
		}
		/* POSIX: a symbol's address converts to the function pointer it is. */
		memcpy(syms[i].slot, &f, sizeof(f));
	}
	cu_error = cu.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? NULL
								   : "could not start libcurl";
}

bool fetch_is_url(const char *s)
{
	return text_is_web_address(s) && strchr(s, ':')[3] != '\0';
}

/* What the callbacks share during one transfer. */
struct transfer {
	struct buf body;
	size_t max_bytes;
	bool too_big;
	long status;     /* of the last status line seen (each redirect has its own) */
	char reason[96]; /* its reason phrase, printable ASCII only */
	bool http_error; /* the final answer is an error: its body is not wanted */
	const struct fetch_options *o;
};

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct transfer *t = arg;
	size_t len = size * n;

	/* A status of 400 or more is the final answer (no redirect follows it). */
	if (t->status >= 400) {
		t->http_error = true;
		return 0;
	}
	if (len > t->max_bytes - t->body.len) {
		t->too_big = true;
		return 0;
	}
	buf_put(&t->body, data, len);
	return len;
}

/* Copies the printable ASCII of s[0..n) to out (cap bytes with the NUL): what a server says
 * reaches a terminal, so nothing in it may be a control sequence. */
static void copy_printable(char *out, size_t cap, const char *s, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n && o + 1 < cap; i++)
		if (s[i] >= 0x20 && s[i] < 0x7F)
			out[o++] = s[i];
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

static size_t on_header(char *data, size_t size, size_t n, void *arg)
{
	struct transfer *t = arg;
	size_t len = size * n;

	/* "HTTP/1.1 404 Not Found": a new response (after a redirect) starts afresh. */
	if (len > 9 && strncmp(data, "HTTP/", 5) == 0) {
		const char *sp = memchr(data, ' ', len);
		if (!sp)
			return len;
		size_t i = (size_t)(sp - data) + 1;
		long code = 0;
		while (i < len && data[i] >= '0' && data[i] <= '9' && code < 1000)
			code = code * 10 + (data[i++] - '0');
		while (i < len && data[i] == ' ')
			i++;
		t->status = code;
		copy_printable(t->reason, sizeof(t->reason), data + i, len - i);
	}
	return len;
}

static int on_progress(void *arg, curl_off_t total, curl_off_t now, curl_off_t ultotal,
		       curl_off_t ulnow)
{
	const struct transfer *t = arg;

	(void)ultotal;
	(void)ulnow;
	return t->o->progress(t->o->ctx, now > 0 ? (size_t)now : 0, total > 0 ? (size_t)total : 0)
		       ? 0
		       : 1;
}

/* The reason phrase of a status, for servers that send none (HTTP/2 never does). */
static const char *status_reason(long code)
{
	static const struct {
		long code;
		const char *reason;
	} reasons[] = {
		{300, "Multiple Choices"},
		{301, "Moved Permanently"},
		{302, "Found"},
		{303, "See Other"},
		{304, "Not Modified"},
		{307, "Temporary Redirect"},
		{308, "Permanent Redirect"},
		{400, "Bad Request"},
		{401, "Unauthorized"},
		{402, "Payment Required"},
		{403, "Forbidden"},
		{404, "Not Found"},
		{405, "Method Not Allowed"},
		{406, "Not Acceptable"},
		{407, "Proxy Authentication Required"},
		{408, "Request Timeout"},
		{410, "Gone"},
		{418, "I'm a teapot"},
		{429, "Too Many Requests"},
		{451, "Unavailable For Legal Reasons"},
		{500, "Internal Server Error"},
		{501, "Not Implemented"},
		{502, "Bad Gateway"},
		{503, "Service Unavailable"},
		{504, "Gateway Timeout"},
	};

	for (size_t i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++)
		if (reasons[i].code == code)
			return reasons[i].reason;
	return "";
}

/* Splits a Content-Type into its media type and charset parameter, both lowercased. */
static void parse_content_type(const char *ct, struct fetch_page *out)
{
	size_t n = strcspn(ct, ";");
	while (n > 0 && (ct[n - 1] == ' ' || ct[n - 1] == '\t'))
		n--;
	size_t skip = strspn(ct, " \t");
	if (n > skip) {
		out->media_type = xstrndup(ct + skip, n - skip);
		for (char *p = out->media_type; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p + 32);
	}
	for (const char *p = ct + n; (p = strchr(p, ';')) != NULL;) {
		p++;
		p += strspn(p, " \t");
		if (strncasecmp(p, "charset=", 8) != 0)
			continue;
		p += 8;
		if (*p == '"' || *p == '\'')
			p++;
		char cs[48];
		size_t o = 0;
		while (o + 1 < sizeof(cs) &&
		       ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			(*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' ||
			*p == ':'))
			cs[o++] = (char)(*p >= 'A' && *p <= 'Z' ? *p++ + 32 : *p++);
		cs[o] = '\0';
		if (o)
			out->charset = xstrdup(cs);
		break;
	}
}

/* The reasons of failed transfers that need no figures or details, by libcurl's code. */
static const struct {
	CURLcode rc;
	const char *reason;
} reasons[] = {
	{CURLE_COULDNT_RESOLVE_HOST, "could not resolve host"},
	{CURLE_COULDNT_RESOLVE_PROXY, "could not resolve the proxy"},
	{CURLE_UNSUPPORTED_PROTOCOL, "redirected to a URL that is not http or https"},
	{CURLE_ABORTED_BY_CALLBACK, "cancelled"},
	{CURLE_BAD_CONTENT_ENCODING, "the compressed page is damaged"},
	{CURLE_GOT_NOTHING, "the server closed the connection without answering"},
	{CURLE_PARTIAL_FILE, "the transfer ended early"},
	{CURLE_URL_MALFORMAT, "not a valid URL"},
};

/* The one-line reason of a failed transfer. */
static void describe(CURL *c, CURLcode rc, const struct transfer *t, const struct fetch_options *o,
		     const char *curlmsg, char *err, size_t errcap)
{
	long oserr = 0;
	curl_off_t elapsed = 0;
	char detail[CURL_ERROR_SIZE];

	copy_printable(detail, sizeof(detail), curlmsg, strlen(curlmsg));
	if (!*detail)
		snprintf(detail, sizeof(detail), "%s", cu.easy_strerror(rc));
	for (size_t i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++) {
		if (reasons[i].rc == rc) {
			snprintf(err, errcap, "%s", reasons[i].reason);
			return;
		}
	}
	switch (rc) {
	case CURLE_COULDNT_CONNECT:
		cu.easy_getinfo(c, CURLINFO_OS_ERRNO, &oserr);
		if (oserr)
			snprintf(err, errcap, "could not connect: %s", strerror((int)oserr));
		else
			snprintf(err, errcap, "could not connect");
		break;
	case CURLE_OPERATION_TIMEDOUT:
		/* The connect timeout, when it is the shorter, ends the transfer well before the
		 * total one. */
		cu.easy_getinfo(c, CURLINFO_TOTAL_TIME_T, &elapsed);
		if (o->connect_timeout < o->timeout && elapsed < o->timeout * 1000000 - 500000)
			snprintf(err, errcap, "could not connect within %ld s", o->connect_timeout);
		else
			snprintf(err, errcap, "timed out after %ld s", o->timeout);
		break;
	case CURLE_TOO_MANY_REDIRECTS:
		snprintf(err, errcap, "more than %d redirects", FETCH_MAX_REDIRECTS);
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
		snprintf(err, errcap, "TLS certificate not trusted (%s)", detail);
		break;
	case CURLE_SSL_CONNECT_ERROR:
		snprintf(err, errcap, "TLS handshake failed (%s)", detail);
		break;
	case CURLE_FILESIZE_EXCEEDED:
		snprintf(err, errcap, "larger than %zu MB", o->max_bytes >> 20);
		break;
	case CURLE_OUT_OF_MEMORY:
		die("out of memory");
	case CURLE_WRITE_ERROR:
		if (t->too_big) {
			if (o->max_bytes >= ((size_t)1 << 20))
				snprintf(err, errcap, "larger than %zu MB", o->max_bytes >> 20);
			else
				snprintf(err, errcap, "larger than %zu bytes", o->max_bytes);
			break;
		}
		/* fall through */
	default:
		snprintf(err, errcap, "%s", detail);
		break;
	}
}

int fetch_url(const char *url, const struct fetch_options *opts, struct fetch_page *out, char *err,
	      size_t errcap)
{
	struct fetch_options o = {0};
	struct transfer t;
	struct curl_slist *headers = NULL;
	char curlmsg[CURL_ERROR_SIZE] = "";
	CURL *c;
	CURLcode rc;

	memset(out, 0, sizeof(*out));
	if (opts)
		o = *opts;
	if (o.timeout <= 0)
		o.timeout = FETCH_TIMEOUT;
	if (o.connect_timeout <= 0)
		o.connect_timeout = FETCH_CONNECT_TIMEOUT;
	if (o.connect_timeout > o.timeout)
		o.connect_timeout = o.timeout;
	if (o.max_bytes == 0)
		o.max_bytes = FETCH_MAX_BYTES;
	if (!fetch_is_url(url)) {
		snprintf(err, errcap, "not an http or https URL");
		return -1;
	}
	pthread_once(&cu_once, cu_open);
	if (cu_error) {
		snprintf(err, errcap, "%s", cu_error);
		return -1;
	}
	c = cu.easy_init();
	if (!c) {
		snprintf(err, errcap, "could not start libcurl");
		return -1;
	}
	memset(&t, 0, sizeof(t));
	buf_init(&t.body);
	t.max_bytes = o.max_bytes;
	t.o = &o;
	headers = cu.slist_append(headers, "Accept: text/html,application/xhtml+xml,"
					   "text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.5");
	cu.easy_setopt(c, CURLOPT_URL, url);
	cu.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	cu.easy_setopt(c, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	cu.easy_setopt(c, CURLOPT_AUTOREFERER, 1L);
	/* "": every encoding this libcurl can decode (gzip, deflate, and what it was built with). */
	cu.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	cu.easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	cu.easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	cu.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, o.connect_timeout);
	cu.easy_setopt(c, CURLOPT_TIMEOUT, o.timeout);
	/* Signals are the reader's; libcurl's resolver then runs on a thread of its own. */
	cu.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	cu.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o.max_bytes);
	cu.easy_setopt(c, CURLOPT_USERAGENT, "dateline/" DATELINE_VERSION);
	cu.easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	cu.easy_setopt(c, CURLOPT_ERRORBUFFER, curlmsg);
	cu.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	cu.easy_setopt(c, CURLOPT_WRITEDATA, &t);
	cu.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	cu.easy_setopt(c, CURLOPT_HEADERDATA, &t);
	if (o.progress) {
		cu.easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
		cu.easy_setopt(c, CURLOPT_XFERINFODATA, &t);
		cu.easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	}

	rc = cu.easy_perform(c);
	long status = 0;
	cu.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	int result = -1;
	if (rc != CURLE_OK && !(rc == CURLE_WRITE_ERROR && t.http_error)) {
		describe(c, rc, &t, &o, curlmsg, err, errcap);
	} else if (status < 200 || status > 299) {
		const char *reason = t.status == status && *t.reason ? t.reason
								     : status_reason(status);
		snprintf(err, errcap, "HTTP %ld%s%s", status, *reason ? " " : "", reason);
	} else {
		char *ct = NULL, *final = NULL;
		cu.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
		cu.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final);
		if (ct)
			parse_content_type(ct, out);
		out->url = xstrdup(final ? final : url);
		out->status = status;
		out->body = buf_detach(&t.body, &out->len);
		result = 0;
	}
	buf_free(&t.body);
	cu.slist_free_all(headers);
	cu.easy_cleanup(c);
	return result;
}

void fetch_page_free(struct fetch_page *p)
{
	free(p->body);
	free(p->media_type);
	free(p->charset);
	free(p->url);
	memset(p, 0, sizeof(*p));
}
