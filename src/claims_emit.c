/* claims_emit: the claim a frame gives, once its source and content pass the checks, with its
 * quoted spans. */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* The paragraph of token i. */
static size_t tok_para(const struct engine *e, size_t i)
{
	return doc_sentence(e->d, e->t[i].sent)->paragraph;
}

/* Adds [s, e) without the white space at its ends to the claim's quoted spans. */
static void add_quote(const struct engine *e, struct claim *cl, size_t s, size_t end, size_t *cap)
{
	while (s < end && strchr(" \t\r\n", e->text[s]))
		s++;
	while (end > s && strchr(" \t\r\n", e->text[end - 1]))
		end--;
	if (end <= s)
		return;
	cl->quote = xgrow(cl->quote, cap, cl->nquote + 1, sizeof(*cl->quote));
	cl->quote[cl->nquote++] = (struct span){s, end};
}

/* Adds [s, end) to the claim's quoted spans as a run of the speaker's words that ends there, at
 * the closing mark or where a paragraph ends: without the commas before it, which the writer set
 * for the tag ("We will win," she said), as the row shows the run (claims_render.c). */
static void add_quote_run(const struct engine *e, struct claim *cl, size_t s, size_t end,
			  size_t *cap)
{
	while (end > s && strchr(", \t\r\n", e->text[end - 1]))
		end--;
	add_quote(e, cl, s, end, cap);
}

/* True when the quotation that opens at token open is a title inside the speech tag of cl, not
 * the speaker's words: '..." Flynn said on Fox News's "Fox and Friends." "I mean ...': after the
 * cue in the cue's sentence, right after a word (a name or a preposition, not the cue, a comma
 * or a colon), and at most six words, each capitalised or a small word of a title. The
 * words are read more strictly than claims_junk.c's title_words() (which drops a whole claim
 * that is a title): no stop but the last, a small word may come first. */
static bool title_in_tag(const struct engine *e, const struct claim *cl, size_t open)
{
	size_t close = e->t[open].pair, ci = claims_tok_at(e, cl->cue.start), n = 0;

	if (cl->cue.start == cl->cue.end || open == 0 || close == SIZE_MAX || ci >= e->nt ||
	    e->t[open].start < cl->cue.end || e->t[open].sent != e->t[ci].sent ||
	    e->t[open - 1].kind != TOK_WORD || e->t[open - 1].cue)
		return false;
	for (size_t k = open + 1; k < close; k++) {
		if (e->t[k].kind == TOK_PUNCT && k + 1 == close)
			continue; /* "Fox and Friends." */
		if (e->t[k].kind != TOK_WORD || ++n > 6 ||
		    !(e->t[k].flags & TOKF_CAP ||
		      tok_among(e, k, "a an and at for in of on the to")))
			return false;
	}
	return n > 0;
}

/* True when the quotation mark at i, which pairs with none, opens a sentence and no other mark
 * follows it in its paragraph: a quotation over several paragraphs ("''B. ¶ ''C.''"), whose
 * paragraph the content may run to (claims_run_on). */
static bool opens_para_quote(const struct engine *e, size_t i)
{
	if (e->t[i].kind != TOK_PUNCT || (i > 0 && e->t[i - 1].sent == e->t[i].sent) ||
	    i + 1 >= e->nt || e->t[i + 1].kind != TOK_WORD)
		return false;
	for (size_t k = i + 1; k < e->nt && tok_para(e, k) == tok_para(e, i); k++)
		if (claims_quote_mark(e, k))
			return false;
	return true;
}

/* True when the bytes [cs, ce) hold a double quotation mark or an opening single one ('"', “, ”,
 * ‘; not ’, an apostrophe as often). */
static bool marks_in(const char *t, size_t cs, size_t ce)
{
	for (size_t i = cs; i < ce; i++)
		if (t[i] == '"' || text_curly_single(t + i, ce - i) == 0x2018 ||
		    (i + 3 <= ce && (memcmp(t + i, "\xE2\x80\x9C", 3) == 0 ||
				     memcmp(t + i, "\xE2\x80\x9D", 3) == 0)))
			return true;
	return false;
}

/* Sets the quoted spans of the direct claim cl: what lies between paired quotation marks in its
 * content, cut where its speech tag interrupts it, where a paragraph ends (a quotation that
 * runs on opens the next paragraph with a mark of its own) and round the marks of a quotation
 * inside typed with the outer one's marks. A title quoted in the tag is not the speaker's words
 * (title_in_tag). */
static void collect_quotes(const struct engine *e, struct claim *cl)
{
	size_t cs = cl->content.start, ce = cl->content.end, cap = 0, from = SIZE_MAX;
	size_t i = claims_tok_at(e, cs);
	unsigned char mark = 0;

	if (e->nt == 0 || ce <= e->t[0].start ||
	    (cs >= e->t[e->nt - 1].end && !marks_in(e->text, cs, ce))) {
		/* a quotation in the paragraph before the block, which a dash signs ("“[Americans
		 * are] worried ...” ¶ - Bernie Sanders."): its words, between its marks; a block
		 * quotation in the paragraph after the block's tag ("The governor added:"), all of
		 * it */
		add_quote(e, cl, cs, ce, &cap);
		return;
	}
	if (i < e->nt && (e->t[i].flags & TOKF_INQ) && e->t[i].kind != TOK_QCLOSE) {
		from = cs; /* the content begins inside a quotation */
		for (size_t k = i, n = 0; k-- > 0 && n < 4096; n++)
			if (e->t[k].kind == TOK_QOPEN) {
				mark = e->t[k].mark;
				break;
			}
	}
	for (; i < e->nt && e->t[i].start < ce; i++) {
		const struct tok *t = &e->t[i];
		if (t->kind == TOK_QOPEN && from == SIZE_MAX &&
		    (title_in_tag(e, cl, i) || claims_after_nickname(e, i, e->nt) > i)) {
			i = t->pair; /* past the title's or the nickname's closing mark */
		} else if (from == SIZE_MAX && (t->kind == TOK_QOPEN || (claims_quote_mark(e, i) &&
									 opens_para_quote(e, i)))) {
			from = t->end;
			mark = t->mark;
		} else if (t->kind == TOK_QCLOSE && from != SIZE_MAX) {
			add_quote_run(e, cl, from, t->start, &cap);
			from = SIZE_MAX;
		} else if (from != SIZE_MAX && i > 0 && tok_para(e, i) != tok_para(e, i - 1)) {
			/* a paragraph ends inside the quotation */
			add_quote_run(e, cl, from, e->t[i - 1].end, &cap);
			from = (t->kind == TOK_PUNCT && t->mark == mark) || t->kind == TOK_QOPEN
				       ? t->end
				       : t->start;
		} else if (from != SIZE_MAX && t->kind == TOK_PUNCT && t->mark == mark &&
			   (t->flags & TOKF_INQ)) {
			/* "what he calls “hell” than": the inner quotation's marks */
			add_quote(e, cl, from, t->start, &cap);
			from = t->end;
		}
	}
	if (from != SIZE_MAX) /* up to the block's end: the paragraphs after it come next */
		add_quote(e, cl, from, ce < e->t[e->nt - 1].end ? ce : e->t[e->nt - 1].end, &cap);
	/* paragraphs after the block that are quotations alone (claims_run_on) */
	if (e->nt > 0 && ce > e->t[e->nt - 1].end) {
		struct span in;
		for (size_t p = tok_para(e, e->nt - 1) + 1;
		     claims_quote_para_run(e, p, &in) && in.start < ce; p++)
			add_quote(e, cl, in.start, in.end < ce ? in.end : ce, &cap);
	}
}

void claims_quote_turn(const struct engine *e, struct claim *cl)
{
	size_t cap = 0, from = cl->content.start;

	free(cl->quote);
	cl->quote = NULL;
	cl->nquote = 0;
	cl->kind = CLAIM_DIRECT;
	for (size_t i = claims_tok_at(e, from); i < e->nt && e->t[i].start < cl->content.end; i++)
		if (claims_quote_mark(e, i)) {
			if (e->t[i].start > from)
				add_quote(e, cl, from, e->t[i].start, &cap);
			from = e->t[i].end;
		}
	if (cl->content.end > from)
		add_quote(e, cl, from, cl->content.end, &cap);
}

/* True when token k is a noun for a number of things that an "of" after it names ("a batch of
 * emails", "a trove of documents"): the head is the noun after "of". */
bool claims_doc_collection(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "batch batches cache caches collection collections series set sets stack "
			 "stacks trove troves");
}

bool claims_doc_source(const struct engine *e, const struct frame *f)
{
	size_t head = f->sa;

	if (f->sa >= f->sb)
		return false;
	for (size_t k = f->sa; k < f->sb; k++) {
		if (k > f->sa && tok_is(e, k, "of") && claims_doc_collection(e, k - 1))
			continue; /* "A new batch of State Department emails" */
		if (tok_punct(e, k, ',') || (k > f->sa && tok_among(e, k, "that which")) ||
		    (k > f->sa && (e->t[k].word & WORD_PREP) &&
		     !(tok_is(e, k, "of") && (e->t[k - 1].flags & TOKF_CAP) &&
		       !((e->t[k - 1].word & WORD_DOC) && k + 1 < f->sb &&
			 !(e->t[k + 1].word & WORD_DET)))) ||
		    (k > f->sa && !(e->t[k].flags & TOKF_CAP) && word_ends(e, k, "ed")))
			break; /* "A poll conducted by ...": the head before its participle or
				  its relative clause ("The polling that was done ...");
				  "Polls of farm workers": a document's "of" before the people it
				  asked, even when it opens the sentence (not a name's: "Bank of
				  Avalon", nor before what a picture shows: "Video of the fire") */
		/* "A poll out this week": no time is the head */
		if (e->t[k].kind == TOK_WORD &&
		    !(k > f->sa &&
		      ((e->t[k].word & (WORD_TIME | WORD_DET)) || tok_is(e, k, "out"))))
			head = k;
	}
	return (e->t[head].word & WORD_DOC) != 0;
}

/* True when the source of frame f suits its cue: somebody (not "nobody"; "none of" a group for a
 * belief), a document or data for "shows" ("the poll shows", "records show"), anyone but "you"
 * for a belief ("do you think ...?"). */
static bool source_fits(const struct engine *e, const struct frame *f)
{
	/* "none of the scholars thought compromise was likely": a belief the group holds none
	 * of, as the row's source says */
	if (tok_is(e, f->sa, "none") && (f->cue & CUE_BELIEF) && f->sa + 2 < f->sb &&
	    tok_is(e, f->sa + 1, "of"))
		return true;
	if (tok_is(e, f->sa, "nobody") || tok_is(e, f->sa, "none") ||
	    (tok_is(e, f->sa, "no") && f->sa + 1 < f->sb && tok_is(e, f->sa + 1, "one")))
		return false; /* "Nobody wanted to explain": no one is said to have said anything */
	if (f->cue & CUE_DOC)
		return claims_doc_source(e, f);
	if (f->cue & CUE_BELIEF)
		return !(f->sb == f->sa + 1 && tok_is(e, f->sa, "you"));
	return true;
}

/* True when the content [cs, ce) is, after a leading "that", the words of one quotation: from
 * its opening mark (or, when inside is true, from within it) to where it closes, or to a point
 * inside it ("tweeted “Let's go” when the quotation runs on: the speaker's words still, cut
 * short). */
static bool all_quoted(const struct engine *e, size_t cs, size_t ce, bool inside)
{
	size_t i = claims_tok_at(e, cs), q;

	if (i < e->nt && tok_is(e, i, "that"))
		i++;
	if (i >= e->nt || e->t[i].start >= ce)
		return false;
	if (e->t[i].kind == TOK_QOPEN) {
		q = e->t[i].pair;
	} else if (inside && (e->t[i].flags & TOKF_INQ)) {
		/* "“Officials expect ...,” according to CNN", "“... in 2015. The new material
		 * shows ...,” according to Judicial Watch": the content starts inside the
		 * quotation; it closes at the first closing mark, with none opening before */
		for (q = i; q < e->nt && e->t[q].kind != TOK_QCLOSE; q++)
			if (e->t[q].kind == TOK_QOPEN || e->t[q].sent != e->t[i].sent)
				return false;
	} else {
		return false;
	}
	if (q >= e->nt) /* an opening mark that never closes */
		return false;
	if (e->t[q].start < ce) /* the quotation closes inside the content: at its very end */
		return e->t[q].end >= ce;
	return true;
}

/* True when the content [cs, ce) of frame f, whose cue is a form of "describe", calls its object
 * by a quotation: "described the field as “all very good”", "which he described as “an open
 * orchid”". The words before "as" are the writer's and carry no quotation mark; what follows it
 * is all_quoted(). The row shows the object with the cue and the quoted words as the speaker's
 * (claims_render.c's described_as() and own_clause()). */
static bool described_quoted(const struct engine *e, const struct frame *f, size_t cs, size_t ce)
{
	if (f->qb <= f->qa || !tok_among(e, f->qb - 1, "describe described describes describing"))
		return false;
	for (size_t k = claims_tok_at(e, cs), n = 0; k + 1 < e->nt && e->t[k].start < ce && n < 10;
	     k++, n++) {
		if (claims_quote_mark(e, k))
			return false;
		if (tok_is(e, k, "as") && k > f->qa && e->t[k + 1].kind == TOK_QOPEN)
			return all_quoted(e, e->t[k + 1].start, ce, false);
	}
	return false;
}

/* True when the content [cs, ce) is its own speech tag set before a quotation, "as Mr. Sykes
 * said, ''At a certain point ...''": "as", the source, the cue and a comma, then all_quoted(). */
static bool tag_then_quoted(const struct engine *e, const struct frame *f, size_t cs, size_t ce)
{
	size_t k = claims_tok_at(e, cs);

	if (f->qb <= f->qa || f->sb <= f->sa || k >= e->nt || !tok_is(e, k, "as") ||
	    f->sa != k + 1 || f->qa < f->sb || f->qb + 1 >= e->nt || !tok_punct(e, f->qb, ',') ||
	    e->t[f->qb].start >= ce)
		return false;
	for (size_t j = f->sa; j < f->qb; j++)
		if (claims_quote_mark(e, j))
			return false;
	return all_quoted(e, e->t[f->qb + 1].start, ce, false);
}

/* The end of the content [cs, ce) of frame f without a closing mark at its end whose quotation
 * opened before the cue, or, after a paraphrase, that pairs with no mark: that mark closes a
 * quotation the claim sits in ("adding that he will win in March."" in a paragraph a page set
 * in marks; "people only want to ask him, it leaves little to say.”" in another speaker's
 * words), not words of this claim's own. */
static size_t outer_close_before(const struct engine *e, const struct frame *f, size_t cs,
				 size_t ce)
{
	size_t k = claims_tok_at(e, ce - 1);

	if (ce <= cs || f->qb <= f->qa || k >= e->nt || e->t[k].end != ce || e->t[k].start <= cs)
		return ce;
	if (e->t[k].kind == TOK_PUNCT && claims_quote_mark(e, k) && f->kind != CLAIM_DIRECT) {
		/* a mark that pairs with none: the paraphrase's own only with another in it */
		for (size_t j = claims_tok_at(e, cs); j < k; j++)
			if (claims_quote_mark(e, j))
				return ce;
	} else if (e->t[k].kind != TOK_QCLOSE || e->t[k].pair >= f->qa) {
		return ce;
	}
	ce = e->t[k].start;
	while (ce > cs + 1 && strchr(" \t\n", e->text[ce - 1]))
		ce--;
	return ce;
}

/* "“igniting,” as Reuters reported, “fears of a jihadist attack ...”": a quotation split by an
 * "as" tag, the content's first part closed with a comma right before "as" and its second part
 * opened right after the tag's comma, is one statement: where the content [cs, ...) that begins
 * in the second part begins, the first part's first word; cs otherwise. */
static size_t quote_before_as(const struct engine *e, const struct frame *f, size_t cs)
{
	size_t q, open;

	if (f->sa < f->a + 4 || f->sa >= f->sb || f->qb + 2 >= e->nt || !tok_is(e, f->sa - 1, "as"))
		return cs;
	q = f->sa - 2;
	open = e->t[q].pair;
	if (e->t[q].kind != TOK_QCLOSE || !tok_punct(e, q - 1, ',') || open >= q || open < f->a ||
	    open + 2 > q - 1 || !tok_punct(e, f->qb, ',') || e->t[f->qb + 1].kind != TOK_QOPEN ||
	    e->t[f->qb + 2].start != cs)
		return cs;
	return e->t[open + 1].start;
}

bool claims_only_time(const struct engine *e, size_t cs, size_t ce)
{
	size_t k = claims_tok_at(e, cs);

	if (k >= e->nt || ce <= e->t[0].start)
		return false; /* content in the paragraphs after the block (a quotation after "He said:")
				 or before it (one a dash signs in the paragraph after it) */
	for (; k < e->nt && e->t[k].start < ce; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_WORD && !(t->word & WORD_TIME) && !(t->flags & TOKF_DIGIT) &&
		    !tok_is(e, k, "on") && !tok_is(e, k, "in") && !tok_is(e, k, "late") &&
		    !tok_is(e, k, "early"))
			return false;
	}
	return true;
}

/* True when the words from token k to byte ce are a person and what follows the object: "him",
 * "her" or "them", or a name in capitals after at most three lowercase words of role ("manager
 * Luca Bertolini"), no possessive ("Sanders' plan"), then only phrases that open with a
 * preposition or a time word ("in June after a poor run") and no "as" ("Clinton as a liar"). */
static bool person_only(const struct engine *e, size_t k, size_t ce)
{
	size_t roles = 0, caps = 0;
	bool tail = false;

	if (k < e->nt && tok_among(e, k, "him her them"))
		caps = 1, k++;
	for (; k < e->nt && e->t[k].start < ce; k++) {
		const struct tok *t = &e->t[k];
		if (tok_is(e, k, "as"))
			return false;
		if (tail)
			continue;
		if (caps && !(t->flags & TOKF_CAP) && t->kind == TOK_WORD) {
			if (!(t->word & (WORD_PREP | WORD_TIME)))
				return false;
			tail = true;
		} else if (t->kind != TOK_WORD || word_possessive(e, k)) {
			return false;
		} else if (t->flags & TOKF_CAP) {
			caps++;
		} else if (++roles > 3 || t->cue ||
			   (t->word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_CONJ | WORD_VERB))) {
			return false;
		}
	}
	return caps > 0;
}

/* How many words of an object a charge's test reads for its head name or its grounds. */
#define OBJECT_WORDS 8

/* True when the object of "attacked" at token k (content to byte ce) is a charge put in words,
 * though it opens with neither a name nor a pronoun: a quotation ("attacked “the hateful
 * ideology of radical Islam”"), a name after lowercase words of role ("attacked former nominee
 * Mitt Romney": the last two words before a preposition, a verb or a mark are in capitals, not
 * "Syrian villages" or "northern Syria"), or grounds that say what for ("attacked other candidates on stage for accepting
 * donations": "for" and a gerund). PolNeAR train and dev mark each as the charge. */
static bool charge_object(const struct engine *e, size_t k, size_t ce)
{
	size_t j = k, last = SIZE_MAX;

	if (e->t[k].kind == TOK_QOPEN || (k > 0 && e->t[k - 1].kind == TOK_QOPEN))
		return true;
	for (; j < e->nt && j < k + OBJECT_WORDS && e->t[j].start < ce; j++) {
		const struct tok *t = &e->t[j];
		if (t->kind != TOK_WORD || (t->word & (WORD_PREP | WORD_VERB | WORD_CONJ)) ||
		    word_possessive(e, j))
			break;
		last = j;
	}
	if (last != SIZE_MAX && last > k + 1 && (e->t[last].flags & TOKF_CAP) &&
	    (e->t[last - 1].flags & TOKF_CAP) && !(e->t[k].flags & TOKF_CAP))
		return true; /* a first name and a last name, not a place ("northern Syria") */
	for (; j + 1 < e->nt && j < k + 2 * OBJECT_WORDS && e->t[j + 1].start < ce; j++)
		if (tok_is(e, j, "for") && e->t[j + 1].kind == TOK_WORD &&
		    !(e->t[j + 1].flags & TOKF_CAP) && word_ends(e, j + 1, "ing"))
			return true;
	return false;
}

/* True unless the cue is "attacked" (or "attacking") and its object is no one who can be
 * criticised: a person, a name, a pronoun ("attacked Trump", "attacked his rivals"), or a
 * charge in words (charge_object()), not "a sperm whale" or "bars and art galleries"; or the
 * cue is "dismissed" (or "dismisses" ...) and its whole object is a person: a sacking, no
 * rejection of anything said ("The club dismissed manager Luca Bertolini on Sunday"; "dismissed
 * him as a Hollywood actor" stays). */
static bool object_fits(const struct engine *e, const struct frame *f, size_t cs)
{
	size_t k = claims_tok_at(e, cs);

	if (k < e->nt && tok_among(e, f->c, "dismiss dismissed dismisses dismissing"))
		return !person_only(e, k, f->ce);
	if (!(tok_is(e, f->c, "attacked") || tok_is(e, f->c, "attacking")) || k >= e->nt)
		return true;
	return (e->t[k].flags & TOKF_CAP) || (e->t[k].word & WORD_PRON) ||
	       (tok_is(e, k, "the") && k + 1 < e->nt && (e->t[k + 1].flags & TOKF_CAP)) ||
	       charge_object(e, k, f->ce);
}

/* How many words after a named quotation are read for the rest of the name. */
#define NAME_WORDS 8

/* "what Apple is calling “spatial” photos and videos through a button wasn't enabled": a
 * quotation that a free relative's verb names, and the words after it that go on with the name
 * (no verb, preposition, pronoun or determiner; "and", "of" or "or" between two: "what it calls
 * “psychographic” profiles of voters"), end the content there, not with the sentence's
 * own verb. A verb in the past the lexicon may not know ("what lawmakers called “fraud” grew
 * into"), or a word with its object right after it (a determiner, a pronoun or a name: "what
 * lawmakers called “fraud” lead Sens. Tester and Vitter to ...") is that verb. The end (bytes)
 * of the last such word, or 0 when none follows the closing mark at k (the quotation alone is
 * the name). */
static size_t named_thing_end(const struct engine *e, size_t k)
{
	size_t end = 0, prev = 0;

	for (size_t n = k + 1; n < e->nt && n < k + NAME_WORDS && e->t[n].sent == e->t[k].sent;
	     n++) {
		const struct tok *t = &e->t[n];
		if (tok_among(e, n, "and of or") && end)
			continue;
		if (t->kind == TOK_WORD && !(t->flags & TOKF_INQ) && n > k + 1 &&
		    e->t[n - 1].end == end &&
		    ((t->flags & TOKF_CAP) || (t->word & (WORD_PRON | WORD_DET))))
			return prev; /* the word before is a verb, this its object */
		if (t->kind != TOK_WORD || t->cue || (t->flags & TOKF_CAP) ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_DET |
				WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV | WORD_TIME)) ||
		    claims_past_word(e, n))
			break;
		prev = end;
		end = t->end;
	}
	return end;
}

/* "he admitted “politics in this town” meant there were few options": a quoted fragment after
 * its cue that is the subject of the words after it. The end (bytes) of the clause it opens,
 * the sentence's end but its last punctuation, or 0 when the content is no such fragment. */
static size_t quoted_subject_end(const struct engine *e, const struct frame *f)
{
	size_t k = claims_tok_at(e, f->ce), n, end = 0;
	char last;

	if (k + 1 >= e->nt || e->t[k].kind != TOK_QCLOSE || f->c >= k || f->ce <= f->cs)
		return 0;
	last = e->text[f->ce - 1];
	if (strchr(".,;:!?", last) || e->t[k + 1].sent != e->t[k].sent)
		return 0;
	if (f->sa > f->a && tok_is(e, f->sa - 1, "what") && f->cs == e->t[f->sa - 1].start)
		return named_thing_end(e, k);
	n = k + 1;
	if (e->t[n].kind != TOK_WORD || (e->t[n].flags & TOKF_CAP) || e->t[n].cue ||
	    (e->t[n].word & (WORD_PRON | WORD_DET | WORD_PREP | WORD_CONJ | WORD_SUBORD)))
		return 0;
	for (; n < e->nt && e->t[n].sent == e->t[k].sent; n++) {
		if (n > k + 400)
			return 0; /* no clause that long: bounded work per quotation */
		if (!(e->t[n].kind == TOK_PUNCT &&
		      (n + 1 >= e->nt || e->t[n + 1].sent != e->t[k].sent)))
			end = e->t[n].end;
	}
	return end;
}

/* True when token a opens its clause in frame f: the sentence's first word, or one after a
 * comma, a semicolon or "and"/"but" ("To varying degrees, all agreed"; not "we can all agree",
 * "The actors are all quick to", where "all" floats after the subject). */
static bool opens_clause(const struct engine *e, const struct frame *f, size_t a)
{
	return a == f->a || tok_punct(e, a - 1, ',') || tok_punct(e, a - 1, ';') ||
	       tok_among(e, a - 1, "and but");
}

/* "Many said", "Both have promised", "the two argued", "all agreed that": a quantifier or a
 * number alone stands for the people it counts, a source though no name ("All told, the groups
 * spent ..." sums up: no one told anything; "we can all agree" is said by "we"). */
static bool counted_source(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa;

	if (f->sb == a + 2 && tok_is(e, a, "the"))
		a++;
	/* not in a relative clause ("what many expect to be", "which both oppose") nor for a
	 * participle, whose subject may be another clause's ("the two sparred ..., with Crowley
	 * attacking") */
	return f->sb == a + 1 && e->t[a].kind == TOK_WORD && !word_ends(e, f->c, "ing") &&
	       tok_among(e, a, "all both many some few most several two three") &&
	       !(tok_is(e, a, "all") && (tok_is(e, f->c, "told") || !opens_clause(e, f, a))) &&
	       !(f->sa > f->a && tok_among(e, f->sa - 1, "what which that who"));
}

/* True when the source is "another" or "one" right before or after its tag ("Yet another said,
 * “...”", "“...,” tweeted another", "One says China has the most"): one of the people the
 * writer just named, standing for a noun left out; not after "according to", nor the subject of
 * a participle's clause ("Another featured photos telling ..."). */
static bool lone_one_source(const struct engine *e, const struct frame *f)
{
	return f->sb == f->sa + 1 && tok_among(e, f->sa, "another one") &&
	       !(f->cue & (CUE_ACCORDING | CUE_ING)) && (f->sb == f->qa || f->sa == f->qb);
}

/* "Bellwether County Says Trump Should Win": in a title-case headline (the cue capitalised after
 * its source) a county, city or town that "says" is its government or its voters, a source,
 * though a place alone is no speaker in running text ("in Vigo County said" is no claim). */
static bool headline_place(const struct engine *e, const struct frame *f)
{
	return f->sb == f->c && f->sb >= f->sa + 2 && (e->t[f->c].flags & TOKF_CAP) &&
	       tok_among(e, f->c, "says say") && (e->t[f->sa].flags & TOKF_CAP) &&
	       (e->t[f->sb - 1].flags & TOKF_CAP) &&
	       tok_among(e, f->sb - 1, "borough city county town township village");
}

/* True when the words from a to the comma at k open the sentence with a past participle and its
 * preposition ("Angered by the delay,", "Formed in reaction to the threat,", "Reached at home,"):
 * a phrase that describes the subject after the comma, no verb of its own after it. A name in
 * "-ed" ("Fred", "Ahmed") is followed by a name or a comma, not by a preposition. */
static bool participle_opening(const struct engine *e, size_t a, size_t k)
{
	if (k < a + 2 || k > a + 24 || e->t[a].kind != TOK_WORD || !(e->t[a].flags & TOKF_CAP) ||
	    !word_ends(e, a, "ed") || e->t[a].end - e->t[a].start < 5 ||
	    !(e->t[a + 1].word & WORD_PREP) || (e->t[a + 1].flags & TOKF_CAP))
		return false;
	for (size_t i = a + 1; i < k; i++)
		if ((e->t[i].word & WORD_VERB) || (e->t[i].cue & CUE_VERB) ||
		    (e->t[i].flags & TOKF_INQ) || e->t[i].kind == TOK_QOPEN)
			return false;
	return true;
}

/* A source read back over the comma that ends an opening clause ("she burn at the stake, Mrs.
 * Schlafly" replied, "any fraud, Michael Briggs, Sanders's spokesman" suggested) or an opening
 * participle ("Angered by the delay, the mayor said"): the subject of the main clause after that
 * comma. The sentence begins at a (after a dateline: "DOVER (AP)_ Taking the stand, a friend of
 * the mayor said"). */
static void source_after_opening(const struct engine *e, struct frame *f, size_t a)
{
	for (size_t k = f->sa; k + 1 < f->sb; k++)
		if (tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ)) {
			if ((claims_opening(e, a, k) != SIZE_MAX ||
			     (f->sa == a && participle_opening(e, a, k))) &&
			    claims_main_clause(e, k + 1, f->c + 1))
				f->sa = k + 1;
			return;
		}
}

/* True when the name res the resolver gave for f's source ends in f's cue as written: in a
 * headline in capitals, "Ted Cruz Is a Citizen, Board Of Election Finds" read "Election Finds"
 * as a name and "Trump's Putin Remarks" as "Putin Remarks" (who spoke is then Putin); the
 * source as written is shown instead. */
static bool name_takes_cue(const struct engine *e, const struct frame *f, const char *res)
{
	if (f->qa >= f->qb)
		return false;
	size_t n = e->t[f->qb - 1].end - e->t[f->qa].start, rl = strlen(res);
	return rl > n && res[rl - n - 1] == ' ' &&
	       memcmp(res + rl - n, e->text + e->t[f->qa].start, n) == 0;
}

/* True when the name res holds the word w (n bytes) as written, between spaces or its ends. */
static bool name_has_word(const char *res, const char *w, size_t n)
{
	size_t rl = strlen(res);

	for (size_t i = 0; i + n <= rl; i++)
		if ((i == 0 || res[i - 1] == ' ') && (i + n == rl || res[i + n] == ' ') &&
		    memcmp(res + i, w, n) == 0)
			return true;
	return false;
}

/* True when the name res the resolver gave for f's source holds a verb of the headline in title
 * case it stands in, after the source: coref read "Bernie Sanders Promises Action On ..." as
 * the name "Bernie Sanders Promises Action", "France's Marine Le Pen Backs Trump And Denounces
 * Clinton" as "Marine Le Pen Backs Trump" (who then denounces Clinton); the source as written is
 * shown instead. */
static bool name_takes_verb(const struct engine *e, const struct frame *f, const char *res)
{
	for (size_t k = f->sb; k < e->nt && k < f->sb + 40 && e->t[k].sent == e->t[f->c].sent; k++)
		if (e->t[k].kind == TOK_WORD && (e->t[k].cue & CUE_VERB) &&
		    claims_headline_word(e, k) &&
		    name_has_word(res, e->text + e->t[k].start, e->t[k].end - e->t[k].start))
			return true;
	return false;
}

/* True when the bytes [w, x) of t are a word in capitals: capitals, digits and the apostrophes or
 * commas of a head ("ALZHEIMER’S", "10", "DNC,"), at least one capital. */
static bool caps_word(const char *t, size_t w, size_t x)
{
	size_t up = 0;

	for (size_t i = w; i < x; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c >= 'a' && c <= 'z')
			return false;
		up += c >= 'A' && c <= 'Z';
	}
	return up > 0;
}

/* True when the bytes at i (before e) start an ordinary capitalised word ("The", "Turkish"). */
static bool title_word_at(const char *t, size_t i, size_t e)
{
	return i + 1 < e && t[i] >= 'A' && t[i] <= 'Z' && t[i + 1] >= 'a' && t[i + 1] <= 'z';
}

/* 2 when the bytes at x (before e) are a no-break space (U+00A0), which a page may set between
 * a head and its item; else 0. */
static size_t space_nb(const char *t, size_t x, size_t e)
{
	return x + 1 < e && (unsigned char)t[x] == 0xC2 && (unsigned char)t[x + 1] == 0xA0 ? 2 : 0;
}

/* "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee refused ...": a
 * newsletter's head in capitals run into the first sentence of its item (three words at least,
 * ten capitals) is no word of the source nor of the content; where the sentence starts, or s. */
static size_t caps_head_end(const char *t, size_t s, size_t e)
{
	size_t i = s, words = 0, up = 0;

	while (i < e) {
		size_t x = i, gap;
		while (x < e && t[x] != ' ' && t[x] != '\n' && t[x] != ':' && !space_nb(t, x, e))
			x++;
		if (!caps_word(t, i, x))
			return words >= 3 && up >= 10 && title_word_at(t, i, e) ? i : s;
		gap = t[x] == ' ' ? 1 : space_nb(t, x, e);
		if (x == i || x >= e || !gap)
			return s;
		words++;
		for (size_t j = i; j < x; j++)
			up += t[j] >= 'A' && t[j] <= 'Z';
		i = x + gap;
	}
	return s;
}

/* Where the words of a paragraph opening at s (before e) begin after its furniture: a wire's
 * dateline, else a head in capitals run into the item (caps_head_end()); s when neither. */
static size_t furniture_end(const char *t, size_t s, size_t e)
{
	size_t d = text_dateline_end(t, s, e);

	return d == s ? caps_head_end(t, s, e) : d;
}

/* "Salma Hayek Described Her Experience ...": a name coref read from a headline in title case
 * ends in the headline's verb, a cue in "-ed" capitalised; the name is cut before it (not a
 * verb in "-s": "United States"). */
static void name_drop_verb(char *res)
{
	char *sp = strrchr(res, ' ');
	char w[24];
	size_t n;

	if (!sp || sp == res || (n = strlen(sp + 1)) < 4 || n >= sizeof(w) || sp[1] < 'A' ||
	    sp[1] > 'Z' || sp[n - 1] != 'e' || sp[n] != 'd')
		return;
	memcpy(w, sp + 1, n);
	w[0] = (char)(w[0] - 'A' + 'a');
	if (claims_lex_cue(w, n) & CUE_VERB)
		*sp = '\0';
}

/* "A: I have been saying ...": a source read as the interview's label alone, before the label's
 * end at byte dl, is the pronoun after it when only verbs stand between that and the cue. */
static void label_pronoun(const struct engine *e, struct frame *f, size_t dl)
{
	size_t k = f->sa;

	while (k < f->c && e->t[k].start < dl)
		k++;
	if (e->t[f->sb - 1].end > dl || k >= f->c || !(e->t[k].word & WORD_PRON) ||
	    !(e->t[k].flags & TOKF_CAP))
		return;
	for (size_t i = k + 1; i < f->c; i++)
		if (!(e->t[i].word & WORD_VERB) && !tok_among(e, i, "am also just not"))
			return;
	f->sa = k;
	f->sb = k + 1;
}

/* True when a word that says no one, or few, opens the subject whose last words before a, up to
 * NEGATED_BACK words back in its sentence and after its last punctuation, were taken for no
 * source ("none of the constitutional scholars I interviewed this week thought compromise was
 * likely": the time phrase is read as the source, and with it gone the row would say someone
 * thought what none did). */
#define NEGATED_BACK 10
static bool negated_subject_before(const struct engine *e, size_t a)
{
	for (size_t k = a, n = 0; k > 0 && n < NEGATED_BACK; k--, n++) {
		const struct tok *t = &e->t[k - 1];
		if (t->sent != e->t[a].sent || t->kind != TOK_WORD)
			return false;
		if (tok_among(e, k - 1, "none nobody neither few no"))
			return true;
	}
	return false;
}

/* True when the source of frame f ends a clause set between dashes and its cue follows the
 * closing dash ("Trump — even as he says his plan would tackle a tax-code rewrite — has
 * proposed little"): the verb after the aside is the sentence's own, its subject before the
 * aside, not the aside's last words. The opening dash is at most 30 tokens before the source, a
 * verb between the dashes makes the aside a clause ("Ames — a lawyer — said" is an apposition
 * the source finder reads). */
static bool source_closes_aside(const struct engine *e, const struct frame *f)
{
	bool verb = false;

	if (f->sa >= f->sb || f->sb >= f->qa || !tok_dash(e, f->sb) || f->sb + 1 != f->qa)
		return false;
	for (size_t k = f->sa; k > f->a && k + 30 > f->sa; k--) {
		if (tok_dash(e, k - 1))
			return verb;
		verb = verb || (e->t[k - 1].kind == TOK_WORD && claims_verb_like(e, k - 1));
	}
	return false;
}

/* End ce moved back, not below cs, past white space and no-break spaces ("Sellouts\u00a0—"). */
static size_t trim_space_back(const char *t, size_t cs, size_t ce)
{
	for (;;) {
		if (ce > cs && strchr(" \t\r\n", t[ce - 1]))
			ce--;
		else if (ce >= cs + 2 && (unsigned char)t[ce - 2] == 0xC2 &&
			 (unsigned char)t[ce - 1] == 0xA0)
			ce -= 2;
		else
			return ce;
	}
}

/* Where the content [cs, ce) of frame f ends when a dash is involved. A bare dash that ends
 * paraphrase ("said the bill was dead —" at a paragraph's end) is none of the statement (a
 * quotation cut off, "and —”", or a transcript's line after "NAME:" keeps it: the words stop
 * there). When the speaker and cue stand in an aside a dash opened in their sentence, at most a
 * dozen tokens before the cue ("I saw his surprise—naturally he expected me to read my
 * statement—and the judge ..."), the dash that closes the aside ends the content too: what
 * follows goes on with the writer's sentence. A dash the speaker comes before ("Lee—who was
 * angry—said") opens no such aside, nor one before a quotation; a quotation's words are never
 * cut. */
static size_t dash_end(const struct engine *e, const struct frame *f, size_t cs, size_t ce)
{
	size_t k = claims_tok_at(e, ce - 1), d = SIZE_MAX;

	if (f->kind != CLAIM_DIRECT && f->qa < f->qb && e->t[f->qa].kind == TOK_WORD && k < e->nt &&
	    tok_dash(e, k) && e->t[k].end >= ce && e->t[k].start > cs &&
	    !(k + 1 < e->nt && e->t[k + 1].kind != TOK_WORD && e->t[k + 1].kind != TOK_PUNCT &&
	      e->t[k + 1].start == ce)) {
		ce = trim_space_back(e->text, cs, e->t[k].start);
	}
	if (f->kind == CLAIM_DIRECT || f->qb <= f->qa || e->t[f->qa].start >= cs ||
	    e->t[f->qa].kind != TOK_WORD)
		return ce;
	for (k = f->qa; k > f->a && k + 12 > f->qa && d == SIZE_MAX; k--) {
		if (e->t[k - 1].kind == TOK_QOPEN || e->t[k - 1].kind == TOK_QCLOSE)
			return ce; /* a quotation between: another's words */
		if (tok_dash(e, k - 1) && e->t[k - 1].sent == e->t[f->qa].sent)
			d = k - 1;
	}
	if (d == SIZE_MAX || (f->sa < f->sb && f->sa < d))
		return ce;
	for (k = claims_tok_at(e, cs); k < e->nt && e->t[k].start < ce; k++)
		if (tok_dash(e, k) && e->t[k].start > cs) {
			ce = trim_space_back(e->text, cs, e->t[k].start);
			break;
		}
	return ce;
}

void claims_emit(struct engine *e, struct frame *f)
{
	size_t pi = doc_paragraph_at(e->d, f->cs);
	const struct doc_para *para = doc_paragraph(e->d, pi);
	size_t cs = f->cs, k, a = f->a;
	struct claim *cl;

	/* "MILLBROOK, Ohio, March 4 (AP) - The mayor told residents to boil ...": content read
	 * back from a cue into the wire's dateline is no one's words */
	if (para && para->span.start == cs &&
	    text_dateline_end(e->text, cs, para->span.end) >= f->ce)
		return;
	if (para && para->span.start == cs)
		cs = furniture_end(e->text, cs, f->ce);
	/* "A: Because they needed help, I think": an interview's label is not the answer's words */
	if (para && para->span.start == cs)
		cs += claims_qa_label(e->d, pi, NULL);
	/* "(Mr. Trump's own manifesto ... according to ...)": a bracket the content does not close
	 * is the writer's */
	if (cs < f->ce && e->text[cs] == '(' && !memchr(e->text + cs, ')', f->ce - cs)) {
		cs++;
		while (cs < f->ce && strchr(" \t", e->text[cs]))
			cs++;
	}
	if (f->ce <= cs)
		return;
	if (f->sa < f->sb) {
		/* a source that opens its paragraph starts after the dateline, or after an
		 * interview's label ("Q: You've been ...": never the speaker "Q") */
		size_t spi = tok_para(e, f->sa);
		const struct doc_para *sp = doc_paragraph(e->d, spi);
		size_t dl = furniture_end(e->text, sp->span.start, sp->span.end);
		if (e->t[f->sa].start == sp->span.start && dl == sp->span.start &&
		    (dl += claims_qa_label(e->d, spi, NULL)) > sp->span.start)
			label_pronoun(e, f, dl);
		while (f->sa < f->sb && e->t[f->sa].start < dl && dl > sp->span.start)
			f->sa++;
		while (f->sa < f->sb && e->t[f->sa].kind == TOK_PUNCT)
			f->sa++;
		if (f->sa >= f->sb)
			return;
		if (a < f->sa && e->t[a].start < dl && dl > sp->span.start)
			a = f->sa; /* the sentence after the dateline */
	}
	if (f->kind == CLAIM_DIRECT && (k = quoted_subject_end(e, f)) > f->ce) {
		size_t open = e->t[claims_tok_at(e, f->ce)].pair;
		f->kind = CLAIM_INDIRECT; /* paraphrase that quotes a few words */
		if (open < e->nt && e->t[open].start < cs)
			cs = e->t[open].start; /* with its opening mark */
		f->ce = k;
	}
	if (claims_only_time(e, cs, f->ce) || !object_fits(e, f, cs) || strchr(",;:", e->text[cs]))
		return; /* "said late Thursday", "thieves attacked a sperm whale" */
	if (f->sa < f->sb) {
		source_after_opening(e, f, a);
		claims_source_trim(e, f);
		/* "Hemsley, who wrote “Going Viral,”": a title quoted at the source's end keeps its
		 * closing mark (and the comma inside it) */
		for (k = f->sa; k < f->sb; k++)
			if (e->t[k].kind == TOK_QOPEN && e->t[k].pair < e->nt &&
			    e->t[k].pair >= f->sb && e->t[k].pair <= f->sb + 1) {
				f->sb = e->t[k].pair + 1;
				break;
			}
	}
	if (f->sa < f->sb && !source_fits(e, f))
		return; /* "the show" is no poll; "you think ...?" asks */
	/* "Photos showed", "Audit files from NGP VAN show", "Video shows that": documents show what
	 * they show, named or not (one singular word, "review shows", may be a program's name;
	 * not "video", a page's furniture elsewhere) */
	if (f->sa < f->sb && !claims_source_ok(e, f->sa, f->sb) && !counted_source(e, f) &&
	    !headline_place(e, f) && !lone_one_source(e, f) &&
	    !((f->cue & CUE_DOC) && claims_doc_source(e, f) &&
	      (f->sb > f->sa + 1 || word_ends(e, f->sa, "s") || tok_is(e, f->sa, "video"))))
		return; /* better no claim than one said by "Monday" or "LOS ANGELES" */
	if (!claims_frame_plausible(e, f))
		return; /* "Part One: ...", "a shape called a strange attractor" */
	if (source_closes_aside(e, f))
		return; /* "Trump — as he says it would tackle a rewrite — has proposed" */
	if (claims_source_none(e, f->sa, f->sb)) {
		if (negated_subject_before(e, f->sa))
			return; /* "none of the scholars I interviewed this week thought": no one's */
		f->sa = f->sb;
	}
	/* "<tweet ...>Trump reportedly ...</tweet>": markup that opens or closes the content is
	 * none of it */
	for (k = claims_tok_at(e, cs);
	     claims_markup(e, k) && k + 1 < e->nt && e->t[k + 1].start < f->ce; k++)
		cs = e->t[k + 1].start;
	f->ce = claims_end_whole(e, cs, claims_relative_subject_end(e, f, cs));
	f->ce = claims_tag_question(e, cs, f->ce); /* ", didn't she?" is the writer's */
	for (k = claims_tok_at(e, f->ce - 1); k > 0 && claims_markup(e, k) && e->t[k - 1].end > cs;
	     k--)
		f->ce = e->t[k - 1].end;
	/* "with only minor exceptions.[1]": reference marks that end the content are the page's,
	 * not the speaker's words; so is the full stop they hid */
	for (size_t r; (r = text_ref_mark_before(e->text, cs, f->ce)) < f->ce;) {
		f->ce = r;
		while (f->ce > cs + 1 && strchr(" .,;", e->text[f->ce - 1]))
			f->ce--;
	}
	f->ce = outer_close_before(e, f, cs, f->ce);
	f->ce = dash_end(e, f, cs, f->ce);
	if (f->ce <= cs)
		return;
	if (f->kind == CLAIM_DIRECT)
		cs = quote_before_as(e, f, cs);
	e->out = xgrow(e->out, &e->capout, e->nout + 1, sizeof(*e->out));
	cl = &e->out[e->nout++];
	memset(cl, 0, sizeof(*cl));
	cl->kind = f->kind;
	cl->content.start = cs;
	cl->content.end = f->ce;
	if (f->sa + 1 == f->sb && tok_is(e, f->sa, "whom"))
		f->sa = claims_counted_whom(e, f->sb); /* "many of whom say" */
	if (f->sa < f->sb) {
		cl->speaker.start = e->t[f->sa].start;
		cl->speaker.end = e->t[f->sb - 1].end;
		char *res = claims_resolve_text(e, f->sa, f->sb);
		if (res)
			name_drop_verb(res);
		if (res && (name_takes_cue(e, f, res) || name_takes_verb(e, f, res))) {
			free(res);
			res = NULL;
		}
		if (res) {
			cl->speaker_resolved = text_intern(&e->names, res, strlen(res));
			free(res);
		}
		e->sent_src = cl->speaker;
	}
	if (f->qa < f->qb) {
		cl->cue.start = e->t[f->qa].start;
		cl->cue.end = e->t[f->qb - 1].end;
	}
	cl->paragraph = doc_paragraph_at(e->d, cs);
	cl->parent = cl->speaker_id = CLAIM_NONE;
	if (cl->kind != CLAIM_DIRECT &&
	    (all_quoted(e, cs, f->ce, f->qb <= f->qa || !(e->t[f->qa].flags & TOKF_INQ)) ||
	     described_quoted(e, f, cs, f->ce) || tag_then_quoted(e, f, cs, f->ce)))
		cl->kind = CLAIM_DIRECT; /* "told reporters that “they hit Matt ...”": verbatim */
	if (cl->kind == CLAIM_DIRECT)
		collect_quotes(e, cl);
}

bool claims_holds_claims(const struct engine *e, size_t pos)
{
	if (e->sent_first >= e->nout)
		return false;
	for (size_t i = e->sent_first; i < e->nout; i++)
		if (e->out[i].content.end > pos)
			return false;
	return true;
}
