/* timex: finding and normalising date expressions (TimeML TIMEX3), events and the timeline. */
#ifndef DATELINE_TIMEX_H
#define DATELINE_TIMEX_H

#include "dateline/doc.h"

enum timex_type {
	TIMEX_DATE,
	TIMEX_TIME,
	TIMEX_DURATION,
	TIMEX_SET
};

struct timex {
	struct span span;
	enum timex_type type;
	char value[40];   /* TIMEX3 value: "2025-11-07", "XXXX-11-07", "P3Y", "PAST_REF" ... */
	size_t paragraph; /* 0-based */
	size_t sentence;  /* 0-based */
};

struct event {
	size_t timex;     /* index into the timex list */
	struct span span; /* the clause or sentence of the event */
	char label[24];   /* "Oct 28", "Jul 2025", "2025" */
	char *summary;    /* one line, at most 80 columns; owned by the list */
	size_t paragraph; /* 0-based */
};

struct timex_list {
	struct timex *items;
	size_t n;
	struct event *events; /* the timeline: chronological order */
	size_t nevents;
};

/* Finds the article's own date in its text (a dateline or "published" line near the top).
 * Returns true and stores it in *out when found. */
bool timex_find_anchor(const struct doc *d, struct date *out);
/* Settles the document's anchor date, the one policy every front end follows: `given` (a date
 * the user gave, e.g. --date) when not NULL, else the page's metadata date that doc_load() set,
 * else the date line the article states about itself (timex_find_anchor()), else none (years
 * then read XXXX). Call it after doc_load() and before timex_find(). */
void timex_settle_anchor(struct doc *d, const struct date *given);
/* Finds, normalises and orders the date expressions of the document against its anchor date
 * (doc_anchor(): settle it first, see timex_settle_anchor()). The result does not change when
 * the anchor changes later: find again. The caller frees the result with timex_list_free(). */
struct timex_list *timex_find(const struct doc *d);
/* Frees the list; accepts NULL. */
void timex_list_free(struct timex_list *l);
/* "DATE", "TIME", "DURATION" or "SET". */
const char *timex_type_name(enum timex_type t);

#endif
