/* text_words: tables of ASCII words and their classes, written as groups of words in one string
 * each, split once into a sorted list and an open-addressing hash. */
#include <stdlib.h>
#include <string.h>

#include "dateline/text.h"

/* One word, its bytes kept in the entry (not NUL-terminated): a lookup that finds it reads one
 * entry of 32 bytes, not an entry and then the group's string. */
struct text_word {
	char s[TEXT_WORD_MAX];
	unsigned flags;
	unsigned short canon; /* the index of the entry it stands for (itself when none) */
	unsigned char len;
};

/* A listed word's characters folded to lowercase; 0 for a character no listed word has. */
#define CASE(low, up) [low] = (low), [up] = (low)
static const unsigned char fold[256] = {
	CASE('a', 'A'), CASE('b', 'B'), CASE('c', 'C'), CASE('d', 'D'), CASE('e', 'E'),
	CASE('f', 'F'), CASE('g', 'G'), CASE('h', 'H'), CASE('i', 'I'), CASE('j', 'J'),
	CASE('k', 'K'), CASE('l', 'L'), CASE('m', 'M'), CASE('n', 'N'), CASE('o', 'O'),
	CASE('p', 'P'), CASE('q', 'Q'), CASE('r', 'R'), CASE('s', 'S'), CASE('t', 'T'),
	CASE('u', 'U'), CASE('v', 'V'), CASE('w', 'W'), CASE('x', 'X'), CASE('y', 'Y'),
	CASE('z', 'Z'), ['-'] = '-',    ['.'] = '.',    ['\''] = '\'',
};
#undef CASE

/* A slot of the hash: 0 when free, else the entry's index + 1 in its low bits (SLOT_INDEX) and
 * the word's hash in the others, which a probe compares before it reads the entry. */
#define SLOT_INDEX 0xFFFFu

static uint32_t slot(uint32_t h, size_t i)
{
	return (h & ~(uint32_t)SLOT_INDEX) | (uint32_t)(i + 1);
}

/* FNV-1a over the (lowercase) bytes. */
static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static int word_cmp(const struct text_word *a, const struct text_word *b)
{
	size_t n = a->len < b->len ? a->len : b->len;

	/* memcmp()'s order, without the call: most words differ in their first bytes */
	for (size_t i = 0; i < n; i++)
		if (a->s[i] != b->s[i])
			return (unsigned char)a->s[i] < (unsigned char)b->s[i] ? -1 : 1;
	return (int)a->len - (int)b->len;
}

static int entry_cmp(const void *a, const void *b)
{
	return word_cmp(a, b);
}

/* The characters a listed word may have. */
static bool word_char(char c)
{
	return c && fold[(unsigned char)c] == (unsigned char)c;
}

/* The index of the word s (n bytes, lowercase) in the filled table, or t->n. */
static size_t index_of(const struct text_words *t, const char *s, size_t n)
{
	if (n == 0 || n > t->maxlen)
		return t->n;
	for (size_t j = hash(s, n) & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
		size_t i = (t->slots[j] & SLOT_INDEX) - 1u;
		if (t->w[i].len == n && memcmp(t->w[i].s, s, n) == 0)
			return i;
	}
	return t->n;
}

/* Reads the words of the groups into t->w, checking each group's order; false when a group is
 * out of order, holds a word twice or a word that is too long or not lowercase ASCII. */
static bool read_groups(struct text_words *t, const struct text_words_group *g, size_t ng,
			size_t *run)
{
	size_t cap = 0;
	bool ok = true;

	for (size_t i = 0; i < ng; i++) {
		const char *p = g[i].words;
		run[i] = t->n;
		struct text_word prev = {.len = 0};
		while (*p) {
			const char *s = p;
			while (*p && *p != ' ')
				p++;
			struct text_word w = {.flags = g[i].flags};
			for (const char *c = s; c < p; c++)
				ok = ok && word_char(*c);
			if (p - s == 0 || p - s >= TEXT_WORD_MAX)
				ok = false;
			if (p - s > 0 && p - s < TEXT_WORD_MAX) {
				w.len = (unsigned char)(p - s);
				memcpy(w.s, s, w.len);
				if (prev.len && word_cmp(&prev, &w) >= 0)
					ok = false;
				t->w = xgrow(t->w, &cap, t->n + 1, sizeof(*t->w));
				t->w[t->n++] = w;
			}
			prev = w;
			if (*p == ' ')
				p++;
		}
	}
	run[ng] = t->n;
	return ok;
}

/* Sorts t->w, made of the nrun runs [run[i], run[i + 1]) each in order (run[nrun] is t->n), by
 * merging neighbouring runs until one is left: the groups are written in order, and this takes
 * fewer comparisons than qsort() of the whole (words equal but for their flags may come in
 * either order: text_words_fill() joins them). */
static void merge_runs(struct text_words *t, size_t *run, size_t nrun)
{
	struct text_word *from = t->w, *to = xmalloc((t->n ? t->n : 1) * sizeof(*to)), *was;

	/* each pass merges from one array into the other, which the next pass reads */
	while (nrun > 1) {
		size_t k = 0;
		for (size_t i = 0; i < nrun; i += 2) {
			size_t a = run[i], m = run[i + 1], z = i + 2 <= nrun ? run[i + 2] : m;
			size_t x = a, y = m, o = a; /* a last run alone: z == m, copied as it is */
			while (x < m && y < z)
				to[o++] = word_cmp(&from[y], &from[x]) < 0 ? from[y++] : from[x++];
			while (x < m)
				to[o++] = from[x++];
			while (y < z)
				to[o++] = from[y++];
			run[k++] = a;
		}
		run[k] = t->n;
		was = from;
		from = to;
		to = was;
		nrun = k;
	}
	t->w = from;
	free(to);
}

bool text_words_fill(struct text_words *t, const struct text_words_group *g, size_t ng,
		     const char *synonyms)
{
	bool ok;
	size_t n = 0;

	size_t *run = xmalloc((ng + 1) * sizeof(*run));

	memset(t, 0, sizeof(*t));
	ok = read_groups(t, g, ng, run);
	/* one entry per word, with the classes of all its groups */
	if (ok)
		merge_runs(t, run, ng);
	else
		qsort(t->w, t->n, sizeof(*t->w), entry_cmp);
	free(run);
	for (size_t i = 0; i < t->n; i++) {
		if (n > 0 && word_cmp(&t->w[n - 1], &t->w[i]) == 0)
			t->w[n - 1].flags |= t->w[i].flags;
		else
			t->w[n++] = t->w[i];
	}
	t->n = n;
	if (t->n >= 65535)
		die("a word table of %zu words is too large", t->n);
	for (t->nslots = 64; t->nslots < 3 * t->n; t->nslots *= 2)
		;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	for (size_t i = 0; i < t->n; i++) {
		size_t j = hash(t->w[i].s, t->w[i].len) & (t->nslots - 1);
		while (t->slots[j])
			j = (j + 1) & (t->nslots - 1);
		t->slots[j] = slot(hash(t->w[i].s, t->w[i].len), i);
		t->w[i].canon = (unsigned short)i;
		if (t->w[i].len > t->maxlen)
			t->maxlen = t->w[i].len;
	}
	/* "advisor=adviser": the first stands for the second */
	for (const char *p = synonyms ? synonyms : ""; *p;) {
		const char *a = p, *eq, *b;
		while (*p && *p != ' ')
			p++;
		eq = memchr(a, '=', (size_t)(p - a));
		b = eq ? eq + 1 : p;
		size_t i = eq ? index_of(t, a, (size_t)(eq - a)) : t->n;
		size_t k = eq ? index_of(t, b, (size_t)(p - b)) : t->n;
		if (i < t->n && k < t->n)
			t->w[i].canon = (unsigned short)k;
		else
			ok = false;
		if (*p == ' ')
			p++;
	}
	return ok;
}

/* text_words_key(), inline in the lookups, which run once or twice a word of every article. */
static inline bool key_of(const char *s, size_t n, struct text_word_key *k)
{
	uint32_t h = 2166136261u;

	if (n == 0 || n >= TEXT_WORD_MAX)
		return false;
	/* lowercase and hash in one pass (hash() of the lowercase word) */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = fold[(unsigned char)s[i]];
		if (!c)
			return false; /* every listed word is ASCII */
		k->low[i] = (char)c;
		h = (h ^ c) * 16777619u;
	}
	k->n = n;
	k->h = h;
	return true;
}

/* True when the n bytes at a and b are the same (n is short: no call to memcmp). */
static bool same_bytes(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

bool text_words_key(const char *s, size_t n, struct text_word_key *k)
{
	return key_of(s, n, k);
}

/* text_words_find(), inline in the lookups. */
static inline unsigned find(const struct text_words *t, const struct text_word_key *k, unsigned *id)
{
	uint32_t high = k->h & ~SLOT_INDEX;

	if (k->n > t->maxlen)
		return 0;
	/* a slot of another hash is passed without reading its entry */
	for (size_t j = k->h & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
		if ((t->slots[j] & ~SLOT_INDEX) != high)
			continue;
		const struct text_word *w = &t->w[(t->slots[j] & SLOT_INDEX) - 1u];
		if (w->len == k->n && same_bytes(w->s, k->low, k->n)) {
			if (id)
				*id = w->canon;
			return w->flags;
		}
	}
	return 0;
}

unsigned text_words_find(const struct text_words *t, const struct text_word_key *k, unsigned *id)
{
	return find(t, k, id);
}

unsigned text_words_lookup(const struct text_words *t, const char *s, size_t n, unsigned *id)
{
	struct text_word_key k;

	return key_of(s, n, &k) ? find(t, &k, id) : 0;
}

unsigned text_words_lookup_key(const struct text_words *t, const char *s, size_t n,
			       struct text_word_key *k, unsigned *id)
{
	if (!key_of(s, n, k)) {
		k->n = 0;
		return 0;
	}
	return find(t, k, id);
}

size_t text_words_count(const struct text_words *t)
{
	return t->n;
}

void text_words_free(struct text_words *t)
{
	free(t->w);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}
