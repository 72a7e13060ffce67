/* claims_content: where the content of a claim begins and ends around its cue. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* ---- where content ends ---- */

/* True when token k is a closing bracket whose opening one is not in [from, k): the end of a
 * sentence in brackets that the content lies in ("(He declined to comment.)"). */
static bool unopened_paren(const struct engine *e, size_t from, size_t k)
{
	if (!tok_punct(e, k, ')'))
		return false;
	for (size_t i = k; i-- > from && i + 400 > k;)
		if (tok_punct(e, i, '('))
			return false;
	return true;
}

/* True when the sentence that token k ends lies whole in content from `from` (or after a colon,
 * as a speaker's label): a question or exclamation asked in its own words ("Q: Why not
 * debate?") keeps its mark, a clause reported inside the writer's question does not. */
static bool whole_sentence(const struct engine *e, size_t from, size_t k)
{
	size_t i = k;

	while (i > from && e->t[i - 1].sent == e->t[k].sent)
		i--;
	return i > from || from == 0 || e->t[from - 1].sent != e->t[from].sent ||
	       tok_punct(e, from - 1, ':');
}

/* True when the word at k, which a limit before the next word of its sentence leaves last, cannot
 * end what is said: a conjunction, an article, a possessive, a relative word or "to" that wants
 * the words after it ("attacks on immigrants and his | promise to ...", where the next report's
 * cue cut it, "attacks on the bankers who | had fled"), in the writer's words. */
static bool dangling_word(const struct engine *e, size_t k)
{
	return k + 1 < e->nt && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_INQ) &&
	       e->t[k + 1].kind == TOK_WORD && e->t[k + 1].sent == e->t[k].sent &&
	       tok_among(
		       e, k,
		       "and or but the a an his their its our my your who whom whose which that to");
}

size_t claims_end_whole(const struct engine *e, size_t cs, size_t ce)
{
	size_t k = ce > cs ? claims_tok_at(e, ce - 1) : e->nt, first = claims_tok_at(e, cs);
	bool cut = false;

	if (k >= e->nt || e->t[k].end != ce)
		return ce;
	/* "denial in our | April op-ed": the preposition whose object went goes too */
	while (k > first && (dangling_word(e, k) ||
			     (cut && (e->t[k].word & WORD_PREP) && !(e->t[k].flags & TOKF_INQ)))) {
		k--;
		cut = true;
	}
	while (cut && k > first && tok_punct(e, k, ','))
		k--;
	return e->t[k].end;
}

size_t claims_content_end(const struct engine *e, size_t from, size_t limit)
{
	size_t last = limit;

	while (last > from && (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',') ||
			       tok_punct(e, last - 1, ';') ||
			       ((tok_punct(e, last - 1, '?') || tok_punct(e, last - 1, '!')) &&
				!whole_sentence(e, from, last - 1)) ||
			       unopened_paren(e, from, last - 1)))
		last--;
	/* a quotation that ends the content: its closing mark and the stop inside it go */
	if (last > from + 1 && e->t[last - 1].kind == TOK_QCLOSE && e->t[last - 1].pair >= from) {
		last--;
		while (last > from + 1 &&
		       (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',')))
			last--;
	}
	if (last <= from)
		return e->t[from].end;
	/* An open quotation inside the content that closes beyond the sentence. */
	for (size_t i = last; i-- > from && i + 8 > last;) {
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
		if (e->t[i].kind == TOK_QCLOSE)
			break;
	}
	if (e->t[last - 1].flags & TOKF_INQ) {
		/* The sentence ended inside a quotation: run on to its close. */
		size_t i = last - 1;
		size_t hops = 0;
		while (i > from && e->t[i].kind != TOK_QOPEN && hops < 64) {
			i--;
			hops++;
		}
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
	}
	return e->t[last - 1].end;
}

size_t claims_clause_cue(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb;

	if (k >= lim || (e->t[k].flags & TOKF_INQ) || e->t[k].kind != TOK_WORD ||
	    !claims_subject_fwd(e, k, lim, &sa, &sb) || sa != k)
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
 * the one of the frame ("praised Rubio and said ...", "said A but later denied B"). */
static bool verb_cue(const struct engine *e, size_t k, size_t lim)
{
	while (k < lim && e->t[k].kind == TOK_WORD && !e->t[k].cue &&
	       ((e->t[k].word & WORD_ADV) || word_ends(e, k, "ly")))
		k++;
	return k < lim && (e->t[k].cue & CUE_VERB) && !(e->t[k].cue & CUE_ING) &&
	       !(e->t[k].flags & TOKF_INQ) &&
	       (word_ends(e, k, "ed") || tok_is(e, k, "said") || tok_is(e, k, "told") ||
		word_ends(e, k, "s"));
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

static bool contraction(const struct engine *e, size_t k);

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
		    tok_among(e, i, "police staff no") || contraction(e, i))
			return false;
	return true;
}

/* True when a clause with a speaker of its own begins at k (before lim) whose subject has a
 * phrase after it or an adverb before it ("six in 10 said", "majorities in all five say",
 * "attorneys for the department said", "ultimately Prager thinks", "more than 4 in 10 said"):
 * after ", and" or ", but", a second report, not more of the first one's content. A subject
 * (claims_subject_fwd, perhaps after "more than"), a preposition and at most four words (no
 * verb, no quotation), adverbs or auxiliaries, then a cue used as a finite verb and the words it
 * reports. */
static bool speaker_clause(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb, j;

	if (k + 2 >= lim || (e->t[k].flags & TOKF_INQ))
		return false;
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
	while (j < lim && e->t[j].kind == TOK_WORD && !e->t[j].cue &&
	       ((e->t[j].word & (WORD_AUX | WORD_ADV)) || word_ends(e, j, "ly")))
		j++;
	return j + 1 < lim && (e->t[j].cue & CUE_VERB) &&
	       !(e->t[j].cue & (CUE_ING | CUE_INFONLY | CUE_NP | CUE_PREPONLY)) &&
	       !(e->t[j].flags & (TOKF_INQ | TOKF_CAP)) && claims_cue_verb(e, j) &&
	       (e->t[j + 1].kind == TOK_WORD || e->t[j + 1].kind == TOK_QOPEN);
}

bool claims_tag_ends(const struct engine *e, size_t c, size_t b)
{
	/* up to 14 words when none is a verb ("told the station in an interview aired on
	 * Monday"), else 7; a cue with a noun phrase for its object ("decried an increase in
	 * ...") keeps to 7 */
	bool verb = (e->t[c].cue & (CUE_NP | CUE_OBJ)) == CUE_NP;

	for (size_t k = c + 1; k < b; k++) {
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

/* True when the word at k, after a comma, begins a clause that comments on what comes before
 * rather than going on with it: a contrast, a concession or a relative clause. */
static bool clause_after_comma(const struct engine *e, size_t k)
{
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
		return false;
	if (e->t[k].cue & CUE_ACCORDING)
		return true; /* ", according to X": an attribution around the content */
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

/* The token after the relative word that follows the head of a noun phrase beginning at k
 * (", an ambitious goal that would ...", ", the state where he served"): at most four words
 * of the noun phrase, then "that", "which" or "where" and a word; SIZE_MAX when there is
 * none. */
static size_t relative_after_head(const struct engine *e, size_t k, size_t lim)
{
	for (size_t j = k; j < lim && j < k + 5; j++) {
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_among(e, j, "that which where"))
			return j > k && j + 1 < lim && e->t[j + 1].kind == TOK_WORD ? j + 1
										    : SIZE_MAX;
		if (e->t[j].word & (WORD_VERB | WORD_PREP | WORD_PRON | WORD_SUBORD))
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

/* True when content ends before token k whatever its kind: a semicolon, a colon before a
 * quotation, or an apposition that runs to the sentence's end (", a subject of deep
 * anxiety"). */
static bool ends_content(const struct engine *e, size_t k, size_t lim)
{
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
	     (tok_is(e, k + 1, "even") && k + 2 < lim && tok_among(e, k + 2, "though if as"))))
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
	/* ", to which O'Malley interjected": a relative clause after a preposition */
	if (k + 2 < lim && (e->t[k + 1].word & WORD_PREP) &&
	    (tok_is(e, k + 2, "which") || tok_is(e, k + 2, "whom")))
		return true;
	if (tok_among(e, k + 1, "a an the his her their its")) {
		size_t rel = relative_after_head(e, k + 2, lim);
		bool participle = false;
		for (size_t j = k + 2; j < lim; j++) {
			if (tok_punct(e, j, ',') || e->t[j].kind == TOK_QOPEN ||
			    (j < rel && (e->t[j].word & WORD_VERB)) ||
			    (j < rel && list_end(e, j, participle)) ||
			    ((e->t[j].word & WORD_SUBORD) && j + 1 != rel && j + 1 < lim &&
			     (e->t[j + 1].word & (WORD_PRON | WORD_DET))))
				return false; /* ", a day after he arrived" is no apposition */
			participle = participle || word_ends(e, j, "ing");
		}
		return true;
	}
	return false;
}

/* True when the word at p may be a noun phrase of one word that a time or an occasion may
 * follow ("endorsed Trump in early June", "thanking supporters at a rally"): not a pronoun
 * ("himself on Saturday for ...") nor a word that opens a clause ("how during ..."). */
static bool np_head(const struct engine *e, size_t p)
{
	return e->t[p].kind == TOK_WORD &&
	       !(e->t[p].word & (WORD_PRON | WORD_SUBORD | WORD_REL | WORD_DET)) &&
	       !word_ends(e, p, "self") && !word_ends(e, p, "selves");
}

/* True when the stop at i closes a title's abbreviation ("Mr.", "Sen.", "Gov."). */
static bool title_before(const struct engine *e, size_t i)
{
	return e->t[i - 1].kind == TOK_WORD &&
	       claims_lex_title(e->text + e->t[i - 1].start, e->t[i - 1].end - e->t[i - 1].start);
}

/* True when the comma at k begins the writer's account of what the reported act brought about
 * ("has backed a no-fly zone in Syria, putting her at odds with the president", "said ..., drawing
 * a sharp reply from Khan", "has pledged to bolster its military, reversing its ... pacifism"): a
 * participle of consequence in lower case and its object, not words of the content. */
static bool consequence_after(const struct engine *e, size_t k, size_t lim)
{
	return k + 2 < lim && tok_punct(e, k, ',') &&
	       !(e->t[k + 1].flags & (TOKF_INQ | TOKF_CAP)) &&
	       tok_among(
		       e, k + 1,
		       "putting drawing throwing reflecting surpassing providing raising elevating "
		       "giving allowing reversing prompting sparking triggering") &&
	       (e->t[k + 2].kind == TOK_WORD || e->t[k + 2].kind == TOK_QOPEN);
}

/* True when the dash at k begins a clause of the writer's own after the content from p ("believes
 * he has the potential to unify his party - he disavows the ideology ...", "endorsed her – they
 * appeared together ..."): a subject and its verb after it (claims_main_clause), and no dash in
 * the content before it, whose pair it would close ("that — despite having won only Ohio — he is
 * best-positioned"). */
static bool dash_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (!tok_dash(e, k) || k + 2 >= lim || (e->t[k].flags & TOKF_INQ) ||
	    !tok_among(e, k + 1, "he she they we i") || !claims_main_clause(e, k + 1, lim))
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

/* True when the tokens [p, k) are a noun phrase alone: words with no verb, preposition,
 * relative word or "that" among them. */
static bool short_np(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = p; i < k; i++) {
		if (tok_punct(e, i, '.') && i > p && title_before(e, i))
			continue; /* "Mr. Sanders", "Sen. Ted Cruz" */
		if (e->t[i].kind != TOK_WORD ||
		    (e->t[i].word & (WORD_VERB | WORD_PREP | WORD_REL)) || tok_is(e, i, "that") ||
		    (e->t[i].cue & CUE_VERB))
			return false;
	}
	return true;
}

/* True when the time word at k, or "this", "last" or "next" and one, belongs to the phrase
 * before it: after a preposition, a determiner, a possessive, a participle or "later"
 * ("nominee in November", "by July 31", "the party's July convention", "comments made this
 * week", "later this month"), not a time the writer dates the telling by. */
static bool time_in_phrase(const struct engine *e, size_t k)
{
	if (k == 0 || e->t[k - 1].kind != TOK_WORD ||
	    !((e->t[k].word & WORD_TIME) || tok_among(e, k, "on last this next earlier")))
		return false;
	if (word_possessive(e, k - 1))
		return true;
	return !(e->t[k - 1].flags & TOKF_CAP) &&
	       ((e->t[k - 1].word & (WORD_PREP | WORD_DET)) || word_ends(e, k - 1, "ed") ||
		tok_among(e, k - 1, "later earlier such"));
}

/* True when the day, week or year at k ("on Monday", "last week", "Tuesday night", "on April 15",
 * "in 2011") has words of the phrase after it ("blasted Trump on Monday over his stance", "pointed to his
 * victories Tuesday in Texas", "criticized Democrats in 2011 for seeking ..."): the time is then inside what the speaker went on with, not the
 * date the writer puts on the telling. Not "and" or "but", a pronoun, a verb or a cue, which
 * begin a clause of their own ("his vote, but late Saturday he announced ..."). */
static bool time_goes_on(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k;

	if (tok_among(e, j, "on last this next earlier in"))
		j++;
	if (j >= lim || (!(e->t[j].word & WORD_TIME) && !(e->t[j].flags & TOKF_DIGIT)) ||
	    (e->t[j].word & WORD_DET))
		return false;
	while (j < lim && j < k + 5 &&
	       ((e->t[j].word & WORD_TIME) || (e->t[j].flags & TOKF_DIGIT) ||
		tok_among(e, j, "night morning afternoon evening")))
		j++;
	if (j < lim && word_possessive(e, j))
		return false; /* "in last Sunday's debate": an occasion */
	if (j + 1 < lim && tok_is(e, j, "on") &&
	    ((e->t[j + 1].flags & TOKF_CAP) || (e->t[j + 1].word & (WORD_DET | WORD_PRON))))
		return false; /* "Wednesday on his radio show", "Monday on CNN": where it was said */
	return j < lim && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_INQ) &&
	       !tok_among(e, j, "and but") && !e->t[j].cue && !word_ends(e, j, "ed") &&
	       !(e->t[j].word & (WORD_PRON | WORD_VERB | WORD_AUX));
}

/* True when the content [p, k) that a cue of noun-phrase content took is a clause of its own
 * ("repeated the ministry opposed the plan", "alleged the paper had harmed her"): "that" first,
 * a finite verb or an auxiliary in it, or a subject and its verb; a participle after a
 * determiner ("the self-described socialist") is a noun's word, not a verb. A verb after "and"
 * then goes on with the clause's subject ("... opposed the plan and acted against it"). */
static bool np_clause(const struct engine *e, size_t p, size_t k)
{
	if (tok_is(e, p, "that"))
		return true;
	for (size_t i = p; i < k; i++)
		if ((e->t[i].word & WORD_VERB) && !(e->t[i].flags & TOKF_INQ))
			return true;
	return p + 1 < k && !((e->t[p].word & WORD_DET) && word_ends(e, p + 1, "ed")) &&
	       claims_main_clause(e, p, k);
}

bool claims_occasion_after(const struct engine *e, size_t k, size_t lim)
{
	static const char occasions[] =
		"interview statement speech rally debate press conference event meeting letter post "
		"tweet appearance op-ed email radio broadcast town forum campaign visit call hearing "
		"session show program briefing address remarks stop";

	for (size_t j = k + 2; j < lim && j < k + 5; j++)
		if (tok_among(e, j, occasions))
			return true;
	return false;
}

/* True when noun-phrase content that begins at p ends before token k: a time ("on Thursday", "last week"), an
 * occasion ("in an interview", "at a press conference") or a coordinated verb phrase ("but did
 * not say", "and highlighted her plans"). */
static bool np_ends(const struct engine *e, size_t p, size_t k, size_t lim)
{
	const struct tok *t = &e->t[k];
	bool comma = false;

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || k + 1 >= lim)
		return false;
	/* "statements by Trump last week that ...", "called them ... last week, ''X''" go on; a
	 * "that" after a comma is another clause's ("which endorsed Mr. Sanders in December, said
	 * that ...") */
	for (size_t j = k + 1; j < lim && j < k + 5; j++) {
		comma = comma || tok_punct(e, j, ',');
		if ((!comma && tok_is(e, j, "that")) || e->t[j].kind == TOK_QOPEN)
			return false;
	}
	if (time_in_phrase(e, k))
		return false; /* "in November", "by July 31", "later this month", "the July vote" */
	if (time_goes_on(e, k, lim))
		return false; /* "blasted Trump on Monday over his stance on abortion" */
	if ((tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this") ||
	     tok_is(e, k, "next") || tok_is(e, k, "earlier")) &&
	    (e->t[k + 1].word & WORD_TIME) && !(e->t[k + 1].word & WORD_DET))
		return true;
	if ((t->word & WORD_TIME) && !(t->word & (WORD_DET | WORD_ADV)) && (t->flags & TOKF_CAP))
		return true; /* "endorsed Trump Thursday" */
	if (tok_is(e, k, "on") && (e->t[k + 1].flags & TOKF_CAP) && k + 2 >= lim)
		return true; /* "on Twitter", "on CNN" ending the sentence */
	/* "endorsed Sanders in December", "proposed just that in 2013", "in early March", after a
	 * short noun phrase ("a bill that she supported in 2007" goes on) */
	if (k <= p + 6 && short_np(e, p, k) && tok_is(e, k, "in") && !time_goes_on(e, k, lim) &&
	    ((e->t[k + 1].word & WORD_TIME) || (e->t[k + 1].flags & TOKF_DIGIT) ||
	     (tok_among(e, k + 1, "early late mid") && k + 2 < lim &&
	      ((e->t[k + 2].word & WORD_TIME) || (e->t[k + 2].flags & TOKF_DIGIT)))))
		return true;
	/* "endorsed Clinton during a conference call", "attacked his personal life after ..." */
	if (k <= p + 6 && short_np(e, p, k) && tok_is(e, k, "during") &&
	    e->t[k + 1].kind == TOK_WORD)
		return true;
	if ((tok_is(e, k, "in") || tok_is(e, k, "at") || tok_is(e, k, "during") ||
	     tok_is(e, k, "after") || tok_is(e, k, "before")) &&
	    k + 2 < lim && (e->t[k + 1].word & (WORD_DET | WORD_PRON)) &&
	    claims_occasion_after(e, k, lim))
		return true;
	if ((tok_is(e, k, "and") || tok_is(e, k, "but")) && e->t[k + 1].kind == TOK_WORD) {
		const struct tok *n = &e->t[k + 1];
		if (tok_is(e, k + 1, "not") && k + 2 < lim && word_ends(e, k + 2, "ing"))
			return true; /* "the business mogul but not naming him" */
		if (word_ends(e, k - 1, "ed") || tok_among(e, k - 1, "over out up down off"))
			return false; /* "had been taken over and looted": two participles */
		if ((n->flags & TOKF_CAP) ||
		    !(word_ends(e, k + 1, "ed") || tok_is(e, k + 1, "did") ||
		      tok_is(e, k + 1, "was") || tok_is(e, k + 1, "has")))
			return false;
		/* checked last: "the ministry opposed the plan and acted against it" */
		return !np_clause(e, p, k);
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

/* True when the word at i may be the verb of a clause, or begins its verb phrase: a finite verb,
 * an auxiliary, a modal, a participle, a cue verb or "to". */
static bool verb_like(const struct engine *e, size_t i)
{
	return (e->t[i].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, i) || tok_is(e, i, "to") ||
	       word_ends(e, i, "ed") || word_ends(e, i, "ing") ||
	       ((e->t[i].cue & CUE_VERB) && claims_cue_verb(e, i));
}

/* True when the clause the content from p is in at k has a subject but no verb yet ("that they
 * feared the day when the farmers", "said the river"): back from k to the content's start, "that"
 * or a subordinator, at least one word and no finite verb, auxiliary, modal, participle, cue verb
 * or "to". Only words the lexicon knows count as verbs, so a clause may read as verbless with one
 * it does not know ("the mill owns the land"); verb_may_follow() asks the rest. */
static bool verb_pending(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = k; i-- > p;) {
		if (e->t[i].kind != TOK_WORD)
			return false;
		if (tok_is(e, i, "that") || (e->t[i].word & WORD_SUBORD) || i == p)
			return i + 1 < k ||
			       (i == p && !tok_is(e, i, "that") && !(e->t[i].word & WORD_SUBORD));
		if (verb_like(e, i))
			return false;
	}
	return false;
}

/* True when a clause that one of the words `openers` opened in the content from p has a subject
 * of at most six words before k and no verb yet: the words after k are still inside that
 * clause. */
static bool subject_open(const struct engine *e, size_t p, size_t k, const char *openers)
{
	for (size_t i = k; i-- > p && i + 8 > k;) {
		if (e->t[i].kind != TOK_WORD || verb_like(e, i))
			return false;
		if (tok_among(e, i, openers))
			return i + 1 < k;
		if (e->t[i].word & WORD_SUBORD)
			return false;
	}
	return false;
}

/* True when a relative clause after the comma at k is set inside a clause of the content from p
 * that "that", "whether", "if" or "because" opened, whose subject still waits for its verb
 * ("suggested that the mayor, whose rivals ..., is weak", "asked whether the council, which
 * meets on Friday, would vote"): the content cannot end at k. */
static bool subject_waits(const struct engine *e, size_t p, size_t k)
{
	return tok_among(e, k + 1, "which who whose where") &&
	       subject_open(e, p, k, "that whether if because");
}

/* True when "and" at k joins a second noun to the subject of a clause opened in the content from
 * p that has no verb yet ("because the council and the mayor agreed to ...", "even if the
 * party and its donors see him as ..."): the cue after it is that subject's verb, not a second
 * report. */
static bool subject_joins(const struct engine *e, size_t p, size_t k)
{
	return tok_is(e, k, "and") &&
	       subject_open(e, p, k, "that whether if because when what although though as");
}

/* True when the word at j may be the verb a subject before a relative clause goes on with ("the
 * farmers, who had been silenced for years, won the right"): a word in lower case, not a
 * determiner, preposition, pronoun, conjunction, subordinator, participle or cue verb, and no
 * speech tag's clause beginning there ("..., officials said"). */
static bool verb_may_follow(const struct engine *e, size_t j, size_t lim)
{
	const struct tok *t = &e->t[j];

	return j + 1 < lim && t->kind == TOK_WORD && !(t->flags & (TOKF_CAP | TOKF_INQ)) &&
	       !(t->word &
		 (WORD_DET | WORD_PREP | WORD_PRON | WORD_CONJ | WORD_SUBORD | WORD_REL)) &&
	       !word_ends(e, j, "ing") && !(t->cue & (CUE_VERB | CUE_ACCORDING)) &&
	       claims_clause_cue(e, j, lim) == SIZE_MAX;
}

/* The comma that closes a relative clause or a concession set inside the content's clause at
 * comma k, or SIZE_MAX: ", which", ", who", ", while", ", though", ", although", ", despite" or
 * ", even as/if/though", at least one word, then a comma and the verb the clause before it goes
 * on with ("the annual talks, which started a decade ago, remained ...", "the email scandal,
 * while troublesome, was dealt with"), or anything when the content so far is "that" alone
 * ("argue that, while the tax may ..., workers won't"); not a tag's cue ("..., who was there,
 * said"). */
static size_t inner_relative(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t w = k + 1;

	if (tok_is(e, w, "even") && w + 1 < lim && tok_among(e, w + 1, "as if though"))
		w++;
	else if (!tok_among(e, w, "which who whose where while though although despite"))
		return SIZE_MAX;
	if (w + 2 >= lim || e->t[w + 1].kind != TOK_WORD)
		return SIZE_MAX;
	for (size_t j = w + 1; j + 1 < lim && j < k + 30; j++) {
		const struct tok *n = &e->t[j + 1];
		if (e->t[j].kind == TOK_WORD)
			continue;
		if (!tok_punct(e, j, ',') || n->kind != TOK_WORD || (n->flags & TOKF_INQ))
			return SIZE_MAX;
		if (k == p + 1 && tok_is(e, p, "that"))
			return j;
		if ((n->flags & TOKF_CAP) || ((n->cue & CUE_VERB) && claims_cue_verb(e, j + 1)))
			return SIZE_MAX;
		/* "asked Kasich, who is fourth in the count, to lay out his path", "praising Jeb
		 * Bush, who ended his bid, as “a man who ...”", "Walker, who charges $20,000, has
		 * lost": after a relative clause, what the verb before it goes on with */
		if (tok_among(e, w, "who which") && j + 2 < lim &&
		    (((n->word & WORD_AUX) && !tok_modal(e, j + 1)) ||
		     (tok_among(e, j + 1, "as to") &&
		      (e->t[j + 2].kind == TOK_QOPEN ||
		       (e->t[j + 2].kind == TOK_WORD && !(e->t[j + 2].flags & TOKF_CAP))))))
			return j;
		if (tok_among(e, w, "whose where"))
			return verb_pending(e, p, k) && verb_may_follow(e, j + 1, lim) ? j
										       : SIZE_MAX;
		if ((n->word & WORD_VERB) || word_ends(e, j + 1, "ed"))
			return j;
		/* "when the farmers, who had been silenced, won the right": the clause before the
		 * relative one still wants its verb, which the lexicon may not know */
		return tok_among(e, w, "who which") && verb_pending(e, p, k) &&
				       verb_may_follow(e, j + 1, lim)
			       ? j
			       : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when the cue of content that begins at p lies in a relative clause set between commas
 * (", who said Clinton raped her in 1978, recounted ..."): ", who" or ", which" at most six
 * tokens before p. */
static bool in_relative(const struct engine *e, size_t p)
{
	for (size_t i = p; i-- > 1 && i + 6 > p;) {
		if (e->t[i].kind != TOK_WORD)
			return false;
		if (tok_among(e, i, "who which") && tok_punct(e, i - 1, ','))
			return true;
	}
	return false;
}

/* True when the comma at k closes a relative clause the content lies in, whose main clause's
 * verb follows ("Curiel, who through his office declined to comment, was born in ...", "the
 * vote, which she has said was a mistake, was a major factor"): a finite verb in lower case
 * after it, and no comma or quotation in the content [p, k) before it. */
static bool relative_closes(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (!tok_punct(e, k, ',') || k + 1 >= lim || (e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !(tok_among(e, k + 1,
			"is was are were has have had will would can could may might must "
			"should does did do") ||
	      (word_ends(e, k + 1, "ed") && in_relative(e, p))))
		return false;
	for (size_t i = p; i < k; i++)
		if (tok_punct(e, i, ',') || e->t[i].kind == TOK_QOPEN || tok_dash(e, i))
			return false;
	return true;
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
static bool tag_plain(const struct engine *e, size_t k, size_t c)
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

	if (!tok_punct(e, k, ',') || k + 1 >= lim || e->t[k + 1].kind != TOK_QOPEN ||
	    (e->t[k].flags & TOKF_INQ))
		return false;
	q = e->t[k + 1].pair;
	if (q + 2 >= lim || q <= k + 1 || e->t[q + 1].kind != TOK_WORD)
		return false;
	/* "said Mr. McHugh", "worries former aide Ada Cole": a cue first, its source after it */
	if ((e->t[q + 1].cue & CUE_VERB) && !(e->t[q + 1].cue & CUE_ING) &&
	    claims_cue_verb(e, q + 1))
		return name_after_title(e, q + 2, lim);
	c = claims_clause_cue(e, q + 1, lim);
	return c != SIZE_MAX && claims_tag_ends(e, c, lim);
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
		    tok_punct(e, i, ',') || (e->t[i].kind == TOK_WORD && verb_like(e, i)))
			return false;
	return true;
}

size_t claims_clause_limit(const struct engine *e, size_t p, size_t b, bool np)
{
	size_t lim = p + 400 < b ? p + 400 : b;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		/* ", adding that", "...,” claiming that", ", only saying that" */
		if ((tok_punct(e, k, ',') ||
		     (e->t[k].kind == TOK_QCLOSE && tok_punct(e, k - 1, ','))) &&
		    (((e->t[k + 1].cue & CUE_ING) && !(e->t[k + 1].flags & TOKF_INQ)) ||
		     adverb_participle(e, k + 1, lim)))
			return e->t[k].kind == TOK_QCLOSE ? k + 1 : k;
		if (e->t[k].flags & TOKF_INQ)
			continue;
		if (!np && fronted_phrase(e, p, k))
			continue;
		/* "and has said", "but had pledged": a coordinated verb phrase with a cue */
		if ((tok_is(e, k, "and") || tok_is(e, k, "but")) &&
		    ((claims_clause_cue(e, k + 1, lim) != SIZE_MAX &&
		      !(tok_is(e, k, "and") && coordinated_subject(e, p, k, np)) &&
		      !subject_joins(e, p, k) && !modifier_after_and(e, k, lim)) ||
		     verb_cue(e, (e->t[k + 1].word & WORD_AUX) ? k + 2 : k + 1, lim) ||
		     (tok_punct(e, k - 1, ',') && speaker_clause(e, k + 1, lim))))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		if (participle_cue(e, k, lim) || second_participle(e, p, k, lim))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		/* "expressed solidarity for her even as he alluded to her failings" */
		if ((tok_is(e, k, "while") || (tok_is(e, k, "as") && tok_is(e, k - 1, "even"))) &&
		    claims_clause_cue(e, k + 1, lim) != SIZE_MAX &&
		    !(e->t[claims_clause_cue(e, k + 1, lim)].cue & CUE_BELIEF))
			return tok_is(e, k, "as") ? k - 1 : k;
		if (tok_punct(e, k, ',') && inner_relative(e, p, k, lim) != SIZE_MAX) {
			k = inner_relative(e, p, k, lim);
			continue;
		}
		if (relative_closes(e, p, k, lim))
			return k;
		if (tok_punct(e, k, ',') && clause_after_comma(e, k + 1) &&
		    !data_contrast(e, p, k) && !modal_contrast(e, k, lim) &&
		    !subject_waits(e, p, k))
			return k; /* ", while 9 percent ...", ", which he called ..." */
		if (tok_punct(e, k, ',') && but_clause(e, p, k, lim))
			return k;
		if (consequence_after(e, k, lim))
			return k;
		if (dash_clause(e, p, k, lim))
			return k;
		/* 'was "a terrible mistake," although he ...', '"non-entities," but he gave': a
		 * contrast after the comma inside a quotation (a relative clause there goes on with
		 * the quoted noun: '"a battle in Cleveland," where the party may host') */
		if (e->t[k].kind == TOK_QCLOSE && tok_punct(e, k - 1, ',') &&
		    (tok_among(e, k + 1, "although though whereas") || but_clause(e, p, k, lim)))
			return k + 1;
		if (ends_content(e, k, lim) || claims_quote_tagged(e, k, lim))
			return k;
		if (np && (k > p + 1 || (k > p && np_head(e, p))) && np_ends(e, p, k, lim))
			return k;
		if (k > p + 1 && telling_day(e, p, k, lim, np))
			return k;
		if (tok_punct(e, k, ',') && !tok_is(e, k + 1, "and") && !tok_is(e, k + 1, "but")) {
			size_t c = claims_clause_cue(e, k + 1, lim);
			if (c != SIZE_MAX && claims_tag_ends(e, c, b) && tag_plain(e, k + 1, c))
				return k;
			/* "Barkley, who said he votes Democratic, said ...": the clause's verb */
			if (verb_cue(e, k + 1, lim))
				return k;
		}
	}
	return lim;
}

size_t claims_skip_connective(const struct engine *e, size_t k, size_t lim)
{
	static const char one[] = "still however indeed meanwhile moreover instead nonetheless "
				  "nevertheless yet furthermore regardless anyway";
	static const char *const two[][2] = {{"even", "so"}, {"in", "contrast"}, {"by", "contrast"},
					     {"in", "fact"}, {"of", "course"},   {"in", "addition"},
					     {"as", "a"}};

	if (k + 1 >= lim || e->t[k].kind != TOK_WORD)
		return k;
	if ((tok_is(e, k, "but") || tok_is(e, k, "and") || tok_is(e, k, "so")) &&
	    (e->t[k].flags & TOKF_CAP))
		return tok_punct(e, k + 1, ',') ? k + 2 : k + 1;
	if (tok_among(e, k, one) && tok_punct(e, k + 1, ','))
		return k + 2 < lim ? k + 2 : k;
	for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
		if (k + 2 < lim && tok_is(e, k, two[i][0]) && tok_is(e, k + 1, two[i][1]) &&
		    tok_punct(e, k + 2, ','))
			return k + 3 < lim ? k + 3 : k;
	return k;
}

size_t claims_floor_start(const struct engine *e, size_t a, size_t upto)
{
	size_t f = a > e->frame_end ? a : e->frame_end;

	if (upto > f + 400)
		f = upto - 400;
	return e->t[f].kind == TOK_QOPEN ? e->t[f].end : e->t[f].start;
}

bool claims_para_bytes(const struct engine *e, size_t p, size_t *s, size_t *end)
{
	const struct doc_para *para;

	if (p >= doc_paragraph_count(e->d))
		return false;
	para = doc_paragraph(e->d, p);
	*s = para->span.start;
	*end = para->span.end;
	if (para->heading || *end - *s > 4096)
		return false; /* bounded work for each claim that ends before a paragraph */
	while (*end > *s && strchr(" \t\r\n", e->text[*end - 1]))
		(*end)--;
	return true;
}

bool claims_quote_para(const struct engine *e, size_t p, struct span *inner)
{
	static const char *const marks[][2] = {
		{"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"''", "''"}, {"\"", "\""}};
	const char *t = e->text;
	size_t s, end;

	if (!claims_para_bytes(e, p, &s, &end))
		return false;
	for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++) {
		size_t no = strlen(marks[m][0]), nc = strlen(marks[m][1]);
		if (end < s + no + nc + 1 || memcmp(t + s, marks[m][0], no) != 0 ||
		    memcmp(t + end - nc, marks[m][1], nc) != 0)
			continue;
		/* one quotation: no double mark between its two marks (a tag's "he added" would
		 * stand between two) */
		for (size_t i = s + no; i + nc < end; i++)
			if (t[i] == '"' || (t[i] == '\'' && t[i + 1] == '\'') ||
			    memcmp(t + i, marks[0][0], 3) == 0 ||
			    memcmp(t + i, marks[0][1], 3) == 0)
				return false;
		/* a sentence of a few words at least, not a label ("Related:") or a shout */
		size_t words = 0;
		for (size_t i = s + no; i + nc < end; i++)
			words += t[i] == ' ' && t[i + 1] != ' ';
		if (words < 3 || t[end - nc - 1] == ':')
			return false;
		inner->start = s + no;
		inner->end = end - nc;
		return true;
	}
	return false;
}

/* The last token before the stop of the sentence that goes on at token j after a quotation
 * closed inside it ('"... raising incomes for the middle class" and other pocketbook issues.'),
 * or SIZE_MAX when what follows may be a tag, another quotation or the writer's own clause
 * ('"Non-paper" is a diplomatic term', '"There"--and I held towards him'): a dash first, a cue,
 * a finite verb, a personal pronoun, a quotation mark, or more than 30 tokens. */
static size_t sentence_tail(const struct engine *e, size_t j)
{
	size_t last = SIZE_MAX;

	if (tok_dash(e, j))
		return SIZE_MAX; /* '"... There"--and I held towards him ...': the writer's */
	for (size_t k = j; k < e->nt && e->t[k].sent == e->t[j].sent; k++) {
		if (k > j + 30 || e->t[k].kind == TOK_QOPEN || e->t[k].kind == TOK_QCLOSE ||
		    (e->t[k].word & WORD_VERB) || tok_among(e, k, "i he she we they") ||
		    ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k)))
			return SIZE_MAX;
		if (e->t[k].kind == TOK_WORD)
			last = k;
	}
	return last;
}

size_t claims_run_on(const struct engine *e, size_t after, size_t end)
{
	size_t i = after, hops = 0, nt = e->nt;
	size_t para;

	if (after > nt || after == 0)
		return end;
	para = doc_sentence(e->d, e->t[after - 1].sent)->paragraph;
	/* '"A," he said. Then, "B."': a connective before the next quotation */
	if (i + 2 < nt && (e->t[i].flags & TOKF_CAP) && tok_among(e, i, "then later still also") &&
	    tok_punct(e, i + 1, ',') && e->t[i + 2].kind == TOK_QOPEN)
		i += 2;
	while (i < nt && hops < 20 && e->t[i].kind == TOK_QOPEN &&
	       doc_sentence(e->d, e->t[i].sent)->paragraph == para) {
		size_t cl = e->t[i].pair, j = cl + 1;
		/* the quotation must end its sentence */
		while (j < nt && e->t[j].sent == e->t[cl].sent && e->t[j].kind == TOK_PUNCT)
			j++;
		if (j < nt && e->t[j].sent == e->t[cl].sent) {
			size_t s = sentence_tail(e, j);
			if (s != SIZE_MAX)
				end = e->t[s].end;
			break;
		}
		end = e->t[cl].start;
		i = j;
		hops++;
	}
	/* The quotation ends its paragraph with its tag, and the next paragraphs are quotations
	 * alone, with no tag of their own: the speaker goes on ("...,” Collins told MSNBC. ¶ “So
	 * the best way we do it, we get to 1,237. Game over.”). */
	if (i >= nt || doc_sentence(e->d, e->t[i].sent)->paragraph != para) {
		size_t k = claims_tok_at(e, end);
		struct span in;
		/* the content ends with the quotation: its mark, or a comma or stop before it */
		for (size_t n = 0; n < 3 && k < nt && e->t[k].kind == TOK_PUNCT; n++)
			k++;
		if (k >= nt || e->t[k].kind != TOK_QCLOSE || e->t[k].start > end + 8)
			return end;
		for (size_t n = 0; n < 8 && claims_quote_para_run(e, ++para, &in); n++)
			end = in.end;
	}
	return end;
}

/* True when the words at k, after "Y, he said," go on with Y's sentence: a subordinate clause
 * ("because he prizes electability"), an infinitive ("to talk to Congress") or "by" and a
 * gerund ("by creating a bubble"), not a phrase about the telling ("on condition of ..."). */
static bool tag_goes_on(const struct engine *e, size_t k, size_t b)
{
	if (k + 1 >= b || (e->t[k].flags & TOKF_CAP) || e->t[k + 1].kind != TOK_WORD)
		return false;
	if (tok_among(e, k, "because while although though unless whereas that"))
		return true;
	if (tok_is(e, k, "to"))
		return !(e->t[k + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
		       !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME));
	return tok_is(e, k, "by") && word_ends(e, k + 1, "ing");
}

/* True when the participle at k, alone or with one adverb, before the comma at j is a cue whose
 * content is the quotation after it ("“A,” he said, adding, “B”", "adding later, “B”"): a
 * second statement with its own claim, not more of the first quotation (a participle with
 * words of its own, "speaking of politicians", lets it go on). */
static bool added_quote(const struct engine *e, size_t k, size_t j)
{
	if (j == k + 2 && !e->t[k + 1].cue &&
	    ((e->t[k + 1].word & WORD_ADV) || word_ends(e, k + 1, "ly") ||
	     tok_among(e, k + 1, "later then also")))
		j--;
	return j == k + 1 && (e->t[k].cue & CUE_ING) && (e->t[k].cue & CUE_VERB) &&
	       !(e->t[k].cue & (CUE_PREPONLY | CUE_TO | CUE_DOC)) && claims_cue_verb(e, k);
}

/* True when the comma at k, where the words after a tag stop, begins a tag of another speaker
 * ("..., and the bridge will close in June, a spokesman said"). */
static bool another_tag(const struct engine *e, size_t k, size_t b)
{
	size_t c;

	if (!tok_punct(e, k, ',') || k + 1 >= b)
		return false;
	c = claims_clause_cue(e, k + 1, b);
	return c != SIZE_MAX && claims_tag_ends(e, c, b) && tag_plain(e, k + 1, c);
}

size_t claims_carry_on(const struct engine *e, size_t r, size_t b, size_t ce, bool quoted)
{
	if (quoted) {
		size_t j = r;
		/* "“A,” he said Monday. “B”" where the splitter saw no sentence's end (a no-break
		 * space after the stop): the quotation after the stop goes on */
		while (j < b && j < r + 3 && e->t[j].kind == TOK_WORD && (e->t[j].word & WORD_TIME))
			j++;
		if (j + 1 < b && (tok_punct(e, j, '.') || tok_punct(e, j, ':')) &&
		    e->t[j + 1].kind == TOK_QOPEN)
			return claims_run_on(e, e->t[e->t[j + 1].pair].next,
					     e->t[e->t[j + 1].pair].start);
		/* "“A,” said Sherman, speaking of politicians, “B”": a participle phrase between */
		if (r + 2 < b && tok_punct(e, r, ',') && word_ends(e, r + 1, "ing") &&
		    !(e->t[r + 1].flags & TOKF_CAP)) {
			for (j = r + 2; j + 1 < b && j < r + 14 && e->t[j].kind == TOK_WORD; j++)
				;
			if (j + 1 < b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_QOPEN &&
			    !added_quote(e, r + 1, j))
				r = j;
		}
		/* "“A,” he said of the Clinton campaign, “B”", "he said in a statement, “B”": a
		 * phrase about the telling, then the quotation goes on */
		if (r + 2 < b && e->t[r].kind == TOK_WORD &&
		    ((e->t[r].word & (WORD_PREP | WORD_TIME)) ||
		     tok_among(e, r, "last this late early") ||
		     ((e->t[r].flags & TOKF_CAP) && !e->t[r].cue))) {
			/* "she told Hewitt, “B”", "he told Bloomberg News in October, “B”": an
			 * addressee first */
			for (j = r + 1; j + 1 < b && j < r + 10 &&
					(e->t[j].kind == TOK_WORD ||
					 (tok_punct(e, j, '.') && title_before(e, j))) &&
					!(e->t[j].word & WORD_VERB) && !(e->t[j].cue & CUE_VERB);
			     j++)
				;
			if (j + 1 < b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_QOPEN)
				r = j;
		}
	}
	/* "Y, her advisers said Friday, because Z": the day of the telling before the comma */
	if (!quoted && r + 2 < b && (e->t[r].word & WORD_TIME) && !(e->t[r].word & WORD_DET) &&
	    (e->t[r].flags & TOKF_CAP) && tok_punct(e, r + 1, ','))
		r++;
	if (r + 1 < b && tok_punct(e, r, ',')) {
		const struct tok *t = &e->t[r + 1];
		/* "“A,” she said, and “B”", "he said, or “B”" */
		if (quoted && r + 2 < b && tok_among(e, r + 1, "and or") &&
		    e->t[r + 2].kind == TOK_QOPEN)
			t = &e->t[r + 2];
		/* "X, the officials said, “Z,” Mr. McHugh said": Z is McHugh's */
		if (t->kind == TOK_QOPEN && !claims_quote_tagged(e, r, b))
			return claims_run_on(e, e->t[t->pair].next, e->t[t->pair].start);
		/* "Y, he said, Z" goes on; a quotation goes on only with another ("“A,” he said,
		 * though he added ..." ends at the quotation) */
		/* "..., records show, and aviation experts say it is ...": a claim of its own */
		if (!quoted && tok_among(e, r + 1, "and but") &&
		    claims_clause_cue(e, r + 2, b) != SIZE_MAX)
			return claims_run_on(e, b, ce);
		if (!quoted && t->kind == TOK_WORD && !(t->cue & CUE_ING) &&
		    ((!(t->word & (WORD_PREP | WORD_TIME | WORD_REL | WORD_SUBORD)) &&
		      !word_ends(e, r + 1, "ing")) ||
		     tag_goes_on(e, r + 1, b))) {
			size_t lim = claims_clause_limit(e, r + 1, b, false);
			/* "A, the mayor said, and B, a spokesman said": B is the spokesman's, the
			 * content ends at its own tag */
			if (lim < b && tok_among(e, r + 1, "and but") && another_tag(e, lim, b))
				return claims_run_on(e, b, ce);
			return claims_content_end(e, r + 1, lim);
		}
	}
	return claims_run_on(e, b, ce);
}

/* ---- where content after a cue begins: a token below b, or SIZE_MAX ---- */

/* "asked our followers who their favorite speaker was", "asked the conservative who he thought
 * would win": after "asked" at p - 1, "who" or "where" at k asks when a word other than a verb
 * follows it (not "asked the man who was standing there to leave", a relative clause). */
static bool asked_who(const struct engine *e, size_t p, size_t k)
{
	return p > 0 && tok_among(e, p - 1, "asked asks ask asking") &&
	       tok_among(e, k, "who where") && k + 1 < e->nt && !(e->t[k - 1].word & WORD_PREP) &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].word & (WORD_VERB | WORD_ADV)) &&
	       !e->t[k + 1].cue && !word_ends(e, k + 1, "ed") && !word_ends(e, k + 1, "s");
}

/* After the addressee of a request or question that begins at p ("asked workers if", "urged the
 * judge to give", "called on Trump to"): the token of "to", "if", "whether" or a wh-word, or
 * SIZE_MAX. */
static size_t after_addressee(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 8 < b ? p + 8 : b;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || tok_is(e, k, "that") || (t->word & WORD_VERB) ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		if ((tok_is(e, k, "to") && e->t[k + 1].kind == TOK_WORD &&
		     !(e->t[k + 1].flags & TOKF_CAP) &&
		     !(e->t[k + 1].word & (WORD_DET | WORD_PRON))) ||
		    tok_is(e, k, "if") || tok_is(e, k, "whether") || tok_is(e, k, "why") ||
		    tok_is(e, k, "how") || tok_is(e, k, "what") || tok_is(e, k, "when") ||
		    asked_who(e, p, k))
			return k;
	}
	return SIZE_MAX;
}

/* After a cue whose content may be a noun phrase: "called X a Y", "criticized X". The object
 * stays in the content, as PolNeAR has it (train, with it against without: "called X “Y”" 101
 * to 13, "urged X to Y" 85 to 32, "blamed X for Y" and "accused X of Y" 132 to 10); the question
 * put to it starts after it ("asked X whether Y", "if", "how", "what", "why": 36 to 6). */
static size_t start_after_np(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (p > 0 && e->t[p].kind == TOK_WORD && (k = after_addressee(e, p, b)) != SIZE_MAX &&
	    !tok_is(e, k, "to"))
		return k; /* asked workers if they ... (but "urged people to protest" keeps them) */
	if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
	    e->t[p].kind == TOK_QOPEN)
		return p;
	return SIZE_MAX;
}

/* True for a pronoun with a verb joined to it: "she's", "they're", "I'm", "it’ll". */
static bool contraction(const struct engine *e, size_t k)
{
	const char *s = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start, i = 0;

	while (i < n && s[i] != '\'' && (unsigned char)s[i] != 0xE2)
		i++;
	return i < n && i > 0 && (claims_lex_word(s, i) & WORD_PRON);
}

/* True for a personal pronoun that opens a clause at k: "she worries", "he's going". */
static bool subject_pronoun(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k, "he she they we i") || contraction(e, k));
}

/* After a cue that takes an addressee: "told reporters that", "told CNN the deal is off"; a
 * clause whose subject comes before a quotation opening in lower case starts at that subject.
 * PolNeAR starts after the addressee and its "that" (train 132 times, at the addressee 4). */
static size_t start_after_object(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t lim = p + 12 < b ? p + 12 : b, subj = SIZE_MAX;

	/* told reporters that / told a crowd in Ohio that */
	for (size_t k = p; k < lim; k++) {
		if (subj == SIZE_MAX && k > p && subject_pronoun(e, k))
			subj = k;
		/* "told him she worries he's “too nice”": a phrase quoted inside the clause */
		if (e->t[k].kind == TOK_QOPEN && subj != SIZE_MAX && k + 1 < b &&
		    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP))
			return subj;
		/* "told ABC’s “Good Morning America” that": a title, then the content */
		if (e->t[k].kind == TOK_QOPEN && e->t[k].pair + 1 < b && e->t[k].pair < k + 8 &&
		    tok_is(e, e->t[k].pair + 1, "that"))
			return e->t[k].pair + 1;
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
			return k;
		if (tok_punct(e, k, ':') && k + 1 < b)
			return k + 1;
		if ((e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)) || e->t[k].word & WORD_VERB)
			break;
	}
	if (cue & CUE_QUOTEONLY)
		return SIZE_MAX;
	/* told reporters he would / told CNN the deal is off */
	for (size_t k = p + 1; k < lim; k++) {
		if (e->t[k].kind != TOK_WORD)
			break;
		/* "told reporters this was the only chance": a demonstrative and its verb open the
		 * clause, not the noun phrase after the verb */
		if (tok_among(e, k, "this these those") && k + 1 < b &&
		    (e->t[k + 1].word & WORD_VERB))
			return k;
		if (tok_among(e, k, "he she they it we i the there his her their its our my") ||
		    contraction(e, k))
			return k;
		/* "told The Star-Ledger of Newark last week she would" */
		if ((e->t[k].word & WORD_PREP) &&
		    !(tok_is(e, k, "of") && (e->t[k - 1].flags & TOKF_CAP) && k + 1 < b &&
		      (e->t[k + 1].flags & TOKF_CAP)))
			break;
	}
	return SIZE_MAX;
}

/* Tokens a phrase between a cue and its content runs over, at most ("said in a statement
 * released late on Tuesday by his lawyers:"). */
#define PHRASE_MAX 20

/* True when token k is a comma or a colon and a quotation opens right after it, before b ("said
 * in a statement: “We ...", "said, “We ..."): the quotation is the content. */
static bool quote_after_mark(const struct engine *e, size_t k, size_t b)
{
	return (tok_punct(e, k, ':') || tok_punct(e, k, ',')) && k + 1 < b &&
	       e->t[k + 1].kind == TOK_QOPEN;
}

/* True when a clause whose subject is a noun without a determiner begins at k (before b), after
 * a time that follows the cue ("said today conditions in the region appear calm", "said Tuesday
 * crime has fallen"): a lowercase word in no list (not a participle, an adverb or a preposition
 * the lists leave out: "via", "amid"), then within seven words, before any comma, pronoun or
 * conjunction, a finite verb (a verb of the lists, a word in "-ed", "appear", "seem",
 * "remain"). */
static bool bare_subject(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || t->word ||
	    t->cue || word_ends(e, k, "ing") || word_ends(e, k, "ly") ||
	    tok_among(e, k,
		      "via amid amidst alongside ahead outside inside despite per fall spring "
		      "summer winter"))
		return false;
	for (size_t j = k + 1; j < b && j < k + 8 && e->t[j].kind == TOK_WORD; j++) {
		const struct tok *v = &e->t[j];
		if (tok_is(e, j, "that") ||
		    (v->word & (WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_PRON)))
			return false;
		if ((v->word & WORD_VERB) || (!(v->word & WORD_DET) && word_ends(e, j, "ed")) ||
		    tok_among(e, j, "appear appears seem seems remain remains"))
			return true;
	}
	return false;
}

/* After a phrase between the cue and its content: "said on Tuesday that", "said in a
 * statement:". The phrase tells when or where and is left out, as PolNeAR leaves it (train,
 * without it against with: a day and "that" 72 to 0, a preposition's phrase and "that" 119 to
 * 14). */
static size_t start_after_phrase(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + PHRASE_MAX < b ? p + PHRASE_MAX : b, k = p, t0;

	/* "said Tuesday his actions ...", "said on Monday the deal ...": a time, then a clause */
	if (tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this"))
		k++;
	t0 = k;
	while (k < lim && (((e->t[k].word & WORD_TIME) && !(e->t[k].word & WORD_DET)) ||
			   (k > t0 && tok_among(e, k, "night morning afternoon evening"))))
		k++; /* "said Tuesday night he considered ..." */
	if (k > t0 && k + 1 < lim && e->t[k].kind == TOK_WORD && !tok_is(e, k, "that") &&
	    (e->t[k].word & (WORD_PRON | WORD_DET) || e->t[k].flags & TOKF_CAP ||
	     contraction(e, k) || bare_subject(e, k, b)) &&
	    !(e->t[k].word & (WORD_PREP | WORD_TIME)))
		return k;

	for (k = p; k < lim; k++) {
		if (tok_dash(e, k) || tok_punct(e, k, ';') || tok_punct(e, k, '('))
			break; /* "reported on Tuesday -- a development that ..." */
		/* "said on NBC's “Meet the Press” that ...": a title quoted in a phrase after a
		 * preposition, then "that" */
		if (e->t[k].kind == TOK_QOPEN && k > p && (e->t[p].word & WORD_PREP) &&
		    e->t[k].pair < lim && e->t[k].pair <= k + 10 &&
		    tok_is(e, e->t[k].pair + 1, "that")) {
			k = e->t[k].pair;
			continue;
		}
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
			return k;
		if (quote_after_mark(e, k, b))
			return k + 1;
	}
	/* "said in politics it takes time", "said in a statement he would run", "explained after
	 * winning Ohio, he would have to ...": a short phrase, then a clause with a pronoun for
	 * its subject */
	if (!(e->t[p].word & WORD_PREP) || (e->t[p].word & WORD_TIME))
		return SIZE_MAX;
	for (k = p + 2; k + 1 < b && k < p + 12; k++) {
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			break;
		if (tok_among(e, k, "he she it they we i") && !(e->t[k + 1].word & WORD_PREP) &&
		    e->t[k + 1].kind == TOK_WORD &&
		    (tok_punct(e, k - 1, ',') ||
		     (e->t[k - 1].kind == TOK_WORD && !e->t[k - 1].word && !e->t[k - 1].cue &&
		      !word_ends(e, k - 1, "ing"))))
			return k;
		if (tok_is(e, k, "that") || (e->t[k].cue & CUE_VERB) || (e->t[k].word & WORD_VERB))
			break;
	}
	return SIZE_MAX;
}

/* True when token k is a finite form of "be" or "have" that a clause's subject goes before ("the
 * economy is", "it has lost", "there are"). */
static bool finite_be_have(const struct engine *e, size_t k)
{
	return tok_among(e, k, "is are was were has have had");
}

/* True when a clause with its subject begins at p (before b): a personal pronoun and a verb
 * ("they had", not "found it last month"; "it" and "there" only before "is", "has" and the like:
 * "fears it has lost", "agreed there are"), or up to five words of a noun phrase that opens with
 * a determiner, a possessive or a name, then a modal ("her entire program would") or a finite
 * "be" or "have" ("fear Europe is disintegrating", "thought the deal was dead"). */
static bool clause_follows(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (p + 2 >= b || e->t[p].kind != TOK_WORD || (e->t[p].flags & TOKF_INQ))
		return false;
	if (tok_among(e, p, "he she they we i") && e->t[p + 1].kind == TOK_WORD &&
	    !(e->t[p + 1].flags & TOKF_CAP) &&
	    ((e->t[p + 1].word & (WORD_VERB | WORD_ADV)) || word_ends(e, p + 1, "ed")))
		return true; /* the modals are verbs (WORD_VERB) */
	if (tok_among(e, p, "it there") && !(e->t[p].flags & TOKF_CAP) && finite_be_have(e, p + 1))
		return true;
	if (!((e->t[p].word & WORD_DET) || tok_among(e, p, "his her their its our no") ||
	      (e->t[p].flags & TOKF_CAP)))
		return false;
	for (k = p + 1; k < b && k < p + 6 && e->t[k].kind == TOK_WORD; k++) {
		if (tok_among(e, k, "would will could should might may can must") ||
		    finite_be_have(e, k))
			return k > p;
		if (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL) ||
		    e->t[k].cue)
			return false;
	}
	return false;
}

/* The "that" after up to three words of manner or time between a cue and its clause ("said
 * explicitly that", "argued insistently that", "said late Wednesday that", "recognized long ago
 * that"), or SIZE_MAX. */
static size_t that_after_adverb(const struct engine *e, size_t p, size_t b)
{
	for (size_t k = p; k < b && k < p + 4; k++) {
		const struct tok *t = &e->t[k];
		if (tok_is(e, k, "that"))
			return k > p ? k : SIZE_MAX;
		if (t->kind != TOK_WORD || t->cue || (t->flags & TOKF_INQ) ||
		    !((!(t->flags & TOKF_CAP) && word_ends(e, k, "ly")) ||
		      ((t->word & WORD_TIME) && !(t->word & WORD_DET)) ||
		      tok_among(e, k, "late early long ago")))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The content of a cue that takes only "that" or a quotation (CUE_THATONLY), or SIZE_MAX:
 * "concluded that the race was lost", "cautioned in June that he would run", "determined: “...”",
 * "added that “...”";
 * not "anticipated how tired she would be", "calculated this by hand", "determined as the
 * limit that ..." or "hinted that in a speech" ("that" a pronoun before a preposition). */
static size_t that_only_start(const struct engine *e, size_t p, size_t b)
{
	size_t k = that_after_adverb(e, p, b);

	if (quote_after_mark(e, p, b))
		return p + 1;
	if (e->t[p].kind == TOK_QOPEN)
		return p;
	/* after a phrase only "that" ("skeptical about the “director's cut”" quotes a phrase) */
	if (k == SIZE_MAX && (e->t[p].word & (WORD_PREP | WORD_TIME)) &&
	    !tok_among(e, p, "that as"))
		k = start_after_phrase(e, p, b);
	if (k == SIZE_MAX)
		k = p;
	if (!tok_is(e, k, "that") || k + 1 >= b ||
	    (e->t[k + 1].kind != TOK_WORD && e->t[k + 1].kind != TOK_QOPEN &&
	     !tok_punct(e, k + 1, ',')) ||
	    (e->t[k + 1].word & (WORD_PREP | WORD_VERB | WORD_CONJ)))
		return SIZE_MAX;
	return k;
}

/* True when an infinitive's "to" stands at k: a lower-case word follows that opens no phrase of
 * its own ("to fight", not "to reporters", "to the crowd"). */
static bool infinitive_at(const struct engine *e, size_t k, size_t b)
{
	return tok_is(e, k, "to") && k + 1 < b && e->t[k + 1].kind == TOK_WORD &&
	       !(e->t[k + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME));
}

/* "promised Sunday at a Las Vegas rally to end ...", "sought on Wednesday to ease ...", "has
 * sought for months to temper ...": a time or a place between an infinitive cue and its "to" tells
 * when or where; the content is the infinitive. The token of "to", or SIZE_MAX. */
static size_t infinitive_after_phrase(const struct engine *e, size_t p, size_t b)
{
	if (!(e->t[p].word & (WORD_PREP | WORD_TIME)) || tok_is(e, p, "to"))
		return SIZE_MAX;
	for (size_t k = p + 1; k + 1 < b && k < p + 8; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) || e->t[k].cue)
			return SIZE_MAX;
		if (tok_is(e, k, "to"))
			return infinitive_at(e, k, b) ? k : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "said flatly: “...”", "replied evenly, “...”", "wrote back: “...”", "chanted back at him,
 * “...”": a word of manner, or "back" with its addressee, between the cue and a colon or comma
 * before a quotation tells how it was said; the content is the quotation. Its token, or
 * SIZE_MAX. */
static size_t quote_after_manner(const struct engine *e, size_t p, size_t b)
{
	size_t k = p + 1;

	if (e->t[p].kind != TOK_WORD || (e->t[p].flags & (TOKF_CAP | TOKF_INQ)) || e->t[p].cue ||
	    !(word_ends(e, p, "ly") || tok_is(e, p, "back")))
		return SIZE_MAX;
	if (k + 2 < b && tok_among(e, k, "at to") && e->t[k + 1].kind == TOK_WORD)
		k += 2; /* "back at him" */
	if (quote_after_mark(e, k, b))
		return k + 1;
	return SIZE_MAX;
}

/* "asked the buzzing crowd, “Can she stay?”", "asks at Western High School, “Any questions?”": a
 * question put to an addressee or at a place, in a quotation that opens with a capital, is the
 * quotation ("asked them “prayerfully consider” ..." keeps its object). Its token, or SIZE_MAX. */
static size_t quote_after_addressee(const struct engine *e, size_t p, size_t b)
{
	for (size_t k = p; k + 1 < b && k < p + 7; k++) {
		if (e->t[k].kind == TOK_QOPEN)
			return k > p && (e->t[k + 1].flags & TOKF_CAP) ? k : SIZE_MAX;
		if (tok_punct(e, k, ',') && e->t[k + 1].kind == TOK_QOPEN)
			continue;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
		    tok_among(e, k, "that if whether to about for"))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "blasted out a barrage of news releases", "shouted out an insult", "tweeting out falsified
 * reports": "out" right after a verb that sends words out is its particle, and the noun phrase
 * after it the content ("out of", "out loud", "out to", "out there" are phrases); "asked for a
 * photo and Clinton said, “...”", "warned of a “ferocious” battle ahead that could ...": the
 * preposition "ask" and "warn" take is theirs also where a clause or quotation follows, which left
 * it out of the cue (for "of", only the forms whose cue takes it: "warned", not a headline's
 * "warns"). The token after the particle, or SIZE_MAX. */
static size_t after_particle(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	if (p == 0 || p + 2 >= b || e->t[p + 1].kind != TOK_WORD || (e->t[p + 1].flags & TOKF_INQ))
		return SIZE_MAX;
	if ((tok_is(e, p, "for") && tok_among(e, p - 1, "ask asked asking asks")) ||
	    (tok_is(e, p, "of") && (cue & CUE_PREP) &&
	     tok_among(e, p - 1, "warn warned warning warns")))
		return (e->t[p + 1].word & (WORD_TIME | WORD_PREP | WORD_VERB)) ? SIZE_MAX : p + 1;
	/* a verb that sends words out: not "found out the hard way", "read out the body", nor "a
	 * well-thought-out plan" (a word joined by a hyphen) */
	if (!tok_is(e, p, "out") ||
	    !tok_among(e, p - 1,
		       "blast blasted blasting blasts tweet tweeted tweeting tweets shout shouted "
		       "shouting shouts yell yelled yelling yells") ||
	    !(e->t[p - 1].cue & CUE_VERB) || e->t[p].start == e->t[p - 1].end ||
	    e->text[e->t[p].start - 1] == '-' ||
	    (e->t[p + 1].word & (WORD_PREP | WORD_ADV | WORD_VERB | WORD_CONJ | WORD_TIME)) ||
	    tok_among(e, p + 1, "of loud to there that"))
		return SIZE_MAX;
	return p + 1;
}

/* "lamented in an interview with the Business Insider politics editor Oliver Darcy, ''We have
 * ...''", "called over her shoulder, ''His comments ...''": a phrase of place or occasion after a
 * cue whose content may be a noun phrase, then a comma or colon and a quotation that opens with a
 * capital: the phrase tells where, the quotation is what was said. Its token, or SIZE_MAX. */
static size_t quote_after_place(const struct engine *e, size_t p, size_t b)
{
	if (!(e->t[p].word & WORD_PREP) || tok_among(e, p, "to for of about against on"))
		return SIZE_MAX;
	for (size_t k = p + 1; k + 2 < b && k < p + PHRASE_MAX; k++) {
		if (quote_after_mark(e, k, b))
			return (e->t[k + 2].flags & TOKF_CAP) ? k + 1 : SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    tok_is(e, k, "that") || (e->t[k].word & WORD_VERB) || (e->t[k].cue & CUE_VERB))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "reported a profit of $1.78 a share", "reported 2,000 new cases", "reported between $5,000 and
 * $15,000 in income": after "reported" (p - 1) a noun phrase that holds a figure is what the
 * source reported, before any verb, comma or quotation. */
static bool reported_figure(const struct engine *e, size_t p, size_t b)
{
	size_t j;

	if (p == 0 || !tok_among(e, p - 1, "reported reports") || e->t[p].kind != TOK_WORD ||
	    (e->t[p].flags & TOKF_CAP) || (e->t[p].word & WORD_VERB) ||
	    ((e->t[p].word & WORD_PRON) && !tok_among(e, p, "its their his her our")))
		return false;
	/* "the previously reported range of $400 million": a participle after a determiner */
	for (j = p - 1; j > 0 && e->t[j - 1].kind == TOK_WORD && word_ends(e, j - 1, "ly"); j--)
		;
	if (j > 0 && (e->t[j - 1].word & (WORD_DET | WORD_PREP)))
		return false;
	for (size_t k = p; k < b && k < p + 8; k++) {
		if ((e->t[k].flags & TOKF_DIGIT) || tok_punct(e, k, '$'))
			return true;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_SUBORD)) ||
		    e->t[k].cue)
			return false;
	}
	return false;
}

size_t claims_content_start(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t k;

	if (p >= b)
		return SIZE_MAX;
	if (cue & CUE_THATONLY)
		return that_only_start(e, p, b);
	if ((cue & CUE_INF) && (k = infinitive_after_phrase(e, p, b)) != SIZE_MAX)
		return k;
	/* "hoped to sell", "vowed to fight": an infinitive, not a phrase ("said to reporters");
	 * "refused to admit that X" refused to admit X: the clause of the verb of saying (but
	 * "plans to announce that X" is a plan, the announcing with it) */
	/* "as rich as he claims to be to pay no tax": a "be" with nothing after it says nothing */
	if ((cue & CUE_INF) && tok_is(e, p, "to") && p + 2 < b && tok_is(e, p + 1, "be") &&
	    (tok_is(e, p + 2, "to") || e->t[p + 2].kind != TOK_WORD))
		return SIZE_MAX;
	if ((cue & CUE_INF) && tok_is(e, p, "to") && p + 1 < b && e->t[p + 1].kind == TOK_WORD &&
	    !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	    !(e->t[p + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME))) {
		if (p + 3 < b && (e->t[p + 1].cue & CUE_VERB) && tok_is(e, p + 2, "that") &&
		    !(p > 0 && tok_among(e, p - 1, "plan plans planned planning")))
			return p + 2;
		return p;
	}
	if (cue & CUE_INFONLY)
		return SIZE_MAX;
	if ((k = after_particle(e, p, b, cue)) != SIZE_MAX)
		return k;
	if ((k = quote_after_manner(e, p, b)) != SIZE_MAX)
		return k;
	if ((k = that_after_adverb(e, p, b)) != SIZE_MAX)
		return k;
	if ((cue & (CUE_NP | CUE_OBJ)) == (CUE_NP | CUE_OBJ) &&
	    (k = quote_after_addressee(e, p, b)) != SIZE_MAX)
		return k;
	if ((cue & CUE_NP) && (k = quote_after_place(e, p, b)) != SIZE_MAX)
		return k;
	if (cue & CUE_NP)
		return start_after_np(e, p, b);
	if (cue & CUE_OBJ)
		return start_after_object(e, p, b, cue);
	/* "say this is a rough patch": a determiner that opens the clause, not a time */
	if ((e->t[p].word & (WORD_TIME | WORD_DET)) == (WORD_TIME | WORD_DET) && p + 1 < b &&
	    e->t[p + 1].kind == TOK_WORD && !(e->t[p + 1].word & WORD_TIME) &&
	    !(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY)))
		return p;
	/* "said about half of the adjustment reflected ...": a number, not a phrase */
	if (tok_among(e, p, "about around over under nearly almost") && p + 2 < b &&
	    !(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_NP | CUE_OBJ)) &&
	    ((e->t[p + 1].flags & TOKF_DIGIT) ||
	     tok_among(e, p + 1, "half one two three four five six seven eight nine ten") ||
	     word_ends(e, p + 1, "thirds") || word_ends(e, p + 1, "quarters")))
		return p;
	if (e->t[p].word & (WORD_PREP | WORD_TIME) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that") && !tok_is(e, p, "there") &&
	     !((cue & CUE_DOC) && tok_among(e, p, "only just nearly almost"))))
		return start_after_phrase(e, p, b); /* not "shows only a small gap" */
	if (quote_after_mark(e, p, b))
		return p + 1;
	/* "said, among other things, that ...": an aside between commas, then the clause (not
	 * ", adding, “...”", a second cue) */
	if (tok_punct(e, p, ',') && !(cue & CUE_NP) && p + 1 < b && !e->t[p + 1].cue &&
	    !word_ends(e, p + 1, "ing")) {
		for (size_t k = p + 2; k + 1 < b && k < p + 8; k++) {
			if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
				break;
			if (tok_punct(e, k, ',') &&
			    (tok_is(e, k + 1, "that") || e->t[k + 1].kind == TOK_QOPEN))
				return k + 1;
		}
	}
	if (tok_punct(e, p, ':') && p + 1 < b)
		return p + 1;
	/* "said — on Twitter, as it happens — that ...": an aside between dashes */
	if (tok_dash(e, p) && p + 2 < b)
		for (size_t k = p + 2; k + 1 < b && k < p + 14; k++)
			if (tok_dash(e, k))
				return tok_dash(e, k + 1) ? SIZE_MAX
							  : claims_content_start(e, k + 1, b, cue);
	if (e->t[p].kind == TOK_QOPEN || tok_is(e, p, "that"))
		return p;
	if ((cue & CUE_NEEDTHAT) && reported_figure(e, p, b))
		return p;
	/* "reported seeing", "denied having": a gerund */
	if ((cue & CUE_NEEDTHAT) && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	    word_ends(e, p, "ing") && !e->t[p].cue && p + 1 < b && e->t[p + 1].kind == TOK_WORD)
		return p;
	/* "knows how to use it", "no one knows what the field will look like" */
	if ((cue & CUE_NEEDTHAT) && p + 2 < b &&
	    tok_among(e, p, "how what whether why when who where which"))
		return p;
	/* "agreed they had no recourse", "promised her program would be paid for", "fear the new
	 * approach will leave": a clause without "that", its subject a pronoun or a short noun
	 * phrase before a modal */
	if ((cue & CUE_NEEDTHAT) && !(cue & CUE_QUOTEONLY) && clause_follows(e, p, b))
		return p;
	if (cue & (CUE_NEEDTHAT | CUE_QUOTEONLY))
		return SIZE_MAX;
	/* "said having Trump at the top ... puts them at risk": a gerund clause */
	if (tok_among(e, p, "having being") && p + 2 < b && e->t[p + 1].kind == TOK_WORD)
		return p;
	/* "46 percent of voters said yes, ...", "the candidate said no.": the answer */
	if ((tok_is(e, p, "yes") || tok_is(e, p, "no")) && !(e->t[p].flags & TOKF_CAP) &&
	    (p + 1 >= b || tok_punct(e, p + 1, ',') || tok_punct(e, p + 1, '.')))
		return p;
	if (e->t[p].kind != TOK_WORD || e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ) ||
	    tok_is(e, p, "so") || tok_is(e, p, "yes") ||
	    (tok_is(e, p, "no") && !((cue & CUE_DOC) && e->t[p + 1].kind == TOK_WORD) &&
	     !clause_follows(e, p, b)))
		return SIZE_MAX; /* "records show no gifts" is what they show, "said no decision
				  * had been made" what was said */
	if (p + 1 >= b || (tok_punct(e, p + 1, '.') && !(p + 2 < b && (e->t[p].flags & TOKF_CAP) &&
							 (e->t[p + 2].flags & TOKF_CAP))))
		return SIZE_MAX; /* one word ("said so."), but "said Mr. Trump ..." goes on */
	return p;
}

/* ---- the content at its start ---- */

/* True when the quotation opening at p is a phrase quoted inside the clause, which goes on after
 * it ("said “it gets me mad” every time he thinks about ...", "vowed to “take our fight” to the
 * 35 states"): the quoted words begin in lower case and end without a stop or comma, and a word
 * of the clause follows, not the speech tag's pronoun. */
static bool quote_in_clause(const struct engine *e, size_t p, size_t b)
{
	size_t q = e->t[p].pair;

	if (q + 1 >= b || q <= p + 1 || e->t[q - 1].kind != TOK_WORD ||
	    (e->t[p + 1].flags & TOKF_CAP))
		return false; /* "chanting “I’m with her” until ...": an utterance of its own */
	const struct tok *n = &e->t[q + 1];
	return n->kind == TOK_WORD && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
	       !(n->word & WORD_PRON) && !(n->cue & CUE_VERB);
}

bool claims_main_clause(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t;
	size_t lim;
	int commas = 0;

	/* "at least 21,000 said", "more than half said": a number's qualifier */
	if (k + 2 < b && ((tok_is(e, k, "at") && tok_is(e, k + 1, "least")) ||
			  (tok_among(e, k, "more fewer less") && tok_is(e, k + 1, "than"))))
		k += 2;
	/* "at the town hall this week she said": a short phrase, then a pronoun and its verb */
	if ((e->t[k].word & WORD_PREP) && !tok_among(e, k, "of to") &&
	    !(e->t[k].flags & TOKF_INQ)) {
		for (size_t j = k + 1; j + 1 < b && j < k + 8 && e->t[j].kind == TOK_WORD; j++)
			if (tok_among(e, j, "he she they we i") && !(e->t[j].flags & TOKF_INQ)) {
				size_t v = j + 1;
				while (v + 1 < b && v < j + 3 && (e->t[v].word & WORD_ADV))
					v++;
				return (e->t[v].word & WORD_VERB) ||
				       ((e->t[v].cue & CUE_VERB) && claims_cue_verb(e, v)) ||
				       word_ends(e, v, "ed");
			}
		return false;
	}
	t = &e->t[k];
	lim = k + 8;
	/* "it looks", "they say": a personal pronoun, then its verb */
	if (tok_among(e, k, "he she it they we i") && !(t->flags & TOKF_INQ) && k + 1 < b &&
	    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	    !(e->t[k + 1].word & (WORD_PREP | WORD_CONJ | WORD_REL | WORD_DET)))
		return true;
	/* "it’s unlikely", "they're": a pronoun with its verb joined to it */
	if (t->kind == TOK_WORD && !(t->flags & TOKF_INQ) && contraction(e, k) &&
	    !(e->t[k].word & WORD_REL) && (e->text[t->start] | 0x20) != 'w')
		return true;
	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    (t->word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV | WORD_VERB)) ||
	    (t->cue & CUE_VERB) || tok_among(e, k, "that to not"))
		return false;
	if (!(t->flags & (TOKF_CAP | TOKF_DIGIT)) && !(t->word & (WORD_PRON | WORD_DET)) &&
	    (word_ends(e, k, "ing") || word_ends(e, k, "ed")))
		return false; /* ", leaving ...", ", followed by ...": a phrase, not a subject */
	for (size_t j = k + 1; j < b && j < lim; j++) {
		const struct tok *n = &e->t[j];
		bool verb;
		/* "Michael Briggs, Sanders's spokesman, suggested": one apposition between commas */
		if ((tok_punct(e, j, ',') || tok_dash(e, j)) && !(n->flags & TOKF_INQ)) {
			if (++commas > 2)
				return false;
			if (commas == 1)
				lim = j + 12;
			continue;
		}
		if (tok_punct(e, j, '.') && e->t[j - 1].kind == TOK_WORD &&
		    claims_lex_title(e->text + e->t[j - 1].start,
				     e->t[j - 1].end - e->t[j - 1].start))
			continue; /* "Mrs. Schlafly replied" */
		if (n->kind != TOK_WORD || (n->flags & TOKF_INQ))
			return false;
		verb = (n->word & WORD_VERB) || ((n->cue & CUE_VERB) && claims_cue_verb(e, j)) ||
		       (!(n->flags & TOKF_CAP) && word_ends(e, j, "ed"));
		if (verb && commas != 1)
			return true;
		if (commas == 2 && !(n->word & WORD_ADV) && !word_ends(e, j, "ly"))
			return false; /* after the apposition, its verb */
	}
	return false;
}

/* True when the tokens [a, b) are words of a noun phrase: no verb, cue, preposition or
 * quotation among them. */
static bool noun_phrase_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
		    word_ends(e, k, "ed"))
			return false;
	return true;
}

size_t claims_opening(const struct engine *e, size_t a, size_t c)
{
	size_t s = a;

	if (c > a + 60)
		return SIZE_MAX;
	for (size_t k = c; k > a; k--)
		if (tok_punct(e, k - 1, ',') && !(e->t[k - 1].flags & TOKF_INQ)) {
			s = k; /* the clause begins after a phrase with no verb */
			for (size_t i = a; i + 1 < k; i++)
				if ((e->t[i].word & WORD_VERB) || (e->t[i].cue & CUE_VERB) ||
				    (e->t[i].flags & TOKF_INQ) || word_ends(e, i, "ed"))
					return SIZE_MAX;
			break;
		}
	s = claims_skip_connective(e, s, c);
	if (s > c || e->t[s].kind != TOK_WORD || (e->t[s].flags & TOKF_INQ))
		return SIZE_MAX;
	/* "Despite challenging ...", "After leaving ...": a preposition and a participle */
	if (s < c && (e->t[s].word & WORD_PREP) && word_ends(e, s + 1, "ing"))
		return s;
	/* "In a protest demanding his return, thousands marched": a preposition, a noun phrase
	 * and a participle cue on it */
	if (s + 1 < c && c <= s + 6 && (e->t[s].word & WORD_PREP) && word_ends(e, c, "ing") &&
	    noun_phrase_words(e, s + 1, c))
		return s;
	/* "In a year when Trump is talking about ...": a subordinator after a phrase with no verb */
	for (size_t k = s; k < c && k < s + 8; k++) {
		if (tok_among(e, k,
			      "when after as while although though because if since before once "
			      "until whereas unless despite asked") ||
		    (tok_is(e, k, "now") && tok_is(e, k + 1, "that")))
			return k;
		if ((e->t[k].word & (WORD_VERB | WORD_REL)) || e->t[k].kind != TOK_WORD ||
		    (e->t[k].cue & CUE_VERB) || word_ends(e, k, "ed"))
			break;
	}
	if (word_ends(e, s, "ing") && (s == c || !(e->t[s].word & (WORD_VERB | WORD_PREP))))
		return s;
	return SIZE_MAX;
}

/* The comma after p, or the closing mark after a comma inside a quotation, where a clause that
 * `main` reads as a main clause begins (within 400 tokens, before lim); SIZE_MAX when there is
 * none. */
static size_t clause_comma(const struct engine *e, size_t p, size_t lim,
			   bool (*main)(const struct engine *, size_t, size_t))
{
	for (size_t k = p + 1; k + 1 < lim && k < p + 400; k++) {
		size_t n = k + 1;
		/* a comma that ends the clause: alone, or inside the quotation that closes there */
		if (tok_punct(e, k, ',') && (e->t[k].flags & TOKF_INQ) &&
		    e->t[n].kind == TOK_QCLOSE && n + 1 < lim)
			n++;
		else if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (main(e, n, lim))
			return k;
	}
	return SIZE_MAX;
}

size_t claims_main_after(const struct engine *e, size_t p, size_t lim)
{
	return clause_comma(e, p, lim, claims_main_clause);
}

/* True when a main clause begins at k after a clause a subordinator opens, read more loosely
 * than claims_main_clause, since such an opening clause must end before one: a subject (a name,
 * a determiner, a pronoun or "most", "many" ...), perhaps an apposition between commas, then a
 * finite verb, or after the apposition any word that is no function word ("Mr. Lamb, the chief
 * executive, forecast"). An "and" before the verb is a list the comma was part of. */
static bool fronted_main(const struct engine *e, size_t k, size_t lim)
{
	int commas = 0;

	if (claims_main_clause(e, k, lim))
		return true;
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
	    (e->t[k].word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_VERB)) ||
	    !((e->t[k].flags & TOKF_CAP) || (e->t[k].word & (WORD_PRON | WORD_DET)) ||
	      tok_among(e, k, "most many some few both none all")))
		return false;
	for (size_t j = k + 1; j < lim && j < k + 14; j++) {
		const struct tok *n = &e->t[j];
		if (tok_punct(e, j, ',') && !(n->flags & TOKF_INQ)) {
			if (++commas > 2)
				return false;
			continue;
		}
		if (tok_punct(e, j, '.') && title_before(e, j))
			continue;
		if (n->kind != TOK_WORD || (n->flags & TOKF_INQ) || (n->word & WORD_CONJ))
			return false;
		if (commas == 2)
			return !(n->flags & TOKF_CAP) &&
			       !(n->word &
				 (WORD_DET | WORD_PREP | WORD_PRON | WORD_REL | WORD_SUBORD));
		if (commas == 0 && ((n->word & WORD_VERB) || tok_modal(e, j) ||
				    ((n->cue & CUE_VERB) && claims_cue_verb(e, j)) ||
				    (!(n->flags & TOKF_CAP) && word_ends(e, j, "ed"))))
			return true;
	}
	return false;
}

/* For content from p in a clause that a subordinator opens ("Although he called ...", "When
 * she said ..."): the comma, or the closing mark after a comma inside a quotation, where the
 * main clause begins (fronted_main); SIZE_MAX when there is none. */
static size_t fronted_end(const struct engine *e, size_t p, size_t lim)
{
	return clause_comma(e, p, lim, fronted_main);
}

/* For content from p whose cue c lies in a clause that opens the sentence [a, ...)
 * (claims_opening): the comma where the main clause begins (claims_main_after, or for a
 * subordinator's clause fronted_end); else lim. */
static size_t intro_clause_end(const struct engine *e, size_t a, size_t c, size_t p, size_t lim)
{
	size_t o = claims_opening(e, a, c), k;

	if (o == SIZE_MAX)
		return lim;
	if ((k = claims_main_after(e, p, lim)) != SIZE_MAX)
		return k;
	if (tok_among(e, o, "although though while when after because as if since") &&
	    (k = fronted_end(e, p, lim)) != SIZE_MAX)
		return k;
	return lim;
}

/* "Benenson, whom one Obama insider described as “his brother”", "Trump, who he blasted as a
 * bully", "what some are criticizing as a photo op": content from "as" after the cue describes the
 * object, a relative pronoun just before the source, and holds it. That pronoun's token, or p. */
static size_t object_before(const struct engine *e, const struct frame *f, size_t p)
{
	if (p == f->qb && tok_is(e, p, "as") && f->sa > f->a &&
	    tok_among(e, f->sa - 1, "whom who what") && !(e->t[f->sa - 1].flags & TOKF_INQ))
		return f->sa - 1;
	return p;
}

/* "But, he added, “We are ...”", "Of course, the mayor said, “I ...”": "but", "and", "instead"
 * or "of course" opening the sentence, a comma after it, then the tag and a quotation that
 * opens with a capital, its content: the word is the speaker's first, the tag set inside the
 * statement ("Still, she added, “...”" is the writer's; before a quotation in lower case,
 * "But, he said, “there is ...”", the quotation goes on from the tag alone). Its token, or
 * SIZE_MAX. */
static size_t connective_before_tag(const struct engine *e, const struct frame *f, size_t p)
{
	size_t a = f->a;

	if (f->sa <= a + 1 || f->sa > a + 3 || !tok_punct(e, f->sa - 1, ',') ||
	    !(e->t[a].flags & TOKF_CAP) || (e->t[a].flags & TOKF_INQ) || p != f->qb + 1 ||
	    !(tok_punct(e, f->qb, ',') || tok_punct(e, f->qb, ':')) || p + 1 >= f->b ||
	    !(e->t[p + 1].flags & TOKF_CAP))
		return SIZE_MAX;
	if (f->sa == a + 2 && tok_among(e, a, "but and instead"))
		return a;
	if (f->sa == a + 3 && tok_is(e, a, "of") && tok_is(e, a + 1, "course"))
		return a;
	return SIZE_MAX;
}

void claims_content_at(const struct engine *e, struct frame *f, size_t p)
{
	size_t w;

	if (e->t[p].kind == TOK_QOPEN && quote_in_clause(e, p, f->b)) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = claims_content_end(e, p,
					   claims_clause_limit(e, p, f->b, (f->cue & CUE_NP) != 0));
	} else if (e->t[p].kind == TOK_QOPEN && (w = connective_before_tag(e, f, p)) != SIZE_MAX) {
		f->kind = CLAIM_INDIRECT; /* the connective, the tag, then the quotation */
		f->cs = e->t[w].start;
		f->ce = e->t[e->t[p].pair].start;
	} else if (e->t[p].kind == TOK_QOPEN) {
		f->kind = CLAIM_DIRECT;
		f->cs = e->t[p].end;
		f->ce = e->t[e->t[p].pair].start;
	} else if (tok_among(e, p, "yes no") && !(e->t[p].flags & TOKF_CAP) &&
		   !(tok_is(e, p, "no") && (((f->cue & CUE_DOC) && e->t[p + 1].kind == TOK_WORD) ||
					    clause_follows(e, p, f->b)))) {
		size_t k = p; /* "said yes, yes, yes, over and over": the answer alone */
		while (k + 2 < f->b && tok_punct(e, k + 1, ',') && tok_is(e, k + 2, "yes"))
			k += 2;
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = e->t[k].end;
	} else {
		size_t lim = claims_clause_limit(e, p, f->b, (f->cue & CUE_NP) != 0);
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[object_before(e, f, p)].start;
		f->ce = claims_content_end(e, p, intro_clause_end(e, f->a, f->c, p, lim));
	}
}
