/* notes_int: the pure re-anchoring of notes (notes_anchor.c) that the SQLite storage (notes.c)
 * uses; not a public contract. No function here allocates what it returns, keeps a pointer it
 * was given, or touches the database. */
#ifndef DATELINE_NOTES_INT_H
#define DATELINE_NOTES_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "dateline/text.h"

/* Bytes of context kept on each side of a passage. */
#define NOTES_CONTEXT 80
/* How much matching text (passage + context) an occurrence found elsewhere needs to be trusted. */
#define NOTES_MIN_EVIDENCE 24

/* Where a passage sat: its span in the text it was made from, the passage itself (quote) and up
 * to NOTES_CONTEXT bytes on each side (before, after). The three are views, not copies: into the
 * text for an anchor just made, into the database row for one read back. */
struct notes_anchor {
	struct span span;
	const char *quote, *before, *after;
	size_t nquote, nbefore, nafter;
};

/* The text t[0..len) without ASCII white space (s[0..n)), and for each kept byte the offset it
 * came from in t (from[0..n), increasing). Built at most once per text, when a passage first
 * needs it (built says whether it was). */
struct notes_squeezed {
	char *s;
	size_t *from;
	size_t n;
	bool built;
};

/* Moves a byte offset i (0 <= i <= len) back to the start of the UTF-8 character that holds it;
 * 0 and len stay as they are. */
size_t notes_char_start(const char *t, size_t len, size_t i);

/* The anchor of span s of t[0..len) (s.start <= s.end <= len): the passage and up to
 * NOTES_CONTEXT bytes on each side, cut on character boundaries so that the stored context is
 * valid text when t is. The views point into t. */
struct notes_anchor notes_anchor_make(const char *t, size_t len, struct span s);

/* Searches needle[0..n) in hay[0..len) and picks the occurrence whose surroundings match the
 * contexts best (the bytes of before[0..nbefore) that end right before it plus those of
 * after[0..nafter) that start right after it), then the one nearest to the offset `near`.
 * Returns false when there is none (or n is 0); else stores its offset in *at, its matched
 * context length in *score, and sets *count to the number of occurrences looked at (all of them,
 * unless a perfect match near `near` ended the search early). */
bool notes_find_best(const char *hay, size_t len, const char *needle, size_t n, const char *before,
		     size_t nbefore, const char *after, size_t nafter, size_t near, size_t *at,
		     size_t *score, size_t *count);

/* Builds q for t[0..len) (q->built must be false); freed with notes_squeeze_free(). */
void notes_squeeze_build(struct notes_squeezed *q, const char *t, size_t len);
/* Frees what notes_squeeze_build() made; accepts NULL and a q that was never built ({0}). */
void notes_squeeze_free(struct notes_squeezed *q);

/* The strategies that place a stored anchor a in a text t[0..len), tried in this order by
 * notes_anchor_place(). Each returns true and stores the passage's span in *out (inside t, start
 * <= end), or returns false and leaves *out alone. */

/* 1. The stored span still holds the passage, byte for byte (a non-empty one). */
bool notes_anchor_exact(const char *t, size_t len, const struct notes_anchor *a, struct span *out);
/* 2. The passage verbatim elsewhere: the occurrence with the best context, then the nearest to
 * the old offset, trusted when passage + matched context reach NOTES_MIN_EVIDENCE bytes, or when
 * it is the only occurrence and at least 8 bytes long. */
bool notes_anchor_verbatim(const char *t, size_t len, const struct notes_anchor *a,
			   struct span *out);
/* 3. The passage with other white space (re-wrapped, re-indented): the same search in the text
 * and passage without ASCII white space, for a passage of at least 8 other bytes, trusted on
 * NOTES_MIN_EVIDENCE bytes of evidence or a single occurrence. The span runs from the first to
 * the last non-space byte of the occurrence. q is the squeezed t, built here on first use (pass
 * the same q for every anchor placed in one text; the caller frees it). */
bool notes_anchor_squeezed(const char *t, size_t len, const struct notes_anchor *a,
			   struct notes_squeezed *q, struct span *out);
/* 4. The passage changed inside: the text between its two contexts, when both are still there
 * (each at least 12 bytes, or cut by the start or the end of the text) and what lies between is
 * about the passage's length (half to twice + 16 bytes); the pair nearest the old offset wins,
 * among at most 64 occurrences of the before-context. */
bool notes_anchor_between(const char *t, size_t len, const struct notes_anchor *a,
			  struct span *out);

/* Places a stored anchor in t[0..len) by the four strategies in turn. Returns true and the span,
 * or false: the note is detached. q as for notes_anchor_squeezed(). */
bool notes_anchor_place(const char *t, size_t len, const struct notes_anchor *a,
			struct notes_squeezed *q, struct span *out);

#endif
