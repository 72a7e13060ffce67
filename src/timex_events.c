/* timex_events: the events that dated expressions anchor, their labels and summaries, and the
 * timeline in chronological order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex_int.h"

static const char *const wday[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* Does this expression date something (a calendar value, not PAST_REF, a duration, a set)? */
static bool dates_something(const struct timex *x)
{
	if (x->type != TIMEX_DATE && x->type != TIMEX_TIME)
		return false;
	return (x->value[0] >= '0' && x->value[0] <= '9') || x->value[0] == 'X';
}

static void make_label(const struct timex *x, const struct tx_point *p, int ayear, char *out,
		       size_t n)
{
	const char *v = x->value;
	char yr[16] = "";
	if (p->year && p->year != ayear)
		snprintf(yr, sizeof(yr), " %04d", p->year);
	const char *w = strstr(v, "-WXX-");
	if (w && w[5] >= '1' && w[5] <= '7') {
		snprintf(out, n, "%s", wday[w[5] - '0']);
		return;
	}
	switch (p->gran) {
	case GRAN_TIME:
	case GRAN_DAY:
		if (p->month >= 1 && p->month <= 12 && p->day)
			snprintf(out, n, "%s %d%s", date_month_abbr(p->month), p->day, yr);
		else
			snprintf(out, n, "%.10s", v);
		return;
	case GRAN_WEEK:
		snprintf(out, n, "week %.2s%s", strchr(v, 'W') ? strchr(v, 'W') + 1 : "", yr);
		return;
	case GRAN_MONTH:
		if (p->month >= 1 && p->month <= 12)
			snprintf(out, n, "%s%s", date_month_abbr(p->month), yr);
		else
			snprintf(out, n, "%.7s", v);
		return;
	case GRAN_QUARTER:
		snprintf(out, n, "%.2s%s", v + 5, yr);
		return;
	case GRAN_DECADE:
		snprintf(out, n, "%d0s", p->year / 10);
		return;
	case GRAN_CENTURY:
		snprintf(out, n, "%dth c.", p->year / 100 + 1);
		return;
	default:
		snprintf(out, n, "%.4s", v);
	}
}

static bool is_ws(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static bool word_is(const char *t, size_t s, size_t e, const char *w)
{
	size_t i = 0;
	for (; s + i < e; i++) {
		char ch = t[s + i];
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch + 32);
		if (!w[i] || ch != w[i])
			return false;
	}
	return w[i] == '\0';
}

/* The word before position p (skipping spaces): its span in *ws, *we. */
static bool word_before(const char *t, size_t lo, size_t p, size_t *ws, size_t *we)
{
	while (p > lo && is_ws(t[p - 1]))
		p--;
	size_t e = p;
	while (p > lo && ((t[p - 1] | 32) >= 'a' && (t[p - 1] | 32) <= 'z'))
		p--;
	*ws = p;
	*we = e;
	return e > p;
}

/* A small fixed buffer: the summary window is bounded, so nothing here grows. */
struct sbuf {
	char d[1024];
	size_t n;
};

static void put_clean(struct sbuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n && b->n + 1 < sizeof(b->d); i++) {
		char ch = s[i];
		if (is_ws(ch) || ((unsigned char)ch < 0x20)) {
			if (b->n && b->d[b->n - 1] != ' ')
				b->d[b->n++] = ' ';
			continue;
		}
		b->d[b->n++] = ch;
	}
}

/* A one-line summary of the event's clause: the sentence without the date phrase that opens it
 * ("On November 7, ..."), without "According to X," and cut at a semicolon, colon or a
 * participle clause (", stating ..."), at most 80 columns. */
static char *make_summary(const char *t, struct span sent, struct span tx, bool keep_date)
{
	static const char *const preps[] = {"on", "in",   "at",    "since",  "during",
					    "by", "from", "until", "before", "after",
					    "of", "as",   "for",   NULL};
	size_t s = sent.start, e = sent.end;
	size_t cut_s = keep_date ? sent.start : tx.start, cut_e = keep_date ? sent.start : tx.end;
	size_t ws, we;
	struct sbuf b;

	b.n = 0;

	/* a summary never needs more than a few hundred bytes: keeps a long run linear */
	if (cut_s > s + 300) {
		s = cut_s - 300;
		while (s < cut_s && ((unsigned char)t[s] & 0xC0) == 0x80)
			s++;
	}
	if (e > cut_e + 300) {
		e = cut_e + 300;
		while (e > cut_e && ((unsigned char)t[e] & 0xC0) == 0x80)
			e--;
	}
	while (s < e && is_ws(t[s]))
		s++;
	/* the preposition before the date phrase goes with it */
	if (!keep_date && word_before(t, s, cut_s, &ws, &we)) {
		for (int i = 0; preps[i]; i++)
			if (word_is(t, ws, we, preps[i]))
				cut_s = ws;
	}
	/* a possessive date ("August's report") stays in the text */
	if (cut_e + 1 < e && (t[cut_e] == '\'' || (unsigned char)t[cut_e] == 0xE2) &&
	    (t[cut_e + 1] == 's' || (unsigned char)t[cut_e + 1] == 0x80))
		cut_s = cut_e = tx.start;
	/* "According to Reuters, on November 7, X did Y": start after the attribution */
	if (e - s > 13 && word_is(t, s, s + 9, "according")) {
		for (size_t i = s; i < cut_s; i++)
			if (t[i] == ',') {
				s = i + 1;
				break;
			}
	}
	while (s < e && is_ws(t[s]))
		s++;
	bool opens = cut_s <= s;
	if (opens) {
		s = cut_e;
		while (s < e && (is_ws(t[s]) || t[s] == ','))
			s++;
		cut_s = cut_e = s;
	}
	/* cut the clause short */
	for (size_t i = s; i < e; i++) {
		if (i >= cut_s && i < cut_e)
			continue;
		if (t[i] == ';' || (t[i] == ':' && i > s + 10 && i + 1 < e && is_ws(t[i + 1]))) {
			e = i;
			break;
		}
		if (t[i] == ',' && i > s + 20 && i + 2 < e && is_ws(t[i + 1])) {
			size_t j = i + 2;
			while (j < e && ((t[j] | 32) >= 'a' && (t[j] | 32) <= 'z'))
				j++;
			if (j - (i + 2) > 4 && word_is(t, j - 3, j, "ing") && i > cut_e) {
				e = i;
				break;
			}
		}
	}
	if (cut_s > s && cut_s < e) {
		put_clean(&b, t + s, cut_s - s);
		size_t r = cut_e;
		while (r < e && t[r] == ',' && opens)
			r++;
		if (r < e)
			put_clean(&b, t + r, e - r);
	} else {
		put_clean(&b, t + s, e - s);
	}
	/* tidy: spaces before punctuation, a final full stop */
	struct sbuf o;
	o.n = 0;
	for (size_t i = 0; i < b.n; i++) {
		if (b.d[i] == ' ' && i + 1 < b.n && (b.d[i + 1] == ',' || b.d[i + 1] == '.'))
			continue;
		if (b.d[i] == ' ' && (o.n == 0 || o.d[o.n - 1] == ' '))
			continue;
		if (b.d[i] == ',' && (o.n == 0 || o.d[o.n - 1] == ','))
			continue;
		o.d[o.n++] = b.d[i];
	}
	/* no punctuation at either end (nor the ideographic comma and full stop) */
	for (;;) {
		if (o.n && (o.d[o.n - 1] == ' ' || o.d[o.n - 1] == '.' || o.d[o.n - 1] == ',')) {
			o.n--;
		} else if (o.n >= 3 && (memcmp(o.d + o.n - 3, "\xE3\x80\x82", 3) == 0 ||
					memcmp(o.d + o.n - 3, "\xEF\xBC\x8C", 3) == 0)) {
			o.n -= 3;
		} else {
			break;
		}
	}
	size_t lead = 0;
	for (;;) {
		if (lead < o.n && (o.d[lead] == ',' || o.d[lead] == ' '))
			lead++;
		else if (lead + 3 <= o.n && (memcmp(o.d + lead, "\xEF\xBC\x8C", 3) == 0 ||
					     memcmp(o.d + lead, "\xE3\x80\x81", 3) == 0))
			lead += 3;
		else
			break;
	}
	if (lead < o.n)
		lead = text_dateline_end(o.d, lead, o.n);
	memmove(o.d, o.d + lead, o.n - lead);
	o.n -= lead;
	if (o.n && o.d[0] >= 'a' && o.d[0] <= 'z')
		o.d[0] = (char)(o.d[0] - 32);
	/* a line of at most 80 bytes is at most 80 columns; measure only longer ones */
	size_t ascii = 0;
	while (ascii < o.n && ascii <= 80 && (unsigned char)o.d[ascii] >= 0x20 &&
	       (unsigned char)o.d[ascii] < 0x7F)
		ascii++;
	if (o.n > 80 && (ascii > 80 || text_fit(o.d, o.n, 80) < o.n)) {
		size_t k = ascii > 80 ? 79 : text_fit(o.d, o.n, 79);
		size_t sp = k;
		while (sp > 40 && o.d[sp] != ' ')
			sp--;
		if (o.d[sp] == ' ')
			k = sp;
		while (k && o.d[k - 1] == ',')
			k--;
		memcpy(o.d + k, "\xE2\x80\xA6", 3);
		o.n = k + 3;
	}
	return xstrndup(o.d, o.n);
}

/* Does the summary say anything (a letter, a digit, a character beyond ASCII punctuation)? */
static bool has_words(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z'))
			return true;
		/* lead bytes of CJK ideographs (U+4E00..U+9FFF: E4..E9) and other scripts */
		if (*p >= 0xC3 && *p != 0xE3 && *p != 0xEF && *p != 0xE2)
			return true;
	}
	return false;
}

/* Does the text spell out a year (four digits in a row)? */
static bool has_year_digits(const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
		if (run == 4)
			return true;
	}
	return false;
}

/* Do two date expressions, one ending at a and the next starting at b, stand side by side as
 * one phrase ("Two days earlier, on November 5")? Only commas, spaces and one preposition lie
 * between. */
static bool joins(const char *t, size_t a, size_t b)
{
	static const char *const preps[] = {"on", "in", "at", "by", NULL};
	size_t ws, we;

	if (b < a || b - a > 8)
		return false;
	size_t e = b;
	while (e > a && (is_ws(t[e - 1]) || t[e - 1] == ','))
		e--;
	if (word_before(t, a, e, &ws, &we) && we == e) {
		bool prep = false;
		for (int i = 0; preps[i]; i++)
			prep |= word_is(t, ws, we, preps[i]);
		if (!prep)
			return false;
		e = ws;
	}
	for (size_t i = a; i < e; i++)
		if (!is_ws(t[i]) && t[i] != ',')
			return false;
	return true;
}

struct keyed {
	struct tx_point p;
	size_t idx;
};

static int cmp_key(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	const struct tx_point *p = &x->p, *q = &y->p;
#define CMP(u, v)                                                                                  \
	if ((u) != (v))                                                                            \
		return (u) < (v) ? -1 : 1;
	CMP(p->year, q->year);
	CMP(p->month, q->month);
	CMP(p->day, q->day);
	CMP(q->gran, p->gran);
	CMP(p->minute, q->minute);
	CMP(x->idx, y->idx);
#undef CMP
	return 0;
}

void tx_events_build(const struct doc *d, struct timex_list *l)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct date a = doc_anchor(d, NULL);
	struct keyed *k = xcalloc(l->n ? l->n : 1, sizeof(*k));
	size_t nk = 0;

	for (size_t i = 0; i < l->n; i++) {
		if (!dates_something(&l->items[i]))
			continue;
		/* a date line under the title ("November 8, 2025", "Published ...") dates the
		 * article, not an event in it */
		const struct timex *x = &l->items[i];
		if (x->paragraph < 5 && x->paragraph < doc_paragraph_count(d)) {
			/* the line holding it, which may share a block with a byline */
			struct span ps = doc_paragraph(d, x->paragraph)->span;
			size_t ls = x->span.start, le = x->span.end, most = 26;
			/* bounded: a date line is short, and long lines must stay linear */
			while (ls > ps.start && t[ls - 1] != '\n' && most)
				ls--, most--;
			while (le < ps.end && t[le] != '\n' && t[le] != '\r' && most)
				le++, most--;
			if (most && strlen(x->value) == 10 && x->value[0] != 'X' &&
			    has_year_digits(t + x->span.start, x->span.end - x->span.start))
				continue;
		}
		/* two expressions of one sentence naming the same date ("two days earlier, on
		 * November 5") are one event */
		bool dup = false;
		/* a bounded look back keeps a sentence of 60,000 dates linear */
		for (size_t j = nk;
		     j-- > 0 && nk - j <= 8 && l->items[k[j].idx].sentence == x->sentence;)
			if (strcmp(l->items[k[j].idx].value, x->value) == 0)
				dup = true;
		if (dup)
			continue;
		tx_point_parse(l->items[i].value, &k[nk].p);
		if (!k[nk].p.dated)
			continue;
		k[nk].idx = i;
		nk++;
	}
	qsort(k, nk, sizeof(*k), cmp_key);
	l->events = xcalloc(nk ? nk : 1, sizeof(*l->events));
	l->nevents = nk;
	for (size_t i = 0; i < nk; i++) {
		const struct timex *x = &l->items[k[i].idx];
		struct event *e = &l->events[i];
		struct span sent = x->span;
		if (doc_sentence_count(d))
			sent = doc_sentence(d, x->sentence)->span;
		e->timex = k[i].idx;
		e->span = sent;
		e->paragraph = x->paragraph;
		make_label(x, &k[i].p, a.year, e->label, sizeof(e->label));
		if (strncmp(e->label, "XXXX-", 5) == 0) {
			/* nothing known but the words: "today" with no anchor date */
			size_t n = x->span.end - x->span.start, m = 0;
			while (m < n && m < sizeof(e->label) - 1) {
				size_t step = 1;
				while (m + step < n &&
				       ((unsigned char)t[x->span.start + m + step] & 0xC0) == 0x80)
					step++;
				if (m + step > sizeof(e->label) - 1)
					break;
				m += step;
			}
			memcpy(e->label, t + x->span.start, m);
			e->label[m] = '\0';
		}
		/* "Two days earlier, on November 5, ...": the neighbouring expression that names
		 * the same moment goes out of the summary with it */
		struct span cut = x->span;
		size_t xi = k[i].idx;
		if (xi + 1 < l->n && l->items[xi + 1].sentence == x->sentence &&
		    joins(t, cut.end, l->items[xi + 1].span.start))
			cut.end = l->items[xi + 1].span.end;
		if (xi > 0 && l->items[xi - 1].sentence == x->sentence &&
		    joins(t, l->items[xi - 1].span.end, cut.start))
			cut.start = l->items[xi - 1].span.start;
		e->summary = make_summary(t, sent, cut, false);
		if (!has_words(e->summary)) {
			/* the clause was the date alone: show the sentence */
			free(e->summary);
			e->summary = make_summary(t, sent, cut, true);
		}
	}
	free(k);
}
