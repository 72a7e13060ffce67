/* ui_help: the help screen and docs/keys.md, both made from the action list, and the keys of
 * the note editor and the prompts. */
#include <string.h>

#include "reader_int.h"

/* The editor's lines of the help begin so; docs/keys.md lists them without it. */
#define EDITOR_HELP "In the note editor: "

static const char *const editor_help[][2] = {
	{"Enter", EDITOR_HELP "save the note (in a prompt: accept)"},
	{"Esc", EDITOR_HELP "discard the note (in a prompt: cancel)"},
	{"Ctrl-J", EDITOR_HELP "start a new line"},
	{"Left, Right", EDITOR_HELP "move the cursor"},
	{"Home, End", EDITOR_HELP "go to the start or end of the line"},
	{"Backspace, Delete", EDITOR_HELP "delete before or under the cursor"},
	{"Ctrl-W, Ctrl-U", EDITOR_HELP "delete the word or the line before the cursor"},
};

#define EDITOR_HELP_LINES (sizeof(editor_help) / sizeof(editor_help[0]))

void help_key(struct reader *r, int key)
{
	if (key == 'j' || key == UI_KEY_DOWN)
		r->help_top++;
	else if ((key == 'k' || key == UI_KEY_UP) && r->help_top > 0)
		r->help_top--;
	else if (key == ' ' || key == UI_KEY_PGDN)
		r->help_top += r->rows - 2;
	else if (key == 'b' || key == UI_KEY_PGUP)
		r->help_top = r->help_top > r->rows - 2 ? r->help_top - (r->rows - 2) : 0;
	else if (key == 'g' || key == UI_KEY_HOME)
		r->help_top = 0;
	else if (key == UI_KEY_ESC || key == 'q' || key == '?' || key == UI_KEY_ENTER)
		r->mode = MODE_NORMAL;
}

void help_draw(struct reader *r, struct grid *g)
{
	int y = 1, line = 0;
	char keys[128];

	grid_fill(g, 0, 0, g->cols, ST_HEADER | ST_FOCUS);
	grid_put_str(g, 0, 1, g->cols - 1, "dateline keys   (Esc closes, j/k scroll)",
		     ST_HEADER | ST_FOCUS);
	int kw = g->cols >= 60 ? 20 : g->cols / 3;
	/* The actions, a blank line, the editor's keys. */
	int total = (int)ACT_COUNT - 1 + 1 + (int)EDITOR_HELP_LINES;
	if (r->help_top > total - (g->rows - 2))
		r->help_top = total - (g->rows - 2) > 0 ? total - (g->rows - 2) : 0;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++, line++) {
		if (line < r->help_top || y >= g->rows - 1)
			continue;
		actions_keys((enum ui_action)a, keys, sizeof(keys));
		grid_put_clipped(g, y, 1, kw - 1, keys, strlen(keys), ST_LABEL);
		grid_put_clipped(g, y, kw + 1, g->cols - kw - 1, actions_help((enum ui_action)a),
				 strlen(actions_help((enum ui_action)a)), 0);
		y++;
	}
	if (line++ >= r->help_top && y < g->rows - 1)
		y++;
	for (size_t i = 0; i < EDITOR_HELP_LINES; i++, line++) {
		if (line < r->help_top || y >= g->rows - 1)
			continue;
		grid_put_clipped(g, y, 1, kw - 1, editor_help[i][0], strlen(editor_help[i][0]),
				 ST_LABEL);
		grid_put_clipped(g, y, kw + 1, g->cols - kw - 1, editor_help[i][1],
				 strlen(editor_help[i][1]), 0);
		y++;
	}
	grid_fill(g, g->rows - 1, 0, g->cols, ST_STATUS);
	grid_put_str(g, g->rows - 1, 1, g->cols - 1, "Help · Esc closes", ST_STATUS);
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
		buf_printf(b, "| %s | `%s` | %s |\n", keys, actions_name((enum ui_action)a),
			   actions_help((enum ui_action)a));
	}
	buf_puts(b, "\n## In the note editor and prompts\n\n"
		    "| Keys | What they do |\n| --- | --- |\n");
	for (size_t i = 0; i < EDITOR_HELP_LINES; i++)
		buf_printf(b, "| %s | %s |\n", editor_help[i][0],
			   editor_help[i][1] + strlen(EDITOR_HELP));
	buf_puts(b, "\nThe mouse wheel scrolls the pane under the pointer; a click selects.\n");
}
