/* claims_content_relative: the clauses set inside a claim's content that do not end it: a
 * relative clause or a concession between commas, a subject that still waits for its verb, a
 * second noun joined to that subject (claims_clause_limit asks these). */
#include "claims_int.h"

/* True when the word at i may be the verb of a clause, or begins its verb phrase: a finite verb,
 * an auxiliary, a modal, a participle, a cue verb or "to". */
bool claims_verb_like(const struct engine *e, size_t i)
{
	return (e->t[i].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, i) || tok_is(e, i, "to") ||
	       word_ends(e, i, "ed") || word_ends(e, i, "ing") ||
	       ((e->t[i].cue & CUE_VERB) && claims_cue_verb(e, i));
}

/* True when the clause the content from p is in at k has a subject but no verb yet ("that they
 * feared the day when the farmers", "said the river"; with `titles`, "suggested that Mr.
 * Trump" too): back from k to the content's start, "that" or a subordinator, at least one word
 * (with `titles`, a title's stop among them) and no finite verb, auxiliary, modal, participle,
 * cue verb or "to". Only words the lexicon knows count as verbs, so a clause may read as verbless
 * with one it does not know ("the mill owns the land"); verb_may_follow() asks the rest. */
static bool verb_pending(const struct engine *e, size_t p, size_t k, bool titles)
{
	for (size_t i = k; i-- > p;) {
		if (titles && i > p && tok_punct(e, i, '.') && claims_title_before(e, i))
			continue; /* "Mrs. Clinton, who has outraised ..., still faces" */
		if (e->t[i].kind != TOK_WORD)
			return false;
		if (tok_is(e, i, "that") || (e->t[i].word & WORD_SUBORD) || i == p)
			return i + 1 < k ||
			       (i == p && !tok_is(e, i, "that") && !(e->t[i].word & WORD_SUBORD));
		if (claims_verb_like(e, i))
			return false;
	}
	return false;
}

/* True when a clause that one of the words `openers` opened in the content from p has a subject
 * of at most six words (a title's stop among them: "whether Mr. Lee") before k and no verb yet:
 * the words after k are still inside that clause. */
static bool subject_open(const struct engine *e, size_t p, size_t k, const char *openers)
{
	for (size_t i = k; i-- > p && i + 8 > k;) {
		if (i > p && tok_punct(e, i, '.') && claims_title_before(e, i))
			continue;
		if (e->t[i].kind != TOK_WORD || claims_verb_like(e, i))
			return false;
		/* "because of Mr. Trump's remarks, which ...": a preposition, no clause */
		if (tok_among(e, i, openers))
			return i + 1 < k && !(tok_is(e, i, "because") && tok_is(e, i + 1, "of"));
		if (e->t[i].word & WORD_SUBORD)
			return false;
	}
	return false;
}

/* True when a relative clause after the comma at k is set inside a clause of the content from p
 * that "that", "whether", "if" or "because" opened, whose subject still waits for its verb
 * ("suggested that the mayor, whose rivals ..., is weak", "asked whether the council, which
 * meets on Friday, would vote"): the content cannot end at k. */
bool claims_subject_waits(const struct engine *e, size_t p, size_t k)
{
	return tok_among(e, k + 1, "which who whose where") &&
	       subject_open(e, p, k, "that whether if because");
}

/* True when "and" at k joins a second noun to the subject of a clause opened in the content from
 * p that has no verb yet ("because the council and the mayor agreed to ...", "even if the
 * party and its donors see him as ..."): the cue after it is that subject's verb, not a second
 * report. */
bool claims_subject_joins(const struct engine *e, size_t p, size_t k)
{
	return tok_is(e, k, "and") &&
	       subject_open(e, p, k, "that whether if because when what although though as");
}

/* True when "and" at k joins a second verb to a relative clause in the content from p, not a
 * second act of the speaker's ("cited a town that borders the river and has had ties with the
 * port", "pushing an idea that rewards young players and demands effort"): "that", "which" or
 * "who" after a word of the content, at most twelve words before k, its verb right after it (or
 * after one adverb) in the present after "he", the word after "and" (or after one adverb) in
 * that form too, and no comma, quotation mark or dash between; the relative word's verb in the
 * past ("a bill that passed and added ...") is left to the speaker. */
bool claims_relative_and(const struct engine *e, size_t p, size_t k)
{
	size_t v = k + 1;

	if (!tok_is(e, k, "and") || (e->t[k].flags & TOKF_INQ) || v + 1 >= e->nt)
		return false;
	if ((e->t[v].word & WORD_ADV) && !(e->t[v].flags & TOKF_CAP))
		v++;
	if ((e->t[v].flags & (TOKF_CAP | TOKF_INQ)) || !claims_present_s(e, v))
		return false;
	for (size_t i = k; i-- > p + 1 && i + 14 > k;) {
		size_t w = i + 1;
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_INQ))
			return false;
		if (!tok_among(e, i, "that which who") || e->t[i - 1].kind != TOK_WORD)
			continue;
		if ((e->t[w].word & WORD_ADV) && w + 1 < k)
			w++;
		return w < k && !(e->t[w].flags & TOKF_CAP) && claims_present_s(e, w);
	}
	return false;
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
 * while troublesome, was dealt with") or, after "which" or "who", "of" and a participle
 * ("accused the audience, which the party picks, of packing the hall"; PolNeAR train and dev
 * 2 to 0), or anything when the content so far is "that" alone
 * ("argue that, while the tax may ..., workers won't"); not a tag's cue ("..., who was there,
 * said"). */
size_t claims_inner_relative(const struct engine *e, size_t p, size_t k, size_t lim)
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
		if (e->t[j].kind == TOK_WORD || (tok_punct(e, j, '.') && claims_title_before(e, j)))
			continue; /* "who voted for Mr. Obama," */
		if (!tok_punct(e, j, ',') || n->kind != TOK_WORD || (n->flags & TOKF_INQ))
			return SIZE_MAX;
		if (k == p + 1 && tok_is(e, p, "that"))
			return j;
		/* "said the voters, who were angry, wanted change": the subject before the
		 * relative clause still wants its verb, a cue's past or present; not after a
		 * title ("when Mr. Buchanan, who had lost, called for ...": Buchanan's own claim) */
		if (tok_among(e, w, "who which") && !(n->flags & TOKF_CAP) && (n->cue & CUE_VERB) &&
		    !(n->cue & CUE_ING) &&
		    (word_ends(e, j + 1, "ed") || tok_is(e, j + 1, "said")) &&
		    verb_pending(e, p, k, false))
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
		/* "accused the audience, which the party picks, of packing the hall": "of" and a
		 * participle go on with the verb before the relative clause */
		if (tok_among(e, w, "who which") && tok_is(e, j + 1, "of") && j + 2 < lim &&
		    e->t[j + 2].kind == TOK_WORD && word_ends(e, j + 2, "ing") &&
		    !(e->t[j + 2].flags & (TOKF_CAP | TOKF_INQ)))
			return j;
		if (tok_among(e, w, "whose where"))
			return verb_pending(e, p, k, true) && verb_may_follow(e, j + 1, lim)
				       ? j
				       : SIZE_MAX;
		if ((n->word & WORD_VERB) || word_ends(e, j + 1, "ed"))
			return j;
		/* "when the farmers, who had been silenced, won the right": the clause before the
		 * relative one still wants its verb, which the lexicon may not know */
		return tok_among(e, w, "who which") && verb_pending(e, p, k, true) &&
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
bool claims_relative_closes(const struct engine *e, size_t p, size_t k, size_t lim)
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

/* Verbs in the past that end in no "ed" beyond TOKL_PAST (claims_lex.c), which leaves out those
 * that are also presents or nouns ("set", "hit"): with it, the past forms of claims_past_word(),
 * such as the main verb a subject goes on with after its relative clause ("The farmers who
 * complained about the prices paid a fine"). */
static const char irregular_past[] =
	"bought caught chose drew drove felt fought grew hit paid sat set spent taught threw wore";

bool claims_past_word(const struct engine *e, size_t k)
{
	return word_ends(e, k, "ed") || tok_in(e, k, TOKL_PAST) || tok_among(e, k, irregular_past);
}

/* True when token k may be the main verb after the content of a relative clause on the subject:
 * a finite verb, or a verb in the past the lexicon may not know ("lost", "approved") or one that
 * is also a present ("split", "cut") with its object right after it ("the case", "their homes",
 * "an answer"), an adverb in -ly ("split evenly") or a time ("met on Friday", "resigned last
 * week"), a past with one word and a stop ("left town.") or one in "-ed" with a name after it
 * ("supported Sanders"); not a word of the verb phrase before it ("had made", "to win", "not
 * won") nor a noun after a determiner. */
static bool main_verb_at(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k], *b = &e->t[k - 1];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) || b->kind != TOK_WORD ||
	    (b->word & (WORD_VERB | WORD_AUX | WORD_DET | WORD_PREP | WORD_PRON)) ||
	    tok_modal(e, k - 1) || tok_among(e, k - 1, "not never to") ||
	    claims_det_or_possessive(e, k - 1))
		return false;
	if ((t->word & WORD_VERB) || tok_modal(e, k))
		return !tok_among(e, k, "be been being having");
	if (!claims_past_word(e, k) && !tok_in(e, k, TOKL_BAREPAST))
		return false;
	/* "Those who said they would vote split evenly": an adverb in -ly after it; "Officials who
	 * said the plant was unsafe met on Friday": a time of its own after it */
	if (k + 2 < e->nt && !(e->t[k + 1].flags & TOKF_INQ) &&
	    ((tok_in(e, k, TOKL_PAST) && e->t[k + 1].kind == TOK_WORD &&
	      !(e->t[k + 1].flags & TOKF_CAP) && e->t[k + 2].kind == TOK_PUNCT &&
	      strchr(".,;", e->text[e->t[k + 2].start])) ||
	     (word_ends(e, k, "ed") && (e->t[k + 1].flags & TOKF_CAP) &&
	      !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP)))))
		return true; /* "who said they were afraid left town.", "... supported Sanders" */
	return k + 1 < e->nt &&
	       (claims_det_or_possessive(e, k + 1) || tok_among(e, k + 1, "him them us") ||
		(word_ly_adverb(e, k + 1) && !(e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ))) ||
		(k + 2 < e->nt && tok_among(e, k + 1, "on in last this") &&
		 e->t[k + 2].kind == TOK_WORD && (e->t[k + 2].word & WORD_TIME) &&
		 !(e->t[k + 2].flags & TOKF_INQ)));
}

/* True when the subject at sa follows a phrase set before it in its sentence from a, which a
 * comma right before sa closes ("In Amherst, residents who said ...", "When they arrived, those
 * who thought ..."): a preposition, subordinator or opener first, words only, at most 15
 * tokens. */
static bool fronted_before(const struct engine *e, size_t a, size_t sa)
{
	if (sa < a + 2 || sa > a + 16 || !tok_punct(e, sa - 1, ',') ||
	    !(e->t[a].word & (WORD_PREP | WORD_SUBORD | WORD_INTRO)))
		return false;
	for (size_t k = a; k + 1 < sa; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
			return false;
	return true;
}

/* True when the tokens from a to r are the subject of a sentence, after a phrase set before it
 * (fronted_before): words, no verb or subordinator. */
static bool subject_before(const struct engine *e, size_t a, size_t r)
{
	size_t k = a;

	while (k < r && k < a + 16 && !tok_punct(e, k, ','))
		k++;
	for (k = k < r && fronted_before(e, a, k + 1) ? k + 1 : a; k < r; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_SUBORD)))
			return false;
	return true;
}

size_t claims_relative_subject_end(const struct engine *e, const struct frame *f, size_t cs)
{
	size_t p = claims_tok_at(e, cs), r = f->sb;
	bool seen, nested = false;

	if (f->sa >= f->sb || p >= e->nt || p < f->qb || e->t[p].start != cs)
		return f->ce;
	/* the source is the pronoun ("who", resolved later) after a subject that opens the
	 * sentence, or that subject with the pronoun after it */
	if (f->sb == f->sa + 1 && tok_among(e, f->sa, "who that") && f->sa > f->a) {
		r = f->sa;
		if (!subject_before(e, f->a, r))
			return f->ce;
	} else if (f->sb == f->sa + 1 && (e->t[f->sa].word & WORD_PRON) && f->sa > f->a + 2 &&
		   tok_among(e, f->sa - 2, "who that") && (e->t[f->sa - 1].cue & CUE_VERB) &&
		   subject_before(e, f->a, f->sa - 2)) {
		/* "residents who said they opposed abortion decried the attack": the cue of a
		 * clause inside the relative one, whose object a verb of the subject's follows */
		r = f->sa;
		nested = (f->cue & CUE_NP) && !(e->t[p].word & WORD_PRON) && !tok_is(e, p, "that");
	} else if (f->sa == f->a && r == f->c && f->qa == f->c && (f->cue & CUE_ING)) {
		r--; /* "Officials saying that the bridge was safe were wrong": a participle */
	} else if ((f->sa != f->a && !fronted_before(e, f->a, f->sa)) ||
		   !tok_among(e, r, "who that")) {
		return f->ce;
	}
	if (r >= f->qa)
		return f->ce;
	for (size_t k = r + 1; k < f->qa; k++)
		if (!(e->t[k].word & WORD_ADV) && !word_ends(e, k, "ly"))
			return f->ce;
	/* a noun phrase after the cue's preposition has no verb of its own: the first one is the
	 * main clause's; a clause ("that the law was void") has one first */
	seen = nested ||
	       (f->qb > f->qa && (e->t[f->qb - 1].word & WORD_PREP) && !tok_is(e, p, "that"));
	/* an infinitive is the content's verb ("who wanted to attend the convention could be
	 * faced ...") */
	seen = seen || (tok_infinitive(e, p, e->nt) && !(e->t[p + 1].flags & TOKF_INQ));
	if (tok_is(e, p, "that"))
		p++;
	for (size_t k = p; k < e->nt && k < p + 40 && e->t[k].start < f->ce; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_SUBORD | WORD_REL | WORD_CONJ)))
			return f->ce; /* a clause of its own inside, a list: whose verb is it? */
		if (!seen) {
			/* "delegates from states he won should flip": a past right after a pronoun
			 * inside the content is a relative clause's */
			seen = k > p && ((t->word & (WORD_VERB | WORD_AUX)) || tok_modal(e, k) ||
					 word_ends(e, k, "ed") ||
					 (claims_past_word(e, k) &&
					  !(k > p + 1 && (e->t[k - 1].word & WORD_PRON))));
			continue;
		}
		if (k > p && main_verb_at(e, k))
			return e->t[k - 1].end;
	}
	return f->ce;
}
