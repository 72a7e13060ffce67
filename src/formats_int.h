/* formats_int: what the converters (formats_html.c, formats_md.c) share inside the formats
 * module: the text emitter, page metadata with its trust ranks, the charset rules, the HTML page
 * model (formats_page.c parses a page into it, formats_names.c says what tags and attributes
 * mean, formats_article.c chooses the article from it), and the page furniture rules. */
#ifndef DATELINE_FORMATS_INT_H
#define DATELINE_FORMATS_INT_H

#include "dateline/formats.h"

#include <stdint.h>

/* ---- the emitter (formats_emit.c) ---- */

/* Builds an extracted text: folds white space, separates blocks by one blank line and records
 * the spans of headings and block quotations. Borrows `out` for its lifetime. */
struct formats_emitter {
	struct extracted *out;
	int pending; /* separator owed before the next character: EMIT_* */
	int heading; /* depth of open headings */
	bool heading_started;
	size_t heading_start;
	size_t capheadings;
	int quote; /* depth of open block quotations */
	bool quote_started;
	size_t quote_start;
	size_t capquotes;
	bool item_pending; /* a list item is open and has no text yet */
	uint32_t item_number;
	size_t capitems;
};

enum {
	EMIT_NONE,
	EMIT_SPACE,
	EMIT_CELL, /* " · " between two cells of a table row, which no reading runs across */
	EMIT_LINE,
	EMIT_PARAGRAPH
};

void formats_emit_init(struct formats_emitter *em, struct extracted *out);
/* Appends text; runs of white space (and no-break spaces) fold to one space, or to line breaks
 * when `keep_lines` (preformatted text). Invalid UTF-8 is replaced. */
void formats_emit_text(struct formats_emitter *em, const char *s, size_t n, bool keep_lines);
/* Asks for a separator (EMIT_SPACE, EMIT_CELL, EMIT_LINE or EMIT_PARAGRAPH) before the next
 * text. */
void formats_emit_break(struct formats_emitter *em, int level);
/* Opens a list item (number: its number in a numbered list, 0 for a bullet) or closes one
 * (number < 0): the text after the opening starts the item's paragraph. */
void formats_emit_item(struct formats_emitter *em, long number);
/* Opens or closes a heading block (nested headings count once). */
void formats_emit_heading(struct formats_emitter *em, bool open);
/* Opens or closes a block quotation (nested ones count once): the words someone else wrote,
 * which the claims do not give to the writer. */
void formats_emit_quote(struct formats_emitter *em, bool open);
/* Closes the last block; the text then ends with one newline unless it is empty. */
void formats_emit_finish(struct formats_emitter *em);
/* HTML's white space: space, tab, LF, FF and CR (a vertical tab is no space in HTML). */
static inline bool formats_is_html_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* A copy of s[0..n) with white space folded and trimmed, or NULL when nothing is left. The
 * caller frees the result with free(). */
char *formats_fold(const char *s, size_t n);

/* ---- metadata (formats_meta.c) ---- */

/* A metadata value and how far it is trusted: a lower rank is better; 0 means not set. */
struct meta_cand {
	char *value; /* owned; NULL when not set */
	int rank;
};

/* What a page says of itself. Zero it before use; free it with formats_meta_free(). */
struct formats_meta {
	struct meta_cand title, byline, site;
	struct meta_cand alt_title; /* an article's JSON-LD name when its headline differs */
	struct meta_cand published, modified; /* the timestamp as written, checked to be a date */
	struct meta_cand ld_published;        /* an article's JSON-LD datePublished, likewise */
	char *modified_all[4];                /* every modification time given (the first four) */
};

/* Keeps the date in a page address's path (/2015/03/18/, /2015-03-18, a slug's -20190520/) as
 * the publication date at the lowest rank (7, below the page's <time> elements). */
void formats_meta_url_date(struct formats_meta *c, const char *url);
/* Takes `value` (or frees it) and keeps it when it is not empty and ranks better than what c
 * holds. */
void formats_meta_set(struct meta_cand *c, int rank, char *value);
/* A copy of s with white space folded and trimmed; NULL for NULL, an empty value or one longer
 * than max bytes. The caller frees the result. */
char *formats_meta_fold(const char *s, size_t max);
/* Keeps the date that v (at most 200 bytes read) writes as the publication (or, when `modified`,
 * the modification) time, when it is a plausible date (formats_date_plausible) and ranks
 * better. */
void formats_meta_date(struct formats_meta *m, int rank, const char *v, bool modified);
/* True for a date an article can carry: not before 1900 and not after 2100 (placeholders such as
 * 0001-01-01 and far-future dates are not publication dates). */
bool formats_date_plausible(const struct date *d);
/* Cuts the writer's job off the end of a byline in place: "Ben Silverman Games Editor" -> "Ben
 * Silverman", "Ann Lee, Staff Writer" -> "Ann Lee"; a job word, the desk or rank words before it,
 * and a separator, when a name of two words or more is left. */
void formats_byline_untitle(char *by);
/* Reads one <meta> tag: key is its property, name or itemprop (NULL when none), content its
 * content attribute (NULL when none); by_name when the key came from name= (a property= key of
 * the same kind is trusted more). */
void formats_meta_tag(struct formats_meta *m, const char *key, const char *content, bool by_name);
/* Reads a JSON-LD script's text s[0..n): datePublished, headline, author and publisher, the
 * outermost first (at most 10,000 nodes visited). */
void formats_meta_json_ld(struct formats_meta *m, const char *s, size_t n);
/* Cuts a site name off a page title in place: " | Site", " - Site", "Site | " and the like; when
 * `guess`, a short last part after a strong separator is taken as a site name when site is NULL
 * or not found. Returns what was cut (the caller frees it), or NULL. */
char *formats_strip_site(char *title, const char *site, bool guess);
/* How much of heading h (its words' letters) the title t holds: 0.0 to 1.0. */
double formats_title_overlap(const char *t, const char *h);
/* True when v equals (case-insensitive) one of the NULL-terminated names. */
bool formats_name_in(const char *v, const char *const *names);
/* Frees the values and zeroes m. */
void formats_meta_free(struct formats_meta *m);

/* ---- charset (formats_charset.c) ---- */

/* The encoding to decode a page with: a byte order mark; then the declaration in the first 16 KiB
 * (Latin-1 and ASCII read as windows-1252, GB2312 and GBK as GB18030), unless the bytes
 * contradict it (valid UTF-8 with characters beyond ASCII is UTF-8 whatever is declared; a page
 * declared UTF-8 whose bytes beyond ASCII are mostly not UTF-8 is windows-1252); then UTF-8 when
 * the bytes are valid UTF-8, else windows-1252. The result is a static name or buf (cap bytes,
 * lowercased declaration). */
const char *formats_page_encoding(const char *b, size_t n, char *buf, size_t cap);
/* False for bytes that no web page holds: NUL (outside UTF-16) or over 1% control characters. */
bool formats_page_plausible(const char *b, size_t n);

/* ---- the HTML page model (formats_page.c builds it, formats_article.c reads it) ---- */

/* What the extractor needs to know of a tag. */
enum tag {
	T_INLINE, /* anything not listed: its text flows into the surrounding block */
	T_A,
	T_ARTICLE,
	T_BLOCK, /* a block that holds no paragraph text of its own (dl, tbody, hr...) */
	T_BODY,
	T_BR,
	T_CODE,
	T_DIV,   /* a block whose own text counts as paragraph text (div, section, center) */
	T_DROP,  /* never part of the text: script, style, media, nav, aside... */
	T_EMBED, /* iframe, object, embed: dropped, counted */
	T_FOOTER,
	T_FORM, /* form, fieldset: a container, cleaned out unless it holds the article */
	T_H1,
	T_H2,
	T_HEADING,
	T_HEAD,
	T_HEADER,
	T_HTML,
	T_IMG,   /* img, picture: dropped, counted */
	T_INPUT, /* input, select, textarea, button: dropped, counted */
	T_LI,
	T_LIST,
	T_MAIN,
	T_MATH,      /* MathML: kept as text */
	T_MATH_ITEM, /* mi, mn, mo...: one item of a formula, set off by spaces */
	T_META,
	T_P,
	T_PRE,
	T_QUOTE,
	T_SCRIPT,
	T_TABLE,
	T_TD,
	T_TH,
	T_TIME,
	T_TITLE,
	T_TR,
};

/* What an element's attributes and place say of it. */
enum {
	EL_UNLIKELY = 1 << 0,     /* class or id names furniture (menus, comments, sidebars...) */
	EL_BYLINE = 1 << 1,       /* class, id, rel or itemprop names the author or byline */
	EL_BANNER = 1 << 2,       /* role=banner or contentinfo */
	EL_SHARE = 1 << 3,        /* class or id names share buttons */
	EL_IN_CODE = 1 << 4,      /* inside <pre> or <code>: names there are not furniture */
	EL_BODY_TEXT = 1 << 5,    /* itemprop=articleBody or the like */
	EL_DATA_TABLE = 1 << 6,   /* a table of data (headers, caption): never cleaned out */
	EL_PRESENTATION = 1 << 7, /* role=presentation or none: a layout table */
	EL_DATELINE = 1 << 8,     /* class or id names a date or time line */
	EL_CAPTION = 1 << 9,      /* class or id names a caption or credit */
	EL_SECTION = 1 << 10,     /* a <section>: scored as a paragraph of its parent too */
	EL_IN_TABLE = 1 << 11,    /* inside a table: names of layout cells are not furniture */
	EL_AD = 1 << 12,          /* class, id or label names an advertisement slot */
	EL_ANCHOR = 1 << 13,      /* a link within the page ("#top", "javascript:") */
	EL_ORDERED = 1 << 14,     /* a list whose items are numbered (<ol>) */
};

/* An element kept from the parse; dropped elements (scripts, hidden, media...) are not. */
struct html_el {
	size_t parent;                /* index + 1; 0 for none */
	size_t start, end;            /* its start and end events */
	char *datetime;               /* of a <time>, or NULL */
	uint32_t chars;               /* characters of text inside (white space runs count one) */
	uint32_t cls;                 /* a hash of the class attribute, 0 without one */
	uint16_t flags;               /* EL_* */
	uint8_t tag;                  /* enum tag */
	int8_t base;                  /* the tag's own score as a candidate block */
	int8_t weight;                /* what class and id say: -50 (furniture) to 50 (content) */
	uint8_t nimg, nembed, ninput; /* dropped media and inputs directly inside (saturate) */
};

enum ev_kind {
	EV_START,
	EV_END,
	EV_TEXT
};

/* The document in order: element starts and ends, and text (a span of the text store). */
struct html_ev {
	enum ev_kind kind;
	uint32_t chars, commas; /* of a text: characters (white space runs count one) and commas */
	size_t a, b;            /* element index; or text offset and length */
};

/* A parsed page: elements in document order with their events and text. */
struct html_page {
	struct html_el *els;
	size_t nels, capels;
	struct html_ev *evs;
	size_t nevs, capevs;
	struct buf store;  /* the text of text events */
	size_t body;       /* index + 1 of <body>; 0 when none */
	const char *title; /* the title chosen so far (may be NULL): headings that repeat it go */
};

/* A parsed page: the model, and what the parse learnt of the page besides it. */
struct html_parse {
	struct html_page page;
	struct formats_meta meta; /* <meta> tags, JSON-LD, itemprop dates */
	char *page_title;         /* the <title>, folded; NULL when none */
	size_t h1s[8];            /* the first <h1> elements: index + 1 */
	size_t nh1;
	size_t rel_author; /* the first link with rel=author: index + 1; 0 when none */
	size_t first_time; /* the first <time datetime>: index + 1; 0 when none */
};

/* Parses the page bytes[0..len) (len at most INT_MAX) with libxml2's HTML parser into *p, which
 * it overwrites: the encoding from formats_page_encoding(), script, style and svg bodies and
 * comments skipped unread, dropped and hidden subtrees left out of the model. Linear in the
 * page. The caller frees *p with formats_page_free(). */
void formats_page_parse(const char *bytes, size_t len, struct html_parse *p);
/* Frees what p holds (not p itself). */
void formats_page_free(struct html_parse *p);

/* ---- what tags and attributes say (formats_names.c) ---- */

/* What a few tags are besides their kind. */
enum {
	TN_SECTION = 1, /* <section> */
	TN_DATA = 2,    /* thead, tfoot, caption, col, colgroup: the table holds data */
	TN_ORDERED = 4, /* <ol>: its items are numbered */
};

/* A tag the extractor knows. */
struct tag_name {
	const char *name;
	uint8_t tag;   /* enum tag */
	int8_t base;   /* the tag's own score as a candidate block */
	uint8_t flags; /* TN_* */
};

/* The attributes the extractor reads, NULL when absent ("" for one without a value). */
struct html_attrs {
	const char *cls, *id, *role, *style, *itemprop, *datetime, *content, *property, *name, *rel,
		*type, *hidden, *aria_hidden, *aria_label, *href;
};

/* The tag called name (lowercase, as the parser reports it), or NULL for one the extractor
 * does not know (its text flows as T_INLINE). Static. */
const struct tag_name *formats_tag_of(const char *name);
/* What the words of a class or id value (its first 255 bytes, any case) name: a set of kinds,
 * 0 for none, that formats_hidden() and formats_judge() read. */
unsigned formats_name_kinds(const char *v);
/* Content that is not shown: the hidden attribute, aria-hidden, display:none,
 * visibility:hidden, and the classes that keep text for screen readers only. kc is
 * formats_name_kinds() of a->cls (0 without one). */
bool formats_hidden(const struct html_attrs *a, unsigned kc);
/* Sets the flags and weight that the attributes a (with kc as for formats_hidden) give the
 * element e, a kept element whose tag is set and whose flags already say where it stands
 * (EL_IN_CODE, EL_IN_TABLE). */
void formats_judge(struct html_el *e, const struct html_attrs *a, unsigned kc);

/* The article as formats_article_choose() found it: the blocks to emit, in order, and what to
 * leave out inside them. */
struct html_article {
	size_t *roots; /* element indices, in document order, none inside another */
	size_t nroots;
	uint8_t *drop; /* per element: nonzero when it and its subtree are left out */
	size_t chars;  /* characters of text kept */
};

/* Chooses the article of a page: paragraphs are scored into the blocks that hold them, the best
 * block (with the siblings that belong to it) is the article, and furniture inside it (link
 * lists, share bars, forms, teaser grids, bylines, footers) is left out; when that keeps less than
 * a short article, looser rules are tried and the longest result wins. Linear in the events. The
 * caller frees *a with formats_article_free(). */
void formats_article_choose(const struct html_page *p, struct html_article *a);
void formats_article_free(struct html_article *a);
/* Leaves out (in a->drop) each pull quote of the article: a short block (at most 300
 * characters, no block inside) in a <blockquote> whose words, folded (case, punctuation and
 * quotation marks aside), the article says outside its quotation blocks. At most 64
 * blocks are looked for (linear). */
void formats_drop_repeats(const struct html_page *p, struct html_article *a);
/* A heading: h1 to h6. */
static inline bool formats_tag_heading(int t)
{
	return t == T_H1 || t == T_H2 || t == T_HEADING;
}

/* A block the text breaks around (not a heading, a cell or a line break). */
static inline bool formats_tag_block(int t)
{
	return t == T_P || t == T_DIV || t == T_BLOCK || t == T_LI || t == T_LIST || t == T_PRE ||
	       t == T_QUOTE || t == T_TABLE || t == T_TR || t == T_ARTICLE || t == T_MAIN ||
	       t == T_HEADER || t == T_FOOTER || t == T_BODY || t == T_HTML || t == T_FORM;
}

/* Counts the characters of s[0..n) as a reader does (a run of white space counts one, a CJK
 * character two: it says as much as a word's letters) and its commas (",", "，", "、"). */
void formats_count_text(const char *s, size_t n, uint32_t *chars, uint32_t *commas);
/* Appends the folded text of element i's subtree to b, at most max bytes (then stops at a
 * character boundary). Elements that drop marks (may be NULL) are left out. */
void formats_page_text(const struct html_page *p, size_t i, const uint8_t *drop, struct buf *b,
		       size_t max);

/* ---- page furniture (formats_furniture.c) ---- */

/* What a short block of a page is when it is not article text. */
enum furniture {
	FURN_NONE,
	FURN_BYLINE, /* "By Ann Lee", "Ann Lee, Reuters", "文/记者 李明" */
	FURN_TIME,   /* "November 8, 2025 6:12 AM UTC Updated 2 hours ago", "Published 3 min ago" */
	FURN_SHARE,  /* "Share this article", "Facebook Twitter Email" */
	FURN_READ_MORE, /* "Also read: ...", "Read more", "Related: ..." */
	FURN_CREDIT, /* a caption's credit or a gallery's counter: "Photo: AP", "(Reuters/Jane Doe)",
		      * "Image credit: Getty Images", "1 / 5" */
	FURN_COPYRIGHT, /* "© 2025 Reuters", "All rights reserved" */
	FURN_STANDARDS, /* "Our Standards: The Thomson Reuters Trust Principles." */
	FURN_AD,        /* "Advertisement", "Loading...", "Skip advertisement" */
};

/* Classifies the folded text s[0..n) of a short block (at most a few hundred bytes; longer text
 * is FURN_NONE). */
enum furniture formats_furniture(const char *s, size_t n);
/* Can a block whose text starts with s[0..n) (its first word is enough) be furniture longer than
 * 120 bytes? False lets the caller skip building the whole text: longer furniture is told by
 * its opening words. */
bool formats_furniture_may_start(const char *s, size_t n);

#endif
