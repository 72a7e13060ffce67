/* timex: finding and normalising date expressions (TimeML TIMEX3), events and the timeline. */
#ifndef DATELINE_TIMEX_H
#define DATELINE_TIMEX_H

#include "dateline/coref.h"
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
	uint32_t paragraph; /* 0-based (32-bit as in doc.h); the sentence is doc_sentence_at() */
	/* TIMEX3 value: "2025-11-07", "XXXX-11-07", "P3Y", "PAST_REF" ..., at most 39 bytes; owned
	 * by the list, which keeps one copy of each distinct value */
	const char *value;
};

struct event {
	uint32_t timex;     /* index into the timex list */
	uint32_t paragraph; /* 0-based */
	struct span span;   /* the clause or sentence of the event */
	/* The date as a person reads it, with its year: "Oct 28, 2025", "Jul 2025", "week of Nov
	 * 10, 2025", "Q3 2025", "summer 2025", "2025", "1990s"; an unknown year in words: "Jul, year
	 * unknown"; after "since ", "until " or "by " when the date only bounds the event
	 * (timex_event_signal()), and after the part of the date named ("end of 2025", "early Mar
	 * 2025", "mid-1990s", "earlier in 2025"; "earlier this year" alone in the first days of
	 * January, when it most likely means the year before). Its NUL is followed by the short label
	 * (timex_event_label_short()), the ISO date (timex_event_iso()) and the narrow labels with and
	 * without the year (timex_event_label_fit(); empty for a span's), each NUL-terminated.
	 * Owned by the list (one copy of each). */
	const char *label;
	int year; /* the year the date falls in; 0 when unknown */
};

/* The "he" or "she" that opens event `event`'s summary: the list's own, read through
 * timex_has_subjects() and timex_event_summary(). */
struct tx_subject;

struct timex_list {
	struct timex *items; /* in text order, none overlapping another; at most UINT32_MAX */
	size_t n;
	struct event *events; /* the timeline: chronological order */
	size_t nevents;
	/* The list's own, read through timex_event_summary(): the document the list was found in
	 * (NULL for a list made by hand), each event's summary once made (nevents slots, NULL for
	 * one not made; NULL for none made), the strings the values and labels point into, and the
	 * events whose summary opens with "he" or "she" (by event index), named or not. */
	const struct doc *doc;
	char **summaries;
	struct text_pool *pool;
	struct tx_subject *subjects;
	size_t nsubjects;
};

/* "since", "until" or "by" when event e's date is where a span starts or ends or a deadline
 * ("since the 1990s", "until May", "by 2030": its labels open with the word), NULL when the
 * event is at the date. A static string. */
const char *timex_event_signal(const struct event *e);
/* Event e's label after its signal and the part of the date it names ("by end of 2016",
 * "earlier in 2016", "mid-1990s": "2016", "2016", "1990s"): the date alone. Owned by the list. */
const char *timex_event_date_label(const struct event *e);
/* Event e's label without the year: "Oct 28", "Jul", "Q3"; "Jul ?" when the year is unknown;
 * the label itself when the year is the date ("2025", "1990s"). Owned by the list. */
const char *timex_event_label_short(const struct event *e);
/* Event e's date in ISO 8601: "2025-10-28", "2025-07", "2025-W46", "2025-Q3", "2025"; "" when the
 * year is unknown or the date is a decade or century. Owned by the list. */
const char *timex_event_iso(const struct event *e);

/* The timeline pane's label column, in columns, with the space after the label: a label as wide
 * (timex_event_label_fit() fits one to it) pushes its own summary on. */
#define TIMEX_LABEL_COLS 15

/* Event e's label with its year (with_year) or without (timex_event_label_short()), as the
 * timeline pane's label column shows it: the label itself when it is no wider than
 * TIMEX_LABEL_COLS columns,
 * else a narrower one that says the same date ("Mar 12, 2016, 9:30 p.m.": "Mar 12, 2016";
 * "week of Nov 23, 2015": "Nov 23–29, 2015"; "week of Aug 29, 2016": "Aug–Sep 2016"; "weekend of
 * Sep 24": "Sep 24–25"; "around week of Nov 23, 2015": "c. Nov 2015"; "since start of 2018":
 * "since 2018"), which may still be wider. A span's label ("2011–2013") and one in words ("earlier this year") stay as they are.
 * Owned by the list. */
const char *timex_event_label_fit(const struct event *e, bool with_year);

/* Finds the article's own date in its text (a dateline or "published" line near the top).
 * Returns true and stores it in *out when found. */
bool timex_find_anchor(const struct doc *d, struct date *out);
/* Settles the document's anchor date, the one policy every front end follows: `given` (a date
 * the user gave, e.g. --date) when not NULL, else the page's metadata date that doc_load() set,
 * else the date line the article states about itself (timex_find_anchor()), else the date its
 * source's name carries (doc_name_date(), up to next year by the clock: the one reading of the
 * clock here), else none (years then read XXXX). Call it after doc_load() and before
 * timex_find(). */
void timex_settle_anchor(struct doc *d, const struct date *given);
/* Finds, normalises and orders the date expressions of the document against its anchor date
 * (doc_anchor(): settle it first, see timex_settle_anchor()). The result does not change when
 * the anchor changes later: find again. The caller frees the result with timex_list_free(). */
struct timex_list *timex_find(const struct doc *d);
/* As timex_find(), keeping no summary: each is made when first asked for (timex_event_summary()),
 * so that a front end that shows a screenful of a long timeline holds only the summaries it
 * showed. The caller frees the result with timex_list_free(). */
struct timex_list *timex_find_lean(const struct doc *d);
/* The summary of event i (below l->nevents): the event's clause on one line, whole, with the
 * pronoun it opens with named when timex_name_subjects() found the name; NULL when there is none.
 * Made when first asked for from the document the list was found in, which must still be there,
 * and kept; owned by the list, valid until timex_list_free(). Not for two threads at once. */
const char *timex_event_summary(const struct timex_list *l, size_t i);
/* Names the people the summaries' pronouns stand for: an event whose summary opens with "He"
 * or "She" (e.g. `He said: “China will decide”`) gets the name the coreference c resolves it to
 * (`Huang Renxun said: …`) when that is a person. timex_find() leaves pronouns as written, so
 * that finding dates needs no coreference; call this after it with the document's coref_build()
 * result (which the claims engine may share). Changes only summaries (and the events' subject and
 * name); c may be NULL. */
void timex_name_subjects(struct timex_list *l, const struct doc *d, const struct coref *c);
/* True when an event's summary opens with a "he" or "she" that timex_name_subjects() would name:
 * without one, no coreference is needed. */
bool timex_has_subjects(const struct timex_list *l);
/* timex_find() and then timex_name_subjects() with c, or, when c is NULL, with the document's
 * coreference built for the purpose: the timeline as the front ends show it. The caller frees
 * the result with timex_list_free(). */
struct timex_list *timex_find_named(const struct doc *d, const struct coref *c);
/* Frees the list; accepts NULL. */
void timex_list_free(struct timex_list *l);
/* The label the timeline pane shows for event i (below l->nevents): the full label (with the
 * year) on the first event of each year and on every event whose year is not the article's
 * (article_year; 0 when the article's year is unknown), the short label elsewhere, each fitted
 * to the pane's column (timex_event_label_fit()). Owned by the list. */
const char *timex_event_pane_label(const struct timex_list *l, size_t i, int article_year);
/* Writes a TIMEX3 value as a person reads it into out[0..n) (n > 0): "Oct 28, 2025", "Jul 2025",
 * "week of Nov 10, 2025", "Q3 2025", "first half of 2025", "summer 2025", "1990s", "20th
 * century", "Nov 7, 2025, 3 p.m."; an unknown year in words ("Jul, year unknown"); with_year
 * false leaves a known year out ("Oct 28") and marks an unknown one with "?" ("Jul ?"). Returns
 * false and writes "" when the value places nothing a reader can find in a calendar: no year
 * and no month ("XXXX", "XXXX-WXX-5", "XXXX-XX-XXT13:00"), or no date at all ("PAST_REF",
 * "P3Y"). */
bool timex_value_label(const char *value, bool with_year, char *out, size_t n);
/* "DATE", "TIME", "DURATION" or "SET". */
const char *timex_type_name(enum timex_type t);

#endif
