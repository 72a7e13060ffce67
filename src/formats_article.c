/* formats_article: which blocks of a parsed page are the article. Every paragraph scores the
 * blocks that hold it (its parent fully, blocks further up less), the best block scaled by how
 * little of it is links is the article, with the siblings that score near it; inside it, what
 * is not article text is cleaned out (link lists, forms, teaser grids, share bars, bylines,
 * footers). When that keeps less than a short article, looser rules are tried and the longest
 * result wins. */
#include "formats_int.h"

#include <stdlib.h>
#include <string.h>

/* What one try leaves out or weighs. */
enum {
	TRY_STRIP = 1,  /* leave out blocks whose class or id names furniture, before scoring */
	TRY_WEIGHT = 2, /* let class and id names weigh blocks */
	TRY_CLEAN = 4,  /* clean link lists, forms and media blocks out of the article */
};

/* A page holds an article when the result has this many characters. */
#define ARTICLE_MIN_CHARS 500
/* Blocks considered for the article, best first. */
#define TOP_CANDIDATES 5

/* The figures of an element in one pass (elements left out count nothing). */
struct fig {
	/* Counts cannot overflow: a page has fewer than INT_MAX bytes (formats_html). */
	uint32_t chars, link, commas, heading, lists;
	uint32_t np, nimg, nembed, ninput, nli, nkids, nrows, ncells;
	uint32_t away;   /* characters in links to other pages (not "#..." anchors) */
	uint32_t ncards; /* children that are teaser cards */
	float score;     /* as a candidate block; valid when scored */
	bool scored;     /* a paragraph scored it */
	bool block;      /* holds a block (a paragraph, list, table, image...) */
	bool has_table;  /* holds a table */
	bool data;       /* a table of data */
	bool card;       /* a teaser: a short block under a heading that links elsewhere */
};

struct chooser {
	const struct html_page *p;
	int flags;       /* TRY_* */
	struct fig *fig; /* per element */
	uint8_t *drop;   /* per element */
	size_t *roots;
	size_t nroots, caproots;
};

struct frame {
	size_t el;
	size_t blk;                     /* the frame of the nearest block (itself for a block) */
	uint32_t run_chars, run_commas; /* loose text in a block that holds blocks */
};

/* A block for the emitter: it starts a new paragraph and ends a run of loose text. */
static bool breaks_run(int t)
{
	return t == T_P || t == T_DIV || t == T_BLOCK || t == T_LI || t == T_LIST || t == T_PRE ||
	       t == T_QUOTE || t == T_TABLE || t == T_TR || t == T_TD || t == T_TH ||
	       t == T_ARTICLE || t == T_MAIN || t == T_HEADER || t == T_FOOTER || t == T_FORM ||
	       t == T_H1 || t == T_H2 || t == T_HEADING || t == T_BODY;
}

/* An element that keeps a <div> around it from being a paragraph itself. */
static bool holds_paragraphs(const struct html_el *e)
{
	int t = e->tag;

	return t == T_P || t == T_DIV || t == T_BLOCK || t == T_LIST || t == T_PRE ||
	       t == T_QUOTE || t == T_TABLE || e->nimg > 0;
}

/* Is element i left out of this try before anything is counted? */
static bool left_out(const struct chooser *ch, size_t i)
{
	const struct html_el *e = &ch->p->els[i];

	if ((ch->flags & TRY_STRIP) && (e->flags & EL_UNLIKELY))
		return true;
	/* A byline, a share bar or a caption: short, and never article text. */
	if ((e->flags & EL_BYLINE) && e->chars < 100 && e->tag != T_BODY && e->tag != T_HTML)
		return true;
	if ((e->flags & EL_SHARE) && e->chars < ARTICLE_MIN_CHARS)
		return true;
	if ((e->flags & EL_AD) && e->chars < 200)
		return true;
	return (e->flags & EL_CAPTION) && e->chars < 300;
}

static int weight(const struct chooser *ch, size_t i)
{
	return (ch->flags & TRY_WEIGHT) ? ch->p->els[i].weight : 0;
}

void formats_count_text(const char *s, size_t n, uint32_t *chars, uint32_t *commas)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	uint32_t k = 0, c = 0;
	bool space = true;

	while (p < end) {
		unsigned b = *p++;
		if (b > ' ' && b < 0x80) {
			k++;
			c += b == ',';
			space = false;
		} else if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
			k += !space;
			space = true;
		} else if (b < 0x80) {
			k++;
			space = false;
		} else if (b >= 0xC0) {
			/* A CJK character says as much as a word's letters: it counts two. */
			k += b >= 0xE3 && b <= 0xED ? 2 : 1;
			space = false;
			/* "，" U+FF0C and "、" U+3001 */
			if (end - p >= 2 && ((b == 0xEF && p[0] == 0xBC && p[1] == 0x8C) ||
					     (b == 0xE3 && p[0] == 0x80 && p[1] == 0x81)))
				c++;
		}
	}
	*chars = k;
	*commas = c;
}

/* ---- scoring ---- */

static void init_candidate(struct chooser *ch, size_t i)
{
	struct fig *f = &ch->fig[i];

	if (f->scored)
		return;
	f->scored = true;
	f->score = (float)(ch->p->els[i].base + weight(ch, i));
}

/* A paragraph of `chars` characters and `commas` commas scores the block `first` (index + 1)
 * and up to four blocks above it, each less. */
static void score_paragraph(struct chooser *ch, size_t first, uint32_t chars, uint32_t commas)
{
	static const float divider[] = {1, 2, 6, 9, 12};

	if (chars < 25)
		return;
	uint32_t len = chars / 100 < 3 ? chars / 100 : 3;
	float s = 1.0f + (float)commas + (float)len;
	/* A teaser's excerpt says little for the blocks around it. */
	if (first && ch->fig[first - 1].card)
		s *= 0.25f;
	size_t a = first;
	for (int level = 0; level < 5 && a; level++) {
		const struct html_el *e = &ch->p->els[a - 1];
		if (e->tag == T_HTML || !e->parent)
			break;
		init_candidate(ch, a - 1);
		ch->fig[a - 1].score += s / divider[level];
		a = e->parent;
	}
}

/* Adds a finished element's figures to its parent's. */
static void add_up(struct fig *up, const struct fig *f, const struct html_el *e)
{
	up->chars += f->chars;
	up->link += f->link;
	up->commas += f->commas;
	up->heading += f->heading;
	up->lists += f->lists;
	up->np += f->np;
	up->nimg += f->nimg;
	up->nembed += f->nembed;
	up->ninput += f->ninput;
	up->nli += f->nli;
	up->nrows += f->nrows;
	up->ncells += f->ncells;
	up->away += f->away;
	up->block = up->block || f->block || holds_paragraphs(e);
	up->has_table = up->has_table || f->has_table || e->tag == T_TABLE;
}

/* Completes the figures of element i once its children are counted. */
static void finish_fig(struct chooser *ch, size_t i)
{
	const struct html_el *e = &ch->p->els[i];
	struct fig *f = &ch->fig[i];

	f->nimg += e->nimg;
	f->nembed += e->nembed;
	f->ninput += e->ninput;
	if (e->nimg)
		f->block = true;
	switch (e->tag) {
	case T_A:
		f->link = f->chars;
		if (!(e->flags & EL_ANCHOR))
			f->away = f->chars;
		break;
	case T_LI:
		f->nli++;
		break;
	case T_H1:
	case T_H2:
	case T_HEADING:
		f->heading = f->chars;
		break;
	case T_LIST:
		f->lists += f->chars;
		break;
	case T_TR:
		f->nrows++;
		break;
	case T_TD:
	case T_TH:
		f->ncells++;
		break;
	case T_P:
		f->np++;
		break;
	case T_DIV:
		if (!f->block)
			f->np++;
		break;
	case T_TABLE:
		if (e->flags & EL_PRESENTATION)
			f->data = false;
		else if (e->flags & EL_DATA_TABLE)
			f->data = true;
		else if (f->has_table || f->nrows <= 1 || f->ncells <= f->nrows)
			f->data = false;
		else
			f->data = f->nrows >= 10 || f->ncells > 4 * f->nrows || f->ncells > 10;
		break;
	default:
		break;
	}
}

/* A short block under a heading that is a link to another page is a teaser card (a story's own
 * long body may sit under a linked title; a card is short). Called once element i's figures are
 * complete, with the figures of this pass. */
static void note_cards(const struct html_page *p, struct fig *figs, size_t i)
{
	const struct html_el *e = &p->els[i];
	const struct fig *f = &figs[i];

	if (!e->parent)
		return;
	if ((e->tag == T_H2 || e->tag == T_HEADING || e->tag == T_H1) && f->chars &&
	    f->away * 2 > f->chars && p->els[e->parent - 1].chars < 600)
		figs[e->parent - 1].card = true;
	if (f->card)
		figs[e->parent - 1].ncards++;
}

/* Is a block a list of teasers: three cards or more, and at least half its children? */
static bool teaser_list(const struct fig *f)
{
	return f->ncards >= 3 && f->ncards * 2 >= f->nkids;
}

/* One pass over the whole page: the figures of every element and the scores of the blocks that
 * hold paragraphs. */
static void score_page(struct chooser *ch)
{
	const struct html_page *p = ch->p;
	struct frame *st = NULL;
	size_t nst = 0, capst = 0;

	for (size_t i = 0; i < p->nevs; i++) {
		const struct html_ev *v = &p->evs[i];
		if (v->kind == EV_START) {
			const struct html_el *e = &p->els[v->a];
			if (left_out(ch, v->a)) {
				i = e->end;
				continue;
			}
			if (nst) {
				ch->fig[st[nst - 1].el].nkids++;
				if (breaks_run(e->tag)) {
					/* The loose text so far in the enclosing block is one paragraph. */
					struct frame *b = &st[st[nst - 1].blk];
					if (b->run_chars && ch->p->els[b->el].tag == T_DIV)
						score_paragraph(ch, b->el + 1, b->run_chars,
								b->run_commas);
					b->run_chars = b->run_commas = 0;
				}
			}
			st = xgrow(st, &capst, nst + 1, sizeof(*st));
			st[nst].el = v->a;
			st[nst].blk = breaks_run(e->tag) || !nst ? nst : st[nst - 1].blk;
			st[nst].run_chars = st[nst].run_commas = 0;
			nst++;
			continue;
		}
		if (!nst)
			continue;
		if (v->kind == EV_TEXT) {
			uint32_t k = v->chars, c = v->commas;
			struct fig *f = &ch->fig[st[nst - 1].el];
			f->chars += k;
			f->commas += c;
			struct frame *b = &st[st[nst - 1].blk];
			b->run_chars += k;
			b->run_commas += c;
			continue;
		}
		struct frame fr = st[--nst];
		size_t idx = fr.el;
		const struct html_el *e = &p->els[idx];
		struct fig *f = &ch->fig[idx];
		finish_fig(ch, idx);
		note_cards(p, ch->fig, idx);
		int t = e->tag;
		if (t == T_P || t == T_PRE || t == T_TD || t == T_H2 || t == T_HEADING ||
		    (t == T_DIV && (!f->block || (e->flags & EL_SECTION))))
			score_paragraph(ch, e->parent, f->chars, f->commas);
		else if (t == T_DIV && fr.run_chars)
			score_paragraph(ch, idx + 1, fr.run_chars, fr.run_commas);
		if (e->parent)
			add_up(&ch->fig[e->parent - 1], f, e);
	}
	free(st);
}

/* A candidate's score, less the share of its text that is links. */
static float final_score(const struct chooser *ch, size_t i)
{
	const struct fig *f = &ch->fig[i];
	float ld = f->chars ? (float)f->link / (float)f->chars : 0.0f;

	return f->score * (1.0f - ld);
}

static bool is_body(const struct html_page *p, size_t i)
{
	return p->els[i].tag == T_BODY || p->els[i].tag == T_HTML;
}

/* The next child (index + 1) of element `parent` after event position *pos (start with
 * parent's start + 1); 0 when there is none. Children left out of the try are skipped. */
static size_t next_child(const struct chooser *ch, size_t parent, size_t *pos)
{
	const struct html_page *p = ch->p;

	while (*pos < p->els[parent].end) {
		const struct html_ev *v = &p->evs[*pos];
		if (v->kind != EV_START) {
			(*pos)++;
			continue;
		}
		*pos = p->els[v->a].end + 1;
		if (!left_out(ch, v->a))
			return v->a + 1;
	}
	return 0;
}

/* Does the text of element i end a sentence somewhere ("." then a space or its end)? */
static bool has_sentence_end(const struct chooser *ch, size_t i)
{
	struct buf b = BUF_INIT;
	bool found = false;

	formats_page_text(ch->p, i, NULL, &b, 400);
	for (size_t k = 0; k < b.len && !found; k++)
		found = b.data[k] == '.' && (k + 1 == b.len || b.data[k + 1] == ' ');
	buf_free(&b);
	return found;
}

static void add_root(struct chooser *ch, size_t i)
{
	ch->roots = xgrow(ch->roots, &ch->caproots, ch->nroots + 1, sizeof(*ch->roots));
	ch->roots[ch->nroots++] = i;
}

/* The best block, moved up to the block that holds it and its rivals when they share one, then
 * its siblings that belong to the article. */
static void choose_roots(struct chooser *ch)
{
	const struct html_page *p = ch->p;
	size_t top[TOP_CANDIDATES], ntop = 0;
	size_t body = p->body ? p->body - 1 : 0;

	for (size_t i = 0; i < p->nels; i++) {
		if (!ch->fig[i].scored)
			continue;
		float s = final_score(ch, i);
		size_t k = ntop;
		while (k > 0 && final_score(ch, top[k - 1]) < s)
			k--;
		if (k >= TOP_CANDIDATES)
			continue;
		if (ntop < TOP_CANDIDATES)
			ntop++;
		memmove(top + k + 1, top + k, (ntop - 1 - k) * sizeof(*top));
		top[k] = i;
	}
	if (!ntop || is_body(p, top[0])) {
		add_root(ch, body);
		return;
	}
	size_t best = top[0];
	float bs = final_score(ch, best);

	/* Rivals nearly as good that share an ancestor with it: that ancestor holds the article
	 * (a story split into several blocks). */
	uint8_t *shared = xcalloc(p->nels, 1);
	size_t rivals = 0;
	for (size_t k = 1; k < ntop; k++) {
		if (final_score(ch, top[k]) < bs * 0.75f)
			continue;
		rivals++;
		for (size_t a = p->els[top[k]].parent; a; a = p->els[a - 1].parent)
			if (shared[a - 1] < UINT8_MAX)
				shared[a - 1]++;
	}
	if (rivals >= 3)
		for (size_t a = p->els[best].parent; a && !is_body(p, a - 1);
		     a = p->els[a - 1].parent)
			if (shared[a - 1] >= 3) {
				best = a - 1;
				break;
			}
	free(shared);
	init_candidate(ch, best);

	/* A parent that scores better holds more of the article. */
	float last = final_score(ch, best), threshold = last / 3.0f;
	for (size_t a = p->els[best].parent; a && !is_body(p, a - 1); a = p->els[a - 1].parent) {
		if (!ch->fig[a - 1].scored)
			continue;
		float ps = final_score(ch, a - 1);
		if (ps < threshold)
			break;
		if (ps > last) {
			best = a - 1;
			break;
		}
		last = ps;
	}
	/* An only child: its parent's siblings may hold the rest. */
	for (size_t a = p->els[best].parent; a && !is_body(p, a - 1); a = p->els[a - 1].parent) {
		if (ch->fig[a - 1].nkids != 1)
			break;
		best = a - 1;
	}
	init_candidate(ch, best);

	size_t parent = p->els[best].parent;
	if (!parent) {
		add_root(ch, best);
		return;
	}
	bs = final_score(ch, best);
	float need = bs * 0.2f > 10.0f ? bs * 0.2f : 10.0f;
	size_t pos = p->els[parent - 1].start + 1, c;
	while ((c = next_child(ch, parent - 1, &pos)) != 0) {
		size_t s = c - 1;
		const struct fig *f = &ch->fig[s];
		bool take = s == best;
		if (!take) {
			float bonus = p->els[s].cls && p->els[s].cls == p->els[best].cls ? bs * 0.2f
											 : 0.0f;
			if (f->scored && final_score(ch, s) + bonus >= need) {
				take = true;
			} else if (p->els[s].tag == T_P || (p->els[s].tag == T_DIV && !f->block)) {
				float ld = f->chars ? (float)f->link / (float)f->chars : 0.0f;
				if (f->chars > 80 && ld < 0.25f)
					take = true;
				else if (f->chars && f->chars <= 80 && f->link == 0 &&
					 has_sentence_end(ch, s))
					take = true;
			}
		}
		if (take)
			add_root(ch, s);
	}
	if (!ch->nroots)
		add_root(ch, best);
}

/* ---- cleaning the article ---- */

/* Is element i, with figures f counted without what was cleaned out of it, furniture to clean
 * out of the article: a block mostly of links, of images, of inputs, of list items, or an
 * embedded player? */
static bool clean_out(const struct chooser *ch, size_t i, const struct fig *f)
{
	const struct html_el *e = &ch->p->els[i];
	int t = e->tag, w = weight(ch, i);

	if (teaser_list(f))
		return true;
	/* A cell of a layout table that is mostly links is its menu. */
	if (t == T_TD)
		return f->chars && f->link * 2 > f->chars;
	if (t != T_DIV && t != T_LIST && t != T_TABLE && t != T_FORM)
		return false;
	bool list = t == T_LIST || (f->chars && f->lists * 10 > f->chars * 9);
	if (w < 0)
		return true;
	if (f->commas >= 10)
		return false;
	float ld = f->chars ? (float)f->link / (float)f->chars : 0.0f;
	float hd = f->chars ? (float)f->heading / (float)f->chars : 0.0f;
	int li = (int)f->nli - 100;
	if (f->nimg > 1 && f->np * 2 < f->nimg)
		return true;
	if (!list && li > (int)f->np)
		return true;
	if (f->ninput > f->np / 3)
		return true;
	if (!list && hd < 0.9f && f->chars < 25 && (f->nimg == 0 || f->nimg > 2) && ld > 0.0f)
		return true;
	if (!list && w < 25 && ld > 0.2f)
		return true;
	/* A box that holds a list of headlines linking elsewhere ("most read", "breaking news"):
	 * items long as a headline, each all link. A contents or "see also" list has short items;
	 * a list among the article's paragraphs is not in a box of its own. */
	if (list && t != T_LIST && f->nli >= 3 && f->away * 10 > f->chars * 8 &&
	    f->chars / f->nli >= 25)
		return true;
	/* A list of links inside an article is a "most read" or "breaking news" box. */
	if (0 && t == T_LIST && ld > 0.6f)
		return true;
	if (w >= 25 && ld > 0.5f)
		return true;
	return (f->nembed == 1 && f->chars < 75) || f->nembed > 1;
}

/* Is element i, at article depth `depth` (open <article> and <main> elements), page furniture
 * whatever the try: a footer, a page header outside the article, a heading that class or id
 * names furniture? */
static bool always_out(const struct chooser *ch, size_t i, size_t depth)
{
	const struct html_el *e = &ch->p->els[i];

	if (e->tag == T_FOOTER || e->tag == T_HEAD)
		return true;
	if ((e->tag == T_HEADER || (e->flags & EL_BANNER)) && depth == 0)
		return true;
	return (e->tag == T_H1 || e->tag == T_H2) && weight(ch, i) < 0;
}

/* Counts the article roots again without what is cleaned out, marking that in drop. Returns the
 * characters kept. */
static size_t clean_roots(struct chooser *ch)
{
	const struct html_page *p = ch->p;
	struct fig *g = xcalloc(p->nels ? p->nels : 1, sizeof(*g));
	size_t *st = NULL, nst = 0, capst = 0, kept = 0;

	memset(ch->drop, 0, p->nels);
	for (size_t r = 0; r < ch->nroots; r++) {
		size_t root = ch->roots[r], depth = 0, data = 0;
		for (size_t a = p->els[root].parent; a; a = p->els[a - 1].parent)
			if (p->els[a - 1].tag == T_ARTICLE || p->els[a - 1].tag == T_MAIN)
				depth++;
		nst = 0;
		for (size_t i = p->els[root].start; i <= p->els[root].end; i++) {
			const struct html_ev *v = &p->evs[i];
			if (v->kind == EV_START) {
				const struct html_el *e = &p->els[v->a];
				if (left_out(ch, v->a) || always_out(ch, v->a, depth)) {
					ch->drop[v->a] = 1;
					i = e->end;
					continue;
				}
				if (e->tag == T_ARTICLE || e->tag == T_MAIN)
					depth++;
				if (ch->fig[v->a].data)
					data++;
				st = xgrow(st, &capst, nst + 1, sizeof(*st));
				st[nst++] = v->a;
				continue;
			}
			if (!nst)
				continue;
			if (v->kind == EV_TEXT) {
				g[st[nst - 1]].chars += v->chars;
				g[st[nst - 1]].commas += v->commas;
				continue;
			}
			size_t idx = st[--nst];
			const struct html_el *e = &p->els[idx];
			struct chooser tmp = *ch;
			tmp.fig = g;
			finish_fig(&tmp, idx);
			note_cards(p, g, idx);
			if (e->tag == T_ARTICLE || e->tag == T_MAIN)
				depth--;
			if (ch->fig[idx].data)
				data--;
			if ((ch->flags & TRY_CLEAN) && !data && !(e->flags & EL_IN_CODE) &&
			    clean_out(ch, idx, &g[idx])) {
				ch->drop[idx] = 1;
				continue;
			}
			if (idx == root)
				kept += g[idx].chars;
			else if (e->parent)
				add_up(&g[e->parent - 1], &g[idx], e);
		}
	}
	free(st);
	free(g);
	return kept;
}

/* One try: score, choose, clean. Returns the characters kept. */
static size_t try_choose(struct chooser *ch)
{
	memset(ch->fig, 0, ch->p->nels * sizeof(*ch->fig));
	ch->nroots = 0;
	score_page(ch);
	choose_roots(ch);
	size_t kept = clean_roots(ch);
	return kept;
}

void formats_article_choose(const struct html_page *p, struct html_article *a)
{
	static const int tries[] = {TRY_STRIP | TRY_WEIGHT | TRY_CLEAN, TRY_WEIGHT | TRY_CLEAN,
				    TRY_CLEAN, 0};
	struct chooser ch = {.p = p};
	size_t best = 0;

	memset(a, 0, sizeof(*a));
	if (!p->nels)
		return;
	ch.fig = xmalloc(p->nels * sizeof(*ch.fig));
	ch.drop = xmalloc(p->nels);
	for (size_t t = 0; t < sizeof(tries) / sizeof(*tries); t++) {
		ch.flags = tries[t];
		size_t kept = try_choose(&ch);
		/* A looser try must find much more: a short story keeps its strict result rather
		 * than gain the teasers and link lists around it. */
		if (t == 0 || kept > best + best / 2) {
			best = kept;
			free(a->roots);
			free(a->drop);
			a->roots = xmalloc(ch.nroots * sizeof(*a->roots));
			memcpy(a->roots, ch.roots, ch.nroots * sizeof(*a->roots));
			a->nroots = ch.nroots;
			a->drop = xmalloc(p->nels);
			memcpy(a->drop, ch.drop, p->nels);
			a->chars = kept;
		}
		if (kept >= ARTICLE_MIN_CHARS)
			break;
	}
	free(ch.fig);
	free(ch.drop);
	free(ch.roots);
}

void formats_article_free(struct html_article *a)
{
	free(a->roots);
	free(a->drop);
	memset(a, 0, sizeof(*a));
}
