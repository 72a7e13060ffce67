/* export_sink: where the exports write (a buffer, or a FILE * fed in chunks) and the atomic
 * replacement of a file they write to. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline/export.h"

void export_sink_buf(struct export_sink *s, struct buf *b)
{
	memset(s, 0, sizeof(*s));
	buf_init(&s->stage);
	s->out = b;
}

void export_sink_file(struct export_sink *s, FILE *f)
{
	memset(s, 0, sizeof(*s));
	buf_init(&s->stage);
	s->out = &s->stage;
	s->f = f;
}

/* Hands the staged bytes to the file; after an error they are dropped. */
static void sink_write(struct export_sink *s)
{
	if (!s->f)
		return;
	if (!s->err && s->stage.len) {
		errno = 0;
		if (fwrite(s->stage.data, 1, s->stage.len, s->f) != s->stage.len)
			s->err = errno ? -errno : -EIO;
	}
	buf_clear(&s->stage);
}

int export_sink_step(struct export_sink *s)
{
	if (s->f && (s->stage.len >= EXPORT_SINK_CHUNK || s->err))
		sink_write(s);
	return s->err;
}

int export_sink_put(struct export_sink *s, const char *data, size_t n)
{
	if (!s->f || n < EXPORT_SINK_CHUNK) {
		if (!s->err)
			buf_put(s->out, data, n);
		return export_sink_step(s);
	}
	sink_write(s);
	errno = 0;
	if (!s->err && fwrite(data, 1, n, s->f) != n)
		s->err = errno ? -errno : -EIO;
	return s->err;
}

int export_sink_finish(struct export_sink *s)
{
	if (!s->f)
		return s->err;
	sink_write(s);
	errno = 0;
	if (!s->err && fflush(s->f) != 0)
		s->err = errno ? -errno : -EIO;
	buf_free(&s->stage);
	buf_init(&s->stage);
	s->out = &s->stage;
	return s->err;
}

/* ---- atomic files ---- */

/* Makes a rename durable by syncing the folder that holds the file. */
static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

bool export_is_same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

bool export_is_foreign(const char *path)
{
	char head[16384]; /* a front matter with a long title or address */
	struct stat st;
	ssize_t n;
	int fd;

	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size == 0)
		return false;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return true; /* unreadable: nothing says it is ours */
	n = read(fd, head, sizeof(head) - 1);
	close(fd);
	if (n <= 0)
		return n < 0;
	head[n] = '\0';
	/* export_markdown()'s front matter: "---" first, "dateline:" before the closing "---" */
	if (strncmp(head, "---\n", 4) != 0)
		return true;
	const char *end = strstr(head + 3, "\n---\n"), *mark = strstr(head + 3, "\ndateline: \"");
	return !mark || (end && end < mark);
}

int export_writable(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	if ((st.st_mode & 0222) == 0)
		return -EACCES; /* for root too: the mode says read-only */
	return access(path, W_OK) == 0 ? 0 : -errno;
}

/* How many links of links a link to a file not made yet is followed through. */
#define LINK_HOPS 8

/* The file a path names when it is a symbolic link to a file that does not exist yet (a
 * dangling link): where the link points, so that the export is made there and the link stays
 * (a rename over the path replaced the link with a file). Any other path as it is. The caller
 * frees the result. */
static char *dangling_target(const char *path)
{
	char *p = xstrdup(path), to[4096];
	struct stat st;

	for (int i = 0; i < LINK_HOPS && lstat(p, &st) == 0 && S_ISLNK(st.st_mode); i++) {
		ssize_t n = readlink(p, to, sizeof(to) - 1);
		if (n <= 0)
			break;
		to[n] = '\0';
		struct buf b = BUF_INIT;
		if (to[0] == '/') {
			buf_printf(&b, "%s", to);
		} else {
			char *dir = path_dir(p);
			buf_printf(&b, "%s/%s", dir, to);
			free(dir);
		}
		free(p);
		p = buf_detach(&b, NULL);
	}
	return p;
}

/* A stream on fd, which it closes on failure. Returns 0 or a negative errno. */
static int open_stream(struct export_file *ef, int fd)
{
	ef->f = fdopen(fd, "w");
	if (!ef->f) {
		int e = -errno;
		close(fd);
		return e;
	}
	return 0;
}

int export_file_open(struct export_file *ef, const char *path)
{
	struct buf tmp = BUF_INIT;
	struct stat st;
	bool exists;
	char *dir;
	int fd, err;

	memset(ef, 0, sizeof(*ef));
	if (strcmp(path, "-") == 0) {
		ef->f = stdout;
		ef->in_place = true;
		return 0;
	}
	if (!*path)
		return -ENOENT;
	exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return -EISDIR;
	if (exists && (err = export_writable(path)) < 0)
		return err;
	if (exists && !S_ISREG(st.st_mode)) {
		/* A device or a pipe cannot be replaced by a rename (nor should /dev/null be). */
		fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
		if (fd < 0)
			return -errno;
		ef->in_place = true;
		return open_stream(ef, fd);
	}
	/* Replace a link's target, not the link: the file the user knows by this name. */
	ef->target = exists ? realpath(path, NULL) : NULL;
	if (!ef->target)
		ef->target = dangling_target(path);
	/* mkstemp() makes the file private: keep the old file's mode, or a new file's. */
	if (exists) {
		ef->mode = st.st_mode & 07777;
	} else {
		mode_t um = umask(0);
		umask(um);
		ef->mode = 0666 & ~um;
	}
	/* A hidden name in the same folder (rename is atomic only within one file system), short
	 * enough for any name the target may have. */
	dir = path_dir(ef->target);
	buf_printf(&tmp, "%s/.dateline-XXXXXX", dir);
	free(dir);
	fd = mkstemp(tmp.data);
	if (fd < 0) {
		err = -errno;
		buf_free(&tmp);
		free(ef->target);
		ef->target = NULL;
		return err;
	}
	ef->tmp = buf_detach(&tmp, NULL);
	err = open_stream(ef, fd);
	if (err) {
		unlink(ef->tmp);
		free(ef->tmp);
		free(ef->target);
		memset(ef, 0, sizeof(*ef));
	}
	return err;
}

int export_file_close(struct export_file *ef, int err)
{
	if (!ef->f)
		return err ? err : -EBADF;
	errno = 0;
	if (fflush(ef->f) != 0 && !err)
		err = errno ? -errno : -EIO;
	if (ef->f == stdout) {
		ef->f = NULL;
		return err;
	}
	if (!err && ef->tmp && fchmod(fileno(ef->f), ef->mode) != 0)
		err = -errno;
	if (!err && ef->tmp && fsync(fileno(ef->f)) != 0)
		err = -errno;
	if (fclose(ef->f) != 0 && !err)
		err = errno ? -errno : -EIO;
	ef->f = NULL;
	if (ef->tmp) {
		if (!err && rename(ef->tmp, ef->target) != 0)
			err = -errno;
		if (err) {
			unlink(ef->tmp);
		} else {
			char *dir = path_dir(ef->target);
			sync_dir(dir);
			free(dir);
		}
	}
	free(ef->tmp);
	free(ef->target);
	ef->tmp = ef->target = NULL;
	return err;
}

int export_write_file(const char *path, const char *data, size_t len)
{
	struct export_file ef;
	int err = export_file_open(&ef, path);

	if (err)
		return err;
	errno = 0;
	if (fwrite(data, 1, len, ef.f) != len)
		err = errno ? -errno : -EIO;
	return export_file_close(&ef, err);
}
