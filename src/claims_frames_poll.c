/* claims_frames_poll: the frames of a poll named in a phrase ("In the poll, X", "X leads in the
 * polls"; claims_try_in). */
#include <string.h>
#include <strings.h>

#include "claims_int.h"

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
		bool verb = false, subord = false;

		if (!tok_is(e, i, "in") || (e->t[i].flags & (TOKF_INQ | TOKF_USED)))
			continue;
		/* the poll: a noun phrase, then what follows it up to the clause's end ("in public
		 * opinion polls in Florida, Illinois and North Carolina;") */
		for (k = i + 1; k < b && k < i + 10 && head == SIZE_MAX &&
				((e->t[k].kind == TOK_WORD &&
				  (!(e->t[k].word & ~(unsigned)(WORD_DET | WORD_TIME | WORD_DOC)) ||
				   tok_is(e, k, "most"))) ||
				 name_joint(e, k, b));
		     k++)
			if (tok_among(e, k, "poll polls survey surveys"))
				head = k;
		/* "in South Carolina atop the polls": a place named right after "in" that no poll
		 * word follows is no poll's name */
		if (head != SIZE_MAX && (e->t[i + 1].flags & TOKF_CAP) &&
		    !(e->t[i + 1].word & (WORD_DET | WORD_TIME)))
			for (size_t j = i + 2; j < head; j++)
				if (!(e->t[j].flags & TOKF_CAP) && e->t[j].kind == TOK_WORD &&
				    !(e->t[j].word & WORD_DOC)) {
					head = SIZE_MAX;
					break;
				}
		/* the poll's phrase ends at the clause's end; a cue verb in it ("respondents in the
		 * poll said", "voters surveyed in a poll released Monday support") is a clause
		 * of its own */
		while (head != SIZE_MAX && k < b && k < head + 12 && !tok_punct(e, k, ';') &&
		       !tok_punct(e, k, ':') && e->t[k].kind != TOK_QOPEN &&
		       !(e->t[k].word & (WORD_VERB | WORD_REL | WORD_SUBORD)) &&
		       !((e->t[k].cue & CUE_VERB) &&
			 !(e->t[k].cue & (CUE_PREPONLY | CUE_OUT | CUE_DOC | CUE_INFONLY)) &&
			 claims_cue_verb(e, k) && !counted(e, head, k)) &&
		       !(tok_punct(e, k, ',') && k + 1 < b && (e->t[k + 1].word & WORD_CONJ)))
			k++;
		/* "in January polls, although Rubio moved", "in polls despite Sanders' wins": a
		 * subordinate clause or phrase after the poll ends it, at the comma before it */
		if (head != SIZE_MAX && k < b && e->t[k].kind == TOK_WORD &&
		    (e->t[k].word & WORD_SUBORD) && !(e->t[k].word & (WORD_VERB | WORD_REL))) {
			size_t j = k;
			subord = true;
			while (j > head + 1 && !tok_punct(e, j - 1, ','))
				j--;
			if (j > head + 1)
				k = j - 1;
			else if (k > head + 1 && !(e->t[k - 1].flags & TOKF_CAP) &&
				 word_ends(e, k - 1, "ed"))
				k--; /* "in the polls conducted before Clinton won" */
		}
		if (head == SIZE_MAX || (k < b && !tok_punct(e, k, ';') && !tok_punct(e, k, ',') &&
					 e->t[k].kind == TOK_WORD && !subord))
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
			/* a verb: "leads", "trailed", and the irregular pasts of a standing ("he
			 * fell to 10 percent", "Clinton led Sanders") */
			if (t->word & WORD_VERB ||
			    (!(t->flags & TOKF_CAP) &&
			     (word_ends(e, s - 1, "s") || word_ends(e, s - 1, "ed") ||
			      tok_among(e, s - 1, "fell held led lost rose won"))))
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
		i = k; /* "Cruz came in second in January polls, although Rubio moved ... in a
			  survey from Florida Southern College": a clause and poll of its own */
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

/* ---- "46 percent would choose Clinton": a share of the people asked and its pick ---- */

/* True when token k is a number in words or digits ("46", "Forty-one", "four"). */
static bool number_word(const struct engine *e, size_t k)
{
	static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
					   "sixty",  "seventy", "eighty", "ninety"};
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD)
		return false;
	if ((t->flags & TOKF_DIGIT) ||
	    tok_among(e, k,
		      "one two three four five six seven eight nine ten eleven twelve fifteen "
		      "twenty thirty forty fifty sixty seventy eighty ninety"))
		return true;
	for (size_t i = 0; i < sizeof tens / sizeof *tens; i++) { /* "Forty-one" */
		size_t n = strlen(tens[i]);
		if (t->end - t->start > n + 1 && e->text[t->start + n] == '-' &&
		    strncasecmp(e->text + t->start, tens[i], n) == 0)
			return true;
	}
	return false;
}

/* True when the words [s, v) are a share of the people asked and who they are: a number and
 * "percent" or "%", "N in 10", "most", "half", "a majority", "a third", "a quarter", with a
 * qualifier before it ("only", "about", "more than") and "of" with the people after it ("19
 * percent of college students polled"), no verb of their own. */
bool claims_share_subject(const struct engine *e, size_t s, size_t v)
{
	size_t k = s;

	while (k < v && tok_among(e, k, "only just about nearly almost roughly some"))
		k++;
	if (k + 1 < v && tok_among(e, k, "more fewer less") && tok_is(e, k + 1, "than"))
		k += 2;
	if (k >= v)
		return false;
	if (number_word(e, k)) {
		k++;
		if (k + 1 < v && tok_punct(e, k, '-') && number_word(e, k + 1))
			k += 2; /* "Forty-one" */
		if (k < v && (tok_is(e, k, "percent") || tok_punct(e, k, '%')))
			k++;
		else if (k + 1 < v && tok_is(e, k, "in") && tok_among(e, k + 1, "10 ten")) {
			/* "about 6 in 10 white men": who they are may follow without "of" */
			for (k += 2; k < v && k + 5 > v && e->t[k].kind == TOK_WORD &&
				     !(e->t[k].word & ~(unsigned)WORD_TIME) && !e->t[k].cue;
			     k++)
				;
			if (k == v)
				return true;
		} else {
			return false;
		}
	} else if (tok_among(e, k, "most half")) {
		k++;
	} else if (k + 1 < v && tok_is(e, k, "a") &&
		   tok_among(e, k + 1, "majority third quarter")) {
		k += 2;
	} else {
		return false;
	}
	if (k == v)
		return true;
	if (!tok_is(e, k, "of") || k + 1 >= v || v > k + 9)
		return false;
	for (k++; k < v; k++)
		if (e->t[k].kind != TOK_WORD ||
		    (e->t[k].word & (WORD_VERB | WORD_REL | WORD_SUBORD)) || e->t[k].cue)
			return false; /* "of those who said", "of voters, who" */
	return true;
}

/* The verb of a pick at token v and the word after it that the pick takes ("vote for", "approve
 * of"): the first token of what was picked, or SIZE_MAX. */
static size_t pick_object(const struct engine *e, size_t v, size_t b)
{
	if (v + 1 >= b || e->t[v].kind != TOK_WORD ||
	    (e->t[v].flags & (TOKF_CAP | TOKF_INQ | TOKF_USED)))
		return SIZE_MAX;
	if (tok_among(
		    e, v,
		    "choose chose chooses prefer prefers preferred favor favors favored back backs "
		    "backed support supports supported want wants wanted"))
		return v + 1;
	/* the word after first: most words are followed by neither */
	if (tok_is(e, v + 1, "for") && tok_among(e, v, "vote votes voted"))
		return v + 2;
	if (tok_is(e, v + 1, "of") && tok_among(e, v, "approve approves approved"))
		return v + 2;
	return SIZE_MAX;
}

void claims_try_share_pick(struct engine *e, size_t a, size_t b)
{
	for (size_t v = a + 2; v + 1 < b; v++) {
		size_t p = pick_object(e, v, b), q, s, k;
		struct frame f;

		if (p == SIZE_MAX || p >= b || e->t[p].kind != TOK_WORD ||
		    (e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
		    tok_among(e, p, "it them him her this that"))
			continue; /* "48% support in Florida", "90 percent support for", "back to" */
		/* the subject: back to the sentence's start, a comma or a conjunction that joins
		 * another share ("46 percent would choose Clinton and 44 percent would back Trump") */
		q = v;
		while (q > a && tok_among(e, q - 1, "would still also now"))
			q--;
		for (s = q; s > a && s + 14 > q; s--)
			if (e->t[s - 1].kind != TOK_WORD ||
			    tok_among(e, s - 1, "and while but whereas") ||
			    (e->t[s - 1].flags & TOKF_INQ))
				break;
		if (s == q ||
		    (s > a && e->t[s - 1].kind == TOK_WORD &&
		     !tok_among(e, s - 1, "and while but whereas")) ||
		    !claims_share_subject(e, s, q))
			continue;
		/* what was picked: a noun phrase up to the clause's punctuation, the next share
		 * ("and 44 percent ...", "while 5 percent ...") or the office ("for president") */
		for (k = p; k < b && k < p + 12; k++)
			if ((e->t[k].kind != TOK_WORD &&
			     !(tok_punct(e, k, '.') && k + 1 < b && k > p &&
			       (e->t[k - 1].flags & TOKF_CAP) && (e->t[k + 1].flags & TOKF_CAP))) ||
			    tok_among(e, k, "and while but whereas versus") ||
			    (tok_is(e, k, "for") && k + 1 < b &&
			     tok_among(e, k + 1, "president governor senator mayor nominee")) ||
			    (k > p && (e->t[k].word & (WORD_VERB | WORD_REL | WORD_SUBORD))))
				break;
		if (k == p || k == p + 12 || (k < b && e->t[k].kind == TOK_QOPEN))
			continue;
		f = (struct frame){.a = a, .b = b, .c = v, .qa = q, .qb = p, .sa = s, .sb = q};
		f.cue = CUE_VERB | CUE_NP;
		f.kind = CLAIM_INDIRECT;
		f.cs = e->t[p].start;
		f.ce = claims_content_end(e, p, k);
		claims_emit(e, &f);
		v = k;
	}
}
