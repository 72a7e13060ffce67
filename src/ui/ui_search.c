/* ui_search: the search of the article: smart-case matching of every occurrence, stepping
 * through the matches (wrapping around, as less does) and its part of the status line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "reader_int.h"

/* Beyond this many matches the search stops counting (the status line says "+"). */
#define MAX_MATCHES ((size_t)1 << 20)
#define WRAP_BOTTOM "Search hit the bottom, continuing at the top"
#define WRAP_TOP    "Search hit the top, continuing at the bottom"

/* The length of the match of q (qn bytes) at text offset i, or 0. */
static size_t match_len(const char *t, size_t len, size_t i, const char *q, size_t qn, bool icase)
{
	size_t a = i, b = 0;

	while (b < qn) {
		uint32_t x, y;
		if (a >= len)
			return 0;
		int k1 = text_decode(t + a, len - a, &x), k2 = text_decode(q + b, qn - b, &y);
		if (k1 == 0)
			k1 = 1;
		if (k2 == 0)
			k2 = 1;
		if (x != y && !(icase && uc_tolower(x) == uc_tolower(y)))
			return 0;
		a += (size_t)k1;
		b += (size_t)k2;
	}
	return a - i;
}

/* Finds every match of r->query in text order (up to MAX_MATCHES). */
static void search_run(struct reader *r)
{
	size_t cap = 0, qn = strlen(r->query);
	unsigned char first = (unsigned char)r->query[0];
	bool ascii_first = first < 0x80;

	free(r->matches);
	r->matches = NULL;
	r->nmatches = 0;
	r->cur_match = 0;
	r->query_icase = true;
	for (size_t i = 0; i < qn;) {
		uint32_t cp;
		int k = text_decode(r->query + i, qn - i, &cp);
		if (k > 0 && text_is_upper(cp))
			r->query_icase = false;
		i += k > 0 ? (size_t)k : 1;
	}
	for (size_t i = 0; i < r->len && r->nmatches < MAX_MATCHES;) {
		unsigned char c = (unsigned char)r->text[i];
		size_t m = 0;
		if (ascii_first && c < 0x80) {
			bool same = c == first ||
				    (r->query_icase && uc_tolower(c) == uc_tolower(first));
			if (same)
				m = match_len(r->text, r->len, i, r->query, qn, r->query_icase);
		} else if (!ascii_first || c >= 0x80) {
			if ((c & 0xC0) != 0x80)
				m = match_len(r->text, r->len, i, r->query, qn, r->query_icase);
		}
		if (m) {
			r->matches = xgrow(r->matches, &cap, r->nmatches + 1, sizeof(*r->matches));
			r->matches[r->nmatches++] = (struct span){i, i + m};
			i += m;
		} else {
			i++;
		}
	}
}

/* Makes match i current and shows it, with note (or NULL) in the status line. */
static void match_show(struct reader *r, size_t i, const char *note)
{
	r->cur_match = i;
	article_reveal(r, r->matches[i].start);
	if (note)
		reader_status_set(r, false, "%s", note);
}

void search_step(struct reader *r, bool forward)
{
	if (!r->query) {
		reader_status_set(r, true, "No previous search");
		return;
	}
	if (!r->nmatches) {
		reader_status_set(r, true, "Pattern not found: %s", r->query);
		return;
	}
	if (!article_shows(r, r->matches[r->cur_match].start)) {
		/* Scrolled away from the current match: go on from the screen, as less does. */
		size_t i = 0;
		while (i < r->nmatches && r->matches[i].start < r->top)
			i++;
		if (forward)
			match_show(r, i < r->nmatches ? i : 0,
				   i < r->nmatches ? NULL : WRAP_BOTTOM);
		else
			match_show(r, i > 0 ? i - 1 : r->nmatches - 1, i > 0 ? NULL : WRAP_TOP);
		return;
	}
	bool last = r->cur_match + 1 >= r->nmatches, first = r->cur_match == 0;
	if (forward)
		match_show(r, last ? 0 : r->cur_match + 1, last ? WRAP_BOTTOM : NULL);
	else
		match_show(r, first ? r->nmatches - 1 : r->cur_match - 1, first ? WRAP_TOP : NULL);
}

void search_start(struct reader *r, const char *q)
{
	if (!*q) {
		search_step(r, true);
		return;
	}
	free(r->query);
	r->query = xstrdup(q);
	search_run(r);
	if (!r->nmatches) {
		reader_status_set(r, true, "Pattern not found: %s", q);
		return;
	}
	size_t from = r->top, i = 0;
	while (i < r->nmatches && r->matches[i].start < from)
		i++;
	if (i == r->nmatches)
		match_show(r, 0, WRAP_BOTTOM);
	else
		match_show(r, i, NULL);
}

size_t search_match_at(const struct reader *r, size_t pos, bool *hit)
{
	size_t lo = 0, hi = r->nmatches;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (r->matches[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	*hit = lo > 0 && pos < r->matches[lo - 1].end;
	return lo - 1;
}

void search_prompt(struct reader *r)
{
	editor_set(&r->ed, "", false);
	r->mode = MODE_SEARCH;
}

void search_status(const struct reader *r, char *out, size_t n)
{
	if (r->query && r->nmatches)
		snprintf(out, n, "match %zu/%zu%s ", r->cur_match + 1, r->nmatches,
			 r->nmatches >= MAX_MATCHES ? "+" : "");
	else if (n)
		out[0] = '\0';
}
