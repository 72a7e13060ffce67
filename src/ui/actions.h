/* actions: the one list of every user action of the reader, which gives the action enum, the
 * keymap's names, the help screen and docs/keys.md. */
#ifndef DATELINE_UI_ACTIONS_H
#define DATELINE_UI_ACTIONS_H

#include <stddef.h>

/* ACTION(NAME, "name", "What it does"), in the order the help screen lists them. */
#define UI_ACTIONS(ACTION)                                                                         \
	ACTION(DOWN, "down", "Scroll down a line, or select the next item in a list")              \
	ACTION(UP, "up", "Scroll up a line, or select the previous item in a list")                \
	ACTION(PAGE_DOWN, "page-down", "Scroll down a page")                                       \
	ACTION(PAGE_UP, "page-up", "Scroll up a page")                                             \
	ACTION(HALF_DOWN, "half-page-down", "Scroll down half a page")                             \
	ACTION(HALF_UP, "half-page-up", "Scroll up half a page")                                   \
	ACTION(TOP, "top", "Go to the top (with a number N before it: paragraph or item N)")       \
	ACTION(BOTTOM, "bottom",                                                                   \
	       "Go to the bottom (with a number N before it: paragraph or item N)")                \
	ACTION(PERCENT, "percent", "With a number N before it, go N% of the way (50%)")            \
	ACTION(DIGIT, "count", "A number before a key repeats it (5j, 3]) or says where to go")    \
	ACTION(NEXT_PANE, "next-pane", "Move the focus to the next pane")                          \
	ACTION(PREV_PANE, "previous-pane", "Move the focus to the previous pane")                  \
	ACTION(LEAVE, "back-to-article",                                                           \
	       "Leave a list for the article (on a narrow screen, its tab)")                       \
	ACTION(OPEN, "open", "Show the selected item in the article")                              \
	ACTION(NEXT_EVENT, "next-event", "Jump to the next event in the timeline")                 \
	ACTION(PREV_EVENT, "previous-event", "Jump to the previous event in the timeline")         \
	ACTION(NEXT_CLAIM, "next-claim", "Jump to the next claim")                                 \
	ACTION(PREV_CLAIM, "previous-claim", "Jump to the previous claim")                         \
	ACTION(SPEAKER_FILTER, "filter-speaker",                                                   \
	       "List only the selected claim's speaker's claims; again all")                       \
	ACTION(SPEAKER_GROUP, "group-speakers",                                                    \
	       "Group the claims by speaker, with counts; again in order")                         \
	ACTION(TIMELINE_AXIS, "timeline-axis",                                                     \
	       "Show the timeline to scale on an axis; again as a list")                           \
	ACTION(JUMP_BACK, "jump-back",                                                             \
	       "Go back to the place before a jump (] [ } { Enter n N g G %)")                     \
	ACTION(JUMP_FORWARD, "jump-forward", "Go forward again after jump-back")                   \
	ACTION(JUMP_SWAP, "last-place",                                                            \
	       "Go to the place before the last jump; again to come back")                         \
	ACTION(SEARCH, "search",                                                                   \
	       "Search the article (smart case and accents; ' finds ’, - finds –)")                \
	ACTION(SEARCH_NEXT, "search-next", "Go to the next match (also after Esc)")                \
	ACTION(SEARCH_PREV, "search-previous", "Go to the previous match")                         \
	ACTION(ANNOTATE, "annotate", "Write a note on the current item")                           \
	ACTION(EDIT_NOTE, "edit-note", "Edit the selected note (notes pane)")                      \
	ACTION(DELETE_NOTE, "delete-note", "Delete the selected note, after a confirmation")       \
	ACTION(EXPORT, "export", "Export the notes, timeline and claims as Markdown")              \
	ACTION(RELOAD, "reload", "Load the article again (a web page is fetched again)")           \
	ACTION(COMMAND, "command", "Type a command: :date, :export, :help, :q")                    \
	ACTION(HELP, "help", "Show this help")                                                     \
	ACTION(CLOSE, "close", "Leave help or a tab; close a prompt; hide search or filter")       \
	ACTION(REDRAW, "redraw", "Redraw the screen")                                              \
	ACTION(QUIT, "quit", "Leave the help or a list tab, else quit")

enum ui_action {
	ACT_NONE,
#define UI_ACTION_ENUM(name, str, help) ACT_##name,
	UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
	ACT_COUNT
};

/* The key Ctrl together with a letter sends (UI_CTRL('c') is Ctrl-C, 3). */
#define UI_CTRL(c) ((c)&0x1f)

/* Keys beyond Unicode, as the reader sees them (the terminal layer translates curses keys). */
enum ui_key {
	UI_KEY_BASE = 0x110000,
	UI_KEY_UP,
	UI_KEY_DOWN,
	UI_KEY_LEFT,
	UI_KEY_RIGHT,
	UI_KEY_PGUP,
	UI_KEY_PGDN,
	UI_KEY_HOME,
	UI_KEY_END,
	UI_KEY_BTAB,
	UI_KEY_BACKSPACE,
	UI_KEY_DELETE,
	UI_KEY_ENTER,
	UI_KEY_ESC,
	UI_KEY_RESIZE,
	UI_KEY_F1,
};

/* Added to a key pressed with Alt (Meta): the terminal sends Esc and then the key. */
#define UI_KEY_ALT 0x400000

/* The action bound to a key in the normal (non-editing) mode, or ACT_NONE. */
enum ui_action actions_for_key(int key);
/* Writes the key for people ("j", "Ctrl-X", "Alt-b", "PgDn") into out (size n). */
void actions_key_name(int key, char *out, size_t n);
/* The action's name ("next-event") and help text. Static strings. */
const char *actions_name(enum ui_action a);
const char *actions_help(enum ui_action a);
/* The keys bound to the action, written for people ("j, Down"), into out (size n). */
void actions_keys(enum ui_action a, char *out, size_t n);

#endif
