/* claims_frames: the frames around a cue, a colon or a signing dash, and the claims they give. */
#include <string.h>
#include <strings.h>

#include "claims_int.h"
/* ---- "according to X" ---- */

/* The source after "according to": up to a comma or a quotation, without a final full stop (or
 * a bracket it does not open). Returns the token where the search stopped. */
static size_t according_source(const struct engine *e, struct frame *f)
{
	size_t k = f->qb;

	while (k < f->b && k < f->qb + 40 && !tok_punct(e, k, ',') && e->t[k].kind != TOK_QOPEN)
		k++;
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
	/* "Though he has no shot, John Kasich appears to ..., according to": the opening clause is
	 * the writer's */
	if (tok_among(e, s, "though although as while if when because since whereas") &&
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

/* True when the words [a, b) hold no finite verb, no cue verb and no quotation: a noun phrase or
 * a phrase, not a clause. */
static bool no_verb(const struct engine *e, size_t a, size_t b)
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

/* "The rebels shut the roads, but according to local officials, a smaller road stayed open":
 * "according to" after ", but" and its source's comma k, a clause after it, opens the second
 * clause, which is what the source says; the first is the writer's. */
static bool but_according(const struct engine *e, const struct frame *f, size_t k)
{
	return f->c >= f->a + 2 && tok_is(e, f->c - 1, "but") && tok_punct(e, f->c - 2, ',') &&
	       k + 1 < f->b && tok_punct(e, k, ',') && main_clause(e, k + 1, f->b);
}

/* "According to X, ..." (content after) or "..., according to X" (content before). */
static void try_according(struct engine *e, struct frame *f)
{
	size_t k;

	if (f->c + 1 >= f->b || !tok_is(e, f->c + 1, "to"))
		return;
	f->qb = f->c + 2;
	k = according_source(e, f);
	if (f->sa >= f->sb)
		return;
	f->kind = CLAIM_ACCORDING_TO;
	if ((claims_trim_intro(e, f->a, f->c) == f->c || but_according(e, f, k)) && k + 1 < f->b &&
	    tok_punct(e, k, ',')) {
		size_t s = claims_skip_connective(e, f->a, f->c + 1);
		f->cs = e->t[according_apposition(e, k, f->b)].start;
		/* "Since last November, according to Human Rights Watch, forces have killed ...": the
		 * phrase that opens the sentence is part of what is attributed (not a connective
		 * alone: "But, according to the poll, ...") */
		if (s + 1 < f->c && tok_punct(e, f->c - 1, ',') && s >= e->frame_end &&
		    !(e->t[s].flags & TOKF_INQ))
			f->cs = e->t[s].start;
		f->ce = claims_content_end(e, k + 1, claims_clause_limit(e, k, f->b, false));
	} else if (!content_before(e, f)) {
		return;
	} else if (k + 2 < f->b && tok_punct(e, k, ',') && tok_punct(e, f->c - 1, ',') &&
		   !tok_among(e, k + 1, "where when") &&
		   ((f->c > f->a + 1 && goes_on(e, k + 1, f->b)) ||
		    (e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_INQ) &&
		     !(e->t[k + 1].word & (WORD_REL | WORD_SUBORD | WORD_PREP | WORD_CONJ)) &&
		     no_verb(e, claims_tok_at(e, f->cs), f->c - 1)))) {
		/* the sentence goes on after the source, the phrase inside: "That's bad, according
		 * to Rubio, because ...", "His criticism, according to an interview, was ...";
		 * "Fundraising, according to the campaign, has surged": a subject with no verb
		 * before it */
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
 * (content before): Y is the source. */
static void try_quoted_passive(struct engine *e, struct frame *f)
{
	size_t c = f->c, p, bnd;

	e->t[c + 2].flags |= TOKF_USED;
	f->qa = c - 1;
	f->qb = c + 3;
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
	f->cs = claims_floor_start(e, claims_skip_connective(e, f->a, bnd), bnd);
	f->ce = e->t[bnd - 1].end;
	claims_emit(e, f);
}

/* "X quoted Y as saying ...": Y is the source; what follows "saying" is the content. */
static void try_quoted(struct engine *e, struct frame *f)
{
	size_t k = as_saying(e, f->c, f->b), p;

	if (f->c > f->a && f->c + 2 < f->b && tok_is(e, f->c + 1, "as") &&
	    tok_is(e, f->c + 2, "saying") && (e->t[f->c - 1].word & WORD_VERB)) {
		try_quoted_passive(e, f);
		return;
	}
	if (k == SIZE_MAX)
		return;
	e->t[k + 1].flags |= TOKF_USED; /* "saying" is part of this frame, no cue of its own */
	p = claims_content_start(e, k + 2, f->b, CUE_VERB);
	if (p == SIZE_MAX)
		return;
	f->sa = f->c + 1;
	f->sb = k;
	claims_content_at(e, f, p);
	claims_emit(e, f);
}

/* ---- speech verbs: inverted ("...," said X) and forward (X said ...) ---- */

/* True when the quotation opening at k is a phrase quoted inside a noun phrase ("warned of a
 * “ferocious” battle", "boasted about a plan to spend “a million dollars”"): a word, not a
 * comma or colon, before it, and a word in lower case first inside it. */
static bool quoted_phrase(const struct engine *e, size_t k)
{
	return k > 0 && e->t[k - 1].kind == TOK_WORD && k + 1 < e->nt &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP);
}

/* The preposition after the cue at f->c that its content follows ("talked to reporters about",
 * "referring to", "railed against"), within six tokens and before any punctuation, verb or
 * "that"; SIZE_MAX when there is none, or when a that-clause or quotation comes after it (then
 * it begins a phrase: "wrote on Twitter that"). */
static size_t prep_after(const struct engine *e, const struct frame *f)
{
	size_t lim = f->c + 7 < f->b ? f->c + 7 : f->b, p = SIZE_MAX;

	for (size_t k = f->c + 1; k + 1 < lim && p == SIZE_MAX; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (t->word & WORD_VERB) || tok_is(e, k, "that") ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		/* right after the verb any of them; further on "about" and "against" only ("spoke
		 * to reporters about", not "spoke to the gathering of") */
		if (((f->cue & CUE_PREP) &&
		     (tok_is(e, k, "about") || tok_is(e, k, "against") ||
		      (k == f->c + 1 &&
		       /* "wrote on Friday": a time, not a topic */
		       ((tok_is(e, k, "on") && !(k + 1 < e->nt && e->t[k + 1].word & WORD_TIME)) ||
			tok_is(e, k, "of") || tok_is(e, k, "over"))))) ||
		    ((f->cue & CUE_TO) && k == f->c + 1 && tok_is(e, k, "to")) ||
		    (k == f->c + 1 && tok_is(e, k, "for") &&
		     tok_among(e, f->c, "ask asked asking asks")))
			p = k; /* "asked for a sentence of three years" asks for the sentence */
	}
	for (size_t k = p + 1; p != SIZE_MAX && k < f->b && k < p + 8; k++)
		if (tok_is(e, k, "that") || (e->t[k].kind == TOK_QOPEN && !quoted_phrase(e, k)) ||
		    tok_punct(e, k, ':'))
			return SIZE_MAX;
	/* "speaking on (the) condition of anonymity" */
	if (p != SIZE_MAX && p + 2 < f->b &&
	    (tok_is(e, p + 1, "condition") || tok_is(e, p + 2, "condition")))
		return SIZE_MAX;
	return p;
}

/* After "expressed" at c: the token that ends the feeling it expresses and begins its content
 * ("expressed concern about", "expressed his condolences over", "expressed confidence that",
 * "expressed doubt it would"), or SIZE_MAX; "expressed support for X" has X's support for its
 * content. */
static size_t feeling_prep(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	while (k < b && k < c + 3 && e->t[k].kind == TOK_WORD &&
	       (e->t[k].word & WORD_DET || tok_among(e, k, "his her their its our my some")))
		k++;
	if (k + 2 >= b || e->t[k].kind != TOK_WORD || e->t[k].word || e->t[k].cue)
		return SIZE_MAX; /* a noun of feeling: no function word, no cue */
	if (tok_among(e, k + 1, "about over in with at that"))
		return k + 1;
	if (tok_among(e, k + 1, "he she they it we i"))
		return k; /* "expressed confidence it was ...": the clause follows the noun */
	return SIZE_MAX;
}

/* Where a cue in "-ing" at c begins when a form of "be" makes it progressive ("is telling
 * supporters", "has been warning", "will be challenging", "is also calling for"): with the
 * "be" and the auxiliaries before it, as PolNeAR marks the cue (train 91 to 1); qa is where it
 * began without them. */
static size_t progressive_start(const struct engine *e, size_t a, size_t qa, size_t c)
{
	if (qa <= a || !word_ends(e, c, "ing") || (e->t[qa - 1].flags & TOKF_CAP) ||
	    !tok_among(e, qa - 1, "is are was were am be been"))
		return qa;
	return claims_skip_aux_back(e, a, qa - 1);
}

/* Where a cue that begins at qa begins when "both" or "all" floated off its subject goes before
 * it ("Lee and Ortiz both denounced", "the two senators have both argued"): with the quantifier
 * and the auxiliaries before it, as PolNeAR marks the cue (train 11 to 0 after a name, a bracket
 * or "have"); "both" that is the subject itself ("And both vowed", "the two both seemed") is
 * left out. */
static size_t floated_quantifier(const struct engine *e, size_t a, size_t qa)
{
	if (qa < a + 2 || !tok_among(e, qa - 1, "both all") || (e->t[qa - 1].flags & TOKF_CAP) ||
	    !(tok_among(e, qa - 2, "have had") || tok_punct(e, qa - 2, ')') ||
	      (qa - 2 > a && (e->t[qa - 2].flags & TOKF_CAP))))
		return qa;
	return claims_skip_aux_back(e, a, qa - 1);
}

/* True when a noun that names a statement put out lies in [j, k): "a statement", "a press
 * release", "a fundraising email", "a new radio ad". */
static bool statement_noun_between(const struct engine *e, size_t j, size_t k)
{
	for (size_t i = j; i < k; i++)
		if (tok_among(e, i,
			      "statement statements release email e-mail ad letter message memo"))
			return true;
	return false;
}

/* Where a participle cue at c begins when it tells what a statement put out said ("issued a
 * statement Tuesday saying", "released a new radio ad calling", "sent out a press release
 * saying", "responded on Twitter, calling", "responded by saying", "shot back in a statement,
 * saying"): at the verb
 * that put it out, as PolNeAR marks the cue (train 24 to 2); qa where it began without it. A
 * comma, words of time and up to four words of the statement's noun phrase or phrase may come
 * between. */
static size_t statement_act_start(const struct engine *e, size_t a, size_t qa, size_t c)
{
	size_t k = qa, stop;

	if (!tok_among(e, c, "saying calling describing asking stating") || k <= a)
		return qa;
	if (tok_punct(e, k - 1, ','))
		k--;
	while (k > a && e->t[k - 1].kind == TOK_WORD &&
	       (((e->t[k - 1].word & WORD_TIME) && !(e->t[k - 1].word & WORD_DET)) ||
		tok_among(e, k - 1, "morning afternoon evening night on again")))
		k--;
	stop = k > a + 6 ? k - 6 : a;
	for (size_t j = k; j > stop; j--) {
		size_t v = j - 1;
		if (e->t[v].kind != TOK_WORD || (e->t[v].flags & TOKF_INQ))
			return qa;
		bool back = tok_is(e, v, "back") && v > a && tok_among(e, v - 1, "shot hit fired");
		bool answer = back || tok_among(e, v, "responded replied");
		if (!answer && !tok_among(e, v, "issued released sent put"))
			continue;
		/* "responded on Twitter, calling", not "responded to the charge, saying" */
		if (answer && v + 1 < k && tok_is(e, v + 1, "to"))
			return qa;
		/* "put out a statement", "sent out a release": the noun of a statement */
		if (!answer && !statement_noun_between(e, j, k))
			return qa;
		return claims_skip_aux_back(e, a, back ? v - 1 : v);
	}
	return qa;
}

/* Where a speech verb's cue ends ("pointed out", "called for", "talked about") and where it
 * begins ("has also said"); false when the verb is no cue here (a passive, "pointed" with
 * neither "out" nor "to", "talked" without "about"). A cue that ends in a preposition takes a
 * noun phrase or a clause after it as its content. */
static bool cue_extent(const struct engine *e, struct frame *f)
{
	size_t c = f->c, k;

	if (c + 1 < f->b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return false; /* passive: "a statement reported by the FT" */
	if (c > f->a && tok_among(e, c, "point points") &&
	    ((e->t[c - 1].flags & TOKF_DIGIT) || tok_among(e, c - 1, "percentage basis")))
		return false; /* a measure: "by 0.1 percentage points to 4.2 percent" */
	if ((f->cue & CUE_OUT) && c + 1 < f->b && tok_is(e, c + 1, "out")) {
		f->qb = c + 2;
	} else if ((f->cue & (CUE_PREP | CUE_TO | CUE_OBJ)) && (k = prep_after(e, f)) != SIZE_MAX) {
		f->qb = k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((f->cue & CUE_FOR) && c + 1 < f->b && tok_among(e, c + 1, "for on upon out")) {
		f->qb = c + 2;
	} else if (tok_among(e, c, "expressed expresses expressing") &&
		   (k = feeling_prep(e, c, f->b)) != SIZE_MAX) {
		/* "expressed doubt that": the cue ends with the feeling, "that" opens the content
		 * (PolNeAR train 9 to 0); a preposition stays in the cue ("expressed concern about") */
		f->qb = tok_is(e, k, "that") ? k : k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if (f->cue & (CUE_OUT | CUE_PREPONLY)) {
		return false;
	}
	if (f->qb < f->b && tok_is(e, f->qb, "by") && word_ends(e, c, "ed"))
		return false; /* "is called on by tribes" */
	for (k = f->qb; k < f->b && k < f->qb + 4; k++)
		if (tok_is(e, k, "into") && k + 1 < f->b && tok_is(e, k + 1, "question"))
			return false; /* "calls that into question" */
	/* "went on to say", "continued to insist", "was quick to point out": the phrase is the
	 * cue, its first word the verb whose subject is the source */
	if ((k = claims_goes_on_to(e, c)) != SIZE_MAX && k >= f->a)
		f->c = c = k;
	f->qa = claims_skip_aux_back(e, f->a, c);
	f->qa = progressive_start(e, f->a, floated_quantifier(e, f->a, f->qa), c);
	f->qa = statement_act_start(e, f->a, f->qa, c);
	return true;
}

/* True when the quotation closing at q opened right after a sentence's end the splitter did not
 * see ("... a choice.  “With ...,” he said") or after a colon ("he had silenced his wife: “She
 * signed an agreement,” he told them"): the quotation is all the content. */
static bool quote_after_stop(const struct engine *e, size_t q)
{
	size_t o = e->t[q].pair;

	return e->t[q].kind == TOK_QCLOSE && o > 0 &&
	       (tok_punct(e, o - 1, '.') || tok_punct(e, o - 1, '?') || tok_punct(e, o - 1, '!') ||
		tok_punct(e, o - 1, ':'));
}

/* True when token k can begin the source after an inverted cue ("said Frank Coleman", "said the
 * company's chief"): a word that is no "that". */
static bool source_starts(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (k >= b || t->kind != TOK_WORD || tok_is(e, k, "that"))
		return false;
	/* "said Thursday." and "said Thursday morning": a time, not a source; "said June Carter"
	 * is a name */
	if (t->word & WORD_TIME &&
	    (k + 1 >= b || e->t[k + 1].kind != TOK_WORD || !(e->t[k + 1].flags & TOKF_CAP)))
		return false;
	if (claims_message_source(e, k, b))
		return true; /* "said a statement released by the union" */
	/* "former Pennsylvania governor Ed Rendell": lowercase words before a name */
	if (!(t->flags & (TOKF_CAP | TOKF_DIGIT) || t->word & (WORD_DET | WORD_PRON) ||
	      tok_among(e, k, "several many some most few both two three four five"))) {
		size_t j = k;
		while (j < b && j < k + 5 && e->t[j].kind == TOK_WORD &&
		       !(e->t[j].flags & TOKF_CAP) && !(e->t[j].word & (WORD_VERB | WORD_PREP)) &&
		       !e->t[j].cue)
			j++;
		if (j >= b || j == k || e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP))
			return false;
	}
	/* "..., said he." but not "..., said he saw"; after a quotation, "said his daughter" is a
	 * noun phrase (not after other words: "stated his intention") */
	if ((t->word & WORD_PRON) &&
	    !(tok_among(e, k, "his her their its our") && k >= 2 && e->t[k - 2].kind == TOK_QCLOSE))
		return k + 1 >= b || e->t[k + 1].kind != TOK_WORD;
	/* a noun phrase, not a clause ("said the plan was dead"); a capitalised "May" or "Will"
	 * inside it is a name's or a date's ("said Theresa May", "said Ann Lee on May 5") */
	for (size_t i = k + 1; i < b && i < k + 12 && !tok_punct(e, i, ','); i++)
		if ((e->t[i].word & (WORD_VERB | WORD_AUX) &&
		     !((e->t[i].flags & TOKF_CAP) && tok_among(e, i, "may will"))) ||
		    (e->t[i].cue & CUE_VERB && claims_cue_verb(e, i)) || tok_is(e, i, "that") ||
		    (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP) &&
		     word_ends(e, i, "ed")))
			return false;
	return true;
}

/* True when the words from k (before b) are a bare plural noun phrase that ends the clause
 * after an inverted "say" or "said" at k - 1 ("..., say economists.", "..., said political
 * consultants and some campaign advisers."): lowercase words, "and" between, up to a comma or
 * the sentence's end, the last a plural ("said yes", "say thanks" are answers, not sources). */
static bool plural_source(const struct engine *e, size_t k, size_t b)
{
	size_t j = k;

	if (k == 0 || !tok_among(e, k - 1, "say said"))
		return false;
	while (j < b && j < k + 7 && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP) &&
	       (tok_is(e, j, "and") || tok_among(e, j, "some many other several") ||
		!(e->t[j].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_ADV |
				  WORD_DET | WORD_TIME | WORD_SUBORD | WORD_REL | WORD_CONJ))) &&
	       !e->t[j].cue && !word_ends(e, j, "ing")) {
		/* a plural is the head, last before "and" or the end ("say taxing consumption
		 * encourages savings" is a clause) */
		if (j > k && word_ends(e, j - 1, "s") && !word_ends(e, j - 1, "ss") &&
		    !tok_is(e, j, "and"))
			return false;
		j++;
	}
	if (j == k || tok_is(e, j - 1, "and") || !word_ends(e, j - 1, "s") ||
	    tok_among(e, j - 1, "yes thanks"))
		return false;
	return j >= b || tok_punct(e, j, '.') || tok_punct(e, j, ',');
}

/* True when [a, comma) is a name and its apposition ("Congressman Chris Collins, a Trump
 * supporter"): the subject of a cue after the comma, not content before it. */
static bool apposed_subject(const struct engine *e, size_t a, size_t comma)
{
	size_t k = claims_trim_intro(e, a, comma), name = k;

	while (k < comma && ((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
			      !(e->t[k].word & (WORD_PRON | WORD_DET | WORD_TIME))) ||
			     (k > name && tok_punct(e, k, '.')))) /* "Sen. Jon Tester" */
		k++;
	if (k == name || k + 2 >= comma || !tok_punct(e, k, ',') || e->t[k + 1].kind != TOK_WORD)
		return false;
	/* ", a Trump supporter,", ", chairman of the committee," */
	if (!tok_among(e, k + 1, "a an the") &&
	    ((e->t[k + 1].flags & TOKF_CAP) || e->t[k + 1].cue ||
	     (e->t[k + 1].word & (WORD_PREP | WORD_SUBORD | WORD_REL | WORD_PRON | WORD_CONJ |
				  WORD_ADV | WORD_TIME | WORD_VERB))))
		return false;
	for (k += 2; k < comma; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_REL)) ||
		    ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k)))
			return false;
	return true;
}

/* The comma before the source of an inverted cue set off by commas ("..., Tad Devine, told"),
 * and before a description that the source follows ("..., his top aide, Tad Devine, told"): the
 * comma before "his top aide" when the words between two commas are a short noun phrase opening
 * with a possessive or a determiner and a name comes after; else comma. */
static size_t apposed_before(const struct engine *e, size_t a, size_t comma, size_t qa)
{
	size_t k;

	if (comma == SIZE_MAX)
		return comma;
	if (comma + 1 == qa) { /* ", Tad Devine, told": the comma before the name */
		for (k = comma; k > a && k + 6 > comma &&
				(e->t[k - 1].flags & TOKF_CAP || tok_punct(e, k - 1, '.')) &&
				(e->t[k - 1].kind == TOK_WORD || tok_punct(e, k - 1, '.'));
		     k--)
			;
		if (k == comma || k <= a + 1 || !tok_punct(e, k - 1, ',') ||
		    (e->t[k].word & (WORD_PRON | WORD_DET)))
			return comma;
		comma = k - 1;
	}
	if (comma + 1 >= e->nt || !(e->t[comma + 1].flags & TOKF_CAP))
		return comma;
	for (k = comma; k > a && k + 7 > comma && e->t[k - 1].kind == TOK_WORD &&
			!(e->t[k - 1].word & (WORD_VERB | WORD_PREP | WORD_REL | WORD_SUBORD)) &&
			!e->t[k - 1].cue;
	     k--)
		;
	/* "“...,” her mother, Fiona, said": the quotation's closing mark before the description */
	if (k == comma || k <= a + 1 ||
	    !(tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE) ||
	    !tok_among(e, k, "his her their its the a an our") || k + 2 > comma)
		return comma;
	return k - 1;
}

/* "“Why have a war?” asked a customs officer": after a question, "asked" is the asker's tag and
 * what follows it the asker, not the one asked as in "asked reporters whether ...". */
static bool asked_after_question(const struct engine *e, size_t a, size_t qa)
{
	return qa >= a + 2 && tok_among(e, qa, "asked asks") && e->t[qa - 1].kind == TOK_QCLOSE &&
	       tok_punct(e, qa - 2, '?');
}

/* The closing mark, before qa, of a quotation the sentence at a opens or that began in a
 * sentence before and runs into it ("A. B," X, who is ..., said), or SIZE_MAX. */
static size_t leading_quote_close(const struct engine *e, size_t a, size_t qa)
{
	if (e->t[a].kind == TOK_QOPEN)
		return e->t[a].pair < qa ? e->t[a].pair : SIZE_MAX;
	if (!(e->t[a].flags & TOKF_INQ))
		return SIZE_MAX;
	for (size_t k = a; k < qa; k++)
		if (e->t[k].kind == TOK_QCLOSE)
			return e->t[k].pair < a ? k : SIZE_MAX;
	return SIZE_MAX;
}

/* The token where content before an inverted cue ends ("...," said X / "...," X said / Y, X
 * said): the closing mark or comma before the source, or SIZE_MAX. Sets *after_cue when it
 * comes right before the cue and a source follows the cue. A quotation that closes the sentence
 * before ("...?" Sanders said.) is the boundary of a sentence that is only its tag. */
static size_t inverted_boundary(const struct engine *e, size_t a, size_t qa, size_t qb, size_t b,
				bool *after_cue)
{
	size_t k = qa, comma = SIZE_MAX, q;

	*after_cue = k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE) &&
		     ((!(e->t[qb - 1].cue & (CUE_NP | CUE_OBJ)) &&
		       !(e->t[qa].cue & (CUE_NP | CUE_OBJ))) ||
		      asked_after_question(e, a, qa)) &&
		     (source_starts(e, qb, b) || plural_source(e, qb, b)) &&
		     !(tok_punct(e, k - 1, ',') && apposed_subject(e, a, k - 1));
	if (*after_cue)
		return k - 1;
	for (size_t n = 0; k > a && n < 30; k--, n++) {
		/* a closing mark: the boundary, unless a comma nearer the cue ends content that goes
		 * on after the quotation ("''...'' of the case, the opinion said") */
		if (e->t[k - 1].kind == TOK_QCLOSE &&
		    (comma == SIZE_MAX || (e->t[k].kind == TOK_WORD &&
					   (e->t[k].flags & TOKF_CAP || e->t[k].word & WORD_DET))))
			return k - 1;
		if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX)
			comma = k - 1;
		else if (tok_punct(e, k - 1, ',') && k >= a + 2 && e->t[k - 2].kind == TOK_QCLOSE)
			return k - 2;
		else if (claims_stop_back(e, k - 1))
			break;
	}
	/* "''...,'' Cecelia Purner, 67, a retired customer service representative in Allentown,
	 * Pa., said": a quotation opening the sentence, or begun in a sentence before, then only
	 * its source before the cue */
	if ((q = leading_quote_close(e, a, qa)) != SIZE_MAX && q + 1 < qa &&
	    source_starts(e, q + 1, qa)) {
		size_t j;
		for (j = q + 1; j < qa && !(e->t[j].cue & CUE_VERB && claims_cue_verb(e, j)); j++)
			;
		if (j == qa)
			return q;
	}
	if (comma == SIZE_MAX && k == a && a > 0 && e->t[a - 1].kind == TOK_QCLOSE &&
	    doc_sentence(e->d, e->t[a - 1].sent)->paragraph ==
		    doc_sentence(e->d, e->t[a].sent)->paragraph)
		return a - 1;
	return apposed_before(e, a, comma, qa);
}

/* True when the content from cs, which its tag ends, follows a "But", "And" or "So" that opens
 * the sentence at a: that word is the speaker's ("But the point of those sanctions is ..., he
 * said"). The caller leaves it the writer's when content goes on after the tag ("But in those
 * nights, she wrote, she began ...") or a document or data is the source ("records show"),
 * unless a quotation follows the word ("But ''the more interesting issue,'' he added, ''is
 * ...''": quoted true, the words around the tag are one statement). */
static bool tag_keeps_connective(const struct engine *e, size_t a, size_t cs, bool quoted)
{
	if (!tok_among(e, a, "but and so") || !(e->t[a].flags & TOKF_CAP))
		return false;
	if (quoted)
		return e->t[a + 1].kind == TOK_QOPEN && e->t[a + 1].end == cs;
	return e->t[a + 1].kind == TOK_WORD && e->t[a + 1].start == cs;
}

/* The token after ", and" or ", but" that follows the tag of the sentence's last claim, itself
 * a claim before its cue ("A, the mayor said, and B, a spokesman said"), when bnd lies after it:
 * where B, the next tag's content, begins; SIZE_MAX when there is no such tag. */
static size_t after_last_tag(const struct engine *e, size_t bnd)
{
	const struct claim *last;
	size_t k = e->frame_end;

	if (e->nout <= e->sent_first || k + 2 >= bnd || !tok_punct(e, k, ',') ||
	    !tok_among(e, k + 1, "and but") || e->t[k + 2].kind != TOK_WORD)
		return SIZE_MAX;
	last = &e->out[e->nout - 1];
	return last->cue.start > last->content.end && last->cue.end <= e->t[k].start ? k + 2
										     : SIZE_MAX;
}

/* True when the quotation opening at o follows a comma where the content of the sentence's last
 * claim ends ("X, the officials said, Y, “Z,” Mr. McHugh said"): Y is theirs, Z alone is the
 * content of the tag after the quotation. */
static bool quote_after_claim(const struct engine *e, size_t o)
{
	const struct claim *last;

	if (e->nout <= e->sent_first || o == 0 || !tok_punct(e, o - 1, ','))
		return false;
	if (e->frame_end == o - 1)
		return true; /* "Y, the officials said, “Z,” Mr. McHugh said" */
	last = &e->out[e->nout - 1];
	return last->content.end >= e->t[o - 1].start && last->content.end <= e->t[o].start;
}

/* Sets the content's start before an inverted cue whose boundary is bnd, and returns where it
 * ends before any carrying on: at the first of the marks and commas before the source. */
static size_t inverted_content(const struct engine *e, struct frame *f, size_t bnd)
{
	size_t cb = bnd, lt;

	while (cb > f->a &&
	       (tok_punct(e, cb - 1, ',') || tok_punct(e, cb - 1, '?') ||
		tok_punct(e, cb - 1, '!') || e->t[cb - 1].kind == TOK_QCLOSE) &&
	       e->t[cb].kind != TOK_QCLOSE)
		cb--;
	if (e->t[bnd].kind == TOK_QCLOSE && (e->t[bnd].pair < f->a || quote_after_stop(e, bnd) ||
					     quote_after_claim(e, e->t[bnd].pair)))
		f->cs = e->t[e->t[bnd].pair].end; /* a quotation opened in a sentence before, or
						     after another claim's content */
	else if (e->t[bnd].kind != TOK_QCLOSE && (lt = after_last_tag(e, bnd)) != SIZE_MAX)
		f->cs = e->t[lt].start; /* "A, the mayor said, and B, a spokesman said" */
	else if (e->t[bnd].kind != TOK_QCLOSE && claims_holds_claims(e, e->t[bnd].start))
		f->cs = e->t[claims_skip_connective(e, f->a, bnd)].start; /* "X hopes Y, the company
								      said": X's claim is in it */
	else
		f->cs = claims_floor_start(e, claims_skip_connective(e, f->a, bnd), bnd);
	return e->t[cb].start;
}

/* True when the quotation that closes at bnd (or just before it) opens the sentence that starts
 * at a, or began in a sentence before: a quotation the cue's tag follows, not a title inside an
 * introductory phrase. */
static bool quote_leads(const struct engine *e, size_t a, size_t bnd)
{
	size_t q = e->t[bnd].kind == TOK_QCLOSE ? bnd : bnd - 1, open = e->t[q].pair;

	/* "Fallon fired back: “A,” he wrote, “B”", "... - ''A,'' he said, ''B'' - and ...": a
	 * quotation after a colon or a dash opens a statement of its own */
	return open < a || claims_trim_intro(e, a, open + 1) >= open ||
	       (open > a && tok_punct(e, open - 1, ':') && !(e->t[open - 1].flags & TOKF_INQ));
}

/* "... the equivalent of “The Big Parade.” She says he is unfit": a quotation that a full stop
 * closes in the sentence before is no tag's content when the cue's own clause follows it at
 * once (p, where claims_content_start found it). */
static bool clause_after_stop(const struct engine *e, const struct frame *f, size_t bnd, size_t p)
{
	return bnd < f->a && e->t[bnd].kind == TOK_QCLOSE && tok_punct(e, bnd - 1, '.') &&
	       p == f->qb && !(f->cue & (CUE_NP | CUE_OBJ));
}

/* "Y, the source, who said he had spoken to people inside, told Reuters.": a source set off by
 * commas and followed by a relative clause between the comma before the cue and ", who". Returns
 * the comma before the source and sets [*sa, *sb) to it, or SIZE_MAX when the cue at qa has no
 * such source. */
static size_t relative_source(const struct engine *e, size_t a, size_t qa, size_t *sa, size_t *sb)
{
	size_t comma = qa - 1, rel, k;

	if (qa < a + 6 || !tok_punct(e, comma, ','))
		return SIZE_MAX;
	for (rel = comma - 1; rel > a + 3 && rel + 40 > comma; rel--) {
		if (e->t[rel].kind == TOK_QOPEN || tok_punct(e, rel, ';') || tok_punct(e, rel, ':'))
			return SIZE_MAX;
		if (tok_among(e, rel, "who whose") && tok_punct(e, rel - 1, ','))
			break;
	}
	if (!tok_among(e, rel, "who whose") || !tok_punct(e, rel - 1, ','))
		return SIZE_MAX;
	/* the noun phrase between the comma before it and ", who": a few words and no verb */
	for (k = rel - 1; k > a && k + 9 > rel; k--) {
		const struct tok *t = &e->t[k - 1];
		if (tok_punct(e, k - 1, ','))
			break;
		if ((t->kind != TOK_WORD && !tok_punct(e, k - 1, '.')) ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD | WORD_CONJ)) ||
		    (t->cue && claims_cue_verb(e, k - 1)))
			return SIZE_MAX;
	}
	if (k <= a + 1 || !tok_punct(e, k - 1, ',') || k + 1 >= rel)
		return SIZE_MAX;
	*sa = k;
	*sb = rel - 1;
	return k - 1;
}

/* The inverted frame: content before the cue. False when the cue does not have one (then the
 * forward frame is tried); true when it does, whether or not a claim came of it. */
/* "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”": a capitalised
 * cue that opens the sentence, its source after it, then a quotation after a comma or a colon
 * (no other cue between) that is the content. False when the frame is not that. */
static bool try_said_first(struct engine *e, struct frame *f)
{
	size_t c = f->c, b = f->b, sb, q;

	if (c + 2 >= b || !(e->t[c].flags & TOKF_CAP) || (f->cue & CUE_ING) ||
	    e->t[c + 1].kind != TOK_WORD ||
	    !((e->t[c + 1].flags & TOKF_CAP) || (e->t[c + 1].word & WORD_DET)) ||
	    !source_starts(e, c + 1, b))
		return false;
	sb = claims_source_after(e, c, b);
	if (sb <= c + 1 || sb >= b)
		return false;
	for (q = sb; q < b && q < sb + 40; q++) {
		if (e->t[q].kind == TOK_QOPEN)
			break;
		if ((e->t[q].cue & CUE_VERB) && claims_cue_verb(e, q))
			return false;
	}
	if (q >= b || q >= sb + 40 || !(tok_punct(e, q - 1, ',') || tok_punct(e, q - 1, ':')))
		return false;
	f->sa = c + 1;
	f->sb = sb;
	claims_content_at(e, f, q);
	claims_emit(e, f);
	return true;
}

/* True when the sentence at a opens with a name and a relative clause on it ("Mr. Ames, who ran
 * the board for years,") that runs to the cue at qa: a subject set off with its apposition, not
 * content before an inverted cue. */
static bool relative_opens(const struct engine *e, size_t a, size_t qa)
{
	for (size_t k = a; k + 1 < qa && k < a + 6; k++) {
		if (tok_punct(e, k, ','))
			return k > a && tok_is(e, k + 1, "who");
		if (!(e->t[k].flags & TOKF_CAP) && !tok_punct(e, k, '.'))
			return false;
	}
	return false;
}

/* True when the words from k after an inverted cue (at most 30, before b) hold a finite verb in
 * lower case before any relative pronoun or "but": "Mr. Ames, who ran the board for years, said
 * the sale, later blocked by the court, was meant to ...": with relative_opens(), a clause that
 * is what was said, the words before the cue its speaker ("said a spokesman who was not
 * authorized to speak" keeps its source). */
static bool verb_inside(const struct engine *e, size_t k, size_t b)
{
	for (size_t lim = k + 30 < b ? k + 30 : b; k < lim; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
			continue;
		if ((e->t[k].word & WORD_REL) || tok_among(e, k, "that whose but and"))
			return false;
		if ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP))
			return true;
	}
	return false;
}

/* True when a comma and a participle of speech lie between the cue's end qb and p, where
 * content was found after it ("Y, X said Tuesday in Paris, noting the mayor “...”"): what
 * follows is the participle's, and the cue's content is the clause before its tag. */
static bool participle_between(const struct engine *e, size_t qb, size_t p)
{
	for (size_t k = qb; k + 1 < p; k++)
		if (tok_punct(e, k, ',') && (e->t[k + 1].cue & CUE_ING) &&
		    claims_cue_verb(e, k + 1))
			return true;
	return false;
}

/* True when the tag at c ("X said of the board in March") ends at a comma before a subordinate
 * clause that tells when or why (", when the board refused to meet her"): the writer's, so a
 * sentence that is only a tag after a quotation closed in the one before ("“...?” X said ...,
 * when ...") still ends its tag there. The tag has no verb ("in May" is a month) and at most
 * 10 words. */
static bool tag_before_subordinate(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k + 2 < b && k <= c + 10; k++) {
		if (tok_punct(e, k, ','))
			return tok_among(e, k + 1,
					 "when after as because while before though although");
		if (e->t[k].kind != TOK_WORD || e->t[k].cue ||
		    ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP)))
			return false;
	}
	return false;
}

/* Where the words after a tag set inside a sentence begin to go on: after the addressee of a cue
 * that takes one ("And, Reed tells the crowd, he has been tough": the comma after "the crowd"),
 * a few words with no verb before a comma; else right after the cue. */
static size_t addressee_end(const struct engine *e, const struct frame *f)
{
	if (!(f->cue & CUE_OBJ))
		return f->qb;
	for (size_t k = f->qb; k + 1 < f->b && k < f->qb + 5; k++) {
		if (tok_punct(e, k, ','))
			return k > f->qb ? k : f->qb;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) || e->t[k].cue)
			return f->qb;
	}
	return f->qb;
}

/* True when the inverted "say" at c after the comma bnd gives an example, set after a word that
 * wants its object ("a document of, say five hundred pages, in a crimpy hand", "to, say a
 * dozen"): no report can end on that word, so it is no tag. */
static bool example_say(const struct engine *e, size_t bnd, size_t c)
{
	return bnd > 0 && tok_is(e, c, "say") && !(e->t[c].flags & TOKF_CAP) &&
	       tok_punct(e, bnd, ',') && e->t[bnd - 1].kind == TOK_WORD &&
	       ((e->t[bnd - 1].word & (WORD_PREP | WORD_DET)) || tok_is(e, bnd - 1, "to"));
}

/* True when the words [a, bnd) before an inverted tag are only an opening phrase or clause
 * ("In a statement on Friday, the board said ...", "When I ask him about it, he says ...",
 * "Friday morning, as the parade went by, the station reported ..."): a time, a place or a
 * subordinate clause that sets the scene for the main clause is no statement of its own. A
 * subordinate clause counts only when words run on after the tag at c (before b), since a tag
 * that ends the sentence may follow a main clause with no comma before it ("After the vote he
 * left the party, aides said"); a gerund that opens the sentence is a subject ("Seeing him
 * suffer changed her, she said"). */
static bool opening_only(const struct engine *e, size_t a, size_t bnd, size_t c, size_t b)
{
	size_t s = claims_skip_connective(e, a, bnd), o;

	if (s >= bnd || e->t[s].kind != TOK_WORD)
		return false;
	if ((e->t[s].word & WORD_PREP) && no_verb(e, s, bnd))
		return true;
	o = claims_opening(e, a, bnd);
	return o != SIZE_MAX && (!word_ends(e, o, "ing") || (e->t[o].word & WORD_PREP)) &&
	       !claims_tag_ends(e, c, b);
}

/* True when the tag at c is set inside the sentence: a comma follows the cue and a few words
 * with no verb ("In his town, she said on Monday, the mill ..."), so the clause goes on after
 * it. */
static bool tag_interrupts(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k < b && k <= c + 10; k++) {
		if (tok_punct(e, k, ','))
			return true;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue || tok_is(e, k, "that") ||
		    ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP)))
			return false;
	}
	return false;
}

/* True when the content before a pronoun tag opens with a claim of the sentence whose source is
 * the same pronoun, its cue after it ("He added that the plan would fail, he said"): the tag
 * repeats that claim's attribution, so it is the same statement's tag, not a report of it. */
static bool tag_repeats_claim(const struct engine *e, const struct frame *f)
{
	size_t k, n;

	if (f->sb != f->sa + 1 || !tok_among(e, f->sa, "he she they we i"))
		return false;
	k = claims_skip_connective(e, claims_tok_at(e, f->cs), f->c);
	n = e->t[f->sa].end - e->t[f->sa].start;
	for (size_t i = e->sent_first; i < e->nout; i++) {
		const struct claim *h = &e->out[i];
		if (h->speaker.start == e->t[k].start && h->speaker.end == h->speaker.start + n &&
		    strncasecmp(e->text + h->speaker.start, e->text + e->t[f->sa].start, n) == 0 &&
		    h->cue.start > h->speaker.start && h->content.end >= f->ce &&
		    h->cue.end <= e->t[f->qa].start)
			return true;
	}
	return false;
}

static bool try_inverted(struct engine *e, struct frame *f)
{
	bool after_cue, quoted, rel = false;
	size_t bnd, ce, rsa = 0, rsb = 0, se, p, tag_end = 0;

	if (f->c == f->a)
		return try_said_first(e, f);
	if (f->cue & CUE_ING || f->c <= f->a)
		return false;
	bnd = inverted_boundary(e, f->a, f->qa, f->qb, f->b, &after_cue);
	if (after_cue && example_say(e, bnd, f->c))
		return true;
	if (!after_cue && claims_tag_ends(e, f->c, f->b)) {
		size_t r = relative_source(e, f->a, f->qa, &rsa, &rsb);
		if (r != SIZE_MAX) {
			bnd = r;
			rel = true;
		}
	}
	if (after_cue && (f->cue & CUE_DOC))
		return false; /* "The poll, released ..., showed Clinton leading": no source after */
	if (bnd == SIZE_MAX ||
	    (bnd <= f->a && !(bnd + 1 == f->a && (claims_tag_ends(e, f->c, f->b) ||
						  tag_before_subordinate(e, f->c, f->b)))))
		return false;
	quoted = e->t[bnd].kind == TOK_QCLOSE || (bnd > 0 && e->t[bnd - 1].kind == TOK_QCLOSE);
	/* "..., who had talked about so many of the things ...", "spoke about the importance of
	 * ...": a cue that ends with its preposition reports the words after it, never a clause
	 * before it */
	if (f->qb > f->c + 1 && f->qb < f->b && e->t[f->qb].kind == TOK_WORD &&
	    tok_among(e, f->qb - 1, "about to for against") && !(f->cue & CUE_ACCORDING))
		return false;
	/* "He proposed X, but analysts agreed it was ...": a source after "and" or "but" begins a
	 * clause coordinated with the one before, which is no report of it */
	if (!after_cue && !quoted && bnd + 2 < f->c && tok_among(e, bnd + 1, "and but") &&
	    !(e->t[bnd + 1].flags & TOKF_INQ))
		return false;
	if (!after_cue && (p = claims_content_start(e, f->qb, f->b, f->cue)) != SIZE_MAX &&
	    !participle_between(e, f->qb, p) &&
	    (!quoted || !quote_leads(e, f->a, bnd) || clause_after_stop(e, f, bnd, p)) &&
	    !(e->t[p].kind == TOK_QOPEN && claims_quote_tagged(e, p - 1, f->b)))
		return false; /* "Y, X said that ...", "On “Hannity,” X said ...": the content follows
				 the cue */
	/* "X, in a statement released Thursday, said he “appreciates ...”": a pronoun after the
	 * cue that a clause goes on from is the content's subject, not an inverted source */
	if (after_cue && f->qb + 1 < f->b && tok_among(e, f->qb, "he she they we i it") &&
	    (e->t[f->qb + 1].kind == TOK_QOPEN ||
	     (e->t[f->qb + 1].kind == TOK_WORD && !(e->t[f->qb + 1].word & WORD_TIME) &&
	      !(e->t[f->qb + 1].flags & TOKF_CAP))))
		return false;
	/* "“... magic of Trump,” said the candidate could be ...": a subject and its verb after
	 * the cue are the content, not an inverted source */
	if (after_cue && (se = claims_source_after(e, f->qb - 1, f->b)) > f->qb &&
	    ((se < f->b && e->t[se].kind == TOK_WORD && (e->t[se].word & WORD_VERB) &&
	      !(e->t[se].flags & TOKF_CAP)) ||
	     (relative_opens(e, f->a, f->qa) && verb_inside(e, f->qb, f->b))))
		return false;
	/* the source */
	if (after_cue) {
		f->sa = f->qb;
		f->sb = claims_source_after(e, f->qb - 1, f->b);
		/* "The plan, say economists, marks a new era": the tag interrupts a clause whose
		 * subject came before it, so the source ends at the comma where the clause goes on */
		if (!quoted && bnd > f->a && bnd <= f->a + 8 && no_verb(e, f->a, bnd))
			for (size_t k = f->qb + 1; k + 1 < f->sb; k++)
				if (tok_punct(e, k, ',')) {
					/* not an apposition: ", a Canadian geophysicist," */
					if (e->t[k + 1].kind == TOK_WORD &&
					    !(e->t[k + 1].flags & TOKF_CAP) &&
					    !(e->t[k + 1].word & (WORD_DET | WORD_PRON)))
						f->sb = k;
					break;
				}
		/* "said diplomats here": where they are, not who; the tag still ends after it */
		tag_end = f->sb;
		if (f->sb > f->sa + 1 && tok_is(e, f->sb - 1, "here"))
			f->sb--;
	} else if (rel) {
		f->sa = rsa;
		f->sb = rsb;
	} else if (!claims_subject_back(e, bnd < f->a ? f->a : bnd + 1, f->c, &f->sa, &f->sb)) {
		f->sa = f->sb = 0;
	} else if (tok_among(e, f->sa, "his her their its our")) {
		/* "his top aide, Tad Devine": the name, which the reader can place */
		for (size_t k = f->sa + 1; k + 1 < f->sb; k++)
			if (tok_punct(e, k, ',') && (e->t[k + 1].flags & TOKF_CAP)) {
				f->sa = k + 1;
				break;
			}
	}
	if (f->sa >= f->sb && !quoted)
		return true;
	/* "Asked if he was ever bullied, the candidate said no": the question is not what he
	 * said; the answer after the cue is */
	if (!quoted && bnd > f->a && claims_opening(e, f->a, bnd) != SIZE_MAX &&
	    tok_is(e, claims_opening(e, f->a, bnd), "asked"))
		return false;
	/* "On Friday, the senator told a joke", "When I ask him, he says not much": the words
	 * before the tag only set the scene; what was said, if anything, follows the cue */
	if (!quoted && !after_cue && !rel && bnd > f->a && opening_only(e, f->a, bnd, f->c, f->b) &&
	    !tag_interrupts(e, f->c, f->b))
		return false;
	/* the content; direct when it is a quotation that opens the sentence or began before it */
	ce = inverted_content(e, f, bnd);
	if (rel && f->cs >= ce) /* the relative clause's claim came after the content */
		f->cs = e->t[claims_skip_connective(e, f->a, bnd)].start;
	f->ce = claims_carry_on(e, f->sa < f->sb && after_cue ? tag_end : addressee_end(e, f), f->b,
				ce, quoted);
	if (!(f->cue & CUE_DOC) && (tag_keeps_connective(e, f->a, f->cs, true) ||
				    (f->ce == ce && tag_keeps_connective(e, f->a, f->cs, false))))
		f->cs = e->t[f->a].start;
	f->kind =
		quoted && (e->t[f->a].kind == TOK_QOPEN || e->t[bnd].pair < f->a ||
			   (e->t[bnd].kind == TOK_QCLOSE && quote_after_claim(e, e->t[bnd].pair)) ||
			   quote_after_stop(e, bnd))
			? CLAIM_DIRECT
			: CLAIM_INDIRECT;
	if (!quoted && tag_repeats_claim(e, f))
		return true;
	claims_emit(e, f);
	return true;
}

/* The tokens of the sentence's last source (e->sent_src), searched from 60 tokens before the
 * cue: the source of a participle ("..., X said, adding that"). False when not found. */
static bool last_source(const struct engine *e, struct frame *f)
{
	size_t sa, sb;

	if (span_empty(e->sent_src))
		return false;
	for (sa = f->c > f->a + 60 ? f->c - 60 : f->a;
	     sa < f->c && e->t[sa].start != e->sent_src.start; sa++)
		;
	for (sb = sa; sb < f->c && e->t[sb].end <= e->sent_src.end; sb++)
		;
	if (sa >= sb || sa >= f->c)
		return false;
	f->sa = sa;
	f->sb = sb;
	return true;
}

/* The token after the last of `words` before k (within 30 tokens, after a; none inside a
 * quotation), or with but_too after a ", but"; a when there is none. */
static size_t clause_after(const struct engine *e, size_t a, size_t k, const char *words,
			   bool but_too)
{
	for (size_t j = k; j > a && j + 30 > k; j--) {
		if (e->t[j - 1].flags & TOKF_INQ)
			continue;
		if (tok_among(e, j - 1, words) ||
		    (but_too && j >= a + 2 && tok_is(e, j - 1, "but") && tok_punct(e, j - 2, ',')))
			return j;
	}
	return a;
}

/* Where the clause that a verb after "and" at k goes on begins: after the last "when" or
 * "while" before it (within 30 tokens, after a), or after a ", but" that joins a second clause
 * ("No one was hurt, but the crews closed the road and said ..."), else a. "The talks took a
 * turn when Iran's envoy called him a liar and said": the envoy's clause; but after a comma
 * ("He backed Trump when the billionaire came under attack, and has not answered") the main
 * clause's. */
static size_t clause_of(const struct engine *e, size_t a, size_t k)
{
	if (k > a && tok_punct(e, k - 1, ','))
		return a;
	return clause_after(e, a, k, "when while", true);
}

/* True when the cue verb of a clause comes before its object, the false subject [s, ...) of
 * a second verb after "and" or a comma, the clause's subject ending at t: after "and" (after_and),
 * the word before s is a verb ("Rubio thanked Miami and said"), or a cue verb follows t with
 * no comma up to s ("Vale told the minister the farmers share its grief and said", past an
 * aside, auxiliaries and adverbs: "Trump, in particular, has sharply criticized"); after a
 * comma, both ("critics said the plant might be a risk, complained about"). */
static bool verb_before_object(const struct engine *e, size_t t, size_t s, bool after_and)
{
	const struct tok *w = &e->t[s - 1];
	bool verb = w->kind == TOK_WORD && !(w->flags & TOKF_CAP) &&
		    (((w->cue & CUE_VERB) && claims_cue_verb(e, s - 1)) ||
		     (w->word & (WORD_VERB | WORD_AUX)) || word_ends(e, s - 1, "ed"));
	bool cue;

	/* "Trump, in particular, has sharply criticized deals such as NAFTA and called for": past
	 * an aside between commas, auxiliaries and adverbs to the verb */
	if (after_and && t + 1 < s && tok_punct(e, t, ',')) {
		size_t j = t + 1;
		while (j < s && j < t + 6 && e->t[j].kind == TOK_WORD && !e->t[j].cue)
			j++;
		if (j < s && tok_punct(e, j, ','))
			t = j + 1;
	}
	while (after_and && t < s && e->t[t].kind == TOK_WORD && !e->t[t].cue &&
	       ((e->t[t].word & (WORD_AUX | WORD_ADV)) || word_ends(e, t, "ly")))
		t++;
	cue = t < s && (e->t[t].cue & CUE_VERB) && !(e->t[t].flags & TOKF_CAP) &&
	      claims_cue_verb(e, t);
	for (size_t j = t; cue && after_and && j < s; j++)
		if (tok_punct(e, j, ',') || e->t[j].kind != TOK_WORD)
			cue = false;
	return after_and ? verb || cue : verb && cue;
}

/* The token after "and" or "but" when a time phrase of at most four words comes between it and
 * the cue at k ("and in recent days said", "but on Tuesday said", "and last week said"): a
 * preposition or a time word first, a time word in it. SIZE_MAX otherwise. */
static size_t time_after_and(const struct engine *e, size_t a, size_t k)
{
	bool time = false;

	for (size_t j = k; j > a + 1 && j + 4 >= k; j--) {
		const struct tok *t = &e->t[j - 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_among(e, j - 1, "and but"))
			return time && j < k &&
					       ((e->t[j].word & (WORD_PREP | WORD_TIME)) ||
						tok_among(e, j, "last earlier"))
				       ? j
				       : SIZE_MAX;
		time = time || (t->word & WORD_TIME) ||
		       tok_among(e, j - 1, "days weeks months years hours");
	}
	return SIZE_MAX;
}

/* Where the clause of the verb at k begins: after the last subordinating word before it
 * ("when", "after", "because"; within 30 tokens, after a), commas of an apposition inside it
 * ("when the boy's father, Juan Ortiz, sent"); else a. */
static size_t subordinate_clause(const struct engine *e, size_t a, size_t k)
{
	return clause_after(e, a, k, "when while after because since before until", false);
}

/* For a participle cue at c on a written message that a verb sends ("when X sent a letter to
 * the mayor asking that ...", "after X issued a statement demanding"): the token of that verb,
 * whose subject wrote the message and asks what it asks; SIZE_MAX when the word before the cue
 * (within a few, after a) is no such message. */
static size_t message_verb(const struct engine *e, size_t a, size_t c)
{
	for (size_t k = c; k > a + 2 && k + 10 > c; k--) {
		if (e->t[k - 1].flags & TOKF_INQ)
			return SIZE_MAX;
		if (!tok_among(e, k - 1, "letter note message memo petition"))
			continue;
		if (!tok_among(e, k - 2, "a an the"))
			return SIZE_MAX;
		return tok_among(e, k - 3, "sent wrote issued filed signed mailed delivered")
			       ? k - 3
			       : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "The truth, the senator said then, was that ...": a tag set between commas after a noun phrase
 * with no name, which the clause goes on from with its verb after the tag (within four words of
 * the cue's end): the source starts after the comma. Else f->sa. */
static size_t tag_after_phrase(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa + 1, j;

	if (!(e->t[f->sa].word & WORD_DET) || (e->t[f->sa].word & WORD_PRON))
		return f->sa;
	while (k < f->sb && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP))
		k++;
	if (k + 1 >= f->sb || !tok_punct(e, k, ','))
		return f->sa;
	for (j = f->qb; j < f->b && j < f->qb + 4 && e->t[j].kind == TOK_WORD; j++)
		;
	return j + 1 < f->b && tok_punct(e, j, ',') && (e->t[j + 1].word & (WORD_AUX | WORD_VERB))
		       ? k + 1
		       : f->sa;
}

/* "The two met – Ryan saying he was pleased and Cole calling it a good talk": a name set after a
 * comma or a dash right before the participle is its own subject, not the clause's. Sets the
 * source to the name (one to four capitalised words) and returns true. */
static bool absolute_subject(const struct engine *e, struct frame *f)
{
	size_t k = f->c;

	while (k > f->a + 1 && f->c - k < 4 && e->t[k - 1].kind == TOK_WORD &&
	       (e->t[k - 1].flags & TOKF_CAP) && !(e->t[k - 1].word & (WORD_PRON | WORD_TIME)) &&
	       !e->t[k - 1].cue)
		k--;
	if (k == f->c || k <= f->a + 1 || !(tok_punct(e, k - 1, ',') || tok_dash(e, k - 1)) ||
	    !claims_source_ok(e, k, f->c))
		return false;
	f->sa = k;
	f->sb = f->c;
	return true;
}

/* The source of a forward frame: the subject before the cue ("X said"), the subject of the
 * sentence ("X praised Y and said"), or for a participle the sentence's last source or its
 * subject ("X issued a statement saying"). False when there is none. */
static bool forward_source(const struct engine *e, struct frame *f)
{
	size_t k, t0;

	if ((f->cue & CUE_ING) && absolute_subject(e, f))
		return true;
	if (f->cue & CUE_ING) {
		/* "Despite challenging the majority leader, Cruz said ...": the participle's
		 * subject is the main clause's */
		k = claims_opening(e, f->a, f->c);
		if (k != SIZE_MAX && (k == f->c || k + 1 == f->c || (e->t[k].word & WORD_PREP)) &&
		    (k = claims_main_after(e, f->c, f->b)) != SIZE_MAX)
			return claims_subject_fwd(e, e->t[k + 1].kind == TOK_QCLOSE ? k + 2 : k + 1,
						  f->b, &f->sa, &f->sb);
		if ((k = message_verb(e, f->a, f->c)) != SIZE_MAX &&
		    claims_subject_fwd(e, subordinate_clause(e, f->a, k), k, &f->sa, &f->sb))
			return true;
		if (!last_source(e, f) && !claims_subject_fwd(e, f->a, f->c, &f->sa, &f->sb))
			return false;
		/* "The union sent out a release saying": the source ends where the cue begins */
		if (f->sa < f->qa && f->sb > f->qa)
			f->sb = f->qa;
		return true;
	}
	k = f->qa;
	/* "The relatives refused to sign, and in recent days said ...": a time phrase between
	 * "and" and the cue is no subject; the verb goes on the clause before "and" */
	if ((t0 = time_after_and(e, f->a, k)) != SIZE_MAX &&
	    claims_subject_fwd(e, clause_of(e, f->a, t0 - 1), t0 - 1, &f->sa, &f->sb))
		return true;
	if (claims_subject_back(e, f->a, f->qa, &f->sa, &f->sb)) {
		/* "Rubio thanked Miami and said": the object of the verb before "and" is no
		 * subject; the clause's subject is */
		size_t s = f->sa, t = f->sb;
		if (!(k > f->a && (tok_among(e, k - 1, "and but") || tok_punct(e, k - 1, ',')) &&
		      s > f->a + 1 &&
		      claims_subject_fwd(e, clause_of(e, f->a, k - 1), k - 1, &f->sa, &f->sb) &&
		      f->sb < s && verb_before_object(e, f->sb, s, !tok_punct(e, k - 1, ',')))) {
			f->sa = s;
			f->sb = t;
		}
		f->sa = tag_after_phrase(e, f);
		/* "Sanders, who on Tuesday endorsed Clinton", "Curiel, who through his office
		 * declined": a phrase between the relative pronoun and its verb is no source; the
		 * pronoun is */
		if (f->sa > f->a && (e->t[f->sa].word & WORD_PREP) &&
		    !(e->t[f->sa].flags & TOKF_CAP) && tok_among(e, f->sa - 1, "who which")) {
			f->sb = f->sa;
			f->sa--;
		}
		return true;
	}
	return k > f->a && (tok_is(e, k - 1, "and") || tok_is(e, k - 1, "but")) &&
	       claims_subject_fwd(e, clause_of(e, f->a, k - 1), k - 1, &f->sa, &f->sb);
}

/* True when only punctuation other than a comma follows the closing mark at q in the sentence
 * ending at b. */
static bool ends_sentence(const struct engine *e, size_t q, size_t b)
{
	size_t j = q + 1;

	while (j < b && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
		j++;
	return j >= b;
}

/* "The streets were deserted, he added, “but people need to connect”": a speech tag set between
 * commas inside the sentence whose quotation at p goes on with what comes before the tag (the
 * quotation opens in lower case, or a clause with a verb comes before); the content then begins
 * with the sentence, the tag inside it. Not after an opening phrase or clause ("On the subject of
 * Israel, Trump added, “...”", "Soon after he was booed, he wrote, “...”"); what comes before
 * is at most 60 tokens, so the scan stays bounded. */
static void joined_before(const struct engine *e, struct frame *f, size_t p)
{
	size_t sa = f->sa, comma, a, k;
	bool verb = false;

	/* "When the regulation goes into effect, Dr. Clark added, ''it will ...''": a source read
	 * back over an opening clause's comma begins after it, as claims_emit reads it */
	for (k = f->sa; k + 1 < f->sb && k < f->sa + 60; k++)
		if (tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ)) {
			if ((claims_opening(e, f->a, k) != SIZE_MAX ||
			     (p + 1 < f->b && e->t[p + 1].kind == TOK_WORD &&
			      !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)))) &&
			    claims_main_clause(e, k + 1, f->c + 1))
				sa = k + 1;
			break;
		}
	comma = sa - 1;
	if (e->t[p].kind != TOK_QOPEN || sa <= f->a + 1 || sa > f->a + 60 ||
	    !tok_punct(e, comma, ',') || p + 1 >= f->b || e->t[p + 1].kind != TOK_WORD)
		return;
	/* a quotation that opens in lower case after a tag between commas goes on with whatever
	 * opens the sentence but a connective alone ("While consumer confidence is high, he said,
	 * ''this has done nothing ...''", "That, the commission said, “would be helpful”"; not
	 * "But, he said, ''democracy is ...''") */
	bool lower = !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) && tok_punct(e, p - 1, ',') &&
		     claims_skip_connective(e, f->a, sa + 1) < comma;
	a = claims_skip_connective(e, f->a, comma);
	if (a < e->frame_end || (a + 1 >= comma && !(lower && a < comma)) ||
	    ((e->t[a].word & (WORD_SUBORD | WORD_PREP)) && !lower) || e->t[a].kind != TOK_WORD)
		return;
	for (k = a; k < comma; k++) {
		if (e->t[k].flags & (TOKF_INQ | TOKF_USED) || e->t[k].kind == TOK_QOPEN ||
		    ((e->t[k].word & WORD_SUBORD) && !(lower && k == a)) ||
		    (e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)))
			return;
		if (e->t[k].word & WORD_VERB)
			verb = true;
	}
	if (!verb && ((e->t[p + 1].flags & TOKF_CAP) || tok_is(e, p + 1, "i")))
		return;
	/* "Y, Kall said: “I feel ...”": a colon sets the quotation apart from the clause before
	 * the tag; that clause is a paraphrase of its own, not the quotation's first words */
	if (tok_punct(e, p - 1, ':'))
		return;
	f->sa = sa; /* "the lawyers", not "These and other sources of authority, the lawyers" */
	f->cs = e->t[a].start;
}

/* True when token i can be a word of the noun phrase that names a document before its head
 * ("A CNN/ORC", "The RealClearPolitics rolling average of"): a determiner, a name, a number, a
 * possessive or a word of no class, a slash, hyphen, full stop or apostrophe. */
static bool doc_np_word(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind != TOK_WORD)
		return tok_punct(e, i, '/') || tok_punct(e, i, '-') || tok_punct(e, i, '.') ||
		       tok_punct(e, i, '\'');
	if (t->flags & TOKF_INQ)
		return false;
	return (t->word & WORD_DET) || !(t->word & ~(unsigned)WORD_TIME) || tok_is(e, i, "of");
}

/* The source of "shows" and "showed" when the subject before the cue is longer than a noun
 * phrase: a document or data that opens the clause, whatever follows it up to the cue ("A CNN/ORC
 * poll of South Carolina released on Tuesday showed", "Surveys of caucus-goers taken as they
 * entered caucus sites showed"). The clause opens the sentence (after an introductory phrase)
 * or follows "that" or a comma; at most 30 tokens before the cue, with no finite verb or cue
 * between. False when there is none. */
static bool doc_subject(const struct engine *e, struct frame *f)
{
	size_t lo = f->qa > f->a + 30 ? f->qa - 30 : f->a, head = SIZE_MAX, s, k;

	for (k = f->qa; k > lo; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ) ||
		    tok_punct(e, k - 1, ';') || tok_punct(e, k - 1, ':') ||
		    (t->word & (WORD_VERB | WORD_REL)) ||
		    ((t->cue & CUE_VERB) && !word_ends(e, k - 1, "ed") && !(t->word & WORD_DOC) &&
		     claims_cue_verb(e, k - 1)))
			break;
		if (t->kind == TOK_WORD && (t->word & WORD_DOC) && !(t->word & WORD_PREP))
			head = k - 1;
	}
	if (head == SIZE_MAX)
		return false;
	for (s = head; s > f->a && s + 12 > head && doc_np_word(e, s - 1); s--)
		;
	if (!(s == claims_trim_intro(e, f->a, head + 1) ||
	      (s > f->a &&
	       (tok_punct(e, s - 1, ',') || tok_dash(e, s - 1) || tok_is(e, s - 1, "that")))))
		return false;
	/* the noun phrase without what follows a participle or a comma ("released on Tuesday") */
	for (k = head + 1;
	     k < f->qa && doc_np_word(e, k) && !(e->t[k].word & WORD_TIME) &&
	     !(e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !(e->t[k].word & WORD_DET) && !tok_is(e, k, "of") &&
	       (word_ends(e, k, "ed") || word_ends(e, k, "ing") || tok_among(e, k, "out taken") ||
		!(tok_is(e, k - 1, "of") || (e->t[k - 1].flags & TOKF_CAP))));
	     k++)
		;
	while (k > head + 1 && (tok_is(e, k - 1, "of") || e->t[k - 1].kind != TOK_WORD))
		k--;
	f->sa = s;
	f->sb = k;
	return true;
}

/* When the quotation at p goes on with the words between the cue and it, in lower case and
 * after no "that", comma or colon ("pledged to rid the world of “this barbarous organization”",
 * "described the move as a “major breach of trust”", "pledges to ''make sure ...''"), the content
 * is those words and the quotation, paraphrase that quotes: the token where it begins (after a
 * time); else SIZE_MAX. Not after an addressee ("told reporters “...”"). */
static size_t quote_goes_on_clause(const struct engine *e, const struct frame *f, size_t p)
{
	size_t s = f->qb;
	bool as = false;

	/* "pledged Saturday to rid ...": the time is the telling's */
	while (s < p && (e->t[s].word & WORD_TIME) && !(e->t[s].word & WORD_DET))
		s++;
	if (e->t[p].kind != TOK_QOPEN || p <= s || p > s + 12 || p + 1 >= f->b ||
	    e->t[p + 1].kind != TOK_WORD || (e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) ||
	    tok_is(e, p + 1, "i"))
		return SIZE_MAX;
	for (size_t k = s; k < p; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || tok_is(e, k, "that"))
			return SIZE_MAX;
		as = as || tok_is(e, k, "as");
	}
	/* "described the move as a “...”", not "told reporters “...”" */
	return (f->cue & CUE_OBJ) && !as ? SIZE_MAX : s;
}

/* "He said: ¶ “In all the administrations I've served in, ...”", "Tenney went on to say: ¶
 * “...”": the quotations after a colon that ends the paragraph (claims_colon_quotes) are the
 * content, direct. claims_try_colon_tag() takes most such tags first; this one, reached after the
 * forward frame found its source, takes those whose source only that frame finds. False when the
 * frame is not that. */
static bool quote_paras_after(struct engine *e, struct frame *f)
{
	struct span in;

	if (!claims_colon_quotes(e, f->qb, f->b, 12, &in))
		return false;
	f->kind = CLAIM_DIRECT;
	f->cs = in.start;
	f->ce = in.end;
	claims_emit(e, f);
	return true;
}

/* Nouns whose "that" opens what they hold, not a relative clause ("the fact that he has
 * declined to participate in ..."). */
static bool that_noun(const struct engine *e, size_t k)
{
	return tok_among(
		e, k,
		"fact notion idea evidence claim claims belief news report reports sense view "
		"argument suggestion assertion impression possibility prospect theory fear "
		"fears concern concerns assumption assurance assurances promise warning");
}

/* "the policy points he hopes to see on the platform", "any proposals she would not want to
 * defend in a general election": an infinitive cue whose verb has no object of its own (a
 * preposition, a gerund, punctuation or the sentence's end follows it), after a noun phrase and
 * the subject, says what is hoped of that phrase: the token where the phrase begins (its
 * determiner or "what"), or SIZE_MAX. Not after a cue ("told the crowd he wants to win."). */
static size_t contact_head(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb, k = f->sa, h;

	if (!(f->cue & CUE_INF) || q + 1 >= f->b || !tok_is(e, q, "to") ||
	    e->t[q + 1].kind != TOK_WORD || e->t[q + 1].word ||
	    (e->t[q + 1].flags & (TOKF_CAP | TOKF_DIGIT)))
		return SIZE_MAX;
	if (q + 2 < f->b && e->t[q + 2].kind != TOK_PUNCT && !(e->t[q + 2].word & WORD_PREP) &&
	    !word_ends(e, q + 2, "ing"))
		return SIZE_MAX;
	if (k > f->a && tok_among(e, k - 1, "that which")) {
		k--; /* "a confidentiality agreement that he doesn't want to risk breaching" */
		if (k > f->a && that_noun(e, k - 1))
			return SIZE_MAX;
	} else if (!(e->t[k].word & WORD_PRON) && !(e->t[k].flags & TOKF_CAP))
		return SIZE_MAX;
	if (e->t[f->sa].word & WORD_REL)
		return SIZE_MAX; /* "a rare candidate who hopes to compete in Iowa" */
	if (k == f->a || e->t[k - 1].kind != TOK_WORD || (e->t[k - 1].word & WORD_TIME))
		return SIZE_MAX;
	for (h = k; h > f->a && h + 7 > k; h--) {
		const struct tok *t = &e->t[h - 1];
		if (h < k && (t->word & WORD_DET || tok_is(e, h - 1, "what")))
			return h - 1 > f->a && e->t[h - 2].cue ? SIZE_MAX : h - 1;
		if (t->kind != TOK_WORD || (t->word & (WORD_VERB | WORD_PRON | WORD_PREP |
						       WORD_CONJ | WORD_SUBORD | WORD_REL)))
			break;
	}
	return SIZE_MAX;
}

/* "in a finish that he said defied expectations", "moves that he said improved the economy":
 * "that" after a noun opens a relative clause when the cue's verb has no subject of its own (a
 * finite verb follows the cue at once); true then, and the content begins at "that" as at
 * "which". */
static bool that_gap(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb;

	return f->sa >= f->a + 2 && tok_is(e, f->sa - 1, "that") &&
	       e->t[f->sa - 2].kind == TOK_WORD && !e->t[f->sa - 2].cue &&
	       !(e->t[f->sa - 2].word &
		 (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_PRON | WORD_ADV)) &&
	       q + 1 < f->b && e->t[q].kind == TOK_WORD && !(e->t[q].flags & TOKF_CAP) &&
	       ((e->t[q].word & WORD_VERB) || (word_ends(e, q, "ed") && !e->t[q].cue));
}

/* The forward frame: X said (that) ... / X told Y that ... / X said: "..." */
static void try_forward(struct engine *e, struct frame *f)
{
	size_t p;

	if (!forward_source(e, f) && !((f->cue & CUE_DOC) && doc_subject(e, f)))
		return;
	/* "A poll of South Carolina released on Tuesday showed": the document, not "Tuesday" */
	if ((f->cue & CUE_DOC) && !claims_doc_source(e, f) && !doc_subject(e, f))
		return;
	/* "A news report published Wednesday said": the report, not "Wednesday" */
	if (!(f->cue & (CUE_DOC | CUE_ING)) && f->sa < f->sb && (e->t[f->sa].word & WORD_TIME) &&
	    !(e->t[f->sa].word & WORD_DET) && f->sb <= f->sa + 3 && f->sa > f->a)
		doc_subject(e, f);
	if (claims_doc_source(e, f))
		f->cue &= ~(unsigned)CUE_NEEDTHAT; /* "Poll finds Clinton would beat Trump" */
	/* "what the panel determined as the limit", "which the court recognized": a cue that takes
	 * only "that" has its object already, no claim */
	if ((f->cue & CUE_THATONLY) && f->sa > f->a && tok_among(e, f->sa - 1, "which what"))
		return;
	/* ", which he said the Mexican government should pay for", "what it calls sensible
	 * laws": the relative clause is the content, its source and cue inside it (not after a
	 * preposition: "an interview in which he says he will ..." says what follows the cue) */
	if (f->sa > f->a &&
	    (tok_is(e, f->sa - 1, "which") || tok_is(e, f->sa - 1, "what") || that_gap(e, f)) &&
	    f->qb < f->b && e->t[f->qb].kind == TOK_WORD && !(e->t[f->sa].word & WORD_REL) &&
	    !(tok_is(e, f->sa - 1, "which") && f->sa >= f->a + 2 &&
	      (e->t[f->sa - 2].word & WORD_PREP))) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[f->sa - 1].start;
		f->ce = claims_content_end(e, f->qb, claims_clause_limit(e, f->qb, f->b, true));
		claims_emit(e, f);
		return;
	}
	/* "what Newt Gingrich called “the loudest ... election”": from "what" to the quotation's
	 * end */
	if (f->sa > f->a && (tok_is(e, f->sa - 1, "which") || tok_is(e, f->sa - 1, "what")) &&
	    f->qb < f->b && e->t[f->qb].kind == TOK_QOPEN && !(e->t[f->sa].word & WORD_REL)) {
		f->kind = CLAIM_DIRECT;
		f->cs = e->t[f->sa - 1].start;
		f->ce = e->t[e->t[f->qb].pair].start;
		claims_emit(e, f);
		return;
	}
	if ((p = contact_head(e, f)) != SIZE_MAX) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = claims_content_end(e, f->qb, claims_clause_limit(e, f->qb, f->b, false));
		claims_emit(e, f);
		return;
	}
	p = claims_content_start(e, f->qb, f->b, f->cue);
	/* "She added, Donald Trump is ...", "The Atlantic noted, trust in government is ...": a
	 * clause after a comma when the tag opens the sentence */
	if (p == SIZE_MAX && f->qb + 2 < f->b && tok_punct(e, f->qb, ',') &&
	    !(f->cue & (CUE_NP | CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_INFONLY)) &&
	    claims_trim_intro(e, f->a, f->sa) == f->sa && e->t[f->qb + 1].kind == TOK_WORD &&
	    !e->t[f->qb + 1].cue && !word_ends(e, f->qb + 1, "ing") &&
	    ((e->t[f->qb + 1].flags & TOKF_CAP) ||
	     (e->t[f->qb + 1].word & (WORD_PRON | WORD_DET))) &&
	    !(e->t[f->qb + 1].word & (WORD_ADV | WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_REL)))
		p = f->qb + 1;
	if (p == SIZE_MAX) {
		quote_paras_after(e, f);
		return;
	}
	if (quote_goes_on_clause(e, f, p) != SIZE_MAX)
		p = quote_goes_on_clause(e, f, p);
	if ((f->cue & CUE_INF) && p == f->qb + 2 && tok_is(e, f->qb, "to"))
		f->qb = p; /* "refused to admit that ...": the verb of saying is in the cue */
	claims_content_at(e, f, p);
	if (f->kind == CLAIM_DIRECT && ends_sentence(e, e->t[p].pair, f->b))
		f->ce = claims_run_on(e, e->t[e->t[p].pair].next, f->ce);
	joined_before(e, f, p);
	claims_emit(e, f);
}

/* ---- "Asked whether ..., X said", "he was asked what ..." ---- */

/* The question of a passive "asked" at f->c ("When asked about the merger", "Asked whether X,
 * Trump said:", "he was asked what happened"): a claim with no source whose content is the
 * question, from its wh-word, "about" or "to" up to the clause with a cue of its own or the
 * sentence's end. False when "asked" is not passive here. */
static bool try_asked(struct engine *e, struct frame *f)
{
	size_t c = f->c, p, lim = f->b, k;

	if (!tok_is(e, c, "asked") ||
	    !(c == f->a || tok_is(e, c - 1, "when") || tok_is(e, c - 1, "was") ||
	      tok_is(e, c - 1, "were") || tok_is(e, c - 1, "being") || tok_is(e, c - 1, "been") ||
	      tok_is(e, c - 1, "is") || tok_is(e, c - 1, "are")))
		return false;
	for (p = c + 1; p < f->b && p < c + 9; p++) {
		if (tok_is(e, p, "whether") || tok_is(e, p, "if") || tok_is(e, p, "what") ||
		    tok_is(e, p, "why") || tok_is(e, p, "how") || tok_is(e, p, "who") ||
		    tok_is(e, p, "which") || tok_is(e, p, "about") ||
		    (tok_is(e, p, "to") && p + 1 < f->b &&
		     !(e->t[p + 1].word & (WORD_DET | WORD_PRON))))
			break;
		if (e->t[p].kind != TOK_WORD || (e->t[p].word & WORD_VERB))
			return false;
	}
	if (p >= f->b || p >= c + 9)
		return false;
	for (k = p + 1; k + 1 < f->b; k++) {
		size_t n = k + 1;
		/* "... on “CBS This Morning,” Sanders said": the comma inside the closing quotation */
		if (tok_punct(e, k, ',') && (e->t[k].flags & TOKF_INQ) &&
		    e->t[n].kind == TOK_QCLOSE && n + 1 < f->b)
			n++;
		else if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (claims_clause_cue(e, n, f->b) != SIZE_MAX || main_clause(e, n, f->b) ||
		    claims_main_clause(e, n, f->b)) {
			lim = k;
			break;
		}
	}
	f->qa = c > f->a && !tok_is(e, c - 1, "when") ? c - 1 : c;
	/* "asked about his paid speeches": the preposition is the cue's, the topic the content */
	if (p == c + 1 && tok_is(e, p, "about") && p + 1 < lim && e->t[p + 1].kind == TOK_WORD) {
		f->qb = p + 1;
		p++;
	}
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	f->ce = claims_content_end(e, p, lim);
	claims_emit(e, f);
	return true;
}

/* ---- "As The Hill reported, ...", "X was first reported by MSNBC" ---- */

/* "As X reported, Y" (or "Z, as X reported, Y"; "As reported by X, Y"): the source between "as"
 * and the cue (or after "by"), the content the clause after the comma (and before the "as" when
 * it is a parenthetical). False when the cue at f->c is in no such frame. */
static bool try_as(struct engine *e, struct frame *f)
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
		if (!claims_subject_back(e, as + 1, c, &sa, &sb) || sa != as + 1)
			return false;
		for (k = f->qb; k < f->b && k < f->qb + 4 && e->t[k].kind == TOK_WORD &&
				(e->t[k].word & (WORD_TIME | WORD_ADV));
		     k++)
			; /* "as Western Journalism reported recently," */
	}
	if (k + 1 >= f->b || !tok_punct(e, k, ',') || sa >= sb)
		return false;
	lim = claims_clause_limit(e, k + 1, f->b, false);
	f->sa = sa;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	if (as > f->a && tok_punct(e, as - 1, ',') && as - 1 > f->a)
		f->cs = claims_floor_start(e, claims_skip_connective(e, f->a, as),
					   as); /* "Z, as X said, Y" */
	else if (claims_trim_intro(e, f->a, as) == as)
		f->cs = e->t[k + 1].start;
	else
		return false;
	f->ce = claims_content_end(e, k + 1, lim);
	claims_emit(e, f);
	if (as == f->a && e->frame_end < k + 1)
		e->frame_end = k + 1; /* "As reported by X," is no content of a cue after it */
	return true;
}

/* "O'Malley's move was first reported by MSNBC", "the email, which was first reported by The
 * Associated Press": a passive cue with its source after "by"; the content is the subject. */
static bool try_passive(struct engine *e, struct frame *f)
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
	if (sb == c + 2 || !claims_subject_back(e, f->a, qa, &f->cs, &f->ce))
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

/* "which is expected to draw a large audience", "who are widely expected to make up half of
 * the electorate": an expectation in a relative clause, nobody named for it; the clause from its
 * pronoun is the content (v is the first word after the form of "be"). False when no relative
 * pronoun and "be" come before v. */
static bool rel_expected(struct engine *e, struct frame *f, size_t v)
{
	size_t r = v - 1, lim;

	if (tok_is(e, r, "been") && r > f->a && (e->t[r - 1].word & WORD_AUX))
		r--;
	if (r == f->a || !(tok_among(e, v - 1, "is are was were been")) ||
	    !tok_among(e, r - 1, "which who that"))
		return false;
	lim = claims_clause_limit(e, f->c + 1, f->b, false);
	/* the relative clause ends at the comma that closes it before the main verb (", which is
	 * expected to come on Dec. 16, presents"; not "a forceful, top-to-bottom indictment") or
	 * before a second one ("and who maintain ...") */
	for (size_t k = f->c + 2; k + 1 < lim; k++)
		if ((tok_punct(e, k, ',') && r >= f->a + 2 && tok_punct(e, r - 2, ',') &&
		     e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP) &&
		     ((e->t[k + 1].word & WORD_VERB) || (e->t[k + 1].cue & CUE_VERB) ||
		      (!e->t[k + 1].word &&
		       (word_ends(e, k + 1, "s") || word_ends(e, k + 1, "ed"))))) ||
		    (tok_among(e, k, "and but") && tok_among(e, k + 1, "which who"))) {
			lim = k;
			break;
		}
	f->qa = v - 1;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[r - 1].start;
	f->ce = claims_content_end(e, f->c + 1, lim);
	claims_emit(e, f);
	return true;
}

/* The subject of a passive whose form of "be" is at v - 1 ("Trump had been expected", "The
 * central bank, which has held rates near zero, is expected", "Sanders was declared"): its first
 * token in *sa, the first token of the verb group ("had been") in *q. False when the subject is
 * no noun phrase of its own ("which is expected"). */
static bool passive_subject(const struct engine *e, const struct frame *f, size_t v, size_t *sa,
			    size_t *q)
{
	size_t be, sb;

	/* "Trump had been expected to": the subject ends before the auxiliary; "The central bank,
	 * which has held rates near zero, is expected to": before the phrase set off by commas */
	be = tok_is(e, v - 1, "been") && v - 1 > f->a && (e->t[v - 2].word & WORD_AUX) ? v - 2
										       : v - 1;
	*q = be;
	if (be > f->a + 2 && tok_punct(e, be - 1, ','))
		for (size_t k = be - 2; k > f->a && k + 30 > be; k--)
			if (tok_punct(e, k, ',')) {
				be = k;
				break;
			}
	if (!claims_subject_back(e, f->a, be, sa, &sb) || sb != be ||
	    (e->t[*sa].word & (WORD_REL | WORD_SUBORD)))
		return false;
	for (size_t k = *sa; k < sb; k++)
		if (e->t[k].word & WORD_CONJ)
			*sa = k + 1; /* "His father was Kenyan and the president is expected" */
	return *sa < sb;
}

/* "Trump is expected to deliver a speech": an expectation nobody is named for; the clause,
 * its subject included, is the content. */
static bool try_expected(struct engine *e, struct frame *f)
{
	size_t c = f->c, sa, v = c, q;

	/* "is expected", "is not expected", "is also widely expected" */
	while (v > f->a + 1 && v + 3 > c && e->t[v - 1].kind == TOK_WORD &&
	       (tok_is(e, v - 1, "not") || tok_is(e, v - 1, "also") || word_ends(e, v - 1, "ly")))
		v--;
	if (tok_is(e, c, "expected") && v > f->a + 1 && c + 2 < f->b && tok_is(e, c + 1, "to") &&
	    rel_expected(e, f, v))
		return true;
	if (!tok_is(e, c, "expected") || v == f->a || c + 2 >= f->b || !tok_is(e, c + 1, "to") ||
	    !(tok_is(e, v - 1, "is") || tok_is(e, v - 1, "are") || tok_is(e, v - 1, "was") ||
	      tok_is(e, v - 1, "were") || tok_is(e, v - 1, "been")))
		return true;
	if (!passive_subject(e, f, v, &sa, &q))
		return true; /* "expected" is no cue of its own; "which is expected to" neither */
	f->qa = q;           /* "had been expected" */
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[sa].start;
	f->ce = claims_content_end(e, c + 1, claims_clause_limit(e, c + 1, f->b, false));
	claims_emit(e, f);
	return true;
}

/* "Sanders was declared the winner in Rhode Island", "she was announced the winner": an outcome
 * announced by nobody named; the clause, its subject included, is the content (the cue "was
 * declared"). False when "declared" or "announced" at f->c is not a passive before "(as) the
 * winner". */
static bool try_winner(struct engine *e, struct frame *f)
{
	size_t c = f->c, k = c + 1, sa, q, lim;
	bool sub;

	if (!tok_among(e, c, "declared announced") || c < f->a + 2 || !tok_be(e, c - 1))
		return false;
	if (k < f->b && tok_is(e, k, "as"))
		k++;
	if (k + 1 >= f->b || !tok_is(e, k, "the") || !tok_among(e, k + 1, "winner winners") ||
	    !passive_subject(e, f, c, &sa, &q))
		return false;
	/* up to a relative clause, an agent or a comma before another clause ("in 2004 that was
	 * marred by fraud", "in Rhode Island, and it is clear", "by news organizations"; not "in
	 * the Pennsylvania, Maryland and Delaware primaries"), or the comma that closes a
	 * subordinate clause ("Shortly after Clinton was declared the winner in Maryland,") */
	sub = sa > f->a && (e->t[sa - 1].word & WORD_SUBORD);
	lim = claims_clause_limit(e, c + 1, f->b, false);
	for (k += 2; k < lim; k++)
		if ((e->t[k].kind == TOK_WORD && tok_among(e, k, "that which who by")) ||
		    (tok_punct(e, k, ',') && k + 1 < lim &&
		     (sub || e->t[k + 1].word & (WORD_CONJ | WORD_PRON | WORD_PREP | WORD_SUBORD) ||
		      !(e->t[k + 1].flags & TOKF_CAP))))
			break;
	f->qa = q;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[sa].start;
	f->ce = claims_content_end(e, c + 1, k);
	claims_emit(e, f);
	return true;
}

/* True when what follows an impression cue at c (before b) makes it one: "to" and a verb
 * ("seemed to match"), "likely to", "certain to", "that" ("it appears that") or a state
 * ("seems stable", "appeared paralyzed"; *state is then set). */
static bool seem_complement(const struct engine *e, size_t c, size_t b, bool *state)
{
	size_t k = c + 1;

	*state = false;
	if (k + 1 >= b || e->t[k].kind != TOK_WORD)
		return false;
	if (tok_is(e, k, "that"))
		return true;
	/* "seems stable", "seemed equally unperturbed", "seems like a comparable moment",
	 * "appeared paralyzed", "appeared headed for": a state, not "appeared on CNN" */
	*state = true;
	if (e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) &&
	    !e->t[k].cue && !tok_is(e, k, "to")) {
		size_t j = k;
		if (tok_among(e, j, "equally most more less very so too increasingly all") ||
		    (word_ends(e, j, "ly") && !(e->t[j].word & ~(unsigned)WORD_ADV)))
			j++;
		if (j < b && tok_among(e, c, "seem seemed seems") &&
		    (tok_is(e, j, "like") ||
		     (e->t[j].kind == TOK_WORD && !e->t[j].word && !e->t[j].cue &&
		      !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)))))
			return true;
		if (j < b && e->t[j].kind == TOK_WORD && !e->t[j].word && !e->t[j].cue &&
		    !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) &&
		    (word_ends(e, j, "ed") ||
		     tok_among(e, j, "closer ready unable willing eager")) &&
		    !(j + 1 < b && tok_is(e, j + 1, "by")))
			return true;
	}
	*state = false;
	if (tok_among(e, k, "likely unlikely certain poised set ready sure destined") &&
	    tok_is(e, k + 1, "to"))
		k++;
	return tok_is(e, k, "to") && k + 1 < b && e->t[k + 1].kind == TOK_WORD &&
	       !(e->t[k + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME));
}

/* True when [k, b) is a noun phrase alone after a comma: no verb, relative word, preposition
 * first or participle in it, no quotation ("the Sanders team", not "a copy of which was
 * obtained", "including Clinton"). */
static bool np_after(const struct engine *e, size_t k, size_t b)
{
	if (k >= b || (e->t[k].word & WORD_PREP) || word_ends(e, k, "ing"))
		return false;
	for (size_t i = k; i < b; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].word & (WORD_VERB | WORD_REL)) ||
		    (e->t[i].flags & TOKF_INQ))
			return false;
	return true;
}

/* True when "seemed to" at c is followed by a verb of telling, showing or knowing with an
 * object before b ("seemed to mock his talk", "seem to show that", "appeared to contradict his
 * past statements"): the subject is then the source of what that verb takes. */
static bool seem_telling(const struct engine *e, size_t c, size_t b)
{
	return c + 3 < b && tok_is(e, c + 1, "to") &&
	       tok_among(e, c + 2,
			 "show indicate imply suggest signal confirm acknowledge recognize concede "
			 "admit accept reject dismiss mock criticize blame praise endorse embrace "
			 "urge offer contradict question feel") &&
	       (e->t[c + 3].kind == TOK_WORD || e->t[c + 3].kind == TOK_QOPEN);
}

/* True when the conjunction at k joins two nouns inside the subject that begins at sa ("Picking
 * winners and losers seemed", "The tensions between supporters and protesters seem", "the bond
 * between America and Britain appears"), not a clause before the subject's own ("... and the
 * front-runner seemed to"). */
static bool joins_nouns(const struct engine *e, size_t sa, size_t k)
{
	const struct tok *l = &e->t[k - 1], *r = &e->t[k + 1];

	for (size_t i = sa; i < k; i++)
		if (tok_is(e, i, "between"))
			return true;
	return k > sa && l->kind == TOK_WORD && r->kind == TOK_WORD && !l->word && !r->word &&
	       !l->cue && !r->cue && !((l->flags | r->flags) & (TOKF_CAP | TOKF_INQ)) &&
	       !word_ends(e, k - 1, "ed");
}

/* True when the impression cue at c, its subject [sa, sb), is the writer's hedge, no one's
 * report: put as a condition or an inability ("the firm would seem to have a case", "can't
 * seem to convince") or of a generic "we" or "you" ("we seem to get our best ideas"). A denied
 * one stays ("Republicans don't seem to take it seriously": PolNeAR annotates 4 of 6), and so
 * does "Mr. Rubio had appeared to". */
static bool hedged_impression(const struct engine *e, size_t a, size_t c, size_t sa, size_t sb)
{
	for (size_t k = claims_skip_aux_back(e, a, c); k < c; k++)
		if (tok_among(e, k, "would could might cannot can't") ||
		    (tok_is(e, k, "can") && tok_among(e, k + 1, "not never")) ||
		    (word_ends(e, k, "n\xE2\x80\x99t") && e->t[k].end - e->t[k].start == 7 &&
		     strncasecmp(e->text + e->t[k].start, "ca", 2) == 0))
			return true;
	return sb == sa + 1 && tok_among(e, sa, "we you");
}

/* "The music seemed to match the mood", "Sanders appears to have a slight lead": an impression
 * nobody is named for; the clause, its subject included, is the content, or what follows "it
 * appears (that)"; a phrase before the subject ("After the debate, the team appeared to") is not
 * in it. */
static void try_seem(struct engine *e, struct frame *f)
{
	size_t c = f->c, sa, sb, p, lim, k;
	bool state;

	/* "it seems the Democrats have way too many superdelegates", "it seems increasingly likely
	 * that ...": an impression of a clause or a likelihood after "it" (not "it seems clear
	 * that ...", the writer's own judgement) */
	if (c > f->a && tok_is(e, c - 1, "it") && c + 2 < f->b && e->t[c + 1].kind == TOK_WORD &&
	    !tok_is(e, c + 1, "to") && !(c - 1 > f->a && (e->t[c - 2].word & WORD_PREP)) &&
	    ((((e->t[c + 1].word & (WORD_DET | WORD_PRON)) || (e->t[c + 1].flags & TOKF_CAP)) &&
	      claims_main_clause(e, c + 1, f->b)) ||
	     tok_among(e, c + 1, "likely unlikely possible") ||
	     (word_ends(e, c + 1, "ly") && tok_among(e, c + 2, "likely unlikely possible")))) {
		f->sa = f->sb = 0;
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[c + 1].start;
		f->ce = claims_content_end(e, c + 1, claims_clause_limit(e, c + 1, f->b, false));
		claims_emit(e, f);
		return;
	}
	if (c == f->a || !seem_complement(e, c, f->b, &state) ||
	    !claims_subject_back(e, f->a, claims_skip_aux_back(e, f->a, c), &sa, &sb) ||
	    (e->t[sa].word & (WORD_REL | WORD_SUBORD)))
		return;
	/* "said today conditions appear to be ...": a time after a cue is that cue's, not the
	 * subject's */
	while (sa + 1 < sb && (e->t[sa].word & WORD_TIME) && !(e->t[sa].word & WORD_DET) &&
	       !claims_name_word(e, sa))
		sa++;
	/* "they seemed dazzlingly futuristic": a state of a pronoun is the writer's aside */
	if (state && sb == sa + 1 && (e->t[sa].word & WORD_PRON))
		return;
	if (!(sb == sa + 1 && tok_is(e, sa, "it")) && hedged_impression(e, f->a, c, sa, sb))
		return;
	/* "it appears that ...", but "it appeared to undercut", "it also appears certain to": a
	 * thing's impression, "it" in it */
	if (sb == sa + 1 && tok_is(e, sa, "it") && !tok_is(e, c + 1, "to") &&
	    !(c + 2 < f->b && tok_is(e, c + 2, "to"))) {
		p = c + 1;
	} else {
		for (size_t k = sa; k < sb; k++)
			if (((e->t[k].word & WORD_CONJ) && !joins_nouns(e, sa, k)) ||
			    (tok_punct(e, k, ',') && np_after(e, k + 1, sb)))
				sa = k + 1; /* "... and the front-runner seemed to", "After the
					       debate, the Sanders team appeared to" */
		if (sa >= sb)
			return;
		p = sa;
		if (seem_telling(e, c, f->b)) {
			/* "Mr. Cruz (seemed to mock): his vague tough talk"; the impression when
			 * the subject is no source ("a televised interview appeared to blame") */
			struct frame g = *f;
			size_t n = e->nout;
			g.sa = sa;
			g.sb = sb;
			g.qb = c + 3;
			g.kind = CLAIM_INDIRECT;
			g.cs = e->t[c + 3].start;
			g.ce = claims_content_end(e, c + 3,
						  claims_clause_limit(e, c + 3, f->b, false));
			claims_emit(e, &g);
			if (e->nout > n)
				return;
		}
	}
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	lim = claims_clause_limit(e, c + 1, f->b, false);
	/* "While this nihilism appears to have hit a new high, the last two weeks have ...": the
	 * opening clause ends where the main clause begins */
	if (claims_opening(e, f->a, c) != SIZE_MAX &&
	    (k = claims_main_after(e, c, lim)) != SIZE_MAX)
		lim = k;
	f->ce = claims_content_end(e, c + 1, lim);
	claims_emit(e, f);
}

/* ---- "X is reportedly Y" ---- */

/* "The FBI is reportedly making arrangements to interview Clinton", "Reportedly, he made ...",
 * "(her team has reportedly consulted ...)": a report nobody is named for; the clause that holds
 * the adverb at f->c is the content: from the sentence's start after its opening phrases, an
 * opening clause or an open parenthesis, to the clause's end. "With X reportedly considering a
 * run, ..." holds X's phrase up to its comma. A cue verb right after the adverb ("reportedly
 * told") has a frame of its own. */
static void try_hearsay(struct engine *e, struct frame *f)
{
	size_t a = f->a, b = f->b, c = f->c, p = a, lim, k, sa, sb;
	bool with = false;

	for (k = c + 1; k < b && k < c + 4 && e->t[k].kind == TOK_WORD; k++)
		if (e->t[k].cue & CUE_VERB)
			return;
	/* "Weiner Reportedly Caught In ...": a headline; ", reportedly winning over ...", "who
	 * reportedly has been ...": a participle or a relative clause that hangs on a noun */
	k = claims_skip_aux_back(e, a, c);
	if ((c > a && (e->t[c].flags & TOKF_CAP)) ||
	    (k > a && (tok_punct(e, k - 1, ',') || (e->t[k - 1].word & WORD_REL))))
		return;
	for (k = c; k > a && !tok_punct(e, k - 1, ')'); k--) {
		if (tok_punct(e, k - 1, '(')) {
			p = k; /* "(her team has reportedly consulted ...)" */
			break;
		}
	}
	if (p == a && c == a) {
		p = tok_punct(e, c + 1, ',') ? c + 2 : c + 1; /* "Reportedly, he made ..." */
	} else if (p == a && tok_is(e, a, "with")) {
		p = a + 1;
		with = true;
	} else if (p == a) {
		p = claims_trim_intro(e, a, c);
		/* "When those voting were declared ..., delegates reportedly erupted" */
		if ((k = claims_main_after(e, p, b)) != SIZE_MAX && k < c)
			p = k + 1;
		/* "..., but the founders reportedly had": the clause after the conjunction */
		for (k = p; k + 2 < c; k++)
			if (tok_punct(e, k, ',') && (e->t[k + 1].word & WORD_CONJ) &&
			    claims_main_clause(e, k + 2, b))
				p = k + 2;
	}
	/* "as Uber's reportedly are": a subordinate clause is no report of its own */
	if (c > a && claims_subject_back(e, p, claims_skip_aux_back(e, p, c), &sa, &sb) && sa > a &&
	    (e->t[sa - 1].word & WORD_SUBORD))
		return;
	if (p >= b || (p >= c && c != a))
		return;
	lim = claims_clause_limit(e, c + 1, b, false);
	for (k = c + 1; k < lim; k++)
		if (tok_punct(e, k, ')') || (with && tok_punct(e, k, ',')))
			lim = k; /* the parenthesis or the phrase after "with" ends there */
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	f->ce = claims_content_end(e, c + 1, lim);
	claims_emit(e, f);
}

/* The nouns of a report that take a that-clause ("complaints that ..."; try_noun_that). */
static const char report_nouns[] =
	"assurance assurances complaint complaints rumor rumors speculation";

/* The nouns of a claim that take a that-clause only with their holder before them ("his
 * assertion that", "Lena's argument that"; after "the" the clause is as often a relative one:
 * "the argument that won the day"). */
static const char claim_nouns[] =
	"accusation accusations allegation allegations argument assertion assertions belief "
	"claim claims contention insistence suggestion";

/* The prepositions the stance noun at c takes before what it is about. */
static const char *noun_preps(const struct engine *e, size_t c)
{
	if (tok_among(e, c, "attack attacks"))
		return "on against";
	if (tok_among(e, c, "criticism endorsement"))
		return "of";
	if (tok_is(e, c, "opposition"))
		return "to";
	if (tok_is(e, c, "questions"))
		return "about";
	if (tok_among(e, c, report_nouns) || tok_among(e, c, claim_nouns))
		return "that";
	return "for"; /* support */
}

/* True when the report noun at c opens its noun phrase, after up to two adjectives, past a verb
 * or a possessive ("drawing complaints", "his complaints", "their smug assurances", "gave
 * diplomatic assurances", "Another complaint", "Despite complaints"), or without adjectives past
 * a preposition or a conjunction ("to rumors", "and rumors") or the sentence's start (a): after
 * a determiner or an adjective alone the noun may be the object of a relative clause ("the
 * assurance that earned him", "the kind of needless speculation that Mr. Trump has
 * generated"). */
static bool report_noun_opens(const struct engine *e, size_t a, size_t c)
{
	size_t j = c;
	const struct tok *t;

	while (j > a && j + 2 > c && e->t[j - 1].kind == TOK_WORD && !e->t[j - 1].word &&
	       !e->t[j - 1].cue && !(e->t[j - 1].flags & TOKF_CAP) && !word_ends(e, j - 1, "ed") &&
	       !word_ends(e, j - 1, "ing") && !word_possessive(e, j - 1) &&
	       !tok_among(e, j - 1, "another"))
		j--;
	if (j == a)
		return j == c;
	t = &e->t[j - 1];
	if (t->kind != TOK_WORD)
		return false;
	if (j == c && (t->word & (WORD_CONJ | WORD_PREP)))
		return true;
	return (t->word & WORD_VERB) ||
	       tok_among(e, j - 1, "despite amid his her their its our another") ||
	       word_possessive(e, j - 1) ||
	       (!(t->flags & TOKF_CAP) &&
		(word_ends(e, j - 1, "ed") || word_ends(e, j - 1, "ing") ||
		 word_ends(e, j - 1, "en")));
}

/* The possessive before the noun at c, past up to two adjectives ("his sharp attacks", "his
 * sweeping assertion"), as the source of its noun: "his", "their", or a capitalised name with
 * "'s" ("Lena Cole's"); none (sa == sb) else. Returns where the noun phrase begins. */
static size_t possessive_source(const struct engine *e, struct frame *f, size_t c)
{
	size_t k = c;

	while (k > f->a && k + 2 > c && e->t[k - 1].kind == TOK_WORD && !e->t[k - 1].word &&
	       !(e->t[k - 1].flags & TOKF_CAP) && !word_possessive(e, k - 1))
		k--;
	f->sa = f->sb = 0;
	if (k > f->a && tok_among(e, k - 1, "his her their its our")) {
		f->sa = k - 1;
		f->sb = k;
	} else if (k > f->a && (e->t[k - 1].flags & TOKF_CAP) && word_possessive(e, k - 1)) {
		f->sb = k;
		for (f->sa = k - 1;
		     f->sa > f->a && f->sa + 4 > k && e->t[f->sa - 1].kind == TOK_WORD &&
		     (e->t[f->sa - 1].flags & TOKF_CAP);
		     f->sa--)
			;
	}
	return k;
}

/* "Despite complaints that he is a quixotic crusader", "stoked speculation that he might offer
 * himself", "his complaints that Mr. Khan had been unfair to him": a noun of a report whose
 * "that" opens a clause with its own subject (not a relative clause: "the assurance that earned
 * him", report_noun_opens): the clause is the content, the possessive before the noun (if any)
 * the source; in a phrase that opens the sentence ("Despite complaints that ..., X did") up to
 * the main clause. */
static void try_noun_that(struct engine *e, struct frame *f, size_t k, size_t p)
{
	size_t c = f->c, lim, main;

	if (p + 1 >= f->b || e->t[p].kind != TOK_WORD || !report_noun_opens(e, f->a, c) ||
	    (e->t[p].word & (WORD_VERB | WORD_ADV | WORD_PREP | WORD_REL)) || e->t[p].cue ||
	    (!(e->t[p].flags & TOKF_CAP) && (word_ends(e, p, "ed") || word_ends(e, p, "s"))))
		return;
	f->qa = c;
	f->qb = c + 1;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	lim = claims_clause_limit(e, p, f->b, false);
	/* "Despite complaints that they distort democracy, the superdelegates have never ...":
	 * in a phrase that opens the sentence, the clause ends where the main clause begins */
	if ((e->t[f->a].word & (WORD_PREP | WORD_SUBORD) ||
	     tok_among(e, f->a, "despite amid contrary")) &&
	    (main = claims_main_after(e, p, lim)) != SIZE_MAX)
		lim = main;
	f->ce = claims_content_end(e, p, lim);
	if (tok_among(e, c, claim_nouns)) {
		possessive_source(e, f, c); /* "his sweeping assertion that" */
		if (f->sa == f->sb)
			return;
	} else if (k > f->a && tok_among(e, k - 1, "his her their its our")) {
		f->sa = k - 1;
		f->sb = k;
	}
	claims_emit(e, f);
}

/* "his attacks on Clinton", "Trump's opposition to trade deals", "support for the bill": a noun
 * of a stance and its preposition; the noun phrase after it is the content, the possessive
 * before it (if any) the source. */
static void try_noun(struct engine *e, struct frame *f)
{
	size_t c = f->c, p = c + 1, k = c;

	if (p + 1 < f->b && tok_is(e, p, "that")) {
		if (tok_among(e, c, report_nouns) || tok_among(e, c, claim_nouns))
			try_noun_that(e, f, k, p + 1);
		return;
	}
	/* "her claim she had paid": a claim's clause may open without "that", but only on a
	 * subject pronoun ("his claim to fame" is none) */
	if (tok_among(e, c, "claim claims") && p + 1 < f->b &&
	    tok_among(e, p, "he she they we i it")) {
		try_noun_that(e, f, k, p);
		return;
	}
	if (tok_among(e, c, claim_nouns))
		return; /* "his argument for the bridge" is no claim of it */
	if (p + 1 >= f->b || !tok_among(e, p, noun_preps(e, c)) ||
	    (e->t[p + 1].kind != TOK_WORD && e->t[p + 1].kind != TOK_QOPEN) ||
	    (e->t[p + 1].word & (WORD_VERB | WORD_PREP)))
		return;
	k = possessive_source(e, f, c);
	/* a stance nobody holds is no claim ("support for periodic task execution") */
	if (f->sa == f->sb)
		return;
	/* "reiterated his support for the bill": the noun is a verb's content already */
	if ((f->sa < f->sb ? f->sa : k) > f->a &&
	    (e->t[(f->sa < f->sb ? f->sa : k) - 1].cue & CUE_VERB))
		return;
	f->qa = c;
	f->qb = p + 1;
	f->cue |= CUE_NP;
	claims_content_at(e, f, p + 1);
	/* the noun phrase ends where its clause's verb begins ("his attacks on X have
	 * elevated ..."), or at a comma or a dash */
	for (size_t i = p + 2; i < f->b && e->t[i].start < f->ce; i++)
		if (!(e->t[i].flags & TOKF_INQ) &&
		    ((e->t[i].word & (WORD_VERB | WORD_AUX)) || e->t[i].cue ||
		     tok_punct(e, i, ',') || tok_dash(e, i))) {
			f->ce = e->t[i - 1].end;
			break;
		}
	claims_emit(e, f);
}

/* True when "as" follows the cue at c within ten words, before any punctuation (before b). */
static bool as_follows(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 2; k < b && k < c + 12 && e->t[k].kind == TOK_WORD; k++)
		if (tok_is(e, k, "as"))
			return true;
	return false;
}

/* True when "attributed" at c (before b) gives a cause: its object, then "to" and the cause,
 * within the clause ("attributed the delay to a strike"); "attributed to him" (a quotation's
 * author) and "attributed nothing" give none. */
static bool attributes_cause(const struct engine *e, size_t c, size_t b)
{
	if (c + 1 >= b || tok_is(e, c + 1, "to"))
		return false;
	for (size_t k = c + 2; k + 1 < b && k < c + 24; k++) {
		if (tok_is(e, k, "to"))
			return true;
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			return false;
	}
	return false;
}

/* True when "asking" at c (in a sentence from a, before b) asks for something or asks a
 * question: within seven words an infinitive, a question word, "that", "for", "about" or a
 * quotation ("asking him to step aside", "asking Sanders why ...", "asking for money",
 * "asking, “...”", "asking them questions about how ..."); not "asking questions from the
 * bench", "asking employees brain-teaser questions to see how", "without asking Mr. Mitchell
 * first", "without reporters asking him", "months of asking", "the asking price", "asking
 * Mojang for comment". */
static bool asking_frame(const struct engine *e, size_t a, size_t c, size_t b)
{
	bool asks = false; /* questions asked before: only "about" gives what they asked */

	if ((c > a && tok_among(e, c - 1, "without of the")) ||
	    (c > a + 1 && tok_is(e, c - 2, "without")))
		return false; /* "without reporters asking him to" */
	for (size_t k = c + 1; k < b && k < c + 8; k++) {
		if (tok_among(e, k, "question questions"))
			asks = true;
		if (asks && !tok_is(e, k, "about"))
			continue;
		if (tok_is(e, k, "for"))
			return !tok_among(e, k + 1, "comment comments"); /* a reporter's request */
		if (e->t[k].kind == TOK_QOPEN ||
		    tok_among(e, k, "that whether if why how what who when where which about"))
			return true;
		if (tok_is(e, k, "to"))
			return k + 1 < b && e->t[k + 1].kind == TOK_WORD &&
			       !(e->t[k + 1].word & (WORD_DET | WORD_PRON)) &&
			       !(e->t[k + 1].flags & TOKF_CAP);
		if (k == c + 1 && tok_punct(e, k, ','))
			continue;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB))
			return false;
	}
	return false;
}

/* True when "support" at c (in a sentence from a) is a verb: after a subject that can hold a
 * stance, a share of the people asked or a group ("three-quarters support", "Millennials
 * support", "senators support"), not a noun ("their support", "strong support from"); not
 * after a pronoun or an auxiliary either ("they would support"): more often a hypothetical
 * than a stance. */
static bool support_verb(const struct engine *e, size_t a, size_t c)
{
	const struct tok *p;

	if (c == a || c + 1 >= e->nt || e->t[c + 1].kind != TOK_WORD ||
	    (e->t[c + 1].word & (WORD_PREP | WORD_VERB | WORD_CONJ)) || !claims_cue_verb(e, c))
		return false;
	p = &e->t[c - 1];
	if (p->kind != TOK_WORD)
		return false;
	return ((p->flags & TOKF_CAP) && !(p->word & WORD_PRON)) ||
	       (!(p->word & ~(unsigned)WORD_TIME) && word_ends(e, c - 1, "s") &&
		!word_ends(e, c - 1, "ss") && !word_possessive(e, c - 1));
}

/* "super PACs supporting Jeb Bush", "pastors backing Mr. Cruz": a participle after the noun
 * phrase that holds the stance, its object the content. True when the cue at f->c is in that
 * frame (whether or not a claim came of it); after a comma it is the clause's participle
 * ("Kasich has won ..., supporting a path to legal status") and the frames of participles
 * follow. */
static bool try_backer(struct engine *e, struct frame *f)
{
	size_t c = f->c, k;
	const struct tok *p;

	if (c == f->a)
		return false;
	p = &e->t[c - 1];
	if (p->kind != TOK_WORD || (p->word & ~(unsigned)(WORD_TIME | WORD_ROLE)) || p->cue ||
	    word_ends(e, c - 1, "ly") || word_ends(e, c - 1, "ing") || word_ends(e, c - 1, "ed"))
		return !tok_punct(e, c - 1, ',');
	for (k = c - 1;
	     k > f->a && k + 8 > c && e->t[k - 1].kind == TOK_WORD &&
	     (e->t[k - 1].word & WORD_DET ||
	      (!(e->t[k - 1].word & ~(unsigned)(WORD_TIME | WORD_ROLE)) && !e->t[k - 1].cue &&
	       !word_ends(e, k - 1, "ed") && !word_ends(e, k - 1, "ing")));
	     k--)
		;
	f->sa = claims_trim_intro(e, k, c);
	f->sb = c;
	if (f->sa >= f->sb || c + 1 >= f->b)
		return true;
	/* the object: a noun phrase up to a clause's punctuation or verb ("supporting Jeb Bush,
	 * spent", "supporting X also have spent") */
	for (k = c + 1; k < f->b && k < c + 30; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE ||
		    (t->kind == TOK_PUNCT && !tok_punct(e, k, '.') && !tok_punct(e, k, '\'') &&
		     !tok_punct(e, k, '-') && !tok_punct(e, k, '&')) ||
		    (t->word & (WORD_VERB | WORD_REL | WORD_ADV)) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)) ||
		    (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
		     (word_ends(e, k, "ed") ||
		      tok_among(e, k, "spent met won lost led ran paid sent held put set"))))
			break; /* "supporting Jane Doe spent" */
	}
	while (k > c + 1 && e->t[k - 1].kind == TOK_PUNCT)
		k--;
	if (k == c + 1 || e->t[c + 1].kind != TOK_WORD || (e->t[c + 1].word & WORD_PREP))
		return true;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[c + 1].start;
	f->ce = e->t[k - 1].end;
	claims_emit(e, f);
	return true;
}

/* "denied the charges", "denies any wrongdoing", "denied any improper role in the internment":
 * a denial whose object is an accusation named as a noun phrase (a determiner, up to two words,
 * then a noun for a charge or a report) denies it, as a that-clause would; "denied him a
 * hearing", "denied the opportunity" and "denied bail" are refusals, no claim. The noun's token,
 * or SIZE_MAX. */
static size_t denied_charge(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	if (!tok_among(e, c, "denied denies deny denying"))
		return SIZE_MAX;
	if (k < b && tok_among(e, k, "the any all these those his her their its"))
		k++;
	for (size_t n = 0; k < b && n < 3 && e->t[k].kind == TOK_WORD; k++, n++) {
		if (tok_among(e, k,
			      "charge charges accusation accusations allegation allegations "
			      "claims report reports rumor rumors story stories link links role "
			      "involvement wrongdoing assertion assertions"))
			return k;
		if (e->t[k].word || e->t[k].cue)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The claim of a denial whose noun is at head (denied_charge at f->c): the source is the
 * clause's subject, the content the noun phrase after the cue with its phrases of, to, in, about,
 * against, over and for ("any links to terrorism groups"); it ends after the noun before any
 * other preposition ("the charges through his lawyer"), a verb, a conjunction or punctuation. */
static void try_denied(struct engine *e, struct frame *f, size_t head)
{
	size_t k;

	if (!cue_extent(e, f) || !forward_source(e, f))
		return;
	for (k = head + 1; k < f->b && k < head + 14; k++) {
		const struct tok *t = &e->t[k];
		if ((tok_punct(e, k, '/') || tok_punct(e, k, '-') || tok_punct(e, k, '.')) &&
		    k + 1 < f->b && e->t[k + 1].kind == TOK_WORD)
			continue; /* "any involvement in the 9/11 attacks", "the Sept. 11 attacks" */
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_VERB | WORD_CONJ | WORD_REL | WORD_SUBORD)) ||
		    ((t->word & WORD_PREP) &&
		     !tok_among(e, k, "of to in about against over for")) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)))
			break;
	}
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[f->c + 1].start;
	f->ce = e->t[k - 1].end;
	claims_emit(e, f);
}

/* "Top officials sent strong new signals Sunday that the army would leave", "the mayor gave word
 * that ...": a message sent is a statement; the cue runs from the verb that sends it to the
 * noun, the verb's subject is the source. What follows "that" must open a clause of its own,
 * not a relative one ("sent a message that angered voters"). */
static void try_signal(struct engine *e, struct frame *f)
{
	size_t v = claims_signal_verb(e, f->c), p = claims_content_start(e, f->qb, f->b, f->cue);

	if (v == SIZE_MAX || v < f->a || p == SIZE_MAX || p + 1 >= f->b || !tok_is(e, p, "that"))
		return;
	p++;
	if (e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	    ((e->t[p].word & (WORD_VERB | WORD_ADV | WORD_PREP | WORD_REL)) || e->t[p].cue ||
	     word_ends(e, p, "ed") || word_ends(e, p, "s")))
		return;
	f->qa = claims_skip_aux_back(e, f->a, v);
	try_forward(e, f);
}

void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c)
{
	struct frame f = {.a = a, .b = b, .c = c, .cue = e->t[c].cue, .qa = c, .qb = c + 1};
	size_t k;

	if (claims_try_colon_tag(e, a, b, c) || claims_try_agent(e, a, b, c))
		return;
	if (f.cue & CUE_SEEM) {
		try_seem(e, &f);
		return;
	}
	if (f.cue & CUE_HEARSAY) {
		try_hearsay(e, &f);
		return;
	}
	if (f.cue & CUE_SIGNAL) {
		try_signal(e, &f);
		return;
	}
	if ((f.cue & CUE_NOUN) && !((f.cue & CUE_VERB) && support_verb(e, a, c))) {
		try_noun(e, &f);
		return;
	}
	if (tok_among(e, c, "supporting backing") && try_backer(e, &f))
		return;
	if (tok_is(e, c, "put")) { /* "as Sykes put it, ...", "she put it this way: “...”" */
		if (c + 2 >= b || !tok_is(e, c + 1, "it"))
			return;
		f.qb = c + 2;
		if (try_as(e, &f))
			return;
		if (!try_inverted(e, &f))
			try_forward(e, &f);
		return;
	}
	if (tok_among(e, c, "see sees saw view views viewed regard regards regarded") &&
	    !as_follows(e, c, b))
		return; /* "saw the incident" is no view; "see Trump as the solution" is */
	if (tok_is(e, c, "asking") && !asking_frame(e, a, c, b))
		return;
	if (tok_among(e, c, "attributed attributing") && !attributes_cause(e, c, b))
		return;
	if (tok_is(e, c, "clear")) { /* "Emanuel also made clear that he has not considered ..." */
		f.c = claims_made_clear(e, c);
		f.qa = claims_skip_aux_back(e, a, f.c);
		try_forward(e, &f);
		return;
	}
	if (f.cue & CUE_ADJ) { /* "Her aides are confident that the count will hold" */
		if ((f.c = claims_belief_adj(e, c)) == SIZE_MAX || f.c < a)
			return;
		f.qa = claims_skip_aux_back(e, a, f.c);
		try_forward(e, &f);
		return;
	}
	/* "described it during the session": a pronoun described is no claim without "as" */
	if (tok_among(e, c, "describe described describes describing") && c + 2 < b &&
	    tok_among(e, c + 1, "it him her them this himself herself themselves itself") &&
	    !tok_is(e, c + 2, "as"))
		return;
	if (try_asked(e, &f))
		return;
	if (tok_is(e, c, "expected")) {
		try_expected(e, &f);
		return;
	}
	if ((k = denied_charge(e, c, b)) != SIZE_MAX) {
		try_denied(e, &f, k);
		return;
	}
	if (try_winner(e, &f))
		return;
	/* "prices are determined by an algorithm" is no report, as "was first reported by" is */
	if ((f.cue & CUE_VERB) &&
	    (try_as(e, &f) || (!(f.cue & CUE_THATONLY) && try_passive(e, &f))))
		return;
	if (f.cue & CUE_ACCORDING)
		try_according(e, &f);
	else if (f.cue & CUE_QUOTED)
		try_quoted(e, &f);
	else if (f.cue & CUE_VERB && cue_extent(e, &f) && !try_inverted(e, &f))
		try_forward(e, &f);
}

/* ---- "In the poll, X", "X leads in the polls" ---- */

/* "Trump has a decisive lead in the polls", "Rubio moved from third to second in a more-recent
 * survey from Florida Southern College": a standing measured in a poll named after "in" at the
 * clause's end. The clause before "in" (from the sentence's start, or after a subordinating word
 * or conjunction that follows a comma) is the content, the poll the source. */
/* True when token k (before b) is a slash or a hyphen between two words of a name ("NBC
 * News/Wall Street Journal", "Post-ABC"). */
static bool name_joint(const struct engine *e, size_t k, size_t b)
{
	return (tok_punct(e, k, '/') || tok_punct(e, k, '-')) && k + 1 < b &&
	       e->t[k + 1].kind == TOK_WORD && e->t[k + 1].start == e->t[k].end;
}

/* True when the cue word at k follows a number or "percent" (from a on): a noun counted, not a
 * verb ("by 28 points", "38 percent support"). */
static bool counted(const struct engine *e, size_t a, size_t k)
{
	return k > a && ((e->t[k - 1].flags & TOKF_DIGIT) || tok_is(e, k - 1, "percent"));
}

static void try_in_poll(struct engine *e, size_t a, size_t b)
{
	for (size_t i = a + 2; i + 1 < b; i++) {
		size_t k, head = SIZE_MAX, s;
		struct frame f;
		bool verb = false;

		if (!tok_is(e, i, "in") || (e->t[i].flags & (TOKF_INQ | TOKF_USED)))
			continue;
		/* the poll: a noun phrase, then what follows it up to the clause's end ("in public
		 * opinion polls in Florida, Illinois and North Carolina;") */
		for (k = i + 1; k < b && k < i + 10 && head == SIZE_MAX &&
				((e->t[k].kind == TOK_WORD &&
				  !(e->t[k].word & ~(unsigned)(WORD_DET | WORD_TIME | WORD_DOC))) ||
				 name_joint(e, k, b));
		     k++)
			if (tok_among(e, k, "poll polls survey surveys"))
				head = k;
		while (head != SIZE_MAX && k < b && k < head + 12 && !tok_punct(e, k, ';') &&
		       !tok_punct(e, k, ':') && e->t[k].kind != TOK_QOPEN &&
		       !(e->t[k].word & (WORD_VERB | WORD_REL | WORD_SUBORD)) &&
		       !(tok_punct(e, k, ',') && k + 1 < b && (e->t[k + 1].word & WORD_CONJ)))
			k++;
		if (head == SIZE_MAX || (k < b && !tok_punct(e, k, ';') && !tok_punct(e, k, ',') &&
					 e->t[k].kind == TOK_WORD))
			continue;
		/* the clause before: back to the sentence's start or a comma and a subordinating
		 * word or conjunction ("..., although Rubio moved") */
		for (s = i; s > a && s + 40 > i; s--) {
			const struct tok *t = &e->t[s - 1];
			if (t->kind != TOK_WORD && !tok_punct(e, s - 1, ',') &&
			    !tok_punct(e, s - 1, '-') && !tok_punct(e, s - 1, '.') &&
			    !tok_punct(e, s - 1, '\''))
				break;
			if ((t->flags & TOKF_INQ) ||
			    (t->cue & CUE_VERB && claims_cue_verb(e, s - 1) &&
			     !counted(e, a, s - 1)))
				break;
			if ((t->word & (WORD_SUBORD | WORD_CONJ)) && s >= a + 2 &&
			    tok_punct(e, s - 2, ','))
				break;
			if (t->word & WORD_VERB ||
			    (!(t->flags & TOKF_CAP) &&
			     (word_ends(e, s - 1, "s") || word_ends(e, s - 1, "ed"))))
				verb = true;
		}
		if (s > a && !((e->t[s - 1].word & (WORD_SUBORD | WORD_CONJ)) && s >= a + 2 &&
			       tok_punct(e, s - 2, ',')))
			continue;
		s = claims_skip_connective(e, claims_trim_intro(e, s, i), i);
		if (s + 1 < i && (e->t[s].word & WORD_SUBORD) && !tok_is(e, s, "that"))
			s++; /* "Why Donald Trump is leading in the polls", "Though he trails ..." */
		if (!verb || s + 3 > i || e->t[s].kind != TOK_WORD ||
		    (e->t[i - 1].word & (WORD_VERB | WORD_ADV | WORD_PREP)))
			continue; /* "He was not in the poll" */
		f = (struct frame){.a = a, .b = b, .c = i, .qa = i, .qb = i + 1, .sa = i + 1};
		f.sb = k;
		while (f.sb > f.sa && e->t[f.sb - 1].kind != TOK_WORD)
			f.sb--;
		f.kind = CLAIM_ACCORDING_TO;
		f.cs = e->t[s].start;
		f.ce = e->t[i - 1].end;
		claims_emit(e, &f);
		return;
	}
}

/* True when the poll named at head ("In a CNN poll released Monday,") is followed by a share of
 * its respondents as the subject of the cue at c ("38 percent of voters said"): the poll holds
 * what they said, the whole of the rest of the sentence. */
static bool poll_share(const struct engine *e, size_t head, size_t from, size_t c)
{
	if (!tok_among(e, head, "poll polls survey surveys") || c > from + 10)
		return false;
	for (size_t i = from; i < c; i++)
		if (tok_is(e, i, "percent") || tok_punct(e, i, '%'))
			return true;
	return false;
}

/* "In the latest poll, X leads": the poll in the phrase that opens the sentence. */
static void try_in_opening(struct engine *e, size_t a, size_t b)
{
	size_t k, head = SIZE_MAX, cs;
	struct frame f;

	if (a + 4 >= b || !tok_is(e, a, "in") || (e->t[a].flags & (TOKF_INQ | TOKF_USED)))
		return;
	for (k = a + 1; k < b && k < a + 14 && !tok_punct(e, k, ','); k++) {
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, '/') && !tok_punct(e, k, '-') &&
		    !tok_punct(e, k, '.') && !tok_punct(e, k, '\''))
			return;
		if ((e->t[k].word & WORD_PREP) && head == SIZE_MAX)
			return; /* "In the wake of", "In addition to" */
		if (e->t[k].word & WORD_DOC)
			head = k;
	}
	/* "In the poll", "in a poll of voters", "In an NBC News poll released Monday", "In a
	 * Register poll last month" */
	if (k + 2 >= b || !tok_punct(e, k, ',') || head == SIZE_MAX ||
	    !(head + 1 == k || (e->t[head + 1].word & (WORD_PREP | WORD_TIME)) ||
	      (!(e->t[head + 1].flags & TOKF_CAP) &&
	       (word_ends(e, head + 1, "ed") || tok_among(e, head + 1, "taken out")))))
		return;
	/* "In the latest Washington Post-ABC News poll, conducted in May, Clinton led ...": a
	 * participle's phrase after the poll tells of the poll, not what it found */
	cs = k + 1;
	if (e->t[cs].kind == TOK_WORD && !(e->t[cs].flags & TOKF_CAP) && word_ends(e, cs, "ed"))
		for (size_t j = cs + 1; j + 2 < b && j < cs + 12; j++)
			if (tok_punct(e, j, ',')) {
				cs = j + 1;
				break;
			}
	/* a cue of its own after it is the claim ("In a statement, the company said"), but for
	 * the share of a poll's respondents who said it */
	for (size_t i = k + 1; i < b; i++)
		if (!(e->t[i].flags & TOKF_INQ) && (e->t[i].cue & (CUE_VERB | CUE_ACCORDING)) &&
		    !(e->t[i].cue & (CUE_PREPONLY | CUE_OUT | CUE_DOC | CUE_INFONLY)) &&
		    claims_cue_verb(e, i)) {
			if (!poll_share(e, head, k + 1, i))
				return;
			f = (struct frame){
				.a = a, .b = b, .c = a, .qa = a, .qb = a + 1, .sa = a + 1, .sb = k};
			f.kind = CLAIM_ACCORDING_TO;
			f.cs = e->t[cs].start;
			f.ce = claims_content_end(e, cs, b);
			claims_emit(e, &f);
			return;
		}
	f = (struct frame){.a = a, .b = b, .c = a, .qa = a, .qb = a + 1, .sa = a + 1, .sb = k};
	f.kind = CLAIM_ACCORDING_TO; /* what the poll says, as "according to" it */
	f.cs = e->t[cs].start;
	f.ce = claims_content_end(e, cs, claims_clause_limit(e, cs, b, false));
	claims_emit(e, &f);
}

void claims_try_in(struct engine *e, size_t a, size_t b)
{
	size_t n = e->nout;

	try_in_opening(e, a, b);
	if (e->nout == n)
		try_in_poll(e, a, b);
}

/* ---- labels and signatures ---- */

/* True when the tokens [a, c) before a colon at the start of its paragraph name a speaker:
 * up to four capitalised words that are no label ("Note", "Photo", ...); one word only in a
 * heading, in capitals or as part of a name seen before. */
static bool colon_label(const struct engine *e, size_t a, size_t c, size_t para)
{
	static const char not_names[] =
		"note update photo source related read watch video correction disclosure image "
		"credit editor caption subscribe follow tags by click contact email share see listen "
		"analysis opinion comment commentary review explainer breaking live exclusive "
		"editorial advertisement sponsored";
	struct span w = {e->t[a].start, e->t[a].end};

	for (size_t i = a; i < c; i++) {
		const struct tok *t = &e->t[i];
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (!(t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !t->cue &&
		      !(t->word & (WORD_PRON | WORD_PREP | WORD_INTRO | WORD_DET | WORD_TIME))))
			return false;
		if (tok_among(e, i, not_names))
			return false;
	}
	if (c - a > 1 || para == 0 || doc_paragraph(e->d, para)->heading)
		return true;
	/* one word: a label ("Original:") unless a name in capitals or one seen before */
	for (size_t p = w.start; p < w.end; p++)
		if (e->text[p] >= 'a' && e->text[p] <= 'z')
			return claims_known_name(e, w);
	return true;
}

/* The end (exclusive) of what follows the colon at c in its paragraph `para`, no further than
 * 2000 tokens from c. */
static size_t para_rest(const struct engine *e, size_t c, size_t para)
{
	size_t end = c + 1;

	while (end < e->nt && doc_sentence(e->d, e->t[end].sent)->paragraph == para &&
	       end < c + 2000)
		end++;
	return end;
}

void claims_try_colon(struct engine *e, size_t a, size_t c)
{
	size_t para = doc_sentence(e->d, e->t[c].sent)->paragraph;
	struct frame f;

	size_t sb = c, lab = c;

	if (claims_try_colon_quote(e, a, c))
		return;
	if (a < c && e->t[a].kind == TOK_QOPEN)
		a++;
	if (c == a || c - a > 8 || c + 1 >= e->nt || e->t[c + 1].sent != e->t[c].sent)
		return;
	if (a > 0 && doc_sentence(e->d, e->t[a - 1].sent)->paragraph == para)
		return; /* not at the start of its paragraph */
	/* a headline's label: "Clinton to Planned Parenthood:", "CNN President On Trump:" (the
	 * source before the preposition), "Clinton camp:" */
	if (para == 0 || doc_paragraph(e->d, para)->heading) {
		for (size_t k = a + 1; k + 1 < c; k++)
			if (tok_among(e, k, "to on at") && colon_label(e, k + 1, c, para)) {
				sb = k;
				break;
			}
		if (sb == c && c - a >= 2 && tok_among(e, c - 1, "camp campaign aides allies"))
			lab = c - 1;
	}
	if (sb - a > 4 || !colon_label(e, a, lab < sb ? lab : sb, para))
		return;
	f = (struct frame){.a = a, .b = e->nt, .c = c, .qa = c, .qb = c + 1, .sa = a, .sb = sb};
	if (e->t[c + 1].kind == TOK_QOPEN) {
		claims_content_at(e, &f, c + 1);
	} else {
		f.kind = CLAIM_INDIRECT;
		f.cs = e->t[c + 1].start;
		f.ce = claims_content_end(e, c + 1, para_rest(e, c, para));
	}
	claims_emit(e, &f);
}

/* True when the word at k is written in capitals: a letter and no small one ("TAPPER", "O'NEILL"
 * is read as its parts). */
static bool in_capitals(const struct engine *e, size_t k)
{
	bool letter = false;

	for (size_t p = e->t[k].start; p < e->t[k].end; p++) {
		if (e->text[p] >= 'a' && e->text[p] <= 'z')
			return false;
		letter |= text_is_ascii_upper(e->text[p]);
	}
	return letter;
}

/* True when the words from token k read as speech: a word with a small letter among the first
 * six, and not two words in capitals first ("PEACEKEEPERS PAYING ...": a headline set in the
 * body; "N24 39 16.4": figures). */
static bool spoken_words(const struct engine *e, size_t k)
{
	size_t n = 0;

	if (k + 1 < e->nt && in_capitals(e, k) && in_capitals(e, k + 1))
		return false;
	for (; k < e->nt && n < 6; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		n++;
		for (size_t p = e->t[k].start; p < e->t[k].end; p++)
			if (e->text[p] >= 'a' && e->text[p] <= 'z')
				return true;
	}
	return false;
}

/* True when claim c, of a colon, is a turn of a transcript: its source a name in capitals that
 * opens a paragraph of the body ("JAKE TAPPER: Donald Trump released ..."), its words on the
 * same line and read as speech. A headline's label ("Fallin: Trump Is ...") is the writer's
 * paraphrase, and a label over lines of figures ("KENYA:" then "Total dead: 12") no one's
 * words. */
static bool turn_of_transcript(const struct engine *e, const struct claim *c)
{
	size_t sa = claims_tok_at(e, c->speaker.start), k = claims_tok_at(e, c->cue.start), para;

	if (c->kind != CLAIM_INDIRECT || span_empty(c->speaker) || k >= e->nt ||
	    !tok_punct(e, k, ':') || c->cue.start != e->t[k].start || sa >= k ||
	    c->content.start < c->cue.end ||
	    memchr(e->text + c->cue.end, '\n', c->content.start - c->cue.end))
		return false;
	para = doc_sentence(e->d, e->t[sa].sent)->paragraph;
	if (para == 0 || doc_paragraph(e->d, para)->heading ||
	    (sa > 0 && doc_sentence(e->d, e->t[sa - 1].sent)->paragraph == para))
		return false;
	for (size_t i = sa; i < k; i++)
		if (e->t[i].kind == TOK_WORD ? !in_capitals(e, i)
					     : !(tok_punct(e, i, '.') || tok_punct(e, i, '\'')))
			return false;
	return spoken_words(e, claims_tok_at(e, c->content.start));
}

void claims_mark_turns(struct engine *e, size_t first)
{
	for (size_t i = first; i < e->nout; i++)
		if (turn_of_transcript(e, &e->out[i]))
			claims_quote_turn(e, &e->out[i]);
}

/* The quotation of the paragraph before the one that the signing dash at i opens ("“...”" and
 * then, as a paragraph of its own, "- Lena Cole." or "-Lena Cole, in the debate."), the way a
 * fact check or a list of quotations signs each one: true with *in set to its words when that
 * paragraph is one quotation and no claim has its words yet. */
static bool signed_para_before(const struct engine *e, size_t i, struct span *in)
{
	size_t para = doc_sentence(e->d, e->t[i].sent)->paragraph;

	if (para == 0 || (i > 0 && doc_sentence(e->d, e->t[i - 1].sent)->paragraph == para) ||
	    !claims_quote_para(e, para - 1, in))
		return false;
	return e->nout == 0 || e->out[e->nout - 1].content.end <= in->start;
}

#define TWEET_MAX 1500 /* bytes: a tweet's 280 characters and the markup a page's text keeps */

/* The end (bytes) of a tweet's signature that begins at p, before end: a name, its handle and
 * the day it was posted ("Ann Lee (@annlee) June 2, 2016"); 0 when the words at p are no such
 * signature. *name_end is set where the name ends. */
static size_t tweet_signature(const char *t, size_t p, size_t end, size_t *name_end)
{
	size_t k = p, n;

	if (p >= end || t[p] < 'A' || t[p] > 'Z')
		return 0;
	while (k < end && k < p + 60 && t[k] != '(' && t[k] != '\n')
		k++;
	if (k + 2 >= end || t[k] != '(' || t[k + 1] != '@' || k == p || t[k - 1] != ' ')
		return 0;
	*name_end = k - 1;
	for (k += 2, n = 0; k < end && (text_is_ascii_letter((unsigned char)t[k]) ||
					(t[k] >= '0' && t[k] <= '9') || t[k] == '_');
	     k++)
		n++;
	if (n == 0 || k + 1 >= end || t[k] != ')' || t[k + 1] != ' ')
		return 0;
	/* the day: a month's name, a day and a year ("June 2, 2016") */
	for (k += 2, n = 0; k < end && text_is_ascii_letter((unsigned char)t[k]); k++)
		n++;
	if (n < 3 || k >= end || t[k] != ' ')
		return 0;
	for (k++, n = 0; k < end && t[k] >= '0' && t[k] <= '9'; k++)
		n++;
	if (n == 0 || n > 2 || k + 6 > end || t[k] != ',' || t[k + 1] != ' ')
		return 0;
	for (k += 2, n = 0; k < end && t[k] >= '0' && t[k] <= '9'; k++)
		n++;
	return n == 4 ? k : 0;
}

/* The start (bytes) of a link that ends [s, e) (white space after it trimmed): the last word when
 * it is one ("https://t.co/...", "pic.twitter.com/..."), or the part of it from "http" on when a
 * tweet's words run into it ("pathetic.https://t.co/..."); e when there is none. */
static size_t link_before(const char *t, size_t s, size_t e)
{
	size_t w;

	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	for (w = e; w > s && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '>'; w--)
		;
	if (e - w > 8 && strncmp(t + w, "pic.twitter.com/", 16) == 0)
		return w;
	for (size_t k = w; k + 8 < e; k++)
		if (strncmp(t + k, "http://", 7) == 0 || strncmp(t + k, "https://", 8) == 0)
			return k;
	return e;
}

/* The start (bytes) of a page's prompt that ends [s, e) ("SIGN UP FOR OUR NEWSLETTER", set by
 * the page between a tweet's words and its signature); e when there is none. A prompt is never
 * the author's words, so it is left out of the quotation. */
static size_t prompt_before(const char *t, size_t s, size_t e)
{
	static const char *const prompts[] = {"sign up for ", "sign up to ", "subscribe to ",
					      "subscribe for "};

	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	for (size_t k = e; k > s && e - k < 60; k--)
		for (size_t i = 0; i < sizeof(prompts) / sizeof(*prompts); i++) {
			size_t n = strlen(prompts[i]);
			if (k + n < e && (k == s || t[k - 1] == ' ') &&
			    strncasecmp(t + k, prompts[i], n) == 0 && !memchr(t + k, '.', e - k))
				return k;
		}
	return e;
}

/* A tweet set in the page, signed with a dash, the author's name, handle and day ("We will fix
 * the bridge. — Ann Lee (@annlee) June 2, 2016"): the author's own words, from the start of the
 * paragraph (after any markup left in the text: "<tweet ...>") to the dash, without the links
 * the tweet ends with. A signature that opens a paragraph signs the paragraph before. True when
 * the dash at i signs a tweet. */
static bool try_tweet(struct engine *e, size_t b, size_t i)
{
	size_t para = doc_sentence(e->d, e->t[i].sent)->paragraph, ne, cs, ce, w;
	struct span ps = doc_paragraph(e->d, para)->span;
	struct frame f;

	if (!tweet_signature(e->text, e->t[i].end + 1, ps.end, &ne) || e->text[e->t[i].end] != ' ')
		return false;
	f = (struct frame){.b = b,
			   .c = i,
			   .qa = i,
			   .qb = i + 1,
			   .sa = i + 1,
			   .sb = claims_tok_at(e, ne),
			   .kind = CLAIM_DIRECT};
	if (f.sb <= f.sa || f.sb >= e->nt)
		return false;
	cs = ps.start;
	ce = e->t[i].start;
	if (ps.start == e->t[i].start) {
		if (para == 0)
			return false;
		ps = doc_paragraph(e->d, para - 1)
			     ->span; /* the signature alone: the paragraph before */
		cs = ps.start;
		ce = ps.end;
	}
	if (ce - cs > TWEET_MAX)
		return false; /* longer than a tweet: bounded work for each dash */
	if (cs < ce && e->text[cs] == '<') {
		const char *gt = memchr(e->text + cs, '>', ce - cs);
		if (gt)
			cs = (size_t)(gt - e->text) +
			     1; /* "<tweet id=...>": markup the text kept */
	}
	while ((w = link_before(e->text, cs, ce)) < ce || (w = prompt_before(e->text, cs, ce)) < ce)
		ce = w;
	while (cs < ce && strchr(" \t\n", e->text[cs]))
		cs++;
	while (ce > cs && strchr(" \t\n", e->text[ce - 1]))
		ce--;
	if (ce <= cs)
		return false;
	f.cs = cs;
	f.ce = ce;
	size_t before = e->nout;
	claims_emit(e, &f);
	if (e->nout > before)
		claims_quote_turn(e, &e->out[e->nout - 1]);
	return true;
}

void claims_try_dash(struct engine *e, size_t b, size_t i)
{
	size_t q = i, k;
	struct frame f;
	struct span in = {0, 0};

	if (try_tweet(e, b, i))
		return;
	while (q > 0 && e->t[q - 1].kind == TOK_PUNCT && !tok_dash(e, q - 1) && q + 3 > i)
		q--;
	if ((q == 0 || e->t[q - 1].kind != TOK_QCLOSE) && !signed_para_before(e, i, &in))
		return;
	for (k = i + 1;
	     k < b && k < i + 6 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP); k++)
		;
	if (k == i + 1 || (k < b && !tok_punct(e, k, '.') && !tok_punct(e, k, ',')))
		return;
	f = (struct frame){.b = b, .c = i, .qa = i, .qb = i + 1, .sa = i + 1, .sb = k};
	if (in.end > in.start) {
		f.kind = CLAIM_DIRECT;
		f.cs = in.start;
		f.ce = in.end;
		claims_emit(e, &f);
		return;
	}
	claims_content_at(e, &f, e->t[q - 1].pair);
	claims_emit(e, &f);
}
