/* coref_tokens: a sentence cut into words and punctuation, each word classified (capitals,
 * possessive, lexicon classes). */
#include <stdlib.h>
#include <string.h>

#include "coref_int.h"

bool coref_place_abbrev(const char *s, size_t n)
{
	return n == 2 && text_is_ascii_upper(s[0]) && text_word_in("ft mt st", s, n);
}

size_t coref_word_end(const struct coref *c, size_t pos, size_t end, uint32_t cp, int n)
{
	size_t s = pos, seg = 1; /* letters since the last hyphen or dot */
	/* a time glued to a word starts with a digit */
	size_t glued = cp >= '0' && cp <= '9' ? text_time_glued(c->text, pos, end) : pos;
	bool upper = is_upper(cp);

	if (glued > s)
		end = glued; /* "9:52PMBush": "52PM", then "Bush" */
	pos += (size_t)n;
	while (pos < end) {
		int m, k;
		uint32_t ch;
		while (pos < end && text_ascii_alnum[(unsigned char)c->text[pos]]) {
			pos++;
			seg++;
		}
		if (pos >= end)
			break;
		/* most words end at an ASCII mark that joins nothing */
		if ((unsigned char)c->text[pos] < 0x80 && c->text[pos] != '\'' &&
		    c->text[pos] != '-' && c->text[pos] != '.')
			break;
		/* "Netan\u00ADyahu": a soft hyphen or a zero-width space between letters */
		m = (unsigned char)c->text[pos] >= 0xC2
			    ? (int)text_break_hint(c->text + pos, end - pos)
			    : 0;
		if (m && pos + (size_t)m < end && alnum(char_at(c, pos + (size_t)m, &k))) {
			pos += (size_t)m;
			continue;
		}
		ch = char_at(c, pos, &m);
		if (alnum(ch)) {
			pos += (size_t)m;
			seg++;
			continue;
		}
		/* "Jose\u0301": a combining accent after a letter is of the word */
		if (ch >= 0x300 && ch <= 0x36F) {
			pos += (size_t)m;
			continue;
		}
		/* "FranÃ§ois": a letter's UTF-8 read as Latin-1 and encoded again; after "Ã" (one
		 * character, or "A" and a combining tilde), the mark or control its second byte
		 * became is of the word ("JesÃ\u0083Âºs", encoded twice) */
		if (ch >= 0x80 && ch <= 0xBF && pos >= s + 2 &&
		    (unsigned char)c->text[pos - 1] == 0x83 &&
		    ((unsigned char)c->text[pos - 2] == 0xC3 ||
		     (pos >= s + 3 && (unsigned char)c->text[pos - 2] == 0xCC &&
		      c->text[pos - 3] == 'A'))) {
			pos += (size_t)m;
			seg++;
			continue;
		}
		if ((ch == '\'' || ch == 0x2019 || ch == '-') && pos + (size_t)m < end &&
		    alnum(char_at(c, pos + (size_t)m, &k))) {
			pos += (size_t)m;
			upper = is_upper(char_at(c, pos, &k)); /* Sino-U.S. */
			seg = 0;
			continue;
		}
		/* U.S., J. Trump, Mr.: a dot after one capital (not the last of "AT&T."), or after
		 * a title's abbreviation; "St. Louis": after a place's before a capital */
		if (ch == '.' &&
		    ((seg == 1 && upper && !(s > 0 && c->text[s - 1] == '&')) ||
		     (pos - s <= 4 && (coref_lex(c->text + s, pos - s, NULL) & LEX_TITLE)) ||
		     (coref_place_abbrev(c->text + s, pos - s) && pos + 2 < end &&
		      c->text[pos + 1] == ' ' && text_is_ascii_upper(c->text[pos + 2])))) {
			pos++;
			if (pos + 1 < end && text_is_ascii_upper(c->text[pos]) &&
			    c->text[pos + 1] == '.') {
				pos += 2; /* U.S. */
				continue;
			}
		}
		break;
	}
	return pos;
}

/* Appends a token (room was made by coref_tokenize()). */
static void push(struct sent *st, size_t s, size_t e, unsigned flags)
{
	struct ctok *t;

	if (st->n >= TOKS_MAX || st->n >= st->cap)
		return;
	t = &st->t[st->n++];
	memset(t, 0, sizeof(*t));
	t->start = s;
	t->end = t->bend = e;
	t->flags = flags;
}

/* coref_tok_lookup() without the memo. */
static void lookup(struct ctok *t, const char *w)
{
	t->lex = coref_lex(w, t->bend - t->start, &t->id);
	/* "Mr.", "Sen.": a word's abbreviation; but a letter and its stop is an initial ("James
	 * A. Baker"), not the article or the pronoun */
	if (!t->lex && t->bend - t->start > 2 && w[t->bend - t->start - 1] == '.')
		t->lex = coref_lex(w, t->bend - t->start - 1, &t->id);
	/* "April-to-June", "Monday-Friday": a span of times, a time word too (only a word the
	 * lexicon does not know is read for its hyphens) */
	size_t n = t->bend - t->start, h = 0, l = n;
	if (t->lex || !memchr(w, '-', n))
		return;
	while (w[h] != '-')
		h++;
	while (l > h && w[l - 1] != '-')
		l--;
	if (h > 0 && l > h && l < n && (coref_lex(w, h, NULL) & LEX_TIME) &&
	    (coref_lex(w + l, n - l, NULL) & LEX_TIME))
		t->lex = LEX_TIME;
}

void coref_tok_lookup(const struct coref *c, struct ctok *t)
{
	const char *w = c->text + t->start;
	struct text_memo_key k;
	size_t j;

	if (!c->memo || !text_word_memo_key16(w, t->bend - t->start, c->text + c->len, &k)) {
		lookup(t, w);
		return;
	}
	j = text_word_memo_slot16(&k, LEX_MEMO_BITS);
	if (!text_memo_key_eq(&c->memo->slot[j].w, &k)) {
		lookup(t, w);
		if (c->memo_done)
			return; /* the memo is only read now */
		c->memo->slot[j].w = k;
		c->memo->slot[j].lex = t->lex;
		c->memo->slot[j].id = t->id;
		return;
	}
	t->lex = c->memo->slot[j].lex;
	t->id = c->memo->slot[j].id;
}

/* coref_tok_classify(), inline in coref_tokenize(), which classifies every word. */
static inline void classify(const struct coref *c, struct ctok *t)
{
	const char *w = c->text + t->start;
	size_t n = t->end - t->start, letters = 0, upper = 0;

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		t->bend = t->end - 2;
	else if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
		t->bend = t->end - 4;
	if (text_is_ascii_lower(w[0])) {
		t->flags |= TF_NOLEX; /* looked up when asked (tok_lex()): most words never are */
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char ch = w[i];
		if (text_is_ascii_upper(ch)) {
			upper++;
			letters++;
		} else if (text_is_ascii_lower(ch)) {
			letters++;
		} else if (ch >= '0' && ch <= '9') {
			t->flags |= TF_DIGIT;
		}
	}
	{
		int m;
		if (is_upper(char_at(c, t->start, &m)))
			t->flags |= TF_CAP;
	}
	if (letters >= 2 && upper == letters)
		t->flags |= TF_ALLCAP;
	if (t->flags & TF_CAP)
		coref_tok_lookup(c, t);
	else
		t->flags |= TF_NOLEX; /* looked up when asked (tok_lex()): most words never are */
}

void coref_tok_classify(const struct coref *c, struct ctok *t)
{
	classify(c, t);
}

bool coref_possessive(const struct coref *c, struct ctok *t)
{
	/* each word written out, so that its length is known when the token's is compared */
	return tok_is(c, t, "his") || tok_is(c, t, "her") || tok_is(c, t, "its") ||
	       tok_is(c, t, "their") || tok_is(c, t, "our") || tok_is(c, t, "my") ||
	       tok_is(c, t, "your");
}

/* True when token i of w (n tokens) is the family name "He" ("A ministry spokeswoman, He Yadong,
 * said", "Vice Premier He Lifeng", "according to He Lifeng"), not the pronoun: a capitalised word
 * that is no stop word follows, and English writes the pronoun in lower case where "He" stands
 * (after a comma, a word in lower case, a title or a role), or "He" opens the text and the word
 * after the name is not capitalised too ("He Yadong said"; not a headline's "He Will Win"). */
static bool surname_he(const struct coref *c, struct ctok *w, size_t n, size_t i)
{
	const struct ctok *t = &w[i];

	if (i + 1 >= n || t->end - t->start != 2 || memcmp(c->text + t->start, "He", 2) != 0 ||
	    (w[i + 1].flags & (TF_WORD | TF_CAP | TF_ALLCAP)) != (TF_WORD | TF_CAP) ||
	    (tok_lex(c, &w[i + 1]) & (LEX_STOP | LEX_PRON | LEX_PREP | LEX_TIME)))
		return false;
	if (i == 0)
		return i + 2 >= n || !(w[i + 2].flags & TF_CAP);
	const struct ctok *p = &w[i - 1];
	if (p->flags & TF_WORD)
		return !(p->flags & TF_CAP) || (tok_lex(c, &w[i - 1]) & (LEX_TITLE | LEX_ROLE));
	return p->end - p->start == 1 && c->text[p->start] == ',';
}

/* Marks the family name "He" among the n tokens w ("spokeswoman He Yadong") as a name's word. */
static void surnames(const struct coref *c, struct ctok *w, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (surname_he(c, w, n, i)) {
			w[i].lex = 0; /* a name's word, no pronoun */
			w[i].flags &= ~(unsigned)TF_NOLEX;
		}
}

void coref_tokenize(const struct coref *c, struct sent *st, size_t s, size_t e, bool *inq,
		    size_t dateline_end)
{
	size_t pos = s;

	st->n = 0;
	/* room for every token at once: a sentence has no more tokens than bytes */
	st->t = xgrow(st->t, &st->cap, e - s < TOKS_MAX ? e - s : TOKS_MAX, sizeof(*st->t));
	while (pos < e) {
		int n;
		uint32_t cp;
		if (c->text[pos] == ' ') {
			pos++; /* the most common byte, read here without decoding */
			continue;
		}
		cp = char_at(c, pos, &n);
		if (is_space(cp)) {
			pos += (size_t)n;
			continue;
		}
		if (alnum(cp)) {
			size_t end = pos + (size_t)n;
			unsigned char next;
			/* most words: ASCII letters up to a space or a mark that joins nothing */
			while (end < e && text_ascii_alnum[(unsigned char)c->text[end]])
				end++;
			next = end < e ? (unsigned char)c->text[end] : ' ';
			if (cp >= 0x80 || next >= 0x80 || next == '\'' || next == '-' ||
			    next == '.')
				end = coref_word_end(c, pos, e, cp, n);
			push(st, pos, end, TF_WORD | (*inq ? TF_INQ : 0));
			if (st->n)
				classify(c, &st->t[st->n - 1]);
			if (end <= dateline_end && st->n)
				st->t[st->n - 1].flags |= TF_DATELINE;
			pos = end;
			continue;
		}
		if (cp == '"')
			*inq = !*inq;
		else if (cp == '`' && pos + 1 < e && c->text[pos + 1] == '`')
			*inq = true; /* ``wire style'' */
		else if (cp == '\'' && pos + 1 < e && c->text[pos + 1] == '\'')
			/* ''doubled apostrophes'' both ways (a wire's or a newspaper archive's
			 * style): one opens after a space or at the start, before a word */
			*inq = !*inq &&
			       (pos == s || c->text[pos - 1] == ' ' || c->text[pos - 1] == '\n' ||
				c->text[pos - 1] == '(') &&
			       pos + 2 < e && c->text[pos + 2] != ' ' && c->text[pos + 2] != '\n';
		else if (cp == 0x201C || cp == 0x00AB)
			*inq = true;
		else if (cp == 0x201D || cp == 0x00BB)
			*inq = false;
		push(st, pos, pos + (size_t)n, *inq ? TF_INQ : 0);
		pos += (size_t)n;
	}
	if (!st->heading) /* capitals tell nothing there ("Why He Left") */
		surnames(c, st->t, st->n);
}

/* True when token i opens the sentence with a participle that leads a phrase of its own
 * ("Fuelling speculation that ..., opposition leader X returned", "Asked about the plan, X
 * said"): a capitalised word of six letters or more ending in "ing" or "ed" that no list knows
 * (not "Beijing", "Nothing"), followed by a lowercase word that is no verb of its own. */
static bool opening_participle(const struct coref *c, const struct sent *st, size_t i)
{
	const struct ctok *t = &st->t[i], *n = i + 1 < st->n ? &st->t[i + 1] : NULL;
	const char *w = c->text + t->start;
	size_t len = t->end - t->start;

	if (!(t->flags & TF_CAP) || (t->flags & TF_ALLCAP) || len < 6 || t->lex || !n ||
	    !(n->flags & TF_WORD) || (n->flags & TF_CAP) ||
	    !((memcmp(w + len - 3, "ing", 3) == 0 && memcmp(w, "Every", 5) != 0 &&
	       memcmp(w, "Some", 4) != 0 && memcmp(w, "Noth", 4) != 0) ||
	      memcmp(w + len - 2, "ed", 2) == 0))
		return false;
	if (coref_map_get(c, &c->names, (struct span){t->start, t->bend}) != COREF_NONE)
		return false; /* a name read before ("Boeing") */
	const char *nw = c->text + n->start;
	size_t nl = n->end - n->start;
	/* "Boeing reported", "Reading is": the word was a name and a verb follows */
	return !(nl > 2 && memcmp(nw + nl - 2, "ed", 2) == 0) && !tok_is(c, n, "is") &&
	       !tok_is(c, n, "was") && !tok_is(c, n, "has") && !tok_is(c, n, "says") &&
	       !tok_is(c, n, "said") && !tok_is(c, n, "will");
}

/* For the comma at token k after a city: the comma that ends the country after it ("in Prague,
 * Czech Republic,", "in Nairobi, Kenya,"), one to three capitalised words whose last is a
 * country the lexicon knows or "Republic", when no list of names goes on after it ("In
 * Washington, Russia, China and Iran"); k otherwise. */
static size_t country_comma(const struct coref *c, const struct sent *st, size_t k)
{
	size_t j = k + 1;

	while (j < st->n && j <= k + 3 && (st->t[j].flags & TF_WORD) && (st->t[j].flags & TF_CAP))
		j++;
	if (j == k + 1 || j + 2 >= st->n || !tok_ch(c, &st->t[j], ',') ||
	    !((tok_lex(c, &st->t[j - 1]) & LEX_GPE) || tok_is(c, &st->t[j - 1], "republic")))
		return k;
	if ((st->t[j + 1].flags & TF_CAP) &&
	    (tok_ch(c, &st->t[j + 2], ',') || tok_is(c, &st->t[j + 2], "and")))
		return k;
	return j;
}

/* The comma at token k ends an opening phrase; the subject starts after it, or after the state
 * or the country that follows when the phrase ends in a city ("Following a shooting in
 * Roseburg, Ore., she", "And in Prague, Czech Republic, President Vaclav Havel said"). */
static size_t after_comma(const struct coref *c, const struct sent *st, size_t k)
{
	size_t j = k + 1, q;

	if (j < st->n && k > 0 && (st->t[k - 1].flags & TF_CAP) &&
	    (q = country_comma(c, st, k)) > k)
		return q + 1;
	if (j < st->n && k > 0 && (st->t[k - 1].flags & TF_CAP)) {
		/* the state's word and stop, one token or two ("N.J.", "Ore" ".") */
		q = text_state_end(c->text, st->t[j].start, st->t[st->n - 1].end);
		while (q > st->t[k + 1].start && j < st->n && st->t[j].start < q)
			j++;
		if (j < st->n && j > k + 1 && st->t[j].start == q && tok_ch(c, &st->t[j], ','))
			return j + 1 < st->n ? j + 1 : st->n;
		j = k + 1;
	}
	return j < st->n ? j : st->n;
}

/* True when token i opens a phrase before the subject: a preposition, a word of time or a
 * function word that is no pronoun and not "the" ("In 1990,", "Now,", "As the deal closed,"). */
static bool opening_word(const struct coref *c, struct ctok *t)
{
	return (tok_lex(c, t) & (LEX_PREP | LEX_TIME)) ||
	       ((tok_lex(c, t) & LEX_STOP) && !(tok_lex(c, t) & LEX_PRON) && !tok_is(c, t, "the"));
}

/* True when the lowercase word t, after an opening phrase's comma, leads a participle's phrase
 * of its own ("Now, following asset sales that shrank revenue, Control Data is"): a word of six
 * letters or more ending in "ing" that no list knows. */
static bool later_participle(const struct coref *c, struct ctok *t)
{
	size_t len = t->end - t->start;

	return (t->flags & TF_WORD) && !(t->flags & TF_CAP) && !tok_lex(c, t) && len >= 6 &&
	       memcmp(c->text + t->end - 3, "ing", 3) == 0;
}

/* The token after the comma that ends an opening phrase at i, within max tokens; i when none. */
static size_t past_phrase(const struct coref *c, const struct sent *st, size_t i, size_t from,
			  size_t max)
{
	for (size_t k = from; k < st->n && k < i + max; k++)
		if (tok_ch(c, &st->t[k], ','))
			return after_comma(c, st, k);
	return i;
}

size_t coref_subject_start(const struct coref *c, const struct sent *st)
{
	size_t i = 0, j;

	/* "OSLO (Reuters) - Nordvik Shipping reported": the dateline is no subject */
	while (i < st->n && (!(st->t[i].flags & TF_WORD) || (st->t[i].flags & TF_DATELINE)))
		i++;
	while (i < st->n && (tok_is(c, &st->t[i], "and") || tok_is(c, &st->t[i], "but") ||
			     tok_is(c, &st->t[i], "so") || tok_is(c, &st->t[i], "yet")))
		i++;
	if (i < st->n && opening_word(c, &st->t[i]))
		j = past_phrase(c, st, i, i, 14);
	else if (i < st->n && opening_participle(c, st, i))
		j = past_phrase(c, st, i, i + 2, 24);
	else
		return i;
	/* "Now, following asset sales ..., Control Data", "In 1990, after the merger, the
	 * company": a second opening phrase after the first one's comma */
	if (j > i && j < st->n && !(st->t[j].flags & TF_CAP) &&
	    (opening_word(c, &st->t[j]) || later_participle(c, &st->t[j])))
		return past_phrase(c, st, j, j + 1, 24);
	return j;
}

bool coref_ordinal(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i > 0 && n - i == 2 && text_word_in("st nd rd th", s + i, 2);
}
