/* timex_anchor: the policy that settles a document's anchor date, shared by every front end. */
#include "dateline/timex.h"

#include <time.h>

/* The year after this one, by the clock: a name's date later than that is no publication date. */
static int next_year(void)
{
	time_t now = time(NULL);
	struct tm tm;

	return gmtime_r(&now, &tm) ? tm.tm_year + 1900 + 1 : 2100;
}

void timex_settle_anchor(struct doc *d, const struct date *given)
{
	enum doc_anchor_from from;
	struct date a;

	if (given) {
		doc_set_anchor(d, *given, ANCHOR_OPTION);
		return;
	}
	doc_anchor(d, &from);
	if (from != ANCHOR_NONE)
		return;
	if (timex_find_anchor(d, &a))
		doc_set_anchor(d, a, ANCHOR_TEXT);
	else if (doc_name_date(d, next_year(), &a))
		doc_set_anchor(d, a, ANCHOR_NAME);
}
