/* claims: the engine's entry: reads the document block by block, analyses each sentence and returns
 * the claims in text order. */
#include "dateline/claims.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims_int.h"

/* True when token i is a dash that may sign a quotation: a dash or a horizontal bar (―). */
static bool signing_dash(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	return tok_dash(e, i) || (t->kind == TOK_PUNCT && t->end - t->start == 3 &&
				  memcmp(e->text + t->start, "\xE2\x80\x95", 3) == 0);
}

/* Searches the sentence [a, b) for cues, colons and signing dashes outside quotations. */
static void analyse_sentence(struct engine *e, size_t a, size_t b)
{
	e->sent_src.start = e->sent_src.end = 0;
	e->frame_end = a;
	e->sent_first = e->nout;
	for (size_t i = a; i < b; i++) {
		const struct tok *t = &e->t[i];
		if (t->flags & (TOKF_INQ | TOKF_USED))
			continue;
		if (t->kind == TOK_WORD && t->cue && claims_cue_verb(e, i)) {
			size_t before = e->nout;
			claims_try_cue(e, a, b, i);
			if (e->nout > before)
				e->frame_end = i + 1;
		} else if (tok_punct(e, i, ':')) {
			claims_try_colon(e, a, i);
		} else if (signing_dash(e, i)) {
			claims_try_dash(e, b, i);
		}
	}
}

/* Analyses the block's sentences in order. */
static void analyse_block(struct engine *e)
{
	for (size_t a = 0; a < e->nt;) {
		size_t b = a;
		while (b < e->nt && e->t[b].sent == e->t[a].sent)
			b++;
		analyse_sentence(e, a, b);
		a = b;
	}
}

static int cmp_claim(const void *x, const void *y)
{
	const struct claim *a = x, *b = y;

	if (a->content.start != b->content.start)
		return a->content.start < b->content.start ? -1 : 1;
	if (a->content.end != b->content.end)
		return a->content.end > b->content.end ? -1 : 1; /* the holding claim first */
	return a->cue.start < b->cue.start ? -1 : a->cue.start > b->cue.start;
}

/* Sorts the claims into text order and drops each whose content repeats the one before. */
static void sort_unique(struct engine *e)
{
	size_t w = 1;

	if (e->nout < 2)
		return;
	qsort(e->out, e->nout, sizeof(*e->out), cmp_claim);
	for (size_t i = 1; i < e->nout; i++) {
		if (e->out[i].content.start == e->out[w - 1].content.start &&
		    e->out[i].content.end == e->out[w - 1].content.end) {
			free(e->out[i].speaker_resolved);
			free(e->out[i].quote);
			continue;
		}
		e->out[w++] = e->out[i];
	}
	e->nout = w;
}

/* Sets each claim's parent: the nearest claim before it whose content holds its content. The
 * claims are in text order, a holding claim before those it holds. */
static void set_parents(struct claim *c, size_t n)
{
	size_t *stack = xmalloc((n ? n : 1) * sizeof(*stack)), top = 0;

	for (size_t i = 0; i < n; i++) {
		while (top > 0 && c[stack[top - 1]].content.end < c[i].content.end)
			top--;
		c[i].parent = top > 0 ? stack[top - 1] : CLAIM_NONE;
		stack[top++] = i;
	}
	free(stack);
}

/* A hash of s, case-folded. */
static uint64_t fold_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s)) * 1099511628211ull;
	return h;
}

/* Gives every speaker one number, from 0 in order of appearance: claims whose resolved
 * speakers are the same name (case aside) share it; a claim with none has CLAIM_NONE. */
static void set_speaker_ids(struct claim *c, size_t n)
{
	size_t cap = 16, next = 0;
	size_t *slot; /* claim index + 1 of each speaker's first claim; 0 empty */

	while (cap < 2 * n)
		cap *= 2;
	slot = xcalloc(cap, sizeof(*slot));
	for (size_t i = 0; i < n; i++) {
		size_t h;
		if (!c[i].speaker_resolved || !*c[i].speaker_resolved)
			continue;
		for (h = fold_hash(c[i].speaker_resolved) & (cap - 1); slot[h];
		     h = (h + 1) & (cap - 1))
			if (strcasecmp(c[slot[h] - 1].speaker_resolved, c[i].speaker_resolved) == 0)
				break;
		if (!slot[h]) {
			slot[h] = i + 1;
			c[i].speaker_id = next++;
		} else {
			c[i].speaker_id = c[slot[h] - 1].speaker_id;
		}
	}
	free(slot);
}

struct claim_list *claims_find(const struct doc *d)
{
	return claims_find_with(d, NULL);
}

struct claim_list *claims_find_with(const struct doc *d, const struct coref *c)
{
	struct engine e;
	struct coref *own = c ? NULL : coref_build(d);
	struct claim_list *l = xcalloc(1, sizeof(*l));
	size_t np = doc_paragraph_count(d);

	claims_lex_init();
	memset(&e, 0, sizeof(e));
	e.d = d;
	e.text = doc_text(d, &e.len);
	e.open = SIZE_MAX;
	e.co = c ? c : own;
	for (size_t p = 0; p < np;) {
		p = claims_block_read(&e, p);
		analyse_block(&e);
	}
	free(e.t);
	coref_free(own);
	sort_unique(&e);
	set_parents(e.out, e.nout);
	set_speaker_ids(e.out, e.nout);
	l->items = e.out;
	l->n = e.nout;
	return l;
}

void claim_list_free(struct claim_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].speaker_resolved);
		free(l->items[i].quote);
	}
	free(l->items);
	free(l);
}

const char *claim_kind_name(enum claim_kind k)
{
	static const char *const names[] = {"direct", "indirect", "according_to"};
	return names[k];
}
