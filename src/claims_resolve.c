/* claims_resolve: who a claim's source is, through the document's entities (coref)
 * (claims_resolve), and whether the source can be one at all (claims_source_ok). */
#include "claims_int.h"

/* True when token i goes on a name before `b` without being a capitalised word: "of", "and",
 * "for" or a role word ("Apple chief Tim Cook") before a capitalised word, a full stop or "&". */
static bool name_link(const struct engine *e, size_t i, size_t b)
{
	bool cap_next = i + 1 < b && (e->t[i + 1].flags & TOKF_CAP);

	if (e->t[i].kind == TOK_WORD)
		return cap_next && (e->t[i].word & WORD_ROLE || tok_is(e, i, "of") ||
				    tok_is(e, i, "and") || tok_is(e, i, "for"));
	return tok_punct(e, i, '.') || tok_punct(e, i, '&');
}

/* True when token k is a word of time, or its plural ("Sunday", "March", "days", "weeks", "in
 * May"): no one who speaks. */
static bool time_noun(const struct engine *e, size_t k)
{
	size_t n = e->t[k].end - e->t[k].start;

	return e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_TIME) || claims_month_may(e, k) ||
		(n > 3 && word_ends(e, k, "s") &&
		 (claims_lex_word(e->text + e->t[k].start, n - 1) & WORD_TIME)));
}

/* The capitalised-name part of a source span: from its first capitalised word (after titles)
 * to the last word of that run, as a byte span; empty when there is none. */
static struct span name_core(const struct engine *e, size_t a, size_t b)
{
	struct span r = {0, 0};
	size_t i = a;

	/* a day or a month opens no name ("a poll released Sunday"), unless a name goes on after
	 * it ("The Sunday Ledger") */
	while (i < b && !(e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
			  !(e->t[i].word & (WORD_PRON | WORD_DET)) &&
			  !(time_noun(e, i) && !(i + 1 < b && (e->t[i + 1].flags & TOKF_CAP)))))
		i++;
	while (i < b && e->t[i].kind == TOK_WORD &&
	       claims_lex_title(e->text + e->t[i].start, e->t[i].end - e->t[i].start)) {
		i++;
		if (i < b && tok_punct(e, i, '.'))
			i++;
	}
	if (i >= b || e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP))
		return r;
	r.start = e->t[i].start;
	r.end = e->t[i].end;
	if (b > i + 12)
		b = i + 12;
	for (i++; i < b; i++) {
		size_t j = claims_bracket_within(e, i, b);
		if (e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP))
			r.end = e->t[i].end;
		else if (j > i && (e->t[j].flags & TOKF_CAP))
			i = j - 1; /* "The Hamilton (Ontario) Herald" */
		else if (!name_link(e, i, b))
			break;
	}
	return r;
}

/* The source [a, b) as a byte span. */
struct span claims_source_span(const struct engine *e, size_t a, size_t b)
{
	return (struct span){e->t[a].start, e->t[b - 1].end};
}

/* True when the subject [sa, sb) of the sentence that begins at token s is one capitalised word
 * that opens it and names no person, place or organisation ("Authorities obtained a warrant
 * after they said"). */
static bool opening_common_noun(const struct engine *e, size_t s, size_t sa, size_t sb)
{
	size_t id;

	if (sa != s || sb != sa + 1)
		return false;
	id = coref_resolve(e->co, claims_source_span(e, sa, sb));
	return id == COREF_NONE || coref_entity(e->co, id)->kind == COREF_UNKNOWN ||
	       coref_entity(e->co, id)->kind == COREF_GROUP;
}

/* True when the name that begins at byte `at` begins at token j, or after a title there ("Mr.
 * Obama", "Sen. Lee"). */
static bool name_after_title(const struct engine *e, size_t j, size_t at)
{
	if (e->t[j].start == at)
		return true;
	if (e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP) ||
	    !claims_lex_title(e->text + e->t[j].start, e->t[j].end - e->t[j].start))
		return false;
	if (j + 1 < e->nt && tok_punct(e, j + 1, '.'))
		j++;
	return j + 1 < e->nt && e->t[j + 1].start == at;
}

/* True when the capitalised plural at a opens its sentence and names no one coref knows, and
 * a lowercase plural after "and" follows it ("Developers and supporters"), or a preposition
 * and a capitalised word ("Advisers to Acme", "Lawyers for Ms. Lee"), before k. */
static bool opening_plural_pair(const struct engine *e, size_t a, size_t k)
{
	const struct tok *n = &e->t[a + 2];

	if ((a > 0 && e->t[a - 1].sent == e->t[a].sent) || !word_plural(e, a) ||
	    !opening_common_noun(e, a, a, a + 1))
		return false;
	if (tok_among(e, a + 1, "to for of"))
		return (n->flags & TOKF_CAP) && n->kind == TOK_WORD;
	return tok_is(e, a + 1, "and") && a + 2 < k && n->kind == TOK_WORD &&
	       !(n->flags & TOKF_CAP) && !(n->word & (WORD_PRON | WORD_PREP | WORD_DET)) &&
	       word_plural(e, a + 2);
}

/* True when "they" at token i opens a tag set off after what was said: a comma before it,
 * one word after it, then a comma or the sentence's end ("Savers are wary, they said."). */
static bool tag_after_content(const struct engine *e, size_t i)
{
	return i > 0 && tok_punct(e, i - 1, ',') && i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD &&
	       (i + 2 >= e->nt || e->t[i + 2].sent != e->t[i].sent || tok_punct(e, i + 2, ',') ||
		tok_punct(e, i + 2, '.'));
}

/* "Chinese regulators summoned NVIDIA to explain what they described": "they" at token i is
 * the plural subject of its own sentence, before it ("business" is none); an empty span when
 * there is none. Not in a tag after what was said, whose subject is part of what was said
 * ("Small savers are wary, they said": the speakers named before). */

static struct span plural_subject(const struct engine *e, size_t i)
{
	struct span none = {0, 0};
	size_t s = i, sa, sb;

	if (tag_after_content(e, i))
		return none;
	while (s > 0 && i - s < 60 && e->t[s - 1].sent == e->t[i].sent)
		s--;
	/* "The real culprits, they said, are ...": the subject set off before a parenthetical tag
	 * is what the claim is about, not who "they" are */
	if (s == i || !claims_subject_fwd(e, s, i, &sa, &sb) || sb >= i ||
	    (sb + 1 == i && tok_punct(e, sb, ',')) || e->t[sb - 1].kind != TOK_WORD ||
	    ((e->t[sb - 1].flags & TOKF_CAP) && !opening_common_noun(e, s, sa, sb)) ||
	    !word_plural(e, sb - 1) || (e->t[sb - 1].word & WORD_PRON))
		return none; /* "business", "press": no plural */
	/* "In the first days after the vote they said": a time, after a preposition, is no one */
	if ((e->t[sa].kind == TOK_WORD && (e->t[sa].word & WORD_PREP)) || time_noun(e, sb - 1))
		return none;
	/* "others said they": a quantifier alone names no group a reader could find */
	if (sb == sa + 1 && tok_among(e, sa, CLAIMS_BARE_QUANTIFIERS))
		return none;
	/* "Their grim fantasy extends to the point where they believe": "their" says the subject
	 * is something of people named before, whom "they" carries on */
	if (tok_is(e, sa, "their"))
		return none;
	return claims_source_span(e, sa, sb);
}

/* True when the plural noun at k names people: "analysts", "traders", "economists",
 * "officials". */
static bool people(const struct engine *e, size_t k)
{
	static const char *const ends[] = {"ers", "ors", "ists", "ians", "ysts"};

	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if (word_ends(e, k, ends[i]))
			return true;
	return tok_among(e, k, "officials residents students agents parents people voters");
}

/* "Analysts were cautious. Some had predicted ...": "some" alone opening the sentence at token
 * i are of the people the sentence before has as its subject, a plural noun for people; an
 * empty span when it has none. Not "many" or "most", which more often stand for people at large
 * ("Trump's voters turned out. Many speculated that he might fail ...") */
static struct span some_of_before(const struct engine *e, size_t i)
{
	struct span none = {0, 0};
	size_t s = i, sa, sb;

	if (i == 0 || e->t[i - 1].sent == e->t[i].sent || !tok_is(e, i, "some"))
		return none;
	while (s > 0 && i - s < 60 && e->t[s - 1].sent == e->t[i - 1].sent)
		s--;
	if (s == i || e->t[s].sent != e->t[i - 1].sent ||
	    !claims_subject_fwd(e, s, i - 1, &sa, &sb) || e->t[sb - 1].kind != TOK_WORD ||
	    (e->t[sb - 1].flags & TOKF_CAP) || !word_plural(e, sb - 1) ||
	    (e->t[sb - 1].word & WORD_PRON) || !people(e, sb - 1))
		return none;
	return claims_source_span(e, sa, sb);
}

/* "In 1993, radical Islamists bombed the trade center. In 2000, they attacked ...": "they"
 * that is the subject of the sentence at token i (after an opening phrase) carries on the
 * subject of the sentence before in its paragraph when that is a plural noun for people; an
 * empty span otherwise, when the speaker of a claim before may be meant, and for "Her
 * advisers", whose "her" that claim's naming resolves. */
static struct span people_before(const struct engine *e, size_t i)
{
	struct span none = {0, 0};
	size_t s = i, p, sa, sb, h, id;

	/* "In 2000, they": nothing but an opening phrase up to a comma lies before "they" */
	while (s > 0 && i - s < 8 && e->t[s - 1].sent == e->t[i].sent)
		s--;
	if (s == 0 || e->t[s - 1].sent == e->t[i].sent ||
	    (s < i && (!tok_punct(e, i - 1, ',') || claims_trim_intro(e, s, i + 1) != i)))
		return none;
	if (doc_sentence(e->d, e->t[s - 1].sent)->paragraph !=
	    doc_sentence(e->d, e->t[i].sent)->paragraph)
		return none;
	for (p = s - 1; p > 0 && s - p < 60 && e->t[p - 1].sent == e->t[s - 1].sent; p--)
		;
	if (e->t[p].sent != e->t[s - 1].sent || !claims_subject_fwd(e, p, s - 1, &sa, &sb) ||
	    (e->t[sa].word & WORD_PREP) || tok_among(e, sa, "his her its their our my") ||
	    (sb == sa + 1 && tok_among(e, sa, CLAIMS_BARE_QUANTIFIERS)))
		return none;
	/* the head noun: before a preposition ("Officials at the port") */
	for (h = sa; h + 1 < sb && !(e->t[h + 1].word & WORD_PREP); h++)
		;
	/* "radical Islamists": a capitalised group noun after a lowercase word, a group's noun
	 * that opens the sentence ("Officials at the port"), or one coref knows for a group; not
	 * a surname ("Summers said") */
	if (e->t[h].kind != TOK_WORD || !word_plural(e, h) || (e->t[h].word & WORD_PRON) ||
	    !people(e, h) ||
	    ((e->t[h].flags & TOKF_CAP) &&
	     !(h > sa && e->t[h - 1].kind == TOK_WORD && !(e->t[h - 1].flags & TOKF_CAP)) &&
	     !(h == p && text_word_in(CLAIMS_GROUP_NOUNS, e->text + e->t[h].start,
				      e->t[h].end - e->t[h].start)) &&
	     ((id = coref_resolve(e->co, claims_source_span(e, h, h + 1))) == COREF_NONE ||
	      coref_entity(e->co, id)->kind != COREF_GROUP)))
		return none;
	return claims_source_span(e, sa, sb);
}

/* Where the noun phrase that ends at b begins, from a: after the last preposition or verb that
 * does not stand between two capitalised words ("growing among New Zealand's indigenous
 * people" gives "New Zealand's indigenous people"; "Office on Drugs and Crime" stays whole). */
static size_t phrase_start(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = b; k-- > a + 1;) {
		const struct tok *t = &e->t[k];
		bool inside_name = k + 1 < b && (e->t[k - 1].flags & TOKF_CAP) &&
				   (e->t[k + 1].flags & TOKF_CAP);
		if (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
		    (t->word & (WORD_PREP | WORD_VERB) || word_ends(e, k, "ing") ||
		     tok_among(e, k, "among against between like near toward towards within")) &&
		    !inside_name)
			return k + 1 < b ? k + 1 : a;
	}
	return a;
}

/* For a word such as "He'd", "she'll" or "They’ve": the end of the pronoun before the
 * apostrophe; else the token's start. */
static size_t contraction(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];
	size_t n = t->end - t->start, k = claims_uncontracted(e->text + t->start, n);

	return k < n && k <= 4 && (claims_lex_word(e->text + t->start, k) & WORD_PRON)
		       ? t->start + k
		       : t->start;
}

/* True when the byte offset end closes a possessive ("Rothman's", "Rothman’s"). */
static bool possessive_end(const struct engine *e, size_t end)
{
	return (end >= 2 && memcmp(e->text + end - 2, "'s", 2) == 0) ||
	       (end >= 4 && memcmp(e->text + end - 4, "\xE2\x80\x99s", 4) == 0);
}

/* The subject of the sentence that begins at token s, before lim, when it is a description of
 * a thing ("The study", "A martial law proclamation"): a determiner, then lowercase words; an
 * empty span otherwise. */
static struct span thing_at(const struct engine *e, size_t s, size_t lim)
{
	struct span none = {0, 0};
	size_t sa, sb;

	if (!claims_subject_fwd(e, s, lim, &sa, &sb) || sb > lim || sb < sa + 2 ||
	    !(e->t[sa].word & WORD_DET) || (e->t[sa].word & WORD_PRON))
		return none;
	for (size_t k = sa + 1; k < sb; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP) ||
		    (e->t[k].word & (WORD_PRON | WORD_PERSON | WORD_ROLE)))
			return none;
	return claims_source_span(e, sa, sb);
}

/* "The best thing about the film is that it refuses to ...": "it" at token i opens the clause
 * that a subject from s is ("is that", "was that"), so it is no name of that subject but of the
 * thing the subject's "about", "of" or "with" names ("the film"); true then, with that thing in
 * *r when it is a determiner and lowercase words (an empty span otherwise). */
static bool copula_clause_it(const struct engine *e, size_t s, size_t i, struct span *r)
{
	size_t sa, sb;

	*r = (struct span){0, 0};
	if (i < s + 3 || !tok_is(e, i - 1, "that") || !tok_be(e, i - 2) ||
	    !claims_subject_fwd(e, s, i, &sa, &sb) || sb > i - 2)
		return false;
	if (sb + 2 < i - 2 && tok_among(e, sb, "about of with"))
		*r = thing_at(e, sb + 1, i - 2);
	return true;
}

/* The thing "it" before lim names in the sentence that begins at token s: the thing of a
 * copula's subject when "it" opens its clause (copula_clause_it()), else the sentence's subject
 * (thing_at()). */
static struct span it_thing_at(const struct engine *e, size_t s, size_t lim)
{
	struct span r;

	return copula_clause_it(e, s, lim, &r) ? r : thing_at(e, s, lim);
}

/* "The company cut its forecast in July, when it blamed costs": the subject of the sentence
 * that begins at token s, before lim, when it is "the" and a business's noun that coref resolves
 * to a body named before ("the company", "the firm"): that body's name; an empty span
 * otherwise. */
static struct span body_at(const struct engine *e, size_t s, size_t lim)
{
	struct span none = {0, 0}, r;
	size_t sa, sb, id;

	if (!claims_subject_fwd(e, s, lim, &sa, &sb) || sb > lim)
		return none;
	while (sb > sa + 2 && (e->t[sb - 1].word & WORD_TIME))
		sb--; /* "The company last cut" */
	if (sb != sa + 2 || !tok_is(e, sa, "the") || !(e->t[sa + 1].word & WORD_COMPANY) ||
	    (e->t[sa + 1].flags & TOKF_CAP))
		return none;
	r = claims_source_span(e, sa, sb);
	id = coref_resolve(e->co, r);
	if (id == COREF_NONE || coref_entity(e->co, id)->kind != COREF_ORG)
		return none;
	return coref_resolve_name(e->co, r);
}

/* "The study is published in a journal. It found that ...": "it" at token i is what at()
 * finds as the subject of its sentence before it, or of the sentence before (it_thing_at(): the
 * thing; body_at(): the business); an empty span when there is none. */
static struct span thing_subject(const struct engine *e, size_t i,
				 struct span (*at)(const struct engine *, size_t, size_t))
{
	struct span r = {0, 0};
	size_t s = i, p;

	while (s > 0 && i - s < 60 && e->t[s - 1].sent == e->t[i].sent)
		s--;
	if (s < i)
		r = at(e, s, i);
	if (span_empty(r) && s == i && s > 0) {
		for (p = s; p > 0 && s - p < 80 && e->t[p - 1].sent == e->t[s - 1].sent; p--)
			;
		if (p < s && (p == 0 || e->t[p - 1].sent != e->t[s - 1].sent))
			r = at(e, p, s);
	}
	return r;
}

/* The name r that coref found in the source [a, b), or the whole name it ends when "and" or "&"
 * joins it to the words before: "the World Travel and Tourism Council", "Procter & Gamble",
 * "Smith and Jones" are named whole, not as their last part. */
static struct span joined_name(const struct engine *e, size_t a, size_t b, struct span r)
{
	struct span core = name_core(e, a, b);
	size_t n = r.end - r.start, i;

	/* r is where the entity was first named, perhaps before the source ("Margaret Hamilton and
	 * Ellen Gille worked late. Hamilton and Ellen Gille said"): its words ending the core */
	if (core.end - core.start > n && memcmp(e->text + core.end - n, e->text + r.start, n) == 0)
		r = (struct span){core.end - n, core.end};
	/* "The Hamilton (Ontario) Herald": the entity is the name's words before its bracket,
	 * but the name goes on past it */
	if (r.start >= core.start && r.end < core.end &&
	    memchr(e->text + r.end, '(', core.end - r.end))
		return core;
	i = claims_tok_at(e, r.start);
	/* "AbbVie and Dublin-based Shire": where the name comes from is no word of it */
	if (i > a + 1 && i < b && (word_ends(e, i - 1, "-based") || word_ends(e, i - 1, "-born")))
		i--;
	if (core.start < r.start && core.end == r.end && i > a && i < b &&
	    (tok_is(e, i - 1, "and") || tok_punct(e, i - 1, '&')))
		return core;
	/* "Orkem and Coates said", where "Coates" is short for a name given in full before: both */
	for (i = claims_tok_at(e, core.end);
	     i > a && e->t[i - 1].start >= core.start && (e->t[i - 1].flags & TOKF_CAP); i--)
		;
	if (r.end <= core.start && i > a + 1 && i < b && e->t[i - 1].start > core.start &&
	    (tok_is(e, i - 1, "and") || tok_punct(e, i - 1, '&')))
		return core;
	return r;
}

/* The start of the name that ends right before the comma at `comma` ("the United Nations Office
 * on Drugs and Crime World Drug Report 2014"): capitalised words, "of", "on", "and", "for" or
 * "&" between them, a year at its end and "the" before it; `comma` when there is none. */
static size_t name_before_comma(const struct engine *e, size_t comma)
{
	size_t k = comma, caps = 0;

	if (k > 1 && (e->t[k - 1].flags & TOKF_DIGIT) && (e->t[k - 2].flags & TOKF_CAP))
		k--; /* an edition's year */
	while (k > 0 && comma - k < 16 && e->t[k - 1].sent == e->t[comma].sent) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !(t->word & WORD_PRON) &&
		    !(t->word & WORD_TIME)) {
			caps++;
			k--;
		} else if (caps && k > 1 && (e->t[k - 2].flags & TOKF_CAP) &&
			   (tok_among(e, k - 1, "of on and for") || tok_punct(e, k - 1, '&'))) {
			k--;
		} else {
			break;
		}
	}
	if (!caps)
		return comma;
	if (k > 0 && tok_is(e, k - 1, "the"))
		k--;
	return k;
}

/* The kind of the entity that the tokens [a, b) name, or COREF_UNKNOWN when they name none. */
static enum coref_kind kind_of(const struct engine *e, size_t a, size_t b)
{
	size_t id = coref_resolve(e->co, claims_source_span(e, a, b));

	return id == COREF_NONE ? COREF_UNKNOWN : coref_entity(e->co, id)->kind;
}

/* "the Czech Republic, President Vaclav Havel", "the deployment of NATO-led troops, including
 * 4,000 U.S. soldiers, Albright", "the company's Ticketron unit -- Mr. Price", "Madrid, Spain,
 * the alliance": a source span that opens with words no source is (a place, a thing, lowercase
 * words, an organisation before a person) and ends, after its last comma or dash, with a
 * person's name, or a place and "the" and a noun: that last part, as tokens [*ta, b); false when the span is not so. */
static bool tail_source(const struct engine *e, size_t a, size_t b, size_t *ta)
{
	size_t k = b, t;
	enum coref_kind head, tail;

	while (k > a + 1 && !tok_punct(e, k - 1, ',') && !tok_dash(e, k - 1))
		k--;
	if (k <= a + 1 || k >= b || b - k > 6 || e->t[k].kind != TOK_WORD)
		return false;
	t = k;
	if (e->t[t].word & WORD_PRON)
		return false;
	head = kind_of(e, a, k - 1);
	if ((e->t[a].flags & TOKF_CAP) && !(e->t[a].word & (WORD_PRON | WORD_DET)) &&
	    head != COREF_ORG && head != COREF_GPE && head != COREF_PLACE && head != COREF_THING)
		return false; /* "Jon Alterman, Mr. Smith": a person before it is the source */
	tail = kind_of(e, t, b);
	for (size_t j = t + 1, p = k - 1; j < b; j++)
		if (tok_is(e, j, "and")) {
			while (p > a && !tok_punct(e, p - 1, ','))
				p--;
			if (kind_of(e, p, k - 1) == COREF_PERSON)
				return false; /* "neurosurgeon Ben Carson, Christie and Paul": a list */
			break;
		}
	if ((e->t[t].flags & TOKF_CAP) && !(e->t[t].word & WORD_DET) && tail == COREF_PERSON) {
		*ta = t;
		return true;
	}
	if (tok_is(e, t, "the") && b == t + 2 && !(e->t[t + 1].flags & TOKF_CAP) &&
	    (e->t[a].flags & TOKF_CAP) && (head == COREF_GPE || head == COREF_PLACE)) {
		*ta = t;
		return true;
	}
	return false;
}

/* True when the lowercase word at k in the past follows the name of a person or a body, whose
 * verb it is ("Ann Lee fired workers who": "fired"; not "Democratic elected officials"). */
static bool name_verb_past(const struct engine *e, size_t k)
{
	size_t s = k;

	if (k < 1 || (e->t[k].flags & TOKF_CAP) || !claims_past_word(e, k))
		return false;
	/* the stop of an abbreviation of two letters or more too (claims_abbrev_stop(): "Acme
	 * Corp. fired", "Gov. Lee fired"; not an initial's: "The U.S. elected officials") */
	while (s > 0 && k - s < 5 && e->t[s - 1].sent == e->t[k].sent &&
	       ((e->t[s - 1].kind == TOK_WORD && (e->t[s - 1].flags & TOKF_CAP) &&
		 !(e->t[s - 1].word & (WORD_PRON | WORD_DET))) ||
		(s >= 2 && claims_abbrev_stop(e, s - 1))))
		s--;
	if (s == k)
		return false;
	enum coref_kind kind = kind_of(e, s, k);
	return kind == COREF_PERSON || kind == COREF_ORG;
}

/* Where the noun phrase that ends right before token a begins (see antecedent_before);
 * SIZE_MAX when there is none. */
static size_t phrase_before(const struct engine *e, size_t a)
{
	size_t k = a;

	while (k > 0 && a - k < 6 && e->t[k - 1].sent == e->t[a].sent &&
	       e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_INQ) &&
	       !(e->t[k - 1].word &
		 (WORD_PREP | WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !e->t[k - 1].cue && !word_ends(e, k - 1, "ing") &&
	       !tok_among(e, k - 1, "among against toward towards") && !name_verb_past(e, k - 1))
		k--;
	for (size_t j = k + 1; j < a; j++)
		if (e->t[j].word & WORD_DET) /* "confuse quite a few users": a phrase opens */
			k = j;
	return k < a && !(e->t[k].word & WORD_TIME) ? k : SIZE_MAX;
}

/* The comma, dash or bracket that sets off the relative clause opening at token a: "Barkley,
 * who", "the study -- which", "David Duke (who", and for "whom" after a count of a group ("the
 * families, many of whom say", "two senators, both of whom opposed") the mark before the count;
 * SIZE_MAX when there is none (a quotation's comma is no mark of the writer's clause). */
static size_t relative_mark(const struct engine *e, size_t a)
{
	size_t c, d;

	if (a < 2)
		return SIZE_MAX;
	c = a - 1;
	if (a >= 4 && tok_is(e, a, "whom") && tok_is(e, a - 1, "of") &&
	    (tok_among(e, a - 2, CLAIMS_BARE_QUANTIFIERS " each two three four five") ||
	     (e->t[a - 2].flags & TOKF_DIGIT)))
		c = a - 3;
	if ((e->t[c].flags & TOKF_INQ) ||
	    !(tok_punct(e, c, ',') || tok_punct(e, c, '(') || tok_dash(e, c)))
		return SIZE_MAX;
	/* "the plan — like the last one — which says", "generals -- most of whom had announced
	 * their support -- who cited": a dash that closes an aside leaves the clause to the phrase
	 * before the aside, which the dash that opens it ends */
	if (tok_dash(e, c) && c + 1 == a && (d = claims_dash_before(e, 0, c, 40)) != SIZE_MAX)
		return d;
	/* "who" after a dash: only right after a name ("under the guidance of Waite—who
	 * proposed"); otherwise left as it was read; a count of whom is of the plural before the
	 * dash ("generals and admirals -- most of whom") */
	if (tok_dash(e, c) && !tok_is(e, a, "which") && c + 1 == a &&
	    !(c > 0 && e->t[c - 1].kind == TOK_WORD && (e->t[c - 1].flags & TOKF_CAP) &&
	      !(e->t[c - 1].word & (WORD_PRON | WORD_DET))))
		return SIZE_MAX;
	return c;
}

/* "many of whom", "all of whom": the count of a group and its relative pronoun at b - 1, the
 * source as PolNeAR's annotators mark it; the start of that count, else b - 1. */
size_t claims_counted_whom(const struct engine *e, size_t b)
{
	size_t a = b - 1;

	return relative_mark(e, a) != SIZE_MAX && relative_mark(e, a) + 1 < a ? a - 2 : a;
}

/* "the number of respondents who said", "a leader who refuses": for "who" at a right after a
 * noun in its sentence (no comma between), where the noun phrase it refers to begins (after a
 * preposition, a verb or a conjunction, at most six words back, at its last determiner);
 * SIZE_MAX when there is none. */
static size_t antecedent_before(const struct engine *e, size_t a)
{
	return tok_is(e, a, "who") ? phrase_before(e, a) : SIZE_MAX;
}

/* "Analysts say Sansui is a special case. It expects a loss": "it" at token i, opening its
 * sentence, is the subject of what was said in the sentence before, when that is one name of an
 * organisation or a country (or of no known kind) and the one who said it is no "it"
 * themselves (a pronoun, a plural or a person); an empty span otherwise. */
static struct span said_subject(const struct engine *e, size_t i)
{
	struct span none = {0, 0};
	size_t p = i, ct, sa, sb;
	enum coref_kind kind;

	if (i == 0 || e->t[i - 1].sent == e->t[i].sent)
		return none;
	while (p > 0 && i - p < 80 && e->t[p - 1].sent == e->t[i - 1].sent)
		p--;
	for (size_t k = e->nout, n = 0; k-- > 0 && n < 8; n++) {
		const struct claim *c = &e->out[k];
		if (c->content.start >= e->t[i].start)
			continue;
		size_t ss = claims_tok_at(e, c->speaker.start),
		       se = claims_tok_at(e, c->speaker.end);
		if (c->content.start < e->t[p].start || !c->speaker_resolved || ss >= se ||
		    (e->t[ss].word & WORD_PRON) || (kind = kind_of(e, ss, se)) == COREF_ORG ||
		    kind == COREF_GPE)
			return none;
		ct = claims_tok_at(e, c->content.start);
		if (ct >= i || !claims_subject_fwd(e, ct, i, &sa, &sb) || sb > i ||
		    !(e->t[sa].flags & TOKF_CAP) || (e->t[sa].word & (WORD_PRON | WORD_DET)))
			return none;
		kind = kind_of(e, sa, sb);
		if (kind != COREF_ORG && kind != COREF_GPE)
			return none;
		return coref_resolve_name(e->co, claims_source_span(e, sa, sb));
	}
	return none;
}

/* "A spokeswoman for Acme said the cut was big. She said margins would fall": "he" or "she" at
 * token a, opening its sentence, is the person a description ("a spokeswoman for Acme", "an
 * analyst at Berenberg") named as the source of a claim in the sentence right before in the
 * block, when that sentence names no person outside the source and the description's noun is
 * not of the other sex; the source as it resolves; an empty span otherwise. */
static struct span described_before(const struct engine *e, size_t a)
{
	struct span none = {0, 0};
	bool she = tok_is(e, a, "she");
	size_t prev;

	if ((!she && !tok_is(e, a, "he")) || a == 0 || e->t[a - 1].sent == e->t[a].sent)
		return none;
	prev = e->t[a - 1].sent;
	for (size_t k = e->nout, n = 0; k-- > 0 && n < 8; n++) {
		const struct claim *c = &e->out[k];
		if (c->content.start >= e->t[a].start)
			continue;
		if (c->speaker.start < e->t[0].start)
			return none; /* a block's claims depend on the block alone */
		size_t ss = claims_tok_at(e, c->speaker.start),
		       se = claims_tok_at(e, c->speaker.end);
		if (ss + 2 > se || e->t[ss].sent != prev || !tok_among(e, ss, "a an the") ||
		    e->t[ss + 1].kind != TOK_WORD || (e->t[ss + 1].flags & TOKF_CAP) ||
		    !((e->t[ss + 1].word & WORD_ROLE) || claims_person_noun(e, ss + 1)))
			return none;
		/* "The paper wrote that ... She said": a newspaper, a company or a ministry is
		 * never "he" or "she" */
		if (coref_org_noun(e->text + e->t[ss + 1].start,
				   e->t[ss + 1].end - e->t[ss + 1].start))
			return none;
		/* "spokeswoman" is no "he", "spokesman" no "she" */
		bool woman = word_ends(e, ss + 1, "woman"),
		     man = !woman && word_ends(e, ss + 1, "man");
		if ((she && man) || (!she && woman))
			return none;
		for (size_t i = ss; i > 0 && e->t[i - 1].sent == prev; i--)
			if ((e->t[i - 1].flags & TOKF_CAP) && kind_of(e, i - 1, i) == COREF_PERSON)
				return none;
		for (size_t i = se; i < e->nt && i < se + 60 && e->t[i].sent == prev; i++)
			if ((e->t[i].flags & TOKF_CAP) && kind_of(e, i, i + 1) == COREF_PERSON)
				return none;
		return claims_resolve(e, ss, se);
	}
	return none;
}

/* True when the tokens [a, b) are exactly a place's name as coref knows it ("Miami", "New
 * York"; not "Iowa Republicans"). */
static bool place_name(const struct engine *e, size_t a, size_t b)
{
	struct span s = claims_source_span(e, a, b), r;
	enum coref_kind kind = kind_of(e, a, b);

	if (kind != COREF_GPE && kind != COREF_PLACE)
		return false;
	r = coref_resolve_name(e->co, s);
	return r.end - r.start == s.end - s.start;
}

bool claims_office_word(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].word & WORD_PRON) &&
	       ((e->t[k].word & WORD_ROLE) ||
		tok_among(e, k,
			  "adviser ambassador attorney coach counsel delegate director executive "
			  "governor head manager mayor member secretary superdelegates"));
}

/* True when token k is a noun for an office or a person's work ("chairman", "executive",
 * "director", "spokesman", "manager"): an office's name, a word for a person, or a lowercase
 * noun that may name one by what they do ("lawmaker"). */
bool claims_office_noun(const struct engine *e, size_t k)
{
	return claims_office_word(e, k) ||
	       (e->t[k].kind == TOK_WORD &&
		((e->t[k].word & WORD_PERSON) || claims_person_noun(e, k)));
}

/* True when the name core, before k, is one capitalised word for an office that "from" a place
 * follows ("Senator from Texas says", a headline): a title of a place, no one's name. */
static bool office_from(const struct engine *e, struct span core, size_t k)
{
	size_t i = claims_tok_at(e, core.start);

	return i + 2 < k && e->t[i].end == core.end && claims_office_noun(e, i) &&
	       tok_is(e, i + 1, "from");
}

/* For a phrase [a, b) that opens with a determiner and ends in "nation of", "country of",
 * "state of" or "city of" and a place's name ("the small nation of Bangladesh", "the city of
 * Boston"): that name as coref knows it; an empty span otherwise. */
static struct span place_of_phrase(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};

	if (!(e->t[a].word & WORD_DET))
		return none;
	for (size_t k = a + 2; k + 1 < b && k < a + 8; k++)
		if (tok_is(e, k, "of"))
			return tok_among(e, k - 1, "nation country state kingdom city island") &&
					       place_name(e, k + 1, b)
				       ? coref_resolve_name(e->co, claims_source_span(e, k + 1, b))
				       : none;
	return none;
}

/* The end of the head of the phrase [a, b): the relative pronoun that opens a clause after it
 * ("officials who spoke with The Post"), or a preposition after a lowercase noun ("The Iraqi
 * ambassador to Greece", "an Iraqi Foreign Ministry official in Baghdad": an ambassador and an
 * official, not the places), else b. */
static size_t head_end(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a + 1; k < b; k++)
		if ((e->t[k].word & WORD_REL) ||
		    ((e->t[k].word & WORD_PREP) && !(e->t[k].flags & TOKF_CAP) &&
		     !(e->t[k - 1].flags & TOKF_CAP) && claims_office_noun(e, k - 1)))
			return k;
	return b;
}

/* True when the head [a, h) of a phrase a relative clause follows ends in a lowercase noun and
 * holds a capitalised word that is no capital of the sentence's opening, or is a nation's
 * adjective ("British police officers", "Thai military officials", "a U.S. official"): the head
 * already says who they are. */
static bool named_head(const struct engine *e, size_t a, size_t h)
{
	if (h < a + 2 || e->t[h - 1].kind != TOK_WORD || (e->t[h - 1].flags & TOKF_CAP))
		return false;
	for (size_t i = a; i + 1 < h; i++)
		if (e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
		    !(e->t[i].word & (WORD_PRON | WORD_DET)) &&
		    ((i > 0 && e->t[i - 1].sent == e->t[i].sent) ||
		     coref_nation_adjective(e->text + e->t[i].start, e->t[i].end - e->t[i].start)))
			return true;
	return false;
}

/* The token after a label in brackets that opens at token i, after a capitalised word of the
 * source [a, b) ("Jo Banks (D-Vt.)", "Ann Lee (Ohio)"): at most six tokens, no lowercase word;
 * i when there is none. */
static size_t label_after_name(const struct engine *e, size_t a, size_t i, size_t b)
{
	size_t j = i + 1;

	if (!tok_punct(e, i, '(') || i == a || e->t[i - 1].kind != TOK_WORD ||
	    !(e->t[i - 1].flags & TOKF_CAP))
		return i;
	while (j < b && j < i + 7 && !tok_punct(e, j, ')')) {
		if (e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP))
			return i;
		j++;
	}
	return j < b && j > i + 1 && tok_punct(e, j, ')') ? j + 1 : i;
}

/* True when the words (i, b) end in a label after a name ("and Ann Lee (R-Ind.)"). */
static bool ends_in_label(const struct engine *e, size_t i, size_t b)
{
	for (size_t j = b - 1; j > i + 1 && b - j < 8; j--)
		if (tok_punct(e, j, '('))
			return label_after_name(e, i + 1, j, b) == b;
	return false;
}

/* True when the source [a, b) is a list of names ("Sun, Hewlett-Packard and others", "Orbit,
 * Helix and Bluebird"): capitalised names set off by commas, then "and" or "or" and a last
 * name or "others"; all of them spoke, not the first alone. Not an apposition ("Jon Alterman,
 * an analyst") nor a name and its roles ("Robert M. Price, chairman and chief executive"). */
static bool name_list(const struct engine *e, size_t a, size_t b)
{
	size_t commas = 0, labels = 0, i;

	for (i = a; i < b && !tok_among(e, i, "and or"); i++) {
		size_t j = label_after_name(e, a, i, b);
		if (j > i) {
			i = j -
			    1; /* "Jo Banks (D-Vt.), Ann Lee (D-Ohio) and ...": each one's label */
			commas++; /* "Jo Banks (D-Vt.) and Ann Lee": the label sets the name off */
			labels++;
		} else if (tok_punct(e, i, ',')) {
			if (i == a || i + 1 >= b || tok_punct(e, i - 1, ','))
				return false;
			commas++;
		} else if (e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP) ||
			   (e->t[i].word & (WORD_PRON | WORD_DET | WORD_ROLE))) {
			if (!tok_punct(e, i, '.') && !tok_punct(e, i, '-'))
				return false;
		}
	}
	if (!commas || i + 1 >= b)
		return false;
	if (i + 2 == b && tok_is(e, i + 1, "others"))
		return true;
	/* "and the Dominican Republic" */
	if (i + 2 < b && tok_is(e, i + 1, "the"))
		i++;
	/* "Jo Banks (D) and former Gov. Ann Lee (R)": after labelled names, a last one that ends
	 * in a capitalised word or its label, lowercase words before it */
	if (labels && ((e->t[b - 1].kind == TOK_WORD && (e->t[b - 1].flags & TOKF_CAP)) ||
		       ends_in_label(e, i, b)))
		return true;
	for (i++; i < b; i++)
		if (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP))
			return false;
	return true;
}

/* True when the words [a, b) are one name set off after a singular description and its comma
 * ("The firm, Procter and Gamble", "Its rival, Contoso"): capitalised words and full stops,
 * with "and" or "&" only between two of them (the name of one body, as the description is one);
 * the name is the source. Not after a plural ("The senators, Ann Lee and Bo Park"). When and is
 * not NULL, *and says whether the name joins two words with "and" or "&" ("Procter and
 * Gamble"). */
static bool name_set_off(const struct engine *e, size_t a, size_t b, bool *and)
{
	bool saw = false;

	if (a < 2 || b <= a || b > a + 8 || !tok_punct(e, a - 1, ',') ||
	    e->t[a - 2].kind != TOK_WORD || (e->t[a - 2].flags & TOKF_CAP) ||
	    word_plain_s(e, a - 2) || !(e->t[b - 1].flags & TOKF_CAP))
		return false;
	for (size_t i = a; i < b; i++) {
		bool joins = i > a && i + 1 < b && (tok_is(e, i, "and") || tok_punct(e, i, '&'));
		saw = saw || joins;
		if (!(joins && (e->t[i + 1].flags & TOKF_CAP)) &&
		    !(i > a && tok_punct(e, i, '.')) &&
		    (e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP) ||
		     (e->t[i].word & (WORD_PRON | WORD_DET | WORD_ROLE))))
			return false;
	}
	if (and)
		*and = saw;
	return true;
}

/* True when the words [a, b) are two names joined by "and" ("Ann Lee and Bo Park"):
 * capitalised words and full stops on each side, each side a person, or set off after a plural
 * ("Two senators, Ann Lee and Bo Park") that says they are people of one kind. */
static bool people_joined(const struct engine *e, size_t a, size_t b)
{
	size_t j = SIZE_MAX;

	for (size_t i = a; i < b && i < a + 12; i++) {
		if (tok_is(e, i, "and") && j == SIZE_MAX)
			j = i;
		else if (!tok_punct(e, i, '.') &&
			 (e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP) ||
			  (e->t[i].word & (WORD_PRON | WORD_DET | WORD_ROLE))))
			return false;
		if (i + 1 == b)
			return j > a && j + 1 < b && j != SIZE_MAX &&
			       ((kind_of(e, a, j) == COREF_PERSON &&
				 kind_of(e, j + 1, b) == COREF_PERSON) ||
				(a >= 2 && tok_punct(e, a - 1, ',') && word_plain_s(e, a - 2) &&
				 !(e->t[a - 2].flags & TOKF_CAP) &&
				 (people(e, a - 2) || claims_person_noun(e, a - 2))));
	}
	return false;
}

/* True when the source [a, b) is a lowercase plural that says what the names after it are, and
 * a list of those names ("Rust Belt states Indiana, Michigan, Ohio and Pennsylvania", "swing
 * states Iowa, Ohio and Florida"): all of them, not the first name. At most five words before
 * the plural, none a determiner or a pronoun. */
static bool list_after_plural(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < a + 5; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_DET | WORD_PRON | WORD_VERB | WORD_PREP)))
			return false;
		if (!(t->flags & TOKF_CAP))
			return word_plain_s(e, k) && k + 1 < b && (e->t[k + 1].flags & TOKF_CAP) &&
			       name_list(e, k + 1, b);
	}
	return false;
}

/* "The envoys of Latvia, Chile and the Dominican Republic": people of several names, the phrase
 * whole (no one of the names). */
static bool people_of_list(const struct engine *e, size_t a, size_t b)
{
	size_t k = a + ((e->t[a].word & WORD_DET) && !(e->t[a].word & WORD_PRON));

	while (k < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
	       !tok_is(e, k, "of"))
		k++;
	return k > a && k + 1 < b && tok_is(e, k, "of") && word_ends(e, k - 1, "s") &&
	       !(e->t[k - 1].flags & TOKF_CAP) && name_list(e, k + 1, b);
}

/* True when the name r that coref found opens the source [a, b) and "of" or "for" and more
 * words follow it there ("Army of god letters", "Citizens for Safety", coref knowing "Army" or
 * "Citizens" alone), and it is no person's: a name cut at its first word, no speaker; the
 * source stands as written. */
static bool cut_before_of(const struct engine *e, size_t a, size_t b, struct span r)
{
	size_t n = r.end - r.start, k = claims_tok_at(e, e->t[a].start + n);

	/* r may be where the name was first written, before the source: by its words; a
	 * person's name goes on with where they are from ("King Hussein of Jordan") */
	return e->t[b - 1].end - e->t[a].start > n &&
	       span_empty(claims_person_named(e, claims_source_span(e, a, b))) &&
	       memcmp(e->text + e->t[a].start, e->text + r.start, n) == 0 && k + 1 < b &&
	       e->t[k].start >= e->t[a].start + n && tok_among(e, k, "of for") &&
	       !(e->t[k].flags & TOKF_CAP);
}

/* True when [a, b) is a possessive pronoun and lowercase words ("his brother", "their
 * lawyer"): someone named through another, which a relative clause after it may be said of. */
static bool kin_phrase(const struct engine *e, size_t a, size_t b)
{
	if (!tok_among(e, a, "his her their") || (e->t[a].flags & TOKF_CAP) || b > a + 4)
		return false;
	for (size_t k = a + 1; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP) ||
		    (e->t[k].word & (WORD_PRON | WORD_PREP | WORD_DET | WORD_VERB)))
			return false;
	return true;
}

/* Where the object of a verb begins in [a, b), the noun phrase before a relative clause: at
 * its determiner after lowercase words that are no determiner or pronoun ("tried to arrest her
 * sister, who": her sister; not "he a vagrant"); else a. */
static size_t object_start(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a + 1; k + 1 < b; k++) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) ||
		    (t->word & (WORD_DET | WORD_PRON)))
			return a;
		if (claims_det_or_possessive(e, k))
			return k;
	}
	return a;
}

/* True when [a, b) can be a noun phrase that a relative pronoun refers to: no object pronoun
 * and no particle at its end ("shut him down", "give them up"). */
static bool noun_phrase(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (tok_among(e, k, "him them me us"))
			return false;
	return !claims_verb_particle(e, b - 1);
}

/* For the noun phrase at sa after "for", "of", "at" or "with" in an apposition set off by
 * commas after a name ("Peter Morgan, a lawyer for the Sierra Club, who"): the comma after
 * the name, which "who" is said of; else SIZE_MAX. The apposition is a role of up to five
 * lowercase words opening with "a", "an" or "the". */
static size_t apposition_of(const struct engine *e, size_t sa)
{
	if (sa < 4 || !tok_among(e, sa - 1, "for of at with"))
		return SIZE_MAX;
	for (size_t k = sa - 1; k-- > 0 && sa - k < 8;) {
		const struct tok *t = &e->t[k];
		if (tok_punct(e, k, ','))
			return k + 1 < sa - 1 && tok_among(e, k + 1, "a an the") &&
					       name_before_comma(e, k) < k
				       ? k
				       : SIZE_MAX;
		if (t->kind != TOK_WORD || (t->flags & TOKF_CAP))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "Friends of the Earth campaign director Jane Smith": the start of a person's name (two or
 * more capitalised words) that ends [a, k) after a lowercase noun of a role or an office, with
 * capitalised words before that noun (the body the role is in); else SIZE_MAX. */
static size_t name_after_role(const struct engine *e, size_t a, size_t k)
{
	size_t n = k;

	while (n > a && e->t[n - 1].kind == TOK_WORD && (e->t[n - 1].flags & TOKF_CAP) &&
	       !(e->t[n - 1].word & (WORD_DET | WORD_PRON | WORD_TIME)))
		n--;
	if (k - n < 2 || n < a + 2 || e->t[n - 1].kind != TOK_WORD ||
	    (e->t[n - 1].flags & TOKF_CAP) || !(e->t[a].flags & TOKF_CAP) ||
	    (e->t[a].word & WORD_DET) ||
	    !((e->t[n - 1].word & (WORD_ROLE | WORD_PERSON)) || claims_person_noun(e, n - 1) ||
	      claims_office_noun(e, n - 1)) ||
	    tok_among(e, n - 1,
		      "agency campaign company department firm government group ministry "
		      "newspaper organization party police") ||
	    kind_of(e, n, k) != COREF_PERSON)
		return SIZE_MAX;
	for (size_t j = a; j < n; j++)
		if (e->t[j].kind != TOK_WORD)
			return SIZE_MAX; /* "Elias, a lawyer with the law firm Perkins Coie" */
	return n;
}

/* Where a source [a, ...) ends before the agent participle at k ("an investigator quoted by"):
 * before an adverb and a comma that go with the participle ("Starr's remarks, first reported
 * by"); k itself when the participle is inside a bracket opened after a ("Mr. Burman (a view
 * echoed by everyone)"), whose phrase tells about the source. */
static size_t participle_cut(const struct engine *e, size_t a, size_t k)
{
	size_t open = 0;

	for (size_t j = a; j < k; j++)
		open += tok_punct(e, j, '(') ? 1 : tok_punct(e, j, ')') && open ? (size_t)-1 : 0;
	if (open)
		return SIZE_MAX;
	while (k > a + 1 && e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_CAP) &&
	       ((e->t[k - 1].word & WORD_ADV) || word_ends(e, k - 1, "ly") ||
		tok_among(e, k - 1, "first last")))
		k--;
	while (k > a + 1 && tok_punct(e, k - 1, ','))
		k--;
	return k;
}

/* The person named before a comma within the few words before sa, in its sentence, with no
 * verb or quotation between ("Nicky Dunn, 24, from Leeds": Nicky Dunn), resolved; an empty
 * span when there is none. */
static struct span person_before(const struct engine *e, size_t sa)
{
	struct span none = {0, 0};

	for (size_t j = sa; j > 1 && sa - j < 20 && e->t[j - 1].sent == e->t[sa].sent; j--) {
		const struct tok *t = &e->t[j - 1];
		size_t nb;
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE ||
		    (t->kind == TOK_WORD && (t->word & WORD_VERB)))
			return none;
		if (!tok_punct(e, j - 1, ',') || (nb = name_before_comma(e, j - 1)) >= j - 1)
			continue;
		if (kind_of(e, nb, j - 1) == COREF_PERSON)
			return claims_resolve(e, nb, j - 1);
	}
	return none;
}

/* True when [*p, end) is a noun for people, maybe after a determiner or an adjective
 * ("lawmakers", "a star anchor"), or two capitalised plurals joined by "and" ("Democrats and
 * Republicans", *p moved back to the first); *p moves past a verb ("angered officials"). */
static bool people_phrase(const struct engine *e, size_t *p, size_t end)
{
	if (*p < end && *p >= 2 && tok_is(e, *p - 1, "and") && (e->t[*p - 2].flags & TOKF_CAP) &&
	    e->t[*p - 2].kind == TOK_WORD && word_ends(e, *p - 2, "s") &&
	    !(e->t[*p - 2].word & (WORD_VERB | WORD_PREP)))
		*p -= 2;
	if (*p + 1 == end && tok_is(e, *p, "and"))
		return false;
	for (size_t i = *p; i < end; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].word & (WORD_VERB | WORD_AUX)) ||
		    (!(e->t[i].flags & TOKF_CAP) && word_ends(e, i, "ed")))
			*p = i + 1; /* "It angered officials at": the phrase after the verb */
	if (*p >= end)
		return false;
	/* its head a person's office or work, a group of people, or a party's people by name
	 * ("Republicans"); not "contentious exchanges with Senate Republicans who" */
	return claims_office_noun(e, end - 1) ||
	       text_word_in(CLAIMS_GROUP_NOUNS, e->text + e->t[end - 1].start,
			    e->t[end - 1].end - e->t[end - 1].start) ||
	       ((e->t[end - 1].flags & TOKF_CAP) && word_ends(e, end - 1, "s"));
}

/* True when a comma lies among the tokens [a, b). */
static bool comma_in(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (tok_punct(e, k, ','))
			return true;
	return false;
}

/* Where the kin an "of" phrase ending before token k belongs to begins ("family members of
 * the victims": at "family"), when the word before "of" is kin; k otherwise. The kin noun
 * takes one word before it, or two after a determiner or possessive ("the other family
 * members"), and none past a verb ("The mayor greeted relatives"); more words are a clause
 * whose verb the lexicon does not know ("The senator met family members": "family"). */
static size_t kin_start(const struct engine *e, size_t k)
{
	size_t p, h = k - 2;

	if (k < 2 || !tok_is(e, k - 1, "of") ||
	    !tok_among(e, h, "members families relatives parents survivors") ||
	    (p = phrase_before(e, k - 1)) == SIZE_MAX)
		return k;
	for (size_t i = p; i < h; i++)
		if ((e->t[i].word & (WORD_VERB | WORD_AUX)) ||
		    (!(e->t[i].flags & TOKF_CAP) && word_ends(e, i, "ed")))
			p = i + 1;
	if (h - p > (claims_det_or_possessive(e, p) ? 3u : 1u))
		p = h - 1;
	return p;
}

/* For the phrase [a, b) before the comma of "who": when it is a place named by a common noun
 * with its determiner or possessive ("the country", "their district") after a preposition of
 * place ("Democrats across the country", "the mayor of the city"), where the phrase before the
 * preposition starts; else SIZE_MAX. */
static size_t place_after_prep(const struct engine *e, size_t a, size_t b)
{
	size_t p;

	if (a < 2 || (b != a + 2 && b != a + 3) || !claims_det_or_possessive(e, a) ||
	    e->t[b - 1].kind != TOK_WORD || (e->t[b - 1].flags & TOKF_CAP) ||
	    !tok_among(e, b - 1,
		       "country nation state city town county district valley region area world "
		       "neighborhood neighbourhood community island province village") ||
	    !tok_among(e, a - 1, "in across around throughout of from at") ||
	    e->t[a - 1].sent != e->t[b - 1].sent || (p = phrase_before(e, a - 1)) == SIZE_MAX ||
	    p >= a - 1)
		return SIZE_MAX;
	for (size_t i = p; i < a - 1; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].word & (WORD_VERB | WORD_AUX)) ||
		    (!(e->t[i].flags & TOKF_CAP) && word_ends(e, i, "ed")))
			p = i + 1; /* "angered Democrats across the country": after the verb */
	return p < a - 1 ? p : SIZE_MAX;
}

/* The name coref gives the words [k, c), or the words as written when it gives none. */
static struct span named_or_written(const struct engine *e, size_t k, size_t c)
{
	struct span r = claims_resolve(e, k, c);

	return span_empty(r) ? claims_source_span(e, k, c) : r;
}

/* "only two Democrats, both of whom", "retired generals and admirals -- most of whom", "family
 * members of the victims, many of whom": the plural noun phrase right before the mark c that a
 * count of whom is of, with a plural joined to it by "and" and the kin an "of" phrase
 * belongs to; an empty span when the word before c is no plural ("Marco Rubio (R-Fla.), all of
 * whom": none read). */
static struct span counted_group(const struct engine *e, size_t c)
{
	struct span none = {0, 0};
	size_t k, p;

	if (c < 1 || e->t[c - 1].kind != TOK_WORD || !word_ends(e, c - 1, "s") ||
	    (k = phrase_before(e, c)) == SIZE_MAX)
		return none;
	while (k + 1 < c &&
	       (tok_among(e, k, "far only just nearly almost") || (e->t[k].word & WORD_ADV)))
		k++; /* "so far only three councillors" */
	/* "9/11 victims": a word written with a mark inside it is one word */
	while (k >= 2 && e->t[k - 1].kind == TOK_PUNCT && e->t[k - 1].end == e->t[k].start &&
	       e->t[k - 2].end == e->t[k - 1].start && e->t[k - 2].kind == TOK_WORD)
		k -= 2;
	if (k >= 2 && tok_is(e, k - 1, "and") && e->t[k - 2].kind == TOK_WORD &&
	    !(e->t[k - 2].flags & TOKF_CAP) && word_ends(e, k - 2, "s") &&
	    (p = phrase_before(e, k - 1)) != SIZE_MAX)
		k = p;
	/* "The senator met ten retired generals, most of whom": a count opens the group (a verb
	 * the lexicon does not know would run it back over the clause) */
	for (p = k + 1; p + 1 < c && !tok_is(e, p, "and"); p++)
		if (claims_number_word(e, p) && e->t[p].start > e->t[p - 1].end)
			k = p; /* not "11" of "9/11 victims" */
	return named_or_written(e, kin_start(e, k), c);
}

/* True when a word in [a, b) is a nation's adjective ("an Israeli prime minister who": the one
 * person that office names, whom coref may know). */
static bool nation_in(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
		    coref_nation_adjective(e->text + e->t[i].start, e->t[i].end - e->t[i].start))
			return true;
	return false;
}

bool claims_doer_noun(const struct engine *e, size_t n)
{
	const struct tok *t = &e->t[n];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    (t->word & (WORD_PRON | WORD_VERB | WORD_AUX | WORD_PREP | WORD_DET | WORD_CONJ |
			WORD_ADV | WORD_TIME)))
		return false;
	/* "Democrats supporting ...", "Supporters backing ..." (not "Sanders speaking ...") */
	if (t->flags & TOKF_CAP)
		return kind_of(e, n, n + 1) == COREF_GROUP ||
		       ((n == 0 || e->t[n - 1].sent != t->sent) && people(e, n) &&
			opening_common_noun(e, n, n, n + 1));
	return word_plain_s(e, n) || (t->word & (WORD_PERSON | WORD_ROLE)) ||
	       claims_person_noun(e, n) || tok_among(e, n, "man woman person");
}

/* True when the source [a, b) names people by what they do: a plural or a person's noun (see
 * claims_doer_noun()) among its first three words, after lowercase words, a determiner or a
 * count (not a name: "Sun faces increasing competition"), then a participle in "-ing"
 * ("Several judges handling Freedom of Information Act lawsuits", "Supporters backing Ann
 * Lee", "A woman standing near Mr. Reed"): a name after it is the participle's object, not
 * the source. Not when a comma follows ("One pastor supporting Mr. Cruz, Dan Lee of ..."):
 * the name set off after it is the person. */
static bool people_doing(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a + 1; i + 1 < b && i < a + 4; i++) {
		const struct tok *t = &e->t[i], *p = &e->t[i - 1];
		if (t->kind != TOK_WORD || p->kind != TOK_WORD || t->sent != p->sent ||
		    (t->flags & TOKF_CAP))
			return false;
		if (word_ends(e, i, "ing") && t->end - t->start > 5 && !word_ends(e, i, "thing") &&
		    !tok_among(e, i, "according including regarding concerning during") &&
		    claims_doer_noun(e, i - 1) && !comma_in(e, i, b) &&
		    (i - 1 == a || !(e->t[i - 2].flags & TOKF_CAP) ||
		     (e->t[i - 2].word & WORD_DET) ||
		     tok_among(e, i - 2, "several some many most few all two three four five")))
			return true;
	}
	return false;
}

/* True when the comma at k in the source [a, b) is one of a list of things after "of" ("maker
 * of home, food-service and farm products"): "of" before it, then only lowercase words, hyphens
 * and commas up to b, an "and" among them; the things are no apposition. */
static bool list_after_of(const struct engine *e, size_t a, size_t k, size_t b)
{
	bool of = false, and = false;

	for (size_t j = a; j < k; j++)
		of = of || tok_is(e, j, "of");
	for (size_t j = k + 1; j < b; j++) {
		if (tok_punct(e, j, ',') || tok_punct(e, j, '-'))
			continue;
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & (TOKF_CAP | TOKF_INQ)) ||
		    e->t[j].cue || (e->t[j].word & (WORD_DET | WORD_PRON | WORD_VERB | WORD_REL)))
			return false;
		and = and || tok_is(e, j, "and");
	}
	return of && and;
}

/* For "who" at a after a thing, no plural ("his radio program who said"), the phrase before
 * it beginning at k, after a preposition after a plural for people ("listeners to his radio
 * program", "callers to the station"): where the people's phrase begins, whom "who" refers to;
 * SIZE_MAX otherwise. */
static size_t people_before_thing(const struct engine *e, size_t k, size_t a)
{
	size_t j = k, p;

	if (a < 2 || e->t[a - 1].kind != TOK_WORD || (e->t[a - 1].flags & TOKF_CAP) ||
	    word_ends(e, a - 1, "s") || tok_among(e, a - 1, "men women people children") ||
	    claims_doer_noun(e, a - 1) || claims_office_noun(e, a - 1))
		return SIZE_MAX;
	/* a title quoted before the thing: "his “Night Talk” radio show" */
	if (j > 0 && e->t[j - 1].kind == TOK_QCLOSE && e->t[j - 1].pair + 8 > j &&
	    e->t[j - 1].pair < j - 1)
		j = e->t[j - 1].pair;
	if (j > 0 && j < a && claims_det_or_possessive(e, j - 1) && !claims_det_or_possessive(e, j))
		j--;
	if (j < 3 || !tok_among(e, j - 1, "to of from for at on") ||
	    e->t[j - 1].sent != e->t[a].sent || e->t[j - 2].kind != TOK_WORD ||
	    (e->t[j - 2].flags & TOKF_CAP) || !people(e, j - 2) ||
	    (p = phrase_before(e, j - 1)) == SIZE_MAX)
		return SIZE_MAX;
	return p;
}

/* Papers given to a court or an agency ("a complaint filed with", "a lawsuit in"), beside the
 * documents of WORD_DOC and the message nouns. */
static const char lodged_papers[] =
	"affidavit complaint complaints declaration lawsuit lawsuits motion papers petition "
	"petitions suit";

/* "a filing with the Securities and Exchange Commission", "court documents filed in Boston",
 * "a complaint filed with the Federal Trade Commission": true when the source [a, b) is a
 * document (lowercase words after an article, a capital only to open the sentence, ending in a
 * document's noun), a participle of sending and a day at most, then "with", "in", "to" or
 * "before" and where it went, with no "by" or "from" after to name whose it is ("a report by
 * the Census Bureau"): the body or the place it went to said none of it. */
static const char lodged_verbs[] = "delivered filed lodged presented sent submitted";

static bool doc_lodged(const struct engine *e, size_t a, size_t b)
{
	size_t k = a + (e->t[a].kind == TOK_WORD && (e->t[a].word & WORD_DET)), h;

	for (h = k; h < b && h < k + 4 && e->t[h].kind == TOK_WORD &&
		    (!(e->t[h].flags & TOKF_CAP) ||
		     (h == a && (a == 0 || e->t[a - 1].sent != e->t[a].sent))) &&
		    !(e->t[h].word & (WORD_PREP | WORD_PRON | WORD_CONJ | WORD_DET)) &&
		    !tok_among(e, h, lodged_verbs);
	     h++)
		;
	if (h == k || h + 1 >= b ||
	    !((e->t[h - 1].word & WORD_DOC) || tok_among(e, h - 1, claims_message_nouns) ||
	      tok_among(e, h - 1, lodged_papers)))
		return false;
	if (tok_among(e, h, lodged_verbs)) {
		h++;
		if (h < b && claims_day_word(e, h))
			h++;
	}
	if (h + 1 >= b || !tok_among(e, h, "with in to before"))
		return false;
	for (k = h + 1; k < b; k++)
		if (tok_among(e, k, "by from"))
			return false;
	return true;
}

static struct span resolve_source(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0}, core, phrase, r;
	size_t k, k2, c;

	if (a >= b || claims_gerund_object(e, a, b))
		return none;
	/* "his daughter, Rosa, who said Gomez would ...": the relative clause after the source
	 * tells about the speaker, it does not name them */
	for (k = a + 2; k + 1 < b && !tok_is(e, k, "and"); k++)
		if (tok_punct(e, k, ',') && tok_among(e, k + 1, "who which") &&
		    !(e->t[k].flags & TOKF_INQ)) {
			/* "Another speaker, who gave her name only as Denise,": unless it gives the
			 * name the speaker goes by */
			if ((k2 = claims_given_name(e, k + 1, b)) != SIZE_MAX)
				return claims_source_span(e, k2, b);
			b = k;
			break;
		}
	/* "the relatives, who are fighting to keep him and who have said ...": a relative pronoun
	 * after "and" or "but" goes on the clause that the same pronoun opened before it */
	if (b == a + 1 && (e->t[a].word & WORD_REL) && a >= 1 && tok_among(e, a - 1, "and but"))
		for (k = a - 1; k-- > 0 && a - k < 40 && e->t[k].sent == e->t[a].sent;)
			if (e->t[k].kind == TOK_WORD && claims_same_word(e, k, a))
				return claims_resolve(e, k, k + 1);
	/* "many of whom say": whom they are counted among */
	if (b == a + 3 && tok_is(e, a + 2, "whom") && claims_counted_whom(e, b) == a)
		a += 2;
	/* "Barkley, who said ...": who is the noun phrase before the comma ("grief is growing
	 * among New Zealand's indigenous people, who regard": the people); so for a dash ("the
	 * study -- which notes") and a count ("the families, many of whom say") */
	if (b == a + 1 && (e->t[a].word & WORD_REL) && (c = relative_mark(e, a)) != SIZE_MAX) {
		size_t sa, sb;
		if (c + 1 < a && (!tok_dash(e, c) || (c + 3 == a && tok_is(e, a, "whom"))))
			return counted_group(e, c);
		/* "the plan — like the last one — which says": the noun before the aside, a
		 * group as a count of whom would give it ("generals and admirals -- most of whom
		 * had announced their support -- who cited") */
		if (c + 1 < a) {
			struct span g = counted_group(e, c);
			if (!span_empty(g) && !tok_is(e, a, "which"))
				return g;
			if ((k = phrase_before(e, c)) == SIZE_MAX)
				return none;
			/* "nearly four in 10 — 38 percent — who said": a number is no one; the
			 * count the aside restates is the group, as written */
			if (k + 1 == c && claims_number_word(e, k))
				return claims_number_word(e, c + 1)
					       ? claims_source_span(e, c + 1, a - 1)
					       : none;
			return named_or_written(e, k, c);
		}
		if (claims_subject_back(e, c > 40 ? c - 40 : 0, c, &sa, &sb) && sb == c) {
			sa = phrase_start(e, sa, sb);
			if (sa + 1 < sb && e->t[sa].kind == TOK_WORD && (e->t[sa].word & WORD_PREP))
				sa++; /* "opposed by the cousins, who": not "by" */
			size_t s0 = sa, p;
			sa = object_start(e, sa, sb);
			/* "family members of the victims, many of whom say": the kin the phrase
			 * before "of" names, not the victims */
			if (tok_among(e, a, "who whom") && (p = kin_start(e, sa)) != sa)
				s0 = sa = p;
			if (!noun_phrase(e, sa, sb))
				return none; /* "enough to shut him down, who": no one named */
			/* "Peter Morgan, a lawyer for the Sierra Club, who": the person the
			 * apposition is said of */
			if (tok_among(e, a, "who whom") && (k = apposition_of(e, sa)) != SIZE_MAX)
				return claims_resolve(e, name_before_comma(e, k), k);
			if (tok_is(e, a, "which") &&
			    (e->t[sb - 1].word & WORD_TIME || e->t[sb - 1].flags & TOKF_DIGIT)) {
				/* "the World Drug Report 2014, which": a name and its edition */
				if ((k = name_before_comma(e, c)) + 1 < c)
					return claims_resolve(e, k, c);
				return none; /* "a lawsuit filed Tuesday, which accuses" */
			}
			/* "said a longtime adviser to Ann Lee, who declined": the adviser, as written,
			 * not the one the adviser works for */
			if (tok_among(e, a, "who whom") && sa >= 3 &&
			    tok_among(e, sa - 1, "to for") && claims_office_noun(e, sa - 2) &&
			    !(e->t[sa - 2].flags & TOKF_CAP) &&
			    (p = phrase_before(e, sa - 1)) != SIZE_MAX && p < sa - 1 &&
			    tok_among(e, p, "a an"))
				return claims_source_span(e, p, sb);
			/* "Democrats across the country, who", "the mayor of the city, who": a
			 * place named by a common noun after a preposition is no one who speaks;
			 * the people before the preposition are, as written with it */
			if (tok_among(e, a, "who whom") &&
			    (p = place_after_prep(e, sa, sb)) != SIZE_MAX)
				return claims_source_span(e, p, sb);
			/* "the mayor of Springfield, who", "the chairman of Acme Corp., who": the
			 * holder of the office, as written, not the place or the body it is of */
			if (tok_among(e, a, "who whom") && sa >= 3 && tok_is(e, sa - 1, "of") &&
			    claims_office_noun(e, sa - 2) && !(e->t[sa - 2].flags & TOKF_CAP) &&
			    (p = phrase_before(e, sa - 1)) != SIZE_MAX && p < sa - 1 &&
			    tok_among(e, p, "the a an"))
				return claims_source_span(e, p, sb);
			r = claims_resolve(e, sa, sb);
			/* "said Nicky Dunn, 24, from Leeds, who": a place after a preposition is no
			 * one who speaks; the person named before it is, else no one */
			if (tok_among(e, a, "who whom") && !span_empty(r) && sa > 0 &&
			    (e->t[sa - 1].word & WORD_PREP) && place_name(e, sa, sb))
				return person_before(e, sa);
			/* "arrest her sister, who", "detained his brother, who": her sister as
			 * written, if no one else */
			return span_empty(r) && (sa > s0 || (sa + 1 < sb && kin_phrase(e, sa, sb)))
				       ? claims_source_span(e, sa, sb)
				       : r;
		}
		/* "take a look at the World Drug Report, which reports": no subject, an object that
		 * is a name */
		if (tok_is(e, a, "which") && (k = name_before_comma(e, c)) < c)
			return claims_resolve(e, k, c);
	}
	/* "the Chicago Fire Department which reported", "the resolution which said": "which"
	 * right after a name, or after a thing with its article, with no comma between, is that
	 * (not after a preposition or a verb: "in which", "knows which") */
	if (b == a + 1 && tok_is(e, a, "which") && a >= 2 && e->t[a - 1].kind == TOK_WORD &&
	    e->t[a - 1].sent == e->t[a].sent &&
	    !(e->t[a - 1].word & (WORD_PREP | WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_PRON))) {
		if ((k = name_before_comma(e, a)) < a)
			return claims_resolve(e, k, a);
		if ((k = phrase_before(e, a)) != SIZE_MAX && k + 1 < a &&
		    tok_among(e, k, "the this that") && !tok_among(e, a - 1, "one ones"))
			return named_or_written(e, k, a);
	}
	/* "respondents who said": the noun before; one person ("an Israeli prime minister who
	 * has declared") is whom coref names, if it does */
	if (b == a + 1 && (k = antecedent_before(e, a)) != SIZE_MAX) {
		size_t p;
		/* "a Catholic nun from Miami who oppose": a place after a preposition is no one
		 * "who" refers to, the phrase before the preposition is (unnamed rather than the
		 * sentence's subject); not when that phrase is an apposition ("Diana Orrock, an
		 * RNC committeewoman from Nevada who") or itself after a preposition ("a staff
		 * member for the campaign in Philadelphia who") */
		if (k >= 2 && (e->t[k - 1].word & WORD_PREP) && e->t[k - 1].sent == e->t[a].sent &&
		    (p = phrase_before(e, k - 1)) != SIZE_MAX && p > 0 &&
		    !(e->t[p - 1].word & WORD_PREP) && !tok_punct(e, p - 1, ',') &&
		    place_name(e, k, a))
			return claims_resolve(e, p, k - 1);
		/* "lawmakers in Congress who say", "Democrats and Republicans in Congress who
		 * agree": a body is "which", never "who"; the people of it are, as written */
		if (k >= 2 && tok_among(e, k - 1, "in at of from for with inside within") &&
		    e->t[k - 1].sent == e->t[a].sent && (p = phrase_before(e, k - 1)) != SIZE_MAX &&
		    kind_of(e, k, a) == COREF_ORG && people_phrase(e, &p, k - 1))
			return claims_source_span(e, p, a);
		/* "listeners to his radio program who said": the listeners, not the program */
		if ((p = people_before_thing(e, k, a)) != SIZE_MAX)
			return claims_source_span(e, p, a);
		/* "respondents who", "people who", "some who": a group, not a person named
		 * before; nor a count of people ("double the number who said", "the 30 percent
		 * who say", "a majority who"), whom a person named in the sentence is not */
		r = coref_resolve_name(e->co, claims_source_span(e, a, b));
		if (!span_empty(r) && !word_ends(e, a - 1, "s") &&
		    !tok_among(e, a - 1,
			       "all both few many most people some number percent share "
			       "proportion majority minority half third quarter those women men "
			       "children") &&
		    /* "told a young woman who suggested", "the support of a retired general who":
		     * someone new, not the person named before in the sentence (an apposition,
		     * "Ann Lee, a lawyer who", is read before, and "Ann Lee, a consultant and
		     * an influential donor who" is hers) */
		    !(tok_among(e, k, "a an another") && k > 0 && !tok_punct(e, k - 1, ',') &&
		      !tok_among(e, k - 1, "and or") && !nation_in(e, k + 1, a)))
			return r;
		return claims_resolve(e, k, a);
	}
	if (b == a + 1 && (k = contraction(e, a)) > e->t[a].start)
		return coref_resolve_name(e->co, (struct span){e->t[a].start, k}); /* "He'd" */
	/* "a filing with the SEC": the document as written, not the body it went to */
	if (doc_lodged(e, a, b))
		return claims_source_span(e, a, b);
	/* "His son Donald Jr.": the son as written, not the father coref knows by the name */
	if (!span_empty(r = claims_written_kin(e, a, b)))
		return r;
	/* "Intelligence reports seen by Reuters", "an investigator quoted by the newspaper": the
	 * reports, the investigator, up to the participle; not Reuters; but "a statement posted
	 * by the Cyberspace Administration" is the administration's */
	for (k = a + 1; k + 1 < b; k++)
		if (claims_agent_participle(e, k) &&
		    /* "families of those affected by the shootings": the phrase says who they
		     * are, "those" alone would say no one (not in a source that a comma splits,
		     * whose start may be an opening phrase's) */
		    !(tok_among(e, k - 1, "those people anyone everyone others") &&
		      !comma_in(e, a, k)) &&
		    !tok_among(e, k,
			       "posted issued released published written signed sent filed "
			       "prepared conducted produced compiled authored made delivered"))
			return claims_source_span(
				e, a, (k2 = participle_cut(e, a, k)) == SIZE_MAX ? b : k2);
	/* "Friends of the Earth campaign director Jane Smith": the person, not the body */
	if ((k2 = name_after_role(e, a, b)) != SIZE_MAX)
		return claims_resolve(e, k2, b);
	/* "A 2014 study by Yale Law School professor Ann Lee": the study's author, whose body
	 * only says where the role is */
	for (k = a + 1; k + 3 < b; k++)
		if (tok_is(e, k, "by") && (k2 = name_after_role(e, k + 1, b)) != SIZE_MAX)
			return claims_resolve(e, k2, b);
	if (tail_source(e, a, b, &k))
		return claims_resolve(e, k, b);
	/* "Robert M. Price, chairman and chief executive, said" read as the source "chief
	 * executive": the person the role is said of, before the comma */
	if (!span_empty(r = claims_role_of_name_before(e, a, b)))
		return r;
	if (name_list(e, a, b) || claims_related_to_name(e, a, b) || people_of_list(e, a, b) ||
	    people_doing(e, a, b) || list_after_plural(e, a, b))
		return claims_source_span(e, a, b);
	if (b == a + 1 && !span_empty(r = described_before(e, a)))
		return r;
	r = coref_resolve_name(e->co, claims_source_span(e, a, b));
	if (!span_empty(r) && cut_before_of(e, a, b, r))
		return claims_source_span(e, a, b);
	if (!span_empty(r))
		return joined_name(e, a, b, r);
	if (tok_is(e, a, "they") && b == a + 1 && !span_empty(r = plural_subject(e, a)))
		return r;
	if (tok_is(e, a, "they") && b == a + 1)
		return people_before(e, a);
	if (tok_is(e, a, "it") && b == a + 1 && !span_empty(r = thing_subject(e, a, it_thing_at)))
		return r;
	if (tok_is(e, a, "it") && b == a + 1 && !span_empty(r = thing_subject(e, a, body_at)))
		return r;
	if (tok_is(e, a, "it") && b == a + 1)
		return said_subject(e, a);
	if (b == a + 1 && !span_empty(r = some_of_before(e, a)))
		return r;
	/* "his aide, former Sen. Ann Lee": a description that opens with a possessive pronoun,
	 * then the name set off after it */
	if (b > a + 3 && tok_among(e, a, "his her their our my your its")) {
		for (k = a + 1; k < b && k < a + 6 && !tok_punct(e, k, ','); k++)
			;
		if (k < b && !span_empty(r = claims_name_set_off(e, a, k, b)))
			return r;
		/* "Its rival, Contoso": a name no person's */
		if (k < b && name_set_off(e, k + 1, b, NULL))
			return claims_source_span(e, k + 1, b);
	}
	/* "His top aide, Ana Ruiz, disagreed, saying": the source ends before the comma, the name
	 * set off after it in the same sentence */
	if (b > a + 1 && b < e->nt && tok_punct(e, b, ',') &&
	    tok_among(e, a, "his her their our my your its")) {
		for (k = b + 1; k < e->nt && k < b + 12 && e->t[k].sent == e->t[b].sent; k++)
			;
		if (!span_empty(r = claims_name_set_off(e, a, b, k)))
			return r;
	}
	if (e->t[a].word & (WORD_PRON | WORD_REL))
		return none; /* a pronoun with no one to refer to */
	/* the phrase up to an apposition: "Jon Alterman, an analyst"; not up to a comma of a list
	 * after "of" ("The Utica maker of home, office and farm products") */
	for (k = a;
	     k < b && !(tok_punct(e, k, ',') && !list_after_of(e, a, k, b)) && !tok_dash(e, k);
	     k++) {
		/* "Over half (55%) of voters": a short bracket the phrase goes on past */
		size_t j = claims_bracket_within(e, k, b);
		if (tok_punct(e, k, '(') && j == k)
			break;
		k = j > k ? j - 1 : k;
		/* "the authorities in the Lorton, Va., area": a city's state set off by commas
		 * goes on the phrase, no apposition */
		if (k + 2 < b && tok_punct(e, k + 1, ',') && k > a && (e->t[k].flags & TOKF_CAP) &&
		    (e->t[k + 2].flags & TOKF_CAP) &&
		    (j = text_state_end(e->text, e->t[k + 2].start, e->t[b - 1].end)) >
			    e->t[k + 2].start &&
		    (j = claims_tok_at(e, j)) + 1 < b && tok_punct(e, j, ','))
			k = j;
	}
	if (k == a)
		return none;
	/* "One senior official Monday described": the day after a person's noun is no word of the
	 * source ("a poll released Monday" stays whole) */
	if (k > a + 1 && claims_day_word(e, k - 1) && e->t[k - 2].kind == TOK_WORD &&
	    !(e->t[k - 2].flags & TOKF_CAP) && !(e->t[k - 2].word & (WORD_TIME | WORD_ADV)) &&
	    (e->t[k - 2].word & (WORD_ROLE | WORD_PERSON) || claims_person_noun(e, k - 2)))
		k--;
	/* "a poll released Sunday", "The report released Sunday by the agency": the participle and
	 * the day say when the thing came out; the thing is the source */
	else
		k = claims_dated_participle(e, a, k);
	/* "The leader of Ennahda, Rachid Ghannouchi", "One commenter, Bruce Van Horn": a
	 * description, then the name */
	if (k + 1 < b && tok_punct(e, k, ',') && (e->t[k + 1].flags & TOKF_CAP) &&
	    (e->t[a].word & WORD_DET || !(e->t[a].flags & TOKF_CAP) ||
	     tok_among(e, a, "one two three four five six several"))) {
		bool and = false;

		/* "Two of the senators, Ann Lee and Bo Park": the names after it, all of them */
		if (name_list(e, k + 1, b) || people_joined(e, k + 1, b) ||
		    (name_set_off(e, k + 1, b, &and) && and))
			return claims_source_span(e, k + 1, b);
		r = coref_resolve_name(e->co, claims_source_span(e, k + 1, b));
		if (!span_empty(r))
			return r;
	}
	/* "Slepian's lawyer, Glenn Edward Murray,", "one abortion opponent, the Rev. Donald Spitz,
	 * the founder of ...": a description ending in a lowercase word, then a person's name set
	 * off by commas */
	if (!span_empty(r = claims_name_set_off(e, a, k, b)))
		return r;
	/* "The head of the FBI investigation [in Dar es Salaam, Kenneth Piernick, said ...] but
	 * indicated": a description whose apposition follows the source span */
	if (k == b && !span_empty(r = claims_apposition_after(e, a, b)))
		return r;
	/* "The predominantly Moslem nation of Bangladesh": the place itself */
	if ((r = place_of_phrase(e, a, k)).end > 0)
		return r;
	core = name_core(e, a, k);
	phrase = claims_source_span(e, a, k);
	if (span_empty(core) ||
	    (tok_is(e, a, "the") && !(e->t[a + (a + 1 < k)].flags & TOKF_CAP)) ||
	    office_from(e, core, k))
		return phrase; /* a description: "people familiar with the plans", "the company" */
	/* "British police officers who had been searching for him": a head a nation or a name
	 * qualifies names the source; the relative clause tells what they did */
	if ((k2 = head_end(e, a, k)) < k && (e->t[k2].word & WORD_REL) && named_head(e, a, k2))
		return claims_source_span(e, a, k2);
	/* "Chinese regulatory authorities", "the Russian space agency", "Current and former
	 * officials who spoke with The Post": a phrase whose head (before a relative clause) is no
	 * name names the source as a whole */
	if (core.end < phrase.end &&
	    (!(e->t[k - 1].flags & TOKF_CAP) || !(e->t[head_end(e, a, k) - 1].flags & TOKF_CAP)))
		return phrase;
	/* "Religious leaders in Buffalo also condemned": a capitalised word that only opens the
	 * sentence before a lowercase plural noun is its adjective, no name */
	if (core.start == e->t[a].start && core.end == e->t[a].end && a + 1 < k &&
	    (a == 0 || e->t[a - 1].sent != e->t[a].sent) && e->t[a + 1].kind == TOK_WORD &&
	    !(e->t[a + 1].flags & TOKF_CAP) && !(e->t[a + 1].word & (WORD_PRON | WORD_PREP)) &&
	    word_plural(e, a + 1) && opening_common_noun(e, a, a, a + 1))
		return phrase;
	/* "Developers and supporters in Congress", "Advisers to Acme": a plural that only opens
	 * the sentence, then "and" and another plural or a preposition and a name, is a group as
	 * written, not its first word */
	if (core.start == e->t[a].start && core.end == e->t[a].end && a + 2 < k &&
	    opening_plural_pair(e, a, k))
		return phrase;
	/* "A colleague of Rothman's": a possessive name ends a phrase about someone else */
	if (core.start > phrase.start && possessive_end(e, core.end))
		return phrase;
	/* "Some members of Congress", "prosecutors in San Francisco", "advisers to Mr. Obama":
	 * people of a place, a body or a person (a title before the name), not the place, the
	 * body or the person */
	for (size_t i = a + 1; i + 1 < k && e->t[i + 1].start <= core.start; i++)
		if (name_after_title(e, i + 1, core.start) &&
		    tok_among(e, i, "of in from at to for") && e->t[i - 1].kind == TOK_WORD &&
		    !(e->t[i - 1].flags & TOKF_CAP) && word_ends(e, i - 1, "s") &&
		    !(e->t[i - 1].word & WORD_PRON))
			return phrase;
	/* "A spokesman in Boston", "an official from Ohio": one person of a place, not the place;
	 * the person as written ("a spokesman for Acme" speaks for Acme) */
	for (size_t i = a + 1; i + 1 < k && e->t[i + 1].start <= core.start; i++)
		if (e->t[i + 1].start == core.start && tok_among(e, i, "in from") &&
		    !(e->t[i - 1].flags & TOKF_CAP) &&
		    (claims_office_noun(e, i - 1) || tok_among(e, i - 1, "man woman resident")) &&
		    kind_of(e, i + 1, claims_tok_at(e, core.end)) != COREF_ORG &&
		    kind_of(e, i + 1, claims_tok_at(e, core.end)) != COREF_PERSON)
			return phrase;
	/* "Democratic insiders in New Hampshire", "the Democratic chairs from Jefferson and
	 * Arapahoe", "Trump supporters in Ohio": a capitalised word before a lowercase plural
	 * noun is what the people are, the place after the preposition where; the people are
	 * the source, as written, not the word before them */
	if ((core.start == e->t[a].start ||
	     (a + 1 < k && core.start == e->t[a + 1].start && tok_among(e, a, "the some many"))) &&
	    (k2 = claims_tok_at(e, core.end)) + 1 < k && e->t[k2].kind == TOK_WORD &&
	    !(e->t[k2].flags & TOKF_CAP) &&
	    !(e->t[k2].word & (WORD_PRON | WORD_PREP | WORD_VERB)) && word_plural(e, k2) &&
	    tok_among(e, k2 + 1, "in of from at") && (e->t[k2 + 1].end < e->t[k - 1].end) &&
	    (e->t[k - 1].flags & TOKF_CAP))
		return phrase;
	return core;
}

static bool same_span(struct span x, struct span y)
{
	return x.start == y.start && x.end == y.end;
}

/* For a source [a, b) that is a description in lowercase words (a day's name at most) and then
 * "about" and a name ("An article on Monday about Tashfeen Malik, one of the attackers"): the
 * token of "about", whose object is the topic and never the speaker; else SIZE_MAX. */
static size_t topic_after(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a + 1; k + 1 < b && k < a + 8; k++) {
		if (tok_is(e, k, "about")) {
			if (!(e->t[a].word & WORD_DET))
				return SIZE_MAX;
			for (size_t j = k + 1; j < b; j++)
				if (e->t[j].flags & TOKF_CAP)
					return k;
			return SIZE_MAX; /* "A report about the war": no name to mistake */
		}
		if (e->t[k].kind != TOK_WORD ||
		    (e->t[k].flags & TOKF_CAP && !(e->t[k].word & WORD_TIME)))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

bool claims_known_person(const struct engine *e, struct span s)
{
	size_t id = coref_resolve(e->co, s);

	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON &&
	       coref_entity(e->co, id)->gender != COREF_GENDER_UNKNOWN;
}

size_t claims_group_head(const struct engine *e, size_t *a, size_t b)
{
	size_t s = *a, h;
	bool plain = false, the;

	/* "Both Blocher and the SVP", "Together Sanders and his aides": a word opening the
	 * sentence before the name is no word of it */
	if (s + 1 < b && e->t[s].kind == TOK_WORD &&
	    (word_ends(e, s, "ly") || tok_among(e, s, "both either neither together")))
		s++;
	the = tok_is(e, s, "the");
	h = s;
	/* "Mr. Mugabe", "President Robert Mugabe"; "The senator, his wife and their sons" */
	if (the)
		for (h++;
		     h < b && h < s + 4 && e->t[h].kind == TOK_WORD &&
		     !(e->t[h].flags & TOKF_CAP) && !e->t[h].cue &&
		     !(e->t[h].word & (WORD_PRON | WORD_DET | WORD_VERB | WORD_PREP | WORD_CONJ));
		     h++)
			;
	else
		while (h < b && h < s + 6 &&
		       (claims_cap_name_word(e, s, h) || (h > s && tok_punct(e, h, '.'))))
			h++;
	if (h == s || h + 1 >= b || claims_group_end(e, h, b) != b ||
	    (the ? !claims_office_noun(e, h - 1)
		 : !claims_lex_title(e->text + e->t[s].start, e->t[s].end - e->t[s].start) &&
			     !claims_known_person(e, claims_source_span(e, s, h))))
		return *a;
	/* a member in lowercase words ("his wife Grace", "two key figures"); a list of names
	 * alone is resolved whole as it stands */
	for (size_t k = h; k < b; k++)
		plain = plain || (e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
				  !tok_is(e, k, "and"));
	if (!plain)
		return *a;
	*a = s;
	return h;
}

/* "Mr. Meyer, who runs L.H. Meyer, a research firm", "Mr. Dell, who founded Dell Inc.": when
 * the source [a, b) opens with a person's name (capitalised words and full stops before a
 * comma, with a title or known as a person) and the name r it resolved to is written after
 * that comma, in the clause or apposition about the person, coref took the one named there (a
 * business that shares his name) for him: the person as the source names him ("Mr. Meyer").
 * Else r. */
static struct span head_not_clause(const struct engine *e, size_t a, size_t b, struct span r)
{
	size_t k = a, n = r.end - r.start, from, to;

	if (span_empty(r) || e->t[a].kind != TOK_WORD || !(e->t[a].flags & TOKF_CAP) ||
	    (e->t[a].word & (WORD_PRON | WORD_DET)))
		return r;
	while (k < b && k < a + 5 && !tok_punct(e, k, ',') &&
	       ((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP)) || tok_punct(e, k, '.')))
		k++;
	if (k + 1 >= b || k == a || !tok_punct(e, k, ','))
		return r;
	if (!claims_lex_title(e->text + e->t[a].start, e->t[a].end - e->t[a].start) &&
	    kind_of(e, a, k) != COREF_PERSON)
		return r;
	from = e->t[k].end;
	to = e->t[b - 1].end;
	for (size_t p = from; p + n <= to; p++)
		if (memcmp(e->text + p, e->text + r.start, n) == 0)
			return claims_source_span(e, a, k);
	return r;
}

/* Resolves the source [a, b). When a relative clause follows its head without a comma ("a
 * committee member who supports Trump", "A woman who has accused Bill Clinton"), the clause
 * tells about the speaker and a name inside it is someone else's: a person the head names is
 * the speaker ("Sen. Jim Whelan who represents Atlantic City"); else the description stands as
 * resolved when that is the phrase from its start ("British police officers"), or whole. */
struct span claims_resolve(const struct engine *e, size_t a, size_t b)
{
	struct span r, h;
	size_t k;

	if ((k = topic_after(e, a, b)) != SIZE_MAX) {
		h = resolve_source(e, a, k);
		return span_empty(h) ? claims_source_span(e, a, k) : h;
	}
	r = head_not_clause(e, a, b, resolve_source(e, a, b));

	/* "bankers who know Ann Lee": a lowercase plural for people alone may be the head, and
	 * the name inside its clause is no speaker */
	k = a + 2 -
	    (e->t[a].kind == TOK_WORD && !(e->t[a].flags & TOKF_CAP) && word_plain_s(e, a) &&
	     claims_doer_noun(e, a));
	for (; k + 1 < b && k < a + 12 && !tok_punct(e, k, ','); k++)
		if (tok_among(e, k, "who whom whose") && !(e->t[k].flags & TOKF_CAP))
			break;
	if (k + 1 >= b || k >= a + 12 || tok_punct(e, k, ','))
		return r;
	h = resolve_source(e, a, k);
	/* "Committee sources who spoke on the condition of anonymity": the clause says only that
	 * the source is not named; the head is the source */
	if (claims_anonymity_clause(e, k, b))
		return span_empty(h) ? claims_source_span(e, a, k) : h;
	if (same_span(r, h) || !span_empty(claims_person_named(e, h)))
		return h;
	/* the phrase from its start, cut at the head or later ("Tour operators who specialize in
	 * travel in Kenya, which boast ..."), is no name from inside the clause */
	return r.start == e->t[a].start && r.end <= e->t[b - 1].end && r.end >= e->t[k - 1].end
		       ? r
		       : claims_source_span(e, a, b);
}

/* True when token i holds a digit ("elmo666"). */
static bool has_digit(const struct engine *e, size_t i)
{
	for (size_t k = e->t[i].start; k < e->t[i].end; k++)
		if (e->text[k] >= '0' && e->text[k] <= '9')
			return true;
	return false;
}

bool claims_source_ok(const struct engine *e, size_t a, size_t b)
{
	/* "no group claimed", "No official said": a source that says nobody spoke */
	if (a < b && tok_is(e, a, "no") && b <= a + 3)
		return false;
	/* "subtle", "blind", "opener": one lowercase word (before a comma, if any) is a source
	 * only as a plural or a mass noun that speaks ("analysts", "research", "police") */
	if ((b == a + 1 || (b > a + 2 && tok_punct(e, a + 1, ',') &&
			    !(e->t[a + 2].flags & TOKF_CAP) && !(e->t[a + 2].word & WORD_DET))) &&
	    e->t[a].kind == TOK_WORD && !(e->t[a].flags & TOKF_CAP) && !has_digit(e, a) &&
	    !(e->t[a].word & (WORD_PRON | WORD_REL)) && !word_ends(e, a, "s") &&
	    contraction(e, a) == e->t[a].start &&
	    !tok_among(e, a,
		       "research data evidence police staff polling management intelligence media "
		       "people campaign government administration committee company team family "
		       "public everyone everybody someone somebody anyone anybody whoever "
		       /* a headline's bare noun: "expert says", "official says" */
		       "expert official candidate aide lawmaker analyst spokesman spokeswoman"))
		return false;
	/* "47%": a share of the people asked, not a number of a date */
	if (b == a + 2 && (e->t[a].flags & TOKF_DIGIT) && tok_punct(e, a + 1, '%'))
		return true;
	/* "One in three", "two of five": a share of the people asked */
	if (a + 2 < b &&
	    (tok_among(e, a, "one two three four five six seven eight nine") ||
	     (e->t[a].flags & TOKF_DIGIT)) &&
	    tok_among(e, a + 1, "in of"))
		return true;
	return a < b && coref_source_ok(e->co, claims_source_span(e, a, b));
}

bool claims_known_name(const struct engine *e, struct span w)
{
	size_t id = coref_resolve(e->co, w);
	const struct coref_entity *x;

	if (id == COREF_NONE)
		return false;
	x = coref_entity(e->co, id);
	return x->first < w.start && x->name.end - x->name.start > w.end - w.start;
}
