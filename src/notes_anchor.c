/* notes_anchor: the pure re-anchoring of notes: where a passage stored with its context lies in
 * an edited text (exact span, verbatim elsewhere, other white space, between its contexts). */
/* memmem() */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "notes_int.h"

/* A byte that continues a UTF-8 sequence (10xxxxxx). */
static bool is_continuation(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

size_t notes_char_start(const char *t, size_t len, size_t i)
{
	while (i > 0 && i < len && is_continuation(t[i]))
		i--;
	return i;
}

struct notes_anchor notes_anchor_make(const char *t, size_t len, struct span s)
{
	struct notes_anchor a;
	size_t b = s.start > NOTES_CONTEXT ? s.start - NOTES_CONTEXT : 0;
	size_t e = s.end + NOTES_CONTEXT < len ? s.end + NOTES_CONTEXT : len;

	/* Whole characters only, so the stored context is valid text when the article is. */
	if (b > 0)
		while (b < s.start && is_continuation(t[b]))
			b++;
	e = notes_char_start(t, len, e);
	a.span = s;
	a.quote = t + s.start;
	a.nquote = s.end - s.start;
	a.before = t + b;
	a.nbefore = s.start - b;
	a.after = t + s.end;
	a.nafter = e - s.end;
	return a;
}

/* Length of the common suffix of a[0..na) and b[0..nb). */
static size_t common_suffix(const char *a, size_t na, const char *b, size_t nb)
{
	size_t k = 0;

	while (k < na && k < nb && a[na - 1 - k] == b[nb - 1 - k])
		k++;
	return k;
}

/* Length of the common prefix of a[0..na) and b[0..nb). */
static size_t common_prefix(const char *a, size_t na, const char *b, size_t nb)
{
	size_t k = 0;

	while (k < na && k < nb && a[k] == b[k])
		k++;
	return k;
}

static size_t dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

bool notes_find_best(const char *hay, size_t len, const char *needle, size_t n, const char *before,
		     size_t nbefore, const char *after, size_t nafter, size_t near, size_t *at,
		     size_t *score, size_t *count)
{
	size_t best = 0, best_score = 0, best_dist = SIZE_MAX, perfect = nbefore + nafter;
	size_t from = 0;
	bool found = false;

	*count = 0;
	if (n == 0 || n > len)
		return false;
	while (from + n <= len) {
		const char *p = memmem(hay + from, len - from, needle, n);
		if (!p)
			break;
		size_t i = (size_t)(p - hay);
		size_t sc = common_suffix(before, nbefore, hay, i) +
			    common_prefix(after, nafter, hay + i + n, len - i - n);
		size_t dd = dist(i, near);
		(*count)++;
		if (!found || sc > best_score || (sc == best_score && dd < best_dist)) {
			best = i;
			best_score = sc;
			best_dist = dd;
			found = true;
		}
		/* Nothing later can score more or lie nearer. */
		if (best_score == perfect && i > near && i - near > best_dist)
			break;
		from = i + 1;
	}
	*at = best;
	*score = best_score;
	return found;
}

void notes_squeeze_build(struct notes_squeezed *q, const char *t, size_t len)
{
	q->s = xmalloc(len + 1);
	q->from = xmalloc((len + 1) * sizeof(*q->from));
	q->n = 0;
	for (size_t i = 0; i < len; i++)
		if (!text_is_ascii_space(t[i])) {
			q->s[q->n] = t[i];
			q->from[q->n++] = i;
		}
	q->built = true;
}

void notes_squeeze_free(struct notes_squeezed *q)
{
	if (q && q->built) {
		free(q->s);
		free(q->from);
	}
}

/* A copy of s[0..n) without ASCII white space, its length in *out; the caller frees it. */
static char *squeeze_str(const char *s, size_t n, size_t *out)
{
	char *r = xmalloc(n + 1);
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (!text_is_ascii_space(s[i]))
			r[k++] = s[i];
	r[k] = '\0';
	*out = k;
	return r;
}

bool notes_anchor_exact(const char *t, size_t len, const struct notes_anchor *a, struct span *out)
{
	if (a->nquote && a->span.end <= len && a->span.start <= a->span.end &&
	    a->span.end - a->span.start == a->nquote &&
	    memcmp(t + a->span.start, a->quote, a->nquote) == 0) {
		*out = a->span;
		return true;
	}
	return false;
}

bool notes_anchor_verbatim(const char *t, size_t len, const struct notes_anchor *a,
			   struct span *out)
{
	size_t at, score, count;

	if (notes_find_best(t, len, a->quote, a->nquote, a->before, a->nbefore, a->after, a->nafter,
			    a->span.start, &at, &score, &count) &&
	    (a->nquote + score >= NOTES_MIN_EVIDENCE || (count == 1 && a->nquote >= 8))) {
		*out = (struct span){at, at + a->nquote};
		return true;
	}
	return false;
}

bool notes_anchor_squeezed(const char *t, size_t len, const struct notes_anchor *a,
			   struct notes_squeezed *q, struct span *out)
{
	size_t at, score, count, nq, nb, na;
	char *sq = squeeze_str(a->quote, a->nquote, &nq);
	char *sb = squeeze_str(a->before, a->nbefore, &nb);
	char *sa = squeeze_str(a->after, a->nafter, &na);
	bool ok = false;

	if (nq >= 8) {
		if (!q->built)
			notes_squeeze_build(q, t, len);
		/* The old offset in squeezed terms is not known; nearness counts in the original. */
		size_t near = 0, hi = q->n;
		while (near < hi) {
			size_t mid = near + (hi - near) / 2;
			if (q->from[mid] < a->span.start)
				near = mid + 1;
			else
				hi = mid;
		}
		if (notes_find_best(q->s, q->n, sq, nq, sb, nb, sa, na, near, &at, &score,
				    &count) &&
		    (nq + score >= NOTES_MIN_EVIDENCE || count == 1)) {
			*out = (struct span){q->from[at], q->from[at + nq - 1] + 1};
			ok = true;
		}
	}
	free(sq);
	free(sb);
	free(sa);
	return ok;
}

bool notes_anchor_between(const char *t, size_t len, const struct notes_anchor *a, struct span *out)
{
	size_t lo = a->nquote / 2, hi = a->nquote * 2 + 16;
	size_t nb = a->nbefore, na = a->nafter;
	/* a context shorter than 12 bytes is one cut by the start or the end of the text; the
	 * start is known from the passage's position, an after-context is only ever cut by the end */
	bool at_start = a->span.start == a->nbefore;
	size_t best_dist = SIZE_MAX, from = 0, tries = 0;

	if ((nb < 12 && !at_start) || (nb < 12 && na < 12))
		return false;
	while (from <= len && tries++ < 64) {
		size_t s;
		if (nb >= 12) {
			const char *p = memmem(t + from, len - from, a->before, nb);
			if (!p)
				break;
			s = (size_t)(p - t) + nb;
			from = (size_t)(p - t) + 1;
		} else {
			s = 0;
			from = len + 1;
		}
		if (s + lo > len)
			break;
		size_t wend = s + hi + na < len ? s + hi + na : len;
		size_t e;
		if (na >= 12) {
			const char *q = memmem(t + s + lo, wend - (s + lo), a->after, na);
			if (!q)
				continue;
			e = (size_t)(q - t);
		} else if (len - s >= lo && len - s <= hi) {
			e = len;
		} else {
			continue;
		}
		if (dist(s, a->span.start) < best_dist) {
			best_dist = dist(s, a->span.start);
			*out = (struct span){s, e};
		}
	}
	return best_dist != SIZE_MAX;
}

bool notes_anchor_place(const char *t, size_t len, const struct notes_anchor *a,
			struct notes_squeezed *q, struct span *out)
{
	return notes_anchor_exact(t, len, a, out) || notes_anchor_verbatim(t, len, a, out) ||
	       notes_anchor_squeezed(t, len, a, q, out) || notes_anchor_between(t, len, a, out);
}
