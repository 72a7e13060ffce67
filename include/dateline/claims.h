/* claims: direct quotes, reported speech and attributions, with the speaker resolved. */
#ifndef DATELINE_CLAIMS_H
#define DATELINE_CLAIMS_H

#include "dateline/doc.h"

enum claim_kind {
	CLAIM_DIRECT,
	CLAIM_INDIRECT,
	CLAIM_ACCORDING_TO
};

struct claim {
	enum claim_kind kind;
	struct span content;    /* without quotation marks */
	struct span speaker;    /* start == end when there is none */
	struct span cue;        /* start == end when there is none */
	char *speaker_resolved; /* NULL when unknown; owned by the list */
	size_t paragraph;       /* 0-based */
};

struct claim_list {
	struct claim *items; /* text order */
	size_t n;
};

/* Finds the claims of the document. The caller frees the result with claim_list_free(). */
struct claim_list *claims_find(const struct doc *d);
/* Frees the list; accepts NULL. */
void claim_list_free(struct claim_list *l);
/* "direct", "indirect" or "according_to". */
const char *claim_kind_name(enum claim_kind k);

#endif
