/* formats_page: a saved web page parsed into the page model of formats_int.h, and the text of
 * a subtree read back from it. libxml2's HTML parser (SAX) reports elements and text; dropped
 * subtrees (scripts, hidden content, media, navigation) are skipped, kept elements get what
 * their tag and attributes say (formats_names.c), and <meta> tags, JSON-LD and the <title> are
 * read as metadata. */
#include "formats_int.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum collect {
	COLLECT_NONE,
	COLLECT_TITLE,
	COLLECT_JSON
};

/* The parse in progress: what it fills, and what it keeps while the parser runs. */
struct ctx {
	struct html_parse *p;
	size_t *stack; /* open elements: index + 1, or 0 for one inside a dropped subtree */
	size_t nstack, capstack;
	size_t skip;  /* open dropped elements */
	size_t head;  /* open <head> elements */
	size_t code;  /* open <pre> and <code> elements */
	size_t table; /* open <table> elements */
	enum collect collect;
	size_t collect_at; /* the stack depth of the element collected */
	/* A photo caption set as a list right after its <figure> (a figure without a <figcaption>
	 * of its own, then nothing but white space, then a list of one item). */
	size_t figure_at;       /* the stack depth of an open <figure>; 0 when none */
	bool figure_caption;    /* the open <figure> holds a <figcaption> */
	bool after_figure;      /* a <figure> without a caption closed, and nothing came since */
	size_t caption_list;    /* index + 1 of the list opened right after it; 0 when none */
	uint32_t caption_items; /* the list items directly in that list */
	struct buf collected;   /* the text of <title> or a JSON-LD script */
};

/* The attributes the extractor reads, and where struct html_attrs keeps each. */
static const struct {
	const char *name;
	size_t at;
} attr_slots[] = {
	{"aria-hidden", offsetof(struct html_attrs, aria_hidden)},
	{"aria-label", offsetof(struct html_attrs, aria_label)},
	{"class", offsetof(struct html_attrs, cls)},
	{"content", offsetof(struct html_attrs, content)},
	{"datetime", offsetof(struct html_attrs, datetime)},
	{"hidden", offsetof(struct html_attrs, hidden)},
	{"href", offsetof(struct html_attrs, href)},
	{"id", offsetof(struct html_attrs, id)},
	{"itemprop", offsetof(struct html_attrs, itemprop)},
	{"name", offsetof(struct html_attrs, name)},
	{"property", offsetof(struct html_attrs, property)},
	{"role", offsetof(struct html_attrs, role)},
	{"rel", offsetof(struct html_attrs, rel)},
	{"style", offsetof(struct html_attrs, style)},
	{"type", offsetof(struct html_attrs, type)},
};

static void read_attrs(const xmlChar **atts, struct html_attrs *a)
{
	memset(a, 0, sizeof(*a));
	for (size_t i = 0; atts && atts[i]; i += 2) {
		const char *k = (const char *)atts[i];
		const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
		for (size_t j = 0; j < sizeof(attr_slots) / sizeof(attr_slots[0]); j++) {
			if (k[0] != attr_slots[j].name[0] || strcmp(k, attr_slots[j].name) != 0)
				continue;
			/* the first of an attribute given twice counts */
			const char **slot = (const char **)(void *)((char *)a + attr_slots[j].at);
			if (!*slot)
				*slot = v;
			break;
		}
	}
}
static void push(struct ctx *c, size_t entry)
{
	c->stack = xgrow(c->stack, &c->capstack, c->nstack + 1, sizeof(*c->stack));
	c->stack[c->nstack++] = entry;
	if (!entry)
		c->skip++;
}

static size_t add_event(struct html_page *p, enum ev_kind kind, size_t a, size_t b)
{
	p->evs = xgrow(p->evs, &p->capevs, p->nevs + 1, sizeof(*p->evs));
	p->evs[p->nevs].kind = kind;
	p->evs[p->nevs].chars = p->evs[p->nevs].commas = 0;
	p->evs[p->nevs].a = a;
	p->evs[p->nevs].b = b;
	return p->nevs++;
}

/* Starts collecting the raw text of a <title> or JSON-LD script, which is then skipped. */
static void start_collect(struct ctx *c, enum collect what)
{
	c->collect = what;
	buf_clear(&c->collected);
	push(c, 0);
	c->collect_at = c->nstack;
}

/* Reads a <meta> tag; its property, name or itemprop may list several keys. */
static void meta_tag(struct ctx *c, const struct html_attrs *a)
{
	const char *keys = a->property && *a->property ? a->property
			   : a->name && *a->name       ? a->name
						       : a->itemprop;
	char key[64];

	if (!keys || !a->content)
		return;
	for (size_t i = 0; keys[i];) {
		while (keys[i] == ' ')
			i++;
		size_t s = i;
		while (keys[i] && keys[i] != ' ')
			i++;
		if (i > s && i - s < sizeof(key)) {
			memcpy(key, keys + s, i - s);
			key[i - s] = '\0';
			formats_meta_tag(&c->p->meta, key, a->content, keys != a->property);
		}
	}
}

static uint8_t *top_count(struct ctx *c, int which)
{
	if (!c->nstack || !c->stack[c->nstack - 1])
		return NULL;
	struct html_el *e = &c->p->page.els[c->stack[c->nstack - 1] - 1];
	return which == T_IMG ? &e->nimg : which == T_EMBED ? &e->nembed : &e->ninput;
}
/* A table with header cells, a caption or column groups holds data, not layout. */
static void mark_data_table(struct ctx *c)
{
	for (size_t k = c->nstack, looked = 0; k-- > 0 && looked < 64; looked++) {
		size_t entry = c->stack[k];
		if (entry && c->p->page.els[entry - 1].tag == T_TABLE) {
			c->p->page.els[entry - 1].flags |= EL_DATA_TABLE;
			return;
		}
	}
}

/* Notes a <figcaption> inside the open <figure>: that figure has its caption. */
static void figure_start(struct ctx *c, const char *name, int tag)
{
	if (c->figure_at && c->skip && tag == T_DROP && strcasecmp(name, "figcaption") == 0)
		c->figure_caption = true;
}

static void on_start(void *pctx, const xmlChar *xname, const xmlChar **atts)
{
	static const char *const gone[] = {"navigation",  "complementary", "search",
					   "menu",        "menubar",       "dialog",
					   "alertdialog", "alert",         "toolbar",
					   NULL};
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	struct html_page *pg = &c->p->page;
	const struct tag_name *tn = formats_tag_of((const char *)xname);
	int tag = tn ? tn->tag : T_INLINE;
	struct html_attrs a;

	read_attrs(atts, &a);
	if (tag == T_META) {
		/* Metadata counts wherever it is. */
		meta_tag(c, &a);
		push(c, 0);
		return;
	}
	if (tag == T_SCRIPT && a.type && strcasecmp(a.type, "application/ld+json") == 0 &&
	    !c->collect) {
		start_collect(c, COLLECT_JSON);
		return;
	}
	if (tag == T_TITLE && !c->p->page_title && !c->collect && !c->skip) {
		start_collect(c, COLLECT_TITLE);
		return;
	}
	figure_start(c, (const char *)xname, tag);
	if (c->skip || tag == T_DROP || tag == T_SCRIPT || tag == T_TITLE) {
		if (!c->skip && tag == T_DROP && !c->figure_at &&
		    strcasecmp((const char *)xname, "figure") == 0) {
			c->figure_at = c->nstack + 1;
			c->figure_caption = false;
		}
		push(c, 0);
		return;
	}
	unsigned kc = a.cls ? formats_name_kinds(a.cls) : 0;
	if (formats_hidden(&a, kc) || (a.role && formats_name_in(a.role, gone))) {
		push(c, 0);
		return;
	}
	if (tag == T_IMG || tag == T_EMBED || tag == T_INPUT) {
		uint8_t *n = top_count(c, tag);
		if (n && *n < UINT8_MAX)
			(*n)++;
		push(c, 0);
		return;
	}

	pg->els = xgrow(pg->els, &pg->capels, pg->nels + 1, sizeof(*pg->els));
	struct html_el *e = &pg->els[pg->nels];
	memset(e, 0, sizeof(*e));
	e->parent = c->nstack ? c->stack[c->nstack - 1] : 0;
	e->tag = (uint8_t)tag;
	e->base = tn ? tn->base : 0;
	if (a.role && strcasecmp(a.role, "main") == 0 && tag != T_ARTICLE && tag != T_BODY)
		e->tag = T_MAIN;
	if (c->code)
		e->flags |= EL_IN_CODE;
	if (c->table)
		e->flags |= EL_IN_TABLE;
	formats_judge(e, &a, kc);
	if (tn && (tn->flags & TN_SECTION))
		e->flags |= EL_SECTION;
	if (tn && (tn->flags & TN_ORDERED))
		e->flags |= EL_ORDERED;
	if (a.itemprop && strcasecmp(a.itemprop, "datePublished") == 0)
		formats_meta_date(&c->p->meta, 3, a.datetime ? a.datetime : a.content, false);
	if (a.itemprop && strcasecmp(a.itemprop, "dateModified") == 0)
		formats_meta_date(&c->p->meta, 3, a.datetime ? a.datetime : a.content, true);
	if (tag == T_A && a.href &&
	    (a.href[0] == '#' || strncasecmp(a.href, "javascript:", 11) == 0))
		e->flags |= EL_ANCHOR;
	if (tag == T_A && !c->p->rel_author && a.rel && strcasecmp(a.rel, "author") == 0)
		c->p->rel_author = pg->nels + 1;
	if (tag == T_TIME && a.datetime) {
		e->datetime = xstrndup(a.datetime, 200);
		if (!c->p->first_time)
			c->p->first_time = pg->nels + 1;
	}
	if (tag == T_H1 && c->p->nh1 < sizeof(c->p->h1s) / sizeof(*c->p->h1s))
		c->p->h1s[c->p->nh1++] = pg->nels + 1;
	if (tag == T_BODY && !pg->body)
		pg->body = pg->nels + 1;
	if (tag == T_HEAD)
		c->head++;
	if (tag == T_PRE || tag == T_CODE)
		c->code++;
	if (tag == T_TABLE)
		c->table++;
	if (tag == T_TH || (tn && (tn->flags & TN_DATA)))
		mark_data_table(c);
	if (tag == T_LIST && c->after_figure)
		c->caption_list = pg->nels + 1;
	else if (tag == T_LI && c->caption_list && e->parent == c->caption_list)
		c->caption_items++;
	c->after_figure = false;
	e->start = add_event(pg, EV_START, pg->nels, 0);
	pg->nels++;
	push(c, pg->nels);
}

/* Adds an element's characters to its parent once its children are done. */
static void finish_element(struct ctx *c, size_t idx)
{
	struct html_page *pg = &c->p->page;
	struct html_el *e = &pg->els[idx];

	e->end = add_event(pg, EV_END, idx, 0);
	if (c->caption_list == idx + 1) {
		/* One short item right under an uncaptioned picture is its caption. */
		if (c->caption_items == 1 && e->chars < 300)
			e->flags |= EL_CAPTION;
		c->caption_list = 0;
		c->caption_items = 0;
	}
	if (e->tag == T_HEAD && c->head)
		c->head--;
	if ((e->tag == T_PRE || e->tag == T_CODE) && c->code)
		c->code--;
	if (e->tag == T_TABLE && c->table)
		c->table--;
	if (e->parent) {
		struct html_el *up = &pg->els[e->parent - 1];
		up->chars = up->chars > UINT32_MAX - e->chars ? UINT32_MAX : up->chars + e->chars;
	}
}

static void end_collect(struct ctx *c)
{
	if (c->collect == COLLECT_TITLE && !c->p->page_title)
		c->p->page_title = formats_meta_fold(c->collected.data, 2000);
	else if (c->collect == COLLECT_JSON)
		formats_meta_json_ld(&c->p->meta, c->collected.data, c->collected.len);
	c->collect = COLLECT_NONE;
	buf_clear(&c->collected);
}

static void on_end(void *pctx, const xmlChar *name)
{
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	size_t entry;

	(void)name;
	if (!c->nstack)
		return;
	entry = c->stack[--c->nstack];
	if (entry) {
		finish_element(c, entry - 1);
		return;
	}
	c->skip--;
	if (c->figure_at && c->nstack + 1 == c->figure_at) {
		c->after_figure = !c->figure_caption;
		c->figure_at = 0;
	}
	if (c->collect && c->nstack < c->collect_at)
		end_collect(c);
}

static void on_text(void *pctx, const xmlChar *s, int len)
{
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	struct html_page *pg = &c->p->page;
	size_t n = len > 0 ? (size_t)len : 0;

	if (c->skip) {
		if (c->collect && c->nstack == c->collect_at && c->collected.len < 4000000)
			buf_put(&c->collected, (const char *)s, n);
		return;
	}
	if (!c->nstack || c->head || n == 0)
		return;
	struct html_el *up = &pg->els[c->stack[c->nstack - 1] - 1];
	uint32_t k, commas;
	formats_count_text((const char *)s, n, &k, &commas);
	if (c->after_figure && k > 0)
		c->after_figure = false;
	up->chars = up->chars > UINT32_MAX - k ? UINT32_MAX : up->chars + k;
	struct html_ev *v;
	if (pg->nevs && pg->evs[pg->nevs - 1].kind == EV_TEXT) {
		v = &pg->evs[pg->nevs - 1];
		v->b += n; /* the store is contiguous */
	} else {
		size_t at = add_event(pg, EV_TEXT, pg->store.len, n);
		v = &pg->evs[at];
	}
	v->chars = v->chars > UINT32_MAX - k ? UINT32_MAX : v->chars + k;
	v->commas = v->commas > UINT32_MAX - commas ? UINT32_MAX : v->commas + commas;
	buf_put(&pg->store, (const char *)s, n);
}

/* ---- raw text the parser need not see ---- */

/* Finds "</name" (any case) from p; returns its position or NULL. */
static const char *find_close(const char *p, const char *end, const char *name, size_t nl)
{
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= nl + 2 && p[1] == '/' && strncasecmp(p + 2, name, nl) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* Copies the page without the bodies of <script> (but JSON-LD), <style> and <svg> elements and
 * without comments: the extractor drops them anyway, and libxml2's tokenizer, which walks raw
 * text character by character, spends most of its time there on real pages. Returns NULL when
 * there is nothing to cut. The caller frees the result. */
static char *cut_raw(const char *b, size_t n, size_t *outlen)
{
	static const struct {
		const char *open, *name;
	} raw[] = {{"<script", "script"}, {"<style", "style"}, {"<svg", "svg"}};
	const char *p = b, *end = b + n, *from = b;
	struct buf out = BUF_INIT;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= 4 && memcmp(p, "<!--", 4) == 0) {
			const char *e = p + 4;
			while ((e = memchr(e, '-', (size_t)(end - e))) != NULL &&
			       !((size_t)(end - e) >= 3 && e[1] == '-' && e[2] == '>'))
				e++;
			buf_put(&out, from, (size_t)(p - from));
			from = p = e ? e + 3 : end;
			continue;
		}
		char c1 = (size_t)(end - p) > 1 ? p[1] : '\0';
		if (c1 != 's' && c1 != 'S') {
			p++;
			continue;
		}
		size_t k = 0;
		for (; k < sizeof(raw) / sizeof(*raw); k++) {
			size_t ol = strlen(raw[k].open);
			if ((size_t)(end - p) > ol && strncasecmp(p, raw[k].open, ol) == 0 &&
			    (p[ol] == '>' || p[ol] == ' ' || p[ol] == '\t' || p[ol] == '\n' ||
			     p[ol] == '\r' || p[ol] == '/'))
				break;
		}
		if (k == sizeof(raw) / sizeof(*raw)) {
			p++;
			continue;
		}
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (!gt)
			break;
		/* Keep JSON-LD: it carries the publication date. */
		bool keep_body = false;
		for (const char *q = p; k == 0 && q + 7 <= gt; q++)
			if (strncasecmp(q, "ld+json", 7) == 0) {
				keep_body = true;
				break;
			}
		const char *close = find_close(gt + 1, end, raw[k].name, strlen(raw[k].name));
		if (!close)
			break;
		if (!keep_body) {
			buf_put(&out, from, (size_t)(gt + 1 - from));
			from = close;
		}
		p = close + 2;
	}
	if (from == b) {
		buf_free(&out);
		return NULL;
	}
	buf_put(&out, from, (size_t)(end - from));
	return buf_detach(&out, outlen);
}

/* libxml2 reports encoding and I/O trouble on stderr by itself; a page's faults are not the
 * user's, and one-line errors are ours to print, so its messages are dropped. */
static void quiet_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* Runs libxml2's HTML parser over the page, feeding the SAX handlers above. */
static void parse(struct ctx *c, const char *bytes, size_t len)
{
	char encbuf[64];
	const char *enc = formats_page_encoding(bytes, len, encbuf, sizeof(encbuf));
	htmlParserCtxtPtr pc = htmlNewParserCtxt();
	htmlSAXHandler sax;

	if (!pc)
		die("out of memory");
	xmlSetGenericErrorFunc(NULL, quiet_generic);
	xmlSetStructuredErrorFunc(NULL, quiet_structured);
	memset(&sax, 0, sizeof(sax));
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.ignorableWhitespace = on_text;
	sax.cdataBlock = on_text;
	memcpy(pc->sax, &sax, sizeof(sax));
	pc->_private = c;
	/* SAX builds no tree, so nesting costs one stack entry per level here and nothing in
	 * libxml2 (whose tree builder stops at 256 levels without XML_PARSE_HUGE, which we do not
	 * set: its size limits on text nodes and names stay on). */
	htmlDocPtr doc =
		htmlCtxtReadMemory(pc, bytes, (int)len, NULL, enc,
				   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
	if (doc)
		xmlFreeDoc(doc);
	htmlFreeParserCtxt(pc);
	/* Close whatever a truncated parse left open. */
	while (c->nstack) {
		size_t entry = c->stack[--c->nstack];
		if (entry)
			finish_element(c, entry - 1);
		else
			c->skip--;
	}
	if (c->collect)
		end_collect(c);
}

void formats_page_parse(const char *bytes, size_t len, struct html_parse *p)
{
	struct ctx c;

	memset(p, 0, sizeof(*p));
	buf_init(&p->page.store);
	memset(&c, 0, sizeof(c));
	c.p = p;
	buf_init(&c.collected);
	size_t cutlen = 0;
	char *cut = cut_raw(bytes, len, &cutlen);
	parse(&c, cut ? cut : bytes, cut ? cutlen : len);
	free(cut);
	free(c.stack);
	buf_free(&c.collected);
}

void formats_page_free(struct html_parse *p)
{
	for (size_t i = 0; i < p->page.nels; i++)
		free(p->page.els[i].datetime);
	free(p->page.els);
	free(p->page.evs);
	buf_free(&p->page.store);
	formats_meta_free(&p->meta);
	free(p->page_title);
}

void formats_page_text(const struct html_page *p, size_t root, const uint8_t *drop, struct buf *b,
		       size_t max)
{
	const struct html_el *r = &p->els[root];
	bool space = b->len > 0;

	for (size_t i = r->start; i <= r->end && i < p->nevs && b->len < max; i++) {
		const struct html_ev *v = &p->evs[i];
		if (v->kind == EV_START) {
			const struct html_el *e = &p->els[v->a];
			if (v->a != root && drop && drop[v->a])
				i = e->end;
			else if (formats_tag_block(e->tag) || formats_tag_heading(e->tag) ||
				 e->tag == T_BR || e->tag == T_TD || e->tag == T_TH ||
				 e->tag == T_MATH_ITEM)
				space = b->len > 0;
			continue;
		}
		if (v->kind != EV_TEXT)
			continue;
		const char *s = p->store.data + v->a;
		for (size_t k = 0; k < v->b;) {
			unsigned char ch = (unsigned char)s[k];
			if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' ||
			    (ch == 0xC2 && k + 1 < v->b && (unsigned char)s[k + 1] == 0xA0)) {
				space = b->len > 0;
				k += ch == 0xC2 ? 2 : 1;
				continue;
			}
			/* A run of bytes up to the next white space, copied at once. */
			size_t e = k + 1;
			while (e < v->b) {
				unsigned char d = (unsigned char)s[e];
				if (d == ' ' || d == '\n' || d == '\t' || d == '\r' || d == '\f' ||
				    (d == 0xC2 && e + 1 < v->b && (unsigned char)s[e + 1] == 0xA0))
					break;
				e++;
			}
			if (b->len + (space ? 1 : 0) + (e - k) > max) {
				/* Stop at a character boundary within max. */
				if (space && b->len < max)
					buf_putc(b, ' ');
				while (e > k && b->len + (e - k) > max)
					e--;
				while (e > k && ((unsigned char)s[e] & 0xC0) == 0x80)
					e--;
				buf_put(b, s + k, e - k);
				return;
			}
			if (space)
				buf_putc(b, ' ');
			space = false;
			buf_put(b, s + k, e - k);
			k = e;
		}
	}
}
