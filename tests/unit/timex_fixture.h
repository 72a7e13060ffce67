/* timex_fixture: the date items of a text read at an anchor, and the one whose words are given,
 * for the unit tests of the date tagger (test_timex_tense, test_timex_dates35, test_timex_dates36, test_timex_tidy36). */
#ifndef TIMEX_FIXTURE_H
#define TIMEX_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dateline/timex.h"

#include "../../src/timex_int.h"

struct timex_fixture {
	struct doc *d;
	struct timex_list *l;
	const char *t;
};

/* Reads `text` with the anchor `anchor` (YYYY-MM-DD) set as `kind` says it was found (the
 * reader's --date, or a page's metadata). */
static inline struct timex_fixture timex_run_as(const char *text, const char *anchor,
						enum doc_anchor_from kind)
{
	struct timex_fixture f = {0};
	const char *err = NULL;
	struct date a;
	size_t len;

	f.d = doc_load(text, strlen(text), "test", FORMAT_TEXT, &err);
	REQUIRE(f.d != NULL);
	REQUIRE(date_parse_iso(anchor, &a));
	doc_set_anchor(f.d, a, kind);
	f.l = timex_find(f.d);
	f.t = doc_text(f.d, &len);
	return f;
}

/* Reads `text` with the anchor `anchor` (YYYY-MM-DD). */
static inline struct timex_fixture timex_run(const char *text, const char *anchor)
{
	return timex_run_as(text, anchor, ANCHOR_OPTION);
}

/* The item whose words are `what`, or NULL. */
static inline const struct timex *timex_item(const struct timex_fixture *f, const char *what)
{
	for (size_t i = 0; i < f->l->n; i++)
		if (f->l->items[i].span.end - f->l->items[i].span.start == strlen(what) &&
		    memcmp(f->t + f->l->items[i].span.start, what, strlen(what)) == 0)
			return &f->l->items[i];
	return NULL;
}

static inline void timex_done(struct timex_fixture *f)
{
	timex_list_free(f->l);
	doc_free(f->d);
}

/* Checks the value of the item whose words are `what` in `text` read at `anchor`, set as `kind`
 * says it was found ("none" when there is no such item). */
static inline void timex_expect_value_as(const char *text, const char *anchor,
					 enum doc_anchor_from kind, const char *what,
					 const char *value)
{
	struct timex_fixture f = timex_run_as(text, anchor, kind);
	const struct timex *x = timex_item(&f, what);
	const char *got = x ? x->value : "none";

	if (strcmp(got, value) != 0)
		fprintf(stderr, "  \"%s\" in \"%s\": %s, expected %s\n", what, text, got, value);
	CHECK_STR(got, value);
	timex_done(&f);
}

/* The same, with the anchor the reader gave (--date). */
static inline void timex_expect_value(const char *text, const char *anchor, const char *what,
				      const char *value)
{
	timex_expect_value_as(text, anchor, ANCHOR_OPTION, what, value);
}

/* Checks the labels of the events of `text` read at `anchor`, joined by " | ", and, when
 * summary is not NULL, the summary of the first event. */
static inline void timex_expect_events(const char *text, const char *anchor, const char *labels,
				       const char *summary)
{
	struct timex_fixture f = timex_run(text, anchor);
	char got[512] = "";

	for (size_t i = 0; i < f.l->nevents; i++) {
		if (i)
			strncat(got, " | ", sizeof(got) - strlen(got) - 1);
		strncat(got, f.l->events[i].label, sizeof(got) - strlen(got) - 1);
	}
	if (strcmp(got, labels) != 0)
		fprintf(stderr, "  \"%s\": %s, expected %s\n", text, got, labels);
	CHECK_STR(got, labels);
	if (summary && f.l->nevents) {
		const char *s = timex_event_summary(f.l, 0);
		CHECK_STR(s ? s : "(none)", summary);
	}
	timex_done(&f);
}

/* Checks the summary of the event labelled `label` in text read at anchor, its pronouns named by
 * the coreference as the front ends show it (timex_find_named()). */
static inline void timex_expect_named(const char *text, const char *anchor, const char *label,
				      const char *want)
{
	const char *err = NULL;
	struct date a;
	struct doc *d = doc_load(text, strlen(text), "test", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	REQUIRE(date_parse_iso(anchor, &a));
	doc_set_anchor(d, a, ANCHOR_OPTION);
	struct timex_list *l = timex_find_named(d, NULL);
	const char *got = "(no such event)";
	for (size_t i = 0; i < l->nevents; i++)
		if (strcmp(l->events[i].label, label) == 0)
			got = timex_event_summary(l, i);
	CHECK_STR(got ? got : "(none)", want);
	timex_list_free(l);
	doc_free(d);
}

/* Checks the labels the timeline pane shows for the events of `text` read at `anchor`, fitted to
 * its column (timex_event_label_fit()), with the year or without, joined by " | ". */
static inline void timex_expect_fit(const char *text, const char *anchor, bool with_year,
				    const char *labels)
{
	struct timex_fixture f = timex_run(text, anchor);
	char got[512] = "";
	for (size_t i = 0; i < f.l->nevents; i++) {
		if (i)
			strncat(got, " | ", sizeof(got) - strlen(got) - 1);
		strncat(got, timex_event_label_fit(&f.l->events[i], with_year),
			sizeof(got) - strlen(got) - 1);
	}
	if (strcmp(got, labels) != 0)
		fprintf(stderr, "  \"%s\": %s, expected %s\n", text, got, labels);
	CHECK_STR(got, labels);
	timex_done(&f);
}

#endif
