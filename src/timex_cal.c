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
	if (v[0] == 'B' && v[1] == 'C' && v[2] >= '0' && v[2] <= '9') {
		/* before Christ: "BC0480-SU" is year -480; a decade "BC047" and a century "BC03"
		 * are placed at their first (earliest) year, -479 and -399 */
		tx_point_parse(v + 2, p);
		if (p->dated && p->year > 0)
			p->year = p->gran == GRAN_DECADE    ? -(p->year + 9)
				  : p->gran == GRAN_CENTURY ? -(p->year + 99)
							    : -p->year;
		else
			memset(p, 0, sizeof(*p)), p->gran = GRAN_NONE;
		return;
	}
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

bool tx_placeable(const struct tx_point *p)
{
	if (!p->dated || (!p->year && !p->month))
		return false;
	switch (p->gran) {
	case GRAN_TIME:
	case GRAN_DAY:
		return p->month >= 1 && p->month <= 12 && p->day;
	case GRAN_WEEK:
		return p->year && p->month >= 1 && p->month <= 12;
	case GRAN_MONTH:
		return p->month >= 1 && p->month <= 12;
	case GRAN_YEAR:
		return p->year != 0;
	case GRAN_QUARTER:
	case GRAN_DECADE:
	case GRAN_CENTURY:
		return true;
	default:
		return false;
	}
}

/* A label being written: out[0..n), always NUL-terminated, cut short when full. Labels are
 * written for every event, so without printf. */
struct lbl {
	char *out;
	size_t n, len;
};

static void put(struct lbl *l, const char *s)
{
	while (*s && l->len + 1 < l->n)
		l->out[l->len++] = *s++;
	l->out[l->len] = '\0';
}

static void put_int(struct lbl *l, int v)
{
	char d[12];
	int k = 0;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	do {
		d[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u && k < 11);
	if (v < 0)
		d[k++] = '-';
	while (k && l->len + 1 < l->n)
		l->out[l->len++] = d[--k];
	l->out[l->len] = '\0';
}

/* A year as a reader says it: "2025", "481 BC". */
static void put_year(struct lbl *l, int y)
{
	put_int(l, y < 0 ? -y : y);
	if (y < 0)
		put(l, " BC");
}

bool tx_weekend(const char *v)
{
	size_t n = strlen(v);
	return n > 3 && strcmp(v + n - 3, "-WE") == 0;
}

bool tx_weekend_saturday(const struct tx_point *p, const char *v, int *m, int *d)
{
	int y, sm, sd;
	if (!p->year || !tx_weekend(v))
		return false;
	date_from_days(date_to_days(p->year, p->month, p->day) + 5, &y, &sm, &sd);
	if (y != p->year)
		return false;
	*m = sm;
	*d = sd;
	return true;
}

bool tx_label(const struct tx_point *p, const char *v, bool with_year, char *out, size_t n)
{
	char tm[16] = "";
	struct lbl l = {out, n, 0};

	out[0] = '\0';
	if (!n || !tx_placeable(p))
		return false;
	if (v[0] == 'B' && v[1] == 'C')
		v += 2; /* "BC0480-SU": the parts read as after a year of four digits */
	/* what the date is, without its year */
	switch (p->gran) {
	case GRAN_TIME:
		time_words(v, p, tm, sizeof(tm));
		/* fall through */
	case GRAN_DAY:
		put(&l, date_month_abbr(p->month));
		put(&l, " ");
		put_int(&l, p->day);
		break;
	case GRAN_WEEK: {
		/* a weekend ("2016-W38-WE", "this weekend") is named by its Saturday, when that
		 * falls in the week's year */
		int m = p->month, d = p->day;
		bool weekend = tx_weekend_saturday(p, v, &m, &d);
		put(&l, weekend ? "weekend of " : "week of ");
		put(&l, date_month_abbr(m));
		put(&l, " ");
		put_int(&l, d);
		break;
	}
	case GRAN_MONTH:
		put(&l, date_month_abbr(p->month));
		break;
	case GRAN_QUARTER: {
		const char *r = strlen(v) > 5 ? v + 5 : "";
		static const char *const seasons[][2] = {
			{"SP", "spring"}, {"SU", "summer"}, {"FA", "fall"}, {"WI", "winter"}};
		if (r[0] == 'Q' && r[1]) {
			char q[3] = {'Q', r[1], '\0'};
			put(&l, q);
		} else if (r[0] == 'H') {
			put(&l, r[1] == '1' ? "first half" : "second half");
		}
		for (size_t i = 0; i < 4; i++)
			if (strncmp(r, seasons[i][0], 2) == 0)
				put(&l, seasons[i][1]);
		if (!l.len)
			return false;
		break;
	}
	case GRAN_YEAR:
		put_year(&l, p->year);
		return true;
	case GRAN_DECADE:
		put_int(&l, p->year < 0 ? -p->year / 10 * 10 : p->year);
		put(&l, p->year < 0 ? "s BC" : "s");
		return true;
	case GRAN_CENTURY: {
		int cent = (p->year < 0 ? -p->year : p->year) / 100 + 1;
		put_int(&l, cent);
		put(&l, ordinal_suffix(cent));
		put(&l, p->year < 0 ? " century BC" : " century");
		return true;
	}
	default:
		return false;
	}
	/* then the time of day, and the year where it is known and wanted */
	bool daily = p->gran == GRAN_DAY || p->gran == GRAN_TIME || p->gran == GRAN_WEEK;
	if (p->year && with_year && daily) {
		put(&l, ", ");
		put_year(&l, p->year);
	}
	if (tm[0]) {
		put(&l, ", ");
		put(&l, tm);
	}
	if (!p->year) {
		put(&l, with_year ? ", year unknown" : " ?");
	} else if (with_year && !daily) {
		put(&l,
		    p->gran == GRAN_QUARTER && out[0] != 'Q' && strstr(out, "half") ? " of " : " ");
		put_year(&l, p->year);
	}
	return true;
}

void tx_iso(const struct tx_point *p, const char *v, char *out, size_t n)
{
	size_t k = 0;
	if (!n)
		return;
	out[0] = '\0';
	if (!p->dated || p->year <= 0)
		return; /* an unknown year; a year before Christ has no plain ISO form */
	switch (p->gran) {
	case GRAN_TIME:
	case GRAN_DAY:
		k = 10;
		break;
	case GRAN_WEEK:
		k = 8;
		break;
	case GRAN_MONTH:
	case GRAN_QUARTER:
		k = 7;
		break;
	case GRAN_YEAR:
		k = 4;
		break;
	default:
		return;
	}
	k = strnlen(v, k);
	if (k >= n)
		k = n - 1;
	memcpy(out, v, k);
	out[k] = '\0';
}

bool timex_value_label(const char *value, bool with_year, char *out, size_t n)
{
	struct tx_point p;
	if (!n)
		return false;
	tx_point_parse(value, &p);
	return tx_label(&p, value, with_year, out, n);
}
