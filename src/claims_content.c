/* claims_content: where the content of a claim ends: a whole word at its end, a quotation opened
 * inside it run to its close, and content that carries on over sentences and paragraphs. */
#include <string.h>

#include "claims_int.h"

/* ---- where content ends ---- */

/* True when token k is a closing bracket whose opening one is not in [from, k): the end of a
 * sentence in brackets that the content lies in ("(He declined to comment.)"). */
static bool unopened_paren(const struct engine *e, size_t from, size_t k)
{
	if (!tok_punct(e, k, ')'))
		return false;
	for (size_t i = k; i-- > from && i + 400 > k;)
		if (tok_punct(e, i, '('))
			return false;
	return true;
}

/* True when the sentence that token k ends lies whole in content from `from` (or after a colon,
 * as a speaker's label): a question or exclamation asked in its own words ("Q: Why not
 * debate?") keeps its mark, a clause reported inside the writer's question does not. */
static bool whole_sentence(const struct engine *e, size_t from, size_t k)
{
	size_t i = k;

	while (i > from && e->t[i - 1].sent == e->t[k].sent)
		i--;
	return i > from || from == 0 || e->t[from - 1].sent != e->t[from].sent ||
	       tok_punct(e, from - 1, ':');
}

/* True when the word at k, which a limit before the next word of its sentence leaves last, cannot
 * end what is said: a conjunction, an article, a possessive, a relative word or "to" that wants
 * the words after it ("attacks on immigrants and his | promise to ...", where the next report's
 * cue cut it, "attacks on the bankers who | had fled"), in the writer's words. */
static bool dangling_word(const struct engine *e, size_t k)
{
	return k + 1 < e->nt && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_INQ) &&
	       e->t[k + 1].kind == TOK_WORD && e->t[k + 1].sent == e->t[k].sent &&
	       tok_among(
		       e, k,
		       "and or but the a an his their its our my your who whom whose which that to");
}

size_t claims_end_whole(const struct engine *e, size_t cs, size_t ce)
{
	size_t k = ce > cs ? claims_tok_at(e, ce - 1) : e->nt, first = claims_tok_at(e, cs);
	bool cut = false;

	if (k >= e->nt || e->t[k].end != ce)
		return ce;
	/* "denial in our | April op-ed": the preposition whose object went goes too */
	while (k > first && (dangling_word(e, k) ||
			     (cut && (e->t[k].word & WORD_PREP) && !(e->t[k].flags & TOKF_INQ)))) {
		k--;
		cut = true;
	}
	while (cut && k > first && tok_punct(e, k, ','))
		k--;
	return e->t[k].end;
}

/* The opening bracket of the aside that token k, a closing bracket, ends when the aside is the
 * writer's comment on what comes before it: outside any quotation, after some of the content,
 * and opening with a word of concession or comment ("although", "which", "while", "with") or an
 * adverb in -ly ("... on firm legal grounding (naturally)", "... about Clinton (which also
 * attracted the attention of the Secret Service)", "... Mexico \u201crapists\u201d (although he
 * allowed that ...)"); SIZE_MAX when there is none ("Sen. Ted Cruz (R-Texas)", "Latinos (who
 * vote)", "(61 percent)", a condition "(if the embedding just calls its methods)"). */
static size_t comment_aside(const struct engine *e, size_t from, size_t k)
{
	for (size_t o = k; o-- > from + 1 && o + 80 > k;) {
		const struct tok *w = &e->t[o + 1];
		if (tok_punct(e, o, ')'))
			return SIZE_MAX;
		if (!tok_punct(e, o, '('))
			continue;
		if ((e->t[o].flags & TOKF_INQ) || w->kind != TOK_WORD || (w->flags & TOKF_CAP) ||
		    !(tok_among(e, o + 1, "although though whereas which while with") ||
		      (word_ends(e, o + 1, "ly") && !(w->word & ~(unsigned)WORD_ADV))))
			return SIZE_MAX;
		return o;
	}
	return SIZE_MAX;
}

/* Where the quotation opened at i ends for a content that runs into it: at its closing mark, or
 * with its paragraph when the next paragraph's part has a tag of its own
 * (claims_quote_para_split). */
static size_t quote_close(const struct engine *e, size_t i)
{
	size_t last = claims_quote_para_split(e, i);

	return last != SIZE_MAX ? e->t[last].end : e->t[e->t[i].pair].start;
}

size_t claims_content_end(const struct engine *e, size_t from, size_t limit)
{
	size_t last = limit, aside;

	/* "noted that the tags already assume those skills:" before the quotation it opens: the
	 * colon is the writer's, no word of the content. The stop of an abbreviation ends the
	 * content as well as its sentence ("causing to the U.S.", "at 9 a.m.", "sold to Acme
	 * Corp.", not "Mercury LLC."): the reader keeps it, the sentence's own is not written twice */
	while (last > from &&
	       ((tok_punct(e, last - 1, '.') && !claims_stop_abbrev(e, from, last - 1)) ||
		tok_punct(e, last - 1, ',') || tok_punct(e, last - 1, ';') ||
		tok_punct(e, last - 1, ':') ||
		((tok_punct(e, last - 1, '?') || tok_punct(e, last - 1, '!')) &&
		 !whole_sentence(e, from, last - 1)) ||
		unopened_paren(e, from, last - 1)))
		last--;
	if (last > from + 2 && tok_punct(e, last - 1, ')') &&
	    (aside = comment_aside(e, from, last - 1)) != SIZE_MAX) {
		last = aside;
		while (last > from + 1 &&
		       (tok_punct(e, last - 1, ',') || tok_punct(e, last - 1, ';')))
			last--;
	}
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
			return quote_close(e, i);
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
			return quote_close(e, i);
	}
	return e->t[last - 1].end;
}

/* ---- content that carries on ---- */

size_t claims_skip_connective(const struct engine *e, size_t k, size_t lim)
{
	static const char one[] = "still however indeed meanwhile moreover instead nonetheless "
				  "nevertheless yet furthermore regardless anyway";
	static const char *const two[][2] = {{"even", "so"}, {"in", "contrast"}, {"by", "contrast"},
					     {"in", "fact"}, {"of", "course"},   {"in", "addition"},
					     {"as", "a"}};

	if (k + 1 >= lim || e->t[k].kind != TOK_WORD)
		return k;
	if ((tok_is(e, k, "but") || tok_is(e, k, "and") || tok_is(e, k, "so")) &&
	    (e->t[k].flags & TOKF_CAP))
		return tok_punct(e, k + 1, ',') ? k + 2 : k + 1;
	if (tok_among(e, k, one) && tok_punct(e, k + 1, ','))
		return k + 2 < lim ? k + 2 : k;
	for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
		if (k + 2 < lim && tok_is(e, k, two[i][0]) && tok_is(e, k + 1, two[i][1]) &&
		    tok_punct(e, k + 2, ','))
			return k + 3 < lim ? k + 3 : k;
	return k;
}

size_t claims_floor_start(const struct engine *e, size_t a, size_t upto)
{
	size_t f = a > e->frame_end ? a : e->frame_end;

	if (upto > f + 400)
		f = upto - 400;
	return e->t[f].kind == TOK_QOPEN ? e->t[f].end : e->t[f].start;
}

bool claims_para_bytes(const struct engine *e, size_t p, size_t *s, size_t *end)
{
	const struct doc_para *para;

	if (p >= doc_paragraph_count(e->d))
		return false;
	para = doc_paragraph(e->d, p);
	*s = para->span.start;
	*end = para->span.end;
	if (para->heading || *end - *s > 4096)
		return false; /* bounded work for each claim that ends before a paragraph */
	while (*end > *s && strchr(" \t\r\n", e->text[*end - 1]))
		(*end)--;
	return true;
}

bool claims_quote_inside_only(const char *t, size_t s, size_t end, bool curly)
{
	bool open = false;

	for (size_t i = s; i < end; i++) {
		bool lq = i + 3 <= end && memcmp(t + i, "\xE2\x80\x9C", 3) == 0;
		bool rq = i + 3 <= end && memcmp(t + i, "\xE2\x80\x9D", 3) == 0;
		if (t[i] == '\'' && i + 1 < end && t[i + 1] == '\'')
			return false;
		if (t[i] == '"') {
			/* a straight mark opens after a space and before a word, closes after one */
			bool spaced = i == s || t[i - 1] == ' ' || t[i - 1] == '(';
			if (!curly || spaced == open ||
			    (spaced && (i + 1 >= end || t[i + 1] == ' ')))
				return false;
			open = spaced;
		} else if (lq || rq) {
			if (curly || lq == open)
				return false;
			open = lq;
		}
	}
	return !open;
}

bool claims_quote_para(const struct engine *e, size_t p, struct span *inner)
{
	static const char *const marks[][2] = {
		{"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"''", "''"}, {"\"", "\""}};
	const char *t = e->text;
	size_t s, end;

	if (!claims_para_bytes(e, p, &s, &end))
		return false;
	for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++) {
		size_t no = strlen(marks[m][0]), nc = strlen(marks[m][1]);
		if (end < s + no + nc + 1 || memcmp(t + s, marks[m][0], no) != 0 ||
		    memcmp(t + end - nc, marks[m][1], nc) != 0)
			continue;
		/* one quotation: no double mark between its two marks (a tag's "he added" would
		 * stand between two), but for a quotation inside it in the other style of marks */
		if (!claims_quote_inside_only(t, s + no, end - nc, m == 0))
			return false;
		/* a sentence of a few words at least, not a label ("Related:") or a shout */
		size_t words = 0;
		for (size_t i = s + no; i + nc < end; i++)
			words += t[i] == ' ' && t[i + 1] != ' ';
		if (words < 3 || t[end - nc - 1] == ':')
			return false;
		inner->start = s + no;
		inner->end = end - nc;
		return true;
	}
	return false;
}

/* The last token before the stop of the sentence that goes on at token j after a quotation
 * closed inside it ('"... raising incomes for the middle class" and other pocketbook issues.'),
 * or SIZE_MAX when what follows may be a tag, another quotation or the writer's own clause
 * ('"Non-paper" is a diplomatic term', '"There"--and I held towards him'): a dash first, a cue,
 * a finite verb, a personal pronoun, a quotation mark, or more than 30 tokens. */
static size_t sentence_tail(const struct engine *e, size_t j)
{
	size_t last = SIZE_MAX;

	if (tok_dash(e, j))
		return SIZE_MAX; /* '"... There"--and I held towards him ...': the writer's */
	for (size_t k = j; k < e->nt && e->t[k].sent == e->t[j].sent; k++) {
		if (k > j + 30 || e->t[k].kind == TOK_QOPEN || e->t[k].kind == TOK_QCLOSE ||
		    (e->t[k].word & WORD_VERB) || tok_among(e, k, "i he she we they") ||
		    ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k)))
			return SIZE_MAX;
		if (e->t[k].kind == TOK_WORD)
			last = k;
	}
	return last;
}

/* The last token of the paragraph token i is in, or SIZE_MAX when it runs on more than 400
 * tokens after i (bounded work for each claim that ends before a quotation). */
static size_t para_last(const struct engine *e, size_t i)
{
	size_t para = doc_sentence(e->d, e->t[i].sent)->paragraph;

	for (size_t k = i; k + 1 < e->nt; k++) {
		if (doc_sentence(e->d, e->t[k + 1].sent)->paragraph != para)
			return k;
		if (k >= i + 400)
			return SIZE_MAX;
	}
	return e->nt - 1;
}

/* The end of the quotation whose opening mark at i, after a tag, pairs with none: its paragraph
 * leaves it open, the way a quotation over several paragraphs is written with marks that do not
 * tell opening from closing ("''A,'' he added. ''B. ¶ ''C.''"). The content runs to the end of
 * B's paragraph and over the quotations alone after it (C); SIZE_MAX when the mark is paired or
 * another mark follows it in its paragraph. A paired mark whose pair lies in a later paragraph
 * ("“A,” Sexton said. “B. ¶ “C,” Sexton said.") is left to the loop: B and C are then the
 * later tag's, and a run-on over B as well would give B to two claims. */
static size_t open_quote_end(const struct engine *e, size_t i, size_t para)
{
	size_t last;
	struct span in;

	if (e->t[i].kind != TOK_PUNCT || e->t[i].pair != SIZE_MAX ||
	    (last = para_last(e, i)) == SIZE_MAX)
		return SIZE_MAX;
	for (size_t j = i + 1; j <= last; j++)
		if (claims_quote_mark(e, j))
			return SIZE_MAX;
	in.end = e->t[last].end;
	for (size_t n = 0; n < 8 && claims_quote_para_run(e, ++para, &in); n++)
		;
	return in.end;
}

/* True when token k is a capitalised name a speaker may call someone by: a word with a capital,
 * no class and no cue in the lists, not "I". */
static bool called_name(const struct engine *e, size_t k)
{
	return k < e->nt && (e->t[k].flags & TOKF_CAP) && tok_unlisted(e, k, TOKF_DIGIT) &&
	       !tok_is(e, k, "i");
}

/* True when the quotation whose marks are at i and cl, opening its paragraph, speaks to someone
 * by name: the name alone in it, then its tag and the rest of the quotation ("“Bartleby,” said
 * I, “...”"), or the name set off by a comma at its end ("“Sit down, Turkey,”", "“What do you
 * think of it, Nippers?”"). What a paragraph of quotation alone says next is the other one's
 * answer, not more of the same speaker's words. A quoted name with no quotation after its tag
 * ("“Savage,” she said, meaning ...") and a question alone ("“..., right?” ¶ “I mean, ...”",
 * as often the speaker's own) are no such call. */
static bool asks_reply(const struct engine *e, size_t i, size_t cl)
{
	size_t k = i + 1, n;

	if (cl <= i + 2 || cl >= e->nt)
		return false;
	n = called_name(e, k + 1) ? 2 : 1;
	if (called_name(e, k) && tok_punct(e, k + n, ',') && k + n + 1 == cl) {
		/* its tag, a few words, then a comma and the quotation goes on */
		for (size_t j = cl + 1; j < e->nt && j < cl + 6; j++) {
			if (tok_punct(e, j, ','))
				return j + 1 < e->nt && e->t[j + 1].kind == TOK_QOPEN;
			if (e->t[j].kind != TOK_WORD)
				return false;
		}
		return false;
	}
	k = cl - 1;
	if (!tok_punct(e, k, ',') && !tok_punct(e, k, '.') && !tok_punct(e, k, '?'))
		return false;
	n = called_name(e, k - 2) ? 2 : 1;
	return k > i + n + 2 && called_name(e, k - 1) && tok_punct(e, k - 1 - n, ',');
}

/* True when paragraph para, the one token `from` lies in, opens with a quotation that asks a
 * reply (asks_reply()). */
static bool para_asks_reply(const struct engine *e, size_t from, size_t para)
{
	while (from > 0 && doc_sentence(e->d, e->t[from - 1].sent)->paragraph == para)
		from--;
	return e->t[from].kind == TOK_QOPEN && e->t[from].pair != SIZE_MAX &&
	       e->t[from].pair > from && asks_reply(e, from, e->t[from].pair);
}

size_t claims_run_on(const struct engine *e, size_t after, size_t end)
{
	size_t i = after, hops = 0, nt = e->nt;
	size_t para;

	if (after > nt || after == 0)
		return end;
	para = doc_sentence(e->d, e->t[after - 1].sent)->paragraph;
	/* '"A," he said. Then, "B."': a connective before the next quotation */
	if (i + 2 < nt && (e->t[i].flags & TOKF_CAP) &&
	    tok_among(e, i, "then later still also but instead yet and so now")) {
		size_t q = tok_punct(e, i + 1, ',') ? i + 2 : i + 1;
		if (e->t[q].kind == TOK_QOPEN)
			i = q;
	}
	while (i < nt && hops < 20 && claims_quote_mark(e, i) &&
	       doc_sentence(e->d, e->t[i].sent)->paragraph == para) {
		size_t cl = e->t[i].pair, j = cl + 1, open = open_quote_end(e, i, para);
		if (open != SIZE_MAX)
			return open;
		if ((open = claims_quote_para_split(e, i)) != SIZE_MAX)
			return e->t[open].end; /* "“B. ¶ “C,” he said": B alone goes on */
		if (e->t[i].kind != TOK_QOPEN)
			break;
		/* the quotation must end its sentence */
		while (j < nt && e->t[j].sent == e->t[cl].sent && e->t[j].kind == TOK_PUNCT)
			j++;
		if (j < nt && e->t[j].sent == e->t[cl].sent) {
			size_t s = sentence_tail(e, j);
			if (s != SIZE_MAX)
				end = e->t[s].end;
			break;
		}
		end = e->t[cl].start;
		i = j;
		hops++;
	}
	/* The quotation ends its paragraph with its tag, and the next paragraphs are quotations
	 * alone, with no tag of their own: the speaker goes on ("...,” Collins told MSNBC. ¶ “So
	 * the best way we do it, we get to 1,237. Game over.”). */
	if (i >= nt || doc_sentence(e->d, e->t[i].sent)->paragraph != para) {
		size_t k = claims_tok_at(e, end);
		struct span in;
		/* the content ends with the quotation: its mark, or a comma or stop before it */
		for (size_t n = 0; n < 3 && k < nt && e->t[k].kind == TOK_PUNCT; n++)
			k++;
		if (k >= nt || e->t[k].kind != TOK_QCLOSE || e->t[k].start > end + 8)
			return end;
		/* "“Bartleby,” said I, “...” ¶ “I would prefer not to.”": a quotation that speaks to
		 * someone by name is answered by the next one, another speaker's */
		if (para_asks_reply(e, after - 1, para))
			return e->t[after - 1].kind == TOK_QCLOSE ? e->t[after - 1].start : end;
		for (size_t n = 0; n < 8 && claims_quote_para_run(e, ++para, &in); n++)
			end = in.end;
	}
	return end;
}

/* True when the words at k, after "Y, he said," go on with Y's sentence: a subordinate clause
 * ("because he prizes electability"), an infinitive ("to talk to Congress"), "by" and a
 * gerund ("by creating a bubble"), the agent of a passive Y ends with ("would be aided, Devine
 * said, by the upcoming primary calendar": `last` is Y's last token) or "including" and what
 * Y's list holds; not a phrase about the telling ("on condition of ..."). */
static bool tag_goes_on(const struct engine *e, size_t k, size_t b, size_t last)
{
	if (k + 1 >= b || (e->t[k].flags & TOKF_CAP))
		return false;
	/* "Y, Rogers said, that “what matters is ...”": "that" before the quoted clause */
	if (tok_is(e, k, "that") && e->t[k + 1].kind == TOK_QOPEN)
		return true;
	/* "Y, she said, to “make sure ...”": an infinitive whose verb opens the quotation */
	if (tok_is(e, k, "to") && e->t[k + 1].kind == TOK_QOPEN && k + 2 < b &&
	    e->t[k + 2].kind == TOK_WORD && !(e->t[k + 2].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	    !(e->t[k + 2].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME)))
		return true;
	if (e->t[k + 1].kind != TOK_WORD)
		return false;
	if (tok_among(e, k, "because while although though unless whereas that including"))
		return true;
	if (claims_aside_goes_on(e, k, b, last))
		return true;
	if (tok_is(e, k, "by") && last > 0 && last < k && word_ends(e, last, "ed") &&
	    !(e->t[last].flags & TOKF_INQ) && tok_be(e, last - 1))
		return true;
	if (tok_is(e, k, "to"))
		return !(e->t[k + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
		       !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME));
	return tok_is(e, k, "by") && word_ends(e, k + 1, "ing");
}

/* True when the content before an inverted tag, ending at token last, is a subordinate clause
 * that opens its sentence and is not yet closed ("Though the move went smoothly, he said,
 * replacing her would be harder", "While some staff could get a warning, she added, revoking
 * ..."): a capitalised subordinator first and no comma outside quotations up to last; or an
 * adverb alone ("Now, he says, at least seven ..."). Its main clause follows the tag, whatever
 * word begins it. */
static bool subordinate_waits(const struct engine *e, size_t last)
{
	size_t i = last;

	while (i > 0 && e->t[i - 1].sent == e->t[last].sent)
		i--;
	if (e->t[i].kind == TOK_QOPEN)
		return false;
	/* "Now, he says, at least seven ...", "Perhaps, he said, this town ...": an adverb
	 * alone before the tag */
	if (i == last && (e->t[i].flags & TOKF_CAP) && !e->t[i].cue &&
	    ((e->t[i].word & WORD_ADV) || tok_among(e, i, "now perhaps maybe still")))
		return true;
	if (!(e->t[i].flags & TOKF_CAP) ||
	    !tok_among(e, i, "if though although while because when unless despite once"))
		return false;
	for (size_t k = i + 1; k <= last; k++)
		if ((tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ)) ||
		    e->t[k].kind == TOK_QOPEN)
			return false;
	return true;
}

/* True when the participle at k, alone or with one adverb, before the comma at j is a cue whose
 * content is the quotation after it ("“A,” he said, adding, “B”", "adding later, “B”"): a
 * second statement with its own claim, not more of the first quotation (a participle with
 * words of its own, "speaking of politicians", lets it go on). */
static bool added_quote(const struct engine *e, size_t k, size_t j)
{
	if (j == k + 2 && !e->t[k + 1].cue &&
	    ((e->t[k + 1].word & WORD_ADV) || word_ends(e, k + 1, "ly") ||
	     tok_among(e, k + 1, "later then also")))
		j--;
	return j == k + 1 && (e->t[k].cue & CUE_ING) && (e->t[k].cue & CUE_VERB) &&
	       !(e->t[k].cue & (CUE_PREPONLY | CUE_TO | CUE_DOC)) && claims_cue_verb(e, k);
}

/* True when the comma at k, where the words after a tag stop, begins a tag of another speaker
 * ("..., and the bridge will close in June, a spokesman said"). */
static bool another_tag(const struct engine *e, size_t k, size_t b)
{
	size_t c;

	if (!tok_punct(e, k, ',') || k + 1 >= b)
		return false;
	c = claims_clause_cue(e, k + 1, b);
	return c != SIZE_MAX && claims_tag_ends(e, c, b) && claims_tag_plain(e, k + 1, c);
}

/* The comma after a phrase about the telling that follows an inverted tag at r, before b ("Y,
 * Clinton suggested in a tweet, Z", "Y, he observed this week, Z"): "in", "on", "at" or
 * "during" and an occasion or a time, or "this" or "last" and a time, then up to six more words
 * with no verb or cue, then a comma and no more time; r when there is none. */
static size_t telling_phrase(const struct engine *e, size_t r, size_t b)
{
	size_t j;

	if (r + 2 >= b || (e->t[r].flags & TOKF_INQ) ||
	    !((tok_among(e, r, "at during in on") &&
	       (claims_occasion_after(e, r, b) || (e->t[r + 1].word & WORD_TIME))) ||
	      (tok_among(e, r, "last this") && (e->t[r + 1].word & WORD_TIME))))
		return r;
	for (j = r + 1; j + 1 < b && j < r + 8 && e->t[j].kind == TOK_WORD; j++)
		if ((e->t[j].word & WORD_VERB) || e->t[j].cue || (e->t[j].flags & TOKF_INQ))
			return r;
	if (j + 1 >= b || !tok_punct(e, j, ','))
		return r;
	/* "declared on Thursday, two days after voters went": more time, not the content */
	for (size_t n = j + 1; n < b && n < j + 4; n++)
		if ((e->t[n].word & WORD_TIME) || (e->t[n].flags & TOKF_DIGIT) ||
		    tok_among(e, n, "days hours months weeks years"))
			return r;
	return j;
}

size_t claims_partial_goes_on(const struct engine *e, size_t r, size_t b, size_t ce)
{
	const struct tok *t;

	if (r + 2 >= b || !tok_punct(e, r, ',') || claims_tok_at(e, ce) > r)
		return ce;
	t = &e->t[r + 1];
	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) || t->cue ||
	    word_ends(e, r + 1, "ing"))
		return ce;
	/* "would use", "wind up", "to pursue a hybrid system", "that he's had"; not a phrase of
	 * the writer's ("in an interview", "according to", "while ...") */
	if ((t->word & (WORD_PREP | WORD_TIME | WORD_REL | WORD_SUBORD | WORD_CONJ | WORD_ADV |
			WORD_DET | WORD_PRON)) &&
	    !tok_is(e, r + 1, "to") && !tok_is(e, r + 1, "that"))
		return ce;
	if (tok_is(e, r + 1, "to") &&
	    (r + 2 >= b || e->t[r + 2].kind != TOK_WORD ||
	     (e->t[r + 2].word & (WORD_DET | WORD_PRON)) || (e->t[r + 2].flags & TOKF_CAP)))
		return ce;
	return claims_content_end(e, r + 1, claims_clause_limit(e, r + 1, b, false));
}

/* The stop after a place's abbreviation that ends the phrase about the telling after an inverted
 * tag at r, before a quotation that opens right after it ("“A,” Cruz told reporters after a
 * forum in Fort Mill, S.C. “B”", "said at a rally in Binghamton, N.Y. “B”"), where the
 * splitter saw no sentence's end: at most 20 tokens of words, commas and stops, no verb or cue;
 * SIZE_MAX when there is none. So is the stop of a time's or a name's abbreviation that the
 * reader keeps (claims_stop_abbrev(): "told reporters at 5 a.m. “B”"). */
static size_t abbrev_stop(const struct engine *e, size_t r, size_t b)
{
	for (size_t j = r; j + 1 < b && j < r + 20; j++) {
		const struct tok *t = &e->t[j];
		if (tok_punct(e, j, '.') && e->t[j + 1].kind == TOK_QOPEN)
			return j > r && e->t[j - 1].kind == TOK_WORD &&
					       (((e->t[j - 1].flags & TOKF_CAP) &&
						 e->t[j - 1].end - e->t[j - 1].start <= 5) ||
						claims_stop_abbrev(e, r, j))
				       ? j
				       : SIZE_MAX;
		if (t->kind == TOK_WORD ? (t->word & WORD_VERB) || (t->flags & TOKF_INQ) ||
						  ((t->cue & CUE_VERB) && claims_cue_verb(e, j))
					: !tok_punct(e, j, ',') && !tok_punct(e, j, '.'))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The comma after a state's or a country's abbreviation that begins at i after a place's name,
 * before a quotation that opens right after it ("in Dover, Del., “B”", "in Kenansville, N.C.,
 * “B”", "in Albany, NY, “B”"): capitalised words of at most four letters and their stops, four
 * tokens at most; SIZE_MAX when there is none. */
static size_t place_state(const struct engine *e, size_t i, size_t b)
{
	size_t j = i;

	while (j < b && j < i + 4 &&
	       ((e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) &&
		 !(e->t[j].flags & TOKF_INQ) && e->t[j].end - e->t[j].start <= 4) ||
		(j > i && tok_punct(e, j, '.'))))
		j++;
	return j > i && j + 1 < b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_QOPEN
		       ? j
		       : SIZE_MAX;
}

size_t claims_carry_on(const struct engine *e, size_t r, size_t b, size_t ce, bool quoted)
{
	size_t last = claims_tok_at(e, ce);

	last = last > 0 ? last - 1 : 0;
	if (!quoted)
		r = telling_phrase(e, r, b);
	if (quoted) {
		size_t j = r;
		/* "“A,” he said Monday. “B”" where the splitter saw no sentence's end (a no-break
		 * space after the stop): the quotation after the stop goes on */
		while (j < b && j < r + 3 && e->t[j].kind == TOK_WORD && (e->t[j].word & WORD_TIME))
			j++;
		if (j + 1 < b && (tok_punct(e, j, '.') || tok_punct(e, j, ':')) &&
		    e->t[j + 1].kind == TOK_QOPEN)
			return claims_run_on(e, e->t[e->t[j + 1].pair].next,
					     e->t[e->t[j + 1].pair].start);
		if ((j = abbrev_stop(e, r, b)) != SIZE_MAX)
			return claims_run_on(e, e->t[e->t[j + 1].pair].next,
					     e->t[e->t[j + 1].pair].start);
		/* "“A,” said Ann Lee of Acme Inc. “B”": the speaker's name keeps the stop that
		 * ends the tag */
		if (r > 0 && r < b && e->t[r].kind == TOK_QOPEN && claims_stop_abbrev(e, 0, r - 1))
			return claims_run_on(e, e->t[e->t[r].pair].next, e->t[e->t[r].pair].start);
		/* "“A,” said Sherman, speaking of politicians, “B”": a participle phrase between */
		if (r + 2 < b && tok_punct(e, r, ',') && word_ends(e, r + 1, "ing") &&
		    !(e->t[r + 1].flags & TOKF_CAP)) {
			for (j = r + 2; j + 1 < b && j < r + 14 && e->t[j].kind == TOK_WORD; j++)
				;
			if (j + 1 < b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_QOPEN &&
			    !added_quote(e, r + 1, j))
				r = j;
		}
		/* "“A,” he said of the Clinton campaign, “B”", "he said in a statement, “B”": a
		 * phrase about the telling, then the quotation goes on */
		if (r + 2 < b && e->t[r].kind == TOK_WORD &&
		    ((e->t[r].word & (WORD_PREP | WORD_TIME)) ||
		     tok_among(e, r, "last this late early") ||
		     ((e->t[r].flags & TOKF_CAP) && !e->t[r].cue) ||
		     (!(e->t[r].word & ~WORD_DET) && !e->t[r].cue && !(e->t[r].flags & TOKF_INQ)))) {
			/* "she told Hewitt, “B”", "he told Bloomberg News in October, “B”", "he told
			 * supporters at a hotel in Brooklyn, “B”": an addressee first */
			for (j = r + 1; j + 1 < b && j < r + 10 &&
					(e->t[j].kind == TOK_WORD ||
					 (tok_punct(e, j, '.') && claims_title_before(e, j))) &&
					!(e->t[j].word & WORD_VERB) && !(e->t[j].cue & CUE_VERB);
			     j++)
				;
			/* "said during a rally in Dover, Del., “B”": the place's state */
			if (j + 3 < b && tok_punct(e, j, ',') &&
			    place_state(e, j + 1, b) != SIZE_MAX)
				j = place_state(e, j + 1, b);
			if (j + 1 < b && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_QOPEN)
				r = j;
		}
	}
	/* "Y, her advisers said Friday, because Z": the day of the telling before the comma */
	if (!quoted && r + 2 < b && (e->t[r].word & WORD_TIME) && !(e->t[r].word & WORD_DET) &&
	    (e->t[r].flags & TOKF_CAP) && tok_punct(e, r + 1, ','))
		r++;
	if (r + 1 < b && tok_punct(e, r, ',')) {
		const struct tok *t = &e->t[r + 1];
		/* "“A,” she said, and “B”", "he said, or “B”", "he said, but “B”", "Jones
		 * said, and still “B”" */
		if (quoted && r + 2 < b && tok_among(e, r + 1, "and or but")) {
			size_t q = r + 2;
			if (q + 1 < b && e->t[q].kind == TOK_WORD &&
			    !(e->t[q].flags & (TOKF_CAP | TOKF_INQ)) &&
			    (tok_among(e, q, "still also then later") || e->t[q].word == WORD_ADV))
				q++;
			if (e->t[q].kind == TOK_QOPEN)
				t = &e->t[q];
		}
		/* "X, the officials said, “Z,” Mr. McHugh said": Z is McHugh's */
		if (t->kind == TOK_QOPEN && !claims_quote_tagged(e, r, b))
			return claims_run_on(e, e->t[t->pair].next, e->t[t->pair].start);
		/* "Y, he said, Z" goes on; a quotation goes on only with another ("“A,” he said,
		 * though he added ..." ends at the quotation) */
		/* "..., records show, and aviation experts say it is ...": a claim of its own */
		if (!quoted && tok_among(e, r + 1, "and but") &&
		    claims_clause_cue(e, r + 2, b) != SIZE_MAX)
			return claims_run_on(e, b, ce);
		/* "In the long run, economists say, this effect could ...": a determiner that is
		 * no time before a word that is none, then a verb, opens the clause ("..., she
		 * said, this morning" dates the telling) */
		bool det = false;
		if ((t->word & (WORD_DET | WORD_TIME)) == (WORD_DET | WORD_TIME) && r + 3 < b &&
		    e->t[r + 2].kind == TOK_WORD && !(e->t[r + 2].word & WORD_TIME))
			for (size_t k = r + 3; k < b && k < r + 6 && e->t[k].kind == TOK_WORD; k++)
				if ((det = (e->t[k].word & WORD_VERB) &&
					   !(e->t[k].flags & TOKF_CAP)))
					break;
		/* "Though the move went smoothly, he said, replacing her would be harder": the
		 * main clause of a subordinate one cut by the tag */
		if (!quoted && t->kind == TOK_WORD && !(t->flags & TOKF_INQ) &&
		    subordinate_waits(e, last))
			return claims_content_end(e, r + 1,
						  claims_clause_limit(e, r + 1, b, false));
		/* "“A,” he said, that B": "that" goes on with the quotation's sentence too */
		if ((!quoted || tok_is(e, r + 1, "that")) && t->kind == TOK_WORD &&
		    !(t->cue & CUE_ING) &&
		    ((!(t->word & (WORD_PREP | WORD_TIME | WORD_REL | WORD_SUBORD)) &&
		      !word_ends(e, r + 1, "ing")) ||
		     det || tag_goes_on(e, r + 1, b, last))) {
			size_t lim = claims_clause_limit(e, r + 1, b, false);
			/* "A, the mayor said, and B, a spokesman said": B is the spokesman's, the
			 * content ends at its own tag */
			if (lim < b && tok_among(e, r + 1, "and but") && another_tag(e, lim, b))
				return claims_run_on(e, b, ce);
			return claims_content_end(e, r + 1, lim);
		}
	}
	/* "Y, he said, on condition of anonymity. “B”": Y ends at its tag */
	if (!quoted && claims_aside_more(e, r, b))
		return ce;
	return claims_run_on(e, b, ce);
}
