/* claims_frames_charge: a charge or a verdict told in the passive, its judge after "by" ("Trump
 * has been criticized by some of his rivals for failing to ...", "Roof is accused of killing
 * nine people", "His comments were quickly derided by Armin Laschet"; claims_try_charge). */
#include "claims_int.h"

/* The participles of a charge or a verdict that a passive tells with its judge after "by" or its
 * grounds after "for", "of" or "as". */
static const char charge_verbs[] = "accused attacked blasted chided condemned criticized denounced "
				   "derided lambasted mocked praised slammed";

/* Those that may tell a blow, not a word ("was attacked by a man with a knife", "was slammed by
 * the storm"): a charge only with its grounds after "for", "over" or "as". */
static const char blow_verbs[] = "attacked blasted slammed";

/* The word after the participle at k (before b) that opens the charge's grounds: "for" ("for
 * failing to"), "of" (only after "accused"), "as" ("condemned as fearmongering"), "over" (after
 * a verb of a blow); SIZE_MAX when none does. */
static size_t grounds_at(const struct engine *e, size_t c, size_t k, size_t b)
{
	if (k + 1 >= b || (e->t[k].flags & TOKF_INQ) || e->t[k + 1].kind == TOK_PUNCT)
		return SIZE_MAX;
	if (tok_is(e, c, "accused"))
		return tok_is(e, k, "of") ? k : SIZE_MAX;
	if (tok_among(e, k, "as for") || (tok_is(e, k, "over") && tok_among(e, c, blow_verbs)))
		return k;
	return SIZE_MAX;
}

bool claims_try_charge(struct engine *e, struct frame *f)
{
	size_t c = f->c, v = c, sa, q, k = c + 1, by, end, g, lim = 0;

	if (!tok_among(e, c, charge_verbs) || (e->t[c].flags & TOKF_INQ) || c + 2 >= f->b)
		return false;
	/* "has been widely condemned", "was quickly derided", "is also accused" */
	while (v > f->a + 1 && v + 3 > c && e->t[v - 1].kind == TOK_WORD &&
	       !(e->t[v - 1].flags & TOKF_CAP) &&
	       ((e->t[v - 1].word & WORD_ADV) || word_ends(e, v - 1, "ly") ||
		tok_among(e, v - 1, "also already")))
		v--;
	if (v == f->a || !tok_be(e, v - 1) || tok_is(e, v - 1, "being"))
		return false;
	/* a charge nobody is named for ("is accused of", "has been criticized for") leaves the
	 * reader no speaker: no claim */
	if (!tok_is(e, k, "by") || (e->t[k].flags & TOKF_INQ))
		return false;
	by = k;
	end = claims_agent_end(e, by + 1, f->b);
	/* the judge ends where the grounds, a place or a time begin ("by some of his rivals for
	 * failing", "by libertarians on social media", "by Trump already as") */
	for (size_t j = by + 2; j < end; j++)
		if (((e->t[j].word & (WORD_PREP | WORD_ADV | WORD_TIME)) && !tok_is(e, j, "of")) ||
		    tok_among(e, j, "already as for over") ||
		    (tok_is(e, j, "of") && tok_is(e, c, "accused") && j + 1 < end &&
		     word_ends(e, j + 1, "ing"))) {
			end = j;
			break;
		}
	if (end == by + 1)
		return false; /* "by 2020", "by far" */
	for (k = end; k < f->b && k < end + 2 && e->t[k].kind == TOK_WORD &&
		      ((e->t[k].word & WORD_ADV) || tok_is(e, k, "already"));
	     k++)
		; /* "by Trump already as a script-addicted debater" */
	/* the grounds, or the judge alone ("were quickly derided by Armin Laschet, who ...") */
	g = grounds_at(e, c, k, f->b);
	if ((g == SIZE_MAX && (tok_is(e, c, "accused") || tok_among(e, c, blow_verbs))) ||
	    !claims_passive_subject(e, f, v, &sa, &q))
		return false;
	if (g != SIZE_MAX) {
		lim = claims_clause_limit(e, g + 1, f->b, false);
		/* "for suggesting that ...": a cue in the grounds has a claim of its own, its speaker
		 * the one charged, not the judge */
		for (size_t j = g + 1; j < lim; j++)
			if ((e->t[j].cue & CUE_VERB) && claims_cue_verb(e, j))
				return false;
	}
	f->qa = q;
	f->qb = c + 1;
	f->sa = by + 1;
	f->sb = end;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[sa].start;
	/* the subject and its charge to the clause's end ("Trump has been criticized ... for failing
	 * to spend enough time in the state"); with no grounds, the subject judged ("His comments") */
	if (g != SIZE_MAX)
		f->ce = claims_content_end(e, g + 1, lim);
	else
		f->ce = e->t[q - 1].end;
	claims_emit(e, f);
	return true;
}
