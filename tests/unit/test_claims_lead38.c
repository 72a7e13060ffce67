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

int main(void)
{
	RUN(feast_is_no_person);
	return CHECK_DONE();
}
