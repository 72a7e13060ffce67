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

/* How many places at the document's path are looked at for one of an earlier version of it. */
#define PLACE_ROWS 8

/* A document's place as found by place_find(). */
struct place {
	sqlite3_int64 id;
	size_t pos;
	bool has_anchor; /* the anchor date remembered with :date (anchor, its column's text) */
	char anchor[32];
};

/* Finds the document's place: the one of its bytes (its hash, wherever the file was), else the
 * latest one at its path whose passage is found in its text (an earlier version of it, edited);
 * the place of another article saved under the path before is that article's and stays so, and
 * this one starts at the top. SQLITE_ROW with *out, SQLITE_DONE when it has none, or the SQLite
 * code of an error. At most PLACE_ROWS rows are looked at. */
static int place_find(struct notes_db *db, const struct doc *d, const char *hash, const char *path,
		      struct place *out)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct notes_squeezed q = {0};
	sqlite3_stmt *st;
	int rc;

	st = ndb_prepare_keyed(db,
			       db->schema >= 2
				       ? "SELECT id, doc_hash = ?1, span_start, span_end, quote, "
					 "ctx_before, ctx_after, anchor FROM positions WHERE "
					 "doc_hash = ?1 OR doc_path = ?2 ORDER BY doc_hash = ?1 "
					 "DESC, modified DESC, id DESC LIMIT ?3"
				       : "SELECT id, doc_hash = ?1, span_start, span_end, quote, "
					 "ctx_before, ctx_after, NULL FROM positions WHERE "
					 "doc_hash = ?1 OR doc_path = ?2 ORDER BY doc_hash = ?1 "
					 "DESC, modified DESC, id DESC LIMIT ?3",
			       hash, path, &rc);
	if (!st)
		return rc;
	sqlite3_bind_int(st, 3, PLACE_ROWS);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct notes_anchor a;
		struct span s;
		bool same = sqlite3_column_int(st, 1) != 0;
		a.span.start = (size_t)sqlite3_column_int64(st, 2);
		a.span.end = (size_t)sqlite3_column_int64(st, 3);
		a.quote = ndb_col_text(st, 4, &a.nquote);
		a.before = ndb_col_text(st, 5, &a.nbefore);
		a.after = ndb_col_text(st, 6, &a.nafter);
		bool placed = notes_anchor_place(t, len, &a, &q, &s);
		if (!same && !placed)
			continue; /* another article's place at this path */
		out->id = sqlite3_column_int64(st, 0);
		/* The same bytes: a place that cannot be placed stays about where it was. */
		out->pos =
			placed ? s.start
			       : notes_char_start(t, len, a.span.start < len ? a.span.start : len);
		out->has_anchor = sqlite3_column_type(st, 7) != SQLITE_NULL;
		snprintf(out->anchor, sizeof(out->anchor), "%s",
			 out->has_anchor ? (const char *)sqlite3_column_text(st, 7) : "");
		break;
	}
	sqlite3_finalize(st);
	notes_squeeze_free(&q);
	return rc;
}

int notes_position_get(struct notes_db *db, const struct doc *d, size_t *pos)
{
	char hash[17], *path;
	struct place p;
	int rc;

	if (db->empty)
		return -ENOENT;
	ndb_doc_key(d, hash, &path);
	rc = place_find(db, d, hash, path, &p);
	free(path);
	if (rc == SQLITE_ROW)
		*pos = p.pos;
	return rc == SQLITE_ROW    ? 0
	       : rc == SQLITE_DONE ? -ENOENT
				   : ndb_fail(db, rc, "cannot read the reading position");
}

/* Writes the reading place pos with the remembered anchor (NULL: none; keep_old: the one the
 * place had) in one transaction, in place of the document's place (place_find()) and of any
 * other of its bytes. */
static int position_write(struct notes_db *db, const struct doc *d, size_t pos, const char *keep,
			  bool keep_old)
{
	size_t len;
	const char *t = doc_text(d, &len);
	char hash[17], *path;
	struct notes_anchor a;
	struct place old = {.id = -1};
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
	/* Found under the write lock: another reader's place saved meanwhile is seen. */
	rc = place_find(db, d, hash, path, &old);
	if (rc == SQLITE_ROW) {
		rc = SQLITE_DONE;
		if (keep_old) /* the anchor set with :date stays with the place */
			keep = old.has_anchor ? old.anchor : NULL;
	}
	if (rc == SQLITE_DONE)
		del = ndb_prepare_keyed(db, "DELETE FROM positions WHERE doc_hash = ?1 OR id = ?3",
					hash, path, &rc);
	if (del) {
		sqlite3_bind_int64(del, 3, old.id);
		rc = sqlite3_step(del);
	}
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
	char hash[17], *path;
	struct place p;
	int rc, y = 0, m = 0, day = 0;

	if (db->empty || db->schema < 2)
		return -ENOENT;
	ndb_doc_key(d, hash, &path);
	rc = place_find(db, d, hash, path, &p);
	free(path);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot read the anchor date");
	if (rc == SQLITE_DONE || !p.has_anchor)
		return -ENOENT;
	if (strcmp(p.anchor, "none") == 0) {
		*out = (struct date){0, 0, 0};
		return 0;
	}
	int k = sscanf(p.anchor, "%4d-%2d-%2d", &y, &m, &day);
	if (k < 1 || y < 1 || m < 0 || m > 12 || day < 0 || day > 31)
		return -ENOENT;
	*out = (struct date){y, k >= 2 ? m : 0, k >= 3 ? day : 0};
	return 0;
}

int notes_anchor_set(struct notes_db *db, const struct doc *d, const struct date *a)
{
	char hash[17], *path, text[32] = "none";
	struct place p;
	sqlite3_stmt *st = NULL;
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
	rc = place_find(db, d, hash, path, &p);
	free(path);
	if (rc == SQLITE_DONE) /* no place yet for this article: one at its top carries it */
		return a ? position_write(db, d, 0, text, false) : 0;
	if (rc == SQLITE_ROW)
		st = ndb_prepare(db, "UPDATE positions SET anchor = ?2 WHERE id = ?1", &rc);
	if (st) {
		sqlite3_bind_int64(st, 1, p.id);
		if (a)
			sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot save the anchor date");
	return ndb_written(db);
}
