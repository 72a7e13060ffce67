/* Replays fuzz inputs without libFuzzer: every file named, or found in a folder named, is run once. */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dateline/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_count;

/* Runs the input in the file at path; returns 0, or 1 when it cannot be read. */
static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	struct buf b;
	buf_init(&b);
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_put(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		perror(path);
		buf_free(&b);
		return 1;
	}
	size_t len;
	char *data = buf_detach(&b, &len);
	/* An exact-size copy so that the sanitizers see reads past the end. */
	uint8_t *copy = xmalloc(len ? len : 1);
	memcpy(copy, data, len);
	free(data);
	LLVMFuzzerTestOneInput(copy, len);
	free(copy);
	replay_count++;
	return 0;
}

/* Runs a file, or every regular file of a folder (not recursive); returns the failures. */
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
	int fails = 0;
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
	return fails;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: fuzz_replay FILE-OR-FOLDER...\n");
		return 2;
	}
	int fails = 0;
	for (int i = 1; i < argc; i++)
		fails += replay_path(argv[i]);
	printf("replayed %d inputs, %d unreadable\n", replay_count, fails);
	return fails ? 1 : 0;
}
