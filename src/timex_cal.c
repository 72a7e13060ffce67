/* timex_cal: reading TIMEX3 values back as calendar points, for ordering and labels. */
#include "timex_int.h"

#include <stdio.h>
#include <string.h>

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

void tx_point_parse(const char *v, struct tx_point *p)
{
	memset(p, 0, sizeof(*p));
	p->gran = GRAN_NONE;
	size_t n = strlen(v);
	int y = 0, x;
	if (n >= 4 && strncmp(v, "XXXX", 4) == 0) {
		y = 0;
	} else if (n >= 4 && digits(v, 4, &x)) {
		y = x;
	} else if (n == 3 && digits(v, 3, &x)) {
		p->year = x * 10;
		p->gran = GRAN_DECADE;
		p->dated = true;
		return;
	} else if (n == 2 && digits(v, 2, &x)) {
		p->year = x * 100;
		p->gran = GRAN_CENTURY;
		p->dated = true;
		return;
	} else {
		return;
	}
	p->dated = true;
	p->year = y;
	p->gran = GRAN_YEAR;
	if (n < 6 || v[4] != '-')
		return;
	const char *r = v + 5;
	if (r[0] == 'Q' && r[1] >= '1' && r[1] <= '4') {
		p->month = (r[1] - '0') * 3 - 2;
		p->gran = GRAN_QUARTER;
	} else if (r[0] == 'H' && (r[1] == '1' || r[1] == '2')) {
		p->month = r[1] == '1' ? 1 : 7;
		p->gran = GRAN_QUARTER;
	} else if (strncmp(r, "SP", 2) == 0 || strncmp(r, "SU", 2) == 0 ||
		   strncmp(r, "FA", 2) == 0 || strncmp(r, "WI", 2) == 0) {
		static const char *const s[] = {"SP", "SU", "FA", "WI"};
		for (int i = 0; i < 4; i++)
			if (strncmp(r, s[i], 2) == 0)
				p->month = 3 + 3 * i;
		p->gran = GRAN_QUARTER;
	} else if (r[0] == 'W' && digits(r + 1, 2, &x)) {
		if (y) {
			int yy;
			date_from_days(date_isoweek_start(y, x), &yy, &p->month, &p->day);
		}
		p->gran = GRAN_WEEK;
	} else if (digits(r, 2, &x)) {
		p->month = x;
		p->gran = GRAN_MONTH;
		if (r[2] == '-' && digits(r + 3, 2, &x)) {
			p->day = x;
			p->gran = GRAN_DAY;
			const char *t = r + 5;
			if (t[0] == 'T') {
				int hh, mm;
				p->gran = GRAN_TIME;
				if (digits(t + 1, 2, &hh)) {
					p->minute = hh * 60;
					if (t[3] == ':' && digits(t + 4, 2, &mm))
						p->minute += mm;
				}
			}
		}
	} else if (strncmp(r, "XX", 2) == 0) {
		p->gran = r[2] == '-' ? GRAN_DAY : GRAN_MONTH;
	}
}

/* "1st", "2nd", "3rd", "11th" ... */
static const char *ordinal_suffix(int n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1:
		return "st";
	case 2:
		return "nd";
	case 3:
		return "rd";
	default:
		return "th";
	}
}

/* The time of a TIMEX3 value's "T" part as a reader says it: "3 p.m.", "10:30 a.m.", "noon",
 * "morning" ... into out[0..n); "" when there is none. */
static void time_words(const char *v, const struct tx_point *p, char *out, size_t n)
{
	static const char *const parts[][2] = {
		{"TMO", "morning"}, {"TAF", "afternoon"}, {"TEV", "evening"}, {"TNI", "night"}};
	const char *t = strchr(v, 'T');
	out[0] = '\0';
	if (!t)
		return;
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (strncmp(t, parts[i][0], 3) == 0) {
			snprintf(out, n, "%s", parts[i][1]);
			return;
		}
	if (!(t[1] >= '0' && t[1] <= '9'))
		return;
	int h = p->minute / 60, m = p->minute % 60;
	if (h == 12 && m == 0) {
		snprintf(out, n, "noon");
		return;
	}
	if ((h == 0 || h == 24) && m == 0) {
		snprintf(out, n, "midnight");
		return;
	}
	int h12 = h % 12 ? h % 12 : 12;
	const char *ap = h % 24 < 12 ? "a.m." : "p.m.";
	if (m)
		snprintf(out, n, "%d:%02d %s", h12, m, ap);
	else
		snprintf(out, n, "%d %s", h12, ap);
}

bool tx_label(const struct tx_point *p, const char *v, bool with_year, char *out, size_t n)
{
	char what[32] = "", tm[16] = "";
	bool yearly = false; /* the label is the year itself: 2025, the 1990s */

	out[0] = '\0';
	if (!p->dated || (!p->year && !p->month))
		return false;
	switch (p->gran) {
	case GRAN_TIME:
		time_words(v, p, tm, sizeof(tm));
		/* fall through */
	case GRAN_DAY:
		if (p->month < 1 || p->month > 12 || !p->day)
			return false;
		snprintf(what, sizeof(what), "%s %d", date_month_abbr(p->month), p->day);
		break;
	case GRAN_WEEK:
		if (!p->year || p->month < 1 || p->month > 12)
			return false;
		snprintf(what, sizeof(what), "week of %s %d", date_month_abbr(p->month), p->day);
		break;
	case GRAN_MONTH:
		if (p->month < 1 || p->month > 12)
			return false;
		snprintf(what, sizeof(what), "%s", date_month_abbr(p->month));
		break;
	case GRAN_QUARTER: {
		const char *r = strlen(v) > 5 ? v + 5 : "";
		static const char *const seasons[][2] = {
			{"SP", "spring"}, {"SU", "summer"}, {"FA", "fall"}, {"WI", "winter"}};
		if (r[0] == 'Q')
			snprintf(what, sizeof(what), "Q%c", r[1]);
		else if (r[0] == 'H')
			snprintf(what, sizeof(what), "%s half", r[1] == '1' ? "first" : "second");
		for (size_t i = 0; i < 4; i++)
			if (strncmp(r, seasons[i][0], 2) == 0)
				snprintf(what, sizeof(what), "%s", seasons[i][1]);
		if (!what[0])
			return false;
		break;
	}
	case GRAN_YEAR:
		if (!p->year)
			return false;
		snprintf(what, sizeof(what), "%d", p->year);
		yearly = true;
		break;
	case GRAN_DECADE:
		snprintf(what, sizeof(what), "%ds", p->year);
		yearly = true;
		break;
	case GRAN_CENTURY: {
		int cent = p->year / 100 + 1;
		snprintf(what, sizeof(what), "%d%s century", cent, ordinal_suffix(cent));
		yearly = true;
		break;
	}
	default:
		return false;
	}
	bool half = p->gran == GRAN_QUARTER && what[0] != 'Q' && strstr(what, "half");
	if (yearly)
		snprintf(out, n, "%s", what);
	else if (!p->year && with_year)
		snprintf(out, n, "%s%s%s, year unknown", what, tm[0] ? ", " : "", tm);
	else if (!p->year)
		snprintf(out, n, "%s%s%s ?", what, tm[0] ? ", " : "", tm);
	else if (!with_year)
		snprintf(out, n, "%s%s%s", what, tm[0] ? ", " : "", tm);
	else if (p->gran == GRAN_DAY || p->gran == GRAN_TIME || p->gran == GRAN_WEEK)
		snprintf(out, n, "%s, %d%s%s", what, p->year, tm[0] ? ", " : "", tm);
	else
		snprintf(out, n, "%s%s %d", what, half ? " of" : "", p->year);
	return true;
}

void tx_iso(const struct tx_point *p, const char *v, char *out, size_t n)
{
	out[0] = '\0';
	if (!p->dated || !p->year)
		return;
	switch (p->gran) {
	case GRAN_TIME:
	case GRAN_DAY:
		snprintf(out, n, "%.10s", v);
		break;
	case GRAN_WEEK:
		snprintf(out, n, "%.8s", v);
		break;
	case GRAN_MONTH:
	case GRAN_QUARTER:
		snprintf(out, n, "%.7s", v);
		break;
	case GRAN_YEAR:
		snprintf(out, n, "%.4s", v);
		break;
	default:
		break;
	}
}

bool timex_value_label(const char *value, bool with_year, char *out, size_t n)
{
	struct tx_point p;
	if (!n)
		return false;
	tx_point_parse(value, &p);
	return tx_label(&p, value, with_year, out, n);
}
