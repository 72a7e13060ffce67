/* test_notes_rev61: a note's change counter (notes.version). A save was made only over the text
 * the reader last knew and the modified time in seconds: another reader's save of the same words
 * in that second, or a text edited back to what it was, passed for the reader's own and was
 * written over. Now every save of a note's text counts one more in its version (a trigger, so an
 * older dateline's saves count too) and notes_update_if() compares it. An older database is
 * given the counter when opened (schema number unchanged: an older dateline still opens the file
 * and works in it), a read-only one is read as it is, and one locked when opened is given it at
 * the first save. Each next to what stays. */
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
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
	"transport committee.\n";

/* The notes tables as dateline made them before the counter (schema 2: positions.anchor). */
static const char old_schema[] =
	"CREATE TABLE notes(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL, doc_path TEXT,"
	" target TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
	" quote TEXT NOT NULL, ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL,"
	" body TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL);"
	"CREATE TABLE positions(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL, doc_path TEXT,"
	" span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT NOT NULL,"
	" ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL, modified INTEGER NOT NULL,"
	" anchor TEXT);"
	"PRAGMA application_id = 1145851476; PRAGMA user_version = 2;";

static struct doc *load_text(const char *path, const char *text)
{
	struct doc *d = NULL;
	FILE *f = fopen(path, "wb");
	REQUIRE(f != NULL);
	fputs(text, f);
	fclose(f);
	REQUIRE_EQ(doc_read_file(path, FORMAT_TEXT, &d), 0);
	return d;
}

static struct span span_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	REQUIRE(p != NULL);
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

/* One integer that sql reads from the file at dbp (-1 when it cannot). */
static long long sql_int(const char *dbp, const char *sql)
{
	sqlite3 *s = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_open(dbp, &s) == SQLITE_OK &&
	    sqlite3_prepare_v2(s, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(s);
	return v;
}

/* Runs sql on the file at dbp as another program (an older dateline) would; an SQLite code. */
static int sql_run(const char *dbp, const char *sql)
{
	sqlite3 *s = NULL;
	int rc = sqlite3_open(dbp, &s);

	if (rc == SQLITE_OK)
		rc = sqlite3_exec(s, sql, NULL, NULL, NULL);
	sqlite3_close(s);
	return rc;
}

static long long has_counter(const char *dbp)
{
	return sql_int(dbp,
		       "SELECT (SELECT count(*) FROM pragma_table_info('notes') WHERE name = "
		       "'version') + (SELECT count(*) FROM sqlite_master WHERE type = 'trigger')");
}

/* The version and text of note id as a fresh load through db reads them (version -1: none). */
static int64_t version_of(struct notes_db *db, const struct doc *d, int64_t id, char *text,
			  size_t n)
{
	struct note_list *l = NULL;
	int64_t v = -1;

	snprintf(text, n, "(none)");
	CHECK_EQ(notes_load(db, d, &l), 0);
	for (size_t i = 0; l && i < l->n; i++)
		if (l->items[i].id == id) {
			v = l->items[i].version;
			snprintf(text, n, "%s", l->items[i].text);
		}
	note_list_free(l);
	return v;
}

/* Another reader saves the very words this reader kept, or edits the note and back: the text is
 * the same, the version is not, and this reader's save is refused (-EAGAIN). */
static void same_text_and_edited_back_are_changes(void)
{
	char *dbp = path_in("c.db"), *src = path_in("c.txt");
	struct doc *d = load_text(src, article);
	struct notes_db *a = NULL, *b = NULL;
	int64_t id = 0, va, vb;
	char s[128];

	REQUIRE_EQ(notes_open(dbp, &a), 0);
	REQUIRE_EQ(notes_open(dbp, &b), 0);
	REQUIRE_EQ(notes_add(a, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "x", &id), 0);
	/* a new note is at 0; each save counts one, and the caller is given the new count */
	va = version_of(a, d, id, s, sizeof(s));
	CHECK_EQ(va, 0);
	CHECK_EQ(notes_update_if(a, id, "x", &va, "x y"), 0);
	CHECK_EQ(va, 1);
	CHECK_EQ(version_of(b, d, id, s, sizeof(s)), 1);
	/* B saves the same words A kept */
	CHECK_EQ(notes_update(b, id, "x y"), 0);
	CHECK_EQ(notes_update_if(a, id, "x y", &va, "x y z"), -EAGAIN);
	CHECK(strstr(notes_error(a), "changed by another reader") != NULL);
	CHECK_EQ(va, 1);
	CHECK_EQ(version_of(b, d, id, s, sizeof(s)), 2);
	CHECK_STR(s, "x y");
	/* B edits it and back: A, who opened it at 2, is refused too, and so is A's take-back */
	vb = 2;
	CHECK_EQ(notes_update_if(b, id, "x y", &vb, "B's"), 0);
	CHECK_EQ(notes_update_if(b, id, "B's", &vb, "x y"), 0);
	CHECK_EQ(vb, 4);
	va = 2;
	CHECK_EQ(notes_update_if(a, id, "x y", &va, "A's"), -EAGAIN);
	CHECK_EQ(notes_update_if(a, id, "x y", &va, NULL), -EAGAIN);
	CHECK_EQ(version_of(a, d, id, s, sizeof(s)), 4);
	CHECK_STR(s, "x y");
	/* what stays: at the version it holds, the save goes through; the text alone (NULL) too */
	va = 4;
	CHECK_EQ(notes_update_if(a, id, "x y", &va, "A's"), 0);
	CHECK_EQ(va, 5);
	CHECK_EQ(notes_update_if(a, id, "A's", NULL, "A's again"), 0);
	CHECK_EQ(version_of(b, d, id, s, sizeof(s)), 6);
	CHECK_STR(s, "A's again");
	/* a delete over the version it holds goes; a note of another version stays */
	va = 5;
	CHECK_EQ(notes_update_if(a, id, "A's again", &va, NULL), -EAGAIN);
	va = 6;
	CHECK_EQ(notes_update_if(a, id, "A's again", &va, NULL), 0);
	CHECK_EQ(version_of(b, d, id, s, sizeof(s)), -1);
	notes_close(a);
	notes_close(b);
	doc_free(d);
	free(dbp);
	free(src);
}

/* A move of the note's place (the article edited, the note placed again by another reader's
 * opening) is not a change of its text: the version stays and this reader's save goes through. */
static void a_move_is_no_change(void)
{
	char *dbp = path_in("m.db"), *src = path_in("m.txt");
	struct doc *d = load_text(src, article), *moved;
	struct notes_db *a = NULL, *b = NULL;
	int64_t id = 0, va = 0;
	char s[128];
	struct buf edited = BUF_INIT;

	REQUIRE_EQ(notes_open(dbp, &a), 0);
	REQUIRE_EQ(notes_open(dbp, &b), 0);
	REQUIRE_EQ(notes_add(a, d, NOTE_SELECTION, span_of(d, "Mara Velt"), "who is she", &id), 0);
	buf_printf(&edited, "Harbour town votes on new ferry\n\nA paragraph put first.\n\n%s",
		   strchr(article, '\n') + 2);
	moved = load_text(src, edited.data);
	CHECK_EQ(version_of(b, moved, id, s, sizeof(s)), 0); /* placed again and written back */
	CHECK_EQ(notes_update_if(a, id, "who is she", &va, "the committee's chair"), 0);
	CHECK_EQ(version_of(b, moved, id, s, sizeof(s)), 1);
	CHECK_STR(s, "the committee's chair");
	buf_free(&edited);
	notes_close(a);
	notes_close(b);
	doc_free(d);
	doc_free(moved);
	free(dbp);
	free(src);
}

/* A database of the schema before the counter: opened writable, it is given the column (0 for
 * its notes) and the trigger, and keeps its schema number, so that an older dateline still opens
 * it; that dateline's statements (which never name the column) work in it, and its saves count:
 * this dateline's reader who knew the note before is refused after it. */
static void old_database_migrated_and_still_old_datelines(void)
{
	char *dbp = path_in("old.db"), *src = path_in("old.txt");
	struct doc *d = load_text(src, article);
	struct notes_db *db = NULL;
	int64_t id = 0, v;
	char s[128];

	REQUIRE_EQ(sql_run(dbp, old_schema), SQLITE_OK);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "before", &id), 0);
	CHECK_EQ(has_counter(dbp), 2);
	CHECK_EQ(sql_int(dbp, "PRAGMA user_version"), 2);
	CHECK_EQ(sql_int(dbp, "PRAGMA application_id"), 1145851476);
	v = version_of(db, d, id, s, sizeof(s));
	CHECK_EQ(v, 0);
	/* the older dateline's own statements: an insert without the column, its update_if */
	CHECK_EQ(sql_run(dbp,
			 "INSERT INTO notes(doc_hash, doc_path, target, span_start, span_end, "
			 "quote, ctx_before, ctx_after, body, created, modified) SELECT doc_hash, "
			 "doc_path, target, span_start, span_end, quote, ctx_before, ctx_after, "
			 "'old one', 1, 1 FROM notes"),
		 SQLITE_OK);
	CHECK_EQ(sql_run(dbp, "UPDATE notes SET body = 'after', modified = 5 WHERE body = 'before' "
			      "AND (0 = 0 OR modified = 0)"),
		 SQLITE_OK);
	CHECK_EQ(sql_run(dbp,
			 "UPDATE notes SET body = 'before', modified = 6 WHERE body = 'after'"),
		 SQLITE_OK);
	CHECK_EQ(notes_update_if(db, id, "before", &v, "mine"), -EAGAIN);
	CHECK_EQ(version_of(db, d, id, s, sizeof(s)), 2);
	CHECK_STR(s, "before");
	CHECK_EQ(version_of(db, d, id + 1, s, sizeof(s)), 0);
	CHECK_STR(s, "old one");
	notes_close(db);
	/* what stays: opened again, nothing is added twice */
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(has_counter(dbp), 2);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

/* Read-only (through SQLite's URI: root ignores file modes), an old database is read as it is:
 * its notes at version 0, nothing added to the file. */
static void old_database_read_only_untouched(void)
{
	char *dbp = path_in("ro.db"), *src = path_in("ro.txt");
	struct doc *d = load_text(src, article);
	struct notes_db *db = NULL;
	struct buf uri = BUF_INIT;
	char s[128];

	REQUIRE_EQ(sql_run(dbp, old_schema), SQLITE_OK);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	int64_t id = 0;
	REQUIRE_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "kept", &id), 0);
	notes_close(db);
	/* back to the old schema's file, with the note in it */
	REQUIRE_EQ(sql_run(dbp,
			   "DROP TRIGGER notes_version; ALTER TABLE notes DROP COLUMN version"),
		   SQLITE_OK);
	REQUIRE_EQ(has_counter(dbp), 0);
	buf_printf(&uri, "file:%s?mode=ro", dbp);
	REQUIRE_EQ(notes_open(uri.data, &db), 0);
	CHECK(notes_readonly(db));
	CHECK_EQ(version_of(db, d, id, s, sizeof(s)), 0);
	CHECK_STR(s, "kept");
	CHECK_EQ(notes_update_if(db, id, "kept", NULL, "no"), -EROFS);
	notes_close(db);
	CHECK_EQ(has_counter(dbp), 0);
	buf_free(&uri);
	doc_free(d);
	free(dbp);
	free(src);
}

/* An old database held by another program when opened (its migration waits and gives up): the
 * notes are read, and the first save gives it the counter, once the lock is gone. */
static void old_database_locked_at_open(void)
{
	char *dbp = path_in("lk.db"), *src = path_in("lk.txt");
	struct doc *d = load_text(src, article);
	struct notes_db *db = NULL;
	sqlite3 *lock = NULL;
	int64_t id = 0, v = 0;
	char s[128];

	REQUIRE_EQ(sql_run(dbp, old_schema), SQLITE_OK);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "a", &id), 0);
	notes_close(db);
	REQUIRE_EQ(sql_run(dbp,
			   "DROP TRIGGER notes_version; ALTER TABLE notes DROP COLUMN version"),
		   SQLITE_OK);
	REQUIRE_EQ(sqlite3_open(dbp, &lock), SQLITE_OK);
	REQUIRE_EQ(sqlite3_exec(lock, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	REQUIRE_EQ(notes_open(dbp, &db), 0); /* waits for the lock (5 s), then opens as it is */
	CHECK_EQ(has_counter(dbp), 0);
	CHECK_EQ(version_of(db, d, id, s, sizeof(s)), 0);
	CHECK_STR(s, "a");
	notes_set_wait(db, 100);
	CHECK_EQ(notes_update_if(db, id, "a", &v, "b"), -EBUSY);
	CHECK(strstr(notes_error(db), "change counter") != NULL);
	sqlite3_exec(lock, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(lock);
	CHECK_EQ(notes_update_if(db, id, "a", &v, "b"), 0);
	CHECK_EQ(v, 1);
	CHECK_EQ(has_counter(dbp), 2);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

int main(void)
{
	home_begin("rev61");
	RUN(same_text_and_edited_back_are_changes);
	RUN(a_move_is_no_change);
	RUN(old_database_migrated_and_still_old_datelines);
	RUN(old_database_read_only_untouched);
	RUN(old_database_locked_at_open);
	return home_end();
}
