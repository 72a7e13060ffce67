/* formats_html: the article of a saved web page. formats_page.c parses the page into the model
 * of formats_int.h and formats_article.c chooses the article's blocks; this file picks the title
 * and writes the article's text without the page's furniture (formats_furniture.c), and takes
 * the byline and the publication time from the metadata or the page. */
#include "formats_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What the emitter needs beyond the page: the article, and where the metadata goes. */
struct emit_state {
	struct html_parse *c;
	const struct html_article *a;
	struct formats_emitter *em;
	struct buf scratch;
	bool text_seen;  /* article text emitted so far (headings excepted) */
	char *root_time; /* the first <time datetime> in the article; owned */
};

/* A short block that is page furniture: a byline (kept as the byline), a time line (kept as a
 * date when the page gives none), share buttons, read-more lines, credits, footers. */
static bool furniture(struct emit_state *st, size_t idx)
{
	const struct html_el *e = &st->c->page.els[idx];

	/* Furniture is short; a long run of events is a deep nest whose innermost block is
	 * checked instead (checking each level would be quadratic). */
	if (e->chars > 250 || e->chars == 0 || e->end - e->start > 256)
		return false;
	buf_clear(&st->scratch);
	if (e->chars > 120) {
		formats_page_text(&st->c->page, idx, st->a->drop, &st->scratch, 24);
		if (!formats_furniture_may_start(st->scratch.data, st->scratch.len))
			return false;
		buf_clear(&st->scratch);
	}
	formats_page_text(&st->c->page, idx, st->a->drop, &st->scratch, 400);
	enum furniture f = formats_furniture(st->scratch.data, st->scratch.len);
	struct span name;
	if (f == FURN_BYLINE && !st->text_seen &&
	    formats_byline_line(st->scratch.data, st->scratch.len, &name))
		formats_meta_set(&st->c->meta.byline, 5,
				 formats_meta_fold(st->scratch.data + name.start,
						   name.end - name.start));
	else if (f == FURN_TIME)
		formats_meta_date(&st->c->meta, 7, st->scratch.data, false);
	return f != FURN_NONE;
}

/* A <time> set loose in a container (not within a paragraph's words) that is a time line: the
 * page's date stamp. */
static bool loose_time(struct emit_state *st, size_t idx)
{
	const struct html_page *p = &st->c->page;
	const struct html_el *e = &p->els[idx];

	if (!e->parent || e->chars > 160)
		return false;
	int up = p->els[e->parent - 1].tag;
	if (up == T_P || up == T_LI || up == T_TD || up == T_TH || up == T_QUOTE || up == T_H1 ||
	    up == T_H2 || up == T_HEADING || up == T_INLINE || up == T_A)
		return false;
	buf_clear(&st->scratch);
	formats_page_text(p, idx, st->a->drop, &st->scratch, 400);
	return formats_furniture(st->scratch.data, st->scratch.len) == FURN_TIME;
}

/* Does heading idx repeat the title (the headline, which the title shows)? */
static bool repeats_title(struct emit_state *st, size_t idx)
{
	const char *t = st->c->page.title;

	const struct html_el *e = &st->c->page.els[idx];

	if (!t || e->chars > 600 || e->end - e->start > 256)
		return false;
	buf_clear(&st->scratch);
	formats_page_text(&st->c->page, idx, st->a->drop, &st->scratch, 2000);
	if (!st->scratch.len)
		return false;
	return formats_title_overlap(t, st->scratch.data) >= 0.75 &&
	       formats_title_overlap(st->scratch.data, t) >= 0.5;
}

/* The share of element i's text that is in links to other pages (0 to 1). */
static double away_share(const struct html_page *p, size_t i, const uint8_t *drop)
{
	const struct html_el *e = &p->els[i];
	size_t in_link = 0, all = 0, depth = 0;

	for (size_t k = e->start; k <= e->end; k++) {
		const struct html_ev *v = &p->evs[k];
		if (v->kind == EV_START) {
			const struct html_el *x = &p->els[v->a];
			if (v->a != i && drop[v->a]) {
				k = x->end;
				continue;
			}
			depth += x->tag == T_A && !(x->flags & EL_ANCHOR);
		} else if (v->kind == EV_END) {
			const struct html_el *x = &p->els[v->a];
			depth -= x->tag == T_A && !(x->flags & EL_ANCHOR) && depth;
		} else {
			all += v->chars;
			in_link += depth ? v->chars : 0;
		}
	}
	return all ? (double)in_link / (double)all : 0.0;
}

/* Is list idx, after the article's last paragraph, its tags or links to other stories: nearly
 * all links, none of them a web address written out (a list of sources)? */
static bool tail_links(struct emit_state *st, size_t idx)
{
	const struct html_page *p = &st->c->page;

	if (away_share(p, idx, st->a->drop) < 0.9)
		return false;
	buf_clear(&st->scratch);
	formats_page_text(p, idx, st->a->drop, &st->scratch, 4000);
	return !strstr(st->scratch.data, "://") && !strstr(st->scratch.data, "www.");
}

/* The start event of the last paragraph of article text (80 characters or more) in element
 * root, or 0 when there is none. */
static size_t last_paragraph(const struct html_page *p, size_t root, const uint8_t *drop)
{
	const struct html_el *r = &p->els[root];
	size_t last = 0;

	for (size_t k = r->start; k <= r->end; k++) {
		const struct html_ev *v = &p->evs[k];
		if (v->kind != EV_START)
			continue;
		const struct html_el *x = &p->els[v->a];
		if (v->a != root && drop[v->a]) {
			k = x->end;
			continue;
		}
		if (x->tag == T_P && x->chars >= 80)
			last = k;
	}
	return last;
}

#define LIST_DEPTH 16  /* lists inside lists numbered; deeper ones have bullets */
#define CELL_SHORT 200 /* the characters of a cell whose paragraphs are one row's words */

/* Is element idx a short cell of a table row, whose paragraphs are words of the row? A row of
 * cells that each wrap their words in a <p> ("<td><p><b>Entity status</b></p></td>") reads as
 * one line, as a row of bare cells does, not one paragraph a cell. A cell of a layout table that
 * holds the article is long and keeps its paragraphs. */
static bool short_cell(const struct html_page *p, size_t idx)
{
	const struct html_el *e = &p->els[idx];

	if ((e->tag != T_TD && e->tag != T_TH) || e->chars > CELL_SHORT || !e->parent ||
	    p->els[e->parent - 1].tag != T_TR)
		return false;
	/* A row of two cells or more: a cell alone in its row (an infobox's heading across the
	 * table) keeps its lines apart. The walk steps over each cell's inside. */
	const struct html_el *row = &p->els[e->parent - 1];
	int cells = 0;
	for (size_t k = row->start + 1; k < row->end && k < p->nevs; k++) {
		const struct html_ev *v = &p->evs[k];
		if (v->kind != EV_START)
			continue;
		const struct html_el *x = &p->els[v->a];
		if ((x->tag == T_TD || x->tag == T_TH) && x->parent == e->parent && ++cells == 2)
			return true;
		k = x->end;
	}
	return false;
}

/* A block inside a short cell that only wraps words: a paragraph or a division. */
static bool cell_block(int tag)
{
	return tag == T_P || tag == T_DIV || tag == T_BLOCK;
}

/* Emits the text of the element `root`; records the first <time datetime> in it. */
static void emit(struct emit_state *st, size_t root)
{
	struct html_parse *c = st->c;
	const struct html_page *p = &c->page;
	const struct html_el *r = &p->els[root];
	struct formats_emitter *em = st->em;
	size_t pre = 0, last = last_paragraph(p, root, st->a->drop), lists = 0;
	size_t cell_end = 0;       /* the end event of the short cell open (short_cell()), or 0 */
	uint32_t next[LIST_DEPTH]; /* the next number of each open list (0: bullets) */

	for (size_t i = r->start; i <= r->end && i < p->nevs; i++) {
		const struct html_ev *v = &p->evs[i];
		if (v->kind == EV_TEXT) {
			size_t before = em->out->text.len;
			formats_emit_text(em, p->store.data + v->a, v->b, pre > 0);
			if (em->out->text.len > before && !em->heading)
				st->text_seen = true;
			continue;
		}
		const struct html_el *e = &p->els[v->a];
		int tag = e->tag;
		if (v->kind == EV_START) {
			if (v->a != root && st->a->drop[v->a]) {
				i = e->end; /* the whole subtree goes */
				continue;
			}
			/* The headline is the title: an <h1>, or an <h2> before the article's text,
			 * that repeats the title is not text (another <h1> stays: it says more). */
			if (((tag == T_H1 || tag == T_H2) && (tag == T_H1 || !st->text_seen) &&
			     repeats_title(st, v->a)) ||
			    (tag == T_TIME && loose_time(st, v->a)) ||
			    /* A list of links after the article's last paragraph: its tags, or
			     * stories to read next. */
			    (tag == T_LIST && last && i > last && tail_links(st, v->a)) ||
			    ((formats_tag_block(tag) || formats_tag_heading(tag) || tag == T_TD) &&
			     furniture(st, v->a))) {
				i = e->end;
				continue;
			}
			if ((tag == T_TD || tag == T_TH) && i > cell_end && short_cell(p, v->a))
				cell_end = e->end;
			if (formats_tag_heading(tag))
				formats_emit_heading(em, true);
			else if (tag == T_QUOTE)
				formats_emit_quote(em, true);
			else if (i < cell_end && cell_block(tag))
				formats_emit_break(em, EMIT_SPACE);
			else if (formats_tag_block(tag))
				formats_emit_break(em, EMIT_PARAGRAPH);
			else if (tag == T_BR)
				formats_emit_break(em, em->pending >= EMIT_LINE ? EMIT_PARAGRAPH
										: EMIT_LINE);
			else if (tag == T_TD || tag == T_TH)
				formats_emit_break(em, EMIT_CELL);
			else if (tag == T_MATH_ITEM)
				formats_emit_break(em, EMIT_SPACE);
			if (tag == T_LIST && lists++ < LIST_DEPTH)
				next[lists - 1] = (e->flags & EL_ORDERED) ? 1 : 0;
			if (tag == T_LI)
				formats_emit_item(em,
						  lists && lists <= LIST_DEPTH && next[lists - 1]
							  ? (long)next[lists - 1]++
							  : 0);
			if (tag == T_PRE)
				pre++;
			if (tag == T_TIME && !st->root_time && e->datetime)
				st->root_time = xstrdup(e->datetime);
			continue;
		}
		if (formats_tag_heading(tag))
			formats_emit_heading(em, false);
		else if (tag == T_QUOTE)
			formats_emit_quote(em, false);
		else if (i < cell_end && cell_block(tag))
			formats_emit_break(em, EMIT_SPACE);
		else if (formats_tag_block(tag))
			formats_emit_break(em, EMIT_PARAGRAPH);
		if (tag == T_PRE && pre)
			pre--;
		if (tag == T_LIST && lists)
			lists--;
		if (tag == T_LI)
			formats_emit_item(em, -1);
	}
}

static char *node_text(const struct html_page *p, size_t idx, size_t max)
{
	struct buf b = BUF_INIT;

	formats_page_text(p, idx, NULL, &b, max);
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}
/* The text of byline element idx. A byline element often holds the date and a comment count
 * beside the name, in inline elements the page's style sets apart ("<span>by Lucas
 * Nolan</span><span>22 Dec 2016</span><a>651</a>" reads "by Lucas Nolan22 Dec 2016651"): when its
 * text has a digit, which no name has, the first byline element inside it without one names the
 * writer (the elements inside follow it in document order, up to its end). */
static char *byline_text(const struct html_page *p, size_t idx)
{
	char *t = node_text(p, idx, 400);
	if (!t || !strpbrk(t, "0123456789"))
		return t;
	for (size_t j = idx + 1; j < p->nels && p->els[j].start < p->els[idx].end; j++) {
		if (!(p->els[j].flags & EL_BYLINE) || !p->els[j].chars)
			continue;
		char *u = node_text(p, j, 400);
		if (u && !strpbrk(u, "0123456789")) {
			free(t);
			return u;
		}
		free(u);
	}
	return t;
}

/* Cuts from the end of b[0, *e) what joins a byline's name to its date: spaces, commas, bars,
 * dashes and dots, and the words "Updated", "Published", "Posted", "on". */
static void byline_join_trim(const char *b, size_t *e)
{
	static const char *const marks[] = {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93",
					    "\xE2\x80\x94", NULL};
	static const char *const words[] = {"updated", "published", "posted", "on", NULL};

	for (bool cut = true; cut && *e > 0;) {
		cut = false;
		if (strchr(" ,|-/", b[*e - 1])) {
			--*e;
			cut = true;
			continue;
		}
		for (int k = 0; marks[k] && !cut; k++) {
			size_t m = strlen(marks[k]);
			if (*e >= m && memcmp(b + *e - m, marks[k], m) == 0)
				*e -= m, cut = true;
		}
		for (int k = 0; words[k] && !cut; k++) {
			size_t m = strlen(words[k]);
			if (*e > m && b[*e - m - 1] == ' ' &&
			    strncasecmp(b + *e - m, words[k], m) == 0)
				*e -= m, cut = true;
		}
	}
}

/* The date that ends b[0, n) ("Nathan Willis March 25, 2015", "posted on April 21, 2015, at
 * 11:29 a.m."): it starts at the first word after a space (or at the start, when `first`)
 * that is a number or a month's or weekday's name, and runs to the end. Its start in *at, its
 * ISO form in iso. */
static bool words_date(const char *b, size_t n, bool first, size_t *at, char *iso, size_t cap,
		       struct date *d)
{
	*at = 0;
	for (size_t i = first ? 0 : 1; i < n; i++) {
		size_t j = i;
		while (j < n && text_is_ascii_letter(b[j]))
			j++;
		if ((i == 0 || b[i - 1] == ' ') &&
		    ((b[i] >= '0' && b[i] <= '9') ||
		     (j > i && (date_month_parse(b + i, j - i) ||
				text_word_in("monday tuesday wednesday thursday friday saturday "
					     "sunday mon tue wed thu fri sat sun",
					     b + i, j - i))))) {
			*at = i;
			return formats_timestamp(b + i, n - i, iso, cap, d);
		}
	}
	return false;
}

/* A byline that ends in its article's date, the two in one element ("Nathan Willis March 25,
 * 2015", "Ann Lee | Updated 2:15pm March 3, 2019"): the byline keeps the name, and the date is
 * the publication date when the page gave none (the byline is no part of the text, where
 * timex_find_anchor() would find a date line). */
static void byline_date(struct extracted *out)
{
	char *b = out->byline, iso[64];
	size_t n = b ? strlen(b) : 0, at, e;
	struct date d;

	if (!words_date(b, n, false, &at, iso, sizeof(iso), &d))
		return;
	if (!out->published && !out->date.year) {
		out->published = xstrdup(iso);
		out->date = d;
	}
	e = at;
	byline_join_trim(b, &e);
	if (e > 0)
		b[e] = '\0';
}

/* A page that gives its date nowhere else may give it in a short element whose class or id
 * names a date ("<span class=\"buzz_datetime\">posted on April 21, 2015, at 11:29 a.m.</span>"):
 * the first of them that ends in a date dates the article. */
static void dateline_date(const struct html_page *p, struct extracted *out)
{
	char iso[64];
	size_t at;
	struct date d;

	for (size_t i = 0; i < p->nels && !out->published && !out->date.year; i++) {
		if (!(p->els[i].flags & EL_DATELINE) || !p->els[i].chars || p->els[i].chars > 100)
			continue;
		char *t = node_text(p, i, 200);
		if (t && words_date(t, strlen(t), true, &at, iso, sizeof(iso), &d)) {
			out->published = xstrdup(iso);
			out->date = d;
		}
		free(t);
	}
}

static bool same_day(const struct date *a, const struct date *b)
{
	return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* Does the page show the day d as a reader sees it: a short element whose words are a date
 * ("Oct 15, 2015", "Dec. 6, 2024, 10:00 PM UTC") of that day? */
static bool page_shows_day(const struct html_page *p, const struct date *d)
{
	char iso[64];
	size_t at;
	struct date x;

	for (size_t i = 0; i < p->nels; i++) {
		if (p->els[i].chars < 6 || p->els[i].chars > 60 || (p->els[i].flags & EL_UNLIKELY))
			continue;
		char *t = node_text(p, i, 200);
		bool hit = t && words_date(t, strlen(t), true, &at, iso, sizeof(iso), &x) &&
			   at == 0 && same_day(&x, d);
		free(t);
		if (hit)
			return true;
	}
	return false;
}

/* The publication date when the page's dates disagree. The <meta> article:published_time
 * ranks first, but when it names another day than the article's JSON-LD datePublished, a
 * reader goes by the one the page shows: the JSON-LD date wins when the page shows its day
 * ("Oct 15, 2015" under the headline) or when the tag's time is one the page gives as a
 * modification time (a tag rewritten on each update), never a modification date. */
static void choose_published(struct html_parse *c)
{
	struct formats_meta *m = &c->meta;
	struct date tag, ld;
	bool modified = false;

	if (m->published.rank != 1 || !m->ld_published.value ||
	    !formats_parse_date(m->published.value, strlen(m->published.value), &tag) ||
	    !formats_parse_date(m->ld_published.value, strlen(m->ld_published.value), &ld) ||
	    same_day(&tag, &ld))
		return;
	for (size_t i = 0; i < sizeof(m->modified_all) / sizeof(*m->modified_all); i++)
		if (m->modified_all[i] && strcmp(m->modified_all[i], m->published.value) == 0)
			modified = true;
	if (!modified && !page_shows_day(&c->page, &ld))
		return;
	free(m->published.value);
	m->published.value = m->ld_published.value;
	m->published.rank = 2;
	m->ld_published.value = NULL;
	m->ld_published.rank = 0;
}

static void choose_title(struct html_parse *c)
{
	struct meta_cand *t = &c->meta.title;
	char *h1 = NULL;

	for (size_t i = 0; i < c->nh1 && !h1; i++) {
		const struct html_el *e = &c->page.els[c->h1s[i] - 1];
		if (e->chars && e->chars < 400)
			h1 = node_text(&c->page, c->h1s[i] - 1, 2000);
	}
	/* An article's JSON-LD headline and name differ (a description in one of them): the one
	 * nearer the page's <title> is the title. */
	if (t->rank == 2 && c->meta.alt_title.value && c->page_title &&
	    formats_title_overlap(c->page_title, c->meta.alt_title.value) >
		    formats_title_overlap(c->page_title, t->value)) {
		free(t->value);
		t->value = c->meta.alt_title.value;
		c->meta.alt_title.value = NULL;
	}
	formats_meta_set(t, 16, c->page_title);
	c->page_title = NULL;
	if (t->value) {
		char *cut = formats_strip_site(t->value, c->meta.site.value, true);
		formats_meta_set(&c->meta.site, 6, cut);
		/* "Headline - Ann Lee": the author's name goes too. */
		if (c->meta.byline.value)
			free(formats_strip_site(t->value, c->meta.byline.value, false));
	}
	bool generic = !t->value ||
		       (c->meta.site.value && strcasecmp(t->value, c->meta.site.value) == 0);
	if (t->value && t->rank >= 16 && h1 && c->nh1 == 1 && strlen(t->value) < 15 &&
	    !strchr(t->value, ' '))
		generic = true;
	if (generic && h1) {
		free(t->value);
		t->value = h1;
		t->rank = 18;
		h1 = NULL;
	}
	free(h1);
	c->page.title = t->value;
}

/* The first name of a byline (its names alone, formats_byline_line()): "Ann Lee and Bo Chen" ->
 * "Ann Lee"; its length, 0 when there is none of two words or more. */
static size_t byline_name(const char *by, const char **name)
{
	size_t n;

	while (*by == ' ')
		by++;
	for (n = 0; by[n] && by[n] != ',' && by[n] != '|' && by[n] != ';' &&
		    strncmp(by + n, " and ", 5) != 0;
	     n++)
		;
	while (n && by[n - 1] == ' ')
		n--;
	*name = by;
	return memchr(by, ' ', n) ? n : 0;
}

/* Drops an author's note that ends the text: one of its last two paragraphs, short, opening with
 * the byline's name and a word in lower case ("Corey Kilgannon is a Metro reporter ...",
 * "Nelson D. Schwartz has covered economics since 2012 ..."), with what follows it. It is about
 * the writer, not the story: its dates are no events, its "he" nobody in the article. */
static void drop_author_note(struct extracted *out)
{
	const char *name, *t = out->text.data;
	size_t nn, len = out->text.len, at = len, start;

	if (!out->byline || !t || !(nn = byline_name(out->byline, &name)))
		return;
	for (int k = 0; k < 2 && at > 0; k++) {
		/* the start of the paragraph before `at` */
		size_t end = at;
		while (end > 0 && (t[end - 1] == '\n' || t[end - 1] == ' '))
			end--;
		for (start = end; start > 1 && !(t[start - 1] == '\n' && t[start - 2] == '\n');
		     start--)
			;
		if (start <= 1)
			return;
		if (len - start < 700 && end - start > nn + 2 && memcmp(t + start, name, nn) == 0 &&
		    t[start + nn] == ' ' && t[start + nn + 1] >= 'a' && t[start + nn + 1] <= 'z') {
			for (size_t h = 0; h < out->nheadings; h++)
				if (out->headings[h].end > start)
					return; /* a heading after it: not the end of the text */
			while (start > 0 && (t[start - 1] == '\n' || t[start - 1] == ' '))
				start--;
			out->text.len = start;
			out->text.data[start] = '\0';
			buf_putc(&out->text, '\n');
			return;
		}
		at = start;
	}
}

int formats_html(const char *bytes, size_t len, struct extracted *out)
{
	struct html_parse c;
	struct formats_emitter em;
	struct html_article art;
	struct emit_state st = {.c = &c, .a = &art, .em = &em};

	memset(out, 0, sizeof(*out));
	buf_init(&out->text);
	if (len > INT_MAX || !formats_page_plausible(bytes, len))
		return -1;
	formats_page_parse(bytes, len, &c);
	choose_title(&c);
	formats_emit_init(&em, out);
	memset(&art, 0, sizeof(art));
	if (c.page.nels) {
		formats_article_choose(&c.page, &art);
		formats_drop_repeats(&c.page, &art);
		buf_init(&st.scratch);
		for (size_t i = 0; i < art.nroots; i++)
			emit(&st, art.roots[i]);
		buf_free(&st.scratch);
	}
	formats_emit_finish(&em);

	/* Dates: metadata first, then a <time> in the article, then one anywhere on the page. */
	formats_meta_date(&c.meta, 5, st.root_time, false);
	if (c.first_time)
		formats_meta_date(&c.meta, 6, c.page.els[c.first_time - 1].datetime, false);
	choose_published(&c);
	if (c.meta.published.value)
		formats_parse_date(c.meta.published.value, strlen(c.meta.published.value),
				   &out->date);
	if (c.rel_author)
		formats_meta_set(&c.meta.byline, 3, node_text(&c.page, c.rel_author - 1, 400));
	for (size_t i = 0; i < c.page.nels && c.meta.byline.rank != 1; i++) {
		const struct html_el *e = &c.page.els[i];
		if ((e->flags & EL_BYLINE) && e->chars && e->chars < 100) {
			formats_meta_set(&c.meta.byline, 4, byline_text(&c.page, i));
			break;
		}
	}
	out->title = c.meta.title.value;
	out->byline = c.meta.byline.value;
	/* a byline line or a meta tag's words ("By Corey Kilgannon") keep the names alone */
	struct span name;
	if (out->byline && formats_byline_line(out->byline, strlen(out->byline), &name)) {
		memmove(out->byline, out->byline + name.start, name.end - name.start);
		out->byline[name.end - name.start] = '\0';
	}
	formats_byline_untitle(out->byline);
	out->site = c.meta.site.value;
	out->published = c.meta.published.value;
	out->modified = c.meta.modified.value;
	byline_date(out);
	dateline_date(&c.page, out);
	drop_author_note(out);
	c.meta.title.value = c.meta.byline.value = c.meta.site.value = NULL;
	c.meta.published.value = c.meta.modified.value = NULL;
	formats_article_free(&art);
	free(st.root_time);
	formats_page_free(&c);
	return 0;
}
