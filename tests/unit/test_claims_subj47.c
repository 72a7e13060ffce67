/* Unit tests of the speaker a row shows, from subj47 in session 47: the whole speaker, not a
 * noun inside it; each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* True when some claim of f renders as want; else every row is printed. */
static bool has_row(const struct fixture *f, const char *want)
{
	for (size_t pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < f->l->n; i++) {
			struct buf b = BUF_INIT;
			bool ok;
			claims_render(&b, f->d, &f->l->items[i], NULL);
			ok = strcmp(b.data, want) == 0;
			if (pass)
				fprintf(stderr, "  row %zu: \"%s\"\n", i, b.data);
			buf_free(&b);
			if (ok)
				return true;
		}
	fprintf(stderr, "  want \"%s\"\n", want);
	return false;
}

/* PolNeAR train nyt 2016-08-01: "Though executives who have worked with Lachlan Murdoch say
 * ..." showed "Lachlan Murdoch say": a lowercase plural alone before "who" is the head of the
 * phrase, and the name inside its clause is whom they worked with. "the bankers who ..." (a
 * head of two words) read so already; a name before "who" stays the speaker. */
static void name_inside_relative_clause(void)
{
	struct fixture f = run(
		"Markets fell on Monday.\n\n"
		"Though bankers who have dealt with Maria Lopez say she is careful, few agree.\n\n"
		"And bankers who know Maria Lopez say she is careful with money.\n\n"
		"Though the bankers who have dealt with Maria Lopez say she is careful, few "
		"agree.\n\n"
		"Maria Lopez, who runs the fund, says the plan is sound.\n");

	CHECK(has_row(&f,
		      "bankers who have dealt with Maria Lopez say (paraphrase): she is careful"));
	CHECK(has_row(&f,
		      "bankers who know Maria Lopez say (paraphrase): she is careful with money"));
	CHECK(has_row(&f, "the bankers who have dealt with Maria Lopez say (paraphrase): she is "
			  "careful"));
	CHECK(has_row(&f, "Maria Lopez says (paraphrase): the plan is sound"));
	done(&f);
}

/* PolNeAR dev nyt 2016-09-19: "calls from black listeners to his “...” radio program who said
 * ..." showed "radio program said": a thing is no one "who" refers to; the people before its
 * preposition are. "listeners who said" (people right before "who") stays as it was. */
static void people_before_a_thing(void)
{
	struct fixture f =
		run("The host took calls from listeners to his “Night Talk” radio program "
		    "who said they were tired of the race.\n\n"
		    "The host took calls from angry listeners who said the race was "
		    "dull.\n");

	CHECK(has_row(&f,
		      "listeners to his “Night Talk” radio program said (paraphrase): they were "
		      "tired of the race"));
	CHECK(has_row(&f, "angry listeners said (paraphrase): the race was dull"));
	done(&f);
}

/* PolNeAR train wash-post 2016-09-07: "Rust Belt states Indiana, Michigan, Ohio and
 * Pennsylvania all supported Bush" showed "Indiana": a lowercase plural that says what the
 * names after it are, then a list of names, is all of them. "Farm groups in Iowa" stays. */
static void names_listed_after_a_plural(void)
{
	struct fixture f = run("Markets fell.\n\n"
			       "Corn Belt states Iowa, Kansas, Nebraska and Missouri all said the "
			       "bill was fair.\n\n"
			       "Farm groups in Iowa said the bill was fair.\n");

	CHECK(has_row(&f, "Corn Belt states Iowa, Kansas, Nebraska and Missouri all said "
			  "(paraphrase): the bill was fair"));
	CHECK(has_row(&f, "Farm groups in Iowa said (paraphrase): the bill was fair"));
	done(&f);
}

/* PolNeAR train wash-post 2016-01-07: "a 300-euro fine after the man had posted on his
 * Facebook page that ..." would read "a 300-euro fine after the man" with a cue there: "after"
 * before a person ("the man") opens the clause of the cue, no time phrase of the noun before
 * it. "Visitors to the coast since the storm have said" (a thing after "since") stays whole. */
static void after_a_person_opens_a_clause(void)
{
	struct fixture f =
		run("Markets fell.\n\n"
		    "A judge gave a local man probation and a fine after the man had said "
		    "that migrants should leave.\n\n"
		    "Visitors to the coast since the storm have said that the beach is "
		    "gone.\n");

	CHECK(has_row(&f, "the man had said (paraphrase): migrants should leave"));
	CHECK(has_row(&f, "Visitors to the coast since the storm have said (paraphrase): the "
			  "beach is gone"));
	done(&f);
}

/* PolNeAR train nyt 2015-12-10: "A report ... issued over the summer by the Organization for
 * Economic Cooperation and Development noted that ..." had the source "Development": the
 * participle's phrase after the noun ran only up to "and", which ended it. An "and" (or a
 * comma before one) between capitalised words of one name goes on; "and" between two clauses
 * ("The plan was dropped and Ann Lee noted") still ends the subject. */
static void name_with_and_in_participle_phrase(void)
{
	struct fixture f = run(
		"Markets fell.\n\n"
		"A study released in September by the Institute for Trade and Development noted "
		"that exports rose.\n\n"
		"The plan was dropped and Ann Lee noted that exports rose.\n");

	CHECK(has_row(&f, "A study noted (paraphrase): exports rose"));
	CHECK(has_row(&f, "Ann Lee noted (paraphrase): exports rose"));
	CHECK_EQ(span_is(&f, f.l->items[0].speaker,
			 "A study released in September by the Institute for "
			 "Trade and Development"),
		 1);
	done(&f);
}

int main(void)
{
	RUN(name_inside_relative_clause);
	RUN(people_before_a_thing);
	RUN(names_listed_after_a_plural);
	RUN(after_a_person_opens_a_clause);
	RUN(name_with_and_in_participle_phrase);
	return CHECK_DONE();
}
