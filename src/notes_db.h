/* notes_db: the SQLite side of notes shared by its files (notes.c: the database and the notes;
 * notes_place.c: the reading place and the anchor date); not a public contract. */
#ifndef DATELINE_NOTES_DB_H
#define DATELINE_NOTES_DB_H

#include <sqlite3.h>
#include <stdbool.h>

#include "dateline/notes.h"
#include "notes_int.h"

struct notes_db {
	sqlite3 *db;
	bool readonly;
	bool empty;     /* a read-only database without our tables: no notes, no writes */
	int schema;     /* the schema the file has (an old read-only one stays as it is) */
	bool versioned; /* the notes have their change counter (notes.version and its trigger) */
	char *path;
	int wait_ms; /* how long a write waits for another holder of the lock */
	dev_t dev;   /* the file the path named when first seen (ino 0: not yet seen) */
	ino_t ino;
	char err[512];
};

/* Records the failure (SQLite code rc) of the last call on db for notes_error(), the message
 * starting with what, and returns its negative errno. */
int ndb_fail(struct notes_db *db, int rc, const char *what);
/* 0 when db may be written now; else the negative errno with the message: -EROFS when it is
 * read-only, -ESTALE when its file was removed or replaced since it was opened (a write would go
 * to a file no reader finds again). Every write asks before it writes, and ndb_written() after. */
int ndb_may_write(struct notes_db *db);
/* After a write: 0, or -ESTALE with the message when the file went meanwhile (the write is in a
 * file that is gone). */
int ndb_written(struct notes_db *db);
/* Prepares one statement; NULL, with *rc the SQLite code, when it cannot. The caller finalizes
 * it. */
sqlite3_stmt *ndb_prepare(struct notes_db *db, const char *sql, int *rc);
/* Column i of the row as bytes (*n of them; "" for NULL), valid until the next step. */
const char *ndb_col_text(sqlite3_stmt *st, int i, size_t *n);
/* The document's identity: its content hash in hex and its canonical path, or its URL as given
 * for a page from the web (NULL for standard input or a name that is not a file). The caller
 * frees *path. */
void ndb_doc_key(const struct doc *d, char hash[17], char **path);
/* ndb_prepare() with the document's key bound: hash to ?1, path to ?2 (SQL NULL when path is
 * NULL). Both must outlive the statement's steps. */
sqlite3_stmt *ndb_prepare_keyed(struct notes_db *db, const char *sql, const char *hash,
				const char *path, int *rc);
/* Makes the document's key (ndb_doc_key(); the caller frees *path) and prepares sql with it
 * bound as ndb_prepare_keyed() does; the caller finalizes the statement. NULL, with *path freed
 * and *err the negative errno of ndb_fail(db, ..., what), when it cannot be prepared. */
sqlite3_stmt *ndb_query_doc(struct notes_db *db, const struct doc *d, const char *sql,
			    char hash[17], char **path, const char *what, int *err);
/* Binds the anchor's span, passage and context to the five parameters from first on. */
void ndb_store_anchor(sqlite3_stmt *st, int first, const struct notes_anchor *a);

#endif
