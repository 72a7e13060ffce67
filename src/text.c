/* text: UTF-8 decoding and repair, display widths, the string buffer and fatal errors. */
#include "dateline/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>
#include <uniwidth.h>

static void (*die_hook)(void);

void die_set_hook(void (*hook)(void))
{
	die_hook = hook;
}

void die(const char *fmt, ...)
{
	va_list ap;

	if (die_hook) {
		void (*h)(void) = die_hook;
		die_hook = NULL;
		h();
	}
	fputs("dateline: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory");
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap;

	if (need <= c)
		return p;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			die("out of memory");
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		die("out of memory");
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p;

	n = strnlen(s, n); /* like strndup(): stops at a NUL */
	p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *path_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

bool text_is_web_address(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

void buf_init(struct buf *b)
{
	b->data = (char *)"";
	b->len = b->cap = 0;
}

void buf_reserve(struct buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (b->cap == 0) {
		size_t cap = 0;
		char *p = xgrow(NULL, &cap, need < 64 ? 64 : need, 1);

		p[0] = '\0';
		b->data = p;
		b->cap = cap;
		return;
	}
	b->data = xgrow(b->data, &b->cap, need, 1);
}

void buf_put(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	buf_put(b, &c, 1);
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n <= 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->cap)
		b->data[0] = '\0';
}

char *buf_detach(struct buf *b, size_t *len)
{
	char *p = b->cap ? b->data : xstrdup("");

	/* What is kept (summaries by the hundred thousand, whole texts) keeps only its bytes. */
	if (b->cap > b->len + 1)
		p = xrealloc(p, b->len + 1);
	if (len)
		*len = b->len;
	buf_init(b);
	return p;
}

void buf_free(struct buf *b)
{
	if (b->cap)
		free(b->data);
	buf_init(b);
}

int buf_read_stream(struct buf *b, FILE *f)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_put(b, chunk, n);
	return ferror(f) ? -(errno ? errno : EIO) : 0;
}

int text_decode_multi(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c;
	int len;

	*cp = 0xFFFD;
	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < (size_t)len)
		return 0;
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are invalid. */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

size_t text_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		int k = text_decode(s + i, n - i, &cp);
		if (k == 0)
			break;
		i += (size_t)k;
	}
	return i;
}

void text_repair(struct buf *b, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t ok = text_valid_prefix(s + i, n - i);

		buf_put(b, s + i, ok);
		i += ok;
		if (i < n) {
			buf_put(b, "\xEF\xBF\xBD", 3);
			i++;
		}
	}
}

void text_visible(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		int k;

		if (c >= 0x20 && c < 0x7F) {
			i++;
			run++;
			continue;
		}
		buf_put(b, s + i - run, run);
		run = 0;
		if (c == '\t' || c == '\n') {
			buf_putc(b, (char)c);
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7F) {
			buf_putc(b, '^');
			buf_putc(b, c == 0x7F ? '?' : (char)(c + 0x40));
			i++;
			continue;
		}
		k = text_decode(s + i, n - i, &cp);
		if (k == 0) {
			buf_put(b, "\xEF\xBF\xBD", 3);
			i++;
		} else if (cp >= 0x80 && cp < 0xA0) {
			buf_printf(b, "<U+%04X>", (unsigned)cp);
			i += (size_t)k;
		} else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
			/* Bidirectional overrides and isolates could reorder what follows on screen. */
			buf_printf(b, "<U+%04X>", (unsigned)cp);
			i += (size_t)k;
		} else {
			buf_put(b, s + i, (size_t)k);
			i += (size_t)k;
		}
	}
	buf_put(b, s + i - run, run);
}

void text_visible_line(struct buf *b, const char *s, size_t n)
{
	size_t from = b->len;

	text_visible(b, s, n);
	for (size_t k = from; k < b->len; k++)
		if (b->data[k] == '\n' || b->data[k] == '\t' || b->data[k] == '\r')
			b->data[k] = ' ';
}

void text_visible_folded(struct buf *b, const char *s, size_t n, bool lead, const char *drop)
{
	struct buf v = BUF_INIT;
	bool space = false, any = lead && b->len; /* any: a space may go before what comes next */
	char *out;

	text_visible(&v, s, n);
	if (v.len == 0) {
		buf_free(&v);
		return;
	}
	/* Written in place: never longer than v, as each space written stands for one or more read. */
	buf_reserve(b, v.len);
	out = b->data + b->len;
	for (size_t i = 0; i < v.len; i++) {
		char c = v.data[i];
		/* a hint's first byte is 0xC2 or 0xE2: an ASCII byte is none */
		size_t hint = (unsigned char)c < 0x80 ? 0 : text_break_hint(v.data + i, v.len - i);
		if (hint) {
			i += hint - 1; /* a soft hyphen: "Netan\u00ADyahu" is read as "Netanyahu" */
			continue;
		}
		if (drop && c && strchr(drop, c))
			continue;
		if (text_is_ascii_space(c)) {
			space = any;
			continue;
		}
		if (space)
			*out++ = ' ';
		space = false;
		any = true;
		*out++ = c;
	}
	b->len = (size_t)(out - b->data);
	b->data[b->len] = '\0';
	buf_free(&v);
}

static int cp_width(uint32_t cp)
{
	int w;

	if (cp < 0x20 || cp == 0x7F)
		return 2; /* drawn as ^X */
	if (cp < 0x7F)
		return 1;
	w = uc_width(cp, "UTF-8");
	return w < 0 ? 1 : w;
}

size_t text_width(const char *s, size_t n)
{
	size_t i = 0, w = 0;
	uint32_t cp;

	while (i < n) {
		int k = text_decode(s + i, n - i, &cp);

		w += (size_t)cp_width(cp);
		i += k ? (size_t)k : 1;
	}
	return w;
}

size_t text_fit(const char *s, size_t n, size_t cols)
{
	size_t i = 0, w = 0;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			if (w + 1 > cols)
				break;
			w++;
			i++;
			continue;
		}
		int k = text_decode(s + i, n - i, &cp);
		size_t cw = (size_t)cp_width(cp);

		if (w + cw > cols)
			break;
		w += cw;
		i += k ? (size_t)k : 1;
	}
	return i;
}

bool text_is_alnum_uc(uint32_t cp)
{
	return uc_is_alnum(cp);
}

bool text_is_upper_uc(uint32_t cp)
{
	return uc_is_upper(cp);
}

bool text_is_space_uc(uint32_t cp)
{
	return cp == 0xA0 || cp == 0x3000 || uc_is_space(cp);
}

size_t text_break_hint(const char *s, size_t n)
{
	if (n >= 2 && s[0] == '\xC2' && s[1] == '\xAD')
		return 2;
	if (n >= 3 && s[0] == '\xE2' && s[1] == '\x80' && s[2] == '\x8B')
		return 3;
	return 0;
}

#define CASE(low, up) [low] = true, [up] = true
const bool text_ascii_alnum[256] = {
	CASE('a', 'A'), CASE('b', 'B'), CASE('c', 'C'), CASE('d', 'D'), CASE('e', 'E'),
	CASE('f', 'F'), CASE('g', 'G'), CASE('h', 'H'), CASE('i', 'I'), CASE('j', 'J'),
	CASE('k', 'K'), CASE('l', 'L'), CASE('m', 'M'), CASE('n', 'N'), CASE('o', 'O'),
	CASE('p', 'P'), CASE('q', 'Q'), CASE('r', 'R'), CASE('s', 'S'), CASE('t', 'T'),
	CASE('u', 'U'), CASE('v', 'V'), CASE('w', 'W'), CASE('x', 'X'), CASE('y', 'Y'),
	CASE('z', 'Z'), ['0'] = true,   ['1'] = true,   ['2'] = true,   ['3'] = true,
	['4'] = true,   ['5'] = true,   ['6'] = true,   ['7'] = true,   ['8'] = true,
	['9'] = true,
};
#undef CASE

static bool ref_mark_char(char c)
{
	return text_is_ascii_letter(c) || (c >= '0' && c <= '9') || c == ' ';
}

size_t text_ref_mark_after(const char *s, size_t pos, size_t end)
{
	size_t j = pos + 1;

	if (pos >= end || s[pos] != '[')
		return pos;
	while (j < end && j - pos <= 24 && ref_mark_char(s[j]))
		j++;
	return j > pos + 1 && j < end && s[j] == ']' ? j + 1 : pos;
}

size_t text_ref_mark_before(const char *s, size_t lo, size_t end)
{
	size_t j = end - 1;

	if (end <= lo + 2 || s[end - 1] != ']')
		return end;
	while (j > lo && end - j <= 25 && ref_mark_char(s[j - 1]))
		j--;
	/* set right after a word or a stop ("1616.[12]"); after a space it is a name ("as per
	 * [AUTHORING]") */
	return j > lo + 1 && j + 1 < end && s[j - 1] == '[' && !text_is_ascii_space(s[j - 2])
		       ? j - 1
		       : end;
}

uint64_t text_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

bool text_word_in(const char *words, const char *s, size_t n)
{
	char low[64];

	if (n == 0 || n >= sizeof(low))
		return false; /* longer than any listed word */
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\0')
			return false; /* a listed word has neither */
		low[i] = ascii_lower(s[i]);
	}
	low[n] = '\0';
	/* the word where it occurs whole: after the start or a space, before a space or the end */
	for (const char *p = strstr(words, low); p; p = strstr(p + 1, low))
		if ((p == words || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* See text.h. */
size_t text_the_len(const char *s, size_t n)
{
	return n > 4 && strncasecmp(s, "the ", 4) == 0 ? 4 : 0;
}

/* See text.h. */
const char *const text_ordinal_words[TEXT_ORDINAL_WORDS] = {"first",   "second",   "third",
							    "fourth",  "fifth",    "sixth",
							    "seventh", "eighth",   "ninth",
							    "tenth",   "eleventh", "twelfth"};

/* See text.h. */
int text_ordinal_word(const char *s, size_t n)
{
	char last;

	if (n < 5 || n > 8)
		return 0; /* no ordinal word is shorter or longer */
	/* each ends in "st", "nd", "rd" or "th": most words of their lengths go here */
	last = (char)(s[n - 1] | 32);
	if (last != 'h' && last != 't' && last != 'd')
		return 0;
	for (int v = 0; v < TEXT_ORDINAL_WORDS; v++) {
		const char *w = text_ordinal_words[v];
		if (strlen(w) == n && text_ascii_eq(s, w, n))
			return v + 1;
	}
	return 0;
}

/* See text.h. */
bool text_name_end_abbrev(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '.')
		n--;
	return n >= 2 && n <= 4 && s[0] >= 'A' && s[0] <= 'Z' &&
	       text_word_in("bros cie co corp cos inc jr ltd sr", s, n);
}

/* The code point that ends at t[p] (after lo) and where it starts (*at); 0 when none. */
static uint32_t cp_before(const char *t, size_t lo, size_t p, size_t *at)
{
	size_t q = p;
	uint32_t cp = 0;

	while (q > lo && p - q < 4 && ((unsigned char)t[q - 1] & 0xC0) == 0x80)
		q--;
	if (q > lo && ((unsigned char)t[q - 1] & 0xC0) != 0x80 &&
	    (q == p || (unsigned char)t[q - 1] >= 0xC0))
		q--;
	*at = q;
	if (q == p || text_decode(t + q, p - q, &cp) != (int)(p - q))
		return 0;
	return cp;
}

/* Does a word begin at t[p] (after lo): not after a letter or a digit, nor after an apostrophe,
 * a hyphen or a soft hyphen that follows one (as the claims' tokens read words: "O'Inc" or
 * "Acme-Inc" is one word)? */
static bool word_begins(const char *t, size_t lo, size_t p)
{
	size_t q;
	uint32_t cp;

	if (p > lo && (unsigned char)t[p - 1] < 0x80 && t[p - 1] != '\'' && t[p - 1] != '-')
		return !text_ascii_alnum[(unsigned char)t[p - 1]];
	cp = cp_before(t, lo, p, &q);
	if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0xAD || cp == 0x200B)
		cp = cp_before(t, lo, q, &q);
	return !text_is_alnum(cp);
}

static bool ascii_letter(char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26;
}

/* See text.h. */
enum text_abbrev text_abbrev_stop(const char *t, size_t lo, size_t i)
{
	size_t w = i;

	if (i <= lo || t[i] != '.')
		return TEXT_ABBREV_NONE;
	while (w > lo && i - w < 5 && ascii_letter(t[w - 1]))
		w--;
	if (i - w >= 2)
		return text_name_end_abbrev(t + w, i - w) && word_begins(t, lo, w)
			       ? TEXT_ABBREV_NAME
			       : TEXT_ABBREV_NONE;
	/* "U.S.", "a.m.": a letter alone, a stop, and the letter or digit alone glued to this one */
	return i >= lo + 3 && t[i - 2] == '.' && text_ascii_alnum[(unsigned char)t[i - 1]] &&
			       ascii_letter(t[i - 3]) && word_begins(t, lo, i - 3)
		       ? TEXT_ABBREV_INITIALS
		       : TEXT_ABBREV_NONE;
}

/* See text.h. */
bool text_state_abbrev(const char *s, size_t n)
{
	/* the AP's abbreviations */
	static const char states[] =
		"ala ariz ark calif colo conn d.c del fla ga ill ind kan kans ky la md mass mich minn "
		"miss mo mont n.c n.d n.h n.j n.m n.y neb nev okla ore pa penn r.i s.c s.d tenn tex va "
		"vt w.va wash wis wyo "
		/* and the eight written in full */
		"alaska hawaii idaho iowa maine ohio texas utah";

	if (n > 0 && s[n - 1] == '.')
		n--;
	/* none is longer than six letters: most words are turned away without a search */
	return n <= 6 && text_word_in(states, s, n);
}

/* See text.h. */
size_t text_state_end(const char *t, size_t p, size_t e)
{
	size_t q = p;

	if (p >= e || t[p] < 'A' || t[p] > 'Z')
		return p;
	while (q < e && q - p < 6 &&
	       (((t[q] | 0x20) >= 'a' && (t[q] | 0x20) <= 'z') || t[q] == '.'))
		q++;
	if (q < e && (t[q] | 0x20) >= 'a' && (t[q] | 0x20) <= 'z')
		return p; /* a longer word ("Hawaiian") */
	return text_state_abbrev(t + p, q - p) ? q : p;
}

/* The place after a dateline's city in title case, one to three words of letters before the
 * agency's bracket or the dash ("BUDAPEST, Hungary (AP)_", "BELFAST, Northern Ireland (AP)_",
 * "OSCEOLA, Iowa —"): the index after it and its spaces, or p when there is none. */
static size_t place_after_city(const char *t, size_t p, size_t e)
{
	size_t i = p;

	for (int words = 0; words < 3; words++) {
		if (i + 1 >= e || t[i] < 'A' || t[i] > 'Z' || t[i + 1] < 'a' || t[i + 1] > 'z')
			return p;
		while (i < e && (t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z')
			i++;
		if (i + 1 >= e || t[i] != ' ')
			return p;
		i++;
		if (t[i] == '(' || t[i] == '-' || text_wide_dash(t + i, e - i))
			return i;
	}
	return p;
}

/* See text.h. */
size_t text_dateline_end(const char *t, size_t s, size_t e)
{
	size_t i = s, caps = 0;

	/* capitals (a capital before a small letter starts an ordinary word) */
	while (i < e && i - s < 60 &&
	       ((t[i] >= 'A' && t[i] <= 'Z' && !(i + 1 < e && t[i + 1] >= 'a' && t[i + 1] <= 'z')) ||
		t[i] == ' ' || t[i] == '.' || t[i] == ',' || t[i] == '\'' ||
		(t[i] == '-' && i > s && t[i - 1] >= 'A' && t[i - 1] <= 'Z' && i + 1 < e &&
		 t[i + 1] >= 'A' && t[i + 1] <= 'Z'))) {
		caps += t[i] >= 'A' && t[i] <= 'Z';
		i++;
	}
	/* "Dec 29 (Reuters) - ": a wire's date and agency without a place (the agency's bracket
	 * after the date is needed then) */
	bool bare = caps < 3;
	if (bare)
		i = s;
	/* the state after the city: "FLINT, Mich., Oct. 4 (UPI) --" */
	if (i > s + 1 && t[i - 1] == ' ' && t[i - 2] == ',') {
		size_t j = text_state_end(t, i, e);
		if (j > i && j + 1 < e && (t[j] == ',' || t[j] == ' ')) {
			i = j;
			while (i < e && (t[i] == ',' || t[i] == ' '))
				i++;
		} else {
			i = place_after_city(t, i, e);
		}
	}
	/* a date in the dateline: "BEIJING, Nov. 7 --", "LONDON, March 3, 2025 -" */
	if (i < e && t[i] >= 'A' && t[i] <= 'Z' && (bare || text_is_ascii_space(t[i - 1]))) {
		size_t j = i + 1, k;
		while (j < e && j - i < 9 && t[j] >= 'a' && t[j] <= 'z')
			j++;
		if (j < e && t[j] == '.')
			j++;
		for (k = j; k < e && t[k] == ' '; k++)
			;
		size_t d = k;
		while (d < e && d - k < 2 && t[d] >= '0' && t[d] <= '9')
			d++;
		if (j - i < 3 || k == j || d == k)
			return s;
		i = d;
		if (i + 2 < e && t[i] == ',' && t[i + 1] == ' ' && t[i + 2] >= '0' &&
		    t[i + 2] <= '9') {
			i += 2;
			while (i < e && t[i] >= '0' && t[i] <= '9')
				i++;
		}
		while (i < e && t[i] == ' ')
			i++;
	}
	if (bare && (i == s || i >= e || t[i] != '('))
		return s;
	if (i < e && t[i] == '(') { /* "(Reuters)" */
		size_t j = i;
		while (j < e && j - i < 30 && t[j] != ')')
			j++;
		if (j >= e || t[j] != ')')
			return s;
		i = j + 1;
		while (i < e && t[i] == ' ')
			i++;
	}
	/* a dash: an em or en dash or a horizontal bar ("WASHINGTON ―"), "-" or "--" (or the
	 * wire's "_" after its bracket), with a space after it */
	if (i < e && text_wide_dash(t + i, e - i))
		i += 3;
	else if (i < e && t[i] == '-')
		i += i + 1 < e && t[i + 1] == '-' ? 2 : 1;
	else if (i < e && t[i] == '_' && i > s && t[i - 1] == ')')
		i++; /* the wire's underscore after the agency: "DOVER (AP)_ " */
	else
		return s;
	if (i >= e || !text_is_ascii_space(t[i]))
		return s;
	while (i < e && text_is_ascii_space(t[i]))
		i++;
	return i;
}

size_t text_time_glued(const char *t, size_t p, size_t e)
{
	size_t i = p;

	while (i < e && (unsigned char)(t[i] - '0') < 10)
		i++;
	if (i == p || i + 3 >= e || (t[i] != 'A' && t[i] != 'P') || t[i + 1] != 'M' ||
	    (unsigned char)(t[i + 2] - 'A') >= 26 || (unsigned char)(t[i + 3] - 'a') >= 26)
		return p;
	return i + 2;
}
