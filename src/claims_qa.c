/* claims_qa: words in the first person that are not the writer's: question-and-answer
 * interviews (what a one-letter label is and where it ends, claims_qa_label(), read alike by the
 * frames, the content and the speakers; the turn a word stands in; the person the answers are
 * by) and block quotations (whose words they are). */
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

/* How many paragraphs a turn runs on after its labelled paragraph before the next label. */
#define TURN_PARAGRAPHS 8

/* The length of the separator after a label's letter at s (n bytes): ":", " :", " -" with a
 * space after it, an em or en dash or a horizontal bar with a space before it or not ("A —",
 * "Q\u2014", "Q\u2015"); 0 when there is none ("A-list", "A lot"). */
static size_t label_mark(const char *s, size_t n)
{
	size_t sp = n > 0 && s[0] == ' ';

	if (n > sp && s[sp] == ':')
		return sp + 1;
	if (sp && n > 2 && s[1] == '-' && s[2] == ' ')
		return 2;
	if (n >= sp + 3 && text_wide_dash(s + sp, n - sp))
		return sp + 3;
	return 0;
}

/* The length of the label that opens s (n bytes), the spaces after it left out; *letter set to
 * its letter. */
static size_t marked_label(const char *s, size_t n, char *letter)
{
	size_t m;

	if (n < 2 || (s[0] != 'Q' && s[0] != 'A') || (m = label_mark(s + 1, n - 1)) == 0)
		return 0;
	*letter = s[0];
	return 1 + m;
}

size_t claims_qa_label(const struct doc *d, size_t p, char *letter)
{
	size_t len, np = doc_paragraph_count(d), end, n;
	const char *text = doc_text(d, &len), *s;
	struct span ps;
	char l = 0, next = 0;

	if (p >= np)
		return 0;
	ps = doc_paragraph(d, p)->span;
	s = text + ps.start;
	n = ps.end - ps.start;
	end = marked_label(s, n, &l);
	/* "QWhat would have happened?": a page that set the Q apart in bold only runs it into the
	 * question; read so only before an answer's label ("QAnon", "QVC" stay words) */
	if (end == 0 && n >= 3 && s[0] == 'Q' && text_is_ascii_upper(s[1]) && s[2] >= 'a' &&
	    s[2] <= 'z' && p + 1 < np) {
		struct span qs = doc_paragraph(d, p + 1)->span;
		if (marked_label(text + qs.start, qs.end - qs.start, &next) && next == 'A') {
			l = 'Q';
			end = 1;
		}
	}
	if (end == 0)
		return 0;
	while (end < n && s[end] == ' ')
		end++;
	if (letter)
		*letter = l;
	return end;
}

/* The letter of the turn of a question-and-answer interview that token k stands in: 'A' in a
 * paragraph that opens with the label "A:" or one of the paragraphs after it before the next
 * label, 'Q' likewise for a question; 0 outside an interview. */
static char qa_turn(const struct engine *e, size_t k)
{
	const struct doc_sentence *st = doc_sentence(e->d, e->t[k].sent);
	char l = 0;

	if (!st)
		return 0;
	for (size_t i = st->paragraph + 1; i-- > 0 && st->paragraph - i <= TURN_PARAGRAPHS;)
		if (claims_qa_label(e->d, i, &l))
			return l;
	return 0;
}

bool claims_in_answer(const struct engine *e, size_t k)
{
	return qa_turn(e, k) == 'A';
}

/* True when the sentence of token k ends with a question mark (quotation marks and spaces
 * after it aside). */
static bool asks(const struct engine *e, size_t k)
{
	const struct doc_sentence *st = doc_sentence(e->d, e->t[k].sent);
	size_t end = st->span.end, start = st->span.start;

	while (end > start && strchr(" \t\n\"'", e->text[end - 1]))
		end--;
	/* a closing curly quotation mark */
	while (end >= start + 3 && (memcmp(e->text + end - 3, "\xE2\x80\x9D", 3) == 0 ||
				    text_curly_single(e->text + end - 3, 3) == 0x2019))
		end -= 3;
	return end > start && e->text[end - 1] == '?';
}

bool claims_you_interviewee(const struct engine *e, size_t k)
{
	return k < e->nt && e->interviewee != COREF_NONE && tok_is(e, k, "you") &&
	       !(e->t[k].flags & TOKF_INQ) && qa_turn(e, k) == 'Q' && !asks(e, k);
}

/* The length of the word at s (n bytes): the letters, digits, hyphens and apostrophes before
 * the next space or punctuation. */
static size_t word_len(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && (text_ascii_alnum[(unsigned char)s[k]] || s[k] == '-' || s[k] == '\''))
		k++;
	return k;
}

/* The most bytes introduced() reads back over one word (a title, "with", "interview"). */
#define WORD_BACK 32

/* True when the person en is named as the one an introduction says was interviewed: "Jane
 * Ortiz spoke to the Herald", "Ortiz talked with reporters", "Ortiz sat down with us", "an
 * interview with (Mayor) Jane Ortiz", "a conversation with Ortiz". "Ortiz spoke at the
 * opening" and "an interview with the Herald" name no one interviewed. */
static bool introduced(const struct doc *d, const struct coref_entity *en)
{
	size_t len, a = en->name.start, b = en->name.end, n, m;
	const char *text = doc_text(d, &len);

	/* after the name: a verb of talking, then "to" or "with" */
	if (b < len && text[b] == ' ') {
		n = word_len(text + b + 1, len - b - 1);
		if (text_word_in("spoke talked sat", text + b + 1, n) && b + 2 + n < len) {
			const char *w = text + b + 2 + n;
			size_t r = len - b - 2 - n;
			if (text_word_in("down", w, m = word_len(w, r)) && m + 1 < r) {
				w += m + 1;
				r -= m + 1;
			}
			if (text_word_in("to with", w, word_len(w, r)))
				return true;
		}
	}
	/* before the name: "interview with" or "conversation with", a title between them at most
	 * ("an interview with Mayor Jane Ortiz") */
	for (int title = 0; title < 2 && a > 1 && text[a - 1] == ' '; title++) {
		size_t p = a - 1;
		while (p > 0 && a - p < WORD_BACK && text[p - 1] != ' ')
			p--;
		if (text_word_in("with", text + p, a - 1 - p)) {
			size_t q = p > 1 ? p - 1 : 0, r = q;
			while (r > 0 && q - r < WORD_BACK && text[r - 1] != ' ')
				r--;
			return q > 0 && text[q] == ' ' &&
			       text_word_in("interview conversation", text + r, q - r);
		}
		if (!text_is_ascii_upper(text[p]))
			return false;
		a = p;
	}
	return false;
}

size_t claims_interviewee(const struct doc *d, const struct coref *co)
{
	size_t np = doc_paragraph_count(d), at = SIZE_MAX, best = COREF_NONE, most = 0;
	char l = 0;

	for (size_t i = 0; i < np && at == SIZE_MAX; i++)
		if (claims_qa_label(d, i, &l) && l == 'A')
			at = doc_paragraph(d, i)->span.start;
	if (at == SIZE_MAX || !co)
		return COREF_NONE;
	/* named most, a tie to the one named first (the headline's, the lead's) */
	for (size_t id = 0, ne = coref_entity_count(co); id < ne; id++) {
		const struct coref_entity *en = coref_entity(co, id);
		if (en->kind != COREF_PERSON || en->first >= at || en->mentions < most ||
		    (en->mentions == most && en->first > coref_entity(co, best)->first))
			continue;
		best = id;
		most = en->mentions;
	}
	if (most >= 2)
		return best;
	/* no one named twice: the one the introduction says was interviewed, if it says so of
	 * exactly one person */
	best = COREF_NONE;
	for (size_t id = 0, ne = coref_entity_count(co); id < ne; id++) {
		const struct coref_entity *en = coref_entity(co, id);
		if (en->kind != COREF_PERSON || en->first >= at || en->name.start >= at ||
		    !introduced(d, en))
			continue;
		if (best != COREF_NONE)
			return COREF_NONE;
		best = id;
	}
	return best;
}

/* How many claims before a block quotation are read for the one who introduces it. */
#define QUOTER_CLAIMS 40

/* True when claim c's source is a person coref knows, or names one as its resolved speaker
 * ("One commenter, Bruce Van Horn": "Bruce Van Horn"). */
static bool person_source(const struct engine *e, const struct claim *c)
{
	size_t n = strlen(c->speaker_resolved);

	if (claims_known_person(e, c->speaker))
		return true;
	for (size_t p = c->speaker.start; p + n <= c->speaker.end; p++)
		if (memcmp(e->text + p, c->speaker_resolved, n) == 0)
			return claims_known_person(e, (struct span){p, p + n});
	return false;
}

bool claims_block_quoter(const struct engine *e, size_t k, char **who)
{
	size_t p = doc_sentence(e->d, e->t[k].sent)->paragraph, np = doc_paragraph_count(e->d);
	size_t n = 0;

	*who = NULL;
	if (!doc_paragraph(e->d, p)->quoted)
		return false;
	/* a block quotation of more than TURN_PARAGRAPHS paragraphs is the page's layout (a blog
	 * that sets a whole section in one, its writer's answers among what others wrote), not a
	 * quotation */
	for (size_t q = p + 1; q < np && doc_paragraph(e->d, q)->quoted && n <= TURN_PARAGRAPHS;
	     q++)
		n++;
	/* the paragraph before the quotation, which introduces it */
	while (p > 0 && doc_paragraph(e->d, p)->quoted && n <= TURN_PARAGRAPHS) {
		p--;
		n++;
	}
	if (n > TURN_PARAGRAPHS)
		return false;
	if (doc_paragraph(e->d, p)->quoted)
		return true; /* the document opens with it */
	for (size_t i = e->nout, m = 0; i-- > 0 && m < QUOTER_CLAIMS; m++) {
		const struct claim *c = &e->out[i];
		if (c->paragraph > p || span_empty(c->speaker) || !c->speaker_resolved)
			continue;
		if (c->paragraph < p)
			break;
		if (person_source(e, c)) {
			*who = xstrdup(c->speaker_resolved);
			break;
		}
	}
	return true;
}

size_t claims_uncontracted(const char *s, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t a = s[i] == '\'' ? 1 : text_curly_single(s + i, n - i) == 0x2019 ? 3 : 0;
		if (a)
			return text_word_in("m ve d ll re s", s + i + a, n - i - a) ? i : n;
	}
	return n;
}
