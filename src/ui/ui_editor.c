/* ui_editor: the line editor of the note editor and the prompts (search, export, commands): UTF-8
 * text with a cursor, its keys, the prompts' histories, and drawing it word-wrapped or on one
 * scrolled line. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "reader_int.h"

void editor_set(struct editor *e, const char *s, bool multiline)
{
	buf_clear(&e->text);
	buf_puts(&e->text, s);
	e->cursor = e->text.len;
	e->multiline = multiline;
}

/* The offset of the character before offset i. */
static size_t editor_prev(const struct editor *e, size_t i)
{
	while (i > 0 && ((unsigned char)e->text.data[--i] & 0xC0) == 0x80)
		;
	return i;
}

/* The offset of the character after offset i (at most the end). */
static size_t editor_next(const struct editor *e, size_t i)
{
	if (i >= e->text.len)
		return e->text.len;
	while (++i < e->text.len && ((unsigned char)e->text.data[i] & 0xC0) == 0x80)
		;
	return i;
}

/* Deletes bytes [a, b), keeping the cursor on the same text. */
static void editor_delete(struct editor *e, size_t a, size_t b)
{
	memmove(e->text.data + a, e->text.data + b, e->text.len - b + 1);
	e->text.len -= b - a;
	if (e->cursor > b)
		e->cursor -= b - a;
	else if (e->cursor > a)
		e->cursor = a;
}

/* Inserts n bytes at the cursor and moves the cursor after them. */
static void editor_insert(struct editor *e, const char *s, size_t n)
{
	size_t tail = e->text.len - e->cursor;

	buf_put(&e->text, s, n);
	memmove(e->text.data + e->cursor + n, e->text.data + e->cursor, tail);
	memcpy(e->text.data + e->cursor, s, n);
	e->cursor += n;
}

static bool is_word_byte(char c)
{
	return c != ' ' && c != '\n' && c != '\t';
}

enum editor_result editor_key(struct editor *e, int key)
{
	switch (key) {
	case UI_KEY_ENTER:
	case '\r':
		return EDITOR_ACCEPT;
	case UI_KEY_ESC:
	case UI_CTRL('c'):
		return EDITOR_CANCEL;
	case UI_KEY_LEFT:
	case UI_CTRL('b'):
		e->cursor = editor_prev(e, e->cursor);
		return EDITOR_EDITING;
	case UI_KEY_RIGHT:
	case UI_CTRL('f'):
		e->cursor = editor_next(e, e->cursor);
		return EDITOR_EDITING;
	case UI_KEY_HOME:
	case UI_CTRL('a'):
		while (e->cursor > 0 && e->text.data[e->cursor - 1] != '\n')
			e->cursor--;
		return EDITOR_EDITING;
	case UI_KEY_END:
	case UI_CTRL('e'):
		while (e->cursor < e->text.len && e->text.data[e->cursor] != '\n')
			e->cursor++;
		return EDITOR_EDITING;
	case UI_KEY_BACKSPACE:
	case 0x7F:
	case UI_CTRL('h'):
		if (e->cursor > 0)
			editor_delete(e, editor_prev(e, e->cursor), e->cursor);
		return EDITOR_EDITING;
	case UI_KEY_DELETE:
	case UI_CTRL('d'):
		if (e->cursor < e->text.len)
			editor_delete(e, e->cursor, editor_next(e, e->cursor));
		return EDITOR_EDITING;
	case UI_CTRL('w'): {
		size_t i = e->cursor;
		while (i > 0 && !is_word_byte(e->text.data[i - 1]))
			i--;
		while (i > 0 && is_word_byte(e->text.data[i - 1]))
			i--;
		editor_delete(e, i, e->cursor);
		return EDITOR_EDITING;
	}
	case UI_CTRL('u'): {
		size_t i = e->cursor;
		while (i > 0 && e->text.data[i - 1] != '\n')
			i--;
		editor_delete(e, i, e->cursor);
		return EDITOR_EDITING;
	}
	case '\n': /* Ctrl-J */
		if (e->multiline)
			editor_insert(e, "\n", 1);
		return EDITOR_EDITING;
	default:
		break;
	}
	if (key >= 0x20 && key < UI_KEY_BASE && key != 0x7F && !(key >= 0x80 && key < 0xA0) &&
	    !(key >= 0xD800 && key <= 0xDFFF)) {
		uint8_t u[4];
		int n = u8_uctomb(u, (ucs4_t)key, (int)sizeof(u));
		if (n > 0)
			editor_insert(e, (const char *)u, (size_t)n);
	}
	return EDITOR_EDITING;
}

void editor_draw(const struct editor *e, struct grid *g, int y, int x, int w, int h)
{
	char scratch[16];
	struct glyph gl;
	size_t *starts, n = wrap_lines(e->text.data, 0, e->text.len, w, WRAP_WORDS, &starts),
			cur = 0;

	while (cur + 1 < n && starts[cur + 1] <= e->cursor)
		cur++;
	size_t first = cur >= (size_t)h ? cur - (size_t)h + 1 : 0;
	for (size_t l = first; l < n && l < first + (size_t)h; l++) {
		size_t s = starts[l], end = l + 1 < n ? starts[l + 1] : e->text.len;
		int col = 0;
		for (size_t i = s; i < end; i += gl.len) {
			if (e->text.data[i] == '\n')
				break;
			glyph_at(e->text.data + i, end - i, &gl, scratch);
			col += grid_put_glyph(g, y + (int)(l - first), x + col, x + w, &gl, 0);
		}
	}
	int cc = reader_text_width(e->text.data + starts[cur], e->cursor - starts[cur]);
	g->cursor_row = y + (int)(cur - first);
	g->cursor_col = x + (cc < w ? cc : w - 1);
	free(starts);
}

void editor_draw_prompt(const struct editor *e, struct grid *g, const char *prompt)
{
	int y = g->rows - 1, pw = grid_put_str(g, y, 0, g->cols, prompt, ST_STATUS | ST_FOCUS);
	int w = g->cols - pw - 1;

	if (w < 1)
		return;
	/* Scroll horizontally so the cursor stays in view: drop glyphs from the left until what
	 * is before the cursor fits (measured once, then counted down: linear in the text). */
	size_t from = 0;
	int before = reader_text_width(e->text.data, e->cursor);
	while (before > w - 1 && from < e->cursor) {
		char scratch[16];
		struct glyph gl;
		glyph_at(e->text.data + from, e->text.len - from, &gl, scratch);
		before -= gl.width;
		from += gl.len;
	}
	grid_put_text(g, y, pw, w, e->text.data + from, e->text.len - from, ST_STATUS | ST_FOCUS);
	g->cursor_row = y;
	g->cursor_col = pw + reader_text_width(e->text.data + from, e->cursor - from);
}

/* ---- history ---- */

/* How many lines a prompt's history keeps. */
#define HISTORY_MAX 100

void history_add(struct history *h, const char *line)
{
	if (!*line)
		return;
	if (h->n && strcmp(h->items[h->n - 1], line) == 0) {
		h->pos = h->n;
		return;
	}
	if (h->n == HISTORY_MAX) {
		free(h->items[0]);
		memmove(h->items, h->items + 1, (h->n - 1) * sizeof(*h->items));
		h->n--;
	}
	if (!h->items)
		h->items = xcalloc(HISTORY_MAX, sizeof(*h->items));
	h->items[h->n++] = xstrdup(line);
	h->pos = h->n;
}

void history_start(struct history *h)
{
	h->pos = h->n;
	free(h->draft);
	h->draft = NULL;
}

bool history_step(struct history *h, struct editor *e, bool older)
{
	if (older ? h->pos == 0 : h->pos >= h->n)
		return false;
	if (h->pos == h->n) {
		free(h->draft);
		h->draft = xstrdup(e->text.data);
	}
	h->pos = older ? h->pos - 1 : h->pos + 1;
	editor_set(e, h->pos < h->n ? h->items[h->pos] : (h->draft ? h->draft : ""), e->multiline);
	return true;
}

void history_free(struct history *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->items[i]);
	free(h->items);
	free(h->draft);
	memset(h, 0, sizeof(*h));
}
