/* formats_repeats: a pull quote, a short quotation block whose words the article says elsewhere,
 * is left out: read twice, its sentence would be attributed and dated twice, the second time with
 * no one to say it. */
/* memmem() */
#define _GNU_SOURCE
#include "formats_int.h"

#include <stdlib.h>
#include <string.h>

/* A block shorter than this (folded bytes) may repeat by chance ("he said", a heading). */
#define REPEAT_MIN 30
/* A block longer than this (characters) is article text, not a pull quote. */
#define REPEAT_MAX 300
/* How far up from a short block a <blockquote> makes it a pull quote. */
#define QUOTE_UP 4
/* Short blocks looked for per page: each search reads the article once, so the work stays
 * linear in the page. */
#define REPEAT_CHECKS 64

/* A block of the article and its span in the folded text. */
struct block {
	size_t el;       /* element index */
	size_t from, to; /* its folded text, trimmed */
	bool leaf;       /* no block inside it */
};

/* The article's words folded for comparison: letters and digits (ASCII lowercased, other
 * letters as they are), apostrophes left out ("Man’s" and "Man's" fold alike), any other
 * punctuation, quotation mark or space one space. */
struct folder {
	struct buf b;
	bool space; /* a space is owed before the next letter */
};

static void fold_letter(struct folder *f, const char *s, size_t n)
{
	if (f->space && f->b.len)
		buf_putc(&f->b, ' ');
	f->space = false;
	buf_put(&f->b, s, n);
}

static void fold_text(struct folder *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t i = 0; i < n;) {
		unsigned char c = u[i];
		if (c < 0x80) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				fold_letter(f, s + i, 1);
			} else if (c >= 'A' && c <= 'Z') {
				char low = (char)(c + 32);
				fold_letter(f, &low, 1);
			} else if (c != '\'') {
				f->space = true;
			}
			i++;
			continue;
		}
		size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (i + len > n)
			len = n - i;
		if (len == 3 && text_curly_single(s + i, len)) {
			/* ‘ ’: an apostrophe, or a quotation mark that touches a word */
		} else if ((c == 0xE2 && len == 3 && (u[i + 1] == 0x80 || u[i + 1] == 0x81)) ||
			   (c == 0xC2 && len == 2 && u[i + 1] >= 0xA0 && u[i + 1] <= 0xBF) ||
			   len == 1) {
			f->space = true; /* general punctuation, no-break space, « », stray bytes */
		} else {
			fold_letter(f, s + i, len);
		}
		i += len;
	}
}

/* Folds the article (its roots without what drop leaves out) into f, recording its blocks. */
static void fold_article(const struct html_page *p, const struct html_article *a, struct folder *f,
			 struct block **blocks, size_t *nblocks)
{
	size_t cap = 0, *open = NULL, nopen = 0, capopen = 0;

	for (size_t r = 0; r < a->nroots; r++) {
		const struct html_el *root = &p->els[a->roots[r]];
		for (size_t k = root->start; k <= root->end && k < p->nevs; k++) {
			const struct html_ev *v = &p->evs[k];
			if (v->kind == EV_TEXT) {
				fold_text(f, p->store.data + v->a, v->b);
				continue;
			}
			const struct html_el *e = &p->els[v->a];
			if (!formats_tag_block(e->tag) && !formats_tag_heading(e->tag))
				continue;
			f->space = true;
			if (v->kind == EV_START) {
				if (v->a != a->roots[r] && a->drop[v->a]) {
					k = e->end;
					continue;
				}
				if (nopen)
					(*blocks)[open[nopen - 1]].leaf = false;
				*blocks = xgrow(*blocks, &cap, *nblocks + 1, sizeof(**blocks));
				(*blocks)[*nblocks] = (struct block){v->a, f->b.len, 0, true};
				open = xgrow(open, &capopen, nopen + 1, sizeof(*open));
				open[nopen++] = (*nblocks)++;
			} else if (nopen) {
				struct block *bl = &(*blocks)[open[--nopen]];
				bl->to = f->b.len;
				if (bl->from < bl->to && f->b.data[bl->from] == ' ')
					bl->from++;
			}
		}
		while (nopen) /* a root cut short */
			(*blocks)[open[--nopen]].to = f->b.len;
	}
	free(open);
}

/* Can block b be a pull quote: a short block with no block inside, in a <blockquote> (at most
 * QUOTE_UP levels up)? */
static bool candidate(const struct html_page *p, const struct block *b)
{
	const struct html_el *e = &p->els[b->el];

	if (!b->leaf || e->chars > REPEAT_MAX || b->to - b->from < REPEAT_MIN)
		return false;
	for (size_t up = 0; up < QUOTE_UP; up++) {
		if (e->tag == T_QUOTE)
			return true;
		if (!e->parent)
			break;
		e = &p->els[e->parent - 1];
	}
	return false;
}

/* Is offset `at` of the folded text inside one of the pull quotes c[0..n) (sorted by start)? */
static bool in_quote(struct block *const *c, size_t n, size_t at)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c[mid]->from <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && at < c[lo - 1]->to;
}

/* Does block b's folded text occur elsewhere in the article, outside the quotation blocks (a
 * quotation given twice, each time with its comment, is the writer's choice)? */
static bool repeated(const struct folder *f, const struct block *b, struct block *const *c,
		     size_t nc)
{
	const char *t = f->b.data, *needle = t + b->from;
	size_t n = b->to - b->from;

	for (const char *at = t; (at = memmem(at, f->b.len - (size_t)(at - t), needle, n)); at++) {
		size_t o = (size_t)(at - t);
		if ((o && t[o - 1] != ' ') || (o + n < f->b.len && t[o + n] != ' ') ||
		    in_quote(c, nc, o))
			continue;
		return true;
	}
	return false;
}

void formats_drop_repeats(const struct html_page *p, struct html_article *a)
{
	struct folder f = {BUF_INIT, false};
	struct block *blocks = NULL, **c = NULL;
	size_t nblocks = 0, nc = 0;

	if (!a->nroots || !a->drop)
		return;
	fold_article(p, a, &f, &blocks, &nblocks);
	c = xmalloc((nblocks ? nblocks : 1) * sizeof(*c));
	for (size_t i = 0; i < nblocks; i++)
		if (candidate(p, &blocks[i]))
			c[nc++] = &blocks[i];
	/* leaf blocks do not overlap: document order sorts them by start */
	for (size_t i = 0; i < nc && i < REPEAT_CHECKS; i++)
		if (repeated(&f, c[i], c, nc))
			a->drop[c[i]->el] = 1;
	free(c);
	free(blocks);
	buf_free(&f.b);
}
