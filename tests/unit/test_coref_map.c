/* Unit tests of the coref module's building blocks that its speed rests on: the name maps (a
 * name's words case-folded, white space folded, a soft hyphen skipped, hashed once), the words
 * read without decoding, and the possessive determiners. */
#include "check.h"
#include "dateline/coref.h"

#include "../../src/coref_int.h"

/* A coref over the text s alone (the maps and the tokens need nothing else). */
static struct coref over(const char *s)
{
	struct coref c = {0};

	c.text = s;
	c.len = strlen(s);
	return c;
}

/* The span of the first occurrence of w in c's text. */
static struct span span_of(const struct coref *c, const char *w)
{
	const char *p = strstr(c->text, w);

	REQUIRE(p != NULL);
	return (struct span){(size_t)(p - c->text), (size_t)(p - c->text) + strlen(w)};
}

/* A name is found again whatever its capitals, the white space between its words or a soft
 * hyphen inside a word; another name is not. */
static void map_folds_names(void)
{
	struct coref c = over("Barack Obama | BARACK  OBAMA | barack\nobama | Barack Obam | "
			      "Netan\xC2\xADyahu | netanyahu | Barack Obama Sr");
	struct map m = {0};

	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "Barack Obama")), COREF_NONE);
	coref_map_put(&c, &m, span_of(&c, "Barack Obama"), 7);
	coref_map_put(&c, &m, span_of(&c, "Netan\xC2\xADyahu"), 9);
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "BARACK  OBAMA")), 7);
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "barack\nobama")), 7);
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "netanyahu")), 9);
	/* controls: one letter less, one word more */
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "Barack Obam ")), COREF_NONE);
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "Barack Obama Sr")), COREF_NONE);
	free(m.s);
}

/* coref_map_find() and coref_map_set() with a name's hash are coref_map_get() and
 * coref_map_put(): a set replaces what the name mapped to, under any of its forms. */
static void map_hash_once(void)
{
	struct coref c = over("Jake Tapper | JAKE TAPPER | Tapper");
	struct map m = {0};
	struct span full = span_of(&c, "Jake Tapper"), caps = span_of(&c, "JAKE TAPPER");
	uint64_t h = coref_name_hash(&c, full);

	CHECK(h != 0);
	CHECK_EQ(coref_name_hash(&c, caps), h);
	CHECK_EQ(coref_map_find(&c, &m, full, h), COREF_NONE); /* an empty map */
	coref_map_set(&c, &m, full, h, 3);
	CHECK_EQ(coref_map_get(&c, &m, caps), 3);
	coref_map_set(&c, &m, caps, coref_name_hash(&c, caps), 4);
	CHECK_EQ(coref_map_find(&c, &m, full, h), 4);
	CHECK_EQ(m.n, 1);
	/* control: the surname alone is another key */
	CHECK_EQ(coref_map_get(&c, &m, span_of(&c, "Tapper")), COREF_NONE);
	free(m.s);
}

/* Names that share a hash (NUL hashes as a space does) stay apart: equality decides. */
static void map_shared_hash(void)
{
	static const char text[] = "Ann\0Lee | Ann Lee";
	struct coref c = {0};
	struct map m = {0};
	struct span nul = {0, 7}, sp = {10, 17};

	c.text = text;
	c.len = sizeof(text) - 1;
	CHECK_EQ(coref_name_hash(&c, nul), coref_name_hash(&c, sp));
	coref_map_put(&c, &m, nul, 1);
	CHECK_EQ(coref_map_get(&c, &m, sp), COREF_NONE);
	coref_map_put(&c, &m, sp, 2);
	CHECK_EQ(coref_map_get(&c, &m, nul), 1);
	CHECK_EQ(coref_map_get(&c, &m, sp), 2);
	free(m.s);
}

/* The end of the word at the start of s, read by coref_word_end(). */
static size_t word_end(const char *s)
{
	struct coref c = over(s);
	int n;
	uint32_t cp = char_at(&c, 0, &n);

	return coref_word_end(&c, 0, c.len, cp, n);
}

/* Words end at an ASCII mark that joins nothing; apostrophes, hyphens, initials' dots and a
 * time glued to a headline's word are read as before. */
static void word_ends(void)
{
	CHECK_EQ(word_end("Bush, who"), 4);
	CHECK_EQ(word_end("Bush"), 4);
	CHECK_EQ(word_end("don't."), 5);
	CHECK_EQ(word_end("Sino-U.S. ties"), 9);
	CHECK_EQ(word_end("J. Trump"), 2);
	CHECK_EQ(word_end("Netan\xC2\xADyahu said"), 11);
	CHECK_EQ(word_end("52PMBush Says"), 4);
	/* controls: a dot after a lowercase word is no part of it, a title's is; a word with no
	 * digit before "PM" is no time */
	CHECK_EQ(word_end("end. Then"), 3);
	CHECK_EQ(word_end("Mr. Smith"), 3);
	CHECK_EQ(word_end("PMBush"), 6);
}

/* The possessive determiners, in any case; not "hers" nor "the". */
static void possessives(void)
{
	static const char *const yes[] = {"his", "Her", "its", "THEIR", "our", "My", "your"};
	static const char *const no[] = {"hers", "the", "he", "you", "ours", "hi"};

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		struct coref c = over(yes[i]);
		struct ctok t = {0, c.len, c.len, 0, 0, TF_WORD};
		CHECK(coref_possessive(&c, &t));
	}
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		struct coref c = over(no[i]);
		struct ctok t = {0, c.len, c.len, 0, 0, TF_WORD};
		CHECK(!coref_possessive(&c, &t));
	}
}

int main(void)
{
	RUN(map_folds_names);
	RUN(map_hash_once);
	RUN(map_shared_hash);
	RUN(word_ends);
	RUN(possessives);
	return CHECK_DONE();
}
