/* timex_relative: the rules for relative expressions: quarters and halves, "year-ago", last /
 * next / this + a unit, month, weekday or season, reference words ("now", "the future") and
 * sets ("every week"). */
#include <stdio.h>
#include <string.h>

#include "timex_int.h"

static const char *const part_code[] = {"", "MO", "AF", "EV", "NI"};

static bool is_ord(const struct tx_ctx *c, size_t k, int *v)
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
	    WV(c, k + 1, C_MISC, MISC_TH)) {
		*v = (int)c->t[k].num;
		return true;
	}
	return false;
}

static int anchor_quarter(const struct tx_ctx *c)
{
	return c->a.month ? (c->a.month - 1) / 3 + 1 : 0;
}

/* Words of a game: a half near one is the match's ("a handball in the second half"). */
static const char game_words[] =
	"coach equalised equaliser equalized equalizer game games goal goalkeeper goals halftime "
	"handball header inning innings kickoff match minute penalty quarterback referee scored "
	"scorer striker touchdown whistle";

/* Words next to a score that make it a game's ("led 1-0", "won 3–1", "a 2-1 win"; not "voted
 * 5-4", "a 6-3 ruling"). */
static const char score_words[] =
	"beat beating defeat draw drew lead leading led lost trailed trailing victory win winning won";

static bool is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Is text [s, e) a score: one or two digits, a hyphen or an en dash, one or two digits? */
static bool score_at(const char *t, size_t s, size_t e)
{
	size_t p = s, n = 0;
	while (p < e && is_digit(t[p]) && n < 3)
		p++, n++;
	if (n == 0 || n > 2)
		return false;
	if (p < e && t[p] == '-')
		p++;
	else if (p + 2 < e && memcmp(t + p, "\xe2\x80\x93", 3) == 0)
		p += 3;
	else
		return false;
	for (n = 0; p < e && is_digit(t[p]); p++)
		n++;
	return n >= 1 && n <= 2;
}

/* "Arsenal led 1-0 at the break. City hit back in the second half": does the sentence before
 * (its last 400 bytes) speak of a game, with a word of one or a score beside a word of one
 * (score_words), and of no business figure? */
static bool game_before(const struct tx_ctx *c)
{
	const char *t = c->text;
	size_t s = c->prev.start, e = c->prev.end;
	if (e > s + 400)
		s = e - 400;
	while (s > c->prev.start && s < e && text_is_ascii_letter(t[s]))
		s++;                      /* not from inside a word */
	bool game = false, score = false; /* a score after the last score word, or one pending */
	size_t last = 0;                  /* where the last word ended */
	for (size_t p = s; p < e;) {
		size_t q = p;
		if (text_is_ascii_letter(t[p])) {
			while (q < e && text_is_ascii_letter(t[q]))
				q++;
			if (text_word_in(tx_business_figures, t + p, q - p))
				return false;
			bool sw = text_word_in(score_words, t + p, q - p);
			game = game || text_word_in(game_words, t + p, q - p) || (sw && score);
			score = sw;
			last = q;
		} else if (is_digit(t[p]) && (p == s || !is_digit(t[p - 1]))) {
			while (q < e &&
			       (is_digit(t[q]) || t[q] == '-' || (unsigned char)t[q] >= 0x80))
				q++;
			bool sc = score_at(t, p, q) && p == last + 1;
			game = game || (sc && score);
			score = sc;
		} else {
			q++;
			if (t[p] != ' ')
				score = false;
		}
		p = q;
	}
	return game;
}

/* The half at tokens [k, j) is a half of a match: a word of a game stands within 16 tokens of
 * it and no noun of a business figure does (a bounded look both ways in the sentence), or the
 * sentence speaks of neither and the one before it of a game (game_before()). */
static bool match_talk(const struct tx_ctx *c, size_t k, size_t j)
{
	bool game = false;
	for (size_t i = k > 16 ? k - 16 : 0; i < c->n && i < j + 16; i++) {
		if (tx_figure(c, i))
			return false;
		game = game || in_list(c, i, game_words);
	}
	return game || game_before(c);
}

/* "third quarter", "third-quarter", "first half", "fiscal first quarter", "... of 1990". */
size_t tx_match_quarter(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	int q, y = 0;
	size_t j = k;
	if (W(c, j, C_FISCAL))
		j++; /* a fiscal quarter is written like a calendar one */
	if (year_num(c, j, &y)) {
		j++;
		if (is_apos(c, j) && WV(c, j + 1, C_MISC, MISC_S))
			j += 2;
	} else if (W(c, j, C_REL) && WV(c, j + 1, C_UNIT, U_YEAR) && is_apos(c, j + 2) &&
		   WV(c, j + 3, C_MISC, MISC_S) && c->a.year) {
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
		size_t e;
		if (year_num(c, x, &y)) {
			j = x + 1;
		} else if ((e = tx_year_words(c, j, &y)) > j) {
			j = e; /* "the first half of next year" */
		} else {
			/* a half of a thing, no time: "the first half of Mama Robotnik's story",
			 * "the second half of the game" (unlike "of the year", "of March") */
			if (W(c, x, C_THE) || W(c, x, C_ART) ||
			    in_list(c, x, "his her its their our my your this that"))
				x++;
			if (x < c->n && c->t[x].kind == K_WORD && c->t[x].cls == C_NONE)
				return 0;
			/* "the second half of the month", "of next week": a half of a shorter
			 * (or longer) time than a year is no half year */
			if (W(c, x, C_REL))
				x++;
			if (W(c, x, C_UNIT) && c->t[x].val != U_YEAR)
				return 0;
		}
	}
	/* "The second half can be found here": a half with no year, no "of" and no talk of
	 * quarters is a half of a thing unless a preposition of time puts it in time ("in the
	 * second half", "for the first half") or it is glued to its noun ("first-half profit") */
	/* "a first-half penalty", "second-half goals": glued to a noun of no business figure, a
	 * half of a match ("first-half profit", "second-half sales" stay) */
	if (half && !y && !c->quarter_talk && P(c, j - 2, '-') && j < c->n &&
	    c->t[j].kind == K_WORD && !tx_figure(c, j))
		return 0;
	/* "the referee missed a handball in the second half": a half near words of a game and
	 * no business figure, nor talk of quarters, is a half of a match */
	if (half && !y && !c->quarter_talk && !W(c, j, C_OF) && match_talk(c, k, j))
		return 0;
	if (half && !y && !c->quarter_talk && !W(c, j, C_OF) && !P(c, j - 2, '-')) {
		size_t b = k > 0 && W(c, k - 1, C_THE) ? k - 1 : k;
		if (!(b > 0 && in_list(c, b - 1,
				       "in during for by through throughout over until till before "
				       "after since into within from to")))
			return 0;
	}
	if (!y && c->a.year) {
		y = c->a.year;
		int aq = anchor_quarter(c);
		/* the tense of the phrase with its "the": after a determiner the date would name a
		 * thing ("said it would cut jobs in the first quarter") */
		size_t s = k > 0 && W(c, k - 1, C_THE) ? k - 1 : k;
		bool ahead = tx_future(c, s, j);
		if (!half && aq && q > aq && !ahead)
			y--;
		if (half && c->a.month && q == 2 && c->a.month <= 6 && !ahead)
			y--;
		/* "will cut 1,500 jobs by the end of the first quarter" in October, "said it would
		 * ... in the first quarter": a quarter two or more before the anchor's, or a first
		 * half seen from the second, in a clause that looks ahead (or a plan told in the
		 * past) is next year's ("will report third-quarter results" in October is the
		 * quarter just ended: this year's) */
		/* but "first-half profit" in the third quarter is of the half just ended,
		 * whose figures come out in the weeks after it ("will report first-half
		 * results next month", "expects first-half profit to rise" in August) */
		bool just_ended = half && c->a.month <= 9 && P(c, j - 2, '-') && tx_figure(c, j);
		if (((!half && aq && q < aq - 1) || (half && q == 1 && c->a.month > 6)) &&
		    !just_ended && (ahead || tx_tense(c, k, j) == TENSE_NEAR))
			y++;
	}
	char yy[8];
	tx_put_year(yy, sizeof(yy), y);
	snprintf(h->value, sizeof(h->value), "%s-%c%d", yy, half ? 'H' : 'Q', q);
	h->type = TIMEX_DATE;
	return j;
}

bool tx_part_year_before(const struct tx_ctx *c, struct tx_hit *h)
{
	const struct timex_list *l = c->l;
	if (!l || !l->n || !c->n || l->items[l->n - 1].span.start < c->t[0].s)
		return false;
	const char *v = l->items[l->n - 1].value;
	if (strlen(v) != 7 || v[4] != '-' || (v[5] != 'H' && v[5] != 'Q') || v[6] < '1' ||
	    v[6] > '4')
		return false;
	int y = 0;
	for (int i = 0; i < 4; i++) {
		if (!is_digit(v[i]))
			return false;
		y = y * 10 + (v[i] - '0');
	}
	char yy[8];
	tx_put_year(yy, sizeof(yy), y - 1);
	snprintf(h->value, sizeof(h->value), "%s-%s", yy, v + 5);
	h->type = TIMEX_DATE;
	return true;
}

/* "year-earlier", "year-ago" (+ "quarter", "period"): the year before the anchor. */
size_t tx_match_yearago(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (!WV(c, k, C_UNIT, U_YEAR) || !P(c, k + 1, '-') || !adj(c, k) || !adj(c, k + 1) ||
	    !W(c, k + 2, C_AGO) || (c->t[k + 2].val != AGO_AGO && c->t[k + 2].val != AGO_EARLIER))
		return 0;
	size_t j = k + 3;
	if (WV(c, j, C_UNIT, U_QUARTER) || W(c, j, C_PERIOD)) {
		tx_rel_value(c->a, U_QUARTER, -5, h); /* "XXXX-QX" without an anchor */
		return j + 1;
	}
	if (c->quarter_talk && c->a.month)
		tx_rel_value(c->a, U_QUARTER, -5, h);
	else
		tx_rel_value(c->a, U_YEAR, -1, h);
	return j;
}

/* last/next/this/past/coming + unit, month, weekday, season or amount. */
size_t tx_match_rel(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool the)
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
		size_t e = tx_parse_number(c, j, &v, &art);
		if (e && !art) {
			size_t u = tx_parse_unit(c, e, &unit, &pl);
			if (u) {
				h->type = TIMEX_DURATION;
				tx_dur_value(h->value, sizeof(h->value), v, unit);
				return u;
			}
		}
	}
	if (W(c, j, C_UNIT)) {
		unit = c->t[j].val;
		if (unit == U_SEC || unit == U_MIN || unit == U_HOUR)
			return 0;
		if (rel == R_THAT && unit == U_DAY && !c->has_ref) {
			/* "prices soared that day" with no day named before it: the day of an
			 * event the words tell, which the article's own date is not */
			h->type = TIMEX_DATE;
			snprintf(h->value, sizeof(h->value), "XXXX-XX-XX");
			return j + 1;
		}
		if (rel == R_SAME || rel == R_THAT) {
			/* "the same day", "that day", "that year": the date last mentioned. */
			struct date b = c->has_ref ? c->ref : c->a;
			if (unit != U_DAY && c->has_refany)
				b = c->refany;
			/* "in the 1950s. That year": no year was told since the decade ("XXXX") */
			if (unit == U_YEAR && c->has_refany && c->refany_coarse)
				b = (struct date){0, 0, 0};
			tx_rel_value(b, unit, 0, h);
			return j + 1;
		}
		if (rel == R_FOLLOWING || rel == R_PREVIOUS || ((rel == R_NEXT) && the)) {
			if (!the)
				return 0;
			struct date b = c->has_ref ? c->ref : c->a;
			/* "the next decade" of what will happen counts from now ("the plan would
			 * raise $1 trillion over the next decade"), of a story from its date */
			bool ahead = rel == R_NEXT && unit >= U_YEAR && tx_future(c, k, j + 1);
			if (unit != U_DAY && c->has_refany && !ahead)
				b = c->refany;
			else if (ahead)
				b = c->a;
			tx_rel_value(b, unit, rel == R_PREVIOUS ? -1 : 1, h);
			return j + 1;
		}
		if (rel == R_PAST || (rel == R_LAST && the)) {
			if (unit == U_DAY || unit == U_WEEKEND)
				return 0;
			h->type = TIMEX_DURATION;
			tx_dur_value(h->value, sizeof(h->value), 1, unit);
			return j + 1;
		}
		if (unit == U_DAY)
			return 0;
		if (rel == R_LATEST && (unit == U_QUARTER)) {
			tx_rel_value(c->a, U_QUARTER, -1, h);
			return j + 1;
		}
		if (rel == R_LAST || rel == R_NEXT || rel == R_THIS || rel == R_COMING ||
		    rel == R_CURRENT) {
			long delta = rel == R_LAST ? -1 : rel == R_NEXT || rel == R_COMING ? 1 : 0;
			/* "told voters this weekend" in a paper of Monday to Friday: the weekend
			 * just gone, which is last week's; this week's has not come. In a Monday
			 * paper, written as the weekend ends, with no tense to say (a past verb far
			 * back: "moved closer with two contests this weekend"), it is the one just
			 * gone too: the coming one is told with a future ("will speak this
			 * weekend"); later in the week an invitation ("Join us this weekend") may
			 * look ahead with none */
			if (rel == R_THIS && unit == U_WEEKEND && c->aday) {
				int wd =
					date_weekday(date_to_days(c->a.year, c->a.month, c->a.day));
				int tense = wd <= 5 ? tx_tense(c, k, j + 1) : TENSE_NONE;
				if (tense == TENSE_PAST || (wd == 1 && tense == TENSE_NONE))
					delta = -1;
			}
			/* "will vote later this week" in a Sunday paper: the ISO week ends that
			 * day, yet its reader means the days to come, the week that starts on the
			 * morrow (TimeML reads the week of the anchor: only a future moves it) */
			if (rel == R_THIS && unit == U_WEEK && c->aday &&
			    date_weekday(date_to_days(c->a.year, c->a.month, c->a.day)) == 7 &&
			    tx_future(c, k, j + 1))
				delta = 1;
			struct date b = c->a;
			/* "In 2017 the company said it would open a plant next year": the year
			 * of the saying's */
			if (unit == U_YEAR && rel != R_CURRENT && tx_told_saying(c, k))
				b = (struct date){.year = c->told_year};
			tx_rel_value(b, unit, delta, h);
			return j + 1;
		}
		return 0;
	}
	if (rel == R_LATEST && W(c, j, C_PERIOD)) {
		tx_rel_value(c->a, U_QUARTER, -1, h);
		return j + 1;
	}
	if (W(c, j, C_UNITS) && rel == R_RECENT) {
		/* "recent years": TimeBank reads an unknown amount of time */
		h->type = TIMEX_DURATION;
		tx_dur_value(h->value, sizeof(h->value), -1, c->t[j].val);
		return j + 1;
	}
	/* "that June", "the same October", "that summer": the month or season in the year of the
	 * date last mentioned nearby ("flagged in the spring of 2024. He resigned that June"),
	 * tx_that_year(); no year when none was */
	if ((rel == R_THAT || rel == R_SAME) && tx_month_word(c, j, &m)) {
		tx_put_ymd(h->value, sizeof(h->value), tx_that_year(c), m, 0);
		h->type = TIMEX_DATE;
		return j + 1;
	}
	if ((rel == R_THAT || rel == R_SAME) && W(c, j, C_SEASON))
		return tx_match_season(c, j, rel, h);
	if (rel != R_LAST && rel != R_NEXT && rel != R_THIS && rel != R_COMING)
		return 0;
	if (tx_month_word(c, j, &m)) {
		int y = c->a.year;
		/* "last Oct. 23": a day of that month */
		size_t k = j + 1, d = 0;
		if (P(c, k, '.') && adj(c, j))
			k++;
		if (NUM(c, k) && c->t[k].ndig <= 2 && valid_day(0, m, (int)c->t[k].num) &&
		    !P(c, k + 1, ':') && !W(c, k + 1, C_UNIT) && !W(c, k + 1, C_UNITS) &&
		    !P(c, k + 1, '%') && !(W(c, k + 1, C_NONE) && !c->t[k + 1].cap))
			d = (size_t)c->t[k].num;
		if (y && c->a.month) {
			int here = c->a.month * 32 + (d ? c->a.day : 0), there = m * 32 + (int)d;
			if (rel == R_LAST)
				y = there < here ? y : y - 1;
			else if (rel == R_NEXT || rel == R_COMING)
				y = there > here ? y : y + 1;
		}
		if (d && valid_day(y, m, (int)d)) {
			tx_hit_day(h, y, m, (int)d);
			return k + 1;
		}
		tx_put_ymd(h->value, sizeof(h->value), y, m, 0);
		h->type = TIMEX_DATE;
		return j + 1;
	}
	if (W(c, j, C_HOLIDAY) && (rel == R_LAST || rel == R_NEXT || rel == R_THIS))
		return tx_match_holiday(c, j, rel, h);
	if (W(c, j, C_WDAY))
		return tx_match_weekday(c, j, rel, h);
	if (W(c, j, C_SEASON))
		return tx_match_season(c, j, rel, h);
	if (W(c, j, C_PART) && (rel == R_THIS || rel == R_LAST)) {
		tx_rel_value(c->a, U_DAY, rel == R_LAST ? -1 : 0, h);
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
size_t tx_match_ref(const struct tx_ctx *c, size_t k, struct tx_hit *h, bool the)
{
	if (!W(c, k, C_REF) && !(the && WV(c, k, C_REL, R_PAST)))
		return 0;
	int v = W(c, k, C_REF) ? c->t[k].val : REF_PAST;
	const char *s;
	switch (v) {
	case REF_NOW:
	case REF_CURRENTLY:
	case REF_NOWADAYS:
		if (the)
			return 0;
		s = "PRESENT_REF";
		break;
	case REF_PRESENT:
		if (!the)
			return 0;
		s = "PRESENT_REF";
		break;
	case REF_RECENTLY:
	case REF_LATELY:
		if (the)
			return 0;
		s = "PAST_REF";
		break;
	case REF_PAST:
		s = "PAST_REF";
		break;
	case REF_FUTURE:
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

/* Words after "is today" that open a noun phrase of what something has become ("is today an
 * ally of"), and present forms of being that describe a state rather than a day's doing. */
static const char generic_np[] = "a an the one among primarily mostly largely merely still";
static const char degree_words[] =
	"primarily mostly largely merely only just still chiefly mainly essentially widely "
	"little hardly barely";
static const char present_be[] = "is are remains remain exists exist stands stand";
/* After "X today is": a day's whereabouts or plan ("the senator today is in Iowa", "is
 * expected to"), not a state. */
static const char day_after_be[] =
	"in at on with to from set due scheduled expected slated going about likely poised "
	"holding meeting visiting";

/* What follows "today than" in a comparison with another time ("than ever", "than in 1950",
 * "than a decade ago", "than there were"). */
static const char generic_than[] =
	"a an any at before decades ever generations in it once previously there they we when years";

/* "today" at k ends a clause whose subject is comparative ("more people", "fewer children",
 * "ever more") or says a change ("increasingly"), with a present "is" or "are" and no past or
 * future cue: a state of these days. Looked for over 12 tokens back, within the clause. */
static bool comparative_present(const struct tx_ctx *c, size_t k)
{
	bool now = false;
	for (size_t j = k, lo = k > 12 ? k - 12 : 0; j-- > lo;) {
		if (c->t[j].kind == K_PUNCT)
			return false;
		if (tx_past_form(c, j) || W(c, j, C_FUT) || in_list(c, j, "has have had"))
			return false;
		if (in_list(c, j, "is are"))
			now = true;
		if (in_list(c, j, "more fewer less increasingly"))
			return now || in_list(c, j, "increasingly");
	}
	return false;
}

/* "Today, they sometimes seem ...", "today it usually takes a week": a word of how often
 * after "today" in its clause (up to a stop, or eight words; the comma of an opening
 * "Today," goes on)
 * tells a habit, which no one day holds: these days. Not when the clause is told in the past
 * or the future ("today they often stopped", which tx_tense() reads). */
static bool habit_after(const struct tx_ctx *c, size_t k)
{
	static const char often[] = "sometimes often usually rarely seldom generally typically "
				    "frequently routinely occasionally commonly";
	for (size_t j = k + 1; j < c->n && j < k + 9; j++) {
		if (c->t[j].kind == K_PUNCT && !(j == k + 1 && P(c, j, ',') &&
						 (k == 0 || in_list(c, k - 1, "and but yet") ||
						  (k == 1 && (P(c, 0, '"') || P(c, 0, 0x201C))))))
			return false;
		if (in_list(c, j, often))
			return true;
	}
	return false;
}

/* "for designers working today", "the painters living today.": a plural noun, a participle
 * after it and "today" closing the clause: the people or things of these days, not a day's
 * doing (a progressive, "are working today", has its "be" before the participle, and "players
 * flying today will land" goes on with a verb after it). */
static bool participle_people(const struct tx_ctx *c, size_t k)
{
	if (k < 2 || !tx_ing_word(c, k - 1) || c->t[k - 1].cap || c->t[k - 2].kind != K_WORD ||
	    c->t[k - 2].cap || W(c, k - 2, C_DEIC))
		return false;
	if (k + 1 < c->n && c->t[k + 1].kind != K_PUNCT)
		return false;
	if (in_list(c, k - 2, "people those"))
		return true;
	size_t n = c->t[k - 2].e - c->t[k - 2].s;
	const char *w = c->text + c->t[k - 2].s;
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
	       !in_list(c, k - 2, "does goes has was");
}

/* "today" at k in a clause that supposes rather than tells: set off by commas before "would
 * have" ("the women who, today, would have been listed as co-authors"), or after "if" and a
 * "were" in its clause ("if this were going on today", "if the vote were held today"): the
 * present of these days held against another, no day's doing. Not "Today would have been her
 * birthday" (the day itself the subject). */
static bool supposed_today(const struct tx_ctx *c, size_t k)
{
	if (k > 0 && P(c, k - 1, ',') && P(c, k + 1, ',') && in_list(c, k + 2, "would") &&
	    in_list(c, k + 3, "have"))
		return true;
	bool were = false;
	for (size_t j = k; j-- > 0 && k - j <= 8;) {
		if (c->t[j].kind == K_PUNCT && !is_apos(c, j))
			return false;
		if (in_list(c, j, "were"))
			were = true;
		else if (in_list(c, j, "if"))
			return were;
	}
	return false;
}

/* Nouns of a people or a present age that "today" follows or owns as these days' rather than
 * the day's ("young people today", "kids today", "in today's world", "today's youth"). */
static const char age_nouns[] = "people kids children youngsters teenagers teens youth society "
				"world generation generations culture";

bool tx_today_generic(const struct tx_ctx *c, size_t k)
{
	if (!WV(c, k, C_DEIC, D_TODAY))
		return false;
	if (supposed_today(c, k))
		return true;
	/* "in today's world", "today's youth": the present age, no day; not "today's
	 * editions", "today's meeting" */
	if (is_apos(c, k + 1) && WV(c, k + 2, C_MISC, MISC_S) && in_list(c, k + 3, age_nouns) &&
	    !P(c, k + 4, '-'))
		return true;
	/* "one of the hottest gadget trends today": trends are of these days, never of one */
	if (k > 0 && in_list(c, k - 1, "trends"))
		return true;
	/* "young people today read less", "kids today are glued to screens": a people of these
	 * days unless the verb after "today" is past or future; not "children today marched to the town hall", nor "a lot of
	 * people today probably made up their minds" (a day's doing, told after it); not "the world today", which may be the day's news */
	if (k > 0 && in_list(c, k - 1, age_nouns) && !in_list(c, k - 1, "world")) {
		size_t j = k + 1;
		while (j < k + 3 && (in_list(c, j, "probably still often never always also just") ||
				     (j < c->n && c->t[j].kind == K_WORD && !c->t[j].cap &&
				      c->t[j].e - c->t[j].s > 4 &&
				      memcmp(c->text + c->t[j].e - 2, "ly", 2) == 0)))
			j++;
		/* tx_past_form() holds "was", "were", "had", "did", "chose", "thought" */
		bool told = tx_past_form(c, j) || W(c, j, C_FUT) || in_list(c, j, "would could");
		if (!told)
			return true;
	}
	/* "even today", "still today", "today still": these days, against the past */
	if (k > 0 && in_list(c, k - 1, "even still"))
		return true;
	/* "as it is today", "as we know it today" */
	if (k >= 3 && in_list(c, k - 3, "as") &&
	    (in_list(c, k - 1, "is are") ||
	     (in_list(c, k - 2, "know knew") && in_list(c, k - 1, "it"))))
		return true;
	/* "a system that does not exist today", "where the party stands today" */
	if (k > 0 && in_list(c, k - 1, "exist exists stands"))
		return true;
	/* "is today an ally of", "are today primarily": the present state of a thing */
	if (k > 0 && in_list(c, k - 1, "is are remains") && in_list(c, k + 1, generic_np))
		return true;
	/* "which today is the largest", "the voting machine today is merely a computer": a
	 * relative pronoun, or a subject with an adverb of degree after the verb, then a present
	 * state; not "Today is Monday" (today the subject), nor "Elian today is the symbol" (a
	 * day's words), nor a day's place or plan */
	if (k > 0 && in_list(c, k + 1, present_be) && !in_list(c, k + 2, day_after_be) &&
	    !tx_ing_word(c, k + 2) &&
	    (in_list(c, k - 1, "which that who") ||
	     (W(c, k - 1, C_NONE) && in_list(c, k + 2, degree_words))))
		return true;
	/* "more people read news today than ever", "fewer are farming today than in 1950": a
	 * comparison with another time, not the day's; not "today than yesterday" */
	if (in_list(c, k + 1, "than") && in_list(c, k + 2, generic_than))
		return true;
	/* "more people are reading news today", "fewer children are walking to school today": a
	 * comparative subject with a present verb tells what holds nowadays; not "the council is
	 * meeting today" (a day's doing), nor "are increasingly enthusiastic by today" */
	if (comparative_present(c, k) && !(k > 0 && in_list(c, k - 1, "by for from since until")))
		return true;
	/* "Today, most newspapers ...", "and, today, about 100,000 soldiers are deployed": a
	 * quantified subject says what holds nowadays, unless the clause tells of a past or
	 * coming doing ("Today, about 100 people marched") */
	bool opens = k == 0 || (k == 1 && in_list(c, 0, "and but yet")) ||
		     (P(c, k - 1, ',') && P(c, k + 1, ','));
	size_t j = k + (P(c, k + 1, ',') ? 2 : 1);
	int tense = tx_tense(c, k, k + 1);
	bool now = tense != TENSE_PAST && tense != TENSE_FUTURE && tense != TENSE_LATER;
	/* "In a 2013 speech he hailed signs of hope. ... Today, the signals could not differ
	 * more": "Today," opening a sentence just after the story told of an earlier year (a date
	 * of a year before the anchor's, in the last four sentences and three paragraphs: a
	 * quotation may take one between) sets these days against that time; not a clause of a past or coming doing
	 * ("Today, the court ruled"), nor a story of the anchor's year ("On Monday ... Today,") */
	if (now && k == 0 && P(c, k + 1, ',') && c->has_refany && c->refany_sent && c->a.year &&
	    c->refany.year && c->refany.year < c->a.year && c->sent + 1 - c->refany_sent <= 4 &&
	    c->para <= c->refany_para + 2)
		return true;
	if (now && habit_after(c, k))
		return true;
	if (now && participle_people(c, k))
		return true;
	return opens &&
	       in_list(c, j, "most many few fewer more nearly almost half all about some") && now;
}

/* annually, daily, every week, each month, every Monday. */
size_t tx_match_set(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (W(c, k, C_SETW)) {
		h->type = TIMEX_SET;
		tx_dur_value(h->value, sizeof(h->value), 1, c->t[k].val);
		return k + 1;
	}
	if (!W(c, k, C_EVERY))
		return 0;
	size_t j = k + 1;
	long v = 1;
	bool art;
	if (c->t[k].val == 0) {
		size_t e = tx_parse_number(c, j, &v, &art);
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
	size_t u = tx_parse_unit(c, j, &unit, &pl);
	if (!u)
		return 0;
	h->type = TIMEX_SET;
	tx_dur_value(h->value, sizeof(h->value), v, unit);
	return u;
}
