/* timex: finding and normalising date expressions. (Placeholder until the timeline engine lands:
 * finds nothing.) */
#include "dateline/timex.h"

#include <stdlib.h>

bool timex_find_anchor(const struct doc *d, struct doc_date *out)
{
	(void)d;
	(void)out;
	return false;
}

struct timex_list *timex_find(const struct doc *d)
{
	(void)d;
	return xcalloc(1, sizeof(struct timex_list));
}

void timex_list_free(struct timex_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nevents; i++)
		free(l->events[i].summary);
	free(l->events);
	free(l->items);
	free(l);
}

const char *timex_type_name(enum timex_type t)
{
	static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
	return names[t];
}
