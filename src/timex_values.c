/* timex_values: building TIMEX3 values: years and dates written out, dates counted from a base
 * date, durations, and the year a month without one falls in. */
#include <stdio.h>

#include "dateline/text.h"
#include "timex_int.h"

void tx_put_year(char *out, size_t n, int y)
{
	if (y < 0)
		snprintf(out, n, "BC%04d", -y);
	else if (y)
		snprintf(out, n, "%04d", y);
	else
		snprintf(out, n, "XXXX");
}

void tx_put_ymd(char *out, size_t n, int y, int m, int d)
{
	char yy[16];
	tx_put_year(yy, sizeof(yy), y);
	if (d)
		snprintf(out, n, "%s-%02d-%02d", yy, m, d);
	else if (m)
		snprintf(out, n, "%s-%02d", yy, m);
	else
		snprintf(out, n, "%s", yy);
}

void tx_hit_day(struct tx_hit *h, int y, int m, int d)
{
	tx_put_ymd(h->value, sizeof(h->value), y, m, d);
	h->type = TIMEX_DATE;
	h->day = true;
	h->date.year = y;
	h->date.month = m;
	h->date.day = d;
}

void tx_hit_month_day(struct tx_hit *h, int y, int m, int d)
{
	if (d) {
		tx_hit_day(h, y, m, d);
		return;
	}
	tx_put_ymd(h->value, sizeof(h->value), y, m, 0);
	h->type = TIMEX_DATE;
}

static long clampn(long v)
{
	return v > 100000 ? 100000 : v < -100000 ? -100000 : v;
}

/* A date `delta` units from the base date (the anchor or the date last mentioned), in the
 * unit's granularity. */
void tx_rel_value(struct date b, int unit, long delta, struct tx_hit *h)
{
	bool full = b.year && b.month && b.day;
	char *o = h->value;
	size_t n = sizeof(h->value);

	delta = clampn(delta);
	h->type = TIMEX_DATE;
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
			tx_hit_day(h, b.year ? y : 0, m, d);
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
			tx_put_ymd(o, n, (int)(mm / 12), (int)(mm % 12) + 1, 0);
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
		tx_put_year(o, n, b.year ? (int)(b.year + delta) : 0);
		return;
	case U_DECADE:
	case U_CENTURY: {
		/* the year's first three digits (a decade) or two (a century) */
		int digits = unit == U_DECADE ? 3 : 2;
		if (b.year)
			snprintf(o, n, "%0*d", digits,
				 (int)(b.year / (unit == U_DECADE ? 10 : 100) + delta));
		else
			snprintf(o, n, "%.*s", digits, "XXX");
		return;
	}
	default:
		snprintf(o, n, "XXXX");
	}
}

void tx_dur_value(char *o, size_t n, long v, int unit)
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

/* A year told in an earlier sentence of the paragraph or the one before carries to a month
 * without one when the story is history ("In 1941 the Germans reached Kiev. In September,
 * ..."): the year lies NARRATIVE_GAP years or more before the anchor, and so far the article has
 * written out more such years than years of its own time and dates of its own time that name
 * no month ("on Friday", "last week"; timex.c counts them). News that looks back ("In 1989 he
 * was elected. In April, he resigned"), a year that only names a thing ("the 1973 decision"), a
 * month paragraphs away, a weekday's date ("Friday, April 1") and a month a future follows
 * ("on Nov. 8, it will") keep the anchor's year. */
static int narrative_year(const struct tx_ctx *c, size_t k, int m, int tense)
{
	if (tense == TENSE_FUTURE || c->para > c->told_para + 1 || !c->a.year || c->told_adj ||
	    c->told_year > c->a.year - NARRATIVE_GAP || c->years_far <= c->years_near)
		return 0;
	for (size_t j = k > 3 ? k - 3 : 0; j < k + 16 && j < c->n; j++)
		if ((j < k + 3 && W(c, j, C_WDAY)) || (j > k && W(c, j, C_FUT)))
			return 0; /* "Friday, April 1"; "on Nov. 8, the force of it will vanish" */
	return c->told_year + (c->told_month && m < c->told_month);
}

/* The clause of a year that only names a thing ("the 2017 tax cuts", "Trump's 2017 tax cuts")
 * tells it in the past: a past form from the clause's start to the month at k, or just after it
 * (bounded looks): "The 2008 crisis began in September", "The 2008 crisis in September wiped
 * out ...", "She remained in the 2008 primary contest against Obama until June". A
 * clause in the present or the future speaks of the thing now ("The 2017 tax cuts expire in
 * December"), and its month is of the anchor's time, not of the year of the name. */
static bool thing_then(const struct tx_ctx *c, size_t k, int tense)
{
	if (tense == TENSE_PAST)
		return true;
	size_t j = c->told_tok, lo = j > 12 ? j - 12 : 0;
	while (j > lo && !tx_clause_end(c, j - 1))
		j--; /* the clause's start: "remained in the 2008 primary contest until June" */
	for (; j < k + 8 && j < c->n; j++) {
		if (j > k && tx_clause_end(c, j))
			break;
		if (tx_past_form(c, j))
			return true;
	}
	return false;
}

/* The year that opens the sentence (c->told_tok is the token after it) and the month at k lie
 * in one clause, or in the clause a saying of that year reports: no ";" or ":", no "that"
 * (but one after a verb of saying), "which", "who", "and" or "but", and no past form but a
 * verb of saying ("In 2017 the company said it will open a plant in March": the saying's
 * March; what it reports may be past: "told reporters sales fell last year") or one of a
 * saying set off by commas (", he recalled,") between them. "In 2017 Congress passed a law that expires in December" looks ahead
 * from the anchor's time, not from 2017. *said tells whether a verb of saying stands between. */
static bool frame_clause(const struct tx_ctx *c, size_t k, bool *said)
{
	*said = false;
	for (size_t j = c->told_tok; j < k; j++) {
		if (P(c, j, ';') || P(c, j, ':') || in_list(c, j, "which who and but") ||
		    (in_list(c, j, "that") && !(j > 0 && tx_said_word(c, j - 1))))
			return false;
		if (tx_said_word(c, j))
			*said = true;
		else if (!*said && tx_past_form(c, j) &&
			 !(j >= 2 && (P(c, j - 1, ',') || P(c, j - 2, ',')) &&
			   (P(c, j + 1, ',') || (c->t[j + 1].cap && P(c, j + 2, ',')))))
			return false;
	}
	return true;
}

bool tx_told_saying(const struct tx_ctx *c, size_t k)
{
	bool said;
	return c->told_frame && !c->told_since && !c->told_adj && c->told_sent == c->sent + 1 &&
	       c->told_tok <= k && k - c->told_tok <= 40 && frame_clause(c, k, &said) && said;
}

/* The clause of the month at k tells the past: a past form from the clause's start (at most
 * 12 tokens back) to a few tokens after it ("pleaded not guilty in April", "In January he was
 * charged"). */
static bool past_clause(const struct tx_ctx *c, size_t k)
{
	size_t j = k, lo = k > 12 ? k - 12 : 0;
	while (j > lo && !tx_clause_end(c, j - 1))
		j--;
	for (; j < k + 6 && j < c->n; j++) {
		if (j > k && tx_clause_end(c, j))
			break;
		if (tx_past_form(c, j))
			return true;
	}
	return false;
}

/* A month told after a month and year, in the past, is of that year, or of the next when it
 * comes before that month, as a narrative goes forward: "was indicted in March 2024 and pleaded
 * not guilty in April" is April 2024, "arrested in December 2023. He was charged in January"
 * January 2024. In the month's sentence (a clause's reach after the year) or the next two of
 * its paragraph or the one after, no date of another time told between (the date last
 * mentioned is that month, or a month of no day within the year after it, as one carried so:
 * not "the following year", "opens on Monday"; a
 * "December" after "On May 22, 1995, ..., and the following year" is no 1995's); never after the
 * anchor, nor a month the clause speaks of in the present or ahead ("faces trial in June"). 0
 * when it does not carry. */
static int month_carry(const struct tx_ctx *c, size_t k, int m, int tense)
{
	if (!c->told_month || !c->told_sent || c->told_adj || c->told_year <= 0 || !c->a.year ||
	    !c->a.month || !c->has_refany || !c->refany.month)
		return 0;
	long told = c->told_year * 12L + c->told_month,
	     last = c->refany.year * 12L + c->refany.month;
	if (last != told && (c->refany.day || last < told || last - told >= 12))
		return 0;
	if (tense != TENSE_PAST && !(tense == TENSE_NONE && past_clause(c, k)))
		return 0;
	if (c->told_sent == c->sent + 1
		    ? c->told_tok > k || k - c->told_tok > 40
		    : c->sent + 1 - c->told_sent > 2 || c->para > c->told_para + 1)
		return 0;
	int y = c->told_year + (m < c->told_month);
	if (y > c->a.year || (y == c->a.year && m > c->a.month))
		return 0;
	return y;
}

/* A sentence that opens with "Last year" tells its clause in that year: "Last year the hottest
 * day was Aug. 12" is August 12 of the year before the anchor's. Not past a clause's end nor
 * far on (a bounded look), nor a clause that looks ahead ("Last year it said it would open a
 * plant in March"). 0 when it does not frame the month at k. */
static int last_year_frame(const struct tx_ctx *c, size_t k, int tense)
{
	size_t j = in_list(c, 0, "and but") ? 1 : 0;
	if ((tense != TENSE_PAST && tense != TENSE_NONE) || !c->a.year ||
	    !WV(c, j, C_REL, R_LAST) || !WV(c, j + 1, C_UNIT, U_YEAR) || k > j + 16 || k < j + 3)
		return 0;
	for (size_t i = j + 2 + P(c, j + 2, ','); i < k; i++)
		if (tx_clause_end(c, i))
			return 0;
	return c->a.year - 1;
}

int tx_told_year(const struct tx_ctx *c, size_t k, int m, int tense)
{
	/* a story of another time: a year written out earlier in the same clause, far from the
	 * anchor's (or with no anchor), is the year of a month that follows it ("In 1941 the
	 * Germans attacked in February"); a month before the one told with it is the next
	 * year's, as a narrative goes forward ("in December 1941 and in February"). A comma,
	 * "that", a new verb after "and" ("extradited in 2014 and pleaded guilty in May") or a
	 * future between them starts another time ("approved in 1987 that didn't specify an
	 * amount, it had bought shares through Sept. 29"). */
	/* a baseline is no time of what follows: "The most recent change since 2019 came in May"
	 * is this May, or last */
	if (c->told_since)
		return 0;
	int carried = month_carry(c, k, m, tense);
	if (!carried)
		carried = last_year_frame(c, k, tense);
	if (carried)
		return carried;
	if (c->told_sent && c->told_sent != c->sent + 1)
		return narrative_year(c, k, m, tense);
	if (!c->told_sent || c->told_tok > k ||
	    k - c->told_tok > 40) /* a bounded look: one clause, not a sentence of dates */
		return 0;
	/* a year that opens the sentence is the time of all it tells: "In 2006 he founded the
	 * firm, and in November he sold it"; "But in 2012, ... beginning in April"; of a clause
	 * that looks ahead too, its own ("In 2017 the tax law expires in December", "In 1999 the
	 * plant opens in May", "In 2017, he said, the law expires in December") */
	bool said;
	if (c->told_frame && (tense != TENSE_FUTURE || frame_clause(c, k, &said)))
		return c->told_year + (c->told_month && m < c->told_month);
	if (tense == TENSE_FUTURE)
		return 0;
	if (c->a.year && c->told_year >= c->a.year - 1 && c->told_year <= c->a.year + 1)
		return 0;
	if (c->told_adj && !thing_then(c, k, tense))
		return 0;
	for (size_t j = c->told_tok; j < k; j++)
		if ((c->t[j].kind == K_PUNCT && c->t[j].cp != '.' && c->t[j].cp != '-') ||
		    in_list(c, j, "that which who") ||
		    (in_list(c, j, "and but") && tx_past_form(c, j + 1)))
			return 0;
	return c->told_year + (c->told_month && m < c->told_month);
}

/* The year of a month (and day) without one: the nearest on or before the anchor, on or after
 * it when the clause speaks of the future, on or before it (or the next day) when of the past. */
int tx_year_for(const struct tx_ctx *c, int m, int d, int tense)
{
	if (!c->a.year)
		return 0;
	if (!c->a.month)
		return c->a.year;
	int here = (c->a.month - 1) * 31 + (d ? c->a.day - 1 : 0),
	    there = (m - 1) * 31 + (d ? d - 1 : 0);
	if (tense == TENSE_FUTURE || tense == TENSE_LATER)
		return there >= here ? c->a.year : c->a.year + 1;
	/* News mostly reports the past, but a date a few weeks ahead is nearer than one a year
	 * back: the later occurrence wins when it is much closer. */
	int back = there <= here ? here - there : here - there + 372;
	int ahead = there > here ? there - here : there - here + 372;
	int past_year = there <= here ? c->a.year : c->a.year - 1;
	/* a past verb goes back, but not a year back for a day after the anchor: wire copy is
	 * often dated the day before the paper that reports "Tuesday" */
	if (tense == TENSE_PAST && ahead > 1)
		return past_year;
	if (tense == TENSE_NEAR)
		return ahead < back ? (there > here ? c->a.year : c->a.year + 1) : past_year;
	if (back == 0 || ahead * 5 >= back * 2)
		return past_year;
	return there > here ? c->a.year : c->a.year + 1;
}
