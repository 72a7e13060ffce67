/* Unit tests of the fetch module that need no server but sockets on 127.0.0.1 made here: what a
 * URL is, the failures' one-line reasons, the timeout and cancelling from the progress call. */
#include "check.h"
#include "dateline/fetch.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void urls(void)
{
	CHECK(fetch_is_url("http://example.org/"));
	CHECK(fetch_is_url("https://example.org/a?b"));
	CHECK(fetch_is_url("HTTPS://EXAMPLE.ORG"));
	CHECK(!fetch_is_url("http://"));
	CHECK(!fetch_is_url("https://"));
	CHECK(!fetch_is_url("ftp://example.org/"));
	CHECK(!fetch_is_url("file:///etc/hostname"));
	CHECK(!fetch_is_url("http:/example.org"));
	CHECK(!fetch_is_url("article.html"));
	CHECK(!fetch_is_url("./http://x"));
	CHECK(!fetch_is_url(""));
}

/* A socket on 127.0.0.1 that listens and never answers (the kernel accepts for it); its port in
 * *port. Returns the descriptor or -1. */
static int silent_server(int *port)
{
	struct sockaddr_in a;
	socklen_t n = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0)
		return -1;
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(fd, 4) != 0 ||
	    getsockname(fd, (struct sockaddr *)&a, &n) != 0) {
		close(fd);
		return -1;
	}
	*port = ntohs(a.sin_port);
	return fd;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int calls;

static bool give_up_at_third(void *ctx, size_t received, size_t expected)
{
	(void)ctx;
	(void)received;
	(void)expected;
	return ++calls < 3;
}

static void failures(void)
{
	struct fetch_page p;
	char err[256], url[64];
	int port;

	CHECK_EQ(fetch_url("file:///etc/hostname", NULL, &p, err, sizeof(err)), -1);
	CHECK_STR(err, "not an http or https URL");
	CHECK(p.body == NULL);
	fetch_page_free(&p);

	int fd = silent_server(&port);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/page", port);

	/* The total timeout, and a short reason that says so. */
	struct fetch_options o = {.timeout = 1};
	double t0 = now();
	CHECK_EQ(fetch_url(url, &o, &p, err, sizeof(err)), -1);
	CHECK_STR(err, "timed out after 1 s");
	CHECK(now() - t0 < 5);

	/* The progress call cancels. */
	o.timeout = 20;
	o.progress = give_up_at_third;
	t0 = now();
	CHECK_EQ(fetch_url(url, &o, &p, err, sizeof(err)), -1);
	CHECK_STR(err, "cancelled");
	CHECK_EQ(calls, 3);
	CHECK(now() - t0 < 10);
	close(fd);

	/* Nobody listens there any more. */
	CHECK_EQ(fetch_url(url, NULL, &p, err, sizeof(err)), -1);
	CHECK_STR(err, "could not connect: Connection refused");

	/* A message never overflows its buffer. */
	char small[8];
	CHECK_EQ(fetch_url(url, NULL, &p, small, sizeof(small)), -1);
	CHECK_EQ(strlen(small), 7);
}

int main(void)
{
	RUN(urls);
	RUN(failures);
	return CHECK_DONE();
}
