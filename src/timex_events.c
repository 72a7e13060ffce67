/* timex_events: the events that dated expressions anchor, their labels and summaries, and the
 * timeline in chronological order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timex_int.h"

/* Does this expression date something (a calendar value, not PAST_REF, a duration, a set)? */
static bool dates_something(const struct timex *x)
{
	if (x->type != TIMEX_DATE && x->type != TIMEX_TIME)
		return false;
	const char *v = x->value[0] == 'B' && x->value[1] == 'C' ? x->value + 2 : x->value; /* BC */
	return (v[0] >= '0' && v[0] <= '9') || v[0] == 'X';
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

/* The end of the lowercase word at a. */
static size_t lower_end(const char *t, size_t len, size_t a)
{
	while (a < len && t[a] >= 'a' && t[a] <= 'z')
		a++;
	return a;
}

/* Does the word t[a..b) end in suf, with at least two letters before it ("displaced", "instantly",
 * "relating"; not "led", "fly", "king")? */
static bool word_suffix(const char *t, size_t a, size_t b, const char *suf)
{
	size_t n = strlen(suf);
	return b - a > n + 1 && memcmp(t + b - n, suf, n) == 0;
}

/* The word before position p (skipping spaces): its span in *ws, *we. */
static bool word_before(const char *t, size_t lo, size_t p, size_t *ws, size_t *we)
{
	while (p > lo && text_is_ascii_space(t[p - 1]))
		p--;
	size_t e = p;
	while (p > lo && ((t[p - 1] | 32) >= 'a' && (t[p - 1] | 32) <= 'z'))
		p--;
	*ws = p;
	*we = e;
	return e > p;
}

/* A walk back over the words before a point in one clause (see walk_word()). */
struct walk {
	const char *t;
	size_t lo, p;      /* not before lo; the next word ends at or before p */
	const char *stops; /* the bytes that end the clause (",.;:") */
	int steps;         /* words left; -1: no count (lo bounds the walk) */
	char stop;         /* the byte of stops the walk ended on, or 0 */
};

/* The next word back from w->p in *ws, *we; false when the walk ends: at lo, at a byte of
 * w->stops (then in w->stop) or after its last word. A figure's stop or comma ("$3.2
 * billion", "1,200 jobs") ends no clause, and its digits are no words. */
static bool walk_word(struct walk *w, size_t *ws, size_t *we)
{
	while (w->p > w->lo && w->steps != 0) {
		char c = w->t[w->p - 1];
		if (c && strchr(w->stops, c) &&
		    !((c == '.' || c == ',') && w->p >= w->lo + 2 && w->t[w->p - 2] >= '0' &&
		      w->t[w->p - 2] <= '9' && w->t[w->p] >= '0' && w->t[w->p] <= '9')) {
			w->stop = c;
			return false;
		}
		bool word = word_before(w->t, w->lo, w->p, ws, we);
		if (word && w->steps > 0)
			w->steps--;
		if (!word) {
			w->p--;
			continue;
		}
		w->p = *ws;
		return true;
	}
	return false;
}

/* Do the words around items x and y make them the two ends of one span: "from 2011 to 2013",
 * "between May and July", "2011-2013", "April-to-June", "between 8 AM and 9 PM"? */
static bool range_words(const char *t, const struct timex *x, const struct timex *y)
{
	if (y->span.start < x->span.end || y->span.start - x->span.end > 9)
		return false;
	size_t a = x->span.end, b = y->span.start;
	while (a < b && t[a] == ' ')
		a++;
	while (b > a && t[b - 1] == ' ')
		b--;
	/* "2011-2013", "2011 – 2013" (an em dash or a horizontal bar too) */
	if ((b == a + 1 && t[a] == '-') || (b == a + 3 && text_wide_dash(t + a, 3)))
		return true;
	/* "the April-to-June quarter" */
	if (b == a + 4 && t[a] == '-' && word_is(t, a + 1, b - 1, "to") && t[b - 1] == '-')
		return true;
	size_t ws, we;
	bool from = word_before(t, x->span.start > 12 ? x->span.start - 12 : 0, x->span.start, &ws,
				&we) &&
		    we + 1 == x->span.start;
	bool between = from && word_is(t, ws, we, "between");
	from = from && word_is(t, ws, we, "from");
	if (word_is(t, a, b, "and"))
		return between;
	return from && (word_is(t, a, b, "to") || word_is(t, a, b, "through") ||
			word_is(t, a, b, "until") || word_is(t, a, b, "till"));
}

/* Do items x and y name the two ends of one span, x the earlier date and y the later at the
 * same grain: "from 2011 to 2013", "between May and July", "2011-2013", "1990 to 1995"? */
static bool range_pair(const char *t, const struct timex *x, const struct timex *y)
{
	return strlen(x->value) == strlen(y->value) && strcmp(x->value, y->value) < 0 &&
	       x->value[0] != 'X' && !strchr(x->value, 'W') && !strchr(x->value, 'T') &&
	       range_words(t, x, y);
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
	while (e > a && (text_is_ascii_space(t[e - 1]) || t[e - 1] == ','))
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
		if (!text_is_ascii_space(t[i]) && t[i] != ',')
			return false;
	return true;
}

/* Do two values name one date, whatever the time of day ("2025-11-07T06:00", "...T09:00")? */
static bool same_day(const char *a, const char *b)
{
	size_t n = strcspn(a, "T"), m = strcspn(b, "T");
	return n == m && memcmp(a, b, n) == 0;
}

/* Does y name again, in words, the year or month that holds the date x named before it in its
 * sentence: "that year", "the same month" ("In a November 2006 press release ... his race that
 * year"), or the words joined to x by "of" ("March 23 of this year", "June of last year")? No
 * row of its own: the sentence is the earlier date's. A year written in digits ("In 2006 he
 * founded it, and in November ...") or another time ("in January alone ... On Sunday", "match
 * this year" after "in 2008 ... in mid-September") says more, and stays. */
static bool names_again(const char *t, const struct timex *x, const struct timex *y)
{
	size_t n = strlen(y->value), ws, we;
	if (n < 4 || strncmp(x->value, y->value, n) != 0 || x->value[n] != '-')
		return false;
	bool again = y->span.start == x->span.end + 4 &&
		     word_is(t, x->span.end + 1, x->span.end + 3, "of");
	for (size_t p = y->span.end; !again && p > y->span.start; p = ws) {
		if (!word_before(t, y->span.start, p, &ws, &we))
			break;
		again = word_is(t, ws, we, "that") || word_is(t, ws, we, "same");
	}
	for (size_t i = y->span.start; again && i < y->span.end; i++)
		if (t[i] >= '0' && t[i] <= '9')
			return false;
	return again;
}

/* What part of its date an expression names, as TimeML's mod does ("the end of the year":
 * value 2016, mod END; "earlier this year": mod START), read from its own words. */
enum part_mod {
	PART_NONE,
	PART_START, /* "early", "the beginning of", "the start of", "earlier" */
	PART_MID,   /* "mid-", "the middle of" */
	PART_END    /* "late", "the end of", "later" */
};

/* The words that open an expression and name a part of its date: the label's prefix for each
 * ("before the end of the year" reads "before end of 2016", not "before 2016"). */
static const struct {
	const char *words; /* the expression's first words, lowercase */
	const char *label; /* what the label says before the date */
	enum part_mod mod;
} part_words[] = {
	{"the end of ", "end of ", PART_END},
	{"end of ", "end of ", PART_END},
	{"the close of ", "end of ", PART_END},
	{"late ", "late ", PART_END},
	{"the late ", "late ", PART_END},
	{"late-", "late ", PART_END},
	{"later ", "later in ", PART_END},
	{"the beginning of ", "start of ", PART_START},
	{"the start of ", "start of ", PART_START},
	{"beginning of ", "start of ", PART_START},
	{"start of ", "start of ", PART_START},
	{"early ", "early ", PART_START},
	{"the early ", "early ", PART_START},
	{"early-", "early ", PART_START},
	{"earlier ", "earlier in ", PART_START},
	{"the middle of ", "mid-", PART_MID},
	{"mid-", "mid-", PART_MID},
	{"the mid-", "mid-", PART_MID},
	{"mid ", "mid-", PART_MID},
};

/* The part of its date expression x names (read from text t), and the label's prefix for it in
 * *label (NULL for none). */
static enum part_mod part_of(const char *t, const struct timex *x, const char **label)
{
	size_t n = x->span.end - x->span.start;
	*label = NULL;
	for (size_t i = 0; i < sizeof(part_words) / sizeof(part_words[0]); i++) {
		size_t w = strlen(part_words[i].words);
		if (n > w && strncasecmp(t + x->span.start, part_words[i].words, w) == 0) {
			*label = part_words[i].label;
			return part_words[i].mod;
		}
	}
	return PART_NONE;
}

/* The label's words for a date a word before it makes approximate, TimeML's mod APPROX ("dates
 * from around 1490", "built circa 1800", "c. 1650"): the date is not exact, and the label says so
 * ("around 1490"). "about" is left out: before a date it names a topic as often ("a book about
 * 1968"). */
static const char approx_label[] = "around ";

/* "three or four months ago", "40 or 50 years ago": an amount of time (words with a space in
 * them, not a year alone: "2011 or 2012") after a number and the "or" that ends at p (text t,
 * looking back no further than lo) is one of two, the date only about right. */
static bool amount_or(const char *t, size_t lo, size_t p, const struct timex *x)
{
	static const char small[] =
		"one two three four five six seven eight nine ten eleven twelve "
		"fifteen twenty thirty forty fifty sixty hundred";
	if (!memchr(t + x->span.start, ' ', x->span.end - x->span.start))
		return false;
	while (p > lo && t[p - 1] == ' ')
		p--;
	size_t e = p;
	while (p > lo && t[p - 1] >= '0' && t[p - 1] <= '9')
		p--;
	if (e > p)
		return p == lo || !((t[p - 1] | 32) >= 'a' && (t[p - 1] | 32) <= 'z');
	size_t ws, we;
	return word_before(t, lo, e, &ws, &we) && we == e && text_word_in(small, t + ws, we - ws);
}

/* Is the word before expression x (text t, looking back no further than lo) one that makes its
 * date approximate: around, circa, approximately, roughly, "c." or "ca."? Or is x itself "a
 * decade ago" (or "earlier", "later"), the year ten back only about right? */
static bool approx_before(const char *t, size_t lo, const struct timex *x)
{
	size_t ws, we, p = x->span.start;
	while (p > lo && t[p - 1] == ' ')
		p--;
	if (p > lo && t[p - 1] == '.') {
		/* "c. 1650", "ca. 1650": the abbreviation alone, not a sentence's last word */
		if (!word_before(t, lo, p - 1, &ws, &we) || we != p - 1)
			return false;
		return (word_is(t, ws, we, "c") || word_is(t, ws, we, "ca")) &&
		       (ws == lo || !((t[ws - 1] | 32) >= 'a' && (t[ws - 1] | 32) <= 'z'));
	}
	/* "a decade ago": ten years back, give or take (its value is the year) */
	size_t n = x->span.end - x->span.start;
	if (n > 9 && strlen(x->value) == 4 && word_is(t, x->span.start, x->span.start + 1, "a") &&
	    word_is(t, x->span.start + 2, x->span.start + 8, "decade") &&
	    t[x->span.start + 8] == ' ')
		return true;
	if (!word_before(t, lo, p, &ws, &we) || we != p || p == x->span.start)
		return false;
	if (word_is(t, ws, we, "or"))
		return amount_or(t, lo, ws, x);
	return word_is(t, ws, we, "around") || word_is(t, ws, we, "circa") ||
	       word_is(t, ws, we, "approximately") || word_is(t, ws, we, "roughly");
}

struct keyed {
	struct tx_point p;
	enum part_mod mod; /* a part of the date: "the end of the year" sorts after its December */
	const char *part;  /* its label's words ("end of "), or NULL */
	size_t idx;
	size_t sent; /* the sentence it is in */
	size_t unit; /* its sentence, or the first of its table row's when it is in a cell */
	size_t to;   /* the item that ends the span it opens ("from 2011 to 2013"), or idx */
	/* the day counted from the date ("The day after Easter": its ISO value), or "" */
	char counted[16];
	/* "earlier this year" in the first two weeks of January, or "this year" told in the past
	 * then (early_earlier()): it sorts in the year before, which it most likely names,
	 * though its value stays the anchor's year (TimeML's convention) */
	bool year_before;
	/* the month and day it sorts at: its own, but a weekend's Saturday ("weekend of Sep 17"
	 * after "week of Sep 12", whose Monday its value names too) */
	int sort_month, sort_day;
};

/* Sets where key k (of value v) sorts in its year: its month and day, a weekend's Saturday when
 * that falls in the same year (as its label names it, tx_label()). */
static void sort_at(struct keyed *k, const char *v)
{
	const struct tx_point *p = &k->p;
	k->sort_month = p->month;
	k->sort_day = p->day;
	if (p->gran == GRAN_WEEK && p->month)
		tx_weekend_saturday(p, v, &k->sort_month, &k->sort_day);
}

static int cmp_key(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	const struct tx_point *p = &x->p, *q = &y->p;
#define CMP(u, v)                                                                                  \
	if ((u) != (v))                                                                            \
		return (u) < (v) ? -1 : 1;
	/* unknown years last */
	CMP(p->year == 0, q->year == 0);
	CMP(p->year - x->year_before, q->year - y->year_before);
	/* the middle or the end of a year or a month sorts inside it, after what it holds
	 * ("the end of the year" after "Dec. 3"; "mid-2016" after June) */
	int pm = x->sort_month, qm = y->sort_month, pd = x->sort_day, qd = y->sort_day;
	if (x->mod > PART_START && p->gran == GRAN_YEAR)
		pm = x->mod == PART_END ? 12 : 6, pd = 32;
	if (y->mod > PART_START && q->gran == GRAN_YEAR)
		qm = y->mod == PART_END ? 12 : 6, qd = 32;
	if (x->mod > PART_START && p->gran == GRAN_MONTH)
		pd = x->mod == PART_END ? 32 : 15;
	if (y->mod > PART_START && q->gran == GRAN_MONTH)
		qd = y->mod == PART_END ? 32 : 15;
	CMP(pm, qm);
	CMP(pd, qd);
	CMP(q->gran, p->gran);
	CMP(p->minute, q->minute);
	CMP(x->idx, y->idx);
#undef CMP
	return 0;
}

/* Words that say a date stamps the page, not an event: "Updated April 29", "First published
 * February 1", "appears in print on January 13", "Posted: Monday". */
static const char *const stamp_words[] = {"updated", "published", "posted",  "modified", "print",
					  "printed", "edited",    "revised", NULL};

bool tx_stamp_word(const char *t, size_t s, size_t e)
{
	for (int k = 0; stamp_words[k]; k++)
		if (word_is(t, s, e, stamp_words[k]))
			return true;
	return false;
}

/* Does the page stamp this date: a stamp word opening its line before it ("Updated April 29",
 * "First published: February 1", "Correction: October 2"), "appears in print on", or an
 * embedded post's signature ("(@AppleMusic) September 27, 2016")? */
static bool page_stamp(const char *t, size_t lo, size_t p)
{
	size_t ws, we, q = p;
	while (q > lo && t[q - 1] == ' ')
		q--;
	if (q > lo && t[q - 1] == ')') {
		for (size_t i = q - 1; i > lo && q - i < 40 && t[i] != '\n'; i--)
			if (t[i - 1] == '(')
				return t[i] == '@';
	}
	for (int i = 0; i < 4 && p > lo; i++) {
		while (p > lo && (t[p - 1] == ' ' || t[p - 1] == ':' || t[p - 1] == ',' ||
				  t[p - 1] == '|' || t[p - 1] == '-'))
			p--;
		if (!word_before(t, lo, p, &ws, &we) || we != p)
			return false;
		size_t s2, e2;
		if (word_is(t, ws, we, "print") && word_before(t, lo, ws, &s2, &e2) &&
		    word_is(t, s2, e2, "in"))
			return true;
		if (tx_stamp_word(t, ws, we)) {
			/* the stamp word opens its line, or follows "First", "Last", a separator */
			size_t b = ws;
			while (b > lo && t[b - 1] == ' ')
				b--;
			if (b == lo || t[b - 1] == '\n' || t[b - 1] == '|' || t[b - 1] == ')')
				return true;
			return word_before(t, lo, b, &s2, &e2) && e2 == b &&
			       (word_is(t, s2, e2, "first") || word_is(t, s2, e2, "last") ||
				word_is(t, s2, e2, "originally"));
		}
		p = ws;
	}
	return false;
}

/* Does a byline open the line of the date at p, the date after "on", a comma or a bar: "Posted
 * by kovarex, TOGos on 2019-02-15", "by a staff reporter, March 3, 2016"? A stamp word and "by"
 * ("Posted by", "Written by"... ) or "by" and a reporter ("by a staff reporter", "By our
 * correspondent"). A sentence that opens with "By" ("By the fall of 2010", "By March") is no
 * byline. */
static bool byline_stamp(const char *t, size_t lo, size_t p)
{
	size_t b = p, q = p, ws, we;
	while (b > lo && t[b - 1] != '\n')
		b--;
	if (b > 0 && t[b - 1] != '\n')
		return false; /* no line start within reach */
	while (q > b && t[q - 1] == ' ')
		q--;
	bool sep = q > b && (t[q - 1] == ',' || t[q - 1] == '|');
	if (!sep && !(word_before(t, b, p, &ws, &we) && word_is(t, ws, we, "on")))
		return false;
	for (size_t k = b; k < p; k++)
		if (t[k] == '.' && k + 1 < p && t[k + 1] == ' ')
			return false; /* a sentence ends before the date */
	size_t s = b, e = b;
	while (e < p && t[e] != ' ')
		e++;
	bool stamp = tx_stamp_word(t, s, e) || word_is(t, s, e, "written");
	if (stamp) {
		s = e + 1;
		for (e = s; e < p && t[e] != ' ';)
			e++;
	}
	if (e >= p || !word_is(t, s, e, "by"))
		return false;
	if (stamp)
		return true;
	/* "by a reporter": a, our or staff, and a reporter's word within three */
	s = e + 1;
	for (e = s; e < p && t[e] != ' ';)
		e++;
	if (!word_is(t, s, e, "a") && !word_is(t, s, e, "our") && !word_is(t, s, e, "staff"))
		return false;
	for (int n = 0; n < 3 && e < p; n++) {
		s = e + 1;
		for (e = s; e < p && t[e] != ' ' && t[e] != ',';)
			e++;
		if (word_is(t, s, e, "reporter") || word_is(t, s, e, "reporters") ||
		    word_is(t, s, e, "correspondent") || word_is(t, s, e, "writer"))
			return true;
	}
	return false;
}

/* Is the heading at s (n bytes) one of a page's lists of sources ("References", "Notes",
 * "Footnotes", "Further reading", "External links", "References[edit]" as a wiki page leaves
 * it)? Its items are citations and links, each with the date of what it cites: no event of
 * the article. Every word of it must be such a word. */
static bool notes_heading(const char *s, size_t n)
{
	static const char words[] = "references notes footnotes citations sources bibliography "
				    "further reading external links works cited and";
	if (n >= 6 && memcmp(s + n - 6, "[edit]", 6) == 0)
		n -= 6;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	size_t w = 0;
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && s[b] != ' ')
			b++;
		if (!text_word_in(words, s + a, b - a) || ++w > 4)
			return false;
		while (b < n && s[b] == ' ')
			b++;
		a = b;
	}
	return w > 0;
}

/* Is item i a holiday named as what something is for, not when it happened ("consumers seeking
 * out fresh fish for Easter and Mother's Day", "gifts for Christmas")? A holiday after "for",
 * or after "and"/"or" and such a holiday; "scheduled for Christmas Eve", "set for Easter" date
 * what is planned, and stay. */
static bool holiday_for(const char *t, const struct timex_list *l, size_t i)
{
	const struct timex *x = &l->items[i];
	size_t e = x->span.start, ws, we, s2, e2;
	while (e < x->span.end && ((t[e] | 32) >= 'a' && (t[e] | 32) <= 'z'))
		e++;
	uint8_t v;
	if (tx_lex_lookup(t + x->span.start, e - x->span.start, &v) != C_HOLIDAY)
		return false;
	size_t lo = x->span.start > 40 ? x->span.start - 40 : 0;
	if (!word_before(t, lo, x->span.start, &ws, &we) || we + 1 != x->span.start)
		return false;
	if ((word_is(t, ws, we, "and") || word_is(t, ws, we, "or")) && i > 0 &&
	    l->items[i - 1].span.end + 1 == ws)
		return holiday_for(t, l, i - 1);
	if (!word_is(t, ws, we, "for"))
		return false;
	return !(word_before(t, lo, ws, &s2, &e2) &&
		 (word_is(t, s2, e2, "scheduled") || word_is(t, s2, e2, "set") ||
		  word_is(t, s2, e2, "planned") || word_is(t, s2, e2, "slated") ||
		  word_is(t, s2, e2, "due")));
}

/* A holiday named as a thing's kind ("a Christmas ad", "images of Christmas gifts", "the
 * Thanksgiving traffic") or as the season of a doing ("Christmas shopping", "Easter baking",
 * done in the days before): a lowercase word right after the holiday's name, no function word,
 * verb in -ed or word of time ("Christmas is", "Easter weekends", "Christmas morning"), dates
 * no event: the thing is of the holiday's season, not of its day. The date stays a date, as
 * TimeML annotates it. A holiday named a day keeps its row ("a Labor Day cookout", "his Labor
 * Day interview" are the day's). */
static bool holiday_modifier(const char *t, size_t len, const struct timex *x)
{
	static const char not_nouns[] =
		"a about after against also am an and are as at be been before being but by can "
		"could day days did do does during eve evening evenings for from had has have he "
		"her his holiday holidays i if in into is it its may me might morning mornings must "
		"my night nights no nor not of on or our over per period periods recess season "
		"seasons she should since so than that the their them then there they this to under "
		"until via was we week weekend weekends weeks were when where which while who will "
		"with would you";
	size_t e = x->span.start, a = x->span.end + 1, b;
	while (e < x->span.end && ((t[e] | 32) >= 'a' && (t[e] | 32) <= 'z'))
		e++;
	uint8_t v;
	if (tx_lex_lookup(t + x->span.start, e - x->span.start, &v) != C_HOLIDAY)
		return false;
	if (a >= len || t[a - 1] != ' ' || t[a] < 'a' || t[a] > 'z' ||
	    (x->span.end - x->span.start > 4 && memcmp(t + x->span.end - 4, " Day", 4) == 0))
		return false;
	b = lower_end(t, len, a);
	if (b < len && (t[b] == '-' || t[b] == '\'' || (unsigned char)t[b] >= 0x80 ||
			(t[b] >= 'A' && t[b] <= 'Z')))
		return false;
	return b - a >= 2 && !text_word_in(not_nouns, t + a, b - a) &&
	       !word_suffix(t, a, b, "ed") && !word_suffix(t, a, b, "ly");
}

/* Is the clause that ends at p negated close before it ("will not begin", "wasn't", "never")?
 * Looks back at most 50 bytes, not past a comma or a stop. */
static bool negated(const char *t, size_t p)
{
	struct walk w = {t, p > 50 ? p - 50 : 0, p, ",.;:", -1, 0};
	size_t ws, we;
	while (walk_word(&w, &ws, &we))
		if (word_is(t, ws, we, "not") || word_is(t, ws, we, "never") ||
		    (word_is(t, ws, we, "t") && ws > w.lo + 1 &&
		     (t[ws - 1] == '\'' ||
		      (ws >= w.lo + 4 && text_curly_single(t + ws - 3, 3) == 0x2019))))
			return true;
	return false;
}

/* Does a word of a change in a figure ("up 31 percent", "fell 3%", "dropped sharply") come in
 * the six words before p, after lo and in the same clause? "from" after it gives the figure
 * compared with; "tactics from eight years ago" names when the tactics were. */
static bool change_before(const char *t, size_t lo, size_t p)
{
	static const char *const words[] = {"up",       "down",      "rose",   "fell",   "dropped",
					    "declined", "increased", "grew",   "jumped", "slipped",
					    "climbed",  "percent",   "gained", "lower",  "higher"};
	struct walk w = {t, lo, p, "%,.;:", 6, 0};
	size_t ws, we;

	while (walk_word(&w, &ws, &we))
		for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
			if (word_is(t, ws, we, words[i]))
				return true;
	return w.stop == '%';
}

/* Is x the time of a figure a sentence compares its own with ("net income of $312 million,
 * compared with $401 million a year earlier", "sales fell 3% from a year ago")? The expression
 * counts back ("earlier", "ago", "before", "prior") and "compared" or "versus" comes before it
 * in the same clause, or "from" right before it. The sentence's event is the newer figure, so
 * the older one's time dates nothing a reader should see on its own. Looks back at most 80
 * bytes, not past a stop. */
static bool comparison_base(const char *t, const struct timex *x)
{
	size_t ws, we, p = x->span.start, lo = p > 80 ? p - 80 : 0;

	if (!word_before(t, x->span.start, x->span.end, &ws, &we) ||
	    !(word_is(t, ws, we, "earlier") || word_is(t, ws, we, "ago") ||
	      word_is(t, ws, we, "before") || word_is(t, ws, we, "prior")))
		return false;
	if (word_before(t, lo, p, &ws, &we) && word_is(t, ws, we, "from"))
		return change_before(t, lo, ws);
	struct walk w = {t, lo, p, ".;:", -1, 0};
	while (walk_word(&w, &ws, &we))
		if (word_is(t, ws, we, "compared") || word_is(t, ws, we, "versus"))
			return true;
	return false;
}

/* Is x the baseline of a superlative ("a 12-day shutdown, the longest since 2019", "the
 * highest level since 2008", "for the first time since 2019")? "since" comes right before x
 * and, in the five words before it in the same clause, a determiner or a possessive comes
 * before "most", "least", "first", "best", "worst" or a word in "-est" that is no noun ("the interest
 * since 2019" is none). The sentence's event is the record, not the year it is measured from.
 * Looks back at most 60 bytes. */
static bool superlative_base(const char *t, const struct timex *x)
{
	static const char dets[] = "the its his her their our my your";
	static const char supers[] = "most least first best worst";
	static const char est_nouns[] =
		"arrest behest chest conquest contest digest forest guest harvest inquest interest "
		"manifest nest pest protest quest request rest suggest test unrest vest west zest";
	size_t ws, we, p = x->span.start, lo = p > 60 ? p - 60 : 0;
	size_t prev_s = 0, prev_e = 0; /* the word after the one read, nearer x */

	if (!word_before(t, lo, p, &ws, &we) || !word_is(t, ws, we, "since"))
		return false;
	struct walk w = {t, lo, ws, ",.;:", 6, 0};
	while (walk_word(&w, &ws, &we)) {
		if (prev_e > prev_s && text_word_in(dets, t + ws, we - ws)) {
			size_t m = prev_e - prev_s;
			if (text_word_in(supers, t + prev_s, m) ||
			    (m >= 4 && word_suffix(t, prev_s, prev_e, "est") &&
			     !text_word_in(est_nouns, t + prev_s, m)))
				return true;
		}
		prev_s = ws;
		prev_e = we;
	}
	return false;
}

/* Do items i and i + 1 say a quarter and the day or month it ended ("the quarter that ended in
 * September", "the quarter ended July 31")? One event, one row: *inside says whether the end
 * falls in the quarter the first item names (then the quarter's row stays; otherwise, a fiscal
 * quarter, the end's row, which is the one written out). */
static bool quarter_end(const char *t, const struct timex_list *l, size_t i, bool *inside)
{
	if (i + 1 >= l->n)
		return false;
	const struct timex *q = &l->items[i], *x = &l->items[i + 1];
	const char *v = q->value, *w = x->value;
	size_t ws, we, p = x->span.start, lo = q->span.end;
	if (strlen(v) != 7 || v[4] != '-' || v[5] != 'Q' || strlen(w) < 7 || w[4] != '-' ||
	    w[5] < '0' || w[5] > '1' || p < lo || p - lo > 30)
		return false;
	bool ended = false;
	while (p > lo) {
		if (!word_before(t, lo, p, &ws, &we)) {
			if (!text_is_ascii_space(t[p - 1]) && t[p - 1] != ',')
				return false;
			p--;
			continue;
		}
		if (word_is(t, ws, we, "ended") || word_is(t, ws, we, "ending") ||
		    word_is(t, ws, we, "ends"))
			ended = true;
		else if (!word_is(t, ws, we, "that") && !word_is(t, ws, we, "which") &&
			 !word_is(t, ws, we, "in") && !word_is(t, ws, we, "on"))
			return false;
		p = ws;
	}
	int mo = (w[5] - '0') * 10 + (w[6] - '0');
	*inside = memcmp(v, w, 4) == 0 && (mo + 2) / 3 == v[6] - '0';
	return ended;
}

/* Is x a decade ("'90s", "the 1990s") that describes the word after it, a lowercase word that
 * is no function word ("'90s staples", "1980s hits"), as a noun's modifier rather than a time? */
static bool decade_before_noun(const char *t, size_t len, const struct timex *x)
{
	static const char function_words[] =
		"a an and are as at for had has have he in is it of on or she the their there they to "
		"was we were when will with";
	size_t e = x->span.end;
	if (e - x->span.start < 3 || t[e - 1] != 's' || t[e - 2] < '0' || t[e - 2] > '9')
		return false;
	if (e + 1 >= len || t[e] != ' ' || t[e + 1] < 'a' || t[e + 1] > 'z')
		return false;
	size_t we = e + 1;
	while (we < len && we - e < 32 && t[we] >= 'a' && t[we] <= 'z')
		we++;
	return !text_word_in(function_words, t + e + 1, we - e - 1);
}

/* Does the "s" at p close a name's possessive ("Roe's", "Roe’s")? *name is where the name
 * starts. */
static bool possessive_name(const char *t, size_t p, size_t *name)
{
	size_t q, ws, we;
	if (p >= 2 && t[p - 1] == '\'')
		q = p - 1;
	else if (p >= 4 && text_curly_single(t + p - 3, 3) == 0x2019)
		q = p - 3;
	else
		return false;
	if (!q || t[q - 1] == ' ' || !word_before(t, q > 40 ? q - 40 : 0, q, &ws, &we))
		return false;
	*name = ws;
	return t[ws] >= 'A' && t[ws] <= 'Z';
}

/* Does the stretch that holds position p open after a comma or a dash, or open the sentence
 * with a word that is no preposition ("Winner of the prize at ...,")? */
static bool set_off(const char *t, size_t p)
{
	static const char preps[] =
		"in at on during throughout for over after before since until by";
	size_t lo = p > 300 ? p - 300 : 0, q = p;
	while (q > lo && t[q - 1] != ',' && t[q - 1] != '.' && t[q - 1] != ';' && t[q - 1] != ':' &&
	       t[q - 1] != '!' && t[q - 1] != '?' && t[q - 1] != '\n' && t[q - 1] != '(')
		q--;
	if (q == lo && lo)
		return false;
	if (q > lo && t[q - 1] == ',')
		return true;
	while (q < p && t[q] == ' ')
		q++;
	size_t w = q;
	while (w < p && ((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z'))
		w++;
	return w > q && !text_word_in(preps, t + q, w - q);
}

/* A ranking over a year ("my top 21 films of 2017", "the best films of 2017"): *np is the phrase
 * from its determiner through the year; the sentence (a list, a review) is no event of 2017. */
static bool best_of(const char *t, const struct timex *x, struct span *np)
{
	static const char ranks[] = "best top worst favorite favourite greatest";
	static const char dets[] = "the my our his her their its your";
	size_t s = x->span.start, ws, we;
	if (x->span.end - s != 4 || s < 5 || memcmp(t + s - 4, " of ", 4) != 0)
		return false;
	size_t p = s - 4;
	bool ranked = false;
	for (int n = 0; n < 6; n++) {
		if (!word_before(t, p > 40 ? p - 40 : 0, p, &ws, &we) || we != p ||
		    (ws && t[ws - 1] != ' '))
			return false;
		if (text_word_in(dets, t + ws, we - ws)) {
			if (!ranked || !n)
				return false;
			*np = (struct span){ws, x->span.end};
			return true;
		}
		if (text_word_in(ranks, t + ws, we - ws))
			ranked = true;
		else if (t[ws] < 'a' || t[ws] > 'z')
			return false;
		if (ws < 2)
			return false;
		p = ws - 1;
		/* a number in the phrase ("top 21 films") */
		while (p > 0 && t[p - 1] >= '0' && t[p - 1] <= '9')
			p--;
		if (p < ws - 1) {
			if (p < 2 || t[p - 1] != ' ')
				return false;
			p--;
		}
	}
	return false;
}

/* Past tenses without -ed: a clause's verb after a noun phrase ("the 2016 flood cost"). */
#define PAST_IRREGULAR                                                                             \
	"became began bought brought broke built came cost drew fell felt found gave got "         \
	"grew held hit kept knew led left lost made meant met paid put ran rose sat saw "          \
	"sent set shot sold spent stood struck taught told took went won wrote "

/* The noun phrase a year modifies, when the year names a thing rather than dates the sentence's
 * event ("Lee, the rival in the 2022 presidential election, spoke": the election is 2022's, the
 * speaking is not; "adapts Ann Roe's 2007 novel", "few 2017 movies", "from next year's budget"):
 * a bare year after a determiner or a possessive, or "next/last/this year's", then a word that
 * is no function word. Sets *np to the phrase, from the determiner or the possessor ("the 2022
 * presidential election", "Ann Roe's 2007 novel") or from the year after a quantifier ("2017
 * movies"), to its last noun, and says whether it found one. "a 2019 study found" (the study's
 * finding is its year's), "during the 2008 crisis" (the sentence's event is the thing's time)
 * keep the sentence. */
static bool year_names_thing(const char *t, size_t len, const struct timex *x, struct span *np)
{
	static const char stop_words[] =
		"a about after against all also an and are as at be been before being between but by "
		"can could did do does for from had has have he her here him his how i if in into is "
		"it its may me might more most must my no nor not of off on once only or our out over "
		"own said says she should since so some such than that the their them then there "
		"these they this those through to too under until up upon very was we were what when "
		"where which while who whom whose why will with would you your "
		/* past tenses without -ed, the clause's verb after the phrase */
		PAST_IRREGULAR
		/* and what else follows a phrase in the news */
		"anymore aside because begins despite downward even ever instead just look looks now offers "
		"permanent seen show shows still thanks though upward yet";
	static const char determiners[] =
		"the his her its their our my your this that these those whose";
	static const char quantifiers[] = "few many some all every each both several most";
	static const char frames[] = "in at during throughout";
	const char *v = x->value;
	size_t s = x->span.start, e = x->span.end, ws, we;
	if (strlen(v) != 4 || v[0] < '0' || v[0] > '9' || v[3] < '0' || v[3] > '9')
		return false;
	size_t from = s;
	if (best_of(t, x, np))
		return true;
	if (e - s == 4 && t[s] >= '0' && t[s] <= '9' && t[e - 1] >= '0' && t[e - 1] <= '9') {
		/* the word before: a determiner, a quantifier or a possessive */
		if (s < 2 || t[s - 1] != ' ' ||
		    !word_before(t, s > 40 ? s - 40 : 0, s - 1, &ws, &we) || we != s - 1)
			return false;
		if (text_word_in(determiners, t + ws, we - ws))
			from = ws;
		else if (text_word_in(quantifiers, t + ws, we - ws))
			from = s;
		else if (we - ws == 1 && t[ws] == 's' && possessive_name(t, ws, &ws)) {
			/* a name's possessive, the name whole ("Ann Roe's") */
			from = ws;
			for (int n = 0; n < 3 && from >= 2 && t[from - 1] == ' '; n++) {
				size_t ps, pe;
				if (!word_before(t, from > 40 ? from - 40 : 0, from - 1, &ps,
						 &pe) ||
				    pe != from - 1 || t[ps] < 'A' || t[ps] > 'Z' ||
				    text_word_in(stop_words, t + ps, pe - ps))
					break;
				from = ps;
			}
		} else
			return false;
	} else if (e - s >= 9 && strncasecmp(t + e - 4, "year", 4) == 0 &&
		   strncasecmp(t + s, "this ", 5) != 0) {
		/* ("this year's campaign" is the sentence's year too: the sentence stays) */
		/* "next year's budget" */
		if (e + 2 < len && t[e] == '\'' && t[e + 1] == 's')
			e += 2;
		else if (e + 4 < len && memcmp(t + e, "\xE2\x80\x99s", 4) == 0)
			e += 4;
		else
			return false;
	} else
		return false;
	/* the words after, up to the phrase's last: no function word, no verb in -ed, -ing or
	 * -ly adverb after the first lowercase word, no more than six, on one line; a name's
	 * words and initials ("U.S.") run on */
	size_t end = e, p = e, prev = e;
	for (int n = 0; n < 6; n++) {
		if (p + 1 >= len || t[p] != ' ')
			break;
		size_t a = p + 1, b = a;
		if (!((t[a] >= 'a' && t[a] <= 'z') || (t[a] >= 'A' && t[a] <= 'Z')))
			break;
		while (b < len &&
		       ((t[b] >= 'a' && t[b] <= 'z') || (t[b] >= 'A' && t[b] <= 'Z') ||
			t[b] == '-' ||
			((unsigned char)t[b] >= 0xC3 && (unsigned char)t[b] <= 0xC5 &&
			 b + 1 < len) ||
			((unsigned char)t[b] >= 0x80 && (unsigned char)t[b] < 0xC0 && b > a &&
			 (unsigned char)t[b - 1] >= 0xC3 && (unsigned char)t[b - 1] <= 0xC5) ||
			(t[b] == '.' && t[b - 1] >= 'A' && t[b - 1] <= 'Z' &&
			 ((b + 1 < len && t[b + 1] >= 'A' && t[b + 1] <= 'Z') ||
			  (b >= a + 2 && t[b - 2] == '.')))))
			b++;
		/* a possessive runs on ("the 2013 board chair's memo") */
		if (b + 1 < len && t[b] == '\'' && t[b + 1] == 's' &&
		    (b + 2 >= len || t[b + 2] == ' '))
			b += 2;
		else if (b + 3 < len && memcmp(t + b, "\xE2\x80\x99s", 4) == 0 &&
			 (b + 4 >= len || t[b + 4] == ' '))
			b += 4;
		else if (t[b - 1] == 's' && b + 1 < len &&
			 ((t[b] == '\'' && t[b + 1] == ' ') ||
			  (b + 3 < len && memcmp(t + b, "\xE2\x80\x99 ", 4) == 0)))
			b += t[b] == '\'' ? 1 : 3; /* "the 1968 sanitation workers' strike" */
		/* a contraction ("didn't") is the clause's verb */
		if (b < len && (t[b] == '\'' || text_curly_single(t + b, len - b) == 0x2019) &&
		    !(b + 1 < len && t[b] == '\'' && t[b + 1] == 's'))
			break;
		if (text_word_in(stop_words, t + a, b - a))
			break;
		bool low = n && t[prev] >= 'a' && t[prev] <= 'z';
		bool ing = word_suffix(t, a, b, "ing");
		if ((low && (word_suffix(t, a, b, "ed") || word_suffix(t, a, b, "ly") || ing)) ||
		    (n && ing && t[a] >= 'A' && t[a] <= 'Z'))
			break; /* "floods displaced", "crisis instantly", "Convention Relating" */
		if (low && t[a] >= 'A' && t[a] <= 'Z' &&
		    !(b - a >= 2 && ((t[a + 1] >= 'A' && t[a + 1] <= 'Z') || t[a + 1] == '.')))
			break; /* "his 2014 return Friday", "few 2017 movies Lee liked"; not "CGI" */
		prev = a;
		end = b;
		p = b;
	}
	if (end == e)
		return false;
	/* a phrase cut short is no thing's name: a participle can't end it ("Mixte's 1989
	 * unconsolidated net"), nor the first word of a name that goes on ("the 1994 Freedom of
	 * Access to Clinic Entrances Act"); the clause that holds it is the row */
	if (end - prev > 4 && t[prev] >= 'a' && t[prev] <= 'z' && t[end - 2] == 'e' &&
	    t[end - 1] == 'd' && t[end - 3] != 'e')
		return false;
	if (t[prev] >= 'A' && t[prev] <= 'Z' && end + 5 < len && memcmp(t + end, " of ", 4) == 0 &&
	    t[end + 4] >= 'A' && t[end + 4] <= 'Z')
		return false;
	/* "dropped in the 2015 fiscal year", "In the 2012 race, Cain said", "during the 2008
	 * crisis": the thing is the time of the sentence's event, which keeps it; not in a
	 * verbless phrase set off by commas ("Lee, the rival in the 2022 election, said") */
	size_t ps, pe;
	if (from >= 2 && t[from - 1] == ' ' &&
	    word_before(t, from > 40 ? from - 40 : 0, from - 1, &ps, &pe) && pe == from - 1 &&
	    text_word_in(frames, t + ps, pe - ps) &&
	    !(end < len && t[end] == ',' && set_off(t, ps)))
		return false;
	*np = (struct span){from, end};
	return true;
}

/* Is t[a..b) a lowercase past tense, a clause's verb ("was", "displaced", "sold")? */
static bool past_verb(const char *t, size_t a, size_t b)
{
	static const char past[] = "was were had " PAST_IRREGULAR;
	if (b <= a || t[a] < 'a' || t[a] > 'z')
		return false;
	return text_word_in(past, t + a, b - a) || word_suffix(t, a, b, "ed");
}

/* A year's phrase that opens its sentence as its past verb's subject ("The 2016 floods
 * displaced thousands", "The 2013 census enumerated ..."): the clause says what the thing did
 * in its year, and is the row; not when another date is in the sentence ("Kopp's 1987 car was
 * found last month": the finding is last month's). */
static bool thing_subject(const char *t, size_t len, const struct timex_list *l, size_t xi,
			  struct span np, struct span sent)
{
	if (np.start != sent.start || np.end + 1 >= len || t[np.end] != ' ')
		return false;
	/* the items are in text order: another in the sentence is a neighbour of xi */
	if ((xi > 0 && l->items[xi - 1].span.start >= sent.start) ||
	    (xi + 1 < l->n && l->items[xi + 1].span.start < sent.end))
		return false;
	size_t a = np.end + 1;
	return past_verb(t, a, lower_end(t, len, a));
}

/* The end of the word of a modifier at a: before a comma, a stop, a bracket or a quotation
 * mark in it (*stop set), after an initial's stop ("U.S."); a ’ in a word runs on. */
static size_t modifier_word(const char *t, size_t len, size_t a, bool *stop)
{
	size_t w = a;
	for (; w < len && t[w] != ' ' && t[w] != '\n'; w++) {
		if (strchr(",;:!?()[]\"", t[w]) ||
		    ((unsigned char)t[w] == 0xE2 && text_curly_single(t + w, len - w) != 0x2019)) {
			*stop = true;
			break;
		}
		if ((unsigned char)t[w] == 0xE2)
			w += 2;
	}
	if (w > a && t[w - 1] == '.' && !(w - a == 2 || (w - a >= 4 && t[w - 3] == '.'))) {
		*stop = true;
		w--;
	}
	return w;
}

/* The "of" phrase or the relative clause after a year's phrase that says what the thing was
 * ("its 1990 invasion of Kuwait", "the 1996 bombing that killed one person"): np->end goes on
 * to the modifier's end, before a comma, a stop, a preposition or a conjunction (not one right
 * after a participle: "that was signed into law"), not after a determiner, at most
 * twelve words; a preposition between capitals ("the Death in Custody Act", "Gardner in
 * Colorado") leaves the phrase bare. A relative goes on only with a past verb ("that
 * killed"); "the 2012 election" stays bare. */
static void thing_modifier(const char *t, size_t len, struct span *np)
{
	static const char ends[] =
		"about after against although and as at because before between but by during for "
		"from if in into of on or over since so than that though through to under unless "
		"until when where whereas which while who with";
	static const char dets[] = "a an the his her its their our my your this these those";
	size_t a = np->end + 1, b;
	if (a >= len || t[a - 1] != ' ')
		return;
	b = lower_end(t, len, a);
	bool of = word_is(t, a, b, "of");
	if (!of && !word_is(t, a, b, "that") && !word_is(t, a, b, "which") &&
	    !word_is(t, a, b, "who"))
		return;
	if (!of && (b + 1 >= len || !past_verb(t, b + 1, lower_end(t, len, b + 1))))
		return;
	size_t end = np->end, prev = a;
	bool stop = false;
	for (int n = 0; n < 12 && !stop && b + 1 < len && t[b] == ' '; n++) {
		a = b + 1;
		if (!((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z') && !(t[a] >= '0' && t[a] <= '9'))
			break;
		b = modifier_word(t, len, a, &stop);
		bool participle = a >= prev + 4 && t[a - 3] == 'e' && t[a - 2] == 'd';
		if (n && t[a] >= 'a' && text_word_in(ends, t + a, b - a) && !participle) {
			if (t[prev] >= 'A' && t[prev] <= 'Z' && b + 1 < len && t[b + 1] >= 'A' &&
			    t[b + 1] <= 'Z')
				return; /* inside a name or between two: no end that reads */
			break;
		}
		if (!text_word_in(dets, t + a, b - a))
			end = b;
		prev = a;
	}
	if (end > np->end + 4)
		np->end = end;
}

/* The signal words before a date and the word an event's label opens with for each ("till"
 * reads "until"): span_signal() finds them, timex_event_signal() reads them back. */
static const char *const signals[][2] = {{"since", "since"},  {"until", "until"},
					 {"till", "until"},   {"through", "until"},
					 {"by", "by"},        {"after", "after"},
					 {"before", "before"}};

/* The word that makes date x a span's end or a deadline rather than the event's time,
 * as TimeML's signals do ("since the 1990s", "until May", "by Friday"), or an offset from it
 * ("the day after Easter", "two days before Christmas"): the event is not at the date, and its
 * label says so. "till" reads "until"; "by" before a possessive dates a thing
 * ("hit by Monday's storm"). NULL for none. */
static const char *span_signal(const char *t, size_t len, size_t lo, const struct timex *x)
{
	size_t ws, we;
	if (!word_before(t, lo, x->span.start, &ws, &we))
		return NULL;
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		if (!word_is(t, ws, we, signals[i][0]))
			continue;
		const char *e = t + x->span.end;
		bool by = strcmp(signals[i][1], "by") == 0;
		if (by && x->span.end < len &&
		    (*e == '\'' || text_curly_single(e, len - x->span.end) == 0x2019))
			return NULL; /* "by Monday's storm", "by Monday’s" */
		if (by && decade_before_noun(t, len, x))
			return NULL; /* "concerts by '90s staples" */
		if (strcmp(signals[i][1], "until") == 0 && negated(t, ws))
			return NULL; /* "did not begin until 2017": the event is at the date */
		size_t vs, ve;
		if (strcmp(signals[i][0], "through") == 0 && word_before(t, lo, ws, &vs, &ve) &&
		    text_word_in("halfway midway partway way all well", t + vs, ve - vs))
			return NULL; /* "halfway through 2016" is in it, not until it */
		return signals[i][1];
	}
	return NULL;
}

/* Is item x a clock time that opens its line and stamps an update to the story, with a dash
 * after it ("12:00 PM PT -- Deputies were at the hotel Thursday morning"; "--", an em or en
 * dash or a horizontal bar)? */
static bool update_stamp(const char *t, size_t len, const struct timex *x)
{
	if (x->type != TIMEX_TIME || (x->span.start > 0 && t[x->span.start - 1] != '\n'))
		return false;
	size_t e = x->span.end;
	while (e < len && t[e] == ' ')
		e++;
	if (e == x->span.end)
		return false;
	return (len - e >= 2 && t[e] == '-' && t[e + 1] == '-') || text_wide_dash(t + e, len - e);
}

/* Does the expression at b follow one that ends at a with only " at ", ", " or ": " between? */
static bool follows(const char *t, size_t a, size_t b)
{
	if (b < a || b - a > 5)
		return false;
	for (size_t i = a; i < b; i++)
		if (t[i] != ' ' && t[i] != ',' && t[i] != ':' && t[i] != 'a' && t[i] != 't')
			return false;
	return true;
}

/* The line that holds item x within the bounds b, when it is a short line of its own (at most
 * 100 bytes each side): its start in *ls and end in *le. */
static bool own_line(const char *t, struct span b, const struct timex *x, size_t *ls, size_t *le)
{
	size_t s = x->span.start, e = x->span.end;
	while (s > b.start && t[s - 1] != '\n' && x->span.start - s < 100)
		s--;
	while (e < b.end && t[e] != '\n' && t[e] != '\r' && e - x->span.end < 100)
		e++;
	*ls = s;
	*le = e;
	return (s == b.start || t[s - 1] == '\n') && (e == b.end || t[e] == '\n' || t[e] == '\r');
}

/* Is item i the article's own date line near the top ("November 8, 2025", "April 28, 2019 at
 * 6:01 am Updated April 29, 2019"), which dates the article rather than an event in it? A line
 * that holds a full date and little else but other dates. */
static bool date_line(const struct doc *d, const char *t, const struct timex_list *l, size_t i)
{
	const struct timex *x = &l->items[i];
	if (x->paragraph >= 5 || x->paragraph >= doc_paragraph_count(d))
		return false;
	if (strlen(x->value) < 10 || x->value[0] == 'X' ||
	    !has_year_digits(t + x->span.start, x->span.end - x->span.start))
		return false;
	/* the line holding it, which may share a block with a byline; bounded, so long lines
	 * stay linear */
	struct span ps = doc_paragraph(d, x->paragraph)->span;
	size_t ls, le;
	if (!own_line(t, ps, x, &ls, &le))
		return false;
	/* what is on the line besides the dates near it: a few characters, and no lowercase word
	 * but a stamp's ("it began" is a sentence) */
	size_t other = 0;
	size_t j = i >= 4 ? i - 4 : 0;
	for (size_t k = ls; k < le; k++) {
		while (j < l->n && l->items[j].span.end <= k)
			j++;
		if (j < l->n && l->items[j].span.start <= k)
			continue;
		other += t[k] != ' ' && t[k] != ',' && t[k] != '|';
		if (t[k] >= 'a' && t[k] <= 'z' &&
		    (k == ls || !((t[k - 1] | 32) >= 'a' && (t[k - 1] | 32) <= 'z'))) {
			size_t w = k;
			while (w < le && t[w] >= 'a' && t[w] <= 'z')
				w++;
			if (w - k >= 3 && !tx_stamp_word(t, k, w))
				return false;
		}
	}
	return other <= 26;
}

/* Where the summary of item xi, in the sentence sent, may start: past a stamp of the page that
 * opens the sentence ("12:00 PM PT -- Deputies were at the hotel Thursday morning", "Updated
 * May 2 at 9 am: The council met Friday"), with the times that follow it and the separators
 * after them; 0 when no stamp opens it. */
static size_t stamp_lead(const char *t, size_t len, const struct timex_list *l, size_t xi,
			 struct span sent)
{
	size_t j = xi, end = 0;
	while (j > 0 && l->items[j - 1].span.start >= sent.start && xi - j < 8)
		j--;
	for (; j < xi; j++) {
		const struct timex *y = &l->items[j];
		bool stamp = end ? follows(t, end, y->span.start)
				 : (y->span.start == sent.start && update_stamp(t, len, y)) ||
					     (y->span.start > sent.start &&
					      page_stamp(t, sent.start, y->span.start));
		if (!stamp)
			break;
		end = y->span.end;
	}
	if (!end)
		return 0;
	while (end < len && (t[end] == ' ' || t[end] == ':' || t[end] == '-' || t[end] == '|' ||
			     t[end] == ',' || text_wide_dash(t + end, len - end)))
		end += text_wide_dash(t + end, len - end) ? 3 : 1;
	return end;
}

static size_t label_cols(const char *s)
{
	return text_width(s, strlen(s));
}

const char *timex_event_pane_label(const struct timex_list *l, size_t i, int article_year)
{
	const struct event *e = &l->events[i];
	if (i == 0 || l->events[i - 1].year != e->year || e->year != article_year)
		return timex_event_label_fit(e, true);
	return timex_event_label_fit(e, false);
}

const char *timex_event_signal(const struct event *e)
{
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		const char *w = signals[i][1];
		size_t n = strlen(w);
		if (strncmp(e->label, w, n) == 0 && e->label[n] == ' ')
			return w;
	}
	return NULL;
}

const char *timex_event_date_label(const struct event *e)
{
	const char *s = timex_event_signal(e), *l = e->label + (s ? strlen(s) + 1 : 0);
	for (size_t i = 0; i < sizeof(part_words) / sizeof(part_words[0]); i++) {
		size_t n = strlen(part_words[i].label);
		if (strncmp(l, part_words[i].label, n) == 0)
			return l + n;
	}
	if (strncmp(l, approx_label, sizeof(approx_label) - 1) == 0)
		return l + sizeof(approx_label) - 1;
	return l;
}

const char *timex_event_label_short(const struct event *e)
{
	return e->label + strlen(e->label) + 1;
}

const char *timex_event_iso(const struct event *e)
{
	const char *s = timex_event_label_short(e);
	return s + strlen(s) + 1;
}

const char *timex_event_label_fit(const struct event *e, bool with_year)
{
	const char *l = with_year ? e->label : timex_event_label_short(e);
	if (label_cols(l) <= TIMEX_LABEL_COLS)
		return l;
	const char *iso = timex_event_iso(e), *narrow = iso + strlen(iso) + 1;
	if (*narrow == '\0') /* a span's or a word's label has none */
		return l;
	return with_year ? narrow : narrow + strlen(narrow) + 1;
}

#define ROW_MAX 160 /* the bytes of a table row a date's summary shows */

/* Is the middle dot that parts two cells of a table row (" · ", formats_emit.c) at t[p]? */
static bool cell_mark(const char *t, size_t len, size_t p)
{
	return p > 0 && p + 3 < len && t[p - 1] == ' ' && memcmp(t + p, "\xC2\xB7 ", 3) == 0;
}

/* Is sentence `sent` of row (its paragraph) a cell of a table row: set off by a cell's mark? */
static bool in_cell(const char *t, size_t len, struct span row, struct span sent)
{
	return (sent.start >= row.start + 4 && cell_mark(t, len, sent.start - 3)) ||
	       (sent.end + 4 <= row.end && cell_mark(t, len, sent.end + 1));
}

#define CELL_WORDS 2 /* the words beside its date of a cell that only labels it */

/* Does x fill a cell of a table row, or all but `words` words of it ("1990", "12:01 PM"; "Gini
 * (2014)", "2018 census" with 2): is its sentence `sent` (a cell, doc_sentences.c) set off by a
 * cell's mark and short? Its row in *row. */
static bool alone_in_cell(const struct doc *d, const char *t, size_t len, struct span sent,
			  const struct timex *x, size_t words, struct span *row)
{
	*row = doc_paragraph(d, doc_sentence(d, doc_sentence_at(d, sent.start))->paragraph)->span;
	if (!in_cell(t, len, *row, sent))
		return false;
	size_t n = 0;
	for (size_t p = sent.start; p < sent.end; p++)
		if ((p < x->span.start || p >= x->span.end) && text_is_alnum((unsigned char)t[p]) &&
		    (p == sent.start || !text_is_alnum((unsigned char)t[p - 1])) && ++n > words)
			return false; /* the cell says more than its date */
	return true;
}

/* A date that fills a cell of a table row, or all but a label's words: the cell says nothing of
 * it, its row does ("12:01 PM · 1990 · The first film adaptation of the story", "2018 census ·
 * 4,699,755"). The row's text, cut at a word before ROW_MAX bytes, or NULL when the date is not
 * so in a cell. */
static char *cell_row(const struct doc *d, const char *t, size_t len, struct span sent,
		      const struct timex *x)
{
	struct span row;
	if (!alone_in_cell(d, t, len, sent, x, CELL_WORDS, &row))
		return NULL;
	size_t e = row.end;
	if (e - row.start > ROW_MAX) {
		e = row.start + ROW_MAX;
		while (e > row.start && t[e] != ' ')
			e--;
		/* no cell's mark or space before the cut */
		while (e > row.start && (t[e - 1] == ' ' || cell_mark(t, len, e - 2)))
			e -= t[e - 1] == ' ' ? 1 : 2;
	}
	struct buf b = BUF_INIT;
	buf_put(&b, t + row.start, e - row.start);
	if (e < row.end)
		buf_put(&b, "\xE2\x80\xA6", 3);
	return buf_detach(&b, NULL);
}

/* Item i of l, a time of day that fills a cell of a table row, in sentence `sent`: does another
 * cell of its row name a year other than the one the time was anchored to ("12:01 PM · 1990",
 * the title of a film of 1990 read as a time on the day the article named before)? The row's
 * own date says the time is no time of that day. The look around is bounded. */
static bool cell_time_off_row(const struct doc *d, const char *t, size_t len,
			      const struct timex_list *l, size_t i, struct span sent)
{
	const struct timex *x = &l->items[i];
	struct span row;
	if (!strchr(x->value, 'T') || !alone_in_cell(d, t, len, sent, x, 0, &row))
		return false;
	for (size_t j = i > 8 ? i - 8 : 0; j < l->n && j < i + 8; j++) {
		const struct timex *y = &l->items[j];
		if (j != i && y->span.start >= row.start && y->span.end <= row.end &&
		    dates_something(y) && strlen(y->value) >= 4 && !strchr(y->value, 'T') &&
		    strncmp(y->value, x->value, 4) != 0)
			return true;
	}
	return false;
}

char *tx_event_summary(const struct doc *d, const struct timex_list *l, size_t i,
		       struct span *subject)
{
	size_t len;
	const char *t = doc_text(d, &len);
	size_t xi = l->events[i].timex;
	const struct timex *x = &l->items[xi];

	*subject = (struct span){0, 0};
	if (!doc_sentence_count(d))
		return xstrndup(t + x->span.start, x->span.end - x->span.start);
	/* a year that names a thing dates the thing, not the sentence: the phrase is the summary
	 * (but "before next year's election" places the sentence's event beside the thing) */
	struct span np;
	size_t si = doc_sentence_at(d, x->span.start);
	struct span sent = doc_sentence(d, si)->span;
	char *row = cell_row(d, t, len, sent, x);
	if (row)
		return row;
	if (!span_signal(t, len, x->span.start > 40 ? x->span.start - 40 : 0, x) &&
	    year_names_thing(t, len, x, &np) && !thing_subject(t, len, l, xi, np, sent)) {
		thing_modifier(t, len, &np);
		return xstrndup(t + np.start, np.end - np.start);
	}
	/* "Two days earlier, on November 5, ...": the neighbouring expression that names the same
	 * moment goes out of the summary with it (the items are in text order: a neighbour is in
	 * the sentence when it starts inside it) */
	struct span cut = x->span;
	if (xi + 1 < l->n && l->items[xi + 1].span.start < sent.end &&
	    strcmp(l->items[xi + 1].value, x->value) == 0 &&
	    joins(t, cut.end, l->items[xi + 1].span.start))
		cut.end = l->items[xi + 1].span.end;
	if (xi > 0 && l->items[xi - 1].span.start >= sent.start &&
	    strcmp(l->items[xi - 1].value, x->value) == 0 &&
	    joins(t, l->items[xi - 1].span.end, cut.start))
		cut.start = l->items[xi - 1].span.start;
	return tx_summary(d, si, cut, stamp_lead(t, len, l, xi, sent), l, xi, subject);
}

size_t tx_pronoun_at(const char *summary, const char *t, struct span subject)
{
	size_t n = subject.end - subject.start;
	if (strncasecmp(summary, t + subject.start, n) == 0 && summary[n] == ' ')
		return 0;
	/* after the comma of an opening phrase, the first it follows ("In 2009, however, he";
	 * not "that he" inside one: "Despite signs that he was backing down, he said") */
	for (const char *c = strstr(summary, ", "); c; c = strstr(c + 2, ", "))
		if (strncmp(c + 2, t + subject.start, n) == 0 && c[2 + n] == ' ')
			return (size_t)(c + 2 - summary);
	/* after the date phrase without one ("In 1911 he"): the first time the word stands in
	 * the first 100 bytes */
	for (const char *p = strchr(summary, ' '); p && p - summary < 100; p = strchr(p + 1, ' '))
		if (strncmp(p + 1, t + subject.start, n) == 0 && p[1 + n] == ' ')
			return (size_t)(p + 1 - summary);
	return (size_t)-1;
}

/* The label of p (value v) into out[0..n), after the signal word when there is one ("since
 * 1990s") and the part of the date it names ("end of 2016", part_of()); returns its length. */
static size_t signed_label(const struct tx_point *p, const char *v, const char *sig,
			   const char *part, bool with_year, char *out, size_t n)
{
	size_t k = (size_t)snprintf(out, n, "%s%s%s", sig ? sig : "", sig ? " " : "",
				    part ? part : "");
	if (k >= n)
		k = strlen(out);
	tx_label(p, v, with_year, out + k, n - k);
	return strlen(out);
}

/* Item i of l (text t, document d) is "earlier this year" in the first two weeks of January of
 * anchor a, or "earlier this month" in the first five days of a month, or "this year" in a
 * clause told in the past in those two weeks ("left university this year" in a paper of January
 * 3): what it names is most likely before the anchor's year or month (a story written before
 * the new one began), so its label keeps the words rather than a date the first days would
 * hold. */
static bool early_earlier(const struct doc *d, const char *t, const struct timex_list *l, size_t i,
			  struct date a)
{
	const struct timex *x = &l->items[i];
	size_t n = x->span.end - x->span.start;
	const char *s = t + x->span.start;
	bool first_weeks = a.month == 1 && a.day >= 1 && a.day <= 14;
	if (n == 17 && strncasecmp(s, "earlier this year", n) == 0)
		return first_weeks;
	if (n == 18 && strncasecmp(s, "earlier this month", n) == 0)
		return a.day >= 1 && a.day <= 5;
	if (n == 9 && strncasecmp(s, "this year", n) == 0)
		return first_weeks && tx_told_past(d, l, i);
	return false;
}

/* The labels of a span from p (value v) to value w, as signed_label() and tx_iso() write them
 * into labels[0..40), [.., +32) and [.., +24): "2011–2013", "Mar–Jun 2011" in short only
 * when both ends share a year, ISO "2011/2013"; returns their length as the caller counts it,
 * or 0 when one does not fit. */
static size_t span_labels(const struct tx_point *p, const char *v, const char *w, char *labels)
{
	struct tx_point q;
	char a[40], b[40], as[32], bs[32], ai[24], bi[24];
	tx_point_parse(w, &q);
	if (!tx_placeable(&q))
		return 0;
	tx_label(p, v, true, a, sizeof(a));
	tx_label(&q, w, true, b, sizeof(b));
	tx_label(p, v, false, as, sizeof(as));
	tx_label(&q, w, false, bs, sizeof(bs));
	tx_iso(p, v, ai, sizeof(ai));
	tx_iso(&q, w, bi, sizeof(bi));
	bool year = p->year == q.year;
	int n1 = snprintf(labels, 40, "%s\xE2\x80\x93%s", a, b);
	if (n1 < 0 || n1 >= 40)
		return 0;
	int n2 = snprintf(labels + n1 + 1, 32, "%s\xE2\x80\x93%s", as, year ? bs : b);
	if (n2 < 0 || n2 >= 32)
		return 0;
	int n3 = snprintf(labels + n1 + n2 + 2, 24, "%s/%s", ai, bi);
	if (n3 < 0 || n3 >= 24)
		return 0;
	return (size_t)(n1 + n2 + n3 + 2);
}

/* Does the line [ls, le) end as a sentence does: a stop, a question or exclamation mark, or a
 * closing quotation mark or bracket? */
static bool ends_sentence(const char *t, size_t ls, size_t le)
{
	while (le > ls && (t[le - 1] == ' ' || t[le - 1] == '\t'))
		le--;
	if (le == ls)
		return false;
	char c = t[le - 1];
	return c == '.' || c == '!' || c == '?' || c == '"' || c == ')' ||
	       (le - ls >= 3 && (memcmp(t + le - 3, "\xE2\x80\x9D", 3) == 0 ||
				 text_curly_single(t + le - 3, 3) == 0x2019)); /* ” ’ */
}

/* Which items sit on a running header or footer: a short line, no sentence (it does not end in
 * a stop or a closing mark), that the document repeats word for word at least three times
 * ("Internet-Draft remoteStorage December 2014" atop each page of a draft). Its date is the
 * page's, not an event's; a sentence said again stays. One pass with a table keyed by the line's
 * hash, so it stays linear; returns NULL when there is none. */
static bool *running_lines(const char *t, size_t len, const struct timex_list *l)
{
	size_t cap = 16;
	while (cap < 2 * l->n)
		cap *= 2;
	struct slot {
		size_t first, n, last; /* the first item with this line, how many lines, where the
					* last began (two dates of one line count once) */
	} *tab = xcalloc(cap, sizeof(*tab));
	size_t *slot_of = xmalloc((l->n ? l->n : 1) * sizeof(*slot_of));
	bool any = false;
	struct span all = {0, len};
	for (size_t i = 0; i < l->n; i++) {
		size_t ls, le, fs, fe;
		slot_of[i] = SIZE_MAX;
		if (!dates_something(&l->items[i]) || !own_line(t, all, &l->items[i], &ls, &le) ||
		    ends_sentence(t, ls, le))
			continue;
		for (size_t h = (size_t)text_hash(t + ls, le - ls) & (cap - 1);;
		     h = (h + 1) & (cap - 1)) {
			if (!tab[h].n) {
				tab[h] = (struct slot){i, 1, ls};
				slot_of[i] = h;
				break;
			}
			own_line(t, all, &l->items[tab[h].first], &fs, &fe);
			if (fe - fs == le - ls && memcmp(t + fs, t + ls, le - ls) == 0) {
				if (tab[h].last != ls)
					any |= ++tab[h].n >= 3;
				tab[h].last = ls;
				slot_of[i] = h;
				break;
			}
		}
	}
	bool *out = NULL;
	if (any) {
		out = xcalloc(l->n, sizeof(*out));
		for (size_t i = 0; i < l->n; i++)
			out[i] = slot_of[i] != SIZE_MAX && tab[slot_of[i]].n >= 3;
	}
	free(slot_of);
	free(tab);
	return out;
}

/* Item i of l (text t) is a day that "the day after", "two days before" or "a week after"
 * counts from ("The day after Easter, the crew sailed": the day after, not Easter): the days
 * to add, negative before; 0 when nothing counts from it. The count is a duration tagged right
 * before the signal word ("Two days", "A week", up to 60 days) or "the day", "a day", "one
 * day". */
static long day_offset(const char *t, const struct timex_list *l, size_t i)
{
	const struct timex *x = &l->items[i];
	size_t lo = x->span.start > 40 ? x->span.start - 40 : 0, ws, we, ds, de, as, ae;
	if (!word_before(t, lo, x->span.start, &ws, &we) || we + 1 != x->span.start)
		return 0;
	long sign = word_is(t, ws, we, "after") ? 1 : word_is(t, ws, we, "before") ? -1 : 0;
	if (!sign)
		return 0;
	if (i > 0 && l->items[i - 1].type == TIMEX_DURATION && l->items[i - 1].span.end + 1 == ws) {
		const char *v = l->items[i - 1].value;
		char *end;
		long n = v[0] == 'P' ? strtol(v + 1, &end, 10) : 0;
		if (n < 1 || n > 60 || (end[0] != 'D' && end[0] != 'W') || end[1])
			return 0;
		return sign * n * (end[0] == 'W' ? 7 : 1);
	}
	if (word_before(t, lo, ws, &ds, &de) && de + 1 == ws && word_is(t, ds, de, "day") &&
	    word_before(t, lo, ds, &as, &ae) && ae + 1 == ds &&
	    (word_is(t, as, ae, "the") || word_is(t, as, ae, "a") || word_is(t, as, ae, "one")))
		return sign;
	return 0;
}

/* The date of p (value v) in a few columns: a clock time's day ("Mar 12, 2016"), a week's or a
 * weekend's days ("Nov 23–29, 2015", "Sep 24–25", "Aug 29–Sep 4"); else as tx_label() writes
 * it. */
static void narrow_date(const struct tx_point *p, const char *v, bool with_year, char *out,
			size_t n)
{
	if (p->gran == GRAN_TIME) {
		struct tx_point q = *p;
		char day[16];
		snprintf(day, sizeof(day), "%.10s", v);
		q.gran = GRAN_DAY;
		q.minute = 0;
		tx_label(&q, day, with_year, out, n);
		return;
	}
	if (p->gran != GRAN_WEEK || !p->year || !p->month) {
		tx_label(p, v, with_year, out, n);
		return;
	}
	bool weekend = tx_weekend(v);
	long z = date_to_days(p->year, p->month, p->day) + (weekend ? 5 : 0);
	int y1, m1, d1, y2, m2, d2;
	date_from_days(z, &y1, &m1, &d1);
	date_from_days(z + (weekend ? 1 : 6), &y2, &m2, &d2);
	char yr[8] = "";
	if (with_year)
		snprintf(yr, sizeof(yr), ", %d", y2);
	if (m1 == m2) {
		snprintf(out, n, "%s %d\xE2\x80\x93%d%s", date_month_abbr(m1), d1, d2, yr);
		return;
	}
	/* across two months, "Aug 29–Sep 4"; with a year, where that is too wide, the months
	 * ("Aug–Sep 2016"), or the Monday of a week across two years ("wk Dec 28, 2015") */
	int k = snprintf(out, n, "%s %d\xE2\x80\x93%s %d%s", date_month_abbr(m1), d1,
			 date_month_abbr(m2), d2, yr);
	if (k < 0 || !with_year || label_cols(out) <= TIMEX_LABEL_COLS)
		return;
	if (y1 == y2)
		snprintf(out, n, "%s\xE2\x80\x93%s %d", date_month_abbr(m1), date_month_abbr(m2),
			 y2);
	else
		snprintf(out, n, "wk %s %d, %d", date_month_abbr(m1), d1, y1);
}

/* The label of p (value v) narrowed to fit TIMEX_LABEL_COLS where it can, for the pane: the date as
 * narrow_date() writes it, "around" as "c.", "the start of" as "early" and "the end of" as
 * "late", and when no more fits, a signal's part of the date left out ("since start of 2018":
 * "since 2018"), an approximate week's month said ("around week of Nov 23, 2015": "c. Nov
 * 2015"); a signal's day stays in words ("since Jan 12, 2016"), wider than the column, not in
 * figures a reader may take either way (1/12/16). Returns its length. */
static size_t narrow_label(const struct tx_point *p, const char *v, const char *sig,
			   const char *part, bool with_year, char *out, size_t n)
{
	char date[40];
	narrow_date(p, v, with_year, date, sizeof(date));
	const char *pre = part;
	if (part == approx_label)
		pre = "c. ";
	else if (part && strcmp(part, "start of ") == 0)
		pre = "early ";
	else if (part && strcmp(part, "end of ") == 0)
		pre = "late ";
	int k = snprintf(out, n, "%s%s%s%s", sig ? sig : "", sig ? " " : "", pre ? pre : "", date);
	if (k >= 0 && label_cols(out) > TIMEX_LABEL_COLS && sig && pre && part != approx_label)
		k = snprintf(out, n, "%s %s", sig, date);
	/* "around week of Nov 23, 2015": about its month, "c. Nov 2015" */
	if (k >= 0 && label_cols(out) > TIMEX_LABEL_COLS && part == approx_label &&
	    p->gran == GRAN_WEEK && p->month) {
		struct tx_point q = *p;
		char month[8];
		snprintf(month, sizeof(month), "%04d-%02d", p->year, p->month);
		q.gran = GRAN_MONTH;
		tx_label(&q, month, with_year, date, sizeof(date));
		k = snprintf(out, n, "%s%s%s%s", sig ? sig : "", sig ? " " : "", pre, date);
	}
	return k < 0 ? 0 : strlen(out);
}

void tx_events_build(const struct doc *d, struct timex_list *l, bool keep)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct keyed *k = xcalloc(l->n ? l->n : 1, sizeof(*k));
	size_t nk = 0;
	bool *running = running_lines(t, len, l);
	struct date anchor = doc_anchor(d, NULL);

	size_t stamp_end = (size_t)-1; /* where the last stamp ended */
	/* the paragraph of the last item and whether it is page furniture ("[Video: ...]") */
	size_t para_seen = SIZE_MAX;
	bool caption = false;
	/* the paragraphs read for headings so far, and whether the last heading opened a list of
	 * sources (notes_heading()) */
	size_t heads = 0;
	bool notes = false;
	size_t ns = doc_sentence_count(d), si = 0, capsub = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct timex *x = &l->items[i];
		if (x->paragraph != para_seen) {
			para_seen = x->paragraph;
			caption = x->paragraph < doc_paragraph_count(d) &&
				  doc_paragraph(d, x->paragraph)->furniture;
			for (; heads <= x->paragraph && heads < doc_paragraph_count(d); heads++) {
				const struct doc_para *hp = doc_paragraph(d, heads);
				if (hp->heading)
					notes = notes_heading(t + hp->span.start,
							      hp->span.end - hp->span.start);
			}
			caption = caption || notes;
		}
		if (!dates_something(x) || (running && running[i]) || caption ||
		    holiday_for(t, l, i) || holiday_modifier(t, len, x) || comparison_base(t, x) ||
		    superlative_base(t, x))
			continue;
		bool inside;
		if ((quarter_end(t, l, i, &inside) && !inside) ||
		    (i && quarter_end(t, l, i - 1, &inside) && inside))
			continue;
		/* the sentence holding it (or 0 when there are none), found going forward as the
		 * items are in text order */
		while (si + 1 < ns && doc_sentence(d, si + 1)->span.start <= x->span.start)
			si++;
		if (ns && cell_time_off_row(d, t, len, l, i, doc_sentence(d, si)->span))
			continue;
		/* a date line under the title, or a page's "Updated ..." stamp, dates the article,
		 * and so does the time that follows it ("April 28, 2019 at 6:01 am") */
		size_t ls = x->span.start > 60 ? x->span.start - 60 : 0;
		size_t lb = x->span.start > 100 ? x->span.start - 100 : 0;
		if (date_line(d, t, l, i) || page_stamp(t, ls, x->span.start) ||
		    byline_stamp(t, lb, x->span.start) ||
		    (stamp_end != (size_t)-1 && follows(t, stamp_end, x->span.start))) {
			stamp_end = x->span.end;
			continue;
		}
		/* an update's time before a dash, when its sentence dates the event itself
		 * ("12:00 PM PT -- Deputies were at the hotel Thursday morning") */
		if (update_stamp(t, len, x) && i + 1 < l->n && ns &&
		    l->items[i + 1].span.start < doc_sentence(d, si)->span.end &&
		    dates_something(&l->items[i + 1]))
			continue;
		tx_point_parse(x->value, &k[nk].p);
		/* a reader must be able to place it: a year or at least a month */
		if (!tx_placeable(&k[nk].p))
			continue;
		/* two expressions of one sentence naming the same date ("two days earlier, on
		 * November 5") are one event; a bounded look back keeps a sentence of 60,000 dates
		 * linear */
		/* "from 2011 to 2013": one event, labelled as the span, even when the sentence
		 * named the end before ("in 2014 ... up by a third from 2001 to 2014") */
		if (nk && k[nk - 1].sent == si && k[nk - 1].to == k[nk - 1].idx &&
		    range_pair(t, &l->items[k[nk - 1].idx], x)) {
			k[nk - 1].to = i;
			continue;
		}
		bool dup = false;
		/* a table row is one unit: "Jan/Feb (°C) · Jan/Feb (°F)" name one month */
		size_t unit = si;
		if (ns) {
			const struct doc_sentence *se = doc_sentence(d, si);
			const struct doc_para *pa = doc_paragraph(d, se->paragraph);
			if (in_cell(t, len, pa->span, se->span))
				unit = pa->first_sentence;
		}
		for (size_t j = nk; j-- > 0 && nk - j <= 8 && k[j].unit == unit;)
			if (same_day(l->items[k[j].idx].value, x->value) ||
			    names_again(t, &l->items[k[j].idx], x)) {
				dup = true;
				/* a window of hours ("sometime between 8 AM and 9 PM Wednesday")
				 * is the day, not its first hour */
				if (j == nk - 1 && k[j].p.gran == GRAN_TIME &&
				    range_words(t, &l->items[k[j].idx], x))
					k[j].p.gran = GRAN_DAY;
			}
		if (dup)
			continue;
		k[nk].idx = k[nk].to = i;
		k[nk].sent = si;
		k[nk].unit = unit;
		k[nk].year_before = k[nk].p.gran == GRAN_YEAR && early_earlier(d, t, l, i, anchor);
		/* a part of a month, a season or a year; "later Monday", "early Friday" keep
		 * their day's label */
		k[nk].part = NULL;
		k[nk].mod = k[nk].p.gran > GRAN_WEEK ? part_of(t, x, &k[nk].part) : PART_NONE;
		/* "dates from around 1490": an approximate date, not the year itself */
		if (!k[nk].part && approx_before(t, x->span.start > 20 ? x->span.start - 20 : 0, x))
			k[nk].part = approx_label;
		/* "The day after Easter", "two days before the vote on March 2": the day counted */
		k[nk].counted[0] = '\0';
		long off = k[nk].p.gran == GRAN_DAY && k[nk].p.year > 0 ? day_offset(t, l, i) : 0;
		if (off) {
			struct tx_point *p = &k[nk].p;
			date_from_days(date_to_days(p->year, p->month, p->day) + off, &p->year,
				       &p->month, &p->day);
			snprintf(k[nk].counted, sizeof(k[nk].counted), "%04d-%02d-%02d", p->year,
				 p->month, p->day);
		}
		sort_at(&k[nk], x->value);
		nk++;
	}
	qsort(k, nk, sizeof(*k), cmp_key);
	l->events = xcalloc(nk ? nk : 1, sizeof(*l->events));
	l->summaries = xcalloc(nk ? nk : 1, sizeof(*l->summaries));
	l->nevents = nk;
	for (size_t i = 0; i < nk; i++) {
		const struct timex *x = &l->items[k[i].idx];
		struct event *e = &l->events[i];
		e->timex = (uint32_t)k[i].idx;
		e->span = ns ? doc_sentence(d, k[i].sent)->span : x->span;
		e->paragraph = x->paragraph;
		e->year = k[i].p.year - k[i].year_before;
		/* label, short label and ISO date one after the other, each cut to the size it has
		 * always had (40, 32 and 24 bytes with the NUL) */
		char labels[40 + 32 + 24 + 40 + 32];
		/* a day counted from the date is the event's own: its value, and no signal */
		const char *v = k[i].counted[0] ? k[i].counted : x->value;
		const char *sig = k[i].counted[0]
					  ? NULL
					  : span_signal(t, len,
							x->span.start > 40 ? x->span.start - 40 : 0,
							x);
		size_t n;
		if (k[i].to != k[i].idx)
			n = span_labels(&k[i].p, v, l->items[k[i].to].value, labels);
		else
			n = 0;
		if (!n && early_earlier(d, t, l, k[i].idx, anchor)) {
			/* the words, lowercase, as both labels: "earlier this year" */
			size_t w = x->span.end - x->span.start;
			for (size_t j = 0; j < w; j++)
				labels[j] = (char)((t[x->span.start + j] >= 'A' &&
						    t[x->span.start + j] <= 'Z')
							   ? t[x->span.start + j] + 32
							   : t[x->span.start + j]);
			labels[w] = '\0';
			memcpy(labels + w + 1, labels, w + 1);
			n = 2 * w + 2;
			/* its year, the one before the anchor's, where it sorts */
			if (k[i].year_before)
				snprintf(labels + n, 24, "%04d", k[i].p.year - 1);
			else
				tx_iso(&k[i].p, v, labels + n, 24);
			n += strlen(labels + n);
		}
		bool plain = !n; /* the date's own labels, which narrow_label() narrows */
		if (!n) {
			n = signed_label(&k[i].p, v, sig, k[i].part, true, labels, 40) + 1;
			n += signed_label(&k[i].p, v, sig, k[i].part, false, labels + n, 32) + 1;
			tx_iso(&k[i].p, v, labels + n, 24);
			n += strlen(labels + n);
		}
		/* then the narrow labels, with the year and without (timex_event_label_fit()) */
		n++;
		labels[n] = labels[n + 1] = '\0';
		if (plain) {
			n += narrow_label(&k[i].p, v, sig, k[i].part, true, labels + n, 40) + 1;
			n += narrow_label(&k[i].p, v, sig, k[i].part, false, labels + n, 32);
		} else {
			n++;
		}
		e->label = text_intern(&l->pool, labels, n);
		struct span subject;
		char *sum = tx_event_summary(d, l, i, &subject);
		size_t at = subject.end > subject.start && sum ? tx_pronoun_at(sum, t, subject)
							       : (size_t)-1;
		if (at != (size_t)-1) {
			l->subjects =
				xgrow(l->subjects, &capsub, l->nsubjects + 1, sizeof(*l->subjects));
			l->subjects[l->nsubjects++] =
				(struct tx_subject){(uint32_t)i, false, (uint32_t)at, subject};
		}
		if (keep)
			l->summaries[i] = sum;
		else
			free(sum);
	}
	free(k);
	free(running);
}
