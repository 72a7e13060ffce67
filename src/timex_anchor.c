/* timex_anchor: the policy that settles a document's anchor date, shared by every front end. */
#include "dateline/timex.h"

void timex_settle_anchor(struct doc *d, const struct date *given)
{
	enum doc_anchor_from from;
	struct date a;

	if (given) {
		doc_set_anchor(d, *given, ANCHOR_OPTION);
		return;
	}
	doc_anchor(d, &from);
	if (from == ANCHOR_NONE && timex_find_anchor(d, &a))
		doc_set_anchor(d, a, ANCHOR_TEXT);
}
