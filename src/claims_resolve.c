/* claims_resolve: who a claim's source is, through the document's entities (coref), and whether
 * the source can be one at all. */
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

/* The capitalised-name part of a source span: from its first capitalised word (after titles)
 * to the last word of that run, as a byte span; empty when there is none. */
static struct span name_core(const struct engine *e, size_t a, size_t b)
{
	struct span r = {0, 0};
	size_t i = a;

	while (i < b && !(e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
			  !(e->t[i].word & (WORD_PRON | WORD_DET))))
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
	if (b > i + 8)
		b = i + 8;
	for (i++; i < b; i++) {
		if (e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP))
			r.end = e->t[i].end;
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

/* "Chinese regulators summoned NVIDIA to explain what they described": "they" at token i is
 * the plural subject of its own sentence, before it; an empty span when there is none. */
static struct span plural_subject(const struct engine *e, size_t i)
{
	struct span none = {0, 0};
	size_t s = i, sa, sb;

	while (s > 0 && i - s < 60 && e->t[s - 1].sent == e->t[i].sent)
		s--;
	if (s == i || !claims_subject_fwd(e, s, i, &sa, &sb) || sb >= i ||
	    e->t[sb - 1].kind != TOK_WORD || (e->t[sb - 1].flags & TOKF_CAP) ||
	    !word_ends(e, sb - 1, "s") || (e->t[sb - 1].word & WORD_PRON))
		return none;
	return source_span(e, sa, sb);
}

struct span claims_resolve(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0}, core, phrase, r;
	size_t k;

	if (a >= b)
		return none;
	/* "Barkley, who said ...": who is the name before the comma */
	if (b == a + 1 && (e->t[a].word & WORD_REL) && a >= 2 && tok_punct(e, a - 1, ',')) {
		size_t sa, sb;
		if (claims_subject_back(e, a > 40 ? a - 40 : 0, a - 1, &sa, &sb) && sb == a - 1)
			return claims_resolve(e, sa, sb);
	}
	r = coref_resolve_name(e->co, source_span(e, a, b));
	if (!span_empty(r))
		return r;
	if (tok_is(e, a, "they") && b == a + 1)
		return plural_subject(e, a);
	if (e->t[a].word & (WORD_PRON | WORD_REL))
		return none; /* a pronoun with no one to refer to */
	/* the phrase up to an apposition: "Jon Alterman, an analyst" */
	for (k = a; k < b && !tok_punct(e, k, ',') && !tok_punct(e, k, '(') && !tok_dash(e, k); k++)
		;
	if (k == a)
		return none;
	/* "The leader of Ennahda, Rachid Ghannouchi": a description, then the name */
	if (k + 1 < b && tok_punct(e, k, ',') && (e->t[k + 1].flags & TOKF_CAP) &&
	    (e->t[a].word & WORD_DET || !(e->t[a].flags & TOKF_CAP))) {
		r = coref_resolve_name(e->co, source_span(e, k + 1, b));
		if (!span_empty(r))
			return r;
	}
	core = name_core(e, a, k);
	phrase = source_span(e, a, k);
	if (span_empty(core) || (tok_is(e, a, "the") && !(e->t[a + (a + 1 < k)].flags & TOKF_CAP)))
		return phrase; /* a description: "people familiar with the plans", "the company" */
	/* "Chinese regulatory authorities", "the Russian space agency": a phrase whose head is
	 * no name names the source as a whole */
	if (core.end < phrase.end && !(e->t[k - 1].flags & TOKF_CAP))
		return phrase;
	return core;
}

bool claims_source_ok(const struct engine *e, size_t a, size_t b)
{
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
