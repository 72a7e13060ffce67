/* timex_rules: the rules for numbers and units of time, calendar dates, years, weekdays,
 * seasons and times of day; each reads tokens from k and fills a hit. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timex_int.h"

static bool word_eq(const struct tx_ctx *c, size_t k, const char *w)
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

/* The token after "hundred(s)" or "thousand(s)" at k, if one stands there, or k: in "a few
 * hundred years", "several thousand years" the amount stays unknown, and the words are its. */
static size_t vague_hundreds(const struct tx_ctx *c, size_t k)
{
	return WV(c, k, C_NUMW, 100) || WV(c, k, C_AUX, MISC_THOUSAND) ? k + 1 : k;
}

/* A cardinal at k: digits, words ("twenty-four"), "a", "a few", "several". *v = -1 for an
 * unknown amount. Returns the token after it, or 0. */
size_t tx_parse_number(const struct tx_ctx *c, size_t k, long *v, bool *article)
{
	*article = false;
	if (NUM(c, k)) {
		if (c->t[k].ndig > 6)
			return 0;
		/* the digits after a thousands comma are no number of their own ("2,000 years" is
		 * not "000 years") */
		if (k >= 2 && P(c, k - 1, ',') && adj(c, k - 2) && adj(c, k - 1) && NUM(c, k - 2))
			return 0;
		/* "1,460 years": a thousands comma and three digits make one number, up to 9,999 */
		if (c->t[k].ndig <= 1 && adj(c, k) && P(c, k + 1, ',') && adj(c, k + 1) &&
		    NUM(c, k + 2) && c->t[k + 2].ndig == 3 &&
		    !(adj(c, k + 2) && (P(c, k + 3, ',') || P(c, k + 3, '.')) && NUM(c, k + 4))) {
			if (k > 0 && (P(c, k - 1, '$') || P(c, k - 1, '.')) &&
			    c->t[k - 1].e == c->t[k].s)
				return 0;
			*v = c->t[k].num * 1000 + c->t[k + 2].num;
			return k + 3;
		}
		/* "1.5", "10,000": not handled as amounts of time. */
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
			return *v < 0 ? vague_hundreds(c, j) : j;
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
		return vague_hundreds(c, k + 1);
	}
	return 0;
}

/* A unit of time at k ("years", or "-year" glued to the number). */
size_t tx_parse_unit(const struct tx_ctx *c, size_t k, int *unit, bool *plural)
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
size_t tx_match_amount(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool allow_rel)
{
	long v;
	bool art, pl;
	int unit;
	size_t j = tx_parse_number(c, k, &v, &art);
	if (!j)
		return 0;
	size_t u = tx_parse_unit(c, j, &unit, &pl);
	if (!u)
		return 0;
	if (unit == U_SEC && !pl && !art && v != 1)
		return 0; /* "the second" */
	if (NUM(c, k) && c->t[k].ndig == 4 && !pl)
		return 0; /* "1990 year" is not an amount */
	if (P(c, u, '-') && adj(c, u - 1) && word_eq(c, u + 1, "old"))
		return 0; /* an age: "a 6-year-old" */
	/* "only for a week earlier this month": after "for", the amount is how long, and
	 * "earlier" opens the date that follows it ("earlier this month"), not an offset */
	bool for_span = k > 0 && word_eq(c, k - 1, "for") && W(c, u, C_AGO) &&
			(c->t[u].val == AGO_EARLIER || c->t[u].val == AGO_LATER) &&
			(W(c, u + 1, C_REL) || W(c, u + 1, C_MONTH) || word_eq(c, u + 1, "in") ||
			 word_eq(c, u + 1, "that"));
	if (allow_rel && !for_span && W(c, u, C_AGO)) {
		int ago = c->t[u].val;
		long sign = ago == AGO_AGO || ago == AGO_EARLIER ? -1 : ago == AGO_LATER ? 1 : 0;
		if (sign && v >= 0) {
			/* "two days earlier" counts from the day last mentioned; "ago" from today */
			bool fromref = ago != AGO_AGO && c->has_ref && unit <= U_WEEK;
			/* "16 years later" counts from the year last mentioned, not from today */
			bool fromany = ago == AGO_LATER && !fromref && unit >= U_MONTH &&
				       c->has_refany && !c->refany_coarse && c->refany.year &&
				       !c->quarter_talk;
			/* "seven decades later" with no date before it, or after a decade ("in the
			 * 1950s. Two years later"), counts from a moment the article never gives: the
			 * year is unknown */
			struct date none = {0, 0, 0};
			bool nobase = ago == AGO_LATER && unit >= U_YEAR &&
				      ((!c->has_ref && !c->has_refany) || c->refany_coarse);
			/* so does "thirty minutes later" after the first paragraph with no day
			 * before it: a moment of a scene the story told, not the day of writing (in
			 * a one-paragraph post, "3 hours later" is still today) */
			nobase = nobase ||
				 (ago != AGO_AGO && unit < U_DAY && !c->has_ref && c->para > 0);
			/* "under which we still live today, more than 200 years later": years
			 * counted from the year last told that land past the paper's, in a clause
			 * that does not look ahead, count from a moment the story never gave */
			if (fromany && unit >= U_YEAR && c->a.year &&
			    c->refany.year + v * (unit == U_YEAR     ? 1
						  : unit == U_DECADE ? 10
								     : 100) >
				    c->a.year &&
			    !tx_future(c, k, u + 1)) {
				fromany = false;
				nobase = true;
			}
			/* "a decade ago" is the year ten back (TimeML's gold: "1989" in 1999),
			 * not the decade before; "two decades earlier" stays a decade */
			if (unit == U_DECADE && v == 1) {
				unit = U_YEAR;
				v = 10;
			}
			if (unit == U_YEAR && v == 1 && sign < 0 && tx_part_year_before(c, h))
				; /* "in the first half, down from ... a year earlier" */
			else if (unit == U_YEAR && v == 1 && sign < 0 && c->quarter_talk &&
				 c->a.month)
				tx_rel_value(c->a, U_QUARTER, -5, h);
			else
				tx_rel_value(fromref   ? c->ref
					     : fromany ? c->refany
					     : nobase  ? none
						       : c->a,
					     unit, sign * v, h);
			return u + 1;
		}
	}
	/* "several years ago", "a few days earlier", "many years earlier": some time back from a
	 * moment, no date (TimeML's PAST_REF); "a few months later" some time on (FUTURE_REF) */
	if (allow_rel && !for_span && v < 0 && W(c, u, C_AGO) &&
	    (c->t[u].val == AGO_AGO || c->t[u].val == AGO_EARLIER || c->t[u].val == AGO_LATER)) {
		h->type = TIMEX_DATE;
		snprintf(h->value, sizeof(h->value), "%s",
			 c->t[u].val == AGO_LATER ? "FUTURE_REF" : "PAST_REF");
		return u + 1;
	}
	if (allow_rel && W(c, u, C_FROM) && W(c, u + 1, C_REF) && c->t[u + 1].val == REF_NOW &&
	    v >= 0) {
		tx_rel_value(c->a, unit, v, h);
		return u + 2;
	}
	h->type = TIMEX_DURATION;
	tx_dur_value(h->value, sizeof(h->value), v, unit);
	return u;
}

/* ---- calendar dates ---- */

bool tx_month_word(const struct tx_ctx *c, size_t k, int *m)
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

/* A year glued to the month before it by a hyphen, as tables and data write it: "Jan-2015",
 * "March-2016". j is the token after the month; stores the year in *y. */
static bool dash_year(const struct tx_ctx *c, size_t j, int *y)
{
	return j > 0 && P(c, j, '-') && adj(c, j - 1) && adj(c, j) && year_num(c, j + 1, y);
}

/* Token k is a dash that joins two months into a range ("Jan-March", "May – June"). */
static bool month_dash(const struct tx_ctx *c, size_t k)
{
	return P(c, k, '-') || P(c, k, 0x2013);
}

/* "May" and "March" are verbs too: a month only with a number beside it, a time word before
 * it, or another month across a dash ("Jan-March", "May-June"). */
static bool month_ok(const struct tx_ctx *c, size_t k, int m)
{
	int y, m2;
	if (m != 5 && m != 3)
		return true;
	if (c->t[k].e - c->t[k].s != (m == 5 ? 3 : 5))
		return true;
	if (NUM(c, k + 1) || dash_year(c, k + 1, &y))
		return true;
	if (month_dash(c, k + 1) && tx_month_word(c, k + 2, &m2))
		return true;
	if (k == 0)
		return false;
	if (k >= 2 && month_dash(c, k - 1) && tx_month_word(c, k - 2, &m2))
		return true;
	const struct tx_tok *p = &c->t[k - 1];
	return p->kind == K_WORD &&
	       (p->cls == C_PREP || p->cls == C_REL || p->cls == C_MOD || p->cls == C_OF ||
		p->cls == C_FROM || (p->cls == C_MISC && p->val != MISC_S));
}

/* A month's abbreviation without its stop that is part of a name: a first name before a
 * surname ("Jan Piercy"), a hyphenated name ("Mar-a-Lago", "Jan-Christoph"; not "Jan-Feb"). */
static bool abbrev_in_name(const struct tx_ctx *c, size_t k)
{
	if (c->t[k].cls != C_MONABBR || P(c, k + 1, '.'))
		return false;
	if (P(c, k + 1, '-') && adj(c, k) && adj(c, k + 1))
		return k + 2 < c->n && c->t[k + 2].kind == K_WORD &&
		       (!c->t[k + 2].cap || c->t[k + 2].cls == C_NONE);
	return W(c, k + 1, C_NONE) && c->t[k + 1].cap;
}

/* A day number at k (1-31, "7th"); returns the token after it. */
static size_t day_num(const struct tx_ctx *c, size_t k, int *d)
{
	if (!NUM(c, k) || c->t[k].ndig > 2 || c->t[k].num < 1 || c->t[k].num > 31)
		return 0;
	*d = (int)c->t[k].num;
	if (adj(c, k) && WV(c, k + 1, C_MISC, MISC_TH))
		return k + 2;
	if (adj(c, k) && (plain_word(c, k + 1) || (k + 1 < c->n && c->t[k + 1].kind == K_NUM)))
		return 0; /* "7a", glued to something else */
	return k + 1;
}

/* A number from one to ninety-nine in words at k ("seven", "fifteen", "ninety-six"); returns the
 * token after it. */
static size_t spelled_small(const struct tx_ctx *c, size_t k, int *r)
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
static size_t spelled_year(const struct tx_ctx *c, size_t k, int *y, bool thousand)
{
	if (!W(c, k, C_NUMW))
		return 0;
	int a = c->t[k].val, r = 0;
	if (a == 2 && WV(c, k + 1, C_AUX, MISC_THOUSAND)) {
		if (!thousand)
			return 0;
		size_t j = k + 2, e;
		if (WV(c, j, C_AUX, MISC_AND))
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

/* The token after the month word at k and its abbreviation's stop ("Nov."). */
static size_t after_month(const struct tx_ctx *c, size_t k)
{
	return k + 1 + (c->t[k].cls == C_MONABBR && P(c, k + 1, '.') && adj(c, k));
}

/* Token k joins the two ends of a range of times: "and", "to", "until", "till", a dash. */
static bool time_range_link(const struct tx_ctx *c, size_t k)
{
	if (P(c, k, '-') || P(c, k, 0x2013) || P(c, k, 0x2014))
		return true;
	return in_list(c, k, "and to until till");
}

/* Token k joins the members of a list or range of dates: what joins a range of times but a
 * dash that sets a phrase apart (an em dash), a comma, "or", "through". */
static bool date_joiner(const struct tx_ctx *c, size_t k)
{
	if (P(c, k, 0x2014))
		return false;
	return time_range_link(c, k) || P(c, k, ',') || in_list(c, k, "or through");
}

/* The year that a list or range of dates writes once, at its end, for a member before it that
 * has none: "August and October of 2014", "May, June and July 2012", "from December to February
 * 2015", "March 3 and 4, 2019", "4 August and 6 October 2014". j is the token after month m (and
 * its day, `day`) written without a year. Reads up to four members ("October", "Oct. 6",
 * "6 October", a bare day after a member with a day) joined by date_joiner() alone, and returns
 * the year the first one that has one writes ("2014", ", 2014", "of 2014"), the year before it
 * when the month counts back over New Year ("December to February 2015"); 0 when anything else
 * comes between ("in May and in 2012 he moved"). */
static int shared_year(const struct tx_ctx *c, size_t j, int m, bool day)
{
	for (int member = 0; member < 4; member++) {
		size_t k = j, e;
		int m2 = m, d, y;
		while (k < j + 2 && date_joiner(c, k))
			k++;
		if (k == j)
			return 0;
		if (tx_month_word(c, k, &m2)) {
			e = after_month(c, k);
			size_t dj = day_num(c, e, &d);
			if (dj && !(NUM(c, e) && c->t[e].ndig == 4))
				e = dj;
		} else if ((e = day_num(c, k, &d)) != 0) {
			size_t mj = W(c, e, C_OF) ? e + 1 : e;
			if (tx_month_word(c, mj, &m2)) {
				e = after_month(c, mj);
			} else if (!day) {
				return 0; /* a bare number after a month without a day: no date */
			}
		} else {
			return 0;
		}
		if (year_num(c, e, &y) ||
		    ((P(c, e, ',') || W(c, e, C_OF)) && year_num(c, e + 1, &y)))
			return y - (m > m2);
		j = e;
		m = m2;
	}
	return 0;
}

/* The year of a range's start that has none, from its end: "between January 1 and September
 * 26" in a September paper runs from this January, not the next one, whatever year the end
 * takes. k is the start's month token (after "between" or "from"), j the token after its month
 * m and day d (0: none); the end is a month, with or without a day, right after a
 * time_range_link() or "through"; or, for a month with no day, right after a dash ("the
 * July-September quarter", "the April-to-June quarter": both months of one year, never July of
 * this year and September of the last). The end's year when the start comes before it in the
 * year, else the year before; 0 when there is no such end or its year is unknown. */
static int range_start_year(const struct tx_ctx *c, size_t k, size_t j, int m, int d)
{
	struct tx_hit end;
	int y2 = 0, m2 = 0, d2 = 0;
	size_t e = j + 1;

	if (!d && month_dash(c, j) && !(k > 0 && in_list(c, k - 1, "between from")))
		e = P(c, j, '-') && in_list(c, j + 1, "to") && P(c, j + 2, '-') ? j + 3 : j + 1;
	else if (k == 0 || !in_list(c, k - 1, "between from") ||
		 !(time_range_link(c, j) || in_list(c, j, "through")))
		return 0;
	if (!(W(c, e, C_MONTH) || W(c, e, C_MONABBR)))
		return 0;
	memset(&end, 0, sizeof(end));
	if (!tx_match_month(c, e, &end) || end.type != TIMEX_DATE ||
	    sscanf(end.value, "%4d-%2d-%2d", &y2, &m2, &d2) < 2 || y2 <= 0)
		return 0;
	return m < m2 || (m == m2 && d <= d2) ? y2 : y2 - 1;
}

size_t tx_year_words(const struct tx_ctx *c, size_t j, int *y)
{
	size_t q = W(c, j, C_OF) ? j + 1 : j;
	if (q > j && W(c, q, C_THE) && WV(c, q + 1, C_REL, R_SAME))
		q++;
	if (!WV(c, q + 1, C_UNIT, U_YEAR))
		return j;
	int r = W(c, q, C_REL) ? c->t[q].val : 0;
	if ((r == R_THIS || r == R_LAST || r == R_NEXT) && c->a.year) {
		*y = c->a.year + (r == R_LAST ? -1 : r == R_NEXT ? 1 : 0);
		return q + 2;
	}
	if (q > j && (r == R_THAT || r == R_SAME) && c->has_refany && !c->refany_coarse &&
	    c->refany.year) {
		*y = c->refany.year;
		return q + 2;
	}
	return j;
}

/* The tense of a month with no year at token k: after "since" ("have lost a third of their value
 * since January"), which counts from a start, it lies on or before the anchor when the clause
 * says nothing else (a past verb far back leaves it open). */
static int month_tense(const struct tx_ctx *c, size_t k, size_t j)
{
	int tense = tx_tense(c, k, j);
	if (tense == TENSE_NONE && k > 0 &&
	    (in_list(c, k - 1, "since") || (W(c, k - 1, C_MOD) && in_list(c, k - 2, "since"))))
		return TENSE_PAST;
	return tense;
}

/* "November 7", "Nov. 7, 2025", "March 2013", "November", "7 November 2025". */
size_t tx_match_month(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	int m, d = 0, y = 0;
	size_t j;

	if (tx_month_word(c, k, &m)) {
		if (!month_ok(c, k, m) || abbrev_in_name(c, k))
			return 0;
		j = after_month(c, k);
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
		} else if (era_end(c, j, &y)) {
			j = era_end(c, j, &y); /* "April 480 BC" */
		} else if (W(c, j, C_OF) && era_end(c, j + 1, &y)) {
			j = era_end(c, j + 1, &y);
		} else if (dash_year(c, j, &y)) {
			j += 2;
		} else if (P(c, j, ',') && year_num(c, j + 1, &y)) {
			j += 2;
		} else if (W(c, j, C_OF) && year_num(c, j + 1, &y)) {
			j += 2;
		} else if (!d && spelled_year(c, j, &y, true)) {
			j = spelled_year(c, j, &y, true); /* "January nineteen ninety-seven" */
		}
		if (!y)
			j = tx_year_words(c, j, &y);
		if (!y)
			y = shared_year(c, j, m, d != 0);
		if (!y && c->a.year)
			y = range_start_year(c, k, j, m, d);
		if (!y) {
			int tense = month_tense(c, k, j);
			y = tx_told_year(c, k, m, tense);
			if (!y)
				y = tx_year_for(c, m, d, tense);
		}
		tx_hit_month_day(h, y, m, d);
		return j;
	}
	j = day_num(c, k, &d);
	if (j) {
		if (W(c, j, C_OF))
			j++;
		if (tx_month_word(c, j, &m)) {
			j = after_month(c, j);
			if (P(c, j, ',') && year_num(c, j + 1, &y))
				j += 2;
			else if (year_num(c, j, &y))
				j++;
			else if (era_end(c, j, &y))
				j = era_end(c, j, &y); /* "12 August 480 BC" */
			if (!valid_day(y, m, d))
				return 0;
			if (!y)
				y = shared_year(c, j, m, true);
			if (!y) {
				int tense = tx_tense(c, k, j);
				y = tx_told_year(c, k, m, tense);
				if (!y)
					y = tx_year_for(c, m, d, tense);
			}
			tx_hit_day(h, y, m, d);
			return j;
		}
	}
	return 0;
}

/* "2025-11-07", "11/07/2025", "7/11/98". */
size_t tx_match_numeric(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!NUM(c, k) || !adj(c, k) || k + 4 >= c->n || !adj(c, k + 1) || !adj(c, k + 2) ||
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
	tx_hit_day(h, y, m, d);
	return k + 5;
}

/* Token k is a multiplication sign between numbers: "x" or "×" ("1800 x 1920 pixels"). */
static bool times_sign(const struct tx_ctx *c, size_t k)
{
	return P(c, k, 0xD7) || (k < c->n && c->t[k].kind == K_WORD && c->t[k].e - c->t[k].s == 1 &&
				 (c->text[c->t[k].s] | 0x20) == 'x');
}

/* Rows of a table of counts are short lines that end in a number after a word: "Andrea Pescetti
 * 3908". ROW_MAX bounds a row, and so every scan below. */
#define ROW_MAX 80

/* The length of the mark that parts a row's name from its number ("Tsutomu Uchino · 1991"): a
 * middle dot, a bullet, a bar, a colon or a dash, ending right before text + e; 0 for none. */
static size_t row_mark(const char *text, size_t s, size_t e)
{
	static const char *const marks[] = {
		"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "|", ":", "-"};
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		size_t n = strlen(marks[i]);
		if (e >= s + n && memcmp(text + e - n, marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* The line [s, e) of text is such a row: at most ROW_MAX bytes, ending in a letter, a space and
 * two digits or more, or in a letter, a space, a mark of row_mark(), a space and the digits. */
static bool count_row(const char *text, size_t s, size_t e)
{
	size_t d = e;

	if (e <= s || e - s > ROW_MAX)
		return false;
	while (d > s && text[d - 1] >= '0' && text[d - 1] <= '9')
		d--;
	if (e - d < 2 || d < s + 2 || text[d - 1] != ' ')
		return false;
	size_t m = row_mark(text, s, d - 1);
	if (m && d >= s + m + 3 && text[d - 2 - m] == ' ')
		d -= m + 1;
	return text_is_ascii_letter(text[d - 2]);
}

/* The year at token k, ending its line after a plain word ("Tsutomu Uchino 1991"), is a count in
 * a table when its line and the line before or after it (past blank lines) are rows of counts
 * (count_row()): a list of names and numbers, not a date. */
static bool count_in_table(const struct tx_ctx *c, size_t k)
{
	const char *t = c->text;
	size_t s = c->t[k].s, e = c->t[k].e, ls = s, le = e;

	/* a plain word before it, or a mark of row_mark(), which ends the sentence before the
	 * number (count_row() reads the line) */
	if ((k > 0 && !W(c, k - 1, C_NONE) &&
	     row_mark(t, c->t[k - 1].s, c->t[k - 1].e) != c->t[k - 1].e - c->t[k - 1].s) ||
	    (t[e] != '\n' && t[e] != '\0'))
		return false;
	while (ls > 0 && t[ls - 1] != '\n' && s - ls <= ROW_MAX)
		ls--;
	if (!count_row(t, ls, le))
		return false;
	/* the line before: back over the line breaks, then to its start */
	size_t pe = ls, ps;
	while (pe > 0 && t[pe - 1] == '\n' && ls - pe < 3)
		pe--;
	for (ps = pe; ps > 0 && t[ps - 1] != '\n' && pe - ps <= ROW_MAX; ps--)
		;
	if (pe < ls && count_row(t, ps, pe))
		return true;
	/* the line after */
	size_t ns = le, ne;
	while (t[ns] == '\n' && ns - le < 3)
		ns++;
	for (ne = ns; t[ne] && t[ne] != '\n' && ne - ns <= ROW_MAX; ne++)
		;
	return ns > le && count_row(t, ns, ne);
}

/* The year at k is one of a copyright notice's: after "©", "(c)" or "Copyright", or after another
 * of its years and a comma or a dash ("© 2002, 2003", "Copyright 2010-2014"). Page furniture,
 * no event. */
static bool copyright_year(const struct tx_ctx *c, size_t k)
{
	int y;
	size_t j = k;

	while (j >= 2 && j + 8 > k &&
	       (P(c, j - 1, ',') || P(c, j - 1, '-') || P(c, j - 1, 0x2013)) &&
	       year_num(c, j - 2, &y))
		j -= 2;
	if (j == 0)
		return false;
	if (P(c, j - 1, 0xA9))
		return true;
	if (j >= 3 && P(c, j - 1, ')') && P(c, j - 3, '(') && c->t[j - 2].kind == K_WORD &&
	    c->t[j - 2].e - c->t[j - 2].s == 1 && (c->text[c->t[j - 2].s] | 0x20) == 'c')
		return true;
	return in_list(c, j - 1, "copyright");
}

/* The year-like number y at token k counts people or jobs ("a poll of 2047 registered voters",
 * "surveyed 1998 adults", "cut 2000 jobs"): a plural of such a count comes next, or after one
 * lowercase word, and no determiner or preposition of time stands before the number (not "the
 * 2012 voters", where the year names the election's, nor "In 2008 young voters turned out"). A year names people of its time too ("93 percent of 2012 voters"),
 * so the count needs one of: a word between ("registered", "likely"), a noun that a year seldom
 * names ("respondents", "jobs"), or a year past the article's (a story of 2015 on "2047 voters"
 * counts them). */
/* The word w (lowercase; letters beyond ASCII, which the tokens split, as written) stands
 * whole right before token k, one space between: "más" before "de". */
static bool word_before(const struct tx_ctx *c, size_t k, const char *w)
{
	size_t n = strlen(w), s = c->t[k].s, lo = c->t[0].s;
	if (s < lo + n + 1 || c->text[s - 1] != ' ')
		return false;
	size_t b = s - 1 - n;
	return strncasecmp(c->text + b, w, n) == 0 && (b == lo || c->text[b - 1] == ' ');
}

/* Token k, a number, follows words that make it more or less than an amount: "more than",
 * "fewer than", "less than", "más de", "menos de", "plus de". No year follows them (but a
 * year's possessive: "more than 2012's turnout"). */
static bool beyond_words(const struct tx_ctx *c, size_t k)
{
	return k >= 2 && ((in_list(c, k - 1, "than") && in_list(c, k - 2, "fewer less more")) ||
			  (in_list(c, k - 1, "de") && (in_list(c, k - 2, "mas menos plus") ||
						       word_before(c, k - 1, "m\xC3\xA1s"))));
}

/* Token k, a number, follows words that make it an amount: beyond_words(), "over", "about",
 * "some", "nearly", "at least", "up to", "unos". */
static bool amount_words(const struct tx_ctx *c, size_t k)
{
	static const char one[] = "about almost approximately around casi environ estimated nearly "
				  "over roughly some unas unos";
	if (k == 0)
		return false;
	if (in_list(c, k - 1, one) || beyond_words(c, k))
		return true;
	return k >= 2 && ((in_list(c, k - 1, "least") && in_list(c, k - 2, "at")) ||
			  (in_list(c, k - 1, "to") && in_list(c, k - 2, "up")));
}

/* Token k is a lowercase plural noun: a word in "-s" of four letters or more (not "-ss", "-us",
 * "-is", nor a verb's "does", "goes"), or "people", "children", "men", "women", "police". */
static bool plural_noun(const struct tx_ctx *c, size_t k)
{
	if (!plain_word(c, k) || c->t[k].cap)
		return false;
	if (in_list(c, k, "children men people police women"))
		return true;
	const char *w = c->text + c->t[k].s;
	size_t n = c->t[k].e - c->t[k].s;
	return n >= 4 && w[n - 1] == 's' && !strchr("su", w[n - 2]) && w[n - 2] != 'i' &&
	       !in_list(c, k, "does goes");
}

/* The year-like number at token k is an amount of things: amount words before it and a plural
 * noun after it, or after one lowercase word ("some 1800 new jobs", "about 2000 cases"), or
 * "of them" ("nearly 2000 of them"); after "more than", "más de" whatever follows but a
 * possessive ("more than 2000 were killed", "más de 2000 personas"). "In about 2000, the firm
 * moved" and "Around 2000 the plant closed" stay years, and so does a year y of the anchor's
 * time before a plural. */
static bool amount_of_things(const struct tx_ctx *c, size_t k, int y)
{
	if (!amount_words(c, k))
		return false;
	if (beyond_words(c, k))
		return !is_apos(c, k + 1);
	/* "Some 2016 presidential candidates" in a paper of 2015: a year of the anchor's time
	 * names the people of its election */
	if (c->a.year && y >= c->a.year - 1 && y <= c->a.year + 1)
		return false;
	if (W(c, k + 1, C_OF))
		return in_list(c, k + 2, "them these those us whom");
	return plural_noun(c, k + 1) ||
	       (plain_word(c, k + 1) && !c->t[k + 1].cap && plural_noun(c, k + 2));
}

/* The year-like number y at token k is what a past verb counts ("scored 1991 points", "wrote
 * 1991 lines of code", "sold 1998 cars"): a lowercase past form right before it and a plural noun
 * right after, the year far from the anchor's (a story of 2020 on "reported 2019 revenues" names
 * the year's revenues). */
static bool count_after_verb(const struct tx_ctx *c, size_t k, int y)
{
	if (k == 0 || !c->a.year || (y >= c->a.year - 2 && y <= c->a.year + 1))
		return false;
	return plain_word(c, k - 1) && !c->t[k - 1].cap && tx_past_form(c, k - 1) &&
	       plural_noun(c, k + 1);
}

static bool count_of_people(const struct tx_ctx *c, size_t k, int y)
{
	static const char counted[] = "respondents adults residents participants individuals "
				      "households employees workers jobs persons";
	static const char named[] = "voters people members users students patients";
	static const char dets[] = "the this that these those his her its their our my your whose";
	if (k > 0 && (W(c, k - 1, C_THE) || in_list(c, k - 1, dets) || is_apos(c, k - 1) ||
		      W(c, k - 1, C_PREP) || W(c, k - 1, C_FROM) || W(c, k - 1, C_AGO)))
		return false;
	size_t n = k + 1;
	bool between = W(c, n, C_NONE) && !c->t[n].cap && !in_list(c, n, counted) &&
		       !in_list(c, n, named) &&
		       (in_list(c, n + 1, counted) || in_list(c, n + 1, named));
	if (between)
		n++;
	if (n >= c->n || c->t[n].cap)
		return false;
	if (in_list(c, n, counted))
		return true;
	return in_list(c, n, named) && (between || (c->a.year && y > c->a.year + 1));
}

/* Token k ends a span of years written from the year two tokens back, glued to it by a hyphen
 * or an en dash: "1947-54", "2008-9", "2015–16" (a season), "2008-2009". TimeML tags the end as
 * a year of its own ("54" is 1954), and the timeline joins the two into one span. The end lies
 * after the start and at most 30 years on (not "2015-03", a month of 2015, which would be 2103);
 * nothing is glued after it ("2008-9-1", "1990-94%", "2008-09am"), and the start is a year the
 * scan tags, not a season's ("the winter of 2004-5"). Stores the end year in *y. */
static bool year_span_end(const struct tx_ctx *c, size_t k, int *y)
{
	struct tx_hit h;
	int y1, y2;

	if (k < 2 || !NUM(c, k) || !(P(c, k - 1, '-') || P(c, k - 1, 0x2013)) || !adj(c, k - 2) ||
	    !adj(c, k - 1) || !year_num(c, k - 2, &y1))
		return false;
	int n = (int)c->t[k].num;
	switch (c->t[k].ndig) {
	case 1:
		y2 = y1 / 10 * 10 + n;
		break;
	case 2:
		y2 = y1 / 100 * 100 + n;
		if (y2 <= y1)
			y2 += 100;
		break;
	case 4:
		y2 = n;
		break;
	default:
		return false;
	}
	if (y2 <= y1 || y2 - y1 > 30)
		return false;
	if (adj(c, k) && k + 1 < c->n &&
	    (c->t[k + 1].kind == K_WORD || NUM(c, k + 1) || P(c, k + 1, '-') ||
	     P(c, k + 1, 0x2013) || P(c, k + 1, '/') || P(c, k + 1, '%') || P(c, k + 1, ':') ||
	     ((P(c, k + 1, '.') || P(c, k + 1, ',')) && NUM(c, k + 2) && adj(c, k + 1))))
		return false;
	/* "the winter of 2004-5" is the one winter that began in 2004 */
	if (W(c, k - 3, C_SEASON) || (k >= 4 && W(c, k - 3, C_OF) && W(c, k - 4, C_SEASON)))
		return false;
	memset(&h, 0, sizeof(h));
	if (tx_match_year(c, k - 2, &h, false) != k - 1)
		return false;
	*y = y2;
	return true;
}

/* "21st Century Fox took", "at 20th Century Studios, which": "Century" with a capital before a
 * capitalised word that a lowercase word or a mark follows is a word of a name, no century (a
 * heading in title case goes on in capitals: "How the 20th Century Changed Music"). */
static bool century_name(const struct tx_ctx *c, size_t k)
{
	return c->t[k].cap && k + 1 < c->n && c->t[k + 1].kind == K_WORD && c->t[k + 1].cap &&
	       (k + 2 >= c->n || c->t[k + 2].kind == K_PUNCT ||
		(c->t[k + 2].kind == K_WORD && !c->t[k + 2].cap));
}

/* "1990", "the 1990s", "the '90s", "the 20th century". */
size_t tx_match_year(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool strong)
{
	int y;
	/* a year of an era: "499 BC", "AD 79" (the number; the scan starts at no plain word),
	 * "79 AD" */
	if (era_year(c, k, &y)) {
		tx_put_year(h->value, sizeof(h->value), y);
		h->type = TIMEX_DATE;
		return k + 1 + bc_len(c, k + 1) + ad_len(c, k + 1);
	}
	/* the first year of "499-493 BC", "from 499 to 493 BC", "between 499 and 493 BC" */
	if (NUM(c, k) && c->t[k].ndig <= 4 && c->t[k].num >= 1 &&
	    (((P(c, k + 1, '-') || P(c, k + 1, 0x2013)) && adj(c, k) && adj(c, k + 1)) ||
	     in_list(c, k + 1, "to and")) &&
	    era_year(c, k + 2, &y) && y < 0 && c->t[k].num > -y &&
	    !(k > 0 && c->t[k - 1].e == c->t[k].s && c->t[k - 1].kind != K_PUNCT)) {
		tx_put_year(h->value, sizeof(h->value), -(int)c->t[k].num);
		h->type = TIMEX_DATE;
		return k + 1;
	}
	/* "the 470s BC" */
	if (NUM(c, k) && c->t[k].ndig == 3 && c->t[k].num % 10 == 0 && adj(c, k) &&
	    WV(c, k + 1, C_MISC, MISC_S) && bc_word(c, k + 2)) {
		snprintf(h->value, sizeof(h->value), "BC%03ld", c->t[k].num / 10);
		h->type = TIMEX_DATE;
		return k + 2 + bc_len(c, k + 2);
	}
	if (year_span_end(c, k, &y)) {
		tx_put_year(h->value, sizeof(h->value), y);
		h->type = TIMEX_DATE;
		return k + 1;
	}
	if (year_num(c, k, &y)) {
		if (adj(c, k) && WV(c, k + 1, C_MISC, MISC_S) && y % 10 == 0) {
			snprintf(h->value, sizeof(h->value), "%03d", y / 10);
			h->type = TIMEX_DATE;
			return k + 2;
		}
		if (adj(c, k) && is_apos(c, k + 1) && WV(c, k + 2, C_MISC, MISC_S) && y % 10 == 0) {
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
		     (P(c, k + 1, ',') && NUM(c, k + 2) && adj(c, k + 1)) ||
		     (P(c, k + 1, '.') && NUM(c, k + 2) && adj(c, k + 1)) ||
		     (k + 1 < c->n && c->t[k + 1].kind == K_WORD && !WV(c, k + 1, C_MISC, MISC_S))))
			return 0;
		if (k + 1 < c->n && c->t[k + 1].kind == K_WORD &&
		    (c->t[k + 1].cls == C_UNITS || c->t[k + 1].cls == C_UNIT))
			return 0;
		if (count_in_table(c, k) || copyright_year(c, k) || count_of_people(c, k, y) ||
		    amount_of_things(c, k, y) || count_after_verb(c, k, y))
			return 0;
		/* a dimension, not a year: "a resolution of 1800 x 1920 per eye" */
		if ((k >= 2 && times_sign(c, k - 1) && NUM(c, k - 2)) ||
		    (times_sign(c, k + 1) && NUM(c, k + 2)))
			return 0;
		if (!strong && (y < 1900 || y > 2099)) {
			const struct tx_tok *p = k > 0 ? &c->t[k - 1] : NULL;
			if (!p || p->kind != K_WORD ||
			    !(p->cls == C_PREP || p->cls == C_OF || p->cls == C_FROM ||
			      p->cls == C_MISC || p->cls == C_MONTH || p->cls == C_SEASON))
				return 0;
		}
		tx_put_year(h->value, sizeof(h->value), y);
		h->type = TIMEX_DATE;
		return k + 1;
	}
	if (is_apos(c, k) && NUM(c, k + 1) && c->t[k + 1].ndig == 2 && adj(c, k) && adj(c, k + 1) &&
	    WV(c, k + 2, C_MISC, MISC_S) && c->t[k + 1].num % 10 == 0) {
		int cent = c->a.year ? c->a.year / 100 : 19;
		if (c->a.year && c->t[k + 1].num > c->a.year % 100)
			cent--;
		snprintf(h->value, sizeof(h->value), "%02d%ld", cent, c->t[k + 1].num / 10);
		h->type = TIMEX_DATE;
		return k + 3;
	}
	if (NUM(c, k) && c->t[k].ndig <= 2 && adj(c, k) && WV(c, k + 1, C_MISC, MISC_TH) &&
	    WV(c, k + 2, C_UNIT, U_CENTURY) && c->t[k].num >= 1 && !century_name(c, k + 2)) {
		size_t bc = bc_len(c, k + 3); /* "the 4th century BC" */
		snprintf(h->value, sizeof(h->value), "%s%02ld", bc ? "BC" : "", c->t[k].num - 1);
		h->type = TIMEX_DATE;
		return k + 3 + bc;
	}
	return 0;
}

/* "nineteen ninety-six", "the year two thousand" (with thousand): a year in words. */
size_t tx_match_spelled_year(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool thousand)
{
	int y;
	size_t e = spelled_year(c, k, &y, thousand);
	if (!e)
		return 0;
	tx_put_year(h->value, sizeof(h->value), y);
	h->type = TIMEX_DATE;
	return e;
}

/* ---- weekdays, days and seasons ---- */

static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* A day phrase optionally followed by a part of the day ("Friday morning"). */
static size_t with_part(const struct tx_ctx *c, size_t j, struct tx_hit *h)
{
	/* "Friday night": news corpora annotate the day (TempEval-3 gold mostly drops the part) */
	if (W(c, j, C_PART) && h->day)
		return j + 1;
	return j;
}

/* The day weekday wd (1 = Monday) names from the anchor: rel (enum tx_rel) picks the week,
 * else the clause's tense (enum tx_tense) looks ahead or back, else the nearest; "XXXX-WXX-wd"
 * without a full anchor. */
static void weekday_hit(const struct tx_ctx *c, int wd, int rel, int tense, struct tx_hit *h)
{
	if (!c->aday) {
		snprintf(h->value, sizeof(h->value), "XXXX-WXX-%d", wd);
		h->type = TIMEX_DATE;
		return;
	}
	long z = date_to_days(c->a.year, c->a.month, c->a.day);
	int aw = date_weekday(z);
	long delta;
	/* a saying told in the past may be days back, and the weekday it looked ahead to past
	 * by now ("said they would light landmarks on Monday night" in a Wednesday paper):
	 * TENSE_LATER is no future here */
	bool fut = tense == TENSE_FUTURE;
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
		/* "Tuesday" in a Monday paper is more likely tomorrow than six days back, even in
		 * the past tense (wire copy is often dated the day before the paper, a page's
		 * publication time may be of another time zone); not when the anchor is the date
		 * line the article prints: "rejected the offer on Friday" under "Published Thursday,
		 * December 3" is last Friday */
		long ahead = (wd - aw + 7) % 7;
		bool nearer = tense == TENSE_LATER  ? ahead <= 1 - delta
			      : tense == TENSE_NEAR ? ahead < -delta
			      : tense == TENSE_PAST ? ahead == 1 && !c->aown
						    : ahead * 3 < -delta;
		if (!rel && ahead && nearer)
			delta = ahead;
	}
	int y, m, d;
	date_from_days(z + delta, &y, &m, &d);
	tx_hit_day(h, y, m, d);
}

/* "Friday", "Friday morning", "Friday, Nov. 7". */
/* "the last Friday in August", "the first Monday of March 2016", "the third Thursday in
 * November": token k is the ordinal or "last" after "the". One day of the month, whose year is
 * the one written or the month's own (as tx_match_month reads it, but with the tense of the
 * clause before "the": "will meet at 2 p.m. on the last Friday in August"). */
size_t tx_match_nth_weekday(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	int n = W(c, k, C_ORD) ? c->t[k].val : WV(c, k, C_REL, R_LAST) ? -1 : 0, m, y = 0;
	if (!n || n > 4 || k == 0 || !W(c, k - 1, C_THE) || !W(c, k + 1, C_WDAY) ||
	    !in_list(c, k + 2, "in of") || !tx_month_word(c, k + 3, &m))
		return 0;
	struct tx_hit mh;
	memset(&mh, 0, sizeof(mh));
	size_t e = tx_match_month(c, k + 3, &mh);
	if (!e || mh.day || mh.type != TIMEX_DATE)
		return 0;
	for (size_t j = k + 3; j < e; j++)
		if (told_year_num(c, j, &y))
			break;
	if (!y) {
		int tense = tx_tense(c, k - 1, e);
		y = tx_told_year(c, k + 3, m, tense);
		if (!y)
			y = tx_year_for(c, m, 0, tense);
	}
	int d = y > 0 ? date_nth_weekday(y, m, c->t[k + 1].val, n) : 0;
	if (!d)
		return 0;
	tx_hit_month_day(h, y, m, d);
	return e;
}

/* A weekday at k named with a month and day that write no year (tokens [j, e): "Friday, Aug.
 * 4") tells the year: when the year read for the month and day (d, a whole day) puts another
 * weekday there and the year before or after puts the named one, that year is the date's (the
 * nearer the anchor when both do): "will vote on Friday, Aug. 4" in March 2017 was Thursday
 * 2016-08-04, and is 2017-08-04. */
static void weekday_year(const struct tx_ctx *c, size_t k, size_t j, size_t e, struct tx_hit *d)
{
	int y, wd = c->t[k].val;
	for (size_t i = j; i < e; i++)
		if (told_year_num(c, i, &y))
			return;
	struct date x = d->date;
	if (x.year < 1 || !c->a.year || date_weekday(date_to_days(x.year, x.month, x.day)) == wd)
		return;
	long a = date_to_days(c->a.year, c->a.month ? c->a.month : 1, c->a.day ? c->a.day : 1);
	long far = LONG_MAX;
	int best = 0;
	for (int yy = x.year - 1; yy <= x.year + 1; yy += 2) {
		if (!valid_day(yy, x.month, x.day))
			continue;
		long z = date_to_days(yy, x.month, x.day);
		if (date_weekday(z) == wd && labs(z - a) < far) {
			far = labs(z - a);
			best = yy;
		}
	}
	if (best)
		tx_hit_day(d, best, x.month, x.day);
}

/* Token k joins two weekdays into a range: "Thursday through Monday", "Monday-Friday". */
static bool weekday_link(const struct tx_ctx *c, size_t k)
{
	return P(c, k, '-') || P(c, k, 0x2013) || in_list(c, k, "through thru to until till");
}

/* A weekday that starts or ends a range of weekdays (k: "Thursday" or "Monday" of "Thursday
 * through Monday") is read with the other: the start on or before the end, less than a week
 * apart. Each read alone, the start can fall after the end ("taken Thursday through Monday" in
 * a Wednesday paper read Thursday as the next day and Monday as two days back). Then the range
 * keeps the end when the clause is past or the end is no later than the anchor and the clause
 * names no future; else the start. Rewrites h (k's own reading). */
static void weekday_range(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	size_t s = k;
	if (k >= 2 && W(c, k - 2, C_WDAY) && weekday_link(c, k - 1))
		s = k - 2;
	else if (!(W(c, k + 2, C_WDAY) && weekday_link(c, k + 1)))
		return;
	if (!c->aday || h->type != TIMEX_DATE || !h->day)
		return;
	int tense = tx_tense(c, s, s + 1), gap = (c->t[s + 2].val - c->t[s].val + 7) % 7;
	struct tx_hit a, b;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	weekday_hit(c, c->t[s].val, 0, tense, &a);
	weekday_hit(c, c->t[s + 2].val, 0, tense, &b);
	long sa = date_to_days(a.date.year, a.date.month, a.date.day),
	     sb = date_to_days(b.date.year, b.date.month, b.date.day),
	     z = date_to_days(c->a.year, c->a.month, c->a.day);
	if (gap == 0 || sb - sa == gap)
		return;
	bool fut = tense == TENSE_FUTURE || tense == TENSE_LATER;
	if (tense == TENSE_PAST || (!fut && sb <= z))
		sa = sb - gap;
	else
		sb = sa + gap;
	int y, m, d;
	date_from_days(s == k ? sa : sb, &y, &m, &d);
	tx_hit_day(h, y, m, d);
}

/* A weekday at k that a future told in the past looks ahead to, when its sentence dated the
 * saying to a day of the week before the anchor ("said on Sunday he would go on Friday" in a
 * Monday paper): the first such weekday after the saying, not the nearer one to the anchor.
 * Makes h that day; false when no date of the sentence before k is such a day. */
static bool weekday_after_saying(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!c->aday || !c->n)
		return false;
	long here = date_to_days(c->a.year, c->a.month, c->a.day);
	for (size_t i = c->l->n; i-- > 0 && c->l->items[i].span.start >= c->t[0].s;) {
		if (c->l->items[i].span.start >= c->t[k].s)
			continue;
		struct tx_point p;
		tx_point_parse(c->l->items[i].value, &p);
		if (!p.dated || p.gran > GRAN_DAY || !p.year)
			return false;
		long said = date_to_days(p.year, p.month, p.day);
		if (said > here || here - said > 6)
			return false;
		long delta = (c->t[k].val - date_weekday(said) + 7) % 7;
		int y, m, d;
		date_from_days(said + (delta ? delta : 7), &y, &m, &d);
		tx_hit_day(h, y, m, d);
		return true;
	}
	return false;
}

/* Verbs of a state that lasts, in the present or plain ("rain continues through Tuesday", "the
 * warning remains in effect until Tuesday"), and the present copula ("showers are possible
 * through Tuesday"). */
static const char lasting[] =
	"are continue continues is last lasts linger lingers persist persists remain remains run "
	"runs stay stays";

/* The weekday at k ends a state that holds now or that a recent saying looks ahead to: after
 * "through", "until" or "till", in a clause told in the present (a verb of lasting or "is"
 * within six tokens before, no past form between) or told as a future in the past ("said the
 * road would remain closed through Tuesday"). A state that ended yesterday is told in the past
 * ("the road was closed through Tuesday"), so the end is the coming weekday. */
static bool lasts_until(const struct tx_ctx *c, size_t k, int tense)
{
	if (k == 0 || !in_list(c, k - 1, "through till until"))
		return false;
	if (tense == TENSE_LATER)
		return true;
	if (tense != TENSE_NONE && tense != TENSE_NEAR)
		return false;
	for (size_t j = k - 1, lo = k > 7 ? k - 7 : 0; j-- > lo;) {
		/* "remains closed", "is shut" are a state; "was closed" is past */
		if (tx_clause_end(c, j) || (tx_past_form(c, j) && !in_list(c, j - 1, lasting)))
			return false;
		if (in_list(c, j, lasting))
			return true;
	}
	return false;
}

size_t tx_match_weekday(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h)
{
	if (!W(c, k, C_WDAY))
		return 0;
	size_t j = k + 1;
	if (P(c, j, ',')) {
		struct tx_hit d2;
		memset(&d2, 0, sizeof(d2));
		size_t e = tx_match_month(c, j + 1, &d2);
		if (e && d2.day) {
			weekday_year(c, k, j + 1, e, &d2);
			*h = d2;
			return e;
		}
	}
	if (j < c->n && c->t[j].kind == K_NUM && !rel) {
		struct tx_hit d2;
		memset(&d2, 0, sizeof(d2));
		size_t e = tx_match_month(c, j, &d2);
		if (e && d2.day) {
			weekday_year(c, k, j, e, &d2);
			*h = d2;
			return e;
		}
	}
	/* a weekday a saying's condition leads to is ahead ("said that if the vote failed they
	 * would return to it on Wednesday"), though the saying's own "would" is no future */
	int tense = tx_tense(c, k, j);
	if ((tense == TENSE_LATER || tense == TENSE_NONE) && tx_said_condition(c, k))
		tense = TENSE_FUTURE;
	if (rel || tense != TENSE_LATER || !weekday_after_saying(c, k, h))
		weekday_hit(c, c->t[k].val, rel, lasts_until(c, k, tense) ? TENSE_FUTURE : tense,
			    h);
	if (!rel)
		weekday_range(c, k, h);
	return with_part(c, j, h);
}

size_t tx_match_deictic(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!W(c, k, C_DEIC))
		return 0;
	int v = c->t[k].val;
	if (tx_today_generic(c, k)) {
		snprintf(h->value, sizeof(h->value), "PRESENT_REF");
		h->type = TIMEX_DATE;
		return k + 1;
	}
	long delta = v == D_YESTERDAY ? -1 : v == D_TOMORROW ? 1 : 0;
	tx_rel_value(c->a, U_DAY, delta, h);
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

int tx_that_year(const struct tx_ctx *c)
{
	return c->has_refany && !c->refany_coarse && c->para <= c->refany_para + 1 ? c->refany.year
										   : 0;
}

size_t tx_match_season(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h)
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
	else if (era_end(c, j, &y))
		j = era_end(c, j, &y); /* "spring 480 BC" */
	else if (W(c, j, C_OF) && era_end(c, j + 1, &y))
		j = era_end(c, j + 1, &y); /* "the autumn of 481 BC" */
	if (!y && !rel)
		return 0;
	if (!y && (rel == R_THAT || rel == R_SAME)) {
		/* "that summer": of the year of the date last mentioned nearby, else none a
		 * reader can use (tx_match_the_season()); not "that fall in prices", "that
		 * spring of hope" */
		if (W(c, j, C_OF) || in_list(c, j, "in from to") || !(y = tx_that_year(c)))
			return 0;
	} else if (!y && c->a.year) {
		int start = 3 * s; /* SP 3, SU 6, FA 9, WI 12 */
		y = c->a.year;
		if (rel == R_LAST)
			y = c->a.month && c->a.month > start ? y : y - 1;
		else if (rel == R_NEXT)
			y = c->a.month && c->a.month < start ? y : y + 1;
	}
	char yy[8];
	tx_put_year(yy, sizeof(yy), y);
	snprintf(h->value, sizeof(h->value), "%s-%s", yy, season_code[s]);
	h->type = TIMEX_DATE;
	return j;
}

/* The season "the" + season at token k names in a clause that looks ahead (tense): the one not
 * yet over, the year of its last month as a month to come has it ("will be finished by the
 * summer" in January is this summer; "reopens in the spring" in July the next). It must hang on
 * the future: after "by", "until", "till", "before" or "into", right after a schedule verb
 * ("the work starts in the spring") or right after the verb a future marker governs ("will
 * reopen in the spring", "is expected to be finished in the fall"), not on a noun further on
 * ("will press charges for the conflict during the summer": the summer gone or the one to
 * come). A winter seen from January or February may be the one under way or the next: none. 0
 * when none can be told. */
static int season_ahead(const struct tx_ctx *c, size_t k, int start, int tense)
{
	/* "is expected to be finished in the fall": an infinitive "to be" leaves the tense open
	 * (tx_tense()), but after a word that looks ahead it is a plan */
	bool plan = tense == TENSE_NONE && k >= 6 && in_list(c, k - 4, "be") &&
		    in_list(c, k - 5, "to") &&
		    in_list(c, k - 6, "due expected going planned poised scheduled set slated");
	if ((tense != TENSE_FUTURE && tense != TENSE_LATER && !plan) || !c->a.year || !c->a.month)
		return 0;
	if (start == 12 && c->a.month <= 2)
		return 0;
	if (!in_list(c, k - 2, "by until till before into") &&
	    !(k >= 3 && tx_schedule_verb(c, k - 3, k - 1))) {
		/* at most two words ("reopen", "be finished") between the marker and "in" */
		size_t m = k - 3, lo = k >= 6 ? k - 5 : 0;
		while (m > lo && c->t[m].kind == K_WORD && !in_list(c, m, "will would to shall"))
			m--;
		if (c->t[m].kind != K_WORD || !in_list(c, m, "will would to shall"))
			return 0;
	}
	return tx_year_for(c, start == 12 ? 12 : start + 2, 0, TENSE_FUTURE);
}

size_t tx_match_the_season(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!W(c, k, C_SEASON))
		return 0;
	/* "the summer of 1959": the season's own rule, "the" inside as TimeML writes it */
	size_t e = tx_match_season(c, k, 0, h);
	if (e)
		return e;
	/* a season alone needs a preposition of time before "the" ("during the summer", "over
	 * the winter"), and no noun it names a kind of after it ("the summer convention", "the
	 * Summer Olympics", "the fall of Rome", "the fall in prices") */
	if (k < 2 || !in_list(c, k - 2,
			      "in during over through throughout since until till by into before "
			      "after for"))
		return 0;
	if (W(c, k + 1, C_OF) || in_list(c, k + 1, "in from to") ||
	    (k + 1 < c->n && c->t[k + 1].kind == K_WORD && c->t[k + 1].cls == C_NONE &&
	     !in_list(c, k + 1, "and or when as while but that the a his her its their")))
		return 0;
	int sn = c->t[k].val, start = 3 * sn; /* SP 3, SU 6, FA 9, WI 12 */
	int tense = tx_tense(c, k - 1, k + 1), y = tx_told_year(c, k, start, tense);
	/* which one, in a clause told in the past: the year of the date last mentioned, another
	 * than the anchor's, in the last three sentences, of its paragraph or the one before, as
	 * the story goes on ("The summer of 2005 saw fighting ... This led to fighting in the
	 * autumn"; "The Democrats understood this in 2008 ... went up against John McCain in the
	 * fall"; "followed suit in October. ... throughout the summer and fall"); else the last
	 * begun, in a story of the anchor's time (more of its dates written than of another
	 * time's, or none of another time: "dragged on during the summer" in March). In a clause that
	 * looks ahead, the season to come where the season hangs on the future (season_ahead()).
	 * Else none can be told, and a season of no year is no date a reader can use. */
	if (!y && tense == TENSE_PAST && c->has_refany && !c->refany_coarse && c->refany_sent &&
	    c->refany.year && c->refany.year != c->a.year && c->sent + 1 - c->refany_sent <= 3 &&
	    c->para <= c->refany_para + 1)
		y = c->refany.year;
	if (!y && tense == TENSE_PAST && c->a.year && c->a.month &&
	    (c->years_near > c->years_far || !c->years_far))
		y = c->a.month >= start ? c->a.year : c->a.year - 1;
	if (!y)
		y = season_ahead(c, k, start, tense);
	if (!y)
		return 0;
	char yy[8];
	tx_put_year(yy, sizeof(yy), y);
	snprintf(h->value, sizeof(h->value), "%s-%s", yy, season_code[sn]);
	h->type = TIMEX_DATE;
	return k + 1;
}

/* ---- times of day ---- */

static size_t parse_ampm(const struct tx_ctx *c, size_t k, int *add)
{
	if (W(c, k, C_AMPM)) {
		*add = c->t[k].val;
		return k + 1;
	}
	/* "a.m." / "p.m." */
	if (k + 2 < c->n && c->t[k].kind == K_WORD && c->t[k].e - c->t[k].s == 1 && adj(c, k) &&
	    P(c, k + 1, '.') && adj(c, k + 1) && WV(c, k + 2, C_MISC, MISC_M)) {
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

/* The clock time at token k: "3 p.m.", "10:30 a.m. EST", "15:00 GMT", "noon", "9 o'clock";
 * sets *hh and *mm and returns the token after it, or 0. */
static size_t clock_at(const struct tx_ctx *c, size_t k, int *hh, int *mm)
{
	size_t j;

	*mm = 0;
	if (W(c, k, C_NOON)) {
		*hh = c->t[k].val == 24 ? 24 : 12;
		j = k + 1;
	} else if (NUM(c, k) && c->t[k].ndig <= 2 && c->t[k].num <= 24) {
		*hh = (int)c->t[k].num;
		j = k + 1;
		bool colon = false;
		if (P(c, j, ':') && adj(c, k) && adj(c, j) && NUM(c, j + 1) &&
		    c->t[j + 1].ndig == 2 && c->t[j + 1].num < 60) {
			*mm = (int)c->t[j + 1].num;
			j += 2;
			colon = true;
		}
		int add;
		size_t a = parse_ampm(c, j, &add);
		if (a) {
			if (*hh < 1 || *hh > 12)
				return 0;
			*hh = *hh % 12 + add;
			j = a;
		} else if (W(c, j, C_OCLOCK) || (WV(c, j, C_MISC, MISC_O) && is_apos(c, j + 1) &&
						 WV(c, j + 2, C_MISC, MISC_CLOCK))) {
			j += W(c, j, C_OCLOCK) ? 1 : 3;
		} else if (!(colon &&
			     (W(c, j, C_TZ) || (k > 0 && WV(c, k - 1, C_MISC, MISC_AT))))) {
			return 0;
		}
	} else {
		return 0;
	}
	if (W(c, j, C_TZ) && (c->t[j].cap))
		j++;
	return j;
}

/* The day named right after a clock time that ends before token j ("Friday", "on Nov. 6",
 * ", Nov. 6", "tomorrow", "the next day", "that day"): stores it in *d and returns the token
 * after it, or 0. */
static size_t day_after_clock(const struct tx_ctx *c, size_t j, struct tx_hit *d)
{
	size_t x = P(c, j, ',') ? j + 1 : j, e = 0;

	memset(d, 0, sizeof(*d));
	/* "5 p.m. EST, Nov. 6" */
	if (W(c, x, C_MONTH) || W(c, x, C_MONABBR)) {
		e = tx_match_month(c, x, d);
		if (e && d->day)
			return e;
		memset(d, 0, sizeof(*d));
	}
	e = 0;
	if (W(c, j, C_DEIC))
		e = tx_match_deictic(c, j, d);
	else if (W(c, j, C_WDAY))
		e = tx_match_weekday(c, j, 0, d);
	else if (WV(c, j, C_MISC, MISC_ON) && (W(c, j + 1, C_WDAY) || NUM(c, j + 1) ||
					       W(c, j + 1, C_MONTH) || W(c, j + 1, C_MONABBR)))
		e = W(c, j + 1, C_WDAY) ? tx_match_weekday(c, j + 1, 0, d)
					: tx_match_month(c, j + 1, d);
	else if (WV(c, j, C_MISC, MISC_ON) && W(c, j + 1, C_THE))
		e = tx_match_nth_weekday(c, j + 2, d); /* "2 p.m. on the last Friday in August" */
	else if (W(c, j, C_THE) && W(c, j + 1, C_REL))
		e = tx_match_rel(c, j + 1, d, true); /* "6:30 a.m. the next day" */
	else if (WV(c, j, C_REL, R_THAT) || WV(c, j, C_REL, R_SAME))
		e = tx_match_rel(c, j, d, false); /* "at noon that day" */
	return e && d->day && d->type == TIMEX_DATE ? e : 0;
}

/* The day of a clock time that ends at token j and recurs, or that some day of late holds: a
 * set before it in its sentence, with no other date between ("Every Friday, from 8 a.m. to
 * noon": XXXX-WXX-5; "daily at 6 a.m.": XXXX-XX-XX), or the time of such a set before it ("to
 * noon"), or a set right after it ("at 7 a.m. every Sunday", "9 p.m. daily"; lowercase, as a
 * sentence's first word may follow a "p.m." that ends the one before), or "recently" or
 * "lately" right after it ("stayed up until 4 a.m. recently": XXXX-XX-XX). The time is then no
 * day's: the date last mentioned ("Jan 17") or the anchor is not its day. Writes the day's
 * value into d. */
static bool set_day(const struct tx_ctx *c, size_t j, struct tx_hit *d)
{
	const char *v = NULL;
	struct tx_hit after;
	memset(&after, 0, sizeof(after));
	const struct timex *x = c->l && c->l->n ? &c->l->items[c->l->n - 1] : NULL;
	if (x && c->n && x->span.start >= c->t[0].s &&
	    (x->type == TIMEX_SET || (x->type == TIMEX_TIME && x->value[0] == 'X')))
		v = x->value;
	else if ((W(c, j, C_SETW) || W(c, j, C_EVERY)) && !c->t[j].cap &&
		 tx_match_set(c, j, &after))
		v = after.value;
	else if (in_list(c, j, "recently lately") && !c->t[j].cap)
		v = "XXXX-XX-XX"; /* "stayed up until 4 a.m. recently": some day of late */
	if (!v)
		return false;
	memset(d, 0, sizeof(*d));
	d->type = TIMEX_DATE;
	if (strncmp(v, "XXXX-WXX-", 9) == 0 && v[9] >= '1' && v[9] <= '7')
		snprintf(d->value, sizeof(d->value), "XXXX-WXX-%c", v[9]);
	else
		snprintf(d->value, sizeof(d->value), "XXXX-XX-XX");
	return true;
}

/* "3 p.m.", "10:30 a.m. EST", "15:00 GMT", "noon", followed by a day ("3 p.m. Friday"). A time
 * with no day of its own that opens a range takes the day that closes it ("between 8 AM and
 * 9 PM Wednesday", "from 9 a.m. to 5 p.m. Friday"); any other is on the day under
 * discussion. */
size_t tx_match_time(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	int hh, mm, hh2, mm2;
	size_t j = clock_at(c, k, &hh, &mm), e, j2;
	struct tx_hit d;

	if (!j)
		return 0;
	e = day_after_clock(c, j, &d);
	if (e)
		j = e;
	else if (!(time_range_link(c, j) && (j2 = clock_at(c, j + 1, &hh2, &mm2)) != 0 &&
		   day_after_clock(c, j2, &d)) &&
		 !set_day(c, j, &d)) {
		memset(&d, 0, sizeof(d));
		tx_rel_value(c->has_ref ? c->ref : c->a, U_DAY, 0, &d);
	}
	snprintf(h->value, sizeof(h->value), "%.10sT%02d:%02d", d.value, hh, mm);
	h->type = TIMEX_TIME;
	return j;
}
