/* claims_lists: the word lists of tok_among(), each split once per engine and its words found by
 * hash, and the list bits that turn most words away without a look (claims_among()). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* One listed word: its hash, where it starts in the list, its length. */
struct listed {
	uint32_t h;
	unsigned short off;
	unsigned char len;
};

/* One list, split, its words found by hash (slot: index + 1, 0 empty; nslot a power of two, at
 * most half full); raw when it holds a word with a character no token key has ("didn’t"): a
 * token with no key is then read against its text. */
struct claims_list {
	struct listed *w;
	size_t n;
	unsigned short *slot;
	size_t nslot;
	bool raw;
};

struct claims_lists *claims_lists_new(void)
{
	struct claims_lists *l = xcalloc(1, sizeof(*l));

	l->nslots = 1024;
	l->shift = 64 - 10;
	l->seen = xcalloc(l->nslots, sizeof(*l->seen));
	l->body = xcalloc(l->nslots, sizeof(*l->body));
	return l;
}

void claims_lists_free(struct claims_lists *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nslots; i++) {
		free(l->body[i].w);
		free(l->body[i].slot);
	}
	free(l->seen);
	free(l->body);
	free(l);
}

static size_t slot_of(const struct claims_lists *l, const char *words)
{
	size_t j = claims_list_slot(l, words);

	while (l->seen[j].words && l->seen[j].words != words)
		j = (j + 1) & (l->nslots - 1);
	return j;
}

/* Splits `words` into d, its words' bits and whether it is raw into *s. */
static void split_list(struct claims_list *d, struct claims_seen *s, const char *words)
{
	size_t cap = 0;

	for (const char *w = words; *w;) {
		const char *end = strchr(w, ' ');
		size_t len = end ? (size_t)(end - w) : strlen(w);
		struct text_word_key k;
		if (len > 0) {
			if (!text_words_key(w, len, &k) || (size_t)(w - words) > USHRT_MAX) {
				d->raw = true; /* a character no key has */
			} else {
				d->w = xgrow(d->w, &cap, d->n + 1, sizeof(*d->w));
				d->w[d->n++] = (struct listed){k.h, (unsigned short)(w - words),
							       (unsigned char)len};
				s->some |= claims_key_bit(k.h);
				s->more |= claims_key_bit2(k.h);
			}
		}
		w += end ? len + 1 : len;
	}
	for (d->nslot = 4; d->nslot < 2 * d->n; d->nslot *= 2)
		;
	d->slot = xcalloc(d->nslot, sizeof(*d->slot));
	for (size_t k = 0; k < d->n; k++) {
		size_t j = d->w[k].h & (d->nslot - 1);
		while (d->slot[j])
			j = (j + 1) & (d->nslot - 1);
		d->slot[j] = (unsigned short)(k + 1);
	}
	s->raw = d->raw;
}

/* Adds the list `words`, not in l yet, split; returns its slot. Once per list and engine. */
DL_COLD static size_t list_add(struct claims_lists *l, const char *words)
{
	size_t j = slot_of(l, words);

	if (4 * (l->used + 1) > l->nslots) {
		struct claims_lists grown = {xcalloc(2 * l->nslots, sizeof(*l->seen)),
					     xcalloc(2 * l->nslots, sizeof(*l->body)),
					     2 * l->nslots, l->used, l->shift - 1};
		for (size_t i = 0; i < l->nslots; i++) {
			if (!l->seen[i].words)
				continue;
			size_t k = slot_of(&grown, l->seen[i].words);
			grown.seen[k] = l->seen[i];
			grown.body[k] = l->body[i];
		}
		free(l->seen);
		free(l->body);
		*l = grown;
		j = slot_of(l, words);
	}
	l->seen[j].words = words;
	split_list(&l->body[j], &l->seen[j], words);
	l->used++;
	return j;
}

/* The old way, for a raw list: each word against the token's text. */
DL_COLD static bool among_text(const struct engine *e, const struct tok *t, const char *words)
{
	size_t n = t->end - t->start;

	for (const char *w = words; *w;) {
		const char *end = strchr(w, ' ');
		size_t len = end ? (size_t)(end - w) : strlen(w);
		if (len == n && strncasecmp(e->text + t->start, w, n) == 0)
			return true;
		w += end ? len + 1 : len;
	}
	return false;
}

/* True when the keyed token t is one of the list d's words (`words`). */
DL_COLD static bool among_list(const struct engine *e, const struct tok *t,
			       const struct claims_list *d, const char *words)
{
	size_t n = t->end - t->start;

	for (size_t k = t->key & (d->nslot - 1); d->slot[k]; k = (k + 1) & (d->nslot - 1)) {
		const struct listed *w = &d->w[d->slot[k] - 1];
		if (w->h == t->key && w->len == n &&
		    text_ascii_eq(e->text + t->start, words + w->off, n))
			return true;
	}
	return false;
}

static bool among_new(const struct engine *e, size_t i, const char *words);

/* Most tokens asked about are in no list asked and are turned away by the list's bits alone:
 * that test is all this function does itself; it hands the rest (a list asked for the first
 * time, a word that may be listed, a token with no key) to functions kept out of it. */
bool claims_among(const struct engine *e, size_t i, const char *words)
{
	const struct claims_lists *l = e->lists;
	size_t j = slot_of(l, words);
	const struct tok *t = &e->t[i];

	if (!l->seen[j].words)
		return among_new(e, i, words);
	/* a token with no key is no word a key has; one with a key none of the others */
	if (!claims_seen_may(&l->seen[j], t))
		return false; /* no listed word has the token's hash */
	if (!(t->flags & TOKF_KEY))
		return among_text(e, t, words);
	return among_list(e, t, &l->body[j], words);
}

/* claims_among() for a list asked for the first time: splits it, then asks. */
DL_COLD static bool among_new(const struct engine *e, size_t i, const char *words)
{
	list_add(e->lists, words);
	return claims_among(e, i, words);
}
