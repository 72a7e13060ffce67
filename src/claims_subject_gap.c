/* claims_subject_gap: a relative clause with no "that" whose subject a speech tag sits in front
 * of ("attack code he said exploits the flaw"): the tag's content has the noun before the
 * source for its subject. */
#include <string.h>

#include "claims_int.h"

/* True when token k is a lowercase word of no class and no cue: a noun, as far as the lists
 * know. */
static bool bare_noun(const struct engine *e, size_t k)
{
	return tok_unlisted(e, k, TOKF_CAP | TOKF_DIGIT | TOKF_INQ) && !word_ends(e, k, "ly");
}

/* True when the lowercase word at k may be a finite verb with no subject before it: a verb of
 * the lists, or a word in "-s" or "-ed" with no cue ("exploits", "improved"). */
static bool bare_verb(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || t->cue ||
	    ((e->text[t->start] | 0x20) == 'w' && (e->text[t->start + 1] | 0x20) == 'h') ||
	    memchr(e->text + t->start, '\'', t->end - t->start))
		return false; /* "what's", "where's": a clause of its own */
	return (t->word & WORD_VERB) || word_ends(e, k, "ed") || (word_plain_s(e, k) && !t->word);
}

bool claims_bare_relative(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb;

	/* a verb of saying or thinking that takes a clause ("things he wanted was": an object) */
	if (!(f->cue & CUE_VERB) || (f->cue & (CUE_INFONLY | CUE_NP | CUE_PREPONLY | CUE_QUOTEONLY |
					       CUE_DOC | CUE_OBJ | CUE_TAGONLY)))
		return false;
	if (!(f->sb == f->sa + 1 && f->sa >= f->a + 2 && q + 1 < f->b &&
	      tok_among(e, f->sa, "he she they i we") && bare_noun(e, f->sa - 1) &&
	      e->t[f->sa - 2].kind == TOK_WORD && !(e->t[f->sa - 2].word & WORD_VERB) &&
	      bare_verb(e, q) && e->t[q + 1].kind == TOK_WORD))
		return false;
	/* "In the interview he said voters want change": a phrase after a preposition that opens
	 * the sentence says where or when; the pronoun is the sentence's subject */
	size_t h = f->sa - 1;
	if (h > f->a && tok_among(e, h - 1, "a an the this that his her their its our"))
		h--;
	return !(h > f->a && (e->t[h - 1].word & WORD_PREP) &&
		 (h - 1 == 0 || e->t[h - 2].sent != e->t[h - 1].sent));
}
