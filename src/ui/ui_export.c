/* ui_export: exporting the notes, timeline and claims as Markdown from the reader, with file
 * manners: ~ and ~user expanded, a question before a file is replaced, a default path beside the
 * article (or in the documents folder for standard input, the sample and web pages), and the
 * full path said. */
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dateline/export.h"
#include "reader_int.h"

/* True when the article's name is a file here (not standard input, the sample or a URL). */
static bool local_file(const char *name)
{
	struct stat st;

	return strcmp(name, "-") != 0 && !strstr(name, "://") && stat(name, &st) == 0 &&
	       S_ISREG(st.st_mode);
}

/* Appends path to b made absolute against the working folder. */
static void put_absolute(struct buf *b, const char *path)
{
	if (path[0] != '/') {
		char *cwd = getcwd(NULL, 0);
		if (cwd) {
			buf_puts(b, cwd);
			if (b->len && b->data[b->len - 1] != '/')
				buf_putc(b, '/');
			free(cwd);
		}
		while (path[0] == '.' && path[1] == '/')
			path += 2;
	}
	buf_puts(b, path);
}

static bool is_dir(const char *path)
{
	struct stat st;

	return path && *path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The documents folder: $XDG_DOCUMENTS_DIR, or the one user-dirs.dirs names, or the home
 * folder (or "." without one). Appended to b. */
static void put_documents_dir(struct buf *b)
{
	const char *home = getenv("HOME"), *env = getenv("XDG_DOCUMENTS_DIR");
	const char *cfg = getenv("XDG_CONFIG_HOME");
	struct buf path = BUF_INIT, dir = BUF_INIT;
	char line[1024];

	if (env && env[0] == '/' && is_dir(env)) {
		buf_puts(b, env);
		return;
	}
	if (cfg && cfg[0] == '/')
		buf_printf(&path, "%s/user-dirs.dirs", cfg);
	else if (home && *home)
		buf_printf(&path, "%s/.config/user-dirs.dirs", home);
	FILE *f = path.len ? fopen(path.data, "r") : NULL;
	while (f && fgets(line, sizeof(line), f)) {
		/* XDG_DOCUMENTS_DIR="$HOME/Documents" */
		const char *v = strstr(line, "XDG_DOCUMENTS_DIR=\"");
		if (v != line)
			continue;
		v += strlen("XDG_DOCUMENTS_DIR=\"");
		buf_clear(&dir);
		if (strncmp(v, "$HOME", 5) == 0 && home) {
			buf_puts(&dir, home);
			v += 5;
		}
		buf_put(&dir, v, strcspn(v, "\"\n"));
	}
	if (f)
		fclose(f);
	if (dir.len && dir.data[0] == '/' && is_dir(dir.data))
		buf_puts(b, dir.data);
	else
		buf_puts(b, home && *home ? home : ".");
	buf_free(&path);
	buf_free(&dir);
}

/* A file name made from the article's title, whole words up to 40 characters
 * ("nvidia-chief-courts-china-again-as"), or "article". */
static void put_title_slug(struct buf *b, const struct reader *r)
{
	const char *t = doc_title_text(r->d);
	size_t start = b->len, word_end = b->len;
	bool dash = false;

	for (; t && *t; t++) {
		char c = *t;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b->len > start) {
				word_end = b->len;
				buf_putc(b, '-');
			}
			buf_putc(b, c);
			dash = false;
		} else {
			dash = true;
		}
		if (b->len - start > 40) {
			b->len = word_end > start ? word_end : start + 40;
			b->data[b->len] = '\0';
			break;
		}
	}
	if (b->len == start)
		buf_puts(b, "article");
}

/* The name a file of the export gets: the article's file name without its extension, or for a
 * URL its last part, else the title. */
static void put_base(struct buf *b, const struct reader *r, bool local)
{
	const char *name = doc_name(r->d);
	const char *url = strstr(name, "://");

	if (local || url) {
		const char *end = name + strcspn(name, "?#");
		const char *slash = end;
		while (slash > name && slash[-1] != '/')
			slash--;
		const char *dot = NULL;
		for (const char *c = slash; c < end; c++)
			if (*c == '.')
				dot = c;
		size_t n = (size_t)((dot && dot > slash ? dot : end) - slash);
		bool clean = n > 0 && (!url || slash > url + 3);
		for (size_t i = 0; clean && i < n; i++)
			clean = slash[i] != ':' && slash[i] != '%';
		if (clean) {
			buf_put(b, slash, n);
			return;
		}
	}
	put_title_slug(b, r);
}

/* The path the export proposes: beside the article, else in the documents folder. */
static char *default_path(const struct reader *r)
{
	const char *name = doc_name(r->d);
	bool local = local_file(name);
	struct buf b = BUF_INIT;

	if (local) {
		const char *slash = strrchr(name, '/');
		char *dir = xstrndup(name, slash ? (size_t)(slash - name + 1) : 0);
		put_absolute(&b, *dir ? dir : "./");
		free(dir);
	} else {
		put_documents_dir(&b);
		buf_putc(&b, '/');
	}
	if (b.len > 1 && b.data[b.len - 1] != '/')
		buf_putc(&b, '/');
	put_base(&b, r, local);
	buf_puts(&b, ".notes.md");
	return buf_detach(&b, NULL);
}

/* Expands ~ and ~user at the start of path and makes it absolute; a folder gets the default
 * file name. Returns the path (the caller frees it) or NULL with why in err. */
static char *expand(const struct reader *r, const char *path, char *err, size_t errn)
{
	struct buf b = BUF_INIT;

	if (path[0] == '~') {
		size_t n = strcspn(path + 1, "/");
		const char *home = NULL;
		struct passwd pwbuf, *pw = NULL;
		char pwtext[4096];
		if (n == 0) {
			home = getenv("HOME");
			if ((!home || !*home) &&
			    getpwuid_r(getuid(), &pwbuf, pwtext, sizeof(pwtext), &pw) == 0 && pw)
				home = pw->pw_dir;
		} else {
			char user[256];
			snprintf(user, sizeof(user), "%.*s", (int)(n < 255 ? n : 255), path + 1);
			if (getpwnam_r(user, &pwbuf, pwtext, sizeof(pwtext), &pw) != 0 || !pw) {
				snprintf(err, errn, "~%.200s: no such user", user);
				return NULL;
			}
			home = pw->pw_dir;
		}
		if (!home || !*home) {
			snprintf(err, errn, "no home folder for ~");
			return NULL;
		}
		buf_puts(&b, home);
		buf_puts(&b, path + 1 + n);
	} else {
		put_absolute(&b, path);
	}
	if (is_dir(b.data)) {
		char *def = default_path(r), *base = strrchr(def, '/');
		if (b.data[b.len - 1] != '/')
			buf_putc(&b, '/');
		buf_puts(&b, base ? base + 1 : def);
		free(def);
	}
	return buf_detach(&b, NULL);
}

void reader_export_prompt(struct reader *r, const char *path)
{
	char *def = path ? NULL : default_path(r);

	editor_set(&r->ed, path ? path : def, false);
	free(def);
	r->mode = MODE_EXPORT;
}

void reader_export_run(struct reader *r, const char *path, bool confirmed)
{
	struct export_file ef;
	struct export_sink sink;
	char err[300];
	struct stat st;

	if (!*path) {
		reader_status_set(r, true, "No file name: nothing exported");
		return;
	}
	if (r->no_files) {
		reader_status_set(r, true, "Export is off here: nothing written");
		return;
	}
	char *full = confirmed ? xstrdup(path) : expand(r, path, err, sizeof(err));
	if (!full) {
		reader_status_set(r, true, "Export failed: %s", err);
		return;
	}
	if (local_file(doc_name(r->d)) && export_is_same_file(full, doc_name(r->d))) {
		reader_status_set(r, true, "Not exported: %s is the article", full);
		free(full);
		return;
	}
	if (!confirmed && stat(full, &st) == 0) {
		/* Ask before a file goes (saying when it is no export); the answer comes to
		 * confirm_key. A read-only file is refused at once: no answer could let it go. */
		int no = export_writable(full);
		if (no < 0) {
			reader_status_set(r, true, "Not exported: %s: %s", full, strerror(-no));
			free(full);
			return;
		}
		free(r->confirm_path);
		r->confirm_path = full;
		if (export_is_foreign(full))
			snprintf(r->question, sizeof(r->question),
				 "%s is not a dateline export. Overwrite it? (y/n)", full);
		else
			snprintf(r->question, sizeof(r->question), "Overwrite %s? (y/n)", full);
		r->confirm = CONFIRM_OVERWRITE;
		r->mode = MODE_CONFIRM;
		return;
	}
	int rc = export_file_open(&ef, full);
	if (rc == 0) {
		export_sink_file(&sink, ef.f);
		export_markdown(&sink, r->d, r->tl, r->cl, r->notes, time(NULL));
		rc = export_file_close(&ef, export_sink_finish(&sink));
	}
	if (rc < 0)
		reader_status_set(r, true, "Export failed: %s: %s", full, strerror(-rc));
	else
		reader_status_set(r, false, "Exported to %s", full);
	free(full);
}
