/* home_fixture: a home of its own for a unit test that writes notes or files, so that nothing it
 * does touches the real notes. home_begin("notes58") makes /tmp/dateline-notes58-XXXXXX (in tmp)
 * and sets HOME to it and XDG_DATA_HOME to its data/ (where the default notes database would be);
 * path_in("a.db") names a file in it (the caller frees); home_end() removes it when every check
 * passed (else it is left for inspection and says so) and returns CHECK_DONE() for main. Beside
 * them, what tests of written files ask: slurp() and count_entries(). */
#ifndef DATELINE_HOME_FIXTURE_H
#define DATELINE_HOME_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dateline/text.h"

static char tmp[64];

static inline char *path_in(const char *name)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/%s", tmp, name);
	return buf_detach(&b, NULL);
}

/* The whole of a file, or NULL; the caller frees. */
static inline char *slurp(const char *path)
{
	struct buf b = BUF_INIT;
	FILE *f = fopen(path, "rb");

	if (!f)
		return NULL;
	if (buf_read_stream(&b, f) < 0)
		buf_clear(&b);
	fclose(f);
	return buf_detach(&b, NULL);
}

/* How many entries folder dir holds (without . and ..; a temporary file left behind counts), or
 * -1 when it cannot be read. */
static inline int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;

	if (!d)
		return -1;
	for (struct dirent *e; (e = readdir(d));)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

/* Makes the home and points HOME and XDG_DATA_HOME into it; the program ends when it cannot. */
static inline void home_begin(const char *name)
{
	snprintf(tmp, sizeof(tmp), "/tmp/dateline-%s-XXXXXX", name);
	if (!mkdtemp(tmp)) {
		perror("mkdtemp");
		exit(1);
	}
	char *data = path_in("data");
	setenv("HOME", tmp, 1);
	setenv("XDG_DATA_HOME", data, 1);
	free(data);
}

static inline int home_end(void)
{
	if (!check_failed && !check_any_failed) {
		struct buf cmd = BUF_INIT;
		buf_printf(&cmd, "rm -rf '%s'", tmp);
		if (system(cmd.data) != 0)
			fprintf(stderr, "could not remove %s\n", tmp);
		buf_free(&cmd);
	} else {
		fprintf(stderr, "left %s for inspection\n", tmp);
	}
	return CHECK_DONE();
}

#endif
