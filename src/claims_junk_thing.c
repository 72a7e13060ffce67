/* claims_junk_thing: a participle cue right after the noun of a made thing ("signs pointing out
 * the exits", "a version of the brand highlighting its roots") modifies the noun; no one
 * speaks. */
#include "claims_int.h"

/* True when the lowercase word at k names a made thing that carries no words of anyone's: a
 * product and its kinds ("brand", "version"), a sign or a light that points the way, a
 * building or a road. Words that carry a message ("statement", "letter", "ad",
 * "placards", "petitions", "website") are not here: PolNeAR marks "placards supporting
 * Sanders" and "a parody website asking for proposals" as attributions. */
static bool thing_noun(const struct engine *e, size_t k)
{
	return tok_among(
		e, k,
		"arrow arrows brand brands building buildings car cars device devices door "
		"doors edition editions exit exits lamp lamps light lights machine "
		"machines product products road roads sign signs street streets tool tools "
		"version versions wall walls");
}

bool claims_participle_of_thing(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, k = c - 1;

	if (!(f->cue & CUE_ING) || f->qa != c || c < f->a + 1 || c == 0 ||
	    e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
	    e->t[k].cue || word_ends(e, k, "ly") || word_ends(e, k, "ing") ||
	    word_possessive(e, k) ||
	    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_CONJ | WORD_SUBORD | WORD_REL |
			     WORD_PREP | WORD_DET | WORD_ADV | WORD_TIME)))
		return false;
	/* "a sign saying “Jews Against Trump”": words the sign carries, its holder's */
	if (f->kind == CLAIM_DIRECT)
		return false;
	for (size_t p = claims_tok_at(e, f->cs), n = 0; p < e->nt && n < 3; p++, n++)
		if (e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_INQ))
			return false;
	return thing_noun(e, k);
}
