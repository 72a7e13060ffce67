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
	/* a quotation that ends the content: its closing mark and the stop inside it go */
	if (last > from + 1 && e->t[last - 1].kind == TOK_QCLOSE && e->t[last - 1].pair >= from) {
		last--;
		while (last > from + 1 &&
		       (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',')))
			last--;
	}
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

/* The cue verb of a clause that begins at token k (before lim): its subject ("he", "analysts",
 * "the company"), adverbs and auxiliaries, then a cue used as a verb; SIZE_MAX when there is
 * none. */
static size_t clause_cue(const struct engine *e, size_t k, size_t lim)
{
	size_t sa, sb;

	if (k >= lim || (e->t[k].flags & TOKF_INQ) || e->t[k].kind != TOK_WORD ||
	    !claims_subject_fwd(e, k, lim, &sa, &sb) || sa != k)
		return SIZE_MAX;
	while (sb < lim && e->t[sb].kind == TOK_WORD && !(e->t[sb].flags & TOKF_CAP) &&
	       !e->t[sb].cue &&
	       ((e->t[sb].word & (WORD_AUX | WORD_ADV)) || word_ends(e, sb, "ly") ||
		tok_is(e, sb, "will") || tok_is(e, sb, "would") || tok_is(e, sb, "did")))
		sb++;
	if (sb < lim && (e->t[sb].cue & CUE_VERB) && !(e->t[sb].cue & CUE_ING) &&
	    !(e->t[sb].flags & TOKF_INQ) && claims_cue_verb(e, sb))
		return sb;
	return SIZE_MAX;
}

/* True when a cue verb follows k (before lim) after adverbs only: a verb phrase coordinated with
 * the one of the frame ("praised Rubio and said ...", "said A but later denied B"). */
static bool verb_cue(const struct engine *e, size_t k, size_t lim)
{
	while (k < lim && e->t[k].kind == TOK_WORD && !e->t[k].cue &&
	       ((e->t[k].word & WORD_ADV) || word_ends(e, k, "ly")))
		k++;
	return k < lim && (e->t[k].cue & CUE_VERB) && !(e->t[k].cue & CUE_ING) &&
	       !(e->t[k].flags & TOKF_INQ) &&
	       (word_ends(e, k, "ed") || tok_is(e, k, "said") || tok_is(e, k, "told") ||
		word_ends(e, k, "s"));
}

/* True when the cue at c closes its sentence (ending at b) but for a time or a place: the tag
 * of an inverted attribution ("..., the company said on Friday."). */
static bool tag_ends_sentence(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k < b; k++) {
		if (k > c + 7 || tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN ||
		    tok_punct(e, k, ':'))
			return false;
	}
	return true;
}

/* True when the word at k, after a comma, begins a clause that comments on what comes before
 * rather than going on with it: a contrast, a concession or a relative clause. */
static bool clause_after_comma(const struct engine *e, size_t k)
{
	static const char *const words[] = {"while",  "whereas", "however", "although",
					    "though", "despite", "which",   "where",
					    "who",    "whose",   "compared"};

	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
		return false;
	if (e->t[k].cue & CUE_ACCORDING)
		return true; /* ", according to X": an attribution around the content */
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (tok_is(e, k, words[i]))
			return true;
	return tok_is(e, k, "even") && k + 1 < e->nt &&
	       (tok_is(e, k + 1, "though") || tok_is(e, k + 1, "as") || tok_is(e, k + 1, "if"));
}

/* True when content ends before token k whatever its kind: a semicolon, a colon before a
 * quotation, or an apposition that runs to the sentence's end (", a subject of deep
 * anxiety"). */
static bool ends_content(const struct engine *e, size_t k, size_t lim)
{
	if (e->t[k].flags & TOKF_INQ)
		return false;
	if (tok_punct(e, k, ';') ||
	    (tok_punct(e, k, ':') && k + 1 < lim && e->t[k + 1].kind == TOK_QOPEN))
		return true;
	if (!tok_punct(e, k, ',') || k + 1 >= lim)
		return false;
	if (tok_is(e, k + 1, "a") || tok_is(e, k + 1, "an")) {
		for (size_t j = k + 2; j < lim; j++)
			if (tok_punct(e, j, ',') || e->t[j].kind == TOK_QOPEN ||
			    (e->t[j].word & (WORD_VERB | WORD_SUBORD)))
				return false; /* ", a day after he arrived" is no apposition */
		return true;
	}
	return false;
}

/* True when noun-phrase content ends before token k: a time ("on Thursday", "last week"), an
 * occasion ("in an interview", "at a press conference") or a coordinated verb phrase ("but did
 * not say", "and highlighted her plans"). */
static bool np_ends(const struct engine *e, size_t k, size_t lim)
{
	static const char *const occasions[] = {
		"interview",  "statement", "speech",   "rally",   "debate",    "press",
		"conference", "event",     "meeting",  "letter",  "post",      "tweet",
		"appearance", "op-ed",     "email",    "radio",   "broadcast", "town",
		"forum",      "campaign",  "visit",    "call",    "hearing",   "session",
		"show",       "program",   "briefing", "address", "remarks",   "stop"};
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || k + 1 >= lim)
		return false;
	for (size_t j = k + 1; j < lim; j++)
		if (tok_is(e, j, "that") || e->t[j].kind == TOK_QOPEN)
			return false; /* "statements by Trump last week that ..." goes on */
	if ((tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this") ||
	     tok_is(e, k, "next") || tok_is(e, k, "earlier")) &&
	    (e->t[k + 1].word & WORD_TIME) && !(e->t[k + 1].word & WORD_DET))
		return true;
	if ((t->word & WORD_TIME) && !(t->word & (WORD_DET | WORD_ADV)) && (t->flags & TOKF_CAP))
		return true; /* "endorsed Trump Thursday" */
	if (tok_is(e, k, "on") && (e->t[k + 1].flags & TOKF_CAP) && k + 2 >= lim)
		return true; /* "on Twitter", "on CNN" ending the sentence */
	if ((tok_is(e, k, "in") || tok_is(e, k, "at") || tok_is(e, k, "during") ||
	     tok_is(e, k, "after") || tok_is(e, k, "before")) &&
	    k + 2 < lim && (e->t[k + 1].word & (WORD_DET | WORD_PRON))) {
		for (size_t j = k + 2; j < lim && j < k + 5; j++)
			for (size_t i = 0; i < sizeof(occasions) / sizeof(occasions[0]); i++)
				if (tok_is(e, j, occasions[i]))
					return true;
	}
	if ((tok_is(e, k, "and") || tok_is(e, k, "but")) && e->t[k + 1].kind == TOK_WORD) {
		const struct tok *n = &e->t[k + 1];
		return !(n->flags & TOKF_CAP) &&
		       (word_ends(e, k + 1, "ed") || word_ends(e, k + 1, "ing") ||
			tok_is(e, k + 1, "did") || tok_is(e, k + 1, "was") ||
			tok_is(e, k + 1, "has") || (n->word & WORD_PRON));
	}
	return false;
}

/* The token where the content of a forward claim at token p ends (exclusive): the sentence's
 * end b, a participle clause (", adding that"), a coordinated clause with a cue of its own
 * ("..., and he warned that"), the tag of an attribution around it ("..., the company said."),
 * a clause that comments on it (", while ..."), and for noun-phrase content (np) a time, an
 * occasion or a coordinated verb phrase; always > p when p < b. */
static size_t clause_limit(const struct engine *e, size_t p, size_t b, bool np)
{
	size_t lim = p + 400 < b ? p + 400 : b;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		/* ", adding that", "...,” claiming that" */
		if ((tok_punct(e, k, ',') ||
		     (e->t[k].kind == TOK_QCLOSE && tok_punct(e, k - 1, ','))) &&
		    (e->t[k + 1].cue & CUE_ING) && !(e->t[k + 1].flags & TOKF_INQ))
			return e->t[k].kind == TOK_QCLOSE ? k + 1 : k;
		if (e->t[k].flags & TOKF_INQ)
			continue;
		if ((tok_is(e, k, "and") || tok_is(e, k, "but")) &&
		    (clause_cue(e, k + 1, lim) != SIZE_MAX || verb_cue(e, k + 1, lim)))
			return tok_punct(e, k - 1, ',') ? k - 1 : k;
		if (tok_punct(e, k, ',') && clause_after_comma(e, k + 1))
			return k; /* ", while 9 percent ...", ", which he called ..." */
		if (ends_content(e, k, lim))
			return k;
		if (np && k > p + 1 && np_ends(e, k, lim))
			return k;
		if (tok_punct(e, k, ',') && !tok_is(e, k + 1, "and") && !tok_is(e, k + 1, "but")) {
			size_t c = clause_cue(e, k + 1, lim);
			if (c != SIZE_MAX && tag_ends_sentence(e, c, b))
				return k;
			/* "Barkley, who said he votes Democratic, said ...": the clause's verb */
			if (verb_cue(e, k + 1, lim))
				return k;
		}
	}
	return lim;
}

/* The token after a discourse connective that opens content at k ("Still,", "In fact,", "But"),
 * before lim; k when there is none. */
static size_t skip_connective(const struct engine *e, size_t k, size_t lim)
{
	static const char *const one[] = {"still",    "however",     "indeed",      "meanwhile",
					  "moreover", "instead",     "nonetheless", "nevertheless",
					  "yet",      "furthermore", "regardless",  "anyway"};
	static const char *const two[][2] = {{"even", "so"}, {"in", "contrast"}, {"by", "contrast"},
					     {"in", "fact"}, {"of", "course"},   {"in", "addition"},
					     {"as", "a"}};

	if (k + 1 >= lim || e->t[k].kind != TOK_WORD)
		return k;
	if ((tok_is(e, k, "but") || tok_is(e, k, "and") || tok_is(e, k, "so")) &&
	    (e->t[k].flags & TOKF_CAP))
		return tok_punct(e, k + 1, ',') ? k + 2 : k + 1;
	for (size_t i = 0; i < sizeof(one) / sizeof(one[0]); i++)
		if (tok_is(e, k, one[i]) && tok_punct(e, k + 1, ','))
			return k + 2 < lim ? k + 2 : k;
	for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
		if (k + 2 < lim && tok_is(e, k, two[i][0]) && tok_is(e, k + 1, two[i][1]) &&
		    tok_punct(e, k + 2, ','))
			return k + 3 < lim ? k + 3 : k;
	return k;
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
		/* "Y, he said, Z" goes on; a quotation goes on only with another ("“A,” he said,
		 * though he added ..." ends at the quotation) */
		if (!quoted && t->kind == TOK_WORD && !(t->cue & CUE_ING) &&
		    !(t->word & (WORD_PREP | WORD_TIME | WORD_REL | WORD_SUBORD)) &&
		    !word_ends(e, r + 1, "ing"))
			return content_end(e, r + 1, clause_limit(e, r + 1, b, false));
	}
	return quoted ? run_on(e, b, ce) : ce;
}

/* ---- where content after a cue begins: a token below b, or SIZE_MAX ---- */

/* After a cue whose content may be a noun phrase: "called X a Y", "criticized X". */
/* After the addressee of a request or question that begins at p ("asked workers if", "urged the
 * judge to give", "called on Trump to"): the token of "to", "if", "whether" or a wh-word, or
 * SIZE_MAX. */
static size_t after_addressee(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 8 < b ? p + 8 : b;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || tok_is(e, k, "that") || (t->word & WORD_VERB) ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		if ((tok_is(e, k, "to") && e->t[k + 1].kind == TOK_WORD &&
		     !(e->t[k + 1].flags & TOKF_CAP) &&
		     !(e->t[k + 1].word & (WORD_DET | WORD_PRON))) ||
		    tok_is(e, k, "if") || tok_is(e, k, "whether") || tok_is(e, k, "why") ||
		    tok_is(e, k, "how") || tok_is(e, k, "what") || tok_is(e, k, "when"))
			return k;
	}
	return SIZE_MAX;
}

static size_t start_after_np(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (p > 0 && e->t[p].kind == TOK_WORD && (k = after_addressee(e, p, b)) != SIZE_MAX &&
	    !tok_is(e, k, "to"))
		return k; /* asked workers if they ... (but "urged people to protest" keeps them) */
	if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
	    e->t[p].kind == TOK_QOPEN)
		return p;
	return SIZE_MAX;
}

/* True for a pronoun with a verb joined to it: "she's", "they're", "I'm", "it’ll". */
static bool contraction(const struct engine *e, size_t k)
{
	const char *s = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start, i = 0;

	while (i < n && s[i] != '\'' && (unsigned char)s[i] != 0xE2)
		i++;
	return i < n && i > 0 && (claims_lex_word(s, i) & WORD_PRON);
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
		    tok_is(e, k, "the") || tok_is(e, k, "there") || contraction(e, k))
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
	size_t lim = p + 20 < b ? p + 20 : b, k = p, t0;

	/* "said Tuesday his actions ...", "said on Monday the deal ...": a time, then a clause */
	if (tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this"))
		k++;
	t0 = k;
	while (k < lim && (e->t[k].word & WORD_TIME) && !(e->t[k].word & WORD_DET))
		k++;
	if (k > t0 && k + 1 < lim && e->t[k].kind == TOK_WORD && !tok_is(e, k, "that") &&
	    (e->t[k].word & (WORD_PRON | WORD_DET) || e->t[k].flags & TOKF_CAP) &&
	    !(e->t[k].word & (WORD_PREP | WORD_TIME)))
		return k;

	for (k = p; k < lim; k++) {
		if (tok_dash(e, k) || tok_punct(e, k, ';') || tok_punct(e, k, '('))
			break; /* "reported on Tuesday -- a development that ..." */
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
	/* "hoped to sell", "vowed to fight": an infinitive, not a phrase ("said to reporters") */
	if ((cue & CUE_INF) && tok_is(e, p, "to") && p + 1 < b && e->t[p + 1].kind == TOK_WORD &&
	    !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	    !(e->t[p + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME)))
		return p;
	if (cue & CUE_INFONLY)
		return SIZE_MAX;
	if (cue & CUE_NP)
		return start_after_np(e, p, b);
	if (cue & CUE_OBJ)
		return start_after_object(e, p, b, cue);
	if (e->t[p].word & (WORD_PREP | WORD_TIME) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that") && !tok_is(e, p, "there")))
		return start_after_phrase(e, p, b);
	if ((tok_punct(e, p, ':') || tok_punct(e, p, ',')) && p + 1 < b &&
	    e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (tok_punct(e, p, ':') && p + 1 < b)
		return p + 1;
	if (e->t[p].kind == TOK_QOPEN || tok_is(e, p, "that"))
		return p;
	/* "reported seeing", "denied having": a gerund */
	if ((cue & CUE_NEEDTHAT) && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	    word_ends(e, p, "ing") && !e->t[p].cue && p + 1 < b && e->t[p + 1].kind == TOK_WORD)
		return p;
	if (cue & (CUE_NEEDTHAT | CUE_QUOTEONLY))
		return SIZE_MAX;
	if (e->t[p].kind != TOK_WORD || e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ) ||
	    tok_is(e, p, "so") || tok_is(e, p, "yes") || tok_is(e, p, "no"))
		return SIZE_MAX;
	if (p + 1 >= b || (tok_punct(e, p + 1, '.') && !(p + 2 < b && (e->t[p].flags & TOKF_CAP) &&
							 (e->t[p + 2].flags & TOKF_CAP))))
		return SIZE_MAX; /* one word ("said so."), but "said Mr. Trump ..." goes on */
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
		f->ce = content_end(e, p, clause_limit(e, p, f->b, (f->cue & CUE_NP) != 0));
	}
}

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

/* The first token that ends after byte pos (e->nt when none). */
static size_t tok_after(const struct engine *e, size_t pos)
{
	size_t lo = 0, hi = e->nt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (e->t[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Sets the quoted spans of the direct claim cl: what lies between paired quotation marks in its
 * content, cut where its speech tag interrupts it and where a paragraph ends (a quotation that
 * runs on opens the next paragraph with a mark of its own). */
static void collect_quotes(const struct engine *e, struct claim *cl)
{
	size_t cs = cl->content.start, ce = cl->content.end, cap = 0, from = SIZE_MAX;
	size_t i = tok_after(e, cs);
	unsigned char mark = 0;

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
		if (t->kind == TOK_QOPEN && from == SIZE_MAX) {
			from = t->end;
			mark = t->mark;
		} else if (t->kind == TOK_QCLOSE && from != SIZE_MAX) {
			add_quote(e, cl, from, t->start, &cap);
			from = SIZE_MAX;
		} else if (from != SIZE_MAX && i > 0 && tok_para(e, i) != tok_para(e, i - 1)) {
			/* a paragraph ends inside the quotation */
			add_quote(e, cl, from, e->t[i - 1].end, &cap);
			from = t->kind == TOK_PUNCT && t->mark == mark ? t->end : t->start;
		}
	}
	if (from != SIZE_MAX)
		add_quote(e, cl, from, ce, &cap);
}

/* True when the head of frame f's source (its last word before a comma or a preposition) is a
 * document or data: "the new poll", "FEC records", "a survey of voters". */
static bool doc_source(const struct engine *e, const struct frame *f)
{
	size_t head = f->sa;

	if (f->sa >= f->sb)
		return false;
	for (size_t k = f->sa; k < f->sb; k++) {
		if (tok_punct(e, k, ',') || (k > f->sa && (e->t[k].word & WORD_PREP)))
			break;
		if (e->t[k].kind == TOK_WORD)
			head = k;
	}
	return (e->t[head].word & WORD_DOC) != 0;
}

/* True when the source of frame f suits its cue: somebody (not "nobody"), a document or data
 * for "shows" ("the poll shows", "records show"), anyone but "you" for a belief ("do you
 * think ...?"). */
static bool source_fits(const struct engine *e, const struct frame *f)
{
	if (tok_is(e, f->sa, "nobody") || tok_is(e, f->sa, "none") ||
	    (tok_is(e, f->sa, "no") && f->sa + 1 < f->sb && tok_is(e, f->sa + 1, "one")))
		return false; /* "Nobody wanted to explain": no one is said to have said anything */
	if (f->cue & CUE_DOC)
		return doc_source(e, f);
	if (f->cue & CUE_BELIEF)
		return !(f->sb == f->sa + 1 && tok_is(e, f->sa, "you"));
	return true;
}

/* True when the content [cs, ce) is, after a leading "that", one quotation: its opening mark and
 * then words up to the content's end, where the quotation closes. */
static bool all_quoted(const struct engine *e, size_t cs, size_t ce)
{
	size_t i = tok_after(e, cs), q;

	if (i < e->nt && tok_is(e, i, "that"))
		i++;
	if (i >= e->nt || e->t[i].kind != TOK_QOPEN)
		return false;
	q = e->t[i].pair;
	if (q >= e->nt || e->t[q].start < ce)
		return false; /* the quotation closes before the content ends */
	for (size_t k = tok_after(e, ce); k < q; k++)
		if (e->t[k].kind != TOK_PUNCT)
			return false;
	return true;
}

/* True when the content [cs, ce) holds nothing but times ("late Thursday", "on Monday"). */
static bool only_time(const struct engine *e, size_t cs, size_t ce)
{
	for (size_t k = tok_after(e, cs); k < e->nt && e->t[k].start < ce; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_WORD && !(t->word & WORD_TIME) && !(t->flags & TOKF_DIGIT) &&
		    !tok_is(e, k, "on") && !tok_is(e, k, "late") && !tok_is(e, k, "early"))
			return false;
	}
	return true;
}

/* True unless the cue is "attacked" (or "attacking") and its object is no one who can be
 * criticised: a person, a name, a pronoun ("attacked Trump", "attacked his rivals"), not "a
 * sperm whale" or "bars and art galleries". */
static bool object_fits(const struct engine *e, const struct frame *f, size_t cs)
{
	size_t k = tok_after(e, cs);

	if (!(tok_is(e, f->c, "attacked") || tok_is(e, f->c, "attacking")) || k >= e->nt)
		return true;
	return (e->t[k].flags & TOKF_CAP) || (e->t[k].word & WORD_PRON) ||
	       (tok_is(e, k, "the") && k + 1 < e->nt && (e->t[k + 1].flags & TOKF_CAP));
}

/* Adds the claim of frame f to e->out, resolving its source; content that opens its paragraph
 * starts after a dateline ("TAIPEI — "), and content left empty adds nothing. */
static void emit(struct engine *e, struct frame *f)
{
	const struct doc_para *para = doc_paragraph(e->d, doc_paragraph_at(e->d, f->cs));
	size_t cs = f->cs;
	struct claim *cl;

	if (para && para->span.start == cs)
		cs = text_dateline_end(e->text, cs, f->ce);
	if (f->ce <= cs)
		return;
	if (f->sa < f->sb) {
		/* a source that opens its paragraph starts after the dateline */
		const struct doc_para *sp = doc_paragraph(e->d, tok_para(e, f->sa));
		size_t dl = text_dateline_end(e->text, sp->span.start, sp->span.end);
		while (f->sa < f->sb && e->t[f->sa].start < dl && dl > sp->span.start)
			f->sa++;
		while (f->sa < f->sb && e->t[f->sa].kind == TOK_PUNCT)
			f->sa++;
		if (f->sa >= f->sb)
			return;
	}
	if (only_time(e, cs, f->ce) || !object_fits(e, f, cs) || strchr(",;:", e->text[cs]))
		return; /* "said late Thursday", "thieves attacked a sperm whale" */
	if (f->sa < f->sb && !source_fits(e, f))
		return; /* "the show" is no poll; "you think ...?" asks */
	if (f->sa < f->sb && !claims_source_ok(e, f->sa, f->sb))
		return; /* better no claim than one said by "Monday" or "LOS ANGELES" */
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
	cl->parent = cl->speaker_id = CLAIM_NONE;
	if (cl->kind != CLAIM_DIRECT && all_quoted(e, cs, f->ce))
		cl->kind = CLAIM_DIRECT; /* "told reporters that “they hit Matt ...”": verbatim */
	if (cl->kind == CLAIM_DIRECT)
		collect_quotes(e, cl);
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

/* True when the sentence has claims and all of them end before byte pos: content that runs
 * from the sentence's start to pos holds them. */
static bool holds_sentence_claims(const struct engine *e, size_t pos)
{
	if (e->sent_first >= e->nout)
		return false;
	for (size_t i = e->sent_first; i < e->nout; i++)
		if (e->out[i].content.end > pos)
			return false;
	return true;
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
	if (holds_sentence_claims(e, e->t[ce - 1].end))
		f->cs = e->t[skip_connective(e, f->a, ce)].start; /* the claims before are in it */
	else
		f->cs = floor_start(e, skip_connective(e, f->a, ce), ce - 1);
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
		f->ce = content_end(e, k + 1, clause_limit(e, k, f->b, false));
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
/* "Y was quoted as saying ..." (content after) or "..., Y was quoted as saying [by Z]."
 * (content before): Y is the source. */
static void try_quoted_passive(struct engine *e, struct frame *f)
{
	size_t c = f->c, p, bnd;

	e->t[c + 2].flags |= TOKF_USED;
	f->qa = c - 1;
	f->qb = c + 3;
	/* "..., the Tuva government was quoted as saying": the source after the last comma */
	for (bnd = c - 1; bnd > f->a && bnd + 10 > c && !tok_punct(e, bnd - 1, ','); bnd--)
		;
	if (bnd > f->a + 1 && tok_punct(e, bnd - 1, ',') && bnd < c - 1) {
		f->sa = bnd;
		f->sb = c - 1;
	} else if (!claims_subject_back(e, f->a, c - 1, &f->sa, &f->sb)) {
		return;
	}
	p = content_start(e, f->qb, f->b, CUE_VERB);
	if (p != SIZE_MAX && !only_time(e, e->t[p].start, e->t[f->b - 1].end) &&
	    !tok_is(e, p, "late") && !tok_is(e, p, "early") && !tok_is(e, p, "by") &&
	    !(e->t[p].word & WORD_TIME)) {
		content_at(e, f, p);
		emit(e, f);
		return;
	}
	/* the content before the source, up to the comma that ends it */
	bnd = f->sa > f->a && tok_punct(e, f->sa - 1, ',') ? f->sa - 1 : SIZE_MAX;
	if (bnd == SIZE_MAX || bnd <= f->a)
		return;
	f->kind = CLAIM_INDIRECT;
	f->cs = floor_start(e, skip_connective(e, f->a, bnd), bnd);
	f->ce = e->t[bnd - 1].end;
	emit(e, f);
}

static void try_quoted(struct engine *e, struct frame *f)
{
	size_t k = as_saying(e, f->c, f->b), p;

	if (f->c > f->a && f->c + 2 < f->b && tok_is(e, f->c + 1, "as") &&
	    tok_is(e, f->c + 2, "saying") && (e->t[f->c - 1].word & WORD_VERB)) {
		try_quoted_passive(e, f);
		return;
	}
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

/* The preposition after the cue at f->c that its content follows ("talked to reporters about",
 * "referring to", "railed against"), within six tokens and before any punctuation, verb or
 * "that"; SIZE_MAX when there is none, or when a that-clause or quotation comes after it (then
 * it begins a phrase: "wrote on Twitter that"). */
static size_t prep_after(const struct engine *e, const struct frame *f)
{
	size_t lim = f->c + 7 < f->b ? f->c + 7 : f->b, p = SIZE_MAX;

	for (size_t k = f->c + 1; k + 1 < lim && p == SIZE_MAX; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (t->word & WORD_VERB) || tok_is(e, k, "that") ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		/* right after the verb any of them; further on "about" and "against" only ("spoke
		 * to reporters about", not "spoke to the gathering of") */
		if (((f->cue & CUE_PREP) &&
		     (tok_is(e, k, "about") || tok_is(e, k, "against") ||
		      (k == f->c + 1 &&
		       (tok_is(e, k, "on") || tok_is(e, k, "of") || tok_is(e, k, "over"))))) ||
		    ((f->cue & CUE_TO) && k == f->c + 1 && tok_is(e, k, "to")))
			p = k;
	}
	for (size_t k = p + 1; p != SIZE_MAX && k < f->b && k < p + 8; k++)
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN || tok_punct(e, k, ':'))
			return SIZE_MAX;
	/* "speaking on (the) condition of anonymity" */
	if (p != SIZE_MAX && p + 2 < f->b &&
	    (tok_is(e, p + 1, "condition") || tok_is(e, p + 2, "condition")))
		return SIZE_MAX;
	return p;
}

/* Where a speech verb's cue ends ("pointed out", "called for", "talked about") and where it
 * begins ("has also said"); false when the verb is no cue here (a passive, "pointed" with
 * neither "out" nor "to", "talked" without "about"). A cue that ends in a preposition takes a
 * noun phrase or a clause after it as its content. */
static bool cue_extent(const struct engine *e, struct frame *f)
{
	size_t c = f->c, k;

	if (c + 1 < f->b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return false; /* passive: "a statement reported by the FT" */
	if ((f->cue & CUE_OUT) && c + 1 < f->b && tok_is(e, c + 1, "out")) {
		f->qb = c + 2;
	} else if ((f->cue & (CUE_PREP | CUE_TO)) && (k = prep_after(e, f)) != SIZE_MAX) {
		f->qb = k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((f->cue & CUE_FOR) && c + 1 < f->b &&
		   (tok_is(e, c + 1, "for") || tok_is(e, c + 1, "on"))) {
		f->qb = c + 2;
	} else if (f->cue & (CUE_OUT | CUE_PREPONLY)) {
		return false;
	}
	if (f->qb < f->b && tok_is(e, f->qb, "by") && word_ends(e, c, "ed"))
		return false; /* "is called on by tribes" */
	for (k = f->qb; k < f->b && k < f->qb + 4; k++)
		if (tok_is(e, k, "into") && k + 1 < f->b && tok_is(e, k + 1, "question"))
			return false; /* "calls that into question" */
	f->qa = claims_skip_aux_back(e, f->a, c);
	return true;
}

/* True when the quotation closing at q opened right after a sentence's end the splitter did not
 * see ("... a choice.  “With ...,” he said"): the quotation is all the content. */
static bool quote_after_stop(const struct engine *e, size_t q)
{
	size_t o = e->t[q].pair;

	return e->t[q].kind == TOK_QCLOSE && o > 0 &&
	       (tok_punct(e, o - 1, '.') || tok_punct(e, o - 1, '?') || tok_punct(e, o - 1, '!'));
}

/* True when token k can begin the source after an inverted cue ("said Frank Coleman", "said the
 * company's chief"): a word that is no "that". */
static bool source_starts(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (k >= b || t->kind != TOK_WORD || tok_is(e, k, "that"))
		return false;
	/* "former Pennsylvania governor Ed Rendell": lowercase words before a name */
	if (!(t->flags & (TOKF_CAP | TOKF_DIGIT) || t->word & (WORD_DET | WORD_PRON))) {
		size_t j = k;
		while (j < b && j < k + 3 && e->t[j].kind == TOK_WORD &&
		       !(e->t[j].flags & TOKF_CAP) && !(e->t[j].word & (WORD_VERB | WORD_PREP)) &&
		       !e->t[j].cue)
			j++;
		if (j >= b || j == k || e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP))
			return false;
	}
	if (t->word & WORD_PRON) /* "..., said he." but not "..., said he saw" */
		return k + 1 >= b || e->t[k + 1].kind != TOK_WORD;
	/* a noun phrase, not a clause ("said the plan was dead") */
	for (size_t i = k + 1; i < b && i < k + 12 && !tok_punct(e, i, ','); i++)
		if (e->t[i].word & (WORD_VERB | WORD_AUX) ||
		    (e->t[i].cue & CUE_VERB && claims_cue_verb(e, i)) || tok_is(e, i, "that") ||
		    (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP) &&
		     word_ends(e, i, "ed")))
			return false;
	return true;
}

/* The token where content before an inverted cue ends ("...," said X / "...," X said / Y, X
 * said): the closing mark or comma before the source, or SIZE_MAX. Sets *after_cue when it
 * comes right before the cue and a source follows the cue. A quotation that closes the sentence
 * before ("...?" Sanders said.) is the boundary of a sentence that is only its tag. */
static size_t inverted_boundary(const struct engine *e, size_t a, size_t qa, size_t qb, size_t b,
				bool *after_cue)
{
	size_t k = qa, comma = SIZE_MAX;

	*after_cue = k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE) &&
		     !(e->t[qb - 1].cue & (CUE_NP | CUE_OBJ)) &&
		     !(e->t[qa].cue & (CUE_NP | CUE_OBJ)) && source_starts(e, qb, b);
	if (*after_cue)
		return k - 1;
	for (size_t n = 0; k > a && n < 30; k--, n++) {
		/* a closing mark: the boundary, unless a comma nearer the cue ends content that goes
		 * on after the quotation ("''...'' of the case, the opinion said") */
		if (e->t[k - 1].kind == TOK_QCLOSE &&
		    (comma == SIZE_MAX || (e->t[k].kind == TOK_WORD &&
					   (e->t[k].flags & TOKF_CAP || e->t[k].word & WORD_DET))))
			return k - 1;
		if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX)
			comma = k - 1;
		else if (tok_punct(e, k - 1, ',') && k >= a + 2 && e->t[k - 2].kind == TOK_QCLOSE)
			return k - 2;
		else if (claims_stop_back(e, k - 1))
			break;
	}
	/* "''...,'' Cecelia Purner, 67, a retired customer service representative in Allentown,
	 * Pa., said": a quotation opening the sentence, then only its source before the cue */
	if (e->t[a].kind == TOK_QOPEN && e->t[a].pair < qa && e->t[a].pair + 1 < qa &&
	    source_starts(e, e->t[a].pair + 1, qa)) {
		size_t q = e->t[a].pair, j;
		for (j = q + 1; j < qa && !(e->t[j].cue & CUE_VERB && claims_cue_verb(e, j)); j++)
			;
		if (j == qa)
			return q;
	}
	if (comma == SIZE_MAX && k == a && a > 0 && e->t[a - 1].kind == TOK_QCLOSE &&
	    doc_sentence(e->d, e->t[a - 1].sent)->paragraph ==
		    doc_sentence(e->d, e->t[a].sent)->paragraph)
		return a - 1;
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
	if (e->t[bnd].kind == TOK_QCLOSE && (e->t[bnd].pair < f->a || quote_after_stop(e, bnd)))
		f->cs = e->t[e->t[bnd].pair].end; /* a quotation opened in a sentence before */
	else if (e->t[bnd].kind != TOK_QCLOSE && holds_sentence_claims(e, e->t[bnd].start))
		f->cs = e->t[skip_connective(e, f->a, bnd)].start; /* "X hopes Y, the company
								      said": X's claim is in it */
	else
		f->cs = floor_start(e, skip_connective(e, f->a, bnd), bnd);
	return e->t[cb].start;
}

/* True when the quotation that closes at bnd (or just before it) opens the sentence that starts
 * at a, or began in a sentence before: a quotation the cue's tag follows, not a title inside an
 * introductory phrase. */
static bool quote_leads(const struct engine *e, size_t a, size_t bnd)
{
	size_t q = e->t[bnd].kind == TOK_QCLOSE ? bnd : bnd - 1, open = e->t[q].pair;

	return open < a || claims_trim_intro(e, a, open + 1) >= open;
}

/* The inverted frame: content before the cue. False when the cue does not have one (then the
 * forward frame is tried); true when it does, whether or not a claim came of it. */
static bool try_inverted(struct engine *e, struct frame *f)
{
	bool after_cue, quoted;
	size_t bnd, ce;

	if (f->cue & CUE_ING || f->c <= f->a)
		return false;
	bnd = inverted_boundary(e, f->a, f->qa, f->qb, f->b, &after_cue);
	if (bnd == SIZE_MAX ||
	    (bnd <= f->a && !(bnd + 1 == f->a && tag_ends_sentence(e, f->c, f->b))))
		return false;
	quoted = e->t[bnd].kind == TOK_QCLOSE || (bnd > 0 && e->t[bnd - 1].kind == TOK_QCLOSE);
	if (!after_cue && content_start(e, f->qb, f->b, f->cue) != SIZE_MAX &&
	    (!quoted || !quote_leads(e, f->a, bnd)))
		return false; /* "Y, X said that ...", "On “Hannity,” X said ...": the content follows
				 the cue */
	/* the source */
	if (after_cue) {
		f->sa = f->qb;
		f->sb = claims_source_after(e, f->qb - 1, f->b);
	} else if (!claims_subject_back(e, bnd < f->a ? f->a : bnd + 1, f->c, &f->sa, &f->sb)) {
		f->sa = f->sb = 0;
	}
	if (f->sa >= f->sb && !quoted)
		return true;
	/* the content; direct when it is a quotation that opens the sentence or began before it */
	ce = inverted_content(e, f, bnd);
	f->ce = carry_on(e, f->sa < f->sb && after_cue ? f->sb : f->qb, f->b, ce, quoted);
	f->kind = quoted && (e->t[f->a].kind == TOK_QOPEN || e->t[bnd].pair < f->a ||
			     quote_after_stop(e, bnd))
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
	if (doc_source(e, f))
		f->cue &= ~(unsigned)CUE_NEEDTHAT; /* "Poll finds Clinton would beat Trump" */
	/* ", which he said the Mexican government should pay for", "what it calls sensible
	 * laws": the relative clause is the content, its source and cue inside it */
	if (f->sa > f->a && (tok_is(e, f->sa - 1, "which") || tok_is(e, f->sa - 1, "what")) &&
	    f->qb < f->b && e->t[f->qb].kind == TOK_WORD && !(e->t[f->sa].word & WORD_REL)) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[f->sa - 1].start;
		f->ce = content_end(e, f->qb, clause_limit(e, f->qb, f->b, true));
		emit(e, f);
		return;
	}
	p = content_start(e, f->qb, f->b, f->cue);
	if (p == SIZE_MAX)
		return;
	content_at(e, f, p);
	if (f->kind == CLAIM_DIRECT && ends_sentence(e, e->t[p].pair, f->b))
		f->ce = run_on(e, e->t[e->t[p].pair].next, f->ce);
	emit(e, f);
}

/* ---- "Asked whether ..., X said", "he was asked what ..." ---- */

/* The question of a passive "asked" at f->c ("When asked about the merger", "Asked whether X,
 * Trump said:", "he was asked what happened"): a claim with no source whose content is the
 * question, from its wh-word, "about" or "to" up to the clause with a cue of its own or the
 * sentence's end. False when "asked" is not passive here. */
static bool try_asked(struct engine *e, struct frame *f)
{
	size_t c = f->c, p, lim = f->b, k;

	if (!tok_is(e, c, "asked") ||
	    !(c == f->a || tok_is(e, c - 1, "when") || tok_is(e, c - 1, "was") ||
	      tok_is(e, c - 1, "were") || tok_is(e, c - 1, "being") || tok_is(e, c - 1, "been") ||
	      tok_is(e, c - 1, "is") || tok_is(e, c - 1, "are")))
		return false;
	for (p = c + 1; p < f->b && p < c + 9; p++) {
		if (tok_is(e, p, "whether") || tok_is(e, p, "if") || tok_is(e, p, "what") ||
		    tok_is(e, p, "why") || tok_is(e, p, "how") || tok_is(e, p, "who") ||
		    tok_is(e, p, "which") || tok_is(e, p, "about") ||
		    (tok_is(e, p, "to") && p + 1 < f->b &&
		     !(e->t[p + 1].word & (WORD_DET | WORD_PRON))))
			break;
		if (e->t[p].kind != TOK_WORD || (e->t[p].word & WORD_VERB))
			return false;
	}
	if (p >= f->b || p >= c + 9)
		return false;
	for (k = p + 1; k + 1 < f->b; k++)
		if (tok_punct(e, k, ',') && clause_cue(e, k + 1, f->b) != SIZE_MAX) {
			lim = k;
			break;
		}
	f->qa = c > f->a && !tok_is(e, c - 1, "when") ? c - 1 : c;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[p].start;
	f->ce = content_end(e, p, lim);
	emit(e, f);
	return true;
}

/* ---- "As The Hill reported, ...", "X was first reported by MSNBC" ---- */

/* "As X reported, Y" (or "Z, as X reported, Y"; "As reported by X, Y"): the source between "as"
 * and the cue (or after "by"), the content the clause after the comma (and before the "as" when
 * it is a parenthetical). False when the cue at f->c is in no such frame. */
static bool try_as(struct engine *e, struct frame *f)
{
	size_t c = f->c, as = f->qa, k, sa, sb, lim;

	if (f->cue & (CUE_ING | CUE_NP))
		return false;
	while (as > f->a && as + 8 > f->qa && !tok_is(e, as - 1, "as") &&
	       (e->t[as - 1].kind == TOK_WORD || tok_punct(e, as - 1, '.') ||
		tok_punct(e, as - 1, '\'')))
		as--;
	if (as == f->a || !tok_is(e, as - 1, "as"))
		return false;
	as--;
	if (as + 1 == f->qa) { /* "As reported by Western Journalism," */
		if (f->qb >= f->b || !tok_is(e, f->qb, "by"))
			return false;
		sa = f->qb + 1;
		for (sb = sa; sb < f->b && !tok_punct(e, sb, ','); sb++)
			;
		k = sb;
	} else {
		if (!claims_subject_back(e, as + 1, c, &sa, &sb) || sa != as + 1)
			return false;
		for (k = f->qb; k < f->b && k < f->qb + 4 && e->t[k].kind == TOK_WORD &&
				(e->t[k].word & (WORD_TIME | WORD_ADV));
		     k++)
			; /* "as Western Journalism reported recently," */
	}
	if (k + 1 >= f->b || !tok_punct(e, k, ',') || sa >= sb)
		return false;
	lim = clause_limit(e, k + 1, f->b, false);
	f->sa = sa;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	if (as > f->a && tok_punct(e, as - 1, ',') && as - 1 > f->a)
		f->cs = floor_start(e, skip_connective(e, f->a, as), as); /* "Z, as X said, Y" */
	else if (claims_trim_intro(e, f->a, as) == as)
		f->cs = e->t[k + 1].start;
	else
		return false;
	f->ce = content_end(e, k + 1, lim);
	emit(e, f);
	return true;
}

/* "O'Malley's move was first reported by MSNBC", "the email, which was first reported by The
 * Associated Press": a passive cue with its source after "by"; the content is the subject. */
static bool try_passive(struct engine *e, struct frame *f)
{
	size_t c = f->c, qa = c, sb;

	/* "was first reported", "has been widely reported" */
	while (qa > f->a && e->t[qa - 1].kind == TOK_WORD && !(e->t[qa - 1].flags & TOKF_CAP) &&
	       (e->t[qa - 1].word & (WORD_ADV | WORD_VERB | WORD_AUX) ||
		tok_is(e, qa - 1, "first") || word_ends(e, qa - 1, "ly")))
		qa--;
	if ((f->cue & (CUE_NP | CUE_ING)) || !word_ends(e, c, "ed") || c + 2 >= f->b ||
	    !tok_is(e, c + 1, "by") || qa == c || !(e->t[qa].word & WORD_VERB))
		return false;
	for (sb = c + 2; sb < f->b && !tok_punct(e, sb, ',') && !tok_punct(e, sb, '.') &&
			 !tok_dash(e, sb) && e->t[sb].kind != TOK_QOPEN;
	     sb++)
		;
	if (sb == c + 2 || !claims_subject_back(e, f->a, qa, &f->cs, &f->ce))
		return false;
	f->qa = c; /* "MSNBC reported", as a reader says it */
	f->qb = c + 1;
	f->sa = c + 2;
	f->sb = sb;
	f->kind = CLAIM_INDIRECT;
	f->ce = e->t[f->ce - 1].end;
	f->cs = e->t[f->cs].start;
	emit(e, f);
	return true;
}

/* "Trump is expected to deliver a speech": an expectation nobody is named for; the clause,
 * its subject included, is the content. */
static bool try_expected(struct engine *e, struct frame *f)
{
	size_t c = f->c, sa, sb;

	if (!tok_is(e, c, "expected") || c == f->a || c + 2 >= f->b || !tok_is(e, c + 1, "to") ||
	    !(tok_is(e, c - 1, "is") || tok_is(e, c - 1, "are") || tok_is(e, c - 1, "was") ||
	      tok_is(e, c - 1, "were") || tok_is(e, c - 1, "been")) ||
	    !claims_subject_back(e, f->a, c - 1, &sa, &sb) || sb != c - 1 ||
	    (e->t[sa].word & (WORD_REL | WORD_SUBORD)))
		return true; /* "expected" is no cue of its own; "which is expected to" neither */
	for (size_t k = sa; k < sb; k++)
		if (e->t[k].word & WORD_CONJ)
			sa = k + 1; /* "His father was Kenyan and the president is expected" */
	if (sa >= sb)
		return true;
	f->qa = c - 1;
	f->sa = f->sb = 0;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[sa].start;
	f->ce = content_end(e, c + 1, clause_limit(e, c + 1, f->b, false));
	emit(e, f);
	return true;
}

void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c)
{
	struct frame f = {.a = a, .b = b, .c = c, .cue = e->t[c].cue, .qa = c, .qb = c + 1};

	if (try_asked(e, &f))
		return;
	if (tok_is(e, c, "expected")) {
		try_expected(e, &f);
		return;
	}
	if ((f.cue & CUE_VERB) && (try_as(e, &f) || try_passive(e, &f)))
		return;
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
		"note",     "update",  "photo",      "source",     "related",       "read",
		"watch",    "video",   "correction", "disclosure", "image",         "credit",
		"editor",   "caption", "subscribe",  "follow",     "tags",          "by",
		"click",    "contact", "email",      "share",      "see",           "listen",
		"analysis", "opinion", "comment",    "commentary", "review",        "explainer",
		"breaking", "live",    "exclusive",  "editorial",  "advertisement", "sponsored",
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
			return claims_known_name(e, w);
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
