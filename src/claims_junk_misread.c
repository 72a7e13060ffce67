/* claims_junk_misread: frames a reader reads another way, so no claim: a verb of a relative
 * clause with no "that" on a noun ("developers I know actually test"), or with its infinitive's
 * or preposition's object missing ("the world Uber seeks to create", "the projects critics point
 * to as failures"), a noun a participle with its agent describes ("a saying loved by"), a heading
 * in title case ("Eliminating Repeating Alerts"), a gerund with its object that is a clause's
 * subject ("adding X to Y is ...") and a name spoken to ("Jesus, in you we believe"). */
#include "claims_int.h"

/* The first token of frame f's content past adverbs ("actually", "mostly", "just"), when the
 * content begins right after the cue; SIZE_MAX otherwise. */
static size_t content_head(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p != f->qb || p >= e->nt)
		return SIZE_MAX;
	while (p + 1 < e->nt && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	       ((e->t[p].word & WORD_ADV) || word_ends(e, p, "ly")) && !tok_is(e, p, "not") &&
	       e->t[p].start < f->ce)
		p++;
	return e->t[p].start < f->ce ? p : SIZE_MAX;
}

/* True when the lowercase word at p may be a verb that goes on a subject before it: a finite verb
 * or a modal, or a word of no class with its object or preposition after it ("test their code",
 * "agree with the plan"); not a word that is itself an object ("nothing about it"). */
static bool predicate_at(const struct engine *e, size_t p)
{
	const struct tok *t = &e->t[p];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)))
		return false;
	if ((t->word & WORD_VERB) || tok_modal(e, p))
		return !tok_among(e, p, "be been being");
	if ((t->word & ~(unsigned)WORD_DOC) || word_ends(e, p, "ly") || p + 1 >= e->nt ||
	    tok_among(e, p, "nothing everything something anything little much more less all"))
		return false;
	return claims_det_or_possessive(e, p + 1) || (e->t[p + 1].word & WORD_PREP) ||
	       tok_among(e, p + 1, "them him her us me it");
}

/* True when token n may be the lowercase noun that a relative clause with no "that" sits on
 * ("the house he wants to buy", "the people we asked"): a word no list knows (tok_unlisted()),
 * not an adverb in "-ly", a form in "-ing" nor a possessive. A word in "-ed" is the callers'
 * to weigh: a participle after the noun ("the land cleared critics point to as a failure")
 * leaves preposition_gap()'s gap as it is. */
static bool gap_noun(const struct engine *e, size_t n)
{
	return tok_unlisted(e, n, TOKF_CAP | TOKF_DIGIT | TOKF_INQ) && !word_ends(e, n, "ly") &&
	       !word_ends(e, n, "ing") && !word_possessive(e, n);
}

/* "In the world Acme seeks to create, those hopes would ...", "He showed us the house he wants
 * to buy.": content that is "to" and one verb lacks the verb's object when a lowercase noun after
 * a determiner comes right before the source: the noun is that object, the source and cue a
 * relative clause on it with no "that". The verb ends an opening phrase before the main clause,
 * or the sentence, whatever the content runs on to ("He vowed to resign." has no such noun, "In
 * the end the mayor vowed to resign." opens with a phrase of its own, "..., saying" is no
 * main clause). */
static bool infinitive_gap(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = f->sa - 1;

	if (f->sa >= f->sb || f->sa <= f->a + 1 || f->sb > f->sa + 3 || f->qa != f->sb ||
	    f->kind == CLAIM_DIRECT)
		return false;
	if (!gap_noun(e, n) || word_ends(e, n, "ed"))
		return false;

	if (p != f->qb || p + 2 > e->nt || !tok_is(e, p, "to") || e->t[p + 1].kind != TOK_WORD ||
	    (e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || e->t[p + 1].word ||
	    e->t[p + 1].cue)
		return false;
	if (!(e->t[n - 1].word & WORD_DET) || (e->t[n - 1].flags & TOKF_CAP))
		return false;
	/* the phrase that holds the noun ends at the comma, the main clause follows it */
	if (tok_punct(e, p + 2, ','))
		return p + 3 < f->b && claims_main_clause(e, p + 3, f->b);
	/* the sentence ends: the noun is an object in it, not an opening phrase's ("In the end") */
	return (p + 2 >= f->b || tok_punct(e, p + 2, '.')) &&
	       !(e->t[f->a].word & (WORD_PREP | WORD_SUBORD));
}

/* "the projects that critics point to as failures were ...", "the cases critics point to in the
 * report were ...", "what she referred to in her speech": the cue's preposition has no object
 * when another preposition follows it, or "as" after a lowercase noun before the source ("that"
 * or none between): the cue is in a relative clause on that noun, the gap as in
 * infinitive_gap()'s, and what follows says nothing the source said. "Critics point to the
 * projects as failures", "pointed to as many as ten cases" and "pointed to about 20 cases" stay. */
static bool preposition_gap(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = f->sa - 1;

	if (f->kind == CLAIM_DIRECT || f->sa >= f->sb || f->qa != f->sb || p != f->qb ||
	    p >= e->nt || p >= f->b || f->qb <= f->c + 1 ||
	    !tok_among(e, f->qb - 1, "to about of on for at against over with into upon"))
		return false;
	if (e->t[p].kind != TOK_WORD || (e->t[p].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !((e->t[p].word & WORD_PREP) || tok_is(e, p, "as")) ||
	    tok_among(e, p, "about around over under near") || p + 1 >= e->nt ||
	    (e->t[p + 1].flags & TOKF_DIGIT) ||
	    tok_among(e, p + 1, "least most many much few little long far well high low soon"))
		return false;
	/* a preposition right after the cue's: the cue's has no object whatever comes before
	 * ("The cases critics point to in the report", "What they talk about at home") */
	if (!tok_is(e, p, "as"))
		return true;
	if (f->sa <= f->a)
		return false;
	if (tok_among(e, n, "that which whom") && n > f->a)
		n--;
	return gap_noun(e, n);
}

/* "Not a lot of developers I know actually test their code", "The people we asked mostly agree":
 * a pronoun and its cue right after a lowercase noun, then no object but the verb the noun goes
 * on with, or a clause that ends on a preposition ("the entries we want to get an alert for"),
 * are a relative clause with no "that" on the noun (the noun is the cue's object or the
 * preposition's): it says which developers, not what "I" know. "Frankly I know the answer is
 * no" stays. */
static bool contact_relative(const struct engine *e, const struct frame *f)
{
	size_t n = f->sa - 1, p;

	if (f->sb != f->sa + 1 || f->sa <= f->a || f->qa != f->sb || f->kind == CLAIM_DIRECT ||
	    !tok_among(e, f->sa, "i we you they"))
		return false;
	if (!gap_noun(e, n) || word_ends(e, n, "ed"))
		return false;
	p = content_head(e, f);
	if (p != SIZE_MAX && predicate_at(e, p))
		return true;
	/* "the entries we want to get an alert for": the clause ends on the preposition whose
	 * object the noun is */
	p = claims_tok_at(e, f->ce - 1);
	return p < e->nt && p > f->qb && (e->t[p].word & WORD_PREP) && !(e->t[p].flags & TOKF_CAP);
}

/* "A very accurate saying loved by ontologists": a lowercase past participle and "by" right
 * after the cue describe the cue word as a noun; no one says anything. */
static bool described_noun(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p != f->qb || p + 1 >= e->nt || e->t[p].kind != TOK_WORD ||
	    (e->t[p].flags & (TOKF_CAP | TOKF_INQ)) || !tok_is(e, p + 1, "by"))
		return false;
	return word_ends(e, p, "ed") || word_ends(e, p, "en") ||
	       tok_among(e, p, "made held told known seen heard said written shown built");
}

/* True when the sentence [a, b) is a line in title case with no full stop: every word of four
 * letters or more capitalised, two at least, and no punctuation at its end. */
static bool title_line(const struct engine *e, size_t a, size_t b)
{
	size_t caps = 0;

	if (b <= a || b - a > 12 || e->t[b - 1].kind != TOK_WORD)
		return false;
	for (size_t k = a; k < b; k++) {
		if (e->t[k].kind != TOK_WORD)
			return false;
		if (e->t[k].end - e->t[k].start <= 3)
			continue;
		if (!(e->t[k].flags & TOKF_CAP))
			return false;
		caps++;
	}
	return caps >= 2;
}

/* "Eliminating Repeating Alerts": a heading in title case whose cue is a participle or whose
 * source is a gerund names a topic; no one speaks ("Mayor Says Bridge Is Safe" stays). */
static bool title_heading(const struct engine *e, const struct frame *f)
{
	if (!(e->t[f->c].flags & TOKF_CAP) || !title_line(e, f->a, f->b))
		return false;
	return word_ends(e, f->c, "ing") || (f->sa < f->sb && word_ends(e, f->sa, "ing"));
}

/* "Its use is easy, adding Blanket support to your suite is just a matter of ...": "adding", its
 * object, "to" and where it adds it, then a finite verb, are the subject of that verb; "a matter
 * of adding one line", "by adding a filter": "adding" after "of", "by", "for", "in" or "without"
 * with no "that" adds a thing. No one adds words ("..., adding that the budget is tight",
 * "adding the budget is tight" and "before adding that" stay). */
static bool adding_thing(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);
	bool to = false;

	if (!tok_is(e, f->c, "adding") || f->qa != f->c || p != f->qb || tok_is(e, p, "that") ||
	    f->kind == CLAIM_DIRECT)
		return false;
	if (f->c > f->a && tok_among(e, f->c - 1, "of by for in without"))
		return true;
	for (size_t k = p + 1; k < e->nt && k < p + 16 && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_SUBORD | WORD_REL)))
			return false;
		if (tok_is(e, k, "to"))
			to = k + 1 < e->nt && !(e->t[k + 1].word & WORD_VERB);
		else if (to && (tok_among(e, k, "is are was were") || tok_modal(e, k)))
			return true;
		else if (e->t[k].word & WORD_VERB)
			return false;
	}
	return false;
}

/* "his closing remarks", "a few repeating issues", "the highest calling of": a participle cue
 * right after a possessive, an article or "few" or "several" (a superlative between when "of"
 * follows) is an adjective of the noun after it or a noun itself; its content no "that" clause
 * nor quotation ("his saying that he would run", "a protest demanding" stay). */
static bool possessed_participle(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), d = f->c - 1;

	if (d > f->a && word_ends(e, d, "est") && e->t[d].kind == TOK_WORD &&
	    !(e->t[d].flags & TOKF_CAP) && p < e->nt && tok_is(e, p, "of"))
		d--; /* "the highest calling of" (not "a protest demanding") */
	return (f->cue & CUE_ING) && f->qa == f->c && f->c > f->a && f->kind != CLAIM_DIRECT &&
	       tok_among(e, d, "my our your his her their its the a an few several") &&
	       p == f->qb && p < e->nt && e->t[p].kind == TOK_WORD &&
	       !tok_among(e, p, "that whether if");
}

/* "you're describing the scene as it actually happened": "as" and a subject pronoun after the
 * object of "describe" open a clause of manner, no characterisation ("described the plan as a
 * mistake" and "described him as tired" stay). */
static bool described_as_clause(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!tok_among(e, f->c, "describe described describes describing") || p != f->qb ||
	    f->kind == CLAIM_DIRECT)
		return false;
	for (size_t k = p + 1; k + 1 < e->nt && k < p + 7 && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			return false;
		if (tok_is(e, k, "as"))
			return tok_among(e, k + 1, "it he she they we i you") &&
			       !(e->t[k + 1].flags & TOKF_INQ);
	}
	return false;
}

/* "Jesus, in you we believe", "Lord, we thank you for": one to three capitalised words at the
 * head of the sentence, a comma, then "you" before the cue: someone spoken to, no content
 * ("Mr. Smith, we believe you are wrong" keeps its content after the cue). */
static bool vocative(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = p;

	if (p != f->a || p >= f->c || f->ce > e->t[f->c].start)
		return false;
	while (k < f->c && k < p + 3 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP))
		k++;
	if (k == p || !tok_punct(e, k, ',') || f->ce > e->t[k].start)
		return false;
	for (size_t j = k + 1; j < f->c; j++)
		if (tok_among(e, j, "you your thee"))
			return true;
	return false;
}

/* "They reported doubts and fears about the plan": a plural or first-person pronoun alone
 * before a cue in "-s" with no auxiliary does not agree with it, so the cue is a noun ("they
 * fear", "he fears" and "they discuss" stay). */
static bool noun_cue(const struct engine *e, const struct frame *f)
{
	size_t c = f->c;

	if (f->sb != f->sa + 1 || f->qa != c || !tok_among(e, f->sa, "they we i you") ||
	    !(e->t[c].cue & CUE_VERB))
		return false;
	return word_plain_s(e, c) && !(e->t[c].lists & (TOKL_PRESENT | TOKL_FINITE));
}

/* "The firm's annual report shows a loss", "a new report could raise questions", "his closing
 * remarks were replayed": "report" or "remarks" right before a finite verb or a modal (or a
 * relative "that" and one) is the noun its words before it qualify, no cue with its content
 * ("they report the plant is closed", "officials report gains" and "what the analysts report
 * is a decline" stay). */
static bool report_noun(const struct engine *e, const struct frame *f)
{
	size_t p = content_head(e, f), h = f->sb - 1;

	if (p == SIZE_MAX || f->qa != f->c || f->qb != f->c + 1 || f->kind == CLAIM_DIRECT ||
	    f->sa >= f->sb || !tok_among(e, f->c, "report remarks") ||
	    (f->sa > 0 && tok_among(e, f->sa - 1, "what whatever all")))
		return false;
	if (e->t[p].kind != TOK_WORD || (e->t[p].flags & (TOKF_CAP | TOKF_INQ)))
		return false;
	if (tok_modal(e, p) || tok_in(e, p, TOKL_FINITE))
		return true;
	/* "a congressional report that could raise questions", "remarks that were replayed": "that"
	 * and the verb right after it are a relative clause on the noun */
	if (tok_is(e, p, "that") && p + 1 < e->nt && e->t[p + 1].start < f->ce &&
	    (tok_modal(e, p + 1) || tok_in(e, p + 1, TOKL_FINITE)))
		return true;
	/* a verb in "-s" agrees with a singular noun, not with a plural subject of "report"
	 * ("officials report gains") */
	return claims_present_s(e, p) && !word_ends(e, h, "s") &&
	       !tok_among(e, h, "they we i you people police");
}

/* "confronted him with insulting remarks he had made", "Francis' remarks about him": "remarks"
 * right after an adjective or a possessive is the plural noun, no one remarking ("the mayor
 * remarks that ..." and "“...,” she remarks" stay). */
static bool remarks_after_modifier(const struct engine *e, const struct frame *f)
{
	size_t k = f->c - 1;
	const struct tok *t;

	if (f->c == 0 || f->qa != f->c || f->kind == CLAIM_DIRECT || !tok_is(e, f->c, "remarks"))
		return false;
	t = &e->t[k];
	if (t->kind != TOK_WORD || t->sent != e->t[f->c].sent)
		return false;
	if (word_possessive(e, k))
		return true;
	if ((t->flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
	    (t->word & (WORD_PRON | WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_DOC)) ||
	    claims_person_noun(e, k))
		return false;
	return word_ends(e, k, "ing") || word_ends(e, k, "ive") || word_ends(e, k, "ous") ||
	       word_ends(e, k, "ic") || word_ends(e, k, "ist") || word_ends(e, k, "ent") ||
	       word_ends(e, k, "ant") || word_ends(e, k, "ful") || word_ends(e, k, "less") ||
	       word_ends(e, k, "ble") || word_ends(e, k, "ude");
}

/* "tell stories that take full advantage of the web", "told a joke that ...": a thing told
 * that is a story, a joke or a lie has a relative clause after it, not a statement ("told
 * reporters that ..." and "told the story: “...”" stay). */
static bool told_thing(const struct engine *e, const struct frame *f)
{
	size_t k = f->qb;

	if (f->kind == CLAIM_DIRECT || !tok_among(e, f->c, "tell tells told telling"))
		return false;
	if (k < f->b && (tok_among(e, k, "a an the his her their its our my your these those") ||
			 word_possessive(e, k)))
		k++;
	return k < f->b && tok_among(e, k,
				     "story stories tale tales joke jokes lie lies truth "
				     "difference secrets anecdote anecdotes");
}

/* "I wrote a good primer in 2009", "wrote a script to chart them", "wrote his book": a work
 * written (its determiner and at most four words before it) with nothing after it of what the
 * work says is the writing of a thing, not a statement ("wrote a letter asking ...", "wrote an
 * op-ed urging ...", "wrote that ..." and "wrote a note: “...”" stay). */
static bool written_thing(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k, head = SIZE_MAX;

	if (f->kind == CLAIM_DIRECT || f->qb != f->c + 1 || p != f->qb || p >= e->nt ||
	    !tok_among(e, f->c, "wrote write writes writing penned authored") ||
	    !(tok_among(e, p, "a an the his her their its our my your") || word_possessive(e, p)))
		return false;
	for (k = p + 1; k < e->nt && k < p + 6 && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			return false;
		if (!(e->t[k].flags & TOKF_CAP) &&
		    tok_among(
			    e, k,
			    "primer book books memoir memoirs script scripts letter letters column "
			    "columns essay essays article articles piece profile introduction "
			    "foreword preface dissent novel novels play plays poem poems song songs "
			    "chapter assessment guide biography code check program programs "
			    "software")) {
			head = k;
			break;
		}
	}
	if (head == SIZE_MAX)
		return false;
	/* its text in marks comes right after it ("wrote a note, “...”"); one further on ("wrote
	 * his first column 43 years ago on that subject, "You fit it ..."") is the writer's words of
	 * now, no part of the work; a colon gives its title or its text anywhere */
	/* "wrote the programs that revealed ...": what a program does is no statement of the
	 * writer's, whatever clause follows it */
	if (tok_among(e, head, "code program programs software"))
		return true;
	for (k = head + 1; k < e->nt && e->t[k].start < f->ce; k++)
		if ((k <= head + 3 && e->t[k].kind == TOK_QOPEN) || tok_punct(e, k, ':') ||
		    word_ends(e, k, "ing") ||
		    tok_among(e, k, "which who whose where whom saying") ||
		    (tok_is(e, k, "that") && !(e->t[k - 1].word & WORD_PREP)))
			return false; /* not "on that subject" */
	return true;
}

/* See claims_int.h. */
bool claims_negation_word(const struct engine *e, size_t k)
{
	const char *w = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start;

	return e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k, "not never n't") || (n > 3 && !strncasecmp(w + n - 3, "n't", 3)) ||
		(n > 5 && !strncasecmp(w + n - 5, "n\u2019t", 5)) || tok_is(e, k, "n\u2019t"));
}

/* "The agency would not immediately describe the malfunction", "Spokesmen would not discuss
 * the investigation": a refusal to tell, its object a thing that went untold, says nothing; no
 * claim ("did not say the plan was bad", a clause, "did not say how ...", "did not describe it
 * as a crisis" with its own words after "as", and "never said that ..." stay). */
static bool untold_thing(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);
	bool neg = false;

	if (f->kind == CLAIM_DIRECT || f->qb != f->c + 1 || p != f->qb || p >= e->nt ||
	    !tok_among(e, f->c,
		       "describe described discuss discussed detail detailed explain explained "
		       "disclose disclosed identify identified reveal revealed specify specified "
		       "confirm confirmed name named say said") ||
	    !(tok_among(e, p, "a an the his her their its our my your any this that these those") ||
	      word_possessive(e, p)))
		return false;
	for (size_t k = f->qa; k < f->c; k++)
		neg = neg || claims_negation_word(e, k);
	if (!neg)
		return false;
	for (size_t k = p + 1; k < e->nt && e->t[k].start < f->ce; k++)
		if (e->t[k].kind == TOK_QOPEN || tok_among(e, k, "as that") ||
		    (e->t[k].kind == TOK_WORD && claims_verb_like(e, k)))
			return false; /* "did not say the plan was bad": a clause */
	return true;
}

/* "Bartleby answered nothing", "She knows nothing", "he replied not a word": content that is
 * only "nothing" or "not a word" tells that nothing was said or known; no claim ("says nothing
 * will change", a clause, and "revealed nothing new about ..." stay). */
static bool nothing_said(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k;

	if (f->kind == CLAIM_DIRECT || p != f->qb || p >= e->nt)
		return false;
	if (tok_is(e, p, "nothing"))
		k = p + 1;
	else if (tok_is(e, p, "not") && tok_is(e, p + 1, "a") && tok_is(e, p + 2, "word"))
		k = p + 3;
	else
		return false;
	if (k < e->nt && e->t[k].start < f->ce && tok_is(e, k, "at") && tok_is(e, k + 1, "all"))
		k += 2;
	return k >= e->nt || e->t[k].start >= f->ce;
}

/* "If she walks away, believe me, I understand": "believe me" with no subject before it (the
 * sentence's start or a comma) is the writer's aside to the reader, no one's belief ("The voters
 * believe me when I say ..." has its subject and stays). */
static bool believe_me(const struct engine *e, const struct frame *f)
{
	size_t c = f->c;

	return tok_is(e, c, "believe") && c + 1 < e->nt && tok_is(e, c + 1, "me") &&
	       (c == f->a || tok_punct(e, c - 1, ',') || tok_punct(e, c - 1, ';') ||
		tok_dash(e, c - 1));
}

/* "the company soon found itself offering free rides": a participle after "found" and a
 * reflexive object tells what the subject came to be doing, no words it said ("found himself
 * saying that ..." stays). */
static bool found_itself(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, p = claims_tok_at(e, f->cs);

	if (c < f->a + 2 || !(e->t[c].cue & CUE_ING) || !word_ends(e, c, "ing") ||
	    !tok_among(e, c - 1, "itself himself herself themselves myself ourselves yourself") ||
	    !tok_among(e, c - 2, "found finds find finding"))
		return false;
	return p >= e->nt || !(tok_is(e, p, "that") || e->t[p].kind == TOK_QOPEN);
}

/* "Donor backs field", "Mayor says budget will pass": a heading in sentence case (an article's
 * title line or a heading of a converted page) sums up the story in the writer's words; what it
 * says its subject said the text reports. A heading with a quotation in it stays ("X asked if
 * there were “any ...?”"), and so do a label and its colon ("Poll: Voters ...") and a headline
 * in title case ("Mayor Says Budget Will Pass"), which PolNeAR counts as the subject's claims
 * (dev, 12 of them). */
static bool heading_claim(const struct engine *e, const struct frame *f)
{
	const struct doc_sentence *st = doc_sentence(e->d, e->t[f->c].sent);
	const struct doc_para *para = st ? doc_paragraph(e->d, st->paragraph) : NULL;

	if (!para || !para->heading || f->kind == CLAIM_DIRECT || e->t[f->c].kind != TOK_WORD ||
	    (e->t[f->c].flags & TOKF_CAP))
		return false;
	for (size_t k = f->a; k < f->b; k++)
		if (e->t[k].kind == TOK_QOPEN)
			return false;
	return true;
}

/* "informed the board that ...", "reminding viewers that ...", "reassured his ally that ...": a
 * verb that tells its addressee something reports speech only with "that" after the one told
 * (PolNeAR marks the clause after "that") and someone to tell it; not "the next time, remind
 * yourself why ...", "the research informed the article" nor "the speech reassured him that
 * ...", a thing that does it. True when a frame of these verbs (not the older "reminded" and
 * "assured") lacks either. */
static bool addressee_without_that(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), h = f->sb - 1;

	if (!tok_among(e, f->c,
		       "assuring inform informed informing informs reassure reassured reassures "
		       "reassuring remind reminding reminds"))
		return false;
	/* the content starts at "that", after one to six words of the one told */
	if (f->kind != CLAIM_INDIRECT || p >= e->nt || !tok_is(e, p, "that") || p < f->qb + 1 ||
	    p > f->qb + 6 || f->sa >= f->sb)
		return true;
	for (size_t k = f->qb; k < p; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_SUBORD)) ||
		    e->t[k].cue)
			return true;
	/* the one who tells: a name, a pronoun, or a noun for a person or a body ("the
	 * ministry", "her aides", "organizers") */
	return !((e->t[h].flags & TOKF_CAP) ||
		 (e->t[h].word & (WORD_PRON | WORD_PERSON | WORD_ROLE)) ||
		 claims_person_noun(e, h) || word_ends(e, h, "ers") || word_ends(e, h, "ors") ||
		 word_ends(e, h, "ists") || word_ends(e, h, "ians") || word_ends(e, h, "ents") ||
		 tok_among(e, h, "aides allies people"));
}

/* "the vote for admitting Poland, Hungary and the Czech Republic to NATO", "was admitted to the
 * hospital": to admit someone to a body or a place lets them in; nothing is conceded. The
 * content names what is let in, then "to" or "into" and the place, with no "that", colon or
 * quotation anywhere in it ("admitted to lying", "admitted to reporters that ..." stay). */
static bool admitted_into(const struct engine *e, const struct frame *f)
{
	size_t to = SIZE_MAX;

	if (f->kind == CLAIM_DIRECT || !tok_among(e, f->c, "admit admits admitted admitting"))
		return false;
	for (size_t k = f->qb; k < f->b; k++) {
		if (tok_is(e, k, "that") || tok_punct(e, k, ':') || e->t[k].kind == TOK_QOPEN)
			return false;
		if (to == SIZE_MAX && k < f->qb + 12 && tok_among(e, k, "to into") && k + 1 < f->b)
			to = k;
	}
	return to != SIZE_MAX && !word_ends(e, to + 1, "ing") &&
	       ((e->t[to + 1].flags & TOKF_CAP) ||
		tok_among(e, to + 1, "the a an his her their its our"));
}

/* "a letter, which Castro read on state television", "the bill, which she signed in Miami":
 * content that opens with "which" before its source and cue, the cue then a preposition's phrase
 * to the content's end, is a relative clause whose gap is the cue's object: the noun before it
 * is what was read or signed, and the clause says where or when, not what anyone said. A verb
 * after the phrase ("which he said in May was a mistake") makes the clause after the cue its
 * content, and "as" names what the object is called ("which he describes as his home"). */
static bool relative_object_gap(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q = f->qb;

	if (f->kind == CLAIM_DIRECT || p >= e->nt || !tok_is(e, p, "which") || p + 1 != f->sa ||
	    f->sb != f->qa || q >= e->nt || e->t[q].start >= f->ce ||
	    !tok_among(e, q, "on in at during from over with"))
		return false;
	for (size_t k = q + 1; k < e->nt && k < q + 16 && e->t[k].start < f->ce; k++)
		if (e->t[k].kind != TOK_WORD ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_REL)) || tok_modal(e, k) ||
		    e->t[k].cue || tok_is(e, k, "that") ||
		    (word_ends(e, k, "ed") && !(e->t[k].flags & TOKF_CAP)))
			return false;
	return true;
}

/* "Ann Lee told no one that she was leaving", "told none of her friends that she had won":
 * the one told is nobody, so nothing was told; a row "Ann Lee told: she was leaving" says the
 * opposite of the article ("told reporters no one would lose" has its addressee right after the
 * cue and stays). */
static bool told_no_one(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 1;

	if (f->kind == CLAIM_DIRECT || k + 1 >= e->nt ||
	    !tok_among(e, f->c, "tell tells told telling inform informs informed informing"))
		return false;
	return tok_among(e, k, "nobody noone none") ||
	       (tok_is(e, k, "no") && tok_is(e, k + 1, "one"));
}

bool claims_other_reading(const struct engine *e, const struct frame *f)
{
	return contact_relative(e, f) || infinitive_gap(e, f) || preposition_gap(e, f) ||
	       described_noun(e, f) || title_heading(e, f) || adding_thing(e, f) ||
	       possessed_participle(e, f) || described_as_clause(e, f) || vocative(e, f) ||
	       noun_cue(e, f) || report_noun(e, f) || remarks_after_modifier(e, f) ||
	       told_thing(e, f) || found_itself(e, f) || heading_claim(e, f) ||
	       written_thing(e, f) || untold_thing(e, f) || nothing_said(e, f) ||
	       believe_me(e, f) || addressee_without_that(e, f) || admitted_into(e, f) ||
	       relative_object_gap(e, f) || told_no_one(e, f);
}
