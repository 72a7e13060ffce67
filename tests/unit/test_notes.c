/* test_notes: storage round trips, concurrent handles and processes, read-only, corrupt and
 * foreign databases, and re-anchoring after the article changes. */
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "home_fixture.h"
#include "dateline/notes.h"

static const char article[] =
	"Harbour town votes on new ferry\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n"
	"\n"
	"\"We cannot ask people to wait three hours for a boat,\" said Mara Velt, who chairs the "
	"transport committee. She added that the ferry would be built at the yard in Kessel.\n"
	"\n"
	"Opponents said the money would be better spent on the harbour wall, which was damaged in "
	"the storms of last winter. The vote was seven to four.\n";

static void write_file(const char *path, const char *s, size_t n)
{
	FILE *f = fopen(path, "wb");
	REQUIRE(f != NULL);
	fwrite(s, 1, n, f);
	fclose(f);
}

static char *read_all(const char *path, size_t *n)
{
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t k;
	FILE *f = fopen(path, "rb");

	if (f) {
		while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_put(&b, chunk, k);
		fclose(f);
	}
	return buf_detach(&b, n);
}

static struct doc *load_text(const char *path, const char *s)
{
	struct doc *d = NULL;
	write_file(path, s, strlen(s));
	REQUIRE_EQ(doc_read_file(path, FORMAT_TEXT, &d), 0);
	return d;
}

static struct span span_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	CHECK(p != NULL);
	if (!p)
		return (struct span){0, 0};
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

static const struct note *find_note(const struct note_list *l, int64_t id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].id == id)
			return &l->items[i];
	return NULL;
}

/* The text a note spans in the document, for comparing. */
static char *spanned(const struct doc *d, const struct note *n)
{
	size_t len;
	const char *t = doc_text(d, &len);
	return xstrndup(t + n->span.start, n->span.end - n->span.start);
}

static void test_default_path(void)
{
	char *p;

	setenv("XDG_DATA_HOME", "/x/data", 1);
	p = notes_default_path();
	CHECK_STR(p, "/x/data/dateline/notes.db");
	free(p);
	setenv("XDG_DATA_HOME", "relative/ignored", 1);
	setenv("HOME", "/h", 1);
	p = notes_default_path();
	CHECK_STR(p, "/h/.local/share/dateline/notes.db");
	free(p);
	/* Back to the pinned temporary folders. */
	char *data = path_in("data");
	setenv("HOME", tmp, 1);
	setenv("XDG_DATA_HOME", data, 1);
	free(data);
}

static void test_round_trip(void)
{
	char *dbp = notes_default_path(), *ap = path_in("round.txt");
	struct doc *d = load_text(ap, article);
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	int64_t a = 0, b = 0, c = 0;

	/* The folder under XDG_DATA_HOME is created. */
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK(!notes_readonly(db));
	CHECK_EQ(notes_add(db, d, NOTE_SELECTION, span_of(d, "second ferry"), "why two?", &a), 0);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Opponents said"), "check", &b), 0);
	CHECK_EQ(notes_add(db, d, NOTE_CLAIM, span_of(d, "We cannot ask people"), "", &c), 0);
	CHECK(a > 0 && b > a && c > b);
	CHECK_EQ(notes_update(db, b, "checked: # not a heading\n> nor a quote"), 0);
	CHECK_EQ(notes_delete(db, c), 0);
	CHECK_EQ(notes_delete(db, c), -ENOENT);
	CHECK_EQ(notes_update(db, c, "gone"), -ENOENT);
	CHECK_EQ(notes_add(db, d, NOTE_SELECTION, (struct span){5, 100000}, "x", NULL), -EINVAL);
	notes_close(db);

	/* A new handle sees what was committed: nothing lived only in memory. */
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_load(db, d, &l), 0);
	REQUIRE_EQ(l->n, 2);
	const struct note *x = &l->items[0], *y = &l->items[1];
	CHECK_EQ(x->id, a);
	CHECK_EQ(x->target, NOTE_SELECTION);
	CHECK_STR(x->quote, "second ferry");
	CHECK_STR(x->text, "why two?");
	CHECK(!x->detached);
	CHECK_EQ(x->paragraph, 1);
	CHECK(x->created > 0 && x->modified >= x->created);
	CHECK_EQ(y->id, b);
	CHECK_STR(y->text, "checked: # not a heading\n> nor a quote");
	CHECK_STR(note_target_name(y->target), "paragraph");
	CHECK_EQ(y->paragraph, 3);
	note_list_free(l);

	/* Reading positions: none yet, then the one set. */
	size_t pos = 1;
	CHECK_EQ(notes_position_get(db, d, &pos), -ENOENT);
	CHECK_EQ(notes_position_set(db, d, span_of(d, "Opponents").start), 0);
	CHECK_EQ(notes_position_set(db, d, span_of(d, "said Mara").start), 0);
	CHECK_EQ(notes_position_get(db, d, &pos), 0);
	CHECK_EQ(pos, span_of(d, "said Mara").start);
	notes_close(db);
	doc_free(d);
	free(ap);
	free(dbp);
}

static void test_two_handles(void)
{
	char *dbp = path_in("two.db"), *ap = path_in("two.txt");
	struct doc *d = load_text(ap, article);
	struct notes_db *x = NULL, *y = NULL;
	struct note_list *l = NULL;

	REQUIRE_EQ(notes_open(dbp, &x), 0);
	REQUIRE_EQ(notes_open(dbp, &y), 0);
	/* Interleaved writers on one file: each commit is visible to the other at once. */
	for (int i = 0; i < 5; i++) {
		CHECK_EQ(notes_add(x, d, NOTE_SELECTION, span_of(d, "ferry"), "from x", NULL), 0);
		CHECK_EQ(notes_add(y, d, NOTE_SELECTION, span_of(d, "harbour"), "from y", NULL), 0);
	}
	CHECK_EQ(notes_load(x, d, &l), 0);
	CHECK_EQ(l->n, 10);
	note_list_free(l);
	CHECK_EQ(notes_load(y, d, &l), 0);
	CHECK_EQ(l->n, 10);
	note_list_free(l);
	notes_close(x);
	notes_close(y);
	doc_free(d);
	free(ap);
	free(dbp);
}

/* Two processes add notes at the same moment; none is lost. */
static void test_two_processes(void)
{
	char *dbp = path_in("procs.db"), *ap = path_in("procs.txt");
	struct doc *d = load_text(ap, article);
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	pid_t kids[2];
	const int each = 40;

	/* Created first, so both children open an existing database. */
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	notes_close(db);
	for (int k = 0; k < 2; k++) {
		kids[k] = fork();
		if (kids[k] == 0) {
			struct notes_db *c = NULL;
			int bad = notes_open(dbp, &c) != 0;
			for (int i = 0; !bad && i < each; i++)
				bad = notes_add(c, d, NOTE_PARAGRAPH, span_of(d, "Opponents"),
						k ? "child b" : "child a", NULL) != 0;
			notes_close(c);
			_exit(bad);
		}
	}
	for (int k = 0; k < 2; k++) {
		int status = 0;
		waitpid(kids[k], &status, 0);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_load(db, d, &l), 0);
	CHECK_EQ(l->n, 2 * each);
	note_list_free(l);
	notes_close(db);
	doc_free(d);
	free(ap);
	free(dbp);
}

static void test_readonly(void)
{
	char *dbp = path_in("ro.db"), *ap = path_in("ro.txt");
	struct doc *d = load_text(ap, article);
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	struct buf uri = BUF_INIT;
	size_t pos;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_add(db, d, NOTE_SELECTION, span_of(d, "customs house"), "old", NULL), 0);
	CHECK_EQ(notes_position_set(db, d, 10), 0);
	notes_close(db);

	/* Root ignores file modes, so read-only is asked for through SQLite's URI instead; the
	 * file-mode path is tested too when not root. */
	buf_printf(&uri, "file:%s?mode=ro", dbp);
	REQUIRE_EQ(notes_open(uri.data, &db), 0);
	CHECK(notes_readonly(db));
	CHECK_EQ(notes_load(db, d, &l), 0);
	REQUIRE_EQ(l->n, 1);
	int64_t id = l->items[0].id;
	note_list_free(l);
	CHECK_EQ(notes_add(db, d, NOTE_SELECTION, span_of(d, "ferry"), "new", NULL), -EROFS);
	CHECK(strstr(notes_error(db), "read-only") != NULL);
	CHECK_EQ(notes_update(db, id, "changed"), -EROFS);
	CHECK_EQ(notes_delete(db, id), -EROFS);
	CHECK_EQ(notes_position_set(db, d, 20), -EROFS);
	CHECK_EQ(notes_position_get(db, d, &pos), 0);
	CHECK_EQ(pos, 10);
	notes_close(db);
	if (geteuid() != 0) {
		chmod(dbp, 0444);
		REQUIRE_EQ(notes_open(dbp, &db), 0);
		CHECK(notes_readonly(db));
		CHECK_EQ(notes_add(db, d, NOTE_SELECTION, span_of(d, "ferry"), "n", NULL), -EROFS);
		notes_close(db);
		chmod(dbp, 0644);
	}
	/* Export opens read-only and never creates a database. */
	char *none = path_in("none/notes.db");
	CHECK_EQ(notes_open_readonly(none, &db), -ENOENT);
	CHECK(db == NULL);
	CHECK(access(none, F_OK) != 0);
	free(none);
	buf_free(&uri);
	doc_free(d);
	free(ap);
	free(dbp);
}

/* Opens path expecting -EPROTO, and checks the file's bytes did not change. */
static void expect_refused(const char *path, const char *why)
{
	size_t n0, n1;
	char *before = read_all(path, &n0), *after;
	struct notes_db *db = (struct notes_db *)1;
	struct buf j = BUF_INIT;

	CHECK_EQ(notes_open(path, &db), -EPROTO);
	CHECK(db == NULL);
	CHECK(strstr(notes_error(NULL), why) != NULL);
	if (!strstr(notes_error(NULL), why))
		fprintf(stderr, "  error was: %s\n", notes_error(NULL));
	CHECK(strchr(notes_error(NULL), '\n') == NULL);
	if (strchr(notes_error(NULL), '\n'))
		fprintf(stderr, "  error was: %s\n", notes_error(NULL));
	after = read_all(path, &n1);
	CHECK(n0 == n1 && memcmp(before, after, n0) == 0);
	buf_printf(&j, "%s-journal", path);
	CHECK(access(j.data, F_OK) != 0);
	buf_free(&j);
	free(before);
	free(after);
}

static void test_corrupt_and_foreign(void)
{
	char *junk = path_in("junk.db"), *foreign = path_in("foreign.db");
	char *newer = path_in("newer.db"), *damaged = path_in("damaged.db");
	char *ap = path_in("c.txt");
	struct buf b = BUF_INIT;
	sqlite3 *s;
	struct notes_db *db = NULL;
	struct doc *d = load_text(ap, article);

	for (int i = 0; i < 200; i++)
		buf_puts(&b, "this is not a database at all. ");
	write_file(junk, b.data, b.len);
	expect_refused(junk, "not a dateline notes database");

	REQUIRE_EQ(sqlite3_open(foreign, &s), SQLITE_OK);
	sqlite3_exec(s, "CREATE TABLE notes(x); INSERT INTO notes VALUES(1);", NULL, NULL, NULL);
	sqlite3_close(s);
	expect_refused(foreign, "another program");

	REQUIRE_EQ(notes_open(newer, &db), 0);
	notes_close(db);
	REQUIRE_EQ(sqlite3_open(newer, &s), SQLITE_OK);
	sqlite3_exec(s, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(s);
	expect_refused(newer, "schema 99");

	/* A dateline database whose pages were damaged after the header. */
	REQUIRE_EQ(notes_open(damaged, &db), 0);
	for (int i = 0; i < 300; i++)
		notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Opponents"), b.data, NULL);
	notes_close(db);
	{
		size_t n;
		char *bytes = read_all(damaged, &n);
		CHECK(n > 8192);
		if (n > 8192) {
			memset(bytes + 4096, 0xA5, 4096);
			write_file(damaged, bytes, n);
		}
		free(bytes);
	}
	expect_refused(damaged, "damaged");
	doc_free(d);
	buf_free(&b);
	free(junk);
	free(foreign);
	free(newer);
	free(damaged);
	free(ap);
}

/* Adds notes to v1 of an article, loads them against v2, and checks where each lands. */
struct placed {
	const char *quote; /* passage noted in v1 */
	enum note_target target;
	const char *want; /* the text it must span in v2, or NULL for detached */
};

static void reanchor_case(const char *name, const char *v2, const struct placed *p, size_t n)
{
	char *dbp = path_in("re.db"), *ap = path_in("re.txt");
	struct doc *d1 = load_text(ap, article), *d2;
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	int64_t ids[8];

	unlink(dbp);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	for (size_t i = 0; i < n; i++)
		CHECK_EQ(notes_add(db, d1, p[i].target, span_of(d1, p[i].quote), p[i].quote,
				   &ids[i]),
			 0);
	CHECK_EQ(notes_position_set(db, d1, span_of(d1, "Opponents").start), 0);
	/* The same path, new bytes: found by path, placed again. */
	d2 = load_text(ap, v2);
	CHECK(doc_hash(d1) != doc_hash(d2));
	for (int round = 0; round < 2; round++) {
		/* The second round reads the anchors written back by the first. */
		CHECK_EQ(notes_load(db, d2, &l), 0);
		REQUIRE_EQ(l->n, n);
		for (size_t i = 0; i < n; i++) {
			const struct note *x = find_note(l, ids[i]);
			CHECK(x != NULL);
			if (!x)
				continue;
			if (!p[i].want) {
				CHECK(x->detached);
				CHECK_STR(x->text, p[i].quote);
				CHECK(l->items[l->n - 1].detached);
				continue;
			}
			CHECK(!x->detached);
			char *got = spanned(d2, x);
			CHECK_STR(got, p[i].want);
			if (strcmp(got, p[i].want) != 0)
				fprintf(stderr, "  %s: note %zu\n", name, i);
			CHECK_EQ(x->paragraph, doc_paragraph_at(d2, x->span.start));
			free(got);
		}
		note_list_free(l);
	}
	size_t pos = 0;
	const char *t = doc_text(d2, NULL);
	CHECK_EQ(notes_position_get(db, d2, &pos), 0);
	if (strstr(v2, "Opponents"))
		CHECK_EQ(pos, (size_t)(strstr(t, "Opponents") - t));
	notes_close(db);
	doc_free(d1);
	doc_free(d2);
	free(ap);
	free(dbp);
}

static char *replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	struct buf b = BUF_INIT;

	CHECK(p != NULL);
	if (!p)
		return xstrdup(s);
	buf_put(&b, s, (size_t)(p - s));
	buf_puts(&b, to);
	buf_puts(&b, p + strlen(from));
	return buf_detach(&b, NULL);
}

static void test_reanchor_line_inserted(void)
{
	struct buf v2 = BUF_INIT;
	static const struct placed p[] = {
		{"second ferry", NOTE_SELECTION, "second ferry"},
		{"ferry", NOTE_SELECTION, "ferry"}, /* short and repeated: context decides */
		{"The vote was seven to four.", NOTE_SELECTION, "The vote was seven to four."},
	};

	buf_puts(&v2, "UPDATED 14:05: the vote count was confirmed by the clerk.\n\n");
	buf_puts(&v2, article);
	reanchor_case("line inserted", v2.data, p, 3);
	buf_free(&v2);
}

static void test_reanchor_word_changed(void)
{
	/* A word changed inside one passage and near another. */
	char *a = replace(article, "to buy a second ferry for the crossing",
			  "to order a second ferry for the crossing");
	char *v2 = replace(a, "which was damaged", "which was wrecked");
	static const struct placed p[] = {
		{"voted on Tuesday to buy a second ferry for the crossing", NOTE_SELECTION,
		 "voted on Tuesday to order a second ferry for the crossing"},
		{"on the harbour wall", NOTE_SELECTION, "on the harbour wall"},
	};

	reanchor_case("word changed", v2, p, 2);
	free(a);
	free(v2);
}

static void test_reanchor_deleted(void)
{
	char *v2 = replace(article,
			   " She added that the ferry would be built at the yard in Kessel.", "");
	static const struct placed p[] = {
		{"She added that the ferry would be built at the yard in Kessel.", NOTE_SELECTION,
		 NULL},
		{"Kessel", NOTE_SELECTION, NULL},
		{"seven to four", NOTE_SELECTION, "seven to four"},
	};

	reanchor_case("passage deleted", v2, p, 3);
	free(v2);
}

static void test_reanchor_reformatted(void)
{
	/* Re-wrapped: spaces became line breaks and a paragraph gained indentation. */
	char *a = replace(article, "a summer of queues that", "a summer\nof queues\n    that");
	char *v2 = replace(a, "\n\nOpponents", "\n\n  Opponents");
	static const struct placed p[] = {
		{"after a summer of queues that stretched", NOTE_SELECTION,
		 "after a summer\nof queues\n    that stretched"},
		{"Opponents said the money", NOTE_PARAGRAPH, "Opponents said the money"},
	};

	reanchor_case("reformatted", v2, p, 2);
	free(a);
	free(v2);
}

/* A hostile article: one short passage repeated a hundred thousand times. */
static void test_reanchor_repetitive(void)
{
	struct buf v1 = BUF_INIT, v2 = BUF_INIT;
	char *dbp = path_in("rep.db"), *ap = path_in("rep.txt");
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	struct doc *d1, *d2;

	for (int i = 0; i < 100000; i++)
		buf_puts(&v1, "a a ");
	buf_puts(&v2, "b\n");
	buf_put(&v2, v1.data, v1.len);
	d1 = load_text(ap, v1.data);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_add(db, d1, NOTE_SELECTION, (struct span){200000, 200001}, "x", NULL), 0);
	d2 = load_text(ap, v2.data);
	CHECK_EQ(notes_load(db, d2, &l), 0);
	CHECK_EQ(l->n, 1);
	note_list_free(l);
	doc_free(d2);
	notes_close(db);
	doc_free(d1);
	buf_free(&v1);
	buf_free(&v2);
	free(ap);
	free(dbp);
}

/* A file moved and edited: its notes follow it when the old file is gone and its passages are
 * in the new text, and stay where they were while the old file still exists. */
static void test_moved_and_edited(void)
{
	char *dbp = path_in("mv.db"), *p1 = path_in("mv1.txt"), *p2 = path_in("mv2.txt");
	char *p3 = path_in("mv3.txt");
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	int64_t id1, id2;
	size_t pos = 0;

	unlink(dbp);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	struct doc *d1 = load_text(p1, article);
	const char *q1 = "Opponents";
	CHECK_EQ(notes_add(db, d1, NOTE_PARAGRAPH, span_of(d1, q1), "first note", &id1), 0);
	CHECK_EQ(notes_add(db, d1, NOTE_PARAGRAPH, span_of(d1, "said"), "second note", &id2), 0);
	CHECK_EQ(notes_position_set(db, d1, span_of(d1, q1).start), 0);

	/* An edited copy elsewhere while the original is still there: a different article. */
	char *v2 = replace(article, "Opponents", "Critics");
	struct doc *d3 = load_text(p3, v2);
	CHECK_EQ(notes_load(db, d3, &l), 0);
	CHECK_EQ(l->n, 0);
	note_list_free(l);

	/* Moved and edited: the original is gone. */
	struct doc *d2 = load_text(p2, v2);
	unlink(p1);
	CHECK(doc_hash(d1) != doc_hash(d2));
	CHECK_EQ(notes_load(db, d2, &l), 0);
	CHECK_EQ(l->n, 2);
	const struct note *x = find_note(l, id2);
	CHECK(x != NULL && !x->detached);
	if (x) {
		char *got = spanned(d2, x);
		CHECK_STR(got, "said");
		free(got);
	}
	note_list_free(l);
	/* keyed to the new file now: found by hash, and the reading place came along */
	CHECK_EQ(notes_load(db, d2, &l), 0);
	CHECK_EQ(l->n, 2);
	note_list_free(l);
	CHECK_EQ(notes_position_get(db, d2, &pos), 0);
	CHECK(pos > 0);
	doc_free(d1);
	doc_free(d2);
	doc_free(d3);
	free(v2);
	notes_close(db);
	free(dbp);
	free(p1);
	free(p2);
	free(p3);
}

/* The anchor date set in the reader: kept with the reading place (a place saved later keeps
 * it), forgotten on request, and "none" kept as a choice. */
static void test_anchor(void)
{
	char *dbp = path_in("anchor.db"), *ap = path_in("anchor.txt");
	struct notes_db *db = NULL;
	struct doc *d = load_text(ap, article);
	struct date a = {0, 0, 0};

	CHECK_EQ(notes_open(dbp, &db), 0);
	if (!db)
		goto done;
	CHECK_EQ(notes_anchor_get(db, d, &a), -ENOENT);
	CHECK_EQ(notes_anchor_set(db, d, &(struct date){2025, 11, 8}), 0);
	CHECK_EQ(notes_anchor_get(db, d, &a), 0);
	CHECK(a.year == 2025 && a.month == 11 && a.day == 8);
	/* A reading place saved afterwards keeps it. */
	CHECK_EQ(notes_position_set(db, d, 40), 0);
	a = (struct date){0, 0, 0};
	CHECK_EQ(notes_anchor_get(db, d, &a), 0);
	CHECK_EQ(a.year, 2025);
	size_t pos = 0;
	CHECK_EQ(notes_position_get(db, d, &pos), 0);
	CHECK(pos >= 30 && pos <= 40);
	/* "none" is a choice, NULL forgets. */
	CHECK_EQ(notes_anchor_set(db, d, &(struct date){0, 0, 0}), 0);
	a = (struct date){1, 1, 1};
	CHECK_EQ(notes_anchor_get(db, d, &a), 0);
	CHECK_EQ(a.year, 0);
	CHECK_EQ(notes_anchor_set(db, d, NULL), 0);
	CHECK_EQ(notes_anchor_get(db, d, &a), -ENOENT);
	notes_close(db);
done:
	doc_free(d);
	free(dbp);
	free(ap);
}

/* A database of schema 1 (notes and places, no anchor) is brought up to date when it can be
 * written, keeping its notes and places; read-only, it is read as it is. */
static void test_migrate_schema1(void)
{
	char *dbp = path_in("old.db"), *ap = path_in("old.txt");
	struct doc *d = load_text(ap, article);
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	sqlite3 *s;
	size_t pos = 0;
	struct date a;
	long long ver = 0;
	sqlite3_stmt *st;

	/* As dateline 0.1 made it. */
	CHECK_EQ(sqlite3_open(dbp, &s), SQLITE_OK);
	CHECK_EQ(sqlite3_exec(
			 s,
			 "CREATE TABLE notes(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL,"
			 " doc_path TEXT, target TEXT NOT NULL, span_start INTEGER NOT NULL,"
			 " span_end INTEGER NOT NULL, quote TEXT NOT NULL, ctx_before TEXT NOT "
			 "NULL, ctx_after TEXT NOT NULL, body TEXT NOT NULL, created INTEGER NOT "
			 "NULL, modified INTEGER NOT NULL);"
			 "CREATE TABLE positions(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL,"
			 " doc_path TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
			 " quote TEXT NOT NULL, ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL,"
			 " modified INTEGER NOT NULL);"
			 "PRAGMA application_id = 1145851476; PRAGMA user_version = 1;",
			 NULL, NULL, NULL),
		 SQLITE_OK);
	sqlite3_close(s);
	/* Read-only first (through SQLite's URI: root ignores file modes): read as it is, no
	 * anchor, nothing changed. */
	struct buf uri = BUF_INIT;
	buf_printf(&uri, "file:%s?mode=ro", dbp);
	CHECK_EQ(notes_open(uri.data, &db), 0);
	if (db) {
		CHECK(notes_readonly(db));
		CHECK_EQ(notes_anchor_get(db, d, &a), -ENOENT);
		CHECK_EQ(notes_load(db, d, &l), 0);
		CHECK(l && l->n == 0);
		note_list_free(l);
		l = NULL;
		notes_close(db);
	}
	/* Writable: brought up to schema 2 on opening; a note is kept as before. */
	CHECK_EQ(notes_open(dbp, &db), 0);
	if (db) {
		CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Opponents"), "old note",
				   NULL),
			 0);
		notes_close(db);
	}
	CHECK_EQ(sqlite3_open(dbp, &s), SQLITE_OK);
	st = NULL;
	sqlite3_prepare_v2(s, "PRAGMA user_version", -1, &st, NULL);
	if (st && sqlite3_step(st) == SQLITE_ROW)
		ver = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(s);
	CHECK_EQ(ver, 2);
	CHECK_EQ(notes_open(dbp, &db), 0);
	if (db) {
		CHECK_EQ(notes_position_set(db, d, 60), 0);
		CHECK_EQ(notes_anchor_set(db, d, &(struct date){2024, 2, 29}), 0);
		CHECK_EQ(notes_load(db, d, &l), 0);
		CHECK(l && l->n == 1);
		note_list_free(l);
		notes_close(db);
	}
	CHECK_EQ(notes_open(uri.data, &db), 0);
	if (db) {
		CHECK(notes_readonly(db));
		CHECK_EQ(notes_anchor_get(db, d, &a), 0);
		CHECK(a.year == 2024 && a.month == 2 && a.day == 29);
		CHECK_EQ(notes_position_get(db, d, &pos), 0);
		CHECK(pos >= 50 && pos <= 60);
		notes_close(db);
	}
	buf_free(&uri);
	doc_free(d);
	free(dbp);
	free(ap);
}

/* A database whose file (or folder) is removed while it is open: SQLite would go on writing
 * to the unlinked file, and a note "saved" there is lost, so the write is refused (-ESTALE) and
 * the message names the file. Found by the reader's test of a folder deleted mid-note. */
static void test_file_removed(void)
{
	char *dir = path_in("gone"), *path = path_in("gone/notes.db"), *src = path_in("gone.txt");
	const char *text = "A note.";
	struct doc *d = load_text(src, article);
	struct notes_db *db = NULL;
	int64_t id = 0;

	REQUIRE_EQ(notes_open(path, &db), 0);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), text, &id), 0);
	REQUIRE_EQ(unlink(path), 0);
	rmdir(dir);
	CHECK_EQ(notes_update(db, id, "Changed."), -ESTALE);
	CHECK(strstr(notes_error(db), "was removed or replaced") != NULL);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), text, &id), -ESTALE);
	notes_close(db);
	doc_free(d);
	free(dir);
	free(path);
	free(src);
}

int main(void)
{
	home_begin("notes");
	RUN(test_default_path);
	RUN(test_round_trip);
	RUN(test_two_handles);
	RUN(test_two_processes);
	RUN(test_readonly);
	RUN(test_corrupt_and_foreign);
	RUN(test_anchor);
	RUN(test_migrate_schema1);
	RUN(test_reanchor_line_inserted);
	RUN(test_reanchor_word_changed);
	RUN(test_reanchor_deleted);
	RUN(test_reanchor_reformatted);
	RUN(test_reanchor_repetitive);
	RUN(test_moved_and_edited);
	RUN(test_file_removed);
	return home_end();
}
