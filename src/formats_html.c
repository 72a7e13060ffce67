/* formats_html: the article of a saved web page, read with libxml2's HTML parser (SAX, into a
 * compact event list): the block that holds the article and its text without the page's
 * furniture; the charset and metadata rules are in formats_charset.c and formats_meta.c. */
#include "formats_int.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What the extractor needs to know of a tag. */
enum tag {
	T_INLINE, /* anything not listed: its text flows into the surrounding block */
	T_A,
	T_ARTICLE,
	T_BLOCK, /* a block that holds no paragraph text of its own (dl, tbody, hr...) */
	T_BODY,
	T_BR,
	T_DIV,  /* a block whose own text counts as paragraph text (div, section, center) */
	T_DROP, /* never part of the text: script, style, forms, media, nav, aside... */
	T_FOOTER,
	T_H1,
	T_HEADING,
	T_HEAD,
	T_HEADER,
	T_HTML,
	T_LI,
	T_LIST,
	T_MAIN,
	T_META,
	T_P,
	T_PRE,
	T_QUOTE,
	T_SCRIPT,
	T_TABLE,
	T_TD,
	T_TIME,
	T_TITLE,
	T_TR,
};

static const struct tag_name {
	const char *name;
	enum tag tag;
} tags[] = {
	/* sorted by name for bsearch */
	{"a", T_A},
	{"address", T_BLOCK},
	{"applet", T_DROP},
	{"article", T_ARTICLE},
	{"aside", T_DROP},
	{"audio", T_DROP},
	{"blockquote", T_QUOTE},
	{"body", T_BODY},
	{"br", T_BR},
	{"button", T_DROP},
	{"canvas", T_DROP},
	{"caption", T_BLOCK},
	{"center", T_DIV},
	{"dd", T_DIV},
	{"details", T_BLOCK},
	{"dialog", T_DROP},
	{"dir", T_LIST},
	{"div", T_DIV},
	{"dl", T_BLOCK},
	{"dt", T_BLOCK},
	{"embed", T_DROP},
	{"fieldset", T_BLOCK},
	{"figcaption", T_DROP},
	{"figure", T_DROP},
	{"footer", T_FOOTER},
	{"form", T_DROP},
	{"frameset", T_DROP},
	{"h1", T_H1},
	{"h2", T_HEADING},
	{"h3", T_HEADING},
	{"h4", T_HEADING},
	{"h5", T_HEADING},
	{"h6", T_HEADING},
	{"head", T_HEAD},
	{"header", T_HEADER},
	{"hgroup", T_BLOCK},
	{"hr", T_BLOCK},
	{"html", T_HTML},
	{"iframe", T_DROP},
	{"img", T_DROP},
	{"input", T_DROP},
	{"li", T_LI},
	{"link", T_DROP},
	{"main", T_MAIN},
	{"map", T_DROP},
	{"math", T_DROP},
	{"menu", T_DROP},
	{"meta", T_META},
	{"nav", T_DROP},
	{"noscript", T_DROP},
	{"object", T_DROP},
	{"ol", T_LIST},
	{"option", T_DROP},
	{"p", T_P},
	{"picture", T_DROP},
	{"pre", T_PRE},
	{"script", T_SCRIPT},
	{"section", T_DIV},
	{"select", T_DROP},
	{"style", T_DROP},
	{"summary", T_BLOCK},
	{"svg", T_DROP},
	{"table", T_TABLE},
	{"tbody", T_BLOCK},
	{"td", T_TD},
	{"template", T_DROP},
	{"textarea", T_DROP},
	{"tfoot", T_BLOCK},
	{"th", T_TD},
	{"thead", T_BLOCK},
	{"time", T_TIME},
	{"title", T_TITLE},
	{"tr", T_TR},
	{"ul", T_LIST},
	{"video", T_DROP},
};

static int tag_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

static enum tag tag_of(const char *name)
{
	const void *t = bsearch(name, tags, sizeof(tags) / sizeof(*tags), sizeof(*tags), tag_cmp);

	return t ? ((const struct tag_name *)t)->tag : T_INLINE;
}

/* Figures gathered for each element (bytes of non-space text). */
struct info {
	size_t text;  /* all text inside */
	size_t link;  /* text inside links */
	size_t own;   /* text of its own and of its inline children, outside links */
	size_t ptext; /* paragraph text inside: the article signal */
	enum tag tag;
	bool boiler; /* class, id or role says boilerplate (share bar, related list...) */
	bool banner; /* role=banner or contentinfo: a page header or footer */
	bool byline; /* class or itemprop says byline or author */
};

/* An element kept from the parse; dropped elements (scripts, forms, hidden...) are not. */
struct el {
	struct info info;
	size_t parent;     /* index + 1; 0 for none */
	size_t start, end; /* its start and end events */
	char *datetime;    /* of a <time>, or NULL */
};

enum ev_kind {
	EV_START,
	EV_END,
	EV_TEXT
};

/* The document in order: element starts and ends, and text (a span of the text store). */
struct ev {
	enum ev_kind kind;
	size_t a, b; /* element index; or text offset and length */
};

enum collect {
	COLLECT_NONE,
	COLLECT_TITLE,
	COLLECT_JSON
};

struct ctx {
	struct el *els;
	size_t nels, capels;
	struct ev *evs;
	size_t nevs, capevs;
	struct buf store; /* the text of text events */
	size_t *stack;    /* open elements: index + 1, or 0 for one inside a dropped subtree */
	size_t nstack, capstack;
	size_t skip; /* open dropped elements */
	size_t head; /* open <head> elements */
	enum collect collect;
	size_t collect_at;                    /* the stack depth of the element collected */
	struct buf collected;                 /* the text of <title> or a JSON-LD script */
	size_t body, best_article, best_main; /* index + 1 */
	size_t h1s[8];
	size_t nh1;
	size_t byline_el, rel_author, first_time; /* index + 1 */
	struct formats_meta meta;
	char *page_title; /* <title> */
	char *root_time;  /* first <time datetime> inside the article */
};

/* The attributes the extractor reads, NULL when absent ("" for one without a value). */
struct attrs {
	const char *cls, *id, *role, *style, *itemprop, *datetime, *content, *property, *name, *rel,
		*type, *hidden, *aria_hidden;
};

static void read_attrs(const xmlChar **atts, struct attrs *a)
{
	memset(a, 0, sizeof(*a));
	for (size_t i = 0; atts && atts[i]; i += 2) {
		const char *k = (const char *)atts[i];
		const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
		const char **slot = NULL;
		switch (k[0]) {
		case 'a':
			if (strcmp(k, "aria-hidden") == 0)
				slot = &a->aria_hidden;
			break;
		case 'c':
			if (strcmp(k, "class") == 0)
				slot = &a->cls;
			else if (strcmp(k, "content") == 0)
				slot = &a->content;
			break;
		case 'd':
			if (strcmp(k, "datetime") == 0)
				slot = &a->datetime;
			break;
		case 'h':
			if (strcmp(k, "hidden") == 0)
				slot = &a->hidden;
			break;
		case 'i':
			if (strcmp(k, "id") == 0)
				slot = &a->id;
			else if (strcmp(k, "itemprop") == 0)
				slot = &a->itemprop;
			break;
		case 'n':
			if (strcmp(k, "name") == 0)
				slot = &a->name;
			break;
		case 'p':
			if (strcmp(k, "property") == 0)
				slot = &a->property;
			break;
		case 'r':
			if (strcmp(k, "role") == 0)
				slot = &a->role;
			else if (strcmp(k, "rel") == 0)
				slot = &a->rel;
			break;
		case 's':
			if (strcmp(k, "style") == 0)
				slot = &a->style;
			break;
		case 't':
			if (strcmp(k, "type") == 0)
				slot = &a->type;
			break;
		default:
			break;
		}
		if (slot && !*slot)
			*slot = v;
	}
}

static bool is_alnum_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Words that name page furniture in class and id values ("share-bar", "related_links"). */
static bool boiler_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"ad",        "ads",       "advert",      "advertisement",   "advertising",
		"author",    "banner",    "bio",         "breadcrumb",      "breadcrumbs",
		"byline",    "comment",   "comments",    "cookie",          "cookies",
		"disqus",    "masthead",  "menu",        "modal",           "more",
		"nav",       "navbar",    "navigation",  "newsletter",      "outbrain",
		"paywall",   "popular",   "popup",       "promo",           "promos",
		"promotion", "recommend", "recommended", "recommendations", "related",
		"share",     "sharing",   "sidebar",     "signup",          "social",
		"sponsor",   "sponsored", "subscribe",   "subscription",    "taboola",
		"tags",      "toolbar",   "trending",    "widget",
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strlen(words[i]) == n && strncasecmp(words[i], w, n) == 0)
			return true;
	return false;
}

/* Does a class or id value name boilerplate? State hooks ("js-share", "has-comments") do not. */
static bool boiler_value(const char *v, bool *byline)
{
	size_t n = strlen(v), i = 0;

	if (n > 512)
		n = 512;
	while (i < n) {
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n'))
			i++;
		size_t s = i;
		while (i < n && v[i] != ' ' && v[i] != '\t' && v[i] != '\n')
			i++;
		/* One class name: its words split on '-' and '_'. */
		if (i - s > 3 &&
		    (strncasecmp(v + s, "js-", 3) == 0 || strncasecmp(v + s, "has-", 4) == 0 ||
		     strncasecmp(v + s, "is-", 3) == 0))
			continue;
		for (size_t k = s; k < i;) {
			size_t w = k;
			while (k < i && is_alnum_ascii(v[k]))
				k++;
			if (k > w && boiler_word(v + w, k - w)) {
				if ((k - w == 6 && strncasecmp(v + w, "byline", 6) == 0) ||
				    (k - w == 6 && strncasecmp(v + w, "author", 6) == 0))
					*byline = true;
				return true;
			}
			while (k < i && !is_alnum_ascii(v[k]))
				k++;
		}
	}
	return false;
}

/* ---- the parse: SAX events into elements, events and figures ---- */

static bool hidden(const struct attrs *a)
{
	if (a->hidden || (a->aria_hidden && strcasecmp(a->aria_hidden, "true") == 0))
		return true;
	if (a->style) {
		size_t l = strnlen(a->style, 1024);
		for (size_t i = 0; i + 12 <= l; i++)
			if (strncasecmp(a->style + i, "display", 7) == 0) {
				size_t k = i + 7;
				while (k < l && (a->style[k] == ' ' || a->style[k] == ':'))
					k++;
				if (strncasecmp(a->style + k, "none", 4) == 0)
					return true;
			}
	}
	return false;
}

static void push(struct ctx *c, size_t entry)
{
	c->stack = xgrow(c->stack, &c->capstack, c->nstack + 1, sizeof(*c->stack));
	c->stack[c->nstack++] = entry;
	if (!entry)
		c->skip++;
}

static size_t add_event(struct ctx *c, enum ev_kind kind, size_t a, size_t b)
{
	c->evs = xgrow(c->evs, &c->capevs, c->nevs + 1, sizeof(*c->evs));
	c->evs[c->nevs].kind = kind;
	c->evs[c->nevs].a = a;
	c->evs[c->nevs].b = b;
	return c->nevs++;
}

/* Starts collecting the raw text of a <title> or JSON-LD script, which is then skipped. */
static void start_collect(struct ctx *c, enum collect what)
{
	c->collect = what;
	buf_clear(&c->collected);
	push(c, 0);
	c->collect_at = c->nstack;
}

static void on_start(void *pctx, const xmlChar *xname, const xmlChar **atts)
{
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	const char *name = (const char *)xname;
	enum tag tag = tag_of(name);
	struct attrs a;
	bool byline = false;

	read_attrs(atts, &a);
	if (tag == T_META) {
		/* Metadata counts wherever it is. */
		formats_meta_tag(&c->meta,
				 a.property && *a.property ? a.property
				 : a.name && *a.name       ? a.name
							   : a.itemprop,
				 a.content);
		push(c, 0);
		return;
	}
	if (tag == T_SCRIPT && a.type && strcasecmp(a.type, "application/ld+json") == 0 &&
	    !c->collect) {
		start_collect(c, COLLECT_JSON);
		return;
	}
	if (tag == T_TITLE && !c->page_title && !c->collect && !c->skip) {
		start_collect(c, COLLECT_TITLE);
		return;
	}
	if (c->skip || tag == T_DROP || tag == T_SCRIPT || tag == T_TITLE || hidden(&a)) {
		push(c, 0);
		return;
	}
	if (a.role) {
		static const char *const gone[] = {"navigation",  "complementary", "search",
						   "menu",        "menubar",       "dialog",
						   "alertdialog", "alert",         "toolbar",
						   NULL};
		if (formats_name_in(a.role, gone)) {
			push(c, 0);
			return;
		}
	}

	c->els = xgrow(c->els, &c->capels, c->nels + 1, sizeof(*c->els));
	struct el *e = &c->els[c->nels];
	memset(e, 0, sizeof(*e));
	e->parent = c->nstack ? c->stack[c->nstack - 1] : 0;
	e->info.tag = tag;
	if (a.role && (strcasecmp(a.role, "banner") == 0 || strcasecmp(a.role, "contentinfo") == 0))
		e->info.banner = true;
	if (a.role && strcasecmp(a.role, "main") == 0 && tag != T_ARTICLE)
		e->info.tag = T_MAIN;
	if (a.itemprop && strcasecmp(a.itemprop, "articleBody") == 0)
		e->info.tag = T_ARTICLE;
	if (a.itemprop && strcasecmp(a.itemprop, "datePublished") == 0)
		formats_meta_date(&c->meta, 3, a.datetime ? a.datetime : a.content);
	if (a.itemprop && strcasecmp(a.itemprop, "author") == 0)
		byline = true;
	tag = e->info.tag;
	if (tag != T_ARTICLE && tag != T_MAIN && tag != T_BODY && tag != T_HTML) {
		if (a.cls && boiler_value(a.cls, &byline))
			e->info.boiler = true;
		if (a.id && boiler_value(a.id, &byline))
			e->info.boiler = true;
	}
	e->info.byline = byline;
	if (byline && !c->byline_el)
		c->byline_el = c->nels + 1;
	if (tag == T_A && !c->rel_author && a.rel && strcasecmp(a.rel, "author") == 0)
		c->rel_author = c->nels + 1;
	if (tag == T_TIME && a.datetime) {
		e->datetime = xstrndup(a.datetime, 200);
		if (!c->first_time)
			c->first_time = c->nels + 1;
	}
	if (tag == T_H1 && c->nh1 < sizeof(c->h1s) / sizeof(*c->h1s))
		c->h1s[c->nh1++] = c->nels + 1;
	if (tag == T_BODY && !c->body)
		c->body = c->nels + 1;
	if (tag == T_HEAD)
		c->head++;
	e->start = add_event(c, EV_START, c->nels, 0);
	c->nels++;
	push(c, c->nels);
}

/* Adds an element's figures to its parent once its children are done. */
static void finish_element(struct ctx *c, size_t idx)
{
	struct el *e = &c->els[idx];
	struct info *in = &e->info;

	e->end = add_event(c, EV_END, idx, 0);
	if (in->tag == T_HEAD && c->head)
		c->head--;
	if (in->tag == T_A)
		in->link = in->text;
	if (in->tag == T_P || in->tag == T_PRE || in->tag == T_DIV || in->tag == T_TD ||
	    in->tag == T_QUOTE || in->tag == T_ARTICLE || in->tag == T_MAIN)
		in->ptext += in->own;
	if (in->tag == T_ARTICLE &&
	    (!c->best_article || in->ptext > c->els[c->best_article - 1].info.ptext))
		c->best_article = idx + 1;
	if (in->tag == T_MAIN && (!c->best_main || in->ptext > c->els[c->best_main - 1].info.ptext))
		c->best_main = idx + 1;
	if (!e->parent)
		return;
	struct info *up = &c->els[e->parent - 1].info;
	up->text += in->text;
	up->link += in->link;
	up->ptext += in->ptext;
	if (in->tag == T_INLINE || in->tag == T_TIME)
		up->own += in->own;
}

static void end_collect(struct ctx *c)
{
	if (c->collect == COLLECT_TITLE && !c->page_title)
		c->page_title = formats_meta_fold(c->collected.data, 2000);
	else if (c->collect == COLLECT_JSON)
		formats_meta_json_ld(&c->meta, c->collected.data, c->collected.len);
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
	if (c->collect && c->nstack < c->collect_at)
		end_collect(c);
}

static void on_text(void *pctx, const xmlChar *s, int len)
{
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	size_t n = len > 0 ? (size_t)len : 0, k = 0;

	if (c->skip) {
		if (c->collect && c->nstack == c->collect_at && c->collected.len < 4000000)
			buf_put(&c->collected, (const char *)s, n);
		return;
	}
	if (!c->nstack || c->head || n == 0)
		return;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
			k++;
	struct info *up = &c->els[c->stack[c->nstack - 1] - 1].info;
	up->text += k;
	up->own += k;
	if (c->nevs && c->evs[c->nevs - 1].kind == EV_TEXT)
		c->evs[c->nevs - 1].b += n; /* the store is contiguous */
	else
		add_event(c, EV_TEXT, c->store.len, n);
	buf_put(&c->store, (const char *)s, n);
}

/* ---- choosing the article ---- */

static size_t score(const struct info *in)
{
	return in->ptext ? in->ptext : (in->text > in->link ? in->text - in->link : 0);
}

/* The smallest block that holds most of the page's paragraph text. */
static size_t densest(const struct ctx *c, size_t from)
{
	size_t cur = from;

	for (;;) {
		const struct el *e = &c->els[cur];
		size_t total = score(&e->info), best = 0, bs = 0;
		for (size_t i = e->start + 1; i < e->end;) {
			const struct ev *v = &c->evs[i];
			if (v->kind != EV_START) {
				i++;
				continue;
			}
			const struct el *ch = &c->els[v->a];
			if (score(&ch->info) > bs) {
				bs = score(&ch->info);
				best = v->a + 1;
			}
			i = ch->end + 1;
		}
		if (!best || bs * 4 < total * 3)
			return cur;
		cur = best - 1;
	}
}

static size_t choose_root(const struct ctx *c)
{
	size_t page = c->body ? c->body - 1 : 0;
	size_t all = score(&c->els[page].info);

	if (c->best_article) {
		size_t s = score(&c->els[c->best_article - 1].info);
		if (s > 0 && s * 10 >= all * 3)
			return c->best_article - 1;
	}
	if (c->best_main) {
		size_t s = score(&c->els[c->best_main - 1].info);
		if (s > 0 && s * 10 >= all * 3)
			return c->best_main - 1;
	}
	return densest(c, page);
}

static bool contains(const struct ctx *c, size_t outer, size_t idx)
{
	for (size_t p = idx + 1; p; p = c->els[p - 1].parent)
		if (p - 1 == outer)
			return true;
	return false;
}

/* ---- the text ---- */

static bool is_heading(enum tag t)
{
	return t == T_H1 || t == T_HEADING;
}

static bool is_block(enum tag t)
{
	return t == T_P || t == T_DIV || t == T_BLOCK || t == T_LI || t == T_LIST || t == T_PRE ||
	       t == T_QUOTE || t == T_TABLE || t == T_TR || t == T_ARTICLE || t == T_MAIN ||
	       t == T_HEADER || t == T_FOOTER || t == T_BODY || t == T_HTML;
}

/* Is this element part of the text? Page furniture goes: boilerplate by name (unless it holds
 * most of the article, as a wrapper named "story js-share" may), blocks made mostly of links,
 * and page headers and footers outside an <article> or <main>. */
static bool keep(const struct info *in, const struct info *root, size_t article_depth)
{
	if (in->tag == T_HEAD)
		return false;
	if (in->boiler && !(root->ptext && in->ptext * 2 >= root->ptext))
		return false;
	if ((in->tag == T_HEADER || in->tag == T_FOOTER || in->banner) && article_depth == 0)
		return false;
	if (is_block(in->tag) && in->text && in->link * 2 > in->text)
		return false;
	return true;
}

/* Emits the text of the element `root`; records the first <time datetime> when asked. */
static void emit(struct ctx *c, size_t root, struct formats_emitter *em, bool note_time)
{
	const struct el *r = &c->els[root];
	size_t pre = 0, article_depth = 0;

	for (size_t i = r->start; i <= r->end && i < c->nevs; i++) {
		const struct ev *v = &c->evs[i];
		if (v->kind == EV_TEXT) {
			formats_emit_text(em, c->store.data + v->a, v->b, pre > 0);
			continue;
		}
		const struct el *e = &c->els[v->a];
		const struct info *in = &e->info;
		if (v->kind == EV_START) {
			if (v->a != root && !keep(in, &r->info, article_depth)) {
				i = e->end; /* the whole subtree goes */
				continue;
			}
			if (in->tag == T_ARTICLE || in->tag == T_MAIN)
				article_depth++;
			if (is_heading(in->tag))
				formats_emit_heading(em, true);
			else if (is_block(in->tag))
				formats_emit_break(em, EMIT_PARAGRAPH);
			else if (in->tag == T_BR)
				formats_emit_break(em, em->pending >= EMIT_LINE ? EMIT_PARAGRAPH
										: EMIT_LINE);
			else if (in->tag == T_TD)
				formats_emit_break(em, EMIT_SPACE);
			if (in->tag == T_PRE)
				pre++;
			if (in->tag == T_TIME && note_time && !c->root_time && e->datetime)
				c->root_time = xstrdup(e->datetime);
			continue;
		}
		if ((in->tag == T_ARTICLE || in->tag == T_MAIN) && article_depth)
			article_depth--;
		if (is_heading(in->tag))
			formats_emit_heading(em, false);
		else if (is_block(in->tag))
			formats_emit_break(em, EMIT_PARAGRAPH);
		if (in->tag == T_PRE && pre)
			pre--;
	}
}

static char *node_text(struct ctx *c, size_t idx)
{
	struct extracted tmp;
	struct formats_emitter em;

	memset(&tmp, 0, sizeof(tmp));
	buf_init(&tmp.text);
	formats_emit_init(&em, &tmp);
	emit(c, idx, &em, false);
	char *r = tmp.text.len ? buf_detach(&tmp.text, NULL) : NULL;
	extracted_free(&tmp);
	return r;
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

/* ---- the converter ---- */

static void free_ctx(struct ctx *c)
{
	for (size_t i = 0; i < c->nels; i++)
		free(c->els[i].datetime);
	free(c->els);
	free(c->evs);
	free(c->stack);
	buf_free(&c->store);
	buf_free(&c->collected);
	formats_meta_free(&c->meta);
	free(c->page_title);
	free(c->root_time);
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

/* The headline: an <h1> in the article, else the page's own titles; an <h1> above the
 * article whose text the page title contains is emitted first. Returns that outside <h1>. */
static size_t choose_title(struct ctx *c, size_t root)
{
	size_t h1 = 0;

	for (size_t i = 0; i < c->nh1 && !h1; i++)
		if (contains(c, root, c->h1s[i] - 1) &&
		    keep(&c->els[c->h1s[i] - 1].info, &c->els[root].info, 1))
			h1 = c->h1s[i];
	if (h1) {
		formats_meta_set(&c->meta.title, 1, node_text(c, h1 - 1));
		return 0;
	}
	formats_meta_set(&c->meta.title, 5, c->page_title);
	c->page_title = NULL;
	if (c->meta.title.value)
		formats_strip_site(c->meta.title.value, c->meta.site.value);
	for (size_t i = 0; i < c->nh1; i++) {
		char *t = node_text(c, c->h1s[i] - 1);
		if (t && (!c->meta.title.value || strstr(c->meta.title.value, t))) {
			free(c->meta.title.value);
			c->meta.title.value = t;
			c->meta.title.rank = 1;
			return c->h1s[i];
		}
		free(t);
	}
	return 0;
}

int formats_html(const char *bytes, size_t len, struct extracted *out)
{
	struct ctx c;
	struct formats_emitter em;

	memset(out, 0, sizeof(*out));
	buf_init(&out->text);
	if (len > INT_MAX || !formats_page_plausible(bytes, len))
		return -1;
	memset(&c, 0, sizeof(c));
	buf_init(&c.store);
	buf_init(&c.collected);
	size_t cutlen = 0;
	char *cut = cut_raw(bytes, len, &cutlen);
	parse(&c, cut ? cut : bytes, cut ? cutlen : len);
	free(cut);
	formats_emit_init(&em, out);
	if (c.nels) {
		size_t root = choose_root(&c);
		size_t outside_h1 = choose_title(&c, root);
		if (outside_h1) {
			formats_emit_heading(&em, true);
			formats_emit_text(&em, c.meta.title.value, strlen(c.meta.title.value),
					  true);
			formats_emit_heading(&em, false);
		}
		emit(&c, root, &em, true);
	}
	formats_emit_finish(&em);

	/* Dates: metadata first, then a <time> in the article, then one anywhere on the page. */
	formats_meta_date(&c.meta, 5, c.root_time);
	if (c.first_time)
		formats_meta_date(&c.meta, 6, c.els[c.first_time - 1].datetime);
	if (c.meta.date.value)
		formats_parse_date(c.meta.date.value, strlen(c.meta.date.value), &out->date);
	if (!c.meta.byline.rank && c.rel_author)
		formats_meta_set(&c.meta.byline, 3, node_text(&c, c.rel_author - 1));
	if (!c.meta.byline.rank && c.byline_el) {
		char *b = node_text(&c, c.byline_el - 1);
		if (b && strlen(b) > 200) {
			free(b);
			b = NULL;
		}
		if (b && strncasecmp(b, "by ", 3) == 0)
			memmove(b, b + 3, strlen(b + 3) + 1);
		formats_meta_set(&c.meta.byline, 4, b);
	}
	out->title = c.meta.title.value;
	out->byline = c.meta.byline.value;
	out->site = c.meta.site.value;
	c.meta.title.value = c.meta.byline.value = c.meta.site.value = NULL;
	free_ctx(&c);
	return 0;
}
