/* export: the analysis as JSON (through jansson) and as plain-text lists. */
#include "dateline/export.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static json_t *jstr(const char *s, size_t n)
{
	struct buf b = BUF_INIT;
	json_t *j;

	text_repair(&b, s, n);
	j = json_stringn(b.data, b.len);
	buf_free(&b);
	return j ? j : json_string("");
}

static json_t *jspan(const struct doc *d, struct span s, bool with_text)
{
	size_t len;
	const char *t = doc_text(d, &len);
	json_t *o = json_object();

	json_object_set_new(o, "start", json_integer((json_int_t)s.start));
	json_object_set_new(o, "end", json_integer((json_int_t)s.end));
	if (with_text && s.end <= len && s.start <= s.end)
		json_object_set_new(o, "text", jstr(t + s.start, s.end - s.start));
	return o;
}

static const char *anchor_from_name(enum doc_anchor_from f)
{
	switch (f) {
	case ANCHOR_OPTION:
		return "option";
	case ANCHOR_METADATA:
		return "metadata";
	case ANCHOR_TEXT:
		return "text";
	case ANCHOR_READER:
		return "reader";
	default:
		return "none";
	}
}

static const char *level_name(enum doc_level l)
{
	return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}

static json_t *json_anchor(const struct doc *d)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(d, &from);
	json_t *o = json_object();

	if (a.year && from != ANCHOR_NONE) {
		char s[16];
		snprintf(s, sizeof(s), "%04d-%02d-%02d", a.year, a.month, a.day);
		json_object_set_new(o, "date", json_string(s));
	} else {
		json_object_set_new(o, "date", json_null());
		from = ANCHOR_NONE;
	}
	json_object_set_new(o, "from", json_string(anchor_from_name(from)));
	return o;
}

static json_t *json_timexes(const struct doc *d, const struct timex_list *t)
{
	json_t *a = json_array();

	for (size_t i = 0; t && i < t->n; i++) {
		const struct timex *x = &t->items[i];
		json_t *o = jspan(d, x->span, true);
		json_object_set_new(o, "type", json_string(timex_type_name(x->type)));
		json_object_set_new(o, "value", json_string(x->value));
		json_object_set_new(o, "paragraph", json_integer((json_int_t)x->paragraph + 1));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *json_events(const struct doc *d, const struct timex_list *t)
{
	json_t *a = json_array();

	for (size_t i = 0; t && i < t->nevents; i++) {
		const struct event *e = &t->events[i];
		json_t *o = json_object();
		json_object_set_new(o, "timex", json_integer((json_int_t)e->timex + 1));
		json_object_set_new(o, "value", json_string(t->items[e->timex].value));
		json_object_set_new(o, "label", json_string(e->label));
		json_object_set_new(o, "summary",
				    e->summary ? jstr(e->summary, strlen(e->summary))
					       : json_string(""));
		json_object_set_new(o, "start", json_integer((json_int_t)e->span.start));
		json_object_set_new(o, "end", json_integer((json_int_t)e->span.end));
		json_object_set_new(o, "paragraph", json_integer((json_int_t)e->paragraph + 1));
		(void)d;
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *json_claims(const struct doc *d, const struct claim_list *c)
{
	json_t *a = json_array();

	for (size_t i = 0; c && i < c->n; i++) {
		const struct claim *x = &c->items[i];
		json_t *o = json_object();
		json_object_set_new(o, "kind", json_string(claim_kind_name(x->kind)));
		json_object_set_new(o, "content", jspan(d, x->content, true));
		json_object_set_new(o, "speaker",
				    x->speaker.end > x->speaker.start ? jspan(d, x->speaker, true)
								      : json_null());
		json_object_set_new(o, "speaker_resolved",
				    x->speaker_resolved
					    ? jstr(x->speaker_resolved, strlen(x->speaker_resolved))
					    : json_null());
		json_object_set_new(
			o, "cue", x->cue.end > x->cue.start ? jspan(d, x->cue, true) : json_null());
		json_object_set_new(o, "paragraph", json_integer((json_int_t)x->paragraph + 1));
		json_array_append_new(a, o);
	}
	return a;
}

static int dump_cb(const char *s, size_t n, void *data)
{
	buf_put(data, s, n);
	return 0;
}

void export_json(struct buf *b, const struct doc *d, const struct timex_list *t,
		 const struct claim_list *c)
{
	size_t len;
	const char *text = doc_text(d, &len);
	const char *title = doc_title_text(d);
	json_t *root = json_object(), *a;

	json_object_set_new(root, "format", json_string("dateline"));
	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(root, "source", jstr(doc_name(d), strlen(doc_name(d))));
	json_object_set_new(root, "title", title ? jstr(title, strlen(title)) : json_null());
	json_object_set_new(root, "anchor", json_anchor(d));
	/* What the page or the article says of itself, when it says it. */
	const char *const meta[][2] = {{"byline", doc_byline(d)},
				       {"published", doc_published(d)},
				       {"modified", doc_modified(d)},
				       {"site", doc_site(d)}};
	for (size_t i = 0; i < sizeof(meta) / sizeof(*meta); i++)
		if (meta[i][1])
			json_object_set_new(root, meta[i][0], jstr(meta[i][1], strlen(meta[i][1])));
	if (doc_converted(d))
		json_object_set_new(root, "text", jstr(text, len));
	a = json_array();
	for (size_t i = 0; i < doc_paragraph_count(d); i++) {
		const struct doc_para *p = doc_paragraph(d, i);
		json_t *o = jspan(d, p->span, false);
		if (p->heading)
			json_object_set_new(o, "heading", json_true());
		json_array_append_new(a, o);
	}
	json_object_set_new(root, "paragraphs", a);
	a = json_array();
	for (size_t i = 0; i < doc_sentence_count(d); i++) {
		const struct doc_sentence *s = doc_sentence(d, i);
		json_t *o = jspan(d, s->span, false);
		json_object_set_new(o, "paragraph", json_integer((json_int_t)s->paragraph + 1));
		json_array_append_new(a, o);
	}
	json_object_set_new(root, "sentences", a);
	json_object_set_new(root, "timexes", json_timexes(d, t));
	json_object_set_new(root, "events", json_events(d, t));
	json_object_set_new(root, "claims", json_claims(d, c));
	a = json_array();
	for (size_t i = 0; i < doc_diag_count(d); i++) {
		const struct doc_diag *g = doc_diag(d, i);
		json_t *o = json_object();
		json_object_set_new(o, "level", json_string(level_name(g->level)));
		json_object_set_new(o, "line", json_integer((json_int_t)g->line));
		json_object_set_new(o, "column", json_integer((json_int_t)g->column));
		json_object_set_new(o, "message", jstr(g->message, strlen(g->message)));
		json_array_append_new(a, o);
	}
	json_object_set_new(root, "diagnostics", a);
	json_dump_callback(root, dump_cb, b, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	buf_putc(b, '\n');
	json_decref(root);
}

/* Appends text from the article with escape sequences and controls made visible, newlines and
 * runs of white space folded to one space. */
static void put_line_text(struct buf *b, const char *s, size_t n)
{
	struct buf v = BUF_INIT;
	bool space = false;

	text_visible(&v, s, n);
	for (size_t i = 0; i < v.len; i++) {
		char c = v.data[i];
		if (c == '\n' || c == '\t' || c == ' ' || c == '\r') {
			space = true;
			continue;
		}
		if (space && b->len && b->data[b->len - 1] != '"')
			buf_putc(b, ' ');
		else if (space && b->len && b->data[b->len - 1] == '"' && i > 0)
			buf_putc(b, ' ');
		space = false;
		buf_putc(b, c);
	}
	buf_free(&v);
}

void export_timeline(struct buf *b, const struct doc *d, const struct timex_list *t)
{
	size_t w = 0;

	(void)d;
	for (size_t i = 0; t && i < t->nevents; i++) {
		size_t lw = strlen(t->events[i].label);
		if (lw > w)
			w = lw;
	}
	for (size_t i = 0; t && i < t->nevents; i++) {
		const struct event *e = &t->events[i];
		buf_printf(b, "%-*s  ", (int)w, e->label);
		if (e->summary)
			put_line_text(b, e->summary, strlen(e->summary));
		buf_printf(b, "  \xC2\xB6%zu\n", e->paragraph + 1);
	}
}

static const char *cue_or_kind(const struct doc *d, const struct claim *c, struct buf *tmp)
{
	size_t len;
	const char *text = doc_text(d, &len);

	buf_clear(tmp);
	if (c->cue.end > c->cue.start)
		put_line_text(tmp, text + c->cue.start, c->cue.end - c->cue.start);
	else
		buf_puts(tmp, claim_kind_name(c->kind));
	return tmp->data;
}

void export_claims(struct buf *b, const struct doc *d, const struct claim_list *c)
{
	size_t len;
	const char *text = doc_text(d, &len);
	struct buf tmp = BUF_INIT;

	for (size_t i = 0; c && i < c->n; i++) {
		const struct claim *x = &c->items[i];
		buf_printf(b, "\xC2\xB6%zu  ", x->paragraph + 1);
		if (x->speaker_resolved)
			put_line_text(b, x->speaker_resolved, strlen(x->speaker_resolved));
		else if (x->speaker.end > x->speaker.start)
			put_line_text(b, text + x->speaker.start,
				      x->speaker.end - x->speaker.start);
		else
			buf_puts(b, "(unattributed)");
		buf_printf(b, " (%s): \"", cue_or_kind(d, x, &tmp));
		put_line_text(b, text + x->content.start, x->content.end - x->content.start);
		buf_puts(b, "\"\n");
	}
	buf_free(&tmp);
}

/* Makes a rename durable by syncing the folder that holds the file. */
static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Writes all of data to fd, retrying short writes. Returns 0 or a negative errno. */
static int write_all(int fd, const char *data, size_t len)
{
	size_t off = 0;

	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		if (w == 0)
			return -EIO;
		off += (size_t)w;
	}
	return 0;
}

bool export_is_same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

int export_write_file(const char *path, const char *data, size_t len)
{
	struct buf tmp = BUF_INIT;
	char *target = NULL, *dir;
	struct stat st;
	bool exists;
	mode_t mode;
	int fd, err = 0;

	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return -(errno ? errno : EIO);
		return 0;
	}
	if (!*path)
		return -ENOENT;
	exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return -EISDIR;
	if (exists && !S_ISREG(st.st_mode)) {
		/* A device or a pipe cannot be replaced by a rename (nor should /dev/null be). */
		fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
		if (fd < 0)
			return -errno;
		err = write_all(fd, data, len);
		if (close(fd) != 0 && !err)
			err = -errno;
		return err;
	}
	/* Replace a link's target, not the link: the file the user knows by this name. */
	target = exists ? realpath(path, NULL) : NULL;
	if (!target)
		target = xstrdup(path);
	dir = path_dir(target);
	/* A hidden name in the same folder (rename is atomic only within one file system), short
	 * enough for any name the target may have. */
	buf_printf(&tmp, "%s/.dateline-XXXXXX", dir);
	fd = mkstemp(tmp.data);
	if (fd < 0) {
		err = -errno;
		goto out;
	}
	/* mkstemp() makes the file private: keep the old file's mode, or a new file's. */
	if (exists) {
		mode = st.st_mode & 07777;
	} else {
		mode_t um = umask(0);
		umask(um);
		mode = 0666 & ~um;
	}
	err = write_all(fd, data, len);
	if (!err && fchmod(fd, mode) != 0)
		err = -errno;
	if (!err && fsync(fd) != 0)
		err = -errno;
	if (close(fd) != 0 && !err)
		err = -errno;
	if (!err && rename(tmp.data, target) != 0)
		err = -errno;
	if (err)
		unlink(tmp.data);
	else
		sync_dir(dir);
out:
	free(dir);
	free(target);
	buf_free(&tmp);
	return err;
}
