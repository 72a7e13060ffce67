/* timex_internal: what the timex sources share (value parsing, events). */
#ifndef DATELINE_TIMEX_INTERNAL_H
#define DATELINE_TIMEX_INTERNAL_H

#include "dateline/date.h"
#include "dateline/timex.h"

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
