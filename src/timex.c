/* timex: finding date expressions in one pass over each sentence's tokens and normalising them
 * to TimeML TIMEX3 values against the document's anchor date. */
#include "dateline/timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex_internal.h"
#include "timex_lex.h"

struct ctx {
	const char *text;
	struct tx_tok *t;
	size_t n, cap;
	struct date a;   /* anchor; year 0 = unknown */
	bool aday;       /* the anchor has a year, month and day */
	struct date ref; /* the date last mentioned, to a day */
	bool has_ref;
	struct date refany; /* the date last mentioned, at any granularity */
	bool has_refany;
	size_t quarter_sent; /* the last sentence that spoke of quarters, + 1 (0: none) */
	struct timex_list *l;
	size_t lcap;
	size_t para, sent;
	bool quarter_talk; /* the sentence speaks of quarters: "a year ago" is a year-ago quarter */
};

struct hit {
	size_t end; /* token index after the expression */
	enum timex_type type;
	char value[40];
	bool day; /* `date` is a whole day that later "the same day" refers to */
	struct date date;
};

/* ---- tokens ---- */

static bool is_cjk(uint32_t cp)
{
	return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Byte classes for the tokenizer: ASCII letters, digits, and bytes that are white space or
 * control characters. */
enum {
	B_OTHER,
	B_LOWER,
	B_UPPER,
	B_DIGIT,
	B_SPACE
};

/* clang-format off */
#define S B_SPACE
#define D B_DIGIT
#define L B_LOWER
#define U B_UPPER
static const uint8_t byte_class[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
	0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0,
	0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,
	/* 0x80 and above: B_OTHER (0) */
};
/* clang-format on */
#undef S
#undef D
#undef L
#undef U

/* Tokens are written in place: building one on the stack and copying it stalled on store
 * forwarding. */
static void tokenize(struct ctx *c, size_t s, size_t e)
{
	const char *x = c->text;
	size_t i = s, n = 0;

	struct tx_tok *t = c->t;
	while (i < e) {
		unsigned char ch = (unsigned char)x[i];
		uint8_t bc = byte_class[ch];
		if (bc == B_SPACE) {
			i++;
			continue;
		}
		if (n == c->cap)
			t = c->t = xgrow(c->t, &c->cap, n + 1, sizeof(*c->t));
		struct tx_tok *tk = &t[n];
		tk->s = i;
		tk->cls = 0;
		tk->val = 0;
		tk->ndig = 0;
		tk->cap = false;
		tk->lower = false;
		tk->cp = 0;
		tk->num = 0;
		if (bc == B_LOWER || bc == B_UPPER) {
			bool upper = false;
			tk->cap = bc == B_UPPER;
			for (; i < e; i++) {
				uint8_t b = byte_class[(unsigned char)x[i]];
				if (b != B_LOWER && b != B_UPPER)
					break;
				upper |= b == B_UPPER;
			}
			tk->kind = K_WORD;
			tk->lower = !upper;
			tk->cls = (uint8_t)tx_lex_lookup(x + tk->s, i - tk->s, &tk->val);
		} else if (bc == B_DIGIT) {
			long v = 0;
			int nd = 0;
			while (i < e && x[i] >= '0' && x[i] <= '9') {
				if (v < 100000000)
					v = v * 10 + (x[i] - '0');
				nd++;
				i++;
			}
			tk->kind = K_NUM;
			tk->num = v;
			tk->ndig = (uint8_t)(nd > 255 ? 255 : nd);
		} else if (ch < 0x80) {
			tk->kind = K_PUNCT;
			tk->cp = ch;
			i++;
		} else {
			uint32_t cp;
			int k = text_decode(x + i, e - i, &cp);
			if (k == 0)
				k = 1;
			i += (size_t)k;
			if (text_is_space(cp))
				continue;
			tk->cp = cp;
			tk->kind = is_cjk(cp) ? K_CJK : text_is_alnum(cp) ? K_WORD : K_PUNCT;
		}
		tk->e = i;
		n++;
	}
	c->n = n;
}

static bool W(const struct ctx *c, size_t k, enum tx_class cls)
{
	return k < c->n && c->t[k].kind == K_WORD && c->t[k].cls == cls;
}

static bool WV(const struct ctx *c, size_t k, enum tx_class cls, int val)
{
	return W(c, k, cls) && c->t[k].val == val;
}

static bool P(const struct ctx *c, size_t k, uint32_t cp)
{
	return k < c->n && c->t[k].kind == K_PUNCT && c->t[k].cp == cp;
}

static bool NUM(const struct ctx *c, size_t k)
{
	return k < c->n && c->t[k].kind == K_NUM;
}

/* A word that is no time word (holiday names and "and" only matter to some rules). */
static bool plain_word(const struct ctx *c, size_t k)
{
	return W(c, k, C_NONE) || W(c, k, C_AUX) || W(c, k, C_HOLIDAY);
}

/* Token k+1 follows token k with no space between. */
static bool adj(const struct ctx *c, size_t k)
{
	return k + 1 < c->n && c->t[k + 1].s == c->t[k].e;
}

static bool word_eq(const struct ctx *c, size_t k, const char *w)
{
	if (k >= c->n || c->t[k].kind != K_WORD)
		return false;
	size_t n = c->t[k].e - c->t[k].s;
	if (n != strlen(w))
		return false;
	for (size_t i = 0; i < n; i++)
		if ((c->text[c->t[k].s + i] | 32) != w[i])
			return false;
	return true;
}

static bool is_apos(const struct ctx *c, size_t k)
{
	return P(c, k, '\'') || (k < c->n && c->t[k].kind == K_PUNCT && c->t[k].cp == 0x2019);
}

static bool is_ord(const struct ctx *c, size_t k, int *v)
{
	if (W(c, k, C_ORD)) {
		*v = c->t[k].val;
		return true;
	}
	if (WV(c, k, C_UNIT, U_SEC) && c->t[k].e - c->t[k].s == 6) {
		*v = 2;
		return true;
	}
	if (NUM(c, k) && c->t[k].num >= 1 && c->t[k].num <= 4 && adj(c, k) &&
	    WV(c, k + 1, C_MISC, X_TH)) {
		*v = (int)c->t[k].num;
		return true;
	}
	return false;
}

/* ---- values ---- */

static void put_year(char *out, size_t n, int y)
{
	if (y)
		snprintf(out, n, "%04d", y);
	else
		snprintf(out, n, "XXXX");
}

static void put_ymd(char *out, size_t n, int y, int m, int d)
{
	char yy[16];
	put_year(yy, sizeof(yy), y);
	if (d)
		snprintf(out, n, "%s-%02d-%02d", yy, m, d);
	else if (m)
		snprintf(out, n, "%s-%02d", yy, m);
	else
		snprintf(out, n, "%s", yy);
}

static void hit_day(struct hit *h, int y, int m, int d)
{
	put_ymd(h->value, sizeof(h->value), y, m, d);
	h->type = TIMEX_DATE;
	h->day = true;
	h->date.year = y;
	h->date.month = m;
	h->date.day = d;
}

static long clampn(long v)
{
	return v > 100000 ? 100000 : v < -100000 ? -100000 : v;
}

/* A date `delta` units from the base date (the anchor or the date last mentioned), in the
 * unit's granularity. */
static void rel_value(const struct ctx *c, struct date b, int unit, long delta, struct hit *h)
{
	bool full = b.year && b.month && b.day;
	char *o = h->value;
	size_t n = sizeof(h->value);

	delta = clampn(delta);
	h->type = TIMEX_DATE;
	(void)c;
	switch (unit) {
	case U_SEC:
	case U_MIN:
	case U_HOUR:
	case U_DAY:
		if (!b.month || !b.day) {
			snprintf(o, n, "XXXX-XX-XX");
			return;
		}
		{
			/* a year unknown: count in a common year and keep it unknown */
			long z = date_to_days(b.year ? b.year : 2001, b.month, b.day) +
				 (unit == U_DAY ? delta : 0);
			int y, m, d;
			date_from_days(z, &y, &m, &d);
			hit_day(h, b.year ? y : 0, m, d);
		}
		return;
	case U_WEEK:
	case U_WEEKEND:
		if (!full) {
			snprintf(o, n, unit == U_WEEK ? "XXXX-WXX" : "XXXX-WXX-WE");
			return;
		}
		{
			int y, w;
			date_isoweek(date_to_days(b.year, b.month, b.day) + 7 * delta, &y, &w);
			snprintf(o, n, unit == U_WEEK ? "%04d-W%02d" : "%04d-W%02d-WE", y, w);
		}
		return;
	case U_MONTH:
		if (!b.year || !b.month) {
			snprintf(o, n, b.year ? "%04d-XX" : "XXXX-XX", b.year);
			return;
		}
		{
			long mm = (long)b.year * 12 + (b.month - 1) + delta;
			put_ymd(o, n, (int)(mm / 12), (int)(mm % 12) + 1, 0);
		}
		return;
	case U_QUARTER:
		if (!b.year || !b.month) {
			snprintf(o, n, "XXXX-QX");
			return;
		}
		{
			long q = (long)b.year * 4 + (b.month - 1) / 3 + delta;
			snprintf(o, n, "%04d-Q%d", (int)(q / 4), (int)(q % 4) + 1);
		}
		return;
	case U_YEAR:
		put_year(o, n, b.year ? (int)(b.year + delta) : 0);
		return;
	case U_DECADE:
		if (b.year)
			snprintf(o, n, "%03d", (int)(b.year / 10 + delta));
		else
			snprintf(o, n, "XXX");
		return;
	case U_CENTURY:
		if (b.year)
			snprintf(o, n, "%02d", (int)(b.year / 100 + delta));
		else
			snprintf(o, n, "XX");
		return;
	default:
		snprintf(o, n, "XXXX");
	}
}

static void dur_value(char *o, size_t n, long v, int unit)
{
	static const char *const u[] = {"",   "S", "M", "H", "D",  "W",
					"WE", "M", "Q", "Y", "DE", "CE"};
	bool t = unit == U_SEC || unit == U_MIN || unit == U_HOUR;
	if (unit == U_WEEKEND) {
		snprintf(o, n, v < 0 ? "PXWE" : "P%ldWE", v);
		return;
	}
	if (v < 0)
		snprintf(o, n, "P%sX%s", t ? "T" : "", u[unit]);
	else
		snprintf(o, n, "P%s%ld%s", t ? "T" : "", v, u[unit]);
}

/* Does the clause around tokens [s, e) speak of the future? */
static bool future(const struct ctx *c, size_t s, size_t e)
{
	/* the verb that governs a date stands close before it ("will meet Tuesday") */
	size_t a = s > 6 ? s - 6 : 0, b = e + 2 < c->n ? e + 2 : c->n;
	for (size_t k = a; k < b; k++) {
		if (k >= s && k < e)
			continue;
		if (W(c, k, C_FUT))
			return true;
	}
	return false;
}

static int anchor_quarter(const struct ctx *c)
{
	return c->a.month ? (c->a.month - 1) / 3 + 1 : 0;
}

/* The year of a month (and day) without one: the nearest on or before the anchor, or on or
 * after it when the clause speaks of the future. */
static int year_for(const struct ctx *c, int m, int d, bool fut)
{
	if (!c->a.year)
		return 0;
	if (!c->a.month)
		return c->a.year;
	int here = (c->a.month - 1) * 31 + (d ? c->a.day - 1 : 0),
	    there = (m - 1) * 31 + (d ? d - 1 : 0);
	if (fut)
		return there >= here ? c->a.year : c->a.year + 1;
	/* News mostly reports the past, but a date a few weeks ahead is nearer than one a year
	 * back: the later occurrence wins when it is much closer. */
	int back = there <= here ? here - there : here - there + 372;
	int ahead = there > here ? there - here : there - here + 372;
	int past_year = there <= here ? c->a.year : c->a.year - 1;
	if (back == 0 || ahead * 5 >= back * 2)
		return past_year;
	return there > here ? c->a.year : c->a.year + 1;
}

/* ---- numbers and units ---- */

/* A cardinal at k: digits, words ("twenty-four"), "a", "a few", "several". *v = -1 for an
 * unknown amount. Returns the token after it, or 0. */
static size_t parse_number(const struct ctx *c, size_t k, long *v, bool *article)
{
	*article = false;
	if (NUM(c, k)) {
		if (c->t[k].ndig > 6)
			return 0;
		/* "1.5", "1,000": not handled as amounts of time. */
		if (adj(c, k) && (P(c, k + 1, '.') || P(c, k + 1, ',')) && adj(c, k + 1) &&
		    NUM(c, k + 2))
			return 0;
		if (k > 0 && (P(c, k - 1, '$') || P(c, k - 1, '.')) && c->t[k - 1].e == c->t[k].s)
			return 0;
		*v = c->t[k].num;
		return k + 1;
	}
	if (W(c, k, C_NUMW)) {
		long x = c->t[k].val;
		size_t j = k + 1;
		if (x >= 20 && x < 100) {
			if (P(c, j, '-') && adj(c, k) && adj(c, j) && W(c, j + 1, C_NUMW) &&
			    c->t[j + 1].val < 10) {
				x += c->t[j + 1].val;
				j += 2;
			} else if (W(c, j, C_NUMW) && c->t[j].val < 10) {
				x += c->t[j].val;
				j++;
			}
		}
		if (WV(c, j, C_NUMW, 100)) {
			x *= 100;
			j++;
		}
		*v = x;
		return j;
	}
	if (W(c, k, C_ART)) {
		if (W(c, k + 1, C_FEW)) {
			*v = c->t[k + 1].val ? c->t[k + 1].val : -1;
			size_t j = k + 2;
			if (W(c, j, C_OF))
				j++;
			return j;
		}
		if (WV(c, k + 1, C_NUMW, 100)) {
			*v = 100;
			return k + 2;
		}
		*article = true;
		*v = 1;
		return k + 1;
	}
	if (W(c, k, C_FEW) && c->t[k].val == 0) {
		*v = -1;
		return k + 1;
	}
	return 0;
}

/* A unit of time at k ("years", or "-year" glued to the number). */
static size_t parse_unit(const struct ctx *c, size_t k, int *unit, bool *plural)
{
	if (P(c, k, '-') && k > 0 && c->t[k - 1].e == c->t[k].s && adj(c, k))
		k++;
	if (W(c, k, C_UNIT) || W(c, k, C_UNITS)) {
		*unit = c->t[k].val;
		*plural = c->t[k].cls == C_UNITS;
		return k + 1;
	}
	return 0;
}

/* "three years", "18 months", "a few days", with "ago", "earlier", "later", "from now". */
static size_t p_amount(struct ctx *c, size_t k, struct hit *h, bool allow_rel)
{
	long v;
	bool art, pl;
	int unit;
	size_t j = parse_number(c, k, &v, &art);
	if (!j)
		return 0;
	size_t u = parse_unit(c, j, &unit, &pl);
	if (!u)
		return 0;
	if (unit == U_SEC && !pl && !art && v != 1)
		return 0; /* "the second" */
	if (NUM(c, k) && c->t[k].ndig == 4 && !pl)
		return 0; /* "1990 year" is not an amount */
	if (P(c, u, '-') && adj(c, u - 1) && word_eq(c, u + 1, "old"))
		return 0; /* an age: "a 6-year-old" */
	if (allow_rel && W(c, u, C_AGO)) {
		int ago = c->t[u].val;
		long sign = ago == A_AGO || ago == A_EARLIER ? -1 : ago == A_LATER ? 1 : 0;
		if (sign && v >= 0) {
			/* "two days earlier" counts from the day last mentioned; "ago" from today */
			bool fromref = ago != A_AGO && c->has_ref && unit <= U_WEEK;
			if (unit == U_YEAR && v == 1 && sign < 0 && c->quarter_talk && c->a.month)
				rel_value(c, c->a, U_QUARTER, -5, h);
			else
				rel_value(c, fromref ? c->ref : c->a, unit, sign * v, h);
			return u + 1;
		}
	}
	if (allow_rel && WV(c, u, C_AGO, A_AGO) && v < 0) {
		h->type = TIMEX_DATE;
		snprintf(h->value, sizeof(h->value), "PAST_REF");
		return u + 1;
	}
	if (allow_rel && W(c, u, C_FROM) && W(c, u + 1, C_REF) && c->t[u + 1].val == F_NOW &&
	    v >= 0) {
		rel_value(c, c->a, unit, v, h);
		return u + 2;
	}
	h->type = TIMEX_DURATION;
	dur_value(h->value, sizeof(h->value), v, unit);
	return u;
}

/* ---- calendar dates ---- */

static bool month_word(const struct ctx *c, size_t k, int *m)
{
	const struct tx_tok *t = k < c->n ? &c->t[k] : NULL;
	if (!t || t->kind != K_WORD)
		return false;
	if (t->cls == C_MONTH) {
		if ((t->val == 5 || t->val == 3) && !t->cap)
			return false;
		*m = t->val;
		return true;
	}
	if (t->cls == C_MONABBR && t->cap) {
		*m = t->val;
		return true;
	}
	return false;
}

/* "May" and "March" are verbs too: a month only with a number beside it or a time word
 * before it. */
static bool month_ok(const struct ctx *c, size_t k, int m)
{
	if (m != 5 && m != 3)
		return true;
	if (c->t[k].e - c->t[k].s != (m == 5 ? 3 : 5))
		return true;
	if (NUM(c, k + 1))
		return true;
	if (k == 0)
		return false;
	const struct tx_tok *p = &c->t[k - 1];
	return p->kind == K_WORD &&
	       (p->cls == C_PREP || p->cls == C_REL || p->cls == C_MOD || p->cls == C_OF ||
		p->cls == C_FROM || (p->cls == C_MISC && p->val != X_S));
}

static bool year_num(const struct ctx *c, size_t k, int *y)
{
	if (NUM(c, k) && c->t[k].ndig == 4 && c->t[k].num >= 1000 && c->t[k].num <= 2199) {
		*y = (int)c->t[k].num;
		return true;
	}
	return false;
}

/* A day number at k (1-31, "7th"); returns the token after it. */
static size_t day_num(const struct ctx *c, size_t k, int *d)
{
	if (!NUM(c, k) || c->t[k].ndig > 2 || c->t[k].num < 1 || c->t[k].num > 31)
		return 0;
	*d = (int)c->t[k].num;
	if (adj(c, k) && WV(c, k + 1, C_MISC, X_TH))
		return k + 2;
	if (adj(c, k) && (plain_word(c, k + 1) || (k + 1 < c->n && c->t[k + 1].kind == K_NUM)))
		return 0; /* "7a", glued to something else */
	return k + 1;
}

static bool valid_day(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y ? y : 2000, m);
}

/* A number from one to ninety-nine in words at k ("seven", "fifteen", "ninety-six"); returns the
 * token after it. */
static size_t spelled_small(const struct ctx *c, size_t k, int *r)
{
	if (!W(c, k, C_NUMW))
		return 0;
	int v = c->t[k].val;
	if (v >= 1 && v <= 19) {
		*r = v;
		return k + 1;
	}
	if (v < 20 || v > 90 || v % 10)
		return 0;
	*r = v;
	if (P(c, k + 1, '-') && adj(c, k) && adj(c, k + 1)) {
		if (!W(c, k + 2, C_NUMW) || c->t[k + 2].val < 1 || c->t[k + 2].val > 9)
			return 0; /* "twenty-dollar": a compound, no number */
		*r += c->t[k + 2].val;
		return k + 3;
	}
	return k + 1;
}

/* A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "twenty
 * twenty-five", "eighteen twelve"; with `thousand`, also "two thousand (and) one", which is a
 * year only where a year is expected ("the year two thousand", "January two thousand"). */
static size_t spelled_year(const struct ctx *c, size_t k, int *y, bool thousand)
{
	if (!W(c, k, C_NUMW))
		return 0;
	int a = c->t[k].val, r = 0;
	if (a == 2 && WV(c, k + 1, C_AUX, X_THOUSAND)) {
		if (!thousand)
			return 0;
		size_t j = k + 2, e;
		if (WV(c, j, C_AUX, X_AND))
			j++;
		e = spelled_small(c, j, &r);
		*y = 2000 + (e ? r : 0);
		return e ? e : k + 2;
	}
	if (a != 18 && a != 19 && a != 20)
		return 0;
	size_t e = spelled_small(c, k + 1, &r);
	if (!e || r < 10)
		return 0;
	*y = a * 100 + r;
	return e;
}

/* "November 7", "Nov. 7, 2025", "March 2013", "November", "7 November 2025". */
static size_t p_month(struct ctx *c, size_t k, struct hit *h)
{
	int m, d = 0, y = 0;
	size_t j;

	if (month_word(c, k, &m)) {
		if (!month_ok(c, k, m))
			return 0;
		j = k + 1;
		if (c->t[k].cls == C_MONABBR && P(c, j, '.') && adj(c, k))
			j++;
		size_t dj = day_num(c, j, &d);
		if (dj && !(NUM(c, j) && c->t[j].ndig == 4)) {
			j = dj;
			if (P(c, j, ',') && year_num(c, j + 1, &y))
				j += 2;
			else if (year_num(c, j, &y))
				j++;
			if (!valid_day(y, m, d)) {
				/* "31 February": only the month. */
				j = k + 1 + (c->t[k].cls == C_MONABBR && P(c, k + 1, '.'));
				d = 0;
				y = 0;
			}
		} else if (year_num(c, j, &y)) {
			j++;
		} else if (P(c, j, ',') && year_num(c, j + 1, &y)) {
			j += 2;
		} else if (W(c, j, C_OF) && year_num(c, j + 1, &y)) {
			j += 2;
		} else if (!d && spelled_year(c, j, &y, true)) {
			j = spelled_year(c, j, &y, true); /* "January nineteen ninety-seven" */
		}
		if (!y &&
		    (WV(c, j, C_REL, R_THIS) || WV(c, j, C_REL, R_LAST) ||
		     WV(c, j, C_REL, R_NEXT)) &&
		    WV(c, j + 1, C_UNIT, U_YEAR) && c->a.year) {
			int r = c->t[j].val;
			y = c->a.year + (r == R_LAST ? -1 : r == R_NEXT ? 1 : 0);
			j += 2;
		}
		if (!y && d)
			y = year_for(c, m, d, future(c, k, j));
		else if (!y)
			y = year_for(c, m, 0, future(c, k, j));
		if (d)
			hit_day(h, y, m, d);
		else {
			put_ymd(h->value, sizeof(h->value), y, m, 0);
			h->type = TIMEX_DATE;
		}
		return j;
	}
	j = day_num(c, k, &d);
	if (j) {
		size_t j0 = j;
		if (W(c, j, C_OF))
			j++;
		if (month_word(c, j, &m)) {
			j++;
			if (c->t[j - 1].cls == C_MONABBR && P(c, j, '.') && adj(c, j - 1))
				j++;
			if (P(c, j, ',') && year_num(c, j + 1, &y))
				j += 2;
			else if (year_num(c, j, &y))
				j++;
			if (!valid_day(y, m, d))
				return 0;
			if (!y)
				y = year_for(c, m, d, future(c, k, j));
			hit_day(h, y, m, d);
			return j;
		}
		(void)j0;
	}
	return 0;
}

/* ---- years in words and holidays ---- */

/* The day of the n-th (n > 0) or the last (n < 0) weekday wd (1 = Monday) of a month. */
static int nth_weekday(int y, int m, int wd, int n)
{
	if (n > 0) {
		int first = date_weekday(date_to_days(y, m, 1));
		return 1 + (wd - first + 7) % 7 + 7 * (n - 1);
	}
	int last = date_days_in_month(y, m);
	return last - (date_weekday(date_to_days(y, m, last)) - wd + 7) % 7;
}

/* Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
static void easter(int y, int *m, int *d)
{
	int a = y % 19, b = y / 100, c = y % 100, d4 = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d4 - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int mm = (a + 11 * h + 22 * l) / 451;
	*m = (h + l - 7 * mm + 114) / 31;
	*d = (h + l - 7 * mm + 114) % 31 + 1;
}

/* The date of holiday id (enum tx_holiday, with a day shift for "Eve", "Easter Monday", "Good
 * Friday") in year y. */
static void holiday_date(int id, int shift, int y, int *m, int *d)
{
	switch (id) {
	case H_THANKSGIVING:
		*m = 11, *d = nth_weekday(y, 11, 4, 4);
		break;
	case H_EASTER:
	case H_GOOD:
		easter(y, m, d);
		break;
	case H_LABOR:
		*m = 9, *d = nth_weekday(y, 9, 1, 1);
		break;
	case H_MEMORIAL:
		*m = 5, *d = nth_weekday(y, 5, 1, -1);
		break;
	case H_MOTHER:
		*m = 5, *d = nth_weekday(y, 5, 7, 2);
		break;
	case H_FATHER:
		*m = 6, *d = nth_weekday(y, 6, 7, 3);
		break;
	case H_PRESIDENTS:
		*m = 2, *d = nth_weekday(y, 2, 1, 3);
		break;
	default:
		return; /* fixed dates: *m and *d are set */
	}
	if (shift) {
		int yy;
		date_from_days(date_to_days(y, *m, *d) + shift, &yy, m, d);
	}
}

/* A capitalised word of class cls and value val at k (a part of a holiday's name). */
static bool name_part(const struct ctx *c, size_t k, enum tx_class cls, int val)
{
	return WV(c, k, cls, val) && c->t[k].cap;
}

/* "'s" or a bare apostrophe ("Presidents' Day") at k; returns the token after it. */
static size_t possessive(const struct ctx *c, size_t k, bool bare)
{
	if (is_apos(c, k) && adj(c, k - 1) && WV(c, k + 1, C_MISC, X_S) && adj(c, k))
		return k + 2;
	if (bare && is_apos(c, k) && adj(c, k - 1))
		return k + 1;
	return k;
}

static size_t p_spelled_year(struct ctx *c, size_t k, struct hit *h, bool thousand)
{
	int y;
	size_t e = spelled_year(c, k, &y, thousand);
	if (!e)
		return 0;
	put_year(h->value, sizeof(h->value), y);
	h->type = TIMEX_DATE;
	return e;
}

/* Holidays: "Christmas", "Christmas Eve", "Thanksgiving (Day)", "Easter (Sunday|Monday)",
 * "Good Friday", "New Year's Day|Eve", "Labor Day", "Mother's Day" ... the nearest occurrence
 * like a month and day, or the one `rel` names ("last Thanksgiving"), or the year that follows. */
static size_t p_holiday(struct ctx *c, size_t k, int rel, struct hit *h)
{
	if (!W(c, k, C_HOLIDAY) || !c->t[k].cap)
		return 0;
	int id = c->t[k].val, m = 0, d = 0, shift = 0;
	size_t j = k + 1;
	bool day_word = false; /* the name needs "Day" */

	switch (id) {
	case H_CHRISTMAS:
		m = 12, d = 25;
		if (name_part(c, j, C_AUX, X_EVE))
			d = 24, j++;
		else if (name_part(c, j, C_UNIT, U_DAY))
			j++;
		break;
	case H_THANKSGIVING:
		if (name_part(c, j, C_UNIT, U_DAY))
			j++;
		break;
	case H_EASTER:
		if (name_part(c, j, C_WDAY, 7))
			j++;
		else if (name_part(c, j, C_WDAY, 1))
			shift = 1, j++;
		break;
	case H_GOOD:
		if (!name_part(c, j, C_WDAY, 5))
			return 0;
		shift = -2, j++;
		break;
	case H_HALLOWEEN:
		m = 10, d = 31;
		break;
	case H_NEW:
		if (!name_part(c, j, C_UNIT, U_YEAR))
			return 0;
		j = possessive(c, j + 1, false);
		if (name_part(c, j, C_AUX, X_EVE))
			m = 12, d = 31, j++; /* the eve of the new year, in the old */
		else if (name_part(c, j, C_UNIT, U_DAY))
			m = 1, d = 1, j++;
		else
			return 0;
		break;
	case H_INDEPENDENCE:
		m = 7, d = 4, day_word = true;
		break;
	case H_LABOR:
	case H_MEMORIAL:
		day_word = true;
		break;
	case H_VETERANS:
	case H_PRESIDENTS:
		if (id == H_VETERANS)
			m = 11, d = 11;
		j = possessive(c, j, true);
		day_word = true;
		break;
	case H_VALENTINE:
	case H_MOTHER:
	case H_FATHER:
		if (id == H_VALENTINE)
			m = 2, d = 14;
		j = possessive(c, j, false);
		if (j == k + 1)
			return 0;
		day_word = true;
		break;
	case H_BOXING:
		m = 12, d = 26, day_word = true;
		break;
	default:
		return 0;
	}
	if (day_word) {
		if (!name_part(c, j, C_UNIT, U_DAY))
			return 0;
		j++;
	}
	bool fixed = m != 0;
	int y = 0;
	if (year_num(c, j, &y)) {
		j++;
	} else if (c->a.year) {
		int ay = c->a.year, mm = m, dd = d;
		holiday_date(id, shift, ay, &mm, &dd);
		long at = date_to_days(ay, mm, dd);
		long an = c->aday ? date_to_days(ay, c->a.month, c->a.day) : 0;
		if (rel == R_LAST)
			y = c->aday && at < an ? ay : ay - 1;
		else if (rel == R_NEXT)
			y = c->aday && at > an ? ay : ay + 1;
		else if (rel == R_THIS)
			y = ay;
		else
			y = year_for(c, mm, dd, future(c, k, j));
	}
	if (!y) {
		/* the year unknown: a fixed date still has its month and day */
		if (fixed) {
			hit_day(h, 0, m, d);
		} else {
			/* a moving holiday keeps its month; Easter's moves between two */
			int mm = 0, dd = 0;
			if (id != H_EASTER && id != H_GOOD)
				holiday_date(id, 0, 2001, &mm, &dd);
			put_ymd(h->value, sizeof(h->value), 0, mm, 0);
			h->type = TIMEX_DATE;
		}
		return j;
	}
	holiday_date(id, shift, y, &m, &d);
	hit_day(h, y, m, d);
	return j;
}

/* "2025-11-07", "11/07/2025", "7/11/98". */
static size_t p_numeric(struct ctx *c, size_t k, struct hit *h)
{
	if (!NUM(c, k) || !adj(c, k) || k + 4 >= c->n + 0 || !adj(c, k + 1) || !adj(c, k + 2) ||
	    !adj(c, k + 3))
		return 0;
	const struct tx_tok *t = c->t;
	uint32_t sep = P(c, k + 1, '-') ? '-' : P(c, k + 1, '/') ? '/' : P(c, k + 1, '.') ? '.' : 0;
	if (!sep || !P(c, k + 3, sep) || !NUM(c, k + 2) || !NUM(c, k + 4))
		return 0;
	int y, m, d;
	if (t[k].ndig == 4) {
		y = (int)t[k].num;
		m = (int)t[k + 2].num;
		d = (int)t[k + 4].num;
		if (t[k + 4].ndig > 2)
			return 0;
	} else if (t[k].ndig <= 2 && t[k + 2].ndig <= 2 &&
		   (t[k + 4].ndig == 4 || t[k + 4].ndig == 2)) {
		if (sep == '-' && t[k + 4].ndig == 2)
			return 0; /* a phone number or a score */
		y = (int)t[k + 4].num;
		if (t[k + 4].ndig == 2)
			y += y < 50 ? 2000 : 1900;
		m = (int)t[k].num;
		d = (int)t[k + 2].num;
		if (sep == '.' || m > 12) { /* day first */
			int x = m;
			m = d;
			d = x;
		}
	} else {
		return 0;
	}
	if (y < 1000 || !valid_day(y, m, d))
		return 0;
	if (adj(c, k + 4) && (NUM(c, k + 5) || (k + 5 < c->n && t[k + 5].kind == K_WORD)))
		return 0;
	hit_day(h, y, m, d);
	return k + 5;
}

/* "1990", "the 1990s", "the '90s", "the 20th century". */
static size_t p_year(struct ctx *c, size_t k, struct hit *h, bool strong)
{
	int y;
	if (year_num(c, k, &y)) {
		if (adj(c, k) && WV(c, k + 1, C_MISC, X_S) && y % 10 == 0) {
			snprintf(h->value, sizeof(h->value), "%03d", y / 10);
			h->type = TIMEX_DATE;
			return k + 2;
		}
		if (adj(c, k) && is_apos(c, k + 1) && WV(c, k + 2, C_MISC, X_S) && y % 10 == 0) {
			snprintf(h->value, sizeof(h->value), "%03d", y / 10);
			h->type = TIMEX_DATE;
			return k + 3;
		}
		/* Amounts, not years: "$1990", "1990%", "2,000", "1990 people" is left to taste. */
		if (k > 0 && c->t[k - 1].e == c->t[k].s && !(strong && P(c, k - 1, '-')) &&
		    (P(c, k - 1, '$') || P(c, k - 1, ',') || P(c, k - 1, '.') || NUM(c, k - 1) ||
		     P(c, k - 1, '#') || P(c, k - 1, '-') || P(c, k - 1, '/') ||
		     (c->t[k - 1].kind == K_WORD && !is_apos(c, k - 1))))
			return 0;
		if (adj(c, k) &&
		    (P(c, k + 1, '%') || (P(c, k + 1, ':') && NUM(c, k + 2) && adj(c, k + 1)) ||
		     (P(c, k + 1, ',') && NUM(c, k + 2)) || (P(c, k + 1, '.') && NUM(c, k + 2)) ||
		     (k + 1 < c->n && c->t[k + 1].kind == K_WORD && !WV(c, k + 1, C_MISC, X_S))))
			return 0;
		if (k + 1 < c->n && c->t[k + 1].kind == K_WORD &&
		    (c->t[k + 1].cls == C_UNITS || c->t[k + 1].cls == C_UNIT))
			return 0;
		if (!strong && (y < 1900 || y > 2099)) {
			const struct tx_tok *p = k > 0 ? &c->t[k - 1] : NULL;
			if (!p || p->kind != K_WORD ||
			    !(p->cls == C_PREP || p->cls == C_OF || p->cls == C_FROM ||
			      p->cls == C_MISC || p->cls == C_MONTH || p->cls == C_SEASON))
				return 0;
		}
		put_year(h->value, sizeof(h->value), y);
		h->type = TIMEX_DATE;
		return k + 1;
	}
	if (is_apos(c, k) && NUM(c, k + 1) && c->t[k + 1].ndig == 2 && adj(c, k) && adj(c, k + 1) &&
	    WV(c, k + 2, C_MISC, X_S) && c->t[k + 1].num % 10 == 0) {
		int cent = c->a.year ? c->a.year / 100 : 19;
		if (c->a.year && c->t[k + 1].num > c->a.year % 100)
			cent--;
		snprintf(h->value, sizeof(h->value), "%02d%ld", cent, c->t[k + 1].num / 10);
		h->type = TIMEX_DATE;
		return k + 3;
	}
	if (NUM(c, k) && c->t[k].ndig <= 2 && adj(c, k) && WV(c, k + 1, C_MISC, X_TH) &&
	    WV(c, k + 2, C_UNIT, U_CENTURY) && c->t[k].num >= 1) {
		snprintf(h->value, sizeof(h->value), "%02ld", c->t[k].num - 1);
		h->type = TIMEX_DATE;
		return k + 3;
	}
	return 0;
}

static const char *const part_code[] = {"", "MO", "AF", "EV", "NI"};
static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* A day phrase optionally followed by a part of the day ("Friday morning"). */
static size_t with_part(struct ctx *c, size_t j, struct hit *h)
{
	/* "Friday night": news corpora annotate the day (TempEval-3 gold mostly drops the part) */
	if (W(c, j, C_PART) && h->day)
		return j + 1;
	return j;
}

static void weekday_hit(struct ctx *c, int wd, int rel, bool fut, struct hit *h)
{
	if (!c->aday) {
		snprintf(h->value, sizeof(h->value), "XXXX-WXX-%d", wd);
		h->type = TIMEX_DATE;
		return;
	}
	long z = date_to_days(c->a.year, c->a.month, c->a.day);
	int aw = date_weekday(z);
	long delta;
	if (rel == R_NEXT || rel == R_COMING || (fut && rel != R_LAST && rel != R_THIS)) {
		delta = (wd - aw + 7) % 7;
		if (rel == R_NEXT && delta == 0)
			delta = 7;
	} else if (rel == R_THIS) {
		delta = wd - aw;
	} else {
		delta = -((aw - wd + 7) % 7);
		if (rel == R_LAST && delta == 0)
			delta = -7;
		/* "Tuesday" in a Monday paper is more likely tomorrow than six days back */
		long ahead = (wd - aw + 7) % 7;
		if (!rel && ahead && ahead * 3 < -delta)
			delta = ahead;
	}
	int y, m, d;
	date_from_days(z + delta, &y, &m, &d);
	hit_day(h, y, m, d);
}

/* "Friday", "Friday morning", "Friday, Nov. 7". */
static size_t p_weekday(struct ctx *c, size_t k, int rel, struct hit *h)
{
	if (!W(c, k, C_WDAY))
		return 0;
	size_t j = k + 1;
	if (P(c, j, ',')) {
		struct hit d2;
		memset(&d2, 0, sizeof(d2));
		size_t e = p_month(c, j + 1, &d2);
		if (e && d2.day) {
			*h = d2;
			return e;
		}
	}
	if (j < c->n && c->t[j].kind == K_NUM && !rel) {
		struct hit d2;
		memset(&d2, 0, sizeof(d2));
		size_t e = p_month(c, j, &d2);
		if (e && d2.day) {
			*h = d2;
			return e;
		}
	}
	weekday_hit(c, c->t[k].val, rel, future(c, k, j), h);
	return with_part(c, j, h);
}

static size_t p_deictic(struct ctx *c, size_t k, struct hit *h)
{
	if (!W(c, k, C_DEIC))
		return 0;
	int v = c->t[k].val;
	long delta = v == D_YESTERDAY ? -1 : v == D_TOMORROW ? 1 : 0;
	rel_value(c, c->a, U_DAY, delta, h);
	if (!c->aday)
		h->day = false;
	if (v == D_TONIGHT) {
		size_t len = strlen(h->value);
		snprintf(h->value + len, sizeof(h->value) - len, "TNI");
		h->type = TIMEX_TIME;
		return k + 1;
	}
	return with_part(c, k + 1, h);
}

static size_t p_season(struct ctx *c, size_t k, int rel, struct hit *h)
{
	if (!W(c, k, C_SEASON))
		return 0;
	/* "fall" is a verb and "spring" a noun far more often than a season: ask for a year or a
	 * modifier. */
	int s = c->t[k].val, y = 0;
	size_t j = k + 1;
	if (year_num(c, j, &y))
		j++;
	else if (W(c, j, C_OF) && year_num(c, j + 1, &y))
		j += 2;
	if (!y && !rel)
		return 0;
	if (!y && c->a.year) {
		int start = 3 * s; /* SP 3, SU 6, FA 9, WI 12 */
		y = c->a.year;
		if (rel == R_LAST)
			y = c->a.month && c->a.month > start ? y : y - 1;
		else if (rel == R_NEXT)
			y = c->a.month && c->a.month < start ? y : y + 1;
	}
	char yy[8];
	put_year(yy, sizeof(yy), y);
	snprintf(h->value, sizeof(h->value), "%s-%s", yy, season_code[s]);
	h->type = TIMEX_DATE;
	return j;
}

/* ---- times of day ---- */

static size_t parse_ampm(const struct ctx *c, size_t k, int *add)
{
	if (W(c, k, C_AMPM)) {
		*add = c->t[k].val;
		return k + 1;
	}
	/* "a.m." / "p.m." */
	if (k + 2 < c->n && c->t[k].kind == K_WORD && c->t[k].e - c->t[k].s == 1 && adj(c, k) &&
	    P(c, k + 1, '.') && adj(c, k + 1) && WV(c, k + 2, C_MISC, X_M)) {
		char ch = (char)(c->text[c->t[k].s] | 32);
		if (ch != 'a' && ch != 'p')
			return 0;
		*add = ch == 'p' ? 12 : 0;
		if (P(c, k + 3, '.') && adj(c, k + 2))
			return k + 4;
		return k + 3;
	}
	return 0;
}

/* "3 p.m.", "10:30 a.m. EST", "15:00 GMT", "noon", followed by a day ("3 p.m. Friday"). */
static size_t p_rel(struct ctx *c, size_t k, struct hit *h, bool the);

static size_t p_time(struct ctx *c, size_t k, struct hit *h)
{
	int hh = -1, mm = 0;
	size_t j;

	if (W(c, k, C_NOON)) {
		hh = c->t[k].val == 24 ? 24 : 12;
		j = k + 1;
	} else if (NUM(c, k) && c->t[k].ndig <= 2 && c->t[k].num <= 24) {
		hh = (int)c->t[k].num;
		j = k + 1;
		bool colon = false;
		if (P(c, j, ':') && adj(c, k) && adj(c, j) && NUM(c, j + 1) &&
		    c->t[j + 1].ndig == 2 && c->t[j + 1].num < 60) {
			mm = (int)c->t[j + 1].num;
			j += 2;
			colon = true;
		}
		int add;
		size_t a = parse_ampm(c, j, &add);
		if (a) {
			if (hh < 1 || hh > 12)
				return 0;
			hh = hh % 12 + add;
			j = a;
		} else if (W(c, j, C_OCLOCK) || (WV(c, j, C_MISC, X_O) && is_apos(c, j + 1) &&
						 WV(c, j + 2, C_MISC, X_CLOCK))) {
			j += W(c, j, C_OCLOCK) ? 1 : 3;
		} else if (!(colon && (W(c, j, C_TZ) || (k > 0 && WV(c, k - 1, C_MISC, X_AT))))) {
			return 0;
		}
	} else {
		return 0;
	}
	if (W(c, j, C_TZ) && (c->t[j].cap))
		j++;
	{
		/* "5 p.m. EST, Nov. 6" */
		size_t x = P(c, j, ',') ? j + 1 : j;
		struct hit d2;
		memset(&d2, 0, sizeof(d2));
		size_t e2 = (W(c, x, C_MONTH) || W(c, x, C_MONABBR)) ? p_month(c, x, &d2) : 0;
		if (e2 && d2.day) {
			snprintf(h->value, sizeof(h->value), "%.10sT%02d:%02d", d2.value, hh, mm);
			h->type = TIMEX_TIME;
			return e2;
		}
	}
	struct hit d;
	memset(&d, 0, sizeof(d));
	size_t e = 0;
	if (W(c, j, C_DEIC))
		e = p_deictic(c, j, &d);
	else if (W(c, j, C_WDAY))
		e = p_weekday(c, j, 0, &d);
	else if (WV(c, j, C_MISC, X_ON) && (W(c, j + 1, C_WDAY) || NUM(c, j + 1) ||
					    W(c, j + 1, C_MONTH) || W(c, j + 1, C_MONABBR))) {
		e = W(c, j + 1, C_WDAY) ? p_weekday(c, j + 1, 0, &d) : p_month(c, j + 1, &d);
		if (e && !d.day)
			e = 0;
	} else if (W(c, j, C_THE) && W(c, j + 1, C_REL)) {
		e = p_rel(c, j + 1, &d, true); /* "6:30 a.m. the next day" */
	} else if (WV(c, j, C_REL, R_THAT) || WV(c, j, C_REL, R_SAME)) {
		e = p_rel(c, j, &d, false); /* "at noon that day" */
	}
	if (e && d.day && d.type == TIMEX_DATE)
		j = e;
	else {
		/* a bare time is on the day under discussion */
		memset(&d, 0, sizeof(d));
		rel_value(c, c->has_ref ? c->ref : c->a, U_DAY, 0, &d);
	}
	if (hh == 24)
		hh = 24;
	snprintf(h->value, sizeof(h->value), "%.10sT%02d:%02d", d.value, hh, mm);
	h->type = TIMEX_TIME;
	return j;
}

/* ---- relative expressions ---- */

/* "third quarter", "third-quarter", "first half", "fiscal first quarter", "... of 1990". */
static size_t p_quarter(struct ctx *c, size_t k, struct hit *h)
{
	int q, y = 0;
	size_t j = k;
	bool fiscal = false;
	if (W(c, j, C_FISCAL)) {
		fiscal = true;
		j++;
	}
	if (year_num(c, j, &y)) {
		j++;
		if (is_apos(c, j) && WV(c, j + 1, C_MISC, X_S))
			j += 2;
	} else if (W(c, j, C_REL) && WV(c, j + 1, C_UNIT, U_YEAR) && is_apos(c, j + 2) &&
		   WV(c, j + 3, C_MISC, X_S) && c->a.year) {
		/* "next year's first quarter" */
		int r = c->t[j].val;
		if (r != R_THIS && r != R_LAST && r != R_NEXT)
			return 0;
		y = c->a.year + (r == R_LAST ? -1 : r == R_NEXT ? 1 : 0);
		j += 4;
	}
	if (!is_ord(c, j, &q))
		return 0;
	j += NUM(c, j) ? 2 : 1;
	if (P(c, j, '-') && adj(c, j - 1) && adj(c, j))
		j++;
	if (W(c, j, C_FISCAL))
		j++;
	bool half = false;
	if (W(c, j, C_HALF)) {
		if (q > 2)
			return 0;
		half = true;
	} else if (!WV(c, j, C_UNIT, U_QUARTER)) {
		return 0;
	}
	j++;
	if (W(c, j, C_OF)) {
		size_t x = j + 1;
		if (W(c, x, C_FISCAL))
			x++;
		if (year_num(c, x, &y))
			j = x + 1;
	}
	if (!y && c->a.year) {
		y = c->a.year;
		int aq = anchor_quarter(c);
		if (!half && aq && q > aq && !future(c, k, j))
			y--;
		if (half && c->a.month && q == 2 && c->a.month <= 6 && !future(c, k, j))
			y--;
	}
	(void)fiscal;
	char yy[8];
	put_year(yy, sizeof(yy), y);
	snprintf(h->value, sizeof(h->value), "%s-%c%d", yy, half ? 'H' : 'Q', q);
	h->type = TIMEX_DATE;
	return j;
}

/* "year-earlier", "year-ago" (+ "quarter", "period"): the year before the anchor. */
static size_t p_yearago(struct ctx *c, size_t k, struct hit *h)
{
	if (!WV(c, k, C_UNIT, U_YEAR) || !P(c, k + 1, '-') || !adj(c, k) || !adj(c, k + 1) ||
	    !W(c, k + 2, C_AGO) || (c->t[k + 2].val != A_AGO && c->t[k + 2].val != A_EARLIER))
		return 0;
	size_t j = k + 3;
	if (WV(c, j, C_UNIT, U_QUARTER) || W(c, j, C_PERIOD)) {
		struct date b = c->a;
		rel_value(c, b, U_QUARTER, -5, h);
		if (!c->a.year)
			snprintf(h->value, sizeof(h->value), "XXXX-QX");
		return j + 1;
	}
	if (c->quarter_talk && c->a.month)
		rel_value(c, c->a, U_QUARTER, -5, h);
	else
		rel_value(c, c->a, U_YEAR, -1, h);
	return j;
}

/* last/next/this/past/coming + unit, month, weekday, season or amount. */
static size_t p_rel(struct ctx *c, size_t k, struct hit *h, bool the)
{
	if (!W(c, k, C_REL))
		return 0;
	int rel = c->t[k].val;
	size_t j = k + 1;
	int unit, m;
	bool pl;

	/* an amount: "the past two months", "the next three years", "last 24 hours" */
	if (rel == R_PAST || rel == R_LAST || rel == R_NEXT || rel == R_COMING ||
	    rel == R_FOLLOWING || rel == R_PREVIOUS) {
		long v;
		bool art;
		size_t e = parse_number(c, j, &v, &art);
		if (e && !art) {
			size_t u = parse_unit(c, e, &unit, &pl);
			if (u) {
				h->type = TIMEX_DURATION;
				dur_value(h->value, sizeof(h->value), v, unit);
				return u;
			}
		}
	}
	if (W(c, j, C_UNIT)) {
		unit = c->t[j].val;
		if (unit == U_SEC || unit == U_MIN || unit == U_HOUR)
			return 0;
		if (rel == R_SAME || rel == R_THAT) {
			/* "the same day", "that day", "that year": the date last mentioned. */
			struct date b = c->has_ref ? c->ref : c->a;
			if (unit != U_DAY && c->has_refany)
				b = c->refany;
			rel_value(c, b, unit, 0, h);
			return j + 1;
		}
		if (rel == R_FOLLOWING || rel == R_PREVIOUS || ((rel == R_NEXT) && the)) {
			if (!the)
				return 0;
			struct date b = c->has_ref ? c->ref : c->a;
			if (unit != U_DAY && c->has_refany)
				b = c->refany;
			rel_value(c, b, unit, rel == R_PREVIOUS ? -1 : 1, h);
			return j + 1;
		}
		if (rel == R_PAST || (rel == R_LAST && the)) {
			if (unit == U_DAY || unit == U_WEEKEND)
				return 0;
			h->type = TIMEX_DURATION;
			dur_value(h->value, sizeof(h->value), 1, unit);
			return j + 1;
		}
		if (unit == U_DAY)
			return 0;
		if (rel == R_LATEST && (unit == U_QUARTER)) {
			rel_value(c, c->a, U_QUARTER, -1, h);
			return j + 1;
		}
		if (rel == R_LAST || rel == R_NEXT || rel == R_THIS || rel == R_COMING ||
		    rel == R_CURRENT) {
			long delta = rel == R_LAST ? -1 : rel == R_NEXT || rel == R_COMING ? 1 : 0;
			rel_value(c, c->a, unit, delta, h);
			return j + 1;
		}
		return 0;
	}
	if (rel == R_LATEST && W(c, j, C_PERIOD)) {
		rel_value(c, c->a, U_QUARTER, -1, h);
		return j + 1;
	}
	if (W(c, j, C_UNITS) && rel == R_RECENT) {
		/* "recent years": TimeBank reads an unknown amount of time */
		h->type = TIMEX_DURATION;
		dur_value(h->value, sizeof(h->value), -1, c->t[j].val);
		return j + 1;
	}
	if (rel != R_LAST && rel != R_NEXT && rel != R_THIS && rel != R_COMING)
		return 0;
	if (month_word(c, j, &m)) {
		int y = c->a.year;
		if (y && c->a.month) {
			if (rel == R_LAST)
				y = m < c->a.month ? y : y - 1;
			else if (rel == R_NEXT || rel == R_COMING)
				y = m > c->a.month ? y : y + 1;
		}
		put_ymd(h->value, sizeof(h->value), y, m, 0);
		h->type = TIMEX_DATE;
		return j + 1;
	}
	if (W(c, j, C_HOLIDAY) && (rel == R_LAST || rel == R_NEXT || rel == R_THIS))
		return p_holiday(c, j, rel, h);
	if (W(c, j, C_WDAY))
		return p_weekday(c, j, rel, h);
	if (W(c, j, C_SEASON))
		return p_season(c, j, rel, h);
	if (W(c, j, C_PART) && (rel == R_THIS || rel == R_LAST)) {
		rel_value(c, c->a, U_DAY, rel == R_LAST ? -1 : 0, h);
		if (!c->aday)
			h->day = false;
		size_t len = strlen(h->value);
		snprintf(h->value + len, sizeof(h->value) - len, "T%s", part_code[c->t[j].val]);
		h->type = TIMEX_TIME;
		return j + 1;
	}
	return 0;
}

/* now, recently, currently, soon, the future ... */
static size_t p_ref(struct ctx *c, size_t k, struct hit *h, bool the)
{
	if (!W(c, k, C_REF) && !(the && WV(c, k, C_REL, R_PAST)))
		return 0;
	int v = W(c, k, C_REF) ? c->t[k].val : F_PAST;
	const char *s;
	switch (v) {
	case F_NOW:
	case F_CURRENTLY:
	case F_NOWADAYS:
		if (the)
			return 0;
		s = "PRESENT_REF";
		break;
	case F_PRESENT:
		if (!the)
			return 0;
		s = "PRESENT_REF";
		break;
	case F_RECENTLY:
	case F_LATELY:
		if (the)
			return 0;
		s = "PAST_REF";
		break;
	case F_PAST:
		s = "PAST_REF";
		break;
	case F_FUTURE:
		if (!the && !(k > 0 && W(c, k - 1, C_PREP)))
			return 0;
		if (plain_word(c, k + 1) && !the)
			return 0;
		s = "FUTURE_REF";
		break;
	default:
		return 0;
	}
	snprintf(h->value, sizeof(h->value), "%s", s);
	h->type = TIMEX_DATE;
	return k + 1;
}

/* annually, daily, every week, each month, every Monday. */
static size_t p_set(struct ctx *c, size_t k, struct hit *h)
{
	if (W(c, k, C_SETW)) {
		h->type = TIMEX_SET;
		dur_value(h->value, sizeof(h->value), 1, c->t[k].val);
		return k + 1;
	}
	if (!W(c, k, C_EVERY))
		return 0;
	size_t j = k + 1;
	long v = 1;
	bool art;
	if (c->t[k].val == 0) {
		size_t e = parse_number(c, j, &v, &art);
		if (e && !art)
			j = e;
		else
			v = 1;
		if (W(c, j, C_WDAY)) {
			h->type = TIMEX_SET;
			snprintf(h->value, sizeof(h->value), "XXXX-WXX-%d", c->t[j].val);
			return j + 1;
		}
	}
	int unit;
	bool pl;
	size_t u = parse_unit(c, j, &unit, &pl);
	if (!u)
		return 0;
	h->type = TIMEX_SET;
	dur_value(h->value, sizeof(h->value), v, unit);
	return u;
}

/* Chinese forms: 2025年11月7日, 11月7日, 今年, 去年, 上周, 本月, 近日. */
static bool cjk_is(const struct ctx *c, size_t k, uint32_t cp)
{
	return k < c->n && c->t[k].kind == K_CJK && c->t[k].cp == cp;
}

static size_t p_chinese(struct ctx *c, size_t k, struct hit *h)
{
	if (NUM(c, k)) {
		int y = 0, m = 0, d = 0;
		size_t j = k;
		if (c->t[j].ndig == 4 && cjk_is(c, j + 1, 0x5E74 /* 年 */)) {
			y = (int)c->t[j].num;
			j += 2;
		}
		if (NUM(c, j) && c->t[j].ndig <= 2 && cjk_is(c, j + 1, 0x6708 /* 月 */) &&
		    c->t[j].num >= 1 && c->t[j].num <= 12) {
			m = (int)c->t[j].num;
			j += 2;
			if (NUM(c, j) && c->t[j].ndig <= 2 &&
			    (cjk_is(c, j + 1, 0x65E5 /* 日 */) ||
			     cjk_is(c, j + 1, 0x53F7 /* 号 */))) {
				d = (int)c->t[j].num;
				j += 2;
			}
		}
		if (j == k)
			return 0;
		if (d && !valid_day(y, m, d))
			return 0;
		if (!y && m)
			y = year_for(c, m, d, future(c, k, j));
		if (d)
			hit_day(h, y, m, d);
		else {
			put_ymd(h->value, sizeof(h->value), y, m, 0);
			h->type = TIMEX_DATE;
		}
		return j;
	}
	if (k + 1 >= c->n || c->t[k].kind != K_CJK || c->t[k + 1].kind != K_CJK)
		return 0;
	uint32_t a = c->t[k].cp, b = c->t[k + 1].cp;
	static const struct {
		uint32_t a, b;
		int unit;
		int delta; /* 99: a reference word */
		const char *ref;
	} words[] = {
		{0x4ECA, 0x5E74, U_YEAR, 0, NULL},      /* 今年 */
		{0x53BB, 0x5E74, U_YEAR, -1, NULL},     /* 去年 */
		{0x660E, 0x5E74, U_YEAR, 1, NULL},      /* 明年 */
		{0x524D, 0x5E74, U_YEAR, -2, NULL},     /* 前年 */
		{0x672C, 0x6708, U_MONTH, 0, NULL},     /* 本月 */
		{0x4E0A, 0x6708, U_MONTH, -1, NULL},    /* 上月 */
		{0x4E0B, 0x6708, U_MONTH, 1, NULL},     /* 下月 */
		{0x672C, 0x5468, U_WEEK, 0, NULL},      /* 本周 */
		{0x8FD9, 0x5468, U_WEEK, 0, NULL},      /* 这周 */
		{0x4E0A, 0x5468, U_WEEK, -1, NULL},     /* 上周 */
		{0x4E0B, 0x5468, U_WEEK, 1, NULL},      /* 下周 */
		{0x4ECA, 0x5929, U_DAY, 0, NULL},       /* 今天 */
		{0x6628, 0x5929, U_DAY, -1, NULL},      /* 昨天 */
		{0x660E, 0x5929, U_DAY, 1, NULL},       /* 明天 */
		{0x524D, 0x5929, U_DAY, -2, NULL},      /* 前天 */
		{0x4ECA, 0x65E5, U_DAY, 0, NULL},       /* 今日 */
		{0x6628, 0x65E5, U_DAY, -1, NULL},      /* 昨日 */
		{0x660E, 0x65E5, U_DAY, 1, NULL},       /* 明日 */
		{0x8FD1, 0x65E5, 0, 99, "PAST_REF"},    /* 近日 */
		{0x8FD1, 0x671F, 0, 99, "PAST_REF"},    /* 近期 */
		{0x6700, 0x8FD1, 0, 99, "PAST_REF"},    /* 最近 */
		{0x76EE, 0x524D, 0, 99, "PRESENT_REF"}, /* 目前 */
		{0x73B0, 0x5728, 0, 99, "PRESENT_REF"}, /* 现在 */
		{0x5F53, 0x524D, 0, 99, "PRESENT_REF"}, /* 当前 */
		{0x672A, 0x6765, 0, 99, "FUTURE_REF"},  /* 未来 */
		{0x5C06, 0x6765, 0, 99, "FUTURE_REF"},  /* 将来 */
	};
	/* 本月3日: a day of this month */
	if (a == 0x672C && b == 0x6708 && NUM(c, k + 2) && c->t[k + 2].ndig <= 2 &&
	    cjk_is(c, k + 3, 0x65E5) && c->a.year && c->a.month &&
	    valid_day(c->a.year, c->a.month, (int)c->t[k + 2].num)) {
		hit_day(h, c->a.year, c->a.month, (int)c->t[k + 2].num);
		return k + 4;
	}
	/* 上个月 / 下个月 */
	if ((a == 0x4E0A || a == 0x4E0B) && b == 0x4E2A && cjk_is(c, k + 2, 0x6708)) {
		rel_value(c, c->a, U_MONTH, a == 0x4E0A ? -1 : 1, h);
		return k + 3;
	}
	/* 每年 每月 每天 每周 每日 */
	if (a == 0x6BCF) {
		int unit = b == 0x5E74                    ? U_YEAR
			   : b == 0x6708                  ? U_MONTH
			   : b == 0x5468                  ? U_WEEK
			   : (b == 0x5929 || b == 0x65E5) ? U_DAY
							  : 0;
		if (!unit)
			return 0;
		h->type = TIMEX_SET;
		dur_value(h->value, sizeof(h->value), 1, unit);
		return k + 2;
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (words[i].a != a || words[i].b != b)
			continue;
		if (words[i].ref) {
			snprintf(h->value, sizeof(h->value), "%s", words[i].ref);
			h->type = TIMEX_DATE;
		} else {
			rel_value(c, c->a, words[i].unit, words[i].delta, h);
			if (!c->aday)
				h->day = false;
		}
		return k + 2;
	}
	return 0;
}

/* ---- the matcher ---- */

static void keep(struct hit *best, const struct hit *h, size_t e)
{
	if (e > best->end) {
		*best = *h;
		best->end = e;
	}
}

#define TRY(call)                                                                                  \
	do {                                                                                       \
		struct hit h_;                                                                     \
		memset(&h_, 0, sizeof(h_));                                                        \
		size_t e_ = (call);                                                                \
		if (e_)                                                                            \
			keep(best, &h_, e_);                                                       \
	} while (0)

/* The core expressions that "early", "late", "mid-" and "the end of" can modify. */
static void try_core(struct ctx *c, size_t k, struct hit *best, bool strong_year)
{
	TRY(p_month(c, k, &h_));
	TRY(p_numeric(c, k, &h_));
	TRY(p_year(c, k, &h_, strong_year));
	TRY(p_season(c, k, 0, &h_));
	TRY(p_rel(c, k, &h_, false));
	TRY(p_quarter(c, k, &h_));
}

/* "the" + what TimeML puts "the" inside: amounts, quarters, decades, the future, the same day. */
static void try_the(struct ctx *c, size_t i, struct hit *best)
{
	size_t k = i + 1;
	struct hit sub;
	memset(&sub, 0, sizeof(sub));
	struct hit *b = &sub;
	{
		struct hit *best = b;
		TRY(p_rel(c, k, &h_, true));
		TRY(p_ref(c, k, &h_, true));
		TRY(p_quarter(c, k, &h_));
		TRY(p_yearago(c, k, &h_));
		if (NUM(c, k) || W(c, k, C_NUMW) || W(c, k, C_FEW)) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			size_t e = p_amount(c, k, &h2, false);
			if (e && !P(c, e - 2, '-'))
				keep(best, &h2, e);
		}
		if (is_apos(c, k) || NUM(c, k)) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			size_t e = p_year(c, k, &h2, true);
			if (e && strlen(h2.value) < 4)
				keep(best, &h2, e);
		}
		if (W(c, k, C_ORD) && !W(c, k + 1, C_HALF)) {
			/* "the first nine months" */
			long v;
			bool art, pl;
			int unit;
			size_t e = parse_number(c, k + 1, &v, &art);
			size_t u = e && !art ? parse_unit(c, e, &unit, &pl) : 0;
			if (u) {
				struct hit h2;
				memset(&h2, 0, sizeof(h2));
				h2.type = TIMEX_DURATION;
				dur_value(h2.value, sizeof(h2.value), v, unit);
				keep(best, &h2, u);
			}
		}
		if (W(c, k, C_MOD)) {
			int mod = c->t[k].val;
			if ((mod == M_END || mod == M_BEGIN || mod == M_START || mod == M_MIDDLE) &&
			    W(c, k + 1, C_OF)) {
				size_t x = k + 2;
				struct hit in;
				memset(&in, 0, sizeof(in));
				if (W(c, x, C_THE) && (WV(c, x + 1, C_UNIT, U_YEAR) ||
						       WV(c, x + 1, C_UNIT, U_MONTH) ||
						       WV(c, x + 1, C_UNIT, U_WEEK))) {
					struct hit h2;
					memset(&h2, 0, sizeof(h2));
					rel_value(c, c->a, c->t[x + 1].val, 0, &h2);
					keep(best, &h2, x + 2);
				} else {
					try_core(c, x, &in, true);
					if (in.end)
						keep(best, &in, in.end);
				}
			} else if (mod == M_EARLY || mod == M_LATE || mod == M_MID) {
				struct hit in;
				memset(&in, 0, sizeof(in));
				size_t x = k + 1;
				if (P(c, x, '-') && adj(c, k))
					x++;
				TRY(p_year(c, x, &h_, true));
			}
		}
		if (WV(c, k, C_UNIT, U_YEAR)) {
			/* "the year two thousand" */
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			size_t e = p_spelled_year(c, k + 1, &h2, true);
			if (e)
				keep(best, &h2, e);
		}
		if (WV(c, k, C_UNIT, U_WEEKEND)) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			/* the weekend just past, unless the clause looks ahead */
			int back = c->aday &&
				   date_weekday(date_to_days(c->a.year, c->a.month, c->a.day)) <
					   6 &&
				   !future(c, i, k + 1);
			rel_value(c, c->a, U_WEEKEND, back ? -1 : 0, &h2);
			keep(best, &h2, k + 1);
		}
		if (WV(c, k, C_UNIT, U_QUARTER) || W(c, k, C_PERIOD)) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			if (WV(c, k, C_UNIT, U_QUARTER) || c->has_ref) {
				rel_value(c, c->a, U_QUARTER, -1, &h2);
				keep(best, &h2, k + 1);
			}
		}
	}
	if (sub.end)
		keep(best, &sub, sub.end);
}

/* Tries every rule that can start at token i; the longest match wins. */
static void try_at(struct ctx *c, size_t i, struct hit *best)
{
	const struct tx_tok *t = &c->t[i];

	if (t->kind == K_CJK || t->kind == K_NUM)
		TRY(p_chinese(c, i, &h_));
	if (t->kind == K_NUM) {
		TRY(p_time(c, i, &h_));
		TRY(p_amount(c, i, &h_, true));
		try_core(c, i, best, false);
		return;
	}
	if (is_apos(c, i)) {
		TRY(p_year(c, i, &h_, false));
		return;
	}
	if (t->kind != K_WORD || t->cls == C_NONE)
		return;
	switch (t->cls) {
	case C_THE:
		try_the(c, i, best);
		break;
	case C_MOD:
	case C_AGO: {
		/* "early next year", "mid-2024", "late November", "earlier this year" */
		size_t x = i + 1;
		if (t->cls == C_AGO && t->val != A_EARLIER && t->val != A_LATER)
			break;
		if (t->cls == C_AGO && !(WV(c, x, C_REL, R_THIS) || WV(c, x, C_REL, R_NEXT) ||
					 WV(c, x, C_REL, R_LAST)))
			break;
		if (P(c, x, '-') && adj(c, i) && adj(c, x))
			x++;
		if (t->cls == C_MOD && (t->val == M_END || t->val == M_BEGIN || t->val == M_START ||
					t->val == M_MIDDLE))
			break;
		struct hit in;
		memset(&in, 0, sizeof(in));
		try_core(c, x, &in, true);
		if (in.end && in.type == TIMEX_DATE && in.value[0] != 'P')
			keep(best, &in, in.end);
		break;
	}
	case C_MONTH:
	case C_MONABBR:
		TRY(p_month(c, i, &h_));
		break;
	case C_WDAY:
		TRY(p_weekday(c, i, 0, &h_));
		break;
	case C_DEIC:
		TRY(p_deictic(c, i, &h_));
		break;
	case C_REL:
		TRY(p_rel(c, i, &h_, false));
		break;
	case C_REF:
		TRY(p_ref(c, i, &h_, false));
		break;
	case C_SETW:
	case C_EVERY:
		TRY(p_set(c, i, &h_));
		break;
	case C_NUMW:
		TRY(p_spelled_year(c, i, &h_, false));
		TRY(p_amount(c, i, &h_, true));
		break;
	case C_ART:
	case C_FEW:
		TRY(p_amount(c, i, &h_, true));
		break;
	case C_UNIT:
		TRY(p_yearago(c, i, &h_));
		break;
	case C_UNITS:
		/* "for years", "over decades" */
		if (i > 0 && (W(c, i - 1, C_PREP) || WV(c, i - 1, C_REL, R_PAST)) &&
		    c->t[i].val >= U_DAY) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			h2.type = TIMEX_DURATION;
			dur_value(h2.value, sizeof(h2.value), -1, c->t[i].val);
			keep(best, &h2, i + 1);
		}
		break;
	case C_ORD:
		TRY(p_quarter(c, i, &h_));
		break;
	case C_FISCAL: {
		int y;
		if (year_num(c, i + 1, &y)) {
			struct hit h2;
			memset(&h2, 0, sizeof(h2));
			put_year(h2.value, sizeof(h2.value), y);
			h2.type = TIMEX_DATE;
			keep(best, &h2, i + 2);
		}
		TRY(p_quarter(c, i, &h_));
		break;
	}
	case C_SEASON:
		TRY(p_season(c, i, 0, &h_));
		break;
	case C_HOLIDAY:
		TRY(p_holiday(c, i, 0, &h_));
		break;
	case C_NOON:
		TRY(p_time(c, i, &h_));
		break;
	default:
		break;
	}
}

static void add_timex(struct ctx *c, size_t s, size_t e, const struct hit *h)
{
	struct timex_list *l = c->l;
	l->items = xgrow(l->items, &c->lcap, l->n + 1, sizeof(*l->items));
	struct timex *x = &l->items[l->n++];
	memset(x, 0, sizeof(*x));
	x->span.start = s;
	x->span.end = e;
	x->type = h->type;
	size_t vn = strnlen(h->value, sizeof(h->value));
	if (vn >= sizeof(x->value))
		vn = sizeof(x->value) - 1;
	memcpy(x->value, h->value, vn);
	x->value[vn] = '\0';
	x->paragraph = c->para;
	x->sentence = c->sent;
	if (h->day && h->type != TIMEX_DURATION && h->type != TIMEX_SET) {
		c->ref = h->date;
		c->has_ref = true;
	}
	if (h->type == TIMEX_DATE || h->type == TIMEX_TIME) {
		struct tx_point p;
		tx_point_parse(h->value, &p);
		if (p.dated && p.gran >= 1 && p.gran <= 7 && p.gran != 3 && p.gran != 6 &&
		    (p.year || p.month)) {
			c->refany.year = p.year;
			c->refany.month = p.gran <= 4 ? p.month : 0;
			c->refany.day = p.gran <= 2 ? p.day : 0;
			c->has_refany = true;
		}
	}
}

static void scan(struct ctx *c, size_t s, size_t e)
{
	tokenize(c, s, e);
	c->quarter_talk = c->quarter_sent && c->sent + 1 - c->quarter_sent <= 2;
	for (size_t i = 0; i < c->n; i++)
		if (WV(c, i, C_UNIT, U_QUARTER) || WV(c, i, C_UNITS, U_QUARTER)) {
			c->quarter_talk = true;
			c->quarter_sent = c->sent + 1;
		}
	for (size_t i = 0; i < c->n;) {
		const struct tx_tok *t = &c->t[i];
		/* most tokens start nothing: a word outside the lexicon, punctuation but an
		 * apostrophe */
		if ((t->kind == K_WORD && (t->cls == C_NONE || t->cls == C_AUX)) ||
		    (t->kind == K_PUNCT && !is_apos(c, i))) {
			i++;
			continue;
		}
		struct hit best;
		memset(&best, 0, sizeof(best));
		try_at(c, i, &best);
		if (best.end > i && best.value[0]) {
			/* The span ends at a kept final '.' only for "a.m." / "Nov." forms. */
			add_timex(c, c->t[i].s, c->t[best.end - 1].e, &best);
			i = best.end;
		} else {
			i++;
		}
	}
}

static void ctx_init(struct ctx *c, const struct doc *d, struct date a)
{
	size_t len;
	memset(c, 0, sizeof(*c));
	c->text = doc_text(d, &len);
	c->a = a;
	if (c->a.month < 1 || c->a.month > 12)
		c->a.month = c->a.day = 0;
	if (c->a.day < 1 || c->a.day > 31)
		c->a.day = 0;
	c->aday = c->a.year && c->a.month && c->a.day;
}

struct timex_list *timex_find(const struct doc *d)
{
	struct ctx c;
	size_t len;
	struct timex_list *l = xcalloc(1, sizeof(*l));

	ctx_init(&c, d, doc_anchor(d, NULL));
	c.l = l;
	doc_text(d, &len);
	size_t ns = doc_sentence_count(d);
	if (ns == 0) {
		scan(&c, 0, len);
	} else {
		for (size_t i = 0; i < ns; i++) {
			const struct doc_sentence *s = doc_sentence(d, i);
			c.para = s->paragraph;
			c.sent = i;
			scan(&c, s->span.start, s->span.end);
		}
	}
	free(c.t);
	tx_events_build(d, l);
	return l;
}

/* The article's own date: a full date alone on a short line, or in a dateline or a
 * "Published"/"Updated" line, among the first paragraphs. */
bool timex_find_anchor(const struct doc *d, struct date *out)
{
	struct ctx c;
	size_t len;
	struct date none = {0, 0, 0};
	bool found = false;

	ctx_init(&c, d, none);
	c.l = xcalloc(1, sizeof(*c.l));
	const char *text = doc_text(d, &len);
	size_t np = doc_paragraph_count(d);
	for (size_t p = 0; p < np && p < 6 && !found; p++) {
		const struct doc_para *pa = doc_paragraph(d, p);
		if (pa->span.start > 2000)
			break;
		size_t e = pa->span.end;
		if (e - pa->span.start > 400)
			e = pa->span.start + 400;
		c.l->n = 0;
		scan(&c, pa->span.start, e);
		for (size_t i = 0; i < c.l->n; i++) {
			const struct timex *x = &c.l->items[i];
			struct date dd;
			if (!date_parse_iso(x->value, &dd))
				continue;
			/* short line, or the date opens the paragraph or follows a dateline dash */
			bool shortline = pa->span.end - pa->span.start <= 80;
			bool early = x->span.start - pa->span.start <= 60;
			(void)text;
			if (shortline || early) {
				*out = dd;
				found = true;
				break;
			}
		}
	}
	free(c.l->items);
	free(c.l);
	free(c.t);
	return found;
}

void timex_list_free(struct timex_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nevents; i++)
		free(l->events[i].summary);
	free(l->events);
	free(l->items);
	free(l);
}

const char *timex_type_name(enum timex_type t)
{
	static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
	return (unsigned)t < 4 ? names[t] : "DATE";
}
