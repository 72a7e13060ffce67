/* claims_resolve: the names seen so far and the speakers that sources refer to. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* True when a word of the name s (words end at a space or a line break, and at a full stop
 * when `dot`) is one of the n words in list. */
static bool has_word(const struct engine *e, struct span s, const char *const *list, size_t n,
		     bool dot)
{
	for (size_t p = s.start; p < s.end;) {
		size_t q = p;
		while (q < s.end && e->text[q] != ' ' && e->text[q] != '\n' &&
		       !(dot && e->text[q] == '.'))
			q++;
		for (size_t i = 0; q > p && i < n; i++)
			if (strlen(list[i]) == q - p && memcmp(list[i], e->text + p, q - p) == 0)
				return true;
		p = q + 1;
	}
	return false;
}

/* True when the name s is an organisation's ("The ...", "... Ministry", "Reuters") rather
 * than a person's. */
static bool org_like(const struct engine *e, struct span s)
{
	static const char *const orgs[] = {
		"Times",      "News",        "Post",
		"Journal",    "Reuters",     "Bloomberg",
		"Inc",        "Corp",        "Ministry",
		"Department", "Committee",   "Party",
		"Campaign",   "Association", "Institute",
		"University", "Poll",        "Agency",
		"Office",     "Press",       "Network",
		"Council",    "Commission",  "Foundation",
		"Group",      "Company",     "Administration",
		"Government", "Center",      "CNN",
		"NBC",        "CBS",         "ABC",
		"Fox",        "Observers",
	};

	if (s.end - s.start > 4 && strncmp(e->text + s.start, "The ", 4) == 0)
		return true;
	return has_word(e, s, orgs, sizeof(orgs) / sizeof(orgs[0]), true);
}

/* True when an organisation's name says it is an authority (a ministry, a court, a party ...)
 * rather than a business that "the company" could refer to. */
static bool authority_like(const struct engine *e, struct span s)
{
	static const char *const words[] = {
		"Administration", "Ministry",   "Department", "Commission", "Agency",
		"Bureau",         "Office",     "Authority",  "Council",    "Government",
		"Regulation",     "Court",      "Parliament", "Congress",   "Senate",
		"Police",         "Committee",  "Party",      "University", "Institute",
		"Association",    "Federation", "Union",      "Assembly",   "Cabinet",
		"Times",          "News",       "Post",       "Journal",    "Reuters",
	};

	return has_word(e, s, words, sizeof(words) / sizeof(words[0]), false);
}

/* Records a name (a run of capitalised words) as mentioned; a weak mention (one word as a
 * sentence's subject: "China") does not become the antecedent of "he" or "she". */
static void note_name(struct engine *e, struct span s, bool weak)
{
	size_t k = e->nnames % NAMES_MAX;
	bool person = !org_like(e, s);

	e->last_any = s;
	if (weak)
		return;
	e->names[k] = s;
	e->nnames++;
	if (person) {
		e->last_person = s;
	} else {
		e->last_org = s;
		if (!authority_like(e, s))
			e->last_company = s;
	}
}

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

/* True when w is a whole word of the name hay. */
static bool word_in(const struct engine *e, struct span hay, struct span w)
{
	size_t n = w.end - w.start;

	for (size_t p = hay.start; p + n <= hay.end; p++)
		if (e->text[p] == e->text[w.start] && (p == hay.start || e->text[p - 1] == ' ') &&
		    memcmp(e->text + p, e->text + w.start, n) == 0 &&
		    (p + n == hay.end || e->text[p + n] == ' ' || e->text[p + n] == '\n'))
			return true;
	return false;
}

/* True when the name s is a single word. */
static bool one_word(const struct engine *e, struct span s)
{
	for (size_t p = s.start; p < s.end; p++)
		if (e->text[p] == ' ' || e->text[p] == '\n')
			return false;
	return true;
}

/* True when the name s joins two names with "and". */
static bool has_and(const struct engine *e, struct span s)
{
	for (size_t p = s.start; p + 5 <= s.end; p++)
		if (memcmp(e->text + p, " and ", 5) == 0)
			return true;
	return false;
}

struct span claims_full_name(const struct engine *e, struct span w)
{
	size_t n = e->nnames < NAMES_MAX ? e->nnames : NAMES_MAX;
	struct span none = {0, 0};

	for (size_t k = 0; k < n; k++) {
		struct span name = e->names[(e->nnames - 1 - k) % NAMES_MAX];
		if (!one_word(e, name) && word_in(e, name, w) && !has_and(e, name))
			return name;
	}
	return none;
}

/* The antecedent of the pronoun at a: the last person named for "he" or "she", none for "I",
 * "we" or "you", else the last name. */
static struct span resolve_pronoun(const struct engine *e, size_t a)
{
	struct span none = {0, 0};

	if (e->t[a].word & WORD_PERSON)
		return e->last_person;
	if (tok_is(e, a, "I") || tok_is(e, a, "we") || tok_is(e, a, "you"))
		return none;
	return e->last_any;
}

/* The name that a description [a, k) refers back to ("the company": the last business named;
 * "the senator": the last person), or an empty span. */
static struct span resolve_role(const struct engine *e, size_t a, size_t k)
{
	struct span none = {0, 0};

	for (size_t i = a; i < k; i++) {
		struct span to = (e->t[i].word & WORD_PERSON)    ? e->last_person
				 : (e->t[i].word & WORD_COMPANY) ? e->last_company
								 : e->last_org;
		if (e->t[i].word & WORD_ROLE && !span_empty(to))
			return to;
	}
	return none;
}

struct span claims_resolve(struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0}, core, phrase;
	size_t k;

	if (a >= b)
		return none;
	if (e->t[a].word & (WORD_PRON | WORD_REL))
		return resolve_pronoun(e, a);
	/* the phrase up to an apposition: "Jon Alterman, an analyst" */
	for (k = a; k < b && !tok_punct(e, k, ',') && !tok_punct(e, k, '(') && !tok_dash(e, k); k++)
		;
	if (k == a)
		return none;
	core = name_core(e, a, k);
	phrase = (struct span){e->t[a].start, e->t[k - 1].end};
	if (span_empty(core) ||
	    (tok_is(e, a, "the") && !(e->t[a + (a + 1 < k)].flags & TOKF_CAP))) {
		/* a description: "the company", "the Florida senator" */
		struct span to = resolve_role(e, a, k);
		if (!span_empty(to))
			return to;
		if (span_empty(core))
			return phrase;
	}
	if (one_word(e, core)) {
		struct span full = claims_full_name(e, core);
		if (!span_empty(full)) {
			note_name(e, full, false);
			return full;
		}
	}
	/* "Chinese regulatory authorities": the whole phrase names the source */
	if (core.start == phrase.start && core.end < phrase.end)
		core = phrase;
	note_name(e, core, false);
	return core;
}

void claims_note_subject(struct engine *e, size_t a, size_t b)
{
	size_t sa, sb;
	struct span core;

	if (!claims_subject_fwd(e, a, b, &sa, &sb))
		return;
	if (e->t[sa].word & (WORD_PRON | WORD_DET))
		return;
	if (e->t[sa].flags & TOKF_INQ)
		return;
	core = name_core(e, sa, sb);
	if (span_empty(core) || !(e->t[sa].flags & TOKF_CAP))
		return;
	if (one_word(e, core)) {
		struct span full = claims_full_name(e, core);
		if (!span_empty(full))
			note_name(e, full, false);
		else
			note_name(e, core, true);
		return;
	}
	note_name(e, core, false);
}
