/* claims_resolve_checks: a source narrowed to its noun phrase (claims_source_trim), a source
 * that names no one (claims_source_none), and a frame that gives no claim whatever its content
 * (claims_frame_plausible). */
#include "claims_int.h"

/* True when token i is a pronoun that can be a clause's subject. */
static bool subject_pronoun(const struct engine *e, size_t i)
{
	return e->t[i].kind == TOK_WORD && (e->t[i].word & WORD_PRON) &&
	       tok_among(e, i, "he she it we they i");
}

/* True when token a is a preposition that cannot open a source ("with", "In", "into"). */
static bool opens_with_prep(const struct engine *e, size_t a)
{
	if (e->t[a].kind != TOK_WORD)
		return false;
	/* "about half of voters", "over 20 lawmakers": a number, not a place or a time */
	if (tok_among(e, a, "about around over under") && a + 1 < e->nt &&
	    (e->t[a + 1].flags & TOKF_DIGIT || tok_among(e, a + 1, "half a " CLAIMS_ONE_TO_TEN) ||
	     word_ends(e, a + 1, "thirds") || word_ends(e, a + 1, "quarters")))
		return false;
	return (e->t[a].word & WORD_PREP && !(e->t[a].cue & CUE_ACCORDING)) ||
	       tok_among(e, a, "into onto upon like among");
}

/* True when token k is a word that cannot end a noun phrase: a determiner, a preposition, a
 * conjunction or a possessive pronoun. */
static bool dangling(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && (e->t[k].word & (WORD_DET | WORD_PREP | WORD_CONJ) ||
					    tok_among(e, k, "his her their its my our your like"));
}

/* The source [a, b) without the day it ends in when it is a name, or a description ending in a
 * person's noun, and then a day (claims_day_word(): "President Bush today", "Bill Clinton
 * Thursday", "the Tern spokesman Monday"), with "on" before it or a part of the day after it
 * ("Ted Cruz on Wednesday", "Broaddrick Sunday night", "spokesman Sean Spicer on Thursday
 * evening", claims_time_ends()): when it spoke, no word of the source; its end, or b. Not a
 * day inside a phrase with other words ("going to the polls on Super Tuesday", "Obama spent
 * Thursday"), nor one of a name ("USA TODAY"). */
static size_t day_ends_source(const struct engine *e, size_t a, size_t b)
{
	size_t d = b, t;

	/* "Broaddrick Sunday night": a part of the day after the day */
	if (d > a + 2 && tok_among(e, d - 1, "morning afternoon evening night") &&
	    !(e->t[d - 1].flags & TOKF_CAP) && claims_day_word(e, d - 2))
		d--;
	if ((t = claims_time_ends(e, a, d)) == d)
		return b;
	d = t;
	/* "By Sunday afternoon", "who wrote to her on Thursday": a time, no source's day */
	if (e->t[d - 1].kind != TOK_WORD || (e->t[d - 1].word & (WORD_PREP | WORD_PRON)))
		return b;
	if (!(e->t[d - 1].flags & TOKF_CAP))
		return !(e->t[d - 1].word & (WORD_TIME | WORD_ADV)) &&
				       (e->t[d - 1].word & (WORD_ROLE | WORD_PERSON) ||
					claims_person_noun(e, d - 1))
			       ? d
			       : b;
	for (size_t k = a; k < d; k++)
		if (!((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
		       !(e->t[k].word & (WORD_TIME | WORD_PREP))) ||
		      (k == a && (e->t[k].word & WORD_DET)) || tok_punct(e, k, '.') ||
		      tok_punct(e, k, '-') ||
		      /* "RNC spokesman Sean Spicer on Thursday evening" */
		      (k > a && d < b && e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_ROLE))))
			return b;
	return d;
}

/* True when the word at k, before a capitalised word, is a number that ends its line (a list
 * item's number over its heading) or the end of a clock time ("39PM" of "8:39PM"). */
static bool list_number(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];
	const char *s = e->text + t->start;
	size_t n = t->end - t->start;

	if (t->kind != TOK_WORD || !(t->flags & TOKF_DIGIT) || e->t[k + 1].kind != TOK_WORD ||
	    !(e->t[k + 1].flags & TOKF_CAP) || (e->t[k + 1].flags & TOKF_DIGIT))
		return false;
	if (memchr(e->text + t->end, '\n', e->t[k + 1].start - t->end))
		return true;
	return n >= 3 && (s[n - 1] == 'M' || s[n - 1] == 'm') &&
	       (s[n - 2] == 'A' || s[n - 2] == 'P' || s[n - 2] == 'a' || s[n - 2] == 'p') &&
	       s[n - 3] >= '0' && s[n - 3] <= '9';
}

void claims_source_trim(const struct engine *e, struct frame *f)
{
	size_t sa = f->sa, sb = f->sb;

	/* "Parata and his family believe" read as the source "Parata and his" and the cue
	 * "family believe": the noun goes back to the source */
	if (sb > sa && f->qa == sb && f->qa < f->c && dangling(e, sb - 1) &&
	    e->t[f->qa].kind == TOK_WORD && !(e->t[f->qa].flags & TOKF_CAP) && !e->t[f->qa].cue &&
	    !(e->t[f->qa].word & (WORD_AUX | WORD_ADV | WORD_VERB)) &&
	    (!word_ends(e, f->qa, "ly") || tok_among(e, f->qa, "family ally assembly"))) {
		f->qa++;
		f->sb = ++sb;
		return;
	}
	/* "Parata and his", "the authors of the": the phrase before the words left hanging */
	while (sb > sa + 1 && (dangling(e, sb - 1) || tok_punct(e, sb - 1, '(') ||
			       tok_punct(e, sb - 1, ',') || tok_dash(e, sb - 1)))
		sb--;
	sb = day_ends_source(e, sa, sb);
	/* "Brafman concluded by making it clear that": the verb the participle's clause hangs on
	 * ends the subject, a name, before it */
	if (sb > sa + 1 && sb <= f->qa && e->t[sb - 1].kind == TOK_WORD &&
	    !(e->t[sb - 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	    ((e->t[sb - 1].word & WORD_VERB) ||
	     ((e->t[sb - 1].cue & CUE_VERB) && word_ends(e, sb - 1, "ed"))) &&
	    e->t[sb - 2].kind == TOK_WORD && (e->t[sb - 2].flags & TOKF_CAP))
		sb--;
	/* "the minimum $20 million experts say it costs": a sum the source opens with is the
	 * object of a relative clause left without its "that", whose subject is the lowercase noun
	 * phrase after the sum and its "million" (claims_source_clause() takes a sum for no one) */
	if (sb > sa + 1 && sa > 0 && claims_currency_before(e, sa - 1)) {
		size_t k = sa + 1;
		while (k < sb &&
		       (tok_among(e, k, "million billion trillion") || tok_punct(e, k, '.') ||
			tok_punct(e, k, ',') || (e->t[k].flags & TOKF_DIGIT)))
			k++;
		size_t j = k;
		while (j < sb && e->t[j].kind == TOK_WORD &&
		       !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) && !e->t[j].cue &&
		       !(e->t[j].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_TIME |
					 WORD_DET | WORD_PRON | WORD_REL | WORD_SUBORD)))
			j++;
		if (k > sa + 1 && j == sb && j > k)
			sa = k;
	}
	/* "Now research shows": an adverb of time before the noun phrase; "9:52PMBush Says": a
	 * live blog's time glued to its headline */
	if (sb > sa + 1 &&
	    (tok_among(e, sa, "now today still then also") ||
	     (e->t[sa].end == e->t[sa + 1].start &&
	      text_time_glued(e->text, e->t[sa].start, e->t[sa + 1].end) == e->t[sa].end)))
		sa++;
	/* "4\nGina Rodriguez Questioned": a list heading's number on the line before it; "8:39PM
	 * Donald Trump Calls Out": a live blog's time before its headline */
	if (sb > sa + 1 && list_number(e, sa))
		sa++;
	/* "At a rally for Ted Cruz yesterday, Beck", "on the Democratic side Pate": the name
	 * after a phrase that opens with a preposition */
	if (sb > sa + 1 && opens_with_prep(e, sa)) {
		size_t k = sb;
		while (k > sa + 1 && !tok_punct(e, k - 1, ','))
			k--;
		if (k > sa + 1 && k < sb) {
			sa = k;
		} else {
			for (k = sb; k > sa + 1 && e->t[k - 1].kind == TOK_WORD &&
				     (e->t[k - 1].flags & TOKF_CAP);
			     k--)
				;
			if (k < sb && k > sa + 1 && !(e->t[k - 1].word & WORD_DET))
				sa = k; /* "by The Associated Press": the name */
			else if (k < sb && k > sa + 1)
				sa = k - 1; /* "the Trump campaign" */
			else if (subject_pronoun(e, sb - 1))
				sa = sb - 1;
		}
	}
	f->sa = sa;
	f->sb = sb;
}

/* True when the words after the first from a to b name no one: none capitalised ("In a long
 * verbal attack", "At the heart of many of these"; not "In the next weeks the Clinton
 * campaign"), and no count ("At least half of voters"). */
static bool nameless_phrase(const struct engine *e, size_t a, size_t b)
{
	if (tok_is(e, a, "at") && tok_among(e, a + 1, "least most"))
		return false;
	for (size_t k = a + 1; k < b; k++)
		if (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT))
			return false;
	return true;
}

bool claims_source_none(const struct engine *e, size_t a, size_t b)
{
	return a < b && ((opens_with_prep(e, a) && (b <= a + 4 || nameless_phrase(e, a, b))) ||
			 claims_source_clause(e, a, b));
}

/* True when the content [cs, ce) is a name given to something: at most five words, the first
 * capitalised or "a" or "an" ("Energy Control", "a strange attractor"). */
static bool naming_content(const struct engine *e, size_t cs, size_t ce)
{
	size_t k = claims_tok_at(e, cs), n = 0;

	if (k >= e->nt || e->t[k].kind != TOK_WORD ||
	    !((e->t[k].flags & TOKF_CAP) || tok_among(e, k, "a an")))
		return false;
	for (; k < e->nt && e->t[k].start < ce; k++)
		if (e->t[k].kind == TOK_WORD && ++n > 5)
			return false;
	return true;
}

/* True when the bytes [cs, ce) are a short phrase that opens a sentence with a capitalised
 * preposition and holds no verb ("In a wide-ranging interview"); not a clause that such a
 * phrase opens ("In March the law expires": claims_clause_after_object). */
static bool intro_only(const struct engine *e, size_t cs, size_t ce)
{
	size_t lo = claims_tok_at(e, cs), n = 0;

	if (lo >= e->nt || !(e->t[lo].flags & TOKF_CAP) || !(e->t[lo].word & WORD_PREP) ||
	    (e->t[lo].cue & CUE_ACCORDING))
		return false;
	for (size_t k = lo; k < e->nt && e->t[k].start < ce; k++, n++)
		if (n >= 6 || e->t[k].word & (WORD_VERB | WORD_AUX) || e->t[k].cue ||
		    e->t[k].kind == TOK_QOPEN || (k > lo + 1 && claims_clause_after_object(e, k)))
			return false;
	return true;
}

/* True when the content at byte cs opens with a place in the text or in a document ("above",
 * "below", "in this chapter"), not with what was said. */
static bool where_next(const struct engine *e, size_t cs)
{
	size_t k = claims_tok_at(e, cs);

	return k < e->nt && e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k, "above below earlier here later elsewhere") ||
		(tok_among(e, k, "in on at") && k + 1 < e->nt &&
		 (e->t[k + 1].word & WORD_DET || e->t[k + 1].flags & TOKF_CAP)));
}

/* True when the sentence of token c is in title case: more capitalised words than words in
 * lowercase, not counting short function words ("Obama Says Gun Laws Are His Biggest
 * Frustration"). */
static bool title_case(const struct engine *e, size_t c)
{
	size_t s = c, caps = 0, lows = 0, sent = e->t[c].sent;

	while (s > 0 && e->t[s - 1].sent == sent && c - s < 200)
		s--;
	for (size_t k = s; k < e->nt && e->t[k].sent == sent && k < s + 400; k++) {
		if (e->t[k].kind != TOK_WORD || e->t[k].end - e->t[k].start <= 3)
			continue;
		if (e->t[k].flags & TOKF_CAP)
			caps++;
		else
			lows++;
	}
	return caps > lows;
}

/* True when the content [cs, ce) (byte offsets) is one reflexive pronoun and its punctuation:
 * "in defending itself" says nothing anyone could check ("denied it" still does); so is one
 * that a semicolon, or a comma and "and", "but" or "so", ends before another clause ("the day
 * repeats itself, and he becomes stuck"). */
static bool pronoun_only(const struct engine *e, size_t cs, size_t ce)
{
	size_t lo = claims_tok_at(e, cs), words = 0;
	bool pron = false;

	for (size_t k = lo; k < e->nt && e->t[k].start < ce; k++) {
		if (pron && words == 1 &&
		    (tok_punct(e, k, ';') ||
		     (tok_punct(e, k, ',') && tok_among(e, k + 1, "and but so") && k + 2 < e->nt &&
		      (e->t[k + 2].word & (WORD_PRON | WORD_DET)))))
			return true; /* not a list: "referring to herself, Mr. Bannon and ..." */
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++words > 1)
			return false;
		pron = tok_among(e, k,
				 "itself himself herself themselves myself ourselves "
				 "yourself");
	}
	return words == 1 && pron;
}

bool claims_frame_plausible(const struct engine *e, const struct frame *f)
{
	bool cap = false;

	if (claims_frame_junk(e, f))
		return false;
	/* "titles like Call of Duty", "A New Hope", "Set in a small town, Call Me Maybe is": a
	 * capitalised cue inside a sentence that is not in title case is a name's word (after a
	 * comma, when a capitalised word follows it) */
	if ((e->t[f->c].flags & TOKF_CAP) && e->t[f->c].kind == TOK_WORD && f->c > 0 &&
	    e->t[f->c - 1].sent == e->t[f->c].sent &&
	    (e->t[f->c - 1].kind == TOK_WORD ||
	     (tok_punct(e, f->c - 1, ',') && f->c + 1 < e->nt && e->t[f->c + 1].kind == TOK_WORD &&
	      (e->t[f->c + 1].flags & TOKF_CAP))) &&
	    !title_case(e, f->c))
		return false;
	/* "In a wide-ranging interview, President Obama also said:": an introduction is no
	 * content */
	if (f->kind != CLAIM_DIRECT && intro_only(e, f->cs, f->ce))
		return false;
	if (f->kind != CLAIM_DIRECT && pronoun_only(e, f->cs, f->ce))
		return false; /* "merciless in defending itself" */
	if (f->sa >= f->sb)
		return true;
	/* "the querying functionality discussed above", "the principles discussed in this
	 * chapter": a participle after a thing, then where it is, not what was said (but a tag
	 * after a quotation, or set between commas inside its content, says what: "“...,” the
	 * man declared in Mexico City", "In some ways, the brothers noted, ...") */
	if (f->qa == f->c && f->qb == f->c + 1 && word_ends(e, f->c, "ed") &&
	    !(f->cs < e->t[f->sa].start && (f->kind == CLAIM_DIRECT || tok_punct(e, f->qb, ','))) &&
	    !(e->t[f->c].cue & (CUE_PREP | CUE_TO | CUE_FOR)) && where_next(e, f->cs) &&
	    e->t[f->sb - 1].kind == TOK_WORD && !(e->t[f->sb - 1].flags & TOKF_CAP) &&
	    !(e->t[f->sb - 1].word & WORD_PRON))
		return false;
	/* "Part One: The Wars in Heaven", "Chapter 3: ...": a numbered part before a colon */
	if (tok_punct(e, f->c, ':') && f->kind != CLAIM_DIRECT)
		for (size_t k = f->sa; k < f->sb; k++)
			if (e->t[k].flags & TOKF_DIGIT || tok_among(e, k, CLAIMS_ONE_TO_TEN))
				return false;
	/* "a shape called a strange attractor", "The group, called Energy Control": a thing's
	 * name, not what someone called it; a person who names ("The mayor called Lee a fraud")
	 * speaks */
	for (size_t k = f->sa; k < f->sb; k++)
		cap = cap || (e->t[k].flags & TOKF_CAP && k > f->sa);
	if (tok_among(e, f->c, "called named dubbed") && f->qa == f->c && f->qb == f->c + 1 &&
	    f->sa < f->c && !cap && !(e->t[f->sa].word & WORD_PRON) &&
	    !(f->sb > f->sa && ((e->t[f->sb - 1].word & (WORD_PERSON | WORD_ROLE)) ||
				claims_person_noun(e, f->sb - 1))) &&
	    !(e->t[f->sa].flags & TOKF_CAP && f->sb == f->sa + 1) &&
	    naming_content(e, f->cs, f->ce))
		return false;
	return true;
}
