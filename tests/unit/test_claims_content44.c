/* Unit tests of claim contents that ran past the reported words, found by content44 in session
 * 44: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "railed against what he calls the “Washington cartel” and cast himself as an outsider": the
 * content of "calls" in a free relative ends with its name; a word with a reflexive object
 * after the "and" is the sentence's next verb (the row ran on with "and cast himself ...";
 * PolNeAR train). A noun phrase after the "and" ("and related reforms") is no verb phrase, and a
 * verb the lexicon knows ended the name already. */
static void free_relative_then_reflexive(void)
{
	struct fixture f =
		run("Ann Lee runs the port.\n\n"
		    "She has fought what she calls the \u201charbour lobby\u201d and "
		    "cast herself as a reformer.\n\n"
		    "The group works toward what it calls \u201csensible rules\u201d and "
		    "related reforms.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Lee calls (paraphrase): the \u201charbour lobby\u201d"));
	CHECK(renders(&f, 1, "it (unresolved) calls: \u201csensible rules\u201d"));
	done(&f);
}

/* "referenced a 2015 report on the agency, but that report concerned ...": after noun-phrase
 * content, ", but" and "that" with a noun and its verb is the writer's fact-check of the thing
 * named (the row ran on into it; PolNeAR train); after a clause's content ", but that it would
 * pass" goes on with what was said. */
static void but_that_after_noun_phrase(void)
{
	struct fixture f = run("The auditor cited a 2019 review of the port's accounts, but that "
			       "review covered only the older ledgers.\n\n"
			       "The senator said the plan was costly, but that it would pass.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "The auditor cited (paraphrase): a 2019 review of the port's accounts"));
	CHECK(renders(&f, 1,
		      "The senator said (paraphrase): the plan was costly, but that it would pass"));
	done(&f);
}

/* "praised a plan unveiled in 2019": a time after a participle that follows the noun dates
 * what the participle tells, and stays with it (the row read "a plan unveiled", the time cut
 * as if it dated the praise); "endorsed Sanders in December" still ends before the time. */
static void time_after_participle(void)
{
	struct fixture f = run("The mayor praised a plan unveiled in 2019.\n\n"
			       "The union endorsed Sanders in December.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The mayor praised (paraphrase): a plan unveiled in 2019"));
	CHECK(renders(&f, 1, "The union endorsed (paraphrase): Sanders"));
	done(&f);
}

/* "That the minister misled the committee is now beyond doubt, the senator said": content
 * fronted before its tag keeps its opening "That", the subject clause's word or a determiner
 * (the rows read "the minister misled the committee is now beyond doubt" and "plan is dead";
 * PolNeAR train "That criticism was often warranted, Mr. Sykes said" read "criticism was ...");
 * after the tag "that" the conjunction still goes ("added, that there is ..."). */
static void fronted_that_stays(void)
{
	struct fixture f = run("That the minister misled the committee is now beyond doubt, the "
			       "senator said.\n\n"
			       "That plan is dead, the mayor said.\n\n"
			       "The treasurer added, that there is no money left.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "the senator said (paraphrase): That the minister misled the committee is "
		      "now beyond doubt"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): That plan is dead"));
	CHECK(renders(&f, 2, "The treasurer added (paraphrase): there is no money left"));
	done(&f);
}

int main(void)
{
	RUN(free_relative_then_reflexive);
	RUN(but_that_after_noun_phrase);
	RUN(time_after_participle);
	RUN(fronted_that_stays);
	return CHECK_DONE();
}
