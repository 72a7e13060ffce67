/* formats_md: the text and front matter of a Markdown document, parsed with cmark; headings,
 * paragraphs, list items and block quotes become paragraphs, inline markup its text. */
#include "formats_int.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool key_is(const char *k, size_t n, const char *const *names)
{
	for (; *names; names++)
		if (strlen(*names) == n && strncasecmp(k, *names, n) == 0)
			return true;
	return false;
}

/* A front matter value without white space around it or the quotes YAML allows. */
static char *value_dup(const char *s, size_t n)
{
	while (n && (s[0] == ' ' || s[0] == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	if (n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n - 1] == s[0])
		s++, n -= 2;
	if (n == 0)
		return NULL;
	return formats_fold(s, n);
}

/* Reads "key: value" lines between "---" and "---" (or "..."). Returns the offset where the
 * Markdown body starts: 0 when there is no front matter. */
static size_t read_front_matter(const char *s, size_t n, struct extracted *out)
{
	static const char *const title_keys[] = {"title", "headline", NULL};
	static const char *const date_keys[] = {
		"date",         "published",   "pubdate", "date_published",
		"published_at", "publishdate", NULL};
	static const char *const modified_keys[] = {"updated",       "modified",      "lastmod",
						    "last_modified", "date_modified", NULL};
	static const char *const byline_keys[] = {"author", "byline", "authors", NULL};
	static const char *const site_keys[] = {"site", "site_name", "source", "publisher", NULL};
	size_t i = 0;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (!(n - i >= 4 && memcmp(s + i, "---", 3) == 0 &&
	      (s[i + 3] == '\n' || (s[i + 3] == '\r' && i + 4 < n && s[i + 4] == '\n'))))
		return 0;
	i = (size_t)((const char *)memchr(s + i, '\n', n - i) - s) + 1;
	/* Find the closing line first: without one this is a thematic break, not front matter. */
	size_t end = 0, close_next = 0;
	for (size_t j = i; j < n;) {
		const char *nl = memchr(s + j, '\n', n - j);
		size_t e = nl ? (size_t)(nl - s) : n, le = e;
		if (le > j && s[le - 1] == '\r')
			le--;
		if (le - j == 3 && (memcmp(s + j, "---", 3) == 0 || memcmp(s + j, "...", 3) == 0)) {
			end = j;
			close_next = nl ? e + 1 : n;
			break;
		}
		j = nl ? e + 1 : n;
	}
	if (!close_next)
		return 0;
	while (i < end) {
		const char *nl = memchr(s + i, '\n', end - i);
		size_t e = nl ? (size_t)(nl - s) : end;
		const char *colon = memchr(s + i, ':', e - i);
		if (colon && s[i] != ' ' && s[i] != '\t' && s[i] != '#') {
			size_t k = (size_t)(colon - s);
			const char *v = colon + 1;
			size_t vn = e - k - 1;
			char **slot = NULL;
			if (key_is(s + i, k - i, title_keys))
				slot = &out->title;
			else if (key_is(s + i, k - i, byline_keys))
				slot = &out->byline;
			else if (key_is(s + i, k - i, site_keys))
				slot = &out->site;
			else if (key_is(s + i, k - i, date_keys) && !out->date.year) {
				char *d = value_dup(v, vn);
				char iso[48];
				if (d &&
				    formats_timestamp(d, strlen(d), iso, sizeof(iso), &out->date))
					out->published = xstrdup(iso);
				free(d);
			} else if (key_is(s + i, k - i, modified_keys) && !out->modified) {
				char *d = value_dup(v, vn);
				char iso[48];
				if (d && formats_timestamp(d, strlen(d), iso, sizeof(iso), NULL))
					out->modified = xstrdup(iso);
				free(d);
			}
			if (slot && !*slot)
				*slot = value_dup(v, vn);
		}
		i = e + 1;
	}
	return close_next;
}

static bool is_block(cmark_node_type t)
{
	return t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_ITEM || t == CMARK_NODE_LIST ||
	       t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_CODE_BLOCK ||
	       t == CMARK_NODE_THEMATIC_BREAK || t == CMARK_NODE_HTML_BLOCK;
}

#define LIST_DEPTH 16 /* lists inside lists numbered; deeper ones have bullets */

int formats_markdown(const char *bytes, size_t len, struct extracted *out)
{
	struct formats_emitter em;

	memset(out, 0, sizeof(*out));
	buf_init(&out->text);
	size_t body = read_front_matter(bytes, len, out);
	cmark_node *root = cmark_parse_document(bytes + body, len - body, CMARK_OPT_DEFAULT);
	cmark_iter *it;
	cmark_event_type ev;
	size_t first_h1 = (size_t)-1, lists = 0;
	bool seen_block = false;
	long next[LIST_DEPTH]; /* the next number of each open list (0: bullets) */
	if (!root)
		return -1;
	formats_emit_init(&em, out);
	it = cmark_iter_new(root);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(node);
		const char *lit;

		switch (t) {
		case CMARK_NODE_HEADING:
			if (ev == CMARK_EVENT_ENTER && !seen_block &&
			    cmark_node_get_heading_level(node) == 1)
				first_h1 = out->nheadings;
			seen_block = true;
			formats_emit_heading(&em, ev == CMARK_EVENT_ENTER);
			break;
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(node);
			if (lit)
				formats_emit_text(&em, lit, strlen(lit), false);
			break;
		case CMARK_NODE_SOFTBREAK:
			formats_emit_break(&em, EMIT_SPACE);
			break;
		case CMARK_NODE_LINEBREAK:
			formats_emit_break(&em, EMIT_LINE);
			break;
		case CMARK_NODE_LIST:
			if (ev == CMARK_EVENT_ENTER && lists++ < LIST_DEPTH)
				next[lists - 1] = cmark_node_get_list_type(node) ==
								  CMARK_ORDERED_LIST
							  ? cmark_node_get_list_start(node)
							  : 0;
			else if (ev == CMARK_EVENT_EXIT && lists)
				lists--;
			formats_emit_break(&em, EMIT_PARAGRAPH);
			break;
		case CMARK_NODE_ITEM:
			if (ev == CMARK_EVENT_ENTER)
				formats_emit_item(&em, lists && lists <= LIST_DEPTH &&
								       next[lists - 1] > 0
							       ? next[lists - 1]++
							       : 0);
			else
				formats_emit_item(&em, -1);
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			seen_block = true;
			formats_emit_quote(&em, ev == CMARK_EVENT_ENTER);
			break;
		case CMARK_NODE_IMAGE:
			/* The alt text of a picture is not the article's. */
			if (ev == CMARK_EVENT_ENTER)
				cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
			break;
		default:
			if (!is_block(t))
				break;
			if (t != CMARK_NODE_LIST && t != CMARK_NODE_ITEM)
				seen_block = true;
			formats_emit_break(&em, EMIT_PARAGRAPH);
			if (t == CMARK_NODE_CODE_BLOCK) {
				lit = cmark_node_get_literal(node);
				if (lit)
					formats_emit_text(&em, lit, strlen(lit), true);
				formats_emit_break(&em, EMIT_PARAGRAPH);
			}
			break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(root);
	formats_emit_finish(&em);
	if (!out->title && first_h1 < out->nheadings) {
		struct span h = out->headings[first_h1];
		out->title = xstrndup(out->text.data + h.start, h.end - h.start);
	}
	return 0;
}
