/* claims: the engine's entry: reads the document block by block, analyses each sentence and returns
 * the claims in text order. */
#include "dateline/claims.h"

#include <stdlib.h>
#include <string.h>

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
	claims_note_subject(e, a, b);
	for (size_t i = a; i < b; i++) {
		const struct tok *t = &e->t[i];
		if (t->flags & (TOKF_INQ | TOKF_USED))
			continue;
		if (t->kind == TOK_WORD && claims_cue_verb(e, i)) {
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
		return a->content.end < b->content.end ? -1 : 1;
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
			continue;
		}
		e->out[w++] = e->out[i];
	}
	e->nout = w;
}

struct claim_list *claims_find(const struct doc *d)
{
	struct engine e;
	struct claim_list *l = xcalloc(1, sizeof(*l));
	size_t np = doc_paragraph_count(d);

	claims_lex_init();
	memset(&e, 0, sizeof(e));
	e.d = d;
	e.text = doc_text(d, &e.len);
	e.open = SIZE_MAX;
	for (size_t p = 0; p < np;) {
		p = claims_block_read(&e, p);
		analyse_block(&e);
	}
	free(e.t);
	sort_unique(&e);
	l->items = e.out;
	l->n = e.nout;
	return l;
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
