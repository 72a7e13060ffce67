/* claims_subject_after: the subject of a clause after a cue ("..., saying", "issued a statement
 * saying"), the source after an inverted cue ("..., said Jon Alterman, an analyst."), a dated
 * participle and a message that names who gave it. */
#include "claims_int.h"

/* True when the lowercase word at k is a past tense that does not end in "-ed" ("Thousands of
 * workers paid tribute", "Carly Fiorina threw her support behind Cruz, saying", "Mrs. Clinton
 * shook her head and said"): the subject's verb, which no list of cues or verbs holds. Not the
 * pasts of claims_past_word() (TOKL_PAST and its own list): this one ends a subject after any
 * word, so it leaves out the pasts a subject's noun phrase may hold ("the left wing", "a set
 * of", "the lost votes"), which irregular_past_after_person() takes after a person only. */
static bool past_verb(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "began bought brought came drew fell fled fought gave held knelt met paid "
			 "ran rode sat sent shook slept sold spent stood struck swung threw took "
			 "went wept won wrote");
}

/* True when the word at k is a verb in the past the lexicon may not know ("left", "became",
 * "set"), right after a name's capitalised word or a noun for a person: "The president left
 * no doubt", "Rodriguez became the victim" (not "the left wing", nor after a plural noun whose
 * clause may be a relative one). */
static bool irregular_past_after_person(const struct engine *e, size_t k)
{
	const struct tok *p = &e->t[k - 1];

	return claims_past_word(e, k) && p->kind == TOK_WORD && !(p->flags & TOKF_INQ) &&
	       (((p->flags & TOKF_CAP) && !(p->word & (WORD_DET | WORD_PRON))) ||
		(p->word & WORD_PERSON));
}

/* True when the lowercase word at k, right after a name's capitalised word, is an adverb in
 * "-ly" ("Mr. Manafort largely", "Trump quickly"), more than five letters, not a word of a
 * noun phrase that ends so ("the Trump family", "the Obama weekly"): no word of the subject. */
static bool ly_adverb(const struct engine *e, size_t k)
{
	return k > 0 && (e->t[k - 1].flags & TOKF_CAP) && e->t[k - 1].kind == TOK_WORD &&
	       e->t[k].end - e->t[k].start > 5 && word_ends(e, k, "ly") &&
	       !tok_among(e, k,
			  "assembly daily elderly family friendly monthly quarterly supply weekly "
			  "yearly");
}

/* True when "unidentified" or "unnamed" at k stands between an article and a lowercase noun
 * ("An unidentified user put up ..."): the adjective of an unnamed speaker (not any "-ed" word:
 * "The unreleased video ... called for", "The much-anticipated meeting ... urging" are no
 * speakers). */
static bool article_adjective(const struct engine *e, size_t k)
{
	const struct tok *n = &e->t[k + 1];

	return k > 0 && k + 1 < e->nt && tok_among(e, k, "unidentified unnamed") &&
	       tok_among(e, k - 1, "a an the") && n->kind == TOK_WORD && n->sent == e->t[k].sent &&
	       !n->cue && !(n->flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) &&
	       !word_ends(e, k + 1, "ed") && !word_ends(e, k + 1, "ly") && !past_verb(e, k + 1) &&
	       !(n->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_REL | WORD_SUBORD |
			    WORD_PRON | WORD_DET | WORD_ADV | WORD_TIME));
}

/* True when token k can be part of a subject that begins at a: a name's word, a full stop, an
 * apostrophe or a hyphen, but no verb, cue or (after the first word) preposition or pronoun. */
static bool subject_word(const struct engine *e, size_t a, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD)
		return tok_punct(e, k, '.') || tok_punct(e, k, '\'') || tok_punct(e, k, '-');
	if ((t->word & (WORD_VERB | WORD_SUBORD | WORD_REL | WORD_ADV) || t->cue) &&
	    !claims_name_word(e, k) && !claims_people_noun(e, k))
		return false;
	if (k > a && !(t->flags & TOKF_CAP) &&
	    ((word_ends(e, k, "ed") && !article_adjective(e, k)) ||
	     (t->word & WORD_PREP && !tok_is(e, k, "of")) || past_verb(e, k) ||
	     irregular_past_after_person(e, k) || ly_adverb(e, k) || claims_verb_after_name(e, k) ||
	     /* "the party led a series of referenda", not "the group led by" */
	     (tok_is(e, k, "led") && k + 1 < e->nt && !tok_is(e, k + 1, "by"))))
		return false;
	return !(k > a && t->word & WORD_PRON);
}

/* True when the pronoun at k is a possessive before a word of the noun it goes with, before b
 * ("His former wife agreed", "Their lawyer"): the noun's determiner, not the whole subject. */
static bool possessive_before_noun(const struct engine *e, size_t k, size_t b)
{
	return k + 1 < b && tok_among(e, k, "his her their its our my your") &&
	       e->t[k + 1].kind == TOK_WORD && e->t[k + 1].sent == e->t[k].sent &&
	       !(e->t[k + 1].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_DET |
				     WORD_SUBORD | WORD_REL | WORD_PRON | WORD_ADV)) &&
	       !e->t[k + 1].cue;
}

/* The end of a list of names that a comma at k after a name opens, in a subject with "of"
 * after a ("The envoys of Latvia, Chile and the Dominican Republic issued"): the token after the
 * list's last name (the one after "and"), before b; k when no such list follows. */
static size_t name_list_after(const struct engine *e, size_t a, size_t k, size_t b)
{
	size_t j = k, of = a;
	bool last = false;

	while (of < k && !tok_is(e, of, "of"))
		of++;
	if (of >= k || !(e->t[k - 1].flags & TOKF_CAP))
		return k;
	while (j < b && j < k + 16) {
		if (tok_punct(e, j, ','))
			j++;
		if (j < b && tok_is(e, j, "and")) {
			last = true;
			j++;
		}
		if (j < b && tok_is(e, j, "the"))
			j++;
		if (!(j < b && claims_cap_name_word(e, k, j)))
			return k;
		while (j < b && claims_cap_name_word(e, k, j))
			j++;
		if (last)
			return j;
		if (j >= b || !(tok_punct(e, j, ',') || tok_is(e, j, "and")))
			return k;
	}
	return k;
}

/* True when token j may open a person or people joined to a name before it: a capitalised
 * word of a name, a possessive ("his wife"), a number ("two key figures") or, after "and"
 * (after_and), "the" ("and the generals"); not "a" or "an", which open a description of the
 * name ("Jo Lee, a lawyer and activist"). */
static bool member_opens(const struct engine *e, size_t j, bool after_and)
{
	const struct tok *t = &e->t[j];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->cue)
		return false;
	if (tok_among(e, j, "his her their our"))
		return true;
	if ((t->flags & TOKF_DIGIT) || tok_among(e, j, "two three four five six several other"))
		return true;
	if (after_and && tok_is(e, j, "the"))
		return true;
	/* a name, not a title or an office ("and CEO", "and Budget director") */
	return claims_cap_name_word(e, j, j) && !(t->word & (WORD_ADV | WORD_ROLE)) &&
	       !claims_office_noun(e, j) &&
	       !claims_lex_title(e->text + t->start, t->end - t->start);
}

/* True when token j can go on a member of a group after its first word at i: a noun's word, a
 * preposition or a possessive ("two key figures from her G40 political faction"), a full stop
 * or a hyphen; no verb, cue, conjunction, relative or other pronoun, nor a lowercase "-ed".
 * After a name, only the name's words ("Grace", "Mrs. Rao"; not "Clinton stood"). */
static bool member_word(const struct engine *e, size_t i, size_t j)
{
	const struct tok *t = &e->t[j];

	if (t->kind != TOK_WORD)
		return tok_punct(e, j, '.') || tok_punct(e, j, '-') || tok_punct(e, j, '\'');
	if ((e->t[i].flags & TOKF_CAP) && !claims_cap_name_word(e, i, j))
		return false;
	if ((t->flags & TOKF_INQ) || t->cue ||
	    (t->word & (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV)))
		return false;
	if ((t->word & WORD_PRON) && !tok_among(e, j, "his her their its our"))
		return false;
	return (t->flags & TOKF_CAP) || !word_ends(e, j, "ed");
}

size_t claims_group_end(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k;

	for (size_t n = 0; n < 4 && j < lim; n++) {
		bool last = false, comma = tok_punct(e, j, ',');
		size_t m;
		if (comma)
			j++;
		if (j < lim && tok_is(e, j, "and") && !(e->t[j].flags & TOKF_INQ)) {
			last = true;
			j++;
		} else if (!comma) {
			return k;
		}
		if (j >= lim || !member_opens(e, j, last))
			return k;
		for (m = j + 1; m < lim && m < j + 8 && member_word(e, j, m); m++)
			;
		if (last)
			return m;
		j = m;
	}
	return k;
}

/* "Mr. Mugabe, his wife Grace and two key figures ... are insisting", "Mugabe and his wife
 * are": where the subject [a, k), a name, goes on as a group of people joined to it, up to
 * the clause's verb (a plural one: after "is", "was", "has" or "says" the words were a
 * description of the name); k when it does not. */
static size_t group_subject(const struct engine *e, size_t a, size_t k, size_t lim)
{
	size_t g;
	bool name = false;

	for (size_t i = a; i < k; i++)
		name = name ||
		       ((e->t[i].flags & TOKF_CAP) && !(e->t[i].word & (WORD_PRON | WORD_DET))) ||
		       (e->t[i].word & (WORD_PERSON | WORD_ROLE));
	if (!name || k >= lim || (g = claims_group_end(e, k, lim)) == k || g >= lim ||
	    e->t[g].kind != TOK_WORD || (e->t[g].flags & TOKF_CAP) ||
	    !((e->t[g].word & (WORD_VERB | WORD_AUX)) || (e->t[g].cue & CUE_VERB)) ||
	    tok_among(e, g, "is was has says"))
		return k;
	return g;
}

bool claims_subject_fwd(const struct engine *e, size_t a, size_t b, size_t *sa, size_t *sb)
{
	size_t k, lim = a + 30 < b ? a + 30 : b;

	a = claims_trim_intro(e, a, lim);
	/* "Then he cut into Bush, calling him ...", "And then Trump went on the attack, saying":
	 * an adverb before the subject is none of it */
	while (a + 1 < lim && (e->t[a].word & WORD_ADV) && !(e->t[a].word & WORD_PRON) &&
	       e->t[a + 1].kind == TOK_WORD && !e->t[a].cue)
		a++;
	k = a;
	while (k < lim && k - a < 12) {
		size_t past = claims_bracket_within(e, k, lim);
		bool pron = (e->t[k].word & WORD_PRON) && !possessive_before_noun(e, k, lim);
		if (past != k) {
			k = past; /* "Over half (55%) of voters" */
			continue;
		}
		if (tok_punct(e, k, ',') && k > a && (past = name_list_after(e, a, k, lim)) != k) {
			k = past; /* "The envoys of Latvia, Chile and the Dominican Republic" */
			continue;
		}
		if (!subject_word(e, a, k))
			break;
		k++;
		if (pron)
			break; /* a pronoun is the whole subject */
	}
	if (k == a || k - a >= 12)
		return false;
	/* "Mugabe and" before "his wife": the name, then the group */
	if (k > a + 1 && tok_is(e, k - 1, "and")) {
		size_t g = group_subject(e, a, k - 1, lim);
		k = g == k - 1 ? k : g;
	} else {
		k = group_subject(e, a, k, lim);
	}
	*sa = a;
	*sb = k;
	return true;
}

/* True when token k is a word of a time ("Tuesday", "June"; "May" before a day's number or after
 * "in" or "on": "May", the modal, is in no list of times), not of a name ("June Carter"). */
static bool time_not_name(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->word & WORD_DET) || claims_name_word(e, k))
		return false;
	/* "reports USA Today", "told NBC's Today": a capitalised "Today" after a name's word is
	 * the name's (claims_day_word() reads it so too) */
	if ((t->flags & TOKF_CAP) && tok_among(e, k, "today tonight") && k > 0 &&
	    e->t[k - 1].kind == TOK_WORD && (e->t[k - 1].flags & TOKF_CAP) &&
	    e->t[k - 1].sent == t->sent)
		return false;
	if (t->word & WORD_TIME)
		return true;
	return claims_month_may(e, k);
}

bool claims_month_may(const struct engine *e, size_t k)
{
	return (e->t[k].flags & TOKF_CAP) && tok_is(e, k, "may") && k > 0 &&
	       ((k + 1 < e->nt && (e->t[k + 1].flags & TOKF_DIGIT)) ||
		tok_among(e, k - 1, "in on since until by last next early late mid this"));
}

/* True when the word at i, ending in "-ed", is the verb of a relative clause with no "that"
 * whose own subject stands between it and the noun it describes ("figures the company published
 * in November", "a report its staff released on Friday"): a determiner right after a word that
 * opens no phrase of its own. */
static bool relative_clause_verb(const struct engine *e, size_t a, size_t i)
{
	for (size_t d = i - 1; d > a && d + 4 > i; d--) {
		const struct tok *h = &e->t[d - 1];
		if (!(e->t[d].word & WORD_DET) && !tok_among(e, d, "its his her their our"))
			continue;
		return h->kind == TOK_WORD && !(h->flags & TOKF_CAP) &&
		       !(h->word & (WORD_PREP | WORD_DET | WORD_CONJ | WORD_VERB | WORD_AUX |
				    WORD_SUBORD | WORD_REL | WORD_PRON | WORD_TIME));
	}
	return false;
}

size_t claims_dated_participle(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a + 1; i + 1 < b; i++) {
		const struct tok *p = &e->t[i - 1], *t = &e->t[i];
		size_t j = i + 1;
		if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) ||
		    !word_ends(e, i, "ed"))
			continue;
		/* "released on Friday", "issued last week" */
		if (j + 1 < b && tok_among(e, j, "on in last this earlier"))
			j++;
		if (p->kind == TOK_WORD && !(p->flags & TOKF_CAP) &&
		    !(p->word & (WORD_TIME | WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP |
				 WORD_DET | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_PRON)) &&
		    !word_ends(e, i - 1, "ly") && !word_ends(e, i - 1, "ed") &&
		    !word_ends(e, i - 1, "ing") && time_not_name(e, j))
			return relative_clause_verb(e, a, i) ? b : i;
	}
	return b;
}

/* True when token k ends the source after an inverted cue: a quotation mark, a clause's
 * punctuation, a comma before a participle, preposition or quotation, or a time phrase; a
 * place or an occasion ("in a statement", "at the rally") too, but once the source is described
 * (an apposition or a relative clause) a place belongs to the description ("said Jo Lee, a
 * fellow at the institute", "said Jo Lee, who worked in the mayor's office"). */
static bool source_ends(const struct engine *e, size_t k, size_t b, bool described)
{
	const struct tok *t = &e->t[k];

	if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k, ';') ||
	    tok_punct(e, k, ':') || tok_punct(e, k, '?') || tok_punct(e, k, '!'))
		return true;
	if (tok_punct(e, k, ',') && k + 1 < b &&
	    (word_ends(e, k + 1, "ing") || e->t[k + 1].word & (WORD_PREP | WORD_SUBORD) ||
	     time_not_name(e, k + 1) || e->t[k + 1].kind == TOK_QOPEN))
		return true;
	/* "said Bill Clinton late Monday": "late" or "early" before a time word opens the time */
	if (time_not_name(e, k) ||
	    (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && tok_among(e, k, "late early") &&
	     k + 1 < b && time_not_name(e, k + 1)))
		return true;
	/* "said Dan Golvach when asked about ...", "said Sanders as he closed out", "said Haoyu as
	 * Alden stared down": a clause about the occasion, not the source (a relative clause may hold one; "known as Bob" and
	 * "cast Clinton as a creature" are no clause) */
	if (!described && t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && k + 1 < b &&
	    (tok_among(e, k, "when while because although though until once") ||
	     (tok_is(e, k, "as") &&
	      (e->t[k + 1].word & WORD_PRON ||
	       (k > 0 && e->t[k - 1].flags & TOKF_CAP && e->t[k + 1].flags & TOKF_CAP)))))
		return true;
	if (t->kind != TOK_WORD || !tok_among(e, k, "on in during at") || k + 1 >= b)
		return false;
	/* "one Republican involved in the planning": the participle's own preposition (not "who
	 * was among those polled in a follow-up interview", an occasion) */
	if (!described && e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_CAP) &&
	    !e->t[k - 1].word && !e->t[k - 1].cue && word_ends(e, k - 1, "ed") &&
	    !claims_occasion_after(e, k, b))
		return false;
	if (time_not_name(e, k + 1))
		return true;
	return (e->t[k + 1].word & WORD_DET || tok_is(e, k + 1, "an")) &&
	       (!described || claims_occasion_after(e, k, b));
}

/* True when a "(" lies in [a, b): a ")" after it closes it ("said Mitch McConnell (R-Ky.)"),
 * while one without closes a bracket the source was set in ("(“...,” said one activist.)"). */
static bool bracket_opens(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (tok_punct(e, i, '('))
			return true;
	return false;
}

size_t claims_source_after(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;
	bool described = false;

	/* "said I, gently calling to him", "said he, sadly": a pronoun takes no apposition; what
	 * follows its comma tells how it was said */
	if (k + 1 < b && tok_punct(e, k + 1, ',') && !(e->t[k].flags & TOKF_INQ) &&
	    (tok_among(e, k, "i he she we they") ||
	     (tok_is(e, k, "one") && tok_among(e, c, "read reads"))))
		return k + 1; /* "reads one, against a photo of carrots": one of the signs */
	while (k < b) {
		if (claims_after_nickname(e, k, b) > k) {
			k = e->t[k].pair + 1; /* "said Marcia "Cia" Price": the name's nickname */
			continue;
		}
		if (source_ends(e, k, b, described))
			break;
		described = described || tok_punct(e, k, ',') || tok_among(e, k, "who whose");
		k++;
	}
	while (k > c + 1 &&
	       (tok_punct(e, k - 1, '.') || tok_punct(e, k - 1, ',') ||
		(tok_punct(e, k - 1, ')') && !bracket_opens(e, c + 1, k - 1))) &&
	       claims_stop_abbrev(e, c + 1, k - 1) != TEXT_ABBREV_NAME)
		k--;
	return k;
}

bool claims_message_source(const struct engine *e, size_t k, size_t b)
{
	/* a determiner, at most one word before the noun ("a joint statement") */
	if (k + 2 >= b || !(e->t[k].word & WORD_DET) || (e->t[k].word & WORD_PRON))
		return false;
	k++;
	if (k + 2 < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) && !e->t[k].word &&
	    !e->t[k].cue && tok_among(e, k + 1, claims_message_nouns))
		k++;
	if (!tok_among(e, k, claims_message_nouns) || k + 1 >= b)
		return false;
	k++;
	/* "that was read", "which was released": a relative clause in the passive */
	if (k + 2 < b && tok_among(e, k, "that which") && tok_be(e, k + 1))
		k += 2;
	return k < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
	       (word_ends(e, k, "ed") ||
		tok_among(e, k, "read sent written signed issued released posted put given"));
}
