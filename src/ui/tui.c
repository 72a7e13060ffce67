/* tui: the terminal side of the reader: curses set-up and hygiene (a terminal that cannot show
 * it is refused with a message), loading and reloading, keys (Alt, Ctrl-C) and mouse in, the
 * grid out, the external editor, and the dates found on a second thread (again after :date);
 * also the terminal-free entry points (--dump, --keys-md). */
#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "reader.h"
#include "reader_int.h"
#include "ui.h"
#include "ui_spawn.h"
#include "ui_term.h"

static volatile sig_atomic_t got_signal;
static bool curses_on;

static void restore_terminal(void)
{
	if (curses_on) {
		curses_on = false;
		endwin();
	}
}

static void on_signal(int sig)
{
	got_signal = sig;
}

enum {
	PAIR_DATE = 1,
	PAIR_CLAIM,
	PAIR_CURRENT,
	PAIR_MATCH,
	PAIR_STATUS,
	PAIR_CONTROL,
	PAIR_NOTE,
	PAIR_HEADER,
	PAIR_ERROR,
	PAIR_BORDER
};

static bool colour;

static void colours_init(void)
{
	const char *nc = getenv("NO_COLOR");
	short bg = COLOR_BLACK;

	colour = !(nc && *nc) && has_colors() && start_color() == OK && COLOR_PAIRS > 10;
	if (!colour)
		return;
	if (use_default_colors() == OK)
		bg = -1;
	init_pair(PAIR_DATE, COLOR_CYAN, bg);
	init_pair(PAIR_CLAIM, COLOR_GREEN, bg);
	init_pair(PAIR_CURRENT, COLOR_BLACK, COLOR_YELLOW);
	init_pair(PAIR_MATCH, COLOR_BLACK, COLOR_MAGENTA);
	init_pair(PAIR_STATUS, COLOR_WHITE, COLOR_BLUE);
	init_pair(PAIR_CONTROL, COLOR_RED, bg);
	init_pair(PAIR_NOTE, COLOR_MAGENTA, bg);
	init_pair(PAIR_HEADER, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_ERROR, COLOR_WHITE, COLOR_RED);
	init_pair(PAIR_BORDER, COLOR_BLUE, bg);
}

static attr_t style_attr(uint16_t st, short *pair)
{
	attr_t a = A_NORMAL;

	*pair = 0;
	if (st & (ST_TITLE | ST_LABEL))
		a |= A_BOLD;
	if (st & ST_DIM)
		a |= A_DIM;
	if (st & ST_HEADER)
		a |= A_BOLD | ((st & ST_FOCUS) ? A_REVERSE : A_UNDERLINE);
	if (st & ST_SELECTED)
		a |= (st & ST_FOCUS) ? A_REVERSE : A_BOLD;
	if (!colour) {
		/* Every mark keeps a look of its own with attributes alone (the help's legend). */
		if (st & ST_DATE)
			a |= A_UNDERLINE;
		if (st & ST_CLAIM)
			a |= A_DIM;
		if (st & ST_NOTE)
#ifdef A_ITALIC
			a |= A_ITALIC;
#else
			a |= A_UNDERLINE;
#endif
		if (st & (ST_CONTROL | ST_ERROR | ST_CURRENT))
			a |= A_BOLD;
		if (st & (ST_STATUS | ST_MATCH))
			a |= A_REVERSE;
		if (st & ST_MATCH_CUR)
			a |= A_REVERSE | A_BOLD;
		return a;
	}
	if (st & ST_NOTE)
		a |= A_UNDERLINE;
	if (st & ST_MATCH_CUR) {
		*pair = PAIR_CURRENT;
		return a | A_BOLD;
	}
	if (st & ST_MATCH)
		*pair = PAIR_MATCH;
	else if (st & ST_ERROR)
		*pair = PAIR_ERROR;
	else if (st & ST_STATUS)
		*pair = PAIR_STATUS;
	else if (st & ST_CURRENT)
		*pair = PAIR_CURRENT;
	else if (st & ST_CONTROL)
		*pair = PAIR_CONTROL;
	else if (st & ST_HEADER && st & ST_FOCUS)
		*pair = PAIR_HEADER, a &= ~(attr_t)A_REVERSE;
	else if (st & ST_DATE)
		*pair = PAIR_DATE;
	else if (st & ST_NOTE)
		*pair = PAIR_NOTE;
	else if (st & ST_CLAIM)
		*pair = PAIR_CLAIM;
	else if (st & ST_BORDER)
		*pair = PAIR_BORDER;
	return a;
}

static void blit(const struct grid *g)
{
	for (int y = 0; y < g->rows; y++) {
		wmove(stdscr, y, 0);
		for (int x = 0; x < g->cols; x++) {
			const struct cell *c = &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
			short pair;
			if (c->width == 0 && c->off == CELL_BLANK)
				continue;
			attr_t a = style_attr(c->style, &pair);
			wattr_set(stdscr, a, pair, NULL);
			if (c->off == CELL_BLANK)
				waddch(stdscr, ' ');
			else
				waddnstr(stdscr, g->text.data + c->off, c->len);
		}
	}
	wattr_set(stdscr, A_NORMAL, 0, NULL);
	if (g->cursor_row >= 0) {
		curs_set(1);
		wmove(stdscr, g->cursor_row, g->cursor_col);
	} else {
		curs_set(0);
	}
	wrefresh(stdscr);
}

static int translate_key(int rc, wint_t ch)
{
	if (rc == OK) {
		switch (ch) {
		case 27:
			return UI_KEY_ESC;
		case '\r':
			return UI_KEY_ENTER;
		case 0x7F:
		case 8:
			return UI_KEY_BACKSPACE;
		default:
			return (int)ch;
		}
	}
	switch (ch) {
	case KEY_UP:
		return UI_KEY_UP;
	case KEY_DOWN:
		return UI_KEY_DOWN;
	case KEY_LEFT:
		return UI_KEY_LEFT;
	case KEY_RIGHT:
		return UI_KEY_RIGHT;
	case KEY_PPAGE:
		return UI_KEY_PGUP;
	case KEY_NPAGE:
		return UI_KEY_PGDN;
	case KEY_HOME:
		return UI_KEY_HOME;
	case KEY_END:
		return UI_KEY_END;
	case KEY_BTAB:
		return UI_KEY_BTAB;
	case KEY_BACKSPACE:
		return UI_KEY_BACKSPACE;
	case KEY_DC:
		return UI_KEY_DELETE;
	case KEY_ENTER:
		return UI_KEY_ENTER;
	case KEY_RESIZE:
		return UI_KEY_RESIZE;
	case KEY_F(1):
		return UI_KEY_F1;
	default:
		return -1;
	}
}

/* Reads the key after an Esc that came with it (ncurses has waited ESCDELAY for a sequence it
 * knows): Alt and that key, or a lone Esc. */
static int read_after_esc(void)
{
	wint_t ch;
	int rc, key;

	wtimeout(stdscr, 0);
	rc = wget_wch(stdscr, &ch);
	if (rc == ERR || (rc == KEY_CODE_YES && ch == KEY_MOUSE))
		key = UI_KEY_ESC;
	else
		key = translate_key(rc, ch);
	if (key >= 0 && key != UI_KEY_ESC && key != UI_KEY_RESIZE)
		key += UI_KEY_ALT;
	else
		key = UI_KEY_ESC;
	return key;
}

/* Opens the note in the user's editor with the terminal given back meanwhile, as tig and
 * newsboat do, and gives the reader what came back. */
static void edit_external(struct reader *r)
{
	struct buf out = BUF_INIT;
	char err[300];
	const char *cmd = spawn_editor_command();

	def_prog_mode();
	endwin();
	int rc = spawn_edit(cmd, r->ed.text.data, r->ed.text.len, &out, err, sizeof(err));
	reset_prog_mode();
	clearok(curscr, TRUE);
	wrefresh(stdscr);
	reader_external_done(r, rc == 0 ? out.data : NULL, err);
	buf_free(&out);
}

/* Opens the notes database; on failure *problem says why and where, since the mend is usually
 * the folder's or the file's: "Permission denied (~/.local/share/dateline/notes.db)", the home
 * folder written ~ to keep the status line short. */
static void open_notes(const char *path, struct notes_db **db, const char **problem)
{
	static char why[640];
	char *def = path ? NULL : notes_default_path();
	const char *p = path ? path : def, *home = getenv("HOME");
	int rc = notes_open(p, db);

	*problem = NULL;
	if (rc < 0) {
		size_t nh = home ? strlen(home) : 0;
		bool tilde = nh > 1 && strncmp(p, home, nh) == 0 && p[nh] == '/';
		*db = NULL;
		snprintf(why, sizeof(why), "%s (%s%s)",
			 rc == -EPROTO ? "the notes database is corrupt or not dateline's"
				       : strerror(-rc),
			 tilde ? "~" : "", p + (tilde ? nh : 0));
		*problem = why;
	}
	free(def);
}

/* The dates and claims of the article, found before the first screen for an article of normal
 * size, and on a second thread for a large one, so that its first screen comes at once; for a
 * long plain-text article read in two steps, the rest of its reading too. */
struct analysis {
	const struct doc *d;    /* the article; NULL while it is read */
	struct doc_reading *rd; /* the rest to read (taken over by the thread), or NULL */
	struct date given;      /* the anchor date given (--date), when have_given */
	bool have_given;
	struct doc *read;      /* the article read by the thread, when the reading ends */
	int read_err;          /* or the reading's negative errno (-EILSEQ: not text) */
	struct timex_list *tl; /* owned; set when done */
	struct claim_list *cl;
	pthread_t thread;
	atomic_bool read_done; /* the reading ended: read or read_err is set */
	atomic_bool done;      /* the analysis ended too */
	bool running;          /* the thread was started and not yet joined */
	bool dates_only;       /* the dates again, against a new anchor; the claims are kept */
};

static void *analyse(void *arg)
{
	struct analysis *an = arg;

	if (an->rd) {
		an->read_err = doc_read_end(an->rd, &an->read);
		an->rd = NULL;
		if (an->read) {
			timex_settle_anchor(an->read, an->have_given ? &an->given : NULL);
			an->d = an->read;
		}
		atomic_store(&an->read_done, true);
	}
	if (an->d) {
		/* One coreference for both engines: the timeline's pronouns and the claims. The
		 * summaries are made as the timeline pane shows them: a long article has
		 * hundreds of thousands. */
		struct coref *co = NULL;
		an->tl = timex_find_lean(an->d);
		if (!an->dates_only || timex_has_subjects(an->tl))
			co = coref_build(an->d);
		timex_name_subjects(an->tl, an->d, co);
		if (!an->dates_only)
			an->cl = claims_find_with(an->d, co);
		coref_free(co);
	}
	atomic_store(&an->done, true);
	return NULL;
}

/* Starts the analysis of d, or with d NULL the reading of rd and then its analysis: on a thread
 * (signals blocked there, so that they reach the reader) for a large article or a reading, or
 * here; falls back to here when no thread can be made. With dates_only, the dates are found
 * again (against a new anchor) and the claims found before are kept. */
static void analysis_start(struct analysis *an, const struct doc *d, struct doc_reading *rd,
			   const struct date *given, bool dates_only)
{
	size_t len = 0;
	sigset_t all, old;
	struct claim_list *keep = dates_only ? an->cl : NULL;

	memset(an, 0, sizeof(*an));
	an->d = d;
	an->cl = keep;
	an->dates_only = dates_only;
	an->rd = rd;
	an->have_given = given != NULL;
	if (given)
		an->given = *given;
	atomic_init(&an->read_done, rd == NULL);
	atomic_init(&an->done, false);
	if (d)
		doc_text(d, &len);
	if (rd || len >= READER_BACKGROUND_MIN) {
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		an->running = pthread_create(&an->thread, NULL, analyse, an) == 0;
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	if (!an->running)
		analyse(an);
}

/* True once when a running analysis has finished (the thread is joined). */
static bool analysis_arrived(struct analysis *an)
{
	if (!an->running || !atomic_load(&an->done))
		return false;
	pthread_join(an->thread, NULL);
	an->running = false;
	return true;
}

/* ---- loading ---- */

/* What the progress calls of one load share. */
struct loading {
	const char *name;
	struct reader *r; /* when reloading: the status line shows the progress; else NULL */
	struct grid *g;
	size_t received, expected;
	struct timespec drawn; /* when the progress was last drawn */
	bool cancelled;
};

static void size_text(char *out, size_t n, size_t bytes)
{
	if (bytes < 1000)
		snprintf(out, n, "%zu bytes", bytes);
	else if (bytes < 1000000)
		snprintf(out, n, "%.1f kB", (double)bytes / 1e3);
	else
		snprintf(out, n, "%.1f MB", (double)bytes / 1e6);
}

/* Draws s[0..n) centred on row y, cut with "…" to the width. */
static void draw_centred(int y, const char *s, size_t n)
{
	size_t w = text_width(s, n);

	if (COLS < 2 || y < 0 || y >= LINES)
		return;
	if (w > (size_t)COLS) {
		n = text_fit(s, n, (size_t)COLS - 1);
		w = text_width(s, n) + 1;
	}
	wmove(stdscr, y, (int)(((size_t)COLS - w) / 2));
	waddnstr(stdscr, s, (int)n);
	if (w > text_width(s, n))
		waddstr(stdscr, "…");
}

static void loading_draw(struct loading *l)
{
	char got[32], all[32], amount[80];

	size_text(got, sizeof(got), l->received);
	size_text(all, sizeof(all), l->expected);
	if (l->expected)
		snprintf(amount, sizeof(amount), "%s of %s", got, all);
	else
		snprintf(amount, sizeof(amount), "%s", got);
	if (l->r) {
		reader_status_set(l->r, false, "Reloading… %s · Esc cancels", amount);
		reader_draw(l->r, l->g);
		blit(l->g);
		return;
	}
	/* The first load: nothing else to show yet. The name is drawn visibly (it is the user's,
	 * but may hold anything). */
	struct buf name = BUF_INIT, line = BUF_INIT;
	text_visible(&name, l->name, strlen(l->name));
	buf_printf(&line, "%s · Esc or q cancels", amount);
	werase(stdscr);
	wattr_set(stdscr, A_BOLD, 0, NULL);
	draw_centred(LINES / 2 - 1, "Loading", strlen("Loading"));
	wattr_set(stdscr, A_NORMAL, 0, NULL);
	draw_centred(LINES / 2, name.data, name.len);
	draw_centred(LINES / 2 + 1, line.data, line.len);
	curs_set(0);
	wrefresh(stdscr);
	buf_free(&name);
	buf_free(&line);
}

/* The progress call of a load: reads the keys that came meanwhile (Esc, q and Ctrl-C cancel;
 * a resize is followed) and draws the progress, at most ten times a second. */
static bool loading_progress(void *ctx, size_t received, size_t expected)
{
	struct loading *l = ctx;
	struct timespec now;
	wint_t ch;
	int rc;

	l->received = received;
	l->expected = expected;
	while ((rc = wget_wch(stdscr, &ch)) != ERR) {
		if (rc == KEY_CODE_YES && ch == KEY_MOUSE) {
			MEVENT ev;
			getmouse(&ev);
			continue;
		}
		int key = translate_key(rc, ch);
		if (key == UI_KEY_ESC || key == 'q' || key == UI_CTRL('c'))
			l->cancelled = true;
		else if (key == UI_KEY_RESIZE && l->r)
			reader_resize(l->r, LINES, COLS);
	}
	if (got_signal)
		l->cancelled = true;
	if (l->cancelled)
		return false;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long ms =
		(now.tv_sec - l->drawn.tv_sec) * 1000 + (now.tv_nsec - l->drawn.tv_nsec) / 1000000;
	if (ms >= 100) {
		loading_draw(l);
		l->drawn = now;
	}
	return true;
}

/* Loads the article from src, showing the progress (centred, or on r's status line when r is
 * given) and reading the keys without waiting meanwhile. Returns as src->load() does; the reason
 * is "cancelled" when the user cancelled. The caller sets the key timeout again after. */
static int load_article(const struct ui_source *src, struct reader *r, struct grid *g,
			struct doc **out, char *err, size_t errcap)
{
	struct loading l;

	memset(&l, 0, sizeof(l));
	l.name = src->name;
	l.r = r;
	l.g = g;
	wtimeout(stdscr, 0);
	loading_draw(&l);
	clock_gettime(CLOCK_MONOTONIC, &l.drawn);
	int rc = src->load(src->arg, loading_progress, &l, out, err, errcap);
	if (rc < 0 && l.cancelled)
		snprintf(err, errcap, "cancelled");
	return rc;
}

/* ---- the session ---- */

/* The reader on one article at a time, which a reload replaces. */
struct session {
	struct doc *d;       /* owned; NULL while a long article is read (then preview is shown) */
	struct doc *preview; /* the beginning of the article being read, owned; or NULL */
	const struct ui_source *src;
	struct analysis an;
	struct reader r;
	struct grid g;
	struct notes_db *db;
	const char *problem; /* why db is NULL */
	size_t opened;       /* the place the article opened at: a place to save when left */
};

/* Whether the terminal wants the reader's marks in ASCII (8 colours or fewer). */
static bool ascii_marks;

/* Sets the reader up on s->d: its notes, the anchor remembered with them, its dates and claims
 * (perhaps on a thread), the layout; the focus is kept. */
static void session_open(struct session *s, enum pane focus)
{
	struct note_list *notes = NULL;
	size_t len;

	if (s->db && notes_load(s->db, s->d, &notes) < 0)
		notes = NULL;
	reader_init(&s->r, s->d, NULL, NULL, s->db, notes, s->problem);
	doc_text(s->d, &len);
	s->r.redate_async = len >= READER_BACKGROUND_MIN;
	s->r.ascii = s->r.ascii || ascii_marks;
	/* The anchor remembered with :date comes before the dates are found against it. */
	reader_anchor_restore(&s->r);
	analysis_start(&s->an, s->d, NULL, NULL, false);
	if (!s->an.running)
		reader_set_analysis(&s->r, s->an.tl, s->an.cl);
	s->r.focus = focus;
	reader_resize(&s->r, LINES, COLS);
	wtimeout(stdscr, s->an.running ? 100 : 250); /* 100: to look for the analysis */
}

/* Finds the dates again against the anchor :date set, when the reader asked for it and no
 * thread reads the document (a large article: the reader does not find them itself). */
static void session_redate(struct session *s)
{
	if (s->an.running || !reader_anchor_take(&s->r))
		return;
	/* The reader holds no pointer into the old timeline any more. */
	timex_list_free(s->an.tl);
	s->an.tl = NULL;
	analysis_start(&s->an, s->d, NULL, NULL, true);
	if (!s->an.running)
		reader_set_analysis(&s->r, s->an.tl, s->an.cl);
	wtimeout(stdscr, s->an.running ? 100 : 250);
}

/* Sets the reader up on the beginning of a long article (s->preview) while a second thread reads
 * the rest (rd, which it takes over) and then finds its dates and claims. The notes wait for the
 * whole article: they are placed in it by its content. */
static void session_open_reading(struct session *s, struct doc_reading *rd,
				 const struct date *given)
{
	analysis_start(&s->an, NULL, rd, given, false);
	reader_init_reading(&s->r, s->preview);
	s->r.redate_async = true;
	s->r.ascii = s->r.ascii || ascii_marks;
	reader_resize(&s->r, LINES, COLS);
	wtimeout(stdscr, 100); /* to look for the article and its analysis */
}

/* Once the rest of the article is read: the reader takes the whole article, its notes and (unless
 * it moved meanwhile) its place. A rest that is not text ends the reader with the command line's
 * message. */
static void session_read(struct session *s)
{
	struct note_list *notes = NULL;
	struct reader *r = &s->r;
	size_t pos;

	if (!s->an.read && s->an.running) {
		/* nothing left to find: the thread ends at once */
		pthread_join(s->an.thread, NULL);
		s->an.running = false;
	}
	if (!s->an.read)
		die("%s: %s", doc_name(s->preview),
		    s->an.read_err == -EILSEQ ? "not a text file" : strerror(-s->an.read_err));
	bool moved = r->top != 0 || r->deferred != ACT_NONE;
	s->d = s->an.read;
	if (s->db && notes_load(s->db, s->d, &notes) < 0)
		notes = NULL;
	reader_set_doc(r, s->d, s->db, notes, s->problem);
	/* The anchor remembered with :date: the thread finds the dates against the article's own
	 * now, so they are found again once it is done. */
	reader_anchor_recall(r);
	doc_free(s->preview);
	s->preview = NULL;
	if (!moved && s->db && notes_position_get(s->db, s->d, &pos) == 0)
		reader_goto(r, pos);
	if (!moved)
		s->opened = r->top;
	if (!s->an.running) { /* read and analysed here, without a thread */
		reader_set_analysis(r, s->an.tl, s->an.cl);
		wtimeout(stdscr, 250);
	}
}

/* r: loads the article again and shows it at the same place (found by its text), with its notes
 * placed again; on failure the article stays as it was and the status line says why. */
static void session_reload(struct session *s)
{
	struct reader *r = &s->r;
	struct doc *nd = NULL;
	char err[256];
	size_t oldlen, newlen;

	r->reload = false;
	if (!s->src) {
		reader_status_set(r, true, "%s cannot be loaded again",
				  strcmp(doc_name(s->d), "-") == 0 ? "Standard input"
								   : "This article");
		return;
	}
	if (s->preview) {
		reader_status_set(r, true, "Still reading the article: reload after it");
		return;
	}
	if (s->an.running) {
		reader_status_set(r, true, "Still finding dates and claims: reload after them");
		return;
	}
	int rc = load_article(s->src, r, &s->g, &nd, err, sizeof(err));
	wtimeout(stdscr, 250);
	if (rc < 0) {
		if (strcmp(err, "cancelled") == 0)
			reader_status_set(r, false, "Reload cancelled");
		else
			reader_status_set(r, true, "Reload failed: %s", err);
		return;
	}
	const char *ot = doc_text(s->d, &oldlen), *nt = doc_text(nd, &newlen);
	size_t place = reader_reanchor(ot, oldlen, r->top, nt, newlen);
	bool same = doc_hash(nd) == doc_hash(s->d);
	enum pane focus = r->focus;
	char lost[600] = "";
	if (s->db && !notes_readonly(s->db) && notes_position_set(s->db, s->d, r->top) < 0)
		snprintf(lost, sizeof(lost), " · the reading place was not saved: %s",
			 notes_error(s->db));
	reader_free(r);
	timex_list_free(s->an.tl);
	claim_list_free(s->an.cl);
	doc_free(s->d);
	s->d = nd;
	session_open(s, focus);
	reader_goto(r, place);
	s->opened = r->top;
	reader_status_set(r, lost[0] != '\0', "%s%s",
			  same ? "Reloaded: unchanged" : "Reloaded: the text has changed", lost);
}

/* Starts curses and the signal handlers; false (nothing started) when curses cannot use the
 * terminal after all. */
static bool terminal_start(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);

	set_escdelay(25);
	/* newterm, not initscr: a failure is ours to report, not curses' to print and exit. */
	if (!newterm(NULL, stdout, stdin))
		return false;
	curses_on = true;
	die_set_hook(restore_terminal);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 250);
	colours_init();
	/* A terminal of 8 colours or fewer (a console, a vt100) may lack box and dot glyphs. */
	ascii_marks = tigetnum("colors") < 16;
	mouseinterval(0);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	curs_set(0);
	return true;
}

/* Ends the terminal; with a signal pending, ends the process by it. */
static void terminal_end(void)
{
	int sig = got_signal;

	restore_terminal();
	die_set_hook(NULL);
	if (sig) {
		signal(sig, SIG_DFL);
		raise(sig);
		exit(128 + sig);
	}
}

/* How long the note editor's text may go unkept while keys keep coming (reader_note_keep()). */
#define NOTE_KEEP_MS 2000

/* A monotonic clock in milliseconds. */
static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Runs the reader on s (its article, its preview with the reading rd, or neither: then loaded
 * from src). Returns as ui_run() does. */
static int session_run(struct session *s0, struct doc_reading *rd, const struct date *given,
		       const char *notes_db)
{
	struct session s = *s0;
	size_t pos;
	int rc;

	if ((rc = term_check()) != 0) {
		doc_read_cancel(rd);
		doc_free(s.d);
		doc_free(s.preview);
		return rc;
	}
	if (!isatty(STDIN_FILENO)) {
		/* The article came through a pipe: the keyboard is the controlling terminal. */
		int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
		if (fd < 0 || dup2(fd, STDIN_FILENO) < 0)
			die("/dev/tty: %s", strerror(errno));
		close(fd);
	}
	open_notes(notes_db, &s.db, &s.problem);
	if (!terminal_start()) {
		fprintf(stderr,
			"dateline: terminal '%s' cannot show the reader; use --timeline, --claims "
			"or --text\n",
			getenv("TERM") ? getenv("TERM") : "");
		notes_close(s.db);
		doc_read_cancel(rd);
		doc_free(s.d);
		doc_free(s.preview);
		return 2;
	}
	if (!s.d && !s.preview) {
		char err[256];
		if (load_article(s.src, NULL, NULL, &s.d, err, sizeof(err)) < 0) {
			notes_close(s.db);
			terminal_end();
			fprintf(stderr, "dateline: %s: %s\n", s.src->name, err);
			return 1;
		}
	}
	if (s.preview)
		session_open_reading(&s, rd, given);
	else
		session_open(&s, PANE_ARTICLE);
	struct reader *r = &s.r;
	if (s.d && s.db && notes_position_get(s.db, s.d, &pos) == 0)
		reader_goto(r, pos);
	s.opened = r->top;
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		reader_status_set(r, false,
				  "The locale is not UTF-8 (%s): some characters are drawn as ?",
				  nl_langinfo(CODESET));
	if (r->notes && r->notes->drafts)
		reader_status_set(r, false,
				  "%zu unsaved draft%s of an edit cut short: now a note of %s own "
				  "beside the note",
				  r->notes->drafts, r->notes->drafts > 1 ? "s" : "",
				  r->notes->drafts > 1 ? "their" : "its");
	if (s.problem)
		reader_status_set(r, false, "Notes unavailable: %s", s.problem);
	else if (s.db && notes_readonly(s.db))
		reader_status_set(r, false, "The notes database is read-only");

	bool dirty = true;
	long long kept_at = now_ms();
	while (!r->quit && (!got_signal || got_signal == SIGINT)) {
		wint_t ch;
		if (got_signal == SIGINT) {
			/* Ctrl-C from the terminal: a key like the others (q, or a question in
			 * the note editor). */
			got_signal = 0;
			reader_key(r, UI_CTRL('c'));
			dirty = true;
			continue;
		}
		if (s.preview && atomic_load(&s.an.read_done)) {
			session_read(&s);
			dirty = true;
		}
		if (analysis_arrived(&s.an)) {
			if (r->anchor_pending) {
				/* A :date came while the thread ran: the dates again. */
				session_redate(&s);
			} else {
				reader_set_analysis(r, s.an.tl, s.an.cl);
				wtimeout(stdscr, 250);
			}
			dirty = true;
		}
		if (r->reload) {
			session_reload(&s);
			dirty = true;
		}
		if (dirty) {
			reader_draw(r, &s.g);
			blit(&s.g);
			dirty = false;
		}
		rc = wget_wch(stdscr, &ch);
		if (rc == ERR || now_ms() - kept_at >= NOTE_KEEP_MS) {
			/* a pause in the typing, or a while of it: the note so far is kept */
			reader_note_keep(r);
			kept_at = now_ms();
		}
		if (rc == ERR)
			continue;
		dirty = true;
		if (rc == KEY_CODE_YES && ch == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) == OK) {
				int b = (ev.bstate & BUTTON4_PRESSED)   ? 4
					: (ev.bstate & BUTTON5_PRESSED) ? 5
					: (ev.bstate & BUTTON1_PRESSED) ? 1
									: 0;
				if (b)
					reader_mouse(r, ev.y, ev.x, b);
			}
			continue;
		}
		int key = translate_key(rc, ch);
		if (key == UI_KEY_ESC && r->mode == MODE_NOTE) {
			/* In the note editor Alt-b must not be Esc and b (which would leave it). Not
			 * elsewhere: a quick key after Esc stays a key of its own there. */
			key = read_after_esc();
			wtimeout(stdscr, s.an.running ? 100 : 250);
		}
		if (key == UI_KEY_RESIZE) {
			reader_resize(r, LINES, COLS);
			continue;
		}
		if (key >= 0)
			reader_key(r, key);
		if (r->want_external)
			edit_external(r);
		session_redate(&s);
		if (r->repaint) {
			r->repaint = false;
			clearok(curscr, TRUE);
		}
	}
	/* An end that cannot ask keeps the note being written: in the database, else in a file
	 * that stderr names once the terminal is given back. */
	char *kept = NULL;
	if (got_signal)
		reader_note_rescue(r, &kept);
	/* The place is the whole article's (the preview is not its identity): after a move or a
	 * jump asked for while it was read, the quit waits for it, the screen already given back. */
	if (s.preview && !got_signal && s.db && !notes_readonly(s.db) &&
	    (r->top != 0 || r->deferred == ACT_BOTTOM)) {
		restore_terminal();
		while (!atomic_load(&s.an.read_done))
			nanosleep(&(struct timespec){0, 10000000}, NULL);
		if (s.an.read) {
			if (r->deferred != ACT_BOTTOM)
				r->deferred = ACT_NONE;
			s.d = s.an.read;
			reader_set_doc(r, s.d, NULL, NULL, NULL);
		}
	}
	/* A place that cannot be saved (the database refused it, is read-only or could not be
	 * opened, when the reader moved from where it opened) is said on stderr, with status 1. */
	char *lost = NULL;
	if (s.d && s.db && !notes_readonly(s.db)) {
		if (notes_position_set(s.db, s.d, r->top) < 0)
			lost = xstrdup(notes_error(s.db));
	} else if (s.d && r->top != s.opened) {
		lost = xstrdup(s.db        ? "the notes database is read-only"
			       : s.problem ? s.problem
					   : "there is no notes database");
	}
	int status = lost ? 1 : 0;
	grid_free(&s.g);
	reader_free(r);
	notes_close(s.db);
	if (lost) {
		/* the reader's place is lost: say so where it can be read */
		restore_terminal();
		fprintf(stderr, "dateline: the reading place was not saved: %s\n", lost);
		free(lost);
	}
	if (kept) {
		restore_terminal();
		fprintf(stderr,
			"dateline: the note being written could not be saved; it is in %s\n", kept);
		free(kept);
	}
	terminal_end();
	if (s.an.running) {
		/* Quit before the analysis finished: it still reads the document, and nothing
		 * waits for it. The notes and the place are saved (or stderr said not); end here. */
		exit(status);
	}
	timex_list_free(s.an.tl);
	claim_list_free(s.an.cl);
	doc_free(s.d);
	doc_free(s.preview);
	return status;
}

int ui_run(struct doc *d, const struct ui_source *src, const char *notes_db)
{
	struct session s;

	memset(&s, 0, sizeof(s));
	s.d = d;
	s.src = src;
	return session_run(&s, NULL, NULL, notes_db);
}

int ui_run_file(const char *path, const char *name, enum format format, const struct date *given,
		const struct ui_source *src, const char *notes_db)
{
	struct session s;
	struct doc_reading *rd;
	int rc;

	memset(&s, 0, sizeof(s));
	s.src = src;
	rc = doc_read_begin(path, name, format, READER_PREVIEW_BYTES, READER_BACKGROUND_MIN, &rd,
			    &s.preview);
	if (rc == 0 && s.preview) {
		timex_settle_anchor(s.preview, given);
		return session_run(&s, rd, given, notes_db);
	}
	if (rc == 0)
		rc = doc_read_end(rd, &s.d);
	if (rc < 0) {
		fprintf(stderr, "dateline: %s: %s\n", path,
			rc == -EILSEQ ? "not a text file" : strerror(-rc));
		return 1;
	}
	timex_settle_anchor(s.d, given);
	return session_run(&s, NULL, NULL, notes_db);
}

/* Reads one key of a --dump key script: a UTF-8 character or a <Name>. */
static int script_key(const char **s)
{
	static const struct {
		const char *name;
		int key;
	} names[] = {
		{"<Esc>", UI_KEY_ESC},      {"<Enter>", UI_KEY_ENTER}, {"<Tab>", '\t'},
		{"<BTab>", UI_KEY_BTAB},    {"<Down>", UI_KEY_DOWN},   {"<Up>", UI_KEY_UP},
		{"<Left>", UI_KEY_LEFT},    {"<Right>", UI_KEY_RIGHT}, {"<PgDn>", UI_KEY_PGDN},
		{"<PgUp>", UI_KEY_PGUP},    {"<Home>", UI_KEY_HOME},   {"<End>", UI_KEY_END},
		{"<BS>", UI_KEY_BACKSPACE}, {"<Del>", UI_KEY_DELETE},  {"<C-j>", '\n'},
		{"<C-w>", UI_CTRL('w')},    {"<C-u>", UI_CTRL('u')},   {"<lt>", '<'},
		{"<C-c>", UI_CTRL('c')},    {"<C-o>", UI_CTRL('o')},   {"<C-n>", UI_CTRL('n')},
		{"<C-x>", UI_CTRL('x')},    {"<F1>", UI_KEY_F1},       {"<M-b>", UI_KEY_ALT + 'b'},
	};
	uint32_t cp;

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n = strlen(names[i].name);
		if (strncmp(*s, names[i].name, n) == 0) {
			*s += n;
			return names[i].key;
		}
	}
	int k = text_decode(*s, strlen(*s), &cp);
	*s += k > 0 ? k : 1;
	return k > 0 ? (int)cp : -1;
}

int ui_dump(FILE *out, struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	    int rows, int cols, const char *keys)
{
	struct reader r;
	struct grid g;
	struct buf b = BUF_INIT;
	int rc = 0;

	reader_init(&r, d, tl, cl, NULL, NULL, "not opened by --dump");
	memset(&g, 0, sizeof(g));
	reader_resize(&r, rows, cols);
	for (const char *s = keys ? keys : ""; *s;) {
		int k = script_key(&s);
		if (k >= 0)
			reader_key(&r, k);
		if (r.want_external)
			reader_external_done(&r, NULL, "No external editor without a terminal");
	}
	reader_draw(&r, &g);
	grid_text(&g, &b);
	if (fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0)
		rc = 1;
	buf_free(&b);
	grid_free(&g);
	reader_free(&r);
	return rc;
}

int ui_keys_md(FILE *out)
{
	struct buf b = BUF_INIT;
	int rc = 0;

	reader_keys_md(&b);
	if (fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0)
		rc = 1;
	buf_free(&b);
	return rc;
}
