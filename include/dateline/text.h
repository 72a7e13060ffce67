/* text: UTF-8 checking and repair, display width, a growable string buffer, fatal errors. */
#ifndef DATELINE_TEXT_H
#define DATELINE_TEXT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* A half-open byte range [start, end) into a document's text. */
struct span {
	size_t start, end;
};

#if defined(__GNUC__)
#define DL_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define DL_NORETURN     __attribute__((noreturn))
#define DL_COLD         __attribute__((cold, noinline)) /* rarely run: kept out of its caller */
#else
#define DL_PRINTF(a, b)
#define DL_NORETURN
#define DL_COLD
#endif

/* Prints "dateline: message" on stderr after running the die hook, then exits with status 1. */
DL_NORETURN void die(const char *fmt, ...) DL_PRINTF(1, 2);
/* Sets a function that die() calls first (the reader restores the terminal); NULL clears it. */
void die_set_hook(void (*hook)(void));

/* Allocation that never returns NULL: out of memory ends the program through die(). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows an array to hold at least `need` items of `size` bytes, doubling; updates *cap. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
/* The caller frees the result with free(). */
char *xstrdup(const char *s);
/* Copies at most n bytes of s, stopping at a NUL, as strndup() does. */
char *xstrndup(const char *s, size_t n);
/* The folder part of a path ("." when there is none, "/" for the root). The caller frees the
 * result with free(). */
char *path_dir(const char *path);
/* True when s begins with "http://" or "https://" in any case: a web address, not a file's path. */
bool text_is_web_address(const char *s);

/* A growable byte string; `data` is never NULL and always NUL-terminated. */
struct buf {
	char *data;
	size_t len, cap;
};
#define BUF_INIT                                                                                   \
	{                                                                                          \
		(char *)"", 0, 0                                                                   \
	}
void buf_init(struct buf *b);
/* Makes room for `extra` more bytes and the NUL after them, keeping the contents: a caller that
 * writes at data + len then advances len itself and puts the NUL at data[len]. */
void buf_reserve(struct buf *b, size_t extra);
void buf_put(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) DL_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_clear(struct buf *b);
/* Hands over the bytes: the caller frees the result with free(); the buffer is left empty. */
char *buf_detach(struct buf *b, size_t *len);
/* Frees the bytes; accepts a buffer that was never written. */
void buf_free(struct buf *b);
/* Appends everything left to read from f to b. Returns 0, or a negative errno when a read fails
 * (what was read before stays in b). Does not close f. */
int buf_read_stream(struct buf *b, FILE *f);

/* Decodes one UTF-8 character at s (n bytes available). Returns its length (1-4) and stores the
 * code point in *cp, or returns 0 for an invalid or truncated sequence (then *cp = U+FFFD and
 * the caller skips one byte). */
static inline int text_decode(const char *s, size_t n, uint32_t *cp);
/* Length of the valid UTF-8 prefix of s. */
size_t text_valid_prefix(const char *s, size_t n);
/* Appends s to b with every invalid byte replaced by U+FFFD. */
void text_repair(struct buf *b, const char *s, size_t n);
/* Appends s to b repaired, with C0/C1 controls and DEL drawn visibly ("^[" for ESC, "^@" ...),
 * tabs and newlines kept; used for anything from an article that reaches a terminal. */
void text_visible(struct buf *b, const char *s, size_t n);
/* text_visible() for one line of a list or a status (a claim's row, a note's row): line breaks
 * and tabs as spaces. */
void text_visible_line(struct buf *b, const char *s, size_t n);
/* text_visible() folded to one line: soft hyphens left out, each run of white space written as
 * one space, none at the end, and one at the start only when `lead` is true and b holds text
 * already (a piece that goes after other text). The bytes in `drop` (NULL: none) are left out
 * before the folding, so "a : b" without ':' is "a b". The one walker of the exports' lines. */
void text_visible_folded(struct buf *b, const char *s, size_t n, bool lead, const char *drop);
/* Display width in terminal columns of the (repaired) text, measured with libunistring. */
size_t text_width(const char *s, size_t n);
/* The byte length of the longest prefix of s whose display width is at most `cols`. */
size_t text_fit(const char *s, size_t n, size_t cols);
/* True when the code point is a letter/digit (Unicode-aware), used by the parsers. */
static inline bool text_is_alnum(uint32_t cp);
static inline bool text_is_upper(uint32_t cp);
static inline bool text_is_space(uint32_t cp);

/* The parsers call these for every character: ASCII is answered here, inline, and the rest by
 * the functions below (for these wrappers only). */
int text_decode_multi(const char *s, size_t n, uint32_t *cp);
bool text_is_alnum_uc(uint32_t cp);
bool text_is_upper_uc(uint32_t cp);
bool text_is_space_uc(uint32_t cp);

/* Eight bytes at a time, for the loops that skip plain ASCII: the eight bytes at s as one word,
 * and tests on it that are exact (not 0 exactly when some byte is what they look for). */
#define TEXT_ONES  0x0101010101010101ULL
#define TEXT_HIGHS 0x8080808080808080ULL

static inline uint64_t text_word8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, sizeof(w));
	return w;
}

/* Some byte of w is b. */
static inline uint64_t text_word8_has(uint64_t w, unsigned char b)
{
	uint64_t x = w ^ (TEXT_ONES * b);

	return (x - TEXT_ONES) & ~x & TEXT_HIGHS;
}

/* Some byte of w is below c (c at most 0x80). */
static inline uint64_t text_word8_below(uint64_t w, unsigned char c)
{
	return (w - TEXT_ONES * c) & ~w & TEXT_HIGHS;
}

/* Some byte of w is 0x80 or above. */
static inline uint64_t text_word8_high(uint64_t w)
{
	return w & TEXT_HIGHS;
}

/* A short word's bytes as one number, the key of a memo of lookups: the n bytes at s (n from 1
 * to 8, none of them 0) as they lie in memory, the bytes after them cleared; 0 when the word is
 * longer or fewer than eight bytes lie from s to `limit` (the end of the text). A memo keyed by
 * the bytes as written (case and all) answers the commonest words without folding or hashing. */
static inline uint64_t text_word_memo_key(const char *s, size_t n, const char *limit)
{
	if (n == 0 || n > 8 || limit - s < 8)
		return 0;
	uint64_t w = text_word8(s);
	if (n == 8)
		return w;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return w & ~(~0ULL >> (8 * n));
#else
	return w & ((1ULL << (8 * n)) - 1);
#endif
}

/* The slot of the memo key w in a memo of 1 << bits slots. */
static inline size_t text_word_memo_slot(uint64_t w, unsigned bits)
{
	return (size_t)((w * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

/* A word of up to 16 bytes as two numbers, the key of a memo of lookups that also answers the
 * longer words ("President", "government"): k->a is text_word_memo_key() of its first eight
 * bytes, k->b its bytes after the eighth likewise (0 for a word of eight bytes or fewer). False
 * (the key all 0) when the word is longer than 16 bytes, or fewer than eight (a short word) or
 * sixteen (a longer one) bytes lie from s to `limit`. */
struct text_memo_key {
	uint64_t a, b;
};
static inline bool text_word_memo_key16(const char *s, size_t n, const char *limit,
					struct text_memo_key *k)
{
	k->b = 0;
	if (n <= 8) {
		k->a = text_word_memo_key(s, n, limit);
		return k->a != 0;
	}
	if (n > 16 || limit - s < 16) {
		k->a = 0;
		return false;
	}
	k->a = text_word8(s);
	k->b = text_word_memo_key(s + 8, n - 8, limit);
	return true;
}

/* The slot of the key k in a memo of 1 << bits slots (text_word_memo_slot() of a short word's). */
static inline size_t text_word_memo_slot16(const struct text_memo_key *k, unsigned bits)
{
	return text_word_memo_slot(k->a ^ (k->b * 0xC2B2AE3D27D4EB4FULL), bits);
}

/* True when the memo key x is k. */
static inline bool text_memo_key_eq(const struct text_memo_key *x, const struct text_memo_key *k)
{
	return x->a == k->a && x->b == k->b;
}

/* True when the n bytes at s and at w are the same, ASCII letters in either case: what
 * strncasecmp(s, w, n) == 0 says of ASCII words, without the call (hot in the engines' word
 * tests). */
static inline bool text_ascii_eq(const char *s, const char *w, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		unsigned char a = (unsigned char)s[k], b = (unsigned char)w[k];
		if (a == b)
			continue; /* most bytes compared are the same as written: no folding */
		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a + 32);
		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b + 32);
		if (a != b)
			return false;
	}
	return true;
}

static inline int text_decode(const char *s, size_t n, uint32_t *cp)
{
	if (n && (unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	return text_decode_multi(s, n, cp);
}

static inline bool text_is_alnum(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	return text_is_alnum_uc(cp);
}

static inline bool text_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return text_is_upper_uc(cp);
}

static inline bool text_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return text_is_space_uc(cp);
}

/* ASCII white space as the C locale's isspace() has it: space, \t, \n, \v, \f, \r. Inline, as
 * the byte tests below: the parsers and the export ask them of nearly every byte. */
static inline bool text_is_ascii_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}
/* The byte length of the invisible line-break hint at s (n bytes): a soft hyphen (U+00AD) or a
 * zero-width space (U+200B), which a page sets inside words ("Netan\u00ADyahu"); 0 else. */
size_t text_break_hint(const char *s, size_t n);
/* An ASCII letter, either case: the byte test of the parsers that read ASCII words. */
static inline bool text_is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/* The ASCII letters and digits, by byte (none from 0x80 up): the tokenizers run over a word's
 * plain bytes with one load and one test a byte, without decoding. */
extern const bool text_ascii_alnum[256];
/* An ASCII capital letter, A to Z. */
static inline bool text_is_ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}
/* An ASCII small letter, a to z. */
static inline bool text_is_ascii_lower(char c)
{
	return c >= 'a' && c <= 'z';
}
/* Reference marks ("[12]", "[a]", "[citation needed]": "[" then 1 to 24 ASCII letters, digits or
 * spaces, then "]"), as wiki pages set them after a word or a full stop. text_ref_mark_after():
 * the end of the mark that opens at s[pos] (before end), or pos when none does;
 * text_ref_mark_before(): the start of the mark that ends at s[end] (after lo) set right after a
 * word or a stop, not after a space ("as per [AUTHORING]" names a text), or end. */
size_t text_ref_mark_after(const char *s, size_t pos, size_t end);
size_t text_ref_mark_before(const char *s, size_t lo, size_t end);

/* The 64-bit FNV-1a hash of n bytes (a content key, a hash table's hash), from the offset basis
 * 1469598103934665603 (a digit short of the published one, and kept: notes databases store the
 * documents' keys made with it). */
uint64_t text_hash(const char *s, size_t n);

/* A pool of short strings that keeps one copy of each (text_pool.c): a NULL pointer is an empty
 * pool. */
struct text_pool;
/* The pool's copy of s[0..n) (which may hold NUL bytes), NUL-terminated, made when it has none
 * (and the pool when *p is NULL): equal strings give one pointer. Owned by the pool; valid
 * until text_pool_free(). */
const char *text_intern(struct text_pool **p, const char *s, size_t n);
/* Moves the strings of `from` into *into (made when NULL), where they stay valid (a later
 * text_intern() into *into may copy them again), and frees `from`; accepts NULL. */
void text_pool_adopt(struct text_pool **into, struct text_pool *from);
/* Frees the pool and its strings; accepts NULL. */
void text_pool_free(struct text_pool *p);
/* Is s (n bytes) one of `words`, a string of lower-case words separated by spaces ("jan feb
 * mar")? ASCII letters of s match in either case, other bytes only themselves; n == 0 is never a
 * word. */
bool text_word_in(const char *words, const char *s, size_t n);

/* The length of the "the " (any case) the n bytes at s open with when a word follows it ("The
 * U.S. Chamber of Commerce", "the company"), else 0: the article a name or a description is
 * written with, which callers skip to compare or classify what follows. */
size_t text_the_len(const char *s, size_t n);

/* The ordinal words, lower case: text_ordinal_words[v - 1] names v, "first" (1) to "twelfth"
 * (12). The one list that coref ("the Fifth District") and the time tagger ("third quarter")
 * read, through text_ordinal_word(). */
#define TEXT_ORDINAL_WORDS 12
extern const char *const text_ordinal_words[TEXT_ORDINAL_WORDS];
/* The number the ordinal word s (n bytes, either case) names, 1 to TEXT_ORDINAL_WORDS; 0 for any
 * other word ("fifty", "firsts", "2nd": coref_ordinal() reads figures). */
int text_ordinal_word(const char *s, size_t n);

/* True when the n bytes at s (a final stop left out) are an abbreviation that closes a name and
 * keeps its stop there: a business's legal form written with one or a generation ("Vale Tools
 * Inc.", "Acme Corp.", "Anheuser-Busch Cos.", "Ann Lee Jr."; not "Mercury LLC", written without
 * one). A capital, the rest in either case. The one list that the sentence splitter (a sentence
 * may end with such a name) and the claims (a name keeps the stop, the sentence's own is not
 * written twice) ask. */
bool text_name_end_abbrev(const char *s, size_t n);

/* What kind of abbreviation a stop closes (text_abbrev_stop()). */
enum text_abbrev {
	TEXT_ABBREV_NONE,     /* none: the stop may be a sentence's */
	TEXT_ABBREV_NAME,     /* a word that closes a name: text_name_end_abbrev() */
	TEXT_ABBREV_INITIALS, /* initials written with stops: "U.S.", "p.m.", "S.E.C." */
};
/* Is the '.' at t[i] the stop of an abbreviation glued to the word before it, whose letters lie
 * in t[lo, i): a word that closes a name ("Acme Inc.", "Lazard Freres & Cie.", "Ann Lee Jr.":
 * text_name_end_abbrev(), the word begun at lo or after a character no word runs over), or the
 * last of initials written with stops, letters alone ("U.S.", "5 p.m.", "S.E.C."; the last may
 * be a digit)? The kind, TEXT_ABBREV_NONE (0) when neither: "Mercury LLC.", "Ph.D.", "St.", a
 * title's or a state's "Gov.", "Calif." (a caller that wants any capitalised abbreviation asks
 * more). The claims (content keeps such a stop, a name runs on over it) and the timeline's
 * summaries (a speech tag keeps it) ask. Reads at most eight bytes back. */
enum text_abbrev text_abbrev_stop(const char *t, size_t lo, size_t i);

/* True when the n bytes at s (a final stop left out) are a U.S. state as the press writes it
 * after a city: abbreviated ("Ill", "Calif", "N.J") or one of the eight never abbreviated
 * ("Texas"); several are words too ("Ill", "Miss"), so callers ask only after "City, ". */
bool text_state_abbrev(const char *s, size_t n);
/* Where the U.S. state written at p in t ends, past its stop ("Ill." in "Rockford, Ill., maker",
 * "N.J.", "Texas"): a capital, then letters and stops, no word going on after them, at most
 * six bytes, looking no further than e; p when no state is written there. */
size_t text_state_end(const char *t, size_t p, size_t e);
/* True when the n bytes at s open with an em dash, an en dash or a horizontal bar (U+2014,
 * U+2013, U+2015: some pages write their dashes with the bar), three bytes each. */
static inline bool text_wide_dash(const char *s, size_t n)
{
	return n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	       ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94 ||
		(unsigned char)s[2] == 0x95);
}
/* The curly single quotation mark at s (n bytes available): U+2019 (’, the apostrophe of
 * "O’Neill" and "don’t", and a closing mark) or U+2018 (‘, an opening mark), three bytes each;
 * 0 when neither opens s. Callers that take only the apostrophe compare with 0x2019. */
static inline uint32_t text_curly_single(const char *s, size_t n)
{
	if (n < 3 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x80)
		return 0;
	return (unsigned char)s[2] == 0x99 ? 0x2019 : (unsigned char)s[2] == 0x98 ? 0x2018 : 0;
}
/* The curly double quotation mark at s (n bytes available): U+201C (“, an opening mark) or
 * U+201D (”, a closing one), three bytes each; 0 when neither opens s. */
static inline uint32_t text_curly_double(const char *s, size_t n)
{
	if (n < 3 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x80)
		return 0;
	return (unsigned char)s[2] == 0x9C ? 0x201C : (unsigned char)s[2] == 0x9D ? 0x201D : 0;
}
/* The Unicode line or paragraph separator at s (n bytes available): U+2028 or U+2029, three
 * bytes each, line breaks to YAML and JSON readers; 0 when neither opens s. */
static inline uint32_t text_line_separator(const char *s, size_t n)
{
	if (n < 3 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x80)
		return 0;
	return (unsigned char)s[2] == 0xA8 ? 0x2028 : (unsigned char)s[2] == 0xA9 ? 0x2029 : 0;
}
/* A news dateline opening text at s ("TAIPEI — ", "WASHINGTON (Reuters) - ", "BEIJING, Nov. 7 --
 * "): capitals, an optional agency and date, a dash and a space. Returns where the text after it
 * starts, or s when there is none; looks no further than e. */
size_t text_dateline_end(const char *t, size_t s, size_t e);
/* For a run of digits at p (before e) glued to "AM" or "PM" and a capitalised word, as a live
 * blog's time runs into its headline ("9:52PMBush Says ..."): the offset where that word begins,
 * else p. */
size_t text_time_glued(const char *t, size_t p, size_t e);

/* ---- word tables (text_words.c) ---- */

/* The longest listed word is shorter than this. */
#define TEXT_WORD_MAX 24

/* A group of a word table: lowercase ASCII words (letters, '-', '.' and "'"), in order and each once,
 * separated by single spaces; each of them has the classes `flags`. */
struct text_words_group {
	unsigned flags;
	const char *words;
};

/* A table of words and their classes (read-only once filled; any number of threads may look
 * words up at once). Its members are the table's own. */
struct text_words {
	struct text_word *w; /* the words in order, each once */
	uint32_t *slots; /* 0 free; else the entry + 1 and high bits of its hash (text_words.c) */
	size_t n, nslots, maxlen;
};

/* Fills t from ng groups (a word in several groups has all their classes) and the synonyms,
 * "word=canonical word=canonical ..." or NULL. The groups' strings must outlive t; the caller
 * frees t with text_words_free() (the engines' word lists are filled once and kept). Returns
 * false when a group is out of order, holds a word twice or one that cannot be listed, or a
 * synonym names a word that is in no group (the table is usable all the same). */
bool text_words_fill(struct text_words *t, const struct text_words_group *g, size_t ng,
		     const char *synonyms);

/* A word ready to be looked up in any table: lowercase, hashed once. */
struct text_word_key {
	char low[TEXT_WORD_MAX];
	size_t n;
	uint32_t h;
};
/* Folds the n bytes at s into k (ASCII case-insensitive); false when s cannot be in a table. */
bool text_words_key(const char *s, size_t n, struct text_word_key *k);
/* The classes of the word k in t, 0 when it is not listed; *id, when id is not NULL and the word
 * is listed, is set to its entry (the canonical word's for a synonym), an index below
 * text_words_count(t). */
unsigned text_words_find(const struct text_words *t, const struct text_word_key *k, unsigned *id);
/* text_words_key() and text_words_find() at once. */
unsigned text_words_lookup(const struct text_words *t, const char *s, size_t n, unsigned *id);
/* text_words_lookup() that leaves the word's key in k for more lookups or its hash (k->n is 0 when
 * s cannot be in a table). */
unsigned text_words_lookup_key(const struct text_words *t, const char *s, size_t n,
			       struct text_word_key *k, unsigned *id);
/* The number of words in t. */
size_t text_words_count(const struct text_words *t);
/* Frees what t holds (not t itself); accepts a zeroed table. */
void text_words_free(struct text_words *t);

#endif
