/* claims_junk_nested: a claim inside another's content that is a step of that statement (a
 * belief, a stance, an act on something, a telling to come), dropped once the sentence is read. */
#include "claims_int.h"

#include <stdlib.h>

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
			       "endorses endorsing oppose opposed opposes opposing back choose "
			       "chose chooses prefer prefers preferred favor favors favored vote "
			       "votes voted approve approves approved")))
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

/* True when claim c's speaker and cue, after its content ("..., he said"), are the last words of
 * the content of the according-to claim h: "The deals take time, he said, according to a
 * transcript" is his statement, the transcript only where it was found; c stays, nested under h,
 * whatever its pronoun. */
static bool tag_closes(const struct claim *c, const struct claim *h)
{
	size_t end = c->cue.end > c->speaker.end ? c->cue.end : c->speaker.end;

	return h->kind == CLAIM_ACCORDING_TO && !span_empty(c->speaker) &&
	       c->content.end <= c->speaker.start && c->content.end <= c->cue.start &&
	       end == h->content.end;
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
	if (tag_closes(c, h))
		return false;
	if (h->kind == CLAIM_DIRECT || same_speaker(e, c, h))
		return false;
	return speaker_unnamed(e, c);
}

/* True when the cue of claim c lies inside the longer cue of claim h and their contents share a
 * start or an end: the participle of a message h's cue names ("wrote a letter to the mayor
 * asking that ...", "blasted out an email stating, “...”") says h's words again. */
static bool cue_step(const struct claim *c, const struct claim *h)
{
	return !span_empty(c->cue) && !span_empty(c->content) && !span_empty(h->content) &&
	       span_inside(c->cue, h->cue) &&
	       h->cue.end - h->cue.start > c->cue.end - c->cue.start &&
	       (c->content.start == h->content.start || c->content.end == h->content.end);
}

/* The end of span s before the commas and spaces it ends with. */
static size_t end_before_commas(const struct engine *e, struct span s)
{
	size_t end = s.end;

	while (end > s.start && (e->text[end - 1] == ',' || e->text[end - 1] == ' '))
		end--;
	return end;
}

/* True when claim c says again what claim h of the same sentence says: the same content and
 * speaker, c's tag after that content and h's cue before it ("Rick Tyler said that the senator
 * would “fight on,” Tyler told reporters", "DuVernay said she felt “proud,” she said"): one
 * statement, the tag that repeats its speaker no second row. */
static bool tag_repeats(const struct engine *e, const struct claim *c, const struct claim *h)
{
	/* the tag's content may keep the comma the quotation closes on */
	size_t ce = end_before_commas(e, c->content), he = end_before_commas(e, h->content);

	return !span_empty(c->content) && !span_empty(c->speaker) && !span_empty(h->speaker) &&
	       c->content.start == h->content.start && ce == he && h->cue.end <= h->content.start &&
	       c->cue.start >= ce && c->speaker.start >= ce && same_speaker(e, c, h);
}

/* True when claim i is a step of another claim of its sentence's statement (nested_step,
 * cue_step) or says it again (tag_repeats). */
static bool nested_in_near(const struct engine *e, size_t i)
{
	size_t hi = e->nout - i > CLAIMS_NEAR ? i + CLAIMS_NEAR : e->nout;

	for (size_t j = claims_near_first(e, i); j < hi; j++)
		if (j != i &&
		    (nested_step(e, &e->out[i], &e->out[j]) || cue_step(&e->out[i], &e->out[j]) ||
		     tag_repeats(e, &e->out[i], &e->out[j])))
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

/* True when the according-to claim h, its source a document or a message, holds a claim whose
 * tag closes its content (tag_closes): "These deals take time, he said, according to a
 * transcript" is his statement once, the transcript only where it was found, so the row
 * crediting the transcript with the same words and their tag goes. A person who tells what
 * another said ("..., Grayson said, according to Lois Frankel") keeps the row: whose account it
 * is matters. */
static bool according_closed(const struct engine *e, size_t i)
{
	size_t hi = e->nout - i > CLAIMS_NEAR ? i + CLAIMS_NEAR : e->nout, k;
	const struct claim *h = &e->out[i];

	if (h->kind != CLAIM_ACCORDING_TO || span_empty(h->content) || span_empty(h->speaker))
		return false;
	/* its noun, before what qualifies it ("a transcript reviewed by Business Insider") */
	for (k = claims_tok_at(e, h->speaker.start);
	     k < e->nt && e->t[k].start < h->speaker.end && e->t[k].kind == TOK_WORD &&
	     !(e->t[k].word & (WORD_DOC | WORD_VERB | WORD_PREP | WORD_REL)) &&
	     !tok_among(e, k, claims_message_nouns);
	     k++)
		;
	if (k >= e->nt || e->t[k].start >= h->speaker.end || e->t[k].kind != TOK_WORD ||
	    !((e->t[k].word & WORD_DOC) || tok_among(e, k, claims_message_nouns)))
		return false;
	for (size_t j = claims_near_first(e, i); j < hi; j++)
		if (j != i && !span_empty(e->out[j].content) &&
		    span_inside(e->out[j].content, h->content) && tag_closes(&e->out[j], h))
			return true;
	return false;
}

bool claims_step_cue(const struct engine *e, const struct claim *c)
{
	return !span_empty(c->cue) &&
	       (belief_or_stance(e, c) || act_on_something(e, c) || modal_act(e, c));
}

void claims_drop_nested(struct engine *e)
{
	size_t w = e->sent_first, n = e->nout - e->sent_first;
	bool *found_in = n ? calloc(n, sizeof *found_in) : NULL;

	if (found_in) {
		for (size_t i = 0; i < n; i++)
			found_in[i] = according_closed(e, e->sent_first + i);
		for (size_t i = e->sent_first; i < e->nout; i++) {
			if (found_in[i - e->sent_first])
				free(e->out[i].quote);
			else
				e->out[w++] = e->out[i];
		}
		free(found_in);
		e->nout = w;
		w = e->sent_first;
	}

	for (size_t i = e->sent_first; i < e->nout; i++) {
		const struct claim *c = &e->out[i];
		bool inside = false;
		if (claims_step_cue(e, c)) {
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
