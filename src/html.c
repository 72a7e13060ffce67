/* html: the article of a saved web page, parsed with libxml2's HTML parser: charset, metadata,
 * the block that holds the article, and its text without the page's furniture. */
#include "dateline/formats.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdint.h>
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
	T_DIV, /* a block whose own text counts as paragraph text (div, section, center) */
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
	{"a", T_A},           {"address", T_BLOCK}, {"applet", T_DROP},     {"article", T_ARTICLE},
	{"aside", T_DROP},    {"audio", T_DROP},    {"blockquote", T_QUOTE}, {"body", T_BODY},
	{"br", T_BR},         {"button", T_DROP},   {"canvas", T_DROP},     {"caption", T_BLOCK},
	{"center", T_DIV},    {"dd", T_DIV},        {"details", T_BLOCK},   {"dialog", T_DROP},
	{"dir", T_LIST},      {"div", T_DIV},       {"dl", T_BLOCK},        {"dt", T_BLOCK},
	{"embed", T_DROP},    {"fieldset", T_BLOCK}, {"figcaption", T_DROP}, {"figure", T_DROP},
	{"footer", T_FOOTER}, {"form", T_DROP},     {"frameset", T_DROP},   {"h1", T_H1},
	{"h2", T_HEADING},    {"h3", T_HEADING},    {"h4", T_HEADING},      {"h5", T_HEADING},
	{"h6", T_HEADING},    {"head", T_HEAD},     {"header", T_HEADER},   {"hgroup", T_BLOCK},
	{"hr", T_BLOCK},      {"html", T_HTML},     {"iframe", T_DROP},     {"img", T_DROP},
	{"input", T_DROP},    {"li", T_LI},         {"link", T_DROP},       {"main", T_MAIN},
	{"map", T_DROP},      {"math", T_DROP},     {"menu", T_DROP},       {"meta", T_META},
	{"nav", T_DROP},      {"noscript", T_DROP}, {"object", T_DROP},     {"ol", T_LIST},
	{"option", T_DROP},   {"p", T_P},           {"picture", T_DROP},    {"pre", T_PRE},
	{"script", T_SCRIPT}, {"section", T_DIV},   {"select", T_DROP},     {"style", T_DROP},
	{"summary", T_BLOCK}, {"svg", T_DROP},      {"table", T_TABLE},     {"tbody", T_BLOCK},
	{"td", T_TD},         {"template", T_DROP}, {"textarea", T_DROP},   {"tfoot", T_BLOCK},
	{"th", T_TD},         {"thead", T_BLOCK},   {"time", T_TIME},       {"title", T_TITLE},
	{"tr", T_TR},         {"ul", T_LIST},       {"video", T_DROP},
};

static int tag_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

static enum tag tag_of(const xmlNode *n)
{
	const void *t = bsearch(n->name, tags, sizeof(tags) / sizeof(*tags), sizeof(*tags),
				tag_cmp);

	return t ? ((const struct tag_name *)t)->tag : T_INLINE;
}

/* Figures gathered for each element in one pass (bytes of non-space text). */
struct info {
	size_t text;  /* all text inside */
	size_t link;  /* text inside links */
	size_t own;   /* text of its own and of its inline children, outside links */
	size_t ptext; /* paragraph text inside: the article signal */
	enum tag tag;
	bool drop;   /* never text: a dropped tag, hidden, or a navigation role */
	bool boiler; /* class, id or role says boilerplate (share bar, related list...) */
	bool banner; /* role=banner or contentinfo: a page header or footer */
};

/* A metadata value and how much it is trusted (lower is better; 0 = not set). */
struct cand {
	char *value;
	int rank;
};

struct ctx {
	struct info *info;
	size_t ninfo, capinfo;
	xmlNode *body, *best_article, *best_main;
	xmlNode *h1s[8];
	size_t nh1;
	xmlNode *byline_node, *rel_author, *first_time;
	struct cand title, date, byline, site;
	char *page_title; /* <title> */
	char *root_time;  /* first <time datetime> inside the article */
};

static struct info *info_of(const struct ctx *c, const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE && n->_private
		       ? &c->info[(uintptr_t)n->_private - 1]
		       : NULL;
}

static void cand_set(struct cand *c, int rank, char *value)
{
	if (!value || !*value || (c->rank && c->rank <= rank)) {
		free(value);
		return;
	}
	free(c->value);
	c->value = value;
	c->rank = rank;
}

static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (strcasecmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ? (const char *)a->children->content
								   : "";
	return NULL;
}

/* A copy of s with white space folded and trimmed; NULL for an empty or oversized value. */
static char *folded(const char *s, size_t max)
{
	struct extracted tmp;
	struct formats_emitter em;
	size_t n;

	if (!s)
		return NULL;
	n = strlen(s);
	if (n > max)
		return NULL;
	memset(&tmp, 0, sizeof(tmp));
	buf_init(&tmp.text);
	formats_emit_init(&em, &tmp);
	formats_emit_text(&em, s, n, false);
	char *r = tmp.text.len ? buf_detach(&tmp.text, NULL) : NULL;
	extracted_free(&tmp);
	return r;
}

static bool is_alnum_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Words that name page furniture in class and id values ("share-bar", "related_links"). */
static bool boiler_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"ad", "ads", "advert", "advertisement", "advertising", "author", "banner", "bio",
		"breadcrumb", "breadcrumbs", "byline", "comment", "comments", "cookie", "cookies",
		"disqus", "masthead", "menu", "modal", "more", "nav", "navbar", "navigation",
		"newsletter", "outbrain", "paywall", "popular", "popup", "promo", "promos",
		"promotion", "recommend", "recommended", "recommendations", "related", "share",
		"sharing", "sidebar", "signup", "social", "sponsor", "sponsored", "subscribe",
		"subscription", "taboola", "tags", "toolbar", "trending", "widget",
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
		if (i - s > 3 && (strncasecmp(v + s, "js-", 3) == 0 ||
				  strncasecmp(v + s, "has-", 4) == 0 || strncasecmp(v + s, "is-", 3) == 0))
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

/* ---- charset ---- */

/* The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration),
 * lowercased into buf; false when none. */
static bool declared_charset(const char *b, size_t n, char *buf, size_t cap)
{
	size_t lim = n < 16384 ? n : 16384;

	for (size_t i = 0; i + 8 < lim; i++) {
		if (b[i] != '<')
			continue;
		bool meta = strncasecmp(b + i, "<meta", 5) == 0;
		bool xml = strncasecmp(b + i, "<?xml", 5) == 0;
		if (!meta && !xml)
			continue;
		const char *end = memchr(b + i, '>', lim - i);
		size_t e = end ? (size_t)(end - b) : lim;
		const char *key = xml ? "encoding" : "charset";
		size_t kl = strlen(key);
		for (size_t k = i + 5; k + kl < e; k++) {
			if (strncasecmp(b + k, key, kl) != 0)
				continue;
			size_t v = k + kl;
			while (v < e && (b[v] == ' ' || b[v] == '\t'))
				v++;
			if (v >= e || b[v] != '=')
				continue;
			v++;
			while (v < e && (b[v] == ' ' || b[v] == '"' || b[v] == '\''))
				v++;
			size_t o = 0;
			while (v < e && o + 1 < cap &&
			       (is_alnum_ascii(b[v]) || b[v] == '-' || b[v] == '_' || b[v] == '.' ||
				b[v] == ':')) {
				char c = b[v++];
				buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			}
			buf[o] = '\0';
			if (o)
				return true;
		}
		i = e;
	}
	return false;
}

/* The encoding to decode the page with, by the rules browsers follow: a byte order mark, then
 * the declaration (Latin-1 and ASCII read as windows-1252, GB2312 and GBK as GB18030), then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252. */
static const char *page_encoding(const char *b, size_t n, char *buf, size_t cap)
{
	static const char *const latin[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "ascii",
					    "us-ascii", "cp1252", "windows-1252", "x-cp1252",
					    "iso_8859-1", NULL};
	static const char *const gb[] = {"gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "gb18030",
					 "csgb2312", NULL};

	if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
		return "UTF-8";
	if (n >= 2 && memcmp(b, "\xFF\xFE", 2) == 0)
		return "UTF-16LE";
	if (n >= 2 && memcmp(b, "\xFE\xFF", 2) == 0)
		return "UTF-16BE";
	if (declared_charset(b, n, buf, cap)) {
		for (size_t i = 0; latin[i]; i++)
			if (strcmp(buf, latin[i]) == 0)
				return "windows-1252";
		for (size_t i = 0; gb[i]; i++)
			if (strcmp(buf, gb[i]) == 0)
				return "GB18030";
		if (strcmp(buf, "utf-8") == 0 || strcmp(buf, "utf8") == 0 ||
		    strncmp(buf, "utf-16", 6) == 0)
			return "UTF-8";
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(buf);
		if (h) {
			xmlCharEncCloseFunc(h);
			return buf;
		}
	}
	return text_valid_prefix(b, n) == n ? "UTF-8" : "windows-1252";
}

/* Bytes that no web page holds: NUL (outside UTF-16) or many control characters. */
static bool plausible(const char *b, size_t n)
{
	size_t ctrl = 0;

	if (n >= 2 && (memcmp(b, "\xFF\xFE", 2) == 0 || memcmp(b, "\xFE\xFF", 2) == 0))
		return true;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		if (c == 0)
			return false;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
			ctrl++;
	}
	return ctrl * 100 <= n;
}

/* ---- metadata ---- */

static bool name_in(const char *v, const char *const *names)
{
	for (; *names; names++)
		if (strcasecmp(v, *names) == 0)
			return true;
	return false;
}

static void set_date(struct ctx *c, int rank, const char *v)
{
	struct doc_date d;

	if (v && formats_parse_date(v, strlen(v), &d) && (!c->date.rank || rank < c->date.rank)) {
		char s[16];
		snprintf(s, sizeof(s), "%04d-%02d-%02d", d.year, d.month, d.day);
		cand_set(&c->date, rank, xstrdup(s));
	}
}

static bool is_url(const char *v)
{
	return strncasecmp(v, "http:", 5) == 0 || strncasecmp(v, "https:", 6) == 0 || v[0] == '/';
}

static void read_meta(struct ctx *c, const xmlNode *n)
{
	static const char *const published[] = {"article:published_time",
						"og:article:published_time", "published_time",
						"og:published_time", NULL};
	static const char *const dates[] = {
		"date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
		"dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
		"datepublished", "citation_publication_date", "citation_date", "article_date_original",
		NULL};
	static const char *const authors[] = {"author", "article:author", "byl", "sailthru.author",
					      "parsely-author", "dc.creator", "dcterms.creator",
					      "citation_author", NULL};
	const char *content = attr(n, "content");
	const char *key = attr(n, "property");

	if (!content)
		return;
	if (!key || !*key)
		key = attr(n, "name");
	if (!key || !*key)
		key = attr(n, "itemprop");
	if (!key)
		return;
	if (name_in(key, published))
		set_date(c, 1, content);
	else if (strcasecmp(key, "datePublished") == 0)
		set_date(c, 3, content);
	else if (name_in(key, dates))
		set_date(c, 4, content);
	else if (strcasecmp(key, "og:title") == 0)
		cand_set(&c->title, 2, folded(content, 2000));
	else if (strcasecmp(key, "twitter:title") == 0)
		cand_set(&c->title, 3, folded(content, 2000));
	else if (strcasecmp(key, "og:site_name") == 0)
		cand_set(&c->site, 1, folded(content, 400));
	else if (strcasecmp(key, "application-name") == 0)
		cand_set(&c->site, 3, folded(content, 400));
	else if (name_in(key, authors) && !is_url(content))
		cand_set(&c->byline, 1, folded(content, 400));
}

static char *json_name(json_t *v)
{
	if (json_is_string(v))
		return folded(json_string_value(v), 400);
	if (json_is_array(v) && json_array_size(v) > 0)
		return json_name(json_array_get(v, 0));
	if (json_is_object(v) && json_is_string(json_object_get(v, "name")))
		return folded(json_string_value(json_object_get(v, "name")), 400);
	return NULL;
}

/* JSON-LD: datePublished, headline, author and publisher, the outermost found first. */
static void read_json_ld(struct ctx *c, const char *s, size_t n)
{
	json_t *root = json_loadb(s, n, 0, NULL), **queue = NULL;
	size_t head = 0, tail = 0, cap = 0;

	if (!root)
		return;
	queue = xgrow(queue, &cap, 1, sizeof(*queue));
	queue[tail++] = root;
	while (head < tail && head < 10000) {
		json_t *v = queue[head++], *x;
		const char *k;
		size_t i;
		if (json_is_object(v)) {
			json_t *dp = json_object_get(v, "datePublished");
			if (json_is_string(dp))
				set_date(c, 2, json_string_value(dp));
			x = json_object_get(v, "headline");
			if (json_is_string(x))
				cand_set(&c->title, 4, folded(json_string_value(x), 2000));
			x = json_object_get(v, "author");
			if (x)
				cand_set(&c->byline, 2, json_name(x));
			x = json_object_get(v, "publisher");
			if (json_is_object(x))
				cand_set(&c->site, 2, json_name(x));
			json_object_foreach(v, k, x) {
				if (json_is_object(x) || json_is_array(x)) {
					queue = xgrow(queue, &cap, tail + 1, sizeof(*queue));
					queue[tail++] = x;
				}
			}
		} else if (json_is_array(v)) {
			json_array_foreach(v, i, x) {
				if (json_is_object(x) || json_is_array(x)) {
					queue = xgrow(queue, &cap, tail + 1, sizeof(*queue));
					queue[tail++] = x;
				}
			}
		}
	}
	free(queue);
	json_decref(root);
}

/* ---- the first pass: figures, metadata, candidates ---- */

static bool hidden(const xmlNode *n)
{
	const char *v;

	if (attr(n, "hidden"))
		return true;
	v = attr(n, "aria-hidden");
	if (v && strcasecmp(v, "true") == 0)
		return true;
	v = attr(n, "style");
	if (v) {
		size_t l = strlen(v);
		for (size_t i = 0; i + 12 <= l && i < 1024; i++)
			if (strncasecmp(v + i, "display", 7) == 0) {
				size_t k = i + 7;
				while (k < l && (v[k] == ' ' || v[k] == ':'))
					k++;
				if (strncasecmp(v + k, "none", 4) == 0)
					return true;
			}
	}
	return false;
}

static size_t nonspace(const char *s)
{
	size_t k = 0;

	for (; *s; s++)
		if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r' && *s != '\f')
			k++;
	return k;
}

static const char *child_text(const xmlNode *n)
{
	for (const xmlNode *ch = n->children; ch; ch = ch->next)
		if ((ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) && ch->content)
			return (const char *)ch->content;
	return NULL;
}

/* Classifies an element on entry; returns false when its children are not to be visited. */
static bool enter(struct ctx *c, xmlNode *n, bool in_head)
{
	struct info *in;
	const char *v;
	bool byline = false;

	c->info = xgrow(c->info, &c->capinfo, c->ninfo + 1, sizeof(*c->info));
	in = &c->info[c->ninfo++];
	memset(in, 0, sizeof(*in));
	n->_private = (void *)(uintptr_t)c->ninfo;
	in->tag = tag_of(n);
	switch (in->tag) {
	case T_META:
		read_meta(c, n);
		return false;
	case T_TITLE:
		if (!c->page_title)
			c->page_title = folded(child_text(n), 2000);
		return false;
	case T_SCRIPT:
		v = attr(n, "type");
		if (v && strcasecmp(v, "application/ld+json") == 0 && child_text(n))
			read_json_ld(c, child_text(n), strlen(child_text(n)));
		in->drop = true;
		return false;
	case T_BODY:
		if (!c->body)
			c->body = n;
		break;
	default:
		break;
	}
	if (in_head)
		return in->tag == T_HEAD || in->tag == T_INLINE;
	if (in->tag == T_DROP || hidden(n)) {
		in->drop = true;
		return false;
	}
	v = attr(n, "role");
	if (v) {
		static const char *const gone[] = {"navigation", "complementary", "search", "menu",
						   "menubar", "dialog", "alertdialog", "alert",
						   "toolbar", NULL};
		if (name_in(v, gone)) {
			in->drop = true;
			return false;
		}
		if (strcasecmp(v, "banner") == 0 || strcasecmp(v, "contentinfo") == 0)
			in->banner = true;
		if (strcasecmp(v, "main") == 0 && in->tag != T_ARTICLE)
			in->tag = T_MAIN;
	}
	v = attr(n, "itemprop");
	if (v && strcasecmp(v, "articleBody") == 0)
		in->tag = T_ARTICLE;
	if (v && strcasecmp(v, "datePublished") == 0)
		set_date(c, 3, attr(n, "datetime") ? attr(n, "datetime") : attr(n, "content"));
	if (v && strcasecmp(v, "author") == 0 && !c->byline_node)
		c->byline_node = n;
	if (in->tag != T_ARTICLE && in->tag != T_MAIN && in->tag != T_BODY && in->tag != T_HTML) {
		if ((v = attr(n, "class")) && boiler_value(v, &byline))
			in->boiler = true;
		if ((v = attr(n, "id")) && boiler_value(v, &byline))
			in->boiler = true;
		if (byline && !c->byline_node)
			c->byline_node = n;
	}
	if (in->tag == T_A && !c->rel_author && (v = attr(n, "rel")) && strcasecmp(v, "author") == 0)
		c->rel_author = n;
	if (in->tag == T_TIME && !c->first_time && attr(n, "datetime"))
		c->first_time = n;
	if (in->tag == T_H1 && c->nh1 < sizeof(c->h1s) / sizeof(*c->h1s))
		c->h1s[c->nh1++] = n;
	return true;
}

/* Adds an element's figures to its parent once its children are done. */
static void leave(struct ctx *c, xmlNode *n)
{
	struct info *in = info_of(c, n), *up = info_of(c, n->parent);

	if (!in)
		return;
	if (in->tag == T_A)
		in->link = in->text;
	if (in->tag == T_P || in->tag == T_PRE || in->tag == T_DIV || in->tag == T_TD ||
	    in->tag == T_QUOTE || in->tag == T_ARTICLE || in->tag == T_MAIN)
		in->ptext += in->own;
	if (in->tag == T_ARTICLE && !in->drop &&
	    (!c->best_article || in->ptext > info_of(c, c->best_article)->ptext))
		c->best_article = n;
	if (in->tag == T_MAIN && !in->drop &&
	    (!c->best_main || in->ptext > info_of(c, c->best_main)->ptext))
		c->best_main = n;
	if (!up || in->drop)
		return;
	up->text += in->text;
	up->link += in->link;
	up->ptext += in->ptext;
	if (in->tag == T_INLINE || in->tag == T_TIME)
		up->own += in->own;
}

static void scan(struct ctx *c, xmlNode *root)
{
	xmlNode *n = root;
	size_t head_depth = 0;

	while (n) {
		bool down = false;
		if (n->type == XML_ELEMENT_NODE) {
			down = enter(c, n, head_depth > 0);
			if (down && info_of(c, n)->tag == T_HEAD)
				head_depth++;
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
			   n->content && head_depth == 0) {
			struct info *up = info_of(c, n->parent);
			if (up) {
				size_t k = nonspace((const char *)n->content);
				up->text += k;
				up->own += k;
			}
		}
		if (down && n->children) {
			n = n->children;
			continue;
		}
		while (n) {
			if (n->type == XML_ELEMENT_NODE) {
				leave(c, n);
				if (head_depth && info_of(c, n)->tag == T_HEAD)
					head_depth--;
			}
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

/* ---- choosing the article ---- */

static size_t score(const struct info *in)
{
	return in->ptext ? in->ptext : (in->text > in->link ? in->text - in->link : 0);
}

/* The smallest block that holds most of the page's paragraph text. */
static xmlNode *densest(const struct ctx *c, xmlNode *from)
{
	xmlNode *cur = from;

	for (;;) {
		size_t total = score(info_of(c, cur));
		xmlNode *best = NULL;
		size_t bs = 0;
		for (xmlNode *ch = cur->children; ch; ch = ch->next) {
			const struct info *in = info_of(c, ch);
			if (!in || in->drop)
				continue;
			if (score(in) > bs) {
				bs = score(in);
				best = ch;
			}
		}
		if (!best || bs * 4 < total * 3)
			return cur;
		cur = best;
	}
}

static xmlNode *choose_root(const struct ctx *c, xmlNode *top)
{
	xmlNode *page = c->body ? c->body : top;
	size_t all = score(info_of(c, page));

	if (c->best_article && score(info_of(c, c->best_article)) * 10 >= all * 3 &&
	    score(info_of(c, c->best_article)) > 0)
		return c->best_article;
	if (c->best_main && score(info_of(c, c->best_main)) * 10 >= all * 3 &&
	    score(info_of(c, c->best_main)) > 0)
		return c->best_main;
	return densest(c, page);
}

static bool contains(const xmlNode *outer, const xmlNode *n)
{
	for (; n; n = n->parent)
		if (n == outer)
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

/* Is this element inside the text? Page furniture goes: boilerplate by name (unless it holds
 * most of the article, as a wrapper named "story js-share" may), blocks made mostly of links,
 * and page headers and footers outside an <article> or <main>. */
static bool keep(const struct info *in, const struct info *root, size_t article_depth)
{
	if (in->drop || in->tag == T_HEAD)
		return false;
	if (in->boiler && !(root->ptext && in->ptext * 2 >= root->ptext))
		return false;
	if ((in->tag == T_HEADER || in->tag == T_FOOTER || in->banner) && article_depth == 0)
		return false;
	if (is_block(in->tag) && in->text && in->link * 2 > in->text)
		return false;
	return true;
}

/* Emits the text of the subtree at root; records the first <time datetime> when asked. */
static void emit(struct ctx *c, xmlNode *root, struct formats_emitter *em, bool note_time)
{
	const struct info *ri = info_of(c, root);
	xmlNode *n = root;
	size_t pre = 0, article_depth = 0;

	while (n) {
		bool down = false;
		if (n->type == XML_ELEMENT_NODE) {
			const struct info *in = info_of(c, n);
			if (in && (n == root || keep(in, ri, article_depth))) {
				down = true;
				if (in->tag == T_ARTICLE || in->tag == T_MAIN)
					article_depth++;
				if (is_heading(in->tag))
					formats_emit_heading(em, true);
				else if (is_block(in->tag))
					formats_emit_break(em, EMIT_PARAGRAPH);
				else if (in->tag == T_BR)
					formats_emit_break(em, em->pending >= EMIT_LINE
								       ? EMIT_PARAGRAPH
								       : EMIT_LINE);
				else if (in->tag == T_TD)
					formats_emit_break(em, EMIT_SPACE);
				if (in->tag == T_PRE)
					pre++;
				if (in->tag == T_TIME && note_time && !c->root_time &&
				    attr(n, "datetime"))
					c->root_time = xstrdup(attr(n, "datetime"));
			}
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
			   n->content) {
			formats_emit_text(em, (const char *)n->content, strlen((const char *)n->content),
					  pre > 0);
		}
		if (down && n->children) {
			n = n->children;
			continue;
		}
		/* Leave n, and every ancestor whose last child it was: those were all kept. */
		bool kept = down;
		while (n) {
			const struct info *in = info_of(c, n);
			if (in && kept) {
				if ((in->tag == T_ARTICLE || in->tag == T_MAIN) && article_depth)
					article_depth--;
				if (is_heading(in->tag))
					formats_emit_heading(em, false);
				else if (is_block(in->tag))
					formats_emit_break(em, EMIT_PARAGRAPH);
				if (in->tag == T_PRE && pre)
					pre--;
			}
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			kept = true;
		}
	}
}

static char *node_text(struct ctx *c, xmlNode *n)
{
	struct extracted tmp;
	struct formats_emitter em;

	if (!n)
		return NULL;
	memset(&tmp, 0, sizeof(tmp));
	buf_init(&tmp.text);
	formats_emit_init(&em, &tmp);
	emit(c, n, &em, false);
	char *r = tmp.text.len ? buf_detach(&tmp.text, NULL) : NULL;
	extracted_free(&tmp);
	return r;
}

/* ---- titles ---- */

static size_t words(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			w++;
	return w;
}

/* Cuts a site name off a page title: " | Site", " - Site", "Site | " and the like. */
static void strip_site(char *t, const char *site)
{
	static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
					   " \xC2\xB7 ", " :: ", " \xE2\x80\xA2 ", " \xC2\xBB ",
					   " / "};
	size_t n = strlen(t);

	for (size_t i = 0; site && *site && i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]), nl = strlen(site);
		if (n > sl + nl && strcasecmp(t + n - nl, site) == 0 &&
		    memcmp(t + n - nl - sl, seps[i], sl) == 0) {
			t[n - nl - sl] = '\0';
			return;
		}
		if (n > sl + nl && strncasecmp(t, site, nl) == 0 && memcmp(t + nl, seps[i], sl) == 0) {
			memmove(t, t + nl + sl, n - nl - sl + 1);
			return;
		}
	}
	/* No known site name: a short last part after a strong separator is one. */
	for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]);
		char *last = NULL;
		for (char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i]))
			last = p;
		if (!last)
			continue;
		size_t head = (size_t)(last - t), tail = n - head - sl;
		size_t hw = words(t, head), tw = words(last + sl, tail);
		bool dash = seps[i][1] == '-' || seps[i][1] == '/';
		unsigned char first = (unsigned char)last[sl];
		if (dash ? (tw <= 3 && hw >= 4 && ((first >= 'A' && first <= 'Z') || first >= 0x80))
			 : (tw <= 4 && hw >= 3)) {
			*last = '\0';
			return;
		}
	}
}

/* ---- the converter ---- */

int formats_html(const char *bytes, size_t len, struct extracted *out)
{
	struct ctx c;
	char encbuf[64];
	const char *enc;
	htmlParserCtxtPtr pc;
	htmlDocPtr doc;
	xmlNode *top, *root, *h1 = NULL;
	struct formats_emitter em;
	bool h1_inside = false;

	if (len > INT_MAX || !plausible(bytes, len))
		return -1;
	enc = page_encoding(bytes, len, encbuf, sizeof(encbuf));
	pc = htmlNewParserCtxt();
	if (!pc)
		return -1;
	/* No XML_PARSE_HUGE: libxml2 then caps nesting (256 levels) and text node sizes, which is
	 * what hostile pages need; real articles stay far below both. */
	doc = htmlCtxtReadMemory(pc, bytes, (int)len, NULL, enc,
				 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					 HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
					 HTML_PARSE_COMPACT);
	htmlFreeParserCtxt(pc);
	if (!doc)
		return -1;
	top = xmlDocGetRootElement(doc);
	if (!top) {
		xmlFreeDoc(doc);
		return -1;
	}
	memset(&c, 0, sizeof(c));
	scan(&c, top);
	root = choose_root(&c, top);

	/* The headline: an <h1> in the article, else the page's own titles. */
	for (size_t i = 0; i < c.nh1 && !h1; i++)
		if (contains(root, c.h1s[i]) && keep(info_of(&c, c.h1s[i]), info_of(&c, root), 1)) {
			h1 = c.h1s[i];
			h1_inside = true;
		}
	if (h1)
		cand_set(&c.title, 1, node_text(&c, h1));
	cand_set(&c.title, 5, c.page_title);
	c.page_title = NULL;
	if (!h1_inside && c.title.value)
		strip_site(c.title.value, c.site.value);
	if (!h1_inside) {
		/* An <h1> above the article is the headline when the page's title agrees. */
		for (size_t i = 0; i < c.nh1 && !h1; i++) {
			char *t = node_text(&c, c.h1s[i]);
			if (t && (!c.title.value || strstr(c.title.value, t)))
				h1 = c.h1s[i];
			free(t);
		}
	}

	formats_emit_init(&em, out);
	if (h1 && !h1_inside) {
		char *t = node_text(&c, h1);
		formats_emit_heading(&em, true);
		if (t)
			formats_emit_text(&em, t, strlen(t), true);
		formats_emit_heading(&em, false);
		free(c.title.value);
		c.title.value = t;
		c.title.rank = 1;
	}
	emit(&c, root, &em, true);
	formats_emit_finish(&em);

	/* Dates: metadata first, then a <time> in the article, then anywhere on the page. */
	set_date(&c, 5, c.root_time);
	if (c.first_time)
		set_date(&c, 6, attr(c.first_time, "datetime"));
	if (c.date.value)
		formats_parse_date(c.date.value, strlen(c.date.value), &out->date);
	if (!c.byline.rank && c.rel_author)
		cand_set(&c.byline, 3, node_text(&c, c.rel_author));
	if (!c.byline.rank && c.byline_node) {
		char *b = node_text(&c, c.byline_node);
		if (b && strlen(b) > 200) {
			free(b);
			b = NULL;
		}
		if (b && strncasecmp(b, "by ", 3) == 0)
			memmove(b, b + 3, strlen(b + 3) + 1);
		cand_set(&c.byline, 4, b);
	}
	out->title = c.title.value;
	out->byline = c.byline.value;
	out->site = c.site.value;
	free(c.date.value);
	free(c.root_time);
	free(c.info);
	xmlFreeDoc(doc);
	return 0;
}
