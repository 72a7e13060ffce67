/* notes_place: the reading place and the anchor date set in the reader, kept per article in the
 * notes database beside its notes and placed again as notes are when the bytes change. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "notes_db.h"

/* Bytes quoted for a reading position. */
#define POS_QUOTE 48

/* The document's reading place (ndb_query_doc()): the same bytes first, then the latest place
 * at its path. */
static const char position_sql[] =
	"SELECT span_start, span_end, quote, ctx_before, ctx_after FROM positions "
	"WHERE doc_hash = ?1 OR doc_path = ?2 "
	"ORDER BY doc_hash = ?1 DESC, modified DESC, id DESC LIMIT 1";

int notes_position_get(struct notes_db *db, const struct doc *d, size_t *pos)
{
	size_t len;
	const char *t = doc_text(d, &len);
	char hash[17], *path;
	sqlite3_stmt *st;
	int rc, err = -ENOENT;

	if (db->empty)
		return -ENOENT;
	st = ndb_query_doc(db, d, position_sql, hash, &path, "cannot read the reading position",
			   &err);
	if (!st)
		return err;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		struct notes_anchor a;
		struct notes_squeezed q = {0};
		struct span s;
		a.span.start = (size_t)sqlite3_column_int64(st, 0);
		a.span.end = (size_t)sqlite3_column_int64(st, 1);
		a.quote = ndb_col_text(st, 2, &a.nquote);
		a.before = ndb_col_text(st, 3, &a.nbefore);
		a.after = ndb_col_text(st, 4, &a.nafter);
		/* A position that cannot be placed stays about where it was. */
		*pos = notes_anchor_place(t, len, &a, &q, &s)
			       ? s.start
			       : notes_char_start(t, len, a.span.start < len ? a.span.start : len);
		notes_squeeze_free(&q);
		err = 0;
	} else if (rc != SQLITE_DONE) {
		err = ndb_fail(db, rc, "cannot read the reading position");
	}
	sqlite3_finalize(st);
	free(path);
	return err;
}

/* Reads the remembered anchor (the column's text) of the document's place into out (size n);
 * SQLITE_ROW when there is one, SQLITE_DONE when not, or an error code. */
static int anchor_read(struct notes_db *db, const char *hash, const char *path, char *out, size_t n)
{
	int rc;
	sqlite3_stmt *st;

	if (db->schema < 2)
		return SQLITE_DONE;
	st = ndb_prepare_keyed(db,
			       "SELECT anchor FROM positions WHERE doc_hash = ?1 OR doc_path = ?2 "
			       "ORDER BY doc_hash = ?1 DESC, modified DESC, id DESC LIMIT 1",
			       hash, path, &rc);
	if (!st)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_NULL)
		rc = SQLITE_DONE;
	else if (rc == SQLITE_ROW)
		snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return rc;
}

/* Writes the reading place pos with the remembered anchor (NULL: none) in one transaction. */
static int position_write(struct notes_db *db, const struct doc *d, size_t pos, const char *keep,
			  bool keep_old)
{
	size_t len;
	const char *t = doc_text(d, &len);
	char hash[17], *path, old[32];
	struct notes_anchor a;
	sqlite3_stmt *del = NULL, *ins = NULL;
	int rc, err = 0;

	if ((err = ndb_may_write(db)) < 0)
		return err;
	if (pos > len)
		pos = len;
	size_t end = pos + POS_QUOTE < len ? notes_char_start(t, len, pos + POS_QUOTE) : len;
	a = notes_anchor_make(t, len, (struct span){pos, end > pos ? end : len});
	ndb_doc_key(d, hash, &path);
	if ((rc = sqlite3_exec(db->db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK) {
		free(path);
		return ndb_fail(db, rc, "cannot save the reading position");
	}
	rc = SQLITE_DONE;
	if (keep_old) {
		/* The anchor set with :date stays with the place. */
		rc = anchor_read(db, hash, path, old, sizeof(old));
		keep = rc == SQLITE_ROW ? old : NULL;
		if (rc == SQLITE_ROW)
			rc = SQLITE_DONE;
	}
	if (rc == SQLITE_DONE)
		del = ndb_prepare_keyed(
			db, "DELETE FROM positions WHERE doc_hash = ?1 OR doc_path = ?2", hash,
			path, &rc);
	if (del)
		rc = sqlite3_step(del);
	if (rc == SQLITE_DONE)
		ins = ndb_prepare_keyed(
			db,
			db->schema >= 2
				? "INSERT INTO positions(doc_hash, doc_path, span_start, "
				  "span_end, quote, ctx_before, ctx_after, modified, anchor) "
				  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
				: "INSERT INTO positions(doc_hash, doc_path, span_start, "
				  "span_end, quote, ctx_before, ctx_after, modified) "
				  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
			hash, path, &rc);
	if (ins) {
		ndb_store_anchor(ins, 3, &a);
		sqlite3_bind_int64(ins, 8, (sqlite3_int64)time(NULL));
		if (db->schema >= 2 && keep)
			sqlite3_bind_text(ins, 9, keep, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(ins);
	}
	if (rc == SQLITE_DONE)
		rc = sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		err = ndb_fail(db, rc, "cannot save the reading position");
		sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
	}
	sqlite3_finalize(del);
	sqlite3_finalize(ins);
	free(path);
	return err < 0 ? err : ndb_written(db);
}

int notes_position_set(struct notes_db *db, const struct doc *d, size_t pos)
{
	return position_write(db, d, pos, NULL, true);
}

int notes_anchor_get(struct notes_db *db, const struct doc *d, struct date *out)
{
	char hash[17], *path, text[32];
	int rc, y = 0, m = 0, day = 0;

	if (db->empty || db->schema < 2)
		return -ENOENT;
	ndb_doc_key(d, hash, &path);
	rc = anchor_read(db, hash, path, text, sizeof(text));
	free(path);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? -ENOENT
					 : ndb_fail(db, rc, "cannot read the anchor date");
	if (strcmp(text, "none") == 0) {
		*out = (struct date){0, 0, 0};
		return 0;
	}
	int k = sscanf(text, "%4d-%2d-%2d", &y, &m, &day);
	if (k < 1 || y < 1 || m < 0 || m > 12 || day < 0 || day > 31)
		return -ENOENT;
	*out = (struct date){y, k >= 2 ? m : 0, k >= 3 ? day : 0};
	return 0;
}

int notes_anchor_set(struct notes_db *db, const struct doc *d, const struct date *a)
{
	char hash[17], *path, text[32] = "none";
	sqlite3_stmt *st;
	int rc, err = 0;

	if ((err = ndb_may_write(db)) < 0)
		return err;
	if (db->schema < 2) {
		snprintf(db->err, sizeof(db->err),
			 "the notes database is of an older dateline (schema %d)", db->schema);
		return -ENOTSUP;
	}
	if (a && a->year)
		snprintf(text, sizeof(text), "%04d-%02d-%02d", a->year, a->month, a->day);
	ndb_doc_key(d, hash, &path);
	st = ndb_prepare_keyed(
		db, "UPDATE positions SET anchor = ?3 WHERE doc_hash = ?1 OR doc_path = ?2", hash,
		path, &rc);
	if (st) {
		if (a)
			sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
	}
	free(path);
	if (rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot save the anchor date");
	if ((err = ndb_written(db)) < 0)
		return err;
	/* No place yet for this article: one at its top carries the anchor. */
	if (sqlite3_changes(db->db) == 0 && a)
		err = position_write(db, d, 0, text, false);
	return err;
}
