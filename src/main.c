/* main: the command line. Parses options, loads the article, runs the engines and prints or
 * starts the reader. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/export.h"
#include "dateline/fetch.h"
#include "dateline/notes.h"
#include "dateline/timex.h"
#include "ui/ui.h"

extern const char dateline_sample[];
extern const size_t dateline_sample_len;

static const char usage_text[] =
	"usage: dateline [options] [FILE | URL | -]\n"
	"\n"
	"Reads a news article (plain text, HTML or Markdown) and shows it beside a timeline of\n"
	"the dated events it reports and the claims it attributes. An http:// or https:// URL is\n"
	"fetched. With no FILE and a terminal on standard input, opens the built-in sample article;\n"
	"'-' or a pipe reads standard input.\n"
	"\n"
	"options:\n"
	"  --date YYYY-MM-DD   anchor date for relative expressions (default: the article's own)\n"
	"  --json              print the analysis as JSON\n"
	"  --timeline          print the timeline of dated events\n"
	"  --claims            print the claims (who said what)\n"
	"  --text              print the analysed text (the extracted text of HTML or Markdown)\n"
	"  --export-md FILE    write the notes, timeline and claims as Markdown ('-': stdout)\n"
	"  --format FORMAT     read the input as text, html or markdown (default: detect)\n"
	"  --notes-db PATH     the notes database (default: $XDG_DATA_HOME/dateline/notes.db)\n"
	"  --timeout SECONDS   give up fetching a URL after this long (default: 30)\n"
	"  --url URL           name the source of a file or standard input (for --json and notes)\n"
	"  -h, --help          show this help and exit\n"
	"  -V, --version       show the version and exit\n"
	"\n"
	"When standard output is not a terminal and no mode is given, prints the timeline and the\n"
	"claims. Exit status: 0 success, 1 error, 2 usage error.\n";

enum {
	OPT_DATE = 256,
	OPT_EXPORT_MD,
	OPT_FORMAT,
	OPT_NOTES_DB,
	OPT_TIMEOUT,
	OPT_URL,
	OPT_WIDTH,
	OPT_HEIGHT,
	OPT_KEYS,
	OPT_KEYS_MD
};

struct options {
	int json, timeline, claims, text; /* flags that getopt_long() sets */
	const char *export_md;
	const char *notes_db;
	const char *file;
	const char *url; /* --url: the name of file's source */
	long timeout;    /* --timeout, seconds; 0: the default */
	bool have_date;
	struct date date;
	enum format format;
	/* Hidden, for layout tests: render the reader's screen as text (--dump --width --height
	 * --keys SCRIPT); --keys-md prints docs/keys.md at once. */
	int dump; /* a flag, as json */
	int width, height;
	const char *keys;
};

static int usage_error(const char *fmt, const char *arg)
{
	fputs("dateline: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (try 'dateline --help')\n", stderr);
	return 2;
}

static int parse_args(int argc, char **argv, struct options *o)
{
	const struct option longopts[] = {
		{"date", required_argument, NULL, OPT_DATE},
		{"json", no_argument, &o->json, 1},
		{"timeline", no_argument, &o->timeline, 1},
		{"claims", no_argument, &o->claims, 1},
		{"text", no_argument, &o->text, 1},
		{"export-md", required_argument, NULL, OPT_EXPORT_MD},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"notes-db", required_argument, NULL, OPT_NOTES_DB},
		{"timeout", required_argument, NULL, OPT_TIMEOUT},
		{"url", required_argument, NULL, OPT_URL},
		{"dump", no_argument, &o->dump, 1},
		{"width", required_argument, NULL, OPT_WIDTH},
		{"height", required_argument, NULL, OPT_HEIGHT},
		{"keys", required_argument, NULL, OPT_KEYS},
		{"keys-md", no_argument, NULL, OPT_KEYS_MD},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hV", longopts, NULL)) != -1) {
		switch (c) {
		case 0: /* a flag, set */
			break;
		case OPT_DATE:
			if (!date_parse_iso(optarg, &o->date))
				return usage_error("--date wants a date as YYYY-MM-DD, not '%s'",
						   optarg);
			o->have_date = true;
			break;
		case OPT_EXPORT_MD:
			o->export_md = optarg;
			break;
		case OPT_NOTES_DB:
			o->notes_db = optarg;
			break;
		case OPT_TIMEOUT: {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || end == optarg || v < 1 || v > 86400)
				return usage_error(
					"--timeout wants whole seconds, 1 to 86400, not '%s'",
					optarg);
			o->timeout = v;
			break;
		}
		case OPT_URL:
			if (!fetch_is_url(optarg))
				return usage_error(
					"--url wants an http:// or https:// URL, not '%s'", optarg);
			o->url = optarg;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "text") == 0)
				o->format = FORMAT_TEXT;
			else if (strcmp(optarg, "html") == 0)
				o->format = FORMAT_HTML;
			else if (strcmp(optarg, "markdown") == 0 || strcmp(optarg, "md") == 0)
				o->format = FORMAT_MARKDOWN;
			else
				return usage_error(
					"--format wants text, html or markdown, not '%s'", optarg);
			break;
		case OPT_WIDTH:
		case OPT_HEIGHT: {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 10000)
				return usage_error("--width and --height want 1 to 10000, not '%s'",
						   optarg);
			*(c == OPT_WIDTH ? &o->width : &o->height) = (int)v;
			break;
		}
		case OPT_KEYS:
			o->keys = optarg;
			break;
		case OPT_KEYS_MD:
			exit(ui_keys_md(stdout));
		case 'h':
			fputs(usage_text, stdout);
			exit(fflush(stdout) == 0 ? 0 : 1);
		case 'V':
			printf("dateline %s\n", DATELINE_VERSION);
			exit(fflush(stdout) == 0 ? 0 : 1);
		case ':':
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		o->file = argv[optind++];
	if (optind < argc)
		return usage_error("one article at a time; unexpected '%s'", argv[optind]);
	if (o->url && o->file && fetch_is_url(o->file))
		return usage_error("--url names the source of a file or of standard input, not of "
				   "'%s'",
				   o->file);
	return 0;
}

/* Fetches the page at url and loads it, named by the URL as given: its format from the
 * Content-Type unless --format says, its charset from there too. progress may be NULL. Returns 0
 * and sets *out (freed by the caller with doc_free()), or -1 with a one-line reason in err. */
static int load_url(const struct options *o, const char *url, fetch_progress_fn progress, void *ctx,
		    struct doc **out, char *err, size_t errcap)
{
	struct fetch_options fo = {.timeout = o->timeout, .progress = progress, .ctx = ctx};
	struct fetch_page page;
	const char *why = NULL;

	*out = NULL;
	if (fetch_url(url, &fo, &page, err, errcap) < 0)
		return -1;
	enum format format = o->format ? o->format : formats_from_media_type(page.media_type);
	*out = doc_load_charset(page.body, page.len, url, format, page.charset, &why);
	if (!*out)
		snprintf(err, errcap, "%s", why ? why : "not a text file");
	fetch_page_free(&page);
	return *out ? 0 : -1;
}

/* The reader's loader (struct ui_source): the URL fetched, or the file read, again; the anchor
 * settled as at the first load. */
static int load_source(void *arg, fetch_progress_fn progress, void *ctx, struct doc **out,
		       char *err, size_t errcap)
{
	const struct options *o = arg;

	if (fetch_is_url(o->file)) {
		if (load_url(o, o->file, progress, ctx, out, err, errcap) < 0)
			return -1;
	} else {
		int e = doc_read_named(o->file, o->url ? o->url : o->file, o->format, out);
		if (e < 0) {
			snprintf(err, errcap, "%s",
				 e == -EILSEQ ? "not a text file" : strerror(-e));
			return -1;
		}
	}
	timex_settle_anchor(*out, o->have_date ? &o->date : NULL);
	return 0;
}

static struct doc *load(const struct options *o)
{
	struct doc *d = NULL;
	const char *err = NULL;

	if (o->file && fetch_is_url(o->file)) {
		char why[256];
		if (load_url(o, o->file, NULL, NULL, &d, why, sizeof(why)) < 0)
			die("%s: %s", o->file, why);
		return d;
	}
	if (!o->file && !o->url && isatty(STDIN_FILENO)) {
		d = doc_load(dateline_sample, dateline_sample_len, "sample", FORMAT_TEXT, &err);
		if (!d)
			die("sample: %s", err);
		return d;
	}
	const char *path = o->file ? o->file : "-";
	int rc = doc_read_named(path, o->url ? o->url : path, o->format, &d);
	if (rc == -EILSEQ)
		die("%s: not a text file", path);
	if (rc < 0)
		die("%s: %s", path, strerror(-rc));
	return d;
}

/* --export-md: the notes of the article (from the database, opened read-only) with the timeline
 * and claims, written atomically; never over the article itself nor over a file that is no
 * export. Returns the exit status. */
static int export_md(const struct options *o, const struct doc *d, const struct timex_list *tl,
		     const struct claim_list *cl)
{
	char *dbpath = o->notes_db ? xstrdup(o->notes_db) : notes_default_path();
	struct notes_db *db = NULL;
	struct note_list *notes = NULL;
	struct export_file ef;
	struct export_sink s;
	int e, rc = 1;

	if (o->file && !fetch_is_url(o->file) && strcmp(o->export_md, "-") != 0 &&
	    export_is_same_file(o->export_md, o->file)) {
		fprintf(stderr, "dateline: %s: is the article; not overwriting it\n", o->export_md);
		goto out;
	}
	/* The path may name the article read from standard input, or any file mistyped: only an
	 * earlier export (or an empty file) is replaced without a person to ask. */
	if (export_is_foreign(o->export_md)) {
		fprintf(stderr,
			"dateline: %s: exists and is not a dateline export; not overwriting it\n",
			o->export_md);
		goto out;
	}
	/* No database yet at the default place means no notes; a named one must exist. */
	e = notes_open_readonly(dbpath, &db);
	if (e == 0)
		e = notes_load(db, d, &notes);
	if (e < 0 && !(e == -ENOENT && !o->notes_db && !db)) {
		fprintf(stderr, "dateline: %s: %s\n", dbpath, notes_error(db));
		goto out;
	}
	e = export_file_open(&ef, o->export_md);
	if (e == 0) {
		export_sink_file(&s, ef.f);
		export_markdown(&s, d, tl, cl, notes, time(NULL));
		e = export_file_close(&ef, export_sink_finish(&s));
	}
	if (e < 0)
		fprintf(stderr, "dateline: %s: %s\n",
			strcmp(o->export_md, "-") == 0 ? "standard output" : o->export_md,
			strerror(-e));
	else
		rc = 0;
out:
	note_list_free(notes);
	notes_close(db);
	free(dbpath);
	return rc;
}

/* The claims, found on a second thread while the dates are found and the first half of --json
 * is written: the two engines read the immutable document and share only the coreference, which
 * the claims thread builds first and hands over (the timeline names its pronouns with it). */
struct pending_claims {
	const struct doc *d;
	struct claim_list *cl;
	struct coref *co; /* the document's coreference once built; freed by claims_end() */
	bool co_ready;    /* co is set (under lock while the thread runs) */
	bool named;       /* the timeline's subjects are named (main thread only) */
	pthread_mutex_t lock;
	pthread_cond_t built;
	pthread_t thread;
	bool running;
};

static void *claims_thread(void *arg)
{
	struct pending_claims *p = arg;
	struct coref *co = coref_build(p->d);

	pthread_mutex_lock(&p->lock);
	p->co = co;
	p->co_ready = true;
	pthread_cond_broadcast(&p->built);
	pthread_mutex_unlock(&p->lock);
	p->cl = claims_find_with(p->d, co);
	return NULL;
}

/* Starts finding the claims when `wanted`; otherwise (or without a thread) they are found when
 * first asked for, if ever. */
static void claims_start(struct pending_claims *p, const struct doc *d, bool wanted)
{
	p->d = d;
	p->cl = NULL;
	p->co = NULL;
	p->co_ready = false;
	p->named = false;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->built, NULL);
	p->running = wanted && pthread_create(&p->thread, NULL, claims_thread, p) == 0;
}

/* The document's coreference: the claims thread's once it has built it, else built here. Owned
 * by p; read-only for everyone. */
static const struct coref *claims_coref(struct pending_claims *p)
{
	if (p->running) {
		pthread_mutex_lock(&p->lock);
		while (!p->co_ready)
			pthread_cond_wait(&p->built, &p->lock);
		pthread_mutex_unlock(&p->lock);
	} else if (!p->co_ready) {
		p->co = coref_build(p->d);
		p->co_ready = true;
	}
	return p->co;
}

/* The claims, once found. Owned by p; the caller frees them with claim_list_free(). */
static struct claim_list *claims_wait(struct pending_claims *p)
{
	if (p->running) {
		pthread_join(p->thread, NULL);
		p->running = false;
	}
	if (!p->cl)
		p->cl = claims_find_with(p->d, p->co);
	return p->cl;
}

/* Waits for the thread and frees what p holds. */
static void claims_end(struct pending_claims *p)
{
	if (p->running)
		pthread_join(p->thread, NULL);
	p->running = false;
	claim_list_free(p->cl);
	coref_free(p->co);
	pthread_cond_destroy(&p->built);
	pthread_mutex_destroy(&p->lock);
}

/* Names the people of the timeline's events ("he" -> Huang Renxun) with the coreference, once;
 * nothing without a timeline (tl NULL). */
static void name_subjects(struct timex_list *tl, const struct doc *d, struct pending_claims *pc)
{
	if (tl && !pc->named && timex_has_subjects(tl))
		timex_name_subjects(tl, d, claims_coref(pc));
	pc->named = true;
}

/* The command-line modes, written to standard output as they are produced. Returns the exit
 * status. */
static int print_modes(const struct options *o, const struct doc *d, struct timex_list *tl,
		       struct pending_claims *pc)
{
	struct export_sink s;
	bool mode = o->json || o->timeline || o->claims || o->text;
	int e;

	export_sink_file(&s, stdout);
	if (o->json) {
		/* the document and its dates are written while the claims thread reads the names */
		export_json_doc(&s, d, tl);
		name_subjects(tl, d, pc);
		export_json_events(&s, tl);
		export_json_tail(&s, d, claims_wait(pc));
	}
	name_subjects(tl, d, pc);
	if (o->text && !s.err) {
		size_t len;
		const char *t = doc_text(d, &len);
		/* A terminal gets escape sequences from the article drawn visibly, never sent. */
		export_text(&s, t, len, isatty(STDOUT_FILENO));
	}
	if (o->timeline && !s.err)
		export_timeline(&s, d, tl);
	if (o->claims && !s.err) {
		const struct claim_list *cl = claims_wait(pc);
		if (o->timeline && tl->nevents)
			buf_putc(s.out, '\n');
		export_claims(&s, d, cl);
	}
	if (!mode && !o->export_md && !o->dump && !s.err) {
		const struct claim_list *cl = claims_wait(pc);
		export_timeline(&s, d, tl);
		if (tl->nevents && cl->n)
			buf_putc(s.out, '\n');
		export_claims(&s, d, cl);
	}
	e = export_sink_finish(&s);
	if (e < 0) {
		fprintf(stderr, "dateline: standard output: %s\n", strerror(-e));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct options o;
	struct doc *d;
	struct timex_list *tl;
	struct pending_claims pc;
	int rc;

	setlocale(LC_ALL, "");
	memset(&o, 0, sizeof(o));
	rc = parse_args(argc, argv, &o);
	if (rc)
		return rc;
	bool mode = o.json || o.timeline || o.claims || o.text;
	if (!o.dump && !mode && !o.export_md && isatty(STDOUT_FILENO)) {
		/* The reader finds the dates and claims itself, so as to show a large article at
		 * once, fetches a URL itself, so as to show it coming, and reads a file or a pipe
		 * itself, so as to show a long one from its first bytes; r loads a file or URL
		 * again. */
		struct ui_source src = {.name = o.file, .load = load_source, .arg = &o};
		bool again = o.file && strcmp(o.file, "-") != 0;
		if (again && fetch_is_url(o.file))
			return ui_run(NULL, &src, o.notes_db);
		if (o.file || o.url || !isatty(STDIN_FILENO)) {
			const char *path = o.file ? o.file : "-";
			return ui_run_file(path, o.url ? o.url : path, o.format,
					   o.have_date ? &o.date : NULL, again ? &src : NULL,
					   o.notes_db);
		}
		d = load(&o);
		timex_settle_anchor(d, o.have_date ? &o.date : NULL);
		return ui_run(d, NULL, o.notes_db);
	}
	d = load(&o);
	timex_settle_anchor(d, o.have_date ? &o.date : NULL);
	/* A closed pipe is a write error like a full disk: said, and exit 1. */
	signal(SIGPIPE, SIG_IGN);
	/* --timeline and --text alone need no claims. */
	claims_start(&pc, d, o.json || o.claims || o.export_md || o.dump || !mode);
	/* --claims and --text alone need no dates (print_modes() reads tl only for the others). */
	tl = o.json || o.timeline || o.export_md || o.dump || !mode ? timex_find(d) : NULL;
	rc = 0;
	if (o.export_md) {
		name_subjects(tl, d, &pc);
		rc = export_md(&o, d, tl, claims_wait(&pc));
	}
	if (print_modes(&o, d, tl, &pc))
		rc = 1;
	if (o.dump) {
		name_subjects(tl, d, &pc);
		int rows = o.height ? o.height : 24, cols = o.width ? o.width : 80;
		if (ui_dump(stdout, d, tl, claims_wait(&pc), rows, cols, o.keys))
			rc = 1;
	}
	claims_end(&pc);
	timex_list_free(tl);
	doc_free(d);
	return rc;
}
