/* Replays fuzz inputs without libFuzzer: every file named, or found in a folder named, is run
 * once; with --golden DIR, every golden input of DIR (tests/golden) is run too, behind each of the
 * option prefixes that the target gives it (so the fuzz corpus needs no copies of them). */
#include <dirent.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The option bytes that put a golden input through the target, defined by each target that this
 * file is linked with: variant v (0, 1, ...) for the input file `name` of tests/golden, whose
 * .args file holds `args` ("" when there is none). Writes at most FUZZ_PREFIX_MAX bytes to prefix
 * and returns their count, or returns SIZE_MAX when there is no variant v (variants are asked
 * for in order, from 0, until then). */
#define FUZZ_PREFIX_MAX 64
size_t fuzz_golden_prefix(const char *name, const char *args, unsigned v, uint8_t *prefix);

static int replay_count, golden_count;

/* Reads the whole file at path into b. Returns 0, or 1 (after saying why) when it cannot. */
static int read_all(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	int rc = buf_read_stream(b, f);
	fclose(f);
	if (rc < 0)
		fprintf(stderr, "%s: %s\n", path, strerror(-rc));
	return rc < 0 ? 1 : 0;
}

/* Runs prefix + data once, from an exact-size copy so that the sanitizers see reads past the
 * end. */
static void run_one(const uint8_t *prefix, size_t np, const char *data, size_t len)
{
	uint8_t *copy = xmalloc(np + len ? np + len : 1);
	if (np)
		memcpy(copy, prefix, np);
	if (len)
		memcpy(copy + np, data, len);
	LLVMFuzzerTestOneInput(copy, np + len);
	free(copy);
	replay_count++;
}

/* Runs the input in the file at path; returns 0, or 1 when it cannot be read. */
static int replay_file(const char *path)
{
	struct buf b;
	buf_init(&b);
	if (read_all(path, &b)) {
		buf_free(&b);
		return 1;
	}
	run_one(NULL, 0, b.data, b.len);
	buf_free(&b);
	return 0;
}

/* Is this file of tests/golden an input (not an expected output, stderr or options file)? */
static bool golden_input(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && !strstr(name, ".out_") && !strstr(name, ".err_") &&
	       !(n >= 5 && strcmp(name + n - 5, ".args") == 0);
}

/* Runs one golden input behind every prefix the target gives it. Returns 0, or 1 when the input
 * or its .args cannot be read. */
static int replay_golden_file(const char *dir, const char *name)
{
	struct buf path, in, args;
	buf_init(&path);
	buf_init(&in);
	buf_init(&args);
	buf_printf(&path, "%s/%s", dir, name);
	int bad = read_all(path.data, &in);
	/* <base>.args beside <base>.<ext> */
	const char *dot = strrchr(name, '.');
	buf_clear(&path);
	buf_printf(&path, "%s/%.*s.args", dir, (int)(dot ? (size_t)(dot - name) : strlen(name)),
		   name);
	if (!bad && access(path.data, F_OK) == 0)
		bad = read_all(path.data, &args);
	uint8_t prefix[FUZZ_PREFIX_MAX];
	size_t np;
	for (unsigned v = 0;
	     !bad && (np = fuzz_golden_prefix(name, args.data, v, prefix)) != SIZE_MAX; v++)
		run_one(prefix, np, in.data, in.len);
	if (!bad)
		golden_count++;
	buf_free(&path);
	buf_free(&in);
	buf_free(&args);
	return bad;
}

/* Runs every golden input of dir; returns the failures (a folder without inputs is one). */
static int replay_golden(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 1;
	}
	int fails = 0, before = golden_count;
	struct dirent *e;
	while ((e = readdir(d)))
		if (golden_input(e->d_name))
			fails += replay_golden_file(dir, e->d_name);
	closedir(d);
	if (golden_count == before) {
		fprintf(stderr, "%s: no golden inputs\n", dir);
		fails++;
	}
	return fails;
}

/* Runs a file, or every regular file of a folder (not recursive); returns the failures (a folder
 * without inputs is one). */
static int replay_path(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	DIR *dir = opendir(path);
	if (!dir) {
		perror(path);
		return 1;
	}
	int fails = 0, before = replay_count;
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;
		struct buf p;
		buf_init(&p);
		buf_printf(&p, "%s/%s", path, e->d_name);
		char *full = buf_detach(&p, NULL);
		struct stat fst;
		if (stat(full, &fst) == 0 && S_ISREG(fst.st_mode))
			fails += replay_file(full);
		free(full);
	}
	closedir(dir);
	if (replay_count == before) {
		fprintf(stderr, "%s: no inputs\n", path);
		fails++;
	}
	return fails;
}

int main(int argc, char **argv)
{
	int fails = 0, i = 1;
	if (argc > 2 && strcmp(argv[1], "--golden") == 0) {
		fails += replay_golden(argv[2]);
		i = 3;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: fuzz_replay [--golden DIR] FILE-OR-FOLDER...\n");
		return 2;
	}
	for (; i < argc; i++)
		fails += replay_path(argv[i]);
	printf("replayed %d inputs (%d golden inputs among them, behind their prefixes), "
	       "%d unreadable\n",
	       replay_count, golden_count, fails);
	return fails ? 1 : 0;
}
