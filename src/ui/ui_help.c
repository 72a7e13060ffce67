/* ui_help: the help screen and docs/keys.md, both made from the action list, the command table,
 * the keys of the note editor and the prompts, the mouse and a legend of the colours and marks;
 * the screen wraps at any width and scrolls with the motion keys. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

static const char *const editor_help[][2] = {
	{"Enter", "save the note (in a prompt: accept)"},
	{"Esc, Ctrl-C",
	 "leave the editor, asking first when the note has unsaved text (in a prompt: "
	 "cancel)"},
	{"Ctrl-J", "start a new line"},
	{"Ctrl-X", "edit the note in $VISUAL or $EDITOR; back here, Enter saves it"},
	{"Left, Right", "move the cursor"},
	{"Home, End", "go to the start or end of the line"},
	{"Backspace, Delete", "delete before or under the cursor"},
	{"Ctrl-W, Ctrl-U", "delete the word or the line before the cursor"},
	{"Up, Down", "in the search and command prompts: earlier or later lines typed there"},
	{"Tab", "in the command prompt: complete a command's name"},
};

static const char *const mouse_help[][2] = {
	{"Wheel", "scrolls the pane under the pointer"},
	{"Click", "selects an item of a list; a second click (on a wide screen, the first) shows "
		  "it in the article; a click on a tab opens it"},
};

/* What the article's colours and marks mean: a sample drawn in the style, and in words. */
static const struct {
	const char *sample;
	uint16_t style;
	const char *text;
} legend[] = {
	{"Nov 7", ST_DATE, "a date (cyan; underlined without colour)"},
	{"\"we are ready\"", ST_CLAIM, "what a claim says (green; dim without colour)"},
	{"* noted", ST_NOTE,
	 "a passage with a note (magenta, underlined; italic without colour), * in the margin"},
	{"▌ shown", ST_CURRENT,
	 "the event, claim or note shown (yellow; bold without colour), ▌ in the margin"},
	{"match", ST_MATCH, "a search match (magenta; reverse without colour)"},
	{"this match", ST_MATCH_CUR, "the current match (yellow; reverse and bold)"},
	{"^[", ST_CONTROL, "a control character of the article, drawn, never sent (red)"},
	{" Timeline ", ST_HEADER | ST_FOCUS,
	 "the title of the pane with the focus (reverse); the others are underlined"},
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* One row of the help: keys (or a sample) and what they do, or a heading. */
struct help_row {
	const char *keys, *text;
	uint16_t key_style;
	bool heading;
};

/* The rows of the help; command names are written into names (kept until freed). */
static size_t help_rows(struct help_row **out, struct buf *names)
{
	size_t n = 0, cap = 0, at[16];
	struct help_row *rows = NULL;
	char keys[128];

#define ROW(...)                                                                                   \
	do {                                                                                       \
		rows = xgrow(rows, &cap, n + 1, sizeof(*rows));                                    \
		rows[n++] = (struct help_row){__VA_ARGS__};                                        \
	} while (0)
	/* The keys' names are kept in names first: their addresses are fixed once it is full. */
	buf_clear(names);
	for (size_t i = 0; i < ui_command_count && i < COUNT_OF(at); i++) {
		at[i] = names->len;
		buf_printf(names, ":%s%s%s", ui_commands[i].name, *ui_commands[i].args ? " " : "",
			   ui_commands[i].args);
		buf_putc(names, '\0');
	}
	size_t key_at = names->len;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		buf_puts(names, keys);
		buf_putc(names, '\0');
	}
	const char *k = names->data + key_at;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++, k += strlen(k) + 1)
		ROW(k, actions_help((enum ui_action)a), ST_LABEL, false);
	ROW("", "", 0, false);
	ROW("", "Commands (type : first; a command may be cut short: :q, :d 2025-11-08)", 0, true);
	for (size_t i = 0; i < ui_command_count && i < COUNT_OF(at); i++)
		ROW(names->data + at[i], ui_commands[i].help, ST_LABEL, false);
	ROW("", "", 0, false);
	ROW("", "In the note editor and the prompts", 0, true);
	for (size_t i = 0; i < COUNT_OF(editor_help); i++)
		ROW(editor_help[i][0], editor_help[i][1], ST_LABEL, false);
	ROW("", "", 0, false);
	ROW("", "The mouse", 0, true);
	for (size_t i = 0; i < COUNT_OF(mouse_help); i++)
		ROW(mouse_help[i][0], mouse_help[i][1], ST_LABEL, false);
	ROW("", "", 0, false);
	ROW("", "Colours and marks in the article", 0, true);
	for (size_t i = 0; i < COUNT_OF(legend); i++)
		ROW(legend[i].sample, legend[i].text, legend[i].style, false);
#undef ROW
	*out = rows;
	return n;
}

/* A line of the help screen: parts of a row's keys and text. */
struct help_line {
	const char *keys, *text;
	size_t nkeys, ntext;
	uint16_t key_style, text_style;
};

/* The help laid out at cols columns: the keys in a column beside their text, both wrapped (on
 * a narrow screen the text goes under its keys). The caller frees *lines. */
static size_t help_lines(int cols, const struct help_row *rows, size_t nrows,
			 struct help_line **lines, int *kw)
{
	size_t n = 0, cap = 0;
	struct help_line *l = NULL;
	bool stacked = cols < 30;
	int keyw = cols >= 66 ? 22 : stacked ? cols - 2 : cols / 3;
	int textw = stacked ? cols - 4 : cols - keyw - 2;

	*kw = keyw;
	for (size_t i = 0; i < nrows; i++) {
		const struct help_row *r = &rows[i];
		size_t *ks, *ts, nk = 0, nt;
		const char *text = r->text;
		uint16_t tst = r->heading ? ST_TITLE : 0;
		if (r->heading) {
			nt = wrap_lines(text, 0, strlen(text), cols - 2, WRAP_WORDS, &ts);
			ks = NULL;
		} else {
			nk = wrap_lines(r->keys, 0, strlen(r->keys), keyw - 1, WRAP_WORDS, &ks);
			nt = wrap_lines(text, 0, strlen(text), textw, WRAP_WORDS, &ts);
		}
		size_t h = stacked ? nk + nt : (nk > nt ? nk : nt);
		for (size_t j = 0; j < h; j++) {
			struct help_line hl = {"", "", 0, 0, r->key_style, tst};
			size_t kj = j, tj = stacked ? j - nk : j;
			if (kj < nk && (!stacked || j < nk)) {
				size_t e = kj + 1 < nk ? ks[kj + 1] : strlen(r->keys);
				hl.keys = r->keys + ks[kj];
				hl.nkeys = e - ks[kj];
			}
			if ((!stacked || j >= nk) && tj < nt) {
				size_t e = tj + 1 < nt ? ts[tj + 1] : strlen(text);
				hl.text = text + ts[tj];
				hl.ntext = e - ts[tj];
			}
			while (hl.nkeys && (hl.keys[hl.nkeys - 1] == ' '))
				hl.nkeys--;
			while (hl.ntext &&
			       (hl.text[hl.ntext - 1] == ' ' || hl.text[hl.ntext - 1] == '\n'))
				hl.ntext--;
			l = xgrow(l, &cap, n + 1, sizeof(*l));
			l[n++] = hl;
		}
		if (!h) {
			l = xgrow(l, &cap, n + 1, sizeof(*l));
			l[n++] = (struct help_line){"", "", 0, 0, 0, 0};
		}
		free(ks);
		free(ts);
	}
	*lines = l;
	return n;
}

/* The lines of the help at the reader's width, and how many fit on a screen. */
static size_t help_count(const struct reader *r, int *page)
{
	struct buf names = BUF_INIT;
	struct help_row *rows;
	struct help_line *lines;
	int kw;
	size_t nrows = help_rows(&rows, &names), n = help_lines(r->cols, rows, nrows, &lines, &kw);

	free(rows);
	free(lines);
	buf_free(&names);
	*page = r->rows - 2 > 1 ? r->rows - 2 : 1;
	return n;
}

void help_key(struct reader *r, int key)
{
	int page;
	int total = (int)help_count(r, &page), last = total - page > 0 ? total - page : 0;

	switch (actions_for_key(key == '\n' ? UI_KEY_ENTER : key)) {
	case ACT_DOWN:
		r->help_top++;
		break;
	case ACT_UP:
		r->help_top--;
		break;
	case ACT_PAGE_DOWN:
		r->help_top += page;
		break;
	case ACT_PAGE_UP:
		r->help_top -= page;
		break;
	case ACT_HALF_DOWN:
		r->help_top += (page + 1) / 2;
		break;
	case ACT_HALF_UP:
		r->help_top -= (page + 1) / 2;
		break;
	case ACT_TOP:
		r->help_top = 0;
		break;
	case ACT_BOTTOM:
		r->help_top = last;
		break;
	case ACT_CLOSE:
	case ACT_QUIT:
	case ACT_HELP:
	case ACT_OPEN:
	case ACT_LEAVE:
		r->mode = MODE_NORMAL;
		break;
	default:
		break;
	}
	if (r->help_top > last)
		r->help_top = last;
	if (r->help_top < 0)
		r->help_top = 0;
}

void help_draw(struct reader *r, struct grid *g)
{
	struct buf names = BUF_INIT;
	struct help_row *rows;
	struct help_line *lines;
	int kw, page = g->rows - 2 > 1 ? g->rows - 2 : 1;
	size_t nrows = help_rows(&rows, &names), n = help_lines(g->cols, rows, nrows, &lines, &kw);
	bool stacked = g->cols < 30;

	if (r->help_top > (int)n - page)
		r->help_top = (int)n - page > 0 ? (int)n - page : 0;
	grid_fill(g, 0, 0, g->cols, ST_HEADER | ST_FOCUS);
	grid_put_str(g, 0, 1, g->cols - 1, "dateline keys   (q closes; j k Space b g G scroll)",
		     ST_HEADER | ST_FOCUS);
	for (int y = 1; y < g->rows - 1; y++) {
		size_t i = (size_t)r->help_top + (size_t)(y - 1);
		if (i >= n)
			break;
		const struct help_line *l = &lines[i];
		grid_put_text(g, y, 1, kw - 1, l->keys, l->nkeys, l->key_style);
		int tx = stacked ? 3 : kw + 1;
		if (l->text_style & ST_TITLE)
			tx = 1;
		grid_put_text(g, y, tx, g->cols - tx, l->text, l->ntext, l->text_style);
	}
	char where[64];
	snprintf(where, sizeof(where), "Help · %d%% · q closes",
		 n > (size_t)page ? (int)((size_t)(r->help_top + page) * 100 / n) : 100);
	grid_fill(g, g->rows - 1, 0, g->cols, ST_STATUS);
	grid_put_str(g, g->rows - 1, 1, g->cols - 1, where, ST_STATUS);
	free(rows);
	free(lines);
	buf_free(&names);
}

/* Markdown table cells: | escaped. */
static void md_cell(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			buf_putc(b, '\\');
		buf_putc(b, *s);
	}
}

void reader_keys_md(struct buf *b)
{
	char keys[128];

	buf_puts(b,
		 "# dateline keys\n\n"
		 "Generated from the reader's action list (`dateline --keys-md`); do not edit.\n\n"
		 "| Keys | Action | What it does |\n| --- | --- | --- |\n");
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		buf_puts(b, "| ");
		md_cell(b, keys);
		buf_printf(b, " | `%s` | ", actions_name((enum ui_action)a));
		md_cell(b, actions_help((enum ui_action)a));
		buf_puts(b, " |\n");
	}
	buf_puts(b, "\n## Commands\n\nType `:` and a command (or any short form of its name: `:q`, "
		    "`:d 2025-11-08`); Tab completes the name, Up and Down recall earlier ones.\n\n"
		    "| Command | What it does |\n| --- | --- |\n");
	for (size_t i = 0; i < ui_command_count; i++) {
		buf_printf(b, "| `:%s%s", ui_commands[i].name, *ui_commands[i].args ? " " : "");
		md_cell(b, ui_commands[i].args);
		buf_puts(b, "` | ");
		md_cell(b, ui_commands[i].help);
		buf_puts(b, " |\n");
	}
	buf_puts(b, "\n## In the note editor and prompts\n\n"
		    "| Keys | What they do |\n| --- | --- |\n");
	for (size_t i = 0; i < COUNT_OF(editor_help); i++)
		buf_printf(b, "| %s | %s |\n", editor_help[i][0], editor_help[i][1]);
	buf_puts(b, "\n## The mouse\n\n| Mouse | What it does |\n| --- | --- |\n");
	for (size_t i = 0; i < COUNT_OF(mouse_help); i++)
		buf_printf(b, "| %s | %s |\n", mouse_help[i][0], mouse_help[i][1]);
	buf_puts(b,
		 "\n## Colours and marks\n\n| In the article | What it means |\n| --- | --- |\n");
	for (size_t i = 0; i < COUNT_OF(legend); i++) {
		buf_puts(b, "| ");
		md_cell(b, legend[i].sample);
		buf_puts(b, " | ");
		md_cell(b, legend[i].text);
		buf_puts(b, " |\n");
	}
}
