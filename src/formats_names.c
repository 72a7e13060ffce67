/* formats_names: what a web page's tags and attributes say of an element: the tags the
 * extractor knows, the furniture and content words of class and id values, hidden content, and
 * the flags and weight an element kept from the parse gets from them. */
#include "formats_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct tag_name tags[] = {
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
	{"ol", T_LIST, -3, TN_ORDERED},
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

const struct tag_name *formats_tag_of(const char *name)
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

unsigned formats_name_kinds(const char *v)
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
	uint64_t h64 = text_hash(s, strlen(s));
	uint32_t h = (uint32_t)(h64 ^ (h64 >> 32));

	return h ? h : 1;
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

bool formats_hidden(const struct html_attrs *a, unsigned kc)
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
	return (kc & NAME_HIDE) && has_class(a->cls, reader_only);
}
/* Words of class and id values that name an advertisement slot ("ad-slot", "ads", "dfp-ad"). */
/* Words of a class or id that names a date or time line ("buzz_datetime", "entry-date"). */
static const char *const date_words[] = {"date",    "datetime",  "dateline",
					 "pubdate", "timestamp", "published",
					 "posted",  "time",      NULL};

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

void formats_judge(struct html_el *e, const struct html_attrs *a, unsigned kc)
{
	static const char *const share[] = {"share", "sharedaddy", "sharing", NULL};
	static const char *const furniture_roles[] = {"banner", "contentinfo", NULL};
	static const char *const layout_roles[] = {"presentation", "none", NULL};
	/* An id made from a sentence ("sharing-with-a-single-developer") anchors a heading: its
	 * words name what the section is about, not what kind of block it is. */
	unsigned ki = a->id && !sentence_slug(a->id) ? formats_name_kinds(a->id) : 0;
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
	if ((a->cls && has_word(a->cls, date_words)) || (a->id && has_word(a->id, date_words)))
		e->flags |= EL_DATELINE;
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
