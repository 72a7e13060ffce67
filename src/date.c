/* date: calendar arithmetic (day numbers after Howard Hinnant's days_from_civil, weekdays of a
 * month, Easter), ISO parsing and the month names every module shares. */
#include "dateline/date.h"

#include <string.h>
#include <strings.h>

static const char *const month_names[12] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

static const char *const month_abbrs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

int date_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && (year == 0 || (year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return days[month - 1];
}

bool date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
	       day <= date_days_in_month(year, month);
}

bool date_parse_iso(const char *s, struct date *out)
{
	int v[3] = {0, 0, 0};
	static const int widths[3] = {4, 2, 2};
	size_t i = 0;

	for (int f = 0; f < 3; f++) {
		if (f > 0 && s[i++] != '-')
			return false;
		for (int k = 0; k < widths[f]; k++, i++) {
			if (s[i] < '0' || s[i] > '9')
				return false;
			v[f] = v[f] * 10 + (s[i] - '0');
		}
	}
	if (s[i] != '\0' || !date_valid(v[0], v[1], v[2]))
		return false;
	out->year = v[0];
	out->month = v[1];
	out->day = v[2];
	return true;
}

long date_to_days(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

int date_weekday(long z)
{
	return (int)(((z + 3) % 7 + 7) % 7) + 1;
}

void date_isoweek(long z, int *year, int *week)
{
	long thu = z - date_weekday(z) + 4;
	int y, m, d;

	date_from_days(thu, &y, &m, &d);
	*year = y;
	*week = (int)((thu - date_to_days(y, 1, 1)) / 7) + 1;
}

long date_isoweek_start(int year, int week)
{
	/* January 4 is always in week 1 */
	long jan4 = date_to_days(year, 1, 4);
	return jan4 - date_weekday(jan4) + 1 + 7L * (week - 1);
}

int date_nth_weekday(int year, int month, int weekday, int n)
{
	int last = date_days_in_month(year, month);
	int d;

	if (!last || weekday < 1 || weekday > 7 || n == 0 || n > 5 || n < -5)
		return 0;
	if (n > 0) {
		int first = date_weekday(date_to_days(year, month, 1));
		d = 1 + (weekday - first + 7) % 7 + 7 * (n - 1);
	} else {
		int lastwd = date_weekday(date_to_days(year, month, last));
		d = last - (lastwd - weekday + 7) % 7 + 7 * (n + 1);
	}
	return d >= 1 && d <= last ? d : 0;
}

/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher), with its customary letters. */
void date_easter(int year, int *month, int *day)
{
	int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;

	*month = (h + l - 7 * m + 114) / 31;
	*day = (h + l - 7 * m + 114) % 31 + 1;
}

const char *date_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month - 1] : NULL;
}

const char *date_month_abbr(int month)
{
	return month >= 1 && month <= 12 ? month_abbrs[month - 1] : NULL;
}

int date_month_parse(const char *w, size_t n)
{
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(month_names[m]);
		if (n > full || strncasecmp(w, month_names[m], n) != 0)
			continue;
		if (n == full || n <= 4)
			return m + 1;
	}
	return 0;
}
