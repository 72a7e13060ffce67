/* claims_paras: quotations introduced by a colon or crossing paragraphs: a tag that ends its
 * paragraph with a colon before the quotation, a clause with no cue before a colon and a
 * quotation, and a quotation opened and left open until a later paragraph closes it. */
#include "claims_int.h"

#define RUN_PARAS  8  /* paragraphs a quotation may run on over */
#define LIST_ITEMS 12 /* items of a list after "He also said:" */

/* True when paragraph p opens a quotation that it does not close, with no other quotation mark
 * in it (but a quotation of the other style of marks inside it), of three words or more and at most 4 KB, not a label ending in a colon: the way a
 * quotation over several paragraphs is written (each opens with a mark, only the last closes).
 * *inner is set to the words after the mark. */
static bool open_para(const struct engine *e, size_t p, struct span *inner)
{
	static const char *const opens[] = {"\xE2\x80\x9C", "\""};
	const char *t = e->text;
	size_t s, end, no = 0, words = 0;

	if (!claims_para_bytes(e, p, &s, &end))
		return false;
	for (size_t m = 0; m < sizeof(opens) / sizeof(opens[0]) && !no; m++)
		if (end > s + strlen(opens[m]) && memcmp(t + s, opens[m], strlen(opens[m])) == 0)
			no = strlen(opens[m]);
	if (!no || t[end - 1] == ':')
		return false;
	/* no other mark but the pairs of a quotation inside it in the other style of marks */
	if (!claims_quote_inside_only(t, s + no, end, no == 3))
		return false;
	for (size_t i = s + no; i < end; i++)
		words += t[i] == ' ' && t[i + 1] != ' ';
	if (words < 2)
		return false;
	inner->start = s + no;
	inner->end = end;
	return true;
}

bool claims_quote_para_run(const struct engine *e, size_t p, struct span *inner)
{
	struct span x;

	if (claims_quote_para(e, p, inner))
		return true;
	if (!open_para(e, p, inner))
		return false;
	/* the quotation is closed by a later paragraph, every one between open too */
	for (size_t q = p + 1; q < p + RUN_PARAS; q++) {
		if (claims_quote_para(e, q, &x))
			return true;
		if (!open_para(e, q, &x))
			return false;
	}
	return false;
}

/* The paragraph token i lies in. */
static size_t para_of(const struct engine *e, size_t i)
{
	return doc_sentence(e->d, e->t[i].sent)->paragraph;
}

size_t claims_quote_para_split(const struct engine *e, size_t i)
{
	size_t cl, last, k, c;

	if (i == 0 || i >= e->nt || e->t[i].kind != TOK_QOPEN || (cl = e->t[i].pair) >= e->nt ||
	    para_of(e, i - 1) != para_of(e, i))
		return SIZE_MAX;
	/* B runs to its paragraph's end; the next paragraph opens with the mark that goes on */
	for (last = i; last + 1 < cl && para_of(e, last + 1) == para_of(e, i); last++)
		if (last > i + 400)
			return SIZE_MAX;
	if (last + 1 >= cl || last == i || para_of(e, last + 1) != para_of(e, i) + 1 ||
	    para_of(e, cl) != para_of(e, last + 1) || e->t[last + 1].kind != TOK_PUNCT ||
	    e->t[last + 1].mark != e->t[i].mark)
		return SIZE_MAX;
	/* C closes on a comma, a question or an exclamation, and a tag follows it: "he said",
	 * "said Caddell", "Sanders continued" */
	if (cl + 1 >= e->nt || e->t[cl + 1].sent != e->t[cl].sent ||
	    !(tok_punct(e, cl - 1, ',') || tok_punct(e, cl - 1, '?') || tok_punct(e, cl - 1, '!')))
		return SIZE_MAX;
	for (k = cl + 1; k < e->nt && k < cl + 40 && e->t[k].sent == e->t[cl].sent; k++)
		;
	if ((e->t[cl + 1].cue & CUE_VERB) && !(e->t[cl + 1].cue & CUE_ING) &&
	    claims_cue_verb(e, cl + 1))
		return last;
	c = claims_clause_cue(e, cl + 1, k);
	return c != SIZE_MAX && claims_tag_ends(e, c, k) ? last : SIZE_MAX;
}

/* The paragraph that the colon b - 1 ends, when [from, b - 1) is at most `most` tokens of a short
 * phrase about the telling ("in a statement", "reporters", "on Twitter on Monday": words and
 * commas, no cue of its own, no quotation) and the colon ends its paragraph; SIZE_MAX when not. */
static size_t colon_para(const struct engine *e, size_t from, size_t b, size_t most)
{
	size_t colon = b - 1, para;

	if (b == 0 || colon < from || colon > from + most || !tok_punct(e, colon, ':'))
		return SIZE_MAX;
	for (size_t k = from; k < colon; k++) {
		const struct tok *t = &e->t[k];
		if ((t->kind != TOK_WORD && !tok_punct(e, k, ',')) || (t->flags & TOKF_INQ) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)))
			return SIZE_MAX;
	}
	para = doc_sentence(e->d, e->t[colon].sent)->paragraph;
	if (b < e->nt && doc_sentence(e->d, e->t[b].sent)->paragraph == para)
		return SIZE_MAX; /* the colon does not end its paragraph */
	return para;
}

/* True when the paragraphs after paragraph `para` open with a quotation alone
 * (claims_quote_para_run): *content is set to its words, over up to eight more paragraphs that
 * go on quoting. */
static bool quote_paras(const struct engine *e, size_t para, struct span *content)
{
	struct span in;

	if (para == SIZE_MAX || !claims_quote_para_run(e, para + 1, &in))
		return false;
	*content = in;
	/* the quotation runs on over the paragraphs after it that are quotations alone */
	for (size_t p = para + 2, n = 0; n < RUN_PARAS && claims_quote_para_run(e, p, &in);
	     p++, n++)
		content->end = in.end;
	return true;
}

bool claims_colon_quotes(const struct engine *e, size_t from, size_t b, size_t most,
			 struct span *content)
{
	return quote_paras(e, colon_para(e, from, b, most), content);
}

/* True when paragraph p is an item of a list of what someone said, as the pages that sum up an
 * interview write one under "He also said:": a line of three words or more and at most 60, with
 * no end stop and no quotation mark to open it ("The UK must stay in the EU"). An item the
 * text marks as one (a bullet, a number, an <li>) may end with a full stop and have two words:
 * the list says where each statement ends. *in is set to its words after a bullet. */
static bool list_item(const struct engine *e, size_t p, struct span *in)
{
	const char *t = e->text;
	size_t s, end, words = 1;
	bool item;

	if (!claims_para_bytes(e, p, &s, &end) || end - s > 600)
		return false;
	item = doc_paragraph(e->d, p)->list_item;
	while (s < end && (strchr("-*\xE2\x80\xA2 \t", t[s]) != NULL))
		s++; /* "- ", "* ", "• " (the bullet's three bytes all pass) */
	if (end <= s || strchr(item ? "?:;\"'" : ".!?:;\"'", t[end - 1]) || strchr("\"'(", t[s]) ||
	    (end - s >= 3 && memcmp(t + end - 3, "\xE2\x80\x9D", 3) == 0) ||
	    (end - s >= 3 && memcmp(t + s, "\xE2\x80\x9C", 3) == 0))
		return false;
	for (size_t i = s; i < end; i++)
		words += t[i] == ' ' && t[i + 1] != ' ';
	if (words < (item ? 2u : 3u) || words > 60)
		return false;
	in->start = s;
	in->end = end - (t[end - 1] == '.' || t[end - 1] == '!'); /* the stop is no word of it */
	return true;
}

/* The items after a colon that ends paragraph para, each a statement of its own: two or more
 * list items in a row, at most LIST_ITEMS. Returns how many, their words in items. */
static size_t colon_list(const struct engine *e, size_t para, struct span *items)
{
	size_t n = 0;

	while (n < LIST_ITEMS && list_item(e, para + 1 + n, &items[n]))
		n++;
	return n >= 2 ? n : 0;
}

/* True when the words between the cue c and the colon introduce duties or things, not what was
 * said: an infinitive ("agrees to take on:", "pledged to:"), "the following" ("listed the
 * following:"), or a thing the cue's object names when the cue takes no addressee ("outlined
 * the plan:", "listed the costs:"). "said to reporters:" and "told the BBC:" are about the
 * telling. */
static bool duty_phrase(const struct engine *e, size_t c, size_t colon)
{
	if (!(e->t[c].cue & CUE_OBJ) && c + 2 < colon && (e->t[c + 1].word & WORD_DET) &&
	    !(e->t[c + 1].word & WORD_PRON) && e->t[c + 2].kind == TOK_WORD &&
	    !(e->t[c + 2].flags & TOKF_CAP) &&
	    !(e->t[c + 2].word & (WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_PREP)) &&
	    !claims_person_noun(e, c + 2))
		return true;
	if (c + 1 < colon && tok_is(e, c + 1, "to") &&
	    (c + 2 == colon ||
	     (e->t[c + 2].kind == TOK_WORD && !(e->t[c + 2].flags & TOKF_CAP) &&
	      !(e->t[c + 2].word & (WORD_DET | WORD_PRON | WORD_PERSON | WORD_ROLE)) &&
	      !claims_person_noun(e, c + 2))))
		return true;
	for (size_t k = c + 1; k < colon; k++)
		if (tok_is(e, k, "following"))
			return true;
	return false;
}

/* True when the bytes [s, end) hold a quotation mark ('"', “, ”, "''") or markup ('<'). */
static bool marks_in(const char *t, size_t s, size_t end)
{
	for (size_t i = s; i < end; i++)
		if (t[i] == '"' || t[i] == '<' ||
		    (t[i] == '\'' && i + 1 < end && t[i + 1] == '\'') ||
		    (i + 3 <= end && (memcmp(t + i, "\xE2\x80\x9C", 3) == 0 ||
				      memcmp(t + i, "\xE2\x80\x9D", 3) == 0)))
			return true;
	return false;
}

/* "The governor added: ¶ It’s typical of ... .": a paragraph that is only a tag, a few words of its
 * subject then its cue, a verb of saying right before the colon that ends it, and a paragraph after it of two sentences or more
 * with no quotation mark at all, a quotation set off as a block without marks: the next
 * paragraph's span, or false. Not a belief or a plan ("agrees to:"), not after "that". */
static bool block_para(const struct engine *e, size_t a, size_t b, size_t c, struct span *in)
{
	const char *t = e->text;
	size_t para, s, end, words = 0, stops = 0;

	if (c + 2 != b || !tok_punct(e, c + 1, ':') || a > 0 || c > a + 5 ||
	    (e->t[c].cue & (CUE_BELIEF | CUE_INF | CUE_INFONLY | CUE_OBJ)) ||
	    (para = colon_para(e, c + 1, b, 0)) == SIZE_MAX ||
	    doc_paragraph(e->d, para)->span.start != e->t[a].start ||
	    !claims_para_bytes(e, para + 1, &s, &end) || doc_paragraph(e->d, para + 1)->list_item)
		return false;
	/* the tag is its subject and the cue: a few words, no verb, phrase or clause */
	for (size_t k = a; k < c; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word &
		     (WORD_VERB | WORD_AUX | WORD_PREP | WORD_REL | WORD_SUBORD | WORD_CONJ)))
			return false;
	if (marks_in(t, s, end))
		return false;
	for (size_t i = s; i < end; i++) {
		words += t[i] == ' ';
		stops += (t[i] == '.' || t[i] == '?' || t[i] == '!') &&
			 (i + 1 == end || t[i + 1] == ' ');
	}
	if (words < 12 || stops < 2)
		return false;
	/* lines of the block after a single line break, with no mark either, are the block's */
	for (size_t p = para + 2, n = 0, ns, ne; n < RUN_PARAS && claims_para_bytes(e, p, &ns, &ne);
	     p++, n++) {
		if (ns < 2 || t[ns - 1] != '\n' || t[ns - 2] == '\n' || ns <= end || ns - end > 2 ||
		    doc_paragraph(e->d, p)->list_item || marks_in(t, ns, ne))
			break;
		end = ne;
	}
	in->start = s;
	in->end = end - (t[end - 1] == '.'); /* the stop is no word of it, as PolNeAR marks it */
	return true;
}

bool claims_try_colon_tag(struct engine *e, size_t a, size_t b, size_t c)
{
	size_t qa, sa, sb, before = e->nout, nitems = 0, para;
	const struct tok *t = &e->t[c];
	struct span in, items[LIST_ITEMS];
	struct frame f;

	if (b <= c + 1 || (e->t[b - 1].flags & TOKF_INQ) || !(t->cue & CUE_VERB) ||
	    (t->cue & (CUE_DOC | CUE_SEEM | CUE_NOUN | CUE_ING)) || (t->flags & TOKF_INQ) ||
	    !claims_cue_verb(e, c))
		return false;
	if (!claims_colon_quotes(e, c + 1, b, 8, &in) &&
	    ((t->cue & (CUE_BELIEF | CUE_INF | CUE_INFONLY)) ||
	     (para = colon_para(e, c + 1, b, 8)) == SIZE_MAX || duty_phrase(e, c, b - 1) ||
	     !(nitems = colon_list(e, para, items))) &&
	    !block_para(e, a, b, c, &in))
		return false;
	qa = claims_skip_aux_back(e, a, c);
	if (!claims_subject_back(e, a, qa, &sa, &sb))
		return false;
	f = (struct frame){.a = a,
			   .b = b,
			   .c = c,
			   .cue = t->cue,
			   .qa = qa,
			   .qb = c + 1,
			   .sa = sa,
			   .sb = sb,
			   .kind = nitems ? CLAIM_INDIRECT : CLAIM_DIRECT,
			   .cs = nitems ? items[0].start : in.start,
			   .ce = nitems ? items[0].end : in.end};
	if (claims_frame_junk(e, &f))
		return false;
	claims_emit(e, &f);
	/* a list: one claim for each item, its words the speaker's in the writer's summary */
	for (size_t k = 1; k < nitems; k++) {
		struct frame g = f;
		g.sa = sa, g.sb = sb, g.cs = items[k].start, g.ce = items[k].end;
		claims_emit(e, &g);
	}
	return e->nout > before;
}

/* True when the last word of the subject [sa, sb) may name someone who speaks: a name, a
 * pronoun, a person's or a body's word ("respondent", "analyst", "spokesman"). */
static bool speaking_head(const struct engine *e, size_t sa, size_t sb)
{
	size_t h = sb - 1;

	if (sb <= sa || e->t[h].kind != TOK_WORD)
		return false;
	if (sb == sa + 1 && tok_among(e, h, "it this that there what which"))
		return false;
	return (e->t[h].flags & TOKF_CAP) || (e->t[h].word & (WORD_PERSON | WORD_ROLE)) ||
	       tok_among(e, h, "he she they we i") || claims_person_noun(e, h) ||
	       word_ends(e, h, "ent") || word_ends(e, h, "ant");
}

/* Where the cue [.., qb) of a quotation after a colon ends when it would end at an auxiliary
 * or a form of "be" ("is rolling out a new message:", "was conclusive in its findings:", "has a
 * simple message:"): the phrase up to the colon at c, as PolNeAR marks it, so that the row does
 * not read "is:"; not when the phrase is more than eight words or holds a comma, a dash or a
 * conjunction. A verb that says something ("shared her view on it:", "posted this update:")
 * keeps its one word, as the rows show it. */
static size_t verb_phrase_end(const struct engine *e, size_t qb, size_t c)
{
	if (c > qb + 8 || !tok_in(e, qb - 1, TOKL_BE | TOKL_FINITE))
		return qb;
	for (size_t k = qb; k < c; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].word & WORD_CONJ))
			return qb;
	return c;
}

bool claims_try_colon_quote(struct engine *e, size_t a, size_t c)
{
	size_t q, sa, sb, v, k, s0, before = e->nout;
	struct frame f;

	if (c + 2 >= e->nt || e->t[c + 1].kind != TOK_QOPEN || (e->t[c].flags & TOKF_INQ))
		return false;
	q = e->t[c + 1].pair;
	if (q >= e->nt || q <= c + 2)
		return false;
	/* the quotation ends the sentence: nothing but punctuation after it */
	for (k = q + 1; k < e->nt && e->t[k].sent == e->t[q].sent; k++)
		if (e->t[k].kind != TOK_PUNCT)
			return false;
	/* a cue of its own before the colon is another frame's ("He said: “...”"); not one that
	 * frames only with its preposition, and has none ("Obama spoke out: “...”") */
	/* "Asked about the final, he smiled: “...”": the writer's question opens the sentence,
	 * the subject follows its comma */
	s0 = a;
	if (tok_is(e, a, "asked") && !(e->t[a].flags & TOKF_INQ)) {
		while (s0 + 1 < c && !tok_punct(e, s0, ','))
			s0++;
		s0++;
	}
	for (k = s0; k < c; k++)
		if ((e->t[k].flags & TOKF_INQ) || e->t[k].kind == TOK_QOPEN ||
		    (e->t[k].cue && claims_cue_verb(e, k) &&
		     !((e->t[k].cue & CUE_PREPONLY) &&
		       (k + 1 == c || (k + 2 == c && tok_among(e, k + 1, "out up"))))))
			return false;
	if (!claims_subject_fwd(e, s0, c, &sa, &sb))
		return false;
	/* "Smith evokes the notion": the subject ends at a verb after the name or pronoun, or at
	 * the adverb before it ("De Miranda beautifully evokes") */
	for (k = sa + 1; k < sb; k++)
		if (e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
		    ((e->t[k - 1].flags & TOKF_CAP) || (e->t[k - 1].word & WORD_PRON)) &&
		    ((!e->t[k].word &&
		      (word_ends(e, k, "s") || word_ends(e, k, "ed") || word_ends(e, k, "ly"))) ||
		     e->t[k].word == WORD_ADV)) {
			sb = k;
			break;
		}
	if (!speaking_head(e, sa, sb))
		return false;
	/* "Rachel Stephens, senior analyst at RedMonk, shared": an apposition between commas */
	v = sb;
	if (tok_punct(e, v, ',')) {
		for (k = v + 1; k < c && k < v + 14 && !tok_punct(e, k, ','); k++)
			;
		if (k >= c || !tok_punct(e, k, ','))
			return false;
		v = k + 1;
	}
	/* "Kelly wryly answered", "Ana Ruiz then addressed", "He later told" */
	while (v < c && e->t[v].kind == TOK_WORD && !(e->t[v].flags & TOKF_CAP) &&
	       (word_ends(e, v, "ly") ||
		((e->t[v].word & WORD_ADV) && !tok_among(e, v, "not never"))))
		v++;
	/* a verb after the subject: a past form, a present after a singular subject, an auxiliary */
	if (v >= c || e->t[v].kind != TOK_WORD || (e->t[v].flags & TOKF_CAP) ||
	    (e->t[v].word & (WORD_PREP | WORD_DET | WORD_PRON | WORD_CONJ)) ||
	    !(word_ends(e, v, "ed") || word_ends(e, v, "s") || (e->t[v].word & WORD_VERB) ||
	      tok_among(e, v, "put wrote said told gave made took found saw spoke")))
		return false;
	/* "summed up", "summed this up": the verb's particle goes with it, so that the row does
	 * not read "summed:" */
	size_t qb = v + 1;
	/* "Jo Banks had posted:", "has since written:": the verb after an auxiliary is the cue's
	 * too, so that the row does not read "had:" */
	if (tok_in(e, v, TOKL_FINITE | TOKL_MODAL | TOKL_BE))
		while (qb < c && e->t[qb].kind == TOK_WORD &&
		       !(e->t[qb].flags & (TOKF_CAP | TOKF_INQ)) &&
		       (word_ends(e, qb, "ed") || word_ends(e, qb, "en") ||
			tok_in(e, qb, TOKL_PAST | TOKL_PARTICIPLE | TOKL_BE) ||
			word_ly_adverb(e, qb) || (e->t[qb].word & WORD_ADV) || e->t[qb].cue))
			qb++;
	/* "The governor had this to say:": the phrase says what the verb does, so that the row
	 * does not read "had:" */
	if (qb + 2 < c && tok_among(e, v, "had has have") &&
	    tok_among(e, qb, "this that something much plenty little") && tok_is(e, qb + 1, "to") &&
	    tok_is(e, qb + 2, "say"))
		qb += 3;
	else if (qb < c && tok_among(e, qb, "up out"))
		qb++;
	else if (qb + 1 < c && tok_among(e, qb, "it that this them") &&
		 tok_among(e, qb + 1, "up out"))
		qb += 2;
	qb = verb_phrase_end(e, qb, c);
	f = (struct frame){.a = a,
			   .b = k < e->nt ? e->t[q].next : e->nt,
			   .c = v,
			   .cue = e->t[v].cue,
			   .qa = v,
			   .qb = qb,
			   .sa = sa,
			   .sb = sb,
			   .kind = CLAIM_DIRECT,
			   .cs = e->t[c + 1].end,
			   .ce = e->t[q].start};
	f.ce = claims_run_on(e, e->t[q].next, f.ce);
	if (claims_frame_junk(e, &f))
		return false;
	claims_emit(e, &f);
	return e->nout > before;
}

/* The cue classes of a verb that, ending a sentence after its speaker, leaves what was said
 * to the quotation after it ("Mark Dale agreed. “It is the best plan we have.”"): none that
 * needs an infinitive, a preposition, an addressee, a document or a tag's place, nor a belief
 * or an impression (their bare sentence tells a state of mind, not words). */
#define CUE_NOT_BARE                                                                               \
	(CUE_ING | CUE_OBJ | CUE_BELIEF | CUE_OUT | CUE_ACCORDING | CUE_QUOTED | CUE_FOR |         \
	 CUE_TO | CUE_PREPONLY | CUE_DOC | CUE_INFONLY | CUE_SEEM | CUE_NOUN | CUE_HEARSAY |       \
	 CUE_ADJ | CUE_SIGNAL | CUE_TAGONLY)

bool claims_try_quote_after(struct engine *e, struct frame *f)
{
	size_t k, end, q, cl, para;
	struct span in;

	/* the cue, a verb in the past or the present, with nothing after it but the full stop */
	if (!(f->cue & CUE_VERB) || (f->cue & CUE_NOT_BARE) || f->qb >= f->b ||
	    !tok_punct(e, f->qb, '.') || (e->t[f->c].flags & (TOKF_INQ | TOKF_CAP)) ||
	    !(word_ends(e, f->c, "ed") || word_ends(e, f->c, "s") || tok_in(e, f->c, TOKL_PAST)))
		return false;
	for (end = f->qb + 1; end < e->nt && e->t[end].sent == e->t[f->qb].sent; end++)
		if (e->t[end].kind != TOK_PUNCT)
			return false;
	/* the speaker opens the sentence, a name, a pronoun or a person, adverbs at most
	 * between it and the cue ("Mark Dale quickly agreed.") */
	if (f->sa != f->a || f->sb > f->qa || !speaking_head(e, f->sa, f->sb))
		return false;
	for (k = f->sb; k < f->qa; k++)
		if (e->t[k].kind != TOK_WORD || !(word_ly_adverb(e, k) || e->t[k].word == WORD_ADV))
			return false;
	para = doc_sentence(e->d, e->t[f->qb].sent)->paragraph;
	if (end >= e->nt || doc_sentence(e->d, e->t[end].sent)->paragraph != para) {
		/* the sentence ends its paragraph: the next paragraphs quote */
		if (!quote_paras(e, para, &in))
			return false;
		f->cs = in.start;
		f->ce = in.end;
	} else {
		/* the next sentence is a quotation alone: nothing after its close but punctuation */
		q = end;
		if (e->t[q].kind != TOK_QOPEN || (cl = e->t[q].pair) >= e->nt || cl <= q + 2)
			return false;
		for (k = cl + 1; k < e->nt && e->t[k].sent == e->t[cl].sent; k++)
			if (e->t[k].kind != TOK_PUNCT)
				return false;
		f->cs = e->t[q].end;
		f->ce = claims_run_on(e, e->t[cl].next, e->t[cl].start);
	}
	f->kind = CLAIM_DIRECT;
	if (claims_frame_junk(e, f))
		return false;
	claims_emit(e, f);
	return true;
}
