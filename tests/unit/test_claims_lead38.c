/* Unit tests of claim rows a reader would find wrong, found by the lead in session 38: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "After Christmas, he told reporters": a feast is a date, never the person a "he" stands for;
 * with no one named before, "he" stays unresolved rather than "Christmas". A feast that opens a
 * name ("Easter Seals", "Christmas Island") is still a name, and a person named before is still
 * found past the feast. */
static void feast_is_no_person(void)
{
	struct fixture f = run("After Christmas, he told reporters the plan was over.\n\n"
			       "On Easter, she wrote that the church was full.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "he", NULL);
	speaker_resolves(&f, "she", NULL);
	done(&f);

	f = run("Easter Seals said the grant would end.\n\n"
		"Mayor Tom Hale spoke on Monday. After Easter, he said the bridge would open.\n");
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the grant would end", "Easter Seals", "said", NULL);
	speaker_resolves(&f, "he", "Tom Hale");
	done(&f);
}

/* "Obama called both candidates Tuesday night", "She called Sanders to congratulate him": "call"
 * with a person alone for its object and then a time, a purpose or the sentence's end is a
 * telephone call, not words said of anyone, and so is "called into a radio show". "called Mr. Lee's plan reckless" (a title's full
 * stop inside the name), "called the tax and the fee a burden", "called him a liar" stay. */
static void phone_call_is_no_claim(void)
{
	struct fixture f = run("The governor called both mayors Tuesday night.\n\n"
			       "Ms. Reyes called Tom Hale to congratulate him.\n\n"
			       "She called into a radio show when she was ill.\n\n"
			       "The senator called Mr. Lee's plan reckless.\n\n"
			       "Critics called the tax and the fee a burden.\n\n"
			       "The coach called him a liar on Monday.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Mr. Lee's plan reckless", "The senator", "called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the tax and the fee a burden", "Critics", "called", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "him a liar", "The coach", "called", NULL);
	done(&f);
}

/* "The mayor called Lee a fraud": a person's noun before "called" and a name is someone who
 * speaks, not a thing given its name as in "The ship named Hope sank" or "a shape called a
 * strange attractor". */
static void person_calls_name(void)
{
	struct fixture f = run("The mayor called Lee a fraud on Friday.\n\n"
			       "The ship named Hope sank in the storm.\n\n"
			       "A shape called a strange attractor appears in the data.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Lee a fraud", "The mayor", "called", NULL);
	done(&f);
}

/* "The two women spoke for about five minutes": how long someone spoke, not what about; "spoke
 * for ten minutes about the tax plan" keeps its topic. */
static void spoke_for_a_span(void)
{
	struct fixture f = run("The two coaches spoke for about five minutes.\n\n"
			       "The mayor talked for an hour on Monday.\n\n"
			       "The mayor spoke for ten minutes about the tax plan.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the tax plan", "The mayor", NULL, NULL);
	done(&f);
}

/* "The president met Mr. Putin and said the talks went well": the name after an irregular past
 * or an infinitive is its object, and "and said" goes on the clause's subject, not on Putin
 * ("declined to threaten Moscow or even declare it responsible" is never Moscow's); "Smith and
 * Jones said" keeps both names. */
static void object_of_past_before_and(void)
{
	struct fixture f = run("The premier met Mr. Varga and said the talks went well.\n\n"
			       "Ana Ruiz won Ohio and said the race was over.\n\n"
			       "Smith and Jones said the plan failed.\n\n"
			       "The premier refused to blame Varga or even directly call it a "
			       "failure.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the talks went well", "The premier", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the race was over", "Ana Ruiz", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan failed", "Smith and Jones", "said", NULL);
	for (size_t i = 0; i < f.l->n; i++) {
		struct span sp = f.l->items[i].speaker;
		CHECK(!(sp.end - sp.start == 5 && memcmp(f.text + sp.start, "Varga", 5) == 0));
	}
	done(&f);
}

/* "a version of the “Lee rule” after Ann K. Lee, the investor, complained that ...": the
 * complaint is the investor's, whose clause opens after "after"; "Tom Hale, appearing after
 * Ann Lee at the forum, cited ..." keeps the participle's phrase inside the subject's aside. */
static void subject_after_subordinator(void)
{
	struct fixture f =
		run("She would set a minimum rate, a version of the \u201cLee "
		    "rule\u201d after Ann K. Lee, the investor, complained that she paid "
		    "less than her clerk.\n\n"
		    "Tom Hale, appearing after Ann Lee at the forum, cited problems in "
		    "the budget.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that she paid less than her clerk",
		 "Ann K. Lee, the investor", "complained", "Ann K. Lee");
	claim_is(&f, 1, CLAIM_INDIRECT, "problems in the budget", "Tom Hale", "cited", NULL);
	done(&f);
}

int main(void)
{
	RUN(feast_is_no_person);
	RUN(phone_call_is_no_claim);
	RUN(person_calls_name);
	RUN(spoke_for_a_span);
	RUN(object_of_past_before_and);
	RUN(subject_after_subordinator);
	return CHECK_DONE();
}
