/* actions: the default keymap and the names and help texts of the action list. */
#include "actions.h"

#include <stdio.h>
#include <string.h>

struct binding {
	int key;
	const char *name;
	enum ui_action action;
};

static const struct binding keymap[] = {
	{'j', "j", ACT_DOWN},
	{UI_KEY_DOWN, "Down", ACT_DOWN},
	{'k', "k", ACT_UP},
	{UI_KEY_UP, "Up", ACT_UP},
	{' ', "Space", ACT_PAGE_DOWN},
	{UI_KEY_PGDN, "PgDn", ACT_PAGE_DOWN},
	{UI_CTRL('f'), "Ctrl-F", ACT_PAGE_DOWN},
	{'b', "b", ACT_PAGE_UP},
	{UI_KEY_PGUP, "PgUp", ACT_PAGE_UP},
	{UI_CTRL('b'), "Ctrl-B", ACT_PAGE_UP},
	{'d', "d", ACT_HALF_DOWN},
	{UI_CTRL('d'), "Ctrl-D", ACT_HALF_DOWN},
	{'u', "u", ACT_HALF_UP},
	{UI_CTRL('u'), "Ctrl-U", ACT_HALF_UP},
	{'g', "g", ACT_TOP},
	{UI_KEY_HOME, "Home", ACT_TOP},
	{'G', "G", ACT_BOTTOM},
	{UI_KEY_END, "End", ACT_BOTTOM},
	{'\t', "Tab", ACT_NEXT_PANE},
	{UI_KEY_BTAB, "Shift-Tab", ACT_PREV_PANE},
	{UI_KEY_ENTER, "Enter", ACT_OPEN},
	{']', "]", ACT_NEXT_EVENT},
	{'[', "[", ACT_PREV_EVENT},
	{'}', "}", ACT_NEXT_CLAIM},
	{'{', "{", ACT_PREV_CLAIM},
	{'s', "s", ACT_SPEAKER_FILTER},
	{'S', "S", ACT_SPEAKER_GROUP},
	{'t', "t", ACT_TIMELINE_AXIS},
	{'/', "/", ACT_SEARCH},
	{'n', "n", ACT_SEARCH_NEXT},
	{'N', "N", ACT_SEARCH_PREV},
	{'a', "a", ACT_ANNOTATE},
	{'E', "E", ACT_EDIT_NOTE},
	{'D', "D", ACT_DELETE_NOTE},
	{'e', "e", ACT_EXPORT},
	{'r', "r", ACT_RELOAD},
	{'?', "?", ACT_HELP},
	{UI_KEY_ESC, "Esc", ACT_CLOSE},
	{UI_CTRL('l'), "Ctrl-L", ACT_REDRAW},
	{'q', "q", ACT_QUIT},
};

/* clang-format off */
static const char *const names[] = {
	"none",
#define UI_ACTION_NAME(name, str, help) str,
	UI_ACTIONS(UI_ACTION_NAME)
#undef UI_ACTION_NAME
};

static const char *const helps[] = {
	"",
#define UI_ACTION_HELP(name, str, help) help,
	UI_ACTIONS(UI_ACTION_HELP)
#undef UI_ACTION_HELP
};
/* clang-format on */

enum ui_action actions_for_key(int key)
{
	for (size_t i = 0; i < sizeof(keymap) / sizeof(keymap[0]); i++)
		if (keymap[i].key == key)
			return keymap[i].action;
	return ACT_NONE;
}

const char *actions_name(enum ui_action a)
{
	return a < ACT_COUNT ? names[a] : "none";
}

const char *actions_help(enum ui_action a)
{
	return a < ACT_COUNT ? helps[a] : "";
}

void actions_keys(enum ui_action a, char *out, size_t n)
{
	size_t len = 0;

	if (n)
		out[0] = '\0';
	for (size_t i = 0; i < sizeof(keymap) / sizeof(keymap[0]); i++) {
		if (keymap[i].action != a)
			continue;
		int k = snprintf(out + len, n - len, "%s%s", len ? ", " : "", keymap[i].name);
		if (k < 0 || (size_t)k >= n - len)
			break;
		len += (size_t)k;
	}
}
