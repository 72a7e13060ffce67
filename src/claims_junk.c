/* claims_junk: frames that read like speech but report none (a thing's name, an aspect verb, a
 * verb with an object and no clause, a heading, another language, a source that is no one). */
#include "claims_int.h"

#include <stdlib.h>

/* True when the tokens [a, b) are only adverbs that may come between a noun and the participle
 * that names it ("a structure now called", "a planet simply called"). */
static bool naming_adverbs(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_AUX)) ||
		    !(tok_among(e, k,
				"now simply also aptly sometimes often officially informally "
				"affectionately fittingly originally commonly popularly "
				"appropriately later once") ||
		      word_ends(e, k, "ly")))
			return false;
	return true;
}

bool claims_person_noun(const struct engine *e, size_t k)
{
	return word_ends(e, k, "er") || word_ends(e, k, "or") || word_ends(e, k, "ist") ||
	       word_ends(e, k, "ian") || tok_among(e, k, "student resident agent consultant");
}

/* True when the lowercase noun at k names a kind of thing that is given a name ("the
 * technique called ...", "the condition known as"), never someone who speaks. */
static bool thing_noun(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "technique method procedure process condition disease disorder syndrome "
			 "phenomenon practice drug compound chemical molecule protein gene virus "
			 "species tool device program programme system concept theory term word "
			 "phrase feature game book film movie series song album town village city "
			 "region area place street building island river lake mountain planet "
			 "star galaxy shape structure effect style genre movement format");
}

/* "a planet called Zebes", "fractal structure now called the Lorenz attractor", "a new skin
 * patch called Viaskin allowed ...": a participle that names a thing, its source an indefinite
 * or bare noun phrase whose head is a lowercase noun that is no person, group or pronoun, the
 * participle right after it (an adverb at most), the content a name. "Officials called the
 * move a mistake", "He has called it" and "the senator called" stay claims. */
static bool names_thing(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1, p;

	if (f->sa >= f->sb || f->qb != f->c + 1 || !tok_among(e, f->c, "called named dubbed") ||
	    !naming_adverbs(e, f->sb, f->c))
		return false;
	/* the head: a singular lowercase noun ("planet"; not "officials", "critics") */
	if (e->t[h].kind != TOK_WORD || (e->t[h].flags & (TOKF_CAP | TOKF_DIGIT)) ||
	    (e->t[h].word &
	     (WORD_PRON | WORD_REL | WORD_PERSON | WORD_ROLE | WORD_DET | WORD_DOC)) ||
	    e->t[h].cue || word_ends(e, h, "s") || claims_person_noun(e, h))
		return false;
	/* "a ...", "an ...", or no determiner ("rainy planet"): not "this", "his"; "the" only
	 * before a noun for a kind of thing ("the technique called deep brain stimulation") */
	if (e->t[f->sa].kind != TOK_WORD || tok_is(e, f->sa, "one") ||
	    (((e->t[f->sa].word & WORD_DET) ||
	      tok_among(e, f->sa, "his her their its our my your")) &&
	     !tok_among(e, f->sa, "a an") && !(tok_is(e, f->sa, "the") && thing_noun(e, h))))
		return false;
	for (size_t k = f->sa; k < f->sb; k++)
		if (k > f->sa && (e->t[k].flags & TOKF_CAP))
			return false; /* "the group Black Lives Matter called" */
	/* the content a name: capitalised, quoted, a noun phrase, or a few words ("called
	 * anaphylaxis"); after a noun for a kind of thing, any name ("the technique called deep
	 * brain stimulation in many hospitals") */
	if (thing_noun(e, h))
		return true;
	p = claims_tok_at(e, f->cs);
	if (p < e->nt && (e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_CAP) ||
			  tok_among(e, p, "a an the")))
		return true;
	for (size_t k = p, n = 0; k < e->nt && e->t[k].start < f->ce; k++)
		if (e->t[k].kind == TOK_WORD && ++n > 3)
			return false;
	return true;
}

/* "The robots continued to launch satellites", "it continued its wait", "a painkiller added to
 * increase the weight", "killed defending the ship": "continued" with an infinitive or an
 * object, "added to", a participle after a participle, are an aspect, an addition or a manner,
 * not speech ("continued to insist" has its cue in "insist"). */
static bool aspect_verb(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1, p = claims_tok_at(e, f->cs);

	if (f->qb != n || n + 1 >= f->b)
		return false;
	if (tok_among(e, f->c, "continued continues continuing") && tok_is(e, n, "to") &&
	    (e->t[n + 1].cue & CUE_VERB))
		return true; /* "continued to call them “...”": the claim of "call" */
	/* "continued to say that ...", "continued to call them “illegal”": what is reported, right
	 * after the verb ("continued to launch satellites ..., hopeful that ..." is no report) */
	if (tok_among(e, f->c, "continued continues continuing"))
		return (tok_is(e, n, "to") || tok_among(e, n, "its his her their our my")) &&
		       p < e->nt &&
		       !((e->t[p].kind == TOK_QOPEN || tok_among(e, p, "that which what")) &&
			 p <= f->c + 4);
	/* "most of the crew had been killed defending the ship": a participle that says how, after
	 * another verb's participle, not what was said */
	if ((f->cue & CUE_ING) && f->qa == f->c && f->c > f->a && word_ends(e, f->c - 1, "ed") &&
	    e->t[f->c - 1].kind == TOK_WORD && !(e->t[f->c - 1].flags & TOKF_CAP) &&
	    !e->t[f->c - 1].cue && !e->t[f->c - 1].word)
		return true;
	/* "added to reporters", "added to People": an addressee */
	return tok_among(e, f->c, "added adding") && tok_is(e, n, "to") &&
	       e->t[n + 1].kind == TOK_WORD && !(e->t[n + 1].flags & TOKF_CAP) &&
	       !tok_among(e, n + 1, "me us him her them reporters journalists");
}

/* "Learn More: ...", "Tech Enabled: ...", "Revamped UX: ...": a label before a colon that holds
 * a participle or a word of a heading, not a name ("Sanders:", "NY Daily News:", "TAPPER:"). */
static bool heading_label(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	/* "Star Wars: The Last Jedi is ...": a title and its subtitle, then the sentence */
	if (tok_punct(e, f->c, ':') && p + 2 < e->nt && p == f->c + 1 && tok_is(e, p, "the") &&
	    (e->t[p + 1].flags & TOKF_CAP) && (e->t[p + 2].flags & TOKF_CAP) &&
	    e->t[p + 2].kind == TOK_WORD && !(e->t[p + 2].word & (WORD_PREP | WORD_DET)))
		return true;
	if (!tok_punct(e, f->c, ':') || f->sb <= f->sa + 1)
		return false;
	for (size_t k = f->sa; k < f->sb; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD)
			continue;
		/* "Politically Speaking:", "Technically Literate:": an adverb in "-ically" names
		 * no one */
		if (tok_among(e, k,
			      "more less new latest now next here why how what top best key "
			      "bottom learn find get discover explore try") ||
		    word_ends(e, k, "ically"))
			return true;
		/* "Enabled", "Revamped", not "Ahmed" or "BUSTED" */
		if (t->end - t->start >= 6 && word_ends(e, k, "ed") &&
		    e->text[t->start + 1] >= 'a' && e->text[t->start + 1] <= 'z' &&
		    !word_ends(e, k, "eed") && !word_ends(e, k, "med") && !word_ends(e, k, "hed"))
			return true;
	}
	return false;
}

/* True when the sentence of frame f is not in English: more function words of French, Spanish,
 * Portuguese, Italian or German than of English among its first 80 tokens, at least three
 * ("Aunque el líder ... declare que", "lors d’une scène ... alternant plans larges"); the cues
 * are English words. The English ones are known by their classes, so an English sentence is
 * told after a few words. */
static bool foreign_sentence(const struct engine *e, const struct frame *f)
{
	size_t en = 0, other = 0;

	for (size_t k = f->a; k < f->b && k < f->a + 80; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD)
			continue;
		if (t->word &
		    (WORD_DET | WORD_PREP | WORD_CONJ | WORD_PRON | WORD_VERB | WORD_AUX)) {
			if (++en >= other + 3)
				return false; /* English, as nearly always: stop early */
		} else if ((t->flags & TOKF_FOREIGN) && !t->cue) {
			other++;
		}
	}
	return other >= 3 && other > en;
}

/* True when token k may be the verb of a clause: an auxiliary or a finite verb, a cue used as
 * a verb, a past form ("-ed"), a third person ("-s" after a pronoun or a name; after a noun it
 * is more often a plural) or a contraction ("won't"). */
static bool verb_like(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP))
		return false;
	if ((t->word & (WORD_VERB | WORD_AUX)) || (t->cue & CUE_VERB) || word_ends(e, k, "ed") ||
	    tok_modal(e, k) || tok_among(e, k, "won't can't") || word_ends(e, k, "n't") ||
	    word_ends(e, k, "n\xE2\x80\x99t"))
		return true;
	return word_ends(e, k, "s") && !word_ends(e, k, "ss") && k > 0 &&
	       e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & (WORD_PRON | WORD_REL)) || (e->t[k - 1].flags & TOKF_CAP));
}

/* True when the participle at k describes the noun before it by its purpose ("a provision
 * designed to protect holders", "a rule aimed at lenders"): part of a noun phrase, not a
 * clause's verb. */
static bool purpose_participle(const struct engine *e, size_t k)
{
	return k > 0 && k + 1 < e->nt && tok_among(e, k, "designed intended aimed meant") &&
	       tok_among(e, k + 1, "to at") && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) && !e->t[k - 1].cue &&
	       !(e->t[k - 1].word & (WORD_PRON | WORD_REL | WORD_AUX | WORD_VERB | WORD_ADV));
}

/* "The console's controller added a 3.5mm headphone jack", "has accepted the resignation",
 * "requested overseas travel bans": a cue that may report a clause ("added the plan was dead")
 * with a noun phrase after it, no "that", no quotation and no verb: the verb's object, not
 * what was said. */
static bool object_not_clause(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0;

	if (f->kind != CLAIM_INDIRECT || (f->cue & (CUE_ING | CUE_SEEM)) ||
	    ((f->cue & CUE_NP) && !tok_among(e, f->c, "requested requests")) || p <= f->c ||
	    !tok_among(e, f->c, "added adds accept accepted accepts requested requests") ||
	    p >= e->nt || e->t[p].kind != TOK_WORD ||
	    tok_among(e, p, "that to how what whether why when who where which if"))
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++, n++) {
		if (n > 40 || (e->t[k].flags & TOKF_INQ) || e->t[k].kind == TOK_QOPEN ||
		    (verb_like(e, k) && !purpose_participle(e, k)))
			return false;
	}
	return true;
}

/* "Amazon plans to position Whole Foods", "Obama plans to sign the order": a plan to act, not
 * a statement ("plans to announce" stays; "vowed to fight" is a pledge). */
static bool intention_to_act(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1;

	return tok_among(e, f->c, "plan planned plans") && f->qb == n && n + 1 < f->b &&
	       tok_is(e, n, "to") && e->t[n + 1].kind == TOK_WORD && !(e->t[n + 1].cue & CUE_VERB);
}

/* True when the word at k is a pronoun and "is" or "has" run together ("It's", "That’s"). */
static bool pronoun_is(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];
	const char *s = e->text + t->start;
	size_t n = t->end - t->start;

	if (t->kind != TOK_WORD || !word_possessive(e, k))
		return false;
	n -= word_ends(e, k, "'s") ? 2 : 4;
	return (n == 2 && strncasecmp(s, "it", 2) == 0) ||
	       (n == 4 && (strncasecmp(s, "that", 4) == 0 || strncasecmp(s, "what", 4) == 0 ||
			   strncasecmp(s, "here", 4) == 0)) ||
	       (n == 5 && strncasecmp(s, "there", 5) == 0);
}

/* "The shipping firm, owned by a bank, earlier this week announced": a source that is only a
 * time phrase ("earlier this month", "late last year") says when, not who; the subject before
 * it was lost to the phrase set off by commas, so the claim keeps no speaker. A capitalised
 * word after the first is a name's ("This Week said"). */
static bool time_source(const struct engine *e, size_t a, size_t b)
{
	bool time = false;

	for (size_t k = a; k < b; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (k > a && (t->flags & TOKF_CAP)) ||
		    !((t->word & (WORD_TIME | WORD_DET)) || tok_among(e, k, "early late just")))
			return false;
		time = time || (t->word & WORD_TIME);
	}
	return time;
}

/* True when token k is a currency sign before a number ("$226.3 million"). */
static bool currency_before(const struct engine *e, size_t k)
{
	return k + 1 < e->nt && e->t[k].kind == TOK_PUNCT && (e->t[k + 1].flags & TOKF_DIGIT) &&
	       e->t[k].end == e->t[k + 1].start &&
	       (tok_punct(e, k, '$') ||
		(e->t[k].end - e->t[k].start > 1 &&
		 (memcmp(e->text + e->t[k].start, "\xC2\xA3", 2) == 0 ||
		  memcmp(e->text + e->t[k].start, "\xE2\x82\xAC", 3) == 0)));
}

/* "Shortly after the ruling, Lee wrote to the judge, requesting ...": a capitalised adverb
 * that opens the sentence before a preposition is no speaker (names end in "-ly" too: "Kelly
 * said", "Daly, a lawyer, said"). */
static bool adverb_source(const struct engine *e, size_t a, size_t b)
{
	return b == a + 1 && b < e->nt && e->t[b].sent == e->t[a].sent && word_ends(e, a, "ly") &&
	       e->t[a].kind == TOK_WORD && (e->t[b].word & WORD_PREP) &&
	       !(e->t[b].flags & TOKF_CAP) && !tok_is(e, b, "of");
}

/* True when the words from b are a noun phrase's determiner and a past participle that
 * describes its noun ("from the previously announced sale", "its recently revealed plan"): a
 * cue there has no subject, so the words before the phrase are none of its source. */
static bool participle_in_phrase(const struct engine *e, size_t b)
{
	size_t k = b;

	if (k < e->nt && e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_PREP))
		k++;
	if (k + 2 >= e->nt || !claims_det_or_possessive(e, k))
		return false;
	k++;
	if (e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) && word_ends(e, k, "ly"))
		k++;
	return k + 1 < e->nt && e->t[k].kind == TOK_WORD && e->t[k].cue &&
	       !(e->t[k].flags & TOKF_CAP) && word_ends(e, k, "ed") &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP) && !e->t[k + 1].word;
}

/* "about $40 million in the quarter announced": a source right after a currency sign (which
 * the source leaves out as punctuation) is a sum, no one. */
static bool sum_source(const struct engine *e, size_t a)
{
	return a > 0 && currency_before(e, a - 1);
}

bool claims_source_clause(const struct engine *e, size_t a, size_t b)
{
	return a < b && (pronoun_is(e, a) || participle_in_phrase(e, b) || time_source(e, a, b) ||
			 sum_source(e, a) || adverb_source(e, a, b));
}

/* A source that is no noun phrase and a claim that is none: a clause before a participle
 * ("Uber unilaterally slashes drivers" + "claiming"), a verb and its particle ("sends back" +
 * "reports"), a participle and its object ("letting others" + "know"). */
static bool fragment_source(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa, b = f->sb;

	if (a >= b)
		return false;
	/* "(Those who only learned) of this story in the last month believed": a source that opens
	 * with a preposition in lower case is the tail of a longer subject, no one; not a number
	 * ("about half", "at least 21,000") */
	if (e->t[a].kind == TOK_WORD && (e->t[a].word & WORD_PREP) && !(e->t[a].flags & TOKF_CAP) &&
	    !(e->t[a].cue & CUE_ACCORDING) && !tok_among(e, a, "about around over under") &&
	    !(tok_is(e, a, "at") && tok_among(e, a + 1, "least most")))
		return true;
	/* "letting others know": a participle that opens the source, a pronoun after it */
	if (b == a + 2 && !(e->t[a].flags & TOKF_CAP) && word_ends(e, a, "ing") && !e->t[a].word &&
	    (tok_among(e, a + 1, "others everyone everybody people them us him her me")))
		return true;
	/* "sends back": a verb and its particle */
	if (b == a + 2 && !(e->t[a].flags & TOKF_CAP) && word_ends(e, a, "s") &&
	    tok_among(e, a + 1, "back out off up down away"))
		return true;
	/* "Uber unilaterally slashes drivers": a name, an adverb and a verb */
	return a + 3 <= b && (e->t[a].flags & TOKF_CAP) && word_ends(e, a + 1, "ly") &&
	       e->t[a + 1].end - e->t[a + 1].start > 6 && !(e->t[a + 1].flags & TOKF_CAP) &&
	       !e->t[a + 1].word && word_ends(e, a + 2, "s") && !(e->t[a + 2].flags & TOKF_CAP) &&
	       e->t[a + 2].kind == TOK_WORD && !e->t[a + 2].word && !e->t[a + 2].cue;
}

/* True when the tokens [a, b) are lowercase words only ("the computers"). */
static bool lowercase_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP))
			return false;
	return true;
}

/* "The Netflix app also supports Atmos", "the controller added a jack", "the tool reports how
 * much space it saved", "when the computers say “sell”": a device or a product that supports,
 * adds, highlights, offers, shows, feels, reports or says something does not speak. */
static bool device_subject(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1;

	if (f->sa >= f->sb || e->t[h].kind != TOK_WORD || (e->t[h].flags & TOKF_CAP) ||
	    !tok_among(e, h,
		       "app apps device devices console consoles phone phones smartphone "
		       "smartphones controller controllers camera cameras laptop laptops tablet "
		       "tablets tv tvs television headset headsets browser browsers chip chips "
		       "processor processors software hardware feature features update updates "
		       "router routers car cars engine engines battery display displays screen "
		       "screens keyboard printer gadget gadgets machine machines tool tools "
		       "interface interfaces ide computer computers"))
		return false;
	/* what a device says is its display or signal; "said Bill Rash, the director for the
	 * chip" is a person described */
	return tok_among(e, f->c,
			 "support supports supported add adds added adding highlight highlights "
			 "highlighted highlighting offering offers show shows showed showing feel "
			 "feels felt report reports reported reporting") ||
	       (tok_among(e, f->c, "say says said saying") && lowercase_words(e, f->sa, f->sb));
}

/* "Vidyard Launches New Tools", "Enter Stuart R. Kaplan": a headline's verb inside the source,
 * not a name; "Whoever ordered that sample": nobody in particular. */
static bool headline_source(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb)
		return false;
	if (tok_among(e, f->sa, "whoever whatever"))
		return true;
	if (f->sa + 1 < f->sb && tok_among(e, f->sa, "enter meet") &&
	    (e->t[f->sa].flags & TOKF_CAP) && (e->t[f->sa + 1].flags & TOKF_CAP))
		return true;
	for (size_t k = f->sa + 1; k < f->sb; k++)
		if ((e->t[k].flags & TOKF_CAP) &&
		    tok_among(
			    e, k,
			    "launches announces unveils introduces releases reveals debuts expands "
			    "acquires raises hires opens"))
			return true;
	return false;
}

/* "Most significant of all, they found the gate", "As the city burned, their prophets told of a
 * hero": paraphrase before a subject and its cue needs a tag that ends the sentence, not a cue
 * that goes on with an object of its own (the words before are the writer's). "..., he said in
 * a statement" and "..., she told reporters" are tags. */
static bool opening_phrase(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb, last = claims_tok_at(e, f->ce > 0 ? f->ce - 1 : 0);

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || f->sb > f->qa ||
	    f->ce > e->t[f->sa].start || q >= f->b || last >= e->nt ||
	    e->t[last].kind == TOK_QCLOSE || e->t[q].kind != TOK_WORD ||
	    (e->t[q].flags & (TOKF_INQ | TOKF_CAP | TOKF_DIGIT)))
		return false;
	if (tok_is(e, q, "of"))
		return true; /* "told of a hero" */
	return !(f->cue & (CUE_OBJ | CUE_QUOTED)) &&
	       !(e->t[q].word & (WORD_TIME | WORD_PREP | WORD_ADV)) && !word_ends(e, q, "ly") &&
	       !tok_among(e, q, "that it so late early");
}

/* "giveaways and promises of drugs that are superior", "answered questions on the
 * marketplace", "as its name suggests": a cue word that is a plural noun before "of", an
 * answer to unnamed questions, a name that suggests: nothing anyone said. */
static bool no_statement(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1, p = claims_tok_at(e, f->cs);

	if (f->qb == n && n < f->b && tok_is(e, n, "of") && word_ends(e, f->c, "s") &&
	    !(f->cue & (CUE_PREP | CUE_NOUN | CUE_OBJ)) && f->c > f->a &&
	    !tok_among(e, f->c, "says thinks") && e->t[f->c - 1].kind == TOK_WORD &&
	    !(e->t[f->c - 1].flags & TOKF_CAP) &&
	    !(e->t[f->c - 1].word & (WORD_PRON | WORD_REL | WORD_ADV | WORD_AUX | WORD_VERB)))
		return true; /* not "Trump says of waterboarding", "he often thinks of" */
	if (tok_among(e, f->c, "answered answers answering") && p < e->nt && p > f->c &&
	    tok_among(e, p, "questions question"))
		return true;
	return f->sa < f->sb && tok_among(e, f->sb - 1, "name title") &&
	       tok_among(e, f->c, "suggests suggested implies implied");
}

/* True when the cue at c follows a closing quotation mark, with a comma between or not: an
 * inverted tag ("“...,” worries Ada Cole"). */
static bool after_quotation(const struct engine *e, size_t c)
{
	size_t k = c > 0 && tok_punct(e, c - 1, ',') ? c - 1 : c;

	return k > 0 && e->t[k - 1].kind == TOK_QCLOSE;
}

/* Frames whose words say no one spoke: "the fixes that I recommended to Mojang" (the content
 * an addressee), "The thaw worried Tasos Georgelis" (what worried whom, no speech tag;
 * "..., thought Alden" and "“...,” worries Ada Cole" are one), "with little hope" (a noun). */
static bool misread_frame(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p >= e->nt)
		return false;
	if ((f->cue & CUE_NP) && p == f->qb && p + 1 < e->nt && tok_is(e, p, "to") &&
	    ((e->t[p + 1].flags & TOKF_CAP) || tok_among(e, p + 1, "him her them me us"))) {
		for (size_t k = p + 1; k < e->nt && k < p + 8 && e->t[k].start < f->ce; k++)
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return false; /* "reiterated to ABC News that ..." */
		return true;
	}
	if (tok_among(e, f->c, "worried worries") && f->sa == f->qb && f->sa < f->sb &&
	    !tok_among(e, f->sa, "i he she we they") && !after_quotation(e, f->c))
		return true;
	return f->c > f->a && tok_among(e, f->c - 1, "little much no great") &&
	       !(f->cue & CUE_NOUN);
}

/* "The mayor tells so many lies that voters stop listening", "she spoke so fast that no one
 * followed": a "that" clause after "so ..." or "such ..." is what came of the words, not what
 * was said ("he said that ..." stays). */
static bool result_clause(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q;

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->qb)
		return false;
	q = tok_is(e, p, "that") ? p : p - 1;
	if (!tok_is(e, q, "that") || q < f->qb || q > f->qb + 8)
		return false;
	for (size_t k = f->qb; k < q; k++)
		if (tok_among(e, k, "so such") && !tok_among(e, k + 1, "far"))
			return true; /* "has said so far that" is a time */
	return false;
}

/* "The island boasts a fleet of 300 boats", "She boasts a 45-point lead": "boasts" with a
 * quantity for its object is what someone has, not a boast ("boasted that ..." and "boasted of
 * his record" stay). */
static bool boasts_quantity(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);
	bool digit = false;

	if (!tok_among(e, f->c, "boast boasts boasted boasting") || f->qb != f->c + 1 ||
	    p != f->qb || p >= e->nt || !tok_among(e, p, "a an"))
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++) {
		if ((e->t[k].word & WORD_REL) || e->t[k].kind == TOK_QOPEN || tok_is(e, k, "that"))
			return false;
		digit = digit || (e->t[k].flags & TOKF_DIGIT);
	}
	return digit;
}

/* "In a city where praising the owner can bring threats, ...": a participle right after
 * "where", its object then a modal or an auxiliary, is the subject of that clause (an act in
 * general), not anyone's words ("..., warning that the deal would fail" has its clause after
 * "that"; "when saying the plan could fail" has a speaker, so only "where" counts). */
static bool gerund_subject(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_ING) || f->qa != f->c || f->c == f->a || !tok_is(e, f->c - 1, "where") ||
	    p != f->c + 1 || p >= e->nt || tok_among(e, p, "that how what whether why"))
		return false;
	for (size_t k = p + 1; k < e->nt && k < p + 12 && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			return false;
		if (tok_modal(e, k) || (e->t[k].word & WORD_AUX))
			return true;
	}
	return false;
}

/* "a strand of hair found at the scene that has ...": "found" right after a thing ("a" or "an"
 * and a singular lowercase noun that names no one), then where ("at", "near", "inside"), is
 * where the thing was found, no finding anyone reported ("the inspectors found at the plant
 * that ..." and "the panel found in 2014 that ..." stay). */
static bool found_at_place(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1;

	if (!tok_is(e, f->c, "found") || f->qa != f->c || f->sa >= f->sb || f->sb != f->c ||
	    f->c + 1 >= f->b || !tok_among(e, f->c + 1, "at near inside outside under beneath"))
		return false;
	return tok_among(e, f->sa, "a an") && e->t[h].kind == TOK_WORD &&
	       !(e->t[h].flags & TOKF_CAP) && !e->t[h].cue && !word_ends(e, h, "s") &&
	       !(e->t[h].word &
		 (WORD_PRON | WORD_REL | WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_DOC)) &&
	       !claims_person_noun(e, h);
}

/* "Participants were asked to say which way the dots moved", "Rubio was asked to name an
 * achievement": a request someone received, not a thing anyone said (PolNeAR train annotates 3
 * of 9). */
static bool asked_to_act(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return tok_is(e, f->c, "asked") && f->c > f->a && tok_be(e, f->c - 1) && p == f->c + 1 &&
	       p + 1 < e->nt && tok_is(e, p, "to") && e->t[p + 1].kind == TOK_WORD &&
	       !(e->t[p + 1].flags & TOKF_CAP);
}

/* True when the word at k names a picture or footage ("photo", "videos", "clip"). */
static bool picture_noun(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "photo photos photograph photographs picture pictures image images video "
			 "videos footage clip clips screenshot screenshots");
}

/* "The photo showed a man standing in the rain", "the videos show Scott leaving his car": a
 * picture or footage shows what it depicts, which no one says (PolNeAR dev annotates none);
 * "The video showed that police had fired first" reports a finding and stays, as does "the
 * poll shows". */
static bool picture_shows(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return f->sa < f->sb && (f->cue & CUE_DOC) && picture_noun(e, f->sb - 1) && p < e->nt &&
	       e->t[p].kind != TOK_QOPEN && !tok_is(e, p, "that");
}

/* "In the video, he grabs her arm", "In the footage recorded by a camera, the man is seen
 * walking away": what a picture shows, as picture_shows(), with "in" before it (PolNeAR train
 * annotates none of 3); "In the poll, ..." stays. */
static bool in_picture(const struct engine *e, const struct frame *f)
{
	for (size_t k = f->sa; k < f->sb && k < f->sa + 4; k++)
		if (picture_noun(e, k))
			return f->kind == CLAIM_ACCORDING_TO && tok_is(e, f->c, "in");
	return false;
}

/* "news as we know it", "the sport as you knew it": a set phrase for the thing as it is, no
 * belief anyone holds ("as we know, the plan failed" stays). */
static bool as_we_know_it(const struct engine *e, const struct frame *f)
{
	return f->c > f->a + 1 && tok_among(e, f->c, "know knew") && f->sb == f->c &&
	       f->sa + 1 == f->sb && tok_among(e, f->sa, "we you they i") && f->sa > f->a &&
	       tok_is(e, f->sa - 1, "as") && tok_is(e, f->c + 1, "it");
}

/* "Neuroscience tells us that ...", "History shows ...": a field of knowledge or an abstraction
 * alone as the source is the writer's argument, not anyone's statement ("Scientists say",
 * "The study shows" stay). */
static bool abstract_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	return f->sb == k + 1 && e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k,
			  "science history experience evolution nature logic physics economics "
			  "mathematics math biology chemistry genetics psychology philosophy "
			  "neuroscience reason hindsight") ||
		word_ends(e, k, "ology") || word_ends(e, k, "science"));
}

/* "policies Mr Mugabe's critics have long blamed on him": content after the cue that is only
 * prepositions and pronouns says nothing (the cue's object was moved before it); "It was
 * first declared by Nixon" keeps its pronoun, the subject of a passive. */
static bool pronoun_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0;

	if (f->kind != CLAIM_INDIRECT || f->cs < e->t[f->c].end)
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 3 || !((e->t[k].word & (WORD_PREP | WORD_PRON)) ||
				 tok_among(e, k, "me us him her them it")))
			return false;
	}
	if (n == 1 && (f->cue & CUE_NP) && p == f->c + 1 && tok_among(e, p, "him her them"))
		return false;
	return n > 0;
}

/* "The crowd applauded loudly": a noun-phrase cue followed by one lowercase word in -ly and
 * nothing else is how someone acted, no object of the act. */
static bool manner_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return (f->cue & CUE_NP) && f->kind == CLAIM_INDIRECT && p < e->nt && p > f->c &&
	       e->t[p].end >= f->ce && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	       word_ends(e, p, "ly");
}

/* "The minister spoke on Monday in the capital": a cue read only with its preposition, the
 * preposition a time's ("on Monday", "at 9", "over the weekend"), is when someone spoke, not
 * what about ("spoke on the plan" stays). */
static bool time_after_cue(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_PREPONLY) || p == 0 || p >= e->nt ||
	    !tok_among(e, p - 1, "on at over during in"))
		return false;
	if (tok_among(e, p, "the this that last next") && p + 1 < e->nt)
		p++;
	return (e->t[p].word & WORD_TIME) || (e->t[p].flags & TOKF_DIGIT) ||
	       tok_among(e, p, "weekend morning afternoon evening night");
}

/* "the Obama administration will announce a new Sudan strategy", "Yoon would declare martial
 * law": a cue after "will" or "would" whose content is a noun phrase is an act to come, nothing
 * said yet ("will say that ...", "would announce “...”" report words and stay, and so does a
 * refusal: "would not rule out shifting her position"). */
static bool act_to_come(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = f->c;

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->c || e->t[p].kind != TOK_WORD ||
	    (e->t[p].word & (WORD_SUBORD | WORD_PRON)) ||
	    tok_among(e, p, "that to how what whether why when who where which if") ||
	    (e->t[p].flags & TOKF_INQ))
		return false;
	while (k > f->a && k + 3 > f->c && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & WORD_ADV) || tok_is(e, k - 1, "soon"))) {
		if (tok_among(e, k - 1, "not never"))
			return false; /* "would not rule out shifting": a stance taken now */
		k--;
	}
	return k > f->a && tok_among(e, k - 1, "will would shall");
}

/* "the direction that they thought the dots had moved", "the price that she believes the plan
 * will cost": a belief inside a relative clause on a noun after its determiner, its clause with
 * no "that" of its own, holds the noun's gap (moved in the direction); what is believed is about
 * the noun, not the clause after the cue ("told reporters that he believes X" is no relative
 * clause). */
static bool relative_belief(const struct engine *e, const struct frame *f)
{
	size_t p, n = f->sa;

	if (f->kind != CLAIM_INDIRECT || !(f->cue & CUE_BELIEF) || n < f->a + 3)
		return false;
	for (size_t k = f->a; k + 1 < n; k++)
		if (e->t[k].cue & CUE_VERB)
			return false; /* "told The Post in a story this week that he believes" */
	p = claims_tok_at(e, f->cs);
	return ((e->t[n - 3].word & WORD_DET) || tok_among(e, n - 3, "his her their its our")) &&
	       f->sb > n && p == f->qb && p < e->nt && e->t[p].kind == TOK_WORD &&
	       !tok_is(e, p, "that") && tok_is(e, n - 1, "that") && e->t[n - 2].kind == TOK_WORD &&
	       !e->t[n - 2].cue && !(e->t[n - 2].flags & TOKF_CAP) &&
	       !(e->t[n - 2].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_PRON |
				     WORD_ADV | WORD_TIME));
}

/* "Others who oppose the plan say it will fail": a cue that is the verb of a relative clause
 * without commas ("who" its source), the clause inside the subject of a cue that follows it
 * within a dozen words, tells who the speakers are; what they say comes after the later cue. */
static bool relative_in_subject(const struct engine *e, const struct frame *f)
{
	size_t sa, sb;

	if (f->sb != f->sa + 1 || f->sa <= f->a || !tok_is(e, f->sa, "who") ||
	    e->t[f->sa - 1].kind != TOK_WORD)
		return false;
	for (size_t k = f->qb; k < f->b && k < f->qb + 12; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_AUX | WORD_SUBORD)) ||
		    (e->t[k].cue & CUE_ING))
			return false; /* "a Republican who described himself as X, said", "those
					 who say they have no intention of backing" */
		if ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k))
			return claims_subject_back(e, f->a, k, &sa, &sb) && sa < f->sa &&
			       sb == claims_skip_aux_back(e, f->qb, k);
	}
	return false;
}

/* "on a conference call with reporters", "the roll call itself", "a close call driving down
 * a road": "call" as a noun, after a noun that names a kind of call or after a determiner and
 * an adjective, is no speech ("Others call it the nerd prom", "64 percent call him competent"
 * and "What do you call a boy" stay, and so does the stance of "his recent call to ban"). */
static bool call_noun(const struct engine *e, const struct frame *f)
{
	size_t k = f->c;

	if (!tok_among(e, k, "call calls") || k == 0 || e->t[k - 1].kind != TOK_WORD ||
	    (e->t[k - 1].flags & TOKF_CAP) || e->t[k - 1].sent != e->t[k].sent ||
	    tok_among(e, k + 1, "to for on"))
		return false; /* "his recent call to ban", "a definitive call on": a stance */
	if (tok_among(e, k - 1,
		      "conference roll phone press close staff telephone video wake-up "
		      "fundraising curtain sales service"))
		return true;
	/* "a close call", "a simple call" ("his plan calls for", "what her team calls" are verbs) */
	return k >= 2 && tok_is(e, k, "call") && e->t[k - 2].sent == e->t[k].sent &&
	       ((e->t[k - 2].word & WORD_DET) || tok_among(e, k - 2, "his her its their our my")) &&
	       !(e->t[k - 1].word & (WORD_PRON | WORD_VERB | WORD_AUX)) && !e->t[k - 1].cue;
}

/* True when the quotation [a, b) (the tokens between its marks) reads as a title: one to seven
 * words, each capitalised but for short function words, the first capitalised ("Morning Joe.",
 * "Meet the Press", "Tough Choices"). */
static bool title_words(const struct engine *e, size_t a, size_t b)
{
	size_t n = 0;

	if (a >= b || !(e->t[a].flags & TOKF_CAP))
		return false;
	for (size_t k = a; k < b; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 7 ||
		    !((e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		      tok_among(e, k, "a an the of and or in on at to for with by from")))
			return false;
	}
	return n > 0;
}

/* "he said on MSNBC's “Morning Joe.”", "she wrote in her memoir, “Tough Choices.”": a quoted
 * title after a possessive or after a comma that follows a noun for a work is the name of a
 * show or a book, not the speaker's words ("“Denver,” he answered", "He said “The Hispanics”"
 * stay). */
static bool quoted_title(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q;

	if (f->kind != CLAIM_DIRECT || p == 0 || p >= e->nt)
		return false;
	q = e->t[p].kind == TOK_QOPEN ? p : p - 1;
	if (e->t[q].kind != TOK_QOPEN || q == 0 || e->t[q].pair >= e->nt ||
	    e->t[e->t[q].pair].end < f->ce || !title_words(e, q + 1, e->t[q].pair))
		return false;
	if (e->t[q - 1].kind == TOK_WORD)
		return word_possessive(e, q - 1);
	if (!tok_punct(e, q - 1, ','))
		return false;
	for (size_t k = q - 1; k > 0 && k + 4 > q; k--)
		if (tok_among(e, k - 1,
			      "book memoir novel show program programme column film movie "
			      "documentary album song series essay podcast autobiography"))
			return true;
	return false;
}

/* "Speaking on the cable channel CNBC", "spoke on the phone after the polls closed", "spoke on
 * behalf of Hillary Clinton": a cue read only with its preposition, "on" before a medium or
 * "behalf", says where or for whom someone spoke, not what about ("spoke on a variety of
 * topics" stays). */
static bool medium_after_cue(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_PREPONLY) || p == 0 || p >= e->nt || !tok_is(e, p - 1, "on"))
		return false;
	for (size_t k = p; k < e->nt && k < p + 3 && e->t[k].kind == TOK_WORD; k++)
		if (tok_among(e, k,
			      "radio show channel phone telephone television tv behalf air camera "
			      "podcast network broadcast livestream"))
			return true;
	return false;
}

/* "Bush sits at single digits in the polls", "She is still ahead in national polls", "support
 * above 80 percent in some polls": a standing "in" polls that no one names (a plural "polls"
 * after lowercase words only, the standing before it) is the writer's summary of the race, no
 * attribution ("in a CNN poll", "in the latest NBC News/Wall Street Journal poll", "in New
 * Hampshire surveys" and an opening "In the latest polls," name a source and stay). */
static bool unnamed_polls(const struct engine *e, const struct frame *f)
{
	if (f->kind != CLAIM_ACCORDING_TO || !tok_is(e, f->c, "in") ||
	    (e->t[f->c].flags & TOKF_CAP) || f->ce > e->t[f->c].start)
		return false;
	for (size_t k = f->sa; k < f->sb && k < f->sa + 4; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)))
			return false;
		if (tok_is(e, k, "polls"))
			return true;
	}
	return false;
}

/* "in nine states: Ohio, ...", "the four early nominating states", "the deepest blue states",
 * "three moderates who have led big states": "states" after a number or an adjective of states
 * (a size, a place, a colour, a superlative) is the plural noun, not the verb ("the document
 * states", "the ruling states that"). */
static bool states_noun(const struct engine *e, const struct frame *f)
{
	size_t k = f->c - 1;

	if (!tok_is(e, f->c, "states") || f->qa != f->c || f->c <= f->a ||
	    e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP))
		return false;
	return (e->t[k].flags & TOKF_DIGIT) ||
	       tok_among(e, k,
			 "two three four five six seven eight nine ten eleven twelve dozen many "
			 "several other both all few remaining red blue purple swing battleground "
			 "big small large key early southern northern western eastern midwestern "
			 "border member neighboring neighbouring individual respective nominating "
			 "voting primary caucus biggest largest smallest deepest reddest bluest "
			 "poorest richest");
}

/* "the founder of a Facebook group called Occupy DNC Convention", "at a consulting firm called
 * Gavekal Dragonomics", "A German news organization called “The Local”", "one PAC called Stop
 * Hillary", "a move called the boneless": a participle right after an indefinite noun phrase
 * ("a", "an" or "one", up to three words, then a noun that is no person) before a name gives
 * the name of what was introduced, not words anyone said ("a spokesman called the plan ...",
 * "one lawmaker called Trump ..." and "a group, called ..." stay). */
static bool indefinite_named(const struct engine *e, const struct frame *f)
{
	size_t h = f->c - 1, p = claims_tok_at(e, f->cs), k;

	if (f->c <= f->a + 1 || f->qa != f->c || f->qb != f->c + 1 ||
	    !tok_among(e, f->c, "called named dubbed") || e->t[h].kind != TOK_WORD ||
	    (e->t[h].word & (WORD_PRON | WORD_PERSON | WORD_REL | WORD_VERB | WORD_AUX)) ||
	    e->t[h].cue || claims_person_noun(e, h) || p >= e->nt || p > f->c + 2 ||
	    !(e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_CAP) || tok_is(e, p, "the")))
		return false;
	for (k = h; k > f->a && k + 4 > h; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind != TOK_WORD)
			return false;
		if (tok_among(e, k - 1, "a an one"))
			return true;
		if ((t->word & (WORD_PRON | WORD_REL | WORD_VERB | WORD_AUX | WORD_CONJ |
				WORD_PREP | WORD_DET)) ||
		    t->cue)
			return false;
	}
	return false;
}

/* "BYLINE: Amber Phillips.", "BOOM: Trump Just Fired ...", "Wow: Al Sharpton Just Said ...",
 * "Paid Notice: Deaths ...": a label of the page or an exclamation before a colon is no one who
 * speaks ("TAPPER:", "Graham:" stay). */
static bool furniture_label(const struct engine *e, const struct frame *f)
{
	if (!tok_punct(e, f->c, ':') || f->sa >= f->sb || f->sb > f->sa + 2 ||
	    !(e->t[f->sa].flags & TOKF_CAP))
		return false;
	if (f->sb == f->sa + 2)
		return tok_is(e, f->sa, "paid") && tok_is(e, f->sa + 1, "notice");
	return tok_among(e, f->sa,
			 "byline dateline boom look wow watch breaking update updated exclusive "
			 "listen whoa yikes oops bonus correction clarification");
}

/* "Honorable mentions: ...", "Additional notes: ...": a list's heading, a cue that is a plural
 * noun right before a colon after one adjective that opens the sentence ("-able", "-ible",
 * "-ive", "-ful", "-ous", "-ary", "-ial" or "-ional"; no name ends so), not a name seen before;
 * "Obama notes: ..." stays. */
static bool list_heading(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa;

	if (f->sb != a + 1 || f->qb != f->c + 1 || !tok_punct(e, f->qb, ':') ||
	    !tok_among(e, f->c, "mentions notes remarks thoughts comments questions") ||
	    e->t[a].kind != TOK_WORD || !(e->t[a].flags & TOKF_CAP) || e->t[a].word ||
	    (a > 0 && e->t[a - 1].sent == e->t[a].sent))
		return false;
	return (word_ends(e, a, "able") || word_ends(e, a, "ible") || word_ends(e, a, "ive") ||
		word_ends(e, a, "ful") || word_ends(e, a, "ous") || word_ends(e, a, "ary") ||
		word_ends(e, a, "ial") || word_ends(e, a, "ional")) &&
	       !claims_known_name(e, (struct span){e->t[a].start, e->t[a].end});
}

/* "These days, many residents worry about ...", "Offstage, the actors agree with ...", "Now,
 * Carson has responded to Trump's rant.", "Then, last week, Eric Trump called.": an adverb or a
 * time that opens the sentence before the source is no paraphrase when the cue goes on with its
 * own words (no comma soon after it, as "Instead, Trump told CNN, his policy ..." has); an
 * answer ("Sorry, Sanders said.") stays. */
static bool opener_only(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0, k;

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || f->ce > e->t[f->sa].start || p >= f->sa)
		return false;
	for (k = p; k < f->sa && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 3 || !((e->t[k].word & (WORD_ADV | WORD_TIME)) || word_ends(e, k, "ly") ||
				 tok_among(e, k,
					   "these this last next then now there offstage "
					   "overall meanwhile days")))
			return false;
	}
	if (n == 0)
		return false;
	for (k = f->qb; k < f->b && k < f->qb + 5; k++)
		if (tok_punct(e, k, ','))
			return false;
	return true;
}

/* "despite the U.N.-ordered sanctions", "a Trump-backed candidate": a participle joined by a
 * hyphen to the word before it is half of a compound adjective on the noun after it, not a verb
 * anyone's words hang on. */
static bool hyphen_compound(const struct engine *e, const struct frame *f)
{
	size_t s = e->t[f->c].start;

	return f->qa == f->c && s >= 2 && e->text[s - 1] == '-' && e->text[s - 2] != ' ' &&
	       e->text[s - 2] != '-' && (word_ends(e, f->c, "ed") || tok_among(e, f->c, "led run"));
}

/* "The FBI is conducting tests of the hair found outside the house": a source that opens with a
 * lowercase participle right after "is" or "was" is the sentence's verb phrase, and a past
 * participle after it with only a place or a time for content ("found outside ...") is on a noun
 * of it, no one speaking ("... has been busing its members there, also said her group ..." keeps
 * its clause). */
static bool verb_phrase_source(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa, p = claims_tok_at(e, f->cs);

	return a < f->sb && a > 0 && e->t[a].kind == TOK_WORD && !(e->t[a].flags & TOKF_CAP) &&
	       (word_ends(e, a, "ing") || word_ends(e, a, "ed")) && !e->t[a].word &&
	       tok_be(e, a - 1) && f->qa == f->c && f->sb == f->c &&
	       (word_ends(e, f->c, "ed") || tok_among(e, f->c, "found held seen known")) &&
	       p == f->c + 1 && p < e->nt &&
	       ((e->t[p].word & WORD_PREP) || tok_among(e, p, "outside inside near"));
}

/* "bonds in senior notes paying 8%", "the chip gives wrong answers for some sums": "notes" and
 * "answers" after a preposition (or "give") and one lowercase word of no class are the noun of
 * a phrase ("in senior notes"), bonds or results, no verb; "the author notes that" has no
 * preposition before, and speech nouns ("in crude remarks", "of late-night tweets") stay. */
static bool noun_in_phrase(const struct engine *e, const struct frame *f)
{
	size_t c = f->c;

	return f->qa == c && c >= f->a + 2 && tok_among(e, c, "notes answers") &&
	       e->t[c - 1].kind == TOK_WORD && !(e->t[c - 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !e->t[c - 1].word && !e->t[c - 1].cue && !word_possessive(e, c - 1) &&
	       e->t[c - 2].kind == TOK_WORD &&
	       ((e->t[c - 2].word & WORD_PREP) || tok_among(e, c - 2, "give gives gave giving"));
}

/* "rooms are priced according to how costly they were to build", "the work went according to
 * plan": "according to" before a question word or a plan is "in line with", no source. */
static bool according_to_measure(const struct engine *e, const struct frame *f)
{
	return (f->cue & CUE_ACCORDING) && f->sa < f->sb && f->sa == f->qb &&
	       tok_among(e, f->sa, "how whether what plan schedule");
}

/* "the FBI listed the alleged plotter and accused bank robber John Doe": "accused" before a
 * singular lowercase noun or two and a name with no "of" after it is an adjective on the name,
 * no accusation anyone made ("accused then-chair Ann Lee of lying", "accused officials of
 * lying" and "accused the bank of fraud" stay). */
static bool accused_adjective(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 1, names = 0;

	if (!tok_is(e, f->c, "accused") || f->qa != f->c)
		return false;
	for (; k < f->b && k < f->c + 3; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		    e->t[k].word || e->t[k].cue || word_ends(e, k, "s") ||
		    memchr(e->text + e->t[k].start, '-', e->t[k].end - e->t[k].start))
			break;
	if (k == f->c + 1)
		return false;
	for (; k < f->b && ((e->t[k].flags & TOKF_CAP) || tok_punct(e, k, '.')); k++)
		names++;
	return names > 0 && !tok_is(e, k, "of");
}

/* True when the word at k is a determiner or a word of degree that comes before an adjective
 * ("a", "the", "very", "more", "so"). */
static bool before_adjective(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_DET) ||
		tok_among(e, k, "very more most so too less least increasingly quite rather"));
}

/* "It's a perplexing and challenging film", "a very demanding job": a participle after a
 * determiner or a word of degree (or after "and" that joins it to an adjective after one), a
 * noun after it, is an adjective on the noun, not a verb anyone speaks with ("a statement
 * saying" has its noun before the participle; "casting him as a rival and calling attention to"
 * joins two participles). */
static bool participle_adjective(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, n = c + 1;

	if (!(f->cue & CUE_ING) || f->qa != c || f->qb != n || c < f->a + 1 || n >= f->b ||
	    e->t[n].kind != TOK_WORD || (e->t[n].flags & (TOKF_CAP | TOKF_INQ)) || e->t[n].word ||
	    e->t[n].cue)
		return false;
	if (before_adjective(e, c - 1))
		return true;
	return c >= f->a + 3 && tok_among(e, c - 1, "and or") && e->t[c - 2].kind == TOK_WORD &&
	       !(e->t[c - 2].flags & TOKF_CAP) && !e->t[c - 2].word && !e->t[c - 2].cue &&
	       (word_ends(e, c - 2, "ing") || word_ends(e, c - 2, "ive") ||
		word_ends(e, c - 2, "ous") || word_ends(e, c - 2, "ful") ||
		word_ends(e, c - 2, "ic")) &&
	       before_adjective(e, c - 3);
}

/* "strikes against alleged rebel camps", "the alleged plot", "his alleged role": "alleged"
 * after a determiner, a possessive or a preposition and before a lowercase noun is an adjective
 * on the noun, no allegation anyone is named for ("the suit alleged fraud" and "as alleged in
 * the suit" stay, and so does "targeted X and alleged Y", where it may be a verb: PolNeAR
 * annotates that one). A past participle of another cue in the same place ("the recently
 * announced layoffs", "despite repeated warnings") is an attribution in PolNeAR, and stays. */
static bool alleged_adjective(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, n = c + 1;

	if (!tok_is(e, c, "alleged") || f->qa != c || f->qb != n || n >= f->b || c == f->a ||
	    (e->t[c].flags & TOKF_CAP) || e->t[n].kind != TOK_WORD ||
	    (e->t[n].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || e->t[n].word || e->t[n].cue ||
	    e->t[c - 1].kind != TOK_WORD)
		return false;
	return claims_det_or_possessive(e, c - 1) ||
	       ((e->t[c - 1].word & WORD_PREP) && !tok_among(e, c - 1, "as to")) ||
	       tok_among(e, c - 1, "against amid among between despite toward towards upon");
}

/* "wanted for questioning in two shootings", "in the hope of questioning him", "detectives
 * questioned her for hours": to question someone, or a questioning with no object, is an
 * interrogation, no doubt anyone voiced ("questioned the wisdom of the plan", "questioning
 * whether the vote was fair" and "questioned him about the plan" stay). */
static bool interrogation(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n;

	if (!tok_among(e, f->c, "question questioned questioning questions") ||
	    f->kind != CLAIM_INDIRECT || p != f->c + 1 || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	n = tok_among(e, p, "him her them me us") ? p + 1 : p;
	if (n < e->nt && e->t[n].start >= f->ce)
		return true; /* "questioning him" */
	return n < e->nt && (e->t[n].word & WORD_PREP) && !tok_among(e, n, "about on over");
}

/* "an official, who refused to identify himself", "a guard who declined to give his name", "an
 * aide who asked not to be named": a speaker keeping their own name back says nothing of the
 * story ("declined to identify the buyer" withholds a fact and stays; "declined to be
 * identified" is an attribution in PolNeAR train, and stays too). */
static bool withholds_name(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p + 2 >= e->nt || p != f->qb)
		return false;
	if (tok_among(e, f->c, "asked asking asks") && tok_is(e, p, "not") &&
	    tok_is(e, p + 1, "to") && tok_is(e, p + 2, "be") && p + 3 < e->nt &&
	    tok_among(e, p + 3, "named identified quoted"))
		return true;
	if (!tok_among(e, f->c, "refused refuses refusing declined declines declining") ||
	    !tok_is(e, p, "to"))
		return false;
	if (tok_is(e, p + 1, "identify"))
		return tok_among(e, p + 2, "himself herself themselves");
	return tok_among(e, p + 1, "give provide disclose reveal") &&
	       tok_among(e, p + 2, "his her their") && p + 3 < e->nt &&
	       tok_among(e, p + 3, "name names");
}

/* "The boy's father, Tom Lee, lives in Ohio and wants him back": a cue after "and" or "but"
 * that ends a source read backwards is the second verb of the words before it ("lives in
 * Ohio"), not a tag, and the name before them is its subject, not what was said ("Lee and
 * Ames said" holds its "and" inside the source). */
static bool joined_verb_source(const struct engine *e, const struct frame *f)
{
	return f->kind == CLAIM_INDIRECT && f->sa < f->sb && f->sb + 1 == f->qa &&
	       f->ce <= e->t[f->sa].start && tok_among(e, f->sb, "and but or") &&
	       !(e->t[f->sb].flags & TOKF_INQ);
}

/* "the firm's planned offering of six million shares", "an initial public offering", "the
 * offering price": "offering" after a determiner or a possessive (a word of a share sale or a
 * participle between) and no object of its own after it is the noun, a sale of shares, not
 * anyone offering words ("the man offering his thoughts", "Lee, offering no details" stay). */
static bool offering_noun(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, k = c;

	if (!tok_among(e, c, "offering offerings") || f->qa != c || c == f->a ||
	    (c + 1 < f->b &&
	     ((e->t[c + 1].word & (WORD_DET | WORD_PRON)) || tok_among(e, c + 1, "no more some"))))
		return false;
	while (k > f->a && k + 3 > c && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) &&
	       (word_ends(e, k - 1, "ed") ||
		tok_among(e, k - 1, "public initial secondary stock share rights debt equity new")))
		k--;
	return k > f->a && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & WORD_DET) || tok_among(e, k - 1, "his her its their our") ||
		word_possessive(e, k - 1));
}

/* "areas like those found at other parks", "the ones shown on the map": a past participle
 * right after "those" or "ones" is a reduced relative clause on them (the things found), no
 * one finding or showing anything. */
static bool participle_on_pronoun(const struct engine *e, const struct frame *f)
{
	return f->qa == f->c && f->c > f->a && !(e->t[f->c].flags & TOKF_CAP) &&
	       (word_ends(e, f->c, "ed") || tok_among(e, f->c, "found shown seen known told")) &&
	       tok_among(e, f->c - 1, "those ones");
}

/* "The bid has been accepted by the directors": to accept a thing is an act on it; only
 * "accepted that ..." reports a belief, which a passive with its agent never holds (the active
 * "accepted the offer" is object_not_clause()'s). */
static bool accepted_by(const struct engine *e, const struct frame *f)
{
	return tok_among(e, f->c, "accepted accept accepts") && f->sa == f->c + 2 &&
	       tok_is(e, f->c + 1, "by") && f->c > f->a && tok_be(e, f->c - 1);
}

/* "a war that has been claiming soldiers' lives", "the storm claimed the lives of four": to
 * claim lives is to take them, no claim made; the content's noun (after a possessive, a
 * determiner or "the lives of") says so. */
static bool takes_lives(const struct engine *e, const struct frame *f)
{
	if (!tok_among(e, f->c, "claim claimed claiming claims") || f->qb != f->c + 1)
		return false;
	for (size_t k = f->c + 1; k < f->b && k < f->c + 4; k++) {
		if (tok_among(e, k, "life lives victims"))
			return true;
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, '\''))
			return false;
	}
	return false;
}

/* True when the words [a, b) hold a financial result ("a third-quarter loss", "a 40% drop in
 * net income", "a charge"). */
static bool result_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (tok_among(
			    e, k,
			    "loss losses drop decline declines charge charges profit profits income "
			    "earnings gain gains increase rise fall deficit writedown write-down"))
			return true;
	return false;
}

/* "Vale Tools Inc. reported a second-quarter loss, citing a plan to close two plants": a
 * reason given for a result a business reports is the report's gloss, no statement of its own
 * ("the mayor declined, citing legal risks" and "he said, citing the polls" stay: PolNeAR
 * annotates those). */
static bool result_cause(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, k;

	if (!tok_is(e, c, "citing") || f->qa != c || c < f->a + 3 || !tok_punct(e, c - 1, ','))
		return false;
	for (k = c - 1; k > f->a && c - k < 16; k--)
		if (tok_among(e, k - 1,
			      "reported reports posted posts recorded records booked took"))
			return result_words(e, k, c - 1);
	return false;
}

/* "announced a loss for the quarter of $226.3 million, or $11.57 a share": a result of a
 * business and its sum read as the source after the cue is a misread object (the name before
 * the cue said it), no claim ("Mr. Doe, who cut his earnings estimate to $2.95 a share," is a
 * source described). */
static bool sum_after_cue(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb || f->sa < f->qb)
		return false;
	for (size_t k = f->sa; k + 1 < f->sb && !tok_punct(e, k, ','); k++)
		if (currency_before(e, k))
			return result_words(e, f->sa, f->sa + 3 < k ? f->sa + 3 : k);
	return false;
}

/* True when token k may stand in a person's name or title ("Sen.", "Ron", "Johnson", "(R)"):
 * a capitalised word, or the full stop, parenthesis or hyphen a name holds. */
static bool name_token(const struct engine *e, size_t k)
{
	return (e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) && !word_possessive(e, k)) ||
	       tok_punct(e, k, '.') || tok_punct(e, k, '(') || tok_punct(e, k, ')') ||
	       tok_punct(e, k, '-');
}

/* "a lawyer challenging Sen. Ron Johnson in Wisconsin", "is challenging him for the seat": to
 * challenge a person with nothing after but where or for what (a race, a seat) is to run
 * against them, no words said (PolNeAR train annotates 2 of 7); "challenged him to a debate",
 * "challenged Trump about his remarks", "challenged them for years to release the files" and
 * "challenged the ruling" stay. */
static bool runs_against(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = p;

	if (!tok_among(e, f->c, "challenge challenges challenged challenging") ||
	    f->kind != CLAIM_INDIRECT || p != f->qb || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	if (tok_among(e, p, "him her them")) {
		k = p + 1;
	} else {
		while (k < e->nt && e->t[k].start < f->ce &&
		       (name_token(e, k) || tok_is(e, k, "incumbent")))
			k++;
		if (k == p || (e->t[k - 1].kind != TOK_WORD && !tok_punct(e, k - 1, ')')))
			return false; /* no name, or one cut short ("Clinton-") */
	}
	if (k >= e->nt || e->t[k].start >= f->ce)
		return true;
	if (!tok_among(e, k, "in for") || tok_is(e, k + 1, "court"))
		return false;
	for (; k < e->nt && e->t[k].start < f->ce; k++)
		if (tok_among(e, k, "to about over") || e->t[k].kind == TOK_QOPEN)
			return false; /* "challenged them for years to release the files" */
	return true;
}

/* "moved on and backed down", "as I mentioned above", "said little": content that is one
 * lowercase adverb, particle or word of amount says nothing (PolNeAR train annotates none of
 * 5); "said no", "knows nothing" and "said yes" are answers and stay. */
static bool particle_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return f->kind == CLAIM_INDIRECT && p < e->nt && p > f->c && e->t[p].end >= f->ce &&
	       e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	       tok_among(e, p,
			 "up down out off away back over around along home above below next now "
			 "then anyway later again little more much many both");
}

/* "he said, according to a transcript seen by the paper", "In a press release last week, the
 * committee said about ...:": content that is only where the words were found (an occasion or
 * "according to" and what follows, no clause: no comma, quotation, "that", pronoun or finite
 * verb) is the tag's, not what was said (PolNeAR train annotates none of 2; "In a
 * release he said the plan had failed" stays). */
static bool occasion_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), lim = p;

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	while (lim < e->nt && e->t[lim].start < f->ce) {
		if (e->t[lim].kind != TOK_WORD || (e->t[lim].word & (WORD_VERB | WORD_AUX)) ||
		    tok_is(e, lim, "that") || (e->t[lim].word & WORD_PRON) || tok_modal(e, lim))
			return false;
		lim++;
	}
	if (tok_is(e, p, "according") && tok_is(e, p + 1, "to"))
		return true;
	if (!tok_among(e, p, "in at during on via through"))
		return false;
	if (claims_occasion_after(e, p, lim))
		return true;
	for (size_t j = p + 2; j < lim && j < p + 5; j++)
		if (tok_among(e, j, "release memo transcript"))
			return true;
	return false;
}

/* "According to an analysis of her calendar, The Herald reported that ...": content that is
 * only a name and its speech verb (a "that" or an occasion at most after it) is another
 * attribution's tag, not what was said (PolNeAR train annotates none of 3); "Lee said the plan
 * was dead" has words of its own after the verb. */
static bool tag_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k, lim = p;

	while (lim < e->nt && e->t[lim].start < f->ce)
		lim++;
	k = p < lim && tok_is(e, p, "the") ? p + 1 : p;
	if (k >= lim || !(e->t[k].flags & TOKF_CAP))
		return false;
	while (k < lim && k < p + 5 && name_token(e, k) && !e->t[k].cue)
		k++;
	if (k >= lim || k == p || e->t[k].kind != TOK_WORD || !(e->t[k].cue & CUE_VERB) ||
	    (e->t[k].cue & CUE_BELIEF) || (e->t[k].flags & TOKF_CAP))
		return false;
	k++;
	return k == lim || (k + 1 == lim && tok_is(e, k, "that")) ||
	       (tok_among(e, k, "in at during on") && lim <= k + 5 &&
		claims_occasion_after(e, k, lim));
}

/* True when the word at k is a pronoun with its verb run in ("I've", "we’re", "they'll"). */
static bool pronoun_contraction(const struct engine *e, size_t k)
{
	static const char *const tails[] = {"'ve", "\xE2\x80\x99ve", "'re", "\xE2\x80\x99re",
					    "'ll", "\xE2\x80\x99ll", "'m",  "\xE2\x80\x99m"};
	size_t len = e->t[k].end - e->t[k].start;

	for (size_t i = 0; i < sizeof(tails) / sizeof(*tails); i++) {
		size_t n = strlen(tails[i]);
		if (len > n && memcmp(e->text + e->t[k].end - n, tails[i], n) == 0)
			return true;
	}
	return false;
}

/* "Specifically I've heard from voters, all expressing concern about ...": a source with a
 * pronoun and its verb inside it, before another word, is a clause the cue's subject was looked
 * for in, not a speaker ("They'll say" has the contraction last; "Several people I've spoken
 * with said" is a noun phrase the clause describes). */
static bool clause_as_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	if (k + 2 < f->sb && word_ends(e, k, "ly"))
		k++; /* "Specifically", "Frankly" */
	return k + 1 < f->sb && e->t[k].kind == TOK_WORD && pronoun_contraction(e, k);
}

/* "to hold up on their ICC plans, the envoy said": a source right after a possessive
 * determiner is a word of the possessed noun phrase, its cue that phrase's noun ("his wife
 * says" has "his" in its source). */
static bool possessed_source(const struct engine *e, const struct frame *f)
{
	return f->sa < f->sb && f->sa > 0 && f->sb == f->c &&
	       e->t[f->sa - 1].sent == e->t[f->sa].sent &&
	       tok_among(e, f->sa - 1, "his her its their our my your");
}

/* "Check out the Sanders campaign website", "Absent a strong defense of these programs": a
 * source that opens its sentence with a capitalised word no list knows (no -ed, -s or -ing, no
 * adverb in -ly), right before a determiner, is an order to the reader or an opening phrase,
 * not a noun phrase ("Meet the Press" is short; "Thursday the", "Now the" are known words). */
static bool order_as_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa, d = k + 1;

	if (k >= f->sb || (k > 0 && e->t[k - 1].sent == e->t[k].sent) || e->t[k].kind != TOK_WORD ||
	    !(e->t[k].flags & TOKF_CAP) || e->t[k].word || e->t[k].cue || word_ends(e, k, "ed") ||
	    word_ends(e, k, "s") || word_ends(e, k, "ing") || word_ends(e, k, "ly") ||
	    tok_among(e, k, "here instead meanwhile now still then there thus"))
		return false;
	if (d < f->sb && tok_among(e, d, "out up"))
		d++;
	return d + 2 < f->sb && (e->t[d].word & WORD_DET) && !(e->t[d].flags & TOKF_CAP);
}

/* "youth and charisma - he rejects the rest": a source that runs across a dash to the personal
 * pronoun right before the cue is two clauses; its words before the dash are no speaker's. */
static bool source_across_dash(const struct engine *e, const struct frame *f)
{
	return f->sb >= 2 && f->sa + 2 < f->sb && f->sb == f->c && tok_dash(e, f->sb - 2) &&
	       (e->t[f->sb - 1].word & WORD_PRON) && !(e->t[f->sb - 1].word & WORD_REL);
}

/* "The two men were at opposite poles, the one impassioned in blasting me": a cue in -ing after
 * a preposition, after a comma and a determiner that opens a phrase with no verb of its own,
 * is a gerund whose subject is that phrase ("the one"); the source is another verb's subject
 * ("Betsey Wright, a close aide, coined the term in describing" keeps its claim). */
static bool gerund_past_comma(const struct engine *e, const struct frame *f)
{
	size_t k;

	if (f->c < 2 || f->c <= f->sb || f->c - f->sb > 16 || !word_ends(e, f->c, "ing") ||
	    !tok_among(e, f->c - 1, "at in of on"))
		return false;
	for (k = f->c - 1; k > f->sb && !tok_punct(e, k, ','); k--)
		if (e->t[k].word & WORD_VERB)
			return false;
	return k > f->sb && tok_punct(e, k, ',') && k + 1 < f->c &&
	       tok_among(e, k + 1, "a an another each one the");
}

/* "a page on health care, which dutifully recounts": "which" after a noun phrase that follows
 * "on" or "about" has the topic of the noun before it nearest, where its antecedent would be
 * looked for; the page is no speaker and the topic less so. */
static bool which_after_topic(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	if (f->sb != f->sa + 1 || k < 3 || !tok_is(e, k, "which") || !tok_punct(e, k - 1, ','))
		return false;
	for (k -= 2; k > 0 && k + 6 > f->sa && e->t[k].kind == TOK_WORD &&
		     e->t[k].sent == e->t[f->sa].sent && !(e->t[k].word & (WORD_PREP | WORD_VERB));
	     k--)
		;
	return tok_among(e, k, "about on");
}

/* "The bottom line is demanding more money", "The goal is saying no": after a noun of an aim
 * or a point, "is" and a word in -ing are the noun and what it is, a gerund, not someone
 * speaking ("The senator is demanding" stays). */
static bool predicate_gerund(const struct engine *e, const struct frame *f)
{
	return f->c >= 2 && f->sb > f->sa && f->sb <= f->c - 1 && word_ends(e, f->c, "ing") &&
	       tok_among(e, f->c - 1, "is was") &&
	       tok_among(e, f->sb - 1,
			 "aim answer challenge goal idea line message mission plan point priority "
			 "problem purpose question solution strategy task thing trick");
}

bool claims_frame_junk(const struct engine *e, const struct frame *f)
{
	if (unnamed_polls(e, f) || states_noun(e, f) || indefinite_named(e, f) ||
	    furniture_label(e, f) || list_heading(e, f) || opener_only(e, f))
		return true;
	if (order_as_source(e, f) || source_across_dash(e, f) || gerund_past_comma(e, f) ||
	    which_after_topic(e, f) || predicate_gerund(e, f))
		return true;
	if (hyphen_compound(e, f) || verb_phrase_source(e, f) || noun_in_phrase(e, f) ||
	    in_picture(e, f) || as_we_know_it(e, f) || according_to_measure(e, f) ||
	    accused_adjective(e, f) || participle_adjective(e, f) || takes_lives(e, f) ||
	    alleged_adjective(e, f) || interrogation(e, f) || withholds_name(e, f) ||
	    joined_verb_source(e, f) || offering_noun(e, f))
		return true;
	if (participle_on_pronoun(e, f) || accepted_by(e, f) || result_cause(e, f) ||
	    sum_after_cue(e, f) || runs_against(e, f) || particle_content(e, f) ||
	    occasion_content(e, f) || tag_content(e, f))
		return true;
	return names_thing(e, f) || aspect_verb(e, f) || heading_label(e, f) ||
	       foreign_sentence(e, f) || object_not_clause(e, f) || intention_to_act(e, f) ||
	       fragment_source(e, f) || device_subject(e, f) || headline_source(e, f) ||
	       opening_phrase(e, f) || no_statement(e, f) || misread_frame(e, f) ||
	       asked_to_act(e, f) || picture_shows(e, f) || abstract_source(e, f) ||
	       pronoun_content(e, f) || manner_content(e, f) || time_after_cue(e, f) ||
	       act_to_come(e, f) || relative_belief(e, f) || relative_in_subject(e, f) ||
	       call_noun(e, f) || quoted_title(e, f) || medium_after_cue(e, f) ||
	       result_clause(e, f) || boasts_quantity(e, f) || gerund_subject(e, f) ||
	       found_at_place(e, f) || possessed_source(e, f) || clause_as_source(e, f);
}

/* True when the cue of claim c is a belief, a hope or a wish ("expects", "did not know",
 * "wants") or a stance taken on something ("supports", "backed", "endorsing"). */
static bool belief_or_stance(const struct engine *e, const struct claim *c)
{
	for (size_t k = claims_tok_at(e, c->cue.start); k < e->nt && e->t[k].start < c->cue.end;
	     k++)
		if (e->t[k].kind == TOK_WORD &&
		    ((e->t[k].cue & CUE_BELIEF) ||
		     tok_among(e, k,
			       "support supported supporting supports backed backing backs endorsed "
			       "endorses endorsing oppose opposed opposes opposing")))
			return true;
	return false;
}

/* True when the cue of claim c names an act or a stance taken on something rather than words
 * said ("his attacks on", "criticism of", "talked about", "accused X", "vowed to", "called for"):
 * inside another claim's content it is part of that statement ("referring to", "pointed to",
 * which say what the words meant, stay). */
static bool act_on_something(const struct engine *e, const struct claim *c)
{
	for (size_t k = claims_tok_at(e, c->cue.start); k < e->nt && e->t[k].start < c->cue.end;
	     k++)
		if (e->t[k].kind == TOK_WORD && !(e->t[k].cue & CUE_TO) &&
		    (e->t[k].cue & (CUE_NOUN | CUE_PREP | CUE_NP | CUE_INF | CUE_FOR)))
			return true;
	return false;
}

/* True when the cue of claim c follows a modal ("would formally declare", "will tell"): a
 * telling to come or one that might be, which inside another claim's content is part of that
 * statement ("May said the country would formally declare its intention to leave"). */
static bool modal_act(const struct engine *e, const struct claim *c)
{
	size_t k = claims_tok_at(e, c->cue.start);

	for (size_t j = k; j < e->nt && e->t[j].start < c->cue.end; j++)
		if (tok_modal(e, j))
			return true; /* the cue holds it */
	for (size_t n = 0; k > 0 && k < e->nt && n < 3; k--, n++) {
		if (tok_modal(e, k - 1))
			return true;
		if (e->t[k - 1].kind != TOK_WORD ||
		    !((e->t[k - 1].word & WORD_ADV) || word_ends(e, k - 1, "ly") ||
		      tok_among(e, k - 1, "not never also then")))
			return false;
	}
	return false;
}

/* True when the span in lies inside the span out (an empty span lies anywhere). */
static bool span_inside(struct span in, struct span out)
{
	return span_empty(in) || (out.start <= in.start && in.end <= out.end);
}

/* True when claim c's speaker is no one the reader can name apart from its holder's: none, a
 * name left unresolved or one personal pronoun ("he", "they"); a relative ("who") has its
 * antecedent beside it. */
static bool speaker_unnamed(const struct engine *e, const struct claim *c)
{
	if (span_empty(c->speaker) || !c->speaker_resolved)
		return true;
	size_t k = claims_tok_at(e, c->speaker.start);
	return k < e->nt && e->t[k].end >= c->speaker.end && (e->t[k].word & WORD_PRON) &&
	       !(e->t[k].word & WORD_REL);
}

/* True when claims c and h have one speaker: the same resolved name, or both unresolved and
 * written alike ("he said that he said"). */
static bool same_speaker(const struct engine *e, const struct claim *c, const struct claim *h)
{
	size_t n = c->speaker.end - c->speaker.start;

	if (c->speaker_resolved || h->speaker_resolved)
		return c->speaker_resolved && h->speaker_resolved &&
		       strcasecmp(c->speaker_resolved, h->speaker_resolved) == 0;
	return n > 0 && h->speaker.end - h->speaker.start == n &&
	       strncasecmp(e->text + c->speaker.start, e->text + h->speaker.start, n) == 0;
}

/* True when claim c, whose content lies inside the larger content of claim h, is a step of h's
 * statement rather than a second one: its cue is inside h's content and either its speaker is
 * outside it (the subject of the sentence borrowed for a participle: "answered by asserting
 * that", "pointed out that the senator was mocking him"), or h is no quotation and c's speaker,
 * not h's, is one the reader cannot tell apart ("said that he told aides X" with "he" someone
 * else, no speaker, a name left unresolved). "X told reporters that Y said Z" with Y named,
 * "According to the Post, Obama said X" and "he said he believed" with one speaker stay. */
static bool nested_step(const struct engine *e, const struct claim *c, const struct claim *h)
{
	if (span_empty(c->cue) || span_empty(h->content) || !span_inside(c->content, h->content) ||
	    !span_inside(c->cue, h->content) ||
	    (h->content.start == c->content.start && h->content.end == c->content.end))
		return false;
	if (!span_empty(c->speaker) && !span_inside(c->speaker, h->content))
		return true;
	if (h->kind == CLAIM_DIRECT || same_speaker(e, c, h))
		return false;
	return speaker_unnamed(e, c);
}

/* True when claim i is a step of another claim of its sentence's statement (nested_step). */
static bool nested_in_near(const struct engine *e, size_t i)
{
	size_t hi = e->nout - i > CLAIMS_NEAR ? i + CLAIMS_NEAR : e->nout;

	for (size_t j = claims_near_first(e, i); j < hi; j++)
		if (j != i && nested_step(e, &e->out[i], &e->out[j]))
			return true;
	return false;
}

/* True when the cue of claim c stands in the tag of the quotation h, after h's cue and outside
 * its quotation marks ("'...,' said Ames, citing the report. '...'", "'...,' Ames said, speaking
 * of the mayor"): the writer telling what the speaker meant, not a step of the quoted words, so
 * a claim of its own with h for parent. A stance ("who backs Ames") stays a description, and
 * a question put to the speaker ("said when asked about the fire") is no one's words. */
static bool in_tag(const struct engine *e, const struct claim *c, const struct claim *h)
{
	size_t k = claims_tok_at(e, c->cue.start);

	return h->kind == CLAIM_DIRECT && !span_empty(c->speaker) && k < e->nt &&
	       !(e->t[k].flags & TOKF_INQ) && h->cue.start < c->cue.start &&
	       !belief_or_stance(e, c);
}

void claims_drop_nested(struct engine *e)
{
	size_t w = e->sent_first;

	for (size_t i = e->sent_first; i < e->nout; i++) {
		const struct claim *c = &e->out[i];
		bool inside = false;
		if (!span_empty(c->cue) &&
		    (belief_or_stance(e, c) || act_on_something(e, c) || modal_act(e, c))) {
			size_t hi = e->nout - i > CLAIMS_NEAR ? i + CLAIMS_NEAR : e->nout;
			for (size_t j = claims_near_first(e, i); j < hi && !inside; j++)
				inside = j != i && !span_empty(e->out[j].content) &&
					 span_inside(c->content, e->out[j].content) &&
					 span_inside(c->cue, e->out[j].content) &&
					 span_inside(c->speaker, e->out[j].content) &&
					 !in_tag(e, c, &e->out[j]);
		}
		if (inside || nested_in_near(e, i))
			free(e->out[i].quote);
		else
			e->out[w++] = e->out[i];
	}
	e->nout = w;
}
