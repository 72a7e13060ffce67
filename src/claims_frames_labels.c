/* claims_frames_labels: the frames of labels and signatures: a headline or transcript label
 * before a colon, a transcript's turns, and a tweet signed with a dash. */
#include <string.h>
#include <strings.h>

#include "claims_int.h"

/* ---- labels and signatures ---- */

static bool in_capitals(const struct engine *e, size_t k);
static bool spoken_words(const struct engine *e, size_t k);

/* True when a word that opens with a small letter is among the first six words from token k
 * in the paragraph `para`: a sentence, not a title ("Mechanized Combat League"). */
static bool lowercase_in_para(const struct engine *e, size_t k, size_t para)
{
	for (size_t n = 0;
	     k < e->nt && n < 6 && doc_sentence(e->d, e->t[k].sent)->paragraph == para; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		n++;
		if (e->text[e->t[k].start] >= 'a' && e->text[e->t[k].start] <= 'z')
			return true;
	}
	return false;
}

/* True when the words [a, c) name someone coref knows as a person, or an entity it finds named
 * more than once. */
static bool named_elsewhere(const struct engine *e, size_t a, size_t c)
{
	struct span w = {e->t[a].start, e->t[c - 1].end};
	size_t id = coref_resolve(e->co, w);

	return id != COREF_NONE &&
	       (claims_known_person(e, w) || coref_entity(e->co, id)->mentions > 1);
}

/* True when the word w ends the name of the entity coref resolves it to ("Matthews" of "Chris
 * Matthews", not "Task" of "Async Task Framework"). */
static bool ends_name(const struct engine *e, struct span w)
{
	size_t id = coref_resolve(e->co, w);
	struct span n;

	if (id == COREF_NONE)
		return false;
	n = coref_entity(e->co, id)->name;
	return n.end - n.start >= w.end - w.start &&
	       memcmp(e->text + n.end - (w.end - w.start), e->text + w.start, w.end - w.start) == 0;
}

/* The first "and" in lower case that joins the words [a, b) ("Mark Blumenthal and Jon
 * Cohen"); b when there is none. */
static size_t joining_and(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a + 1; i + 1 < b; i++)
		if (tok_is(e, i, "and") && !(e->t[i].flags & TOKF_CAP))
			return i;
	return b;
}

/* True when the tokens [a, c) before a colon at the start of its paragraph name a speaker:
 * up to four capitalised words that are no label ("Note", "Photo", ...); in the first paragraph
 * (a headline) any such words, elsewhere (a heading inside the page or the body) several words
 * or a heading's only in capitals or as a name seen elsewhere, one word only in capitals or as
 * the last word of a name seen before. */
static bool colon_label(const struct engine *e, size_t a, size_t c, size_t para)
{
	static const char not_names[] =
		"note update photo source related read watch video correction disclosure image "
		"credit editor caption subscribe follow tags by click contact email share see listen "
		"analysis opinion comment commentary review explainer breaking live exclusive "
		"editorial advertisement sponsored";
	struct span w = {e->t[a].start, e->t[a].end};

	/* "Mark Blumenthal and Jon Cohen:": two speakers, each a label of its own */
	size_t k = joining_and(e, a, c);
	if (k < c)
		return k - a <= 4 && c - k <= 5 && colon_label(e, a, k, para) &&
		       colon_label(e, k + 1, c, para);
	for (size_t i = a; i < c; i++) {
		const struct tok *t = &e->t[i];
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (!(t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !t->cue &&
		      !(t->word & (WORD_PRON | WORD_PREP | WORD_INTRO | WORD_DET | WORD_TIME))))
			return false;
		if (tok_among(e, i, not_names))
			return false;
	}
	if (para == 0)
		return true;
	/* "Navigation Roadblocks: Stores force you ...", "Entries Threshold: The least amount":
	 * in the body, words of a term; a name in capitals, a person's or one named elsewhere
	 * speaks. So in a heading inside the page ("Important: Sync your new profile",
	 * "Phase-divergence: when a rewritten changeset ..."): a page's section, not a headline,
	 * unless the label names someone */
	if (c - a > 1 || doc_paragraph(e->d, para)->heading)
		return in_capitals(e, a) || named_elsewhere(e, a, c);
	/* one word: a label ("Original:") unless a name in capitals or the last word of a name
	 * seen before ("Matthews:" after "Chris Matthews"; "Task:" after "Async Task Framework"
	 * is a term) */
	for (size_t p = w.start; p < w.end; p++)
		if (e->text[p] >= 'a' && e->text[p] <= 'z')
			return claims_known_name(e, w) && ends_name(e, w);
	return true;
}

/* The start of the party tag that ends the label [a, c) ("Rep. Trey Gowdy (R-S.C.)": a
 * bracket, one capital letter, a dash, a few tokens and the closing bracket); c when there is
 * none. */
static size_t party_tag(const struct engine *e, size_t a, size_t c)
{
	size_t o;

	if (c < a + 5 || !tok_punct(e, c - 1, ')'))
		return c;
	for (o = c - 2; o > a && o + 8 > c && !tok_punct(e, o, '('); o--)
		;
	if (o <= a || !tok_punct(e, o, '(') || e->t[o + 1].kind != TOK_WORD ||
	    !text_is_ascii_upper(e->text[e->t[o + 1].start]) ||
	    !(e->t[o + 1].end - e->t[o + 1].start == 1 ? tok_dash(e, o + 2)
						       : e->text[e->t[o + 1].start + 1] == '-'))
		return c;
	return o;
}

/* True when the label [a, c) in the body is a role and the name of who holds it: "Rep. Trey
 * Gowdy", "CBS moderator Nancy Cordes", "Former secretary of state Hillary Rodham Clinton" (a
 * title or a word for a person, then one to four capitalised words that end the label; no
 * page's label among them, no verb, nothing quoted). A name coref may not know, but the role
 * says a person speaks ("From the report", "Photo by Ann Lee", "Price" name none). */
static bool role_label(const struct engine *e, size_t a, size_t c)
{
	static const char not_roles[] =
		"note update photo source related read watch video correction credit editor caption "
		"contact email by from via courtesy";
	size_t n = c;
	bool role = false;

	if (c > a + 9 || c < a + 2)
		return false;
	while (n > a && e->t[n - 1].kind == TOK_WORD && (e->t[n - 1].flags & TOKF_CAP) &&
	       !e->t[n - 1].cue && !(e->t[n - 1].word & (WORD_PREP | WORD_DET | WORD_TIME)))
		n--;
	if (n == a) /* "Rep Trey Gowdy": a title, then the name */
		n = claims_lex_title(e->text + e->t[a].start, e->t[a].end - e->t[a].start) ? a + 1
											   : c;
	if (c - n > 4 || n >= c)
		return false;
	for (size_t k = a; k < c; k++) {
		const struct tok *t = &e->t[k];
		if (tok_punct(e, k, '.') && k > a && claims_title_before(e, k))
			continue;
		if (t->kind != TOK_WORD || (t->flags & (TOKF_INQ | TOKF_DIGIT)) || t->cue ||
		    (!(t->flags & TOKF_CAP) && (t->word & (WORD_VERB | WORD_AUX))) ||
		    tok_among(e, k, not_roles))
			return false;
		role |= k < n && (claims_lex_title(e->text + t->start, t->end - t->start) ||
				  claims_describes_person(e, k));
	}
	return role;
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

/* True when the tokens [a, b) are words, or the stops of abbreviations ("U.S."), nothing
 * quoted. */
static bool plain_words(const struct engine *e, size_t a, size_t b)
{
	if (a >= b)
		return false;
	for (size_t k = a; k < b; k++)
		if ((e->t[k].kind != TOK_WORD && !tok_punct(e, k, '.')) ||
		    (e->t[k].flags & TOKF_INQ))
			return false;
	return true;
}

/* True when the word at k is a headline's verb in the present: capitalised or not, in -s after
 * a small letter ("Hammers", "heckles", "Addresses"), not a name's possessive. */
static bool headline_verb(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && t->end - t->start >= 4 && word_ends(e, k, "s") &&
	       e->text[t->end - 2] >= 'a' && e->text[t->end - 2] <= 'z' &&
	       e->text[t->end - 2] != 's' && e->text[t->end - 2] != 'u' &&
	       !(t->word & (WORD_PREP | WORD_PRON | WORD_DET));
}

/* True when a quotation opens at k and its closing mark ends its sentence (a stop inside it or
 * after it, or nothing after it). */
static bool quotation_ends(const struct engine *e, size_t k)
{
	size_t q;

	if (k >= e->nt || e->t[k].kind != TOK_QOPEN || (q = e->t[k].pair) >= e->nt)
		return false;
	return q + 1 >= e->nt || e->t[q + 1].sent != e->t[q].sent || tok_punct(e, q + 1, '.') ||
	       tok_punct(e, q + 1, ';');
}

/* True when the word at k, in a label before the colon at c, is a speech verb in title case
 * after a name ("Speaks", "Responds", "Warns"), with a particle or a capitalised word or two
 * after it ("Speaks Out", "Responds To Critics"), and a quotation that ends its sentence right
 * after the colon. */
static bool speech_verb_label(const struct engine *e, size_t k, size_t c)
{
	const struct tok *t = &e->t[k];

	return (t->flags & TOKF_CAP) && (t->cue & CUE_VERB) && headline_verb(e, k) &&
	       (e->t[k - 1].flags & TOKF_CAP) && (k + 1 == c || plain_words(e, k + 1, c)) &&
	       quotation_ends(e, c + 1);
}

/* True when the words from token k to the byte ce, after a headline's label, name a topic and
 * state nothing ("Netanyahu: A tortured relationship", "Breitbart News Daily: A World at War",
 * "Ted Cruz: Constitutional conservative or another typical career politician?"): a noun phrase
 * that opens with "a", "an" or "the", or a question, of at most twelve words, nothing quoted and
 * no word that may be a verb (claims_verb_like(); a participle after a determiner, an adjective,
 * or a gerund after a preposition is none: "A tortured relationship", "The art of winning").
 * "Lynch: No outside influence on FBI probe", "Clinton: Time for ‘intensification’ of ISIL
 * strategy", "Ann Coulter: And Then There Was the One" still state something. */
static bool headline_topic(const struct engine *e, size_t k, size_t ce)
{
	size_t i = k, n = 0;

	for (; i < e->nt && e->t[i].start < ce; i++) {
		const struct tok *t = &e->t[i];
		if (t->kind == TOK_WORD && ++n > 12)
			return false;
		if (claims_quote_mark(e, i) || (t->flags & TOKF_INQ))
			return false;
		if (t->kind != TOK_WORD || !claims_verb_like(e, i))
			continue;
		if (i > k && !(t->word & (WORD_VERB | WORD_AUX)) && !tok_modal(e, i) && !t->cue &&
		    (word_ends(e, i, "ed") || word_ends(e, i, "ing")) &&
		    (e->t[i - 1].word & (WORD_DET | WORD_PREP)))
			continue;
		return false;
	}
	return n > 0 && (tok_among(e, k, "a an the") || tok_punct(e, i - 1, '?'));
}

/* True when the words from token k to the byte ce, after a heading's label, are a question put
 * as a topic ("Test: what the results mean", "Method: how we counted", "## Budget: Why the
 * deficit grew"): they open with a word of a question, hold no quotation and are at most twelve
 * tokens, and the paragraph is a heading or a line that no stop ends (a transcript's turn "LOPEZ:
 * What we need is a plan." speaks). No headline of PolNeAR train says something so. */
static bool question_topic(const struct engine *e, size_t k, size_t end, bool heading)
{
	if (k >= end || !tok_among(e, k, "how what when where whether which who why") ||
	    end - k > 24)
		return false;
	for (size_t i = k; i < end; i++)
		if (claims_quote_mark(e, i) || (e->t[i].flags & TOKF_INQ))
			return false;
	return heading || e->t[end - 1].kind == TOK_WORD;
}

/* True when the label [a, sb) before the colon at c opens an item of a list ("Web APIs: This is
 * what ...", "Sometimes Need: You don't need ...", "Tim Nguyen: ntim"): a term and what it
 * means, or a name and a handle, no one saying something; unless a person coref knows says a
 * quotation after it ("- Mayor Tom Reed: “We will ...”"). */
static bool list_label(const struct engine *e, size_t a, size_t sb, size_t c, size_t para)
{
	struct span w = {e->t[a].start, e->t[sb - 1].end};

	return doc_paragraph(e->d, para)->list_item &&
	       !(e->t[c + 1].kind == TOK_QOPEN && claims_known_person(e, w));
}

/* True when the bytes [s, x) of the text hold a word: two letters in a row. "Coordinates: 42°S
 * 174°E", "GPS: N24 39 16.4 E121 18 19.5": a label before figures is a page's data, no one's
 * words. */
static bool holds_word(const struct engine *e, size_t s, size_t x)
{
	for (size_t i = s; i + 1 < x; i++) {
		char a = (char)(e->text[i] | 0x20), b = (char)(e->text[i + 1] | 0x20);
		if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z')
			return true;
	}
	return false;
}

/* "POLLS WERE EARLY - Ann Marsh: “The polls ended too soon.”", "Pollsters agree - Carl Bell:
 * “...”": in a digest a topic opens the paragraph and a dash sets it off from the label of who
 * is quoted; the label begins after the dash (at most four words before the colon at c, a
 * quotation right after it, no quotation before, at most 40 tokens from a). Where the label
 * begins: after the dash, else a. */
static size_t after_topic_dash(const struct engine *e, size_t a, size_t c)
{
	size_t d = SIZE_MAX;

	if (c + 1 >= e->nt || e->t[c + 1].kind != TOK_QOPEN || c < a + 3 || c > a + 40)
		return a; /* a topic is a line, not a paragraph */
	for (size_t k = a + 1; k + 1 < c; k++) {
		if ((e->t[k].flags & TOKF_INQ) || claims_quote_mark(e, k))
			return a;
		if (tok_dash(e, k))
			d = k;
	}
	if (d == SIZE_MAX || c - d > (joining_and(e, d + 1, c) < c ? 10 : 5) ||
	    e->t[d].start == e->t[d - 1].end || e->t[d + 1].start == e->t[d].end)
		return a; /* "a well-known pollster": a hyphen inside a word */
	return d + 1;
}

/* True when paragraph p opens with the label of a turn of a dialogue, after a quotation mark or
 * not: one to six capitalised words (stops, hyphens and apostrophes in them) and a colon
 * ("Matthews:", "JOEL BENENSON:", "Rep. Trey Gowdy:", "Q:"). Reads the document's text, at most
 * 80 bytes: the paragraph may lie outside the engine's block. */
static bool opens_with_label(const struct engine *e, size_t p)
{
	struct span ps;
	size_t k, n = 0;
	bool word_start = true;

	if (p >= doc_paragraph_count(e->d))
		return false;
	ps = doc_paragraph(e->d, p)->span;
	for (k = doc_paragraph_lead(e->d, p); k < ps.end && k < ps.start + 80; k++) {
		char ch = e->text[k];
		if (ch == ':')
			return n > 0 && !word_start;
		if (ch == ' ') {
			word_start = true;
			continue;
		}
		if (word_start) {
			if (!text_is_ascii_upper(ch) || ++n > 6)
				return false;
			word_start = false;
		} else if (!text_is_ascii_letter(ch) && (unsigned char)ch < 0x80 &&
			   !strchr(".-'", ch)) {
			return false; /* a letter beyond ASCII is part of a word */
		}
	}
	return false;
}

/* True when the label [a, sb) before the colon at c, in the body paragraph `para`, heads a
 * section of the page and states nothing ("Cruz: Just hang on.", "Kasich: Now or never.",
 * "Christie: A closing surge." over a paragraph each on what a candidate needs to do): at most
 * six words after the colon that end the paragraph, nothing quoted, and no turn of a dialogue
 * in the paragraph before or after (opens_with_label(): "Matthews: Well, speculation is bad."
 * between two turns speaks). A label in capitals is a transcript's ("TRUMP: Wrong.") and
 * speaks. */
static bool section_label(const struct engine *e, size_t a, size_t sb, size_t c, size_t para)
{
	size_t k, n = 0;
	bool capitals = true;

	if (e->t[a].start != doc_paragraph_lead(e->d, para))
		return false; /* a second label after a quotation ("Clinton: “...” Bush: ...") */
	for (k = a; k < sb; k++)
		if (e->t[k].kind == TOK_WORD)
			capitals = capitals && in_capitals(e, k);
	if (capitals)
		return false;
	for (k = c + 1; k < e->nt && doc_sentence(e->d, e->t[k].sent)->paragraph == para; k++) {
		if (k > c + 24)
			return false; /* more than a line */
		if ((e->t[k].flags & TOKF_INQ) || claims_quote_mark(e, k))
			return false;
		if (e->t[k].kind == TOK_WORD && ++n > 6)
			return false;
	}
	return n > 0 && (para == 0 || !opens_with_label(e, para - 1)) &&
	       !opens_with_label(e, para + 1);
}

/* True when the sentence at a follows, in paragraph `para`, a quotation that a colon label at
 * the paragraph's start set out ("Clinton: “Our goal is ...” Bush: “The mission is ...”"): a
 * second label of the same kind, one speaker after the other. */
static bool next_label(const struct engine *e, size_t a, size_t para)
{
	const struct claim *h = e->nout ? &e->out[e->nout - 1] : NULL;
	size_t q = a;

	if (!h || a < 2 || h->cue.end != h->cue.start + 1 || e->text[h->cue.start] != ':' ||
	    h->speaker.start != doc_paragraph_lead(e->d, para))
		return false;
	if (tok_punct(e, q - 1, '.'))
		q--;
	return e->t[q - 1].kind == TOK_QCLOSE && h->content.end >= e->t[q - 1].start &&
	       h->content.end <= e->t[a].start;
}

void claims_try_colon(struct engine *e, size_t a, size_t c)
{
	size_t para = doc_sentence(e->d, e->t[c].sent)->paragraph;
	struct frame f;

	size_t sb = c, lab = c, marked = SIZE_MAX, lead;

	/* "Q: Is the budget sound?": an interview's label names no one (a question is not a
	 * claim, an answer's claims are found inside it); colon_label() would take the "Q" for a
	 * name in capitals */
	if (e->t[c].start <
	    doc_paragraph(e->d, para)->span.start + claims_qa_label(e->d, para, NULL))
		return;
	if (claims_try_colon_quote(e, a, c))
		return;
	/* the label opens its paragraph, after the quotation mark that opens it or not: a
	 * transcript pasted whole may open each turn with one, as a quotation that goes on over
	 * paragraphs does ("\"PENCE: We have ...") */
	lead = doc_paragraph_lead(e->d, para);
	if (a < c && e->t[a].start < lead)
		marked = a++;
	else if (a < c && e->t[a].kind == TOK_QOPEN)
		a++;
	if (e->t[a].start != lead && !next_label(e, a, para))
		return; /* not at the start of its paragraph */
	a = after_topic_dash(e, a, c);
	size_t end = party_tag(e, a, c); /* "Rep. Trey Gowdy (R-S.C.):" */
	if (c == a || end - a > 8 || c + 1 >= e->nt || e->t[c + 1].sent != e->t[c].sent)
		return;
	/* a headline's label: "Clinton to Planned Parenthood:", "CNN President On Trump:" (the
	 * source before the preposition, the words after it any), "Clinton camp:" */
	bool heading = para == 0 || doc_paragraph(e->d, para)->heading;
	if (heading) {
		for (size_t k = a + 1; k + 1 < c; k++)
			if (tok_among(e, k, "to on at") &&
			    (colon_label(e, k + 1, c, para) || plain_words(e, k + 1, c))) {
				sb = k;
				break;
			}
		if (sb == c && c - a >= 2 && tok_among(e, c - 1, "camp campaign aides allies"))
			lab = c - 1;
		/* "Senator Hammers Bank CEO: ‘You Should Be Investigated.’": a headline's verb
		 * after the name, then the quotation that ends the headline */
		for (size_t k = a + 1; sb == c && k + 1 < c && k <= a + 3; k++)
			if (headline_verb(e, k) && plain_words(e, k + 1, c) &&
			    quotation_ends(e, c + 1))
				sb = k;
		/* "A lesson from Loretta Lynch: 'Be the voice ...'": the name after "from" */
		for (size_t k = a + 1; sb == c && k + 1 < c && k <= a + 3; k++)
			if (tok_is(e, k, "from") &&
			    !(e->t[a].flags & TOKF_CAP && k > a + 1 &&
			      e->t[a + 1].flags & TOKF_CAP) &&
			    plain_words(e, a, k) && colon_label(e, k + 1, c, para) &&
			    named_elsewhere(e, k + 1, c)) {
				a = k + 1;
				break;
			}
	}
	/* "President Obama Speaks Out: “We will ...”": in the body, a label whose verb in title
	 * case says the name before it speaks, one or two words after it at most, then a
	 * quotation that ends the sentence; the name before the verb speaks */
	size_t verb = c; /* the label's speech verb, where the cue begins */
	for (size_t k = a + 1; !heading && k < c && k <= a + 4 && c <= k + 3; k++)
		if (speech_verb_label(e, k, c)) {
			sb = lab = verb = k;
			break;
		}
	/* "Rep. Trey Gowdy (R-S.C.):": the name without its party's tag */
	if (sb == c && lab == c)
		sb = lab = end;
	/* two joined by "and" speak only a quotation ("Mark Blumenthal and Jon Cohen: “...”"):
	 * "Netanyahu and Obama: A tortured relationship" is a headline's topic */
	bool joined = joining_and(e, a, sb) < sb;
	if (!heading && marked == SIZE_MAX && sb == lab && e->t[c + 1].kind == TOK_QOPEN &&
	    role_label(e, a, sb)) {
		if (list_label(e, a, sb, c, para))
			return;
	} else if (sb - a > (joined ? 9 : 4) || (joined && e->t[c + 1].kind != TOK_QOPEN) ||
		   !colon_label(e, a, lab < sb ? lab : sb, para) || list_label(e, a, sb, c, para))
		return;
	/* after a quotation mark, only a transcript's label: a name in capitals before speech
	 * ("RIGS: Mechanized Combat League", "Trump:You base ..." are a title and a tweet's
	 * address) */
	if (marked != SIZE_MAX) {
		for (size_t i = a; i < sb; i++)
			if (e->t[i].kind == TOK_WORD && !in_capitals(e, i))
				return;
		if (!spoken_words(e, c + 1) || !lowercase_in_para(e, c + 1, para))
			return;
	}
	f = (struct frame){.a = a,
			   .b = e->nt,
			   .c = c,
			   .qa = verb,
			   .qb = verb < c ? c : c + 1,
			   .sa = a,
			   .sb = sb};
	/* "Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Campaign.’": a headline's quotation
	 * that its sentence goes on after is part of what the label says */
	if (heading && e->t[c + 1].kind == TOK_QOPEN && !quotation_ends(e, c + 1)) {
		f.kind = CLAIM_INDIRECT;
		f.cs = e->t[c + 1].start;
		f.ce = claims_content_end(e, c + 1, para_rest(e, c, para));
	} else if (e->t[c + 1].kind == TOK_QOPEN) {
		claims_content_at(e, &f, c + 1);
	} else {
		if (!heading && marked == SIZE_MAX && section_label(e, a, sb, c, para))
			return;
		f.kind = CLAIM_INDIRECT;
		f.cs = e->t[c + 1].start;
		f.ce = claims_content_end(e, c + 1, para_rest(e, c, para));
		if ((heading && headline_topic(e, c + 1, f.ce)) ||
		    (marked == SIZE_MAX && !in_capitals(e, a) &&
		     question_topic(e, c + 1, para_rest(e, c, para), heading)))
			return;
	}
	if (!holds_word(e, f.cs, f.ce))
		return;
	claims_emit(e, &f);
}

/* True when the word at k is written in capitals: a letter and no small one ("TAPPER", "O'NEILL"
 * is read as its parts). */
static bool in_capitals(const struct engine *e, size_t k)
{
	bool letter = false;

	for (size_t p = e->t[k].start; p < e->t[k].end; p++) {
		if (e->text[p] >= 'a' && e->text[p] <= 'z')
			return false;
		letter |= text_is_ascii_upper(e->text[p]);
	}
	return letter;
}

/* True when the words from token k read as speech: a word with a small letter among the first
 * six, and not two words in capitals first ("PEACEKEEPERS PAYING ...": a headline set in the
 * body; "N24 39 16.4": figures). */
static bool spoken_words(const struct engine *e, size_t k)
{
	size_t n = 0;

	if (k + 1 < e->nt && in_capitals(e, k) && in_capitals(e, k + 1))
		return false;
	for (; k < e->nt && n < 6; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		n++;
		for (size_t p = e->t[k].start; p < e->t[k].end; p++)
			if (e->text[p] >= 'a' && e->text[p] <= 'z')
				return true;
	}
	return false;
}

/* True when claim c, of a colon, is a turn of a transcript: its source a name in capitals that
 * opens a paragraph of the body, after a quotation mark or not (doc_paragraph_lead(): "JAKE
 * TAPPER: Donald Trump released ..."), its words on the same line and read as speech. A
 * headline's label ("Fallin: Trump Is ...") is the writer's paraphrase, and a label over lines of
 * figures ("KENYA:" then "Total dead: 12") no one's words. Stricter on purpose than the
 * coreference's label (turn_label(), coref_names.c), which takes any name in that place before
 * a colon: a turn makes the words a quotation, so a label must look like a transcript's. */
static bool turn_of_transcript(const struct engine *e, const struct claim *c)
{
	size_t sa = claims_tok_at(e, c->speaker.start), k = claims_tok_at(e, c->cue.start), para;

	if (c->kind != CLAIM_INDIRECT || span_empty(c->speaker) || k >= e->nt ||
	    !tok_punct(e, k, ':') || c->cue.start != e->t[k].start || sa >= k ||
	    c->content.start < c->cue.end ||
	    memchr(e->text + c->cue.end, '\n', c->content.start - c->cue.end))
		return false;
	para = doc_sentence(e->d, e->t[sa].sent)->paragraph;
	if (para == 0 || doc_paragraph(e->d, para)->heading ||
	    e->t[sa].start != doc_paragraph_lead(e->d, para))
		return false;
	for (size_t i = sa; i < k; i++)
		if (e->t[i].kind == TOK_WORD ? !in_capitals(e, i)
					     : !(tok_punct(e, i, '.') || tok_punct(e, i, '\'')))
			return false;
	return spoken_words(e, claims_tok_at(e, c->content.start));
}

void claims_mark_turns(struct engine *e, size_t first)
{
	for (size_t i = first; i < e->nout; i++)
		if (turn_of_transcript(e, &e->out[i]))
			claims_quote_turn(e, &e->out[i]);
}

/* The quotation of the paragraph before the one that the signing dash at i opens ("“...”" and
 * then, as a paragraph of its own, "- Lena Cole." or "-Lena Cole, in the debate."), the way a
 * fact check or a list of quotations signs each one: true with *in set to its words when that
 * paragraph is one quotation and no claim has its words yet. */
static bool signed_para_before(const struct engine *e, size_t i, struct span *in)
{
	size_t para = doc_sentence(e->d, e->t[i].sent)->paragraph;

	if (para == 0 || (i > 0 && doc_sentence(e->d, e->t[i - 1].sent)->paragraph == para) ||
	    !claims_quote_para(e, para - 1, in))
		return false;
	return e->nout == 0 || e->out[e->nout - 1].content.end <= in->start;
}

#define TWEET_MAX 1500 /* bytes: a tweet's 280 characters and the markup a page's text keeps */

/* The end (bytes) of a tweet's signature that begins at p, before end: a name, its handle and
 * the day it was posted ("Ann Lee (@annlee) June 2, 2016"); 0 when the words at p are no such
 * signature. *name_end is set where the name ends. */
static size_t tweet_signature(const char *t, size_t p, size_t end, size_t *name_end)
{
	size_t k = p, n;

	if (p >= end || t[p] < 'A' || t[p] > 'Z')
		return 0;
	while (k < end && k < p + 60 && t[k] != '(' && t[k] != '\n')
		k++;
	if (k + 2 >= end || t[k] != '(' || t[k + 1] != '@' || k == p || t[k - 1] != ' ')
		return 0;
	*name_end = k - 1;
	for (k += 2, n = 0; k < end && (text_is_ascii_letter((unsigned char)t[k]) ||
					(t[k] >= '0' && t[k] <= '9') || t[k] == '_');
	     k++)
		n++;
	if (n == 0 || k + 1 >= end || t[k] != ')' || t[k + 1] != ' ')
		return 0;
	/* the day: a month's name, a day and a year ("June 2, 2016") */
	for (k += 2, n = 0; k < end && text_is_ascii_letter((unsigned char)t[k]); k++)
		n++;
	if (n < 3 || k >= end || t[k] != ' ')
		return 0;
	for (k++, n = 0; k < end && t[k] >= '0' && t[k] <= '9'; k++)
		n++;
	if (n == 0 || n > 2 || k + 6 > end || t[k] != ',' || t[k + 1] != ' ')
		return 0;
	for (k += 2, n = 0; k < end && t[k] >= '0' && t[k] <= '9'; k++)
		n++;
	return n == 4 ? k : 0;
}

/* The start (bytes) of a link that ends [s, e) (white space after it trimmed): the last word when
 * it is one ("https://t.co/...", "pic.twitter.com/..."), or the part of it from "http" on when a
 * tweet's words run into it ("pathetic.https://t.co/..."); e when there is none. */
static size_t link_before(const char *t, size_t s, size_t e)
{
	size_t w;

	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	for (w = e; w > s && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '>'; w--)
		;
	if (e - w > 8 && strncmp(t + w, "pic.twitter.com/", 16) == 0)
		return w;
	for (size_t k = w; k + 8 < e; k++)
		if (strncmp(t + k, "http://", 7) == 0 || strncmp(t + k, "https://", 8) == 0)
			return k;
	return e;
}

/* The start (bytes) of a page's prompt that ends [s, e) ("SIGN UP FOR OUR NEWSLETTER", set by
 * the page between a tweet's words and its signature); e when there is none. A prompt is never
 * the author's words, so it is left out of the quotation. */
static size_t prompt_before(const char *t, size_t s, size_t e)
{
	static const char *const prompts[] = {"sign up for ", "sign up to ", "subscribe to ",
					      "subscribe for "};

	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	for (size_t k = e; k > s && e - k < 60; k--)
		for (size_t i = 0; i < sizeof(prompts) / sizeof(*prompts); i++) {
			size_t n = strlen(prompts[i]);
			if (k + n < e && (k == s || t[k - 1] == ' ') &&
			    strncasecmp(t + k, prompts[i], n) == 0 && !memchr(t + k, '.', e - k))
				return k;
		}
	return e;
}

/* A tweet set in the page, signed with a dash, the author's name, handle and day ("We will fix
 * the bridge. — Ann Lee (@annlee) June 2, 2016"): the author's own words, from the start of the
 * paragraph (after any markup left in the text: "<tweet ...>") to the dash, without the links
 * the tweet ends with. A signature that opens a paragraph signs the paragraph before. True when
 * the dash at i signs a tweet. */
static bool try_tweet(struct engine *e, size_t b, size_t i)
{
	size_t para = doc_sentence(e->d, e->t[i].sent)->paragraph, ne, cs, ce, w;
	struct span ps = doc_paragraph(e->d, para)->span;
	struct frame f;

	if (!tweet_signature(e->text, e->t[i].end + 1, ps.end, &ne) || e->text[e->t[i].end] != ' ')
		return false;
	f = (struct frame){.b = b,
			   .c = i,
			   .qa = i,
			   .qb = i + 1,
			   .sa = i + 1,
			   .sb = claims_tok_at(e, ne),
			   .kind = CLAIM_DIRECT};
	if (f.sb <= f.sa || f.sb >= e->nt)
		return false;
	cs = ps.start;
	ce = e->t[i].start;
	if (ps.start == e->t[i].start) {
		if (para == 0)
			return false;
		ps = doc_paragraph(e->d, para - 1)
			     ->span; /* the signature alone: the paragraph before */
		cs = ps.start;
		ce = ps.end;
	}
	if (ce - cs > TWEET_MAX)
		return false; /* longer than a tweet: bounded work for each dash */
	if (cs < ce && e->text[cs] == '<') {
		const char *gt = memchr(e->text + cs, '>', ce - cs);
		if (gt)
			cs = (size_t)(gt - e->text) +
			     1; /* "<tweet id=...>": markup the text kept */
	}
	while ((w = link_before(e->text, cs, ce)) < ce || (w = prompt_before(e->text, cs, ce)) < ce)
		ce = w;
	while (cs < ce && strchr(" \t\n", e->text[cs]))
		cs++;
	while (ce > cs && strchr(" \t\n", e->text[ce - 1]))
		ce--;
	if (ce <= cs)
		return false;
	f.cs = cs;
	f.ce = ce;
	size_t before = e->nout;
	claims_emit(e, &f);
	if (e->nout > before)
		claims_quote_turn(e, &e->out[e->nout - 1]);
	return true;
}

void claims_try_dash(struct engine *e, size_t b, size_t i)
{
	size_t q = i, k;
	struct frame f;
	struct span in = {0, 0};

	if (try_tweet(e, b, i))
		return;
	while (q > 0 && e->t[q - 1].kind == TOK_PUNCT && !tok_dash(e, q - 1) && q + 3 > i)
		q--;
	if ((q == 0 || e->t[q - 1].kind != TOK_QCLOSE) && !signed_para_before(e, i, &in))
		return;
	for (k = i + 1;
	     k < b && k < i + 6 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP); k++)
		;
	if (k == i + 1 || (k < b && !tok_punct(e, k, '.') && !tok_punct(e, k, ',')))
		return;
	f = (struct frame){.b = b, .c = i, .qa = i, .qb = i + 1, .sa = i + 1, .sb = k};
	if (in.end > in.start) {
		f.kind = CLAIM_DIRECT;
		f.cs = in.start;
		f.ce = in.end;
		claims_emit(e, &f);
		return;
	}
	claims_content_at(e, &f, e->t[q - 1].pair);
	claims_emit(e, &f);
}
