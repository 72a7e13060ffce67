/* doc_read: reading an article from a file or a pipe, at once or in two steps (a preview of its
 * start, then the whole). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc_int.h"

struct doc_reading {
	int fd;
	bool eof;
	char *path;
	char *name; /* the source's name: the path, or what it came from (doc_read_named) */
	enum format format;
	char *data; /* what was read, len bytes of cap */
	size_t len, cap;
};

/* Reads until the buffer holds `until` bytes or the input ends. Returns 0 or a negative errno. */
static int read_more(struct doc_reading *rd, size_t until)
{
	while (!rd->eof && rd->len < until) {
		char probe;
		/* Full (a file read to its size): one more byte says whether it has grown, before
		 * the buffer does. */
		bool full = rd->len + 1 >= rd->cap;
		size_t room = rd->cap - 1 - rd->len;
		if (until - rd->len < room)
			room = until - rd->len;
		ssize_t r = full ? read(rd->fd, &probe, 1) : read(rd->fd, rd->data + rd->len, room);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0) {
			rd->eof = true;
			break;
		}
		if (full) {
			rd->data = xgrow(rd->data, &rd->cap, rd->cap + 2, 1);
			rd->data[rd->len] = probe;
		}
		rd->len += (size_t)r;
	}
	return 0;
}

/* Where the preview of n bytes ends: after the last paragraph break in its second half, else
 * after the last line, else before the last character (never inside one). */
static size_t preview_cut(const char *s, size_t n)
{
	for (size_t i = n; i > n / 2 + 1; i--)
		if (s[i - 1] == '\n' && s[i - 2] == '\n')
			return i;
	for (size_t i = n; i > 0; i--)
		if (s[i - 1] == '\n')
			return i;
	size_t i = n;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	return i > 0 ? i - 1 : 0;
}

int doc_read_begin(const char *path, const char *name, enum format format, size_t want, size_t min,
		   struct doc_reading **out, struct doc **preview)
{
	bool is_stdin = strcmp(path, "-") == 0;
	struct doc_reading *rd;
	struct stat st;
	size_t size = 0;
	int fd, rc;

	*out = NULL;
	if (preview)
		*preview = NULL;
	/* Standard input is read through a copy of its descriptor, which stays the reading's
	 * when the reader puts the terminal on descriptor 0. */
	fd = is_stdin ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3) : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			close(fd);
			return -EISDIR;
		}
		if (S_ISREG(st.st_mode) && st.st_size > 0)
			size = (size_t)st.st_size;
	}
	rd = xcalloc(1, sizeof(*rd));
	rd->fd = fd;
	rd->path = xstrdup(path);
	rd->name = xstrdup(name ? name : path);
	rd->format = format;
	rd->cap = size ? size + 1 : 65536;
	rd->data = xmalloc(rd->cap);
	/* A file's size says whether it is worth a preview; a pipe tells by going on past min. */
	bool large = size ? size >= min : true;
	rc = read_more(rd, !preview || !large ? SIZE_MAX : size ? want : (want > min ? want : min));
	if (rc < 0) {
		doc_read_cancel(rd);
		return rc;
	}
	*out = rd;
	if (!preview || rd->eof || !large || rd->len < (size ? want : min))
		return 0;
	if (format == FORMAT_AUTO)
		format = formats_detect(rd->data, rd->len, path);
	if (format != FORMAT_TEXT)
		return 0;
	size_t n = preview_cut(rd->data, rd->len < want ? rd->len : want);
	*preview = doc_load(rd->data, n, rd->name, FORMAT_TEXT, NULL);
	return 0;
}

int doc_read_end(struct doc_reading *rd, struct doc **out)
{
	const char *err = NULL;
	int rc = read_more(rd, SIZE_MAX);
	char *data = rd->data;
	size_t len = rd->len;

	*out = NULL;
	if (rc < 0) {
		doc_read_cancel(rd);
		return rc;
	}
	/* The buffer becomes the document's text, without a copy; what a pipe's doubling left
	 * unused goes back first. */
	if (rd->cap - len > 65536)
		data = xrealloc(data, len + 1);
	rd->data = NULL;
	*out = doc_load_owned(data, len, rd->name, rd->format, NULL, &err);
	doc_read_cancel(rd);
	return *out ? 0 : -EILSEQ;
}

void doc_read_cancel(struct doc_reading *rd)
{
	if (!rd)
		return;
	close(rd->fd);
	free(rd->data);
	free(rd->path);
	free(rd->name);
	free(rd);
}

int doc_read_file(const char *path, enum format format, struct doc **out)
{
	return doc_read_named(path, path, format, out);
}

int doc_read_named(const char *path, const char *name, enum format format, struct doc **out)
{
	struct doc_reading *rd;
	int rc = doc_read_begin(path, name, format, 0, 0, &rd, NULL);

	*out = NULL;
	return rc < 0 ? rc : doc_read_end(rd, out);
}
