/* coref_map: the hash maps of the build: a name's words (case-folded) to an entity, and
 * initials to an organisation. */
#include <stdlib.h>
#include <string.h>

#include "coref_int.h"

/* The byte a name's byte is hashed as: a letter in lowercase, 0 for the white space between its
 * words (and for NUL, which only makes two names share a hash), any other byte itself. */
#define FOLD(b)                                                                                    \
	((b) >= 'A' && (b) <= 'Z'                                                                  \
		 ? (b) + 32                                                                        \
		 : ((b) == ' ' || (b) == '\n' || (b) == '\t' || (b) == '\r' ? 0 : (b)))
#define FOLD4(b)  FOLD(b), FOLD((b) + 1), FOLD((b) + 2), FOLD((b) + 3)
#define FOLD16(b) FOLD4(b), FOLD4((b) + 4), FOLD4((b) + 8), FOLD4((b) + 12)
#define FOLD64(b) FOLD16(b), FOLD16((b) + 16), FOLD16((b) + 32), FOLD16((b) + 48)
static const unsigned char name_fold[256] = {FOLD64(0), FOLD64(64), FOLD64(128), FOLD64(192)};
#undef FOLD64
#undef FOLD16
#undef FOLD4
#undef FOLD

uint64_t coref_name_hash(const struct coref *c, struct span s)
{
	uint64_t h = 1469598103934665603ull;
	bool space = false;

	for (size_t i = s.start; i < s.end; i++) {
		unsigned char ch = (unsigned char)c->text[i];
		size_t hint = ch >= 0x80 ? text_break_hint(c->text + i, s.end - i) : 0;
		/* a curly apostrophe (’ or ‘) reads as "'": "O’Neill" is "O'Neill" */
		if (ch >= 0x80 && text_curly_single(c->text + i, s.end - i)) {
			i += 2;
			ch = '\'';
		} else if (hint) {
			i += hint - 1; /* "Netan\u00ADyahu" is "Netanyahu" */
			continue;
		}
		ch = name_fold[ch];
		if (!ch) {
			space = true;
			continue;
		}
		if (space)
			h = (h ^ ' ') * 1099511628211ull;
		space = false;
		h = (h ^ ch) * 1099511628211ull;
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
		if (text_curly_single(c->text + i, a.end - i)) {
			i += 2;
			x = '\'';
		}
		if (text_curly_single(c->text + j, b.end - j)) {
			j += 2;
			y = '\'';
		}
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
