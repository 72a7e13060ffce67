/* text_pool: one copy of each distinct short string (a timex list's values and labels, the claims'
 * speakers), packed into a few chunks. */
#include <stdlib.h>
#include <string.h>

#include "dateline/text.h"

/* Strings are packed into chunks of CHUNK bytes (a longer one gets a chunk of its own), so a
 * million expressions keep their few thousand distinct values in a few pages. */
enum {
	CHUNK = 16384
};

struct text_chunk {
	struct text_chunk *next;
	size_t used, cap;
	char data[];
};

struct text_pool {
	struct text_chunk *chunks; /* the newest first */
	const char **slots;        /* open addressing: the strings, NULL for a free slot */
	size_t *lens;              /* the strings' lengths (a string may hold NUL bytes) */
	size_t nslots, n;          /* nslots a power of two, n below half of it */
};

static char *pool_store(struct text_pool *p, const char *s, size_t n)
{
	struct text_chunk *c = p->chunks;
	if (!c || c->cap - c->used < n + 1) {
		size_t cap = n + 1 > CHUNK ? n + 1 : CHUNK;
		c = xmalloc(sizeof(*c) + cap);
		c->used = 0;
		c->cap = cap;
		c->next = p->chunks;
		p->chunks = c;
	}
	char *out = c->data + c->used;
	memcpy(out, s, n);
	out[n] = '\0';
	c->used += n + 1;
	return out;
}

static void pool_rehash(struct text_pool *p)
{
	size_t nslots = p->nslots ? p->nslots * 2 : 256;
	const char **slots = xcalloc(nslots, sizeof(*slots));
	size_t *lens = xcalloc(nslots, sizeof(*lens));
	for (size_t i = 0; i < p->nslots; i++) {
		const char *s = p->slots[i];
		if (!s)
			continue;
		size_t h = (size_t)text_hash(s, p->lens[i]) & (nslots - 1);
		while (slots[h])
			h = (h + 1) & (nslots - 1);
		slots[h] = s;
		lens[h] = p->lens[i];
	}
	free((void *)p->slots);
	free(p->lens);
	p->slots = slots;
	p->lens = lens;
	p->nslots = nslots;
}

const char *text_intern(struct text_pool **pp, const char *s, size_t n)
{
	if (!*pp)
		*pp = xcalloc(1, sizeof(**pp));
	struct text_pool *p = *pp;
	if ((p->n + 1) * 2 > p->nslots)
		pool_rehash(p);
	size_t h = (size_t)text_hash(s, n) & (p->nslots - 1);
	for (; p->slots[h]; h = (h + 1) & (p->nslots - 1))
		if (p->lens[h] == n && memcmp(p->slots[h], s, n) == 0)
			return p->slots[h];
	p->slots[h] = pool_store(p, s, n);
	p->lens[h] = n;
	p->n++;
	return p->slots[h];
}

void text_pool_adopt(struct text_pool **into, struct text_pool *from)
{
	if (!from)
		return;
	if (!*into) {
		*into = from;
		return;
	}
	struct text_chunk **tail = &(*into)->chunks;
	while (*tail)
		tail = &(*tail)->next;
	*tail = from->chunks;
	free((void *)from->slots);
	free(from->lens);
	free(from);
}

void text_pool_free(struct text_pool *p)
{
	if (!p)
		return;
	for (struct text_chunk *c = p->chunks, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free((void *)p->slots);
	free(p->lens);
	free(p);
}
