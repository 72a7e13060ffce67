/* claims_resolve: who a claim's source is, through the document's entities (coref), and whether
 * the source can be one at all. */
#include <stdio.h>
#include <stdlib.h>

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

/* True when token k is a word of time, or its plural ("Sunday", "March", "days", "weeks"): no
 * one who speaks. */
static bool time_noun(const struct engine *e, size_t k)
{
	size_t n = e->t[k].end - e->t[k].start;

	return e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_TIME) ||
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
static struct span source_span(const struct engine *e, size_t a, size_t b)
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
	id = coref_resolve(e->co, source_span(e, sa, sb));
	return id == COREF_NONE || coref_entity(e->co, id)->kind == COREF_UNKNOWN ||
	       coref_entity(e->co, id)->kind == COREF_GROUP;
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
/* Words that stand for people only by how many of some group they are: alone, no speaker that
 * "they" can be given */
#define BARE_QUANTIFIERS "all both few many most none others several some"

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
	    !word_ends(e, sb - 1, "s") || word_ends(e, sb - 1, "ss") ||
	    (e->t[sb - 1].word & WORD_PRON))
		return none; /* "business", "press": no plural */
	/* "In the first days after the vote they said": a time, after a preposition, is no one */
	if ((e->t[sa].kind == TOK_WORD && (e->t[sa].word & WORD_PREP)) || time_noun(e, sb - 1))
		return none;
	/* "others said they": a quantifier alone names no group a reader could find */
	if (sb == sa + 1 && tok_among(e, sa, BARE_QUANTIFIERS))
		return none;
	return source_span(e, sa, sb);
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
	    (e->t[sb - 1].flags & TOKF_CAP) || !word_ends(e, sb - 1, "s") ||
	    word_ends(e, sb - 1, "ss") || (e->t[sb - 1].word & WORD_PRON) || !people(e, sb - 1))
		return none;
	return source_span(e, sa, sb);
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
	size_t n = t->end - t->start;
	const char *s = e->text + t->start;

	for (size_t k = 1; k + 1 < n && k <= 4; k++) {
		size_t apos = s[k] == '\''                                          ? 1
			      : k + 3 <= n && memcmp(s + k, "\xE2\x80\x99", 3) == 0 ? 3
										    : 0;
		if (!apos)
			continue;
		if (n - k - apos >= 1 && n - k - apos <= 2 && (claims_lex_word(s, k) & WORD_PRON))
			return t->start + k;
		break;
	}
	return t->start;
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
	return source_span(e, sa, sb);
}

/* "The study is published in a journal. It found that ...": "it" at token i is the thing
 * that is the subject of its sentence before it, or of the sentence before; an empty span when
 * there is none. */
static struct span thing_subject(const struct engine *e, size_t i)
{
	struct span r = {0, 0};
	size_t s = i, p;

	while (s > 0 && i - s < 60 && e->t[s - 1].sent == e->t[i].sent)
		s--;
	if (s < i)
		r = thing_at(e, s, i);
	if (span_empty(r) && s == i && s > 0) {
		for (p = s; p > 0 && s - p < 80 && e->t[p - 1].sent == e->t[s - 1].sent; p--)
			;
		if (p < s && (p == 0 || e->t[p - 1].sent != e->t[s - 1].sent))
			r = thing_at(e, p, s);
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
	size_t id = coref_resolve(e->co, source_span(e, a, b));

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

/* Where the noun phrase that ends right before token a begins (see antecedent_before);
 * SIZE_MAX when there is none. */
static size_t phrase_before(const struct engine *e, size_t a)
{
	size_t k = a;

	while (k > 0 && a - k < 6 && e->t[k - 1].sent == e->t[a].sent &&
	       e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_INQ) &&
	       !(e->t[k - 1].word &
		 (WORD_PREP | WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !e->t[k - 1].cue && !word_ends(e, k - 1, "ing") && !tok_is(e, k - 1, "among"))
		k--;
	for (size_t j = k + 1; j < a; j++)
		if (e->t[j].word & WORD_DET) /* "confuse quite a few users": a phrase opens */
			k = j;
	return k < a && !(e->t[k].word & WORD_TIME) ? k : SIZE_MAX;
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
		return coref_resolve_name(e->co, source_span(e, sa, sb));
	}
	return none;
}

/* True when the tokens [a, b) are exactly a place's name as coref knows it ("Miami", "New
 * York"; not "Iowa Republicans"). */
static bool place_name(const struct engine *e, size_t a, size_t b)
{
	struct span s = source_span(e, a, b), r;
	enum coref_kind kind = kind_of(e, a, b);

	if (kind != COREF_GPE && kind != COREF_PLACE)
		return false;
	r = coref_resolve_name(e->co, s);
	return r.end - r.start == s.end - s.start;
}

/* True when token k is a noun for an office or a person's work ("chairman", "executive",
 * "director", "spokesman", "manager"). */
static bool office_noun(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       (e->t[k].word & (WORD_ROLE | WORD_PERSON) || claims_person_noun(e, k) ||
		tok_among(e, k, "executive president secretary head"));
}

/* True when the name core, before k, is one capitalised word for an office that "from" a place
 * follows ("Senator from Texas says", a headline): a title of a place, no one's name. */
static bool office_from(const struct engine *e, struct span core, size_t k)
{
	size_t i = claims_tok_at(e, core.start);

	return i + 2 < k && e->t[i].end == core.end && office_noun(e, i) &&
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
				       ? coref_resolve_name(e->co, source_span(e, k + 1, b))
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
		     !(e->t[k - 1].flags & TOKF_CAP) && office_noun(e, k - 1)))
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

/* The name of the person coref knows by the words at s; an empty span when they name no
 * person. */
static struct span person_named(const struct engine *e, struct span s)
{
	size_t id = coref_resolve(e->co, s);

	if (id == COREF_NONE || coref_entity(e->co, id)->kind != COREF_PERSON)
		return (struct span){0, 0};
	return coref_entity(e->co, id)->name;
}

/* For a source [a, b) of lowercase words that ends in a role ("chief executive") and follows
 * an apposition's comma after a name ("Robert M. Price, chairman and"): that person's name, as
 * coref knows it; an empty span otherwise. A plural ("In Rio Nido, officials say") is many
 * people, no role of the one name before it. */
static struct span role_of_name_before(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	size_t k = a, id;

	if (b - a > 3 || !office_noun(e, b - 1) ||
	    (word_ends(e, b - 1, "s") && !word_ends(e, b - 1, "ss")))
		return none;
	for (size_t i = a; i < b; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_CAP))
			return none;
	while (k > 0 && a - k < 5 && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) && e->t[k - 1].sent == e->t[a].sent &&
	       (office_noun(e, k - 1) || tok_among(e, k - 1, "and vice deputy")))
		k--;
	if (k < 2 || !tok_punct(e, k - 1, ',') || e->t[k - 2].kind != TOK_WORD ||
	    !(e->t[k - 2].flags & TOKF_CAP) || e->t[k - 2].sent != e->t[a].sent)
		return none;
	for (k -= 2, id = k; id > 0 && k - id < 6 && e->t[id - 1].sent == e->t[a].sent &&
			     ((e->t[id - 1].kind == TOK_WORD && (e->t[id - 1].flags & TOKF_CAP)) ||
			      tok_punct(e, id - 1, '.'));
	     id--)
		;
	return person_named(e, (struct span){e->t[id].start, e->t[k].end});
}

/* The comma that ends a name set off from n ("Mara Lind,", "the Rev. Tomas Berg,"),
 * within max tokens: its token, or lim when the name runs up to lim; SIZE_MAX when no name
 * comes first or a lowercase word does. Inside a source (lim its end) any other token may be a
 * name's; past it (caps_only) only capitalised words and full stops are, as nothing there
 * bounds the name but the comma. */
static size_t name_to_comma(const struct engine *e, size_t n, size_t lim, size_t max,
			    bool caps_only)
{
	size_t m;

	for (m = n; m < lim && m < n + max && !tok_punct(e, m, ','); m++)
		if (e->t[m].kind == TOK_WORD ? !(e->t[m].flags & TOKF_CAP)
					     : caps_only && !tok_punct(e, m, '.'))
			return SIZE_MAX;
	return m == n || (m < lim && !tok_punct(e, m, ',')) ? SIZE_MAX : m;
}

/* For a description [a, b) that opens with "the" or a possessive ("Mara's elder brother",
 * "his aunt") and ends in a lowercase word: the person named in an apposition right after it,
 * perhaps after a phrase that opens with a preposition ("The head of the FBI investigation in
 * Dar es Salaam, Kenneth Piernick,"), as coref knows them; an empty span otherwise. */
static struct span apposition_after(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	size_t k = b, n;

	while (k > a + 1 && e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_CAP))
		k--; /* the lowercase words that end the description */
	if (b < a + 2 ||
	    !(tok_is(e, a, "the") || tok_among(e, a, "his her their") ||
	      (k > a && word_possessive(e, k - 1) && (e->t[k - 1].flags & TOKF_CAP))) ||
	    e->t[b - 1].kind != TOK_WORD || (e->t[b - 1].flags & TOKF_CAP) || b >= e->nt ||
	    e->t[b].sent != e->t[a].sent)
		return none;
	k = b;
	if (!tok_punct(e, k, ',')) {
		if (!(e->t[k].word & WORD_PREP))
			return none;
		while (k < e->nt && k < b + 8 && e->t[k].kind == TOK_WORD &&
		       e->t[k].sent == e->t[a].sent)
			k++;
		if (k >= e->nt || !tok_punct(e, k, ','))
			return none;
	}
	n = name_to_comma(e, ++k, e->nt, 5, true);
	if (n >= e->nt || e->t[n].sent != e->t[a].sent)
		return none;
	return person_named(e, source_span(e, k, n));
}

/* For a description [a, k) that ends in a lowercase word before the comma at k: the person
 * that coref knows by the name after that comma ("the" and titles allowed before it), up to the
 * next comma or b; an empty span otherwise. */
static struct span name_set_off(const struct engine *e, size_t a, size_t k, size_t b)
{
	struct span none = {0, 0};
	size_t n, m;

	if (k < a + 2 || k + 1 >= b || !tok_punct(e, k, ',') || e->t[k - 1].kind != TOK_WORD ||
	    (e->t[k - 1].flags & TOKF_CAP) || (e->t[k - 1].word & (WORD_PRON | WORD_PREP)))
		return none;
	n = k + 1 + (tok_is(e, k + 1, "the") && !(e->t[k + 1].flags & TOKF_CAP));
	if ((m = name_to_comma(e, n, b, 8, false)) == SIZE_MAX)
		return none;
	return person_named(e, source_span(e, n, m));
}

/* True when the source [a, b) is a list of names ("Sun, Hewlett-Packard and others", "Orbit,
 * Helix and Bluebird"): capitalised names set off by commas, then "and" or "or" and a last
 * name or "others"; all of them spoke, not the first alone. Not an apposition ("Jon Alterman,
 * an analyst") nor a name and its roles ("Robert M. Price, chairman and chief executive"). */
static bool name_list(const struct engine *e, size_t a, size_t b)
{
	size_t commas = 0, i;

	for (i = a; i < b && !tok_among(e, i, "and or"); i++) {
		if (tok_punct(e, i, ',')) {
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
	for (i++; i < b; i++)
		if (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP))
			return false;
	return true;
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

/* True when the source [a, b) describes an unnamed person by their tie to a named one ("an
 * adviser to Hillary Clinton", "a longtime aide to both Clintons", "a producer for Yahoo
 * Studios", "an official at Hanami Securities"): an indefinite article, lowercase words ending
 * in a person's noun, "to", "for", "with", "at" (or "of" after a noun for a person: "a friend
 * of"), then the name, and no comma; the
 * speaker is the adviser, never the one named. Not a spokesman, who speaks for them. */
static bool related_to_name(const struct engine *e, size_t a, size_t b)
{
	size_t k;

	if (!tok_among(e, a, "a an one another") || (e->t[a].flags & TOKF_INQ))
		return false;
	for (k = a + 1; k < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
			!tok_among(e, k, "to of for with at");
	     k++)
		;
	/* a spokesman or a representative speaks for the one named */
	if (k == a + 1 || k + 1 >= b || !tok_among(e, k, "to of for with at") ||
	    !office_noun(e, k - 1) || (tok_is(e, k, "of") && !(e->t[k - 1].word & WORD_PERSON)) ||
	    tok_among(e, k - 1, "spokesman spokeswoman spokesperson representative"))
		return false;
	for (size_t j = k + 1; j < b; j++)
		if (tok_punct(e, j, ','))
			return false;
	return true;
}

static struct span resolve_source(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0}, core, phrase, r;
	size_t k, k2;

	if (a >= b)
		return none;
	/* "his daughter, Rosa, who said Gomez would ...": the relative clause after the source
	 * tells about the speaker, it does not name them */
	for (k = a + 2; k + 1 < b && !tok_is(e, k, "and"); k++)
		if (tok_punct(e, k, ',') && tok_among(e, k + 1, "who which") &&
		    !(e->t[k].flags & TOKF_INQ)) {
			b = k;
			break;
		}
	/* "the relatives, who are fighting to keep him and who have said ...": a relative pronoun
	 * after "and" or "but" goes on the clause that the same pronoun opened before it */
	if (b == a + 1 && (e->t[a].word & WORD_REL) && a >= 1 && tok_among(e, a - 1, "and but"))
		for (k = a - 1; k-- > 0 && a - k < 40 && e->t[k].sent == e->t[a].sent;)
			if (e->t[k].kind == TOK_WORD && claims_same_word(e, k, a))
				return claims_resolve(e, k, k + 1);
	/* "Barkley, who said ...": who is the noun phrase before the comma ("grief is growing
	 * among New Zealand's indigenous people, who regard": the people) */
	if (b == a + 1 && (e->t[a].word & WORD_REL) && a >= 2 && tok_punct(e, a - 1, ',')) {
		size_t sa, sb;
		if (claims_subject_back(e, a > 40 ? a - 40 : 0, a - 1, &sa, &sb) && sb == a - 1) {
			sa = phrase_start(e, sa, sb);
			if (sa + 1 < sb && e->t[sa].kind == TOK_WORD && (e->t[sa].word & WORD_PREP))
				sa++; /* "opposed by the cousins, who": not "by" */
			if (tok_is(e, a, "which") &&
			    (e->t[sb - 1].word & WORD_TIME || e->t[sb - 1].flags & TOKF_DIGIT)) {
				/* "the World Drug Report 2014, which": a name and its edition */
				if ((k = name_before_comma(e, a - 1)) + 1 < a - 1)
					return claims_resolve(e, k, a - 1);
				return none; /* "a lawsuit filed Tuesday, which accuses" */
			}
			return claims_resolve(e, sa, sb);
		}
		/* "take a look at the World Drug Report, which reports": no subject, an object that
		 * is a name */
		if (tok_is(e, a, "which") && (k = name_before_comma(e, a - 1)) < a - 1)
			return claims_resolve(e, k, a - 1);
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
		/* "respondents who", "people who", "some who": a group, not a person named
		 * before */
		r = coref_resolve_name(e->co, source_span(e, a, b));
		if (!span_empty(r) && !word_ends(e, a - 1, "s") &&
		    !tok_among(e, a - 1, "all both few many most people some"))
			return r;
		return claims_resolve(e, k, a);
	}
	if (b == a + 1 && (k = contraction(e, a)) > e->t[a].start)
		return coref_resolve_name(e->co, (struct span){e->t[a].start, k}); /* "He'd" */
	/* "Intelligence reports seen by Reuters": the reports, not Reuters; but "a statement
	 * posted by the Cyberspace Administration" is the administration's */
	for (k = a + 1; k + 1 < b; k++)
		if (claims_agent_participle(e, k) &&
		    !tok_among(e, k,
			       "posted issued released published written signed sent filed "
			       "prepared conducted produced compiled authored made delivered"))
			return source_span(e, a, b);
	if (tail_source(e, a, b, &k))
		return claims_resolve(e, k, b);
	/* "Robert M. Price, chairman and chief executive, said" read as the source "chief
	 * executive": the person the role is said of, before the comma */
	if (!span_empty(r = role_of_name_before(e, a, b)))
		return r;
	if (name_list(e, a, b) || related_to_name(e, a, b) || people_of_list(e, a, b))
		return source_span(e, a, b);
	r = coref_resolve_name(e->co, source_span(e, a, b));
	if (!span_empty(r))
		return joined_name(e, a, b, r);
	if (tok_is(e, a, "they") && b == a + 1)
		return plural_subject(e, a);
	if (tok_is(e, a, "it") && b == a + 1 && !span_empty(r = thing_subject(e, a)))
		return r;
	if (tok_is(e, a, "it") && b == a + 1)
		return said_subject(e, a);
	if (b == a + 1 && !span_empty(r = some_of_before(e, a)))
		return r;
	if (e->t[a].word & (WORD_PRON | WORD_REL))
		return none; /* a pronoun with no one to refer to */
	/* the phrase up to an apposition: "Jon Alterman, an analyst" */
	for (k = a; k < b && !tok_punct(e, k, ',') && !tok_dash(e, k); k++) {
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
	if (k > a + 1 &&
	    tok_among(e, k - 1,
		      "monday tuesday wednesday thursday friday saturday sunday today yesterday "
		      "tonight") &&
	    e->t[k - 2].kind == TOK_WORD && !(e->t[k - 2].flags & TOKF_CAP) &&
	    !(e->t[k - 2].word & (WORD_TIME | WORD_ADV)) &&
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
		r = coref_resolve_name(e->co, source_span(e, k + 1, b));
		if (!span_empty(r))
			return r;
	}
	/* "Slepian's lawyer, Glenn Edward Murray,", "one abortion opponent, the Rev. Donald Spitz,
	 * the founder of ...": a description ending in a lowercase word, then a person's name set
	 * off by commas */
	if (!span_empty(r = name_set_off(e, a, k, b)))
		return r;
	/* "The head of the FBI investigation [in Dar es Salaam, Kenneth Piernick, said ...] but
	 * indicated": a description whose apposition follows the source span */
	if (k == b && !span_empty(r = apposition_after(e, a, b)))
		return r;
	/* "The predominantly Moslem nation of Bangladesh": the place itself */
	if ((r = place_of_phrase(e, a, k)).end > 0)
		return r;
	core = name_core(e, a, k);
	phrase = source_span(e, a, k);
	if (span_empty(core) ||
	    (tok_is(e, a, "the") && !(e->t[a + (a + 1 < k)].flags & TOKF_CAP)) ||
	    office_from(e, core, k))
		return phrase; /* a description: "people familiar with the plans", "the company" */
	/* "British police officers who had been searching for him": a head a nation or a name
	 * qualifies names the source; the relative clause tells what they did */
	if ((k2 = head_end(e, a, k)) < k && (e->t[k2].word & WORD_REL) && named_head(e, a, k2))
		return source_span(e, a, k2);
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
	    word_ends(e, a + 1, "s") && !word_ends(e, a + 1, "ss") &&
	    opening_common_noun(e, a, a, a + 1))
		return phrase;
	/* "A colleague of Rothman's": a possessive name ends a phrase about someone else */
	if (core.start > phrase.start && possessive_end(e, core.end))
		return phrase;
	/* "Some members of Congress", "prosecutors in San Francisco": people of a place or a
	 * body, not the place or the body */
	for (size_t i = a + 1; i + 1 < k && e->t[i + 1].start <= core.start; i++)
		if (e->t[i + 1].start == core.start && tok_among(e, i, "of in from at") &&
		    e->t[i - 1].kind == TOK_WORD && !(e->t[i - 1].flags & TOKF_CAP) &&
		    word_ends(e, i - 1, "s") && !(e->t[i - 1].word & WORD_PRON))
			return phrase;
	return core;
}

static bool same_span(struct span x, struct span y)
{
	return x.start == y.start && x.end == y.end;
}

/* Resolves the source [a, b). When a relative clause follows its head without a comma ("a
 * committee member who supports Trump", "A woman who has accused Bill Clinton"), the clause
 * tells about the speaker and a name inside it is someone else's: a person the head names is
 * the speaker ("Sen. Jim Whelan who represents Atlantic City"); else the description stands as
 * resolved when that is the phrase from its start ("British police officers"), or whole. */
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

struct span claims_resolve(const struct engine *e, size_t a, size_t b)
{
	struct span r, h;
	size_t k;

	if ((k = topic_after(e, a, b)) != SIZE_MAX) {
		h = resolve_source(e, a, k);
		return span_empty(h) ? source_span(e, a, k) : h;
	}
	r = resolve_source(e, a, b);

	for (k = a + 2; k + 1 < b && k < a + 12 && !tok_punct(e, k, ','); k++)
		if (tok_among(e, k, "who whom whose") && !(e->t[k].flags & TOKF_CAP))
			break;
	if (k + 1 >= b || k >= a + 12 || tok_punct(e, k, ','))
		return r;
	h = resolve_source(e, a, k);
	if (same_span(r, h) || !span_empty(person_named(e, h)))
		return h;
	/* the phrase from its start, cut at the head or later ("Tour operators who specialize in
	 * travel in Kenya, which boast ..."), is no name from inside the clause */
	return r.start == e->t[a].start && r.end <= e->t[b - 1].end && r.end >= e->t[k - 1].end
		       ? r
		       : source_span(e, a, b);
}

/* True when token i is a pronoun that can be a clause's subject. */
static bool subject_pronoun(const struct engine *e, size_t i)
{
	return e->t[i].kind == TOK_WORD && (e->t[i].word & WORD_PRON) &&
	       tok_among(e, i, "he she it we they i");
}

/* True when the resolved speaker s is a plural description ("Con Edison officials",
 * "analysts"): its last word lowercase and ending in "s"; when head is not empty, that word is
 * head's. */
static bool plural_speaker(const char *s, const char *head, size_t nhead)
{
	const char *last = strrchr(s, ' ');
	size_t n;

	last = last ? last + 1 : s;
	n = strlen(last);
	if (n < 4 || last[n - 1] != 's' || !(last[0] >= 'a' && last[0] <= 'z') ||
	    last[n - 2] == '\'' || (unsigned char)last[n - 2] >= 0x80)
		return false;
	if (nhead && (n != nhead || strncasecmp(last, head, n) != 0))
		return false;
	return last != s || !nhead;
}

/* True when the claim c's source is a plural noun for a group of people alone that opens its
 * sentence, capitalized there only ("Analysts said ... They said"), and names no person or
 * organisation coref knows; its head is [head, head + nhead) when nhead > 0. */
static bool opening_plural(const struct engine *e, const struct claim *c, const char *head,
			   size_t nhead)
{
	/* not by its ending, as people() reads a lowercase noun: "Summers", "Sanders" */
	static const char group_words[] =
		"activists analysts bankers brokers critics dealers demonstrators diplomats "
		"economists experts investigators investors lawmakers officials opponents "
		"organizers protesters prosecutors regulators researchers residents scientists "
		"strategists supporters traders voters witnesses workers";
	const char *w = e->text + c->speaker.start;
	size_t n = c->speaker.end - c->speaker.start;

	if (n < 5 || !(w[0] >= 'A' && w[0] <= 'Z') || w[n - 1] != 's' ||
	    (nhead && (n != nhead || strncasecmp(w, head, n) != 0)))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(w[i] >= 'a' && w[i] <= 'z'))
			return false;
	if (doc_sentence(e->d, doc_sentence_at(e->d, c->speaker.start))->span.start !=
		    c->speaker.start ||
	    !text_word_in(group_words, w, n))
		return false;
	size_t id = coref_resolve(e->co, c->speaker);
	return id == COREF_NONE || coref_entity(e->co, id)->kind == COREF_UNKNOWN ||
	       coref_entity(e->co, id)->kind == COREF_GROUP;
}

/* The resolved speaker of the latest claim before token a (within a few paragraphs) that is a
 * plural description, whose head is [head, head + nhead) when nhead > 0; NULL when none. */
static const char *earlier_group(const struct engine *e, size_t a, const char *head, size_t nhead)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		if (c->paragraph + 3 < para || c->paragraph > para)
			continue;
		/* "Others said ...": no group */
		if (c->speaker_resolved && text_word_in(BARE_QUANTIFIERS, c->speaker_resolved,
							strlen(c->speaker_resolved)))
			continue;
		if (c->speaker_resolved && c->speaker.end <= e->t[a].start &&
		    (plural_speaker(c->speaker_resolved, head, nhead) ||
		     opening_plural(e, c, head, nhead)))
			return c->speaker_resolved;
	}
	return NULL;
}

/* True when the claim c's source is one of two or more named people or bodies joined by "and"
 * ("Ms. Ames and Mr. Lark", or the last of "Senators Ames, of Ohio, and Tom Lark"): a name
 * with "and" inside it or right before it. */
static bool joined_source(const struct engine *e, const struct claim *c)
{
	/* by the text: an earlier block's tokens are gone */
	const char *t = e->text, *w;
	size_t p = c->speaker.start, end = c->speaker.end;

	if (!(t[p] >= 'A' && t[p] <= 'Z'))
		return false;
	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p >= 5 && strncmp(t + p - 4, " and", 4) == 0) {
		for (p -= 4; p > 0 && t[p - 1] == ' '; p--)
			;
		if (p > 0 && t[p - 1] == ',')
			return true;
		while (p > 0 && t[p - 1] != ' ')
			p--;
		if (t[p] >= 'A' && t[p] <= 'Z')
			return true;
	}
	for (p = c->speaker.start; p + 6 < end; p++) {
		if (memcmp(t + p, " and ", 5) != 0 || !(t[p + 5] >= 'A' && t[p + 5] <= 'Z'))
			continue;
		for (w = t + p; w > t + c->speaker.start && w[-1] != ' '; w--)
			;
		if (*w >= 'A' && *w <= 'Z')
			return true;
	}
	return false;
}

/* The resolved speaker of the latest claim before token a, in its paragraph or the one before,
 * when that claim's source is people joined by "and" ("Ames and Lark say ... they say": one of
 * them, whom a reader finds in the pane); NULL when that claim is someone else's. */
static const char *earlier_pair(const struct engine *e, size_t a)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout; i-- > 0;) {
		const struct claim *c = &e->out[i];
		if (c->paragraph > para || c->speaker.end > e->t[a].start)
			continue;
		if (c->paragraph + 1 < para || !c->speaker_resolved)
			return NULL;
		return joined_source(e, c) ? c->speaker_resolved : NULL;
	}
	return NULL;
}

/* The length of the indefinite article opening s ("a " 2, "an " 3, any case), else 0. */
static size_t article_len(const char *s)
{
	return strncasecmp(s, "a ", 2) == 0 ? 2 : strncasecmp(s, "an ", 3) == 0 ? 3 : 0;
}

/* The length of "the ", "these " or "those " opening the n bytes at s (any case), else 0; 0
 * too when nothing follows. */
static size_t definite_len(const char *s, size_t n)
{
	static const char *const dets[] = {"the ", "these ", "those "};

	for (size_t i = 0; i < sizeof(dets) / sizeof(dets[0]); i++) {
		size_t k = strlen(dets[i]);
		if (n > k && strncasecmp(s, dets[i], k) == 0)
			return k;
	}
	return 0;
}

/* True when the last word w of a description names one person: "spokeswoman", "official". */
static bool person_head(const char *w)
{
	static const char *const heads[] = {"official", "source",  "executive", "aide",
					    "adviser",  "analyst", "expert",    "dealer",
					    "trader",   "broker",  "banker",    "spokesperson"};
	size_t n = strlen(w);

	if ((n >= 3 && strcmp(w + n - 3, "man") == 0) ||
	    (n >= 6 && strcmp(w + n - 6, "person") == 0))
		return true;
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if (strcmp(w, heads[i]) == 0)
			return true;
	return false;
}

/* True when the claim c's source is a description that "the" opens and that coref named no one
 * by ("The official"), and no person is named in its sentence before it or in the sentence
 * before, whom it might be another word for ("asking Trump. ... the businessman replied"); not
 * for a pronoun at byte pos inside what c says ("The aide said that he ..." is someone else). */
static bool unnamed_the(const struct engine *e, const struct claim *c, size_t pos)
{
	size_t sent = doc_sentence_at(e->d, c->speaker.start);
	size_t from = doc_sentence(e->d, sent > 0 ? sent - 1 : 0)->span.start;

	return pos >= c->content.end && strncasecmp(c->speaker_resolved, "the ", 4) == 0 &&
	       !coref_person_named(e->co, from, c->speaker.start);
}

/* The speaker, without its article, of the latest claim before token a (in its paragraph or the
 * two before) whose source is an indefinite description: with head [head, head + nhead) when
 * nhead > 0 ("An IBM spokeswoman said ... the spokeswoman said": "IBM spokeswoman"); else one
 * person whose head does not contradict the pronoun's sex (female: 'she') ("said a Sun spokesman.
 * ... he said"), also one that "the" opens and that named no one ("The official said ... He
 * added": the official, when nobody is named); NULL when none. *at, when at is not NULL, is
 * set to where that claim ends, its source or what it says, whichever is later. */
static const char *earlier_someone(const struct engine *e, size_t a, const char *head, size_t nhead,
				   bool female, size_t *at)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		const char *s = c->speaker_resolved, *w = e->text + c->speaker.start, *last;
		char hw[32];
		size_t nl;
		if (c->paragraph + 2 < para || c->paragraph > para || !s ||
		    c->speaker.end > e->t[a].start || c->speaker.end < c->speaker.start + 4 ||
		    !(article_len(w) || (!nhead && unnamed_the(e, c, e->t[a].start))))
			continue;
		s += article_len(s);
		/* "a senior dealer with Warburg Securities": the head is the word before the
		 * preposition */
		nl = strlen(s);
		for (const char *p = s; (p = strchr(p + 1, ' ')) != NULL;)
			if (text_word_in("with at for from of in", p + 1, strcspn(p + 1, " "))) {
				nl = (size_t)(p - s);
				break;
			}
		for (last = s + nl; last > s && last[-1] != ' '; last--)
			;
		/* "a source": no more than the description itself; for a pronoun, "a spokesman
		 * for the concern" says whose he is */
		if (last == s && (nhead || nl == strlen(s)))
			continue;
		nl = (size_t)(s + nl - last);
		if (!(last[0] >= 'a' && last[0] <= 'z') || nl >= sizeof(hw))
			continue;
		memcpy(hw, last, nl);
		hw[nl] = '\0';
		if (nhead ? nl != nhead || strncasecmp(hw, head, nl) != 0
			  : !person_head(hw) ||
				    (nl >= 5 && strcmp(hw + nl - 5, "woman") == 0) != female ||
				    (!female && nl >= 6 && strcmp(hw + nl - 6, "person") == 0))
			continue;
		if (at)
			*at = c->content.end > c->speaker.end ? c->content.end : c->speaker.end;
		return s;
	}
	return NULL;
}

/* True when the bytes [from, to) hold "<verb> a <noun>", the noun the n bytes at w, the verb one
 * of sending or issuing ("sent a letter", "issued a statement"). */
static bool sends(const struct engine *e, size_t from, size_t to, const char *w, size_t n)
{
	for (size_t p = from; p + n + 3 <= to; p++) {
		size_t q = p, v;
		if (strncasecmp(e->text + p, w, n) != 0 ||
		    (p + n < to && text_is_ascii_letter(e->text[p + n])))
			continue;
		if (q >= from + 2 && e->text[q - 1] == ' ' && (e->text[q - 2] | 0x20) == 'a')
			q -= 2;
		else if (q >= from + 3 && e->text[q - 1] == ' ' &&
			 strncasecmp(e->text + q - 3, "an", 2) == 0)
			q -= 3;
		else
			continue;
		if (q <= from || text_is_ascii_letter(e->text[q - 1]) || q < from + 2 ||
		    e->text[q - 1] != ' ')
			continue;
		for (v = q - 1; v > from && text_is_ascii_letter(e->text[v - 1]); v--)
			;
		if (text_word_in("sent wrote issued released signed delivered posted", e->text + v,
				 q - 1 - v))
			return true;
	}
	return false;
}

/* The resolved speaker of the latest claim before token a, within a paragraph before it, that
 * is a person named by another's possessive and a noun of the pronoun's sex: "Elian's father
 * also criticized ... He repeated" (coref leaves "he" to the unnamed father); NULL when none. */
static const char *earlier_kin(const struct engine *e, size_t a, bool female)
{
	static const char *const nouns[2] = {
		"father son husband brother uncle grandfather nephew stepfather spokesman",
		"mother daughter wife sister aunt grandmother niece stepmother widow spokeswoman"};
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		const char *s = c->speaker_resolved, *noun;
		if (c->paragraph + 1 < para || c->paragraph > para || !s ||
		    c->speaker.end > e->t[a].start)
			continue;
		noun = strrchr(s, ' ');
		if (noun &&
		    ((noun - s >= 3 && strncmp(noun - 2, "'s", 2) == 0) ||
		     (noun - s >= 5 && strncmp(noun - 4, "\u2019s", 4) == 0)) &&
		    text_word_in(nouns[female], noun + 1, strlen(noun + 1)))
			return s;
	}
	return NULL;
}

/* True when the claim c's source is "the" and a noun for a message, as written and resolved
 * to no one ("the letter reads"); *n is set to the noun's length. */
static bool message_source(const struct engine *e, const struct claim *c, size_t *n)
{
	const char *s = e->text + c->speaker.start, *w = s + 4;
	size_t len = c->speaker.end - c->speaker.start;

	*n = len > 4 ? len - 4 : 0;
	return len > 4 && strncasecmp(s, "the ", 4) == 0 && c->speaker_resolved &&
	       strlen(c->speaker_resolved) == len && strncmp(c->speaker_resolved, s, len) == 0 &&
	       text_word_in(claims_message_nouns, w, *n);
}

void claims_message_senders(struct engine *e)
{
	size_t n;

	for (size_t i = 1; i < e->nout; i++) {
		struct claim *c = &e->out[i];
		if (!message_source(e, c, &n))
			continue;
		/* the latest claim before, in its paragraph or the one before, whose source "sent a
		 * letter" between its source and its cue ("A group of parents sent a letter to the
		 * board urging it to think again. ... the letter reads": the parents) */
		for (size_t j = i, k = 0; j-- > 0 && k < 20; k++) {
			const struct claim *p = &e->out[j];
			if (p->paragraph + 1 < c->paragraph)
				break;
			if (p->speaker_resolved && p->cue.start > p->speaker.end &&
			    p->cue.start < c->speaker.start &&
			    sends(e, p->speaker.end, p->cue.start, e->text + c->speaker.start + 4,
				  n)) {
				c->speaker_resolved = p->speaker_resolved;
				break;
			}
		}
	}
}

/* True when the n bytes at w are the word "by" (any case). */
static bool word_by(const char *w, size_t n)
{
	return n == 2 && (w[0] | 0x20) == 'b' && (w[1] | 0x20) == 'y';
}

/* The person a byline names, as a new string: after "by" when a byline says it ("Tuesday 15
 * October 2019 by Bradley M. Kuhn"; not "Edited by"), its capitalised words up to a date, a
 * bracket, a comma or a role ("Bradley M. Kuhn (http://...)", "Nathan Willis March 25, 2015",
 * "Brenda Goodman, MA"); NULL when that is not two to four words or when two people wrote it. */
static char *byline_person(const char *by)
{
	const char *p = by, *w, *lim = by + strlen(by), *name = NULL, *end = NULL;
	size_t words = 0, n;

	for (w = by; *w; w += n) {
		while (*w == ' ')
			w++;
		n = strcspn(w, " ");
		if (word_by(w, n) && w > by) {
			const char *prev = w - 1;
			while (prev > by && prev[-1] == ' ')
				prev--;
			if (prev - by >= 2 && prev[-2] == 'e' && prev[-1] == 'd') {
				lim = prev; /* "Rob Ewaschuk Edited by Betsy Beyer": the author first */
				while (lim > by && lim[-1] != ' ')
					lim--;
				break;
			}
			p = w + n;
			break;
		}
	}
	while (p < lim) {
		while (p < lim && *p == ' ')
			p++;
		n = strcspn(p, " ,;");
		if (p + n > lim)
			n = (size_t)(lim - p);
		if (n == 0)
			break;
		if (word_by(p, n) && words == 0) {
			p += n;
			continue;
		}
		/* a capital or a letter beyond ASCII, not a sign such as "•" (U+2000 to U+2FFF) */
		if (!((*p >= 'A' && *p <= 'Z') ||
		      ((unsigned char)*p >= 0xC0 && (unsigned char)*p != 0xE2)) ||
		    strcspn(p, "0123456789()<>@/:|") < n ||
		    (claims_lex_word(p, n) &
		     (WORD_TIME | WORD_ROLE | WORD_DET | WORD_PRON | WORD_PREP | WORD_CONJ)))
			break;
		if (!name)
			name = p;
		end = p + n;
		words++;
		p += n;
		if (*p == ',' || *p == ';')
			break;
	}
	while (p < lim && *p == ' ')
		p++;
	if (words < 2 || words > 4 || strncmp(p, "and ", 4) == 0 || strncmp(p, "& ", 2) == 0)
		return NULL;
	return xstrndup(name, (size_t)(end - name));
}

/* The length of the name r (a span of the text, perhaps of an earlier sentence), with the full
 * stop that closes its last word when that word is an abbreviation a name keeps ("Control Data
 * Corp.", "Sun Microsystems Inc.", "Anheuser-Busch Cos.", "Martin Luther King Jr.", "S.E.C."); a
 * reader writes it. */
static size_t name_len(const struct engine *e, struct span r)
{
	static const char *const abbr[] = {"corp", "inc", "co", "cos", "ltd", "bros", "jr", "sr"};
	size_t w = r.end;

	while (w > r.start && e->text[w - 1] != ' ')
		w--;
	if (r.end + 1 > e->len || e->text[r.end] != '.')
		return r.end - r.start;
	/* "The S.E.C.", "the F.B.I.": letters with stops between keep the last one too */
	if (r.end >= w + 3 && e->text[r.end - 2] == '.' && memchr(e->text + w, '.', r.end - w))
		return r.end + 1 - r.start;
	for (size_t i = 0; i < sizeof(abbr) / sizeof(abbr[0]); i++)
		if (strlen(abbr[i]) == r.end - w &&
		    strncasecmp(e->text + w, abbr[i], r.end - w) == 0)
			return r.end + 1 - r.start;
	return r.end - r.start;
}

/* True when the name r is written in capitals only, ASCII letters with spaces, stops,
 * hyphens and apostrophes: a transcript's label ("JAKE TAPPER:"). */
static bool capitals_only(const struct engine *e, struct span r)
{
	size_t letters = 0;

	for (size_t i = r.start; i < r.end; i++) {
		char ch = e->text[i];
		if (ch >= 'A' && ch <= 'Z')
			letters++;
		else if (!strchr(" .-'", ch))
			return false;
	}
	return letters >= 2;
}

/* The name r of a person of known gender, written in capitals only, as a reader writes it
 * when the story names them no other way: "JAKE TAPPER" is "Jake Tapper", "MCCAIN" "McCain", "O'NEILL" "O'Neill",
 * "SMITH-JONES" "Smith-Jones", "LUIS DE LEON" "Luis de Leon", "JOHN SMITH III" keeps its
 * numeral. "MAC" is left as one word ("Machado", "Macias" outnumber "MacLeod"). NULL when r is
 * no such name (an organisation's acronym stays as written). */
static char *title_cased(const struct engine *e, struct span r)
{
	char *s;

	size_t id;

	/* a person of known gender: "N.V. DSM", "FULL TEXT" are only capitalised words */
	if (!capitals_only(e, r) || (id = coref_resolve(e->co, r)) == COREF_NONE ||
	    coref_entity(e->co, id)->kind != COREF_PERSON ||
	    coref_entity(e->co, id)->gender == COREF_GENDER_UNKNOWN)
		return NULL;
	s = xstrndup(e->text + r.start, r.end - r.start);
	for (size_t w = 0, n; s[w]; w += n + (s[w + n] != 0)) {
		n = strcspn(s + w, " ");
		if (w > 0 && text_word_in("al bin da de del der di du la le van von", s + w, n)) {
			for (size_t i = w; i < w + n; i++)
				s[i] = (char)(s[i] - 'A' + 'a');
			continue;
		}
		if (n >= 2 && n <= 4 && strspn(s + w, "IVX") == n)
			continue; /* "III" */
		for (size_t i = w + 1; i < w + n; i++) {
			bool opens = strchr("-'.", s[i - 1]) != NULL ||
				     (i == w + 2 && n > 3 && strncasecmp(s + w, "mc", 2) == 0);
			/* "O'NEILL" but "DON'T": an apostrophe after one letter opens a word */
			if (s[i - 1] == '\'' && i != w + 2)
				opens = false;
			if (!opens && s[i] >= 'A' && s[i] <= 'Z')
				s[i] = (char)(s[i] - 'A' + 'a');
		}
	}
	return s;
}

/* True when token k stands in an answer of a question-and-answer interview: a paragraph that
 * opens with the label "A:" (or "A -"), where "I" is the person the questions are put to, not
 * the writer. */
static bool in_answer(const struct engine *e, size_t k)
{
	const struct doc_sentence *st = doc_sentence(e->d, e->t[k].sent);
	const struct doc_para *p = st ? doc_paragraph(e->d, st->paragraph) : NULL;
	const char *s;
	size_t n;

	if (!p)
		return false;
	s = e->text + p->span.start;
	n = p->span.end - p->span.start;
	return n >= 3 && s[0] == 'A' &&
	       (s[1] == ':' || (s[1] == ' ' && (s[2] == '-' || s[2] == ':')) ||
		(n >= 5 && memcmp(s + 1, " \xE2\x80\x94", 4) == 0) ||
		(n >= 4 && memcmp(s + 1, "\xE2\x80\x94", 3) == 0));
}

/* For "he" or "she" at token a, which coref resolved to r (maybe empty): when a description by
 * role with no name is the subject before it (coref_role_subject()), the person named with that
 * role before ("Mayor Ellen Holm ... The mayor met the workers. She said") or, when none is and
 * coref found no one, the description itself, "the" in lowercase ("the mayor"), never the bare
 * pronoun; a new string. NULL otherwise: coref's answer stands. */
static char *role_subject(const struct engine *e, size_t a, struct span r)
{
	struct span d = coref_role_subject(e->co, e->t[a].start, tok_is(e, a, "she"));
	size_t id;
	char *s;

	if (span_empty(d))
		return NULL;
	id = coref_resolve(e->co, d);
	if (id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON) {
		struct span n = coref_entity(e->co, id)->name;
		return xstrndup(e->text + n.start, name_len(e, n));
	}
	if (!span_empty(r))
		return NULL;
	s = xstrndup(e->text + d.start, d.end - d.start);
	s[0] = (char)(s[0] | 0x20); /* "the" */
	return s;
}

char *claims_resolve_text(const struct engine *e, size_t a, size_t b)
{
	struct span r;
	const char *by, *g = NULL;
	char *cased;
	size_t k;

	if (a >= b)
		return NULL;
	/* "I asked": the writer, named by the byline when it names one person */
	if (b == a + 1 && tok_is(e, a, "I") && !(e->t[a].flags & TOKF_INQ)) {
		char *who;
		if (in_answer(e, a))
			return NULL; /* the interviewee's, whom no rule here names */
		by = doc_byline(e->d);
		if (by && (who = byline_person(by)) != NULL)
			return who;
		return xstrdup("I (the writer)");
	}
	r = claims_resolve(e, a, b);
	/* "They said", "the officials said": the group that spoke last */
	if (b == a + 1 && tok_is(e, a, "they") && span_empty(r)) {
		g = earlier_group(e, a, NULL, 0);
		if (!g)
			g = earlier_pair(e, a);
	} else if ((k = definite_len(e->text + r.start, r.end - r.start)) != 0 &&
		   !memchr(e->text + r.start + k, ' ', r.end - r.start - k)) {
		/* "the officials", "these officials" */
		g = earlier_group(e, a, e->text + r.start + k, r.end - r.start - k);
		if (!g && k == 4)
			g = earlier_someone(e, a, e->text + r.start + 4, r.end - r.start - 4, false,
					    NULL);
	} else if (b == a + 1 && tok_among(e, a, "he she")) {
		/* "said a Sun spokesman. ... he said": the unnamed speaker nearer than anyone
		 * named, also when coref finds someone further back; a person named only in what
		 * that speaker said is talked about ("A dealer noted the stock fell on Mr. Lawson's
		 * departure. He attributed ...": the dealer) */
		size_t at = 0;
		g = earlier_someone(e, a, NULL, 0, tok_is(e, a, "she"), &at);
		if (g && !span_empty(r) && coref_person_named(e->co, at, e->t[a].start))
			g = NULL;
		if (!g && span_empty(r))
			g = earlier_kin(e, a, tok_is(e, a, "she"));
	}
	if (g)
		return xstrdup(g);
	/* "The mayor spoke at the opening. She said": the role that is the subject before, or
	 * the person named with it before */
	if (b == a + 1 && tok_among(e, a, "he she") && !(e->t[a].flags & TOKF_INQ) &&
	    (g = role_subject(e, a, r)) != NULL)
		return (char *)g;
	/* "his spokesman": whose, resolved, and what */
	if (span_empty(r) && b >= a + 2 && tok_among(e, a, "his her its their")) {
		struct span who =
			coref_resolve_name(e->co, (struct span){e->t[a].start, e->t[a].end});
		bool lower = true;
		for (size_t k = a + 1; k < b; k++)
			lower = lower && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP);
		if (!span_empty(who) && lower) {
			size_t n = who.end - who.start, m = e->t[b - 1].end - e->t[a + 1].start;
			char *s = xmalloc(n + m + 4);
			snprintf(s, n + m + 4, "%.*s's %.*s", (int)n, e->text + who.start, (int)m,
				 e->text + e->t[a + 1].start);
			return s;
		}
	}
	if (span_empty(r))
		return NULL;
	/* "An IBM spokeswoman": named as the later "the spokeswoman" and "she" are */
	k = article_len(e->text + r.start);
	if (k && r.end - r.start > k && memchr(e->text + r.start + k, ' ', r.end - r.start - k)) {
		char *rest = xstrndup(e->text + r.start + k, r.end - r.start - k);
		const char *last = strrchr(rest, ' ') + 1;
		if (last[0] >= 'a' && last[0] <= 'z' && person_head(last))
			return rest;
		free(rest);
	}
	if ((cased = title_cased(e, r)) != NULL)
		return cased;
	return xstrndup(e->text + r.start, name_len(e, r));
}

/* True when token a is a preposition that cannot open a source ("with", "In", "into"). */
static bool opens_with_prep(const struct engine *e, size_t a)
{
	if (e->t[a].kind != TOK_WORD)
		return false;
	/* "about half of voters", "over 20 lawmakers": a number, not a place or a time */
	if (tok_among(e, a, "about around over under") && a + 1 < e->nt &&
	    (e->t[a + 1].flags & TOKF_DIGIT ||
	     tok_among(e, a + 1, "half a one two three four five six seven eight nine ten") ||
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

/* True when the source [a, b) is a name, or a description ending in a person's noun, and then
 * a day ("President Bush today", "Bill Clinton Thursday", "the Tern spokesman Monday"): when it
 * spoke, no word of the source. Not a day inside a phrase with other words ("going to the polls
 * on Super Tuesday", "Obama spent Thursday"), nor one of a name ("USA TODAY"). */
static bool day_ends_source(const struct engine *e, size_t a, size_t b)
{
	if (b < a + 2 || e->t[b - 2].kind != TOK_WORD ||
	    !tok_among(e, b - 1,
		       "monday tuesday wednesday thursday friday saturday sunday today "
		       "yesterday tonight") ||
	    (tok_among(e, b - 1, "today yesterday tonight") && (e->t[b - 1].flags & TOKF_CAP)))
		return false;
	if (!(e->t[b - 2].flags & TOKF_CAP))
		return !(e->t[b - 2].word & (WORD_TIME | WORD_ADV)) &&
		       (e->t[b - 2].word & (WORD_ROLE | WORD_PERSON) ||
			claims_person_noun(e, b - 2));
	for (size_t k = a; k + 1 < b; k++)
		if (!((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
		       !(e->t[k].word & WORD_TIME)) ||
		      (k == a && (e->t[k].word & WORD_DET)) || tok_punct(e, k, '.') ||
		      tok_punct(e, k, '-')))
			return false;
	return true;
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
	if (day_ends_source(e, sa, sb))
		sb--;
	/* "Now research shows": an adverb of time before the noun phrase; "9:52PMBush Says": a
	 * live blog's time glued to its headline */
	if (sb > sa + 1 &&
	    (tok_among(e, sa, "now today still then also") ||
	     (e->t[sa].end == e->t[sa + 1].start &&
	      text_time_glued(e->text, e->t[sa].start, e->t[sa + 1].end) == e->t[sa].end)))
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

/* True when token i holds a digit ("elmo666"). */
static bool has_digit(const struct engine *e, size_t i)
{
	for (size_t k = e->t[i].start; k < e->t[i].end; k++)
		if (e->text[k] >= '0' && e->text[k] <= '9')
			return true;
	return false;
}

bool claims_source_none(const struct engine *e, size_t a, size_t b)
{
	return a < b && ((opens_with_prep(e, a) && b <= a + 4) || claims_source_clause(e, a, b));
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
	return a < b && coref_source_ok(e->co, source_span(e, a, b));
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
 * preposition and holds no verb ("In a wide-ranging interview"). */
static bool intro_only(const struct engine *e, size_t cs, size_t ce)
{
	size_t lo = claims_tok_at(e, cs), n = 0;

	if (lo >= e->nt || !(e->t[lo].flags & TOKF_CAP) || !(e->t[lo].word & WORD_PREP) ||
	    (e->t[lo].cue & CUE_ACCORDING))
		return false;
	for (size_t k = lo; k < e->nt && e->t[k].start < ce; k++, n++)
		if (n >= 6 || e->t[k].word & (WORD_VERB | WORD_AUX) || e->t[k].cue ||
		    e->t[k].kind == TOK_QOPEN)
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
 * "in defending itself" says nothing anyone could check ("denied it" still does). */
static bool pronoun_only(const struct engine *e, size_t cs, size_t ce)
{
	size_t lo = claims_tok_at(e, cs), words = 0;
	bool pron = false;

	for (size_t k = lo; k < e->nt && e->t[k].start < ce; k++) {
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
	 * chapter": a participle after a thing, then where it is, not what was said */
	if (f->qa == f->c && f->qb == f->c + 1 && word_ends(e, f->c, "ed") &&
	    !(e->t[f->c].cue & (CUE_PREP | CUE_TO | CUE_FOR)) && where_next(e, f->cs) &&
	    e->t[f->sb - 1].kind == TOK_WORD && !(e->t[f->sb - 1].flags & TOKF_CAP) &&
	    !(e->t[f->sb - 1].word & WORD_PRON))
		return false;
	/* "Part One: The Wars in Heaven", "Chapter 3: ...": a numbered part before a colon */
	if (tok_punct(e, f->c, ':') && f->kind != CLAIM_DIRECT)
		for (size_t k = f->sa; k < f->sb; k++)
			if (e->t[k].flags & TOKF_DIGIT ||
			    tok_among(e, k, "one two three four five six seven eight nine ten"))
				return false;
	/* "a shape called a strange attractor", "The group, called Energy Control": a thing's
	 * name, not what someone called it */
	for (size_t k = f->sa; k < f->sb; k++)
		cap = cap || (e->t[k].flags & TOKF_CAP && k > f->sa);
	if (tok_among(e, f->c, "called named dubbed") && f->qa == f->c && f->qb == f->c + 1 &&
	    f->sa < f->c && !cap && !(e->t[f->sa].word & WORD_PRON) &&
	    !(e->t[f->sa].flags & TOKF_CAP && f->sb == f->sa + 1) &&
	    naming_content(e, f->cs, f->ce))
		return false;
	return true;
}
