/* claims: the engine's entry: reads the document block by block, analyses each sentence and returns
 * the claims in text order. */
#include "dateline/claims.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims_int.h"

/* The token where claim c's speaker begins when the claim names a speaker before its cue
 * ("..., Gov. Pat McCrory blamed"); SIZE_MAX otherwise. */
static size_t speaker_first(const struct engine *e, const struct claim *c)
{
	size_t s;

	if (span_empty(c->speaker) || span_empty(c->cue) || c->cue.start < c->speaker.end)
		return SIZE_MAX;
	s = claims_tok_at(e, c->speaker.start);
	return s < e->nt && e->t[s].start == c->speaker.start ? s : SIZE_MAX;
}

/* Ends the content of claim h before token k (the comma, colon, dash or subordinator where a
 * later claim of the sentence begins). */
static void end_held(const struct engine *e, struct claim *h, size_t k)
{
	h->content.end = claims_content_end(e, claims_tok_at(e, h->content.start), k);
}

/* Ends the content of the sentence's claims that hold a later claim of the main clause: when
 * claim `in` of the sentence [a, ...) has its speaker right after a comma, its cue after it,
 * an indirect claim whose cue lies in the clause that opens the sentence before that comma
 * (claims_opening: "When asked what he believed about X, he said ...", "After the court
 * refused to reinstate the law, Gov. Pat McCrory blamed ...") and whose content runs over it
 * ends at the comma: the main clause is the second claim's, not the first one's content. */
static void end_before_main(struct engine *e, size_t a, size_t in)
{
	const struct claim *c = &e->out[in];
	size_t s = speaker_first(e, c), comma;

	if (s == SIZE_MAX || s <= a + 1 || !tok_punct(e, s - 1, ',') ||
	    (e->t[s - 1].flags & TOKF_INQ) || (e->t[s].word & WORD_REL))
		return;
	comma = s - 1;
	/* the claims of the opening clause are the few before it: a bounded look back */
	for (size_t i = claims_near_first(e, in); i < in; i++) {
		struct claim *h = &e->out[i];
		size_t cue;
		if (h->kind != CLAIM_INDIRECT || span_empty(h->cue) ||
		    h->cue.end > e->t[comma].start || h->content.start >= e->t[comma].start ||
		    h->content.end < c->content.end)
			continue;
		cue = claims_tok_at(e, h->cue.start);
		if (cue >= comma || claims_opening(e, a, cue) == SIZE_MAX)
			continue;
		end_held(e, h, comma);
	}
}

/* True when token k opens a number or a share ("70 percent", "Six in 10", "a third"). */
static bool number_first(const struct engine *e, size_t k)
{
	return (e->t[k].flags & TOKF_DIGIT) || tok_among(e, k, CLAIMS_ONE_TO_TEN " half most");
}

/* Ends the content of the sentence's claims that hold a later claim set after a colon or a dash:
 * when claim `in` has its speaker right after a colon or a dash inside an earlier indirect
 * claim's content, its cue after it and its content running to that claim's end ("... as an
 * example: He says news outlets undercount his supporters", "the plan sounded equivocal:
 * Former Rep. Jane Harman called it ..."), the earlier claim ends before the colon or dash: what
 * follows is the second speaker's. Shares of a poll that illustrate the content ("...: 70
 * percent believe ...") are not another speaker's report. */
static void end_before_colon(struct engine *e, size_t in)
{
	const struct claim *c = &e->out[in];
	size_t s = speaker_first(e, c);

	if (s == SIZE_MAX || s == 0 || !(tok_punct(e, s - 1, ':') || tok_dash(e, s - 1)) ||
	    (e->t[s - 1].flags & TOKF_INQ) || (e->t[s].word & WORD_REL) || number_first(e, s))
		return;
	for (size_t i = claims_near_first(e, in); i < in; i++) {
		struct claim *h = &e->out[i];
		if (h->kind != CLAIM_INDIRECT || h->content.start >= e->t[s - 1].start ||
		    h->content.end <= c->cue.start || c->content.end < h->content.end)
			continue;
		end_held(e, h, s - 1);
	}
}

/* The token of the last word of the claim's cue span ("talks about" gives "about"). */
static size_t cue_last(const struct engine *e, struct span cue)
{
	size_t k = claims_tok_at(e, cue.start);

	while (k + 1 < e->nt && e->t[k + 1].end <= cue.end)
		k++;
	return k;
}

/* Ends the noun-phrase content of the sentence's claims before a subordinate clause that is a
 * claim of its own: when claim `in` has its speaker right after "after", "when", "where", "as"
 * or "because" inside an earlier claim's content whose cue takes a noun phrase ("attacked
 * Clinton's personal life after Mrs. Clinton accused him of sexism", "denouncing the Castro
 * regime after Trump said he is open to ..."), and its content runs to that claim's end, the
 * earlier claim ends before the subordinator: the clause says when or why, not what. */
static void end_before_subordinate(struct engine *e, size_t in)
{
	const struct claim *c = &e->out[in];
	size_t s = speaker_first(e, c), s_cue;

	if (s == SIZE_MAX || s < 2 || !tok_among(e, s - 1, "after when where as because") ||
	    (e->t[s - 1].flags & (TOKF_INQ | TOKF_CAP)) || e->t[s - 2].kind != TOK_WORD ||
	    tok_is(e, s - 2, "such"))
		return;
	/* a report, not a belief or a refusal ("because he had accepted ...", "after Cook
	 * refused to work with the FBI") */
	s_cue = cue_last(e, c->cue);
	if (s_cue >= e->nt || (e->t[s_cue].cue & (CUE_BELIEF | CUE_INF | CUE_INFONLY)))
		return;
	for (size_t i = claims_near_first(e, in); i < in; i++) {
		struct claim *h = &e->out[i];
		size_t cue;
		if (h->kind != CLAIM_INDIRECT || span_empty(h->cue) ||
		    h->content.start >= e->t[s - 1].start || h->content.end <= c->cue.start ||
		    c->content.end < h->content.end)
			continue;
		cue = cue_last(e, h->cue); /* "talks about", "calling for" */
		if (!(e->t[cue].cue & (CUE_NP | CUE_PREP | CUE_FOR)) &&
		    !(e->t[cue].word & WORD_PREP))
			continue;
		end_held(e, h, s - 1);
	}
}

/* Ends the content of a claim held in another's at the holder's end: when the cue, the speaker
 * and the start of claim `in`'s content lie inside the content of an earlier-starting claim h
 * of the sentence and `in` runs past h's end ("Ames, who said he wants to sell his shares, sat
 * beside ..."), what follows h's end is not part of the words h reports, so neither of the
 * words inside them. */
static void end_inside_holder(struct engine *e, size_t in)
{
	struct claim *c = &e->out[in];
	size_t hi = e->nout - in > CLAIMS_NEAR ? in + CLAIMS_NEAR : e->nout;

	if (c->kind == CLAIM_DIRECT || span_empty(c->cue) || span_empty(c->content))
		return;
	for (size_t i = claims_near_first(e, in); i < hi; i++) {
		const struct claim *h = &e->out[i];
		size_t k;
		if (i == in || h->kind != CLAIM_INDIRECT || span_empty(h->content) ||
		    h->content.start >= c->content.start || h->content.end <= c->content.start ||
		    h->content.end >= c->content.end || !span_inside(c->cue, h->content) ||
		    !span_inside(c->speaker, h->content))
			continue;
		k = claims_tok_at(e, h->content.end);
		while (k < e->nt && e->t[k].start < h->content.end)
			k++;
		if (k < e->nt && tok_punct(e, k, ','))
			end_held(e, c, k);
		return;
	}
}

/* Searches the sentence [a, b) for cues, colons and signing dashes outside quotations. */
static void analyse_sentence(struct engine *e, size_t a, size_t b)
{
	e->sent_src.start = e->sent_src.end = 0;
	e->frame_end = a;
	e->sent_first = e->nout;
	claims_try_in(e, a, b);
	claims_try_offered(e, a, b);
	for (size_t i = a; i < b; i++) {
		const struct tok *t = &e->t[i];
		/* "\"RAMOS: Secretary Clinton, ...": a transcript's turn inside a quotation that
		 * runs over its paragraphs, its label right after the mark that opens one */
		if ((t->flags & TOKF_INQ) && !(t->flags & TOKF_USED) && tok_punct(e, i, ':') &&
		    i < a + 9 &&
		    e->t[a].start <
			    doc_paragraph_lead(e->d, doc_sentence(e->d, t->sent)->paragraph)) {
			claims_try_colon(e, a, i);
			continue;
		}
		if (t->flags & (TOKF_INQ | TOKF_USED))
			continue;
		if (t->kind == TOK_WORD && t->cue &&
		    (claims_cue_verb(e, i) || (t->cue & (CUE_NOUN | CUE_HEARSAY | CUE_SIGNAL)))) {
			size_t before = e->nout;
			claims_try_cue(e, a, b, i);
			if (e->nout > before && e->frame_end < i + 1)
				e->frame_end = i + 1; /* a frame may have set it further */
		} else if (tok_punct(e, i, ':')) {
			claims_try_colon(e, a, i);
		} else if (tok_dash(e, i)) { /* a dash or a horizontal bar may sign a quotation */
			claims_try_dash(e, b, i);
		}
	}
	claims_try_share_pick(e, a, b);
	for (size_t i = e->sent_first + 1; i < e->nout; i++)
		end_before_main(e, a, i);
	for (size_t i = e->sent_first + 1; i < e->nout; i++)
		end_before_colon(e, i);
	for (size_t i = e->sent_first + 1; i < e->nout; i++)
		end_before_subordinate(e, i);
	for (size_t i = e->sent_first; i < e->nout; i++)
		end_inside_holder(e, i);
	claims_drop_nested(e);
}

/* Analyses the block's sentences in order. */
static void analyse_block(struct engine *e)
{
	size_t first = e->nout;

	for (size_t a = 0; a < e->nt;) {
		size_t b = a;
		while (b < e->nt && e->t[b].sent == e->t[a].sent)
			b++;
		analyse_sentence(e, a, b);
		a = b;
	}
	claims_mark_turns(e, first);
	claims_antecedents(e, first);
}

static int cmp_claim(const void *x, const void *y)
{
	const struct claim *a = x, *b = y;

	if (a->content.start != b->content.start)
		return a->content.start < b->content.start ? -1 : 1;
	if (a->content.end != b->content.end)
		return a->content.end > b->content.end ? -1 : 1; /* the holding claim first */
	return a->cue.start < b->cue.start ? -1 : a->cue.start > b->cue.start;
}

/* True when claim c's speaker is a relative pronoun ("who", "which") and claim o, with the same
 * content, has a speaker and a cue after c's: "Ann Lee, a former governor who argued with the
 * mayor, said in an interview that ...", where the clause's verb is no cue of that content and
 * the main clause's is. */
static bool main_cue_after_relative(const char *text, const struct claim *c, const struct claim *o)
{
	size_t n = c->speaker.end - c->speaker.start;
	const char *s = text + c->speaker.start;

	return !span_empty(o->speaker) && o->cue.start > c->cue.start &&
	       o->speaker.start < c->cue.start &&
	       ((n == 3 && strncmp(s, "who", 3) == 0) || (n == 5 && strncmp(s, "which", 5) == 0));
}

/* Sorts the claims into text order and drops each whose content repeats the one before. */
static void sort_unique(struct engine *e)
{
	size_t w = 1;

	if (e->nout < 2)
		return;
	qsort(e->out, e->nout, sizeof(*e->out), cmp_claim);
	for (size_t i = 1; i < e->nout; i++) {
		if (e->out[i].content.start == e->out[w - 1].content.start &&
		    e->out[i].content.end == e->out[w - 1].content.end) {
			/* "X appears to ..., said Y": the tag's speaker, not an impression with none */
			if ((span_empty(e->out[w - 1].speaker) && !span_empty(e->out[i].speaker)) ||
			    main_cue_after_relative(e->text, &e->out[w - 1], &e->out[i])) {
				struct claim keep = e->out[i];
				e->out[i] = e->out[w - 1];
				e->out[w - 1] = keep;
			}
			free(e->out[i].quote);
			continue;
		}
		e->out[w++] = e->out[i];
	}
	e->nout = w;
}

/* True when claim c names no one and its cue is an impression or an expectation ("it seemed
 * that ...", "the planet appeared to fight", "were expected to die"). */
static bool sourceless_impression(const char *text, const struct claim *c)
{
	size_t w = c->cue.end;

	if (!span_empty(c->speaker) || c->speaker_resolved || span_empty(c->cue))
		return false;
	while (w > c->cue.start && text[w - 1] != ' ')
		w--;
	return text_word_in("appear appeared appears expected seem seemed seems", text + w,
			    c->cue.end - w);
}

/* Paragraphs a page needs before quoting no one says what it is: a short text may just not
 * have come to its quotations. */
#define NARRATION_PARAGRAPHS 8

/* On a page of NARRATION_PARAGRAPHS paragraphs or more that quotes no one with a tag (no
 * quotation with a source anywhere: a how-to, a story told, an essay), an impression or expectation that names no one is the writer's
 * narration ("it seemed that their sins had not saved them"), no report: it goes. What a
 * passive says was said ("we're told there is footage") stays. */
static void drop_sourceless_narration(struct engine *e)
{
	size_t w = 0;

	if (doc_paragraph_count(e->d) < NARRATION_PARAGRAPHS)
		return;
	for (size_t i = 0; i < e->nout; i++)
		if (e->out[i].kind == CLAIM_DIRECT && !span_empty(e->out[i].speaker))
			return;
	for (size_t i = 0; i < e->nout; i++) {
		if (sourceless_impression(e->text, &e->out[i])) {
			free(e->out[i].quote);
			continue;
		}
		e->out[w++] = e->out[i];
	}
	e->nout = w;
}

/* Sets each claim's parent: the nearest claim before it whose content holds its content. The
 * claims are in text order, a holding claim before those it holds. */
static void set_parents(struct claim *c, size_t n)
{
	size_t *stack = xmalloc((n ? n : 1) * sizeof(*stack)), top = 0;

	for (size_t i = 0; i < n; i++) {
		while (top > 0 && c[stack[top - 1]].content.end < c[i].content.end)
			top--;
		c[i].parent = top > 0 ? stack[top - 1] : CLAIM_NONE;
		stack[top++] = i;
	}
	free(stack);
}

/* True when claim c's source is written "I". */
static bool source_is_i(const struct claim *c, const char *text)
{
	return c->speaker.end == c->speaker.start + 1 && text[c->speaker.start] == 'I';
}

/* True when claim c is a turn of a transcript ("FALLIN: I think ...": its cue the colon after the
 * speaker's name) or a quotation: words whose "I" is the speaker's, not the writer's. */
static bool own_words(const struct claim *c, const char *text)
{
	return c->kind == CLAIM_DIRECT ||
	       (c->cue.end == c->cue.start + 1 && text[c->cue.start] == ':' &&
		c->speaker.end > c->speaker.start);
}

/* Gives "I" inside a transcript's turn or a quotation the turn's speaker: "FALLIN: Well, I think
 * the nation ..." holds "I think ...", which is Mary Fallin's, where "I" alone would be read as
 * the writer's. The holding claims come first, so a claim held in one held in a turn is reached
 * through its parent. */
static void first_person_in_turns(struct claim *c, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].parent == CLAIM_NONE || !source_is_i(&c[i], text))
			continue;
		for (size_t p = c[i].parent; p != CLAIM_NONE; p = c[p].parent)
			if (own_words(&c[p], text) || source_is_i(&c[p], text)) {
				if (c[p].speaker_resolved)
					c[i].speaker_resolved = c[p].speaker_resolved;
				break;
			}
	}
}

/* Gives a row of "Asked about X, Huang said ..." the person asked: the speaker of the claim in
 * the same sentence whose source comes after what was asked (the main clause's subject:
 * "Huang", or "he" resolved), else of the one whose source ends before the cue ("He said ...
 * when asked about China"); a speakerless row where the speaker is plain is none a reader
 * needs. The row's source span stays empty: the text does not write one. */
static void asked_speakers(struct claim *c, size_t n, const struct doc *d, const char *text)
{
	for (size_t i = 0; i < n; i++) {
		size_t sent, best = CLAIM_NONE;
		/* no source, and the cue "asked" ("Asked about", "When asked", "was asked") */
		if (c[i].speaker.end > c[i].speaker.start || c[i].speaker_resolved ||
		    !claims_cue_asked(text, &c[i]))
			continue;
		sent = doc_sentence_at(d, c[i].cue.start);
		/* a tag after its own words counts only when those words come after what was
		 * asked ("..., Canova said, “No comment,” The Miami Herald reported": not the
		 * paper); so does a subject before a question set off after it, whose cue follows
		 * the question ("President Bush yesterday, asked whether ..., replied: ...") */
		for (size_t j = i + 1; j < n && j < i + 8 && best == CLAIM_NONE; j++)
			if (c[j].speaker.end > c[j].speaker.start && c[j].speaker_resolved &&
			    ((c[j].speaker.start >= c[i].content.end &&
			      (c[j].speaker.start < c[j].content.start ||
			       c[j].content.start >= c[i].content.end)) ||
			     (c[j].speaker.end <= c[i].cue.start &&
			      c[j].cue.start >= c[i].content.end)) &&
			    doc_sentence_at(d, c[j].speaker.start) == sent)
				best = j;
		for (size_t j = i, k = 0; j-- > 0 && k < 8 && best == CLAIM_NONE; k++)
			if (c[j].speaker.end > c[j].speaker.start && c[j].speaker_resolved &&
			    c[j].speaker.end <= c[i].cue.start &&
			    doc_sentence_at(d, c[j].speaker.start) == sent)
				best = j;
		if (best != CLAIM_NONE)
			c[i].speaker_resolved = c[best].speaker_resolved;
	}
}

/* True when text[a, b) is the word w, case aside. */
static bool span_word(const char *text, size_t a, size_t b, const char *w)
{
	size_t n = strlen(w);

	return b == a + n && strncasecmp(text + a, w, n) == 0;
}

/* True when the source [s.start, s.end) is "the" and a noun for an organisation ("The company",
 * "the firm"): an "it", never a person. */
static bool org_noun_phrase(const char *text, struct span s)
{
	static const char *const nouns[] = {"company",    "firm",    "agency",     "ministry",
					    "department", "bank",    "airline",    "carrier",
					    "startup",    "network", "corporation"};

	if (!text_the_len(text + s.start, s.end - s.start))
		return false;
	for (size_t k = 0; k < sizeof(nouns) / sizeof(*nouns); k++)
		if (span_word(text, s.start + 4, s.end, nouns[k]))
			return true;
	return false;
}

/* "The company now promises it will do better. But it won't tell us how": "it" as the source
 * of a claim that opens its sentence (after "But", "And" or "Yet" at most), in the paragraph
 * of a claim in the sentence before whose speaker, "the company" or the like and resolved, said
 * "it" of itself (its content opens with "it"), is that speaker ("The mayor promised it would
 * open" is a person's: its "it" is a thing). */
static void it_after_itself(struct claim *c, size_t n, const struct doc *d, const char *text)
{
	for (size_t i = 1; i < n; i++) {
		size_t sent, a, j;
		if (c[i].speaker_resolved ||
		    !span_word(text, c[i].speaker.start, c[i].speaker.end, "it"))
			continue;
		sent = doc_sentence_at(d, c[i].speaker.start);
		a = doc_sentence(d, sent)->span.start;
		if (sent == 0 || (a != c[i].speaker.start &&
				  !((span_word(text, a, c[i].speaker.start - 1, "but") ||
				     span_word(text, a, c[i].speaker.start - 1, "and") ||
				     span_word(text, a, c[i].speaker.start - 1, "yet")) &&
				    text[c[i].speaker.start - 1] == ' ')))
			continue;
		for (j = i; j-- > 0;)
			if (c[j].cue.start < a)
				break;
		if (j == SIZE_MAX || c[j].paragraph != c[i].paragraph || !c[j].speaker_resolved ||
		    !org_noun_phrase(text, c[j].speaker) ||
		    doc_sentence_at(d, c[j].cue.start) + 1 != sent ||
		    c[j].content.end <= c[j].content.start + 3 ||
		    strncasecmp(text + c[j].content.start, "it ", 3) != 0)
			continue;
		c[i].speaker_resolved = c[j].speaker_resolved;
	}
}

/* Ends each source whose last word is a subject contracted with its verb before the verb ("He’s
 * predicting": "He"), once every reader of the span as written has read it; the row puts the
 * verb back (claims_render()). */
static void cut_contractions(struct claim *c, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++)
		c[i].speaker.end = claims_source_uncontracted(text, &c[i]);
}

/* A hash of s, case-folded. */
static uint64_t fold_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s)) * 1099511628211ull;
	return h;
}

/* Gives every speaker one number, from 0 in order of appearance: claims whose resolved
 * speakers are the same name (case aside) share it; a claim with none has CLAIM_NONE. */
static void set_speaker_ids(struct claim *c, size_t n)
{
	size_t cap = 16, next = 0;
	size_t *slot; /* claim index + 1 of each speaker's first claim; 0 empty */

	while (cap < 2 * n)
		cap *= 2;
	slot = xcalloc(cap, sizeof(*slot));
	for (size_t i = 0; i < n; i++) {
		size_t h;
		if (!c[i].speaker_resolved || !*c[i].speaker_resolved)
			continue;
		for (h = fold_hash(c[i].speaker_resolved) & (cap - 1); slot[h];
		     h = (h + 1) & (cap - 1))
			if (strcasecmp(c[slot[h] - 1].speaker_resolved, c[i].speaker_resolved) == 0)
				break;
		if (!slot[h]) {
			slot[h] = i + 1;
			c[i].speaker_id = next++;
		} else {
			c[i].speaker_id = c[slot[h] - 1].speaker_id;
		}
	}
	free(slot);
}

struct claim_list *claims_find(const struct doc *d)
{
	return claims_find_with(d, NULL);
}

/* ---- chunks read on two threads ----
 *
 * A block's extent depends only on where it starts, and its claims only on the block and on the
 * claims read shortly before it: a source is resolved through the claims of the three
 * paragraphs before at most, among the last CHUNK_RECALL claims (claims_resolve_text.c), and
 * claims_try_dash() signs the quotation of the paragraph before only when no claim holds it yet.
 * So a large document is cut into chunks at paragraphs, which two workers take in turn from a
 * shared counter: a worker that runs out of work takes the next chunk, so neither idles while
 * the other reads (the work per byte is uneven). A chunk is read from its first paragraph,
 * noting where each of its blocks starts and a print of the claims before it that a block there
 * may look back at (history_print()), until it reaches a block start that the next chunk also
 * has, with the same print (a few paragraphs on, once the next chunk has read the claims a
 * block looks back at); its claims are then its own up to there and the next chunk's from
 * there. A next chunk that no worker has taken yet is read on by the chunk before it, one that
 * cannot be met (its blocks all lie behind) is read again and its claims dropped: the same
 * claims, in the same order once sorted, as one thread reading the whole. */

size_t claims_split_min = (size_t)1 << 19, claims_split_max = SIZE_MAX;
size_t claims_chunk_min = (size_t)1 << 18;

#define CHUNKS_MAX   64
#define CHUNK_RECALL 40 /* claims a look back reads at most (claims_resolve_text.c) */
#define CHUNK_PRINTS 64 /* a chunk's first blocks that another may meet it at */

struct chunk {
	size_t first;     /* the paragraph it starts at */
	size_t *starts;   /* its blocks' first paragraphs, increasing */
	size_t *marks;    /* its claims' count when each began */
	uint64_t *prints; /* history_print() when each of its first CHUNK_PRINTS began; 0 after */
	size_t n, cap;
	struct claim *out; /* its claims, once done */
	size_t nout;
	size_t from; /* its first claim that counts, set by the chunk that meets it */
	size_t met;  /* the chunk it met, or the count of chunks when it read to the end */
	bool taken, done, dropped;
};

struct chunks {
	struct chunk *c;
	size_t n, next; /* the chunks; none before next is left to take */
	pthread_mutex_t lock;
	pthread_cond_t moved;
};

/* Mixes the word x into the hash h. */
static uint64_t mix(uint64_t h, uint64_t x)
{
	return (h ^ x) * 1099511628211ull;
}

/* A hash of every field of claim c. */
static uint64_t claim_print(const struct claim *c)
{
	uint64_t h = mix(1469598103934665603ull, c->kind);

	h = mix(mix(h, c->content.start), c->content.end);
	h = mix(mix(h, c->speaker.start), c->speaker.end);
	h = mix(mix(h, c->cue.start), c->cue.end);
	h = mix(mix(mix(h, c->paragraph), c->antecedent.start), c->antecedent.end);
	h = mix(mix(mix(h, c->parent), c->speaker_id), c->nquote);
	for (size_t k = 0; k < c->nquote; k++)
		h = mix(mix(h, c->quote[k].start), c->quote[k].end);
	if (c->speaker_resolved)
		for (const char *r = c->speaker_resolved; *r; r++)
			h = mix(h, (unsigned char)*r);
	return mix(h, c->speaker_resolved != NULL);
}

/* A print of the claims e has read that a block starting at paragraph p may look back at: the
 * last CHUNK_RECALL of them, each by all its fields when it reaches into the three paragraphs
 * before p (its paragraph, or the end of its content, cue or source), else as one that reaches
 * none (as one not read); never 0. */
static uint64_t history_print(const struct engine *e, size_t p)
{
	size_t from = doc_paragraph(e->d, p > 3 ? p - 3 : 0)->span.start;
	uint64_t h = 1469598103934665603ull;

	for (size_t j = 0; j < CHUNK_RECALL; j++) {
		const struct claim *c = j < e->nout ? &e->out[e->nout - 1 - j] : NULL;
		bool near = c && (c->paragraph + 3 >= p || c->content.end > from ||
				  c->cue.end > from || c->speaker.end > from);
		h = mix(h, near ? claim_print(c) : 0);
	}
	return h | 1;
}

/* Marks chunk t (under the lock) as one whose claims do not count, read or not. */
static void chunk_drop(struct chunks *s, struct chunk *t)
{
	if (!t->taken) {
		t->taken = t->done = true;
		t->met = s->n;
	}
	t->dropped = true;
}

/* Whether the reader of a chunk, at a block start p with e's claims, meets the chunk *target
 * there (waiting until that chunk has got that far or finished); chunks it has passed are
 * dropped or read on, and *target moves to the next one it must meet. */
static bool chunk_meets(struct chunks *s, const struct engine *e, size_t *target, size_t p)
{
	bool met = false;

	pthread_mutex_lock(&s->lock);
	while (*target < s->n && p >= s->c[*target].first) {
		struct chunk *t = &s->c[*target];
		size_t lo = 0, hi;
		if (!t->taken) { /* no worker reads it: this one reads on over it */
			chunk_drop(s, t);
			++*target;
			continue;
		}
		while (!t->done && (t->n == 0 || t->starts[t->n - 1] < p))
			pthread_cond_wait(&s->moved, &s->lock);
		hi = t->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (t->starts[mid] < p)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < t->n && t->starts[lo] == p && lo < CHUNK_PRINTS &&
		    t->prints[lo] == history_print(e, p)) {
			t->from = t->marks[lo];
			met = true;
		} else if (lo == t->n) { /* done, its blocks all behind: it is read again here */
			chunk_drop(s, t);
			*target = t->met;
			continue;
		}
		break;
	}
	pthread_mutex_unlock(&s->lock);
	return met;
}

/* Reads chunk k with engine e, whose claims so far are handed over to the chunks. */
static void chunk_read(struct chunks *s, struct engine *e, size_t k)
{
	struct chunk *ch = &s->c[k];
	size_t np = doc_paragraph_count(e->d), target = k + 1;
	bool met = false, end = true;

	e->out = NULL;
	e->nout = e->capout = 0;
	for (size_t p = ch->first; p < np;) {
		uint64_t print;
		if ((met = chunk_meets(s, e, &target, p)))
			break;
		print = k > 0 && ch->n < CHUNK_PRINTS ? history_print(e, p) : 0;
		pthread_mutex_lock(&s->lock);
		if (ch->dropped) { /* one before it read to the end: nothing here counts */
			pthread_mutex_unlock(&s->lock);
			end = false;
			break;
		}
		if (ch->n == ch->cap) {
			ch->starts = xgrow(ch->starts, &ch->cap, ch->n + 1, sizeof(*ch->starts));
			ch->marks = xrealloc(ch->marks, ch->cap * sizeof(*ch->marks));
			ch->prints = xrealloc(ch->prints, ch->cap * sizeof(*ch->prints));
		}
		ch->starts[ch->n] = p;
		ch->marks[ch->n] = e->nout;
		ch->prints[ch->n++] = print;
		pthread_cond_broadcast(&s->moved);
		pthread_mutex_unlock(&s->lock);
		p = claims_block_read(e, p);
		analyse_block(e);
	}
	pthread_mutex_lock(&s->lock);
	if (!met && end) /* read to the end: the chunks after it are read again */
		for (size_t j = target; j < s->n; j++)
			chunk_drop(s, &s->c[j]);
	ch->met = met ? target : s->n;
	ch->out = e->out;
	ch->nout = e->nout;
	ch->done = true;
	pthread_cond_broadcast(&s->moved);
	pthread_mutex_unlock(&s->lock);
	e->out = NULL;
	e->nout = e->capout = 0;
}

/* Takes and reads chunks with engine e until none is left. */
static void chunks_work(struct chunks *s, struct engine *e)
{
	for (;;) {
		size_t k;
		pthread_mutex_lock(&s->lock);
		while (s->next < s->n && s->c[s->next].taken)
			s->next++;
		k = s->next;
		if (k < s->n)
			s->c[k].taken = true;
		pthread_mutex_unlock(&s->lock);
		if (k == s->n)
			return;
		chunk_read(s, e, k);
	}
}

struct worker {
	struct chunks *s;
	struct engine e;
};

static void *worker_run(void *arg)
{
	struct worker *w = arg;

	chunks_work(w->s, &w->e);
	return NULL;
}

/* Cuts the document into chunks at paragraphs, a number of them for its length; false when it
 * gives fewer than two. */
static bool chunks_cut(struct chunks *s, const struct doc *d, size_t len)
{
	size_t np = doc_paragraph_count(d), n = len / (claims_chunk_min ? claims_chunk_min : 1);

	n = n < 2 ? 2 : n > CHUNKS_MAX ? CHUNKS_MAX : n;
	s->c = xcalloc(n, sizeof(*s->c));
	s->n = s->next = 0;
	for (size_t k = 0; k < n; k++) {
		size_t p = k ? doc_paragraph_at(d, len / n * k) : 0;
		if (k && (p <= s->c[s->n - 1].first || p >= np))
			continue;
		s->c[s->n].first = p;
		s->c[s->n].from = k ? SIZE_MAX : 0;
		s->n++;
	}
	if (s->n < 2) {
		free(s->c);
		return false;
	}
	return true;
}

/* Gives e (with no claims yet) the claims that count of each chunk, in order; frees the rest.
 * The first chunk's array is grown to hold them all (in place, mostly, at that size) and each
 * other chunk's is given back once copied: the claims are held twice one chunk at a time. */
static void chunks_join(struct chunks *s, struct engine *e)
{
	size_t total = 0;

	for (size_t k = 0; k < s->n; k++) {
		struct chunk *ch = &s->c[k];
		if (ch->dropped)
			ch->from = ch->nout;
		else if (ch->from == SIZE_MAX)
			die("claims: chunk %zu was never met", k);
		for (size_t i = 0; i < ch->from; i++)
			free(ch->out[i].quote);
		total += ch->nout - ch->from;
	}
	e->out = s->c[0].out; /* read from its start: from is 0 */
	e->nout = s->c[0].nout;
	e->capout = total > e->nout ? total : e->nout;
	e->out = xrealloc(e->out, (e->capout ? e->capout : 1) * sizeof(*e->out));
	for (size_t k = 0; k < s->n; k++) {
		struct chunk *ch = &s->c[k];
		if (k > 0 && ch->nout > ch->from) {
			memcpy(e->out + e->nout, ch->out + ch->from,
			       (ch->nout - ch->from) * sizeof(*e->out));
			e->nout += ch->nout - ch->from;
		}
		if (k > 0)
			free(ch->out);
		free(ch->starts);
		free(ch->marks);
		free(ch->prints);
	}
	free(s->c);
}

static void engine_init(struct engine *e, const struct doc *d, const struct coref *co)
{
	memset(e, 0, sizeof(*e));
	e->d = d;
	e->text = doc_text(d, &e->len);
	e->open = SIZE_MAX;
	e->inner = SIZE_MAX;
	e->co = co;
	e->interviewee = COREF_NONE; /* the caller's, read once for both halves */
	e->lists = claims_lists_new();
	e->memo = claims_lex_memo_new();
}

struct claim_list *claims_find_with(const struct doc *d, const struct coref *c)
{
	struct engine e;
	struct claim_list *l = xcalloc(1, sizeof(*l));
	size_t np = doc_paragraph_count(d);
	struct coref *own = c ? NULL : coref_build(d);
	struct chunks s;
	struct worker w;
	pthread_t thread;
	bool two = false;

	claims_lex_init();
	engine_init(&e, d, c ? c : own);
	e.interviewee = claims_interviewee(d, e.co);
	e.broadcast = claims_broadcast(d);
	if (e.len >= claims_split_min && e.len < claims_split_max && np >= 4 &&
	    chunks_cut(&s, d, e.len)) {
		pthread_mutex_init(&s.lock, NULL);
		pthread_cond_init(&s.moved, NULL);
		w.s = &s;
		engine_init(&w.e, d, e.co);
		w.e.interviewee = e.interviewee;
		w.e.broadcast = e.broadcast;
		two = true;
		if (pthread_create(&thread, NULL, worker_run, &w) == 0) {
			chunks_work(&s, &e);
			pthread_join(thread, NULL);
		} else {
			chunks_work(&s, &e); /* all on this thread, chunk after chunk */
		}
		text_pool_adopt(&e.names, w.e.names);
		claims_block_free(&w.e);
		chunks_join(&s, &e);
		pthread_cond_destroy(&s.moved);
		pthread_mutex_destroy(&s.lock);
	}
	for (size_t p = 0; !two && p < np;) {
		p = claims_block_read(&e, p);
		analyse_block(&e);
	}
	claims_block_free(&e);
	coref_free(own);
	sort_unique(&e);
	claims_message_senders(&e);
	drop_sourceless_narration(&e);
	set_parents(e.out, e.nout);
	first_person_in_turns(e.out, e.nout, e.text);
	asked_speakers(e.out, e.nout, d, e.text);
	it_after_itself(e.out, e.nout, d, e.text);
	set_speaker_ids(e.out, e.nout);
	cut_contractions(e.out, e.nout, e.text);
	l->items = e.out;
	l->n = e.nout;
	l->names = e.names;
	return l;
}

void claim_list_free(struct claim_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].quote);
	text_pool_free(l->names);
	free(l->items);
	free(l);
}

const char *claim_kind_name(enum claim_kind k)
{
	static const char *const names[] = {"direct", "indirect", "according_to"};
	return names[k];
}
