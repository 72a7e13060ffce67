/* Unit tests of tok_among()'s two bits of each listed word's hash (claims_seen_may()): every token
 * of a text asked against lists of many words, of few, and of words no key has, the first time
 * a list is asked and after, must say what a plain reading of the list says. */
#include "check.h"

#include "../../src/claims_int.h"

/* A document and an engine over its first block (the text is one paragraph; the caller frees
 * both with done()). */
static struct doc *load(const char *s, struct engine *e)
{
	const char *err = NULL;
	struct doc *d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);

	REQUIRE(d != NULL);
	memset(e, 0, sizeof(*e));
	e->d = d;
	e->text = doc_text(d, &e->len);
	e->open = SIZE_MAX;
	e->interviewee = COREF_NONE;
	e->lists = claims_lists_new();
	claims_lex_init();
	claims_block_read(e, 0);
	return d;
}

static void done(struct doc *d, struct engine *e)
{
	claims_block_free(e);
	doc_free(d);
}

/* The index of the first token whose text is w. */
static size_t find_tok(const struct engine *e, const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i < e->nt; i++)
		if (e->t[i].end - e->t[i].start == n && memcmp(e->text + e->t[i].start, w, n) == 0)
			return i;
	return SIZE_MAX;
}

/* True when token i is a word of `words` as written, in any case: a plain reading. */
static bool plainly_among(const struct engine *e, size_t i, const char *words)
{
	size_t n = e->t[i].end - e->t[i].start;

	for (const char *w = words; *w;) {
		size_t len = strcspn(w, " ");
		if (len == n && strncasecmp(e->text + e->t[i].start, w, n) == 0)
			return true;
		w += w[len] ? len + 1 : len;
	}
	return false;
}

static const char text[] =
	"The senator said on Tuesday that she would not run again, and her aides "
	"didn’t dispute it. Officials in Ohio & Texas were told the plan was dead; others "
	"claimed it wasn't. \"We will see,\" said Mr. Smith - a former mayor - who added that "
	"three or four members of the U.S. House had warned him in 2016 about the vote.\n";

/* Lists of many words (most bits of the first half set), of few, with a word no key has, and
 * with punctuation: each token of the text asked twice (the list split, then found again). */
static void every_token_against_lists(void)
{
	static const char *const lists[] = {
		"according added admitted agreed announced argued asked asserted believed "
		"charged claimed complained confirmed contended declared denied disputed "
		"explained indicated insisted maintained noted observed predicted promised "
		"recalled remarked replied reported said stated suggested testified told "
		"tweeted warned wrote",
		"and or but",
		"half " CLAIMS_ONE_TO_TEN,
		"didn’t wasn’t isn’t",
		"& and",
		"- ; :",
		"u.s. mr. mr",
		"senator mayor governor president officials aides members",
	};
	struct engine e;
	struct doc *d = load(text, &e);
	size_t asked = 0, found = 0;

	REQUIRE(e.nt > 60);
	for (int round = 0; round < 2; round++)
		for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++)
			for (size_t i = 0; i < e.nt; i++) {
				bool want = plainly_among(&e, i, lists[k]);
				CHECK(tok_among(&e, i, lists[k]) == want);
				asked++;
				found += want;
			}
	/* the lists do find words: the test asks both answers */
	CHECK(found >= 2 * 20);
	CHECK(asked > found);
	done(d, &e);
}

/* Near shapes: a word of a list's and a word one letter off, a token with no key (the curly
 * apostrophe, the ampersand, a dash) against a list with such a word and one without. (A
 * punctuation token has no key: a list of punctuation finds it only when it also holds a
 * character no key has, as "- ;" does; no list of the engine's is made of "-", "." or "'"
 * alone.) */
static void near_words(void)
{
	struct engine e;
	struct doc *d = load(text, &e);
	size_t said = find_tok(&e, "said"), amp = find_tok(&e, "&"), curly = find_tok(&e, "didn’t");
	size_t told = find_tok(&e, "told"), dash = find_tok(&e, "-");

	REQUIRE(said != SIZE_MAX && amp != SIZE_MAX && curly != SIZE_MAX && told != SIZE_MAX &&
		dash != SIZE_MAX);
	CHECK(tok_among(&e, said, "says said"));
	CHECK(!tok_among(&e, said, "says sad"));
	CHECK(tok_among(&e, told, "TOLD"));
	CHECK(!tok_among(&e, told, "toll"));
	CHECK(tok_among(&e, amp, "and &"));
	CHECK(!tok_among(&e, amp, "and plus"));
	CHECK(tok_among(&e, curly, "didn’t"));
	CHECK(!tok_among(&e, curly, "didn't did"));
	CHECK(tok_among(&e, dash, "- ;"));
	CHECK(!tok_among(&e, dash, "said"));
	/* asked again, now that each list has been seen */
	CHECK(tok_among(&e, amp, "and &"));
	CHECK(!tok_among(&e, amp, "and plus"));
	CHECK(!tok_among(&e, dash, "said"));
	CHECK(!tok_among(&e, said, "says sad"));
	done(d, &e);
}

int main(void)
{
	RUN(every_token_against_lists);
	RUN(near_words);
	return CHECK_DONE();
}
