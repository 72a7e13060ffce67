/* claims_frames: the frames around a cue, a colon or a signing dash, and the claims they give. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* A frame being read: the sentence, the cue, then the source, the kind and the content as
 * they are found. Token ranges are [start, end); the source is empty when sa >= sb. */
struct frame {
	size_t a, b;   /* the sentence */
	size_t c;      /* the cue word */
	unsigned cue;  /* its claims_lex_cue() classes */
	size_t qa, qb; /* the cue's tokens ("has also said", "according to") */
	size_t sa, sb; /* the source's tokens */
	enum claim_kind kind;
	size_t cs, ce; /* the content's bytes */
};

/* ---- where content ends ---- */

/* The end (byte offset) of content that starts in this sentence and runs to `limit` (token
 * index, exclusive); a quotation opened inside runs on to its close. */
static size_t content_end(const struct engine *e, size_t from, size_t limit)
{
	size_t last = limit;

	while (last > from && (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',') ||
			       tok_punct(e, last - 1, ';')))
		last--;
	if (last <= from)
		return e->t[from].end;
	/* An open quotation inside the content that closes beyond the sentence. */
	for (size_t i = last; i-- > from && i + 8 > last;) {
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
		if (e->t[i].kind == TOK_QCLOSE)
			break;
	}
	if (e->t[last - 1].flags & TOKF_INQ) {
		/* The sentence ended inside a quotation: run on to its close. */
		size_t i = last - 1;
		size_t hops = 0;
		while (i > from && e->t[i].kind != TOK_QOPEN && hops < 64) {
			i--;
			hops++;
		}
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
	}
	return e->t[last - 1].end;
}

/* The token where the content of a forward claim at token p ends (exclusive): the sentence's
 * end b or a participle clause (", adding that"); always > p when p < b. */
static size_t clause_limit(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 400 < b ? p + 400 : b;

	for (size_t k = p + 1; k + 1 < lim; k++)
		if (tok_punct(e, k, ',') && (e->t[k + 1].cue & CUE_ING) &&
		    !(e->t[k + 1].flags & TOKF_INQ))
			return k;
	return lim;
}

/* Where content that ends before token `upto` begins: the sentence's start (a), or the end of
 * the claim before it in the sentence, and never more than 400 tokens back. A byte offset. */
static size_t floor_start(const struct engine *e, size_t a, size_t upto)
{
	size_t f = a > e->frame_end ? a : e->frame_end;

	if (upto > f + 400)
		f = upto - 400;
	return e->t[f].kind == TOK_QOPEN ? e->t[f].end : e->t[f].start;
}

/* Extends content that ends at a closing mark by the quotation-only sentences from token
 * `after` on in the same paragraph ("A," he said. "B."). Returns the new end. */
static size_t run_on(const struct engine *e, size_t after, size_t end)
{
	size_t i = after, hops = 0, nt = e->nt;
	size_t para;

	if (after >= nt)
		return end;
	para = doc_sentence(e->d, e->t[after - 1].sent)->paragraph;
	while (i < nt && hops < 20 && e->t[i].kind == TOK_QOPEN &&
	       doc_sentence(e->d, e->t[i].sent)->paragraph == para) {
		size_t cl = e->t[i].pair, j = cl + 1;
		/* the quotation must end its sentence */
		while (j < nt && e->t[j].sent == e->t[cl].sent && e->t[j].kind == TOK_PUNCT)
			j++;
		if (j < nt && e->t[j].sent == e->t[cl].sent)
			break;
		end = e->t[cl].start;
		i = j;
		hops++;
	}
	return end;
}

/* After an inverted cue and its source ending at token r: content that goes on ("A," he said,
 * "B." / Y, he said, Z.) and quotation-only sentences after. Returns the new content end. */
static size_t carry_on(const struct engine *e, size_t r, size_t b, size_t ce, bool quoted)
{
	if (r + 1 < b && tok_punct(e, r, ',')) {
		const struct tok *t = &e->t[r + 1];
		if (t->kind == TOK_QOPEN)
			return run_on(e, e->t[t->pair].next, e->t[t->pair].start);
		if (t->kind == TOK_WORD && !(t->cue & CUE_ING) &&
		    !(t->word & (WORD_PREP | WORD_TIME | WORD_REL)) && !word_ends(e, r + 1, "ing"))
			return content_end(e, r + 1, clause_limit(e, r + 1, b));
	}
	return quoted ? run_on(e, b, ce) : ce;
}

/* ---- where content after a cue begins: a token below b, or SIZE_MAX ---- */

/* After a cue whose content may be a noun phrase: "called X a Y", "criticized X". */
static size_t start_after_np(const struct engine *e, size_t p, size_t b)
{
	if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
	    e->t[p].kind == TOK_QOPEN)
		return p;
	return SIZE_MAX;
}

/* After a cue that takes an addressee: "told reporters that", "told CNN the deal is off". */
static size_t start_after_object(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t lim = p + 12 < b ? p + 12 : b;

	/* told reporters that / told a crowd in Ohio that */
	for (size_t k = p; k < lim; k++) {
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
			return k;
		if (tok_punct(e, k, ':') && k + 1 < b)
			return k + 1;
		if ((e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)) || e->t[k].word & WORD_VERB)
			break;
	}
	if (cue & CUE_QUOTEONLY)
		return SIZE_MAX;
	/* told reporters he would / told CNN the deal is off */
	for (size_t k = p + 1; k < lim; k++) {
		if (e->t[k].kind != TOK_WORD)
			break;
		if (tok_is(e, k, "he") || tok_is(e, k, "she") || tok_is(e, k, "they") ||
		    tok_is(e, k, "it") || tok_is(e, k, "we") || tok_is(e, k, "I") ||
		    tok_is(e, k, "the") || tok_is(e, k, "there"))
			return k;
		if (e->t[k].word & WORD_PREP)
			break;
	}
	return SIZE_MAX;
}

/* After a phrase between the cue and its content: "said on Tuesday that", "said in a
 * statement:". */
static size_t start_after_phrase(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 20 < b ? p + 20 : b;

	for (size_t k = p; k < lim; k++) {
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
			return k;
		if ((tok_punct(e, k, ':') || tok_punct(e, k, ',')) && k + 1 < b &&
		    e->t[k + 1].kind == TOK_QOPEN)
			return k + 1;
	}
	return SIZE_MAX;
}

/* The content after a forward cue whose frame ends at token p: the token where it begins (a
 * quotation mark for direct content) or SIZE_MAX. */
static size_t content_start(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	if (p >= b)
		return SIZE_MAX;
	if (cue & CUE_NP)
		return start_after_np(e, p, b);
	if (cue & CUE_OBJ)
		return start_after_object(e, p, b, cue);
	if (e->t[p].word & (WORD_PREP | WORD_TIME) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that")))
		return start_after_phrase(e, p, b);
	if ((tok_punct(e, p, ':') || tok_punct(e, p, ',')) && p + 1 < b &&
	    e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (tok_punct(e, p, ':') && p + 1 < b)
		return p + 1;
	if (e->t[p].kind == TOK_QOPEN || tok_is(e, p, "that"))
		return p;
	if (cue & (CUE_NEEDTHAT | CUE_QUOTEONLY))
		return SIZE_MAX;
	if (e->t[p].kind != TOK_WORD || e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ) ||
	    tok_is(e, p, "so") || tok_is(e, p, "yes") || tok_is(e, p, "no"))
		return SIZE_MAX;
	if (p + 1 >= b || tok_punct(e, p + 1, '.'))
		return SIZE_MAX;
	return p;
}

/* ---- the claim ---- */

/* Sets the kind and content of a frame whose content begins at token p (p < f->b): the
 * quotation that opens there, or the clause that starts there. */
static void content_at(const struct engine *e, struct frame *f, size_t p)
{
	if (e->t[p].kind == TOK_QOPEN) {
		f->kind = CLAIM_DIRECT;
		f->cs = e->t[p].end;
		f->ce = e->t[e->t[p].pair].start;
	} else {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = content_end(e, p, clause_limit(e, p, f->b));
	}
}

/* Adds the claim of frame f to e->out, resolving its source; content that opens its paragraph
 * starts after a dateline ("TAIPEI — "), and content left empty adds nothing. */
static void emit(struct engine *e, const struct frame *f)
{
	const struct doc_para *para = doc_paragraph(e->d, doc_paragraph_at(e->d, f->cs));
	size_t cs = f->cs;
	struct claim *cl;

	if (para && para->span.start == cs)
		cs = text_dateline_end(e->text, cs, f->ce);
	if (f->ce <= cs)
		return;
	e->out = xgrow(e->out, &e->capout, e->nout + 1, sizeof(*e->out));
	cl = &e->out[e->nout++];
	memset(cl, 0, sizeof(*cl));
	cl->kind = f->kind;
	cl->content.start = cs;
	cl->content.end = f->ce;
	if (f->sa < f->sb) {
		struct span res;
		cl->speaker.start = e->t[f->sa].start;
		cl->speaker.end = e->t[f->sb - 1].end;
		res = claims_resolve(e, f->sa, f->sb);
		if (!span_empty(res))
			cl->speaker_resolved = xstrndup(e->text + res.start, res.end - res.start);
		e->sent_src = cl->speaker;
	}
	if (f->qa < f->qb) {
		cl->cue.start = e->t[f->qa].start;
		cl->cue.end = e->t[f->qb - 1].end;
	}
	cl->paragraph = doc_paragraph_at(e->d, cs);
}

/* ---- "according to X" ---- */

/* The source after "according to": up to a comma or a quotation, without a final full stop.
 * Returns the token where the search stopped. */
static size_t according_source(const struct engine *e, struct frame *f)
{
	size_t k = f->qb;

	while (k < f->b && k < f->qb + 40 && !tok_punct(e, k, ',') && e->t[k].kind != TOK_QOPEN)
		k++;
	f->sa = f->qb;
	f->sb = k;
	while (f->sb > f->sa && tok_punct(e, f->sb - 1, '.'))
		f->sb--;
	return k;
}

/* Content before the cue: from the sentence's start (or the claim before) to the last word
 * before the cue and its commas or dashes. False when there is none. */
static bool content_before(const struct engine *e, struct frame *f)
{
	size_t ce = f->c;

	while (ce > f->a && (tok_punct(e, ce - 1, ',') || tok_dash(e, ce - 1)))
		ce--;
	if (ce <= f->a)
		return false;
	f->cs = floor_start(e, f->a, ce - 1);
	f->ce = e->t[ce - 1].end;
	return true;
}

/* "According to X, ..." (content after) or "..., according to X" (content before). */
static void try_according(struct engine *e, struct frame *f)
{
	size_t k;

	if (f->c + 1 >= f->b || !tok_is(e, f->c + 1, "to"))
		return;
	f->qb = f->c + 2;
	k = according_source(e, f);
	if (f->sa >= f->sb)
		return;
	f->kind = CLAIM_ACCORDING_TO;
	if (claims_trim_intro(e, f->a, f->c) == f->c && k + 1 < f->b && tok_punct(e, k, ',')) {
		f->cs = e->t[k + 1].start;
		f->ce = content_end(e, k + 1, clause_limit(e, k, f->b));
	} else if (!content_before(e, f)) {
		return;
	}
	emit(e, f);
}

/* ---- "X quoted Y as saying ..." ---- */

/* The token of "as" in "as saying" within ten tokens after the cue at c with a source between
 * them, or SIZE_MAX. */
static size_t as_saying(const struct engine *e, size_t c, size_t b)
{
	size_t lim = c + 10 < b ? c + 10 : b, k;

	for (k = c + 1; k + 1 < lim; k++)
		if (tok_is(e, k, "as") && tok_is(e, k + 1, "saying"))
			break;
	return k + 1 >= lim || k == c + 1 ? SIZE_MAX : k;
}

/* Y is the source; what follows "saying" is the content. */
static void try_quoted(struct engine *e, struct frame *f)
{
	size_t k = as_saying(e, f->c, f->b), p;

	if (k == SIZE_MAX)
		return;
	e->t[k + 1].flags |= TOKF_USED; /* "saying" is part of this frame, no cue of its own */
	p = content_start(e, k + 2, f->b, CUE_VERB);
	if (p == SIZE_MAX)
		return;
	f->sa = f->c + 1;
	f->sb = k;
	content_at(e, f, p);
	emit(e, f);
}

/* ---- speech verbs: inverted ("...," said X) and forward (X said ...) ---- */

/* Where a speech verb's cue ends ("pointed out", "called for") and where it begins ("has also
 * said"); false when the verb is no cue here (a passive, "pointed" without "out"). */
static bool cue_extent(const struct engine *e, struct frame *f)
{
	size_t c = f->c;

	if (c + 1 < f->b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return false; /* passive: "a statement reported by the FT" */
	if (f->cue & CUE_OUT) {
		if (c + 1 >= f->b || !tok_is(e, c + 1, "out"))
			return false;
		f->qb = c + 2;
	}
	if (f->cue & CUE_FOR && c + 1 < f->b && (tok_is(e, c + 1, "for") || tok_is(e, c + 1, "on")))
		f->qb = c + 2;
	f->qa = claims_skip_aux_back(e, f->a, c);
	return true;
}

/* The token where content before an inverted cue ends ("...," said X / "...," X said / Y, X
 * said): the closing mark or comma before the source, or SIZE_MAX. Sets *after_cue when it
 * comes right before the cue, so the source follows the cue. */
static size_t inverted_boundary(const struct engine *e, size_t a, size_t qa, bool *after_cue)
{
	size_t k = qa, comma = SIZE_MAX;

	*after_cue = k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE);
	if (*after_cue)
		return k - 1;
	for (size_t n = 0; k > a && n < 16; k--, n++) {
		if (e->t[k - 1].kind == TOK_QCLOSE)
			return k - 1;
		if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX)
			comma = k - 1;
		else if (tok_punct(e, k - 1, ',') && k >= a + 2 && e->t[k - 2].kind == TOK_QCLOSE)
			return k - 2;
		else if (claims_stop_back(e, k - 1))
			break;
	}
	return comma;
}

/* Sets the content's start before an inverted cue whose boundary is bnd, and returns where it
 * ends before any carrying on: at the first of the marks and commas before the source. */
static size_t inverted_content(const struct engine *e, struct frame *f, size_t bnd)
{
	size_t cb = bnd;

	while (cb > f->a &&
	       (tok_punct(e, cb - 1, ',') || tok_punct(e, cb - 1, '?') ||
		tok_punct(e, cb - 1, '!') || e->t[cb - 1].kind == TOK_QCLOSE) &&
	       e->t[cb].kind != TOK_QCLOSE)
		cb--;
	if (e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < f->a)
		f->cs = e->t[e->t[bnd].pair].end; /* a quotation opened in a sentence before */
	else
		f->cs = floor_start(e, f->a, bnd);
	return e->t[cb].start;
}

/* The inverted frame: content before the cue. False when the cue does not have one (then the
 * forward frame is tried); true when it does, whether or not a claim came of it. */
static bool try_inverted(struct engine *e, struct frame *f)
{
	bool after_cue, quoted;
	size_t bnd, ce;

	if (f->cue & CUE_ING || f->c <= f->a)
		return false;
	bnd = inverted_boundary(e, f->a, f->qa, &after_cue);
	if (bnd == SIZE_MAX || bnd <= f->a)
		return false;
	quoted = e->t[bnd].kind == TOK_QCLOSE || e->t[bnd - 1].kind == TOK_QCLOSE;
	if (!quoted && content_start(e, f->qb, f->b, f->cue) != SIZE_MAX)
		return false; /* "Y, X said that ...": the content follows the cue */
	/* the source */
	if (after_cue) {
		f->sa = f->qb;
		f->sb = claims_source_after(e, f->qb - 1, f->b);
	} else if (!claims_subject_back(e, bnd + 1, f->c, &f->sa, &f->sb)) {
		f->sa = f->sb = 0;
	}
	if (f->sa >= f->sb && !quoted)
		return true;
	/* the content; direct when it is a quotation that opens the sentence or began before it */
	ce = inverted_content(e, f, bnd);
	f->ce = carry_on(e, f->sa < f->sb && after_cue ? f->sb : f->qb, f->b, ce, quoted);
	f->kind = quoted && (e->t[f->a].kind == TOK_QOPEN || e->t[bnd].pair < f->a)
			  ? CLAIM_DIRECT
			  : CLAIM_INDIRECT;
	emit(e, f);
	return true;
}

/* The tokens of the sentence's last source (e->sent_src), searched from 60 tokens before the
 * cue: the source of a participle ("..., X said, adding that"). False when not found. */
static bool last_source(const struct engine *e, struct frame *f)
{
	size_t sa, sb;

	if (span_empty(e->sent_src))
		return false;
	for (sa = f->c > f->a + 60 ? f->c - 60 : f->a;
	     sa < f->c && e->t[sa].start != e->sent_src.start; sa++)
		;
	for (sb = sa; sb < f->c && e->t[sb].end <= e->sent_src.end; sb++)
		;
	if (sa >= sb || sa >= f->c)
		return false;
	f->sa = sa;
	f->sb = sb;
	return true;
}

/* The source of a forward frame: the subject before the cue ("X said"), the subject of the
 * sentence ("X praised Y and said"), or for a participle the sentence's last source or its
 * subject ("X issued a statement saying"). False when there is none. */
static bool forward_source(const struct engine *e, struct frame *f)
{
	size_t k;

	if (f->cue & CUE_ING)
		return last_source(e, f) || claims_subject_fwd(e, f->a, f->c, &f->sa, &f->sb);
	if (claims_subject_back(e, f->a, f->c, &f->sa, &f->sb))
		return true;
	k = f->qa;
	return k > f->a && (tok_is(e, k - 1, "and") || tok_is(e, k - 1, "but")) &&
	       claims_subject_fwd(e, f->a, k - 1, &f->sa, &f->sb);
}

/* True when only punctuation other than a comma follows the closing mark at q in the sentence
 * ending at b. */
static bool ends_sentence(const struct engine *e, size_t q, size_t b)
{
	size_t j = q + 1;

	while (j < b && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
		j++;
	return j >= b;
}

/* The forward frame: X said (that) ... / X told Y that ... / X said: "..." */
static void try_forward(struct engine *e, struct frame *f)
{
	size_t p;

	if (!forward_source(e, f))
		return;
	p = content_start(e, f->qb, f->b, f->cue);
	if (p == SIZE_MAX)
		return;
	content_at(e, f, p);
	if (f->kind == CLAIM_DIRECT && ends_sentence(e, e->t[p].pair, f->b))
		f->ce = run_on(e, e->t[e->t[p].pair].next, f->ce);
	emit(e, f);
}

void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c)
{
	struct frame f = {.a = a, .b = b, .c = c, .cue = e->t[c].cue, .qa = c, .qb = c + 1};

	if (f.cue & CUE_ACCORDING)
		try_according(e, &f);
	else if (f.cue & CUE_QUOTED)
		try_quoted(e, &f);
	else if (f.cue & CUE_VERB && cue_extent(e, &f) && !try_inverted(e, &f))
		try_forward(e, &f);
}

/* ---- labels and signatures ---- */

/* True when the tokens [a, c) before a colon at the start of its paragraph name a speaker:
 * up to four capitalised words that are no label ("Note", "Photo", ...); one word only in a
 * heading, in capitals or as part of a name seen before. */
static bool colon_label(const struct engine *e, size_t a, size_t c, size_t para)
{
	static const char *const not_names[] = {
		"note",   "update",  "photo",      "source",     "related", "read",
		"watch",  "video",   "correction", "disclosure", "image",   "credit",
		"editor", "caption", "subscribe",  "follow",     "tags",    "by",
		"click",  "contact", "email",      "share",      "see",     "listen",
	};
	struct span w = {e->t[a].start, e->t[a].end};

	for (size_t i = a; i < c; i++) {
		const struct tok *t = &e->t[i];
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (!(t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !t->cue &&
		      !(t->word & (WORD_PRON | WORD_PREP | WORD_INTRO | WORD_DET | WORD_TIME))))
			return false;
		for (size_t k = 0; k < sizeof(not_names) / sizeof(not_names[0]); k++)
			if (tok_is(e, i, not_names[k]))
				return false;
	}
	if (c - a > 1 || para == 0 || doc_paragraph(e->d, para)->heading)
		return true;
	/* one word: a label ("Original:") unless a name in capitals or one seen before */
	for (size_t p = w.start; p < w.end; p++)
		if (e->text[p] >= 'a' && e->text[p] <= 'z')
			return !span_empty(claims_full_name(e, w));
	return true;
}

/* The end (exclusive) of what follows the colon at c in its paragraph `para`, no further than
 * 2000 tokens from c. */
static size_t para_rest(const struct engine *e, size_t c, size_t para)
{
	size_t end = c + 1;

	while (end < e->nt && doc_sentence(e->d, e->t[end].sent)->paragraph == para &&
	       end < c + 2000)
		end++;
	return end;
}

void claims_try_colon(struct engine *e, size_t a, size_t c)
{
	size_t para = doc_sentence(e->d, e->t[c].sent)->paragraph;
	struct frame f;

	if (a < c && e->t[a].kind == TOK_QOPEN)
		a++;
	if (c == a || c - a > 4 || c + 1 >= e->nt || e->t[c + 1].sent != e->t[c].sent)
		return;
	if (a > 0 && doc_sentence(e->d, e->t[a - 1].sent)->paragraph == para)
		return; /* not at the start of its paragraph */
	if (!colon_label(e, a, c, para))
		return;
	f = (struct frame){.a = a, .b = e->nt, .c = c, .qa = c, .qb = c + 1, .sa = a, .sb = c};
	if (e->t[c + 1].kind == TOK_QOPEN) {
		content_at(e, &f, c + 1);
	} else {
		f.kind = CLAIM_INDIRECT;
		f.cs = e->t[c + 1].start;
		f.ce = content_end(e, c + 1, para_rest(e, c, para));
	}
	emit(e, &f);
}

void claims_try_dash(struct engine *e, size_t b, size_t i)
{
	size_t q = i, k;
	struct frame f;

	while (q > 0 && e->t[q - 1].kind == TOK_PUNCT && !tok_dash(e, q - 1) && q + 3 > i)
		q--;
	if (q == 0 || e->t[q - 1].kind != TOK_QCLOSE)
		return;
	for (k = i + 1;
	     k < b && k < i + 6 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP); k++)
		;
	if (k == i + 1 || (k < b && !tok_punct(e, k, '.') && !tok_punct(e, k, ',')))
		return;
	f = (struct frame){.b = b, .c = i, .qa = i, .qb = i + 1, .sa = i + 1, .sb = k};
	content_at(e, &f, e->t[q - 1].pair);
	emit(e, &f);
}
