/* ui_anchor: the anchor date in the reader: where it came from for the status line, setting it
 * (:date) and finding the dates again against it, remembering it with the article's notes, and
 * the full date of an event for the status line. */
#include <stdio.h>
#include <string.h>

#include "reader_int.h"

/* Where the anchor came from, in words for the status line and in brief after its date. */
static const struct {
	const char *words, *brief;
} anchor_from[] = {
	[ANCHOR_NONE] = {"none", "none"},
	[ANCHOR_OPTION] = {"--date", "--date"},
	[ANCHOR_METADATA] = {"the page's date", "page"},
	[ANCHOR_TEXT] = {"the article's date line", "date line"},
	[ANCHOR_READER] = {":date", ":date"},
	[ANCHOR_NAME] = {"the file's or URL's name", "name"},
};

static const char *from_name(enum doc_anchor_from f, bool brief)
{
	if ((size_t)f >= sizeof(anchor_from) / sizeof(anchor_from[0]))
		f = ANCHOR_NONE;
	return brief ? anchor_from[f].brief : anchor_from[f].words;
}

/* "2025-11-08", "2025-11" or "2025" as much as a is known. */
static void date_text(struct date a, char *out, size_t n)
{
	if (a.month && a.day)
		snprintf(out, n, "%04d-%02d-%02d", a.year, a.month, a.day);
	else if (a.month)
		snprintf(out, n, "%04d-%02d", a.year, a.month);
	else
		snprintf(out, n, "%04d", a.year);
}

void anchor_describe(const struct reader *r, char *out, size_t n, bool brief)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(r->d, &from);
	char day[16];

	if (r->anchor_pending) {
		a = r->anchor_want;
		from = r->anchor_want_from;
	}
	if (!a.year || from == ANCHOR_NONE) {
		snprintf(out, n, "date unknown");
		return;
	}
	date_text(a, day, sizeof(day));
	if (brief) {
		snprintf(out, n, "%s", day);
		return;
	}
	snprintf(out, n, "%s (%s)", day, from_name(from, true));
}

/* Says what the anchor is now, in words, then note (or ""). */
static void anchor_say(struct reader *r, const char *note)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(r->d, &from);
	char day[16];

	if (!a.year || from == ANCHOR_NONE) {
		reader_status_set(r, false,
				  "No anchor date: the year of \"Nov 7\" is unknown · "
				  ":date YYYY-MM-DD gives one%s",
				  note);
		return;
	}
	date_text(a, day, sizeof(day));
	reader_status_set(r, false, "Anchor %s, from %s%s%s", day, from_name(from, false),
			  r->analysing ? " · finding the dates…" : "", note);
}

void anchor_apply(struct reader *r)
{
	struct timex_list *old = r->own_tl, *tl;

	doc_set_anchor(r->doc, r->anchor_want, r->anchor_want_from);
	r->anchor_pending = false;
	tl = timex_find_named(r->d, NULL);
	r->own_tl = tl;
	reader_index(r, tl, r->cl);
	timex_list_free(old);
	r->sel[PANE_TIMELINE] = r->list_top[PANE_TIMELINE] = 0;
	r->visited[PANE_TIMELINE] = false;
	r->has_current = false;
}

bool reader_anchor_take(struct reader *r)
{
	if (!r->anchor_pending)
		return false;
	doc_set_anchor(r->doc, r->anchor_want, r->anchor_want_from);
	r->anchor_pending = false;
	/* The claims stay (they do not depend on dates); the timeline waits for the new one. */
	reader_index(r, NULL, r->analysing ? NULL : r->cl);
	timex_list_free(r->own_tl);
	r->own_tl = NULL;
	r->sel[PANE_TIMELINE] = r->list_top[PANE_TIMELINE] = 0;
	r->visited[PANE_TIMELINE] = false;
	r->has_current = false;
	return true;
}

bool reader_anchor_restore(struct reader *r)
{
	struct date a;

	if (!r->db || r->anchor_own_from == ANCHOR_OPTION || notes_anchor_get(r->db, r->d, &a) < 0)
		return false;
	r->anchor_want = a;
	r->anchor_want_from = a.year ? ANCHOR_READER : ANCHOR_NONE;
	if (r->analysing) {
		/* Nothing reads the document yet (the contract): set it for the dates to come. */
		doc_set_anchor(r->doc, r->anchor_want, r->anchor_want_from);
	} else {
		anchor_apply(r);
	}
	return true;
}

void reader_anchor_recall(struct reader *r)
{
	struct date a;

	if (!r->db || r->anchor_own_from == ANCHOR_OPTION || notes_anchor_get(r->db, r->d, &a) < 0)
		return;
	r->anchor_want = a;
	r->anchor_want_from = a.year ? ANCHOR_READER : ANCHOR_NONE;
	r->anchor_pending = true;
}

void anchor_request(struct reader *r, struct date a, enum doc_anchor_from from, bool own)
{
	char note[200] = "", want[96];
	int rc = 0;

	if (r->db && !notes_readonly(r->db))
		rc = notes_anchor_set(r->db, r->d, own ? NULL : &a);
	if (!r->db || notes_readonly(r->db) || rc < 0)
		snprintf(note, sizeof(note), " (not remembered: %s)",
			 !r->db                  ? "notes are unavailable"
			 : notes_readonly(r->db) ? "the notes database is read-only"
						 : notes_error(r->db));
	r->anchor_want = a;
	r->anchor_want_from = from;
	r->anchor_pending = true;
	if (r->analysing || r->redate_async) {
		/* A thread reads the document: the anchor is set when it is done. */
		anchor_describe(r, want, sizeof(want), false);
		reader_status_set(r, false, "Anchor %s · the dates are found again…%s", want, note);
		return;
	}
	anchor_apply(r);
	anchor_say(r, note);
}

void anchor_show(struct reader *r)
{
	anchor_say(r, "");
}

void pane_event_when(const struct reader *r, size_t i, char *out, size_t n)
{
	/* the label says the year, or that it is unknown, in words ("Oct 28, 2025", "Jul, year
	 * unknown"): never XXXX */
	snprintf(out, n, "%s", r->tl->events[i].label);
}
