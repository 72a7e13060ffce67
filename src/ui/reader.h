/* reader: the reader's state, layout, wrapping, keys and drawing into a grid of cells, with no
 * terminal: the curses layer (tui.c) only copies the grid to the screen, and --dump prints it. */
#ifndef DATELINE_UI_READER_H
#define DATELINE_UI_READER_H

#include <stdint.h>

#include "actions.h"
#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/notes.h"
#include "dateline/timex.h"

/* Style flags of a cell; the terminal layer turns them into colours and attributes. */
enum {
	ST_TITLE = 1 << 0,
	ST_DATE = 1 << 1,
	ST_CLAIM = 1 << 2,
	ST_CURRENT = 1 << 3, /* the sentence of the current event or claim */
	ST_MATCH = 1 << 4,
	ST_MATCH_CUR = 1 << 5,
	ST_NOTE = 1 << 6,     /* an annotated passage */
	ST_SELECTED = 1 << 7, /* the selected row of a list */
	ST_FOCUS = 1 << 8,    /* with ST_SELECTED or ST_HEADER: the pane has the focus */
	ST_STATUS = 1 << 9,
	ST_HEADER = 1 << 10, /* a pane's title line or the tab line */
	ST_DIM = 1 << 11,
	ST_CONTROL = 1 << 12, /* a control character drawn visibly */
	ST_LABEL = 1 << 13,   /* an event's date label, a speaker */
	ST_BORDER = 1 << 14,
	ST_ERROR = 1 << 15,
};

/* One screen cell: the bytes drawn there (a character and its combining marks) and its width;
 * width 0 marks the right half of a wide character, off CELL_BLANK a cell with no bytes (drawn
 * as a space unless it is such a right half). */
struct cell {
	uint32_t off;
	uint16_t len;
	uint8_t width;
	uint16_t style;
};

#define CELL_BLANK UINT32_MAX

/* What to draw: rows x cols cells whose bytes live in `text`, and where the cursor goes. */
struct grid {
	int rows, cols;
	struct cell *cells;
	struct buf text;
	int cursor_row, cursor_col; /* -1 when the cursor is hidden */
	bool ascii;                 /* the reader's marks in ASCII (reader.ascii) */
};

enum pane {
	PANE_ARTICLE,
	PANE_TIMELINE,
	PANE_CLAIMS,
	PANE_NOTES,
	PANE_COUNT
};

/* Below this size the reader draws only "terminal too small" and lays out no pane. */
#define READER_MIN_ROWS 6
#define READER_MIN_COLS 20
/* From this width the article and the lists are side by side; below it, one pane with tabs. */
#define READER_WIDE_COLS 100
/* The widest the article's pane grows (its text 2 columns less: a readable measure); the rest
 * of a wide screen goes to the lists. */
#define READER_ARTICLE_MAX 100

struct rect {
	int y, x, h, w;
};

/* A wrapped paragraph: the byte offsets where its screen lines start, for one width. */
struct wrapped {
	size_t para;
	int width;
	bool used;
	size_t *starts;
	size_t n;
};

#define READER_WRAP_SLOTS 512

/* A position in the article's list of screen lines: a line of a paragraph, or (line == n) the
 * blank line after it. */
struct line_pos {
	size_t para, line;
};

/* A line being edited (a note, a search, a path): UTF-8 bytes and the cursor as a byte offset. */
struct editor {
	struct buf text;
	size_t cursor;
	bool multiline;
};

enum mode {
	MODE_NORMAL,
	MODE_HELP,
	MODE_SEARCH,
	MODE_NOTE,
	MODE_EXPORT,
	MODE_COMMAND,
	MODE_CONFIRM
};

/* The claims pane's view (ui_claims.c): which claims it lists, in what order. Rows are what the
 * pane's selection counts; each maps to a claim. The indexes are built once per change (a key
 * that groups or filters, new claims), never per frame. */
struct claims_view {
	bool grouped;     /* by speaker: each speaker's claims under a heading with a count */
	bool filtered;    /* only the claims of speaker `speaker` */
	size_t speaker;   /* the speaker filtered on: an index into the speaker table */
	size_t *rows;     /* the claim of each row, or NULL for all claims in text order */
	size_t nrows;     /* the rows listed (the claim count when rows is NULL) */
	size_t *who;      /* each claim's speaker (index into the table), NULL until first needed */
	size_t nspeakers; /* the table: speakers numbered in the order they first speak */
	size_t *said;     /* how many claims each speaker has */
	size_t *name_of;  /* the claim whose name names each speaker */
	size_t *rank;     /* each speaker's place in the grouped order (most claims first) */
};

/* The timeline's to-scale axis (ui_axis.c): one line per time step, events on their step, long
 * empty stretches as one break line, the events without a year apart. Built when the axis is
 * shown, and again when the timeline or the pane's height changes. */
enum axis_line_kind {
	AXIS_LINE_EMPTY,   /* a time step with no event */
	AXIS_LINE_EVENT,   /* an event on its time step (several events of a step stack) */
	AXIS_LINE_BREAK,   /* a long empty stretch left out */
	AXIS_LINE_UNDATED, /* the heading of the events whose year is unknown */
	AXIS_LINE_LISTED,  /* an event whose year is unknown, listed under that heading */
};

/* The axis's time step: what one line stands for. */
enum axis_step {
	AXIS_STEP_DAY,
	AXIS_STEP_WEEK,
	AXIS_STEP_MONTH,
	AXIS_STEP_QUARTER,
	AXIS_STEP_YEAR,
	AXIS_STEP_DECADE,
	AXIS_STEP_COUNT
};

struct axis_line {
	enum axis_line_kind kind;
	bool year_mark, step_mark; /* the line shows its year; its month, quarter or day */
	long slot;                 /* the time step of the line (a break's first step left out) */
	long gap;                  /* a break line: how many steps it leaves out */
	size_t event;              /* an event or listed line: the event */
};

struct axis_view {
	bool on;        /* the timeline pane shows the axis instead of the list */
	bool built;     /* lines hold the axis for the current timeline and height */
	int built_rows; /* the pane height it was built for */
	enum axis_step step;
	struct axis_line *lines; /* in order down the pane */
	size_t nlines;
	size_t nplaced;  /* the events on the axis (the others' year is unknown) */
	size_t *line_of; /* each event's line */
	size_t top;      /* the first line shown */
};

/* What a note is on: its event or claim (SIZE_MAX: none) and how its row names it (cut: the
 * opening words of a longer passage). */
struct note_on {
	size_t item;
	char *what;
	bool cut;
};

/* What a y/n question in the status line decides. */
enum confirm {
	CONFIRM_DELETE,    /* delete the selected note */
	CONFIRM_OVERWRITE, /* export over an existing file (confirm_path) */
	CONFIRM_DISCARD    /* leave the note editor without saving (n goes back to it) */
};

/* A place to come back to: the article's top line and the highlighted item. */
struct place {
	size_t top;
	bool has_current;
	struct span current;
};

/* How many places the jump list keeps (the oldest go first). */
#define READER_JUMPS 100

/* The lines entered at a prompt, oldest first, and where Up/Down is in them (pos == n: the line
 * being typed, kept in draft). */
struct history {
	char **items;
	size_t n, pos;
	char *draft;
};

/* From this many bytes the reader shows the article before its dates and claims are found (they
 * take a fraction of a second below it). */
#define READER_BACKGROUND_MIN ((size_t)4 << 20)
/* From READER_BACKGROUND_MIN bytes a plain-text file is read in two steps: its first screen is
 * drawn from about this many bytes while a second thread reads the rest. */
#define READER_PREVIEW_BYTES ((size_t)256 << 10)

struct reader {
	const struct doc *d;
	struct doc *doc; /* the same document, for setting its anchor (:date) */
	const char *text;
	size_t len;
	const struct timex_list *tl; /* never NULL: empty while `analysing` */
	const struct claim_list *cl;
	bool analysing; /* the dates and claims are still being found (reader_set_analysis) */
	/* d is the beginning of the article while the rest is read (reader_set_doc); what was
	 * asked for meanwhile that wants the whole article (the end, a search) waits here. */
	bool reading;
	enum ui_action deferred;   /* ACT_NONE, ACT_BOTTOM, ACT_SEARCH, ACT_SEARCH_NEXT/PREV */
	char *deferred_query;      /* with ACT_SEARCH */
	struct notes_db *db;       /* NULL when notes are unavailable */
	struct note_list *notes;   /* never NULL */
	const char *notes_problem; /* why db is NULL, or NULL */
	struct note_on *note_on;   /* what each note is on (notes_on_build), nnote_on of them */
	size_t nnote_on;

	/* The anchor date: the article's own (what --date or the policy gave, for :date auto),
	 * one asked for while the dates are being found (applied when they arrive), the dates
	 * found again by the reader after :date (owned), and whether the caller finds them on a
	 * thread of its own (see reader_anchor_take). */
	struct date anchor_own;
	enum doc_anchor_from anchor_own_from;
	bool anchor_pending;
	struct date anchor_want;
	enum doc_anchor_from anchor_want_from;
	struct timex_list *own_tl;
	bool redate_async;

	int rows, cols;
	bool wide;     /* panes side by side */
	bool ascii;    /* draw the reader's own marks, borders and "..." in ASCII */
	bool no_files; /* never write a file (export refused): for the fuzzer */
	enum pane focus;
	struct rect area[PANE_COUNT]; /* where each pane is this frame (h 0 when hidden) */
	/* The screen lines (1 or 2) of each of a list's first items this frame (the others 1). */
	unsigned char *item_lines[PANE_COUNT];
	size_t nitem_lines[PANE_COUNT];

	size_t top; /* the place: byte offset of the article's top line */
	struct line_pos top_pos;
	int article_width; /* the wrap width of the cache */
	struct wrapped cache[READER_WRAP_SLOTS];

	size_t sel[PANE_COUNT], list_top[PANE_COUNT];
	struct claims_view cv; /* the claims pane: grouping, the speaker filter */
	struct axis_view axis; /* the timeline pane's to-scale view */
	bool has_current;
	struct span current; /* the highlighted sentence */

	bool visited[PANE_COUNT]; /* until an item was shown, ] and } start from the first item */

	/* A number typed before a key (has_count), and a ' waiting for the second '. */
	unsigned long count;
	bool has_count;
	bool quote_pending;
	/* The jump list: places left by jumps, oldest first; jump_pos == njumps when at none. */
	struct place jumps[READER_JUMPS];
	size_t njumps, jump_pos;

	char *query;
	bool query_icase, query_accents; /* accents count when the query has one */
	bool search_hidden;              /* Esc hid the matches; n and N show them again */
	struct span *matches;
	size_t nmatches, cur_match;
	struct history hist_search, hist_command;

	enum mode mode;
	int help_top;
	struct editor ed;
	/* The note being written: a new one on note_span, or the existing note_id; what it is on
	 * ("¶3", "the event Nov 7, 2025 (¶11)"), and its text when the editor opened. */
	int64_t note_id;
	enum note_target note_target;
	struct span note_span;
	char note_what[160];
	char *note_orig;
	/* What the editor holds is kept in the database as it is written (reader_note_keep()),
	 * so that a kill -9 or a crash loses at most the last moments: the row kept (a new note's
	 * own, note_id's for an edit; 0: none yet) and the text it holds. Enter makes it the note;
	 * a discard takes it back (deletes a new note's row, gives an edited one its old text). */
	int64_t note_kept_id;
	char *note_kept;
	/* The change counter of the row as this reader last knew it (note_id's when the editor
	 * opened, then the kept row's; compared at every save, notes_update_if()), and whether
	 * another reader changed or deleted the row since: then keeping stops and a discard leaves
	 * the row as that reader left it. */
	int64_t note_version;
	bool note_overtaken;
	bool want_external; /* the terminal layer should open the note in $VISUAL/$EDITOR */

	/* A y/n question on the status line. */
	enum confirm confirm;
	char question[600];
	char *confirm_path;

	struct grid scratch; /* where a list row is drawn before it is wrapped */
	char status[512];
	bool status_error;
	bool quit;
	bool reload;  /* the article should be loaded again (the terminal layer does it and clears
		       * this; --dump ignores it) */
	bool repaint; /* the terminal should be redrawn from scratch */
};

/* Sets up the reader on a document and its analysis; db and notes may be NULL (then notes are
 * unavailable, for the reason in notes_problem, a static string or NULL). tl and cl may be NULL
 * while they are still being found: the reader then shows the article and says so in the lists
 * until reader_set_analysis(). The reader keeps the pointers; the caller frees them after
 * reader_free(). The note list becomes the reader's. The reader changes d only through
 * doc_set_anchor() (:date), and only while no list is being found (see reader_anchor_take). */
void reader_init(struct reader *r, struct doc *d, const struct timex_list *tl,
		 const struct claim_list *cl, struct notes_db *db, struct note_list *notes,
		 const char *notes_problem);
/* Sets up the reader on the beginning of an article (a preview, see doc_read_begin()) while the
 * rest is read: as reader_init() without analysis or notes; the status line says the article is
 * being read, and the end of the article, a search and the export wait for it (the end and the
 * search are done when it arrives, unless a later scroll cancels them). */
void reader_init_reading(struct reader *r, struct doc *preview);
/* Gives the reader the whole article of which it showed the beginning, with its notes database
 * and notes (as reader_init()), keeping the place (a byte offset), and does what was asked for
 * meanwhile. The reader keeps d (the caller frees it after reader_free()); the caller may free
 * the preview now. */
void reader_set_doc(struct reader *r, struct doc *d, struct notes_db *db, struct note_list *notes,
		    const char *notes_problem);
/* Gives the reader the dates and claims found after reader_init(NULL, NULL), or the dates found
 * again after reader_anchor_take() (cl may then be the list it has); same ownership. No thread
 * may read the document any more: an anchor asked for meanwhile is applied now (the dates are
 * found again here). */
void reader_set_analysis(struct reader *r, const struct timex_list *tl,
			 const struct claim_list *cl);
/* Applies the anchor remembered with this article's notes (set with :date) unless the user gave
 * one (--date). Call it after reader_init() and before the dates are found; true when it set
 * the document's anchor (dates found before are then stale). */
bool reader_anchor_restore(struct reader *r);
/* As reader_anchor_restore(), for an article whose dates a thread is finding now: the anchor
 * remembered with :date is kept pending (reader_anchor_take() applies it once the thread is done). */
void reader_anchor_recall(struct reader *r);
/* For a caller that finds the dates on a thread of its own (redate_async set): when an anchor
 * was asked for and no thread reads the document, sets it on the document, empties the
 * timeline and returns true; the caller then finds the dates again and hands them over with
 * reader_set_analysis(), and may free the timeline it gave before. False when none is pending. */
bool reader_anchor_take(struct reader *r);
/* Frees what the reader allocated (and its note list). */
void reader_free(struct reader *r);
/* Sets the screen size; keeps the place (the text at the top). */
void reader_resize(struct reader *r, int rows, int cols);
/* Moves the article's top to the line holding byte offset pos. */
void reader_goto(struct reader *r, size_t pos);
/* The place in a new version of a text (b, blen bytes) of byte offset pos of the old one (a,
 * alen): where the old text's passage from pos (64 bytes, else 32 or 16) is found in the new
 * one, the occurrence nearest to the same fraction of the text; that fraction when it is found
 * nowhere. Lets a reload keep the reader's place by its text. */
size_t reader_reanchor(const char *a, size_t alen, size_t pos, const char *b, size_t blen);
/* Handles one key (a code point or a UI_KEY_*, with UI_KEY_ALT for Alt). Ctrl-C is a key: it
 * quits like q, and in the note editor asks before dropping unsaved text. */
void reader_key(struct reader *r, int key);
/* Saves the note being written, for an end that cannot ask (SIGTERM, SIGHUP): a note is never
 * lost. True when it saved one. When the database refuses it (or there is none), the note goes
 * to a file of its own in $TMPDIR (else /tmp), whose path is stored in *kept for the caller to
 * tell and free(); *kept is NULL otherwise. */
bool reader_note_rescue(struct reader *r, char **kept);
/* Keeps what the note editor holds in the notes database when it differs from what was kept
 * (the terminal layer calls it when no key came for a moment, and now and then while keys
 * come): a new note is written as a note at once, an edited one takes the new text. Quiet on
 * failure (Enter says why). Nothing when the editor is closed or the database is read-only. */
void reader_note_keep(struct reader *r);
/* What the external editor opened for want_external gave: the note's new text, or NULL with why
 * not in error (a static string or the caller's, copied). */
void reader_external_done(struct reader *r, const char *text, const char *error);
/* Runs one action as if its key had been pressed. */
void reader_action(struct reader *r, enum ui_action a);
/* A mouse event at screen cell (y, x): button 1 click, 4 wheel up, 5 wheel down. */
void reader_mouse(struct reader *r, int y, int x, int button);
/* Draws the whole screen into g (resized to the reader's size). */
void reader_draw(struct reader *r, struct grid *g);
/* Frees the grid's memory; accepts a zeroed grid. */
void grid_free(struct grid *g);
/* Writes the grid as plain text, a line per row with trailing blanks removed. */
void grid_text(const struct grid *g, struct buf *out);
/* The help screen's text, and the same as Markdown for docs/keys.md. */
void reader_keys_md(struct buf *b);

/* Where the timeline's axis places a TIMEX3 calendar value ("2025-11-07", "2025-07",
 * "2025-W45", "2025-Q3", "2025-SU", "2025", "199" for the 1990s): the day number
 * (date_to_days()) of its start; false when its year is unknown ("XXXX-11-07") or it is no
 * calendar value ("PAST_REF", "P3Y"). */
bool axis_value_day(const char *value, long *day);

/* Wrapping, exposed for tests: the line starts of paragraph p at width w (owned by the reader's
 * cache; valid until the next call). */
const struct wrapped *reader_wrap(struct reader *r, size_t p, int w);
/* Display width of the drawn form of text[i..j) as the grid shows it. */
int reader_text_width(const char *s, size_t n);

#endif
