/* claims_frames: the frames around a cue, a colon or a signing dash, and the claims they give. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* The end (byte offset) of content that starts in this sentence and runs to `limit` (token
 * index, exclusive); a quotation opened inside runs on to its close. */
static size_t content_end(const struct engine *e, size_t from, size_t limit)
{
	size_t last = limit;

	while (last > from && e->t[last - 1].kind == TOK_PUNCT &&
	       (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',') ||
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
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair != SIZE_MAX && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
	}
	return e->t[last - 1].end;
}

/* Adds a claim. Token ranges are [a, b); empty when a == b. */
static void add_claim(struct engine *e, enum claim_kind kind, size_t cs, size_t ce, size_t sa,
		      size_t sb, size_t qa, size_t qb)
{
	struct claim *cl;
	struct span res;

	/* content that opens its paragraph starts after a dateline ("TAIPEI — ") */
	const struct doc_para *para = doc_paragraph(e->d, doc_paragraph_at(e->d, cs));
	if (para && para->span.start == cs)
		cs = text_dateline_end(e->text, cs, ce);
	if (ce <= cs)
		return;
	e->out = xgrow(e->out, &e->capout, e->nout + 1, sizeof(*e->out));
	cl = &e->out[e->nout++];
	memset(cl, 0, sizeof(*cl));
	cl->kind = kind;
	cl->content.start = cs;
	cl->content.end = ce;
	if (sa < sb) {
		cl->speaker.start = e->t[sa].start;
		cl->speaker.end = e->t[sb - 1].end;
		res = claims_resolve(e, sa, sb);
		if (!span_empty(res))
			cl->speaker_resolved = xstrndup(e->text + res.start, res.end - res.start);
		e->sent_src = cl->speaker;
	}
	if (qa < qb) {
		cl->cue.start = e->t[qa].start;
		cl->cue.end = e->t[qb - 1].end;
	}
	cl->paragraph = doc_paragraph_at(e->d, cs);
}

/* The byte range inside a quotation that opens at token q. */
static void quote_bytes(const struct engine *e, size_t q, size_t *s, size_t *end)
{
	*s = e->t[q].end;
	*end = e->t[e->t[q].pair].start;
}

/* Extends content that ends at a closing mark by the quotation-only sentences after it in the
 * same paragraph ("A," he said. "B."). Returns the new end. */
static size_t run_on(struct engine *e, size_t after, size_t nt, size_t end)
{
	size_t i = after, hops = 0;
	size_t para;

	if (after >= nt)
		return end;
	para = doc_sentence(e->d, e->t[after - 1].sent)->paragraph;
	while (i < nt && hops < 20 && e->t[i].kind == TOK_QOPEN && e->t[i].pair != SIZE_MAX &&
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

static size_t clause_limit(const struct engine *e, size_t p, size_t b);

/* The first token of the sentence after the one holding token i. */
static size_t sentence_after(const struct engine *e, size_t i, size_t nt)
{
	(void)nt;
	return e->t[i].next;
}

/* After an inverted cue and its source ending at token r: content that goes on ("A," he said,
 * "B." / Y, he said, Z.) and quotation-only sentences after. Returns the new content end. */
static size_t carry_on(struct engine *e, size_t r, size_t b, size_t nt, size_t ce, bool quoted)
{
	if (r + 1 < b && tok_punct(e, r, ',')) {
		const struct tok *t = &e->t[r + 1];
		if (t->kind == TOK_QOPEN && t->pair != SIZE_MAX) {
			ce = e->t[t->pair].start;
			return run_on(e, sentence_after(e, t->pair, nt), nt, ce);
		}
		if (t->kind == TOK_WORD && !(t->cue & CUE_ING) &&
		    !(t->word & (WORD_PREP | WORD_TIME | WORD_REL)) && !word_ends(e, r + 1, "ing"))
			return content_end(e, r + 1, clause_limit(e, r + 1, b));
	}
	return quoted ? run_on(e, b, nt, ce) : ce;
}

/* Finds the content after a forward cue whose frame ends at token p: returns the token where
 * the content begins (a quotation mark for direct content) or SIZE_MAX. */
static size_t content_start(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t lim;

	if (p >= b)
		return SIZE_MAX;
	if (cue & CUE_NP) {
		if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
			return p + 1;
		if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
		    e->t[p].kind == TOK_QOPEN)
			return p;
		return SIZE_MAX;
	}
	if (cue & CUE_OBJ) {
		/* told reporters that / told a crowd in Ohio that */
		lim = p + 12 < b ? p + 12 : b;
		for (size_t k = p; k < lim; k++) {
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return k;
			if (tok_punct(e, k, ':') && k + 1 < b)
				return k + 1;
			if ((e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)) ||
			    e->t[k].word & WORD_VERB)
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
	if (e->t[p].word & (WORD_PREP | WORD_TIME) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that"))) {
		lim = p + 20 < b ? p + 20 : b;
		for (size_t k = p; k < lim; k++) {
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return k;
			if ((tok_punct(e, k, ':') || tok_punct(e, k, ',')) && k + 1 < b &&
			    e->t[k + 1].kind == TOK_QOPEN)
				return k + 1;
		}
		return SIZE_MAX;
	}
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

/* The token where the content of a forward claim at token p ends (exclusive): the sentence's
 * end or a participle clause (", adding that"). */
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

void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c)
{
	size_t nt = e->nt;
	const struct tok *t = &e->t[c];
	unsigned cue = t->cue;
	size_t sa = 0, sb = 0, qb = c + 1, p, k;

	if (cue & CUE_ACCORDING) {
		if (c + 1 >= b || !tok_is(e, c + 1, "to"))
			return;
		qb = c + 2;
		for (k = qb;
		     k < b && k < qb + 40 && !tok_punct(e, k, ',') && e->t[k].kind != TOK_QOPEN;
		     k++)
			;
		sa = qb;
		sb = k;
		while (sb > sa && tok_punct(e, sb - 1, '.'))
			sb--;
		if (sa >= sb)
			return;
		if (claims_trim_intro(e, a, c) == c && k + 1 < b && tok_punct(e, k, ',')) {
			size_t lim = clause_limit(e, k, b);
			add_claim(e, CLAIM_ACCORDING_TO, e->t[k + 1].start,
				  content_end(e, k + 1, lim), sa, sb, c, qb);
		} else if (c > a) {
			size_t ce = c;
			while (ce > a && (tok_punct(e, ce - 1, ',') || tok_dash(e, ce - 1)))
				ce--;
			if (ce > a)
				add_claim(e, CLAIM_ACCORDING_TO, floor_start(e, a, ce - 1),
					  e->t[ce - 1].end, sa, sb, c, qb);
		}
		return;
	}
	if (cue & CUE_QUOTED) {
		/* X quoted Y as saying "..." */
		size_t lim = c + 10 < b ? c + 10 : b;
		for (k = c + 1; k + 1 < lim; k++)
			if (tok_is(e, k, "as") && tok_is(e, k + 1, "saying"))
				break;
		if (k + 1 >= lim || k == c + 1)
			return;
		e->t[k + 1].flags |= TOKF_USED;
		p = content_start(e, k + 2, b, CUE_VERB);
		if (p == SIZE_MAX)
			return;
		if (e->t[p].kind == TOK_QOPEN) {
			size_t cs, ce;
			quote_bytes(e, p, &cs, &ce);
			add_claim(e, CLAIM_DIRECT, cs, ce, c + 1, k, c, c + 1);
		} else {
			add_claim(e, CLAIM_INDIRECT, e->t[p].start,
				  content_end(e, p, clause_limit(e, p, b)), c + 1, k, c, c + 1);
		}
		return;
	}
	if (!(cue & CUE_VERB))
		return;
	if (c + 1 < b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return; /* passive: "a statement reported by the FT" */
	if (cue & CUE_OUT) {
		if (c + 1 >= b || !tok_is(e, c + 1, "out"))
			return;
		qb = c + 2;
	}
	if (cue & CUE_FOR && c + 1 < b && (tok_is(e, c + 1, "for") || tok_is(e, c + 1, "on")))
		qb = c + 2;

	/* Inverted: "...," said X / "...," X said / Y, X said. */
	if (!(cue & CUE_ING) && c > a) {
		size_t bnd = SIZE_MAX, comma = SIZE_MAX;
		bool after_cue = false;

		k = claims_skip_aux_back(e, a, c);
		if (k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE)) {
			after_cue = true;
			bnd = k - 1;
		} else {
			size_t n = 0;
			while (k > a && n < 16) {
				if (e->t[k - 1].kind == TOK_QCLOSE) {
					bnd = k - 1;
					break;
				}
				if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX) {
					comma = k - 1;
				} else if (tok_punct(e, k - 1, ',') && k >= a + 2 &&
					   e->t[k - 2].kind == TOK_QCLOSE) {
					bnd = k - 2;
					break;
				} else if (claims_stop_back(e, k - 1)) {
					break;
				}
				k--;
				n++;
			}
			if (bnd == SIZE_MAX && comma != SIZE_MAX)
				bnd = comma;
		}
		if (bnd != SIZE_MAX && bnd > a) {
			bool quoted = e->t[bnd].kind == TOK_QCLOSE ||
				      (bnd > a && e->t[bnd - 1].kind == TOK_QCLOSE);
			size_t pf = content_start(e, qb, b, cue);
			size_t ca, ce;
			if (quoted || pf == SIZE_MAX) {
				size_t cb = bnd, cs;
				/* the boundary: the first of the marks and commas before the source */
				while (cb > a &&
				       (tok_punct(e, cb - 1, ',') || tok_punct(e, cb - 1, '?') ||
					tok_punct(e, cb - 1, '!') ||
					e->t[cb - 1].kind == TOK_QCLOSE) &&
				       e->t[cb].kind != TOK_QCLOSE)
					cb--;
				if (e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < a)
					cs = e->t[e->t[bnd].pair].end;
				else
					cs = floor_start(e, a, bnd);
				ca = cb;
				ce = e->t[ca].start;
				if (after_cue) {
					sa = qb;
					sb = claims_source_after(e, qb - 1, b);
				} else {
					if (!claims_subject_back(e, bnd + 1, c, &sa, &sb))
						sa = sb = 0;
				}
				if (sa >= sb && !quoted)
					return;
				ce = carry_on(e, sa < sb && after_cue ? sb : qb, b, nt, ce, quoted);
				{
					bool direct = quoted && (e->t[a].kind == TOK_QOPEN ||
								 e->t[bnd].pair < a);
					add_claim(e, direct ? CLAIM_DIRECT : CLAIM_INDIRECT, cs, ce,
						  sa, sb, claims_skip_aux_back(e, a, c), qb);
				}
				return;
			}
		}
	}

	/* Forward: X said (that) ... / X told Y that ... / X said: "..." */
	if (cue & CUE_ING) {
		if (!span_empty(e->sent_src)) {
			/* the source of the sentence's claim so far: find its tokens */
			for (sa = c > a + 60 ? c - 60 : a;
			     sa < c && e->t[sa].start != e->sent_src.start; sa++)
				;
			for (sb = sa; sb < c && e->t[sb].end <= e->sent_src.end; sb++)
				;
			if (sa >= c)
				sa = sb = 0;
		}
		if (sa >= sb && !claims_subject_fwd(e, a, c, &sa, &sb))
			return;
	} else if (!claims_subject_back(e, a, c, &sa, &sb)) {
		/* "X praised Y and said ...": the subject of the sentence */
		size_t k = claims_skip_aux_back(e, a, c);
		if (!(k > a && (tok_is(e, k - 1, "and") || tok_is(e, k - 1, "but"))) ||
		    !claims_subject_fwd(e, a, k - 1, &sa, &sb))
			return;
	}
	p = content_start(e, qb, b, cue);
	if (p == SIZE_MAX)
		return;
	if (e->t[p].kind == TOK_QOPEN && e->t[p].pair != SIZE_MAX) {
		size_t cs, ce;
		quote_bytes(e, p, &cs, &ce);
		size_t j = e->t[p].pair + 1;
		while (j < b && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
			j++;
		if (j >= b)
			ce = run_on(e, sentence_after(e, e->t[p].pair, nt), nt, ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, sa, sb, claims_skip_aux_back(e, a, c), qb);
		return;
	}
	{
		size_t lim = clause_limit(e, p, b);
		if (lim <= p)
			return;
		add_claim(e, CLAIM_INDIRECT, e->t[p].start, content_end(e, p, lim), sa, sb,
			  claims_skip_aux_back(e, a, c), qb);
	}
}

/* Headline and transcript style: Name: "..." / Poll: Voters abandon ... / PENCE: Well, ... */
void claims_try_colon(struct engine *e, size_t a, size_t c)
{
	size_t nt = e->nt;
	static const char *const not_names[] = {
		"note",   "update",  "photo",      "source",     "related", "read",
		"watch",  "video",   "correction", "disclosure", "image",   "credit",
		"editor", "caption", "subscribe",  "follow",     "tags",    "by",
		"click",  "contact", "email",      "share",      "see",     "listen",
	};
	size_t n, para = doc_sentence(e->d, e->t[c].sent)->paragraph, end;

	if (a < c && e->t[a].kind == TOK_QOPEN)
		a++;
	n = c - a;
	if (n == 0 || n > 4 || c + 1 >= nt || e->t[c + 1].sent != e->t[c].sent)
		return;
	if (a > 0 && doc_sentence(e->d, e->t[a - 1].sent)->paragraph == para)
		return; /* not at the start of its paragraph */
	for (size_t i = a; i < c; i++) {
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (!(e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) && !e->t[i].cue &&
		      !(e->t[i].word & (WORD_PRON | WORD_PREP | WORD_INTRO | WORD_DET | WORD_TIME))))
			return;
		for (size_t k = 0; k < sizeof(not_names) / sizeof(not_names[0]); k++)
			if (tok_is(e, i, not_names[k]))
				return;
	}
	if (n == 1 && para > 0 && !doc_paragraph(e->d, para)->heading) {
		/* one word: a label ("Original:") unless a name in capitals or one seen before */
		struct span w = {e->t[a].start, e->t[a].end};
		bool caps = true;
		for (size_t p = w.start; p < w.end; p++)
			if (e->text[p] >= 'a' && e->text[p] <= 'z')
				caps = false;
		if (!caps && span_empty(claims_full_name(e, w)))
			return;
	}
	if (e->t[c + 1].kind == TOK_QOPEN && e->t[c + 1].pair != SIZE_MAX) {
		size_t cs, ce;
		quote_bytes(e, c + 1, &cs, &ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, a, c, c, c + 1);
		return;
	}
	/* the rest of the paragraph */
	for (end = c + 1;
	     end < nt && doc_sentence(e->d, e->t[end].sent)->paragraph == para && end < c + 2000;
	     end++)
		;
	add_claim(e, CLAIM_INDIRECT, e->t[c + 1].start, content_end(e, c + 1, end), a, c, c, c + 1);
}

/* "..." ― Name: a quotation signed with a dash after it. */
void claims_try_dash(struct engine *e, size_t b, size_t i)
{
	size_t q = i, k;

	while (q > 0 && e->t[q - 1].kind == TOK_PUNCT && !tok_dash(e, q - 1) && q + 3 > i)
		q--;
	if (q == 0 || e->t[q - 1].kind != TOK_QCLOSE || e->t[q - 1].pair == SIZE_MAX)
		return;
	for (k = i + 1;
	     k < b && k < i + 6 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP); k++)
		;
	if (k == i + 1 || (k < b && !tok_punct(e, k, '.') && !tok_punct(e, k, ',')))
		return;
	{
		size_t cs, ce;
		quote_bytes(e, e->t[q - 1].pair, &cs, &ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, i + 1, k, i, i + 1);
	}
}
