/* claims_resolve_text: the speaker_resolved text of a source (claims_resolve_text): the byline
 * for "I", the group or person spoken of before for "they", "the official" or "his wife",
 * and the sender of a letter (claims_message_senders). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "claims_int.h"

/* True when the word of s that ends at end is a plural description's head: lowercase and
 * ending in "s" (or "people"), or a quantifier and a capitalised plural ("Many Republicans",
 * never a name like "Sanders" alone); when head is not empty, that word is head's. */
static bool plural_head(const char *s, const char *end, const char *head, size_t nhead)
{
	const char *last, *sp = strchr(s, ' ');
	size_t n;

	for (last = end; last > s && last[-1] != ' '; last--)
		;
	n = (size_t)(end - last);
	bool counted = sp && sp + 1 == last && last[0] >= 'A' && last[0] <= 'Z' &&
		       text_word_in(CLAIMS_GROUP_QUANTIFIERS, s, (size_t)(sp - s));
	/* "people", "police": plurals without "-s" ("State police said ... they said") */
	bool people = text_word_in("people police", last, n) && last[0] >= 'a' && last[0] <= 'z';
	if (!people &&
	    (n < 4 || last[n - 1] != 's' || (!(last[0] >= 'a' && last[0] <= 'z') && !counted) ||
	     last[n - 2] == '\'' || (unsigned char)last[n - 2] >= 0x80))
		return false;
	if (nhead && (n != nhead || strncasecmp(last, head, n) != 0))
		return false;
	return last != s || !nhead;
}

/* Adjectives that follow the noun they describe, before a phrase: "people familiar with". */
#define POSTNOMINAL_ADJECTIVES "familiar involved knowledgeable briefed"

/* True when the resolved speaker s is a plural description ("Con Edison officials",
 * "analysts"): its last word is a plural_head(), or the last before " for " ("the trade group
 * for the Blue Cross plans" is one group; "of" is left alone: "many of her aides"), or before
 * the first relative clause or phrase of a place or a body ("the groups who wrote to her",
 * "the chairs from Ada and Lowe", "several people in her orbit"; "a lawyer who represents the
 * miners" is one person); when head is not empty, that word is head's. */
static bool plural_speaker(const char *s, const char *head, size_t nhead)
{
	static const char *const after[] = {" who ", " that ", " from ", " in ", " at ", " with "};
	const char *end = strstr(s, " for "), *first = NULL;

	if (end)
		return plural_head(s, end, head, nhead);
	for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
		const char *p = strstr(s, after[i]);
		if (p && (!first || p < first))
			first = p;
	}
	/* "people familiar with the talks", "officials involved in the case": an adjective that
	 * follows its noun stands before the phrase; the noun before it is the head */
	if (first) {
		const char *w = first;
		while (w > s && w[-1] != ' ')
			w--;
		if (w > s + 1 && text_word_in(POSTNOMINAL_ADJECTIVES, w, (size_t)(first - w)))
			first = w - 1;
	}
	return plural_head(s, first ? first : s + strlen(s), head, nhead);
}

/* True when the claim c's cue opens with a verb in the plural present ("say", "note", "warn"):
 * no "-s", no past ("said", "argued", "thought"); its subject is plural ("Companies say"), where
 * "Summers said" may be one person's name. */
static bool plural_verb(const struct engine *e, const struct claim *c)
{
	const char *w = e->text + c->cue.start;
	size_t n = 0;

	while (c->cue.start + n < c->cue.end && text_is_ascii_letter(w[n]))
		n++;
	return n >= 3 && w[n - 1] != 's' && !(w[n - 2] == 'e' && w[n - 1] == 'd') &&
	       !text_word_in("said told thought wrote felt knew saw found held spoke took made "
			     "gave put meant",
			     w, n);
}

/* True when the claim c's source is a plural noun for a group of people alone that opens its
 * sentence, capitalized there only ("Analysts said ... They said"), and names no person or
 * organisation coref knows; its head is [head, head + nhead) when nhead > 0. With near, any
 * such plural before a plural_verb() ("Companies say ... What's more, they note"), not only a
 * group's noun, but no document ("Polls show ... they see"): the "they" is in that sentence or
 * the next, where a reader takes it to mean that subject. */
static bool opening_plural(const struct engine *e, const struct claim *c, const char *head,
			   size_t nhead, bool near)
{
	/* not by its ending, as people() reads a lowercase noun: "Summers", "Sanders" */
	const char *w = e->text + c->speaker.start;
	size_t n = c->speaker.end - c->speaker.start;

	/* a group's noun may be a plural without "-s" ("Police said") */
	bool group = text_word_in(CLAIMS_GROUP_NOUNS, w, n);
	if (n < 5 || !(w[0] >= 'A' && w[0] <= 'Z') || (w[n - 1] != 's' && !group) ||
	    (nhead && (n != nhead || strncasecmp(w, head, n) != 0)))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(w[i] >= 'a' && w[i] <= 'z'))
			return false;
	/* "Companies say": no "-ss", "-us", "-is", no document ("Polls show") */
	bool any = near && plural_verb(e, c) && !strchr("sui", w[n - 2]) &&
		   !(claims_lex_word(w, n) & WORD_DOC);
	if (doc_sentence(e->d, doc_sentence_at(e->d, c->speaker.start))->span.start !=
		    c->speaker.start ||
	    !(group || any))
		return false;
	/* "Police said": a group's noun coref reads as the body it serves in ("police" makes a
	 * name an authority's: "Capitol Police") is the people of that body */
	size_t id = coref_resolve(e->co, c->speaker);
	return id == COREF_NONE || coref_entity(e->co, id)->kind == COREF_UNKNOWN ||
	       coref_entity(e->co, id)->kind == COREF_GROUP ||
	       (group && coref_entity(e->co, id)->kind == COREF_ORG);
}

/* Whom the writers' own "we" names. */
static const char WRITERS[] = "the writers";

/* True when the claim c is one whose speaker a "they" at token a can mean: in a's paragraph,
 * or the latest claim before it in the paragraph before; never across a claim whose source
 * resolved to no one, which a reader could not name either. *stop is set when no claim further
 * back is in reach. */
static bool they_reach(const struct engine *e, const struct claim *c, size_t a, bool *stop)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;
	bool in = !*stop &&
		  (c->paragraph == para || (c->paragraph + 1 == para && c->speaker_resolved));

	if (c->paragraph < para || (!span_empty(c->speaker) && !c->speaker_resolved))
		*stop = true;
	return in;
}

/* True when the last word of the resolved speaker s (before " for ") is written again in the
 * sentence before token a's ("concerns among some Wall Street investors. They worry":
 * "investors" named further back): a reader sees whom "they" means. Not in a's own sentence
 * ("the bad blood between him and other senators, they insist" is someone else's). */
static bool head_again(const struct engine *e, const char *s, size_t a)
{
	const char *end = strstr(s, " for "), *last;
	size_t sent = e->t[a].sent;

	if (!end)
		end = s + strlen(s);
	for (last = end; last > s && last[-1] != ' '; last--)
		;
	for (size_t k = a; k-- > 0 && e->t[k].sent + 1 >= sent;)
		if (e->t[k].sent + 1 == sent &&
		    e->t[k].end - e->t[k].start == (size_t)(end - last) &&
		    strncasecmp(e->text + e->t[k].start, last, (size_t)(end - last)) == 0)
			return true;
	return false;
}

/* The resolved speaker of the latest claim before token a that is a plural description, whose
 * head is [head, head + nhead) when nhead > 0, within a few paragraphs ("the officials"); for
 * "they" (nhead 0), within they_reach() or with its head_again(); NULL when none. */
static const char *earlier_group(const struct engine *e, size_t a, const char *head, size_t nhead)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph, sent = e->t[a].sent;
	bool stop = false;

	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		if (c->paragraph + 3 < para || c->paragraph > para ||
		    c->speaker.end > e->t[a].start)
			continue;
		bool reach = nhead || they_reach(e, c, a, &stop);
		/* "Others said ...": no group; nor the writers' own "we", which "they" never
		 * takes up */
		if (!c->speaker_resolved ||
		    text_word_in(CLAIMS_BARE_QUANTIFIERS, c->speaker_resolved,
				 strlen(c->speaker_resolved)) ||
		    strcmp(c->speaker_resolved, WRITERS) == 0)
			continue;
		size_t cs = doc_sentence_at(e->d, c->speaker.start);
		if ((plural_speaker(c->speaker_resolved, head, nhead) ||
		     opening_plural(e, c, head, nhead, !nhead && cs + 1 >= sent)) &&
		    (reach || head_again(e, c->speaker_resolved, a)))
			return c->speaker_resolved;
		/* "Men smoking cigars ... said their feelings were mixed, but they uniformly
		 * denounced": a "they" after "and" or "but" goes on with the source of its own
		 * sentence's claim before it; one not read as a group stops the look back (the
		 * residents of the paragraph before are not whom it means) */
		if (!nhead && cs == sent && c->cue.end <= e->t[a].start && a > 0 &&
		    tok_among(e, a - 1, "and but yet"))
			return NULL;
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

/* True when the source span s joins others to its first person by "along with" or "together
 * with" ("Ms. Ames, along with Mr. Lark and Ms. Cole, wrote"): one person's name as its
 * subject, the others in a phrase a "they" after it takes in. */
static bool with_others(const struct engine *e, struct span s)
{
	static const char *const joins[] = {"along with ", "together with "};

	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(joins[i]);
		for (size_t p = s.start; p + n <= s.end; p++)
			if (strncasecmp(e->text + p, joins[i], n) == 0)
				return true;
	}
	return false;
}

/* The resolved speaker of the latest claim before token a, in its paragraph or the one before,
 * when that claim's source is people joined by "and" ("Ames and Lark say ... they say": both,
 * as joined_speakers() names them, or the one that claim names when it names one); NULL when
 * that claim is someone else's, or one person's with others "along with" them (whom "they"
 * means together, not that person). */
static const char *earlier_pair(const struct engine *e, size_t a)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout; i-- > 0;) {
		const struct claim *c = &e->out[i];
		if (c->paragraph > para || c->speaker.end > e->t[a].start)
			continue;
		if (c->paragraph + 1 < para || !c->speaker_resolved)
			return NULL;
		return joined_source(e, c) && !with_others(e, c->speaker) ? c->speaker_resolved
									  : NULL;
	}
	return NULL;
}

/* True when "it" at token a opens its sentence, or opens the tag after a quotation that opens
 * it (“..., ” it added; "...", it added). */
static bool it_opens(const struct engine *e, size_t a)
{
	size_t sent = e->t[a].sent, q = a - 1;

	if (a == 0 || e->t[a - 1].sent != sent)
		return e->text[e->t[a].start] == 'I';
	if (tok_punct(e, q, ',') && q > 0)
		q--;
	return e->t[q].kind == TOK_QCLOSE && e->t[q].pair != SIZE_MAX &&
	       (e->t[q].pair == 0 || e->t[e->t[q].pair - 1].sent != sent);
}

/* True when the source of the claim c is "the" and words that name a thing, not people nor a
 * person ("the article", "the operator", "the Times"; not "the spokesman", "the voters", "the
 * President"), which coref knows as no one: letters only, the last one capitalised or no
 * plural's. */
static bool thing_source(const struct engine *e, const struct claim *c)
{
	const char *w = e->text + c->speaker.start;
	size_t n = c->speaker.end - c->speaker.start, i = 4, j = 4;

	if (n < 6 || !text_the_len(w, n) || coref_resolve(e->co, c->speaker) != COREF_NONE)
		return false;
	for (; i < n; i = j + 1) {
		for (j = i; j < n && w[j] != ' '; j++)
			if (!text_is_ascii_letter(w[j]) || (j > i && !(w[j] >= 'a' && w[j] <= 'z')))
				return false;
		if (j == i || (claims_lex_word(w + i, j - i) &
			       (WORD_PERSON | WORD_ROLE | WORD_PRON | WORD_DET | WORD_PREP)))
			return false;
		if (j == n)
			return w[n - 1] != 's' || (w[i] >= 'A' && w[i] <= 'Z');
	}
	return false;
}

/* "..., Roscosmos said in a statement. It said most of the debris burnt up", "“...,” the
 * article read. “...,” it added": for "it" at token a opening its sentence or the tag after a
 * quotation that opens it (it_opens()), the resolved speaker of the claim whose tag is in the
 * sentence just before, when that speaker is an organisation (or a name coref knows nothing more
 * of), or a thing written as "the" and its noun (thing_source()); the craft or the plan the
 * sentence before was about says nothing. NULL when there is no such claim. The caller frees
 * the result. */
static char *earlier_body(const struct engine *e, size_t a)
{
	size_t sent = e->t[a].sent;

	if (sent == 0 || !it_opens(e, a))
		return NULL;
	for (size_t i = e->nout; i-- > 0;) {
		const struct claim *c = &e->out[i];
		/* the claim being made (its cue not set yet), and any after the "It" */
		if (span_empty(c->cue) || c->cue.end > e->t[a].start)
			continue;
		if (doc_sentence_at(e->d, c->cue.start) + 1 != sent)
			return NULL;
		if (thing_source(e, c))
			return c->speaker_resolved ? xstrdup(c->speaker_resolved)
						   : xstrndup(e->text + c->speaker.start,
							      c->speaker.end - c->speaker.start);
		if (!c->speaker_resolved)
			return NULL;
		/* "Analysts say Sansui is ... It expects": not a group, whom "It" never means */
		if (plural_speaker(c->speaker_resolved, "", 0) ||
		    opening_plural(e, c, "", 0, false))
			return NULL;
		size_t id = coref_resolve(e->co, c->speaker);
		/* a body, or a name coref knows no more of ("Roscosmos"); never a person */
		return id != COREF_NONE && (coref_entity(e->co, id)->kind == COREF_ORG ||
					    coref_entity(e->co, id)->kind == COREF_UNKNOWN)
			       ? xstrdup(c->speaker_resolved)
			       : NULL;
	}
	return NULL;
}

/* True when "and" stands inside the span d ("Ms. Ames and Mr. Lark"). */
static bool joins_two(const struct engine *e, struct span d)
{
	for (size_t k = claims_tok_at(e, d.start); k < e->nt && e->t[k].end <= d.end; k++)
		if (tok_is(e, k, "and"))
			return true;
	return false;
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

/* True when the string w ends with suffix. */
static bool ends_with(const char *w, const char *suffix)
{
	size_t n = strlen(w), k = strlen(suffix);

	return n >= k && strcmp(w + n - k, suffix) == 0;
}

/* True when the noun w of a person is of the other sex than a pronoun's (female: "she"): "a
 * spokesman" is only "he", "a spokeswoman" only "she", "an analyst" either. */
static bool other_sex(const char *w, bool female)
{
	return (ends_with(w, "woman") && !female) ||
	       (ends_with(w, "man") && !ends_with(w, "woman") && female) ||
	       (!female && ends_with(w, "person"));
}

/* True when the n bytes at s hold the word of nw bytes at w (any case). */
static bool holds_word(const char *s, size_t n, const char *w, size_t nw)
{
	for (size_t i = 0; i + nw <= n; i++)
		if ((i == 0 || !text_is_ascii_letter(s[i - 1])) &&
		    (i + nw == n || !text_is_ascii_letter(s[i + nw])) &&
		    strncasecmp(s + i, w, nw) == 0)
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

/* The speaker, with its article, of the latest claim before token a (in its paragraph or the
 * two before) whose source is an indefinite description: with head [head, head + nhead) when
 * nhead > 0 ("An IBM spokeswoman said ... the spokeswoman said": "an IBM spokeswoman"); else one
 * person whose head does not contradict the pronoun's sex (female: 'she') ("said a Sun spokesman.
 * ... he said"), also one that "the" opens and that named no one ("The official said ... He
 * added": the official, when nobody is named); NULL when none. *at, when at is not NULL, is
 * set to where that claim ends, its source or what it says, whichever is later, or where what
 * it says begins when the pronoun stands in it. A source that "another" opens with the head
 * ("Another analyst said") stops the search for "the analyst": a second one. */
static const char *earlier_someone(const struct engine *e, size_t a, const char *head, size_t nhead,
				   bool female, size_t *at)
{
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph;

	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		const char *s = c->speaker_resolved, *w = e->text + c->speaker.start, *last, *whole;
		char hw[32];
		size_t nl;
		if (c->paragraph + 2 < para || c->paragraph > para || !s ||
		    c->speaker.end > e->t[a].start || c->speaker.end < c->speaker.start + 4)
			continue;
		/* "Another analyst said ... The analyst said": a second one, whom the first is
		 * not */
		if (nhead && strncasecmp(w, "another ", 8) == 0 &&
		    holds_word(w, c->speaker.end - c->speaker.start, head, nhead))
			return NULL;
		if (!(article_len(w) || (!nhead && unnamed_the(e, c, e->t[a].start))))
			continue;
		/* "A spokesman for Berenberg said", resolved to the bank: the noun as written */
		if (!nhead && article_len(w)) {
			const char *f = w + article_len(w);
			size_t fl = 0;
			while (f + fl < e->text + c->speaker.end && text_is_ascii_lower(f[fl]) &&
			       fl + 1 < sizeof(hw))
				fl++;
			memcpy(hw, f, fl);
			hw[fl] = '\0';
			if (other_sex(hw, female))
				return NULL;
		}
		whole = s;
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
		/* "a source": no more than the description itself; "an analyst at Berenberg" or
		 * "a spokesman for the concern" says whose the one meant is */
		if (last == s && nl == strlen(s))
			continue;
		nl = (size_t)(s + nl - last);
		if (!(last[0] >= 'a' && last[0] <= 'z') || nl >= sizeof(hw))
			continue;
		memcpy(hw, last, nl);
		hw[nl] = '\0';
		if (nhead ? nl != nhead || strncasecmp(hw, head, nl) != 0 : !person_head(hw))
			continue;
		/* "an analyst" is "he" or "she"; "a spokesman" only "he", "a spokeswoman" only
		 * "she", and the pronoun of the other sex after them is someone else, not one
		 * described further back */
		if (!nhead && other_sex(hw, female))
			return NULL;
		if (at)
			*at = c->content.end > c->speaker.end ? c->content.end : c->speaker.end;
		/* "Clinton, a top aide said, ... and she has often told": a pronoun inside what
		 * the speaker says may be a person named there before it */
		if (at && e->t[a].start >= c->content.start && e->t[a].start < c->content.end)
			*at = c->content.start;
		return whole;
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
	return text_the_len(s, len) && c->speaker_resolved && strlen(c->speaker_resolved) == len &&
	       strncmp(c->speaker_resolved, s, len) == 0 &&
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

/* The length of a generational suffix written right after a name that ends at w (" Jr.",
 * ", Sr.", " III": "Robert F. Kennedy Jr." is not his father), with its stop; 0 when none. */
static size_t generation_after(const struct engine *e, size_t w)
{
	static const char *const suffixes[] = {" Jr.", " Sr.", ", Jr.", ", Sr.",
					       " II",  " III", " IV"};

	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		size_t n = strlen(suffixes[i]);
		if (w + n <= e->len && memcmp(e->text + w, suffixes[i], n) == 0 &&
		    (w + n == e->len || !isalnum((unsigned char)e->text[w + n])))
			return n;
	}
	return 0;
}

/* The length of the name r (a span of the text, perhaps of an earlier sentence), with the full
 * stop that closes its last word when that word is an abbreviation a name keeps
 * (text_name_end_abbrev(): "Control Data Corp.", "Anheuser-Busch Cos.", "Martin Luther King
 * Jr.") or initials ("S.E.C."), or with a generational suffix after it (generation_after()); a
 * reader writes it. */
static size_t name_len(const struct engine *e, struct span r)
{
	size_t w = r.end, g = generation_after(e, r.end);

	if (g)
		return r.end + g - r.start;

	while (w > r.start && e->text[w - 1] != ' ')
		w--;
	if (r.end + 1 > e->len || e->text[r.end] != '.')
		return r.end - r.start;
	/* "The S.E.C.", "the F.B.I.": letters with stops between keep the last one too */
	if (r.end >= w + 3 && e->text[r.end - 2] == '.' && memchr(e->text + w, '.', r.end - w))
		return r.end + 1 - r.start;
	return r.end - r.start + (text_name_end_abbrev(e->text + w, r.end - w) ? 1 : 0);
}

/* "the Arduino.cc IDE now reports": when the source [a, b) ends in the one word that its
 * resolved name r is, written right after a site's name, the name is the site's name and that
 * word as written here ("Arduino.cc IDE", not "IDE", an earlier mention's); else r. A site's
 * name is a capitalised word that ends in a stop and two or three lowercase letters. */
static struct span site_before(const struct engine *e, size_t a, size_t b, struct span r)
{
	struct span last = {e->t[b - 1].start, e->t[b - 1].end};
	size_t w = last.start, n;

	if (span_empty(r) || r.end - r.start != last.end - last.start ||
	    memcmp(e->text + r.start, e->text + last.start, r.end - r.start) != 0 ||
	    w < e->t[a].start + 7 || e->text[w - 1] != ' ')
		return r;
	for (w--; w > e->t[a].start && !isspace((unsigned char)e->text[w - 1]); w--)
		;
	n = last.start - 1 - w;
	if (n < 6 || !isupper((unsigned char)e->text[w]))
		return r;
	for (size_t k = 2; k <= 3; k++)
		if (e->text[w + n - k - 1] == '.' && islower((unsigned char)e->text[w + n - 1]) &&
		    islower((unsigned char)e->text[w + n - k]))
			return (struct span){w, last.end};
	return r;
}

/* Where the name r starts as a reader writes it: before the abbreviated title written before
 * it when the name is one word the lexicon knows as a verb ("Dr. Feel", "Mr. Will": "Feel wrote"
 * reads as no one); else r.start ("Dr. Smith" is Smith). */
static size_t titled_start(const struct engine *e, struct span r)
{
	size_t t = r.start, n = 0;

	if (memchr(e->text + r.start, ' ', r.end - r.start) ||
	    !((claims_lex_word(e->text + r.start, r.end - r.start) & (WORD_VERB | WORD_AUX)) ||
	      claims_lex_cue(e->text + r.start, r.end - r.start)) ||
	    t < 4 || e->text[t - 1] != ' ' || e->text[t - 2] != '.')
		return r.start;
	for (t -= 2; t > 0 && n < 5 && isalpha((unsigned char)e->text[t - 1]); t--)
		n++;
	if (n == 0 || (t > 0 && e->text[t - 1] != ' ' && e->text[t - 1] != '\n') ||
	    !claims_lex_title(e->text + t, n))
		return r.start;
	return t;
}

/* The end of the run of one to three capitalised words that starts at byte p (before hi), or p
 * when no capital opens there. */
static size_t caps_words_from(const char *t, size_t p, size_t hi)
{
	size_t i = p;

	for (int words = 0; words < 3 && i < hi && isupper((unsigned char)t[i]); words++) {
		size_t w = i;
		while (w < hi && (isalnum((unsigned char)t[w]) || t[w] == '.' || t[w] == '-'))
			w++;
		p = w;
		if (w + 1 >= hi || t[w] != ' ')
			break;
		i = w + 1;
	}
	return p;
}

/* The start of the run of one to three capitalised words that ends at byte p (after lo), or p. */
static size_t caps_words_to(const char *t, size_t lo, size_t p)
{
	size_t i = p;

	for (int words = 0; words < 3 && i > lo; words++) {
		size_t w = i;
		while (w > lo &&
		       (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '.' || t[w - 1] == '-'))
			w--;
		if (w == i || !isupper((unsigned char)t[w]))
			break;
		p = w;
		if (w < lo + 2 || t[w - 1] != ' ' || !isalnum((unsigned char)t[w - 2]))
			break;
		i = w - 1;
	}
	return p;
}

/* When the name r, capitalised, stands in the text as one side of capitalised words joined by " and " or
 * " & " ("Johnson and Johnson", "Procter & Gamble"), the whole pair in *whole, the side that is
 * not r in *other; else false. */
static bool joined_side(const struct engine *e, struct span r, struct span *whole,
			struct span *other)
{
	const char *t = e->text;
	size_t j;

	if (!isupper((unsigned char)t[r.start]))
		return false; /* "Ann Ruiz and those who": no name */
	for (int amp = 0; amp < 2; amp++) {
		const char *w = amp ? " & " : " and ";
		size_t n = strlen(w);
		if (r.end + n < e->len && memcmp(t + r.end, w, n) == 0 &&
		    (j = caps_words_from(t, r.end + n, e->len)) > r.end + n) {
			*other = (struct span){r.end + n, j};
			*whole = (struct span){r.start, j};
			return true;
		}
		if (r.start > n && memcmp(t + r.start - n, w, n) == 0 &&
		    (j = caps_words_to(t, 0, r.start - n)) < r.start - n) {
			*other = (struct span){j, r.start - n};
			*whole = (struct span){j, r.end};
			return true;
		}
	}
	return false;
}

/* True when the pair `whole` of capitalised words joined by "and" or "&" is surely one name: the
 * same words on both sides ("Johnson and Johnson") or a company's suffix after it ("Smith and
 * Wesson Inc."). */
static bool one_joined_name(const struct engine *e, struct span r, struct span whole,
			    struct span other)
{
	size_t p = whole.end, q;

	if (r.end - r.start == other.end - other.start &&
	    memcmp(e->text + r.start, e->text + other.start, r.end - r.start) == 0)
		return true;
	if (p + 1 >= e->len || (e->text[p] != ' ' && e->text[p] != ','))
		return false;
	p += e->text[p] == ',' && p + 2 < e->len ? 2 : 1;
	for (q = p; q < e->len && isalpha((unsigned char)e->text[q]); q++)
		;
	return text_word_in("Co Company Corp Corporation Inc LLC Ltd PLC", e->text + p, q - p);
}

/* Bytes back that named_relation() looks for the relation set off by a name. */
#define RELATION_BACK 4000

/* True when coref's entity id is a person of gender g. */
static bool person_of(const struct engine *e, size_t id, enum coref_gender g)
{
	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON &&
	       coref_entity(e->co, id)->gender == g;
}

/* "Her daughter, Carmen Alvarez-Boyd, said ... Her daughter said": for the source [a, b), a
 * possessive ("his", "her", "their", "its") and one or two lowercase words, the name set off by
 * commas after the same words written before (RELATION_BACK bytes at most), their possessive the
 * same one to coref, or the later one read as the one named (her daughter's "her" as the
 * daughter), or, for "his" and "her", the earlier one a person of that gender and the later one
 * not; else an empty span. */
static struct span named_relation(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	const char *t = e->text;
	size_t from = e->t[a].start, n = e->t[b - 1].end - from, lo, id2;
	enum coref_gender g = tok_is(e, a, "her")   ? COREF_FEMALE
			      : tok_is(e, a, "his") ? COREF_MALE
						    : COREF_GENDER_UNKNOWN;

	if (b < a + 2 || b > a + 3 || !tok_among(e, a, "his her their its"))
		return none;
	for (size_t k = a + 1; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)))
			return none;
	id2 = coref_resolve(e->co, (struct span){from, e->t[a].end});
	lo = from > RELATION_BACK ? from - RELATION_BACK : 0;
	for (size_t p = from; p-- > lo;) {
		size_t q = p + n, j, id1;
		if ((p > 0 && isalnum((unsigned char)t[p - 1])) || q + 3 >= from ||
		    strncasecmp(t + p, t + from, 1) != 0 ||
		    memcmp(t + p + 1, t + from + 1, n - 1) != 0 || t[q] != ',' || t[q + 1] != ' ' ||
		    (j = caps_words_from(t, q + 2, from)) == q + 2 || j >= from || t[j] != ',')
			continue;
		id1 = coref_resolve(e->co, (struct span){p, p + (e->t[a].end - from)});
		if (id1 != COREF_NONE &&
		    (id1 == id2 || id2 == coref_resolve(e->co, (struct span){q + 2, j}) ||
		     (g != COREF_GENDER_UNKNOWN && person_of(e, id1, g) && !person_of(e, id2, g))))
			return (struct span){q + 2, j};
		return none; /* the nearest such phrase is another's */
	}
	return none;
}

/* The name r as a reader writes it (name_len(), titled_start()); a new string. */
static char *name_of(const struct engine *e, struct span r)
{
	size_t s = titled_start(e, r);

	return xstrndup(e->text + s, name_len(e, r) + (r.start - s));
}

/* The name of coref's entity id, likewise. */
static char *entity_name(const struct engine *e, size_t id)
{
	return name_of(e, coref_entity(e->co, id)->name);
}

/* The name of the person coref knows by the span d; a new string, or NULL when d names none. */
static char *person_by(const struct engine *e, struct span d)
{
	size_t id = coref_resolve(e->co, d);

	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON
		       ? entity_name(e, id)
		       : NULL;
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

	/* a person of known gender: "N.V. DSM", "FULL TEXT" are only capitalised words */
	if (!capitals_only(e, r) || !claims_known_person(e, r))
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

/* Where the pronoun at token a opens its sentence as coref_role_subject() reads it: the
 * pronoun itself, or the quotation's opening mark when the pronoun follows a quotation that
 * opens its sentence ("“We have done all we can,” she said"). */
static size_t tag_opening(const struct engine *e, size_t a)
{
	size_t q;

	if (a == 0 || e->t[a - 1].kind != TOK_QCLOSE || (q = e->t[a - 1].pair) >= a ||
	    e->t[q].sent != e->t[a].sent || (q > 0 && e->t[q - 1].sent == e->t[a].sent))
		return e->t[a].start;
	return e->t[q].start;
}

/* For "he" or "she" at token a, which coref resolved to r (maybe empty): when a description by
 * role with no name is the subject of the sentence before it (coref_role_subject()), also when
 * the pronoun follows a quotation that opens its sentence, the person named with that role
 * before ("Mayor Ellen Holm ... The mayor met the workers. She said") or else the description
 * itself, "the" in lowercase ("the mayor"), over a person coref found further back ("Dianne
 * Bystrom agreed. The mayor disagreed. “We did all we could,” she said": the mayor), never the
 * bare pronoun; a new string. NULL otherwise: coref's answer stands. */
static char *role_subject(const struct engine *e, size_t a, struct span r)
{
	struct span d = coref_role_subject(e->co, tag_opening(e, a), tok_is(e, a, "she"));
	char *s;

	(void)r;
	if (span_empty(d))
		return NULL;
	if ((s = person_by(e, d)) != NULL)
		return s;
	s = xstrndup(e->text + d.start, d.end - d.start);
	s[0] = (char)(s[0] | 0x20); /* "the" */
	return s;
}

/* The speaker the description or name d stands for: the person coref knows by it, or the
 * description itself, "the" in lowercase ("the senator"); a new string. */
static char *described(const struct engine *e, struct span d)
{
	char *s = person_by(e, d);

	if (s)
		return s;
	s = xstrndup(e->text + d.start, d.end - d.start);
	if (strncmp(s, "The ", 4) == 0)
		s[0] = 't';
	return s;
}

/* True when the name [a, b) of one of two joined by "and" (its words name_word()s, as
 * first_of_pair() and last_of_pair() find them) is a person coref knows ("President
 * Gorbachev"). */
static bool conjunct_person(const struct engine *e, size_t a, size_t b)
{
	return !span_empty(claims_person_named(e, claims_source_span(e, a, b)));
}

/* Is token k a word of a name ("Sen.", "Bernie", "J.") that may stand in a pair of names: a
 * capitalised word, no pronoun, determiner or "both", or a full stop? */
static bool name_word(const struct engine *e, size_t k)
{
	return tok_punct(e, k, '.') ||
	       (e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
		!(e->t[k].word & (WORD_PRON | WORD_DET)) && !tok_among(e, k, "both"));
}

/* The start of the name that ends at the "and" at token k of a source [a, b): its capitalised
 * words back to a few words that describe the pair ("Presidential candidates Hillary Clinton
 * and"), to a comma after such words ("Two objectors, Lawrence Joyce and"), or to the source's
 * start; k when there is no such name, or when the pair is the object of a preposition
 * ("Strategists for Barack Obama and Clinton") or the last of a list ("Tapper, Bash and").
 * The name ends at *ne: k, or "of" before a place ("Sen. Johnny Isakson of Georgia and"). */
static size_t first_of_pair(const struct engine *e, size_t a, size_t k, size_t *ne)
{
	size_t s = k, d;

	*ne = k;
	while (s > a && name_word(e, s - 1))
		s--;
	if (s == k || tok_punct(e, s, '.'))
		return k;
	if (s >= a + 2 && tok_is(e, s - 1, "of") && name_word(e, s - 2) &&
	    !tok_punct(e, s - 2, '.')) {
		*ne = --s;
		while (s > a && name_word(e, s - 1))
			s--;
		if (tok_punct(e, s, '.'))
			return k;
	}
	d = s > a && tok_punct(e, s - 1, ',') ? s - 1 : s;
	if (d - a > 5 || (d < s && (d == a || (e->t[d - 1].flags & TOKF_CAP))))
		return k;
	for (size_t i = a; i < d; i++)
		if (e->t[i].kind != TOK_WORD ||
		    (e->t[i].word & (WORD_PREP | WORD_VERB | WORD_CONJ)))
			return k;
	return s;
}

/* Is the source's first name [s, k), one word, a given name that the second name's surname
 * may share ("David and Jeanne Heidler")? Then neither is named in full by itself. */
static bool given_name_alone(const struct engine *e, size_t s, size_t k)
{
	struct span p;
	size_t n = e->t[s].end - e->t[s].start;

	if (k != s + 1)
		return false;
	p = claims_person_named(e, claims_source_span(e, s, k));
	return p.end - p.start > n && memcmp(e->text + p.end - n, e->text + e->t[s].start, n) != 0;
}

/* The end of the second of a pair of names, which starts at token k of a source [k, b): its
 * capitalised words, up to b or to a bracket or comma that opens what is said of it ("Rep.
 * Bob Goodlatte (R-Va.)", "Tim Moore, both Republicans"), after "of" and a place too ("John
 * Boozman of Arkansas"); k when there is none. The name itself is [*ns, *ne): after the
 * employer's words and a lowercase office when there are such ("Breitbart News National
 * Security editor Dr. Sebastian Gorka", "Acme Daily security editor Ana Ruiz"). */
static size_t last_of_pair(const struct engine *e, size_t k, size_t b, size_t *ns, size_t *ne)
{
	size_t y = k, j;

	while (y < b && name_word(e, y))
		y++;
	if (y == k)
		return k;
	*ns = k;
	for (j = y; j < b && j < y + 3 && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP);
	     j++)
		;
	if (j > y && j < b && claims_office_noun(e, j - 1) && name_word(e, j) &&
	    !tok_punct(e, j, '.')) {
		for (*ns = y = j; y < b && name_word(e, y); y++)
			;
	}
	*ne = y;
	if (y + 1 < b && tok_is(e, y, "of") && name_word(e, y + 1) && !tok_punct(e, y + 1, '.'))
		for (y++; y < b && name_word(e, y); y++)
			;
	if (y < b && !tok_punct(e, y, '(') && !tok_punct(e, y, ','))
		return k;
	/* "Heartbeat and Status Controller (HSC)": a body's name and its initials */
	if (y + 2 < b && tok_punct(e, y, '(') && tok_punct(e, y + 2, ')') &&
	    claims_acronym_word(e, y + 1))
		return k;
	return y;
}

/* Do the words from token s across the "and" at k, up to some token before b, name a body
 * coref knows ("Immigration and Naturalization Service Commissioner Doris Meissner"), other
 * than the employer named before the second name at ns ("John Bolton and Breitbart News
 * National Security editor Dr. Sebastian Gorka")? */
static bool body_across(const struct engine *e, size_t s, size_t k, size_t b, size_t ns)
{
	for (size_t j = k + 2; j <= b; j++) {
		size_t id = coref_resolve(e->co, (struct span){e->t[s].start, e->t[j - 1].end});
		if (id == COREF_NONE || coref_entity(e->co, id)->kind != COREF_ORG)
			continue;
		struct span n = coref_entity(e->co, id)->name;
		if (!(ns > k + 1 && n.start >= e->t[k + 1].start && n.end <= e->t[ns].start))
			return true;
	}
	return false;
}

/* "he and President Gorbachev discussed", "Both he and Mr. Gorbachev said", "Presidential
 * candidates Hillary Clinton and Donald Trump said": for a source [a, b) that is two people
 * joined by one "and", each "he", "she" or a person's name (after "both" or words that describe
 * them), or a person and "his wife" written as it stands: both, each resolved ("Saddam Hussein
 * and Mikhail Gorbachev"), or the source as written when both are the one person coref found;
 * never one of them alone, whom a reader would take for the only speaker. NULL when the
 * source is no such pair. */
static char *joined_speakers(const struct engine *e, size_t a, size_t b)
{
	/* "Neither Mr. Perlman nor Mr. Price would say": both, the "neither" kept, as it
	 * says what they did not say */
	bool nor = a + 3 < b && tok_is(e, a, "neither");
	size_t k, s = a + (a + 3 < b && tok_among(e, a, "both neither")), xe, ys, ye;
	char *x, *y, *r;

	for (k = s + 1; k + 1 < b && !tok_is(e, k, nor ? "nor" : "and"); k++)
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, '.') && !tok_punct(e, k, ','))
			return NULL;
	if (k + 1 >= b)
		return NULL;
	xe = k;
	if (!(k == s + 1 && tok_among(e, s, "he she"))) {
		s = first_of_pair(e, s, k, &xe);
		if (s == k || !conjunct_person(e, s, xe) || given_name_alone(e, s, xe))
			return NULL;
	}
	/* "he and his wife": the one resolved, the other as written */
	if (!nor && k + 2 < b && k + 5 >= b && tok_among(e, k + 1, "his her")) {
		for (size_t j = k + 2; j < b; j++)
			if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_CAP))
				return NULL;
		if ((x = claims_resolve_text(e, s, xe)) == NULL)
			return xstrndup(e->text + e->t[a].start, e->t[b - 1].end - e->t[a].start);
		size_t n = strlen(x), m = e->t[b - 1].end - e->t[k].start;
		r = xmalloc(n + m + 2);
		snprintf(r, n + m + 2, "%s %.*s", x, (int)m, e->text + e->t[k].start);
		free(x);
		return r;
	}
	ys = k + 1;
	ye = b;
	if (!(b == k + 2 && tok_among(e, k + 1, "he she"))) {
		b = last_of_pair(e, k + 1, b, &ys, &ye);
		if (b == k + 1 || !conjunct_person(e, ys, ye) || body_across(e, s, k, ye, ys))
			return NULL;
	}
	x = claims_resolve_text(e, s, xe);
	y = claims_resolve_text(e, ys, ye);
	if (x && y && strcasecmp(x, y) != 0) {
		size_t n = strlen(x) + strlen(y) + 14;
		r = xmalloc(n);
		snprintf(r, n, nor ? "neither %s nor %s" : "%s and %s", x, y);
	} else {
		r = xstrndup(e->text + e->t[a].start, e->t[b - 1].end - e->t[a].start);
	}
	free(x);
	free(y);
	return r;
}

/* Does speech transcribed as heard ("uh", "um") stand within 300 bytes of p in its paragraph?
 * A broadcast's clip of a speaker, set without quotation marks ("And uh we've already
 * challenged ..."), is no writer's. */
static bool spoken_near(const struct engine *e, size_t p)
{
	struct span para = doc_paragraph(e->d, doc_paragraph_at(e->d, p))->span;
	size_t lo = p > para.start + 300 ? p - 300 : para.start;
	size_t hi = para.end < p + 300 ? para.end : p + 300;

	for (size_t i = lo; i + 4 <= hi; i++)
		if (e->text[i] == ' ' && e->text[i + 1] == 'u' &&
		    (e->text[i + 2] == 'h' || e->text[i + 2] == 'm') &&
		    (e->text[i + 3] == ' ' || e->text[i + 3] == ','))
			return true;
	return false;
}

/* Is "we" at token a an anchor's on the air ("Tonight we learned", "And tonight, we")? A page
 * of writing rarely says "tonight" of its own work. */
static bool on_air(const struct engine *e, size_t a)
{
	for (size_t k = a; k > 0 && a - k < 3 && e->t[k - 1].sent == e->t[a].sent; k--)
		if (tok_is(e, k - 1, "tonight"))
			return true;
	return false;
}

/* Is token a the writers' "we" ("we", "We", "we've"), outside every other voice? */
static bool writers_we(const struct engine *e, size_t a)
{
	const char *w = e->text + e->t[a].start;
	char *who;

	if (claims_uncontracted(w, e->t[a].end - e->t[a].start) != 2 || (w[0] | 32) != 'w' ||
	    w[1] != 'e' || (e->t[a].flags & TOKF_INQ) || e->broadcast || claims_in_answer(e, a))
		return false;
	if (claims_block_quoter(e, a, &who)) {
		free(who);
		return false;
	}
	return !spoken_near(e, e->t[a].start) && !on_air(e, a);
}

char *claims_resolve_text(const struct engine *e, size_t a, size_t b)
{
	struct span r;
	const char *by, *g = NULL;
	char *cased;
	size_t k, h;

	if (a >= b)
		return NULL;
	/* "I asked": the writer, named by the byline when it names one person */
	if (b == a + 1 && e->text[e->t[a].start] == 'I' &&
	    claims_uncontracted(e->text + e->t[a].start, e->t[a].end - e->t[a].start) == 1 &&
	    !(e->t[a].flags & TOKF_INQ)) {
		char *who;
		if (claims_in_answer(e, a)) {
			/* the interviewee's: the person the introduction names most, if one is */
			return e->interviewee == COREF_NONE ? NULL : entity_name(e, e->interviewee);
		}
		/* in a block quotation: the one who introduced it ("Zuckerberg said ..."), if
		 * anyone */
		if (claims_block_quoter(e, a, &who))
			return who;
		/* a broadcast's: a correspondent's or a guest's, whoever speaks then */
		if (e->broadcast)
			return NULL;
		by = doc_byline(e->d);
		if (by && (who = byline_person(by)) != NULL)
			return who;
		return xstrdup("I (the writer)");
	}
	/* "many of whom say": the group counted, if one is read, else no one */
	if (b == a + 3 && tok_is(e, a + 2, "whom") && claims_counted_whom(e, b) == a) {
		r = claims_resolve(e, a, b);
		if (span_empty(r))
			return NULL;
		return (cased = title_cased(e, r)) != NULL ? cased : name_of(e, r);
	}
	/* "we describe", "We want to hear from you": the writers in their own voice (a newsroom,
	 * a company's blog, an editorial board); not in a quotation, an answer, a block quotation
	 * or a broadcast, where "we" is the speaker's side */
	if (b == a + 1 && writers_we(e, a))
		return xstrdup(WRITERS);
	/* "Q: You said in May that ...": the interviewee */
	if (b == a + 1 && claims_you_interviewee(e, a))
		return entity_name(e, e->interviewee);
	/* "Mr. Mugabe, his wife Grace and two ministers said": the group, its first named as
	 * he is resolved ("Robert Mugabe, his wife Grace and two ministers") */
	h = a;
	if ((k = claims_group_head(e, &h, b)) > h &&
	    (cased = claims_resolve_text(e, h, k)) != NULL) {
		size_t n = strlen(cased), m = e->t[b - 1].end - e->t[k - 1].end;
		char *s = xmalloc(n + m + 1);
		memcpy(s, cased, n);
		memcpy(s + n, e->text + e->t[k - 1].end, m);
		s[n + m] = '\0';
		free(cased);
		return s;
	}
	if ((cased = joined_speakers(e, a, b)) != NULL)
		return cased;
	if (b == a + 1 && tok_is(e, a, "it") && (cased = earlier_body(e, a)) != NULL)
		return cased;
	r = claims_resolve(e, a, b);
	/* "Analysts were cautious. Some said": some of those people, not all of them ("Some
	 * analysts", "Some of the analysts"), the group's words as written */
	if (b == a + 1 && tok_is(e, a, "some") && !span_empty(r) && r.end <= e->t[a].start) {
		size_t n = e->t[a].end - e->t[a].start, m = r.end - r.start;
		bool of = definite_len(e->text + r.start, m) != 0;
		char *s = xmalloc(n + m + 6);
		snprintf(s, n + m + 6, "%.*s %s%.*s", (int)n, e->text + e->t[a].start,
			 of ? "of " : "", (int)m, e->text + r.start);
		if (of)
			s[n + 4] = (char)(s[n + 4] | 0x20);
		return s;
	}
	r = site_before(e, a, b, r);
	/* "Democratic presidential hopefuls former Gov. Ann Lee and Sen. Jo Roe": an adjective
	 * coref took for a name, one word inside a longer source, is no one who speaks; the
	 * source as written */
	if (b >= a + 3 && !span_empty(r) && r.start == e->t[a].start && r.end == e->t[a].end &&
	    !coref_source_ok(e->co, r))
		return name_of(e, claims_source_span(e, a, b));
	/* "My contact at Silego says": the writer's contact, as written, not "My" (a capitalised
	 * word coref took for a name) */
	if (b >= a + 2 && tok_among(e, a, "my our") && r.start == e->t[a].start &&
	    r.end == e->t[a].end)
		return name_of(e, claims_source_span(e, a, b));
	/* "Fewer than 15 percent of Republicans", "About 6 in 10 Democrats": a share of the people
	 * asked, as written, not its first word (a capitalised word coref took for a name) nor
	 * the group alone, which says all of them */
	if (b >= a + 2 && !span_empty(r) && r.start >= e->t[a].start && r.end <= e->t[b - 1].end &&
	    claims_share_subject(e, a, b))
		return name_of(e, claims_source_span(e, a, b));
	/* "than Mr. Trump - 60 percent of voters said": a share after a dash opens a clause of
	 * its own; those counted said it, not the one named before the dash */
	for (size_t d = a + 1; d + 2 < b; d++)
		if (tok_dash(e, d) && !(e->t[d].flags & TOKF_INQ) &&
		    claims_share_subject(e, d + 1, b))
			return name_of(e, claims_source_span(e, d + 1, b));
	/* "His son Donald Jr. said ... He added": the son, whom coref took for his father */
	struct span kin;
	if (b == a + 1 && !span_empty(r) && !span_empty(kin = claims_kin_pronoun(e, a)))
		return name_of(e, kin);
	/* "The senator defended himself; he said": the subject of the clause before, or nobody
	 * when another person named in it may be meant as well */
	if (b == a + 1) {
		bool unsure;
		struct span d = claims_clause_subject(e, a, &unsure);
		if (unsure)
			return NULL;
		if (!span_empty(d))
			return described(e, d);
		/* "A 29-year-old Berlin woman ... received probation. “Filth out!” she wrote": the
		 * description, as written, "a" in lowercase, before anyone coref finds further
		 * back */
		d = claims_description_before(e, a);
		if (!span_empty(d)) {
			char *s = xstrndup(e->text + d.start, d.end - d.start);
			s[0] = (char)(s[0] | 0x20);
			return s;
		}
	}
	/* "They said", "the officials said": the group that spoke last */
	if (b == a + 1 && tok_is(e, a, "they") && span_empty(r)) {
		/* the group or pair that is the subject of the clause or sentence before, then
		 * the pair whose claim is the latest, before a group that spoke earlier */
		struct span d = claims_they_subject(e, a);
		/* a pair as joined_speakers() names a pair that speaks ("Rubio and Cruz") */
		if (!span_empty(d) && joins_two(e, d)) {
			char *both = joined_speakers(e, claims_tok_at(e, d.start),
						     claims_tok_at(e, d.end - 1) + 1);
			if (both)
				return both;
		} else if (!span_empty(d)) {
			return described(e, d);
		}
		g = earlier_pair(e, a);
		if (!g)
			g = earlier_group(e, a, NULL, 0);
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
	if (g) {
		/* "A Sun spokesman said ... he said": carried on inside the story, "a Sun
		 * spokesman" */
		char *s = xstrdup(g);
		if (article_len(s) && s[0] == 'A')
			s[0] = 'a';
		return s;
	}
	/* "The mayor spoke at the opening. She said": the role that is the subject before, or
	 * the person named with it before */
	if (b == a + 1 && tok_among(e, a, "he she") && !(e->t[a].flags & TOKF_INQ) &&
	    (g = role_subject(e, a, r)) != NULL)
		return (char *)g;
	/* "Her daughter, Carmen Alvarez-Boyd, said ... Her daughter said": the name the same
	 * relation was given */
	if (span_empty(r) && !span_empty(kin = named_relation(e, a, b)))
		return name_of(e, kin);
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
	/* "Linden Foods reported a loss. Sales fell. Prices rose. It said": the one body (or
	 * group, for "they") in reach further back */
	if (span_empty(r) && b == a + 1)
		r = coref_resolve_far(e->co, claims_source_span(e, a, b));
	if (span_empty(r))
		return NULL;
	/* "Many Republicans", "Other Democrats": a quantifier before a group's name in the source
	 * stays, as written; "Republicans" alone says all of them */
	if (b >= a + 2 && r.start == e->t[a + 1].start && r.end == e->t[b - 1].end &&
	    text_word_in(CLAIMS_GROUP_QUANTIFIERS, e->text + e->t[a].start,
			 e->t[a].end - e->t[a].start) &&
	    (e->t[a + 1].flags & TOKF_CAP) && word_ends(e, b - 1, "s")) {
		size_t id = coref_resolve(e->co, r);
		if (id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_GROUP)
			return name_of(e, (struct span){e->t[a].start, r.end});
	}
	/* "Johnson and Johnson reported ... The company said": a name coref found as one side of
	 * "X and Y", away from a source that is no name, is the whole pair when that is surely one
	 * name (else as it was: where else the name stands alone is not read here) */
	struct span whole, other;
	if ((r.end <= e->t[a].start || r.start >= e->t[b - 1].end) &&
	    !(e->t[b - 1].flags & TOKF_CAP) && joined_side(e, r, &whole, &other) &&
	    one_joined_name(e, r, whole, other))
		return xstrndup(e->text + whole.start, whole.end - whole.start);
	if ((cased = title_cased(e, r)) != NULL)
		return cased;
	/* "a senior political source", "An IBM spokeswoman": someone unnamed keeps the article
	 * that says so, as the later "the spokeswoman" and "she" carry it on */
	return name_of(e, r);
}
