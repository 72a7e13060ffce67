/* claims_content_clause: where the clause of a claim's content ends (claims_clause_limit): a
 * tag, a participle, a coordinated clause, a comment or the end of a noun phrase. */
#include "claims_int.h"

/* ---- where the content's clause ends ---- */

size_t claims_clause_cue(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb;

	if (k >= lim || (e->t[k].flags & TOKF_INQ) || e->t[k].kind != TOK_WORD ||
	    !claims_subject_fwd(e, k, lim, &sa, &sb) || sa != k)
		return SIZE_MAX;
	/* "between fans and guards and said": a subject ends in no "and"; the verb is the first
	 * subject's, after the second "and" */
	if (sb > sa + 1 && tok_is(e, sb - 1, "and"))
		return SIZE_MAX;
	while (sb < lim && e->t[sb].kind == TOK_WORD && !(e->t[sb].flags & TOKF_CAP) &&
	       !e->t[sb].cue &&
	       ((e->t[sb].word & (WORD_AUX | WORD_ADV)) || word_ends(e, sb, "ly") ||
		tok_is(e, sb, "will") || tok_is(e, sb, "would") || tok_is(e, sb, "did")))
		sb++;
	if (sb < lim && (e->t[sb].cue & CUE_VERB) && !(e->t[sb].cue & CUE_ING) &&
	    !(e->t[sb].flags & TOKF_INQ) && claims_cue_verb(e, sb))
		return sb;
	return SIZE_MAX;
}

/* True when a cue verb follows k (before lim) after adverbs only: a verb phrase coordinated with
 * the one of the frame ("praised Rubio and said ...", "said A but later denied B"). After
 * "and" or "but" (joined), not a verb of wanting, hoping, fearing or planning without "that",
 * which more often goes on with what was said ("said she was tired of the status quo and wanted
 * a candidate who ...", "said he was not certain ..., but planned to follow it": train 10
 * contents exact, 2 not); a belief in a proposition is a report of its own ("..., but believes
 * the popularity of gun control ensures ...", "and feared that it was under attack"). */
static bool verb_cue(const struct engine *e, size_t k, size_t lim, bool joined)
{
	while (k < lim && e->t[k].kind == TOK_WORD && !e->t[k].cue &&
	       ((e->t[k].word & WORD_ADV) || word_ends(e, k, "ly")))
		k++;
	if (joined && k + 1 < lim && (e->t[k].cue & CUE_BELIEF) &&
	    !tok_among(e, k, "believed believes knows thinks thought") && !tok_is(e, k + 1, "that"))
		return false;
	return k < lim && (e->t[k].cue & CUE_VERB) && !(e->t[k].cue & CUE_ING) &&
	       !(e->t[k].flags & TOKF_INQ) &&
	       (word_ends(e, k, "ed") || tok_is(e, k, "said") || tok_is(e, k, "told") ||
		word_ends(e, k, "s"));
}

/* True when "and" or "but" at k opens a refusal to say more ("said two people had been
 * arrested but would not say whether they had been charged", "and did not comment"): the
 * speaker's own reply, told by the writer, not more of what was said. */
static bool refusal_after(const struct engine *e, size_t k, size_t lim)
{
	size_t n = k + 1;

	if (n + 1 >= lim || e->t[n].kind != TOK_WORD || (e->t[n].flags & (TOKF_INQ | TOKF_CAP)))
		return false;
	if (tok_among(e, n, "would could will did does do") && tok_is(e, n + 1, "not"))
		n += 2;
	else if (tok_among(e, n, "wouldn't couldn't won't didn't doesn't don't") ||
		 tok_among(e, n, "wouldn’t couldn’t won’t didn’t doesn’t don’t"))
		n++;
	else
		return false;
	return n < lim && !(e->t[n].flags & TOKF_INQ) &&
	       tok_among(e, n, "say comment confirm elaborate discuss disclose specify");
}

/* True when the past verb after "and" at k goes on with the content from p, not with the cue of
 * the present "say" or "says" before it (after its "that"): the content is a pronoun and a past
 * verb of its own ("Officials say she stole a car and refused to stop": she refused, and the
 * officials say so), with no comma, quotation or other "and" between; not "and declined to
 * comment", the speakers' own reply. */
static bool past_of_content(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t c = p > 0 && tok_is(e, p - 1, "that") ? p - 1 : p, v = k + 1;

	if (c == 0 || !tok_among(e, c - 1, "say says") || (e->t[c - 1].flags & TOKF_CAP) ||
	    p + 2 > k || !tok_among(e, p, "he she they") || (e->t[p].flags & TOKF_INQ))
		return false;
	if (!(word_ends(e, p + 1, "ed") || tok_in(e, p + 1, TOKL_PAST)) ||
	    (e->t[p + 1].flags & TOKF_CAP) || tok_among(e, p + 1, "said told"))
		return false;
	for (size_t i = p + 1; i < k; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_INQ) ||
		    (e->t[i].word & (WORD_CONJ | WORD_REL | WORD_SUBORD)))
			return false;
	if (v < lim && (e->t[v].word & WORD_ADV) && !(e->t[v].flags & TOKF_CAP))
		v++;
	return v < lim && e->t[v].kind == TOK_WORD && !(e->t[v].flags & (TOKF_CAP | TOKF_INQ)) &&
	       (word_ends(e, v, "ed") || tok_in(e, v, TOKL_PAST)) &&
	       !tok_among(e, v, "said told") &&
	       /* "and declined to comment": the speakers' own reply */
	       !(v + 2 < lim && tok_is(e, v + 1, "to") &&
		 tok_among(e, v + 2, "comment elaborate discuss say speculate answer"));
}

/* True when "and" at k joins a second noun to the subject of the clause that the content from p
 * is ("the results in Iowa and New Hampshire show", "the title, history and text of the law
 * showed"): a clause (after "that", or for a cue that takes no noun phrase), no comma before
 * "and", no verb, participle, quotation or "to" in the content before it, and no participle
 * after it; the cue after the second noun is the subject's verb, not a second report. */
static bool coordinated_subject(const struct engine *e, size_t p, size_t k, bool np)
{
	size_t i = p;

	if (tok_is(e, i, "that"))
		i++;
	else if (np)
		return false;
	if (i >= k || tok_punct(e, k - 1, ',') || word_ends(e, k + 1, "ing") ||
	    (word_ends(e, k + 1, "ed") && !(e->t[k + 1].flags & TOKF_CAP)))
		return false;
	for (; i < k; i++)
		if ((e->t[i].kind != TOK_WORD && !tok_punct(e, i, ',') && !tok_punct(e, i, '.')) ||
		    (e->t[i].word & (WORD_VERB | WORD_REL | WORD_SUBORD)) || tok_is(e, i, "to") ||
		    tok_is(e, i, "that") || ((e->t[i].cue & CUE_VERB) && claims_cue_verb(e, i)) ||
		    word_ends(e, i, "ed") || word_ends(e, i, "ing"))
			return false;
	return true;
}

/* True when "and" at k (content from p) joins the nouns of "both X and Y" ("studies done in both
 * mice and rats show", "both Lee and Ortiz"): "both" one to three words before it, only words
 * between that are no verb, pronoun, conjunction or preposition; the cue after Y is then the
 * subject's verb, no second report. */
static bool both_and(const struct engine *e, size_t p, size_t k)
{
	for (size_t j = k; j > p && j + 4 > k; j--) {
		const struct tok *t = &e->t[j - 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return false;
		if (tok_is(e, j - 1, "both"))
			return j < k;
		if ((t->word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_CONJ | WORD_SUBORD |
				WORD_REL | WORD_PREP)) ||
		    t->cue)
			return false;
	}
	return false;
}

/* True when the words after "and" at k that a clause's subject would begin with go on with a
 * noun phrase instead ("comprehensive and frequently audacious plans", "online and gun show
 * sales", where "plans" and "show" read as cues): lower case, no determiner or pronoun, and no
 * plural noun to be the speakers ("and officials said", "and police say"). */
static bool modifier_after_and(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb;

	if (!tok_is(e, k, "and") || tok_punct(e, k - 1, ',') ||
	    !claims_subject_fwd(e, k + 1, lim, &sa, &sb))
		return false;
	for (size_t i = sa; i < sb; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_CAP) ||
		    (e->t[i].word & (WORD_DET | WORD_PRON)) || word_ends(e, i, "s") ||
		    tok_among(e, i, "police staff no") || claims_contraction(e, i))
			return false;
	return true;
}

/* The token after an apposition that a comma at j opens and a second comma closes, after a
 * subject ("a spokeswoman, Taylor Haulsee, said", "Taylor Haulsee, a spokeswoman, said"): at
 * most eight words with no verb, cue, relative or subordinator; else j. */
static size_t apposition_past(const struct engine *e, size_t j, size_t lim)
{
	if (j >= lim || !tok_punct(e, j, ',') || (e->t[j].flags & TOKF_INQ))
		return j;
	for (size_t i = j + 1; i < lim && i < j + 10; i++) {
		if (tok_punct(e, i, ','))
			return i > j + 1 && !(e->t[i].flags & TOKF_INQ) ? i + 1 : j;
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_INQ) || e->t[i].cue ||
		    (e->t[i].word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD | WORD_CONJ)) ||
		    word_ends(e, i, "ed"))
			return j;
	}
	return j;
}

/* True when a clause with a speaker of its own begins at k (before lim) whose subject has a
 * phrase or an apposition after it or an adverb before it ("six in 10 said", "majorities in all
 * five say", "attorneys for the department said", "ultimately Prager thinks", "more than 4 in 10
 * said", "a spokeswoman, Taylor Haulsee, said"):
 * after ", and" or ", but", a second report, not more of the first one's content. A subject
 * (claims_subject_fwd, perhaps after "more than"), a preposition and at most four words (no
 * verb, no quotation), adverbs or auxiliaries, then a cue used as a finite verb and the words it
 * reports. */
static bool speaker_clause(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb, j;

	if (k + 2 >= lim || (e->t[k].flags & TOKF_INQ))
		return false;
	/* ", and when pressed on why the plan leaves out dads, the mother of three replied": a
	 * subordinate clause before the subject, up to its comma */
	if (tok_among(e, k, "when while after before once as if") && !(e->t[k].flags & TOKF_CAP)) {
		size_t c = k + 1;
		while (c < lim && c < k + 25 && e->t[c].kind != TOK_QOPEN &&
		       !(e->t[c].flags & TOKF_INQ) && !tok_punct(e, c, ','))
			c++;
		if (c >= lim || c >= k + 25 || !tok_punct(e, c, ','))
			return false;
		k = c + 1;
		if (k + 2 >= lim)
			return false;
	}
	if (word_ends(e, k, "ly") && !e->t[k].cue && !(e->t[k].flags & TOKF_CAP))
		k++; /* "ultimately Prager thinks" */
	else if (tok_among(e, k, "more fewer less") && tok_is(e, k + 1, "than"))
		k += 2; /* "more than 4 in 10 said" */
	if (!claims_subject_fwd(e, k, lim, &sa, &sb) || sa != k)
		return false;
	j = sb;
	if (j < lim && (e->t[j].word & WORD_PREP) && !tok_among(e, j, "of to")) {
		size_t n = 0;
		for (j++; j < lim && n < 4 && e->t[j].kind == TOK_WORD && !e->t[j].cue &&
			  !(e->t[j].word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD)) &&
			  !word_ends(e, j, "ed");
		     j++)
			n++;
		if (n == 0)
			return false;
	}
	j = apposition_past(e, j, lim);
	while (j < lim && e->t[j].kind == TOK_WORD && !e->t[j].cue &&
	       ((e->t[j].word & (WORD_AUX | WORD_ADV)) || word_ends(e, j, "ly")))
		j++;
	return j + 1 < lim && (e->t[j].cue & CUE_VERB) &&
	       !(e->t[j].cue & (CUE_ING | CUE_INFONLY | CUE_NP | CUE_PREPONLY)) &&
	       !(e->t[j].flags & (TOKF_INQ | TOKF_CAP)) && claims_cue_verb(e, j) &&
	       (e->t[j + 1].kind == TOK_WORD || e->t[j + 1].kind == TOK_QOPEN ||
		((tok_punct(e, j + 1, ':') || tok_punct(e, j + 1, ',')) && j + 2 < lim &&
		 e->t[j + 2].kind == TOK_QOPEN)); /* "replied: “...”" */
}

bool claims_tag_ends(const struct engine *e, size_t c, size_t b)
{
	/* up to 14 words when none is a verb ("told the station in an interview aired on
	 * Monday"), else 7; a cue with a noun phrase for its object ("decried an increase in
	 * ...") keeps to 7 */
	bool verb = (e->t[c].cue & (CUE_NP | CUE_OBJ)) == CUE_NP;

	for (size_t k = c + 1; k < b; k++) {
		/* "the plan, a spokesman said — but declined to ...": a spaced dash ends a tag
		 * whose cue takes no noun phrase ("his “negatives,” he called them - and" is
		 * the writer's clause) */
		if (tok_dash(e, k) && e->t[k].start > e->t[k - 1].end && !(e->t[c].cue & CUE_NP))
			return true;
		verb = verb || (e->t[k].word & WORD_VERB) ||
		       ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k));
		if (k > c + (verb ? 7 : 14) || tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN ||
		    tok_punct(e, k, ':'))
			return false;
	}
	return true;
}

/* True when "however" at k, after a comma, is set between commas inside the clause, which goes on
 * after it with a verb or a preposition ("the council would, however, vote on it", "to weigh in,
 * however, on the debate"), not with a subject of its own (", however, the council voted"), a
 * conjunction or a participle (", however, only saying ...", the writer's): no contrast that
 * ends the content. */
static bool parenthetical_however(const struct engine *e, size_t k)
{
	const struct tok *n = k + 2 < e->nt ? &e->t[k + 2] : NULL;

	return n && tok_is(e, k, "however") && tok_punct(e, k + 1, ',') && n->kind == TOK_WORD &&
	       !(n->flags & (TOKF_CAP | TOKF_INQ)) && !(n->word & (WORD_SUBORD | WORD_CONJ)) &&
	       ((n->word & (WORD_PREP | WORD_VERB)) || tok_modal(e, k + 2) ||
		tok_is(e, k + 2, "not") || word_ends(e, k + 2, "ed") ||
		(k >= 2 && (tok_modal(e, k - 2) || tok_is(e, k - 2, "to"))));
}

/* The token after the subject that begins at k when it is a plain one, words with no verb,
 * preposition or relative word ("they", "Clinton supporters", "the agency"), not "well" or
 * "someone" of "as well as", "as someone who"; SIZE_MAX when there is none. */
static size_t plain_subject_end(const struct engine *e, size_t k)
{
	size_t sa, sb;

	if (!claims_subject_fwd(e, k, e->nt, &sa, &sb) || sa != k || sb >= e->nt)
		return SIZE_MAX;
	for (size_t i = sa; i < sb; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_INQ) ||
		    (e->t[i].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_REL | WORD_SUBORD)) ||
		    tok_among(e, i, "well someone something anyone"))
			return SIZE_MAX;
	return sb;
}

/* True when ", after" at comma k opens the writer's clause that ends the sentence, with its own
 * subject and a verb in the past ("calls him competent, after 55 percent said so in December",
 * "to shut down the centers, after he introduced a bill last month"): what happened before the
 * telling, not what was said (PolNeAR train: 5 contents end there, 1 goes on). Not a clause set
 * between commas inside the content ("that the Fed, after it begins to raise rates, will"). */
static bool after_clause(const struct engine *e, size_t k, size_t lim)
{
	size_t v, c;

	if (k + 3 >= lim || !tok_is(e, k + 1, "after") || (e->t[k + 1].flags & TOKF_INQ) ||
	    (v = plain_subject_end(e, k + 2)) == SIZE_MAX)
		return false;
	while (v < lim && e->t[v].kind == TOK_WORD && (e->t[v].word & WORD_ADV) && v < k + 12)
		v++;
	if (v >= lim || (e->t[v].flags & (TOKF_INQ | TOKF_CAP)) ||
	    !claims_past_word(e, v)) /* "had", "was", "were" are of TOKL_PAST */
		return false;
	for (c = v + 1; c < lim && c < v + 30 && e->t[c].kind == TOK_WORD; c++)
		;
	return c >= lim || tok_punct(e, c, '.') || tok_punct(e, c, ';');
}

/* True when comma k, in the writer's words, ends a main clause of content from p and a second one
 * follows with no conjunction: a personal pronoun and its finite verb ("said he thought the rules
 * would hold, we got the biggest inversion deal in history", "had been bumped off the main
 * stage, he was clocking his 44th day"). The content before the comma is a clause with a verb
 * of its own and no subordinate word, "that" or quotation, whose second clause it would be ("if
 * it passes, he will", "In recent months, we have seen" go on), nor the first of a list of
 * clauses. */
static bool run_on_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t v = k + 2, i = tok_is(e, p, "that") ? p + 1 : p;
	bool verb = false;

	if (k + 3 >= lim || !tok_punct(e, k, ',') || (e->t[k + 1].flags & TOKF_INQ) ||
	    !tok_among(e, k + 1, "he she we they i") ||
	    ((e->t[k + 1].flags & TOKF_CAP) && !tok_is(e, k + 1, "i")))
		return false;
	while (v < lim && v < k + 4 && e->t[v].kind == TOK_WORD && !e->t[v].cue &&
	       ((e->t[v].word & WORD_ADV) || word_ends(e, v, "ly")))
		v++;
	if (v >= lim || e->t[v].kind != TOK_WORD || (e->t[v].flags & (TOKF_INQ | TOKF_CAP)) ||
	    !(tok_in(e, v, TOKL_FINITE) || tok_modal(e, v) || claims_past_word(e, v) ||
	      claims_present_s(e, v)))
		return false;
	if (k < i + 3 || k > i + 60)
		return false;
	/* "he was tired, he was hungry and he wanted to go home": a list of the speaker's
	 * clauses, its last one after "and" or "or" and a pronoun */
	for (size_t j = v + 1; j + 1 < lim && j < v + 40 && e->t[j].sent == e->t[k].sent; j++)
		if (tok_among(e, j, "and or") && tok_among(e, j + 1, "he she we they i"))
			return false;
	for (; i < k; i++) {
		if (e->t[i].kind == TOK_QOPEN || e->t[i].kind == TOK_QCLOSE ||
		    (e->t[i].flags & TOKF_INQ) || tok_punct(e, i, ',') || tok_dash(e, i) ||
		    (e->t[i].word & (WORD_SUBORD | WORD_REL)) || tok_is(e, i, "that"))
			return false;
		verb = verb || tok_in(e, i, TOKL_FINITE) || tok_modal(e, i) ||
		       claims_contraction(e, i) ||
		       (i > p && claims_past_word(e, i) && !(e->t[i].flags & TOKF_CAP));
	}
	return verb;
}

/* True when the token at w may end a short clause: a stop, a dash, a preposition or a word of
 * time ("as they did in a debate last week", "as he has before", "as she said at the outset"),
 * and the clause is not set between commas inside the sentence, whose words go on after it
 * ("care deeply, as I do, about the health of ...", "supported it and Cruz, as he has in the
 * past, opposed the measure"). */
static bool clause_may_end(const struct engine *e, size_t w)
{
	size_t c = w;

	if (!(w >= e->nt || tok_punct(e, w, '.') || tok_punct(e, w, ';') || tok_dash(e, w) ||
	      (e->t[w].kind == TOK_WORD && !(e->t[w].flags & TOKF_INQ) &&
	       ((e->t[w].word & (WORD_PREP | WORD_TIME)) ||
		tok_among(e, w, "before recently again out so too")))))
		return false;
	while (c < e->nt && c < w + 10 && e->t[c].kind == TOK_WORD)
		c++;
	return !(c + 1 < e->nt && tok_punct(e, c, ',') && e->t[c + 1].kind == TOK_WORD &&
		 !(e->t[c + 1].flags & TOKF_CAP));
}

/* True when "as" at k, after the content's comma, opens the writer's short clause that compares
 * the act with another or names who said so: a subject, then an auxiliary that stands for the
 * verb ("as they did in a debate last week", "as he has in the past") or a cue verb ("as she
 * said at the outset", "as Sanders has sometimes acknowledged"), and the clause ends or goes on
 * with a phrase of place or time. A clause with a verb of its own (", as he is still active
 * with ...", ", as the economy is shrinking") may be the speaker's reason: it goes on. */
static bool comparison_as(const struct engine *e, size_t k)
{
	size_t sb, v;

	if (!tok_is(e, k, "as") || (e->t[k].flags & (TOKF_CAP | TOKF_INQ)) ||
	    (v = plain_subject_end(e, k + 1)) == SIZE_MAX)
		return false;
	sb = v;
	if (tok_in(e, v, TOKL_FINITE) || tok_modal(e, v)) {
		if (clause_may_end(e, v + 1))
			return true;
		v++;
		while (v < e->nt && e->t[v].kind == TOK_WORD && (e->t[v].word & WORD_ADV) &&
		       !(e->t[v].flags & TOKF_INQ) && v < sb + 4)
			v++;
	}
	return v < e->nt && (e->t[v].cue & CUE_VERB) && !(e->t[v].flags & TOKF_INQ) &&
	       claims_cue_verb(e, v) && clause_may_end(e, v + 1);
}

/* True when the word at k, after a comma, begins a clause that comments on what comes before
 * rather than going on with it: a contrast, a concession or a relative clause. */
static bool clause_after_comma(const struct engine *e, size_t k)
{
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
		return false;
	/* ", according to X": an attribution around the content; not "that, according to X,
	 * ...", set inside the clause the content opens */
	if (e->t[k].cue & CUE_ACCORDING)
		return !(k >= 2 && tok_is(e, k - 2, "that"));
	/* ", though culturally conservative, areas", ", though not the results", ", although brief,
	 * opportunity", ", despite the fact that ...": a concession with no clause of its own, or
	 * one that states a fact, goes on with what the speaker said */
	if (tok_among(e, k, "though although") && k + 2 < e->nt &&
	    !(e->t[k + 1].flags & TOKF_CAP) &&
	    (tok_is(e, k + 1, "not") || word_ends(e, k + 1, "ed") || tok_punct(e, k + 2, ',') ||
	     (word_ends(e, k + 1, "ly") && !(e->t[k + 2].word & (WORD_PRON | WORD_DET)))))
		return false;
	if (tok_is(e, k, "despite") && k + 2 < e->nt && tok_is(e, k + 1, "the") &&
	    tok_is(e, k + 2, "fact"))
		return false;
	if (parenthetical_however(e, k))
		return false;
	if (tok_among(e, k,
		      "while whereas however although though despite which where who whose "
		      "compared"))
		return true;
	/* ", as has Carlos Gimenez", ", as was the case with ...": the writer's comparison */
	if (tok_is(e, k, "as") && k + 1 < e->nt &&
	    tok_among(e, k + 1, "has have had is was are were did does do"))
		return true;
	/* ", as they did in a debate last week", ", as she said at the outset": the writer's
	 * comparison or attribution (PolNeAR train: after a comma, "as" and a clause with its
	 * subject ends 22 contents and goes on in 2) */
	if (k >= 2 && !(e->t[k - 2].word & WORD_REL) && comparison_as(e, k))
		return true;
	/* ", even if he doesn't win": the condition is the speaker's, the content goes on */
	return tok_is(e, k, "even") && k + 1 < e->nt &&
	       (tok_is(e, k + 1, "though") || tok_is(e, k + 1, "as"));
}

/* True when a noun phrase the writer sets after the content begins at k, with a relative clause
 * whose subject is someone's ("..., a charge that Colorado Republican leaders strongly denied",
 * "-- something he denied to me", "— a controversial proposal he has raised"): "a", "an" or
 * "something", at most three words, "that" or "which", a pronoun or a name (and a noun), then
 * its verb. */
static bool writer_comment(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k + 1, n = 0;

	if (k + 3 >= lim || (e->t[k].flags & TOKF_INQ) || !tok_among(e, k, "a an something"))
		return false;
	if (!tok_is(e, k, "something"))
		while (j < lim && n < 3 && e->t[j].kind == TOK_WORD &&
		       !(e->t[j].flags & TOKF_CAP) &&
		       !(e->t[j].word &
			 (WORD_VERB | WORD_PREP | WORD_PRON | WORD_REL | WORD_SUBORD)) &&
		       !e->t[j].cue && !tok_is(e, j, "that"))
			j++, n++;
	if ((n == 0 && !tok_is(e, k, "something")) || j >= lim)
		return false;
	if (tok_among(e, j, "that which"))
		j++;
	if (j < lim && tok_among(e, j, "he she they we i"))
		j++;
	else {
		size_t c = j;
		while (j < lim && j < c + 4 && (e->t[j].flags & TOKF_CAP) &&
		       e->t[j].kind == TOK_WORD)
			j++;
		if (j == c)
			return false;
		if (j < lim && e->t[j].kind == TOK_WORD && !e->t[j].word && !e->t[j].cue &&
		    !word_ends(e, j, "ed"))
			j++; /* "Sanders aides argue" */
	}
	while (j < lim && ((e->t[j].word & (WORD_ADV | WORD_AUX)) || word_ends(e, j, "ly")))
		j++;
	if (j >= lim || e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ) ||
	    !((e->t[j].cue & CUE_VERB) || (e->t[j].word & WORD_VERB) || word_ends(e, j, "ed")))
		return false;
	/* it runs to the end: not an apposition the content goes on after ("the Scarborough
	 * Shoal, an atoll Beijing grabbed ..., into a fortress") */
	for (j++; j < lim && j < k + 60; j++)
		if ((tok_punct(e, j, ',') || tok_dash(e, j)) && !(e->t[j].flags & TOKF_INQ))
			return false;
	return true;
}

/* True when the word at k is a superlative that opens the writer's judgement of what was said
 * ("the sharpest account yet", "the most detailed", "the first time"): "most", "least", "first",
 * "latest" or a word in "-est" of six letters or more that is no noun or verb in "-est". */
static bool superlative(const struct engine *e, size_t k)
{
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_INQ | TOKF_CAP)))
		return false;
	return tok_among(e, k, "most least first latest") ||
	       (word_ends(e, k, "est") && e->t[k].end - e->t[k].start >= 6 &&
		!tok_among(e, k,
			   "arrest conquest contest digest forest harvest honest inquest "
			   "interest invest manifest midwest modest northwest protest request "
			   "southwest suggest unrest"));
}

/* The token after the relative word that follows the head of a noun phrase beginning at k
 * (", an ambitious goal that would ...", ", the state where he served"): at most four words
 * of the noun phrase (nine, with prepositions, after a superlative: ", the sharpest account
 * yet in a trial that ..."), then "that", "which" or "where" and a word; SIZE_MAX when there is
 * none. */
static size_t relative_after_head(const struct engine *e, size_t k, size_t lim)
{
	bool most = superlative(e, k);

	for (size_t j = k; j < lim && j < k + (most ? 10 : 5); j++) {
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_among(e, j, "that which where"))
			return j > k && j + 1 < lim && e->t[j + 1].kind == TOK_WORD ? j + 1
										    : SIZE_MAX;
		if (e->t[j].word & (WORD_VERB | WORD_PRON | WORD_SUBORD) ||
		    ((e->t[j].word & WORD_PREP) && !most))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when words of the sentence follow the closing mark at q, a tag of the quotation's own
 * ("...: “It's a public statement! Just email it,” she wrote."), and not the end of the
 * sentence or paragraph (a quotation of several sentences the content announces: "...: ''It
 * was Monica! I mean, terrible choice.''"). */
static bool tag_after(const struct engine *e, size_t q)
{
	size_t j = q + 1;

	while (j < e->nt && j < q + 4 && e->t[j].kind == TOK_PUNCT)
		j++;
	return j < e->nt && e->t[j].sent == e->t[q].sent;
}

/* True when "and" or "or" at j ends a list whose last item follows it ("differ on Israel, the
 * Iranian nuclear deal and the possibility of ...", "the economy, women's health, the
 * environment or a woman candidate"): a determiner or a possessive after it, and no participle
 * in the item before it (`participle`: "a State Department official overseeing Lebanon and the
 * region"). */
static bool list_end(const struct engine *e, size_t j, bool participle)
{
	return !participle && tok_among(e, j, "and or") && j + 1 < e->nt &&
	       (e->t[j + 1].word & (WORD_DET | WORD_PRON)) &&
	       !tok_among(e, j + 1, "he she they it we i who");
}

/* True when "and" or "or" at j, in a noun phrase after the content's comma that a determiner
 * other than "a" or "an" opens, joins another item to it before any participle ("peppered Mr.
 * Trump, his family members and advisers with suggestions", "against gay marriage, the
 * Affordable Care Act or Planned Parenthood"): the phrase is an item of the content's list, not
 * the writer's apposition (", a former secretary of state and senator" is one). */
static bool list_more(const struct engine *e, size_t j, size_t lim, bool participle)
{
	return !participle && j + 1 < lim && tok_among(e, j, "and or") &&
	       !(e->t[j].flags & TOKF_INQ) && e->t[j + 1].kind == TOK_WORD &&
	       !tok_among(e, j + 1, "he i it she they we who");
}

/* True when the dash at k follows a closing quotation mark and no dash in the sentence pairs
 * with it ("called him “a fine man” — a phrase he has used before", "said he was a "bully"
 * -- all without naming him"): what follows comments on the quoted words, in the writer's voice;
 * "— and more" or "— but ..." go on with the content. */
static bool quote_then_dash(const struct engine *e, size_t k, size_t lim)
{
	if (!tok_dash(e, k) || k == 0 || e->t[k - 1].kind != TOK_QCLOSE || k + 1 >= lim ||
	    e->t[k + 1].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
	    tok_among(e, k + 1, "and but or"))
		return false;
	for (size_t j = k + 1; j < lim; j++)
		if (tok_dash(e, j))
			return false;
	for (size_t j = k - 1; j-- > 0 && j + 60 > k && e->t[j].sent == e->t[k].sent;)
		if (tok_dash(e, j))
			return false; /* "-- “an outrage” -- that he is ...": the dashes pair */
	return true;
}

/* True when the words from k (after a comma, before lim) are the writer's comparison of a
 * figure the content gave with another, running to the sentence's end with no verb of their own
 * but in a relative clause (", well above the $1.11 a share analysts expected", ", double the
 * number who said the same of him", ", less than half of the 18 million viewers", ", about
 * 10,000 more than party insiders expected"); not ", compared with 31 percent" or ", up from 60
 * percent", which PolNeAR gold keeps with the figure, nor ", more than half of the meetings
 * were ...", a clause. PolNeAR train and dev: 9 of the 10 contents it cuts now exact. */
static bool figure_comparison(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k;

	if (j + 3 >= lim || (e->t[j].flags & TOKF_INQ))
		return false;
	if (tok_is(e, j, "about") && (e->t[j + 1].flags & TOKF_DIGIT))
		j++;
	if (tok_is(e, j, "well") && tok_among(e, j + 1, "above below"))
		j += 2;
	else if (tok_among(e, j, "double twice triple") && tok_is(e, j + 1, "the"))
		j += 2;
	else if (tok_among(e, j, "less more") && tok_is(e, j + 1, "than") &&
		 tok_is(e, j + 2, "half"))
		j += 3;
	else if (tok_is(e, j, "a") && tok_is(e, j + 1, "bit") && tok_among(e, j + 2, "more less") &&
		 tok_is(e, j + 3, "than"))
		j += 4;
	else if (tok_is(e, j, "about") && tok_is(e, j + 1, "the") && tok_is(e, j + 2, "same"))
		j += 3;
	else if ((e->t[j].flags & TOKF_DIGIT) && tok_among(e, j + 1, "more fewer") &&
		 tok_is(e, j + 2, "than"))
		j += 3;
	else
		return false;
	for (; j < lim; j++) {
		const struct tok *t = &e->t[j];
		if (t->kind == TOK_WORD && (t->word & WORD_REL || tok_is(e, j, "that")))
			return true; /* "the number who said ...": the verb is the relative's */
		if (t->kind == TOK_QOPEN || (t->flags & TOKF_INQ) || tok_punct(e, j, ',') ||
		    tok_dash(e, j) || tok_punct(e, j, ';') || tok_punct(e, j, ':'))
			return false;
		if (t->kind == TOK_WORD && ((t->word & (WORD_VERB | WORD_AUX)) || tok_modal(e, j)))
			return false;
	}
	return true;
}

/* True when "but that" at k opens a second clause of what was said after a dash ("said the
 * findings fit the evidence — but that people may differ", as "— and that ..." goes on): "that"
 * with a subject after it, not "that" as the subject of a verb of the writer's ("— but that
 * doesn't matter"). */
static bool but_that_goes_on(const struct engine *e, size_t k, size_t lim)
{
	return k + 3 < lim && tok_is(e, k, "but") && tok_is(e, k + 1, "that") &&
	       !(e->t[k + 1].flags & TOKF_INQ) && e->t[k + 2].kind == TOK_WORD &&
	       !claims_verb_like(e, k + 2) && !tok_modal(e, k + 2) && !word_ends(e, k + 2, "n't") &&
	       !word_ends(e, k + 2, "n’t") && !word_ends(e, k + 2, "'s") &&
	       !word_ends(e, k + 2, "’s");
}

/* True when content ends before token k whatever its kind: a semicolon, a colon before a
 * quotation, or an apposition that runs to the sentence's end (", a subject of deep
 * anxiety"). */
static bool ends_content(const struct engine *e, size_t k, size_t lim)
{
	size_t j;

	if (e->t[k].flags & TOKF_INQ)
		return false;
	if (tok_punct(e, k, ';'))
		return true;
	/* a colon before a quotation, unless the quotation ends the sentence: the words the
	 * content announces ("there's a simple explanation: “There's never been ...”") */
	if (tok_punct(e, k, ':') && k + 1 < lim && e->t[k + 1].kind == TOK_QOPEN) {
		size_t j = e->t[k + 1].pair + 1;
		if (e->t[k + 1].pair >= lim)
			return tag_after(e, e->t[k + 1].pair);
		while (j < lim && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
			j++;
		return j < lim;
	}
	/* "- although Trump leads the field", "— but campus skepticism was": a contrast after a
	 * dash */
	if (tok_dash(e, k) && k + 1 < lim &&
	    (tok_among(e, k + 1, "although though while whereas but") ||
	     (tok_is(e, k + 1, "even") && k + 2 < lim && tok_among(e, k + 2, "though if as"))) &&
	    !but_that_goes_on(e, k + 1, lim))
		return true;
	if ((tok_punct(e, k, ',') || tok_dash(e, k)) && writer_comment(e, k + 1, lim))
		return true;
	if (quote_then_dash(e, k, lim))
		return true;
	/* "promises the government will help workers - and he makes sure to include coal
	 * workers", "insist the tide is turning their way — and the Senate is holding ...": a clause
	 * of the writer's own after a dash and "and" */
	if (tok_dash(e, k) && k + 3 < lim && tok_is(e, k + 1, "and") &&
	    !(e->t[k + 1].flags & TOKF_INQ) && claims_main_clause(e, k + 2, lim))
		return true;
	if (!tok_punct(e, k, ',') || k + 1 >= lim)
		return false;
	if (figure_comparison(e, k + 1, lim))
		return true;
	/* ", also known as ISIL or ISIS" to the end: the writer's gloss on the name before it, no
	 * more of what was said (", also known as ISIS, ISIL and Daesh", a list, and "the program,
	 * known as the RFS, can ..." go on) */
	j = tok_is(e, k + 1, "also") ? k + 2 : k + 1;
	if (j + 2 < lim && tok_is(e, j, "known") && tok_is(e, j + 1, "as") &&
	    !(e->t[j].flags & TOKF_INQ)) {
		for (j += 2; j < lim; j++)
			if (e->t[j].kind == TOK_WORD ? (e->t[j].word & WORD_VERB) != 0
						     : !tok_punct(e, j, '.'))
				return false;
		return true;
	}
	/* ", to which O'Malley interjected": a relative clause after a preposition */
	if (k + 2 < lim && (e->t[k + 1].word & WORD_PREP) &&
	    (tok_is(e, k + 2, "which") || tok_is(e, k + 2, "whom")))
		return true;
	if (tok_among(e, k + 1, "a an the his her their its")) {
		size_t rel = relative_after_head(e, k + 2, lim);
		bool participle = false, definite = !tok_among(e, k + 1, "a an");
		for (size_t j = k + 2; j < lim; j++) {
			if (tok_punct(e, j, ',') || e->t[j].kind == TOK_QOPEN ||
			    (j < rel && (e->t[j].word & WORD_VERB)) ||
			    (j < rel && list_end(e, j, participle)) ||
			    (j < rel && definite && list_more(e, j, lim, participle)) ||
			    ((e->t[j].word & WORD_SUBORD) && j + 1 != rel && j + 1 < lim &&
			     (e->t[j + 1].word & (WORD_PRON | WORD_DET))))
				return false; /* ", a day after he arrived" is no apposition */
			participle = participle || word_ends(e, j, "ing") || word_ends(e, j, "ed");
		}
		return true;
	}
	return false;
}

/* True when the word at p may be a noun phrase of one word that a time or an occasion may
 * follow ("endorsed Trump in early June", "thanking supporters at a rally", "reiterated them on
 * his radio show"): an object pronoun, not another pronoun ("himself on Saturday for ...") nor
 * a word that opens a clause ("how during ..."). */
static bool np_head(const struct engine *e, size_t p)
{
	if (e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_INQ) &&
	    tok_among(e, p, "him them us me"))
		return true; /* an object pronoun: "reiterated them on his radio show" */
	return e->t[p].kind == TOK_WORD &&
	       !(e->t[p].word & (WORD_PRON | WORD_SUBORD | WORD_REL | WORD_DET)) &&
	       !word_ends(e, p, "self") && !word_ends(e, p, "selves");
}

/* True when the content [p, k) is a plain noun phrase right after a cue of a public act that
 * takes one as well as a clause ("announced his candidacy in June 2015", "claimed victory in a
 * tweet", "declaring victory Tuesday night"): a short noun phrase (claims_np_short) with no word
 * that may be a verb the lexicon does not know ("announced the company plans ...", "the mayor
 * resigned"): no past, participle or present form, and a word in "-s" first or after a
 * determiner or a possessive only. A time or an occasion after it then dates or places the
 * telling, as after a cue of noun-phrase content. Not a forecast or a finding ("expects a
 * decision in June", "showed a jump in May"), whose time is the content's own. */
static bool act_object(const struct engine *e, size_t p, size_t k)
{
	static const char acts[] =
		"announce announced announces announcing claimed claiming declared "
		"declaring mention mentioned mentions mentioning tweeted tweeting";

	if (p == 0 || !tok_among(e, p - 1, acts) || (e->t[p - 1].flags & TOKF_INQ) ||
	    !claims_np_short(e, p, k))
		return false;
	for (size_t i = p; i < k; i++) {
		if (e->t[i].kind != TOK_WORD)
			continue;
		if (word_ends(e, i, "ed") ||
		    tok_in(e, i, TOKL_PAST | TOKL_PARTICIPLE | TOKL_PRESENT | TOKL_FINITE))
			return false;
		if (i > p && e->text[e->t[i].end - 1] == 's' && !word_possessive(e, i) &&
		    !(e->t[i - 1].word & (WORD_DET | WORD_PRON)) && !word_possessive(e, i - 1))
			return false;
	}
	return true;
}

/* True when the stop at i closes a title's abbreviation ("Mr.", "Sen.", "Gov."). */
bool claims_title_before(const struct engine *e, size_t i)
{
	return e->t[i - 1].kind == TOK_WORD &&
	       claims_lex_title(e->text + e->t[i - 1].start, e->t[i - 1].end - e->t[i - 1].start);
}

/* True when the comma at k begins the writer's account of what the reported act brought about
 * ("has backed a no-fly zone in Syria, putting her at odds with the president", "said ..., drawing
 * a sharp reply from Khan", "has pledged to bolster its military, reversing its ... pacifism") or
 * of the way the speaker set it ("sought to rally rural voters, contrasting her record with ...",
 * "said she deleted the emails, deeming them personal"): a participle in lower case and its
 * object, not words of the content. */
static bool consequence_after(const struct engine *e, size_t k, size_t lim)
{
	return k + 2 < lim && tok_punct(e, k, ',') &&
	       !(e->t[k + 1].flags & (TOKF_INQ | TOKF_CAP)) &&
	       tok_among(
		       e, k + 1,
		       "putting drawing throwing reflecting surpassing providing raising elevating "
		       "giving allowing reversing prompting sparking triggering contrasting deeming") &&
	       (e->t[k + 2].kind == TOK_WORD || e->t[k + 2].kind == TOK_QOPEN) &&
	       !tok_is(e, k + 2, "that"); /* ", deeming that it was too distant": a belief */
}

/* True when the comma at k, after content [p, k) that is a short noun phrase a cue of noun-phrase
 * content took ("blamed trade deals, hurting the party's standing", "praised the effort,
 * attending the opening", "attacked him, rushing to TV ..."), begins a participle phrase of the
 * speaker's own act that runs to the clause's end: a word in -ing in lower case that is no
 * preposition ("including", "according") and no noun, then a word of its phrase (not "and" or
 * "or": "a kind, loving and fair man" is a list of adjectives), no other comma up to lim (the
 * aside "the records, numbering 1,000 pages, be released" goes on) and no noun of a report
 * inside ("taking aim at his support for ...", whose report stays unread). Content that begins
 * with a gerund ("eliminating caucuses, limiting ...") is a list and goes on. */
static bool participle_after_np(const struct engine *e, size_t p, size_t k, size_t lim)
{
	const struct tok *t = &e->t[k + 1];

	if (k + 2 >= lim || !tok_punct(e, k, ',') || t->kind != TOK_WORD ||
	    (t->flags & (TOKF_INQ | TOKF_CAP)) || !word_ends(e, k + 1, "ing") ||
	    (t->word & (WORD_PREP | WORD_TIME | WORD_DET | WORD_PRON)) ||
	    tok_among(e, k + 1,
		      "including according regarding concerning following excluding during "
		      "nothing something anything everything thing") ||
	    e->t[k + 2].kind != TOK_WORD || (e->t[k + 2].flags & TOKF_INQ) ||
	    tok_among(e, k + 2, "and or that") || !claims_np_short(e, p, k) ||
	    word_ends(e, p, "ing"))
		return false;
	for (size_t j = k + 2; j < lim; j++)
		if ((tok_punct(e, j, ',') && !(e->t[j].flags & TOKF_INQ)) ||
		    (e->t[j].cue & CUE_NOUN))
			return false;
	return true;
}

/* True when the dash at k, spaced or long ("con- clusion" is a broken word), begins a clause
 * with a subject of its own that no later dash of the sentence pairs with ("cash on hand —
 * outside allies are stepping in" is not one: a plural noun alone may be an apposition): "it"
 * ("– It Might Surprise You"), "the" and one or two words, or one or two capitalised words,
 * then at most two adverbs and a finite verb, an auxiliary or a modal ("- Sanders could not
 * make", "— the actress also pointed", "- Clinton already would have won"); a relative word
 * gives up ("— a move that would", "— the wall that would run"). */
static bool dash_subject(const struct engine *e, size_t k, size_t lim)
{
	const struct tok *d = &e->t[k];
	size_t v = k + 1;

	if (d->end - d->start < 3 && (d->start == 0 || e->text[d->start - 1] != ' '))
		return false;
	if (tok_is(e, v, "it"))
		v++;
	else if (tok_is(e, v, "the") || (e->t[v].flags & TOKF_CAP)) {
		size_t n = tok_is(e, v, "the") ? v + 1 : v, w = n;
		bool cap = e->t[v].flags & TOKF_CAP && !tok_is(e, v, "the");
		while (w < lim && w < n + 2 && e->t[w].kind == TOK_WORD &&
		       !!(e->t[w].flags & TOKF_CAP) == cap &&
		       !(e->t[w].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_REL |
					 WORD_SUBORD | WORD_ADV | WORD_DET | WORD_PRON)) &&
		       !tok_modal(e, w) && !tok_is(e, w, "that"))
			w++;
		if (w == n)
			return false;
		v = w;
	} else
		return false;
	for (size_t a = 0; a < 2 && v < lim && ((e->t[v].word & WORD_ADV) || tok_is(e, v, "not"));
	     a++)
		v++;
	if (v >= lim || e->t[v].kind != TOK_WORD || (e->t[v].flags & TOKF_INQ) ||
	    !((e->t[v].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, v) || word_ends(e, v, "ed")))
		return false;
	for (size_t i = v; i < lim && e->t[i].sent == d->sent; i++)
		if (tok_dash(e, i))
			return false;
	return true;
}

/* True when the dash at k begins a clause of the writer's own after the content from p ("believes
 * he has the potential to unify his party - he disavows the ideology ...", "endorsed her – they
 * appeared together ..."): a subject and its verb after it (claims_main_clause), and no dash in
 * the content before it, whose pair it would close ("that — despite having won only Ohio — he is
 * best-positioned"). */
static bool dash_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (!tok_dash(e, k) || k + 2 >= lim || (e->t[k].flags & TOKF_INQ) ||
	    !((tok_among(e, k + 1, "he she they we i") && claims_main_clause(e, k + 1, lim)) ||
	      dash_subject(e, k, lim)))
		return false;
	for (size_t i = p; i < k; i++)
		if (tok_dash(e, i))
			return false;
	return true;
}

/* True when ", while" at comma k sets a second finding beside the first in what a poll or a study
 * shows or found, content from p ("found that 48 percent supported Mr. Trump, while 23 percent
 * favored Mr. Cruz", "showed Trump moving ahead of Cruz in Iowa, while Rubio was at 18%"): both
 * are the data's, so the content goes on. */
static bool data_contrast(const struct engine *e, size_t p, size_t k)
{
	size_t c = p;

	if (!tok_is(e, k + 1, "while"))
		return false;
	if (c > 0 && tok_is(e, c - 1, "that"))
		c--;
	return c > 0 && tok_among(e, c - 1, "show shows showed found finds");
}

/* True when ", while" at comma k sets beside the content a prediction of the same kind, whose
 * subject has a modal after it before any cue or verb ("China would provide security, while
 * Russia would bring its muscle", "Clinton would lose, while Sanders would hypothetically beat
 * him", "China expects 6.5 percent growth, while the U.S. will likely see 2 percent"): the
 * speaker's comparison, so the content goes on. */
static bool modal_contrast(const struct engine *e, size_t k, size_t lim)
{
	if (k + 3 >= lim || !tok_is(e, k + 1, "while") || word_ends(e, k + 2, "ing"))
		return false;
	for (size_t j = k + 3; j < lim && j < k + 8; j++) {
		if (tok_modal(e, j))
			return true;
		if ((e->t[j].kind != TOK_WORD && !tok_punct(e, j, '.')) ||
		    (e->t[j].flags & TOKF_INQ) || (e->t[j].word & WORD_VERB) ||
		    ((e->t[j].cue & CUE_VERB) && claims_cue_verb(e, j)))
			return false;
	}
	return false;
}

/* True when a participle cue of the speaker's own follows the conjunction or dash at k ("urging
 * voters to see the big picture and promising to manage ...", "while adding that", "- only
 * saying that"): a second statement, not part of the first one's content. */
static bool participle_cue(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k + 1;

	if (!tok_among(e, k, "and but while") && !tok_dash(e, k))
		return false;
	if (j < lim && tok_among(e, j, "only also then later even"))
		j++;
	return j + 1 < lim && (e->t[j].cue & CUE_ING) &&
	       !(e->t[j].cue & (CUE_PREPONLY | CUE_DOC | CUE_FOR)) &&
	       !(e->t[j].flags & (TOKF_INQ | TOKF_CAP)) && claims_cue_verb(e, j) &&
	       /* "a stable but declining resource": an adjective after "a stable", not
		* "declining to comment" */
	       (!(e->t[j].cue & CUE_INFONLY) || tok_is(e, j + 1, "to") || k < 2 ||
		!(e->t[k - 2].word & WORD_DET)) &&
	       (tok_is(e, j + 1, "that") || e->t[j + 1].kind == TOK_WORD ||
		e->t[j + 1].kind == TOK_QOPEN);
}

/* True when "and" at k joins a second participle to the participle cue whose content begins at
 * p ("thanking Reince Priebus and congratulating the Republicans", "touting her Senate record
 * and pounding him on the gun issue"): the speaker's second action, not more content. */
static bool second_participle(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t j = k + 1;

	if (p == 0 || !tok_is(e, k, "and") || (e->t[k].flags & TOKF_INQ) ||
	    !(e->t[p - 1].cue & CUE_VERB) || !word_ends(e, p - 1, "ing"))
		return false;
	if (j < lim && ((e->t[j].word & WORD_ADV) || word_ends(e, j, "ly")))
		j++;
	/* its object follows: a determiner, a pronoun, a name or a quotation ("and growing economic
	 * inequality", "and heating equipment" are nouns of the content) */
	return j + 1 < lim && word_ends(e, j, "ing") && !(e->t[j].flags & (TOKF_CAP | TOKF_INQ)) &&
	       (e->t[j + 1].kind == TOK_QOPEN ||
		(e->t[j + 1].kind == TOK_WORD &&
		 ((e->t[j + 1].word & (WORD_DET | WORD_PRON)) || (e->t[j + 1].flags & TOKF_CAP))));
}

/* True when "and" or "but" at k, after content from p that is an infinitive ("to back the
 * nominee"), joins a verb or a clause the infinitive cannot hold: a finite verb, a modal or,
 * after "but", a past ("declined to be identified and is not in his camp", "... and would not
 * say", "pledged to back the nominee, but sounded equivocal"), or a clause with a subject of
 * its own, a pronoun or a determiner first ("declined to renew the sponsorship and the tour
 * could not find another"). The infinitive has no clause of its own before k (no "that",
 * relative word, subordinator or quotation), whose verb the finite verb might share. */
static bool infinitive_then_finite(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t n = k + 1, q = p;

	/* "expected Consolidated to post a slim profit, and the company's stock was down 3%": the
	 * infinitive's subject first, a name or a short noun phrase with no verb, preposition or
	 * clause word; the finite clause after "and" is no part of what was expected */
	while (q < k && q < p + 4 && e->t[q].kind == TOK_WORD && !tok_is(e, q, "to") &&
	       !(e->t[q].flags & TOKF_INQ) && !e->t[q].cue && !tok_is(e, q, "that") &&
	       !(e->t[q].word &
		 (WORD_VERB | WORD_AUX | WORD_PREP | WORD_SUBORD | WORD_REL | WORD_CONJ)) &&
	       !tok_modal(e, q) &&
	       ((e->t[q].flags & TOKF_CAP) || !(word_ends(e, q, "ed") || word_ends(e, q, "ing"))))
		q++;
	if (q > p && q < k && tok_infinitive(e, q, k))
		p = q;
	if (!tok_infinitive(e, p, k) || !tok_among(e, k, "and but") || n + 1 >= lim ||
	    (e->t[p].flags & TOKF_INQ) || (e->t[p + 1].flags & TOKF_INQ))
		return false;
	for (size_t i = p + 1; i < k; i++)
		if (e->t[i].kind == TOK_QOPEN || (e->t[i].flags & TOKF_INQ) ||
		    (e->t[i].word & (WORD_SUBORD | WORD_REL)) || tok_is(e, i, "that"))
			return false;
	if (n + 2 < lim && tok_among(e, n, "then later also instead now"))
		n++;
	if (e->t[n].kind != TOK_WORD || (e->t[n].flags & (TOKF_INQ | TOKF_CAP)))
		return false;
	if (tok_modal(e, n) || tok_among(e, n, "is was were has had does did"))
		return true;
	/* after "but", a verb in the past ("pledged to back the nominee, but sounded equivocal"),
	 * unless the infinitive is a passive or a perfect its participle may go on ("to be
	 * praised but ignored"); after "and" an adjective in -ed is as likely ("with the like
	 * regularity and undiminished glory"), and "need-based" is one */
	if (tok_is(e, k, "but") && (word_ends(e, n, "ed") || tok_in(e, n, TOKL_PAST)) &&
	    !tok_hyphenated(e, n) && !tok_among(e, p + 1, "be have get been being"))
		return true;
	/* a pronoun, or a determiner and at most three words, then the verb; not a name, which
	 * may be the next item of a list ("wars in Iraq and Afghanistan will ...", "and
	 * Lewandowski appeared"), nor a noun with a phrase after it ("a charge and a picture of
	 * how they have ...") */
	if ((e->t[n].flags & TOKF_CAP) ||
	    !tok_among(e, n, "he she they we it i the a an his her their its"))
		return false;
	if (!(e->t[n].word & WORD_PRON) || tok_among(e, n, "his her their its")) {
		size_t d = n; /* the noun's words: no function word, cue or modal */
		while (n + 1 < lim && n < d + 3 && e->t[n + 1].kind == TOK_WORD &&
		       !e->t[n + 1].cue && !tok_modal(e, n + 1) &&
		       !(e->t[n + 1].word & ~(unsigned)WORD_ROLE))
			n++;
		if (n == d)
			return false;
	}
	n++;
	while (n < lim && ((e->t[n].word & WORD_ADV) || word_ends(e, n, "ly")))
		n++;
	return n < lim && e->t[n].kind == TOK_WORD && !(e->t[n].flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((e->t[n].word & WORD_VERB) || tok_modal(e, n) || word_ends(e, n, "ed"));
}

/* True when ", but" at comma k begins the writer's contrast with the content that begins at p
 * ("said they would support it, but there is growing anger"): a clause or a verb phrase after
 * it or after a short phrase (", but for Republicans, it is"), and no "not" in the 40 tokens of
 * content before it that "but" would answer ("not for what I did, but because of who I am";
 * "and not" is no such "not"). */
static bool but_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (k + 2 >= lim || !tok_is(e, k + 1, "but") || (e->t[k + 1].flags & TOKF_INQ) ||
	    e->t[k + 2].kind != TOK_WORD ||
	    tok_among(e, k + 2, "that not only also so never still rather instead even when if"))
		return false;
	/* ", but for Republicans, it is a smoking gun": a short phrase, then the clause */
	if ((e->t[k + 2].word & WORD_PREP) && !(e->t[k + 2].flags & TOKF_CAP)) {
		size_t j = k + 3;
		while (j < lim && j < k + 8 && e->t[j].kind == TOK_WORD)
			j++;
		if (j + 1 >= lim || !tok_punct(e, j, ',') || e->t[j + 1].kind != TOK_WORD)
			return false;
		k = j - 1;
	}
	if (!(e->t[k + 2].word & (WORD_DET | WORD_PRON)) && !(e->t[k + 2].flags & TOKF_CAP))
		return false;
	for (size_t i = k > p + 40 ? k - 40 : p; i < k; i++)
		if ((tok_is(e, i, "not") && !(i > 0 && tok_among(e, i - 1, "and or"))) ||
		    word_ends(e, i, "n't") || word_ends(e, i, "n’t"))
			return false;
	return true;
}

/* True when ", but" at comma k, after noun-phrase content, opens the writer's clause about the
 * thing the content names: "that", "this", "these" or "those", a noun, then its verb ("cited a
 * 2015 audit of the agency, but that audit covered junior staff"). After a clause's content
 * ", but that ..." may go on with what was said, so only a noun phrase's content ends there. */
static bool but_that_clause(const struct engine *e, size_t k, size_t lim)
{
	size_t n = k + 3;

	if (n + 1 >= lim || !tok_is(e, k + 1, "but") || (e->t[k + 1].flags & TOKF_INQ) ||
	    !tok_among(e, k + 2, "that this these those") || e->t[n].kind != TOK_WORD ||
	    (e->t[n].flags & (TOKF_CAP | TOKF_INQ)) ||
	    (e->t[n].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_DET | WORD_PRON | WORD_ADV)))
		return false;
	n++;
	return e->t[n].kind == TOK_WORD && !(e->t[n].flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((e->t[n].word & WORD_VERB) || tok_modal(e, n) || claims_past_word(e, n));
}

/* True when a day the writer dates the telling by ends the sentence at k after noun-phrase
 * content from p ("acknowledged her backing on Monday.", "announced his support for the Ohio
 * governor on Thursday night."): content a noun phrase (np, or a determiner first) with no
 * finite verb, then "on", a day's name and perhaps a part of the day, then nothing but stops
 * before lim. A clause keeps its day ("the chamber will vote on Monday"). */
static bool telling_day(const struct engine *e, size_t p, size_t k, size_t lim, bool np)
{
	size_t j = k + 2;

	if (j > lim || !tok_is(e, k, "on") || (e->t[k].flags & TOKF_INQ) ||
	    !(e->t[k + 1].flags & TOKF_CAP) || !(e->t[k + 1].word & WORD_TIME) ||
	    (e->t[k + 1].word & WORD_DET))
		return false;
	if (!np && !tok_among(e, p, "his her their its the a an"))
		return false;
	if (j < lim && tok_among(e, j, "night morning afternoon evening"))
		j++;
	for (; j < lim; j++)
		if (!tok_punct(e, j, '.') && !tok_punct(e, j, '!') && !tok_punct(e, j, '?'))
			return false;
	/* checked last: once for each "on" and a day's name ending a sentence */
	for (size_t i = p; i < k; i++)
		if (e->t[i].word & WORD_VERB)
			return false;
	return true;
}

/* True when the clause from k to its cue c reads as a speech tag ("..., the company said."),
 * not as the main clause after an opening phrase of the content ("in a race between Trump and
 * Cruz, he would support the former", "despite being an alumna, she plans to root for Iowa"):
 * no modal before the cue and no infinitive after it. */
bool claims_tag_plain(const struct engine *e, size_t k, size_t c)
{
	for (size_t i = k; i < c; i++)
		if (tok_modal(e, i))
			return false;
	return !tok_is(e, c + 1, "to");
}

/* True when a source opens at i (before lim) as it does after an inverted cue: a capital or a
 * determiner ("Mr. McHugh", "the mayor"), or up to four words in lower case that are no verb,
 * cue or preposition before a capital ("former national security adviser Ada Cole"). */
static bool name_after_title(const struct engine *e, size_t i, size_t lim)
{
	for (size_t k = i; k < lim && k < i + 5 && e->t[k].kind == TOK_WORD; k++) {
		if ((e->t[k].flags & TOKF_CAP) || (k == i && (e->t[k].word & WORD_DET)))
			return true;
		if (e->t[k].word || e->t[k].cue || (e->t[k].flags & TOKF_DIGIT))
			return false;
	}
	return false;
}

bool claims_quote_tagged(const struct engine *e, size_t k, size_t lim)
{
	size_t q, c;
	bool dash = tok_dash(e, k);

	if (!(tok_punct(e, k, ',') || dash) || k + 1 >= lim || e->t[k + 1].kind != TOK_QOPEN ||
	    (e->t[k].flags & TOKF_INQ))
		return false;
	q = e->t[k + 1].pair;
	if (q + 2 >= lim || q <= k + 1 || e->t[q + 1].kind != TOK_WORD)
		return false;
	/* "leaders — “He would have loved Stalin,” Mr. Biden said — and": a quotation set off by
	 * a dash, closing on its comma, with its tag up to the closing dash */
	if (dash) {
		if (!tok_punct(e, q - 1, ','))
			return false;
		for (size_t j = q + 1; j < lim; j++)
			if (tok_dash(e, j)) {
				lim = j;
				break;
			}
	}
	/* "said Mr. McHugh", "worries former aide Ada Cole": a cue first, its source after it */
	if ((e->t[q + 1].cue & CUE_VERB) && !(e->t[q + 1].cue & CUE_ING) &&
	    claims_cue_verb(e, q + 1))
		return name_after_title(e, q + 2, lim);
	c = claims_clause_cue(e, q + 1, lim);
	return c != SIZE_MAX && claims_tag_ends(e, c, lim);
}

/* True when the closing mark at k ends a quotation inside the content on its comma and a tag of
 * the quotation's own follows to the sentence's end (before b): 'the plan was "a disaster for the
 * city," she said.', '"the worst choice," said Ms. Reyes.': the content ends with the quoted
 * words, the tag is no part of what was said. */
static bool quote_closes_on_tag(const struct engine *e, size_t k, size_t lim, size_t b)
{
	size_t c;

	if (e->t[k].kind != TOK_QCLOSE || !tok_punct(e, k - 1, ',') || k + 2 >= lim ||
	    e->t[k + 1].kind != TOK_WORD || (e->t[k + 1].flags & TOKF_INQ))
		return false;
	if ((e->t[k + 1].cue & CUE_VERB) && !(e->t[k + 1].cue & CUE_ING) &&
	    claims_cue_verb(e, k + 1))
		return name_after_title(e, k + 2, lim) && claims_tag_ends(e, k + 1, b);
	c = claims_clause_cue(e, k + 1, lim);
	return c != SIZE_MAX && claims_tag_ends(e, c, b) && claims_tag_plain(e, k + 1, c);
}

/* True when an adverb at k comes before a participle cue (", only saying that", ", later adding
 * that"): the next report's, as the participle alone would be; not a hedge, which makes the
 * participle part of what is said (", possibly highlighting ..."). */
static bool adverb_participle(const struct engine *e, size_t k, size_t lim)
{
	return k + 1 < lim && e->t[k].kind == TOK_WORD && !e->t[k].cue &&
	       !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
	       !tok_among(e, k, "possibly perhaps probably likely potentially maybe") &&
	       ((e->t[k].word & WORD_ADV) || word_ends(e, k, "ly")) &&
	       (e->t[k + 1].cue & CUE_ING) && !(e->t[k + 1].flags & TOKF_INQ);
}

/* True when the content from p (after its "that") opens with a phrase set before its clause,
 * which the comma at k closes: a preposition of concession, time or cause ("despite a long
 * search and a large reward,", "after two years,"), no verb, quotation or other comma before
 * k, at most 20 tokens. The clause after the comma is what was said ("police admit that despite
 * a long search, they do not know where he is"), not a tag or a second report. */
static bool fronted_phrase(const struct engine *e, size_t p, size_t k)
{
	if (tok_is(e, p, "that"))
		p++;
	if (p >= k || k > p + 20 || !tok_punct(e, k, ',') ||
	    !tok_among(e, p, "despite after before during since amid until without"))
		return false;
	for (size_t i = p + 1; i < k; i++)
		if ((e->t[i].flags & TOKF_INQ) || e->t[i].kind == TOK_QOPEN ||
		    tok_punct(e, i, ',') || (e->t[i].kind == TOK_WORD && claims_verb_like(e, i)))
			return false;
	return true;
}

/* True when the content from p (after its "that") up to the comma at k is a subject and a phrase
 * set off after it by one comma before k ("that many people, both young and old,", "that
 * voters, angry and tired,", "that voters, many of them young,", "that the voters, who were
 * angry,"; not ", and in September,"): the subject has no verb, so the verb after k is the
 * content's own. A subject joined by "and" may be two objects ("supported it and Cruz, as he
 * has ..., opposed"), and a noun phrase for content has no verb to wait for. */
static bool apposed_subject(const struct engine *e, size_t p, size_t k)
{
	size_t comma = SIZE_MAX;

	if (tok_is(e, p, "that"))
		p++;
	if (p + 1 >= k || e->t[p].kind != TOK_WORD)
		return false;
	for (size_t i = p; i < k; i++) {
		if (e->t[i].flags & TOKF_INQ)
			return false;
		if (tok_punct(e, i, ',')) {
			/* ", and in September," goes on with the clause */
			if (comma != SIZE_MAX || i == p || (e->t[i + 1].word & WORD_CONJ))
				return false;
			comma = i;
			continue;
		}
		if (comma == SIZE_MAX &&
		    (e->t[i].kind != TOK_WORD ||
		     (e->t[i].word & (WORD_REL | WORD_SUBORD | WORD_PREP | WORD_CONJ)) ||
		     claims_verb_like(e, i)))
			return false;
	}
	return comma != SIZE_MAX && comma + 1 < k;
}

/* True when a sentence whose full stop is missing begins at k (before lim): a capitalised
 * determiner or pronoun right after a lowercase word that may end a clause, then the subject's
 * cue ("... of the regional centers The S.E.C. said it would ..."): a statement of its own, not
 * more of the content before it ("told The Post", "wrote in The Atlantic", "a film called The
 * Hours" and "the band The Who" have a cue, a preposition, a participle or a noun for a work or
 * a group before the capital). */
static bool unstopped_sentence(const struct engine *e, size_t k, size_t lim)
{
	const struct tok *t = &e->t[k - 1];

	if (!(e->t[k].flags & TOKF_CAP) || !(e->t[k].word & (WORD_DET | WORD_PRON)) ||
	    !tok_among(e, k, "the a an he she they we it his her their its this these those") ||
	    t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || t->cue ||
	    (t->word & ~(unsigned)WORD_DOC) || word_ends(e, k - 1, "ed") ||
	    word_ends(e, k - 1, "ing") || t->end == e->t[k].start)
		return false;
	/* "the band The Who said", "the paper The Star said": a noun for a work or a group
	 * before its title */
	if (tok_among(e, k - 1,
		      "band group film movie show song album book novel play series magazine "
		      "newspaper paper journal site blog podcast program programme channel station"))
		return false;
	return claims_clause_cue(e, k, lim) != SIZE_MAX;
}

/* True when the words from k (before lim) are a passive tag that ends the sentence ending at b:
 * a subject, its auxiliary and "quoted as saying", then a time or a medium at most ("..., the
 * regional government was quoted as saying late Thursday by the news agency"): whose words the
 * content before the comma is, as ", officials said" would be. */
static bool quoted_tag(const struct engine *e, size_t k, size_t lim, size_t b)
{
	size_t sa, sb;

	if (k >= lim || (e->t[k].flags & TOKF_INQ) || !claims_subject_fwd(e, k, lim, &sa, &sb) ||
	    sa != k)
		return false;
	while (sb < lim && e->t[sb].kind == TOK_WORD && !(e->t[sb].flags & TOKF_CAP) &&
	       ((e->t[sb].word & (WORD_AUX | WORD_ADV)) || tok_be(e, sb) || word_ends(e, sb, "ly")))
		sb++;
	return sb + 2 < lim && tok_is(e, sb, "quoted") && tok_is(e, sb + 1, "as") &&
	       tok_among(e, sb + 2, "saying telling stating") && claims_tag_ends(e, sb + 2, b);
}

/* True when the dash at k closes a relative clause set off by dashes that the content from p
 * lies in ("Smith's drawings, under the guidance of Waite—who proposed a way to read the
 * cards—are vibrant", "generals -- most of whom had announced their support -- who cited"):
 * "who", "which" or a count of whom right after the writer's last dash before p, an odd
 * number of such dashes in the sentence before p, none from p to k; a hyphen is a dash here
 * only with spaces around it ("a second- or third-tier issue" has none). */
static bool aside_dash_closes(const struct engine *e, size_t p, size_t k)
{
	size_t n = 0, d = SIZE_MAX;

	if (!tok_dash(e, k) || (e->t[k].flags & TOKF_INQ) || k + 1 >= e->nt ||
	    (e->t[k].end == e->t[k].start + 1 &&
	     (e->t[k].start == e->t[k - 1].end || e->t[k + 1].start == e->t[k].end)))
		return false;
	for (size_t i = p; i < k; i++)
		if (tok_dash(e, i) && !(e->t[i].flags & TOKF_INQ))
			return false;
	for (size_t i = p; i > 0 && e->t[i - 1].sent == e->t[p].sent && p - i < 80; i--)
		if (tok_dash(e, i - 1) && !(e->t[i - 1].flags & TOKF_INQ)) {
			d = d == SIZE_MAX ? i - 1 : d;
			n++;
		}
	return n % 2 == 1 && (tok_among(e, d + 1, "who which") ||
			      (d + 3 < p && tok_is(e, d + 2, "of") && tok_is(e, d + 3, "whom")));
}

size_t claims_with_expected(const struct engine *e, size_t w, size_t lim)
{
	if (w >= lim || !tok_is(e, w, "with") || (e->t[w].flags & TOKF_INQ))
		return SIZE_MAX;
	for (size_t k = w + 1; k + 1 < lim && k <= w + 11; k++) {
		if (tok_is(e, k, "expected"))
			return k > w + 1 && tok_is(e, k + 1, "to") ? k : SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].word & (WORD_VERB | WORD_REL | WORD_SUBORD)) || e->t[k].cue)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

size_t claims_clause_limit(const struct engine *e, size_t p, size_t b, bool np)
{
	size_t lim = p + 400 < b ? p + 400 : b, j;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		/* ", adding that", "...,” claiming that", ", only saying that" */
		if ((tok_punct(e, k, ',') ||
		     (e->t[k].kind == TOK_QCLOSE && tok_punct(e, k - 1, ','))) &&
		    (((e->t[k + 1].cue & CUE_ING) && !(e->t[k + 1].flags & TOKF_INQ)) ||
		     adverb_participle(e, k + 1, lim) ||
		     /* "..., contradicting the police's earlier claim": the writer's comment */
		     (tok_among(e, k + 1,
				"contradicting confirming undercutting belying refuting") &&
		      !(e->t[k + 1].flags & (TOKF_INQ | TOKF_CAP)))))
			return e->t[k].kind == TOK_QCLOSE ? k + 1 : k;
		if (quote_closes_on_tag(e, k, lim, b))
			return k + 1;
		if (e->t[k].flags & TOKF_INQ)
			continue;
		if (unstopped_sentence(e, k, lim))
			return k;
		if (!np && fronted_phrase(e, p, k))
			continue;
		/* "and has said", "but had pledged": a coordinated verb phrase with a cue */
		if ((tok_is(e, k, "and") || tok_is(e, k, "but")) &&
		    ((claims_clause_cue(e, k + 1, lim) != SIZE_MAX &&
		      !(tok_is(e, k, "and") &&
			(coordinated_subject(e, p, k, np) || both_and(e, p, k))) &&
		      !claims_subject_joins(e, p, k) && !modifier_after_and(e, k, lim)) ||
		     verb_cue(e, (e->t[k + 1].word & WORD_AUX) ? k + 2 : k + 1, lim, true) ||
		     refusal_after(e, k, lim) ||
		     (tok_punct(e, k - 1, ',') && speaker_clause(e, k + 1, lim))) &&
		    !claims_relative_and(e, p, k) &&
		    !(tok_is(e, k, "and") && past_of_content(e, p, k, lim)))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		if (participle_cue(e, k, lim) || second_participle(e, p, k, lim))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		if (infinitive_then_finite(e, p, k, lim))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		/* "expressed solidarity for her even as he alluded to her failings" */
		if ((tok_is(e, k, "while") || (tok_is(e, k, "as") && tok_is(e, k - 1, "even"))) &&
		    claims_clause_cue(e, k + 1, lim) != SIZE_MAX &&
		    !(e->t[claims_clause_cue(e, k + 1, lim)].cue & CUE_BELIEF))
			return tok_is(e, k, "as") ? k - 1 : k;
		if (tok_punct(e, k, ',') && claims_inner_relative(e, p, k, lim) != SIZE_MAX) {
			k = claims_inner_relative(e, p, k, lim);
			continue;
		}
		if (claims_relative_closes(e, p, k, lim))
			return k;
		if (tok_punct(e, k, ',') && clause_after_comma(e, k + 1) &&
		    !data_contrast(e, p, k) && !modal_contrast(e, k, lim) &&
		    !claims_subject_waits(e, p, k))
			return k; /* ", while 9 percent ...", ", which he called ..." */
		if (tok_punct(e, k, ',') &&
		    (but_clause(e, p, k, lim) || (np && but_that_clause(e, k, lim)) ||
		     after_clause(e, k, lim) || run_on_clause(e, p, k, lim)))
			return k;
		if (consequence_after(e, k, lim))
			return k;
		/* ", with both X and Y expected to visit": an expectation of its own (train 1 of 1,
		 * dev 1 of 1 a claim of their own in the gold) */
		if (tok_punct(e, k, ',') && claims_with_expected(e, k + 1, lim) != SIZE_MAX)
			return k;
		if (np && participle_after_np(e, p, k, lim))
			return k;
		if (dash_clause(e, p, k, lim) || aside_dash_closes(e, p, k))
			return k;
		/* 'was "a terrible mistake," although he ...', '"non-entities," but he gave': a
		 * contrast after the comma inside a quotation (a relative clause there goes on with
		 * the quoted noun: '"a battle in Cleveland," where the party may host'); and 'should
		 * "look for a psychiatrist," according to Reuters', the attribution around the content
		 * as after a plain comma (PolNeAR train: 15 of 15 contents end there) */
		if (e->t[k].kind == TOK_QCLOSE && tok_punct(e, k - 1, ',') &&
		    (tok_among(e, k + 1, "although though whereas") || but_clause(e, p, k, lim) ||
		     ((e->t[k + 1].cue & CUE_ACCORDING) && !(e->t[k + 1].flags & TOKF_INQ))))
			return k + 1;
		if (ends_content(e, k, lim) || claims_quote_tagged(e, k, lim) ||
		    claims_comment_noun(e, k, lim))
			return k;
		if (np && k > p + 1 && (j = claims_time_closes(e, p, k, lim)) != SIZE_MAX)
			return j;
		if ((np || act_object(e, p, k)) && (k > p + 1 || (k > p && np_head(e, p))) &&
		    claims_np_ends(e, p, k, lim))
			return k;
		/* "explained his reasoning in an appearance on CBS": after any cue */
		if ((k > p + 1 || (k > p && np_head(e, p))) && claims_np_occasion(e, p, k, lim))
			return k;
		if (k > p + 1 && claims_on_website(e, k, lim))
			return k;
		if (k > p + 1 && telling_day(e, p, k, lim, np))
			return k;
		if (tok_punct(e, k, ',') && !tok_is(e, k + 1, "and") && !tok_is(e, k + 1, "but")) {
			size_t c = claims_clause_cue(e, k + 1, lim);
			if (c != SIZE_MAX && claims_tag_ends(e, c, b) &&
			    claims_tag_plain(e, k + 1, c))
				return k;
			if (quoted_tag(e, k + 1, lim, b))
				return k;
			/* "Barkley, who said he votes Democratic, said ...": the clause's verb (not
			 * the verb of a subject with an apposition: "that many people, both young
			 * and old, told her ...") */
			if (verb_cue(e, k + 1, lim, false) && (np || !apposed_subject(e, p, k)))
				return k;
		}
	}
	return lim;
}
