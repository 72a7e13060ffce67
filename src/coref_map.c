/* coref_map: the hash maps of the build: a name's words (case-folded) to an entity, and
 * initials to an organisation. */
#include <stdlib.h>
#include <string.h>

#include "coref_int.h"

/* The bytes a name is hashed by: the white space between its words (1), and the letters folded
 * to lowercase (the rest stand for themselves). */
static const unsigned char name_space[256] = {[' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1};
#define UP(a) [a] = a + 32
static const unsigned char name_lower[256] = {
	UP('A'), UP('B'), UP('C'), UP('D'), UP('E'), UP('F'), UP('G'), UP('H'), UP('I'),
	UP('J'), UP('K'), UP('L'), UP('M'), UP('N'), UP('O'), UP('P'), UP('Q'), UP('R'),
	UP('S'), UP('T'), UP('U'), UP('V'), UP('W'), UP('X'), UP('Y'), UP('Z'),
};
#undef UP

uint64_t coref_name_hash(const struct coref *c, struct span s)
{
	uint64_t h = 1469598103934665603ull;
	bool space = false;

	for (size_t i = s.start; i < s.end; i++) {
		unsigned char ch = (unsigned char)c->text[i], low;
		if (ch >= 0x80) {
			size_t hint = text_break_hint(c->text + i, s.end - i);
			if (hint) {
				i += hint - 1; /* "Netan\u00ADyahu" is "Netanyahu" */
				continue;
			}
		} else if (name_space[ch]) {
			space = true;
			continue;
		}
		if (space)
			h = (h ^ ' ') * 1099511628211ull;
		space = false;
		low = name_lower[ch];
		h = (h ^ (low ? low : ch)) * 1099511628211ull;
	}
	return h ? h : 1;
}

bool coref_name_eq(const struct coref *c, struct span a, struct span b)
{
	size_t i = a.start, j = b.start;

	/* the same bytes: the common case, a name met again as it was written */
	if (a.end - a.start == b.end - b.start &&
	    memcmp(c->text + i, c->text + j, a.end - a.start) == 0)
		return true;
	for (;;) {
		bool sa = false, sb = false;
		while (i < a.end && ascii_space(c->text[i]))
			i++, sa = true;
		while (j < b.end && ascii_space(c->text[j]))
			j++, sb = true;
		i += text_break_hint(c->text + i, a.end - i);
		j += text_break_hint(c->text + j, b.end - j);
		if (i >= a.end || j >= b.end)
			return i >= a.end && j >= b.end;
		if (sa != sb)
			return false;
		unsigned char x = (unsigned char)c->text[i], y = (unsigned char)c->text[j];
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y + 32);
		if (x != y)
			return false;
		i++;
		j++;
	}
}

size_t coref_map_find(const struct coref *c, const struct map *m, struct span key, uint64_t h)
{
	if (!m->cap)
		return COREF_NONE; /* empty, or freed once the build is done */
	for (size_t i = h & (m->cap - 1); m->s[i].h; i = (i + 1) & (m->cap - 1))
		if (m->s[i].h == h && coref_name_eq(c, m->s[i].key, key))
			return m->s[i].ent;
	return COREF_NONE;
}

size_t coref_map_get(const struct coref *c, const struct map *m, struct span key)
{
	return m->cap ? coref_map_find(c, m, key, coref_name_hash(c, key)) : COREF_NONE;
}

void coref_map_set(const struct coref *c, struct map *m, struct span key, uint64_t h, size_t ent)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct map g = {xcalloc(m->cap ? m->cap * 2 : 256, sizeof(struct slot)),
				m->cap ? m->cap * 2 : 256, 0};
		for (size_t k = 0; k < m->cap; k++) {
			if (!m->s[k].h)
				continue;
			for (i = m->s[k].h & (g.cap - 1); g.s[i].h; i = (i + 1) & (g.cap - 1))
				;
			g.s[i] = m->s[k];
			g.n++;
		}
		free(m->s);
		*m = g;
	}
	for (i = h & (m->cap - 1); m->s[i].h; i = (i + 1) & (m->cap - 1)) {
		if (m->s[i].h == h && coref_name_eq(c, m->s[i].key, key)) {
			m->s[i].ent = ent;
			return;
		}
	}
	m->s[i] = (struct slot){h, key, ent};
	m->n++;
}

void coref_map_put(const struct coref *c, struct map *m, struct span key, size_t ent)
{
	coref_map_set(c, m, key, coref_name_hash(c, key), ent);
}

size_t coref_imap_get(const struct imap *m, uint64_t key)
{
	if (!m->cap)
		return COREF_NONE;
	for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> 40 & (m->cap - 1); m->k[i];
	     i = (i + 1) & (m->cap - 1))
		if (m->k[i] == key)
			return m->v[i];
	return COREF_NONE;
}

void coref_imap_put(struct imap *m, uint64_t key, size_t v)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct imap g = {xcalloc(m->cap ? m->cap * 2 : 64, sizeof(uint64_t)),
				 xcalloc(m->cap ? m->cap * 2 : 64, sizeof(size_t)),
				 m->cap ? m->cap * 2 : 64, 0};
		for (size_t k = 0; k < m->cap; k++)
			if (m->k[k])
				coref_imap_put(&g, m->k[k], m->v[k]);
		free(m->k);
		free(m->v);
		*m = g;
	}
	for (i = (key * 0x9E3779B97F4A7C15ull) >> 40 & (m->cap - 1); m->k[i] && m->k[i] != key;
	     i = (i + 1) & (m->cap - 1))
		;
	if (!m->k[i])
		m->n++;
	m->k[i] = key;
	m->v[i] = v;
}
