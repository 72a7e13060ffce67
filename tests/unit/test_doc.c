/* Unit tests of the doc module: loading, paragraphs, sentences and titles with exact spans;
 * reading a file at once or in two steps with a preview of its beginning. */
#include "check.h"
#include "dateline/doc.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static struct doc *load(const char *s)
{
	const char *err = NULL;
	struct doc *d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	return d;
}

#define SPAN_IS(sp, s, e)                                                                          \
	do {                                                                                       \
		CHECK_EQ((sp).start, (s));                                                         \
		CHECK_EQ((sp).end, (e));                                                           \
	} while (0)

static void paragraphs_blank_lines(void)
{
	struct doc *d = load("Title here\n\nFirst para line one\nline two.\n\n\n  Second.  \n");

	CHECK_EQ(doc_paragraph_count(d), 3);
	SPAN_IS(doc_paragraph(d, 0)->span, 0, 10);
	SPAN_IS(doc_paragraph(d, 1)->span, 12, 41);
	SPAN_IS(doc_paragraph(d, 2)->span, 46, 53);
	doc_free(d);
}

static void crlf_and_cr_and_bom(void)
{
	struct doc *d = load("\xEF\xBB\xBFOne.\r\n\r\nTwo.\r\n");

	CHECK_EQ(doc_paragraph_count(d), 2);
	SPAN_IS(doc_paragraph(d, 0)->span, 3, 7);
	SPAN_IS(doc_paragraph(d, 1)->span, 11, 15);
	doc_free(d);
	d = load("One.\r\rTwo.\rstill two.");
	CHECK_EQ(doc_paragraph_count(d), 2);
	SPAN_IS(doc_paragraph(d, 1)->span, 6, 21);
	doc_free(d);
}

static void single_newline_paragraphs(void)
{
	/* Long unwrapped lines separated by single newlines are paragraphs of their own. */
	const char *l =
		"This line is long enough to be a whole paragraph of a news story, not a line "
		"of wrapped text in a narrow column.";
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s\n%s\n%s\n", l, l, l);
	struct doc *d = load(b.data);
	CHECK_EQ(doc_paragraph_count(d), 3);
	SPAN_IS(doc_paragraph(d, 1)->span, strlen(l) + 1, 2 * strlen(l) + 1);
	doc_free(d);
	buf_free(&b);
}

static void sentences_abbreviations(void)
{
	struct doc *d = load("Mr. Smith met Dr. Jones in the U.S. on Jan. 5. He paid $3.5 million. "
			     "John F. Kennedy spoke. Then it ended... or not. The U.S. The end.");
	const char *t = doc_text(d, NULL);

	CHECK_EQ(doc_sentence_count(d), 6);
	SPAN_IS(doc_sentence(d, 0)->span, 0, 46);
	SPAN_IS(doc_sentence(d, 1)->span, 47, 68);
	CHECK(strncmp(t + doc_sentence(d, 2)->span.start, "John F. Kennedy spoke.", 22) == 0);
	CHECK(strncmp(t + doc_sentence(d, 3)->span.start, "Then it ended... or not.", 24) == 0);
	CHECK(strncmp(t + doc_sentence(d, 4)->span.start, "The U.S.", 8) == 0);
	CHECK_EQ(doc_sentence(d, 4)->span.end - doc_sentence(d, 4)->span.start, 8);
	doc_free(d);
	/* a name's abbreviation ends a sentence before a word that opens one, not before a name */
	d = load("He works for Vale Tools Inc. The firm grew. Rand Bros. Films and Lee Jr. met.");
	CHECK_EQ(doc_sentence_count(d), 3);
	CHECK(strncmp(t = doc_text(d, NULL), "He works for Vale Tools Inc.", 28) == 0);
	CHECK_EQ(doc_sentence(d, 0)->span.end, 28);
	doc_free(d);
	/* a case's "v." ends no sentence */
	d = load("The court overturned Roe v. Wade in 2022. It was a shock.");
	CHECK_EQ(doc_sentence_count(d), 2);
	doc_free(d);
}

/* A state after a place and a comma ends the sentence before a capitalised word ("in Miami Beach,
 * Fla. Sister Ann said", a dateline "MIAMI BEACH, Ga. Dr. Lee said"); before a small word, or
 * after no place, it is an abbreviation still. */
static void sentences_state_ends_place(void)
{
	struct doc *d =
		load("The talks were held at a home in Lake Park, Fla. Sister Ann Rowe said "
		     "they went well. They met in Rye, N.Y. Officials left. "
		     "MIAMI BEACH, Ga. Dr. Lee Wu said so.");
	const char *t = doc_text(d, NULL);

	CHECK_EQ(doc_sentence_count(d), 6);
	if (doc_sentence_count(d) == 6) {
		CHECK(strncmp(t + doc_sentence(d, 1)->span.start, "Sister Ann Rowe said", 20) == 0);
		CHECK(strncmp(t + doc_sentence(d, 3)->span.start, "Officials left.", 15) == 0);
		CHECK(strncmp(t + doc_sentence(d, 5)->span.start, "Dr. Lee Wu said", 15) == 0);
	}
	doc_free(d);
	/* controls: a small word after the state, the District, a state without a place */
	d = load("He was in Tampa, Fla. on Monday. The Washington, D.C. Council met. The Fla. "
		 "Bar met.");
	CHECK_EQ(doc_sentence_count(d), 3);
	doc_free(d);
}

/* A closing quotation mark after "!", "?" or "." ends the sentence even when no space follows
 * it ("...!\u201dAfter"): pages lose the space between paragraphs run together. A name with "!"
 * ("Yahoo! in 2010"), a quote closed inside a sentence, and a lower-case word after stay one. */
static void sentences_closer_no_space(void)
{
	struct doc *d =
		load("\u201cWe won!\u201dAfter that the crowd left. \u201cWho knows?\u201dThe "
		     "mayor smiled. \u201cIt is done.\u201dThe end came.");
	const char *t = doc_text(d, NULL);

	CHECK_EQ(doc_sentence_count(d), 6);
	if (doc_sentence_count(d) == 6) {
		CHECK(strncmp(t + doc_sentence(d, 1)->span.start, "After that", 10) == 0);
		CHECK(strncmp(t + doc_sentence(d, 3)->span.start, "The mayor", 9) == 0);
		CHECK(strncmp(t + doc_sentence(d, 5)->span.start, "The end", 7) == 0);
	}
	doc_free(d);
	d = load("He joined Yahoo! in 2010. She wrote \u201cno!\u201dand left. It ended.");
	CHECK_EQ(doc_sentence_count(d), 3);
	doc_free(d);
}

static void sentences_in_quotes(void)
{
	struct doc *d = load("He said: \"We will go. We will win.\" Then he left.");

	CHECK_EQ(doc_sentence_count(d), 3);
	CHECK(doc_sentence(d, 0)->ends_in_quote);
	CHECK(!doc_sentence(d, 1)->ends_in_quote);
	SPAN_IS(doc_sentence(d, 1)->span, 22, 35);
	doc_free(d);
}

/* A straight mark set off by spaces after a terminator closes the open straight quotation and
 * goes with its sentence, as it does when no space is typed ("... mean? " Clinton asked"); one
 * that opens the next quotation opens the next sentence ("... go." "Then ..."). */
static void sentences_spaced_closing_mark(void)
{
	struct doc *d = load("\"We need one system. Well, what does that mean? \" Clinton asked. "
			     "\"We will go.\" \"Then we win.\"");
	const char *t = doc_text(d, NULL);

	CHECK_EQ(doc_sentence_count(d), 5);
	if (doc_sentence_count(d) == 5) {
		CHECK(strncmp(t + doc_sentence(d, 1)->span.start, "Well, what", 10) == 0);
		CHECK(strncmp(t + doc_sentence(d, 1)->span.end - 3, "? \"", 3) == 0);
		CHECK(strncmp(t + doc_sentence(d, 2)->span.start, "Clinton asked.", 14) == 0);
		CHECK(strncmp(t + doc_sentence(d, 4)->span.start, "\"Then", 5) == 0);
	}
	doc_free(d);
}

/* Reference marks after a full stop ("1914.[12][13] It") stay with their sentence, which still
 * ends there; a bracket that opens a sentence or holds other marks is not one. */
static void sentences_reference_marks(void)
{
	struct doc *d = load("The war began in 1914.[12] It ended in 1918.[13][b] Smith said the "
			     "treaty[15] was harsh.[citation needed] [Photo: AP] The end.");
	const char *t = doc_text(d, NULL);

	CHECK_EQ(doc_sentence_count(d), 4);
	if (doc_sentence_count(d) == 4) {
		SPAN_IS(doc_sentence(d, 0)->span, 0, 26);
		SPAN_IS(doc_sentence(d, 1)->span, 27, 51);
		CHECK(strncmp(t + doc_sentence(d, 2)->span.start, "Smith said", 10) == 0);
		CHECK(strncmp(t + doc_sentence(d, 3)->span.start, "[Photo: AP]", 11) == 0);
	}
	doc_free(d);
}

/* Wire-style quotation marks: a sentence may open with two backticks ("... abortions. ``He called
 * on ...,'' a spokesman said."), and a single backtick opens none. */
static void sentences_backtick_quotes(void)
{
	struct doc *d =
		load("He urged them to act. ``We must,'' she said. The code `x` ran. `Not this.");

	CHECK_EQ(doc_sentence_count(d), 3);
	SPAN_IS(doc_sentence(d, 1)->span, 22, 44);
	doc_free(d);
}

/* A no-break space after a full stop separates sentences as a space does. */
static void sentences_nbsp(void)
{
	struct doc *d = load("He said so on Monday.\xC2\xA0\xE2\x80\x9CWe will win.\xE2\x80\x9D "
			     "Then he left.\xC2\xA0 Nobody followed.");

	CHECK_EQ(doc_sentence_count(d), 4);
	SPAN_IS(doc_sentence(d, 0)->span, 0, 21);
	SPAN_IS(doc_sentence(d, 1)->span, 23, 41);
	doc_free(d);
}

/* The same sentences wherever their bytes fall against the eight-byte steps of the splitter and
 * the check for controls: each ending (. ! ? …) and quotation mark is seen after runs of plain
 * bytes of every length. */
static void sentences_at_any_offset(void)
{
	static const char *const ends[] = {"!", "?", ".", ",\" she said.", "\xE2\x80\xA6", "."};
	const char *w = "abcdefghijklmnopqrstuvwxyz";

	for (int k = 2; k <= 19; k++) { /* "A." alone would be an initial */
		char s[400];
		size_t n = 0;
		for (size_t i = 0; i < 6; i++)
			n += (size_t)snprintf(s + n, sizeof(s) - n, "%s%c%.*s%s", i ? " " : "",
					      i == 3 ? '"' : 'A', k, w, ends[i]);
		struct doc *d = load(s);
		CHECK_EQ(doc_sentence_count(d), 6);
		for (size_t i = 0; i < 6 && i < doc_sentence_count(d); i++) {
			struct span sp = doc_sentence(d, i)->span;
			size_t el = strlen(ends[i]);
			CHECK(sp.end - sp.start == (size_t)k + 1 + el);
			CHECK(memcmp(s + sp.end - el, ends[i], el) == 0);
		}
		doc_free(d);
		/* Controls in a fifth of the bytes make it binary, wherever they are. */
		char bin[40];
		const char *err = NULL;
		memset(bin, 'a', sizeof(bin));
		for (size_t i = 0; i < 5; i++)
			bin[((size_t)k + 8 * i) % sizeof(bin)] = '\x01';
		CHECK(doc_load(bin, sizeof(bin), "x", FORMAT_TEXT, &err) == NULL);
	}
}

/* The identity notes are kept under: FNV-1a 64 of the input bytes, whether the text was kept,
 * extracted from HTML or Markdown, or decoded from windows-1252, and asked for once or twice. */
static void hash_of_input(void)
{
	static const struct {
		const char *bytes;
		enum format format;
	} cases[] = {
		{"Plain text. Two sentences.\n", FORMAT_TEXT},
		{"<html><body><p>Some <b>HTML</b> text.</p></body></html>", FORMAT_HTML},
		{"# Title\n\nSome *Markdown* text.\n", FORMAT_MARKDOWN},
		{"Caf\xE9 in windows-1252.\n", FORMAT_TEXT},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const char *s = cases[i].bytes, *err = NULL;
		uint64_t h = 1469598103934665603ULL;
		for (size_t k = 0; s[k]; k++)
			h = (h ^ (unsigned char)s[k]) * 1099511628211ULL;
		struct doc *d = doc_load(s, strlen(s), "x", cases[i].format, &err);
		REQUIRE(d != NULL);
		CHECK(doc_hash(d) == h);
		CHECK(doc_hash(d) == h);
		doc_free(d);
	}
}

static void sentences_cjk(void)
{
	struct doc *d =
		load("\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xEF\xBC\x81");

	CHECK_EQ(doc_sentence_count(d), 2);
	SPAN_IS(doc_sentence(d, 0)->span, 0, 9);
	SPAN_IS(doc_sentence(d, 1)->span, 9, 18);
	doc_free(d);
}

static void titles(void)
{
	struct doc *d = load("Chip maker eyes return to China\n\nBody text. More.\n");
	struct span s;

	CHECK(doc_title(d, &s));
	SPAN_IS(s, 0, 31);
	CHECK(doc_paragraph(d, 0)->heading);
	doc_free(d);
	d = load("# A heading\n\nBody.\n");
	CHECK(doc_title(d, &s));
	SPAN_IS(s, 2, 11);
	CHECK_STR(doc_title_text(d), "A heading");
	doc_free(d);
	d = load("It was a long day in the city and nobody came to the meeting at all.\n\nNext.\n");
	CHECK(!doc_title(d, &s));
	doc_free(d);
	/* a lead that ends with a quotation's full stop is a sentence, not a headline (its names
	 * are names, not capitals of a title) */
	d = load("Reuters said Michael Reupke resigned, a move it termed an \"amicable "
		 "separation.\"\n\nNext.\n");
	CHECK(!doc_title(d, &s));
	CHECK(!doc_paragraph(d, 0)->heading);
	doc_free(d);
	d = load(
		"Reuters said Michael Reupke resigned, a move it termed \xE2\x80\x9Csad.\xE2\x80\x9D\n\n"
		"Next.\n");
	CHECK(!doc_title(d, &s));
	doc_free(d);
	d = load("Trump: \"We will win\"\n\nBody text. More.\n");
	CHECK(doc_title(d, &s));
	doc_free(d);
}

static void not_text(void)
{
	const char *err = NULL;
	char bin[64];

	CHECK(doc_load("a\0b", 3, "x", FORMAT_TEXT, &err) == NULL);
	CHECK_STR(err, "not a text file");
	/* Control characters make a file binary... */
	for (int i = 0; i < 64; i++)
		bin[i] = (char)(1 + i % 8);
	err = NULL;
	CHECK(doc_load(bin, sizeof(bin), "x", FORMAT_TEXT, &err) == NULL);
	CHECK(err != NULL);
	/* ...bytes that are not UTF-8 do not: they are read as windows-1252. */
	for (int i = 0; i < 64; i++)
		bin[i] = (char)(0xA0 + i);
	struct doc *d = doc_load(bin, sizeof(bin), "x", FORMAT_TEXT, &err);
	CHECK(d != NULL);
	if (d) {
		size_t len;
		const char *t = doc_text(d, &len);
		CHECK_EQ(len, 128); /* each a two-byte character */
		CHECK(memcmp(t, "\xC2\xA0\xC2\xA1", 4) == 0);
		CHECK(doc_converted(d));
		CHECK_EQ(doc_diag_count(d), 1);
		doc_free(d);
	}
}

static void legacy_and_byline(void)
{
	const char *err = NULL;
	/* Windows-1252: curly quotes, an e acute, a euro sign. */
	const char *in = "\x93"
			 "Caf\xe9\x94 costs \x80"
			 "3.\n\nBy Ann Lee\n\nSecond paragraph.\n";
	struct doc *d = doc_load(in, strlen(in), "x.txt", FORMAT_AUTO, &err);

	CHECK(d != NULL);
	if (!d)
		return;
	size_t len;
	const char *t = doc_text(d, &len);
	CHECK(strncmp(t,
		      "\xE2\x80\x9C"
		      "Caf\xC3\xA9\xE2\x80\x9D costs \xE2\x82\xAC"
		      "3.",
		      21) == 0);
	CHECK_STR(doc_diag(d, 0)->message, "not UTF-8: read as windows-1252");
	CHECK_STR(doc_byline(d), "Ann Lee");
	doc_free(d);

	/* A byline that opens the text is the byline, not the title; a headline after it is the
	 * title. */
	in = "\xE3\x80\x90Text by Observers Network, Qi Qian\xE3\x80\x91\n\n"
	     "Chip maker eyes return\n\nThe company said on Friday it would return.\n";
	d = doc_load(in, strlen(in), "x.txt", FORMAT_AUTO, &err);
	CHECK(d != NULL);
	if (!d)
		return;
	CHECK_STR(doc_byline(d), "Observers Network, Qi Qian");
	CHECK_STR(doc_title_text(d), "Chip maker eyes return");
	CHECK(!doc_paragraph(d, 0)->heading);
	CHECK(!doc_converted(d));
	CHECK_EQ(doc_diag_count(d), 0);
	doc_free(d);

	in = "\xE6\x96\x87/\xE6\x9D\x8E\xE6\x98\x8E\n\n"
	     "\xE5\xB8\x82\xE6\x94\xBF\xE5\xBA\x9C\xE5\xAE\xA3\xE5\xB8\x83\xE3\x80\x82\n";
	d = doc_load(in, strlen(in), "x.txt", FORMAT_AUTO, &err);
	CHECK(d != NULL);
	if (d)
		CHECK_STR(doc_byline(d), "\xE6\x9D\x8E\xE6\x98\x8E");
	doc_free(d);
	/* "By the time..." is a sentence, not a byline. */
	in = "By the time it ended, the river had risen.\n\nMore.\n";
	d = doc_load(in, strlen(in), "x.txt", FORMAT_AUTO, &err);
	CHECK(d != NULL);
	if (d)
		CHECK(doc_byline(d) == NULL);
	doc_free(d);
}

static void invalid_utf8_diagnostic(void)
{
	struct doc *d = load("Good line.\nBad \xFF byte here, and more text to keep it textual.\n");

	REQUIRE_EQ(doc_diag_count(d), 1);
	CHECK_EQ(doc_diag(d, 0)->line, 2);
	CHECK_EQ(doc_diag(d, 0)->column, 5);
	CHECK_EQ(doc_diag(d, 0)->level, DIAG_WARNING);
	doc_free(d);
}

static void empty_input(void)
{
	struct doc *d = load("");

	CHECK_EQ(doc_paragraph_count(d), 0);
	CHECK_EQ(doc_sentence_count(d), 0);
	CHECK_EQ(doc_paragraph_at(d, 5), 0);
	doc_free(d);
	d = load("\n\n\n   \n");
	CHECK_EQ(doc_paragraph_count(d), 0);
	doc_free(d);
}

/* The preview's paragraphs and sentences are the whole document's, but for a last paragraph
 * that may be cut short; the title is the same. */
static void check_preview(const struct doc *pre, const struct doc *whole)
{
	size_t np = doc_paragraph_count(pre), ns = 0, plen, wlen;
	const char *pt = doc_text(pre, &plen), *wt = doc_text(whole, &wlen);

	CHECK(np >= 2 && np < doc_paragraph_count(whole));
	CHECK(plen < wlen && memcmp(pt, wt, plen) == 0);
	for (size_t i = 0; i + 1 < np; i++) {
		const struct doc_para *a = doc_paragraph(pre, i), *b = doc_paragraph(whole, i);
		SPAN_IS(a->span, b->span.start, b->span.end);
		CHECK_EQ(a->nsentences, b->nsentences);
		CHECK_EQ(a->heading, b->heading);
		ns += a->nsentences;
	}
	for (size_t i = 0; i < ns; i++)
		SPAN_IS(doc_sentence(pre, i)->span, doc_sentence(whole, i)->span.start,
			doc_sentence(whole, i)->span.end);
	CHECK_STR(doc_title_text(pre), doc_title_text(whole));
	CHECK_STR(doc_name(pre), doc_name(whole));
}

static void read_in_two_steps(void)
{
	char path[] = "/tmp/dateline-doc-XXXXXX";
	int fd = mkstemp(path);
	struct buf b = BUF_INIT;
	struct doc_reading *rd;
	struct doc *pre, *whole, *once;

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	buf_puts(&b, "A headline for the test\n\n");
	for (int i = 0; i < 3000; i++)
		buf_printf(&b, "Paragraph %d says a thing. It goes on \xe2\x80\x94 and on.\n%s", i,
			   i % 7 ? "\n" : "more of it on a second line.\n\n");
	CHECK_EQ(write(fd, b.data, b.len), (long long)b.len);
	close(fd);
	/* A large file: a preview of about 20 KB. */
	CHECK_EQ(doc_read_begin(path, NULL, FORMAT_AUTO, 20000, 100000, &rd, &pre), 0);
	CHECK(pre != NULL);
	CHECK_EQ(doc_read_end(rd, &whole), 0);
	CHECK_EQ(doc_read_file(path, FORMAT_AUTO, &once), 0);
	if (pre && whole && once) {
		size_t n;
		doc_text(pre, &n);
		CHECK(n <= 20000 && n > 10000);
		check_preview(pre, whole);
		CHECK_EQ(doc_hash(whole), doc_hash(once));
		CHECK_EQ(doc_paragraph_count(whole), doc_paragraph_count(once));
		CHECK_EQ(doc_sentence_count(whole), doc_sentence_count(once));
	}
	doc_free(pre);
	doc_free(whole);
	doc_free(once);
	/* Smaller than min: no preview, everything read at once. */
	CHECK_EQ(doc_read_begin(path, NULL, FORMAT_AUTO, 20000, b.len + 1, &rd, &pre), 0);
	CHECK(pre == NULL);
	CHECK_EQ(doc_read_end(rd, &whole), 0);
	CHECK(whole && doc_paragraph_count(whole) > 3000);
	doc_free(whole);
	/* Not plain text (named .md): no preview either. */
	CHECK_EQ(doc_read_begin(path, NULL, FORMAT_MARKDOWN, 20000, 100000, &rd, &pre), 0);
	CHECK(pre == NULL);
	doc_read_cancel(rd);
	/* A pipe on standard input: the preview, then the rest through the reading's own
	 * descriptor, although descriptor 0 is replaced meanwhile. */
	int p[2], saved = dup(STDIN_FILENO);
	CHECK(pipe(p) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		size_t off = 0;
		while (off < b.len) {
			ssize_t w = write(p[1], b.data + off, b.len - off);
			if (w <= 0)
				_exit(1);
			off += (size_t)w;
		}
		_exit(0);
	}
	close(p[1]);
	dup2(p[0], STDIN_FILENO);
	close(p[0]);
	CHECK_EQ(doc_read_begin("-", NULL, FORMAT_AUTO, 20000, 100000, &rd, &pre), 0);
	dup2(saved, STDIN_FILENO);
	close(saved);
	CHECK(pre != NULL);
	CHECK_EQ(doc_read_end(rd, &whole), 0);
	waitpid(pid, NULL, 0);
	if (pre && whole) {
		check_preview(pre, whole);
		size_t n;
		doc_text(whole, &n);
		CHECK_EQ(n, b.len);
	}
	doc_free(pre);
	doc_free(whole);
	/* Errors: a folder, a missing file. */
	CHECK_EQ(doc_read_begin("/", NULL, FORMAT_AUTO, 20000, 100000, &rd, &pre), -EISDIR);
	CHECK_EQ(doc_read_begin("/no/such/file", NULL, FORMAT_AUTO, 20000, 100000, &rd, &pre),
		 -ENOENT);
	unlink(path);
	buf_free(&b);
}

/* The paragraph whose span starts at the words w of the text (NULL when none does). */
static const struct doc_para *para_at(const struct doc *d, const char *text, const char *w)
{
	size_t at = (size_t)(strstr(text, w) - text);

	for (size_t i = 0; i < doc_paragraph_count(d); i++)
		if (doc_paragraph(d, i)->span.start == at)
			return doc_paragraph(d, i);
	return NULL;
}

/* A line that opens with a bullet or a number starts an item when two or more items follow each
 * other, in a block of their own or after a paragraph's lines; an item's span leaves the bullet
 * out; indented lines and lines that do not start a sentence carry it on; an item without a
 * stop is a sentence of its own. */
static void lists_in_plain_text(void)
{
	const char *t = "The mayor spoke. She said:\n\n"
			"* the dam will hold\n"
			"* the road opens\n  in spring\n"
			"* fares stay low\n\n"
			"The clerk read the order:\n"
			"1. close the dock\n"
			"2. paint the pier\n"
			"3. lock the gate\n"
			"\xE2\x80\xA2 sweep the quay\n";
	struct doc *d = load(t);
	const struct doc_para *p;

	CHECK_EQ(doc_paragraph_count(d), 9);
	p = para_at(d, t, "the dam will hold");
	REQUIRE(p != NULL);
	CHECK(p->list_item);
	CHECK_EQ(p->number, 0);
	CHECK_EQ(p->nsentences, 1);
	CHECK_EQ(p->span.end - p->span.start, strlen("the dam will hold"));
	p = para_at(d, t, "the road opens");
	REQUIRE(p != NULL);
	CHECK(p->list_item);
	CHECK_EQ(p->span.end, (size_t)(strstr(t, "in spring") - t) + 9);
	p = para_at(d, t, "fares stay low");
	CHECK(p != NULL && p->list_item);
	p = para_at(d, t, "The clerk read the order:");
	CHECK(p != NULL && !p->list_item);
	p = para_at(d, t, "close the dock");
	REQUIRE(p != NULL);
	CHECK(p->list_item);
	CHECK_EQ(p->number, 1);
	p = para_at(d, t, "lock the gate");
	CHECK(p != NULL && p->list_item && p->number == 3);
	/* a bullet of another kind ends the list; alone, it opens none */
	p = para_at(d, t, "\xE2\x80\xA2 sweep the quay");
	CHECK(p != NULL && !p->list_item);
	doc_free(d);

	/* items with blank lines between them */
	t = "Ranking:\n\n1. Ann Lee\n\n2. Tom Hale\n\n3. Eva Park\n";
	d = load(t);
	CHECK_EQ(doc_paragraph_count(d), 4);
	p = para_at(d, t, "Tom Hale");
	CHECK(p != NULL && p->list_item && p->number == 2);
	p = para_at(d, t, "Ann Lee");
	CHECK(p != NULL && p->list_item && p->number == 1);
	doc_free(d);
}

/* Text that only looks like a list stays as it is: a hyphen that a wrapped line starts with, a
 * year or an amount at a line's start, one dash line alone (a signature, a line of dialogue), a
 * break between sections, bullets of different kinds in a row. */
static void not_lists(void)
{
	static const char *const texts[] = {
		"The vote was close\n- closer than anyone thought.\n",
		"2025 was a good year.\n2026 will be better.\n",
		"$5 million went to the port.\n$2 million went to roads.\n",
		"\xE2\x80\x9CWe will win,\xE2\x80\x9D she said.\n\n- Ann Lee\n\nThe end.\n",
		"Part one ends here.\n\n* * *\n\n* * *\n\nPart two.\n",
		"- Where to?\n+ Home, he said.\n",
		"1. One\n\n3. Three\n",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		struct doc *d = load(texts[i]);
		for (size_t k = 0; k < doc_paragraph_count(d); k++)
			CHECK(!doc_paragraph(d, k)->list_item);
		doc_free(d);
	}
}

/* Where a paragraph's words begin (doc_paragraph_lead()): its start, or after the one opening
 * quotation mark of any family and the spaces after it; never after an apostrophe, a closing
 * mark or a second mark. */
static void paragraph_lead(void)
{
	static const struct {
		const char *para;
		size_t skip; /* bytes before the words */
	} cases[] = {
		{"PENCE: We have a plan.", 0},
		{"\"PENCE: We have a plan.", 1},
		{"\xE2\x80\x9C PENCE: We have a plan.", 4},        /* “ and a space */
		{"\xE2\x80\x9EPENCE: Wir haben einen Plan.", 3},   /* „ */
		{"\xC2\xAB\xC2\xA0PENCE: Nous avons un plan.", 4}, /* « and a no-break space */
		{"\xE3\x80\x8CPENCE\xE3\x80\x8D", 3},              /* 「 */
		{"'PENCE: We have a plan.", 0},
		{"\xE2\x80\x9DPENCE: We have a plan.", 0}, /* ” closes */
		{"\"\"PENCE: We have a plan.", 1},
		{"\"", 1},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[128];
		snprintf(text, sizeof(text), "Title\n\n%s\n\nThe end.\n", cases[i].para);
		struct doc *d = load(text);
		REQUIRE_EQ(doc_paragraph_count(d), 3);
		CHECK_EQ(doc_paragraph_lead(d, 1) - doc_paragraph(d, 1)->span.start, cases[i].skip);
		CHECK_EQ(doc_paragraph_lead(d, 0), 0);
		doc_free(d);
	}
}

int main(void)
{
	RUN(paragraphs_blank_lines);
	RUN(crlf_and_cr_and_bom);
	RUN(single_newline_paragraphs);
	RUN(sentences_abbreviations);
	RUN(sentences_state_ends_place);
	RUN(sentences_in_quotes);
	RUN(sentences_spaced_closing_mark);
	RUN(sentences_closer_no_space);
	RUN(sentences_reference_marks);
	RUN(sentences_backtick_quotes);
	RUN(sentences_nbsp);
	RUN(sentences_at_any_offset);
	RUN(hash_of_input);
	RUN(sentences_cjk);
	RUN(titles);
	RUN(not_text);
	RUN(legacy_and_byline);
	RUN(invalid_utf8_diagnostic);
	RUN(empty_input);
	RUN(read_in_two_steps);
	RUN(lists_in_plain_text);
	RUN(not_lists);
	RUN(paragraph_lead);
	return CHECK_DONE();
}
