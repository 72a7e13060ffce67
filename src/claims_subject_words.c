/* claims_subject_words: the words a subject's scan reads: a capitalised "May" or "June" of a
 * name, a day that says when, the stops of a scan backwards from a cue, a participle with its
 * agent after a noun, the adverbs and auxiliaries before a cue. */
#include "claims_int.h"

bool claims_agent_participle(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) || i == 0 || i + 1 >= e->nt ||
	    !tok_is(e, i + 1, "by") ||
	    !(word_ends(e, i, "ed") || tok_among(e, i, "seen written given taken shown drawn")))
		return false;
	t = &e->t[i - 1];
	return t->kind == TOK_WORD && !(t->flags & TOKF_INQ) &&
	       !(t->word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_ADV | WORD_PREP | WORD_DET |
			    WORD_CONJ | WORD_SUBORD | WORD_REL)) &&
	       !word_ends(e, i - 1, "ly");
}

/* True when the words from k on, in the sentence of token k, are what a naming participle
 * before them sets off up to its closing comma: a name (a determiner, then capitalised words, a
 * number or one quotation: "called EB-5,", "called the Nixon Doctrine,", "called the “Feed,”"),
 * a single lowercase word ("called superdelegates,"), or a passive's phrase ("called to service
 * by the governor,", "called a liar by rivals,"); not an object and what it is called ("called
 * the sale a “significant step” in ...", "called Florida’s standards weak"). */
static bool naming_phrase(const struct engine *e, size_t k)
{
	size_t s = e->t[k].sent, j = k, words = 0;

	if (k >= e->nt)
		return false;
	if (e->t[k].word & WORD_PREP) /* "called to service", "known as" */
		return true;
	for (size_t i = k; i < e->nt && i < k + 12 && e->t[i].sent == s; i++) {
		if (tok_punct(e, i, ','))
			break;
		if (tok_is(e, i, "by") && i > k)
			return true; /* "called a liar by rivals" */
	}
	if (e->t[j].word & WORD_DET)
		j++;
	if (j < e->nt && e->t[j].kind == TOK_QOPEN) {
		size_t q = e->t[j].pair;
		if (q <= j + 1 || q > j + 6)
			return false;
		/* "called the “Feed,” anchored": the comma inside the quotation */
		if (tok_punct(e, q - 1, ','))
			return q + 1 < e->nt && e->t[q + 1].kind == TOK_WORD;
		j = q + 1;
	} else if (j < e->nt && j == k && e->t[j].kind == TOK_WORD &&
		   !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT)) && !e->t[j].word && !e->t[j].cue) {
		j++; /* "called superdelegates," */
	} else {
		for (; j < e->nt && j < k + 8 && e->t[j].sent == s; j++, words++) {
			if (e->t[j].kind != TOK_WORD)
				break;
			if (e->t[j].flags & (TOKF_CAP | TOKF_DIGIT))
				continue;
			/* "the Bank of America", "Friends of the Earth" */
			if (!words || !tok_among(e, j, "of and for the de") || j + 1 >= e->nt ||
			    !(e->t[j + 1].flags & TOKF_CAP))
				return false;
		}
		if (!words)
			return false;
	}
	return j >= e->nt || e->t[j].sent != s || tok_punct(e, j, ',') || tok_punct(e, j, '.');
}

bool claims_naming_word(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) || i < 2 || i + 1 >= e->nt ||
	    !tok_punct(e, i - 1, ',') ||
	    !tok_among(e, i, "called named dubbed nicknamed termed labeled labelled titled known"))
		return false;
	/* "known as X"; "called for", "called on", "called off": a verb and its particle; "called
	 * her “third-rate”": an object */
	return tok_is(e, i, "known")
		       ? tok_is(e, i + 1, "as")
		       : !tok_among(e, i + 1,
				    "for on off in up out back upon her him them it me "
				    "us you what which that this these those");
}

bool claims_naming_after_noun(const struct engine *e, size_t i)
{
	const struct tok *t;

	if (i < 1 || i + 2 >= e->nt || (e->t[i].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, i, "called named dubbed nicknamed") || !(e->t[i + 1].flags & TOKF_CAP) ||
	    (e->t[i + 1].word & (WORD_PRON | WORD_DET)))
		return false;
	t = &e->t[i - 1];
	return t->kind == TOK_WORD && !(t->flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) && !t->cue &&
	       !(t->word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP | WORD_DET | WORD_CONJ |
			    WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !word_ends(e, i - 1, "ly") && naming_phrase(e, i + 1);
}

bool claims_naming_participle(const struct engine *e, size_t i)
{
	const struct tok *t;

	if (!claims_naming_word(e, i))
		return false;
	t = &e->t[i - 2];
	return t->kind == TOK_WORD && !(t->flags & TOKF_INQ) &&
	       !(t->word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP | WORD_DET | WORD_CONJ |
			    WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !word_ends(e, i - 2, "ly") && naming_phrase(e, i + 1);
}

bool claims_day_word(const struct engine *e, size_t j)
{
	if (tok_among(e, j, "today tonight yesterday"))
		return !(e->t[j].flags & TOKF_CAP);
	return tok_among(e, j, "monday tuesday wednesday thursday friday saturday sunday") &&
	       !(j > 0 && tok_among(e, j - 1, "super black good ash cyber holy palm easter"));
}

size_t claims_time_ends(const struct engine *e, size_t a, size_t b)
{
	size_t d = b;

	if (d > a + 2 && tok_among(e, d - 1, "week month year") && tok_among(e, d - 2, "last this"))
		d -= 2;
	else if (d > a + 1 && !(e->t[d - 1].flags & TOKF_INQ) && claims_day_word(e, d - 1))
		d--;
	else
		return b;
	if (d > a + 1 && tok_among(e, d - 1, "on late early earlier later"))
		d--;
	return d;
}

bool claims_cap_name_word(const struct engine *e, size_t i, size_t j)
{
	const struct tok *t = &e->t[j];

	return j < e->nt && t->kind == TOK_WORD && t->sent == e->t[i].sent &&
	       (t->flags & TOKF_CAP) && !(t->flags & TOKF_DIGIT) && !t->cue &&
	       !(t->word & (WORD_TIME | WORD_PRON | WORD_DET | WORD_PREP | WORD_VERB | WORD_CONJ |
			    WORD_SUBORD | WORD_REL));
}

bool claims_people_noun(const struct engine *e, size_t i)
{
	return i < e->nt && tok_is(e, i, "opposition") &&
	       !(i + 1 < e->nt && tok_among(e, i + 1, "to against"));
}

bool claims_name_word(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (i + 1 >= e->nt || t->kind != TOK_WORD || !(t->flags & TOKF_CAP) ||
	    !tok_among(e, i, "may will june april august states"))
		return false;
	/* "Theresa May said", "said Prime Minister Theresa May.", "The United States had": after a
	 * name's word, not before a date's number ("said Ann Lee May 5") nor a word of a
	 * title-case headline ("Oil May Rise") */
	if (i > 0 && claims_cap_name_word(e, i, i - 1) && e->t[i + 1].sent == t->sent &&
	    !(e->t[i + 1].flags & (TOKF_DIGIT | TOKF_CAP)))
		return true;
	/* "June Carter said", "said Will Hurd": before a surname, not after a word that makes
	 * the month a time ("In May Lee said", "Last June Lee said") */
	return claims_cap_name_word(e, i, i + 1) &&
	       !(i > 0 && e->t[i - 1].sent == t->sent && e->t[i - 1].kind == TOK_WORD &&
		 (e->t[i - 1].word & (WORD_PREP | WORD_TIME) || (e->t[i - 1].flags & TOKF_DIGIT) ||
		  tok_among(e, i - 1, "since until through till")));
}

/* True when the word at j after a past that is also the present can only be what that verb does
 * or when: a number ("cut 200 jobs"), a particle ("cut back", "hit back", "shut down"), a time
 * word ("cut Wednesday") or a lowercase plural noun that a comma or a conjunction follows within
 * a few words, before any verb ("cut prices on Monday and said", "set records last year, and
 * said"); not a plural noun that runs on into a verb, which makes the past a noun's word ("The
 * tax cut opponents in Congress said"). */
static bool bare_past_object(const struct engine *e, size_t j)
{
	const struct tok *n = &e->t[j];

	if ((n->flags & TOKF_DIGIT) ||
	    (!(n->flags & TOKF_CAP) && tok_among(e, j, "back down off")) ||
	    ((n->word & WORD_TIME) && !(n->word & (WORD_PREP | WORD_DET))))
		return true;
	if ((n->flags & TOKF_CAP) || (n->word & ~WORD_DOC) || !word_plain_s(e, j))
		return false;
	for (size_t k = j + 1; k < e->nt && k < j + 8 && e->t[k].sent == n->sent; k++) {
		const struct tok *a = &e->t[k];
		if (a->flags & TOKF_INQ)
			return false;
		if (tok_punct(e, k, ',') || (a->kind == TOK_WORD && (a->word & WORD_CONJ)))
			return true;
		if (a->kind != TOK_WORD ||
		    (!(a->flags & TOKF_CAP) && (a->cue || (a->word & (WORD_VERB | WORD_AUX)))))
			return false;
	}
	return false;
}

/* True when the word at i is a past that is also the present ("cut", "set") after a noun or a
 * name and before a determiner or a possessive in its sentence ("Acme Corp. cut its forecast",
 * "The company set a date"): the verb, for no noun phrase runs on into a second one; not after a
 * determiner ("the cut"), an auxiliary ("will cut"), "to" or a conjunction. */
static bool bare_past_verb(const struct engine *e, size_t i)
{
	const struct tok *p, *n;

	if (i == 0 || i + 1 >= e->nt || !tok_in(e, i, TOKL_BAREPAST) ||
	    (e->t[i].flags & (TOKF_CAP | TOKF_INQ)))
		return false;
	p = &e->t[i - 1];
	n = &e->t[i + 1];
	if (n->kind != TOK_WORD || n->sent != e->t[i].sent || (n->flags & TOKF_INQ) ||
	    !(((n->word & WORD_DET) && !(n->word & WORD_PRON)) ||
	      tok_among(e, i + 1, "its his her their our") || bare_past_object(e, i + 1)))
		return false;
	if (tok_punct(e, i - 1, '.'))
		return true;
	return p->kind == TOK_WORD && p->sent == e->t[i].sent && !(p->flags & TOKF_INQ) &&
	       !(p->word & (WORD_DET | WORD_PREP | WORD_CONJ | WORD_AUX | WORD_VERB | WORD_ADV |
			    WORD_PRON | WORD_SUBORD | WORD_REL)) &&
	       !p->cue && !tok_among(e, i - 1, "to not never");
}

/* True when the two words before i are an article and a bare singular noun of the same sentence
 * ("The company disputes those figures", "The union opposes the deal"): a word in "-s" between
 * such a noun and a determiner is the noun phrase's verb, not more of the noun. */
static bool article_noun_before(const struct engine *e, size_t i)
{
	const struct tok *p = &e->t[i - 1];

	return i >= 2 && p->kind == TOK_WORD && p->sent == e->t[i].sent &&
	       !(p->flags & (TOKF_CAP | TOKF_INQ)) &&
	       !(p->word & ~(unsigned)(WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_DOC)) &&
	       !p->cue && !word_plural(e, i - 1) && !word_possessive(e, i - 1) &&
	       e->t[i - 2].sent == p->sent && tok_among(e, i - 2, "the a an this that") &&
	       tok_among(e, i + 1, "the a an this that these those its his her their our");
}

bool claims_time_phrase_at(const struct engine *e, size_t k)
{
	return k + 1 < e->nt && tok_among(e, k, "this last next that") &&
	       e->t[k + 1].kind == TOK_WORD && e->t[k + 1].sent == e->t[k].sent &&
	       !(e->t[k + 1].flags & TOKF_INQ) && !word_possessive(e, k + 1) &&
	       tok_among(e, k + 1,
			 "afternoon autumn evening fall month morning night quarter season "
			 "semester spring summer term week weekend winter year");
}

bool claims_verb_after_name(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (bare_past_verb(e, i))
		return true;
	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) || t->word || t->cue || i == 0 ||
	    i + 1 >= e->nt || !word_plural(e, i) || word_possessive(e, i))
		return false;
	/* "The analysts this month said": a time phrase after the noun is no object */
	if (claims_time_phrase_at(e, i + 1))
		return false;
	/* "Acme faces the", "Lee disputes those figures", "The union opposes the deal"; not
	 * "The analysts these", whose capital is the sentence's article */
	return ((((e->t[i + 1].word & WORD_DET) && !(e->t[i + 1].word & WORD_PRON)) ||
		 tok_among(e, i + 1, "these those")) &&
		(((e->t[i - 1].flags & TOKF_CAP) && !(e->t[i - 1].word & WORD_DET)) ||
		 tok_punct(e, i - 1, '.'))) ||
	       article_noun_before(e, i);
}

bool claims_newly_participle(const struct engine *e, size_t i)
{
	const struct tok *n;

	if (i < 2 || i + 1 >= e->nt || !tok_among(e, i - 1, "newly recently") ||
	    (e->t[i - 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    (e->t[i].flags & (TOKF_CAP | TOKF_INQ)) || !word_ends(e, i, "ed") ||
	    e->t[i - 1].sent != e->t[i].sent)
		return false;
	n = &e->t[i + 1];
	if (n->kind != TOK_WORD || n->sent != e->t[i].sent || (n->flags & (TOKF_CAP | TOKF_INQ)) ||
	    (n->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL |
			WORD_PRON | WORD_TIME | WORD_ADV)))
		return false;
	return tok_punct(e, i - 2, ',') ||
	       (e->t[i - 2].kind == TOK_WORD && e->t[i - 2].sent == e->t[i].sent &&
		!(e->t[i - 2].flags & TOKF_INQ) &&
		(((e->t[i - 2].word & WORD_DET) && !(e->t[i - 2].word & WORD_PRON)) ||
		 word_possessive(e, i - 2) || tok_among(e, i - 2, "her his its our their")));
}

/* True when token k opens the count of a group's share or introduces it: a preposition ("52
 * percent of", "nine in"), a number ("10", "two") or a determiner, nothing a finite verb
 * follows. */
static bool before_share_words(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && !(t->flags & (TOKF_CAP | TOKF_INQ)) &&
	       (claims_number_word(e, k) ||
		((t->word & (WORD_PREP | WORD_DET)) &&
		 !(t->word & (WORD_PRON | WORD_SUBORD | WORD_CONJ | WORD_VERB)) &&
		 !tok_among(e, k, "to as")));
}

/* "52 percent of registered voters say", "Nine in 10 Democratic registered voters say": a
 * participle after a preposition, a number or a determiner (one capitalised adjective may come
 * between) and before a plural noun for people who speak as a group is their adjective; no
 * finite verb follows "of" or "10". */
static bool ed_before_group(const struct engine *e, size_t i)
{
	const struct tok *p = &e->t[i - 1], *n = &e->t[i + 1];
	size_t b = i - 1;

	if (n->kind != TOK_WORD || n->sent != e->t[i].sent || (n->flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, i + 1, CLAIMS_GROUP_NOUNS " people") || p->sent != e->t[i].sent)
		return false;
	if (p->kind == TOK_WORD && (p->flags & TOKF_CAP) && !(p->flags & TOKF_INQ) &&
	    !(p->word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_CONJ | WORD_SUBORD)) && b > 0 &&
	    e->t[b - 1].sent == p->sent)
		b--; /* "Democratic" */
	return before_share_words(e, b);
}

/* "a well-placed source", "an unnamed official", "the so-called experts", "his unidentified
 * aide": a participle as an adjective between a determiner and a noun for a person or a source,
 * a word of the subject and no verb; so is "retired" before a rank or a name, and a participle
 * before a group's plural noun in a count (ed_before_group()). */
static bool ed_adjective(const struct engine *e, size_t i)
{
	const struct tok *p, *n;

	if (i == 0 || i + 1 >= e->nt)
		return false;
	p = &e->t[i - 1];
	n = &e->t[i + 1];
	if (claims_newly_participle(e, i) || ed_before_group(e, i))
		return true;
	/* "retired Air Force general Lloyd Newton", "retired Gen. Ann Lee": a rank's adjective */
	if (tok_among(e, i, "retired") && !(e->t[i].flags & TOKF_INQ) && n->kind == TOK_WORD &&
	    n->sent == e->t[i].sent && ((n->flags & TOKF_CAP) || (n->word & WORD_ROLE)))
		return true;
	return p->kind == TOK_WORD && p->sent == e->t[i].sent && !(p->flags & TOKF_INQ) &&
	       (((p->word & WORD_DET) && !(p->word & WORD_PRON)) || word_possessive(e, i - 1) ||
		tok_among(e, i - 1, "her his its one our their two")) &&
	       n->kind == TOK_WORD && n->sent == p->sent && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
	       (((n->word & (WORD_PERSON | WORD_ROLE)) && !(n->word & WORD_PRON)) ||
		claims_person_noun(e, i + 1) ||
		tok_among(e, i + 1,
			  "aide aides diplomat diplomats expert experts insider insiders people "
			  "person persons source sources"));
}

/* True when token i is "reports" or "report" in lower case after a word of a noun phrase and
 * before "have", "has" or "had" and a speech verb ("Newspaper reports have said"). */
static bool report_noun_before_aux(const struct engine *e, size_t i)
{
	return i > 0 && i + 2 < e->nt && tok_among(e, i, "report reports") &&
	       !(e->t[i].flags & TOKF_CAP) && e->t[i - 1].kind == TOK_WORD &&
	       e->t[i - 1].sent == e->t[i].sent &&
	       !(e->t[i - 1].word & (WORD_PRON | WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ)) &&
	       tok_among(e, i + 1, "had has have") && (e->t[i + 2].cue & CUE_VERB) &&
	       !(e->t[i + 2].flags & TOKF_CAP);
}

/* True when token i is a mark or a word of a nickname set inside a name (claims_nickname()). */
static bool in_nickname(const struct engine *e, size_t i)
{
	if (e->t[i].kind == TOK_QOPEN)
		return claims_after_nickname(e, i, e->nt) > i;
	for (size_t k = i; k < e->nt && k < i + 3; k++)
		if (e->t[k].kind == TOK_QCLOSE)
			return claims_nickname(e, k);
	return false;
}

/* True when the word at k, before "as", is a lowercase noun ("tenure"), no word of another
 * kind. */
static bool noun_before_as(const struct engine *e, size_t k)
{
	return !(e->t[k].word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP | WORD_DET |
				 WORD_CONJ | WORD_SUBORD | WORD_PRON)) &&
	       !word_ends(e, k, "ed") && !word_ends(e, k, "ly");
}

/* True when "as" at i names an office, a preposition and no clause: "her tenure as secretary of
 * state", "the two men who served as mayor of the town" (with verb true: after a verb too, "who"
 * somewhere before it). An office noun follows it, after "a", "an" or "the" and one lowercase
 * modifier at most ("as the chief adviser"), and no verb follows that ("as the mayor has said"
 * is a clause); the word before it is a lowercase noun ("tenure"), or with verb a verb
 * ("served", "works"). */
bool claims_as_role(const struct engine *e, size_t i, bool verb)
{
	size_t n = i + 1;

	if (!tok_is(e, i, "as") || i == 0 || i + 2 >= e->nt)
		return false;
	const struct tok *p = &e->t[i - 1];
	if (p->kind != TOK_WORD || (p->flags & (TOKF_CAP | TOKF_INQ)) || p->sent != e->t[i].sent)
		return false;
	if (!noun_before_as(e, i - 1) &&
	    !(verb &&
	      (p->word & WORD_VERB || word_ends(e, i - 1, "ed") || word_ends(e, i - 1, "es"))))
		return false;
	if (tok_among(e, n, "a an the"))
		n++;
	if (n + 2 < e->nt && !claims_office_word(e, n) && e->t[n].kind == TOK_WORD &&
	    !(e->t[n].flags & TOKF_CAP) && !e->t[n].word && !e->t[n].cue)
		n++; /* "as the chief adviser" */
	return n + 1 < e->nt && e->t[n].kind == TOK_WORD && !(e->t[n].flags & TOKF_CAP) &&
	       claims_office_word(e, n) && !(e->t[n + 1].word & (WORD_VERB | WORD_AUX)) &&
	       !e->t[n + 1].cue;
}

/* True when token k begins a count after a comparison ("than 900", "than six in 10", "than a
 * third", "than half"): a number, "a" or "half". */
static bool count_after(const struct engine *e, size_t k)
{
	return claims_number_word(e, k) || tok_among(e, k, "a half");
}

bool claims_stop_back(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ))
		return !in_nickname(e, i); /* Marcia "Cia" Price */
	/* "the teachers’ union hall": a typographic apostrophe glued to the plural before it is
	 * the possessive's, as a typewriter's "'" is */
	if (t->kind == TOK_PUNCT && t->end - t->start == 3 &&
	    text_curly_single(e->text + t->start, 3) == 0x2019 && i > 0 &&
	    e->t[i - 1].kind == TOK_WORD && e->t[i - 1].end == t->start && word_ends(e, i - 1, "s"))
		return false;
	if (t->kind == TOK_PUNCT)
		return !(tok_punct(e, i, ',') || tok_punct(e, i, '.') || tok_dash(e, i) ||
			 tok_punct(e, i, '(') || tok_punct(e, i, ')') || tok_punct(e, i, '&') ||
			 tok_punct(e, i, '\'') || tok_punct(e, i, '/') || tok_punct(e, i, '%'));
	/* "reports seen by Reuters", "a memo reviewed by CNN": the participle and the noun
	 * before it (a cue word too: "reports") */
	if (claims_agent_participle(e, i) || (i + 1 < e->nt && claims_agent_participle(e, i + 1)))
		return false;
	/* "Newspaper reports have said", "Media reports had claimed": a noun of a report before an
	 * auxiliary and a speech verb is the subject's last word, no verb of its own */
	if (report_noun_before_aux(e, i))
		return false;
	/* "A poll of more than 900 voters shows", "Less than a third agreed": "than" after "more",
	 * "fewer" or "less" and before a count (count_after()) counts the subject's people, no clause of its own */
	if (tok_is(e, i, "than") && i > 0 && i + 1 < e->nt &&
	    tok_among(e, i - 1, "fewer less more") && count_after(e, i + 1))
		return false;
	if (((t->word & WORD_SUBORD) && !claims_as_role(e, i, false)) ||
	    ((t->word & WORD_VERB) && !claims_name_word(e, i)) || claims_verb_after_name(e, i) ||
	    ((t->cue & (CUE_VERB | CUE_ACCORDING)) && claims_cue_verb(e, i)))
		return true;
	/* "those surveyed", "voters polled": a participle after the noun it belongs to */
	if (!(t->flags & TOKF_CAP) && word_ends(e, i, "ed"))
		return !(i > 0 && e->t[i - 1].kind == TOK_WORD &&
			 tok_among(e, i, "surveyed polled interviewed sampled briefed")) &&
		       !ed_adjective(e, i);
	return false;
}

/* True when token k may end a name in a headline: a capitalised word, no pronoun, relative,
 * article or preposition ("Rick Perry Just Announced"; not "A Justice Who Once Mocked", nor
 * "‘Time’ Just Announced Its", a quotation before the adverb). */
static bool name_end(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
	       !(e->t[k].word & (WORD_PRON | WORD_REL | WORD_DET | WORD_PREP));
}

/* True when token k is an adverb in "-ly" capitalised as a headline's words are ("Finally",
 * "Quietly", "Openly"), not a name that ends so ("Megyn Kelly", "Reilly", "Beverly", "McNally"):
 * six letters at least, no capital after the first, "-lly" only as "-ally" or "-ully". */
static bool headline_ly_adverb(const struct engine *e, size_t k)
{
	const char *w = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start;

	if (n < 6 || !word_ly_adverb(e, k) || word_ends(e, k, "rly"))
		return false;
	for (size_t i = 1; i < n; i++)
		if (w[i] >= 'A' && w[i] <= 'Z')
			return false;
	return !word_ends(e, k, "lly") || word_ends(e, k, "ally") || word_ends(e, k, "ully");
}

bool claims_headline_word(const struct engine *e, size_t k)
{
	size_t a = k, words = 0;

	if (k >= e->nt || e->t[k].kind != TOK_WORD || !(e->t[k].flags & TOKF_CAP))
		return false;
	while (a > 0 && k - a < 40 && e->t[a - 1].sent == e->t[k].sent)
		a--;
	if (a == k || (a > 0 && e->t[a - 1].sent == e->t[k].sent))
		return false;
	for (size_t i = a; i < e->nt && e->t[i].sent == e->t[k].sent; i++) {
		const struct tok *t = &e->t[i];
		if (i - a >= 40)
			return false;
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->end - t->start < 4 ||
		    (t->word & (WORD_PREP | WORD_CONJ | WORD_DET | WORD_SUBORD | WORD_REL)))
			continue;
		if (!(t->flags & TOKF_CAP))
			return false;
		words++;
	}
	return words >= 3;
}

size_t claims_skip_aux_back(const struct engine *e, size_t a, size_t c)
{
	/* "Rick Perry Just Announced", "CNN Now Says", "Trump Finally Endorses": in a headline in
	 * title case the adverb before its verb is capitalised too, and is no word of the name */
	bool headline = claims_headline_word(e, c);

	/* "Ortiz kept saying", "the mayor began telling": a verb of going on or starting before
	 * a cue in "-ing" is the cue's, no word of the subject */
	if (c > a + 1 && c < e->nt && word_ends(e, c, "ing") && e->t[c - 1].kind == TOK_WORD &&
	    !(e->t[c - 1].flags & TOKF_CAP) &&
	    tok_among(e, c - 1,
		      "keep keeps kept keeping began begin begins started start starts stopped "
		      "continue continues continued"))
		c--;
	for (;;) {
		/* "The relatives thus far have refused", "so far": an adverb of two words */
		if (c > a + 2 && tok_is(e, c - 1, "far") && tok_among(e, c - 2, "thus so") &&
		    !(e->t[c - 2].flags & TOKF_CAP)) {
			c -= 2;
			continue;
		}
		if (headline && c > a + 1 && e->t[c - 1].kind == TOK_WORD &&
		    (e->t[c - 1].flags & TOKF_CAP) &&
		    ((e->t[c - 1].word & WORD_ADV) || headline_ly_adverb(e, c - 1)) &&
		    name_end(e, c - 2)) {
			c--;
			continue;
		}
		if (!(c > a && e->t[c - 1].kind == TOK_WORD && !(e->t[c - 1].flags & TOKF_CAP) &&
		      ((e->t[c - 1].word & (WORD_AUX | WORD_ADV)) || word_ly_adverb(e, c - 1) ||
		       tok_is(e, c - 1, "will") || tok_is(e, c - 1, "would") ||
		       tok_is(e, c - 1, "did"))))
			return c;
		c--;
	}
}
