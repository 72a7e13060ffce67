/* timex_internal: what the timex sources share (calendar arithmetic, value parsing, events). */
#ifndef DATELINE_TIMEX_INTERNAL_H
#define DATELINE_TIMEX_INTERNAL_H

#include "dateline/timex.h"

/* Days since 1970-01-01 of a Gregorian date (proleptic; any year). */
long tx_days(int y, int m, int d);
/* The date of a day number. */
void tx_civil(long z, int *y, int *m, int *d);
/* ISO weekday 1 (Monday) .. 7 (Sunday) of a day number. */
int tx_weekday(long z);
/* ISO week-numbering year and week of a day number. */
void tx_isoweek(long z, int *year, int *week);

/* A TIMEX3 value read back for ordering and labels: year 0 = unknown (XXXX); month/day 0 = not
 * given; `gran` is 0 for the finest (time) up to 9 for a century, so coarser sorts first. */
struct tx_point {
	int year, month, day, minute;
	int gran;
	bool dated; /* a calendar value (not PAST_REF, a duration, ...) */
};
void tx_point_parse(const char *value, struct tx_point *p);

/* Builds the events (the timeline) of a list whose items are found; see timex.h. */
void tx_events_build(const struct doc *d, struct timex_list *l);

#endif
