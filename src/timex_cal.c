/* timex_cal: reading TIMEX3 values back as calendar points, for ordering and labels. */
#include "timex_int.h"

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
