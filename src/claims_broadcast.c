/* claims_broadcast: whether the document is a broadcast transcript (a radio or television
 * story read aloud: an anchor hands over to a correspondent, sound bites of other voices, the
 * correspondent signs off), where "I" is whoever speaks at that moment and never the writer of
 * the page. Told by the forms of the handover and the sign-off, which end a paragraph. */
#include <string.h>

#include "claims_int.h"

#define SIGN_MAX 120 /* the longest handover or sign-off sentence, in bytes */

/* True when the n bytes at s end with the string x. */
static bool ends_with(const char *s, size_t n, const char *x)
{
	size_t m = strlen(x);

	return n >= m && memcmp(s + n - m, x, m) == 0;
}

/* The length of the acronym opening s (n bytes): two to five capitals, then no letter ("CNN",
 * "VOA", "NPR"); 0 when there is none. */
static size_t acronym_len(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && k < 6 && text_is_ascii_upper(s[k]))
		k++;
	return k >= 2 && k <= 5 && !(k < n && text_is_ascii_letter(s[k])) ? k : 0;
}

/* How many words of the n bytes at s there are, or SIZE_MAX when one of them opens with a small
 * letter: words of a name only ("The World's Nancy Marshall"). */
static size_t cap_words(const char *s, size_t n)
{
	size_t words = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' || (i > 0 && s[i - 1] != ' '))
			continue;
		if (!text_is_ascii_upper(s[i]))
			return SIZE_MAX;
		words++;
	}
	return words;
}

/* "Steve Hurst has that.", "The World's Nancy Marshall has our story.", "From member station
 * KQED, Ann Lee reports.": a name of one to five capitalised words (after an opening phrase of
 * "From" or "For" and a comma) and the words that hand the story to a correspondent. s is the
 * sentence without its full stop. */
static bool handover(const char *s, size_t n)
{
	static const char *const tails[] = {" has that",        " has our story", " has the story",
					    " has this report", " has more",      " reports"};
	const char *c;

	for (size_t i = 0; i < sizeof(tails) / sizeof(*tails); i++) {
		size_t w, m = strlen(tails[i]);
		if (!ends_with(s, n, tails[i]))
			continue;
		n -= m;
		c = memchr(s, ',', n);
		if (c) {
			if (!(n > 5 && (memcmp(s, "From ", 5) == 0 || memcmp(s, "For ", 4) == 0)) ||
			    memchr(c + 1, ',', n - (size_t)(c + 1 - s)) || c + 2 > s + n)
				return false;
			n -= (size_t)(c + 2 - s);
			s = c + 2;
		}
		w = cap_words(s, n);
		return w >= 1 && w <= 5;
	}
	return false;
}

/* "Jim Teple, VOA News, Miami.", "Steve Hurst, CNN, the state department.", "Lisa Schlein for
 * VOA News, Geneva.", "For NPR news, I'm Ann Lee reporting.", "This is VOA Today.": a sign-off,
 * the correspondent's name with the broadcaster's and the place, or "I'm" and the name after an
 * opening phrase of "For". s is the sentence without its full stop. */
static bool sign_off(const char *s, size_t n)
{
	const char *c = memchr(s, ',', n);

	if (n > 8 && memcmp(s, "This is ", 8) == 0)
		return acronym_len(s + 8, n - 8) > 0;
	if (!c)
		return false;
	if (n > 4 && memcmp(s, "For ", 4) == 0) {
		size_t k = (size_t)(c - s) + 1;
		while (k < n && s[k] == ' ')
			k++;
		return (n - k > 4 && memcmp(s + k, "I'm ", 4) == 0 &&
			text_is_ascii_upper(s[k + 4])) ||
		       (n - k > 6 && memcmp(s + k, "I\xE2\x80\x99m ", 6) == 0 &&
			text_is_ascii_upper(s[k + 6]));
	}
	/* the name, no more than four words, then the broadcaster after a comma or "for" */
	size_t head = (size_t)(c - s), name = head, a = head + 2, k;
	for (size_t i = 0; i + 5 < head; i++)
		if (memcmp(s + i, " for ", 5) == 0) {
			name = i;
			a = i + 5;
			break;
		}
	for (size_t i = 0, words = 1; i < name; i++)
		if (s[i] == ' ' && ++words > 4)
			return false;
	if (name == 0 || a >= n || (k = acronym_len(s + a, n - a)) == 0)
		return false;
	a += k;
	if (n - a >= 5 && (memcmp(s + a, " News", 5) == 0 || memcmp(s + a, " news", 5) == 0))
		a += 5;
	return a < n && s[a] == ',';
}

bool claims_broadcast(const struct doc *d)
{
	size_t np = doc_paragraph_count(d), len;
	const char *text = doc_text(d, &len);

	for (size_t p = 0; p < np; p++) {
		const struct doc_para *para = doc_paragraph(d, p);
		struct span sp = doc_sentence(d, para->first_sentence + para->nsentences - 1)->span;
		size_t n = sp.end - sp.start;
		const char *s = text + sp.start;
		if (n < 4 || n > SIGN_MAX || s[n - 1] != '.')
			continue;
		if (handover(s, n - 1) || sign_off(s, n - 1))
			return true;
	}
	return false;
}
