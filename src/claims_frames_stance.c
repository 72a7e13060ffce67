/* claims_frames_stance: the frames of a report or a stance with no speech verb: an expectation,
 * a winner declared, an impression ("seems"), hearsay ("reportedly") and a stance noun ("his
 * claim that", "support for the bill"). */
#include <string.h>
#include <strings.h>

#include "claims_int.h"

#define AGENT_WORDS   12 /* words of the agent between "by" and "that" */
#define SUBJECT_WORDS 6  /* words of a plural subject's phrase before its auxiliary */

/* ---- "X is expected to", "X was declared the winner", "X seems" ---- */

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
bool claims_passive_subject(const struct engine *e, const struct frame *f, size_t v, size_t *sa,
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

/* Where the subject [sa, sb) of an expectation or an impression begins when the words before it
 * are still its own: the noun phrase before a time read as the subject ("About one of every
 * five residents this year is expected": not "this year"), and the determiner and the words in
 * lower case after it that open the sentence ("The embattled Spanish minister is expected", "The
 * final merged firm is expected"), at most three of them, none with a class of its own but a
 * verb's (a participle) and no cue, before a noun (not "the more they appear"). */
static size_t subject_lead(const struct engine *e, size_t a, size_t sa, size_t sb)
{
	size_t s, t, j;

	if (sb == sa + 2 && sa > a && tok_among(e, sa, "this last next") &&
	    ((e->t[sa + 1].word & WORD_TIME) ||
	     tok_among(e, sa + 1, "fall spring summer winter")) &&
	    e->t[sa - 1].kind == TOK_WORD && !(e->t[sa - 1].flags & TOKF_INQ) &&
	    claims_subject_back(e, a, sa, &s, &t) && t == sa && s < sa)
		sa = s;
	for (j = sa; j > a && j + 3 > sa && e->t[j - 1].kind == TOK_WORD &&
		     !(e->t[j - 1].flags & (TOKF_CAP | TOKF_INQ)) &&
		     !(e->t[j - 1].word & ~(unsigned)WORD_VERB) && !e->t[j - 1].cue;
	     j--)
		;
	if (j < sa && j > a && (e->t[j - 1].word & WORD_DET) && !(e->t[sa].word & WORD_PRON) &&
	    (j - 1 == a || tok_punct(e, j - 2, ',')))
		sa = j - 1;
	return sa;
}

/* The limit of content from p for the cue at c, below lim: when the cue is in a clause that
 * opens the sentence ("While most members are expected to back him, he has not ...", "After the
 * mayor seemed to confirm the rumors, the question was ..."), the comma where the main clause
 * begins; else lim. */
static size_t opening_limit(const struct engine *e, const struct frame *f, size_t c, size_t p,
			    size_t lim)
{
	size_t o = claims_opening(e, f->a, c), k;

	if (o == SIZE_MAX)
		return lim;
	if ((k = claims_main_after(e, p, lim)) != SIZE_MAX)
		return k;
	if (tok_adverbial_subordinator(e, o, true) &&
	    (k = claims_fronted_end(e, p, lim)) != SIZE_MAX)
		return k;
	return lim;
}

/* The first token of the verb group before the cue at f->c past "not", "also" and adverbs in
 * -ly ("is expected", "is not expected", "is also widely expected", "was long said"). */
static size_t passive_verb_start(const struct engine *e, const struct frame *f)
{
	size_t v = f->c;

	while (v > f->a + 1 && v + 3 > f->c && e->t[v - 1].kind == TOK_WORD &&
	       (tok_is(e, v - 1, "not") || tok_is(e, v - 1, "also") || word_ends(e, v - 1, "ly")))
		v--;
	return v;
}

/* The passive "is expected to" or "is said to" at f->c, its form of "be" at v - 1: the clause,
 * its subject included, is the content, nobody named for it ("Trump is expected to deliver a
 * speech", "which is said to have cost ..."). False when no subject of its own comes before. */
static bool passive_to(struct engine *e, struct frame *f, size_t v)
{
	size_t c = f->c, sa, q;

	if (rel_expected(e, f, v))
		return true;
	if (!claims_passive_subject(e, f, v, &sa, &q))
		return false;
	sa = subject_lead(e, f->a, sa, claims_skip_aux_back(e, f->a, v - 1));
	f->qa = q; /* "had been expected" */
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[sa].start;
	f->ce = claims_content_end(e, c + 1,
				   opening_limit(e, f, c, c + 1,
						 claims_clause_limit(e, c + 1, f->b, false)));
	claims_emit(e, f);
	return true;
}

/* ", with Smith and Jones expected to win": an expectation that an absolute phrase after "with"
 * and a comma holds, nobody named for it; from the word after "with" to its clause's end is the
 * content. False when no such "with" comes before the cue at f->c. */
static bool with_expected(struct engine *e, struct frame *f)
{
	size_t c = f->c, w = c;

	while (w > f->a + 1 && w + 11 > c && !tok_is(e, w, "with"))
		w--;
	if (!tok_punct(e, w - 1, ',') || claims_with_expected(e, w, f->b) != c)
		return false;
	f->qa = c;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[w + 1].start;
	f->ce = claims_content_end(e, c + 1, claims_clause_limit(e, c + 1, f->b, false));
	claims_emit(e, f);
	return true;
}

/* True when "expected" at f->c, its verb group from v, is active with an object and an
 * infinitive ("she expected growth to return", "he had expected me to read", "Analysts
 * expected the bank to cut rates"): its subject right before (a pronoun, a word in capitals, a
 * plain noun or a role such as "the minister"; a form of "have" may come between) holds the
 * expectation, read as "expects" is. Not after "be", "than" or "as" ("was expected", "than
 * expected"), nor a participle with no object ("Murphy expected to win", "immigrants expected
 * this year"): the object is one to four words, no verb or punctuation, and "to" and a verb
 * follow it. */
static bool active_expected(const struct engine *e, const struct frame *f, size_t v)
{
	size_t c = f->c, s = v;

	if (!tok_is(e, c, "expected") || s <= f->a || c + 3 >= f->b)
		return false;
	if (tok_among(e, s - 1, "had has have") && s - 1 > f->a)
		s--;
	const struct tok *t = &e->t[s - 1];
	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    !(tok_among(e, s - 1, "he she they we I") || (t->flags & TOKF_CAP) ||
	      tok_unlisted(e, s - 1, TOKF_DIGIT) || (t->word & (WORD_PERSON | WORD_ROLE))) ||
	    tok_among(e, s - 1, "It This That There Than As What Which") || tok_be(e, s - 1))
		return false;
	for (size_t k = c + 1; k < f->b && k < c + 6; k++) {
		if (k > c + 1 && tok_infinitive(e, k, f->b))
			return true;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) || tok_is(e, k, "to") ||
		    tok_be(e, k))
			return false;
	}
	return false;
}

/* "Trump is expected to deliver a speech": an expectation nobody is named for; the clause,
 * its subject included, is the content. False for an active "expected that" ("Mr. Deese
 * expected that the president would ..."), a belief its subject holds, which the verb frames
 * read. */
bool claims_try_expected(struct engine *e, struct frame *f)
{
	size_t c = f->c, v;

	if (tok_is(e, c, "expected") && c > f->a && c + 2 < f->b && tok_is(e, c + 1, "that") &&
	    e->t[c + 2].kind == TOK_WORD && !tok_be(e, c - 1) && !(e->t[c + 1].flags & TOKF_INQ))
		return false;
	v = passive_verb_start(e, f);
	if (active_expected(e, f, v))
		return false;
	if (v > f->a && !tok_among(e, v - 1, "is are was were been") && with_expected(e, f))
		return true;
	if (!tok_is(e, c, "expected") || v == f->a || c + 2 >= f->b || !tok_is(e, c + 1, "to") ||
	    !tok_among(e, v - 1, "is are was were been"))
		return true;
	passive_to(e, f, v); /* "expected" is no cue of its own; "which is expected to" neither */
	return true;
}

/* "The chairman was said to be furious", "Some advisers are said to be urging ...", "who is
 * said to have pressed for ...", "he was reported to have left": hearsay nobody is named for,
 * read as an expectation is (passive_to()). False unless "said" or "reported" at f->c follows
 * a form of "be" and comes before "to" and a verb ("be", "have", a word in lower case with no
 * class that does not end in -s: not "was said to her", "was reported to the police", "was said
 * to reporters"), and after "is" or "are" before "have" or "be" and a verb in -ing. */
bool claims_try_said_to(struct engine *e, struct frame *f)
{
	size_t c = f->c, v = passive_verb_start(e, f);
	const struct tok *t;

	if (!tok_among(e, c, "said reported") || v == f->a || c + 2 >= f->b ||
	    !tok_is(e, c + 1, "to") || !tok_among(e, v - 1, "is are was were been"))
		return false;
	t = &e->t[c + 2];
	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) ||
	    !(tok_among(e, c + 2, "be have") || (!t->word && !word_ends(e, c + 2, "s"))))
		return false;
	/* "Execution is said to be complete once ...", "a horse is said to feel his oats": in the
	 * present a general truth, unless of a past ("is said to have pressed") or of now ("are
	 * said to be urging") */
	if (tok_among(e, v - 1, "is are") && !tok_is(e, c + 2, "have") &&
	    !(tok_is(e, c + 2, "be") && c + 3 < f->b && word_ends(e, c + 3, "ing")))
		return false;
	/* "the message the king was said to be carrying.": the object is the noun before, a
	 * clause with no "that" that says nothing of its own */
	if (tok_is(e, c + 2, "be") && c + 3 < f->b && word_ends(e, c + 3, "ing") &&
	    (c + 4 >= f->b || e->t[c + 4].kind == TOK_PUNCT))
		return false;
	return passive_to(e, f, v);
}

/* "It was said that the party might never win again", "it was widely reported that Mr. Trump
 * paid $100 million": hearsay nobody is named for; what follows "that", to its clause's end, is
 * the content, "was said" the cue. False unless "it" opens its clause (the sentence, or after a
 * comma, a conjunction or a subordinator: "At a time when it was said that") before a form of
 * "be" and "said" or "reported" at f->c with "that" after it. */
bool claims_try_it_said(struct engine *e, struct frame *f)
{
	size_t c = f->c, v = passive_verb_start(e, f), q;

	if (!tok_among(e, c, "said reported") || v == f->a || c + 2 >= f->b ||
	    !tok_is(e, c + 1, "that") || e->t[c + 2].kind != TOK_WORD ||
	    !tok_among(e, v - 1, "is was been"))
		return false;
	q = v - 1;
	if (tok_is(e, q, "been") && q > f->a && tok_among(e, q - 1, "has had"))
		q--;
	if (q == f->a || !tok_is(e, q - 1, "it"))
		return false;
	if (q - 1 > f->a && !tok_punct(e, q - 2, ',') &&
	    !(e->t[q - 2].word & (WORD_CONJ | WORD_SUBORD)))
		return false;
	f->qa = q;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[c + 2].start;
	f->ce = claims_content_end(e, c + 2,
				   opening_limit(e, f, c, c + 2,
						 claims_clause_limit(e, c + 2, f->b, false)));
	claims_emit(e, f);
	return true;
}

/* "Sanders was declared the winner in Rhode Island", "she was announced the winner": an outcome
 * announced by nobody named; the clause, its subject included, is the content (the cue "was
 * declared"). False when "declared" or "announced" at f->c is not a passive before "(as) the
 * winner". */
bool claims_try_winner(struct engine *e, struct frame *f)
{
	size_t c = f->c, k = c + 1, sa, q, lim;
	bool sub;

	if (!tok_among(e, c, "declared announced") || c < f->a + 2 || !tok_be(e, c - 1))
		return false;
	if (k < f->b && tok_is(e, k, "as"))
		k++;
	if (k + 1 >= f->b || !tok_is(e, k, "the") || !tok_among(e, k + 1, "winner winners") ||
	    !claims_passive_subject(e, f, c, &sa, &q))
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
		    (tok_is(e, j, "like") || tok_unlisted(e, j, TOKF_CAP | TOKF_DIGIT | TOKF_INQ)))
			return true;
		if (j < b && tok_unlisted(e, j, TOKF_CAP | TOKF_DIGIT | TOKF_INQ) &&
		    (word_ends(e, j, "ed") ||
		     tok_among(e, j, "closer ready unable willing eager")) &&
		    !(j + 1 < b && tok_is(e, j + 1, "by")))
			return true;
	}
	*state = false;
	if (tok_among(e, k, "likely unlikely certain poised set ready sure destined") &&
	    tok_is(e, k + 1, "to"))
		k++;
	return tok_infinitive(e, k, b);
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

/* The start of the subject of an impression whose words before the cue, from sa, are a phrase
 * between the subject and its verb, not the subject: a preposition or "too" first ("Both
 * objections, which on their face seemed", "Trump has at the very least seemed", "Democrats,
 * too, appeared", "people who tuned in just seemed"). The subject is the noun phrase before the
 * phrase, its auxiliary, its comma, or the relative clause the phrase closes (from "who",
 * "which" or "that", at most four words back: "a life that by all appearances seemed"); sa itself
 * when its word may begin a subject or no subject lies before ("that — at least for now —
 * Republicans seem"). */
static size_t seem_subject_start(const struct engine *e, size_t a, size_t sa)
{
	size_t k = sa, s, sb;

	if (!(((e->t[sa].word & WORD_PREP) && !tok_is(e, sa, "of")) || tok_is(e, sa, "too")))
		return sa;
	while (k > a && (tok_punct(e, k - 1, ',') || (e->t[k - 1].word & WORD_AUX)))
		k--;
	/* the relative word right before the phrase, or a verb of the relative clause */
	for (size_t j = k; j > a && j + 4 > k &&
			   ((e->t[k - 1].word & (WORD_REL | WORD_VERB)) ||
			    tok_is(e, k - 1, "that") || word_ends(e, k - 1, "ed"));
	     j--)
		if ((e->t[j - 1].word & WORD_REL) || tok_is(e, j - 1, "that")) {
			k = j - 1; /* "... who tuned in | just seemed": the relative clause */
			while (k > a && tok_punct(e, k - 1, ','))
				k--;
			break;
		}
	if (k <= a || k == sa || e->t[k - 1].kind != TOK_WORD ||
	    !claims_subject_back(e, a, k, &s, &sb) || sb != k)
		return sa;
	return s;
}

/* "The music seemed to match the mood", "Sanders appears to have a slight lead": an impression
 * nobody is named for; the clause, its subject included, is the content, or what follows "it
 * appears (that)"; a phrase before the subject ("After the debate, the team appeared to") is not
 * in it. */
void claims_try_seem(struct engine *e, struct frame *f)
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
	/* "Sanders, who sees himself as ..., doesn't appear ready to": the verb's subject is before
	 * the relative clause whose claim ended at the comma, not that claim's last words */
	k = claims_skip_aux_back(e, f->a, c);
	if (k > f->a + 1 && tok_punct(e, k - 1, ',') && e->nout > e->sent_first &&
	    e->out[e->nout - 1].content.end == e->t[k - 2].end)
		return;
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
		p = sa = subject_lead(e, f->a, seem_subject_start(e, f->a, sa), sb);
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
			g.ce = claims_content_end(
				e, c + 3,
				opening_limit(e, f, c, c + 3,
					      claims_clause_limit(e, c + 3, f->b, false)));
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
	lim = opening_limit(e, f, c, c, lim);
	f->ce = claims_content_end(e, c + 1, lim);
	claims_emit(e, f);
}

/* ---- "we're told ..." ---- */

/* True when token k is a form of "be" that makes a passive, or a pronoun with "'re" or "'m" run
 * in ("we're", "I’m"); "he's told" is "has told", no passive. */
static bool passive_be(const struct engine *e, size_t k)
{
	const char *s = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start;

	if (tok_be(e, k) || tok_is(e, k, "am"))
		return true;
	if (!claims_contraction(e, k))
		return false;
	if (n > 1 && (s[n - 1] | 0x20) == 'm') /* "I'm", "I’m" */
		n -= 1;
	else if (n > 2 && (s[n - 2] | 0x20) == 'r' && (s[n - 1] | 0x20) == 'e')
		n -= 2; /* "we're", "they’re" */
	else
		return false;
	return (n >= 1 && s[n - 1] == '\'') ||
	       (n >= 3 && text_curly_single(s + n - 3, 3) == 0x2019);
}

bool claims_try_told(struct engine *e, struct frame *f)
{
	size_t c = f->c, k = c, p = c + 1;

	/* "were also told", "are now being told" */
	while (k > f->a && k + 2 > c && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & WORD_ADV) || tok_among(e, k - 1, "now also")))
		k--;
	if (!tok_is(e, c, "told") || k == f->a || !passive_be(e, k - 1))
		return false;
	if (p < f->b && tok_is(e, p, "that"))
		p++;
	/* "was told to leave" (an order), "was told by aides" (the agent's frame), no clause: no
	 * claim, and none with those told for its source */
	if (p >= f->b || e->t[p].kind != TOK_WORD || tok_among(e, p, "to by") ||
	    !(claims_main_clause(e, p, f->b) || (tok_is(e, p, "there") && tok_be(e, p + 1))))
		return true;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	f->ce = claims_content_end(e, p, claims_clause_limit(e, p, f->b, false));
	claims_emit(e, f);
	return true;
}

/* ---- "X is reportedly Y" ---- */

/* "The FBI is reportedly making arrangements to interview Clinton", "Reportedly, he made ...",
 * "(her team has reportedly consulted ...)": a report nobody is named for; the clause that holds
 * the adverb at f->c is the content: from the sentence's start after its opening phrases, an
 * opening clause or an open parenthesis, to the clause's end. "With X reportedly considering a
 * run, ..." holds X's phrase up to its comma. A cue verb right after the adverb ("reportedly
 * told") has a frame of its own. */
void claims_try_hearsay(struct engine *e, struct frame *f)
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
	"claim claims contention insistence suggestion suggestions";

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

/* True when the plural at p opens a clause as its subject: its verb or auxiliary follows it,
 * or an auxiliary follows its prepositional phrase within SUBJECT_WORDS words ("journalists had
 * produced", "journalists from the school had produced"); not a verb of a relative clause ("a
 * group that represents police", "that works with police"). */
static bool plural_subject(const struct engine *e, size_t p, size_t b)
{
	size_t k = p + 1;

	if (!word_plural(e, p) || k >= b || e->t[k].kind != TOK_WORD || e->t[k].cue)
		return false;
	if (e->t[k].word & (WORD_VERB | WORD_AUX))
		return true;
	if (!(e->t[k].word & WORD_PREP))
		return false;
	for (k++; k < b && k <= p + SUBJECT_WORDS; k++) {
		if (e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_AUX))
			return true;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue ||
		    (e->t[k].word & (WORD_REL | WORD_VERB)))
			return false;
	}
	return false;
}

/* "Despite complaints that he is a quixotic crusader", "stoked speculation that he might offer
 * himself", "his complaints that Mr. Khan had been unfair to him": a noun of a report whose
 * "that" opens a clause with its own subject (not a relative clause: "the assurance that earned
 * him", report_noun_opens; a subject may be "his", "its" or "this" though they end in "s":
 * "Lee's claims that his fortune tops ..."): the clause is the content, the possessive before the noun (if any)
 * the source; in a phrase that opens the sentence ("Despite complaints that ..., X did") up to
 * the main clause. */
static void try_noun_that(struct engine *e, struct frame *f, size_t k, size_t p)
{
	size_t c = f->c, lim, main;
	/* "Trump's claim that there have been thousands of shootings": an existential "there"
	 * before its verb is the clause's subject, though the word lists have it as an adverb */
	bool there = p + 1 < f->b && tok_is(e, p, "there") && (e->t[p + 1].word & WORD_VERB);
	/* "suggestions by the news media that ...": with its holder after "by" the noun's "that"
	 * opens no relative clause of it, so a determiner may come before the noun ("the
	 * suggestion by a potential president that"), and a plural before its verb is the
	 * clause's subject ("accusations by Exxon Mobil that journalists had produced") */
	bool by = p > c + 3 && tok_is(e, c + 1, "by");
	bool subject = by && plural_subject(e, p, f->b);

	if (p + 1 >= f->b || e->t[p].kind != TOK_WORD || (!by && !report_noun_opens(e, f->a, c)) ||
	    (!there && (e->t[p].word & (WORD_VERB | WORD_ADV | WORD_PREP | WORD_REL))) ||
	    e->t[p].cue ||
	    (!(e->t[p].flags & TOKF_CAP) && !(e->t[p].word & (WORD_PRON | WORD_DET)) && !subject &&
	     (word_ends(e, p, "ed") || word_ends(e, p, "s"))))
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
	if (by) { /* "claims by intelligence agencies that" */
		f->sa = c + 2;
		f->sb = p - 1;
	} else if (tok_among(e, c, claim_nouns)) {
		possessive_source(e, f, c); /* "his sweeping assertion that" */
		if (f->sa == f->sb)
			return;
	} else if (k > f->a && tok_among(e, k - 1, "his her their its our")) {
		f->sa = k - 1;
		f->sb = k;
	}
	claims_emit(e, f);
}

/* The "that" after "by" at p and the noun phrase of its agent ("by intelligence agencies
 * that", "by the news media that"), before b; SIZE_MAX when p is no "by", the phrase does not
 * open like a noun phrase ("by now", "by 2020") or a verb, a comma or a cue comes before any
 * "that" within AGENT_WORDS words. */
static size_t agent_then_that(const struct engine *e, size_t p, size_t b)
{
	size_t k = p + 1;

	if (!tok_is(e, p, "by") || (e->t[p].flags & TOKF_INQ) || k >= b ||
	    e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_DIGIT) ||
	    (e->t[k].word & (WORD_TIME | WORD_PREP | WORD_ADV | WORD_CONJ | WORD_SUBORD)))
		return SIZE_MAX;
	for (; k < b && k <= p + AGENT_WORDS; k++) {
		if (k > p + 1 && tok_is(e, k, "that"))
			return k + 1 < b ? k : SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_REL)))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when the word at i, after a noun (no determiner, preposition, conjunction or adverb
 * before it), is the past verb of the clause a stance noun's phrase is the subject of: one
 * that ends in no "-ed" ("his attacks on Clinton drew criticism", "led to"), or one in "-ed"
 * before its object's determiner or pronoun ("alarmed the party"; not "programs aimed at",
 * "calls for increased surveillance"); not after a relative word or an adverb in "-ly" ("a
 * bill that essentially protected the Minute Men"). */
static bool noun_phrase_verb(const struct engine *e, size_t i, size_t b)
{
	const struct tok *t = &e->t[i - 1];

	if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_CAP) || t->kind != TOK_WORD ||
	    (t->word & (WORD_DET | WORD_PREP | WORD_CONJ | WORD_ADV | WORD_REL)) ||
	    word_ends(e, i - 1, "ly") || tok_is(e, i - 1, "that") || !claims_past_word(e, i))
		return false;
	return !word_ends(e, i, "ed") || (i + 1 < b && e->t[i + 1].kind == TOK_WORD &&
					  (e->t[i + 1].word & (WORD_DET | WORD_PRON)));
}

/* "his attacks on Clinton", "Trump's opposition to trade deals", "support for the bill": a noun
 * of a stance and its preposition; the noun phrase after it is the content, the possessive
 * before it (if any) the source. */
void claims_try_noun(struct engine *e, struct frame *f)
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
	/* "pushed back against claims by intelligence agencies that ...": the agent after "by"
	 * holds the claim, the clause after it is the content */
	if ((tok_among(e, c, report_nouns) || tok_among(e, c, claim_nouns)) &&
	    (k = agent_then_that(e, p, f->b)) != SIZE_MAX) {
		try_noun_that(e, f, c, k + 1);
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
	 * elevated ...", "his attacks on Clinton drew criticism", "alarmed the party"), or at a
	 * comma or a dash; a name that holds a cue's word is none ("support for the United
	 * States") */
	for (size_t i = p + 2; i < f->b && e->t[i].start < f->ce; i++)
		if (!(e->t[i].flags & TOKF_INQ) &&
		    ((e->t[i].word & (WORD_VERB | WORD_AUX)) ||
		     (e->t[i].cue && !(e->t[i].flags & TOKF_CAP)) || noun_phrase_verb(e, i, f->b) ||
		     tok_punct(e, i, ',') || tok_dash(e, i))) {
			f->ce = e->t[i - 1].end;
			break;
		}
	claims_emit(e, f);
}
