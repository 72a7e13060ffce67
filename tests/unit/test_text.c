/* Unit tests of the text module: UTF-8 decoding and repair, widths, the buffer, word tables. */
#include "check.h"
#include "dateline/text.h"

#include <stdlib.h>

static void decode_valid_and_invalid(void)
{
	uint32_t cp;

	CHECK_EQ(text_decode("A", 1, &cp), 1);
	CHECK_EQ(cp, 'A');
	CHECK_EQ(text_decode("\xC3\xA9", 2, &cp), 2);
	CHECK_EQ(cp, 0xE9);
	CHECK_EQ(text_decode("\xE4\xB8\xAD", 3, &cp), 3);
	CHECK_EQ(cp, 0x4E2D);
	CHECK_EQ(text_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	CHECK_EQ(cp, 0x1F600);
	CHECK_EQ(text_decode("\xC0\xAF", 2, &cp), 0);     /* overlong */
	CHECK_EQ(text_decode("\xED\xA0\x80", 3, &cp), 0); /* surrogate */
	CHECK_EQ(text_decode("\xE4\xB8", 2, &cp), 0);     /* truncated */
	CHECK_EQ(text_decode("\xFF", 1, &cp), 0);
	CHECK_EQ(cp, 0xFFFD);
}

static void repair_replaces_each_bad_byte(void)
{
	struct buf b = BUF_INIT;

	text_repair(&b,
		    "a\xFF"
		    "b\xE4\xB8",
		    5);
	CHECK_STR(b.data, "a\xEF\xBF\xBD"
			  "b\xEF\xBF\xBD\xEF\xBF\xBD");
	buf_free(&b);
	CHECK_EQ(text_valid_prefix("ab\xC3\xA9\xFF", 5), 4);
}

static void visible_controls(void)
{
	struct buf b = BUF_INIT;

	text_visible(&b, "a\x1B[31mb\tc\x7F\n\xE2\x80\xAE", 14);
	CHECK_STR(b.data, "a^[[31mb\tc^?\n<U+202E>");
	buf_free(&b);
}

/* The exports' one walker: white space folded, soft hyphens gone, a lead space only when asked
 * for and after text, and dropped bytes left out before the folding. */
static void visible_folded(void)
{
	struct buf b = BUF_INIT;
	const char *s = " a\t\n b\xC2\xAD"
			"c \r";

	text_visible_folded(&b, s, strlen(s), false, NULL);
	CHECK_STR(b.data, "a bc ^M"); /* "\r" is drawn, not folded */
	buf_clear(&b);
	text_visible_folded(&b, "  x  ", 5, true, NULL);
	CHECK_STR(b.data, "x"); /* nothing before it: no lead */
	buf_puts(&b, ":");
	text_visible_folded(&b, "  y", 3, true, NULL);
	CHECK_STR(b.data, "x: y");
	text_visible_folded(&b, "  z", 3, false, NULL);
	CHECK_STR(b.data, "x: yz");
	buf_clear(&b);
	text_visible_folded(&b, ": a : b :", 9, false, ":");
	CHECK_STR(b.data, "a b"); /* not "a  b" */
	buf_clear(&b);
	text_visible_folded(&b, ": a : b :", 9, false, NULL);
	CHECK_STR(b.data, ": a : b :");
	buf_clear(&b);
	/* written in place: nothing for nothing, and a long run grows an empty buffer */
	text_visible_folded(&b, " \t ", 3, true, NULL);
	CHECK_EQ(b.len, 0);
	CHECK_STR(b.data, "");
	struct buf in = BUF_INIT, want = BUF_INIT;
	for (int i = 0; i < 300; i++) {
		buf_puts(&in, i % 3 ? "word  " : "\xC2\xAD\n\n w ");
		buf_puts(&want, i % 3 ? "word " : "w ");
	}
	want.data[--want.len] = '\0';
	buf_puts(&b, "x");
	text_visible_folded(&b, in.data, in.len, true, NULL);
	CHECK_EQ(b.len, want.len + 2);
	CHECK(strncmp(b.data, "x ", 2) == 0 && strcmp(b.data + 2, want.data) == 0);
	buf_free(&in);
	buf_free(&want);
	buf_free(&b);
}

static void widths(void)
{
	CHECK_EQ(text_width("abc", 3), 3);
	CHECK_EQ(text_width("\xE9\xBB\x84\xE4\xBB\x81\xE5\x8B\x8B", 9), 6); /* 黄仁勋 */
	CHECK_EQ(text_width("e\xCC\x81", 3), 1);                            /* combining acute */
	CHECK_EQ(text_fit("\xE9\xBB\x84\xE4\xBB\x81", 6, 3), 3);
	CHECK_EQ(text_fit("abcdef", 6, 4), 4);
}

static void buffer_grows(void)
{
	struct buf b = BUF_INIT;
	size_t len;
	char *p;

	CHECK_STR(b.data, "");
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	CHECK_EQ(b.len, 2000);
	p = buf_detach(&b, &len);
	CHECK_EQ(len, 2000);
	CHECK_EQ(b.len, 0);
	CHECK_STR(b.data, "");
	free(p);
	buf_free(&b);
}

/* Datelines: where the text after one starts; none in ordinary openings. */
static void datelines(void)
{
	static const struct {
		const char *s, *rest;
	} cases[] = {
		{"TAIPEI \u2014 Huang landed.", "Huang landed."},
		{"WASHINGTON (Reuters) - The senator said.", "The senator said."},
		{"BEIJING, Nov. 7 -- Officials met.", "Officials met."},
		{"LONDON, March 3, 2025 - Ministers met.", "Ministers met."},
		{"NEW YORK \u2013 Stocks fell.", "Stocks fell."},
		{"NATO said it was ready.", "NATO said it was ready."},
		{"US officials met - briefly.", "US officials met - briefly."},
		{"The CEO \u2014 Huang \u2014 spoke.", "The CEO \u2014 Huang \u2014 spoke."},
		{"AB - too short.", "AB - too short."},
		{"KEENE, Mich., Oct. 4 (UPI) \u2014 Votes were cast.", "Votes were cast."},
		{"SALEM, Ore. (AP) \u2014 Rain fell.", "Rain fell."},
		{"DOVER, Mist., Oct. 4 - Rain fell.", "DOVER, Mist., Oct. 4 - Rain fell."},
		{"SALEM, Ore. (AP)_ Rain fell.", "Rain fell."},
		{"NATO_ said it.", "NATO_ said it."},
		/* a country or a state in title case after the city */
		{"BUDAPEST, Hungary (AP)_ Farkas left.", "Farkas left."},
		{"BELFAST, Northern Ireland (AP)_ Police met.", "Police met."},
		{"SEOUL, South Korea \u2014 A plan failed.", "A plan failed."},
		{"RANGOON, Burma - Allies won.", "Allies won."},
		{"WASHINGTON, Obama said (in a speech) it was.",
		 "WASHINGTON, Obama said (in a speech) it was."},
		{"PARIS, France and Spain - met.", "PARIS, France and Spain - met."},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = strlen(cases[i].s);
		size_t at = text_dateline_end(cases[i].s, 0, n);
		CHECK_STR(cases[i].s + at, cases[i].rest);
	}
}

/* U.S. states as the press abbreviates them after a city, with or without the stop */
static void state_abbreviations(void)
{
	CHECK(text_state_abbrev("Ill.", 4));
	CHECK(text_state_abbrev("Calif", 5));
	CHECK(text_state_abbrev("N.J.", 4));
	CHECK(!text_state_abbrev("Illinois", 8));
	CHECK(!text_state_abbrev("Inc.", 4));
	CHECK(!text_state_abbrev("", 0));
	/* the longest listed words, which the six-letter shortcut must still let through */
	CHECK(text_state_abbrev("Alaska", 6));
	CHECK(text_state_abbrev("Hawaii", 6));
	CHECK(text_state_abbrev("W.Va.", 5));
	CHECK(text_state_abbrev("Kans.", 5));
	CHECK(!text_state_abbrev("Alaskan", 7));
	static const char t[] = "Rockford, Ill., Keene, N.H. on, Hawaiian, Paso, Texas,";
	size_t n = sizeof(t) - 1;
	CHECK(text_state_end(t, 10, n) == 14); /* "Ill." */
	CHECK(text_state_end(t, 23, n) == 27); /* "N.H." */
	CHECK(text_state_end(t, 32, n) == 32); /* "Hawaiian": a longer word */
	CHECK(text_state_end(t, 48, n) == 53); /* "Texas" */
	CHECK(text_state_end(t, 0, n) == 0);   /* "Rockford" */
}

/* Word tables: classes from every group a word is in, any case, synonyms, and malformed groups
 * reported. */
static void word_tables(void)
{
	static const struct text_words_group g[] = {
		{1, "apple banana u.s."},
		{2, "banana cherry"},
		{4, "well-known"},
	};
	static const struct text_words_group bad[] = {{1, "banana apple"}};
	static const struct text_words_group twice[] = {{1, "apple apple"}};
	static const struct text_words_group upper[] = {{1, "Apple"}};
	struct text_words t;
	struct text_word_key k;
	unsigned id = 0, id2 = 1;

	CHECK(text_words_fill(&t, g, 3, "cherry=banana"));
	CHECK_EQ(text_words_count(&t), 5);
	CHECK_EQ(text_words_lookup(&t, "apple", 5, NULL), 1);
	CHECK_EQ(text_words_lookup(&t, "BaNaNa", 6, &id), 3);
	CHECK_EQ(text_words_lookup(&t, "cherry", 6, &id2), 2);
	CHECK_EQ(id, id2); /* a synonym shares its canonical word's entry */
	CHECK_EQ(text_words_lookup(&t, "U.S.", 4, NULL), 1);
	CHECK_EQ(text_words_lookup(&t, "well-known", 10, NULL), 4);
	CHECK_EQ(text_words_lookup(&t, "appl", 4, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "apples", 6, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "", 0, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "app\xC3\xA9", 5, NULL), 0);
	CHECK(!text_words_key("abcdefghijklmnopqrstuvwxyz", 26, &k));
	CHECK(text_words_key("Cherry", 6, &k));
	CHECK_EQ(text_words_find(&t, &k, NULL), 2);
	text_words_free(&t);

	CHECK(!text_words_fill(&t, bad, 1, NULL));
	CHECK_EQ(text_words_lookup(&t, "apple", 5, NULL), 1); /* usable all the same */
	text_words_free(&t);
	CHECK(!text_words_fill(&t, twice, 1, NULL));
	text_words_free(&t);
	CHECK(!text_words_fill(&t, upper, 1, NULL));
	text_words_free(&t);
	CHECK(!text_words_fill(&t, g, 1, "cherry=banana")); /* cherry is in no group given */
	text_words_free(&t);
}

/* Word tables of many words: each found in any case, by its bytes and not its hash alone (the
 * slots keep part of the hash, the entries the bytes), the longest word that may be listed
 * included, and none of the near misses. */
static void word_tables_many(void)
{
	static char words[600 * 4 + 32];
	static struct text_words_group g[1] = {{1, words}};
	struct text_words t;
	char w[4], up[4];
	size_t n = 0;

	for (int i = 0; i < 600; i++) { /* "aaa aab ... axb": in order, each once */
		words[n++] = (char)('a' + i / 676);
		words[n++] = (char)('a' + i / 26 % 26);
		words[n++] = (char)('a' + i % 26);
		words[n++] = ' ';
	}
	memcpy(words + n, "xxxxxxxxxxxxxxxxxxxxxxx", 24); /* 23 letters, the longest */
	CHECK(text_words_fill(&t, g, 1, NULL));
	CHECK_EQ(text_words_count(&t), 601);
	for (int i = 0; i < 600; i++) {
		memcpy(w, words + 4 * i, 3);
		for (int k = 0; k < 3; k++)
			up[k] = (char)(w[k] - 'a' + 'A');
		CHECK_EQ(text_words_lookup(&t, w, 3, NULL), 1);
		CHECK_EQ(text_words_lookup(&t, up, 3, NULL), 1);
		CHECK_EQ(text_words_lookup(&t, w, 2, NULL), 0);
	}
	CHECK_EQ(text_words_lookup(&t, "axc", 3, NULL), 0); /* the first word past the list */
	CHECK_EQ(text_words_lookup(&t, "baa", 3, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "aaaa", 4, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "xxxxxxxxxxxxxxxxxxxxxxx", 23, NULL), 1);
	CHECK_EQ(text_words_lookup(&t, "xxxxxxxxxxxxxxxxxxxxxxy", 23, NULL), 0);
	CHECK_EQ(text_words_lookup(&t, "xxxxxxxxxxxxxxxxxxxxxxxx", 24, NULL), 0);
	text_words_free(&t);
}

/* The shared helpers: ASCII white space, break hints, FNV-1a, the word-list lookup, reading a stream. */
static void shared_helpers(void)
{
	for (const char *w = " \t\n\v\f\r"; *w; w++)
		CHECK(text_is_ascii_space(*w));
	CHECK(!text_is_ascii_space('a'));
	CHECK(!text_is_ascii_space('\0'));
	CHECK(!text_is_ascii_space('\xa0')); /* a byte of U+00A0 is not ASCII white space */

	/* The invisible break hints a page sets in words; a no-break space and a hyphen are not */
	CHECK(text_break_hint("\xC2\xADyahu", 6) == 2);
	CHECK(text_break_hint("\xE2\x80\x8B", 3) == 3);
	CHECK(text_break_hint("\xC2\xAD", 1) == 0); /* cut short */
	CHECK(text_break_hint("\xC2\xA0", 2) == 0);
	CHECK(text_break_hint("\xE2\x80\x90", 3) == 0);
	CHECK(text_break_hint("-", 1) == 0);

	/* The curly single marks by their bytes: ’ and ‘, not ” nor a cut-short one */
	CHECK(text_curly_single("\xE2\x80\x99s", 4) == 0x2019);
	CHECK(text_curly_single("\xE2\x80\x98", 3) == 0x2018);
	CHECK(text_curly_single("\xE2\x80\x9D", 3) == 0);
	CHECK(text_curly_single("\xE2\x80\x99", 2) == 0);
	CHECK(text_curly_single("'", 1) == 0);

	/* FNV-1a from the project's own offset basis: notes databases hold these keys. */
	CHECK(text_hash("", 0) == 1469598103934665603ULL);
	CHECK(text_hash("a", 1) == 0x44bd8ad473cd9906ULL);
	CHECK(text_hash("foobar", 6) == 0x88fad7c0a8ff07f2ULL);

	const char *words = "jan feb  march mar";
	CHECK(text_word_in(words, "jan", 3));
	CHECK(text_word_in(words, "FEB", 3));
	CHECK(text_word_in(words, "March", 5));
	CHECK(text_word_in(words, "mar", 3));
	CHECK(text_word_in(words, "marchx", 5)); /* n bytes of s, not its NUL */
	CHECK(!text_word_in(words, "ma", 2));
	CHECK(!text_word_in(words, "janfeb", 6));
	CHECK(!text_word_in(words, "", 0));
	CHECK(!text_word_in(words, " ", 1));
	CHECK(!text_word_in("", "a", 1));

	FILE *f = tmpfile();
	REQUIRE(f != NULL);
	for (int i = 0; i < 20000; i++)
		fputs("line\n", f);
	rewind(f);
	struct buf b = BUF_INIT;
	buf_puts(&b, ">");
	CHECK(buf_read_stream(&b, f) == 0);
	CHECK(b.len == 1 + 20000 * 5);
	CHECK(b.data[0] == '>' && memcmp(b.data + b.len - 5, "line\n", 5) == 0);
	buf_free(&b);
	fclose(f);
}

/* Reference marks after a word or a full stop, found from either side; a bracket that holds other
 * marks, nothing or more than 24 bytes is none. */
static void reference_marks(void)
{
	const char *s = "in 1914.[12][citation needed] [Photo: AP] [] [abcdefghijklmnopqrstuvwxyz]";
	size_t n = strlen(s);

	CHECK_EQ(text_ref_mark_after(s, 8, n), 12);
	CHECK_EQ(text_ref_mark_after(s, 12, n), 29);
	CHECK_EQ(text_ref_mark_after(s, 30, n), 30); /* "[Photo: AP]" */
	CHECK_EQ(text_ref_mark_after(s, 42, n), 42); /* "[]" */
	CHECK_EQ(text_ref_mark_after(s, 45, n), 45); /* 26 letters */
	CHECK_EQ(text_ref_mark_after(s, 0, n), 0);
	CHECK_EQ(text_ref_mark_before(s, 0, 29), 12);
	CHECK_EQ(text_ref_mark_before(s, 0, 12), 8);
	CHECK_EQ(text_ref_mark_before(s, 9, 12), 12); /* its "[" is before lo */
	CHECK_EQ(text_ref_mark_before(s, 0, 41), 41);
	CHECK_EQ(text_ref_mark_before(s, 0, 44), 44);
	CHECK_EQ(text_ref_mark_before(s, 0, n), n);
	CHECK_EQ(text_ref_mark_before(s, 0, 7), 7);
	CHECK_EQ(text_ref_mark_before("as per [AUTHORING]", 0, 18), 18); /* after a space */
	CHECK_EQ(text_ref_mark_before("[12]", 0, 4), 4);                 /* nothing before it */
}

int main(void)
{
	RUN(decode_valid_and_invalid);
	RUN(datelines);
	RUN(state_abbreviations);
	RUN(repair_replaces_each_bad_byte);
	RUN(visible_controls);
	RUN(visible_folded);
	RUN(widths);
	RUN(buffer_grows);
	RUN(word_tables);
	RUN(word_tables_many);
	RUN(shared_helpers);
	RUN(reference_marks);
	return CHECK_DONE();
}
