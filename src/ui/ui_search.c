/* ui_search: the search of the article: every occurrence, in smart case and smart accents, with
 * typographic quotes, apostrophes and dashes taken as their plain forms and invisible soft
 * hyphens passed over; stepping through the matches (wrapping around, as less does) and its
 * part of the status line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "reader_int.h"

/* Beyond this many matches the search stops counting (the status line says "+"). */
#define MAX_MATCHES ((size_t)1 << 20)
#define WRAP_BOTTOM "Search hit the bottom, continuing at the top"
#define WRAP_TOP    "Search hit the top, continuing at the bottom"

/* The character a search compares: typographic quotes, apostrophes and dashes as their ASCII
 * forms, lower case when the case is ignored, the base letter when accents are. */
static uint32_t fold(uint32_t c, bool icase, bool accents)
{
	switch (c) {
	case 0x2018: /* ‘ ’ ‚ ‛ ′ ʼ */
	case 0x2019:
	case 0x201A:
	case 0x201B:
	case 0x2032:
	case 0x02BC:
		return '\'';
	case 0x201C: /* “ ” „ ‟ ″ « » */
	case 0x201D:
	case 0x201E:
	case 0x201F:
	case 0x2033:
	case 0x00AB:
	case 0x00BB:
		return '"';
	case 0x2010: /* ‐ ‑ ‒ – — ― − */
	case 0x2011:
	case 0x2012:
	case 0x2013:
	case 0x2014:
	case 0x2015:
	case 0x2212:
		return '-';
	case 0x00A0:
		return ' ';
	default:
		break;
	}
	if (!accents && c >= 0xC0) {
		/* é → e: the first character of the canonical decomposition, again and again. */
		ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
		for (int k = 0; k < 4 && uc_canonical_decomposition(c, d) > 0; k++)
			c = d[0];
	}
	return icase ? uc_tolower(c) : c;
}

/* True for a combining mark, which a search that ignores accents skips in the text. */
static bool is_mark(uint32_t c)
{
	return c >= 0x300 && uc_combining_class(c) != 0;
}

/* The length of the match of q (qn bytes) at text offset i, or 0. */
static size_t match_len(const char *t, size_t len, size_t i, const char *q, size_t qn, bool icase,
			bool accents)
{
	size_t a = i, b = 0;

	while (b < qn) {
		uint32_t x, y;
		if (a >= len)
			return 0;
		int k1 = text_decode(t + a, len - a, &x), k2 = text_decode(q + b, qn - b, &y);
		if (k1 == 0)
			k1 = 1, x = 0xFFFD;
		if (k2 == 0)
			k2 = 1, y = 0xFFFD;
		if (!accents && is_mark(x) && a > i) {
			a += (size_t)k1;
			continue;
		}
		/* A soft hyphen or a zero-width space shows nothing: "Netan\u00ADyahu" is found as
		 * "Netanyahu". */
		if (x != y && a > i && text_break_hint(t + a, len - a)) {
			a += (size_t)k1;
			continue;
		}
		if (x != y && fold(x, icase, accents) != fold(y, icase, accents))
			return 0;
		a += (size_t)k1;
		b += (size_t)k2;
	}
	/* The accents of the last letter belong to the match. */
	while (!accents && a < len) {
		uint32_t x;
		int k = text_decode(t + a, len - a, &x);
		if (k <= 0 || !is_mark(x))
			break;
		a += (size_t)k;
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
	r->query_accents = false;
	for (size_t i = 0; i < qn;) {
		uint32_t cp;
		int k = text_decode(r->query + i, qn - i, &cp);
		if (k > 0 && text_is_upper(cp))
			r->query_icase = false;
		if (k > 0 && (is_mark(cp) || fold(cp, false, false) != fold(cp, false, true)))
			r->query_accents = true;
		i += k > 0 ? (size_t)k : 1;
	}
	bool icase = r->query_icase, accents = r->query_accents;
	for (size_t i = 0; i < r->len && r->nmatches < MAX_MATCHES;) {
		unsigned char c = (unsigned char)r->text[i];
		size_t m = 0;
		/* An ASCII byte can only begin a match where it is the query's first character;
		 * any other character may fold to it. */
		if (ascii_first && c < 0x80) {
			bool same = c == first || (icase && uc_tolower(c) == uc_tolower(first));
			if (same)
				m = match_len(r->text, r->len, i, r->query, qn, icase, accents);
		} else if ((c & 0xC0) != 0x80) {
			m = match_len(r->text, r->len, i, r->query, qn, icase, accents);
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
	r->search_hidden = false;
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
	r->search_hidden = false;
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
	history_start(&r->hist_search);
	r->mode = MODE_SEARCH;
}

void search_status(const struct reader *r, char *out, size_t n)
{
	if (r->query && r->nmatches && !r->search_hidden)
		snprintf(out, n, "match %zu/%zu%s", r->cur_match + 1, r->nmatches,
			 r->nmatches >= MAX_MATCHES ? "+" : "");
	else if (n)
		out[0] = '\0';
}
