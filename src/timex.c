/* timex: finding date expressions in one pass over each sentence's tokens and normalising them
 * to TimeML TIMEX3 values against the document's anchor date: the matcher that tries the rules
 * at each token and keeps the longest match, and the public entry points. */
#include "dateline/timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timex_int.h"

/* ---- the matcher ---- */

/* Keeps h, ending at token e, in *best when it is longer (the first of equals stays). */
static void keep(struct tx_hit *best, const struct tx_hit *h, size_t e)
{
	if (e > best->end) {
		*best = *h;
		best->end = e;
	}
}

/* Runs one rule, `call`, on a zeroed hit h_ and keeps its match in `best` (in scope). */
#define TRY(call)                                                                                  \
	do {                                                                                       \
		struct tx_hit h_;                                                                  \
		memset(&h_, 0, sizeof(h_));                                                        \
		size_t e_ = (call);                                                                \
		if (e_)                                                                            \
			keep(best, &h_, e_);                                                       \
	} while (0)

/* The core expressions that "early", "late", "mid-" and "the end of" can modify, as one rule:
 * the longest of them at k in *best (zeroed by the caller); returns its end, or 0. */
static size_t match_core(const struct tx_ctx *c, size_t k, struct tx_hit *best, bool strong_year)
{
	TRY(tx_match_month(c, k, &h_));
	TRY(tx_match_numeric(c, k, &h_));
	TRY(tx_match_year(c, k, &h_, strong_year));
	TRY(tx_match_season(c, k, 0, &h_));
	TRY(tx_match_rel(c, k, &h_, false));
	TRY(tx_match_quarter(c, k, &h_));
	return best->end;
}

/* "early next year", "mid-2024", "late November", "earlier this year": the modifier at i is
 * left out of the value. */
static size_t match_modified(const struct tx_ctx *c, size_t i, struct tx_hit *h)
{
	const struct tx_tok *t = &c->t[i];
	size_t x = i + 1;
	if (t->cls == C_AGO && t->val != AGO_EARLIER && t->val != AGO_LATER)
		return 0;
	if (t->cls == C_AGO &&
	    !(WV(c, x, C_REL, R_THIS) || WV(c, x, C_REL, R_NEXT) || WV(c, x, C_REL, R_LAST)))
		return 0;
	if (P(c, x, '-') && adj(c, i) && adj(c, x))
		x++;
	if (t->cls == C_MOD && (t->val == MOD_END || t->val == MOD_BEGIN || t->val == MOD_START ||
				t->val == MOD_MIDDLE))
		return 0;
	size_t e = match_core(c, x, h, true);
	return e && h->type == TIMEX_DATE && h->value[0] != 'P' ? e : 0;
}

/* "for years", "over decades": an unknown amount of the units at i. */
static size_t match_units(const struct tx_ctx *c, size_t i, struct tx_hit *h)
{
	if (i == 0 || !(W(c, i - 1, C_PREP) || WV(c, i - 1, C_REL, R_PAST)) || c->t[i].val < U_DAY)
		return 0;
	h->type = TIMEX_DURATION;
	tx_dur_value(h->value, sizeof(h->value), -1, c->t[i].val);
	return i + 1;
}

/* "fiscal 2025". */
static size_t match_fiscal_year(const struct tx_ctx *c, size_t i, struct tx_hit *h)
{
	int y;
	if (!year_num(c, i + 1, &y))
		return 0;
	tx_put_year(h->value, sizeof(h->value), y);
	h->type = TIMEX_DATE;
	return i + 2;
}

/* The rules for what TimeML puts inside "the"; k is the token after "the". */

/* "the two years", "the past few days" (but not "the two-year"). */
static size_t the_amount(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!NUM(c, k) && !W(c, k, C_NUMW) && !W(c, k, C_FEW))
		return 0;
	size_t e = tx_match_amount(c, k, h, false);
	return e && !P(c, e - 2, '-') ? e : 0;
}

/* "the 1990s", "the '90s", "the 20th century", "the 470s BC": a decade or a century, not a bare
 * year. */
static size_t the_decade(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!is_apos(c, k) && !NUM(c, k))
		return 0;
	size_t e = tx_match_year(c, k, h, true);
	/* "the 470s BC" (BC047), "the 4th century BC" (BC03) too */
	size_t n = strlen(h->value) - (h->value[0] == 'B' ? 2 : 0);
	return e && n < 4 ? e : 0;
}

/* "the first nine months": the span counted, a duration. */
static size_t the_first_units(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	long v;
	bool art, pl;
	int unit;
	if (!W(c, k, C_ORD) || W(c, k + 1, C_HALF))
		return 0;
	size_t e = tx_parse_number(c, k + 1, &v, &art);
	size_t u = e && !art ? tx_parse_unit(c, e, &unit, &pl) : 0;
	if (!u)
		return 0;
	h->type = TIMEX_DURATION;
	tx_dur_value(h->value, sizeof(h->value), v, unit);
	return u;
}

/* "the end of the year", "the beginning of March", "the middle of 2024"; "the early 1990s". */
static size_t the_part_of(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!W(c, k, C_MOD))
		return 0;
	int mod = c->t[k].val;
	if ((mod == MOD_END || mod == MOD_BEGIN || mod == MOD_START || mod == MOD_MIDDLE) &&
	    W(c, k + 1, C_OF)) {
		size_t x = k + 2;
		if (W(c, x, C_THE) &&
		    (WV(c, x + 1, C_UNIT, U_YEAR) || WV(c, x + 1, C_UNIT, U_MONTH) ||
		     WV(c, x + 1, C_UNIT, U_WEEK))) {
			tx_rel_value(c->a, c->t[x + 1].val, 0, h);
			return x + 2;
		}
		return match_core(c, x, h, true);
	}
	if (mod == MOD_EARLY || mod == MOD_LATE || mod == MOD_MID) {
		size_t x = k + 1;
		if (P(c, x, '-') && adj(c, k))
			x++;
		return tx_match_year(c, x, h, true);
	}
	return 0;
}

/* "the year two thousand". */
static size_t the_year_words(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!WV(c, k, C_UNIT, U_YEAR))
		return 0;
	return tx_match_spelled_year(c, k + 1, h, true);
}

/* "the weekend": the one just past, unless the clause looks ahead; a future told in the past
 * (TENSE_LATER, which may be over by now, as a weekday's) takes the nearer weekend, as a
 * weekday does ("said employers would raise their offer before the weekend" in a Thursday
 * paper is the coming one, in a Tuesday paper the one just past). */
static size_t the_weekend(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!WV(c, k, C_UNIT, U_WEEKEND))
		return 0;
	int aw = c->aday ? date_weekday(date_to_days(c->a.year, c->a.month, c->a.day)) : 0;
	int tense = c->aday ? tx_tense(c, k - 1, k + 1) : TENSE_NONE;
	/* Saturday is 6 - aw days ahead, the Sunday before aw days back */
	int back = c->aday && aw < 6 && tense != TENSE_FUTURE &&
		   !(tense == TENSE_LATER && 6 - aw < aw);
	tx_rel_value(c->a, U_WEEKEND, back ? -1 : 0, h);
	return k + 1;
}

/* "the quarter" (the last one reported). A bare "the period" is no quarter: it is a span the
 * sentence goes on to say ("the period before 1972", "the period covered by the report",
 * "during the period when"), or one told before ("the tech boom of the period"). */
static size_t the_quarter(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!WV(c, k, C_UNIT, U_QUARTER))
		return 0;
	tx_rel_value(c->a, U_QUARTER, -1, h);
	/* "the quarter that ended in September", "the quarter ending June 30": the calendar
	 * quarter whose last month is named (TimeML's "1989-Q3" for "the quarter ended Sept.
	 * 30"); a month that ends no calendar quarter (a fiscal one, "ended July 31") keeps the
	 * last one. The month stays an expression of its own. */
	size_t j = k + 1 + in_list(c, k + 1, "that which");
	struct tx_hit m = {0};
	if (in_list(c, j, "ended ending ends") &&
	    tx_match_month(c, j + 1 + in_list(c, j + 1, "in on"), &m) && m.value[4] == '-' &&
	    m.value[0] >= '0' && m.value[0] <= '9') {
		int mo = (m.value[5] - '0') * 10 + (m.value[6] - '0');
		if (mo % 3 == 0)
			snprintf(h->value, sizeof(h->value), "%.4s-Q%d", m.value, mo / 3);
	}
	return k + 1;
}

/* "the" + what TimeML puts "the" inside: amounts, quarters, decades, the future, the same day. */
static void try_the(const struct tx_ctx *c, size_t i, struct tx_hit *best)
{
	size_t k = i + 1;
	TRY(tx_match_rel(c, k, &h_, true));
	TRY(tx_match_nth_weekday(c, k, &h_));
	TRY(tx_match_ref(c, k, &h_, true));
	TRY(tx_match_quarter(c, k, &h_));
	TRY(tx_match_yearago(c, k, &h_));
	TRY(the_amount(c, k, &h_));
	TRY(the_decade(c, k, &h_));
	TRY(the_first_units(c, k, &h_));
	TRY(the_part_of(c, k, &h_));
	TRY(the_year_words(c, k, &h_));
	TRY(the_weekend(c, k, &h_));
	TRY(the_quarter(c, k, &h_));
	TRY(tx_match_the_season(c, k, &h_));
}

/* Tries every rule that can start at token i; the longest match wins. */
static void try_at(const struct tx_ctx *c, size_t i, struct tx_hit *best)
{
	const struct tx_tok *t = &c->t[i];

	if (t->kind == K_CJK || t->kind == K_NUM)
		TRY(tx_match_chinese(c, i, &h_));
	if (t->kind == K_NUM) {
		TRY(tx_match_time(c, i, &h_));
		TRY(tx_match_amount(c, i, &h_, true));
		TRY(match_core(c, i, &h_, false));
		return;
	}
	if (is_apos(c, i)) {
		TRY(tx_match_year(c, i, &h_, false));
		return;
	}
	if (t->kind != K_WORD || t->cls == C_NONE)
		return;
	switch (t->cls) {
	case C_THE:
		try_the(c, i, best);
		break;
	case C_MOD:
	case C_AGO:
		TRY(match_modified(c, i, &h_));
		break;
	case C_MONTH:
	case C_MONABBR:
		TRY(tx_match_month(c, i, &h_));
		break;
	case C_WDAY:
		TRY(tx_match_weekday(c, i, 0, &h_));
		break;
	case C_DEIC:
		TRY(tx_match_deictic(c, i, &h_));
		break;
	case C_REL:
		TRY(tx_match_rel(c, i, &h_, false));
		break;
	case C_REF:
		TRY(tx_match_ref(c, i, &h_, false));
		break;
	case C_SETW:
	case C_EVERY:
		TRY(tx_match_set(c, i, &h_));
		break;
	case C_NUMW:
		TRY(tx_match_spelled_year(c, i, &h_, false));
		TRY(tx_match_amount(c, i, &h_, true));
		break;
	case C_ART:
	case C_FEW:
		TRY(tx_match_amount(c, i, &h_, true));
		break;
	case C_UNIT:
		TRY(tx_match_yearago(c, i, &h_));
		break;
	case C_UNITS:
		TRY(match_units(c, i, &h_));
		break;
	case C_ORD:
		TRY(tx_match_quarter(c, i, &h_));
		break;
	case C_FISCAL:
		TRY(match_fiscal_year(c, i, &h_));
		TRY(tx_match_quarter(c, i, &h_));
		break;
	case C_SEASON:
		TRY(tx_match_season(c, i, 0, &h_));
		break;
	case C_HOLIDAY:
		TRY(tx_match_holiday(c, i, 0, &h_));
		break;
	case C_NOON:
		TRY(tx_match_time(c, i, &h_));
		break;
	default:
		break;
	}
}

/* ---- the driver and the entry points ---- */

/* Does one of tokens [i, j) pass `is`: write a year in digits ("1941", "March 1945": year_num) or
 * name a month ("in May", "Nov. 8", unlike "Friday" or "last week": tx_month_word)? */
static bool some_token(const struct tx_ctx *c, size_t i, size_t j,
		       bool (*is)(const struct tx_ctx *, size_t, int *))
{
	int v;
	for (size_t k = i; k < j && k < c->n; k++)
		if (is(c, k, &v))
			return true;
	return false;
}

/* In a story told in years before Christ, is h (found over tokens [i, h->end)) a date whose
 * year came from the anchor's time, not the story's ("April", "the summer", "the next day"
 * read against the paper's date), or a value counted across the era into no value ("-48")?
 * Better no date than a wrong year. A year, decade or century written out stays, and so does
 * the paper's own time in news that named one such year ("born in 4 BC" ... "On Tuesday"): a
 * weekday or "today", or any date once the story is back in its own time (a paragraph on,
 * and no more than one far year above the dates of the anchor's time). */
static bool bc_stray(const struct tx_ctx *c, size_t i, const struct tx_hit *h)
{
	if (h->type != TIMEX_DATE && h->type != TIMEX_TIME)
		return false;
	if (h->value[0] == '-')
		return true;
	struct tx_point p;
	tx_point_parse(h->value, &p);
	if (!p.dated || p.year <= 0 || some_token(c, i, h->end, told_year_num) ||
	    (c->para > c->told_para + 1 && c->years_far <= c->years_near + 1))
		return false;
	for (size_t k = i; k < h->end; k++)
		if (W(c, k, C_WDAY) || W(c, k, C_DEIC))
			return false;
	if (p.gran == GRAN_DECADE || p.gran == GRAN_CENTURY)
		for (size_t k = i; k < h->end; k++)
			if (NUM(c, k))
				return false; /* "the 20th century" */
	return true;
}

/* A stray of a story told in years before Christ (bc_stray) is of the story's time, not of no
 * time: "In September", "the next day", "that same day", "the summer" after "in 331 BC" take
 * the year the story last told ("BC0331-09", "BC0331-XX-XX"), and its month when it told one
 * ("June 479 BC ... that same day": "BC0479-06-XX"). A month the story told after (or a month
 * named before the story's) is the next year's, as a narrative goes on; a day or month the
 * expression does not name is unknown ("XX"), never the paper's. Rewrites h->value and returns
 * true, or returns false (a week, or no year of the story's). */
static bool bc_story_value(struct tx_ctx *c, size_t i, struct tx_hit *h)
{
	struct tx_point p;
	tx_point_parse(h->value, &p);
	int y = c->told_year, m = c->told_month;
	if (c->has_refany && c->refany.year < 0) {
		y = c->refany.year;
		m = c->refany.month;
	}
	if (!p.dated || p.gran == GRAN_WEEK || p.gran > GRAN_YEAR || y >= 0 || h->value[0] == '-')
		return false;
	bool named = some_token(c, i, h->end, tx_month_word);
	if (named && (p.gran == GRAN_MONTH || p.gran == GRAN_DAY || p.gran == GRAN_TIME) && m &&
	    p.month < m)
		y++; /* "in June 480 BC ... in April": the next spring */
	if (y >= 0)
		return false;
	char v[sizeof(h->value)], tail[sizeof(h->value)] = "";
	const char *t = strchr(h->value, 'T');
	if (p.gran == GRAN_TIME && t)
		snprintf(tail, sizeof(tail), "%s", t);
	tx_put_year(v, sizeof(v), y);
	size_t n = strlen(v);
	if (p.gran == GRAN_QUARTER)
		snprintf(v + n, sizeof(v) - n, "%s", h->value + 4); /* "-SU", "-Q3" */
	else if (p.gran == GRAN_MONTH && named)
		snprintf(v + n, sizeof(v) - n, "-%02d", p.month);
	else if (p.gran <= GRAN_DAY && named)
		snprintf(v + n, sizeof(v) - n, "-%02d-%02d%s", p.month, p.day, tail);
	else if (m)
		snprintf(v + n, sizeof(v) - n, "-%02d%s%s", m, p.gran == GRAN_MONTH ? "" : "-XX",
			 tail);
	else
		snprintf(v + n, sizeof(v) - n, "-XX%s%s", p.gran == GRAN_MONTH ? "" : "-XX", tail);
	memcpy(h->value, v, sizeof(v));
	h->day = false;
	return true;
}

/* The date at token i opens its sentence as the time of what the sentence tells: "In 2006 he
 * founded ...", "But in 2012, the campaign spent ...", "Back in 1998". */
static bool frame_year(const struct tx_ctx *c, size_t i)
{
	size_t k = 0;
	if (in_list(c, k, "but and then so back"))
		k++;
	return i == k + 1 && in_list(c, k, "in");
}

/* Appends h, found over tokens [i, h->end), as a timex and remembers it as the date last
 * mentioned. */
static void add_timex(struct tx_ctx *c, size_t i, struct tx_hit *h)
{
	size_t s = c->t[i].s, e = c->t[h->end - 1].e;
	struct timex_list *l = c->l;
	if (c->bc && bc_stray(c, i, h) && !bc_story_value(c, i, h))
		return;
	if (l->n >= UINT32_MAX)
		return; /* events count them in 32 bits (timex.h) */
	l->items = xgrow(l->items, &c->lcap, l->n + 1, sizeof(*l->items));
	struct timex *x = &l->items[l->n++];
	memset(x, 0, sizeof(*x));
	x->span.start = s;
	x->span.end = e;
	x->type = h->type;
	x->value = text_intern(&l->pool, h->value, strnlen(h->value, sizeof(h->value) - 1));
	x->paragraph = (uint32_t)c->para;
	if (h->day && h->type != TIMEX_DURATION && h->type != TIMEX_SET) {
		c->ref = h->date;
		c->has_ref = true;
	}
	if (h->type == TIMEX_DATE || h->type == TIMEX_TIME) {
		struct tx_point p;
		tx_point_parse(h->value, &p);
		if (p.dated && p.year && some_token(c, i, h->end, told_year_num)) {
			c->bc = p.year < 0;
			c->told_year = p.year;
			c->told_month = p.gran <= GRAN_MONTH ? p.month : 0;
			c->told_sent = c->sent + 1;
			c->told_tok = h->end;
			c->told_para = c->para;
			c->told_adj = i > 0 && (W(c, i - 1, C_ART) || W(c, i - 1, C_THE) ||
						(i > 1 && WV(c, i - 1, C_MISC, MISC_S) &&
						 is_apos(c, i - 2)));
			c->told_frame = frame_year(c, i);
			c->told_since = i > 0 && in_list(c, i - 1, "since");
			if (c->a.year && p.year <= c->a.year - NARRATIVE_GAP)
				c->years_far++;
			else
				c->years_near++;
		} else if (p.dated && c->a.year && p.year >= c->a.year - 1 &&
			   !some_token(c, i, h->end, tx_month_word)) {
			c->years_near++; /* "on Friday", "last week" */
		}
		/* a season of another year than the anchor's names it for what follows ("In the
		 * summer of 1898 ... over the next decade"; "This summer ... later that month" keeps
		 * the anchor's month); a quarter or half does not (business news runs its own count) */
		bool season = p.gran == GRAN_QUARTER && p.year && p.year != c->a.year &&
			      strlen(h->value) == 7 && strchr("SWF", h->value[5]) != NULL;
		if (p.dated && p.gran <= GRAN_YEAR && p.gran != GRAN_WEEK &&
		    (p.gran != GRAN_QUARTER || season) && (p.year || p.month)) {
			c->refany.year = p.year;
			c->refany.month = p.gran <= GRAN_MONTH ? p.month : 0;
			c->refany.day = p.gran <= GRAN_DAY ? p.day : 0;
			c->has_refany = true;
			/* a year that only names a thing ("the 2008 primary") sets no story's time */
			c->refany_sent = i > 0 && (W(c, i - 1, C_ART) || W(c, i - 1, C_THE))
						 ? 0
						 : c->sent + 1;
			c->refany_para = c->para;
			c->refany_coarse = false;
		} else if (p.dated && p.year && p.gran >= GRAN_DECADE &&
			   !(!(i > 0 && W(c, i - 1, C_PREP)) && h->end < c->n &&
			     c->t[h->end].kind == K_WORD && !c->t[h->end].cap &&
			     W(c, h->end, C_NONE) &&
			     !in_list(c, h->end, "and as but had or was were when while"))) {
			/* the story moves to a decade ("Born in 1931, she trained in London in the
			 * 1950s. That spring she began ..."): no year of it is told, and the year
			 * before it is no longer the story's time; not a decade that names a thing
			 * ("The 1960s protests", no preposition before it) */
			c->refany_coarse = true;
		}
	}
}

/* Tags text[s, e), one sentence: tokens, then the longest match at each token, left to right. */
static void scan(struct tx_ctx *c, size_t s, size_t e)
{
	tx_tokenize(c, s, e);
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
		struct tx_hit best;
		memset(&best, 0, sizeof(best));
		try_at(c, i, &best);
		if (best.end > i && best.value[0] && tx_in_name(c, i, best.end)) {
			i = best.end;
		} else if (best.end > i && best.value[0]) {
			/* The span ends at a kept final '.' only for "a.m." / "Nov." forms. */
			add_timex(c, i, &best);
			i = best.end;
		} else {
			i++;
		}
	}
}

static void ctx_init(struct tx_ctx *c, const struct doc *d, struct date a)
{
	size_t len;
	enum doc_anchor_from from;
	memset(c, 0, sizeof(*c));
	c->text = doc_text(d, &len);
	c->a = a;
	/* the anchor is the date line the article prints; a page's publication time may be of
	 * another time zone, or the first of a story updated since (writer_day()), and a date
	 * given or read from a file's name may be the wire's, a day before the paper's */
	doc_anchor(d, &from);
	c->aown = from == ANCHOR_TEXT;
	if (c->a.month < 1 || c->a.month > 12)
		c->a.month = c->a.day = 0;
	if (c->a.day < 1 || c->a.day > 31)
		c->a.day = 0;
	c->aday = c->a.year && c->a.month && c->a.day;
}

/* Is position p of text t inside a quotation of its paragraph, which starts at ps: after an
 * opening curly quotation mark not yet closed, or after an odd number of straight ones? */
static bool in_quotation(const char *t, size_t ps, size_t p)
{
	bool curly = false;
	size_t straight = 0;
	for (size_t i = ps; i < p; i++) {
		if (t[i] == '"')
			straight++;
		else if (text_curly_double(t + i, p - i))
			curly = text_curly_double(t + i, p - i) == 0x201C;
	}
	return curly || straight % 2;
}

/* Does expression x of text t name a night or an evening ("Tuesday night", "last night",
 * "Monday evening's debate")? */
static bool names_night(const char *t, size_t len, const struct timex *x)
{
	if (strstr(x->value, "TNI") || strstr(x->value, "TEV"))
		return true;
	size_t e = x->span.end, n = e - x->span.start;
	if ((n > 5 && strncasecmp(t + e - 5, "night", 5) == 0) ||
	    (n > 7 && strncasecmp(t + e - 7, "evening", 7) == 0))
		return true;
	while (e < len && t[e] == ' ')
		e++;
	return (len - e >= 5 && strncasecmp(t + e, "night", 5) == 0) ||
	       (len - e >= 7 && strncasecmp(t + e, "evening", 7) == 0);
}

/* "tonight" inside a quotation is the night the words were said, which a paper of the next
 * day does not print: a day named in the sentence outside the quotation ("“We vote tonight,” the
 * senator said Monday") is that night; else a night of the day before the anchor that the
 * article names outside quotations ("Tuesday night's debate" in a Wednesday paper) is the one
 * the quotation speaks of. Without either the anchor's night stays. */
static void quoted_tonight(const struct doc *d, struct timex_list *l, struct date a)
{
	size_t len;
	const char *t = doc_text(d, &len);
	if (!a.year || !a.month || !a.day || !doc_sentence_count(d))
		return;
	long z = date_to_days(a.year, a.month, a.day);
	char eve[16] = "", today[16];
	int y, m, dd;
	date_from_days(z, &y, &m, &dd);
	snprintf(today, sizeof(today), "%04d-%02d-%02dTNI", y, m, dd);
	date_from_days(z - 1, &y, &m, &dd);
	char before[11];
	snprintf(before, sizeof(before), "%04d-%02d-%02d", y, m, dd);
	for (size_t i = 0; i < l->n && !eve[0]; i++) {
		const struct timex *x = &l->items[i];
		const struct doc_para *pa = doc_paragraph(d, x->paragraph);
		if (strncmp(x->value, before, 10) == 0 && names_night(t, len, x) &&
		    !in_quotation(t, pa->span.start, x->span.start))
			snprintf(eve, sizeof(eve), "%sTNI", before);
	}
	for (size_t i = 0; i < l->n; i++) {
		struct timex *x = &l->items[i];
		const struct doc_para *pa = doc_paragraph(d, x->paragraph);
		if (strcmp(x->value, today) != 0 || x->span.end - x->span.start != 7 ||
		    strncasecmp(t + x->span.start, "tonight", 7) != 0 ||
		    !in_quotation(t, pa->span.start, x->span.start))
			continue;
		/* a day of the sentence outside the quotation: the tag's ("said Monday") */
		const struct doc_sentence *se = doc_sentence(d, doc_sentence_at(d, x->span.start));
		char tag[16] = "";
		for (size_t j = 0; j < l->n; j++) {
			const struct timex *o = &l->items[j];
			if (j == i || o->span.start < se->span.start ||
			    o->span.end > se->span.end ||
			    in_quotation(t, pa->span.start, o->span.start) ||
			    strlen(o->value) != 10 || o->value[0] < '0' || o->value[0] > '9')
				continue;
			snprintf(tag, sizeof(tag), "%sTNI", o->value);
		}
		const char *v = tag[0] ? tag : eve;
		if (v[0])
			x->value = text_intern(&l->pool, v, strlen(v));
	}
}

/* Does item x name a day within a week of the anchor day z, as news of the day does ("on
 * Tuesday", "yesterday", "Jan. 2", "tonight")? Not "today" itself, and not the page's own date
 * written with its year ("January 3, 2019" under the title). */
static bool near_day(const char *t, const struct timex *x, long z)
{
	size_t n = x->span.end - x->span.start;
	struct date w;
	if (x->value[0] < '0' || x->value[0] > '9' || strlen(x->value) < 10 ||
	    (n == 5 && strncasecmp(t + x->span.start, "today", 5) == 0))
		return false;
	char day[11];
	memcpy(day, x->value, 10);
	day[10] = '\0';
	if (!date_parse_iso(day, &w) || !w.day)
		return false;
	long dz = date_to_days(w.year, w.month, w.day) - z;
	if (dz < -7 || dz > 7)
		return false;
	size_t digits = 0;
	for (size_t k = x->span.start; k < x->span.end && digits < 4; k++)
		digits = t[k] >= '0' && t[k] <= '9' ? digits + 1 : 0;
	return !(digits == 4 && dz == 0);
}

/* "today" inside a quotation, in a story that names no day near its own ("“We're having to put
 * up with a lot today,” says an elder" in a feature): the words were said on a day the story
 * never gives, and they speak of these days as often as of that one; no day of the paper's
 * (PRESENT_REF). A story of the day's news names its days ("said on Tuesday", "yesterday",
 * "tonight"), and its quoted "today" stays the day. */
static void quoted_today(const struct doc *d, struct timex_list *l, struct date a)
{
	size_t len;
	const char *t = doc_text(d, &len);
	if (!a.year || !a.month || !a.day || !doc_sentence_count(d))
		return;
	long z = date_to_days(a.year, a.month, a.day);
	char today[11];
	snprintf(today, sizeof(today), "%04d-%02d-%02d", a.year, a.month, a.day);
	for (size_t i = 0; i < l->n; i++)
		if (near_day(t, &l->items[i], z))
			return;
	for (size_t i = 0; i < l->n; i++) {
		struct timex *x = &l->items[i];
		const struct doc_para *pa = doc_paragraph(d, x->paragraph);
		if (strcmp(x->value, today) != 0 || x->span.end - x->span.start != 5 ||
		    strncasecmp(t + x->span.start, "today", 5) != 0 ||
		    !in_quotation(t, pa->span.start, x->span.start))
			continue;
		x->value = text_intern(&l->pool, "PRESENT_REF", 11);
	}
}

bool tx_told_past(const struct doc *d, const struct timex_list *l, size_t i)
{
	const struct timex *x = &l->items[i];
	if (!doc_sentence_count(d))
		return false;
	const struct doc_sentence *se = doc_sentence(d, doc_sentence_at(d, x->span.start));
	struct tx_ctx c;
	struct timex_list before = {0};
	ctx_init(&c, d, doc_anchor(d, NULL));
	/* the items before it in its sentence, as the scan saw them (said_long_ago() reads them) */
	before.items = l->items;
	before.n = i;
	c.l = &before;
	c.para = x->paragraph;
	c.sent = doc_sentence_at(d, x->span.start);
	tx_tokenize(&c, se->span.start, se->span.end);
	size_t s = 0, e;
	while (s < c.n && c.t[s].s < x->span.start)
		s++;
	for (e = s; e < c.n && c.t[e].e <= x->span.end;)
		e++;
	bool past = s < e && tx_tense(&c, s, e) == TENSE_PAST;
	free(c.t);
	return past;
}

/* The date items of the document read against anchor a, in text order, before the events. */
static struct timex_list *scan_all(const struct doc *d, struct date a)
{
	struct tx_ctx c;
	size_t len;
	struct timex_list *l = xcalloc(1, sizeof(*l));

	ctx_init(&c, d, a);
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
			c.prev = i > 0 ? doc_sentence(d, i - 1)->span : (struct span){0, 0};
			scan(&c, s->span.start, s->span.end);
		}
	}
	free(c.t);
	quoted_tonight(d, l, c.a);
	quoted_today(d, l, c.a);
	/* Kept as long as the list: without the room it grew into. */
	if (l->n && c.lcap > l->n)
		l->items = xrealloc(l->items, l->n * sizeof(*l->items));
	l->doc = d;
	return l;
}

/* The words that name the writer's own day or a part of it. */
static const char *const writer_words[] = {"today", "this morning", "this afternoon",
					   "this evening", "tonight"};

/* Does the text hold one of writer_words, then a comma, a space or a parenthesis, then a digit
 * within a few bytes ("this morning, 14 Oct.", "today (March 3)")? A cheap look first. */
static bool day_apposed(const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		for (size_t w = 0; w < sizeof(writer_words) / sizeof(writer_words[0]); w++) {
			size_t n = strlen(writer_words[w]), j = i + n;
			if (j + 2 > len || strncasecmp(t + i, writer_words[w], n) != 0 ||
			    (t[j] != ',' && t[j] != ' ' && t[j] != '('))
				continue;
			while (j < len && (t[j] == ',' || t[j] == ' ' || t[j] == '('))
				j++;
			for (size_t k = j; k < len && k < j + 6; k++)
				if (t[k] >= '0' && t[k] <= '9')
					return true;
		}
	}
	return false;
}

/* "posted this morning, 14 Oct.", "today, March 3,": the writer names their own day next to
 * "today" or a part of it, written out in digits (items i and i + 1 of l, nothing but a comma,
 * a parenthesis or spaces between). A page's publication time is often that of another time
 * zone (a post written late on the 14th in America is stamped the 15th in UTC): a day one from
 * the anchor a so named is the one the writer's "today", "yesterday" and weekdays count from.
 * True with it in *out. */
static bool writer_day(const char *t, const struct timex_list *l, struct date a, struct date *out)
{
	long z = date_to_days(a.year, a.month, a.day);
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct timex *x = &l->items[i], *y = &l->items[i + 1];
		size_t n = x->span.end - x->span.start, k;
		bool deictic = false, digit = false;
		for (size_t w = 0; w < sizeof(writer_words) / sizeof(writer_words[0]); w++)
			deictic |= n == strlen(writer_words[w]) &&
				   strncasecmp(t + x->span.start, writer_words[w], n) == 0;
		if (!deictic || y->type != TIMEX_DATE || strlen(y->value) != 10)
			continue;
		for (k = x->span.end; k < y->span.start && strchr(", (", t[k]); k++)
			;
		if (k != y->span.start || k == x->span.end)
			continue;
		for (k = y->span.start; k < y->span.end; k++)
			digit |= t[k] >= '0' && t[k] <= '9';
		struct date w;
		if (!digit || !date_parse_iso(y->value, &w) || !w.day)
			continue;
		long dz = date_to_days(w.year, w.month, w.day) - z;
		if (dz == 1 || dz == -1) {
			*out = w;
			return true;
		}
	}
	return false;
}

static struct timex_list *find(const struct doc *d, bool keep)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(d, &from), w;
	size_t len;
	const char *t = doc_text(d, &len);
	struct timex_list *l = scan_all(d, a);

	/* a page's publication date only: a date the user gave stands */
	if (from == ANCHOR_METADATA && a.year && a.month && a.day && day_apposed(t, len) &&
	    writer_day(t, l, a, &w)) {
		timex_list_free(l);
		l = scan_all(d, w);
	}
	tx_events_build(d, l, keep);
	return l;
}

struct timex_list *timex_find(const struct doc *d)
{
	return find(d, true);
}

struct timex_list *timex_find_lean(const struct doc *d)
{
	return find(d, false);
}

bool timex_has_subjects(const struct timex_list *l)
{
	for (size_t i = 0; l && i < l->nsubjects; i++)
		if (!l->subjects[i].named && l->subjects[i].span.end > l->subjects[i].span.start)
			return true;
	return false;
}

struct timex_list *timex_find_named(const struct doc *d, const struct coref *c)
{
	struct timex_list *l = timex_find(d);
	if (!timex_has_subjects(l))
		return l; /* no pronoun to name: no coreference to build */
	struct coref *own = c ? NULL : coref_build(d);
	timex_name_subjects(l, d, c ? c : own);
	coref_free(own);
	return l;
}

/* The summary with the name for the pronoun at subject, where tx_pronoun_at() finds it; the
 * summary freed. Unchanged when the pronoun is not there. */
static char *put_name(char *summary, const char *t, struct span subject, struct span name)
{
	size_t n = subject.end - subject.start, at = tx_pronoun_at(summary, t, subject);
	if (at == (size_t)-1)
		return summary;
	struct buf b = BUF_INIT;
	buf_put(&b, summary, at);
	buf_put(&b, t + name.start, name.end - name.start);
	buf_puts(&b, summary + at + n);
	free(summary);
	return buf_detach(&b, NULL);
}

/* The first "he" or "she" (the word of s) in the text t from `from` to s: "Ever since he first
 * learned that Elian was in Florida, he has been ...": both stand for the one person, whom the
 * first names before the intro's names; s itself when there is none. */
static struct span first_same_pronoun(const char *t, size_t from, struct span s)
{
	size_t n = s.end - s.start;
	for (size_t p = from; p + n < s.start; p++)
		if ((p == from || t[p - 1] == ' ') && strncasecmp(t + p, t + s.start, n) == 0 &&
		    t[p + n] == ' ')
			return (struct span){p, p + n};
	return s;
}

void timex_name_subjects(struct timex_list *l, const struct doc *d, const struct coref *c)
{
	size_t len;
	const char *t = doc_text(d, &len);
	for (size_t k = 0; l && c && k < l->nsubjects; k++) {
		struct tx_subject *e = &l->subjects[k];
		size_t i = e->event;
		struct span s = e->span;
		if (s.end == s.start || e->named)
			continue;
		e->span = (struct span){0, 0};
		struct span r = s;
		if (e->intro) {
			/* "As Mr. Sanders campaigned in Iowa, he", "After meeting Trump, he": a
			 * person the opening phrase names, of the pronoun's sex or of none known, is
			 * the one meant (the summary says who) or one the resolver may take for him */
			size_t from = doc_sentence(d, doc_sentence_at(d, s.start))->span.start;
			/* the summary's own words before the pronoun, about (it may leave words out) */
			if (s.start - from > e->intro)
				from = s.start - e->intro;
			r = first_same_pronoun(t, from, s);
			if (coref_person_of_named(c, from, r.start,
						  (t[s.start] | 0x20) == 's' ? COREF_FEMALE
									     : COREF_MALE))
				continue;
		}
		size_t id = coref_resolve(c, r);
		/* he and she stand for people: anything else is the resolver's guess */
		if (id == COREF_NONE || coref_entity(c, id)->kind != COREF_PERSON)
			continue;
		struct span name = coref_entity(c, id)->name;
		if (name.end <= name.start || name.end - name.start > 80)
			continue;
		e->span = name;
		e->named = true;
		if (l->summaries && l->summaries[i])
			l->summaries[i] = put_name(l->summaries[i], t, s, name);
	}
}

const char *timex_event_summary(const struct timex_list *l, size_t i)
{
	if (l->summaries && l->summaries[i])
		return l->summaries[i];
	if (!l->doc || !l->summaries)
		return NULL;
	struct span subject;
	size_t len, lo = 0, hi = l->nsubjects;
	char *s = tx_event_summary(l->doc, l, i, &subject);
	/* the name found for its pronoun: the subjects are in event order */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->subjects[mid].event < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	const struct tx_subject *named = lo < l->nsubjects && l->subjects[lo].event == i &&
							 l->subjects[lo].named
						 ? &l->subjects[lo]
						 : NULL;
	if (s && named && subject.end > subject.start)
		s = put_name(s, doc_text(l->doc, &len), subject, named->span);
	l->summaries[i] = s;
	return s;
}

/* Is t[s..e) a lowercase word of three letters or more that stamps no page ("came", "email";
 * not "on", "at", "updated")? Such a word is a sentence's, not a dateline's. */
static bool sentence_word(const char *t, size_t s, size_t e)
{
	return text_is_ascii_lower(t[s]) && e - s >= 3 && !tx_stamp_word(t, s, e);
}

/* Do the words around a date at [ds, de), on its line in a paragraph [pa, pe), read as a
 * dateline's or a page stamp's and not a sentence's? A stamp word before it says a stamp ("It
 * was published on 4 May 2017"). Else the word joined to it by a space alone is in capitals
 * ("WASHINGTON Sept. 29"; not "The September 29, 2012, email", "On July 6, 2015, Sanders made",
 * "Then came Dec. 14, 2012"), no two sentence_word()s come before it ("Harbour town, Nov. 3"
 * is a place's), and none follows it past a comma ("Nov. 3, 2025, the council met"). */
static bool dateline_words(const char *t, size_t pa, size_t ds, size_t de, size_t pe)
{
	/* the date's own line: a byline above it is no sentence ("By the sample desk\nNov 8") */
	for (size_t k = pa; k < ds; k++)
		if (t[k] == '\n')
			pa = k + 1;
	for (size_t k = de; k < pe; k++)
		if (t[k] == '\n')
			pe = k;
	size_t ws = 0, we = 0, nsent = 0;
	for (size_t k = pa; k < ds; k++) {
		if (!text_is_ascii_letter(t[k]) || (k > pa && text_is_ascii_letter(t[k - 1])))
			continue;
		size_t e = k;
		while (e < ds && text_is_ascii_letter(t[e]))
			e++;
		if (tx_stamp_word(t, k, e))
			return true;
		nsent += sentence_word(t, k, e);
		ws = k;
		we = e;
	}
	if (nsent >= 2)
		return false;
	if (we > ws) {
		size_t k = we;
		while (k < ds && t[k] == ' ')
			k++;
		bool caps = we - ws >= 2;
		for (size_t i = ws; i < we && caps; i++)
			caps = !text_is_ascii_lower(t[i]);
		if (k == ds && !caps)
			return false;
	}
	size_t k = de;
	while (k < pe && (t[k] == ' ' || t[k] == ','))
		k++;
	size_t e = k;
	while (e < pe && text_is_ascii_letter(t[e]))
		e++;
	return e == k || !sentence_word(t, k, e);
}

/* The article's own date: a full date alone on a short line, or in a dateline or a
 * "Published"/"Updated" line (dateline_words()), among the first paragraphs. */
bool timex_find_anchor(const struct doc *d, struct date *out)
{
	struct tx_ctx c;
	struct date none = {0, 0, 0};
	bool found = false;

	ctx_init(&c, d, none);
	c.l = xcalloc(1, sizeof(*c.l));
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
			if ((shortline || early) &&
			    dateline_words(c.text, pa->span.start, x->span.start, x->span.end, e)) {
				*out = dd;
				found = true;
				break;
			}
		}
	}
	free(c.l->items);
	text_pool_free(c.l->pool);
	free(c.l);
	free(c.t);
	return found;
}

void timex_list_free(struct timex_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; l->summaries && i < l->nevents; i++)
		free(l->summaries[i]);
	free(l->summaries);
	free(l->subjects);
	free(l->events);
	free(l->items);
	text_pool_free(l->pool);
	free(l);
}

const char *timex_type_name(enum timex_type t)
{
	static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
	return (unsigned)t < 4 ? names[t] : "DATE";
}
