/* reader_int: what the reader's own source files share (cells, the layout, the article's lines,
 * search, the line editor, the panes' table, jumps, commands, the anchor, help, notes, export);
 * the terminal layer and the tests use reader.h. */
#ifndef DATELINE_UI_READER_INT_H
#define DATELINE_UI_READER_INT_H

#include <stdarg.h>

#include "reader.h"

/* ---- ui_grid.c: glyphs and drawing text into the cell grid ---- */

/* What one character of the text becomes on screen. */
struct glyph {
	size_t len;       /* bytes consumed (at least 1) */
	const char *draw; /* bytes drawn: into the text, a static string or the caller's scratch */
	size_t drawlen;
	int width;    /* 0: attaches to the previous cell (combining) or is dropped */
	uint32_t cp;  /* the character (0 for a byte that is not UTF-8) */
	bool control; /* drawn as ^X or <U+XXXX>, a cell a byte */
	bool spelled; /* drawn as ASCII letters, a cell a byte (a control, or "..." for "…") */
	bool space;
};

/* Reads the character at s (n >= 1 bytes left) into g: a control character or bidi override
 * becomes visible ASCII, broken UTF-8 U+FFFD, a joiner or selector nothing (width 0, no bytes);
 * in a locale that is not UTF-8, typographic quotes, dashes and "…" are spelled in ASCII and
 * other characters drawn as "?". g->draw stays valid while s and scratch do. */
void glyph_at(const char *s, size_t n, struct glyph *g, char scratch[16]);
/* The ASCII spelling of the reader's own marks ("│" "|", "…" "...", "▌" ">"), for terminals
 * that lack them (8 colours or fewer, or a locale that is not UTF-8); NULL for other
 * characters. */
const char *glyph_ascii_mark(uint32_t cp);
/* glyph_at() for the character at t[i] (before e) of a text whose lines are wrapped: a line
 * break with the indent of the line after it is one space, as the line's words run on (an
 * item's lines carried on under its bullet). */
void glyph_run_on(const char *t, size_t i, size_t e, struct glyph *g, char scratch[16]);
/* Does t[s..i) end with a soft hyphen (U+00AD)? A line broken there shows it as a hyphen, so
 * that "long-" over "word" reads as one word split. */
bool after_soft_hyphen(const char *t, size_t s, size_t i);
/* Where wrap_lines() may end a line. */
enum wrap_mode {
	/* at newlines, else after the last space that fits (prompts, help) */
	WRAP_WORDS,
	/* where UAX #14 allows (after a space or a dash, between ideographs), not inside an
	 * abbreviation with stops ("a.m."), after a soft hyphen only where the hyphen it shows
	 * fits; a newline and the indent after it are one space (the article) */
	WRAP_TEXT,
};
/* Where the lines of t[s..e) start when it is wrapped at w columns as mode says (anywhere in a
 * word longer than a line); the first starts at s. Returns the count; the caller frees *starts
 * with free(). */
size_t wrap_lines(const char *t, size_t s, size_t e, int w, enum wrap_mode mode, size_t **starts);

/* Sizes g to rows x cols (a negative count as 0), blanks every cell, empties the text and hides
 * the cursor. The grid keeps its memory for the next frame; grid_free() frees it. */
void grid_setup(struct grid *g, int rows, int cols);
/* Blanks w cells of row y from column x, with style; what falls outside the grid is skipped. */
void grid_fill(struct grid *g, int y, int x, int w, uint16_t style);
/* Puts one glyph at (y, x) if it fits before column limit (and the grid's edge); a combining
 * glyph joins the cell before it. A glyph too wide for the room left blanks that room. Returns
 * the columns used. */
int grid_put_glyph(struct grid *g, int y, int x, int limit, const struct glyph *gl, uint16_t style);
/* Draws n bytes of text, made visible, at (y, x) within w columns; returns the columns used. */
int grid_put_text(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style);
/* grid_put_text() of a NUL-terminated string. */
int grid_put_str(struct grid *g, int y, int x, int w, const char *s, uint16_t style);
/* Like grid_put_text(), ending in "…" ("..." in ASCII) when the text does not fit in w columns. */
/* The bytes of s[0..n) to draw in w columns before a "…": the longest prefix that fits, or, when
 * that ends inside a word, the prefix up to the last whole word (spaces after it left out, and a
 * separator " · " or an ellipsis, a quote's join " … ", before the cut) if that fills at least half of w. */
size_t grid_clip_words(const char *s, size_t n, int w);
int grid_put_clipped(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t style);
/* Copies n cells of row sy of src from column sx to row y of g from column x (within g). */
void grid_copy(struct grid *g, int y, int x, const struct grid *src, int sy, int sx, int n);

/* ---- ui_article.c: the article pane: lines, the place, marks and drawing ---- */

/* Orders a before b (-1), the same (0) or after (1), as the lines follow on screen. */
int pos_cmp(struct line_pos a, struct line_pos b);
/* The screen line that holds byte offset off at the article's wrap width. */
struct line_pos pos_from_offset(struct reader *r, size_t off);
/* The rows of the article pane this frame (also while a list hides it in the narrow layout). */
int article_rows(const struct reader *r);
/* The last top line that still fills the pane. */
struct line_pos article_max_top(struct reader *r);
/* Puts pos (at most article_max_top()) at the top and records its byte offset as the place. */
void article_set_top(struct reader *r, struct line_pos pos);
/* The paragraph the reader is at: the top line's, or the place's when the end of the article
 * holds the view above it (after 12g, ¶12 though the screen's top line is in ¶9). */
size_t article_place_para(const struct reader *r);
/* Scrolls by n lines (down when positive), stopping at either end. */
void article_scroll(struct reader *r, long n);
/* Brings byte offset off into view; when it is off screen it lands a third of the way down. */
void article_reveal(struct reader *r, size_t off);
/* True when the line holding byte offset off is on screen. */
bool article_shows(struct reader *r, size_t off);
/* Draws the article's lines from the top line into its area, with their marks. */
void article_draw(struct reader *r, struct grid *g);

/* ---- ui_search.c: the search of the article ---- */

/* Opens the search prompt (the editor, emptied, in MODE_SEARCH). */
void search_prompt(struct reader *r);
/* Searches for q (smart case: lower case ignores case) and shows the first match from the top
 * line on; an empty q repeats the last search (search_step() forward). Keeps a copy of q. */
void search_start(struct reader *r, const char *q);
/* Shows the next (forward) or previous match, wrapping around with a note in the status line;
 * after a scroll it goes on from the screen, as less does. */
void search_step(struct reader *r, bool forward);
/* The index of the last match starting at or before pos (SIZE_MAX when none does); *hit tells
 * whether pos lies inside that match. */
size_t search_match_at(const struct reader *r, size_t pos, bool *hit);
/* Writes "match i/n" (with a + when the search stopped counting) into out, or "" with no
 * matches. */
void search_status(const struct reader *r, char *out, size_t n);

/* ---- ui_editor.c: the line editor of the note editor and the prompts ---- */

enum editor_result {
	EDITOR_EDITING, /* the key edited the text, moved the cursor, or was ignored */
	EDITOR_ACCEPT,  /* Enter */
	EDITOR_CANCEL,  /* Esc or Ctrl-C */
};

/* Sets the text to a copy of s with the cursor at its end; multiline lets Ctrl-J add lines. */
void editor_set(struct editor *e, const char *s, bool multiline);
/* Applies one key (a code point or a UI_KEY_*); keys it does not know (with Alt, function keys,
 * other control characters) are ignored. */
enum editor_result editor_key(struct editor *e, int key);
/* Draws the text word-wrapped in rows [y, y + h) from column x, w columns wide, scrolled so that
 * the cursor's line is in view; places the grid's cursor. */
void editor_draw(const struct editor *e, struct grid *g, int y, int x, int w, int h);
/* Draws prompt and the text on the grid's last row, scrolled sideways to keep the cursor in
 * view; places the grid's cursor. */
void editor_draw_prompt(const struct editor *e, struct grid *g, const char *prompt);

/* Adds a line entered at a prompt to h (an empty one or a repeat of the last is not added). */
void history_add(struct history *h, const char *line);
/* Starts a prompt: Up then recalls the last line. */
void history_start(struct history *h);
/* Up (older) or Down: puts the previous or next line (or, past the last, the line being typed)
 * into e. False when there is none further. */
bool history_step(struct history *h, struct editor *e, bool older);
/* Frees the lines; h is then empty. */
void history_free(struct history *h);

/* ---- ui_panes.c: the panes' table and the lists (timeline, claims, notes) ---- */

/* What differs between the panes, one entry per enum pane (as tig's views); p is the pane's
 * own index. The article lists no items (count 0), so the item operations, called only with
 * i < count, are NULL for it. */
struct pane_ops {
	const char *name; /* the pane's title and tab label */
	/* Draws the pane into its area. */
	void (*draw)(struct reader *r, struct grid *g, enum pane p);
	/* Scrolls the article, or moves a list's selection, by n lines (down when positive). */
	void (*scroll)(struct reader *r, enum pane p, long n);
	/* Goes to the top (or with bottom, the end). */
	void (*go_end)(struct reader *r, enum pane p, bool bottom);
	/* The lines a page key moves (at least 1). */
	long (*page)(const struct reader *r, enum pane p);
	/* The items listed. */
	size_t (*count)(const struct reader *r);
	/* Draws item i on row y from column x, w columns wide; sel is its selection style. */
	void (*draw_row)(const struct reader *r, struct grid *g, size_t i, int y, int x, int w,
			 uint16_t sel);
	/* Selects item i and shows it in the article (or says in the status line why not). */
	void (*open)(struct reader *r, size_t i);
	/* What an empty pane says. */
	const char *(*empty_text)(const struct reader *r);
	/* The passage of the article item i covers. */
	struct span (*extent)(const struct reader *r, size_t i);
	/* What a note written on an item anchors to (not for the notes pane: a edits the note). */
	enum note_target note_target;
	/* For the jump keys (] [ for events, } { for claims; NULL where there are none): the
	 * status when the list is empty while the analysis runs, when it is empty, and at either
	 * end of the list. */
	const char *jump_waiting, *jump_none, *jump_last, *jump_first;
	/* Optional, for a pane whose items do not take one line each (NULL: they do). Scrolls so
	 * that the selected item is in view. */
	void (*follow)(struct reader *r, enum pane p);
	/* Optional, as follow: the item on row `row` below the title line, or SIZE_MAX. */
	size_t (*item_at)(const struct reader *r, enum pane p, int row);
	/* Optional: words the title line adds after the count ("only Huang Renxun"), into out. */
	void (*header_note)(const struct reader *r, char *out, size_t n);
	/* Optional: the rows the pane would use beyond its title line and a line per item (a
	 * detail area, an axis's empty steps), for the layout to share the lists' column. */
	int (*extra_rows)(const struct reader *r);
};

extern const struct pane_ops pane_ops[PANE_COUNT];

/* The rows of list pane p's items (its area less the title line; at least 1). */
int pane_list_rows(const struct reader *r, enum pane p);
/* Scrolls list pane p so that its selected item is in view (the pane's own follow when it has
 * one; else items take one or two lines). */
void pane_follow(struct reader *r, enum pane p);
/* Opens item i (< the pane's count) of list pane p, which has an extent: selects it, scrolls it
 * into view, marks the pane visited and shows the item in the article as the current item. */
void pane_show_item(struct reader *r, enum pane p, size_t i);
/* pane_follow() of a list whose items take one line each. */
void pane_list_follow(struct reader *r, enum pane p);
/* Draws list pane p: its title line and one line per item. */
void pane_list_draw(struct reader *r, struct grid *g, enum pane p);
/* Draws the title line of pane p: its name, the selected item and the count, and the pane's
 * header_note. */
void pane_draw_header(const struct reader *r, struct grid *g, enum pane p);
/* The style of item i's row in pane p: selected (with the focus) or 0. */
uint16_t pane_row_style(const struct reader *r, enum pane p, size_t i);
/* Gives pane p the focus in the narrow layout, where one pane shows at a time (the wide layout
 * shows them all; nothing changes there). */
void pane_bring_forward(struct reader *r, enum pane p);
/* Moves list pane p's selection by delta items, stopping at either end. */
void pane_move(struct reader *r, enum pane p, long delta);
/* The next (forward) or previous item of pane p (timeline or claims) shown in the article:
 * the first or last one until one was shown. */
void pane_jump(struct reader *r, enum pane p, bool forward);
/* The tab line's labels and where each starts; x[PANE_COUNT] is where the last one ends. */
void pane_tab_labels(const struct reader *r, char labels[PANE_COUNT][32], int x[PANE_COUNT + 1]);
/* Draws the tab line of the narrow layout on row 0. */
void pane_draw_tabs(const struct reader *r, struct grid *g);

/* ---- ui_claims.c: the claims pane, its detail area and its view by speaker ---- */

/* The pane_ops of the claims pane; i is a row of the view (claims_row_claim() gives the claim). */
size_t claims_pane_count(const struct reader *r);
void claims_pane_draw(struct reader *r, struct grid *g, enum pane p);
void claims_pane_draw_row(const struct reader *r, struct grid *g, size_t i, int y, int x, int w,
			  uint16_t sel);
void claims_pane_open(struct reader *r, size_t i);
const char *claims_pane_empty(const struct reader *r);
struct span claims_pane_extent(const struct reader *r, size_t i);
long claims_pane_page(const struct reader *r, enum pane p);
void claims_pane_follow(struct reader *r, enum pane p);
size_t claims_pane_item_at(const struct reader *r, enum pane p, int row);
void claims_pane_header_note(const struct reader *r, char *out, size_t n);
int claims_pane_extra_rows(const struct reader *r);
/* True when claim c's cue has a letter or digit (a headline's "Name:" has a cue of ":"
 * alone, which says nothing beside the speaker). */
bool claims_cue_has_words(const struct reader *r, const struct claim *c);
/* The claim listed on row i of the claims pane (i below claims_pane_count()). */
size_t claims_row_claim(const struct reader *r, size_t i);
/* s: lists only the selected claim's speaker's claims, or, when it does, all of them again. */
void claims_filter_toggle(struct reader *r);
/* Lists all the claims again; false when they were all listed. */
bool claims_filter_clear(struct reader *r);
/* S: groups the claims by speaker (most claims first, each with a count), or lists them in text
 * order again. The selected claim stays selected. */
void claims_group_toggle(struct reader *r);
/* What the status line says while a filter is on ("only Huang Renxun: 9 of 20 claims"), or "". */
void claims_status(const struct reader *r, char *out, size_t n);
/* Forgets the view's indexes for new claims (the filter goes; the grouping stays). */
void claims_view_reset(struct reader *r);
/* Frees the view's indexes. */
void claims_view_free(struct reader *r);

/* ---- ui_axis.c: the timeline on a to-scale axis ---- */

/* The pane_ops of the timeline that differ while the axis shows (else they are the list's). */
void axis_pane_draw(struct reader *r, struct grid *g, enum pane p);
void axis_pane_follow(struct reader *r, enum pane p);
size_t axis_pane_item_at(const struct reader *r, enum pane p, int row);
void axis_pane_header_note(const struct reader *r, char *out, size_t n);
/* The timeline list's title note: what a "?" after a date means, when events lack a year (they
 * come last). */
void timeline_pane_header_note(const struct reader *r, char *out, size_t n);
int axis_pane_extra_rows(const struct reader *r);
/* t: shows the timeline on the axis, or as the list again; the selected event stays. */
void axis_toggle(struct reader *r);
/* Builds the axis for the current timeline and pane height unless it is built already. */
void axis_ensure(struct reader *r);
/* Forgets the axis built for another timeline (it is built again when shown). */
void axis_reset(struct reader *r);
/* Frees the axis. */
void axis_free(struct reader *r);

/* ---- ui_layout.c: where the panes go, and list rows over one or two lines ---- */

/* Places the panes for the reader's size, focus and lists (the lists' heights follow what they
 * hold, so it runs again when they change). */
void reader_layout(struct reader *r);
/* The pane at screen cell (y, x) (a title line belongs to its pane), or PANE_COUNT. */
enum pane reader_pane_at(const struct reader *r, int y, int x);
/* 1 when item i of list p does not fit on one line w columns wide, else 0. */
int pane_row_overflows(struct reader *r, enum pane p, size_t i, int w);
/* The screen lines item i of list p takes this frame (1, or 2 when wrapped). */
int pane_item_lines(const struct reader *r, enum pane p, size_t i);
/* The item of list p on row `row` of its items (0 below the title line), or SIZE_MAX (the
 * pane's own item_at when it has one). */
size_t pane_item_at(const struct reader *r, enum pane p, int row);
/* Draws item i of list p from screen row y over `lines` lines (a second one wraps the row,
 * hanging under its text). */
void pane_draw_item(struct reader *r, struct grid *g, enum pane p, size_t i, int y, int lines,
		    uint16_t sel);

/* ---- ui_jump.c: the jump list ---- */

/* Where the reader is: the top line and the highlighted item. */
struct place place_now(const struct reader *r);
/* After a jump from `from`: keeps from in the jump list when the place changed. */
void jumps_record(struct reader *r, const struct place *from);
/* Ctrl-O, Ctrl-N and '': back, forward, and to the place before the last jump. */
void jumps_back(struct reader *r);
void jumps_forward(struct reader *r);
void jumps_swap(struct reader *r);

/* ---- ui_cmdline.c: the command line ---- */

/* A command of the ":" line: its name, its arguments and what it does for the help, and what
 * runs it (arg: the rest of the line, trimmed; "" when none). */
struct ui_command {
	const char *name, *args, *help;
	void (*run)(struct reader *r, const char *arg);
};

extern const struct ui_command ui_commands[];
extern const size_t ui_command_count;

/* Opens the command line (the editor, emptied, in MODE_COMMAND). */
void cmdline_prompt(struct reader *r);
/* Tab: completes the command's name, or shows the names it could be. */
void cmdline_complete(struct reader *r);
/* Runs a command line ("date 2025-11-08"); says on the status line what went wrong. */
void cmdline_run(struct reader *r, const char *line);
/* Draws the command line (and what Tab found above it). */
void cmdline_draw(struct reader *r, struct grid *g);

/* ---- ui_anchor.c: the anchor date ---- */

/* "2025-11-08 (date line)", "2025-11-08 (:date)", "date unknown" for the status line; brief:
 * the date alone. */
void anchor_describe(const struct reader *r, char *out, size_t n, bool brief);
/* Says on the status line what the anchor is and where it came from (:date alone). */
void anchor_show(struct reader *r);
/* Sets the anchor to a (from: where it came from; year 0 and ANCHOR_NONE: none) and remembers
 * it with the article's notes (own: forgets instead, back to the article's own); the dates are
 * found again now, or when no thread reads the document any more. */
void anchor_request(struct reader *r, struct date a, enum doc_anchor_from from, bool own);
/* Applies the anchor asked for: sets it and finds the dates again, here. No other thread may
 * read the document. */
void anchor_apply(struct reader *r);
/* Event i's date for people, with its year ("Oct 28, 2025") or the words for an unknown one
 * ("Jul, year unknown"): the event's label. */
void pane_event_when(const struct reader *r, size_t i, char *out, size_t n);

/* ---- ui_help.c: the help screen ---- */

/* Handles a key on the help screen: scrolling, or closing it. */
void help_key(struct reader *r, int key);
/* Draws the help screen over the whole grid. */
void help_draw(struct reader *r, struct grid *g);

/* ---- ui_notes.c: writing, changing and deleting notes ---- */

/* Reads the notes again from the database (on failure, says so and keeps the old list). */
void reader_notes_reload(struct reader *r);
/* Opens the note editor on the current item: the selected event or claim, the current match,
 * else the paragraph at the top; in the notes pane, edits the selected note. */
void reader_annotate(struct reader *r);
/* ACT_EDIT_NOTE opens the editor on the selected note, ACT_DELETE_NOTE asks to confirm (naming
 * the note). */
void reader_note_change(struct reader *r, enum ui_action a);
/* A key in the note editor: Enter saves, Esc and Ctrl-C ask before unsaved text goes, Ctrl-X
 * asks for the external editor, Alt keys are ignored. */
void reader_note_key(struct reader *r, int key);
/* Saves the editor's text as the note being written (an empty new note is discarded); when
 * that fails the editor stays open with the text. */
void reader_note_save(struct reader *r);
/* The answer to "Discard this note?": yes drops the text, no goes back to the editor. */
void reader_note_discard(struct reader *r, bool yes);
/* The answer to "Delete the note on …?": yes deletes the selected note. */
void reader_note_confirm(struct reader *r, bool yes);
/* Draws the note editor (its title line, naming what the note is on, and its text) over the
 * rows above the status line. */
void reader_note_draw(struct reader *r, struct grid *g);

/* ---- ui_notes_on.c: what each note is on ---- */

/* Finds again what each note is on (r->note_on), after the notes or the analysis changed. */
void notes_on_build(struct reader *r);
/* Frees r->note_on. */
void notes_on_free(struct reader *r);
/* What note i is on, as its row says it ("event Sep 14, 2016", "claim Pat Caddell said", a
 * paragraph's opening words), or "" (a detached note). */
const char *notes_on_what(const struct reader *r, size_t i);
/* True when notes_on_what() is the opening words of a longer passage (the row ends it "…"). */
bool notes_on_cut(const struct reader *r, size_t i);
/* The event or claim (its index in the timeline or the claim list) note i is on, or SIZE_MAX. */
size_t notes_on_index(const struct reader *r, size_t i);
/* The event or claim of target t (NOTE_EVENT or NOTE_CLAIM) whose passage is span, else the
 * smallest that holds its start (as the export finds it), or SIZE_MAX. */
size_t notes_on_item(const struct reader *r, enum note_target t, struct span span);
/* Who said claim i, for a note on it: the resolved speaker, else the source as written
 * (an unresolved pronoun marked so), else "(no speaker)"; onto b. */
void notes_on_speaker(const struct reader *r, size_t i, struct buf *b);

/* ---- ui_export.c: the export ---- */

/* Opens the export prompt with path, or (NULL) the default: beside the article, or in the
 * documents folder for standard input, the sample and web pages. */
void reader_export_prompt(struct reader *r, const char *path);
/* Writes the notes, timeline and claims as Markdown to path (~ expanded, made absolute, a folder
 * given the default name); asks first when the file exists unless confirmed. Says how it went,
 * with the full path. */
void reader_export_run(struct reader *r, const char *path, bool confirmed);

/* ---- reader.c ---- */

/* Sets the status line's message (an error when error is set). */
void reader_status_set(struct reader *r, bool error, const char *fmt, ...) DL_PRINTF(3, 4);
/* True when the screen is below READER_MIN_ROWS x READER_MIN_COLS. */
bool reader_too_small(const struct reader *r);
/* Takes a timeline and claims (NULL: still being found) and marks their spans. */
void reader_index(struct reader *r, const struct timex_list *tl, const struct claim_list *cl);
/* Moves the focus to pane p and lays the screen out again. */
void reader_focus(struct reader *r, enum pane p);
/* Closes the innermost sub-view (a list's tab on a narrow screen; sub-views added later close
 * here too); false when there is none, so that q quits. */
bool reader_leave_view(struct reader *r);
/* Runs action a with a count n (0: none typed), recording a jump's place. */
void reader_action_n(struct reader *r, enum ui_action a, unsigned long n);

#endif
