/* timex_int: what the timex sources share: the tagger's state, the token tests the rules are
 * written in, the rules the matcher tries, the TIMEX3 value builders, values read back as
 * calendar points for the events, and the clauses that summaries are cut from. Functions shared
 * between files carry the tx_ prefix; the static inline token tests keep the short names the
 * rules read best with. */
#ifndef DATELINE_TIMEX_INT_H
#define DATELINE_TIMEX_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dateline/date.h"
#include "dateline/text.h"
#include "dateline/timex.h"
#include "timex_lex.h"

/* ---- the tagger's state ---- */

/* One tagging run over a document (timex.c). The rules only read it; the matcher updates the
 * dates last mentioned after each expression it keeps. */
struct tx_ctx {
	const char *text; /* the document's text */
	struct tx_tok *t; /* the current sentence's tokens, t[0..n); owned, grown by tx_tokenize */
	size_t n, cap;
	struct date a; /* anchor; year 0 = unknown */
	bool aday;     /* the anchor has a year, month and day */
	/* the anchor is the date line the article prints ("Published December 3, 2026"): nothing
	 * it tells in the past happened after it */
	bool aown;
	struct date ref; /* the date last mentioned, to a day */
	bool has_ref;
	struct date refany; /* the date last mentioned, at any granularity */
	bool has_refany;
	/* its sentence + 1 (0: none, or a year that only names a thing: "the 2008 primary") and
	 * its paragraph */
	size_t refany_sent, refany_para;
	/* a decade or a century was told after refany ("In the 1960s she led a team"): "that
	 * spring" has no year a reader can trust */
	bool refany_coarse;
	size_t quarter_sent;  /* the last sentence that spoke of quarters, + 1 (0: none) */
	struct timex_list *l; /* the list being filled; lcap: the capacity of l->items */
	size_t lcap;
	size_t para, sent; /* the paragraph and sentence being scanned */
	struct span prev;  /* the sentence before it (empty: none) */
	bool quarter_talk; /* the sentence speaks of quarters: "a year ago" is a year-ago quarter */
	/* the year last written out in digits ("in 1941", "March 1945"), the month written with
	 * it (0: none), its sentence + 1 (0: none), the token after it in that sentence and its
	 * paragraph */
	int told_year, told_month;
	size_t told_sent, told_tok, told_para;
	bool told_adj;   /* that year only names a thing: "a 1977 decision" */
	bool told_frame; /* that year opens its sentence: "In 2006 ...", "But in 2012, ..." */
	bool told_since; /* that year is a baseline: "the most recent change since 2019" */
	/* the years written out so far NARRATIVE_GAP or more before the anchor's, and the dates
	 * of the anchor's time: years written out and dates that name no month ("on Friday") */
	size_t years_far, years_near;
	/* the year last written out is one before Christ ("in 480 BC"): a date whose year comes
	 * from the anchor's time is then no date of the story's */
	bool bc;
};

/* How far back from the anchor's a year is history, whose months carry it on (timex_values.c). */
#define NARRATIVE_GAP 20

/* The subject pronouns, one list for the tense rules, the clause reader and the summaries (each
 * keeps its own array of it: in_list() knows a list by its address). */
#define TX_SUBJECT_PRONOUNS "he i it she they we you"

/* What a rule found. A rule is given a zeroed hit; it fills `type` and `value` (and `day`,
 * `date` for a whole day) and returns the token index after the expression, or 0 for no match
 * (the hit may then hold partial values, which the caller drops). `end` is the matcher's. */
struct tx_hit {
	size_t end; /* token index after the expression */
	enum timex_type type;
	char value[40];
	bool day; /* `date` is a whole day that later "the same day" refers to */
	struct date date;
};

/* ---- tokens (timex_tokens.c) ---- */

/* Splits text[s, e) into c->t[0..c->n): words (classified by the lexicon), numbers,
 * punctuation and single CJK characters; white space separates and is dropped. Grows c->t. */
void tx_tokenize(struct tx_ctx *c, size_t s, size_t e);

/* The token tests. Each takes any index k and answers false past the last token. */

/* Token k is a word of class cls. */
static inline bool W(const struct tx_ctx *c, size_t k, enum tx_class cls)
{
	return k < c->n && c->t[k].kind == K_WORD && c->t[k].cls == cls;
}

/* Token k is a word of class cls and value val. */
static inline bool WV(const struct tx_ctx *c, size_t k, enum tx_class cls, int val)
{
	return W(c, k, cls) && c->t[k].val == val;
}

/* Token k is the punctuation cp. */
static inline bool P(const struct tx_ctx *c, size_t k, uint32_t cp)
{
	return k < c->n && c->t[k].kind == K_PUNCT && c->t[k].cp == cp;
}

/* Token k is a number. */
static inline bool NUM(const struct tx_ctx *c, size_t k)
{
	return k < c->n && c->t[k].kind == K_NUM;
}

/* A word that is no time word (holiday names and "and" only matter to some rules). */
static inline bool plain_word(const struct tx_ctx *c, size_t k)
{
	return W(c, k, C_NONE) || W(c, k, C_AUX) || W(c, k, C_HOLIDAY);
}

/* Token k+1 follows token k with no space between. */
static inline bool adj(const struct tx_ctx *c, size_t k)
{
	return k + 1 < c->n && c->t[k + 1].s == c->t[k].e;
}

/* Token k is a word of `words`, lowercase words separated by spaces (text_word_in(): any case). */
static inline bool in_list(const struct tx_ctx *c, size_t k, const char *words)
{
	return k < c->n && c->t[k].kind == K_WORD &&
	       text_word_in(words, c->text + c->t[k].s, c->t[k].e - c->t[k].s);
}

/* Token k is a noun of a business figure (tx_business_figures: "profit", "sales", "results"). */
static inline bool tx_figure(const struct tx_ctx *c, size_t k)
{
	return in_list(c, k, tx_business_figures);
}

/* Token k is an apostrophe, straight or curly. */
static inline bool is_apos(const struct tx_ctx *c, size_t k)
{
	return P(c, k, '\'') || (k < c->n && c->t[k].kind == K_PUNCT && c->t[k].cp == 0x2019);
}

/* Token k is a year in digits (1000-2199); stores it in *y. */
static inline bool year_num(const struct tx_ctx *c, size_t k, int *y)
{
	if (NUM(c, k) && c->t[k].ndig == 4 && c->t[k].num >= 1000 && c->t[k].num <= 2199) {
		*y = (int)c->t[k].num;
		return true;
	}
	return false;
}

/* Token k is the era word `w` ("BC", "BCE", "AD", "CE"), written exactly so: "ad" is a word. */
static inline bool era_word(const struct tx_ctx *c, size_t k, const char *w)
{
	size_t n = strlen(w);
	return k < c->n && c->t[k].kind == K_WORD && c->t[k].e - c->t[k].s == n &&
	       memcmp(c->text + c->t[k].s, w, n) == 0;
}

/* The tokens of the era word `w` at k: written whole ("BC": 1) or in capitals glued by dots
 * ("B.C.", "B.C.E.", "A.D.": its letters and dots, the last dot kept when it is glued on, as
 * "a.m." keeps it); 0 when there is none. */
static inline size_t era_len(const struct tx_ctx *c, size_t k, const char *w)
{
	if (era_word(c, k, w))
		return 1;
	size_t j = k;
	for (const char *p = w; *p; p++) {
		if (j >= c->n || c->t[j].kind != K_WORD || c->t[j].e - c->t[j].s != 1 ||
		    c->text[c->t[j].s] != *p || (p != w && c->t[j - 1].e != c->t[j].s))
			return 0;
		if (!P(c, j + 1, '.') || c->t[j].e != c->t[j + 1].s)
			return p[1] ? 0 : j + 1 - k; /* "B.C" at a sentence's end */
		j += 2;
	}
	return j - k;
}

/* The tokens of "BC", "BCE", "B.C." or "B.C.E." at k, or 0. */
static inline size_t bc_len(const struct tx_ctx *c, size_t k)
{
	size_t n = era_len(c, k, "BCE");
	return n ? n : era_len(c, k, "BC");
}

/* The tokens of "AD", "CE", "A.D." or "C.E." at k, or 0. */
static inline size_t ad_len(const struct tx_ctx *c, size_t k)
{
	size_t n = era_len(c, k, "AD");
	return n ? n : era_len(c, k, "CE");
}

/* Token k is the first of "BC", "BCE", "B.C." or "B.C.E.". */
static inline bool bc_word(const struct tx_ctx *c, size_t k)
{
	return bc_len(c, k) > 0;
}

/* "AD" or "A.D." ends right before token k ("AD 79", "A.D. 79"). */
static inline bool ad_before(const struct tx_ctx *c, size_t k)
{
	return (k >= 1 && era_word(c, k - 1, "AD")) || (k >= 4 && era_len(c, k - 4, "AD") == 4);
}

/* Token k is a year of an era ("499 BC", "480 BCE", "AD 79", "79 AD"): a number of 1-4 digits
 * not glued to a word or a number before it; stores it in *y, negative before Christ (TimeML's
 * "BC0499"; year 0 stays "unknown", and no era has a year 0). */
static inline bool era_year(const struct tx_ctx *c, size_t k, int *y)
{
	if (!NUM(c, k) || c->t[k].ndig > 4 || c->t[k].num < 1 || c->t[k].num > 9999 ||
	    (k > 0 && c->t[k - 1].e == c->t[k].s && c->t[k - 1].kind != K_PUNCT))
		return false;
	int v = (int)c->t[k].num;
	/* "In 2011 BC Hydro raised its rates": British Columbia's, a name, after a recent year */
	size_t b = k + 1 + bc_len(c, k + 1);
	if (b > k + 1 && v >= 1800 && b < c->n && c->t[b].kind == K_WORD &&
	    c->text[c->t[b].s] >= 'A' && c->text[c->t[b].s] <= 'Z')
		return false;
	if (bc_word(c, k + 1)) {
		*y = -v;
		return true;
	}
	if (ad_len(c, k + 1) || ad_before(c, k)) {
		*y = v;
		return true;
	}
	return false;
}

/* The token after a year of an era at k with its era word ("480 BC", "79 AD": k + 2; "AD 79":
 * k + 1; "480 B.C.": k + 5), storing the year in *y as era_year() does, or 0. */
static inline size_t era_end(const struct tx_ctx *c, size_t k, int *y)
{
	if (!era_year(c, k, y))
		return 0;
	return k + 1 + bc_len(c, k + 1) + ad_len(c, k + 1);
}

/* Token k writes a year out: in digits (year_num) or with its era (era_year). */
static inline bool told_year_num(const struct tx_ctx *c, size_t k, int *y)
{
	return year_num(c, k, y) || era_year(c, k, y);
}

/* A real month (1-12) and day of year y; year 0 (unknown) allows February 29. */
static inline bool valid_day(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y ? y : 2000, m);
}

/* ---- values (timex_values.c) ---- */

/* Writes year y as four digits, "BC0480" for -480 (a year before Christ), or "XXXX" for 0, into
 * out[0..n). */
void tx_put_year(char *out, size_t n, int y);
/* Writes "YYYY-MM-DD", "YYYY-MM" (d 0) or "YYYY" (m and d 0) into out[0..n); year 0 is XXXX. */
void tx_put_ymd(char *out, size_t n, int y, int m, int d);
/* Makes h a DATE of one whole day (year 0: unknown). */
void tx_hit_day(struct tx_hit *h, int y, int m, int d);
/* tx_hit_day() when d is not 0, else makes h the DATE of month m of year y (0: unknown); the
 * month's DATE leaves h->day and h->date as they were. */
void tx_hit_month_day(struct tx_hit *h, int y, int m, int d);
/* Makes h the DATE `delta` units (enum tx_unit) from the base date b, in the unit's
 * granularity; the parts of b that are unknown become X. */
void tx_rel_value(struct date b, int unit, long delta, struct tx_hit *h);
/* Writes the TIMEX3 duration of v units (enum tx_unit) into o[0..n): "P3Y", "PT2H"; v < 0 is an
 * unknown amount ("PXY"). */
void tx_dur_value(char *o, size_t n, long v, int unit);
/* The year of month m (and day d, 0 if none) said without one: on or after the anchor when
 * tense (enum tx_tense) is TENSE_FUTURE, on or before it (or the day after) when TENSE_PAST, the
 * nearer (a tie goes back) when TENSE_NEAR, else
 * the nearest on or before it unless a later one is much nearer; TENSE_LATER counts as
 * TENSE_FUTURE; 0 when the anchor has no year. */
int tx_year_for(const struct tx_ctx *c, int m, int d, int tense);

/* The year a month at token k takes from a year written out earlier in its clause, far from the
 * anchor's or with no anchor ("In 1941 the Germans attacked in February"); 0 when none does or
 * the clause looks ahead (tense, enum tx_tense). */
int tx_told_year(const struct tx_ctx *c, size_t k, int m, int tense);
/* The year that opens the sentence ("In 2017 the company said ...") dates a saying before token
 * k whose reported clause holds k ("... it will open a plant next year"): TimeML anchors what
 * the clause tells on the time of the saying, so "next year" is 2018 and "March" 2017's. */
bool tx_told_saying(const struct tx_ctx *c, size_t k);
/* The year "that" refers back to ("that June", "that summer"): the year of the date last
 * mentioned in this paragraph or the one before; 0 when there is none so near (a story told out
 * of order may have moved on to another time) or a decade or a century was told after it ("In
 * the 1960s she led a team. That spring ..."). */
int tx_that_year(const struct tx_ctx *c);
/* The year after a month or a part of a year at token j, in words: "March this year", "June of
 * last year", "the first half of next year"; "October of that year", "November of the same
 * year" (the year of the date last mentioned: "took office in January 2009 and peaked in October
 * of that year"). Stores it in *y and returns the token after it; j, with *y left alone, when
 * there is none. */
size_t tx_year_words(const struct tx_ctx *c, size_t j, int *y);

/* ---- tense (timex_tense.c) ---- */

/* Which way a clause looks from the anchor. */
enum tx_tense {
	TENSE_PAST = -1,
	TENSE_NONE = 0,
	TENSE_FUTURE = 1,
	TENSE_NEAR = 2, /* a plan told in the past ("was set to"): the nearer, either way */
	/* a future told in the past by a recent speech ("said the country would finish by March",
	 * "said the talks were due to resume in March"): on or after the anchor as TENSE_FUTURE,
	 * but a year written out earlier in the story still holds ("In 1941, he said ...") */
	TENSE_LATER = 3
};

/* The tense (enum tx_tense) of the clause around tokens [s, e): the nearest cue before the date
 * in its clause ("opened", "will", "is to", "opens"), else a condition told in the present
 * ("if he wins in November": TENSE_FUTURE), else a future clause it hangs on ("when"), else the
 * first cue after it ("In July, he said"); a modal or "is" leaves it TENSE_NONE, but "would",
 * "was to", "planned to" under a past verb of saying are TENSE_LATER ("said the country would
 * finish by March"), unless a date of the sentence puts the saying weeks back. Looks at most
 * 40 tokens away. */
int tx_tense(const struct tx_ctx *c, size_t s, size_t e);
/* The date at token s hangs on a "would" (with a plain verb) whose clause a condition opens
 * right after a verb of saying, in the same sentence, outside quotation marks and with no date
 * before it ("had said that if the motion failed they would return to it on Wednesday"): what a
 * condition told in the past leads to lies after the saying. */
bool tx_said_condition(const struct tx_ctx *c, size_t s);
/* Token k is punctuation that ends a clause: a comma, a colon, a quotation mark, a bracket, a
 * dash. A full stop inside a sentence is an abbreviation's ("Gov.", "U.S."); apostrophes and
 * hyphens are inside words, and "/", "$", "%", "&" inside phrases. */
bool tx_clause_end(const struct tx_ctx *c, size_t k);
/* Token k is a past verb of saying or thinking ("said", "told", "announced", "expected"). */
bool tx_said_word(const struct tx_ctx *c, size_t k);
/* Token k is a past form ("opened", "took", "was"). */
bool tx_past_form(const struct tx_ctx *c, size_t k);
/* Token k is a verb in the present that names a scheduled event ("opens", "the work starts",
 * "talks resume" before a month or a season at token `date`). */
bool tx_schedule_verb(const struct tx_ctx *c, size_t k, size_t date);
/* Token k is a word of more than four letters in "-ing" ("winning", "closing"). */
bool tx_ing_word(const struct tx_ctx *c, size_t k);
/* The clause of item i of l (found in d) tells of the past: tx_tense() of its tokens, read again
 * from its sentence (timex.c), is TENSE_PAST ("left university this year"). */
bool tx_told_past(const struct doc *d, const struct timex_list *l, size_t i);
/* tx_tense() is TENSE_FUTURE or TENSE_LATER. */
bool tx_future(const struct tx_ctx *c, size_t s, size_t e);
/* True when the tense word lists are each in order and hold every word once (a unit test). */
bool tx_tense_check(void);

/* ---- the rules ----
 * Each tx_match_* looks for one kind of expression starting at token k, fills *h (zeroed by the
 * caller) and returns the token index after it, or 0. They read the context and never change
 * it. */

/* Numbers, units, calendar dates, years, weekdays, seasons, times (timex_rules.c). */

/* A cardinal at k: digits, words ("twenty-four"), "a", "a few", "several". *v = -1 for an
 * unknown amount; *article tells a bare "a"/"an". Returns the token after it, or 0. */
size_t tx_parse_number(const struct tx_ctx *c, size_t k, long *v, bool *article);
/* A unit of time at k ("years", or "-year" glued to the number): *unit (enum tx_unit), *plural.
 * Returns the token after it, or 0. */
size_t tx_parse_unit(const struct tx_ctx *c, size_t k, int *unit, bool *plural);
/* A month at k: a full name ("may" and "march" only capitalised) or a capitalised
 * abbreviation ("Nov"); stores it (1-12) in *m. */
bool tx_month_word(const struct tx_ctx *c, size_t k, int *m);
/* "three years", "18 months"; with allow_rel, also "... ago", "earlier", "later", "from now". */
size_t tx_match_amount(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool allow_rel);
/* "November 7", "Nov. 7, 2025", "March 2013", "November", "7 November 2025". */
size_t tx_match_month(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "2025-11-07", "11/07/2025", "7/11/98". */
size_t tx_match_numeric(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "1990", "the 1990s", "the '90s", "the 20th century". strong: a year is expected here (after
 * "the", "mid-", "the end of"), so one outside 1900-2099 needs no preposition before it and a
 * dash may precede it. */
size_t tx_match_year(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool strong);
/* A year in words, "nineteen ninety-six"; with thousand, also "two thousand (and) one". */
size_t tx_match_spelled_year(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool thousand);
/* "Friday", "Friday morning", "Friday, Nov. 7"; rel (enum tx_rel, 0 none) is the word before. */
size_t tx_match_weekday(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h);
size_t tx_match_nth_weekday(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "today", "yesterday", "tomorrow", "tonight". */
size_t tx_match_deictic(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "spring 2025", "the summer of 2012"; with rel (enum tx_rel), "last fall". */
size_t tx_match_season(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h);
/* "the summer of 1959"; "the summer" after a preposition of time ("during the summer"): the
 * year a year told before gives, or the last one begun when the clause tells of the past, else
 * no match; k is the season's token, after "the". */
size_t tx_match_the_season(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "3 p.m.", "10:30 a.m. EST", "15:00 GMT", "noon", followed by a day ("3 p.m. Friday"). */
size_t tx_match_time(const struct tx_ctx *c, size_t k, struct tx_hit *h);

/* Relative expressions (timex_relative.c). */

/* "third quarter", "first half", "fiscal first quarter", "... of 1990". */
size_t tx_match_quarter(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* "earned $1.2 billion in the first half, down from $1.9 billion a year earlier": a year back
 * from the quarter or half the sentence named last (the list's last item, in this sentence) is
 * that part of the year before; its value in h. False when the sentence named none. */
bool tx_part_year_before(const struct tx_ctx *c, struct tx_hit *h);
/* "year-earlier", "year-ago" (+ "quarter", "period"). */
size_t tx_match_yearago(const struct tx_ctx *c, size_t k, struct tx_hit *h);
/* last/next/this/past/coming + unit, month, weekday, season, holiday or amount; `the` when
 * "the" comes before ("the next day"). */
size_t tx_match_rel(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool the);
/* now, recently, currently, the future, the present; `the` as for tx_match_rel. */
size_t tx_match_ref(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool the);
/* Token k is "today" meaning these days, not the day (TimeML's PRESENT_REF): "which today is
 * primarily cloud computing", "Today, most newspapers print", "even today", "as it is today";
 * not "said today", "today's vote", "will meet today", "Today is Monday". */
bool tx_today_generic(const struct tx_ctx *c, size_t k);
/* annually, daily, every week, each month, every Monday. */
size_t tx_match_set(const struct tx_ctx *c, size_t k, struct tx_hit *h);

/* Holidays (timex_holidays.c): "Christmas (Eve)", "Thanksgiving", "Easter Monday", "Labor
 * Day" ... the nearest occurrence, or the one rel (R_LAST, R_NEXT, R_THIS; 0 none) names. */
size_t tx_match_holiday(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h);

/* Chinese forms (timex_zh.c): 2025年11月7日, 11月7日, 今年, 去年, 上周, 本月, 近日. */
size_t tx_match_chinese(const struct tx_ctx *c, size_t k, struct tx_hit *h);

/* Names (timex_names.c): is the expression at tokens [s, e) a weekday, month, season or "Today"
 * inside a name ("The Sunday Times", "Tuesday Morning Corp.", "Fox News Sunday" in quotation
 * marks), or any date glued to "-like" or "-style", rather than a date? */
bool tx_in_name(const struct tx_ctx *c, size_t s, size_t e);

/* ---- values read back (timex_cal.c) ---- */

/* The granularity of a value read back, from the finest to the coarsest: the order sorts
 * points (the coarser first among equal dates), and the values are fixed. */
enum tx_gran {
	GRAN_TIME = 1, /* "2025-11-07T15:00", "2025-11-07TNI" */
	GRAN_DAY,      /* "2025-11-07", "XXXX-XX-XX" */
	GRAN_WEEK,     /* "2025-W45" */
	GRAN_MONTH,    /* "2025-11", "XXXX-XX" */
	GRAN_NONE,     /* not a calendar value: "PAST_REF", "P3Y" (dated is false) */
	GRAN_QUARTER,  /* a quarter, a half or a season: "2025-Q3", "2025-H1", "2025-SU" */
	GRAN_YEAR,     /* "2025", "XXXX" */
	GRAN_DECADE,   /* "199" */
	GRAN_CENTURY,  /* "19" */
};

/* A TIMEX3 value read back for ordering and labels: year 0 = unknown (XXXX); month/day 0 = not
 * given (a week's Monday gives its month and day). */
struct tx_point {
	int year, month, day, minute;
	enum tx_gran gran;
	bool dated; /* a calendar value (not PAST_REF, a duration, ...) */
};
/* Reads value (a NUL-terminated TIMEX3 value) into *p; anything else leaves p->dated false. */
void tx_point_parse(const char *value, struct tx_point *p);
/* Does p place something a reader can find: a year, or at least a month (tx_label() writes a
 * label exactly for these, but for an unknown quarter or season code)? */
bool tx_placeable(const struct tx_point *p);
/* True when value v names a weekend ("2016-W38-WE", "XXXX-WXX-WE"). */
bool tx_weekend(const char *v);
/* A weekend is named and sorted by its Saturday: for weekend p (read from value v) with a year
 * whose Saturday falls in that year, that Saturday's month and day into *m and *d, and true;
 * else false, *m and *d as they were. */
bool tx_weekend_saturday(const struct tx_point *p, const char *v, int *m, int *d);
/* Writes point p (read from value v) as a person reads it into out[0..n) (see
 * timex_value_label()); with_year false leaves a known year out. Returns false, with out empty,
 * when p places nothing a reader can find: neither a year nor a month. */
bool tx_label(const struct tx_point *p, const char *v, bool with_year, char *out, size_t n);
/* Writes the ISO 8601 date of p (read from value v) into out[0..n): "2025-10-28", "2025-07",
 * "2025-W46", "2025-Q3", "2025"; empty when the year is unknown or p is a decade or a century. */
void tx_iso(const struct tx_point *p, const char *v, char *out, size_t n);

/* ---- summaries: the sentence read as clauses (timex_clause.c) ---- */

/* A word (cp 0) or one punctuation character (cp its code point), as a byte span. */
struct tx_stok {
	size_t s, e;
	uint32_t cp;
	bool cap;    /* a word that starts with a capital */
	bool date;   /* part of the date phrase being summarised */
	bool timex;  /* part of a date the tagger found (tx_summary() marks them) */
	bool cjk;    /* a CJK character (a word of its own) */
	char c0;     /* a word's first byte, lowercase */
	int8_t verb; /* verbish(): 0 not asked yet, 1 a verb, -1 not */
	bool drop;   /* left out of the summary */
};

/* The tokens of (a window of) one sentence that a summary is cut from. */
struct tx_sum {
	const char *t;     /* the document's text */
	struct tx_stok *k; /* k[0..n); owned: free() */
	size_t n;
	bool trunc;           /* the window starts after the sentence's start */
	struct span *subject; /* where to note a pronoun that opens the summary (may be NULL) */
};

/* Splits text[s, e) into m->k[0..m->n) (which it allocates; the caller frees m->k): words (joined
 * over "'", "-", "." and, between digits, "," and ":"), one token per CJK character and per
 * punctuation character; white space separates. Tokens that overlap cut are marked as the date
 * phrase. m->t must be set. */
void tx_sum_tokenize(struct tx_sum *m, size_t s, size_t e, struct span cut);
/* Token k looks like a finite verb: a listed one, or a past form in "-ed". */
bool tx_verbish(const struct tx_sum *m, size_t k);
/* Keeps every token again (the summary starts over). */
void tx_sum_undrop(struct tx_sum *m);
/* A Chinese or Japanese character (ideographs, hiragana, katakana): a word of its own. */
bool tx_is_cjk(uint32_t cp);

/* The token tests of summaries. Each takes any index k and answers false past the last token. */

/* Token k is the word w (ASCII, lowercase; the text in any case, a curly apostrophe in it
 * matching "'"). */
bool tx_wd(const struct tx_sum *m, size_t k, const char *w);
/* Token k is one of `words`, lower-case words separated by spaces (text_word_in()), as for
 * tx_wd(). */
bool tx_wd_in(const struct tx_sum *m, size_t k, const char *words);

/* True when the clause reader's word table is well formed (its list in order, each word once);
 * for the unit tests. */
bool tx_clause_check(void);

/* Token k is a word. */
static inline bool is_word(const struct tx_sum *m, size_t k)
{
	return k < m->n && m->k[k].cp == 0;
}

/* Token k is the punctuation cp. */
static inline bool is_p(const struct tx_sum *m, size_t k, uint32_t cp)
{
	return k < m->n && m->k[k].cp == cp;
}

/* Token k is an en or em dash or a horizontal bar (the code points text_wide_dash() reads). */
static inline bool is_wide_dash(const struct tx_sum *m, size_t k)
{
	return is_p(m, k, 0x2013) || is_p(m, k, 0x2014) || is_p(m, k, 0x2015);
}

/* Token k opens a quotation: a left double quotation mark or a straight one. */
static inline bool open_q(const struct tx_sum *m, size_t k)
{
	return is_p(m, k, 0x201C) || is_p(m, k, '"');
}

/* Token k closes a quotation: a right double quotation mark or a straight one. */
static inline bool close_q(const struct tx_sum *m, size_t k)
{
	return is_p(m, k, 0x201D) || is_p(m, k, '"');
}

/* Steps *inq, whether the text is inside a quotation, over token k: a straight mark turns it,
 * a left double mark opens it, a right one closes it. */
static inline void quote_step(const struct tx_sum *m, size_t k, bool *inq)
{
	if (is_p(m, k, '"'))
		*inq = !*inq;
	else if (open_q(m, k))
		*inq = true;
	else if (close_q(m, k))
		*inq = false;
}

/* Token k ends a sentence: . ! ? 。 … */
static inline bool end_punct(const struct tx_sum *m, size_t k)
{
	return is_p(m, k, '.') || is_p(m, k, '!') || is_p(m, k, '?') || is_p(m, k, 0x3002) ||
	       is_p(m, k, 0x2026);
}

/* The first kept token at or after k (below e). */
static inline size_t kept(const struct tx_sum *m, size_t k, size_t e)
{
	while (k < e && m->k[k].drop)
		k++;
	return k;
}

/* Narrows [*a, *b) to the clause that holds token d: the sentence split at semicolons, at a
 * colon, before ", and/but/while ..." joining two clauses, after a leading subordinate clause
 * ("After X, Y": X when the date is in X, else Y), and before a participle clause after the
 * date (", stating ..."). */
void tx_narrow_clause(struct tx_sum *m, size_t d, size_t *a, size_t *b);
/* "The program, which was created in 1990, has expanded": a date [ds, de) inside a relative
 * clause dates what the clause says of its antecedent; narrows [*a, *b) to the antecedent and
 * the clause, and drops ", which" ("The program was created in 1990"). */
void tx_relative_event(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b);
/* "... after the departure of Mr Mugabe, who has led Zimbabwe since independence in 1980": a
 * date [ds, de) inside a relative clause ("who", or "which" before its verb) anywhere in the
 * clause [*a, *b) dates what the relative clause says of its antecedent. Narrows [*a, *b) to
 * the antecedent noun phrase (cut to the name it ends in, with the name an apposition stands
 * beside) and the relative clause, which ends at the next comma when commas set it off, or at
 * a comma before the sentence's verb; ", who" before a verb is dropped ("Mr Mugabe has led
 * Zimbabwe ..."). False, nothing changed, when the date is in no such clause or the antecedent
 * is unsure: no determiner or name, a possessive, a date, after "such as", after "X is", after
 * a preposition without a title ("Sanders of Vermont, who"), a work's author ("by Y, which"). */
bool tx_relative_clause(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b);
/* "Smith, who opened a library in 1968, died on Saturday": the row of a date [ds, de) outside
 * an aside of the clause [*a, *b) that holds another date (a relative clause set off by commas
 * or dashes, the sentence's verb after it, or a parenthesis) is the clause without the aside
 * ("Smith died on Saturday"); of two verbs of one subject joined by "and" or "but", each with
 * its date ("Smith opened a library in 1968 and died on Saturday"), it is the date's verb with
 * the subject. Drops the aside, or narrows [*a, *b) and drops what lies between the subject and
 * the date's verb; the look is bounded by the clause. */
void tx_drop_dated_aside(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b);
/* Drops one leading filler ("Meanwhile,", "For example,", "The week before,") at the first
 * kept token of [s, e); returns whether it did. */
bool tx_drop_filler(struct tx_sum *m, size_t s, size_t e);
/* Drops the date phrase [ds, de) of the clause [s, e) and what goes with it, where the summary
 * reads well without it (the label says the date): "On November 7, X did Y" → "X did Y", "X met
 * Y on July 3" → "X met Y", "X announced Tuesday that" → "X announced that". Kept where cutting
 * would leave a fragment ("was in 2002, when", "from midnight to 6 a.m.", "by 2027", "August's
 * report", "Black Friday per nostalgici") or where the date stands inside a quotation
 * (quoted). */
void tx_cut_date(struct tx_sum *m, size_t s, size_t e, size_t ds, size_t de, bool quoted);

/* ---- summaries (timex_summary.c) ---- */

/* The summary of the event that the date phrase `cut` (one expression, or two side by side that
 * name one date) dates in sentence si of d: the clause the date belongs to (a relative clause
 * with its antecedent), the date's own words kept, without leading filler ("For example,", "The
 * week before,") that is not the date, speech as speech (`He said: “China will decide”`), on one line. A "he" or "she"
 * that opens it is stored in *subject (an empty span when none), for timex_name_subjects().
 * The summary starts no earlier than `from` (0: the sentence's start), past a page's stamp that
 * opens the sentence ("12:00 PM PT -- "). The dates the tagger found are l's items (in text
 * order), xi the one of cut: a long quotation is cut at its clause when it names another of
 * them. The caller frees the result with free(). */
char *tx_summary(const struct doc *d, size_t si, struct span cut, size_t from,
		 const struct timex_list *l, size_t xi, struct span *subject);

/* ---- events (timex_events.c) ---- */

/* Is t[s..e) a word that says a date stamps the page ("Updated", "published", "Posted")? */
bool tx_stamp_word(const char *t, size_t s, size_t e);

/* Where in summary the pronoun at subject (in the text t) stands as a summary's subject: at its
 * start, after its opening phrase's comma, or after its date phrase ("In 1911 he published");
 * (size_t)-1 when it is not there. */
size_t tx_pronoun_at(const char *summary, const char *t, struct span subject);

/* Builds the events (the timeline) of a list whose items are found; see timex.h. With keep, the
 * summaries are kept in l->summaries; without, each is made (to find the pronoun it opens with)
 * and freed, and made again when asked for (timex_event_summary()). */
void tx_events_build(const struct doc *d, struct timex_list *l, bool keep);
/* The summary of event i of l, found in d, made afresh: tx_summary() of its date phrase (with a
 * neighbouring expression that names the same moment), the "he" or "she" it opens with in
 * *subject. The caller frees the result with free(). */
char *tx_event_summary(const struct doc *d, const struct timex_list *l, size_t i,
		       struct span *subject);

/* An event whose summary opens with "he" or "she" (a list has few): its span until
 * timex_name_subjects() looks it up, then the name found for it (named), or an empty span. */
struct tx_subject {
	uint32_t event;
	bool named;
	uint32_t intro; /* the bytes of the summary before the pronoun ("By 2017, he": 9) */
	struct span span;
};

#endif
