/* timex_holidays: holiday names ("Christmas Eve", "Labor Day", "Presidents' Day") and the rule
 * that dates them; the calendar arithmetic (Easter, the n-th weekday of a month) is date's. */
#include <stdio.h>

#include "dateline/text.h"
#include "timex_int.h"

/* The date of holiday id (enum tx_holiday, with a day shift for "Eve", "Easter Monday", "Good
 * Friday", "Ash Wednesday") in year y. */
static void holiday_date(int id, int shift, int y, int *m, int *d)
{
	switch (id) {
	case H_THANKSGIVING:
	case H_BLACK:
	case H_CYBER:
		*m = 11, *d = date_nth_weekday(y, 11, 4, 4);
		break;
	case H_EASTER:
	case H_GOOD:
	case H_ASH:
		date_easter(y, m, d);
		break;
	case H_LABOR:
		*m = 9, *d = date_nth_weekday(y, 9, 1, 1);
		break;
	case H_MEMORIAL:
		*m = 5, *d = date_nth_weekday(y, 5, 1, -1);
		break;
	case H_MOTHER:
		*m = 5, *d = date_nth_weekday(y, 5, 7, 2);
		break;
	case H_FATHER:
		*m = 6, *d = date_nth_weekday(y, 6, 7, 3);
		break;
	case H_PRESIDENTS:
		*m = 2, *d = date_nth_weekday(y, 2, 1, 3);
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
static bool name_part(const struct tx_ctx *c, size_t k, enum tx_class cls, int val)
{
	return WV(c, k, cls, val) && c->t[k].cap;
}

/* "'s" or a bare apostrophe ("Presidents' Day") at k; returns the token after it. */
static size_t possessive(const struct tx_ctx *c, size_t k, bool bare)
{
	if (is_apos(c, k) && adj(c, k - 1) && WV(c, k + 1, C_MISC, MISC_S) && adj(c, k))
		return k + 2;
	if (bare && is_apos(c, k) && adj(c, k - 1))
		return k + 1;
	return k;
}

/* The tense that places holiday [k, j) without a year. A holiday names its season too ("as
 * Easter week began", "stores stocked up for Christmas"): a past verb says little of which one,
 * unless the holiday is the time of the verb, after a preposition of time ("On Christmas, the
 * family sailed home", "Two days before Christmas, they sailed"). */
static int holiday_tense(const struct tx_ctx *c, size_t k, size_t j)
{
	int t = tx_tense(c, k, j);
	if (t == TENSE_FUTURE || t == TENSE_LATER)
		return t;
	if (t == TENSE_PAST && k > 0 && in_list(c, k - 1, "after at before during on over"))
		return t;
	return TENSE_NONE;
}

/* Is token j a thing the holiday names the kind of, not a time ("a Christmas tree", "Christmas
 * cards", "Halloween costumes", "a grate full of Christmas coals")? The holiday is then a
 * modifier, no date; an occasion held on the day ("Christmas dinner") stays,
 * and so does a name with "Day" or "Eve" ("Christmas Day presents"). */
static bool holiday_thing(const struct tx_ctx *c, size_t j)
{
	return j < c->n && !c->t[j].cap &&
	       in_list(c, j,
		       "tree trees light lights card cards carol carols song songs music album "
		       "albums coal coals fire decoration decorations ornament ornaments wreath "
		       "wreaths stocking stockings sweater sweaters jumper jumpers cracker crackers "
		       "pudding cake cookie cookies candy egg eggs bunny pumpkin pumpkins costume "
		       "costumes mask masks movie movies film films story stories tale tales "
		       "spirit present presents gift gifts");
}

/* Is token j a plural common noun, the things a holiday names the kind of ("Valentine's Day
 * candies", "Easter baskets")? A lower-case word in "s" that is no time word ("Easter weekends")
 * nor an occasion held on the day ("Veterans Day parades"), no singular in "ss", "us" or "is",
 * and no verb: none of the common ones, nor one before an article, "the" or a pronoun
 * ("Christmas brings the family home"). */
static bool holiday_things(const struct tx_ctx *c, size_t j)
{
	if (j >= c->n || c->t[j].kind != K_WORD || c->t[j].cap || c->t[j].cls != C_NONE)
		return false;
	const char *w = c->text + c->t[j].s;
	size_t n = c->t[j].e - c->t[j].s;
	if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i' ||
	    w[n - 2] == '\'')
		return false;
	if (in_list(c, j,
		    "comes falls means marks begins ends gets brings seems looks makes takes "
		    "goes arrives approaches starts lands remains rolls gives was has does") ||
	    in_list(c, j,
		    "parades parties celebrations festivities sales services ceremonies "
		    "dinners feasts events festivals concerts marches games rallies meals "
		    "gatherings holidays vacations travels"))
		return false; /* a verb, or an occasion held on the day ("Veterans Day parades") */
	return !(j + 1 < c->n &&
		 (W(c, j + 1, C_ART) || W(c, j + 1, C_THE) ||
		  in_list(c, j + 1, "his her its their our my your us them him me")));
}

/* Is token j, right after a holiday's name, a capitalised word that makes the holiday part of
 * another name ("Easter Island", "Christmas Island", "the Easter Rising")? A word of time
 * ("Christmas Eve", "Easter Sunday", "Easter 2016") is not, nor a function word of a title-case
 * headline ("Spends Christmas At Home"). */
static bool holiday_in_name(const struct tx_ctx *c, size_t j)
{
	const char *h = c->text + c->t[j - 1].s;

	/* not in capitals ("HALLOWEEN SHOW"), nor a run of title-case words ("Christmas Gift
	 * Guide"), which a headline may be: the name ends at the word after the holiday */
	if (j >= c->n || c->t[j].kind != K_WORD || !c->t[j].cap || c->t[j].cls != C_NONE ||
	    (h[1] >= 'A' && h[1] <= 'Z') || c->t[j].s != c->t[j - 1].e + 1 ||
	    c->text[c->t[j - 1].e] != ' ' ||
	    (j + 1 < c->n && c->t[j + 1].kind == K_WORD && c->t[j + 1].cap))
		return false;
	return !in_list(c, j,
			"a an and as at but by for from in into of off on or over the to up with "
			"weekend week break holidays holiday season vacation");
}

/* Holidays: "Christmas", "Christmas Eve", "Thanksgiving (Day)", "Easter (Sunday|Monday)",
 * "Good Friday", "Ash Wednesday", "New Year's Day|Eve", "Labor Day", "Mother's Day" ... the nearest occurrence
 * like a month and day, or the one `rel` names ("last Thanksgiving"), or the year that follows. */
size_t tx_match_holiday(const struct tx_ctx *c, size_t k, int rel, struct tx_hit *h)
{
	if (!W(c, k, C_HOLIDAY) || !c->t[k].cap)
		return 0;
	int id = c->t[k].val, m = 0, d = 0, shift = 0;
	size_t j = k + 1;
	bool day_word = false; /* the name needs "Day" */

	switch (id) {
	case H_CHRISTMAS:
		m = 12, d = 25;
		if (name_part(c, j, C_AUX, MISC_EVE))
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
	case H_BLACK:
		if (!name_part(c, j, C_WDAY, 5))
			return 0;
		shift = 1, j++;
		break;
	case H_CYBER:
		if (!name_part(c, j, C_WDAY, 1))
			return 0;
		shift = 4, j++;
		break;
	case H_ASH:
		if (!name_part(c, j, C_WDAY, 3))
			return 0;
		shift = -46, j++;
		break;
	case H_HALLOWEEN:
		m = 10, d = 31;
		break;
	case H_NEW:
		if (!name_part(c, j, C_UNIT, U_YEAR))
			return 0;
		j = possessive(c, j + 1, false);
		if (name_part(c, j, C_AUX, MISC_EVE))
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
	/* "Christmas Day presents": the day named on purpose stays a date */
	if ((j == k + 1 || day_word) && (holiday_thing(c, j) || holiday_things(c, j)))
		return 0;
	if (j == k + 1 && holiday_in_name(c, j))
		return 0;
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
			y = tx_year_for(c, mm, dd, holiday_tense(c, k, j));
	}
	if (!y) {
		/* the year unknown: a fixed date still has its month and day */
		if (fixed) {
			tx_hit_day(h, 0, m, d);
		} else {
			/* a moving holiday keeps its month; Easter's moves between two */
			int mm = 0, dd = 0;
			if (id != H_EASTER && id != H_GOOD && id != H_ASH)
				holiday_date(id, 0, 2001, &mm, &dd);
			tx_put_ymd(h->value, sizeof(h->value), 0, mm, 0);
			h->type = TIMEX_DATE;
		}
		return j;
	}
	holiday_date(id, shift, y, &m, &d);
	tx_hit_day(h, y, m, d);
	return j;
}
