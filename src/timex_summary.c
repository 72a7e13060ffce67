/* timex_summary: the one-line summary of a dated event: the clause the date belongs to (a
 * relative clause with its antecedent), the date's own words kept, without leading discourse
 * filler (timex_clause.c finds both), speech as speech ("Huang said: “China will decide”", the
 * tag's date left to the label), and a pronoun subject replaced by the name it stands for. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateline/coref.h"
#include "timex_int.h"

/* A summary looks at most this far either side of its date: a sentence of a megabyte stays
 * linear, and no clause a reader wants is longer. */
#define WINDOW 450

static void sum_free(struct tx_sum *m);

/* ---- output ---- */

static bool closing_punct(uint32_t cp)
{
	return cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == ')' || cp == ']' ||
	       cp == '!' || cp == '?' || cp == 0x201D || cp == 0x2019 || cp == 0xFF0C ||
	       cp == 0x3002 || cp == 0x3001 || cp == 0xFF09;
}

static bool opening_punct(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 || cp == 0xFF08;
}

/* Does o hold opening phrases each closed by its comma, at most `commas` of them and fewer than
 * `words` words besides `slack` words of the date, no quotation mark or semicolon, so that what
 * follows is the sentence's subject? One short phrase ("With just 18 months left in power, ":
 * after_intro()) or up to three ("By 2017, as Senate majority leader, "; "In 2009, however,
 * when Congress passed a bill, ": after_intros()). */
static bool opening_phrases(const struct buf *o, size_t slack, size_t commas, size_t words)
{
	if (o->len < 4 || o->data[o->len - 1] != ' ' || o->data[o->len - 2] != ',')
		return false;
	size_t nw = 0, nc = 0;
	for (size_t i = 0; i + 1 < o->len; i++) {
		/* a quotation mark: the pronoun may be in the speaker's words ("“As a builder, he
		 * put ...” Sweeney said") or in a block quotation the summary does not show */
		if (o->data[i] == '"' || o->data[i] == ';' ||
		    text_curly_double(o->data + i, o->len - i))
			return false;
		nw += o->data[i] == ' ';
		nc += o->data[i] == ',';
	}
	return nc <= commas && nw < words + slack;
}

static bool after_intro(const struct buf *o, size_t slack)
{
	return opening_phrases(o, slack, 1, 8);
}

static bool after_intros(const struct buf *o, size_t slack)
{
	return opening_phrases(o, slack, 3, 16);
}

/* Appends the kept tokens of [a, b) to o, one space where the text had white space or where
 * something was dropped between two words. A "he" or "she" that opens the summary, or that
 * follows a short opening phrase or the date phrase ("In 1911 he"), is noted in *m->subject. */
static void emit(struct tx_sum *m, size_t a, size_t b, struct buf *o)
{
	size_t prev = (size_t)-1;
	bool first = true;
	/* all written so far is the date phrase ("In 1911", "Last year,"), with a date word */
	bool date_lead = true, dated = false;
	size_t lead_len = 0;   /* the bytes of that phrase and its comma, when it has one */
	size_t date_words = 0; /* the date's words written */
	for (size_t k = a; k < b; k++) {
		if (m->k[k].drop)
			continue;
		const struct tx_stok *w = &m->k[k];
		if (prev != (size_t)-1) {
			const struct tx_stok *p = &m->k[prev];
			bool gap = w->s > p->e;
			if (k > prev + 1) {
				/* something was dropped between: a space, but none before closing
				 * or after opening punctuation */
				if (w->cp && w->cp != '"' && closing_punct(w->cp))
					gap = false;
				else if (p->cp && opening_punct(p->cp))
					gap = false;
				else if (p->cjk || w->cjk)
					gap = false; /* Chinese has no spaces */
				else
					gap = true;
			}
			/* ", ," or a comma after an opening bracket, left by a cut */
			if (w->cp == ',' && (o->len == 0 || o->data[o->len - 1] == ',' ||
					     o->data[o->len - 1] == '('))
				continue;
			if (gap)
				buf_putc(o, ' ');
		}
		/* a pronoun that opens the summary, or that follows a short opening phrase ("With
		 * 18 months left in power, he said"): noted for timex_name_subjects(); not before a
		 * capitalised word, where "He" is a family name ("spokeswoman He Yadong said") */
		/* the opening phrase after the date's ("In January, in his last address, he") */
		size_t skip = lead_len <= o->len ? lead_len : 0;
		struct buf rest = {o->data + skip, o->len - skip, 0};
		if (m->subject && m->subject->end == 0 &&
		    (first ? o->len == 0
			   : after_intro(o, date_words) || (date_lead && dated) ||
				     (skip && after_intro(&rest, 0)) ||
				     after_intros(o, date_words)) &&
		    (tx_wd(m, k, "he") || tx_wd(m, k, "she")) && is_word(m, k + 1) &&
		    !text_is_ascii_upper(m->t[m->k[k + 1].s]))
			*m->subject = (struct span){w->s, w->e};
		buf_put(o, m->t + w->s, w->e - w->s);
		dated |= w->date;
		date_words += w->date && !w->cp;
		date_lead &= w->date || is_p(m, k, ',') || tx_wd(m, k, "in") || tx_wd(m, k, "on") ||
			     tx_wd(m, k, "at") || tx_wd(m, k, "during");
		if (date_lead && dated && is_p(m, k, ','))
			lead_len = o->len + 1; /* past the space after the comma */
		prev = k;
		first = false;
	}
}

/* Does the summary s (n bytes) end with a U.S. state's abbreviation and its stop after a city
 * ("in Douglas, Ariz.")? The stop is the abbreviation's; a state never abbreviated ("in Des
 * Moines, Iowa.") ends with the sentence's. */
static bool state_stop(const char *s, size_t n)
{
	static const char whole[] = "alaska hawaii idaho iowa maine ohio texas utah";
	size_t w = n - (n > 0);
	while (w > 0 && s[w - 1] != ' ')
		w--;
	return n > 3 && s[n - 1] == '.' && w >= 2 && s[w - 2] == ',' &&
	       text_state_abbrev(s + w, n - 1 - w) && !text_word_in(whole, s + w, n - 1 - w);
}

/* Is the stop at token k glued to an abbreviation it closes (text_abbrev_stop(): "a.m.", "U.S.",
 * "Inc.", "Corp.", "Jr.")? A speech tag that ends there keeps it ("at 5 a.m.: “…”"). Wider than
 * text_abbrev_stop(): a summary's words run over stops, and any word with one inside keeps its
 * last ("a Ph.D.", "No.1."). */
static bool abbrev_stop(const struct tx_sum *m, size_t k)
{
	if (k == 0 || !is_p(m, k, '.') || !is_word(m, k - 1) || m->k[k].s != m->k[k - 1].e)
		return false;
	size_t w = m->k[k - 1].s;
	return memchr(m->t + w, '.', m->k[k].s - w) || text_abbrev_stop(m->t, w, m->k[k].s);
}

/* Tidies a summary in place: no punctuation at either end (nor CJK commas and stops, but a
 * state's abbreviation keeps its stop: state_stop()), a capital first letter, no unmatched
 * quotation mark or parenthesis at either end, no parentheses around the whole. */
static void tidy(struct buf *o)
{
	if (!o->len)
		return; /* an empty buffer's data is a constant "" */
	char *s = o->data;
	size_t n = o->len, lead = 0;
	/* a parenthesis at an end without its partner, or around the whole summary: "(if you
	 * want to know why ..., I wrote a primer.)" */
	size_t popen = 0, pclose = 0, depth = 0;
	bool around = lead < n && s[lead] == '(';
	for (size_t i = lead; i < n; i++) {
		popen += s[i] == '(';
		pclose += s[i] == ')';
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth && --depth == 0 && i + 1 < n)
			around = false; /* the first parenthesis closes before the end */
	}
	if (around && n > lead + 2 && s[n - 1] == ')' && popen == pclose) {
		lead++;
		n--;
	} else {
		if (lead < n && s[lead] == '(' && popen > pclose)
			lead++;
		if (n > lead && s[n - 1] == ')' && pclose > popen)
			n--;
	}
	for (;;) {
		/* the full stop of "6 p.m." or "the U.S." stays */
		bool abbr = n >= 4 && s[n - 1] == '.' && s[n - 3] == '.' &&
			    ((s[n - 2] | 32) >= 'a' && (s[n - 2] | 32) <= 'z');
		abbr = abbr || state_stop(s, n);
		if (n && !abbr &&
		    (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';' ||
		     s[n - 1] == ':' || s[n - 1] == '-')) {
			n--;
		} else if (n >= 3 && (memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0 ||
				      memcmp(s + n - 3, "\xEF\xBC\x8C", 3) == 0 ||
				      text_wide_dash(s + n - 3, 3))) {
			n -= 3;
		} else {
			break;
		}
	}
	for (;;) {
		if (lead < n && (s[lead] == ',' || s[lead] == ' ' || s[lead] == ';'))
			lead++;
		else if (lead + 3 <= n && (memcmp(s + lead, "\xEF\xBC\x8C", 3) == 0 ||
					   memcmp(s + lead, "\xE3\x80\x81", 3) == 0))
			lead += 3;
		else
			break;
	}
	/* one quotation mark at an end that has no partner inside */
	size_t quotes = 0, opens = 0, closes = 0;
	for (size_t i = lead; i < n; i++) {
		quotes += s[i] == '"';
		if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
			opens++;
		if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
			closes++;
	}
	if (lead < n && s[lead] == '"' && quotes % 2) {
		lead++;
		quotes--;
	} else if (lead + 3 <= n && memcmp(s + lead, "\xE2\x80\x9C", 3) == 0 && opens > closes) {
		lead += 3;
		opens--;
	}
	while (lead < n && s[lead] == ' ')
		lead++;
	if (n > lead && s[n - 1] == '"' && quotes % 2)
		n--;
	else if (n >= lead + 3 && memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 && closes > opens)
		n -= 3;
	while (n > lead && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	/* the comma the quotation closes over at the cut ("a \"moderate disappointment,\"") */
	if (n > lead + 2 && s[n - 2] == ',' && s[n - 1] == '"') {
		s[n - 2] = '"';
		n--;
	} else if (n > lead + 4 && s[n - 4] == ',' && memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0) {
		memmove(s + n - 4, s + n - 3, 3);
		n--;
	}
	memmove(s, s + lead, n - lead);
	n -= lead;
	s[n] = '\0';
	o->len = n;
	if (n && s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 32);
}

/* Does s hold at least `want` words (a CJK character counts as one)? */
static bool has_words(const char *s, size_t want)
{
	size_t n = 0;
	bool in = false;
	for (const unsigned char *p = (const unsigned char *)s; *p && n < want; p++) {
		if (*p >= 0xE3 && *p <= 0xE9 && p[1] && p[2]) {
			uint32_t cp = ((uint32_t)(*p & 0x0F) << 12) |
				      ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
			if (tx_is_cjk(cp)) {
				n++;
				in = false;
				p += 2;
				continue;
			}
		}
		bool w = (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z') ||
			 *p >= 0x80;
		n += w && !in;
		in = w;
	}
	return n >= want;
}

/* ---- speech ---- */

/* The close of the quotation opened at token q (below e), or e. A page may close a curly
 * quotation with a straight mark ("“As a builder, he ruined people, too" Sweeny said"): a
 * straight mark set right after a word closes it, unless a straight mark opened inside it
 * ("“He liked "Casablanca" best,” she said"). */
static size_t quote_end(const struct tx_sum *m, size_t q, size_t e)
{
	bool curly = is_p(m, q, 0x201C), inner = false;
	for (size_t k = q + 1; k < e; k++) {
		if (is_p(m, k, 0x201D) || (!curly && is_p(m, k, '"')))
			return k;
		if (!is_p(m, k, '"'))
			continue;
		if (m->k[k].s > m->k[k - 1].e)
			inner = true;
		else if (!inner)
			return k;
		else
			inner = false;
	}
	return e;
}

/* Appends the quoted words [a, b) (without the marks), without a comma that ended them before
 * the speech tag. */
static void emit_quoted(struct tx_sum *m, size_t a, size_t b, struct buf *o)
{
	while (b > a && is_p(m, b - 1, ','))
		b--;
	emit(m, a, b, o);
}

/* Appends the quoted words [a, b) (emit_quoted()) in curly quotation marks. */
static void emit_quote(struct tx_sum *m, size_t a, size_t b, struct buf *o)
{
	buf_puts(o, "\xE2\x80\x9C");
	emit_quoted(m, a, b, o);
	buf_puts(o, "\xE2\x80\x9D");
}

/* The two parts of a quotation a tag split, [q, qe] and [q2, q2e] (marks included): a sentence
 * the tag broke off mid-way ("“A is not just X,” he said, “but the attempt”": commas on both
 * sides of a tag that holds no other, and a small letter after it; not "“A,” Cook wrote,
 * adding that if X, “B”") reads as one quotation with an ellipsis for the tag (“A is not just
 * X … but the attempt”); parts of their own are joined by "and". */
static void emit_split_quote(struct tx_sum *m, size_t q, size_t qe, size_t q2, size_t q2e,
			     struct buf *o)
{
	size_t commas = 0;
	for (size_t k = qe + 1; k + 1 < q2; k++)
		commas += is_p(m, k, ',');
	bool goes_on = qe > q + 1 && is_p(m, qe - 1, ',') && commas == 0 && is_p(m, q2 - 1, ',') &&
		       q2 + 1 < q2e && is_word(m, q2 + 1) && !m->k[q2 + 1].cap && !m->k[q2 + 1].cjk;
	if (!goes_on) {
		emit_quote(m, q + 1, qe, o);
		buf_puts(o, " and ");
		emit_quote(m, q2 + 1, q2e, o);
		return;
	}
	buf_puts(o, "\xE2\x80\x9C");
	emit_quoted(m, q + 1, qe, o);
	buf_puts(o, " \xE2\x80\xA6 ");
	emit_quoted(m, q2 + 1, q2e, o);
	buf_puts(o, "\xE2\x80\x9D");
}

/* ---- a quotation that names two dates ---- */

/* A quotation of fewer words than this is shown whole under each of its dates. */
#define QUOTE_CUT_WORDS 12
/* A kept piece of a quotation has at least this many words: "On Monday" alone tells nothing. */
#define QUOTE_PIECE_WORDS 4

/* Marks the tokens of m that lie in a date the tagger found: the items of l near item xi (in
 * text order) that overlap m's window, the look bounded by the window. Only a day, a month, a
 * year or a time counts: an amount of time ("the first six days", "15 months of research"), a
 * set or "now" names no other date to cut a quotation at. */
static void mark_timexes(struct tx_sum *m, const struct timex_list *l, size_t xi)
{
	if (!m->n || !l || xi >= l->n)
		return;
	size_t lo = m->k[0].s, hi = m->k[m->n - 1].e, i = xi, k = 0;
	while (i > 0 && l->items[i - 1].span.end > lo)
		i--;
	for (; i < l->n && l->items[i].span.start < hi; i++) {
		const struct timex *t = &l->items[i];
		struct span x = t->span;
		if ((t->type != TIMEX_DATE && t->type != TIMEX_TIME) || strstr(t->value, "_REF"))
			continue;
		while (k < m->n && m->k[k].e <= x.start)
			k++;
		for (size_t j = k; j < m->n && m->k[j].s < x.end; j++)
			m->k[j].timex = true;
	}
}

static const char quote_coordinators[] = "and but or so yet while";
/* Subjects that open a clause of their own after "and" or a comma ("and we came back"); not "I"
 * after "and" ("my wife and I went"), nor "you" and "it", which are objects as often. */
static const char quote_subjects[] = "i we he she they";

/* Is there a "not", "never" or "n't" in the quoted words [a, k) back to a semicolon? Then a
 * "but" at k answers it ("We did not strike on Monday but on Tuesday"): the two halves are one
 * saying, and "We did not strike on Monday …" alone would say another thing. */
static bool negated(const struct tx_sum *m, size_t a, size_t k)
{
	for (size_t j = k; j-- > a && k - j <= 40 && !is_p(m, j, ';');) {
		const char *s = m->t + m->k[j].s;
		size_t n = m->k[j].e - m->k[j].s;
		if (tx_wd(m, j, "not") || tx_wd(m, j, "never") ||
		    (is_word(m, j) && n > 4 && memcmp(s + n - 3, "n't", 3) == 0) ||
		    (is_word(m, j) && n > 6 && memcmp(s + n - 5, "n\xE2\x80\x99t", 5) == 0))
			return true;
	}
	return false;
}

/* Does a clause of the quoted words from a end at token k, the next starting at *next: at a
 * semicolon, at a comma before "and", "but" ... (the word goes out with the cut), at "but"
 * between words, at "and" before a subject ("and we came back"), at a comma before a subject
 * when the clause before it has a subject of its own (`we lost, we` but not `After the vote,
 * we`)? */
/* The words from token k open a clause with no subject of its own, its verb first (after an
 * adverb or two: "then came back"): cut there, it would not say who did it ("… came back on
 * Wednesday" without "We"). */
static bool no_subject(const struct tx_sum *m, size_t k)
{
	for (size_t j = k; j < k + 2 && tx_wd_in(m, j, "again also later never still then"); j++)
		k++;
	return is_word(m, k) && !m->k[k].cap && tx_verbish(m, k);
}

static bool quote_bound(const struct tx_sum *m, size_t a, size_t k, size_t *next)
{
	*next = k + 1;
	if (is_p(m, k, ';'))
		return true;
	if (is_p(m, k, ',') && tx_wd_in(m, k + 1, quote_coordinators)) {
		*next = k + 2;
		return (!tx_wd(m, k + 1, "but") || !negated(m, a, k)) && !no_subject(m, k + 2);
	}
	if (k > a && is_word(m, k - 1) && is_word(m, k + 1) &&
	    ((tx_wd(m, k, "but") && !negated(m, a, k) && !no_subject(m, k + 1)) ||
	     (tx_wd(m, k, "and") && tx_wd_in(m, k + 1, quote_subjects) && !tx_wd(m, k + 1, "i"))))
		return is_word(m, k + 2);
	if (!is_p(m, k, ',') || !tx_wd_in(m, k + 1, quote_subjects) || !is_word(m, k + 2))
		return false;
	for (size_t j = k; j-- > a && k - j <= 40;) {
		if (is_p(m, j, ',') || is_p(m, j, ';'))
			break;
		if (tx_wd_in(m, j, quote_subjects) || tx_wd(m, j, "you") || tx_wd(m, j, "it"))
			return true;
	}
	return false;
}

static size_t count_words(const struct tx_sum *m, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t k = a; k < b; k++)
		n += is_word(m, k);
	return n;
}

/* Is token k the same word as one of the date [ds, de)? */
static bool same_as_date(const struct tx_sum *m, size_t k, size_t ds, size_t de)
{
	size_t n = m->k[k].e - m->k[k].s;
	for (size_t j = ds; j < de; j++)
		if (m->k[j].e - m->k[j].s == n &&
		    strncasecmp(m->t + m->k[j].s, m->t + m->k[k].s, n) == 0)
			return true;
	return false;
}

/* The most clause bounds a quotation is cut at; past them it goes on whole. */
#define QUOTE_BOUNDS 32

/* Appends the quoted words [a, b) in curly quotation marks (emit_quote()); when they hold the
 * date [ds, de) and name another date outside its clause, only that clause, what is cut off
 * on either side shown as "…" inside the marks, no word changed: "We walked out on Monday and
 * we came back on Wednesday, and in between we lost a week of pay" is “We walked out on Monday
 * …” under Monday and “… we came back on Wednesday …” under Wednesday. A quotation of fewer
 * than QUOTE_CUT_WORDS words, or one that names one date, is shown whole. True when it cut. */
static bool emit_quote_at(struct tx_sum *m, size_t a, size_t b, size_t ds, size_t de, struct buf *o)
{
	while (b > a && is_p(m, b - 1, ','))
		b--;
	if (!(ds < de && ds >= a && de <= b) || count_words(m, a, b) < QUOTE_CUT_WORDS) {
		emit_quote(m, a, b, o);
		return false;
	}
	size_t ends[QUOTE_BOUNDS] = {0}, nexts[QUOTE_BOUNDS] = {0}, nb = 0;
	int depth = 0;
	for (size_t k = a + 1; k + 1 < b && nb < QUOTE_BOUNDS; k++) {
		if (is_p(m, k, '(') || is_p(m, k, '['))
			depth++;
		else if ((is_p(m, k, ')') || is_p(m, k, ']')) && depth > 0)
			depth--;
		size_t next;
		if (depth || !quote_bound(m, a, k, &next) || (next > ds && k < de))
			continue; /* inside brackets, or the bound's words are the date's */
		ends[nb] = k;
		nexts[nb] = next;
		nb++;
	}
	/* the date's piece, from bound i - 1 to bound j; one too short to tell the event takes in
	 * the piece after it, or the one before */
	size_t i = 0;
	while (i < nb && ends[i] < ds)
		i++;
	size_t j = i, ps = i ? nexts[i - 1] : a, pe = j < nb ? ends[j] : b;
	while (count_words(m, ps, pe) < QUOTE_PIECE_WORDS && (j < nb || i > 0)) {
		if (j < nb) {
			j++;
			pe = j < nb ? ends[j] : b;
		} else {
			i--;
			ps = i ? nexts[i - 1] : a;
		}
	}
	/* another date outside the piece; the date's own word again names no other ("a nominee
	 * from yesterday -- who offers only the rhetoric of yesterday") */
	bool other = false;
	for (size_t k = a; k < b && !other; k++)
		other = (k < ps || k >= pe) && m->k[k].timex && !same_as_date(m, k, ds, de);
	if (!other || (ps == a && pe == b)) {
		emit_quote(m, a, b, o);
		return false;
	}
	while (pe > ps && (is_p(m, pe - 1, ',') || is_p(m, pe - 1, ';') || is_p(m, pe - 1, ':')))
		pe--;
	buf_puts(o, "\xE2\x80\x9C");
	if (ps > a)
		buf_puts(o, "\xE2\x80\xA6 ");
	emit(m, ps, pe, o);
	if (pe < b)
		buf_puts(o, " \xE2\x80\xA6");
	buf_puts(o, "\xE2\x80\x9D");
	return true;
}

static const char speech_verbs[] =
	"said says say told tells added adds noted notes declared stated explained insisted "
	"insists warned warns wrote writes asked asks argued argues replied recalled claimed "
	"claims continued announced remarked shouted tweeted posted predicted admitted conceded "
	"countered cautioned acknowledged suggested responded vowed concluded reported observed";
/* Participles of saying, a tag only after a comma ("He defended the remark, saying, “...”"; not
 * "an old saying", "I'm saying, where is this"). */
static const char speech_participles[] = "saying adding noting telling arguing insisting warning";

/* The verb at k is passive ("As reported by Western Journalism, ...", "as noted by the
 * Post"): no tag of a speaker. "continued by saying" is no passive. */
static bool passive(const struct tx_sum *m, size_t k)
{
	return tx_wd(m, k + 1, "by") &&
	       (tx_wd(m, k + 2, "the") || (k + 2 < m->n && m->k[k + 2].cap));
}

/* Where the appositive between a tag's speaker and its verb starts ("Gene Sperling, a top
 * adviser, said", "Sen. Lee (R-Ky.), a candidate, said"): the last comma before the comma that
 * ends before the verb, after a name. verb when there is none; when the name is the appositive
 * ("Her mother, Fiona, said"); when the date lies in it ("Lee, who served from 2009, said"); and
 * before a participle ("Lee compared them, saying"). */
static size_t appositive(const struct tx_sum *m, size_t a, size_t verb, size_t ds, size_t de)
{
	if (verb < a + 3 || !is_p(m, verb - 1, ',') || tx_wd_in(m, verb, speech_participles))
		return verb;
	for (size_t k = verb - 2; k > a; k--) {
		if (!is_p(m, k, ','))
			continue;
		bool name = m->k[k - 1].cap || is_p(m, k - 1, ')');
		return !name || (ds < de && ds >= k && ds < verb) ? verb : k;
	}
	return verb;
}

/* A tag [a, b) that gives a quotation's source with "according to" and nothing else
 * (`"...," according to Judicial Watch.`), written as it stands ("according to Judicial
 * Watch"): the source is a name or opens with an article, never a pronoun ("according to him",
 * "according to his aides" would leave the speaker unnamed), and is at most eight words. Not
 * a sentence that goes on after the source ("According to the Times, the deal closed"). */
static bool according_tag(struct tx_sum *m, size_t a, size_t b, size_t ds, size_t de, struct buf *o)
{
	size_t k = kept(m, a, b);
	if (!tx_wd(m, k, "according") || !tx_wd(m, k + 1, "to") || k + 2 >= b ||
	    !is_word(m, k + 2) || !(m->k[k + 2].cap || tx_wd_in(m, k + 2, "a an the")))
		return false;
	size_t words = 0, end = k + 2;
	while (end < b && !is_p(m, end, ',')) {
		if (open_q(m, end) || close_q(m, end))
			return false;
		words += is_word(m, end);
		end++;
	}
	if (end < b || words > 8)
		return false;
	if (ds < de && ds >= k && de <= end)
		tx_cut_date(m, k, end, ds, de, false);
	emit(m, k, end, o);
	return true;
}

/* The speech tag [a, b) ("he said on Friday", "said Huang", "Huang told reporters") as the
 * summary's subject and verb, its date cut; false when it is no tag (too long, no speech verb,
 * or a quotation inside). When the date lies in what the tag says of the speaker after a comma
 * and about is not NULL, writes that instead ("Don Fowler helmed the DNC from 1995 to 1997")
 * and sets *about. */
static bool emit_tag(struct tx_sum *m, size_t a, size_t b, size_t ds, size_t de, struct buf *o,
		     bool *about)
{
	size_t e0 = b;
	while (b > a && (end_punct(m, b - 1) || is_p(m, b - 1, ',') || is_p(m, b - 1, ':')) &&
	       !abbrev_stop(m, b - 1))
		b--;
	size_t words = 0, verb = b;
	if (according_tag(m, a, b, ds, de, o))
		return true;
	for (size_t k = a; k < b; k++) {
		if (open_q(m, k) || close_q(m, k))
			return false;
		words += is_word(m, k);
		if (verb == b && !passive(m, k) &&
		    (tx_wd_in(m, k, speech_verbs) ||
		     (k > a && is_p(m, k - 1, ',') && tx_wd_in(m, k, speech_participles))))
			verb = k;
	}
	if (verb == b || words < 2)
		return false;
	/* "says Parata, a fierce elder of the tribe", "he said, adding that ...": the tag ends at
	 * the comma after its speaker */
	/* "he said, paraphrasing her remarks": a comma right after a verb that follows its speaker
	 * ends the tag too, unless the date is in what follows ("said, recalling 1972") */
	bool after_verb = verb > kept(m, a, b) && !(ds < de && ds > verb);
	for (size_t k = verb + 1; k < b; k++)
		if (is_p(m, k, ',') && (k > verb + 1 || after_verb)) {
			b = k;
			break;
		}
	/* the date is in what follows the speaker ("said Don Fowler, who helmed the DNC from
	 * 1995"): the event is what that says of the speaker, not the speech */
	if (ds < de && ds >= b) {
		if (!about)
			return false;
		size_t sa = verb == a ? verb + 1 : a, sb = verb == a ? b : verb;
		emit(m, sa, sb, o);
		size_t r = b + 1, end = e0;
		while (end > r && (end_punct(m, end - 1) || is_p(m, end - 1, ',')) &&
		       !abbrev_stop(m, end - 1))
			end--;
		if (tx_wd(m, r, "who")) {
			buf_putc(o, ' ');
			r++;
		} else {
			buf_puts(o, ", ");
		}
		emit(m, r, end, o); /* the date's words stay, as in a clause */
		*about = true;
		return true;
	}
	words = 0;
	size_t ap = appositive(m, a, verb, ds, de);
	for (size_t k = a; k < b; k++)
		words += is_word(m, k) && (k < ap || k >= verb);
	if (words > 12)
		return false;
	if (ds < de && ds >= a && de <= b)
		tx_cut_date(m, a, b, ds, de, false);
	/* "said Huang": the speaker first */
	if (verb == kept(m, a, b) && verb + 1 < b) {
		emit(m, verb + 1, b, o);
		buf_putc(o, ' ');
		emit(m, verb, verb + 1, o);
		return true;
	}
	if (ap < verb) {
		emit(m, a, ap, o);
		buf_putc(o, ' ');
		a = verb;
	}
	emit(m, a, b, o);
	return true;
}

/* Speech: a sentence that is a quotation with its tag, where the date belongs to the tag or the
 * quotation: `"China will decide," he said on Friday.` → `He said: “China will decide”`, with
 * the quotation that goes on in the next sentence (`"We will be ready."`) joined by "and".
 * `next` is that sentence's tokens (may be NULL). Returns false when the sentence is no such
 * quotation. */
static bool speech(struct tx_sum *m, size_t s, size_t e, size_t ds, size_t de, struct tx_sum *next,
		   struct buf *o)
{
	size_t q = kept(m, s, e);
	if (q < e && open_q(m, q)) {
		/* quotation first, tag after */
		size_t qe = quote_end(m, q, e);
		if (qe + 1 >= e)
			return false;
		size_t ta = qe + 1, tb = e;
		if (is_p(m, ta, ','))
			ta++;
		/* a tag between two parts: "A," he said, "B." */
		size_t q2 = ta;
		while (q2 < e && !open_q(m, q2))
			q2++;
		tb = q2;
		if (ds < de && ds < ta && de > qe)
			return false; /* the date spans the quotation's end: no tag */
		struct buf tag = BUF_INIT;
		bool about = false;
		if (!emit_tag(m, ta, tb, ds >= ta ? ds : de, de, &tag, &about)) {
			buf_free(&tag);
			return false;
		}
		buf_put(o, tag.data, tag.len);
		buf_free(&tag);
		if (about)
			return true;
		buf_puts(o, ": ");
		if (q2 < e) {
			emit_split_quote(m, q, qe, q2, quote_end(m, q2, e), o);
			return true;
		}
		/* a quotation cut to its date's clause is not joined to what goes on after it */
		if (!emit_quote_at(m, q + 1, qe, ds, de, o) && next && next->n && open_q(next, 0) &&
		    qe > q + 1 && is_p(m, qe - 1, ',')) {
			/* the quotation the tag broke off goes on in the next sentence */
			size_t ne = quote_end(next, 0, next->n);
			if (ne + 1 >= next->n || (ne + 2 == next->n && end_punct(next, ne + 1))) {
				buf_puts(o, " and ");
				emit_quote(next, 1, ne, o);
			}
		}
		return true;
	}
	/* tag first: "Huang said on Friday: "China will decide."" */
	for (size_t k = s; k + 1 < e && k < s + 16; k++) {
		if (!((is_p(m, k, ':') || is_p(m, k, ',')) && open_q(m, k + 1)))
			continue;
		size_t qe = quote_end(m, k + 1, e);
		struct buf tag = BUF_INIT;
		if (!emit_tag(m, s, k, ds < k ? ds : de, de, &tag, NULL) || tag.len == 0) {
			buf_free(&tag);
			return false;
		}
		buf_put(o, tag.data, tag.len);
		buf_free(&tag);
		buf_puts(o, ": ");
		emit_quote_at(m, k + 2, qe, ds, de, o);
		return true;
	}
	return false;
}

/* Loads sentence si (at most WINDOW bytes of it) into m, no date marked. */
static void load_plain(struct tx_sum *m, const struct doc *d, size_t si, struct span *subject)
{
	size_t len;
	memset(m, 0, sizeof(*m));
	m->t = doc_text(d, &len);
	m->subject = subject;
	struct span sp = doc_sentence(d, si)->span;
	size_t e = sp.end;
	if (e > sp.start + WINDOW)
		e = sp.start;
	tx_sum_tokenize(m, sp.start, e, (struct span){0, 0});
}

/* The speech tag sentence si holds, written to tag (speaker and verb, a pronoun resolved):
 * after a quotation (`"...," Forte said.`), before one (`He added: "...`), or as the whole
 * sentence (`Forte said.`). after: only a tag that follows a quotation's end counts. *intro:
 * the sentence opens a quotation after words of its own and a colon or comma, a tag or not
 * ("There is an old saying here: "...") (NULL: not asked). */
static bool sentence_tag(const struct doc *d, size_t si, struct span *subject, bool after,
			 struct buf *tag, bool *intro)
{
	struct tx_sum m;
	bool found = false;
	load_plain(&m, d, si, subject);
	size_t qc = m.n;
	for (size_t k = 0; k < m.n; k++)
		if (close_q(&m, k) && (k == 0 || !open_q(&m, k) || k + 1 < m.n)) {
			/* a straight quote closes when it follows a word or punctuation directly;
			 * one that opens the sentence opens a quotation */
			if (is_p(&m, k, '"') && (k == 0 || m.k[k].s > m.k[k - 1].e))
				continue;
			qc = k;
			break;
		}
	if (qc < m.n) {
		size_t ta = qc + 1;
		if (is_p(&m, ta, ','))
			ta++;
		size_t tb = ta;
		while (tb < m.n && !open_q(&m, tb))
			tb++;
		found = ta < tb && emit_tag(&m, ta, tb, 0, 0, tag, NULL);
	} else if (m.n && !open_q(&m, 0)) {
		/* a sentence that is only a tag, or one that opens a quotation */
		size_t k = 0;
		while (k < m.n && !open_q(&m, k))
			k++;
		if (k == m.n)
			found = emit_tag(&m, 0, m.n, 0, 0, tag, NULL);
		else if (!after && k > 0 && (is_p(&m, k - 1, ':') || is_p(&m, k - 1, ','))) {
			found = emit_tag(&m, 0, k - 1, 0, 0, tag, NULL);
			if (intro)
				*intro = true;
		}
	}
	sum_free(&m);
	return found && tag->len;
}

/* Does sentence si hold a double quotation mark? */
static bool holds_quote(const struct doc *d, size_t si)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct span sp = doc_sentence(d, si)->span;

	for (size_t i = sp.start; i < sp.end; i++)
		if (t[i] == '"' || text_curly_double(t + i, sp.end - i))
			return true;
	return false;
}

/* Is sentence si all words of a quotation that opened before it, no mark in it ("He also
 * reported grenades" inside a reporter's quoted account)? Then it holds no tag. */
static bool inside_quote(const struct doc *d, size_t si)
{
	const struct doc_sentence *p = si > 0 ? doc_sentence(d, si - 1) : NULL;
	return p && p->ends_in_quote && p->paragraph == doc_sentence(d, si)->paragraph &&
	       !holds_quote(d, si);
}

/* Does sentence si hold a quotation mark, or end in a colon ("He then listed the qualities:")?
 * Then a quotation in the next paragraph may go on from a speaker named before it. */
static bool quotes_or_leads(const struct doc *d, size_t si)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct span sp = doc_sentence(d, si)->span;
	size_t e = sp.end;

	while (e > sp.start && text_is_ascii_space(t[e - 1]))
		e--;
	return (e > sp.start && t[e - 1] == ':') || holds_quote(d, si);
}

/* The bytes of tag (a tag written by sentence_tag(): "Viguerie notes", "Huang told reporters")
 * that name its speaker, the words before its verb of saying; 0 when the speaker is no name
 * (a pronoun, a lowercase word) or there is no such verb. */
static size_t tag_speaker(const struct buf *tag)
{
	static const char pronouns[] = TX_SUBJECT_PRONOUNS;
	const char *s = tag->data;
	size_t n = tag->len, w = 0;
	while (w < n) {
		size_t e = w;
		while (e < n && s[e] != ' ')
			e++;
		if (text_word_in(speech_verbs, s + w, e - w))
			break;
		w = e + (e < n);
	}
	size_t sp = w > 0 ? w - 1 : 0, first = strcspn(s, " ");
	if (w >= n || sp == 0 || !text_is_ascii_upper(s[0]) ||
	    text_word_in(pronouns, s, first < sp ? first : sp))
		return 0;
	return sp;
}

/* A quotation paragraph with no tag after a paragraph of narration: the tag of the quotation
 * in the paragraph after it, when the last tag before the narration (up to two paragraphs
 * back) names the same speaker. A quotation between two of one speaker's is that speaker's
 * ("... ," Viguerie notes. / Viguerie is upbeat about ... / "Not only can ..." / "... ,"
 * Viguerie notes.); the narration alone does not say whose it is. */
static bool bracket_tag(const struct doc *d, size_t si, struct span *subject, struct buf *tag)
{
	size_t para = doc_sentence(d, si)->paragraph, ns = doc_sentence_count(d);
	struct buf before = BUF_INIT;
	struct span sub0;
	bool found = false;
	for (size_t j = si; j-- > 0 && si - j <= 8;) {
		size_t back = para - doc_sentence(d, j)->paragraph;
		if (back > 2)
			break;
		if (back == 0 || inside_quote(d, j) || !holds_quote(d, j))
			continue;
		found = sentence_tag(d, j, &sub0, true, &before, NULL);
		break;
	}
	size_t sp = found ? tag_speaker(&before) : 0;
	found = false;
	for (size_t j = si + 1; sp && j < ns && j <= si + 4 && !found; j++) {
		size_t p = doc_sentence(d, j)->paragraph;
		if (p > para + 1)
			break;
		if (p == para)
			continue;
		buf_clear(tag);
		*subject = (struct span){0, 0};
		found = holds_quote(d, j) && sentence_tag(d, j, subject, true, tag, NULL) &&
			tag_speaker(tag) == sp && memcmp(tag->data, before.data, sp) == 0;
		if (!doc_sentence(d, j)->ends_in_quote)
			break;
	}
	buf_free(&before);
	if (!found) {
		buf_clear(tag);
		*subject = (struct span){0, 0};
	}
	return found;
}

/* A date inside a quotation with no tag in its sentence before the close: a tag after the close
 * in its own sentence, or the tag from the sentences after it in the paragraph (up to where the
 * quotation closes; not a sentence inside the quotation, inside_quote()) or before it (in its
 * paragraph or the one before, the speaker a quotation goes on from; two paragraphs back only
 * over one that quotes or leads into the quotation with a colon, not over a paragraph of
 * narration, which may name the next speaker: "The Pentagon's recent top adviser went further,
 * arguing ..."). A sentence that opens the quotation after words of its own that are no tag
 * ("There is an old saying here: "...") ends the walk back: the quotation is that sentence's,
 * not an earlier speaker's; so does narration before it in its own paragraph. When the walk
 * back finds no tag, the speaker of the quotations on both sides (bracket_tag()). */
static bool find_tag(const struct doc *d, size_t si, struct span *subject, struct buf *tag)
{
	size_t para = doc_sentence(d, si)->paragraph, ns = doc_sentence_count(d);
	for (size_t j = si; j < ns && j <= si + 3; j++) {
		if (doc_sentence(d, j)->paragraph != para)
			break;
		buf_clear(tag);
		*subject = (struct span){0, 0};
		/* the quotation's own sentence only by a tag after its close */
		if ((j > si ? !inside_quote(d, j) : holds_quote(d, j)) &&
		    sentence_tag(d, j, subject, true, tag, NULL))
			return true;
		if (j > si && !doc_sentence(d, j)->ends_in_quote)
			break;
	}
	bool quoting = false; /* the paragraph before quotes or leads into a quotation */
	for (size_t j = si; j-- > 0 && si - j <= 8;) {
		size_t back = para - doc_sentence(d, j)->paragraph;
		if (back > 2 || (back == 2 && !quoting))
			break;
		if (back == 1)
			quoting = quoting || quotes_or_leads(d, j);
		if (inside_quote(d, j))
			continue;
		buf_clear(tag);
		*subject = (struct span){0, 0};
		bool intro = false;
		if (sentence_tag(d, j, subject, false, tag, &intro))
			return true;
		/* narration before the quotation in its own paragraph ("Cruz tweeted a warning.
		 * "..."") names its speaker if anyone does, not a tag before it */
		if (intro || (back == 0 && !quotes_or_leads(d, j))) {
			buf_clear(tag);
			*subject = (struct span){0, 0};
			return false;
		}
	}
	return bracket_tag(d, si, subject, tag);
}

/* ---- the entry point ---- */

static void sum_load(struct tx_sum *m, const struct doc *d, size_t si, struct span cut, size_t from)
{
	size_t len;
	m->t = doc_text(d, &len);
	struct span sp = doc_sentence(d, si)->span;
	size_t s = sp.start, e = sp.end;
	/* a stamp that opens the sentence ("12:00 PM PT -- ") is the page's, not the event's */
	if (from > s && from <= cut.start)
		s = from;
	if (cut.start > s + WINDOW) {
		m->trunc = true;
		s = cut.start - WINDOW;
		while (s < cut.start && m->t[s] != ' ')
			s++;
	}
	if (e > cut.end + WINDOW) {
		e = cut.end + WINDOW;
		while (e > cut.end && m->t[e - 1] != ' ')
			e--;
	}
	/* a dateline opening the paragraph ("TAIPEI — ") is no part of the sentence */
	const struct doc_sentence *ds = doc_sentence(d, si);
	if (ds->span.start == s && doc_paragraph(d, ds->paragraph)->first_sentence == si)
		s = text_dateline_end(m->t, s, e);
	tx_sum_tokenize(m, s, e, cut);
}

static void sum_free(struct tx_sum *m)
{
	free(m->k);
}

/* Verbs of saying whose subject is somebody: a "they" or "it" before one is an agent, not a
 * thing the sentence before named ("It added that ..."). */
static const char agent_says[] =
	"acknowledged added adds announced argued confirmed disclosed estimated estimates expects "
	"forecast noted predicted reported reports said says stated told warned";

/* Words that open a sentence but no noun phrase ("On Monday the ministry ..."). */
static const char no_subject_openers[] =
	"a after an and as at before but by during for from he her his i if in it its last my "
	"on once our she since so such that their then there these they this those to we when "
	"where while with yesterday you your";

/* Names of days and months, the capitalised words a subject's sentence may hold besides it. */
static const char calendar_names[] =
	"apr april aug august dec december feb february fri friday jan january jul july jun june "
	"mar march may mon monday nov november oct october sat saturday sep sept september sun "
	"sunday thu thursday tue tuesday wed wednesday";

/* The noun phrase that opens sentence si and runs into its verb, one of its number ("The county
 * health department reported ...", "Health officials said ..."): at most six words, each a
 * capitalised word or a lowercase word of letters, "of" or "and" only between capitalised
 * words, no punctuation; a plural noun ends in "s" ("officials", not "business") or is
 * "police", "people" or "staff" (plural: they); "it" is a body's: a noun of one, a legal form or
 * a name of two words or more after "The" (not "Acme's profit", "The mayor", "Smith"); no other
 * name nor a quotation follows
 * in the sentence. Its span in *np; false when the sentence opens otherwise. */
static bool opening_subject(const struct doc *d, size_t si, bool plural, struct span *np)
{
	struct tx_sum p;
	load_plain(&p, d, si, NULL);
	size_t k = tx_wd(&p, 0, "the") ? 1 : 0, v = k;
	bool ok = is_word(&p, 0) && !(k == 0 && tx_wd_in(&p, 0, no_subject_openers));
	for (; ok && v < p.n && v < k + 7 && !(v > k && !p.k[v].cap && tx_verbish(&p, v)); v++) {
		const struct tx_stok *w = &p.k[v];
		bool joint = tx_wd_in(&p, v, "and of") && v > k && p.k[v - 1].cap && v + 1 < p.n &&
			     p.k[v + 1].cap;
		ok = is_word(&p, v) && (w->cap || joint || text_is_ascii_lower(p.t[w->e - 1]));
	}
	ok = ok && v > k && v < k + 7 && v < p.n && !p.k[v].cap && tx_verbish(&p, v);
	/* no other name, nor a quotation, the pronoun could stand for ("The ministry criticised
	 * Acme"); a day's or a month's name is none */
	for (size_t i = v + 1; ok && i < p.n; i++)
		ok = !open_q(&p, i) && !close_q(&p, i) &&
		     !(is_word(&p, i) && p.k[i].cap && !tx_wd_in(&p, i, calendar_names));
	if (ok) {
		const struct tx_stok *h = &p.k[v - 1];
		size_t n = h->e - h->s;
		bool s = n >= 3 && p.t[h->e - 1] == 's' && p.t[h->e - 2] != 's' &&
			 p.t[h->e - 2] != 'u' && p.t[h->e - 2] != 'i' && p.t[h->e - 2] != '\'';
		bool many = (s && !h->cap) || tx_wd_in(&p, v - 1, "people police staff");
		/* "Acme's profit fell. It expects": a figure, or a thing of a possessor, is no
		 * one that says */
		bool owned = false;
		for (size_t i = p.k[k].s; i + 1 < h->e && !owned; i++)
			owned = p.t[i] == '\'' || (p.t[i] == '\x80' && p.t[i + 1] == '\x99');
		/* "it" says a body: a noun of one ("department", "ministry", "Service"), a
		 * business's legal form ("Acme Corp"); a name alone may be a person's */
		size_t hn = h->e - h->s;
		bool body = coref_org_noun(p.t + h->s, hn) || coref_legal_form(p.t + h->s, hn) ||
			    (k == 1 && v > 2 && h->cap);
		ok = plural ? many
			    : !many && !owned && body && !tx_wd_in(&p, v - 1, tx_business_figures);
		*np = (struct span){p.k[0].s, h->e};
	}
	sum_free(&p);
	return ok;
}

/* "The county health department reported 41 cases on Monday. It added that 23 people had been
 * hospitalized": a summary o of sentence si (tokens m) that opens with the sentence's own "It"
 * or "They" before a verb of saying (agent_says; "also", "has" or "had" between) says the subject of the
 * sentence before in its paragraph, when that sentence opens with one of the pronoun's number
 * (opening_subject()); else no referent is safe and o stays. */
static void name_opening_pronoun(const struct tx_sum *m, const struct doc *d, size_t si,
				 struct buf *o)
{
	size_t v = 1;
	while (v < 3 && tx_wd_in(m, v, "also had has have"))
		v++; /* "It has said", "It had also argued" */
	bool plural = tx_wd(m, 0, "they");
	struct span np;
	if (m->trunc || !m->n || m->k[0].drop || !(plural || tx_wd(m, 0, "it")) ||
	    !tx_wd_in(m, v, agent_says) || si == 0 ||
	    doc_sentence(d, si - 1)->paragraph != doc_sentence(d, si)->paragraph ||
	    m->k[0].s != doc_sentence(d, si)->span.start || o->len < m->k[0].e - m->k[0].s ||
	    strncasecmp(o->data, m->t + m->k[0].s, m->k[0].e - m->k[0].s) != 0 ||
	    !opening_subject(d, si - 1, plural, &np))
		return;
	struct buf b = BUF_INIT;
	buf_put(&b, m->t + np.start, np.end - np.start);
	buf_puts(&b, o->data + (m->k[0].e - m->k[0].s));
	buf_free(o);
	*o = b;
}

char *tx_summary(const struct doc *d, size_t si, struct span cut, size_t from,
		 const struct timex_list *l, size_t xi, struct span *subject)
{
	struct tx_sum m;
	struct buf o = BUF_INIT;
	memset(&m, 0, sizeof(m));
	m.subject = subject;
	*subject = (struct span){0, 0};
	sum_load(&m, d, si, cut, from);
	mark_timexes(&m, l, xi);

	size_t ds = m.n, de = 0;
	for (size_t k = 0; k < m.n; k++)
		if (m.k[k].date) {
			ds = ds < k ? ds : k;
			de = k + 1;
		}
	if (ds >= de) {
		ds = de = 0;
	}

	/* speech: the sentence is a quotation with its tag */
	struct tx_sum next;
	memset(&next, 0, sizeof(next));
	const struct doc_sentence *sn = si + 1 < doc_sentence_count(d) ? doc_sentence(d, si + 1)
								       : NULL;
	/* the next sentence only matters to a quotation that opens this one */
	if (sn && sn->paragraph == doc_sentence(d, si)->paragraph && m.n && open_q(&m, 0)) {
		next.t = m.t;
		next.subject = NULL;
		size_t ne = sn->span.end;
		if (ne > sn->span.start + WINDOW)
			ne = sn->span.start;
		tx_sum_tokenize(&next, sn->span.start, ne, (struct span){0, 0});
	}
	bool done = speech(&m, 0, m.n, ds, de, next.n ? &next : NULL, &o);
	sum_free(&next);
	if (done) {
		tidy(&o);
		if (has_words(o.data, 3)) {
			sum_free(&m);
			return buf_detach(&o, NULL);
		}
		buf_clear(&o);
		*subject = (struct span){0, 0};
		tx_sum_undrop(&m);
	}

	/* a date inside a quotation that has no tag in its sentence: the tag found around it */
	if (de && !done) {
		size_t q0 = kept(&m, 0, m.n);
		bool opens = q0 < m.n && open_q(&m, q0);
		bool cont = si > 0 && doc_sentence(d, si - 1)->ends_in_quote &&
			    doc_sentence(d, si - 1)->paragraph == doc_sentence(d, si)->paragraph;
		size_t qs = opens ? q0 + 1 : 0, qe = opens ? quote_end(&m, q0, m.n) : 0;
		if (!opens && cont)
			while (qe < m.n && !close_q(&m, qe))
				qe++;
		if ((opens || cont) && ds >= qs && de <= qe) {
			struct buf tag = BUF_INIT;
			if (find_tag(d, si, subject, &tag)) {
				buf_put(&o, tag.data, tag.len);
				buf_puts(&o, ": ");
			}
			buf_free(&tag);
			emit_quote_at(&m, qs, qe, ds, de, &o);
			tidy(&o);
			sum_free(&m);
			return buf_detach(&o, NULL);
		}
	}

	/* the clause the date belongs to, without filler and without the date */
	size_t a = 0, b = m.n;
	/* a sentence end the sentence splitter let pass ("off the hook). Senate ..."): the date's
	 * sentence starts after it */
	size_t fresh = a;
	for (size_t k = a + 1; k + 1 < ds && k < b; k++) {
		if (!m.k[k].cp || !end_punct(&m, k) || !is_word(&m, k + 1) || !m.k[k + 1].cap)
			continue;
		const struct tx_stok *p = &m.k[k - 1];
		/* a lowercase word ends it, but no dotted one ("10:30 p.m. Tuesday") */
		bool lower = p->cp == 0 && p->e - p->s >= 2 && !p->cap &&
			     !memchr(m.t + p->s, '.', p->e - p->s);
		if (lower || is_p(&m, k - 1, ')') || close_q(&m, k - 1))
			fresh = k + 1;
	}
	a = fresh;
	if (m.trunc && a == 0) {
		/* the window cut into a long sentence: start at a clause boundary */
		for (size_t k = a; k < ds && k < b; k++)
			if (is_p(&m, k, ',') || is_p(&m, k, ';') || is_p(&m, k, ':')) {
				a = k + 1;
				break;
			}
	}
	if (de)
		tx_narrow_clause(&m, ds, &a, &b);
	if (de && !tx_relative_clause(&m, ds, de, &a, &b)) {
		tx_relative_event(&m, ds, de, &a, &b);
		tx_drop_dated_aside(&m, ds, de, &a, &b);
	}
	/* the date's own words stay: the label says the date, the summary what the article says
	 * of it ("since independence in 1980", "in the early 1990s", "a week ago") */
	for (int round = 0; round < 8 && tx_drop_filler(&m, a, b); round++)
		;
	emit(&m, a, b, &o);
	tidy(&o);
	if (!has_words(o.data, 3)) {
		/* too little left: the whole sentence, the date kept */
		buf_clear(&o);
		*subject = (struct span){0, 0};
		tx_sum_undrop(&m);
		for (int round = 0; round < 8 && tx_drop_filler(&m, 0, m.n); round++)
			;
		emit(&m, 0, m.n, &o);
		tidy(&o);
	}
	name_opening_pronoun(&m, d, si, &o);
	sum_free(&m);
	return buf_detach(&o, NULL);
}
