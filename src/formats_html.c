/* formats_html: the article of a saved web page. libxml2's HTML parser (SAX) fills the page
 * model of formats_int.h: elements with what their tag, class, id and role say, and the text in
 * order; formats_article.c chooses the article from it; this file picks the title and writes the
 * article's text without the page's furniture. The charset and metadata rules are in
 * formats_charset.c and formats_meta.c, the furniture phrases in formats_furniture.c. */
#include "formats_int.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What a few tags are besides their kind. */
enum {
	TN_SECTION = 1, /* <section> */
	TN_DATA = 2,    /* thead, tfoot, caption, col, colgroup: the table holds data */
};

static const struct tag_name {
	const char *name;
	uint8_t tag;
	int8_t base;   /* the tag's own score as a candidate block */
	uint8_t flags; /* TN_* */
} tags[] = {
	/* sorted by name (bytes) for bsearch */
	{"a", T_A, 0, 0},
	{"address", T_BLOCK, -3, 0},
	{"annotation", T_DROP, 0, 0},
	{"annotation-xml", T_DROP, 0, 0},
	{"applet", T_DROP, 0, 0},
	{"article", T_ARTICLE, 5, 0},
	{"aside", T_DROP, 0, 0},
	{"audio", T_DROP, 0, 0},
	{"blockquote", T_QUOTE, 3, 0},
	{"body", T_BODY, 0, 0},
	{"br", T_BR, 0, 0},
	{"button", T_INPUT, 0, 0},
	{"canvas", T_DROP, 0, 0},
	{"caption", T_BLOCK, 0, TN_DATA},
	{"center", T_DIV, 0, 0},
	{"code", T_CODE, 0, 0},
	{"col", T_BLOCK, 0, TN_DATA},
	{"colgroup", T_BLOCK, 0, TN_DATA},
	{"dd", T_DIV, -3, 0},
	{"details", T_BLOCK, 0, 0},
	{"dialog", T_DROP, 0, 0},
	{"dir", T_LIST, -3, 0},
	{"div", T_DIV, 5, 0},
	{"dl", T_BLOCK, -3, 0},
	{"dt", T_BLOCK, -3, 0},
	{"embed", T_EMBED, 0, 0},
	{"fieldset", T_FORM, 0, 0},
	{"figcaption", T_DROP, 0, 0},
	{"figure", T_DROP, 0, 0},
	{"footer", T_FOOTER, 0, 0},
	{"form", T_FORM, -3, 0},
	{"frameset", T_DROP, 0, 0},
	{"h1", T_H1, -5, 0},
	{"h2", T_H2, -5, 0},
	{"h3", T_HEADING, -5, 0},
	{"h4", T_HEADING, -5, 0},
	{"h5", T_HEADING, -5, 0},
	{"h6", T_HEADING, -5, 0},
	{"head", T_HEAD, 0, 0},
	{"header", T_HEADER, 0, 0},
	{"hgroup", T_BLOCK, 0, 0},
	{"hr", T_BLOCK, 0, 0},
	{"html", T_HTML, 0, 0},
	{"iframe", T_EMBED, 0, 0},
	{"img", T_IMG, 0, 0},
	{"input", T_INPUT, 0, 0},
	{"li", T_LI, -3, 0},
	{"link", T_DROP, 0, 0},
	{"main", T_MAIN, 5, 0},
	{"map", T_DROP, 0, 0},
	{"math", T_MATH, 0, 0},
	{"menu", T_DROP, 0, 0},
	{"meta", T_META, 0, 0},
	{"mi", T_MATH_ITEM, 0, 0},
	{"mn", T_MATH_ITEM, 0, 0},
	{"mo", T_MATH_ITEM, 0, 0},
	{"ms", T_MATH_ITEM, 0, 0},
	{"mtext", T_MATH_ITEM, 0, 0},
	{"nav", T_DROP, 0, 0},
	{"noscript", T_DROP, 0, 0},
	{"object", T_EMBED, 0, 0},
	{"ol", T_LIST, -3, 0},
	{"option", T_DROP, 0, 0},
	{"p", T_P, 0, 0},
	{"picture", T_IMG, 0, 0},
	{"pre", T_PRE, 3, 0},
	{"script", T_SCRIPT, 0, 0},
	{"section", T_DIV, 0, TN_SECTION},
	{"select", T_INPUT, 0, 0},
	{"style", T_DROP, 0, 0},
	{"summary", T_BLOCK, 0, 0},
	{"svg", T_DROP, 0, 0},
	{"table", T_TABLE, 0, 0},
	{"tbody", T_BLOCK, 0, 0},
	{"td", T_TD, 3, 0},
	{"template", T_DROP, 0, 0},
	{"textarea", T_INPUT, 0, 0},
	{"tfoot", T_BLOCK, 0, TN_DATA},
	{"th", T_TH, -5, 0},
	{"thead", T_BLOCK, 0, TN_DATA},
	{"time", T_TIME, 0, 0},
	{"title", T_TITLE, 0, 0},
	{"tr", T_TR, 0, 0},
	{"ul", T_LIST, -3, 0},
	{"video", T_DROP, 0, 0},
};

static int tag_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

static const struct tag_name *tag_of(const char *name)
{
	return bsearch(name, tags, sizeof(tags) / sizeof(*tags), sizeof(*tags), tag_cmp);
}

/* ---- what class and id values say ---- */

enum {
	NAME_NEG = 1,      /* furniture: the block weighs less */
	NAME_POS = 2,      /* content: the block weighs more */
	NAME_UNLIKELY = 4, /* furniture enough to leave out before scoring */
	NAME_MAYBE = 8,    /* but a name with this may be the article's wrapper */
	NAME_BYLINE = 16,
	NAME_CAPTION = 32,
	NAME_HIDE = 64,   /* may name a class that hides its element (looked at whole) */
	NAME_SHARE = 128, /* may name share buttons (looked at word by word) */
};

/* Parts of names, matched anywhere in a class or id value (lowercased): "commentlist",
 * "post-body", "related_links" all say what they hold. */
static const struct name_pat {
	const char *s;
	uint8_t len, kinds;
} name_pats[] = {
	{"-ad-", 4, NAME_NEG | NAME_UNLIKELY},
	{"ad-break", 8, NAME_UNLIKELY},
	{"advert", 6, NAME_NEG},
	{"agegate", 7, NAME_UNLIKELY},
	{"ai2html", 7, NAME_UNLIKELY},
	{"and", 3, NAME_MAYBE},
	{"article", 7, NAME_POS | NAME_MAYBE},
	{"author", 6, NAME_BYLINE},
	{"banner", 6, NAME_NEG | NAME_UNLIKELY},
	{"blog", 4, NAME_POS},
	{"body", 4, NAME_POS | NAME_MAYBE},
	{"breadcrumb", 10, NAME_NEG},
	{"breadcrumbs", 11, NAME_UNLIKELY},
	{"breaking", 8, NAME_NEG},
	{"byline", 6, NAME_BYLINE},
	{"caption", 7, NAME_CAPTION},
	{"carousel", 8, NAME_NEG | NAME_UNLIKELY},
	{"column", 6, NAME_MAYBE},
	{"com-", 4, NAME_NEG},
	{"combx", 5, NAME_NEG | NAME_UNLIKELY},
	{"comment", 7, NAME_NEG | NAME_UNLIKELY},
	{"community", 9, NAME_UNLIKELY},
	{"contact", 7, NAME_NEG},
	{"content", 7, NAME_POS | NAME_MAYBE},
	{"cookie", 6, NAME_NEG | NAME_UNLIKELY},
	{"cover-wrap", 10, NAME_UNLIKELY},
	{"credit", 6, NAME_CAPTION},
	{"d-none", 6, NAME_HIDE},
	{"dateline", 8, NAME_BYLINE},
	{"disqus", 6, NAME_UNLIKELY},
	{"entry", 5, NAME_POS},
	{"extra", 5, NAME_UNLIKELY},
	{"foot", 4, NAME_NEG},
	{"footer", 6, NAME_UNLIKELY},
	{"gallery", 7, NAME_NEG | NAME_UNLIKELY},
	{"gdpr", 4, NAME_NEG | NAME_UNLIKELY},
	{"h-entry", 7, NAME_POS},
	{"header", 6, NAME_UNLIKELY},
	{"headlines", 9, NAME_NEG},
	{"hentry", 6, NAME_POS},
	{"hidden", 6, NAME_NEG | NAME_HIDE},
	{"invisible", 9, NAME_HIDE},
	{"latest", 6, NAME_NEG},
	{"legends", 7, NAME_UNLIKELY},
	{"lightbox", 8, NAME_NEG | NAME_UNLIKELY},
	{"main", 4, NAME_POS | NAME_MAYBE},
	{"masthead", 8, NAME_NEG},
	{"mathjax", 7, NAME_MAYBE},
	{"media", 5, NAME_NEG},
	{"menu", 4, NAME_UNLIKELY},
	{"meta", 4, NAME_NEG},
	{"modal", 5, NAME_NEG},
	{"most-popular", 12, NAME_UNLIKELY},
	{"most-read", 9, NAME_NEG | NAME_UNLIKELY},
	{"mostpopular", 11, NAME_UNLIKELY},
	{"mostread", 8, NAME_NEG | NAME_UNLIKELY},
	{"newsletter", 10, NAME_NEG | NAME_UNLIKELY},
	{"offscreen", 9, NAME_HIDE},
	{"outbrain", 8, NAME_NEG | NAME_UNLIKELY},
	{"p-author", 8, NAME_BYLINE},
	{"page", 4, NAME_POS},
	{"pager", 5, NAME_UNLIKELY},
	{"pagination", 10, NAME_POS | NAME_UNLIKELY},
	{"popular", 7, NAME_NEG},
	{"popup", 5, NAME_UNLIKELY},
	{"post", 4, NAME_POS},
	{"promo", 5, NAME_NEG},
	{"recent", 6, NAME_NEG},
	{"recirc", 6, NAME_UNLIKELY},
	{"recommend", 9, NAME_NEG},
	{"related", 7, NAME_NEG | NAME_UNLIKELY},
	{"remark", 6, NAME_UNLIKELY},
	{"replies", 7, NAME_UNLIKELY},
	{"rss", 3, NAME_UNLIKELY},
	{"screen-reader", 13, NAME_HIDE},
	{"screenreader", 12, NAME_HIDE},
	{"scroll", 6, NAME_NEG},
	{"shadow", 6, NAME_MAYBE},
	{"shar", 4, NAME_SHARE},
	{"share", 5, NAME_NEG},
	{"shopping", 8, NAME_NEG},
	{"shoutbox", 8, NAME_NEG | NAME_UNLIKELY},
	{"sidebar", 7, NAME_NEG | NAME_UNLIKELY},
	{"skyscraper", 10, NAME_NEG | NAME_UNLIKELY},
	{"slideshow", 9, NAME_NEG | NAME_UNLIKELY},
	{"social", 6, NAME_NEG | NAME_UNLIKELY},
	{"sponsor", 7, NAME_NEG | NAME_UNLIKELY},
	{"sr-only", 7, NAME_HIDE},
	{"story", 5, NAME_POS},
	{"subscribe", 9, NAME_NEG},
	{"supplemental", 12, NAME_UNLIKELY},
	{"taboola", 7, NAME_NEG | NAME_UNLIKELY},
	{"tags", 4, NAME_NEG},
	{"text", 4, NAME_POS},
	{"trending", 8, NAME_NEG | NAME_UNLIKELY},
	{"widget", 6, NAME_NEG},
	{"writtenby", 9, NAME_BYLINE},
	{"yom-remote", 10, NAME_UNLIKELY},
};
/* name_pats[name_first[b]..name_first[b + 1]) start with '-' (b = 0) or the b-th letter. */
static const uint8_t name_first[28] = {0,  1,  8,  15, 27, 30, 32, 34, 36, 41, 42, 42, 42, 45,
				       56, 57, 59, 67, 67, 74, 91, 95, 95, 95, 97, 97, 98, 98};

/* The NAME_* kinds of a class or id value (its first 255 bytes). */
static unsigned name_kinds(const char *v)
{
	char low[256];
	size_t n = 0;
	unsigned kinds = 0;

	for (; n < sizeof(low) - 1 && v[n]; n++) {
		char ch = v[n];
		low[n] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
	}
	for (size_t i = 0; i < n; i++) {
		char ch = low[i];
		size_t b;
		if (ch == '-')
			b = 0;
		else if (ch >= 'a' && ch <= 'z')
			b = (size_t)(ch - 'a') + 1;
		else
			continue;
		for (size_t k = name_first[b]; k < name_first[b + 1]; k++)
			if (name_pats[k].len <= n - i &&
			    memcmp(low + i, name_pats[k].s, name_pats[k].len) == 0)
				kinds |= name_pats[k].kinds;
	}
	return kinds;
}

static bool is_alnum_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Does the value hold one of the words (a whole token between characters that are not letters or
 * digits, case-insensitive)? */
static bool has_word(const char *v, const char *const *words)
{
	size_t n = strnlen(v, 512);

	for (size_t i = 0; i < n;) {
		while (i < n && !is_alnum_ascii(v[i]))
			i++;
		size_t s = i;
		while (i < n && is_alnum_ascii(v[i]))
			i++;
		for (size_t k = 0; i > s && words[k]; k++)
			if (strlen(words[k]) == i - s && strncasecmp(v + s, words[k], i - s) == 0)
				return true;
	}
	return false;
}

/* Does the class list hold one of the classes (a whole class name, case-insensitive)? */
static bool has_class(const char *v, const char *const *classes)
{
	size_t n = strnlen(v, 512);

	for (size_t i = 0; i < n;) {
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r'))
			i++;
		size_t s = i;
		while (i < n && v[i] != ' ' && v[i] != '\t' && v[i] != '\n' && v[i] != '\r')
			i++;
		for (size_t k = 0; i > s && classes[k]; k++)
			if (strlen(classes[k]) == i - s &&
			    strncasecmp(v + s, classes[k], i - s) == 0)
				return true;
	}
	return false;
}

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h ? h : 1;
}

/* ---- the parse: SAX events into the page model ---- */

enum collect {
	COLLECT_NONE,
	COLLECT_TITLE,
	COLLECT_JSON
};

struct ctx {
	struct html_page page;
	size_t *stack; /* open elements: index + 1, or 0 for one inside a dropped subtree */
	size_t nstack, capstack;
	size_t skip;  /* open dropped elements */
	size_t head;  /* open <head> elements */
	size_t code;  /* open <pre> and <code> elements */
	size_t table; /* open <table> elements */
	enum collect collect;
	size_t collect_at;    /* the stack depth of the element collected */
	struct buf collected; /* the text of <title> or a JSON-LD script */
	size_t h1s[8];        /* index + 1 */
	size_t nh1;
	size_t rel_author, first_time; /* index + 1 */
	struct formats_meta meta;
	char *page_title; /* <title> */
	char *root_time;  /* first <time datetime> inside the article */
};

/* The attributes the extractor reads, NULL when absent ("" for one without a value). */
struct attrs {
	const char *cls, *id, *role, *style, *itemprop, *datetime, *content, *property, *name, *rel,
		*type, *hidden, *aria_hidden, *aria_label, *href;
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
			else if (strcmp(k, "aria-label") == 0)
				slot = &a->aria_label;
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
			else if (strcmp(k, "href") == 0)
				slot = &a->href;
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

/* Does a style attribute set property to one of the values ("display: none !important")? */
static bool style_is(const char *style, const char *property, const char *const *values)
{
	size_t l = strnlen(style, 2048), pl = strlen(property);

	for (size_t i = 0; i + pl < l; i++) {
		if (strncasecmp(style + i, property, pl) != 0 ||
		    (i > 0 && (is_alnum_ascii(style[i - 1]) || style[i - 1] == '-')))
			continue;
		size_t k = i + pl;
		while (k < l && style[k] == ' ')
			k++;
		if (k >= l || style[k] != ':')
			continue;
		k++;
		while (k < l && style[k] == ' ')
			k++;
		for (size_t v = 0; values[v]; v++) {
			size_t vl = strlen(values[v]);
			if (l - k >= vl && strncasecmp(style + k, values[v], vl) == 0 &&
			    (k + vl == l || !is_alnum_ascii(style[k + vl])))
				return true;
		}
	}
	return false;
}

/* Content that is not shown: the hidden attribute, aria-hidden, display:none, visibility:hidden,
 * and the classes that keep text for screen readers only. */
static bool hidden(const struct attrs *a, unsigned class_kinds)
{
	static const char *const none[] = {"none", NULL};
	static const char *const invisible[] = {"hidden", "collapse", NULL};
	/* Classes that keep text for screen readers only (a class that hides until a script
	 * shows, such as "hidden", may hold the article: it only weighs less). */
	static const char *const reader_only[] = {"sr-only",
						  "visually-hidden",
						  "visuallyhidden",
						  "screen-reader-text",
						  "screen-reader-only",
						  "screenreader-only",
						  "u-visually-hidden",
						  "a11y-hidden",
						  "element-invisible",
						  "offscreen",
						  NULL};

	if (a->hidden || (a->aria_hidden && strcasecmp(a->aria_hidden, "true") == 0))
		return true;
	if (a->style &&
	    (style_is(a->style, "display", none) || style_is(a->style, "visibility", invisible)))
		return true;
	return (class_kinds & NAME_HIDE) && has_class(a->cls, reader_only);
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
static void meta_tag(struct ctx *c, const struct attrs *a)
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
			formats_meta_tag(&c->meta, key, a->content, keys != a->property);
		}
	}
}

static uint8_t *top_count(struct ctx *c, int which)
{
	if (!c->nstack || !c->stack[c->nstack - 1])
		return NULL;
	struct html_el *e = &c->page.els[c->stack[c->nstack - 1] - 1];
	return which == T_IMG ? &e->nimg : which == T_EMBED ? &e->nembed : &e->ninput;
}

/* Words of class and id values that name an advertisement slot ("ad-slot", "ads", "dfp-ad"). */
static const char *const ad_words[] = {
	"ad", "ads", "advert", "advertisement", "adslot", "adunit", "dfp", "adsbygoogle", NULL};

/* Does a class or id value start a name with "ad" glued to a word ("adSlot", "adContainer")? */
static bool starts_ad(const char *v)
{
	return v[0] == 'a' && v[1] == 'd' && v[2] >= 'A' && v[2] <= 'Z';
}

/* Is an id a sentence turned into a name: four words or more joined by '-' or '_', one of them a
 * word that joins others ("with", "a", "the", "of"...)? */
static bool sentence_slug(const char *v)
{
	static const char *const joiners[] = {"a",  "an",  "the",  "with", "of",  "to",   "in",
					      "on", "for", "and",  "or",   "how", "why",  "what",
					      "is", "are", "from", "by",   "at",  "your", NULL};
	size_t words = 0, n = strnlen(v, 200);
	bool joined = false;

	for (size_t i = 0; i < n;) {
		size_t s = i;
		while (i < n && v[i] != '-' && v[i] != '_')
			i++;
		if (i > s) {
			words++;
			for (size_t k = 0; joiners[k] && !joined; k++)
				joined = strlen(joiners[k]) == i - s &&
					 strncasecmp(v + s, joiners[k], i - s) == 0;
		}
		i++;
	}
	return words >= 4 && joined;
}

/* Flags and weight from the attributes of an element that is kept. */
static void judge(struct ctx *c, struct html_el *e, const struct attrs *a, unsigned kc)
{
	static const char *const share[] = {"share", "sharedaddy", "sharing", NULL};
	static const char *const furniture_roles[] = {"banner", "contentinfo", NULL};
	static const char *const layout_roles[] = {"presentation", "none", NULL};
	/* An id made from a sentence ("sharing-with-a-single-developer") anchors a heading: its
	 * words name what the section is about, not what kind of block it is. */
	unsigned ki = a->id && !sentence_slug(a->id) ? name_kinds(a->id) : 0;
	unsigned all = kc | ki;
	int w = 0;

	w += (kc & NAME_NEG) ? -25 : 0;
	w += (kc & NAME_POS) ? 25 : 0;
	w += (ki & NAME_NEG) ? -25 : 0;
	w += (ki & NAME_POS) ? 25 : 0;
	if (a->itemprop && strcasecmp(a->itemprop, "articleBody") == 0) {
		e->flags |= EL_BODY_TEXT;
		w = w < 0 ? 25 : 50;
	}
	e->weight = (int8_t)w;
	if (c->code)
		e->flags |= EL_IN_CODE;
	if (c->table)
		e->flags |= EL_IN_TABLE;
	if ((all & NAME_UNLIKELY) && !(all & NAME_MAYBE) &&
	    !(e->flags & (EL_IN_CODE | EL_IN_TABLE)) && e->tag != T_BODY && e->tag != T_A &&
	    e->tag != T_HTML)
		e->flags |= EL_UNLIKELY;
	if ((all & NAME_BYLINE) || (a->rel && strcasecmp(a->rel, "author") == 0) ||
	    (a->itemprop && strstr(a->itemprop, "author")))
		e->flags |= EL_BYLINE;
	if (((kc & NAME_SHARE) && has_word(a->cls, share)) ||
	    ((ki & NAME_SHARE) && has_word(a->id, share)))
		e->flags |= EL_SHARE;
	if (all & NAME_CAPTION)
		e->flags |= EL_CAPTION;
	if ((a->cls && (has_word(a->cls, ad_words) || starts_ad(a->cls))) ||
	    (a->id && (has_word(a->id, ad_words) || starts_ad(a->id))) ||
	    (a->aria_label && (strcasecmp(a->aria_label, "advertisement") == 0 ||
			       strcasecmp(a->aria_label, "ad") == 0)))
		e->flags |= EL_AD;
	if (a->role && formats_name_in(a->role, furniture_roles))
		e->flags |= EL_BANNER;
	if (a->role && formats_name_in(a->role, layout_roles))
		e->flags |= EL_PRESENTATION;
	if (a->cls && *a->cls)
		e->cls = hash_str(a->cls);
}

/* A table with header cells, a caption or column groups holds data, not layout. */
static void mark_data_table(struct ctx *c)
{
	for (size_t k = c->nstack, looked = 0; k-- > 0 && looked < 64; looked++) {
		size_t entry = c->stack[k];
		if (entry && c->page.els[entry - 1].tag == T_TABLE) {
			c->page.els[entry - 1].flags |= EL_DATA_TABLE;
			return;
		}
	}
}

static void on_start(void *pctx, const xmlChar *xname, const xmlChar **atts)
{
	static const char *const gone[] = {"navigation",  "complementary", "search",
					   "menu",        "menubar",       "dialog",
					   "alertdialog", "alert",         "toolbar",
					   NULL};
	struct ctx *c = ((xmlParserCtxtPtr)pctx)->_private;
	struct html_page *pg = &c->page;
	const struct tag_name *tn = tag_of((const char *)xname);
	int tag = tn ? tn->tag : T_INLINE;
	struct attrs a;

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
	if (tag == T_TITLE && !c->page_title && !c->collect && !c->skip) {
		start_collect(c, COLLECT_TITLE);
		return;
	}
	if (c->skip || tag == T_DROP || tag == T_SCRIPT || tag == T_TITLE) {
		push(c, 0);
		return;
	}
	unsigned kc = a.cls ? name_kinds(a.cls) : 0;
	if (hidden(&a, kc) || (a.role && formats_name_in(a.role, gone))) {
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
	judge(c, e, &a, kc);
	if (tn && (tn->flags & TN_SECTION))
		e->flags |= EL_SECTION;
	if (a.itemprop && strcasecmp(a.itemprop, "datePublished") == 0)
		formats_meta_date(&c->meta, 3, a.datetime ? a.datetime : a.content, false);
	if (a.itemprop && strcasecmp(a.itemprop, "dateModified") == 0)
		formats_meta_date(&c->meta, 3, a.datetime ? a.datetime : a.content, true);
	if (tag == T_A && a.href &&
	    (a.href[0] == '#' || strncasecmp(a.href, "javascript:", 11) == 0))
		e->flags |= EL_ANCHOR;
	if (tag == T_A && !c->rel_author && a.rel && strcasecmp(a.rel, "author") == 0)
		c->rel_author = pg->nels + 1;
	if (tag == T_TIME && a.datetime) {
		e->datetime = xstrndup(a.datetime, 200);
		if (!c->first_time)
			c->first_time = pg->nels + 1;
	}
	if (tag == T_H1 && c->nh1 < sizeof(c->h1s) / sizeof(*c->h1s))
		c->h1s[c->nh1++] = pg->nels + 1;
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
	e->start = add_event(pg, EV_START, pg->nels, 0);
	pg->nels++;
	push(c, pg->nels);
}

/* Adds an element's characters to its parent once its children are done. */
static void finish_element(struct ctx *c, size_t idx)
{
	struct html_page *pg = &c->page;
	struct html_el *e = &pg->els[idx];

	e->end = add_event(pg, EV_END, idx, 0);
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
	struct html_page *pg = &c->page;
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

/* ---- the text ---- */

static bool is_heading(int t)
{
	return t == T_H1 || t == T_H2 || t == T_HEADING;
}

static bool is_block(int t)
{
	return t == T_P || t == T_DIV || t == T_BLOCK || t == T_LI || t == T_LIST || t == T_PRE ||
	       t == T_QUOTE || t == T_TABLE || t == T_TR || t == T_ARTICLE || t == T_MAIN ||
	       t == T_HEADER || t == T_FOOTER || t == T_BODY || t == T_HTML || t == T_FORM;
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
			else if (is_block(e->tag) || is_heading(e->tag) || e->tag == T_BR ||
				 e->tag == T_TD || e->tag == T_TH || e->tag == T_MATH_ITEM)
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

/* What the emitter needs beyond the page: the article, and where the metadata goes. */
struct emit_state {
	struct ctx *c;
	const struct html_article *a;
	struct formats_emitter *em;
	struct buf scratch;
	bool text_seen; /* article text emitted so far (headings excepted) */
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

/* Emits the text of the element `root`; records the first <time datetime> in it. */
static void emit(struct emit_state *st, size_t root)
{
	struct ctx *c = st->c;
	const struct html_page *p = &c->page;
	const struct html_el *r = &p->els[root];
	struct formats_emitter *em = st->em;
	size_t pre = 0, last = last_paragraph(p, root, st->a->drop);

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
			    ((is_block(tag) || is_heading(tag) || tag == T_TD) &&
			     furniture(st, v->a))) {
				i = e->end;
				continue;
			}
			if (is_heading(tag))
				formats_emit_heading(em, true);
			else if (is_block(tag))
				formats_emit_break(em, EMIT_PARAGRAPH);
			else if (tag == T_BR)
				formats_emit_break(em, em->pending >= EMIT_LINE ? EMIT_PARAGRAPH
										: EMIT_LINE);
			else if (tag == T_TD || tag == T_TH || tag == T_MATH_ITEM)
				formats_emit_break(em, EMIT_SPACE);
			if (tag == T_PRE)
				pre++;
			if (tag == T_TIME && !c->root_time && e->datetime)
				c->root_time = xstrdup(e->datetime);
			continue;
		}
		if (is_heading(tag))
			formats_emit_heading(em, false);
		else if (is_block(tag))
			formats_emit_break(em, EMIT_PARAGRAPH);
		if (tag == T_PRE && pre)
			pre--;
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

/* ---- the converter ---- */

static void free_ctx(struct ctx *c)
{
	for (size_t i = 0; i < c->page.nels; i++) {
		free(c->page.els[i].datetime);
	}
	free(c->page.els);
	free(c->page.evs);
	buf_free(&c->page.store);
	free(c->stack);
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

/* The title: the page's metadata title, else its <title>, each without the site name; an <h1>
 * when the page has no better (no title, or one that is only the site name or too short to be a
 * headline). */
static void choose_title(struct ctx *c)
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

int formats_html(const char *bytes, size_t len, struct extracted *out)
{
	struct ctx c;
	struct formats_emitter em;
	struct html_article art;

	memset(out, 0, sizeof(*out));
	buf_init(&out->text);
	if (len > INT_MAX || !formats_page_plausible(bytes, len))
		return -1;
	memset(&c, 0, sizeof(c));
	buf_init(&c.page.store);
	buf_init(&c.collected);
	size_t cutlen = 0;
	char *cut = cut_raw(bytes, len, &cutlen);
	parse(&c, cut ? cut : bytes, cut ? cutlen : len);
	free(cut);
	choose_title(&c);
	formats_emit_init(&em, out);
	memset(&art, 0, sizeof(art));
	if (c.page.nels) {
		struct emit_state st = {.c = &c, .a = &art, .em = &em};
		formats_article_choose(&c.page, &art);
		buf_init(&st.scratch);
		for (size_t i = 0; i < art.nroots; i++)
			emit(&st, art.roots[i]);
		buf_free(&st.scratch);
	}
	formats_emit_finish(&em);

	/* Dates: metadata first, then a <time> in the article, then one anywhere on the page. */
	formats_meta_date(&c.meta, 5, c.root_time, false);
	if (c.first_time)
		formats_meta_date(&c.meta, 6, c.page.els[c.first_time - 1].datetime, false);
	if (c.meta.published.value)
		formats_parse_date(c.meta.published.value, strlen(c.meta.published.value),
				   &out->date);
	if (c.rel_author)
		formats_meta_set(&c.meta.byline, 3, node_text(&c.page, c.rel_author - 1, 400));
	for (size_t i = 0; i < c.page.nels && c.meta.byline.rank != 1; i++) {
		const struct html_el *e = &c.page.els[i];
		if ((e->flags & EL_BYLINE) && e->chars && e->chars < 100) {
			char *b = node_text(&c.page, i, 400);
			struct span name;
			if (b && formats_byline_line(b, strlen(b), &name)) {
				memmove(b, b + name.start, name.end - name.start);
				b[name.end - name.start] = '\0';
			}
			formats_meta_set(&c.meta.byline, 4, b);
			break;
		}
	}
	out->title = c.meta.title.value;
	out->byline = c.meta.byline.value;
	out->site = c.meta.site.value;
	out->published = c.meta.published.value;
	out->modified = c.meta.modified.value;
	c.meta.title.value = c.meta.byline.value = c.meta.site.value = NULL;
	c.meta.published.value = c.meta.modified.value = NULL;
	formats_article_free(&art);
	free_ctx(&c);
	return 0;
}
