/* timex_clause: a sentence read as clauses for the summary of an event (timex_summary.c): its
 * tokens and what its words are (verbs, relatives, subjects), the clause the date belongs to,
 * leading discourse filler, and the date phrase cut where the summary reads well without it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "timex_int.h"

/* ---- tokens ---- */

static uint32_t cp_at(const char *t, size_t i, size_t e, int *len)
{
	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return (unsigned char)t[i];
	}
	uint32_t cp;
	int l = text_decode(t + i, e - i, &cp);
	*len = l ? l : 1;
	return l ? cp : 0xFFFD;
}

/* ASCII letters and digits, the common case, without a table lookup of Unicode. */
static bool alnum(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	return text_is_alnum(cp);
}

static bool space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return text_is_space(cp);
}

bool tx_is_cjk(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Characters that join two parts of one word: "Huang's", "U.S", "3:30", "1,000", "mid-2024". */
static bool joiner(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == ':' || cp == ',';
}

/* The bytes of the control at t[i] (its code point cp, l bytes) and the escape sequence it
 * opens, below e: a CSI ("ESC [ 2 J") to its final byte, a string (OSC "ESC ] 0 ; title BEL",
 * DCS, APC, PM, SOS) to BEL or ST, another escape to its final byte, else the control alone.
 * A summary leaves them out: "\033]0;Pwned\007" is no text, and its ";" no clause's end. */
static size_t control_len(const char *t, size_t i, size_t e, uint32_t cp, int l)
{
	size_t j = i + (size_t)l;
	bool csi = cp == 0x9B,
	     str = cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E || cp == 0x9F;
	if (cp == 0x1B && j < e) {
		char c = t[j++];
		csi = c == '[';
		str = c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X';
		if (!csi && !str) {
			/* intermediates, then one final byte */
			while (j < e && t[j] >= 0x20 && t[j] <= 0x2F)
				j++;
			if (j < e && t[j] >= 0x30 && t[j] <= 0x7E && c >= 0x20 && c <= 0x2F)
				j++;
			return j - i;
		}
	}
	if (csi) {
		while (j < e && t[j] >= 0x20 && t[j] <= 0x3F)
			j++;
		if (j < e && t[j] >= 0x40 && t[j] <= 0x7E)
			j++;
	} else if (str) {
		for (; j < e; j++) {
			if (t[j] == 0x07)
				return j + 1 - i;
			if (t[j] == 0x1B && j + 1 < e && t[j + 1] == '\\')
				return j + 2 - i;
			if ((unsigned char)t[j] == 0xC2 && j + 1 < e &&
			    (unsigned char)t[j + 1] == 0x9C)
				return j + 2 - i;
		}
	}
	return j - i;
}

void tx_sum_tokenize(struct tx_sum *m, size_t s, size_t e, struct span cut)
{
	const char *t = m->t;
	/* words run five bytes and a space: a third of the bytes is room enough, mostly */
	size_t cap = (e > s ? e - s : 0) / 3 + 16;
	m->n = 0;
	m->k = xmalloc(cap * sizeof(*m->k));
	for (size_t i = s; i < e;) {
		int l;
		uint32_t cp = cp_at(t, i, e, &l);
		if (space(cp)) {
			i += (size_t)l;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			i += control_len(t, i, e, cp, l);
			continue;
		}
		if (m->n == cap)
			m->k = xgrow(m->k, &cap, m->n + 1, sizeof(*m->k));
		struct tx_stok *k = &m->k[m->n++];
		*k = (struct tx_stok){.s = i};
		if (tx_is_cjk(cp)) {
			/* one word a character, as the tagger reads Chinese */
			k->cjk = true;
			i += (size_t)l;
		} else if (alnum(cp)) {
			k->cap = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : text_is_upper(cp);
			bool digit = cp >= '0' && cp <= '9';
			i += (size_t)l;
			while (i < e) {
				/* the common case: more ASCII letters */
				unsigned char b = (unsigned char)t[i];
				if (((b | 32) >= 'a' && (b | 32) <= 'z')) {
					digit = false;
					i++;
					continue;
				}
				uint32_t c2 = cp_at(t, i, e, &l);
				if (tx_is_cjk(c2))
					break;
				if (alnum(c2)) {
					digit = c2 >= '0' && c2 <= '9';
					i += (size_t)l;
					continue;
				}
				int l3;
				if (!joiner(c2) || i + (size_t)l >= e)
					break;
				uint32_t c3 = cp_at(t, i + (size_t)l, e, &l3);
				bool d3 = c3 >= '0' && c3 <= '9';
				/* "1,000" and "3:30" join digits only; the others join letters too */
				if (!alnum(c3) || ((c2 == ',' || c2 == ':') && !(digit && d3)))
					break;
				i += (size_t)l;
			}
		} else {
			k->cp = cp;
			i += (size_t)l;
		}
		k->e = i;
		k->date = k->s < cut.end && k->e > cut.start;
		k->c0 = k->cp ? 0 : (char)(t[k->s] | (t[k->s] >= 'A' && t[k->s] <= 'Z' ? 32 : 0));
	}
}

void tx_sum_undrop(struct tx_sum *m)
{
	for (size_t k = 0; k < m->n; k++)
		m->k[k].drop = false;
}

bool tx_wd(const struct tx_sum *m, size_t k, const char *w)
{
	if (!is_word(m, k))
		return false;
	if (m->k[k].c0 != w[0])
		return false;
	const char *t = m->t;
	size_t i = m->k[k].s, e = m->k[k].e;
	for (; *w; w++) {
		if (i >= e)
			return false;
		char ch = t[i];
		if (*w == '\'' && text_curly_single(t + i, e - i) == 0x2019) {
			i += 3;
			continue;
		}
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch + 32);
		if (ch != *w)
			return false;
		i++;
	}
	return i == e;
}

/* The word of token k as a list writes it, in w (cap bytes): a curly apostrophe after the first
 * letter read as "'", as in tx_wd(); its length, or 0 when it is longer than any listed word. */
static size_t list_form(const struct tx_sum *m, size_t k, char *w, size_t cap)
{
	size_t len = 0;

	for (size_t i = m->k[k].s; i < m->k[k].e; i++) {
		if (len + 1 >= cap)
			return 0;
		if (len && text_curly_single(m->t + i, m->k[k].e - i) == 0x2019) {
			w[len++] = '\'';
			i += 2;
			continue;
		}
		w[len++] = m->t[i];
	}
	return len;
}

bool tx_wd_in(const struct tx_sum *m, size_t k, const char *words)
{
	char w[32];
	size_t len;

	if (!is_word(m, k) || !(len = list_form(m, k, w, sizeof(w))))
		return false;
	return text_word_in(words, w, len);
}

/* ---- what words are ---- */

/* Finite verbs and auxiliaries. */
static const char verbs[] =
	"am are argues be became been began believe believes bought brought built came can can't "
	"chose could cut did didn't died do does doesn't drew estimates expect expects fell fled flew found "
	"gave got grew had has hasn't have haven't held hit hope hopes insists is isn't kept knew "
	"know knows led left let lost made may met might must paid plan plans predicts put ran "
	"remains rose said sat saw say says see seems sees sent set shall should sold spoke stood "
	"struck tells think thinks thought threw told took want wants warns was wasn't went were "
	"will won won't would wouldn't wrote";

/* verbs as a table, filled once: a summary asks of every word of its sentence */
static struct text_words verb_table;
static bool verbs_ok;
static pthread_once_t verbs_filled = PTHREAD_ONCE_INIT;

static void fill_verbs(void)
{
	static const struct text_words_group g = {1, verbs};

	verbs_ok = text_words_fill(&verb_table, &g, 1, NULL);
}

bool tx_clause_check(void)
{
	pthread_once(&verbs_filled, fill_verbs);
	return verbs_ok;
}

/* True when token k is one of verbs (a curly apostrophe read as "'", as in tx_wd_in()). */
static bool listed_verb(const struct tx_sum *m, size_t k)
{
	char w[TEXT_WORD_MAX];
	size_t len = list_form(m, k, w, sizeof(w));

	pthread_once(&verbs_filled, fill_verbs);
	return len && text_words_lookup(&verb_table, w, len, NULL) != 0;
}

/* A word that looks like a finite verb: one of the list, or a past form in "-ed". */
static bool verbish(const struct tx_sum *m, size_t k)
{
	if (!is_word(m, k))
		return false;
	struct tx_stok *w = &m->k[k];
	if (w->verb)
		return w->verb > 0;
	size_t n = w->e - w->s;
	bool v = (!w->cap && n >= 5 && m->t[w->e - 2] == 'e' && m->t[w->e - 1] == 'd') ||
		 listed_verb(m, k);
	w->verb = v ? 1 : -1; /* asked again and again by the clause tests */
	return v;
}

bool tx_verbish(const struct tx_sum *m, size_t k)
{
	return verbish(m, k);
}

/* Do tokens [a, b) read as a clause: two words or more, one of them a verb? */
static bool clause_like(const struct tx_sum *m, size_t a, size_t b)
{
	size_t words = 0;
	bool verb = false;
	for (size_t k = a; k < b; k++) {
		words += is_word(m, k);
		verb |= verbish(m, k);
	}
	return words >= 2 && verb;
}

static const char relatives[] = "that who which whom whose where when if whether";

/* Does a finite verb come in [k, e) before any relative word or comma (the clause's own verb,
 * not one of a clause inside it: "a tacit acknowledgment that he may be")? */
static bool main_verb(const struct tx_sum *m, size_t k, size_t e)
{
	for (; k < e; k++) {
		if (is_p(m, k, ',') || is_p(m, k, ';') || tx_wd_in(m, k, relatives))
			return false;
		if (verbish(m, k))
			return true;
	}
	return false;
}

/* Does the clause [k, e) open with its own subject and verb (not ", and is expected to", ",
 * and expanding", ", and persuade executives", ", and a tacit acknowledgment that ...")? A
 * name may carry an apposition before its verb ("Suu Kyi, a Nobel laureate, invited"). */
static bool has_subject(const struct tx_sum *m, size_t k, size_t e)
{
	if (!is_word(m, k) || verbish(m, k) || tx_wd(m, k, "to"))
		return false;
	const struct tx_stok *w = &m->k[k];
	size_t n = w->e - w->s;
	if (n > 4 && memcmp(m->t + w->e - 3, "ing", 3) == 0)
		return false;
	if (w->cap && !tx_wd_in(m, k, relatives))
		return clause_like(m, k, e);
	/* "and eventually illustrated": an adverb, then the verb of the same subject */
	if (n > 3 && memcmp(m->t + w->e - 2, "ly", 2) == 0 && verbish(m, k + 1))
		return false;
	return main_verb(m, k + 1, e);
}

/* Prepositions in "-ing" that start no participle clause. */
static const char ing_preps[] =
	"according during following regarding concerning including notwithstanding pending "
	"excluding beginning starting";

static bool ing_word(const struct tx_sum *m, size_t k)
{
	if (!is_word(m, k) || m->k[k].cap || tx_wd_in(m, k, ing_preps))
		return false;
	const struct tx_stok *w = &m->k[k];
	return w->e - w->s > 4 && memcmp(m->t + w->e - 3, "ing", 3) == 0;
}

/* ---- the clause of the date ---- */

static const char coordinators[] = "and but while whereas yet";
static const char subordinators[] =
	"after before when while although though because as once until if since whereas whilst";

/* True when the colon at k joins the two parts of a title ("Gleick's Chaos: Making a New Science
 * in 1987"): a capitalised word before it and, after it up to the date or a stop, words in title
 * case (each word of four letters or more capitalised, two of them at least). */
static bool title_colon(const struct tx_sum *m, size_t k, size_t d)
{
	size_t caps = 0;

	if (k == 0 || !is_word(m, k - 1) || !m->k[k - 1].cap || !is_word(m, k + 1) ||
	    !m->k[k + 1].cap)
		return false;
	for (size_t i = k + 1; i < m->n && is_word(m, i) && !m->k[i].date && i != d; i++) {
		if (m->k[i].e - m->k[i].s < 4)
			continue;
		if (!m->k[i].cap)
			return false;
		caps++;
	}
	return caps >= 2;
}

/* Does a relative word open a clause just before the comma at k, after the date at d, with no
 * verb yet ("a landscape in which older, flickering signs ... came to look", "two weeks ago
 * that, standing on stage, he")? Its clause still wants its verb: the comma parts the words of
 * its subject, or sets off a participle inside it, and cuts nothing. "that" only right before
 * the comma ("echoed that comment, recalling" is no relative). */
static bool open_relative(const struct tx_sum *m, size_t d, size_t k)
{
	for (size_t j = k; j-- > d + 1 && k - j <= 3;) {
		if (verbish(m, j) || m->k[j].cp)
			return false;
		if (tx_wd_in(m, j, "which whom whose who") || (j + 1 == k && tx_wd(m, j, "that")))
			return true;
	}
	return false;
}

/* Does the comma at k part a place from its state or country ("flew to Boise, Idaho, for a
 * speech", "hit Tulsa, Okla., on Monday")? Capitalised words after a preposition or before a
 * U.S. state (text_state_end()), the comma, one or two capitalised words (each may end in a
 * stop) and a comma: the index of that comma, which closes the place, or 0 when there is none.
 * The first comma ends no clause; the second goes on with a preposition ("Idaho, for a
 * speech") or ends the clause ("in Douglas, Ariz., border officials say"). */
static size_t place_comma(const struct tx_sum *m, size_t k)
{
	static const char place_preps[] = "in at to from near outside of";
	size_t p = k;
	while (p > 0 && k - p < 3 && is_word(m, p - 1) && m->k[p - 1].cap)
		p--;
	if (p == k || p == 0 || !is_word(m, k + 1) ||
	    !(tx_wd_in(m, p - 1, place_preps) ||
	      text_state_end(m->t, m->k[k + 1].s, m->k[k + 1].s + 8) > m->k[k + 1].s))
		return 0;
	size_t j = k + 1;
	for (int n = 0; n < 2 && is_word(m, j) && m->k[j].cap; n++) {
		j++;
		if (is_p(m, j, '.'))
			j++;
	}
	return j > k + 1 && is_p(m, j, ',') ? j : 0;
}

/* Words that carry a phrase on after a place ("Boise, Idaho, for a speech"). */
static const char phrase_preps[] = "for on in at with by during after before to from near over";

/* Is token k + 1 the mark that closes a quotation opened in [s, k) ("were a \"moderate
 * disappointment,\" he said": the comma at k stands inside the quotation)? */
static bool closes_quote_after(const struct tx_sum *m, size_t s, size_t k)
{
	if (!close_q(m, k + 1))
		return false;
	bool open = false;
	for (size_t j = s; j < k; j++)
		quote_step(m, j, &open);
	return open;
}

/* Subjects no summary names (a "he" or "she" is named by timex_name_subjects()): a clause they
 * open keeps the clause before it, which says who ("regulators found the utility had failed,
 * and it agreed in 2019 to pay", not "It agreed in 2019 to pay"). So does a second thing a verb
 * reports (", and that most customers would have power back by Thursday": who said it). */
static const char unnamed_subjects[] = "it its their they";

/* Is the "it" at k one that stands for what follows and names nobody ("it is difficult to
 * predict", "it was Obama who pressed", "it has been the custom of candidates to")? "it", a form
 * of "be" (after modals or "has"), a word that is no participle ("it was granted", "it was
 * thrown" are of a thing), then "to", "that", "whether", "who" or "if" within six tokens and
 * before a comma. */
static bool expletive_it(const struct tx_sum *m, size_t k)
{
	if (!tx_wd(m, k, "it"))
		return false;
	size_t j = k + 1;
	bool be = false;
	for (; j < m->n && j < k + 4 &&
	       tx_wd_in(m, j, "be been can could had has is may might must was will would");
	     j++)
		be = be || tx_wd_in(m, j, "be been is was");
	if (!be || !is_word(m, j))
		return false;
	const char *w = m->t + m->k[j].s;
	size_t n = m->k[j].e - m->k[j].s;
	if (n > 3 && (memcmp(w + n - 2, "ed", 2) == 0 || memcmp(w + n - 2, "en", 2) == 0 ||
		      memcmp(w + n - 2, "wn", 2) == 0))
		return false;
	for (size_t i = j + 1; i < m->n && i <= j + 6 && !is_p(m, i, ','); i++)
		if (tx_wd_in(m, i, "if that to whether who"))
			return true;
	return false;
}

/* Does the clause at k open with a subject that no summary names, and that stands for someone? */
static bool unnamed_subject(const struct tx_sum *m, size_t k)
{
	return tx_wd_in(m, k, unnamed_subjects) && !expletive_it(m, k);
}

void tx_narrow_clause(struct tx_sum *m, size_t d, size_t *a, size_t *b)
{
	size_t s = *a, e = *b;
	int depth = 0;
	bool inq = false; /* inside a quotation: "“My name is not on the ballot, but our progress
			   * is,” Mr. Obama said on Saturday" is cut nowhere in the speaker's words */
	for (size_t k = s; k < e; k++) {
		if (!m->k[k].cp)
			continue; /* words cut nothing */
		if (is_p(m, k, '(') || is_p(m, k, '['))
			depth++;
		else if ((is_p(m, k, ')') || is_p(m, k, ']')) && depth > 0)
			depth--;
		quote_step(m, k, &inq);
		if (depth || inq)
			continue;
		bool cut = false;
		size_t next = k + 1;
		if (is_p(m, k, ';'))
			cut = true;
		else if (is_p(m, k, ':') && k > s + 2 && !open_q(m, k + 1) && !title_colon(m, k, d))
			cut = true;
		else if (is_p(m, k, ',') && tx_wd_in(m, k + 1, coordinators) &&
			 has_subject(m, k + 2, e) && clause_like(m, s, k) &&
			 !(d > k && (unnamed_subject(m, k + 2) || tx_wd(m, k + 2, "that")))) {
			cut = true;
			next = k + 2;
		} else if (is_p(m, k, ',') && k > d && ing_word(m, k + 1) && k > s + 3 &&
			   !open_relative(m, d, k)) {
			cut = true;
		} else if (k > d && k > s + 3 && (tx_wd(m, k + 1, "a") || tx_wd(m, k + 1, "an")) &&
			   (is_wide_dash(m, k) ||
			    (is_p(m, k, '-') && k > 0 && m->k[k].s > m->k[k - 1].e))) {
			/* "... removal a week ago - a move seen as ...": a dash and a noun phrase
			 * after the date comment on the clause */
			cut = true;
		}
		if (!cut)
			continue;
		if (d < k) {
			e = k;
			/* ", and, depending on ...": the "and" goes with what was cut */
			while (e > s + 1 && (tx_wd_in(m, e - 1, coordinators) ||
					     tx_wd(m, e - 1, "or") || is_p(m, e - 1, ',')))
				e--;
			break;
		}
		s = next;
	}
	/* "After rebels staged an uprising in 2003, security services ...": the leading
	 * subordinate clause is an event of its own */
	if (tx_wd_in(m, s, subordinators)) {
		for (size_t k = s + 1; k < e && k < s + 40; k++) {
			if (!is_p(m, k, ','))
				continue;
			size_t closes = place_comma(m, k);
			if (closes) {
				/* the comma that closes the place is looked at next, unless a
				 * phrase goes on after it */
				k = tx_wd_in(m, closes + 1, phrase_preps) ? closes : closes - 1;
				continue;
			}
			if (!clause_like(m, s + 1, k) || !clause_like(m, k + 1, e))
				break;
			if (d < k) {
				s = s + 1;
				e = closes_quote_after(m, s, k) ? k + 2 : k;
			} else if (!unnamed_subject(m, k + 1)) {
				s = closes_quote_after(m, s + 1, k) ? k + 2 : k + 1;
			}
			break;
		}
	}
	*a = s;
	*b = e;
}

/* Is token k a verb, or an adverb in "-ly" and then a verb ("Christie, who ..., blasted")? */
static bool verb_next(const struct tx_sum *m, size_t k)
{
	if (verbish(m, k))
		return true;
	const struct tx_stok *w = &m->k[k];
	return is_word(m, k) && w->e - w->s > 3 && memcmp(m->t + w->e - 2, "ly", 2) == 0 &&
	       verbish(m, k + 1);
}

void tx_relative_event(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b)
{
	for (size_t k = ds; k-- > *a + 1;) {
		if (is_p(m, k, ',') || is_p(m, k, ';') || open_q(m, k) || close_q(m, k))
			break;
		if (!(tx_wd(m, k, "which") || tx_wd(m, k, "who")) || !is_p(m, k - 1, ','))
			continue;
		size_t c = de;
		while (c < *b && !is_p(m, c, ',') && !is_p(m, c, ';') && !is_p(m, c, 0x2014))
			c++;
		/* the antecedent is a short phrase with no verb of its own that the sentence goes on
		 * with ("Christie, who ..., blasted"), and the clause has a verb */
		if (k - 1 - *a > 8 || k - 1 == *a || main_verb(m, *a, k - 1) ||
		    !clause_like(m, k + 1, c) || !(c < *b && verb_next(m, c + 1)))
			return;
		/* "A photo of Ali, who died Friday, was shown": the clause may be said of the noun
		 * the name hangs on; the row stays whole */
		for (size_t j = *a; j < k - 1; j++)
			if (tx_wd_in(m, j, "about at by for from in of on with"))
				return;
		m->k[k - 1].drop = m->k[k].drop = true;
		*b = c;
		return;
	}
}

static bool date_word(const struct tx_sum *m, size_t k);

static const char pronouns[] = TX_SUBJECT_PRONOUNS;
static const char copulas[] = "is was were are be been being am 's";

/* Words a noun phrase before a relative clause does not reach over: prepositions,
 * conjunctions and the words that open clauses ("the departure of Mr Mugabe, who": the
 * antecedent is "Mr Mugabe"). */
static const char np_stops[] =
	"about above across after against along although among and around as at because before "
	"behind below beneath beside besides between beyond but by despite down during except for "
	"from if in inside into like near nor of off on onto or out outside over per since so than "
	"that though through throughout till to toward towards under unless unlike until upon via "
	"when whereas whether which while who whom whose with within without yet";
/* Titles that make the name after them a person's. */
static const char honorifics[] = "dr gen gov mr mrs ms president rep sen senator";
/* Words after which a verb comes in its bare form. */
static const char modals[] = "can could did do does may might must shall should to will would";
/* Words that open a noun phrase: the antecedent starts there. */
static const char np_opens[] = "a an her his its my our the their these this those your";

/* Is token j (j >= a) a quotation mark, and how many tokens: a curly or straight double mark
 * (1) or two straight single marks written together, as the wires write both ends (2)? */
static size_t quote_mark_len(const struct tx_sum *m, size_t a, size_t j)
{
	if (open_q(m, j) || close_q(m, j))
		return 1;
	if (j > a && is_p(m, j, '\'') && is_p(m, j - 1, '\'') && m->k[j].s == m->k[j - 1].e)
		return 2;
	return 0;
}

/* "''The Sopranos,'' a show that": where a quoted title that an apposition at s stands beside
 * opens, its comma inside or outside the closing mark; s when there is none. */
static size_t quoted_title(const struct tx_sum *m, size_t a, size_t s)
{
	size_t j = s;
	bool comma = false;
	if (j > a && is_p(m, j - 1, ',')) {
		comma = true;
		j--;
	}
	size_t q = j > a ? quote_mark_len(m, a, j - 1) : 0;
	if (!q || j < a + q)
		return s;
	j -= q;
	if (!comma && j > a && is_p(m, j - 1, ',')) {
		comma = true;
		j--;
	}
	if (!comma)
		return s;
	for (size_t w = j; j > a && w - j <= 6; j--) {
		size_t o = quote_mark_len(m, a, j - 1);
		if (o && j < w && m->k[j].cap)
			return j - o;
		if (!is_word(m, j - 1))
			return s;
	}
	return s;
}

/* The start of the noun phrase that ends before token k (within [a, k)): back over words that
 * are no verb and no np_stops, at most eight, to and with a determiner; k when there is none.
 * *whole: the phrase starts with a determiner or holds a name (not "coal mining techniques"
 * after "about"). "a former government typist" after a comma and a name ("Grace, a former
 * government typist", "Yoon, 63, a former chief prosecutor") reaches back to the name, unless
 * the name is a place another name hangs on ("of New Mexico", "Alternative for Germany");
 * *core is where the phrase started before that. */
static size_t np_start(const struct tx_sum *m, size_t a, size_t k, bool *whole, size_t *core)
{
	size_t s = k;
	*whole = false;
	*core = k;
	for (size_t j = k; j-- > a && k - j <= 8;) {
		/* "Jonathan Moyo and Saviour Kasukuwere": names joined by "and" */
		bool names = tx_wd(m, j, "and") && j > a && m->k[j - 1].cap && m->k[j + 1].cap;
		/* the stop of an initial ("Richard A. Lupoff") */
		if (is_p(m, j, '.') && j > a && is_word(m, j - 1) && m->k[j - 1].cap &&
		    (m->k[j - 1].e - m->k[j - 1].s == 1 || tx_wd_in(m, j - 1, honorifics)))
			continue; /* and of a title ("Mr. Kirk") */
		/* "web-based" is no verb */
		bool hyphen = memchr(m->t + m->k[j].s, '-', m->k[j].e - m->k[j].s) != NULL;
		if (!is_word(m, j) || (verbish(m, j) && !hyphen) ||
		    (tx_wd_in(m, j, np_stops) && !names))
			break;
		s = j;
		if (tx_wd_in(m, j, np_opens) && !(m->k[j].cap && is_p(m, j + 1, '.'))) {
			*whole = true;
			break;
		}
	}
	/* "would honor Lorenz": the word after a modal or "to" is its verb (not a determiner:
	 * "went to the governor") */
	if (s > a && s + 1 < k && !m->k[s].cap && tx_wd_in(m, s - 1, modals) &&
	    !tx_wd_in(m, s, np_opens))
		s++;
	if (s == k || (s + 1 == k && tx_wd_in(m, s, np_opens)))
		return k;
	/* a phrase with a name in it ("former security chief Emmerson Mnangagwa") is whole */
	for (size_t j = s; j < k && !*whole; j++)
		*whole = m->k[j].cap;
	*core = s;
	/* a quoted title the apposition stands beside comes first ("''The Sopranos,'' a show") */
	if (tx_wd_in(m, s, np_opens) && quoted_title(m, a, s) < s)
		return quoted_title(m, a, s);
	/* an apposition: the name it stands beside comes first, past an age ("Yoon, 63, a");
	 * none when the name is a place a name hangs on ("Bill Richardson of New Mexico, a") */
	if (tx_wd_in(m, s, np_opens) && s >= a + 2 && is_p(m, s - 1, ',')) {
		size_t n = s - 1;
		if (n >= a + 3 && is_word(m, n - 1) && m->t[m->k[n - 1].s] >= '0' &&
		    m->t[m->k[n - 1].s] <= '9' && is_p(m, n - 2, ','))
			n -= 2;
		size_t name = n;
		while (name > a && n - name < 4 && is_word(m, name - 1) && m->k[name - 1].cap &&
		       !tx_wd_in(m, name - 1, np_stops))
			name--;
		if (name < n && name > a &&
		    (tx_wd(m, name - 1, "of") || tx_wd(m, name - 1, "in") ||
		     tx_wd(m, name - 1, "from") || tx_wd(m, name - 1, "at") ||
		     (tx_wd(m, name - 1, "for") && name - 1 > a && m->k[name - 2].cap)))
			return k;
		if (name < n)
			s = name;
	}
	return s;
}

/* Is token k inside a quotation that opens in [a, k)? The marks of quote_step(), and a pair of
 * straight single marks ('', as some wires write both ends) turns it too, and two backticks
 * open it. A relative "that" in
 * a quotation ("those Americans that would vote") is the speaker's, and the row keeps the
 * quotation whole. */
static bool inside_quote(const struct tx_sum *m, size_t a, size_t k)
{
	bool inq = false;

	for (size_t j = a; j < k; j++) {
		if (is_p(m, j, '\'') && j + 1 < k && is_p(m, j + 1, '\'') &&
		    m->k[j + 1].s == m->k[j].e) {
			inq = !inq;
			j++;
			continue;
		}
		if (is_p(m, j, '`') && j + 1 < k && is_p(m, j + 1, '`')) {
			inq = true; /* ``: the wires' opening mark */
			j++;
			continue;
		}
		quote_step(m, j, &inq);
	}
	return inq;
}

/* Auxiliaries and modals: with "not" and "never", the words between a clause's subject and its
 * verb ("they have not won"). */
static const char auxiliaries[] =
	"did does do has have had is was were are be been will would can could may might must "
	"should";

/* Prepositions of time: one right after a clause's verb, its date close after, stands where
 * no object does. */
static const char time_preps[] = "after at before by during in on since through until";

/* Does "that" at k open a clause whose verb lacks its object, a relative clause said of the
 * noun before it ("states that Mr. Obama won handily in 2008": won them)? Its subject follows
 * it (a pronoun, a name, or a determiner's phrase of up to four words), then its verb, and
 * after the verb (and its adverbs in "-ly") only its time: the date, or a preposition of time
 * with the date within three words, where the object would stand. "the report that Trump lost
 * money in 1995" says what the report holds, and stays; so does "the fact that she emerged
 * with more delegates on Tuesday". */
static bool object_gap(const struct tx_sum *m, size_t k, size_t b)
{
	size_t j = k + 1;
	if (tx_wd_in(m, j, pronouns)) {
		j++;
	} else if (tx_wd_in(m, j, np_opens)) {
		for (size_t w = ++j; j < b && j - w < 4 && is_word(m, j) && !verbish(m, j) &&
				     !tx_wd_in(m, j, np_stops) && !tx_wd_in(m, j, auxiliaries);)
			j++;
	} else {
		size_t w = j;
		while (j < b && j - w < 6 &&
		       ((is_word(m, j) && m->k[j].cap) || (is_p(m, j, '.') && j > w)))
			j++;
	}
	if (j == k + 1)
		return false;
	while (j < b && (tx_wd_in(m, j, auxiliaries) || tx_wd(m, j, "not") || tx_wd(m, j, "never")))
		j++;
	if (!verb_next(m, j))
		return false;
	j++;
	while (j < b && is_word(m, j) && !m->k[j].date && m->k[j].e - m->k[j].s > 3 &&
	       memcmp(m->t + m->k[j].e - 2, "ly", 2) == 0)
		j++;
	if (j < b && m->k[j].date)
		return true;
	if (j >= b || !tx_wd_in(m, j, time_preps))
		return false;
	for (size_t d = j + 1; d < b && d <= j + 3; d++)
		if (m->k[d].date)
			return true;
	return false;
}

static void drop_range(struct tx_sum *m, size_t a, size_t b);
static bool other_date(const struct tx_sum *m, size_t s, size_t e);

/* A relative clause without commas inside the subject that opens the sentence ("A storm that
 * formed on Sunday will bring rain", "The man who was arrested on Monday was released"): its
 * relative word at r is its subject, and it ends where the sentence's auxiliary or modal comes,
 * not one joined to the clause's own verb by "and" or "or" ("that formed on Sunday and has
 * strengthened will"). The token the sentence's verb starts at; 0 when none comes before a
 * mark, another relative word or a subject pronoun ("The groups who wrote to her on Thursday
 * say they are": another clause's) in a bounded look. */
static size_t subject_relative_end(const struct tx_sum *m, size_t r, size_t b)
{
	for (size_t j = r + 2; j < b && j < r + 18; j++) {
		if (!is_word(m, j) || tx_wd_in(m, j, relatives) || tx_wd_in(m, j, pronouns))
			return 0;
		if (tx_wd_in(m, j, auxiliaries) && !tx_wd_in(m, j - 1, "and or but to not never") &&
		    !tx_wd_in(m, j - 1, auxiliaries))
			return j;
	}
	return 0;
}

bool tx_relative_clause(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b)
{
	size_t r = ds;
	bool obj = false;
	for (size_t k = ds; k-- > *a + 1;) {
		if (is_p(m, k, ',') || is_p(m, k, ';') || is_p(m, k, 0x2014) || open_q(m, k) ||
		    close_q(m, k))
			return false;
		if (tx_wd(m, k, "who") || tx_wd(m, k, "which")) {
			r = k;
			break;
		}
		/* "the coalition that delivered him victories in 2008": "that" as the subject of
		 * its clause, its verb right after it (not "the report that Trump lost") */
		if (tx_wd(m, k, "that") && !is_p(m, k - 1, ',') && verb_next(m, k + 1) &&
		    !inside_quote(m, *a, k)) {
			r = k;
			break;
		}
		/* "states that Mr. Obama won handily in 2008": "that" as the object of its clause */
		if (tx_wd(m, k, "that") && !is_p(m, k - 1, ',') && object_gap(m, k, *b) &&
		    !inside_quote(m, *a, k)) {
			r = k;
			obj = true;
			break;
		}
	}
	if (r == ds)
		return false;
	bool comma = is_p(m, r - 1, ',');
	/* "which" as the subject of its clause only: "Yeats, which she joined" may be said of
	 * something before Yeats; without commas, only "who" and "which" */
	if (tx_wd(m, r, "which") && !verb_next(m, r + 1))
		return false;
	size_t ante_end = comma ? r - 1 : r;
	bool whole;
	size_t core;
	size_t s = np_start(m, *a, ante_end, &whole, &core);
	/* a clause without commas that opens the sentence's subject ("The young people who
	 * found ... are") is read whole; so is one after a phrase that is no determiner or name
	 * ("food and beverage retail sales, which") */
	if (s == ante_end || (!whole && !obj))
		return false;
	if (!comma && s == *a) {
		/* the subject's own clause: a row of its own when the date is in it ("A storm
		 * formed on Sunday"), and none of the row of the sentence's date ("A storm will
		 * bring rain through Friday"); else the sentence is read whole ("The young people
		 * who found jobs are ...") */
		size_t v = !obj && tx_wd_in(m, s, np_opens) && verb_next(m, r + 1)
				   ? subject_relative_end(m, r, *b)
				   : 0;
		if (v && de <= v) {
			m->k[r].drop = true;
			*b = v;
			return true;
		}
		if (v && ds >= v && other_date(m, r, v))
			drop_range(m, r, v);
		return false;
	}
	/* without commas, the phrase opens with a determiner ("a former government typist who",
	 * not "Army psychiatrist who" cut at "U.S.") and hangs on no preposition ("a colleague in
	 * the Clinton administration who") */
	if (!comma && !obj &&
	    (!tx_wd_in(m, core, np_opens) || (core > *a && tx_wd_in(m, core - 1, np_stops))))
		return false;
	/* "that" as an object: the phrase hangs on a preposition ("in states that Mr. Obama
	 * won"), not on a verb whose "that" may open what it says ("told reporters that he lost
	 * in 2010") */
	if (obj && !(core > *a && tx_wd_in(m, core - 1, np_stops)))
		return false;
	/* "areas of those states that", "the backing from women that": the clause may be said of
	 * the noun the phrase hangs on; the row reaches back over it */
	if (obj && core > *a + 1 && (tx_wd(m, core - 1, "of") || tx_wd(m, core - 1, "from"))) {
		bool w;
		size_t c2;
		size_t h = np_start(m, *a, core - 1, &w, &c2);
		if (h == *a)
			return false;
		if (h < core - 1)
			s = h;
	}
	/* "The trove released on Thursday, which covered": a date is no antecedent */
	if (date_word(m, ante_end - 1))
		return false;
	/* "companies, such as Netscape, who": the clause is said of what the example is one of;
	 * "a story by Richard Lupoff, which was published": of the work, not its author */
	/* "Bugzilla is a bug tracker, which was released", "Crenshaw is only the 17th judge
	 * who": said of the sentence's subject */
	if (s > *a && tx_wd_in(m, s, np_opens) &&
	    (tx_wd_in(m, s - 1, copulas) || (s > *a + 1 && tx_wd_in(m, s - 2, copulas))))
		return false;
	if (s > *a &&
	    (tx_wd(m, s - 1, "as") || tx_wd(m, s - 1, "like") || tx_wd(m, s - 1, "including") ||
	     (tx_wd(m, r, "which") && tx_wd(m, s - 1, "by"))))
		return false;
	/* a phrase that ends in a name is that name ("The video shows Wendy Sherman, who":
	 * "Wendy Sherman"; "former security chief Emmerson Mnangagwa") */
	if (m->k[ante_end - 1].cap) {
		while (s + 1 < ante_end && !m->k[s].cap)
			s++;
		/* "the Dodd-Frank Act" keeps its article */
		if (s > *a && tx_wd(m, s - 1, "the"))
			s--;
	}
	/* after a preposition the clause may be said of what the phrase hangs on ("Senator
	 * Sanders of Vermont, who", "the assets of the government, which", "Democrats across the
	 * country, who"): only a titled name is sure ("the departure of Mr Mugabe, who"); a
	 * possessive is none ("a friend of Mrs. Clinton's who") */
	const struct tx_stok *last = &m->k[ante_end - 1];
	bool poss = last->e - last->s > 2 && m->t[last->e - 1] == 's' &&
		    (m->t[last->e - 2] == '\'' || (unsigned char)m->t[last->e - 2] == 0x99);
	/* the object of a verb's preposition is said of itself ("went to the governor, who") */
	bool verb_prep = s > *a + 1 && verbish(m, s - 2) && !is_p(m, s - 1, ',') &&
			 (verb_next(m, r + 1) ||
			  (is_word(m, r + 1) && !m->k[r + 1].cap && !tx_wd_in(m, r + 1, pronouns) &&
			   !tx_wd_in(m, r + 1, np_opens)));
	if (poss || (comma && s > *a && tx_wd_in(m, s - 1, np_stops) &&
		     !tx_wd_in(m, s, honorifics) && !verb_prep))
		return false;
	/* the clause ends at the next comma when commas set it off ("Mnangagwa, who was ousted
	 * this month, has been mapping"), when "that" opens it ("a show that aired on Thursday,
	 * and was") or the sentence's verb follows ("Yoon, 63, a former
	 * chief prosecutor who took office in 2022, had not made"); it runs on past a name set
	 * off by commas ("as his first wife, Sally, was dying") */
	size_t c = *b;
	for (size_t k = de; k < *b; k++)
		if (is_p(m, k, ',') || is_p(m, k, 0x2014)) {
			if (comma || verb_next(m, k + 1) || tx_wd(m, r, "that"))
				c = k;
			break;
		}
	/* "the state that she won in 2008 and that made her husband ...": a second relative
	 * clause after "and" is the noun's other clause, of another time */
	for (size_t k = de; k + 1 < c; k++)
		if (tx_wd(m, r, "that") && (tx_wd(m, k, "and") || tx_wd(m, k, "but")) &&
		    tx_wd(m, k + 1, "that")) {
			c = k;
			break;
		}
	/* "who" is the subject of its clause: the word after it is its verb, listed or not
	 * ("who died", "who fled"), unless it is a pronoun or a determiner ("who he met") */
	bool who_verb = tx_wd(m, r, "who") && is_word(m, r + 1) && !m->k[r + 1].cap &&
			!tx_wd_in(m, r + 1, np_opens) && !tx_wd_in(m, r + 1, np_stops) &&
			!tx_wd_in(m, r + 1, pronouns);
	if (!who_verb && !clause_like(m, r + 1, c))
		return false;
	/* "Mr Mugabe, who has led": the antecedent is the clause's subject */
	if (comma && (who_verb || verb_next(m, r + 1)))
		m->k[r - 1].drop = m->k[r].drop = true;
	*a = s;
	*b = c;
	return true;
}

/* ---- leading filler ---- */

static const char fillers[] =
	"meanwhile however additionally moreover furthermore also still yet but and so then now "
	"instead indeed similarly likewise separately further nevertheless nonetheless meantime "
	"previously earlier later afterwards afterward conversely ultimately eventually notably "
	"specifically overall thus therefore hence otherwise besides anyway again recently "
	"currently first second third finally lastly plus too regardless importantly crucially "
	"interestingly curiously surprisingly clearly obviously apparently reportedly admittedly";

/* Two- to four-word fillers, each followed by a comma. */
static const char *const filler_phrases[][4] = {
	{"for", "example", NULL, NULL},   {"for", "instance", NULL, NULL},
	{"in", "addition", NULL, NULL},   {"in", "fact", NULL, NULL},
	{"of", "course", NULL, NULL},     {"at", "the", "same", "time"},
	{"in", "the", "meantime", NULL},  {"since", "then", NULL, NULL},
	{"by", "then", NULL, NULL},       {"before", "that", NULL, NULL},
	{"after", "that", NULL, NULL},    {"as", "a", "result", NULL},
	{"in", "turn", NULL, NULL},       {"in", "response", NULL, NULL},
	{"in", "other", "words", NULL},   {"on", "the", "other", "hand"},
	{"by", "contrast", NULL, NULL},   {"in", "contrast", NULL, NULL},
	{"in", "particular", NULL, NULL}, {"above", "all", NULL, NULL},
	{"as", "well", NULL, NULL},       {"in", "short", NULL, NULL},
	{"in", "the", "end", NULL},       {"at", "first", NULL, NULL},
	{"at", "last", NULL, NULL},       {"once", "again", NULL, NULL},
	{"even", "so", NULL, NULL},       {"what's", "more", NULL, NULL},
	{"on", "top", "of", "that"},      {"that", "said", NULL, NULL},
	{"in", "any", "case", NULL},      {"at", "the", "time", NULL},
};

/* Words that end a relative time phrase: "The week before,", "Two days earlier,". */
static const char rel_ends[] =
	"before earlier later after afterwards afterward ago prior previously on";

static void drop_range(struct tx_sum *m, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		m->k[k].drop = true;
}

/* Does [a, b) hold a word of the date phrase (which a summary keeps)? */
static bool has_date(const struct tx_sum *m, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < m->n; k++)
		if (m->k[k].date)
			return true;
	return false;
}

/* Does [s, e) hold a word of another date than the row's? */
static bool other_date(const struct tx_sum *m, size_t s, size_t e)
{
	for (size_t k = s; k < e; k++)
		if (m->k[k].timex && !m->k[k].date)
			return true;
	return false;
}

/* Does a participle open the phrase at k ("launched in October 2021", "born in Leeds")? */
static bool participle_at(const struct tx_sum *m, size_t k)
{
	if (!is_word(m, k))
		return false;
	const struct tx_stok *w = &m->k[k];
	size_t n = w->e - w->s;
	return tx_wd(m, k, "born") ||
	       (n >= 5 && memcmp(m->t + w->e - 2, "ed", 2) == 0 && !tx_wd_in(m, k, auxiliaries));
}

/* The aside that opens at token k and ends before e: a comma or a dash before a relative
 * ("who", "which", "whose"), an apposition ("a physicist who ...", "the composer X") or a
 * participle ("launched in October 2021"), closed by the same mark with the sentence's verb
 * after it; or a bracket, closed by its own. The token that closes it; 0 for none. Bounded by
 * ASIDE_MAX. */
#define ASIDE_MAX 40
static size_t aside_end(const struct tx_sum *m, size_t k, size_t e)
{
	bool paren = is_p(m, k, '(');
	uint32_t mark = m->k[k].cp;
	/* participle_at() first: it bounds k + 1 by the tokens there are (the aside's mark may be
	 * the last token) */
	bool opens = tx_wd(m, k + 1, "who") || tx_wd(m, k + 1, "which") ||
		     tx_wd(m, k + 1, "whose") || tx_wd(m, k + 1, "a") || tx_wd(m, k + 1, "an") ||
		     tx_wd(m, k + 1, "the") || (participle_at(m, k + 1) && !m->k[k + 1].cap);
	if (!paren && !((is_p(m, k, ',') || is_wide_dash(m, k)) && opens))
		return 0;
	/* an apposition has no verb before its relative word ("a physicist who shared"; not ",
	 * the board on Monday rejected", a clause after an opening phrase) */
	bool np = tx_wd(m, k + 1, "a") || tx_wd(m, k + 1, "an") || tx_wd(m, k + 1, "the");
	for (size_t j = k + 2; np && j < e && j <= k + ASIDE_MAX && m->k[j].cp != mark; j++) {
		if (tx_wd_in(m, j, relatives))
			break;
		if (verbish(m, j))
			return 0;
	}
	for (size_t j = k + 1; j < e && j <= k + ASIDE_MAX; j++) {
		if (paren && is_p(m, j, '('))
			return 0;
		if (paren && is_p(m, j, ')'))
			return j;
		if (!paren && (is_p(m, j, ';') || open_q(m, j) || close_q(m, j)))
			return 0;
		if (!paren && m->k[j].cp == mark)
			return verb_next(m, j + 1) ? j : 0;
	}
	return 0;
}

void tx_drop_dated_aside(struct tx_sum *m, size_t ds, size_t de, size_t *a, size_t *b)
{
	for (size_t k = *a + 1; k < *b; k++) {
		if (k == ds) {
			k = de - 1; /* the date's own words are no aside */
			continue;
		}
		size_t c = aside_end(m, k, *b);
		if (!c)
			continue;
		if (k < ds && c >= ds)
			return; /* the date is in it */
		if (other_date(m, k, c)) {
			/* "Yoon, 63, a former chief prosecutor who ...,": the age goes with it */
			size_t from = k >= *a + 3 && is_p(m, k - 2, ',') && is_word(m, k - 1) &&
						      m->t[m->k[k - 1].s] >= '0' &&
						      m->t[m->k[k - 1].s] <= '9'
					      ? k - 2
					      : k;
			/* "The chief executive, Maria Lopez, who took over in January 2024, said",
			 * "Her husband, the composer Paul Brooks, who": the name (or a phrase that
			 * ends in one) is an apposition set off by commas after the subject's
			 * phrase (a determiner's, no verb), and its closing comma stays; not "In
			 * Leeds, Maria Lopez, who" */
			size_t n = from;
			while (n > *a + 1 && from - n < 5 && is_word(m, n - 1) &&
			       !verbish(m, n - 1))
				n--;
			bool appo = n < from && m->k[from - 1].cap && n > *a + 1 &&
				    is_p(m, n - 1, ',') && tx_wd_in(m, *a, np_opens) &&
				    n - 1 - *a <= 6;
			for (size_t j = *a; appo && j < n - 1; j++)
				appo = is_word(m, j) && !verbish(m, j);
			drop_range(m, from, appo ? c : c + 1);
			return;
		}
		k = c - 1; /* one with no date stays */
	}
	/* "Born in Leeds in 1935, Brooks moved to the United States in 1960": a leading phrase of
	 * a participle that holds another date */
	if (participle_at(m, *a) && ds > *a) {
		for (size_t k = *a + 1; k < ds && k < *a + ASIDE_MAX; k++)
			if (is_p(m, k, ',') || is_p(m, k, ';')) {
				if (is_p(m, k, ',') && other_date(m, *a, k) &&
				    has_subject(m, k + 1, *b))
					drop_range(m, *a, k + 1);
				break;
			}
	}
	/* "Smith opened a library in 1968 and died on Saturday": a past verb right after "and" or
	 * "but", the subject's first verb before it (past an age or a title set off by commas:
	 * "Jones, 31, joined"), another date on the other side */
	size_t s = kept(m, *a, *b), v = s;
	while (v < ds && v < s + 8 && (is_word(m, v) || is_p(m, v, ',')) && !verbish(m, v))
		v++;
	if (v == s || v >= ds || !verbish(m, v) || !has_subject(m, s, *b) ||
	    tx_wd_in(m, s, subordinators) || participle_at(m, s) || ing_word(m, s))
		return;
	/* the subject is a plain phrase: no relative word in it ("a hearing officer who") */
	for (size_t j = s; j < v; j++)
		if (tx_wd_in(m, j, relatives))
			return;
	for (size_t k = v + 1; k + 1 < *b && k < v + ASIDE_MAX; k++) {
		/* a comma before "and" only: "went up ..., debated ..., and met" is a list */
		if (is_p(m, k, ';') || open_q(m, k) || close_q(m, k) || is_p(m, k, '(') ||
		    (is_p(m, k, ',') && !tx_wd(m, k + 1, "and") && !tx_wd(m, k + 1, "but")))
			return;
		/* "and died", "and was buried", "and are expected to"; not "and did", "and is" */
		bool aux = tx_wd_in(m, k + 1, auxiliaries);
		if (!(tx_wd(m, k, "and") || tx_wd(m, k, "but")) || !verbish(m, k + 1) ||
		    (aux && !verbish(m, k + 2)))
			continue;
		/* "was charged in 2014 and extradited": a participle that may share the
		 * auxiliary, or a past of its own ("was indicted and pleaded"), stays whole */
		if (tx_wd_in(m, v, auxiliaries) && !aux)
			return;
		size_t end = k > v + 1 && is_p(m, k - 1, ',') ? k - 1 : k;
		/* one verb before it, not two clauses ("said Thursday he has sent a team") nor two
		 * participles ("kidnapped and presumed killed") */
		size_t verbs = 0;
		for (size_t j = v; j < end; j++)
			verbs += verbish(m, j) && !m->k[j].cap && !tx_wd_in(m, j, auxiliaries);
		if (verbs > 1 || (end == k && !m->k[k - 1].cap && participle_at(m, k - 1)))
			return;
		if (de <= k && other_date(m, k + 1, *b)) {
			*b = end;
		} else if (ds > k && other_date(m, v, end)) {
			drop_range(m, v, k + 1);
		}
		return;
	}
}

bool tx_drop_filler(struct tx_sum *m, size_t s, size_t e)
{
	size_t k = kept(m, s, e);
	if (k >= e)
		return false;
	/* quotation marks, dashes and bullets that open nothing here */
	if (is_p(m, k, '-') || is_wide_dash(m, k) || is_p(m, k, 0x2022) || is_p(m, k, ',') ||
	    is_p(m, k, 0xFF0C) || is_p(m, k, 0x3001)) {
		m->k[k].drop = true;
		return true;
	}
	/* "And", "But", "Yet" need no comma; the others do */
	if ((tx_wd(m, k, "and") || tx_wd(m, k, "but") || tx_wd(m, k, "yet")) && is_word(m, k + 1)) {
		m->k[k].drop = true;
		return true;
	}
	if (!is_word(m, k))
		return false;
	/* "According to Reuters," */
	if (tx_wd(m, k, "according") && tx_wd(m, k + 1, "to")) {
		for (size_t j = k + 2; j < e && j < k + 12; j++)
			if (is_p(m, j, ',')) {
				drop_range(m, k, j + 1);
				return true;
			}
	}
	/* every other filler ends in a comma within seven words */
	size_t comma = k + 1;
	while (comma < e && comma <= k + 7 && !is_p(m, comma, ','))
		comma++;
	if (comma >= e || comma > k + 7)
		return false;
	if (is_p(m, k + 1, ',') && tx_wd_in(m, k, fillers) && !m->k[k].date) {
		drop_range(m, k, k + 2);
		return true;
	}
	for (size_t i = 0; i < sizeof(filler_phrases) / sizeof(filler_phrases[0]); i++) {
		size_t j = 0;
		while (j < 4 && filler_phrases[i][j] && tx_wd(m, k + j, filler_phrases[i][j]))
			j++;
		if (j >= 2 && (j == 4 || !filler_phrases[i][j]) && is_p(m, k + j, ',') &&
		    !has_date(m, k, k + j)) {
			drop_range(m, k, k + j + 1);
			return true;
		}
	}
	/* "The week before,", "Two days earlier,", "Moments later,": a short phrase of time
	 * that ends in a comma, with no verb ("A little over half a century ago,") */
	for (size_t j = k + 1; j < e && j <= k + 7; j++) {
		if (!is_p(m, j, ','))
			continue;
		if (tx_wd_in(m, j - 1, rel_ends) && !tx_wd(m, j - 1, "on") &&
		    !clause_like(m, k, j)) {
			bool words = true;
			for (size_t i = k; i < j; i++)
				words &= is_word(m, i);
			if (words && !has_date(m, k, j)) {
				drop_range(m, k, j + 1);
				return true;
			}
		}
		break;
	}
	return false;
}

/* ---- the date phrase ---- */

static const char cut_preps[] = "on in at during";
/* The same before a Chinese date (在, 于, 於) and after a Japanese one (に). */
static const char *const cjk_preps[] = {"\xE5\x9C\xA8", "\xE4\xBA\x8E", "\xE6\x96\xBC", NULL};
static const char *const cjk_after[] = {"\xE3\x81\xAB", NULL};
/* 至, 到: "to" between two dates. */
static const char *const cjk_to[] = {"\xE8\x87\xB3", "\xE5\x88\xB0", NULL};

/* Token k is one of the CJK characters in list (UTF-8). */
static bool cjk_is(const struct tx_sum *m, size_t k, const char *const *list)
{
	if (k >= m->n || !m->k[k].cjk)
		return false;
	for (size_t i = 0; list[i]; i++)
		if (m->k[k].e - m->k[k].s == strlen(list[i]) &&
		    memcmp(m->t + m->k[k].s, list[i], strlen(list[i])) == 0)
			return true;
	return false;
}

static const char weekdays[] =
	"monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow "
	"tonight";
static const char parts_of_day[] = "morning afternoon evening night";
static const char determiners[] =
	"the a an this that these those its his her their our my your every each of to from until "
	"by since between than around about before after through for in on at during over within "
	"into with like next last per till towards toward against";
static const char needs_date[] =
	"beginning starting effective ending dated expiring from since until till through between "
	"and or as than";

/* A past participle: "published", "founded", "born", "written". */
static bool participle(const struct tx_sum *m, size_t k)
{
	static const char participles[] =
		"born written built made known held begun shown seen taken given sold won drawn chosen "
		"grown thrown flown brought bought paid sent set led kept";

	if (!is_word(m, k) || m->k[k].cap)
		return false;
	const struct tx_stok *w = &m->k[k];
	return (w->e - w->s >= 5 && m->t[w->e - 2] == 'e' && m->t[w->e - 1] == 'd') ||
	       tx_wd_in(m, k, participles);
}

/* Does token k start a date: a number, a month, a weekday, "the 1970s"? */
static bool date_word(const struct tx_sum *m, size_t k)
{
	if (!is_word(m, k))
		return false;
	const struct tx_stok *w = &m->k[k];
	if (m->t[w->s] >= '0' && m->t[w->s] <= '9')
		return true;
	if (tx_wd(m, k, "the") && is_word(m, k + 1) && m->t[m->k[k + 1].s] >= '0' &&
	    m->t[m->k[k + 1].s] <= '9')
		return true;
	return (w->cap && date_month_parse(m->t + w->s, w->e - w->s)) || tx_wd_in(m, k, weekdays);
}

/* Is the date phrase [ds, de) plainly an adverbial of time ("yesterday", "last week", "the
 * next day", "two days earlier"), which reads as one without a preposition? */
static bool adverbial_date(const struct tx_sum *m, size_t ds, size_t de)
{
	static const char adverbial[] =
		"yesterday today tomorrow tonight last this next earlier later recently early late mid "
		"within over past coming";
	/* Second words after "the" that make an adverbial: "the same day", "the next week". */
	static const char the_adverbial[] =
		"same next following previous past coming day week night morning";
	/* Last words of an adverbial amount: "two days earlier", "a year ago". */
	static const char rel_last[] = "ago earlier later before after";

	/* in Chinese a time phrase before or inside the clause is its adverbial: 去年, 今年 */
	if (m->k[ds].cjk || m->k[de - 1].cjk)
		return true;
	return tx_wd_in(m, ds, adverbial) ||
	       (tx_wd(m, ds, "the") && tx_wd_in(m, ds + 1, the_adverbial)) ||
	       (de > ds + 1 && tx_wd_in(m, de - 1, rel_last));
}

void tx_cut_date(struct tx_sum *m, size_t s, size_t e, size_t ds, size_t de, bool quoted)
{
	if (quoted || ds >= de || ds < s || de > e)
		return;
	/* "August's report": a possessive date stays */
	const struct tx_stok *last = &m->k[de - 1];
	if (last->e - last->s >= 2 && (m->t[last->e - 1] == 's') &&
	    (m->t[last->e - 2] == '\'' || (unsigned char)m->t[last->e - 2] == 0x99))
		return;
	size_t a = ds, b = de;
	bool prep = a > s && (tx_wd_in(m, a - 1, cut_preps) || cjk_is(m, a - 1, cjk_preps));
	if (prep)
		a--;
	/* Japanese puts its preposition after the date: 11月7日に */
	if (b < e && m->k[de - 1].cjk && cjk_is(m, b, cjk_after))
		b++;
	/* "said back in the summer of 2015": without its date "back" is left hanging */
	if (prep && a > s && tx_wd(m, a - 1, "back"))
		return;
	/* "later on Friday", "early in July", "late Thursday" */
	if (a > s && (tx_wd(m, a - 1, "later") || tx_wd(m, a - 1, "earlier") ||
		      tx_wd(m, a - 1, "early") || tx_wd(m, a - 1, "late")))
		a--;
	/* "Friday evening" */
	if (tx_wd_in(m, b, parts_of_day))
		b++;
	bool opening = kept(m, s, e) >= a;
	if (opening) {
		/* a bare date opening the clause is cut only when it is plainly an adverbial:
		 * "Yesterday X did", "November 7, X did"; "Black Friday per nostalgici",
		 * "November 2018 marked" keep it */
		bool comma = is_p(m, b, ',') || is_p(m, b, 0xFF0C) || is_p(m, b, 0x3001);
		if (!prep && !comma && !adverbial_date(m, ds, de))
			return;
		if (comma)
			b++;
		drop_range(m, a, b);
		return;
	}
	/* mid-clause and bare: only a weekday or an adverbial after a verb or an object ("said
	 * Tuesday that", "rose 3 percent last week") */
	if (!prep && (!(tx_wd_in(m, ds, weekdays) || adverbial_date(m, ds, de)) ||
		      !is_word(m, a - 1) || tx_wd_in(m, a - 1, determiners)))
		return;
	/* "in 2008 and 2012", "from 2011 to 2016", "1990-1995": the date is one end of a pair */
	if (b < e &&
	    (tx_wd(m, b, "and") || tx_wd(m, b, "or") || tx_wd(m, b, "to") ||
	     tx_wd(m, b, "through") || tx_wd(m, b, "until")) &&
	    date_word(m, b + 1))
		return;
	if (b < e && (is_p(m, b, '-') || is_p(m, b, 0x2013)) && m->k[b].s == m->k[b - 1].e)
		return;
	/* 2011年9月至2014年9月 */
	if ((b < e && cjk_is(m, b, cjk_to)) || (a > s && cjk_is(m, a - 1, cjk_to)))
		return;
	/* at the clause's end, a word left without what it governs: "work that began in July",
	 * "just as it did in the 20th century", "designers working today", "a post published
	 * Thursday", "Tarot Cards, published in 1970" */
	if (kept(m, b, e) >= e || (m->k[kept(m, b, e)].cp && end_punct(m, kept(m, b, e)))) {
		if (a >= s + 2 && verbish(m, a - 1) && tx_wd_in(m, a - 2, relatives))
			return;
		if (a > s && tx_wd_in(m, a - 1, auxiliaries))
			return;
		/* "designers working today", but "an uprising in 2003" is a noun */
		if (a > s && ing_word(m, a - 1) && !(a >= s + 2 && tx_wd_in(m, a - 2, determiners)))
			return;
		/* a participle after its noun when the clause has its verb already ("wrote in a
		 * post published Thursday"), or after a comma ("Tarot Cards, published in
		 * 1970"); "The bell disappeared in 1984" is the verb itself */
		if (a >= s + 2 && participle(m, a - 1) &&
		    (is_p(m, a - 2, ',') ||
		     (!tx_wd_in(m, a - 2, pronouns) && !tx_wd_in(m, a - 2, auxiliaries) &&
		      clause_like(m, s, a - 1))))
			return;
	}
	/* "beginning in January", "effective on Monday": a word that needs the date */
	if (a > s && tx_wd_in(m, a - 1, needs_date))
		return;
	/* "was in 2002, when": a copula left without its complement */
	size_t after = b < e ? b : e;
	if (a > s && tx_wd_in(m, a - 1, copulas) && (after >= e || m->k[after].cp))
		return;
	/* "The flood, in March 2019, caused": the commas around the date go with it */
	if (a > s && is_p(m, a - 1, ',') && b < e && is_p(m, b, ',') && !m->k[a - 1].drop) {
		a--;
		b++;
	}
	drop_range(m, a, b);
}
