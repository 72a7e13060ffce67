/* notes: notes and reading positions kept in SQLite, anchored by byte span, quoted passage and
 * context so they survive edits of the article. */
#ifndef DATELINE_NOTES_H
#define DATELINE_NOTES_H

#include <stdint.h>

#include "dateline/doc.h"

enum note_target {
	NOTE_PARAGRAPH,
	NOTE_EVENT,
	NOTE_CLAIM,
	NOTE_SELECTION
};

struct note {
	int64_t id;
	enum note_target target;
	struct span span;          /* where the note sits in this document (after re-anchoring) */
	bool detached;             /* could not be placed in this version of the article */
	bool foreign;              /* detached, of another article once saved under this path */
	char *quote;               /* the quoted passage as stored */
	char *text;                /* the note itself, UTF-8 */
	int64_t created, modified; /* Unix times */
	int64_t version;           /* the change counter: one more at every save of the text */
	size_t paragraph;          /* 0-based paragraph of span (0 when detached) */
};

struct note_list {
	struct note *items; /* text order; detached notes last, then the foreign ones */
	size_t n;
	size_t drafts;  /* drafts of readers gone (notes_draft_keep()) made notes by this load */
	size_t foreign; /* of the n, the last ones: notes of another article at this path */
};

struct notes_db;

/* The default database path: $XDG_DATA_HOME/dateline/notes.db or
 * ~/.local/share/dateline/notes.db. The caller frees the result with free(). */
char *notes_default_path(void);
/* Opens (creating it and its folder when needed) the notes database at path. A database that
 * cannot be written (file or folder not writable, or a "file:...?mode=ro" URI) is opened
 * read-only. Returns 0, or a negative errno; -EPROTO means the file is corrupt or not a dateline
 * database (it is left untouched). On failure *out is NULL and notes_error(NULL) says why. The
 * caller closes *out with notes_close(). */
int notes_open(const char *path, struct notes_db **out);
/* Opens an existing database read-only, never creating anything (for export); -ENOENT when
 * there is none. Otherwise as notes_open(). */
int notes_open_readonly(const char *path, struct notes_db **out);
/* Closes the database; accepts NULL. */
void notes_close(struct notes_db *db);
/* True when the database was opened read-only (new notes are refused). */
bool notes_readonly(const struct notes_db *db);
/* A one-line description of the last failure, for the status bar ("" when none). Owned by the
 * handle; with NULL, the reason the last notes_open() failed (static storage). */
const char *notes_error(const struct notes_db *db);

/* Loads the notes of this article (by content hash, or by path with re-anchoring when the bytes
 * changed; the path of a page from the web, named by an http or https URL, is the URL as given),
 * placed in the document. A note that cannot be placed is in the list, detached. The notes of
 * an earlier text at this path of which nothing is in this one (no note placed, no passage or
 * context of 16 bytes found) are another article's: listed last, detached and foreign.
 * Placed notes get their new anchor written back when the database is writable. Returns 0, and
 * the caller frees *out with note_list_free(); or a negative errno, and *out is NULL. */
int notes_load(struct notes_db *db, const struct doc *d, struct note_list **out);
/* Drafts: the text a reader is writing in a note that another reader changed meanwhile is kept
 * apart from the note (never over the other reader's save), keyed by the note and the reader
 * (owner: notes_draft_owner(), "HOST:PID"). notes_load() makes the drafts of the article whose
 * reader is gone (a kill -9, a crash: a process of this host that has ended; or any other
 * reader's draft not kept again for a day, another host's too) notes of their own on the same
 * passage, beside the note, and counts them in drafts. notes_draft_keep() returns 0 or a negative errno (-ENOENT when the
 * note is gone); notes_draft_drop() (after a save or a discard) 0 or a negative errno. */
void notes_draft_owner(char *out, size_t n);
int notes_draft_keep(struct notes_db *db, int64_t id, const char *owner, const char *text);
int notes_draft_drop(struct notes_db *db, int64_t id, const char *owner);
/* Adds a note on span of the document and commits it at once. Returns 0 and stores the new id
 * in *id, or a negative errno (-EROFS when read-only). */
int notes_add(struct notes_db *db, const struct doc *d, enum note_target target, struct span span,
	      const char *text, int64_t *id);
/* Changes a note's text; commits at once. Returns 0 or a negative errno (-ENOENT when another
 * reader deleted it, -EROFS when read-only). */
int notes_update(struct notes_db *db, int64_t id, const char *text);
/* Deletes a note; commits at once. Returns 0 or a negative errno. */
int notes_delete(struct notes_db *db, int64_t id);
/* Changes note id to text (NULL: deletes it) only while it is as the caller last knew it: it
 * holds the text was and, when version is not NULL, its change counter is *version (the note's
 * version when loaded, 0 for a note just added, or what the last call gave): a reader saves and
 * takes back only over its own writing, never over another reader's save made since, even one of
 * the same words or one edited back to them. One statement, committed at once. Returns 0
 * (*version the new counter), -EAGAIN when the note was changed meanwhile (left as it is),
 * -ENOENT when it was deleted, -EBUSY when a file locked since it was opened could not be given
 * its change counter, or another negative errno as notes_update(). version may be NULL (the text
 * alone is compared). */
int notes_update_if(struct notes_db *db, int64_t id, const char *was, int64_t *version,
		    const char *text);
/* Sets how long a call waits for another program that holds the database (ms; 5000 when
 * opened) and returns the wait it replaces. A write that is tried again later anyway (a note
 * kept as it is typed) waits less, so that typing never stalls on a lock. */
int notes_set_wait(struct notes_db *db, int ms);
/* Frees the list; accepts NULL. */
void note_list_free(struct note_list *l);
/* "paragraph", "event", "claim" or "selection". */
const char *note_target_name(enum note_target t);

/* The reader's last position in this article (a byte offset, re-anchored like a note), or
 * -ENOENT when there is none. */
int notes_position_get(struct notes_db *db, const struct doc *d, size_t *pos);
/* Remembers the reader's position (keeping the anchor date remembered with it); commits at once.
 * Returns 0 or a negative errno. */
int notes_position_set(struct notes_db *db, const struct doc *d, size_t pos);
/* The anchor date remembered for this article with its reading place (set in the reader with
 * :date): 0 and *out (year 0: the reader chose to have none), or -ENOENT when none is
 * remembered (or the database is of an older schema and read-only). */
int notes_anchor_get(struct notes_db *db, const struct doc *d, struct date *out);
/* Remembers the anchor date for this article (NULL forgets it; year 0: none at all); commits at
 * once. Returns 0 or a negative errno (-EROFS when read-only). */
int notes_anchor_set(struct notes_db *db, const struct doc *d, const struct date *a);

#endif
