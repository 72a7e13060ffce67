/* claims: quotes, reported speech and attributions. (Placeholder until the claims engine lands:
 * finds nothing.) */
#include "dateline/claims.h"

#include <stdlib.h>

struct claim_list *claims_find(const struct doc *d)
{
	(void)d;
	return xcalloc(1, sizeof(struct claim_list));
}

void claim_list_free(struct claim_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].speaker_resolved);
	free(l->items);
	free(l);
}

const char *claim_kind_name(enum claim_kind k)
{
	static const char *const names[] = {"direct", "indirect", "according_to"};
	return names[k];
}
