/* claims_frames_according: the frames that name a source in a phrase of their own: "according
 * to X", "X quoted Y as saying", "As X reported", "reported by X", and a question "asked". */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* ---- "according to X" ---- */

/* The source after "according to": up to a comma, a semicolon or a quotation, without a final full stop (or
 * a bracket it does not open). Returns the token where the search stopped. */
static size_t according_source(const struct engine *e, struct frame *f)
{
	size_t k = f->qb;
	/* "— according to the minutes —": a dash before the cue closes the source with another */
	bool dashed = f->c > f->a && tok_dash(e, f->c - 1);

	while (k < f->b && k < f->qb + 40 && !tok_punct(e, k, ',') && !tok_punct(e, k, ';') &&
	       !(e->t[k].kind == TOK_QOPEN && claims_after_nickname(e, k, f->b) == k) &&
	       !(dashed && tok_dash(e, k)))
		k = claims_after_nickname(e, k, f->b) > k ? e->t[k].pair + 1 : k + 1;
	f->sa = f->qb;
	f->sb = k;
	while (f->sb > f->sa && tok_punct(e, f->sb - 1, '.'))
		f->sb--;
	/* "(... according to the publisher.)": a bracket opened before the source */
	if (f->sb > f->sa + 1 && tok_punct(e, f->sb - 1, ')')) {
		size_t i = f->sa;
		while (i < f->sb && !tok_punct(e, i, '('))
			i++;
		if (i == f->sb)
			for (f->sb--; f->sb > f->sa && tok_punct(e, f->sb - 1, '.'); f->sb--)
				;
	}
	return k;
}

/* True when a main clause begins at k (before b), after an opening question or subordinate
 * clause ("Asked if ..., 46 percent of voters said yes", "Though he has no shot, John Kasich
 * appears ..."): a subject (a name, a pronoun, a determiner or a number) and, within five words,
 * a verb. */
static bool main_clause(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    !((t->flags & (TOKF_CAP | TOKF_DIGIT)) || (t->word & (WORD_PRON | WORD_DET))) ||
	    (t->word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV)))
		return false;
	for (size_t j = k + 1; j < b && j < k + 6 && e->t[j].kind == TOK_WORD; j++)
		if ((e->t[j].word & WORD_VERB) || (!(e->t[j].flags & TOKF_CAP) &&
						   (word_ends(e, j, "ed") || word_ends(e, j, "s"))))
			return true;
	return false;
}

/* Content before the cue: from the sentence's start (or the claim before; after an opening
 * subordinate clause) to the last word before the cue and its commas or dashes. False when
 * there is none. */
static bool content_before(const struct engine *e, struct frame *f)
{
	size_t ce = f->c, s;

	while (ce > f->a && (tok_punct(e, ce - 1, ',') || tok_dash(e, ce - 1)))
		ce--;
	if (ce <= f->a)
		return false;
	s = claims_skip_connective(e, f->a, ce);
	/* "Though he has no shot, John Kasich appears to ..., according to": a concession that
	 * opens the sentence is the writer's ("Despite a month of attacks, Sanders has failed to
	 * ..., according to the poll", "For all the hatred ..., most Americans ..."), as is a
	 * comment ("As it stands, ..."); a clause of time, cause or condition is part of what the
	 * source reports ("When the delegates are counted, her lead is larger, according to ...",
	 * "Because Friday was the deadline, ..."; PolNeAR train and dev, with it against without:
	 * "when", "while", "because", "since" 6 to 0, "as", "though", "despite" 0 to 6) */
	if ((tok_among(e, s, "though although as whereas despite") ||
	     (tok_is(e, s, "for") && s + 2 < ce && tok_is(e, s + 1, "all") &&
	      (e->t[s + 2].word & WORD_DET))) &&
	    !tok_is(e, s + 1, "of")) {
		for (size_t k = s + 1; k + 1 < ce && k < s + 40; k++)
			if (tok_punct(e, k, ',') && main_clause(e, k + 1, ce)) {
				s = k + 1;
				break;
			}
	}
	/* "... on the state level: So far this year, 14 states passed ..., according to": the
	 * clause after a colon (not a quotation after it: "said: “...”") */
	for (size_t k = ce - 1; k > s && k + 60 > ce; k--)
		if (tok_punct(e, k, ':') && !(e->t[k].flags & TOKF_INQ) && k + 1 < ce &&
		    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_DIGIT)) {
			s = k + 1;
			break;
		}
	if (claims_holds_claims(e, e->t[ce - 1].end))
		f->cs = e->t[s].start; /* the claims before are in it */
	else
		f->cs = claims_floor_start(e, s, ce - 1);
	f->ce = e->t[ce - 1].end;
	return true;
}

/* True when the words from k (before b) go on with the clause that a parenthetical interrupted:
 * a verb or a subordinating word first ("was any mention", "because ..."), no cue of their own
 * and no quotation. */
static bool goes_on(const struct engine *e, size_t k, size_t b)
{
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP) ||
	    !((e->t[k].word & (WORD_VERB | WORD_SUBORD)) || word_ends(e, k, "ed")))
		return false;
	for (size_t i = k; i < b && i < k + 60; i++)
		if (e->t[i].kind == TOK_QOPEN ||
		    ((e->t[i].cue & CUE_VERB) && !(e->t[i].flags & TOKF_INQ) &&
		     claims_cue_verb(e, i)))
			return false;
	return true;
}

/* "The oceans absorbed more heat, according to the study, published in Science": a participle
 * at k after the source's comma describes the source when the words before the source are a
 * clause already (a verb, the last word no auxiliary: not "He was, according to police,
 * arrested"); the sentence does not go on. */
static bool source_described(const struct engine *e, const struct frame *f, size_t k)
{
	size_t cs = claims_tok_at(e, f->cs);

	return !(e->t[k].word & WORD_VERB) && word_ends(e, k, "ed") && f->c >= cs + 3 &&
	       tok_punct(e, f->c - 1, ',') && !(e->t[f->c - 2].word & WORD_AUX) &&
	       !tok_among(e, f->c - 2, "am are be been being get got had has have is was were") &&
	       !claims_no_verb(e, cs, f->c - 1);
}

/* True when the words [a, b) hold no finite verb, no cue verb and no quotation: a noun phrase or
 * a phrase, not a clause. */
bool claims_no_verb(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < a + 40; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || (t->word & WORD_VERB) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)) ||
		    (!(t->flags & TOKF_CAP) && word_ends(e, k, "ed")))
			return false;
	}
	return a < b && b <= a + 40;
}

/* "According to Lorella Praeli, Clinton's Latino vote director, the campaign ...", "according to
 * interviews with more than a half-dozen of Cruz's friends, aides and allies, he wants ...": after
 * the comma k that ends the source, a phrase that names it further (a determiner, a possessive or
 * a word in lower case first; up to seven words with no verb, time or number before a relative
 * pronoun) and a comma before a clause of its own. The token after that comma, or k + 1. */
static size_t according_apposition(const struct engine *e, size_t k, size_t b)
{
	size_t j = k + 1;
	bool rel = false;

	if (j + 2 >= b || e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ) ||
	    !((e->t[j].word & WORD_DET) || word_possessive(e, j) || !(e->t[j].flags & TOKF_CAP)) ||
	    (e->t[j].word & (WORD_PRON | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV |
			     WORD_VERB | WORD_TIME)))
		return k + 1;
	for (; j + 1 < b && j < k + 16; j++) {
		if (tok_punct(e, j, ','))
			return j > k + 1 && main_clause(e, j + 1, b) ? j + 1 : k + 1;
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ))
			return k + 1;
		rel = rel || (e->t[j].word & WORD_REL);
		/* not "Clinton's favorability among Hispanics fell in August from 71 percent to 55
		 * percent, a drop ...": a clause of the content, its verb not known as one */
		if (!rel && ((e->t[j].word & (WORD_VERB | WORD_TIME)) || e->t[j].cue ||
			     (e->t[j].flags & TOKF_DIGIT) || tok_is(e, j, "that") || j > k + 7))
			return k + 1;
	}
	return k + 1;
}

/* "According to Jack Kelly, writing for RealClearPolitics, the foundation ...": after the
 * source's comma k (before b), a participle in lower case and up to ten words name the source
 * further; the token after their comma when a main clause follows, SIZE_MAX when a colon ends
 * them ("..., writing for RealClearPolitics:" and the quotation below: no clause to show as the
 * source's words), k + 1 otherwise. */
static size_t source_participle(const struct engine *e, size_t k, size_t b)
{
	size_t j;

	if (k + 2 >= b || !tok_punct(e, k, ',') || e->t[k + 1].kind != TOK_WORD ||
	    (e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ)) || !word_ends(e, k + 1, "ing"))
		return k + 1;
	for (j = k + 2; j < b && j < k + 12 && e->t[j].kind == TOK_WORD && !e->t[j].cue; j++)
		;
	if (j < b && tok_punct(e, j, ':'))
		return SIZE_MAX;
	return j + 1 < b && tok_punct(e, j, ',') && main_clause(e, j + 1, b) ? j + 1 : k + 1;
}

/* "The rebels shut the roads, but according to local officials, a smaller road stayed open":
 * "according to" after ", but" and its source's comma k, a clause after it, opens the second
 * clause, which is what the source says; the first is the writer's. */
static bool but_according(const struct engine *e, const struct frame *f, size_t k)
{
	return f->c >= f->a + 2 && tok_is(e, f->c - 1, "but") && tok_punct(e, f->c - 2, ',') &&
	       k + 1 < f->b && tok_punct(e, k, ',') && main_clause(e, k + 1, f->b);
}

/* "According to the poll, Clinton's favorability fell to 55 percent, a drop outside the margin
 * of error.", "..., although they were less enthusiastic.", "...; Rep. Blackburn; ...": a source
 * named first speaks for the whole sentence, so the clause limit lim of its content gives way to
 * the sentence's end b when nothing from lim on reports (no cue, no quotation opened) and no
 * relative clause follows. */
static size_t according_sentence_end(const struct engine *e, size_t lim, size_t b)
{
	/* not a relative clause ("..., which surrounds Addis Ababa"): the writer's description */
	if (lim + 2 < b && ((e->t[lim + 1].word | e->t[lim + 2].word) & WORD_REL))
		return lim;
	for (size_t i = lim; i < b; i++)
		if (e->t[i].cue || e->t[i].kind == TOK_QOPEN || (e->t[i].flags & TOKF_INQ))
			return lim;
	return b;
}

/* "He crossed the border after, according to the station, the network censured his report":
 * the words before the source stop on a preposition or a subordinating word, so the clause
 * goes on after it (not "reported that, according to X, ...": the content of the report). */
static bool dangles(const struct engine *e, const struct frame *f)
{
	return f->c >= f->a + 3 && e->t[f->c - 2].kind == TOK_WORD &&
	       !(e->t[f->c - 2].flags & TOKF_INQ) && !tok_is(e, f->c - 2, "that") &&
	       (e->t[f->c - 2].word & (WORD_PREP | WORD_SUBORD | WORD_CONJ));
}

/* "The paper reported that, according to the audit, costs rose", "said Tuesday that according to
 * its analysis, the party has won": "according to" right after the "that" of a cue verb's clause
 * (a comma between or not) is set inside the reported clause; its own content is the clause after
 * the source, held by the report's. */
static bool after_cue_that(const struct engine *e, const struct frame *f)
{
	size_t t = f->c - 1;

	if (f->c < f->a + 2)
		return false;
	if (tok_punct(e, t, ','))
		t--;
	if (t <= f->a || !tok_is(e, t, "that") || (e->t[t].flags & TOKF_INQ))
		return false;
	for (size_t k = t; k-- > f->a && k + 6 > t;) {
		if ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k))
			return true;
		if (e->t[k].kind != TOK_WORD || (!(e->t[k].word & (WORD_TIME | WORD_ADV)) &&
						 !tok_among(e, k, CLAIMS_TAG_TIMES)))
			return false;
	}
	return false;
}

/* "According to X, ..." (content after) or "..., according to X" (content before). */
/* "According to police the suspect fled the scene": with no comma after the source, a
 * determiner or a pronoun after a word of it that is no preposition, then a verb, opens the
 * clause that is said ("the head of the agency the plan failed" looks past "of"); a name's
 * capitalised words are never split. The token where that clause begins, or SIZE_MAX. */
static size_t clause_in_source(const struct engine *e, const struct frame *f)
{
	for (size_t j = f->sa + 1; j < f->sb; j++) {
		const struct tok *p = &e->t[j - 1];
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ) ||
		    ((e->t[j].flags & TOKF_CAP) && !tok_is(e, j, "I")) ||
		    !(e->t[j].word & (WORD_DET | WORD_PRON)) || p->kind != TOK_WORD ||
		    (p->word & (WORD_PREP | WORD_DET | WORD_CONJ | WORD_VERB | WORD_AUX)))
			continue;
		for (size_t q = f->sa; q < j; q++)
			if (e->t[q].kind != TOK_WORD || (e->t[q].word & (WORD_VERB | WORD_AUX)) ||
			    (q > f->sa && (e->t[q - 1].word & WORD_PRON) && word_ends(e, q, "ed")))
				return SIZE_MAX; /* "my mood I opened the doors": a clause before */
		if (tok_among(e, j - 1, "than more less"))
			continue; /* "interviews with more than a half-dozen of his friends" */
		/* a verb within five words, not a plural noun's "-s" ("a half-dozen friends") */
		for (size_t v = j + 1; v < f->sb && v < j + 6 && e->t[v].kind == TOK_WORD; v++)
			if ((e->t[v].word & (WORD_VERB | WORD_AUX)) ||
			    (!(e->t[v].flags & TOKF_CAP) && word_ends(e, v, "ed")))
				return j;
	}
	return SIZE_MAX;
}

void claims_try_according(struct engine *e, struct frame *f)
{
	size_t k, j, ap;

	if (f->c + 1 >= f->b || !tok_is(e, f->c + 1, "to"))
		return;
	/* "And it hasn't gone unnoticed: According to recent polls, Trump holds ...": after a
	 * colon the cue opens a clause of its own, the one the source speaks for */
	if (f->c > f->a + 1 && tok_punct(e, f->c - 1, ':') && !(e->t[f->c - 1].flags & TOKF_INQ))
		f->a = f->c;
	f->qb = f->c + 2;
	k = according_source(e, f);
	if (f->sa >= f->sb)
		return;
	if ((ap = source_participle(e, k, f->b)) == SIZE_MAX)
		return;
	/* "According to HuffPo: “Senator Tim Kaine has had a mixed record ...”": opening the
	 * sentence, the source, its colon and a quotation, which is what it says */
	if (k < f->b && e->t[k].kind == TOK_QOPEN && f->sb == k && k > f->sa + 1 &&
	    tok_punct(e, k - 1, ':') && e->t[k].pair < f->b && e->t[k].pair > k + 1 &&
	    claims_trim_intro(e, f->a, f->c) == f->c) {
		f->sb = k - 1;
		f->cs = e->t[k + 1].start;
		f->ce = e->t[e->t[k].pair - 1].end;
		claims_emit(e, f);
		return;
	}
	f->kind = CLAIM_ACCORDING_TO;
	if (claims_trim_intro(e, f->a, f->c) == f->c && (j = clause_in_source(e, f)) != SIZE_MAX) {
		f->sb = j;
		f->cs = e->t[j].start;
		f->ce = claims_content_end(
			e, j,
			according_sentence_end(e, claims_clause_limit(e, j, f->b, false), f->b));
	} else if ((claims_trim_intro(e, f->a, f->c) == f->c || but_according(e, f, k)) &&
		   k + 1 < f->b && tok_punct(e, k, ',')) {
		size_t s = claims_skip_connective(e, f->a, f->c + 1);
		f->cs = e->t[ap > k + 1 ? ap : according_apposition(e, k, f->b)].start;
		/* "Since last November, according to Human Rights Watch, forces have killed ...": the
		 * phrase that opens the sentence is part of what is attributed (not a connective
		 * alone: "But, according to the poll, ...") */
		if (s + 1 < f->c && tok_punct(e, f->c - 1, ',') && s >= e->frame_end &&
		    !(e->t[s].flags & TOKF_INQ))
			f->cs = e->t[s].start;
		f->ce = claims_content_end(
			e, k + 1,
			according_sentence_end(e, claims_clause_limit(e, k, f->b, false), f->b));
	} else if (after_cue_that(e, f) && k + 1 < f->b && tok_punct(e, k, ',')) {
		f->cs = e->t[k + 1].start;
		f->ce = claims_content_end(e, k + 1, claims_clause_limit(e, k + 1, f->b, false));
	} else if (!content_before(e, f)) {
		return;
	} else if (k + 2 < f->b && tok_punct(e, k, ',') && tok_punct(e, f->c - 1, ',') &&
		   !tok_among(e, k + 1, "when where which who whom whose") &&
		   ((f->c > f->a + 1 && goes_on(e, k + 1, f->b) && !source_described(e, f, k + 1)) ||
		    dangles(e, f) ||
		    (e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_INQ) &&
		     !(e->t[k + 1].word & (WORD_REL | WORD_SUBORD | WORD_PREP | WORD_CONJ)) &&
		     claims_no_verb(e, claims_tok_at(e, f->cs), f->c - 1)))) {
		/* the sentence goes on after the source, the phrase inside: "That's bad, according
		 * to Rubio, because ...", "His criticism, according to an interview, was ...";
		 * "Fundraising, according to the campaign, has surged": a subject with no verb
		 * before it */
		f->ce = claims_content_end(e, k + 1, claims_clause_limit(e, k + 1, f->b, false));
	} else if (k + 2 < f->b && tok_dash(e, k) && tok_dash(e, f->c - 1) &&
		   !tok_among(e, k + 1, "when where which who whom whose")) {
		/* the source set off by dashes inside its clause, which goes on after them: "There
		 * would be a fund including — according to the minutes — “money for roads”"; after
		 * a subordinating word the source's words are those after the dashes ("blamed the
		 * video while — according to emails — knowing it had no link") */
		if (f->c >= f->a + 2 && (e->t[f->c - 2].word & WORD_SUBORD))
			f->cs = e->t[k + 1].start;
		f->ce = claims_content_end(e, k + 1, claims_clause_limit(e, k + 1, f->b, false));
	}
	claims_emit(e, f);
}

/* ---- "X quoted Y as saying ..." ---- */

/* The token of "as" in "as saying" within ten tokens after the cue at c with a source between
 * them, or SIZE_MAX. */
static size_t as_saying(const struct engine *e, size_t c, size_t b)
{
	size_t lim = c + 10 < b ? c + 10 : b, k;

	for (k = c + 1; k + 1 < lim; k++)
		if (tok_is(e, k, "as") && tok_is(e, k + 1, "saying"))
			break;
	return k + 1 >= lim || k == c + 1 ? SIZE_MAX : k;
}

/* "Y was quoted as saying ..." (content after) or "..., Y was quoted as saying [by Z]."
 * (content before), "Y was quoted Friday by the paper as saying ...": Y is the source; k is
 * the token of "as". */
static void try_quoted_passive(struct engine *e, struct frame *f, size_t k)
{
	size_t c = f->c, p, bnd;

	e->t[k + 1].flags |= TOKF_USED;
	f->qa = c - 1;
	f->qb = k + 2;
	/* "..., the Tuva government was quoted as saying": the source after the last comma */
	for (bnd = c - 1; bnd > f->a && bnd + 10 > c && !tok_punct(e, bnd - 1, ','); bnd--)
		;
	if (bnd > f->a + 1 && tok_punct(e, bnd - 1, ',') && bnd < c - 1) {
		f->sa = bnd;
		f->sb = c - 1;
	} else if (!claims_subject_back(e, f->a, c - 1, &f->sa, &f->sb)) {
		return;
	}
	p = claims_content_start(e, f->qb, f->b, CUE_VERB);
	if (p != SIZE_MAX && !claims_only_time(e, e->t[p].start, e->t[f->b - 1].end) &&
	    !tok_is(e, p, "late") && !tok_is(e, p, "early") && !tok_is(e, p, "by") &&
	    !(e->t[p].word & WORD_TIME)) {
		claims_content_at(e, f, p);
		claims_emit(e, f);
		return;
	}
	/* the content before the source, up to the comma that ends it */
	bnd = f->sa > f->a && tok_punct(e, f->sa - 1, ',') ? f->sa - 1 : SIZE_MAX;
	if (bnd == SIZE_MAX || bnd <= f->a)
		return;
	f->kind = CLAIM_INDIRECT;
	if (claims_holds_claims(e, e->t[bnd].start)) /* "Local people reported seeing a flash, the
							 government was quoted as saying": theirs is in it */
		f->cs = e->t[claims_skip_connective(e, f->a, bnd)].start;
	else
		f->cs = claims_floor_start(e, claims_skip_connective(e, f->a, bnd), bnd);
	f->ce = e->t[bnd - 1].end;
	claims_emit(e, f);
}

/* True when "by" opens the words [k, as) after a passive "quoted" ("quoted Friday by local
 * media as saying"), with times before it only. */
static bool quoted_by(const struct engine *e, size_t k, size_t as)
{
	for (; k < as; k++) {
		if (tok_is(e, k, "by"))
			return true;
		if (e->t[k].kind != TOK_WORD || !(e->t[k].word & WORD_TIME))
			return false;
	}
	return false;
}

/* "X quoted Y as saying ...": Y is the source; what follows "saying" is the content. */
void claims_try_quoted(struct engine *e, struct frame *f)
{
	size_t k = as_saying(e, f->c, f->b), p;

	if (f->c > f->a && f->c + 2 < f->b && tok_is(e, f->c + 1, "as") &&
	    tok_is(e, f->c + 2, "saying") && (e->t[f->c - 1].word & WORD_VERB)) {
		try_quoted_passive(e, f, f->c + 1);
		return;
	}
	if (k == SIZE_MAX)
		return;
	/* "Y was quoted Friday by local media as saying": a passive whose agent is the medium
	 * that carried Y's words; Y before the cue is the source */
	if (f->c > f->a && tok_be(e, f->c - 1) && quoted_by(e, f->c + 1, k)) {
		try_quoted_passive(e, f, k);
		return;
	}
	e->t[k + 1].flags |= TOKF_USED; /* "saying" is part of this frame, no cue of its own */
	p = claims_content_start(e, k + 2, f->b, CUE_VERB);
	if (p == SIZE_MAX)
		return;
	f->sa = f->c + 1;
	f->sb = k;
	claims_content_at(e, f, p);
	claims_emit(e, f);
}

/* ---- "Asked whether ..., X said", "he was asked what ..." ---- */

/* The question of a passive "asked" at f->c ("When asked about the merger", "Asked whether X,
 * Trump said:", "he was asked what happened"): a claim with no source whose content is the
 * question, from its wh-word, "about" or "to" up to the clause with a cue of its own or the
 * sentence's end. False when "asked" is not passive here. */
/* Gives claim cl, whose cue "asked" at token c is a passive ("he was asked about ..."), the
 * person asked when the passive's subject is a pronoun or a name of up to four capitalised words
 * right before "was"/"were" ("At a dinner there, he was asked about remarks ...": Huang) or
 * before the comma of ", when asked" ("Trump, when asked about ..., often ..."). The
 * claim keeps no source span (the text names the one asked, not a speaker); only the row says
 * who was asked. */
static void asked_subject(struct engine *e, struct claim *cl, size_t c)
{
	size_t v = c - 1, a;

	/* "Trump, when asked about ..., often steam-rolls": the subject before the comma */
	if (c >= 3 && tok_is(e, v, "when") && tok_punct(e, v - 1, ','))
		v--;
	a = v;
	if (c < 2 || cl->speaker_resolved ||
	    !(tok_is(e, v, "was") || tok_is(e, v, "were") || tok_punct(e, v, ',')))
		return;
	if (tok_among(e, v - 1, "he she they"))
		a = v - 1;
	else
		while (a > 0 && v - a < 4 && e->t[a - 1].kind == TOK_WORD &&
		       (e->t[a - 1].flags & TOKF_CAP) && !(e->t[a - 1].flags & TOKF_INQ) &&
		       !(e->t[a - 1].word & (WORD_DET | WORD_PREP | WORD_CONJ | WORD_TIME)))
			a--;
	if (a == v || (a > 0 && e->t[a - 1].kind == TOK_WORD))
		return; /* "the mayor was asked", "Then he was asked": no subject of its own */
	/* "named Ted Cruz, R-Texas, when asked to pick": the aside's subject opens the sentence */
	if (tok_punct(e, v, ',') && a > 0 && e->t[a - 1].sent == e->t[a].sent)
		return;
	char *res = claims_resolve_text(e, a, v);
	if (res) {
		cl->speaker_resolved = text_intern(&e->names, res, strlen(res));
		free(res);
	}
}

/* Where the question of "asked" at c, from p, ends before lim: at the comma that closes ", when
 * asked ...," set after the subject ("Trump, when asked about his errors, often ..."; not one
 * before "if" or "whether", which goes on with the question), or before an occasion of the
 * asking after at least two words ("why he had yet to endorse Clinton during an appearance
 * Friday on CBS", "in an interview", with no comma before it; "in the speech" may be what the
 * question is about: "what he wrote in the speech about Clinton"). A comma before "which" or
 * "who" does not end it: the question may hold a relative clause ("whether his plan, which
 * would cost $170 billion, would ..."). */
static size_t asked_limit(const struct engine *e, size_t c, size_t p, size_t lim)
{
	bool aside = c >= 2 && tok_is(e, c - 1, "when") && tok_punct(e, c - 2, ',');
	bool comma = false; /* after one, the occasion may be a relative clause's */

	for (size_t k = p + 1; k + 1 < lim; k++) {
		if (e->t[k].flags & TOKF_INQ)
			continue;
		if (tok_punct(e, k, ',') && aside && !tok_among(e, k + 1, "if whether"))
			return k;
		if (tok_punct(e, k, ','))
			comma = true;
		if (k > p + 2 && !comma &&
		    (tok_is(e, k, "during") ||
		     (tok_among(e, k, "at in") && tok_among(e, k + 1, "a an"))) &&
		    (e->t[k + 1].word & WORD_DET) && claims_occasion_after(e, k, lim) &&
		    !tok_is(e, k + 3, "that") && !tok_is(e, k + 4, "that"))
			return k; /* not "in the event that" */
	}
	return lim;
}

/* True when "asked" opens the sentence of f ("Asked whether ..., Mr. Smith shot back", "When
 * asked to confirm ..., a separate source did so") and the word at n, after a comma, opens the
 * main clause: a capitalised word, a determiner or a pronoun; not a relative pronoun or a
 * conjunction that goes on with the question ("whether the plan, which ..."). */
static bool opener_ends(const struct engine *e, const struct frame *f, size_t n)
{
	if (!(f->c == f->a || (f->c == f->a + 1 && tok_is(e, f->a, "when"))) || n >= f->b ||
	    e->t[n].kind != TOK_WORD || (e->t[n].flags & TOKF_INQ))
		return false;
	if (tok_among(e, n, "which who whom whose whether if and or but that as"))
		return false;
	/* "whether Donald Trump, the presumptive nominee, could": an apposition on a name */
	if ((e->t[n].word & WORD_DET) && n >= 2 && (e->t[n - 2].flags & TOKF_CAP))
		return false;
	/* "if she thought the boy's father, Juan Gonzalez, was being controlled": a name set off
	 * after a noun of the question, its verb after the closing comma */
	if ((e->t[n].flags & TOKF_CAP) && n >= 2 && e->t[n - 2].kind == TOK_WORD &&
	    !(e->t[n - 2].flags & TOKF_CAP)) {
		size_t j = n;
		while (j < f->b && e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP))
			j++;
		if (j + 1 < f->b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_WORD &&
		    !(e->t[j + 1].flags & TOKF_CAP) &&
		    ((e->t[j + 1].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, j + 1)))
			return false;
	}
	return (e->t[n].flags & TOKF_CAP) || (e->t[n].word & WORD_DET) ||
	       tok_among(e, n, "he she they it we i");
}

/* True when the word at p opens the question of "asked": "about", "whether", "if", "what",
 * "why" or "how". */
static bool question_opens(const struct engine *e, size_t p)
{
	return tok_among(e, p, "about whether if what why how");
}

/* "Cruz, asked whether he would ever support the bill, said: ...": "asked" at c right after a
 * comma, its question opening at c + 1, is a participle set off after the subject (Cruz was
 * asked; he did not ask). The comma that closes the phrase, with the subject's verb after it
 * ("said", "replied", "shrugged"); SIZE_MAX when there is none ("The moderator, Chris Wallace,
 * asked whether Trump would accept the result." asks). */
static size_t asked_aside(const struct engine *e, const struct frame *f, size_t c)
{
	if (c < f->a + 2 || !tok_punct(e, c - 1, ',') || c + 1 >= f->b || !question_opens(e, c + 1))
		return SIZE_MAX;
	for (size_t k = c + 2; k + 1 < f->b && k < c + 40; k++) {
		const struct tok *n = &e->t[k + 1];
		if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (n->kind == TOK_WORD && !(n->flags & TOKF_CAP) &&
		    ((n->cue & CUE_VERB) || claims_past_word(e, k + 1)))
			return k;
	}
	return SIZE_MAX;
}

bool claims_try_asked(struct engine *e, struct frame *f)
{
	size_t c = f->c, p, lim = f->b, k, aside = SIZE_MAX;

	if (!tok_is(e, c, "asked") ||
	    !(c == f->a || tok_is(e, c - 1, "when") || tok_is(e, c - 1, "was") ||
	      tok_is(e, c - 1, "were") || tok_is(e, c - 1, "being") || tok_is(e, c - 1, "been") ||
	      tok_is(e, c - 1, "is") || tok_is(e, c - 1, "are") ||
	      (aside = asked_aside(e, f, c)) != SIZE_MAX))
		return false;
	if (aside != SIZE_MAX)
		lim = aside;
	for (p = c + 1; p < f->b && p < c + 9; p++) {
		/* "When asked whom she supported": "whom" right after the cue asks (after its
		 * object it may be a relative: "asked the man whom she met to leave") */
		if (question_opens(e, p) || tok_is(e, p, "who") || tok_is(e, p, "which") ||
		    (tok_is(e, p, "whom") && p == c + 1) ||
		    (tok_is(e, p, "to") && p + 1 < f->b &&
		     !(e->t[p + 1].word & (WORD_DET | WORD_PRON))))
			break;
		if (e->t[p].kind != TOK_WORD || (e->t[p].word & WORD_VERB))
			return false;
	}
	if (p >= f->b || p >= c + 9)
		return false;
	for (k = p + 1; k + 1 < lim; k++) {
		size_t n = k + 1;
		/* "when asked about the inquiry: “That matter is ...”": the answer after the colon */
		if (tok_punct(e, k, ':') && !(e->t[k].flags & TOKF_INQ)) {
			lim = k;
			break;
		}
		/* "... on “CBS This Morning,” Sanders said": the comma inside the closing quotation */
		if (tok_punct(e, k, ',') && (e->t[k].flags & TOKF_INQ) &&
		    e->t[n].kind == TOK_QCLOSE && n + 1 < f->b)
			n++;
		else if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (claims_clause_cue(e, n, f->b) != SIZE_MAX || main_clause(e, n, f->b) ||
		    claims_main_clause(e, n, f->b) || opener_ends(e, f, n)) {
			lim = k;
			break;
		}
	}
	lim = asked_limit(e, c, p, lim);
	f->qa = c > f->a && !tok_is(e, c - 1, "when") && aside == SIZE_MAX ? c - 1 : c;
	/* "asked about his paid speeches": the preposition is the cue's, the topic the content */
	if (p == c + 1 && tok_is(e, p, "about") && p + 1 < lim && e->t[p + 1].kind == TOK_WORD) {
		f->qb = p + 1;
		p++;
	}
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	f->ce = claims_content_end(e, p, lim);
	size_t n = e->nout;
	claims_emit(e, f);
	if (e->nout > n)
		asked_subject(e, &e->out[n], c);
	return true;
}

/* ---- "As The Hill reported, ...", "X was first reported by MSNBC" ---- */

/* The comma after a phrase about the telling that starts at k (before b), after an "as" tag's
 * cue: "as The Times reported on Saturday, he has ...", "As Ms. Lee put it in a statement to
 * reporters in July, the plan is ...": a preposition or a time, then up to 15 words (a title's
 * or an initial's stop among them) with no verb, cue or quotation; k when there is none. A
 * quotation after the comma is the content, as after a bare tag. */
static size_t telling_phrase_end(const struct engine *e, size_t k, size_t b)
{
	size_t j;

	if (k + 2 >= b || (e->t[k].flags & TOKF_INQ) ||
	    !tok_among(e, k, "in on at during to after before last this earlier"))
		return k;
	for (j = k + 1; j + 1 < b && j < k + 16; j++) {
		if (tok_punct(e, j, '.') &&
		    (claims_title_before(e, j) ||
		     ((e->t[j - 1].flags & TOKF_CAP) && e->t[j - 1].end == e->t[j - 1].start + 1)))
			continue; /* "Michael M. Grynbaum", "Mr. Lee" */
		if (e->t[j].kind != TOK_WORD || (e->t[j].word & WORD_VERB) || e->t[j].cue ||
		    (e->t[j].flags & TOKF_INQ))
			break;
	}
	return j > k + 1 && j + 1 < b && tok_punct(e, j, ',') ? j : k;
}

/* "The numbers changed over the summer, as Lee has acknowledged.", "..., as Dan Roe noted in The
 * Ledger.": a tag "as X said" that ends the sentence (after the adverbs or times at k and at
 * most a short phrase after "in", "on", "at" or "to"), after a comma that closes a main clause
 * with no quotation in it: that clause is the content (its last clause after "that" or
 * "whether" when it has one), X (sa, sb) the source. Not a tag of
 * talking ("..., as he spoke."), which is a time. */
static bool try_as_after(struct engine *e, struct frame *f, size_t as, size_t sa, size_t sb,
			 size_t k)
{
	size_t j = k, z;

	if (as < f->a + 4 || !tok_punct(e, as - 1, ',') ||
	    tok_among(e, f->c, "spoke speak speaks talked talk talks testified testifies"))
		return false;
	if (j + 2 < f->b && tok_among(e, j, "in on at to"))
		for (j++;
		     j < f->b && j < k + 8 && e->t[j].kind == TOK_WORD &&
		     !(e->t[j].word & WORD_VERB) && !e->t[j].cue && !(e->t[j].flags & TOKF_INQ);
		     j++)
			;
	if (!(j + 1 == f->b && (tok_punct(e, j, '.') || tok_punct(e, j, '!'))))
		return false;
	z = claims_skip_connective(e, f->a, as - 1);
	for (size_t i = z; i < as; i++)
		if ((e->t[i].flags & TOKF_INQ) || e->t[i].kind == TOK_QOPEN ||
		    e->t[i].kind == TOK_QCLOSE)
			return false;
	if (as < z + 4 || !claims_main_clause(e, z, as - 1))
		return false;
	/* "It does not answer whether Scott had a gun, as police have said", "It doesn't help
	 * that X is a scare tactic, as Dan Roe noted": the tag is the inner clause's */
	for (size_t i = as - 2; i > z; i--)
		if (tok_among(e, i, "that whether") && i + 3 < as &&
		    claims_main_clause(e, i + 1, as - 1)) {
			z = i + 1;
			break;
		}
	/* "Mr. Trump's defeat won't necessarily derail his campaign, as some have speculated":
	 * after a denial "as" may set the saying against the clause (some said it would); no
	 * claim rather than one that says the opposite */
	for (size_t i = z; i + 1 < as; i++)
		if (claims_negation_word(e, i))
			return false;
	f->sa = sa;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	f->cs = claims_floor_start(e, z, as);
	f->ce = e->t[as - 2].end;
	if (f->cs >= f->ce)
		return false;
	claims_emit(e, f);
	return true;
}

/* "As X reported, Y" (or "Z, as X reported, Y"; "As reported by X, Y"): the source between "as"
 * and the cue (or after "by"), the content the clause after the comma (and before the "as" when
 * it is a parenthetical). False when the cue at f->c is in no such frame. */
bool claims_try_as(struct engine *e, struct frame *f)
{
	size_t c = f->c, as = f->qa, k, sa, sb, lim;

	if (f->cue & (CUE_ING | CUE_NP))
		return false;
	while (as > f->a && as + 8 > f->qa && !tok_is(e, as - 1, "as") &&
	       (e->t[as - 1].kind == TOK_WORD || tok_punct(e, as - 1, '.') ||
		tok_punct(e, as - 1, '\'')))
		as--;
	if (as == f->a || !tok_is(e, as - 1, "as"))
		return false;
	as--;
	if (as + 1 == f->qa) { /* "As reported by Western Journalism," */
		if (f->qb >= f->b || !tok_is(e, f->qb, "by"))
			return false;
		sa = f->qb + 1;
		for (sb = sa; sb < f->b && !tok_punct(e, sb, ','); sb++)
			;
		k = sb;
	} else {
		/* "as you very aptly said": the adverbs go with the cue */
		size_t v = claims_skip_aux_back(e, as + 1, c);
		if (v > as + 2 && v < c && word_ends(e, v, "ly") &&
		    tok_among(e, v - 1, "very quite so rather most more too"))
			v--;
		if (!claims_subject_back(e, as + 1, v, &sa, &sb) || sa != as + 1)
			return false;
		if ((f->cue & CUE_OUT) && f->qb < f->b && tok_is(e, f->qb, "out"))
			f->qb++; /* "as the judge pointed out, ..." */
		for (k = f->qb; k < f->b && k < f->qb + 4 && e->t[k].kind == TOK_WORD &&
				(e->t[k].word & (WORD_TIME | WORD_ADV));
		     k++)
			; /* "as Western Journalism reported recently," */
		/* only where the tag opens the sentence (after a connective): "Z, as X said in
		 * June, Y" leaves Z alone; "as he spoke" and a place is a time */
		if (claims_skip_connective(e, f->a, as + 1) >= as &&
		    !tok_among(e, c, "spoke speak speaks talked talk talks testified testifies"))
			k = telling_phrase_end(e, k,
					       f->b); /* not "As he spoke in the lobby, ..." */
		else if (try_as_after(e, f, as, sa, sb, k))
			return true;
	}
	if (k + 1 >= f->b || !tok_punct(e, k, ',') || sa >= sb)
		return false;
	lim = claims_clause_limit(e, k + 1, f->b, false);
	f->sa = sa;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	/* the connective may end right before "as" ("However, as X reported, Y": PolNeAR train,
	 * after it against with it 6 to 0), so it is skipped below as + 1 */
	if (as > f->a && tok_punct(e, as - 1, ',') && as - 1 > f->a &&
	    claims_skip_connective(e, f->a, as + 1) < as)
		f->cs = claims_floor_start(e, claims_skip_connective(e, f->a, as),
					   as); /* "Z, as X said, Y" */
	else if (as > f->a && tok_punct(e, as - 1, ',') && as - 1 > f->a)
		f->cs = e->t[k + 1].start; /* "But, as X said, Y": no Z but the connective */
	else if (claims_trim_intro(e, f->a, as) == as)
		f->cs = e->t[k + 1].start;
	else
		return false;
	f->ce = claims_content_end(e, k + 1, lim);
	if (e->t[k + 1].kind == TOK_QOPEN && f->cs == e->t[k + 1].start) {
		/* "as The Hill pointed out, “Still, ...”": the quotation's words; one that runs on
		 * past the sentence is the quotation frames' (claims_try_forward) */
		if (e->t[k + 1].pair >= f->b)
			return false;
		f->cs = e->t[k + 1].end;
		if (f->ce > e->t[e->t[k + 1].pair].start)
			f->ce = e->t[e->t[k + 1].pair].start;
	}
	claims_emit(e, f);
	if (as == f->a && e->frame_end < k + 1)
		e->frame_end = k + 1; /* "As reported by X," is no content of a cue after it */
	return true;
}

/* True when the phrase after "by" at k names a time, not an agent: "by Friday", "by the end of the
 * second quarter", "by next spring", "by 2027" ("A deal could be announced by ..."). */
static bool time_after_by(const struct engine *e, size_t k, size_t b)
{
	while (k + 1 < b && tok_among(e, k, "the next early late mid"))
		k++;
	if (k + 1 < b && tok_among(e, k, "end start beginning middle close") &&
	    tok_is(e, k + 1, "of"))
		return true;
	return k < b && e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_TIME) ||
		tok_among(e, k,
			  "noon midnight weekend spring summer fall autumn winter year-end") ||
		((e->t[k].flags & TOKF_DIGIT) && e->t[k].end - e->t[k].start == 4 &&
		 (e->text[e->t[k].start] == '1' || e->text[e->t[k].start] == '2')));
}

/* "O'Malley's move was first reported by MSNBC", "the email, which was first reported by The
 * Associated Press": a passive cue with its source after "by"; the content is the subject. */
bool claims_try_passive(struct engine *e, struct frame *f)
{
	size_t c = f->c, qa = c, sb;

	/* "was first reported", "has been widely reported" */
	while (qa > f->a && e->t[qa - 1].kind == TOK_WORD && !(e->t[qa - 1].flags & TOKF_CAP) &&
	       (e->t[qa - 1].word & (WORD_ADV | WORD_VERB | WORD_AUX) ||
		tok_is(e, qa - 1, "first") || word_ends(e, qa - 1, "ly")))
		qa--;
	if ((f->cue & (CUE_NP | CUE_ING)) || !word_ends(e, c, "ed") || c + 2 >= f->b ||
	    !tok_is(e, c + 1, "by") || qa == c || !(e->t[qa].word & WORD_VERB))
		return false;
	for (sb = c + 2; sb < f->b && !tok_punct(e, sb, ',') && !tok_punct(e, sb, '.') &&
			 !tok_dash(e, sb) && e->t[sb].kind != TOK_QOPEN;
	     sb++)
		;
	if (sb == c + 2 || time_after_by(e, c + 2, sb) ||
	    !claims_subject_back(e, f->a, qa, &f->cs, &f->ce))
		return false;
	f->qa = c; /* "MSNBC reported", as a reader says it */
	f->qb = c + 1;
	f->sa = c + 2;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	f->ce = e->t[f->ce - 1].end;
	f->cs = e->t[f->cs].start;
	claims_emit(e, f);
	return true;
}
