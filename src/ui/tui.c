/* tui: the terminal side of the reader: curses set-up and hygiene, keys and mouse in, the grid
 * out; also the terminal-free entry points (--dump, --keys-md). */
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
#include "ui.h"

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
	if (st & ST_NOTE)
		a |= A_UNDERLINE;
	if (st & ST_HEADER)
		a |= A_BOLD | ((st & ST_FOCUS) ? A_REVERSE : A_UNDERLINE);
	if (st & ST_SELECTED)
		a |= (st & ST_FOCUS) ? A_REVERSE : A_BOLD;
	if (!colour) {
		if (st & ST_DATE)
			a |= A_UNDERLINE;
		if (st & (ST_CONTROL | ST_ERROR))
			a |= A_BOLD;
		if (st & ST_CURRENT)
			a |= A_BOLD | A_UNDERLINE;
		if (st & (ST_STATUS | ST_MATCH))
			a |= A_REVERSE;
		if (st & ST_MATCH_CUR)
			a |= A_REVERSE | A_BOLD;
		return a;
	}
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
	default:
		return -1;
	}
}

static void open_notes(const char *path, struct notes_db **db, const char **problem)
{
	char *def = path ? NULL : notes_default_path();
	int rc = notes_open(path ? path : def, db);

	*problem = NULL;
	if (rc < 0) {
		*db = NULL;
		*problem = rc == -EPROTO ? "the notes database is corrupt or not dateline's"
					 : strerror(-rc);
	}
	free(def);
}

/* The article's analysis, and for a long article read in two steps its reading too: found
 * before the first screen for an article of normal size, and on a second thread for a large one,
 * so that its first screen comes at once. */
struct analysis {
	struct doc_reading *rd; /* the rest to read, or NULL when d was given */
	struct date given;      /* the anchor date given (--date), when have_given */
	bool have_given;
	const struct doc *d; /* the whole article: given, or read (then owned here) */
	struct doc *read;    /* the article read here, owned; set with `d` when the reading ends */
	int read_err;        /* the reading's negative errno (-EILSEQ: not text) */
	struct timex_list *tl; /* owned; set when done */
	struct claim_list *cl;
	pthread_t thread;
	atomic_bool read_done; /* the reading ended: read or read_err is set */
	atomic_bool done;      /* the analysis ended too */
	bool running;          /* the thread was started and not yet joined */
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
		an->tl = timex_find(an->d);
		an->cl = claims_find(an->d);
	}
	atomic_store(&an->done, true);
	return NULL;
}

/* Starts the reading and analysis: on a thread (signals blocked there, so that they reach the
 * reader) for a large article, or here; falls back to here when no thread can be made. */
static void analysis_start(struct analysis *an, bool background)
{
	sigset_t all, old;

	atomic_init(&an->read_done, !an->rd);
	atomic_init(&an->done, false);
	if (background) {
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

/* Says why the article could not be read, as the command line does. Returns 1. */
static int read_failed(const char *path, int err)
{
	fprintf(stderr, "dateline: %s: %s\n", path,
		err == -EILSEQ ? "not a text file" : strerror(-err));
	return 1;
}

/* Runs the reader on an (a whole article, or the preview of one being read) until the user
 * quits. Returns the exit status. */
static int session(struct analysis *an, struct doc *preview, const struct timex_list *tl,
		   const struct claim_list *cl, const char *notes_db)
{
	struct reader r;
	struct grid g;
	struct notes_db *db;
	struct note_list *notes;
	const char *problem;
	struct sigaction sa;
	size_t pos;
	int sig;

	if (!isatty(STDIN_FILENO)) {
		/* The article came through a pipe: the keyboard is the controlling terminal. */
		int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
		if (fd < 0 || dup2(fd, STDIN_FILENO) < 0)
			die("/dev/tty: %s", strerror(errno));
		close(fd);
	}
	notes = NULL;
	open_notes(notes_db, &db, &problem);
	if (preview) {
		/* The notes wait for the whole article: they are placed in it by its content. */
		reader_init_reading(&r, preview);
	} else {
		if (db && notes_load(db, an->d, &notes) < 0)
			notes = NULL;
		reader_init(&r, an->d,
			    tl            ? tl
			    : an->running ? NULL
					  : an->tl,
			    cl            ? cl
			    : an->running ? NULL
					  : an->cl,
			    db, notes, problem);
	}
	memset(&g, 0, sizeof(g));

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);

	set_escdelay(25);
	if (!initscr())
		die("cannot start the terminal (TERM=%s)", getenv("TERM") ? getenv("TERM") : "");
	curses_on = true;
	die_set_hook(restore_terminal);
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		snprintf(r.status, sizeof(r.status),
			 "The locale is not UTF-8 (%s): some characters are drawn as ?",
			 nl_langinfo(CODESET));
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 250);
	colours_init();
	mouseinterval(0);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	curs_set(0);

	reader_resize(&r, LINES, COLS);
	if (!preview && db && notes_position_get(db, an->d, &pos) == 0)
		reader_goto(&r, pos);
	if (problem)
		snprintf(r.status, sizeof(r.status), "Notes unavailable: %s", problem);
	else if (db && notes_readonly(db))
		snprintf(r.status, sizeof(r.status), "The notes database is read-only");

	bool dirty = true;
	if (an->running)
		wtimeout(stdscr, 100); /* to look for the article and its analysis */
	while (!r.quit && !got_signal) {
		wint_t ch;
		if (preview && atomic_load(&an->read_done)) {
			if (!an->read)
				die("%s: %s", doc_name(preview),
				    an->read_err == -EILSEQ ? "not a text file"
							    : strerror(-an->read_err));
			/* Unless the reader moved meanwhile, the article opens at its place. */
			bool moved = r.top != 0 || r.deferred != ACT_NONE;
			if (db && notes_load(db, an->d, &notes) < 0)
				notes = NULL;
			reader_set_doc(&r, an->d, db, notes, problem);
			doc_free(preview);
			preview = NULL;
			if (!moved && db && notes_position_get(db, an->d, &pos) == 0)
				reader_goto(&r, pos);
			dirty = true;
		}
		if (analysis_arrived(an)) {
			reader_set_analysis(&r, an->tl, an->cl);
			wtimeout(stdscr, 250);
			dirty = true;
		}
		if (dirty) {
			reader_draw(&r, &g);
			blit(&g);
			dirty = false;
		}
		int rc = wget_wch(stdscr, &ch);
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
					reader_mouse(&r, ev.y, ev.x, b);
			}
			continue;
		}
		int key = translate_key(rc, ch);
		if (key == UI_KEY_RESIZE) {
			reader_resize(&r, LINES, COLS);
			continue;
		}
		if (key == UI_CTRL('c') && r.mode == MODE_NORMAL) /* when the tty does not signal */
			break;
		if (key >= 0)
			reader_key(&r, key);
		if (r.repaint) {
			r.repaint = false;
			clearok(curscr, TRUE);
		}
	}
	sig = got_signal;
	restore_terminal();
	die_set_hook(NULL);
	/* The place is the whole article's (the preview is not its identity): after a move or a
	 * jump asked for while it was read, the quit waits for it, the screen already given back. */
	if (preview && !sig && db && !notes_readonly(db) &&
	    (r.top != 0 || r.deferred == ACT_BOTTOM)) {
		while (!atomic_load(&an->read_done))
			nanosleep(&(struct timespec){0, 10000000}, NULL);
		if (an->read) {
			if (r.deferred != ACT_BOTTOM)
				r.deferred = ACT_NONE;
			reader_set_doc(&r, an->d, NULL, NULL, NULL);
			doc_free(preview);
			preview = NULL;
		}
	}
	if (!preview && db && !notes_readonly(db))
		notes_position_set(db, an->d, r.top);
	grid_free(&g);
	reader_free(&r);
	notes_close(db);
	if (sig) {
		signal(sig, SIG_DFL);
		raise(sig);
		return 128 + sig;
	}
	if (an->running) {
		/* Quit before the article was read or analysed: the thread reads the document the
		 * caller would free, and nothing waits for it. The notes and the place are saved;
		 * end here. */
		exit(0);
	}
	doc_free(preview);
	timex_list_free(an->tl);
	claim_list_free(an->cl);
	doc_free(an->read);
	return 0;
}

int ui_run(const struct doc *d, const struct timex_list *tl, const struct claim_list *cl,
	   const char *notes_db)
{
	struct analysis an;
	size_t len;

	memset(&an, 0, sizeof(an));
	an.d = d;
	doc_text(d, &len);
	if (!tl || !cl)
		analysis_start(&an, len >= READER_BACKGROUND_MIN);
	return session(&an, NULL, tl, cl, notes_db);
}

int ui_run_file(const char *path, enum format format, const struct date *given,
		const char *notes_db)
{
	struct analysis an;
	struct doc *preview = NULL;
	int rc;

	memset(&an, 0, sizeof(an));
	rc = doc_read_begin(path, format, READER_PREVIEW_BYTES, READER_BACKGROUND_MIN, &an.rd,
			    &preview);
	if (rc < 0)
		return read_failed(path, rc);
	an.have_given = given != NULL;
	if (given)
		an.given = *given;
	if (preview) {
		timex_settle_anchor(preview, given);
		analysis_start(&an, true);
		if (an.running)
			return session(&an, preview, NULL, NULL, notes_db);
		/* Without a thread, everything was read and found here. */
		doc_free(preview);
		if (!an.read)
			return read_failed(path, an.read_err);
		return session(&an, NULL, NULL, NULL, notes_db);
	}
	rc = doc_read_end(an.rd, &an.read);
	an.rd = NULL;
	if (rc < 0)
		return read_failed(path, rc);
	timex_settle_anchor(an.read, given);
	an.d = an.read;
	size_t len;
	doc_text(an.d, &len);
	analysis_start(&an, len >= READER_BACKGROUND_MIN);
	return session(&an, NULL, NULL, NULL, notes_db);
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

int ui_dump(FILE *out, const struct doc *d, const struct timex_list *tl,
	    const struct claim_list *cl, int rows, int cols, const char *keys)
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
