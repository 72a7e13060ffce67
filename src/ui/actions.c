/* actions: the default keymap and the names and help texts of the action list. */
#include "actions.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistr.h>

struct binding {
	int key;
	const char *name;
	enum ui_action action;
};

/* The default keymap, in the order the help lists a key's names; an entry without a name works
 * but is not listed (the digits are listed once, as "0-9"). */
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
	{'%', "%", ACT_PERCENT},
	{'0', "0-9", ACT_DIGIT},
	{'1', NULL, ACT_DIGIT},
	{'2', NULL, ACT_DIGIT},
	{'3', NULL, ACT_DIGIT},
	{'4', NULL, ACT_DIGIT},
	{'5', NULL, ACT_DIGIT},
	{'6', NULL, ACT_DIGIT},
	{'7', NULL, ACT_DIGIT},
	{'8', NULL, ACT_DIGIT},
	{'9', NULL, ACT_DIGIT},
	{'\t', "Tab", ACT_NEXT_PANE},
	{UI_KEY_BTAB, "Shift-Tab", ACT_PREV_PANE},
	{UI_KEY_LEFT, "Left", ACT_LEAVE},
	{UI_KEY_BACKSPACE, "Backspace", ACT_LEAVE},
	{UI_KEY_ENTER, "Enter", ACT_OPEN},
	{']', "]", ACT_NEXT_EVENT},
	{'[', "[", ACT_PREV_EVENT},
	{'}', "}", ACT_NEXT_CLAIM},
	{'{', "{", ACT_PREV_CLAIM},
	{'s', "s", ACT_SPEAKER_FILTER},
	{'S', "S", ACT_SPEAKER_GROUP},
	{'t', "t", ACT_TIMELINE_AXIS},
	{UI_CTRL('o'), "Ctrl-O", ACT_JUMP_BACK},
	{UI_CTRL('n'), "Ctrl-N", ACT_JUMP_FORWARD},
	{'\'', "''", ACT_JUMP_SWAP},
	{'/', "/", ACT_SEARCH},
	{'n', "n", ACT_SEARCH_NEXT},
	{'N', "N", ACT_SEARCH_PREV},
	{'a', "a", ACT_ANNOTATE},
	{'E', "E", ACT_EDIT_NOTE},
	{'D', "D", ACT_DELETE_NOTE},
	{'e', "e", ACT_EXPORT},
	{'r', "r", ACT_RELOAD},
	{':', ":", ACT_COMMAND},
	{'?', "?", ACT_HELP},
	{'h', "h", ACT_HELP},
	{UI_KEY_F1, "F1", ACT_HELP},
	{UI_KEY_ESC, "Esc", ACT_CLOSE},
	{UI_CTRL('l'), "Ctrl-L", ACT_REDRAW},
	{'q', "q", ACT_QUIT},
	{UI_CTRL('c'), "Ctrl-C", ACT_QUIT},
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

void actions_key_name(int key, char *out, size_t n)
{
	const char *alt = "";

	if (!n)
		return;
	if (key >= UI_KEY_ALT) {
		alt = "Alt-";
		key -= UI_KEY_ALT;
	}
	for (size_t i = 0; i < sizeof(keymap) / sizeof(keymap[0]); i++)
		if (keymap[i].key == key && keymap[i].name && key > ' ' && key != '\'') {
			snprintf(out, n, "%s%s", alt, keymap[i].name);
			return;
		}
	if (key >= UI_KEY_BASE)
		snprintf(out, n, "%sa special key", alt);
	else if (key == 0x7F)
		snprintf(out, n, "%sDel", alt);
	else if (key < 0x20)
		snprintf(out, n, "%sCtrl-%c", alt, key + '@');
	else if (key == ' ')
		snprintf(out, n, "%sSpace", alt);
	else {
		uint8_t u[8] = {0};
		int k = u8_uctomb(u, (ucs4_t)key, 4);
		snprintf(out, n, "%s%s", alt, k > 0 ? (const char *)u : "?");
	}
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
		if (keymap[i].action != a || !keymap[i].name)
			continue;
		int k = snprintf(out + len, n - len, "%s%s", len ? ", " : "", keymap[i].name);
		if (k < 0 || (size_t)k >= n - len)
			break;
		len += (size_t)k;
	}
}
