/* notes: the SQLite database of notes and reading places, and the notes in it, each anchored by
 * byte span, quoted passage and context, placed again by those (notes_anchor.c) when the
 * article's bytes change; the reading place and the anchor date are in notes_place.c. */
/* memmem() */
#define _GNU_SOURCE
#include "dateline/notes.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "notes_db.h"

/* "DLNT" in the database header: how a dateline notes database is told from any other. */
#define NOTES_APP_ID 0x444C4E54
/* 1: notes and positions; 2: positions.anchor, the anchor date set in the reader. notes.version
 * (the change counter) and its trigger came later without a new number: a dateline of schema 2
 * refuses a file of a higher one, and this change is one it works in unaware (it never names the
 * column, and the trigger counts its saves too); a file without them is given them when opened. */
#define NOTES_SCHEMA 2
/* How long a writer waits for another dateline holding the lock. */
#define BUSY_MS 5000

static char open_error[512];

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS notes("
	" id INTEGER PRIMARY KEY,"
	" doc_hash TEXT NOT NULL,"
	" doc_path TEXT,"
	" target TEXT NOT NULL,"
	" span_start INTEGER NOT NULL,"
	" span_end INTEGER NOT NULL,"
	" quote TEXT NOT NULL,"
	" ctx_before TEXT NOT NULL,"
	" ctx_after TEXT NOT NULL,"
	" body TEXT NOT NULL,"
	" created INTEGER NOT NULL,"
	" modified INTEGER NOT NULL,"
	" version INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX IF NOT EXISTS notes_by_hash ON notes(doc_hash);"
	"CREATE INDEX IF NOT EXISTS notes_by_path ON notes(doc_path);"
	"CREATE TABLE IF NOT EXISTS positions("
	" id INTEGER PRIMARY KEY,"
	" doc_hash TEXT NOT NULL,"
	" doc_path TEXT,"
	" span_start INTEGER NOT NULL,"
	" span_end INTEGER NOT NULL,"
	" quote TEXT NOT NULL,"
	" ctx_before TEXT NOT NULL,"
	" ctx_after TEXT NOT NULL,"
	" modified INTEGER NOT NULL,"
	" anchor TEXT);"
	"CREATE INDEX IF NOT EXISTS positions_by_hash ON positions(doc_hash);"
	"CREATE INDEX IF NOT EXISTS positions_by_path ON positions(doc_path);";

/* Every save of a note's text, by any dateline (an older one too) or any SQLite client, counts
 * one more in its version: what a reader compares before it saves (notes_update_if()). A move of
 * the note's place is not a change of its text and counts none. */
static const char version_sql[] =
	"CREATE TRIGGER IF NOT EXISTS notes_version AFTER UPDATE OF body ON notes BEGIN"
	" UPDATE notes SET version = OLD.version + 1 WHERE id = NEW.id; END";
/* 2 when the notes have their change counter: the column and its trigger. */
static const char versioned_sql[] =
	"SELECT (SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'version') + "
	"(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'notes_version')";

static const char *const target_names[] = {"paragraph", "event", "claim", "selection"};

const char *note_target_name(enum note_target t)
{
	return (unsigned)t < 4 ? target_names[t] : "paragraph";
}

static enum note_target target_parse(const char *s)
{
	for (int i = 0; s && i < 4; i++)
		if (strcmp(s, target_names[i]) == 0)
			return (enum note_target)i;
	return NOTE_PARAGRAPH;
}

char *notes_default_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	struct buf b = BUF_INIT;

	/* The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored. */
	if (xdg && xdg[0] == '/')
		buf_printf(&b, "%s/dateline/notes.db", xdg);
	else
		buf_printf(&b, "%s/.local/share/dateline/notes.db", home && *home ? home : ".");
	return buf_detach(&b, NULL);
}

/* Maps an SQLite result code to a negative errno. */
static int sql_errno(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_READONLY:
		return -EROFS;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return -EBUSY;
	case SQLITE_FULL:
		return -ENOSPC;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
	case SQLITE_SCHEMA:
		return -EPROTO;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return -EACCES;
	case SQLITE_CANTOPEN:
		return -EACCES;
	case SQLITE_NOMEM:
		die("out of memory");
	case SQLITE_NOTFOUND:
		return -ENOENT;
	default:
		return -EIO;
	}
}

/* Keeps a message on one line (SQLite's reports can span several). */
static void one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\r' || *s == '\t')
			*s = ' ';
}

/* Records the failure of the last call on db for notes_error() and returns its errno. */
int ndb_fail(struct notes_db *db, int rc, const char *what)
{
	int e = sql_errno(rc);

	if (e == -EROFS)
		snprintf(db->err, sizeof(db->err), "notes are read-only: %s cannot be written",
			 db->path);
	else if (e == -EBUSY)
		snprintf(db->err, sizeof(db->err),
			 "%s: the notes database is locked by another program", what);
	else
		snprintf(db->err, sizeof(db->err), "%s: %s", what, sqlite3_errmsg(db->db));
	one_line(db->err);
	return e;
}

sqlite3_stmt *ndb_prepare(struct notes_db *db, const char *sql, int *rc)
{
	sqlite3_stmt *st = NULL;

	*rc = sqlite3_prepare_v2(db->db, sql, -1, &st, NULL);
	return *rc == SQLITE_OK ? st : NULL;
}

static void bind_bytes(sqlite3_stmt *st, int i, const char *s, size_t n)
{
	sqlite3_bind_text64(st, i, s, n, SQLITE_TRANSIENT, SQLITE_UTF8);
}

const char *ndb_col_text(sqlite3_stmt *st, int i, size_t *n)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	*n = s ? (size_t)sqlite3_column_bytes(st, i) : 0;
	return s ? s : "";
}

/* Runs one statement without results. */
static int exec(struct notes_db *db, const char *sql)
{
	int rc = sqlite3_exec(db->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : ndb_fail(db, rc, "notes database");
}

/* Reads one integer from a query; returns an SQLite code. */
static int query_int(struct notes_db *db, const char *sql, long long *v)
{
	int rc;
	sqlite3_stmt *st = ndb_prepare(db, sql, &rc);

	if (!st)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*v = sqlite3_column_int64(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Creates the folders above path (like mkdir -p of its dirname). Returns 0 or a negative errno. */
static int make_parents(const char *path)
{
	char *dir = xstrdup(path);
	int err = 0;

	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			err = -errno;
			break;
		}
		*p = '/';
	}
	free(dir);
	return err;
}

/* Brings a database of an older schema up to this one, under the write lock (another dateline
 * may be doing the same). A database that cannot be changed now keeps its schema: what needs the
 * new one is then not remembered. */
static void migrate(struct notes_db *db)
{
	long long ver = 0, has = 0, counted = 0;
	char sql[64];

	if (db->readonly || exec(db, "BEGIN IMMEDIATE") < 0)
		return;
	int rc = query_int(db, "PRAGMA user_version", &ver);
	if (rc == SQLITE_OK && ver < 2) {
		/* Version 2: the anchor of each reading place (the table may be missing in a file
		 * that only ever held notes). */
		rc = sqlite3_exec(db->db, schema_sql, NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = query_int(db,
				       "SELECT count(*) FROM pragma_table_info('positions') "
				       "WHERE name = 'anchor'",
				       &has);
		if (rc == SQLITE_OK && !has)
			rc = sqlite3_exec(db->db, "ALTER TABLE positions ADD COLUMN anchor TEXT",
					  NULL, NULL, NULL);
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", NOTES_SCHEMA);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(db->db, sql, NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			ver = NOTES_SCHEMA;
	}
	/* The change counter of each note: the column (0 for the notes there), then the trigger. */
	if (rc == SQLITE_OK)
		rc = query_int(db, versioned_sql, &counted);
	if (rc == SQLITE_OK && counted < 2) {
		rc = query_int(
			db,
			"SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'version'",
			&has);
		if (rc == SQLITE_OK && !has)
			rc = sqlite3_exec(db->db,
					  "ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL "
					  "DEFAULT 0",
					  NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(db->db, version_sql, NULL, NULL, NULL);
	}
	if (rc == SQLITE_OK && exec(db, "COMMIT") == 0) {
		db->schema = (int)ver;
		db->versioned = true;
		return;
	}
	sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
	db->err[0] = '\0';
}

/* Records the file's schema ver and brings an older one up to this one (migrate()). */
static void upgrade(struct notes_db *db, long long ver)
{
	long long counted = 0;

	db->schema = (int)ver;
	db->versioned = query_int(db, versioned_sql, &counted) == SQLITE_OK && counted == 2;
	if (ver < NOTES_SCHEMA || !db->versioned)
		migrate(db);
}

/* Checks that the file is a dateline database of a version we know, creating the tables in an
 * empty one. Writes nothing to a file that is not ours. Returns 0 or a negative errno. */
static int verify(struct notes_db *db)
{
	long long app = 0, ver = 0, objects = 0;
	int rc;

	/* The three in one read transaction: a file that another dateline creates at this moment
	 * is seen before its tables or after its header, never between (tables without the
	 * application id read as another program's file, and the second reader gave up). */
	if ((rc = sqlite3_exec(db->db, "BEGIN", NULL, NULL, NULL)) == SQLITE_OK &&
	    (rc = query_int(db, "PRAGMA application_id", &app)) == SQLITE_OK &&
	    (rc = query_int(db, "PRAGMA user_version", &ver)) == SQLITE_OK)
		rc = query_int(db, "SELECT count(*) FROM sqlite_master", &objects);
	if (rc != SQLITE_OK) {
		int e = sql_errno(rc);
		if (e == -EPROTO)
			snprintf(db->err, sizeof(db->err),
				 "not a dateline notes database (%s); left untouched",
				 sqlite3_errmsg(db->db));
		else
			ndb_fail(db, rc, "cannot read the notes database");
		sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
		return e;
	}
	sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
	if (app == 0 && objects == 0) {
		if (db->readonly) {
			db->empty = true;
			return 0;
		}
		/* Another dateline may be creating it at the same moment: look again under the lock. */
		if ((rc = exec(db, "BEGIN IMMEDIATE")) < 0)
			return rc;
		if ((rc = query_int(db, "PRAGMA application_id", &app)) == SQLITE_OK && app == 0 &&
		    (rc = query_int(db, "SELECT count(*) FROM sqlite_master", &objects)) ==
			    SQLITE_OK &&
		    objects == 0) {
			char sql[128];
			snprintf(sql, sizeof(sql),
				 "PRAGMA application_id = %d; PRAGMA user_version = %d",
				 NOTES_APP_ID, NOTES_SCHEMA);
			rc = sqlite3_exec(db->db, schema_sql, NULL, NULL, NULL);
			if (rc == SQLITE_OK)
				rc = sqlite3_exec(db->db, version_sql, NULL, NULL, NULL);
			if (rc == SQLITE_OK)
				rc = sqlite3_exec(db->db, sql, NULL, NULL, NULL);
		}
		if (rc != SQLITE_OK) {
			int e = ndb_fail(db, rc, "cannot create the notes database");
			sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
			return e;
		}
		if ((rc = exec(db, "COMMIT")) < 0)
			return rc;
		/* Another dateline may have made it first, of its own schema. */
		if (query_int(db, "PRAGMA user_version", &ver) != SQLITE_OK)
			ver = NOTES_SCHEMA;
		upgrade(db, ver);
		return 0;
	}
	if (app != NOTES_APP_ID) {
		snprintf(db->err, sizeof(db->err),
			 "not a dateline notes database (another program's SQLite file); left "
			 "untouched");
		return -EPROTO;
	}
	if (ver > NOTES_SCHEMA || ver < 1) {
		snprintf(db->err, sizeof(db->err),
			 "notes database schema %lld is not known to this dateline (%d); left "
			 "untouched",
			 ver, NOTES_SCHEMA);
		return -EPROTO;
	}
	sqlite3_stmt *st = ndb_prepare(db, "PRAGMA quick_check", &rc);
	if (st) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			const char *r = (const char *)sqlite3_column_text(st, 0);
			if (!r || strcmp(r, "ok") != 0) {
				snprintf(db->err, sizeof(db->err),
					 "the notes database is damaged (%s); left untouched",
					 r ? r : "?");
				sqlite3_finalize(st);
				return -EPROTO;
			}
			rc = SQLITE_OK;
		}
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		int e = sql_errno(rc);
		if (e == -EPROTO)
			snprintf(db->err, sizeof(db->err),
				 "the notes database is damaged (%s); left "
				 "untouched",
				 sqlite3_errmsg(db->db));
		else
			ndb_fail(db, rc, "cannot read the notes database");
		return e;
	}
	upgrade(db, ver);
	return 0;
}

/* True when the database file is no longer at its path: removed, or replaced by another file
 * (its folder deleted while the reader runs). SQLite would go on writing to the open, unlinked
 * file, and a note "saved" there is lost; so a write is refused, before it and after it, with
 * -ESTALE. The first look records which file the path names; a URI is taken as it is. */
static bool file_gone(struct notes_db *db)
{
	struct stat st;

	if (strncmp(db->path, "file:", 5) == 0)
		return false;
	if (stat(db->path, &st) != 0)
		return errno == ENOENT || errno == ENOTDIR;
	if (db->ino == 0) {
		db->dev = st.st_dev;
		db->ino = st.st_ino;
	}
	return st.st_dev != db->dev || st.st_ino != db->ino;
}

/* -ESTALE with the message, for a write whose file is gone (file_gone()). */
static int gone_fail(struct notes_db *db)
{
	snprintf(db->err, sizeof(db->err), "the notes database %s was removed or replaced",
		 db->path);
	one_line(db->err);
	return -ESTALE;
}

int ndb_may_write(struct notes_db *db)
{
	if (db->readonly)
		return ndb_fail(db, SQLITE_READONLY, "");
	return file_gone(db) ? gone_fail(db) : 0;
}

int ndb_written(struct notes_db *db)
{
	return file_gone(db) ? gone_fail(db) : 0;
}

static int open_common(const char *path, bool want_ro, struct notes_db **out)
{
	struct notes_db *db = xcalloc(1, sizeof(*db));
	bool uri = strncmp(path, "file:", 5) == 0;
	int flags = 0, rc, err = 0;
	struct stat st;

	*out = NULL;
	db->path = xstrdup(path);
	db->readonly = want_ro;
	if (!uri) {
		char *dir = path_dir(path);
		if (stat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				err = -EISDIR;
			} else if (access(path, W_OK) != 0 || access(dir, W_OK | X_OK) != 0) {
				/* The rollback journal lives beside the file: both must be writable. */
				db->readonly = true;
			}
		} else if (errno != ENOENT) {
			err = -errno;
		} else if (want_ro) {
			err = -ENOENT;
		} else if ((err = make_parents(path)) == 0 && access(dir, W_OK | X_OK) != 0) {
			err = -errno;
		}
		free(dir);
		if (err) {
			snprintf(open_error, sizeof(open_error), "%s", strerror(-err));
			notes_close(db);
			return err;
		}
	}
	flags = db->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (uri)
		flags |= SQLITE_OPEN_URI;
	rc = sqlite3_open_v2(path, &db->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		err = db->db ? ndb_fail(db, rc, "cannot open") : sql_errno(rc);
		snprintf(open_error, sizeof(open_error), "%s",
			 db->db ? sqlite3_errmsg(db->db) : sqlite3_errstr(rc));
		notes_close(db);
		return err;
	}
	sqlite3_extended_result_codes(db->db, 1);
	db->wait_ms = BUSY_MS;
	sqlite3_busy_timeout(db->db, BUSY_MS);
	if (sqlite3_db_readonly(db->db, "main") == 1)
		db->readonly = true;
	err = verify(db);
	one_line(db->err);
	if (err) {
		snprintf(open_error, sizeof(open_error), "%s", db->err);
		notes_close(db);
		return err;
	}
	db->err[0] = '\0';
	(void)file_gone(db); /* which file the path names */
	*out = db;
	return 0;
}

int notes_open(const char *path, struct notes_db **out)
{
	return open_common(path, false, out);
}

int notes_open_readonly(const char *path, struct notes_db **out)
{
	return open_common(path, true, out);
}

void notes_close(struct notes_db *db)
{
	if (!db)
		return;
	sqlite3_close_v2(db->db);
	free(db->path);
	free(db);
}

int notes_set_wait(struct notes_db *db, int ms)
{
	int was = db->wait_ms;

	db->wait_ms = ms;
	sqlite3_busy_timeout(db->db, ms);
	return was;
}

bool notes_readonly(const struct notes_db *db)
{
	return !db || db->readonly;
}

const char *notes_error(const struct notes_db *db)
{
	return db ? db->err : open_error;
}

/* The document's identity: its content hash in hex and its canonical path, or its URL as given
 * for a page from the web (NULL for standard input or a name that is not a file). The caller
 * frees *path. */
void ndb_doc_key(const struct doc *d, char hash[17], char **path)
{
	const char *name = doc_name(d);
	struct stat st;

	snprintf(hash, 17, "%016llx", (unsigned long long)doc_hash(d));
	*path = NULL;
	if (text_is_web_address(name))
		*path = xstrdup(name);
	else if (strcmp(name, "-") != 0 && stat(name, &st) == 0 && S_ISREG(st.st_mode))
		*path = realpath(name, NULL);
}

/* Binds the document's identity to ?1 (hash) and ?2 (path, NULL when there is none). */
static void bind_key(sqlite3_stmt *st, const char *hash, const char *path)
{
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	if (path)
		sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 2);
}

sqlite3_stmt *ndb_query_doc(struct notes_db *db, const struct doc *d, const char *sql,
			    char hash[17], char **path, const char *what, int *err)
{
	int rc;

	ndb_doc_key(d, hash, path);
	sqlite3_stmt *st = ndb_prepare_keyed(db, sql, hash, *path, &rc);
	if (st)
		return st;
	free(*path);
	*path = NULL;
	*err = ndb_fail(db, rc, what);
	return NULL;
}

sqlite3_stmt *ndb_prepare_keyed(struct notes_db *db, const char *sql, const char *hash,
				const char *path, int *rc)
{
	sqlite3_stmt *st = ndb_prepare(db, sql, rc);

	if (st)
		bind_key(st, hash, path);
	return st;
}

void ndb_store_anchor(sqlite3_stmt *st, int first, const struct notes_anchor *a)
{
	sqlite3_bind_int64(st, first, (sqlite3_int64)a->span.start);
	sqlite3_bind_int64(st, first + 1, (sqlite3_int64)a->span.end);
	bind_bytes(st, first + 2, a->quote, a->nquote);
	bind_bytes(st, first + 3, a->before, a->nbefore);
	bind_bytes(st, first + 4, a->after, a->nafter);
}

static int note_cmp(const void *pa, const void *pb)
{
	const struct note *a = pa, *b = pb;

	if (a->foreign != b->foreign)
		return a->foreign ? 1 : -1;
	if (a->detached != b->detached)
		return a->detached ? 1 : -1;
	if (a->span.start != b->span.start)
		return a->span.start < b->span.start ? -1 : 1;
	if (a->span.end != b->span.end)
		return a->span.end < b->span.end ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* A note placed again, to be written back with its new anchor; or a detached note of an earlier
 * text of this article (detached), to be keyed to this one with its anchor as it was. */
struct moved {
	int64_t id;
	struct span span;
	bool detached;
};

/* Writes the new anchors of notes placed in this version of the article, so the next reading
 * starts from here, and keys the detached notes of its earlier texts to it (so that they stay
 * its own when no other note of that text is left to say so). Best effort: the notes are
 * already placed in memory. */
static void write_back(struct notes_db *db, const struct doc *d, const char *hash, const char *path,
		       const struct moved *m, size_t n)
{
	size_t len;
	const char *t = doc_text(d, &len);
	int rc;
	sqlite3_stmt *st, *key;

	if (!n || db->readonly ||
	    sqlite3_exec(db->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return;
	st = ndb_prepare(
		db,
		"UPDATE notes SET doc_hash = ?1, doc_path = coalesce(?2, doc_path), "
		"span_start = ?3, span_end = ?4, quote = ?5, ctx_before = ?6, ctx_after = ?7 "
		"WHERE id = ?8",
		&rc);
	key = ndb_prepare(
		db,
		"UPDATE notes SET doc_hash = ?1, doc_path = coalesce(?2, doc_path) WHERE id = ?3",
		&rc);
	for (size_t i = 0; st && key && i < n; i++) {
		sqlite3_stmt *u = m[i].detached ? key : st;
		sqlite3_reset(u);
		bind_key(u, hash, path);
		if (m[i].detached) {
			sqlite3_bind_int64(u, 3, m[i].id);
		} else {
			struct notes_anchor a = notes_anchor_make(t, len, m[i].span);
			ndb_store_anchor(u, 3, &a);
			sqlite3_bind_int64(u, 8, m[i].id);
		}
		if (sqlite3_step(u) != SQLITE_DONE)
			break;
	}
	sqlite3_finalize(st);
	sqlite3_finalize(key);
	sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
}

/* A file moved and edited matches its notes by neither hash nor path. Among recent notes of
 * files that are gone, the group of one former text (one hash) whose passages are mostly found
 * verbatim in this text is this article's: its notes and reading place are re-keyed to it, and
 * the normal load then places them. The search is bounded: the most recent ORPHAN_NOTES notes,
 * and at most ORPHAN_SCAN bytes of text searched in all. Returns true when a group was taken. */
#define ORPHAN_NOTES     2000
#define ORPHAN_SCAN      ((size_t)256 << 20)
#define ORPHAN_MIN_QUOTE 16

struct orphans {
	char hash[17];
	bool gone; /* its file no longer exists */
	size_t notes, found, bytes;
};

static bool adopt_moved(struct notes_db *db, const struct doc *d, const char *hash,
			const char *path)
{
	size_t len, ng = 0, cap = 0, budget = ORPHAN_SCAN, best = SIZE_MAX;
	const char *t = doc_text(d, &len);
	struct orphans *g = NULL;
	sqlite3_stmt *st;
	int rc;

	/* A page at a URL does not move: its notes are found by the URL. */
	if (db->readonly || !path || text_is_web_address(path))
		return false;
	st = ndb_prepare_keyed(db,
			       "SELECT doc_hash, doc_path, quote, ctx_before, ctx_after FROM notes "
			       "WHERE doc_hash != ?1 AND "
			       "doc_path IS NOT NULL AND doc_path != ?2 ORDER BY id DESC LIMIT ?3",
			       hash, path, &rc);
	if (!st)
		return false;
	sqlite3_bind_int(st, 3, ORPHAN_NOTES);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(st, 0);
		const char *p = (const char *)sqlite3_column_text(st, 1);
		size_t nq, k;
		const char *q = ndb_col_text(st, 2, &nq);
		struct stat sb;

		if (!h || !p || strlen(h) != 16)
			continue;
		for (k = 0; k < ng && strcmp(g[k].hash, h) != 0; k++)
			;
		if (k == ng) {
			g = xgrow(g, &cap, ng + 1, sizeof(*g));
			memset(&g[k], 0, sizeof(g[k]));
			memcpy(g[k].hash, h, 17);
			g[k].gone = !text_is_web_address(p) && stat(p, &sb) != 0 && errno == ENOENT;
			ng++;
		}
		g[k].notes++;
		if (!g[k].gone || !nq || budget < 3 * len)
			continue;
		/* evidence: the passage verbatim, with a context beside it when it is short */
		size_t nb, na, ev = 0;
		const char *b = ndb_col_text(st, 3, &nb), *a = ndb_col_text(st, 4, &na);
		budget -= len;
		if (!memmem(t, len, q, nq))
			continue;
		ev = nq;
		if (nb >= ORPHAN_MIN_QUOTE) {
			budget -= len;
			ev += memmem(t, len, b, nb) ? nb : 0;
		}
		if (na >= ORPHAN_MIN_QUOTE) {
			budget -= len;
			ev += memmem(t, len, a, na) ? na : 0;
		}
		if (ev >= ORPHAN_MIN_QUOTE) {
			g[k].found++;
			g[k].bytes += ev;
		}
	}
	sqlite3_finalize(st);
	for (size_t k = 0; k < ng; k++)
		if (g[k].gone && g[k].found * 2 >= g[k].notes &&
		    g[k].bytes >= 2 * ORPHAN_MIN_QUOTE &&
		    (best == SIZE_MAX || g[k].found > g[best].found))
			best = k;
	bool ok = false;
	if (best != SIZE_MAX && exec(db, "BEGIN IMMEDIATE") == 0) {
		static const char *const sql[] = {
			"UPDATE notes SET doc_hash = ?1, doc_path = ?2 WHERE doc_hash = ?3",
			"UPDATE positions SET doc_hash = ?1, doc_path = ?2 WHERE doc_hash = ?3"};
		ok = true;
		for (size_t i = 0; i < 2 && ok; i++) {
			st = ndb_prepare_keyed(db, sql[i], hash, path, &rc);
			if (!st) {
				ok = false;
				break;
			}
			sqlite3_bind_text(st, 3, g[best].hash, -1, SQLITE_STATIC);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_finalize(st);
		}
		if (!ok || exec(db, "COMMIT") != 0) {
			sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
			ok = false;
		}
	}
	free(g);
	return ok;
}

static size_t drafts_adopt(struct notes_db *db, const char *hash, const char *path);

/* The notes of an earlier text at this path (another content hash) are this article's, edited,
 * when anything of that text is in this one: one of its notes placed, or a passage or a context
 * of FOREIGN_EVIDENCE bytes or more found verbatim. Otherwise another article was saved under
 * the name, and its notes are listed apart (foreign). At most EARLIER_MAX earlier texts are told
 * apart; the notes of any further one count as this article's. */
#define FOREIGN_EVIDENCE 16
#define EARLIER_MAX      64

struct earlier {
	char hash[17];
	bool here; /* something of that text is in this one */
};

/* True when the passage or a context of anchor a (FOREIGN_EVIDENCE bytes or more) is in t. */
static bool anything_here(const char *t, size_t len, const struct notes_anchor *a)
{
	return (a->nquote >= FOREIGN_EVIDENCE && memmem(t, len, a->quote, a->nquote)) ||
	       (a->nbefore >= FOREIGN_EVIDENCE && memmem(t, len, a->before, a->nbefore)) ||
	       (a->nafter >= FOREIGN_EVIDENCE && memmem(t, len, a->after, a->nafter));
}

/* The earlier text of hash h among e[0..*ne) (added when new), or SIZE_MAX when h is this
 * article's own or there are EARLIER_MAX already. */
static size_t earlier_of(struct earlier *e, size_t *ne, const char *h, const char *hash)
{
	size_t k;

	if (!h || strcmp(h, hash) == 0)
		return SIZE_MAX;
	for (k = 0; k < *ne && strcmp(e[k].hash, h) != 0; k++)
		;
	if (k == *ne) {
		if (k == EARLIER_MAX || strlen(h) != 16)
			return SIZE_MAX;
		memcpy(e[k].hash, h, 17);
		e[k].here = false;
		(*ne)++;
	}
	return k;
}

/* The notes of a document (ndb_query_doc()) in the order they were written; a file that could
 * not be given the change counter (read-only) reads 0 for it. */
#define LOAD_SQL(version)                                                                          \
	"SELECT id, doc_hash, target, span_start, span_end, quote, ctx_before, ctx_after, body, "  \
	"created, modified, " version                                                              \
	" FROM notes WHERE doc_hash = ?1 OR doc_path = ?2 ORDER BY id"

int notes_load(struct notes_db *db, const struct doc *d, struct note_list **out)
{
	struct note_list *l = xcalloc(1, sizeof(*l));
	size_t cap = 0, len, nmoved = 0, capm = 0;
	const char *t = doc_text(d, &len);
	struct notes_squeezed q = {0};
	struct moved *moved = NULL;
	struct earlier earlier[EARLIER_MAX];
	size_t nearlier = 0, *from = NULL, capf = 0;
	char hash[17], *path;
	sqlite3_stmt *st;
	int rc, err = 0;

	*out = l;
	if (db->empty)
		return 0;
	ndb_doc_key(d, hash, &path);
	l->drafts = drafts_adopt(db, hash, path);
	free(path);
	st = ndb_query_doc(db, d, db->versioned ? LOAD_SQL("version") : LOAD_SQL("0"), hash, &path,
			   "cannot read notes", &err);
	if (!st) {
		note_list_free(l);
		*out = NULL;
		return err;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct notes_anchor a;
		struct note *n;
		struct span s;
		size_t nbody;
		const char *body;

		l->items = xgrow(l->items, &cap, l->n + 1, sizeof(*l->items));
		n = &l->items[l->n++];
		memset(n, 0, sizeof(*n));
		n->id = sqlite3_column_int64(st, 0);
		n->target = target_parse((const char *)sqlite3_column_text(st, 2));
		a.span.start = (size_t)sqlite3_column_int64(st, 3);
		a.span.end = (size_t)sqlite3_column_int64(st, 4);
		a.quote = ndb_col_text(st, 5, &a.nquote);
		a.before = ndb_col_text(st, 6, &a.nbefore);
		a.after = ndb_col_text(st, 7, &a.nafter);
		body = ndb_col_text(st, 8, &nbody);
		n->created = sqlite3_column_int64(st, 9);
		n->modified = sqlite3_column_int64(st, 10);
		n->version = sqlite3_column_int64(st, 11);
		n->quote = xstrndup(a.quote, a.nquote);
		n->text = xstrndup(body, nbody);
		const char *h = (const char *)sqlite3_column_text(st, 1);
		size_t e = earlier_of(earlier, &nearlier, h, hash);
		from = xgrow(from, &capf, l->n, sizeof(*from));
		from[l->n - 1] = e;
		if (notes_anchor_place(t, len, &a, &q, &s)) {
			n->span = s;
			n->paragraph = doc_paragraph_at(d, s.start);
			if (e != SIZE_MAX)
				earlier[e].here = true;
			if (s.start != a.span.start || s.end != a.span.end || !h ||
			    strcmp(h, hash) != 0) {
				moved = xgrow(moved, &capm, nmoved + 1, sizeof(*moved));
				moved[nmoved++] = (struct moved){n->id, s, false};
			}
		} else {
			n->detached = true;
			if (e != SIZE_MAX && !earlier[e].here && anything_here(t, len, &a))
				earlier[e].here = true;
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		if (from[i] == SIZE_MAX || !l->items[i].detached)
			continue;
		if (!earlier[from[i]].here) {
			l->items[i].foreign = true;
			l->foreign++;
		} else {
			moved = xgrow(moved, &capm, nmoved + 1, sizeof(*moved));
			moved[nmoved++] = (struct moved){l->items[i].id, {0, 0}, true};
		}
	}
	free(from);
	if (rc != SQLITE_DONE)
		err = ndb_fail(db, rc, "cannot read notes");
	sqlite3_finalize(st);
	notes_squeeze_free(&q);
	if (!err)
		write_back(db, d, hash, path, moved, nmoved);
	free(moved);
	if (!err && l->n == l->foreign && adopt_moved(db, d, hash, path)) {
		/* the notes of this article's former file, now keyed to it: load them */
		size_t drafts = l->drafts;
		free(path);
		note_list_free(l);
		rc = notes_load(db, d, out);
		if (*out)
			(*out)->drafts += drafts;
		return rc;
	}
	free(path);
	if (err) {
		note_list_free(l);
		*out = NULL;
		return err;
	}
	if (l->n)
		qsort(l->items, l->n, sizeof(*l->items), note_cmp);
	return 0;
}

static bool span_ok(const struct doc *d, struct span s)
{
	size_t len;

	doc_text(d, &len);
	return s.start <= s.end && s.end <= len;
}

int notes_add(struct notes_db *db, const struct doc *d, enum note_target target, struct span span,
	      const char *text, int64_t *id)
{
	size_t len;
	const char *t = doc_text(d, &len);
	char hash[17], *path;
	struct notes_anchor a;
	sqlite3_stmt *st;
	int rc;
	int64_t now = (int64_t)time(NULL);

	if ((rc = ndb_may_write(db)) < 0)
		return rc;
	if (!span_ok(d, span) || (unsigned)target > NOTE_SELECTION) {
		snprintf(db->err, sizeof(db->err), "the note's place is not in the article");
		return -EINVAL;
	}
	a = notes_anchor_make(t, len, span);
	st = ndb_prepare(
		db,
		"INSERT INTO notes(doc_hash, doc_path, target, span_start, span_end, quote, "
		"ctx_before, ctx_after, body, created, modified) "
		"VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
		&rc);
	if (!st)
		return ndb_fail(db, rc, "cannot save the note");
	ndb_doc_key(d, hash, &path);
	bind_key(st, hash, path);
	sqlite3_bind_text(st, 3, note_target_name(target), -1, SQLITE_STATIC);
	ndb_store_anchor(st, 4, &a);
	sqlite3_bind_text(st, 9, text ? text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, now);
	/* One statement outside BEGIN is its own transaction: durable when step returns. */
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	free(path);
	if (rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot save the note");
	if (id)
		*id = sqlite3_last_insert_rowid(db->db);
	return ndb_written(db);
}

/* Runs an UPDATE or DELETE on one note by id: ?1 the id, ?2 the text and ?3 the time when text
 * is not NULL, ?4 and ?5 what the note must still hold (was, and *version, -1 when version is
 * NULL: any) when was is not NULL. -ENOENT when there is no such note, -EAGAIN when it no longer
 * holds them; after a change of the text that compared *version, *version is the new one. */
static int change_one(struct notes_db *db, const char *sql, int64_t id, const char *text,
		      const char *was, int64_t *version)
{
	sqlite3_stmt *st;
	int rc;
	int64_t now = (int64_t)time(NULL);

	if ((rc = ndb_may_write(db)) < 0)
		return rc;
	if (was && !db->versioned) {
		/* A file that was locked when it was opened: it gets its change counter now. */
		migrate(db);
		if (!db->versioned) {
			snprintf(db->err, sizeof(db->err),
				 "the notes database could not be given its change counter (locked "
				 "by another program?)");
			return -EBUSY;
		}
	}
	st = ndb_prepare(db, sql, &rc);
	if (!st)
		return ndb_fail(db, rc, "cannot change the note");
	sqlite3_bind_int64(st, 1, id);
	if (text) {
		sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, now);
	}
	if (was) {
		sqlite3_bind_text(st, 4, was, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, version ? *version : -1);
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot change the note");
	if ((rc = ndb_written(db)) < 0)
		return rc;
	if (sqlite3_changes(db->db) == 0) {
		long long one = 0;
		char q[64];
		snprintf(q, sizeof(q), "SELECT count(*) FROM notes WHERE id = %lld", (long long)id);
		if (was && query_int(db, q, &one) == SQLITE_OK && one) {
			snprintf(db->err, sizeof(db->err),
				 "the note was changed by another reader meanwhile");
			return -EAGAIN;
		}
		snprintf(db->err, sizeof(db->err), "no such note (deleted by another reader?)");
		return -ENOENT;
	}
	if (version && text)
		(*version)++; /* the trigger's count: one statement, no other save between */
	return 0;
}

int notes_update(struct notes_db *db, int64_t id, const char *text)
{
	return change_one(db, "UPDATE notes SET body = ?2, modified = ?3 WHERE id = ?1", id,
			  text ? text : "", NULL, NULL);
}

int notes_delete(struct notes_db *db, int64_t id)
{
	return change_one(db, "DELETE FROM notes WHERE id = ?1", id, NULL, NULL, NULL);
}

int notes_update_if(struct notes_db *db, int64_t id, const char *was, int64_t *version,
		    const char *text)
{
	/* One statement: another reader's write lands before it or after it, never between the
	 * look and the change. */
	if (!text)
		return change_one(db,
				  "DELETE FROM notes WHERE id = ?1 AND body = ?4 AND "
				  "(?5 < 0 OR version = ?5)",
				  id, NULL, was ? was : "", version);
	return change_one(db,
			  "UPDATE notes SET body = ?2, modified = ?3 WHERE id = ?1 AND body = ?4 "
			  "AND (?5 < 0 OR version = ?5)",
			  id, text, was ? was : "", version);
}

void note_list_free(struct note_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].quote);
		free(l->items[i].text);
	}
	free(l->items);
	free(l);
}

/* ---- drafts: a reader's unsaved text of a note another reader changed meanwhile ---- */

/* Made when first needed (no new schema: a dateline without drafts ignores the table). Each
 * draft copies its note's anchor, so that it can become a note of its own even if the note is
 * deleted meanwhile. */
static const char drafts_sql[] = "CREATE TABLE IF NOT EXISTS drafts("
				 " note_id INTEGER NOT NULL,"
				 " owner TEXT NOT NULL,"
				 " doc_hash TEXT NOT NULL,"
				 " doc_path TEXT,"
				 " target TEXT NOT NULL,"
				 " span_start INTEGER NOT NULL,"
				 " span_end INTEGER NOT NULL,"
				 " quote TEXT NOT NULL,"
				 " ctx_before TEXT NOT NULL,"
				 " ctx_after TEXT NOT NULL,"
				 " body TEXT NOT NULL,"
				 " modified INTEGER NOT NULL,"
				 " PRIMARY KEY(note_id, owner))";

void notes_draft_owner(char *out, size_t n)
{
	char host[256] = "";

	if (gethostname(host, sizeof(host) - 1) != 0)
		host[0] = '\0';
	snprintf(out, n, "%s:%ld", host, (long)getpid());
}

int notes_draft_keep(struct notes_db *db, int64_t id, const char *owner, const char *text)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = ndb_may_write(db)) < 0)
		return rc;
	if ((rc = sqlite3_exec(db->db, drafts_sql, NULL, NULL, NULL)) != SQLITE_OK)
		return ndb_fail(db, rc, "cannot keep the draft");
	st = ndb_prepare(db,
			 "INSERT OR REPLACE INTO drafts SELECT id, ?2, doc_hash, doc_path, target, "
			 "span_start, span_end, quote, ctx_before, ctx_after, ?3, ?4 FROM notes "
			 "WHERE id = ?1",
			 &rc);
	if (!st)
		return ndb_fail(db, rc, "cannot keep the draft");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, owner, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, text ? text : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)time(NULL));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return ndb_fail(db, rc, "cannot keep the draft");
	if ((rc = ndb_written(db)) < 0)
		return rc;
	if (sqlite3_changes(db->db) == 0) {
		snprintf(db->err, sizeof(db->err), "no such note (deleted by another reader?)");
		return -ENOENT;
	}
	return 0;
}

int notes_draft_drop(struct notes_db *db, int64_t id, const char *owner)
{
	sqlite3_stmt *st;
	int rc;

	if (db->readonly || db->empty)
		return 0;
	st = ndb_prepare(db, "DELETE FROM drafts WHERE note_id = ?1 AND owner = ?2", &rc);
	if (!st) /* no table: no draft was ever kept */
		return 0;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, owner, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : ndb_fail(db, rc, "cannot drop the draft");
}

/* How old (s) a draft is when its reader is taken to be gone whatever it is: a reader of another
 * host, whose process cannot be asked (or this host under another name: a container), or a
 * process number of this host used again since by another program. A reader at work keeps its
 * draft every 2 s of typing; one that waits in the editor for a day and saves then has its text
 * as a note, and its draft as another (two copies, none lost). */
#define DRAFT_STALE_S (24 * 60 * 60)

/* True when the reader owner ("HOST:PID") of a draft last kept at modified is gone: a process of
 * this host that has ended, or any reader after DRAFT_STALE_S. */
static bool owner_gone(const char *owner, int64_t modified)
{
	char me[300];
	const char *colon = strrchr(owner, ':');

	notes_draft_owner(me, sizeof(me));
	if (strcmp(owner, me) == 0)
		return false; /* this reader's own, however old */
	if ((int64_t)time(NULL) - modified > DRAFT_STALE_S)
		return true;
	const char *mine = strrchr(me, ':');
	if (!colon || !mine || colon - owner != mine - me || strncmp(owner, me, mine - me) != 0)
		return false; /* another host's reader: it may still be at work */
	long pid = strtol(colon + 1, NULL, 10);
	return pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* How many drafts of one article are looked at when it is opened. */
#define DRAFTS_MAX 64

/* The drafts of this article left by readers that are gone (a kill -9, a crash) become notes of
 * their own on the same passage, beside the note the other reader saved; their count, or 0. */
static size_t drafts_adopt(struct notes_db *db, const char *hash, const char *path)
{
	sqlite3_stmt *st, *mk = NULL;
	int rc;

	if (db->readonly || db->empty)
		return 0;
	st = ndb_prepare_keyed(db,
			       "SELECT rowid, owner, modified FROM drafts WHERE doc_hash = ?1 OR "
			       "doc_path = ?2 ORDER BY rowid LIMIT ?3",
			       hash, path, &rc);
	if (!st)
		return 0;
	sqlite3_bind_int(st, 3, DRAFTS_MAX);
	int64_t gone[DRAFTS_MAX];
	size_t ng = 0;
	while (ng < DRAFTS_MAX && sqlite3_step(st) == SQLITE_ROW) {
		const char *o = (const char *)sqlite3_column_text(st, 1);
		if (o && owner_gone(o, sqlite3_column_int64(st, 2)))
			gone[ng++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (!ng || exec(db, "BEGIN IMMEDIATE") != 0)
		return 0;
	static const char *const sql[] = {
		"INSERT INTO notes(doc_hash, doc_path, target, span_start, span_end, quote, "
		"ctx_before, ctx_after, body, created, modified) SELECT doc_hash, doc_path, target, "
		"span_start, span_end, quote, ctx_before, ctx_after, body, modified, modified "
		"FROM drafts WHERE rowid = ?1",
		"DELETE FROM drafts WHERE rowid = ?1"};
	bool ok = true;
	for (size_t i = 0; i < ng && ok; i++)
		for (size_t k = 0; k < 2 && ok; k++) {
			mk = ndb_prepare(db, sql[k], &rc);
			ok = mk != NULL;
			if (mk) {
				sqlite3_bind_int64(mk, 1, gone[i]);
				ok = sqlite3_step(mk) == SQLITE_DONE;
				sqlite3_finalize(mk);
			}
		}
	if (!ok || exec(db, "COMMIT") != 0) {
		sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
		return 0;
	}
	return ng;
}
