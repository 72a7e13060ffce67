/* Unit tests of claim rows a reader would find wrong (session 32): a naming participle set off by
 * commas, a preposition whose object a relative clause took, a new sentence run on without its
 * full stop, content cut or run on; each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "The scheme, called Fast Lane, lets ..." names the scheme, "The senator, called a liar by
 * rivals, said" is the senator's claim; "Officials, however, called the plan a mistake", "The
 * mayor, a Democrat, called the plan a mistake" and "She called for an inquiry" stay. */
static void naming_set_off(void)
{
	struct fixture f = run("The scheme, called Fast Lane, lets farmers sell water to towns.\n\n"
			       "The boat, dubbed the Blue Whale, sank in March.\n\n"
			       "Reserve troops, called to duty by the mayor after the storm, "
			       "cleared roads.\n\n"
			       "The senator, called a liar by rivals, said he would run.\n\n"
			       "The mayor, a Democrat, called the plan a mistake.\n\n"
			       "Officials, however, called the plan a mistake.\n\n"
			       "The union called for an inquiry.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "he would run", "The senator", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan a mistake", "The mayor, a Democrat", "called",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan a mistake", "Officials", "called", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "an inquiry", "The union", "called for", NULL);
	done(&f);
}

/* "the farms that critics point to as failures": the relative clause's preposition has no
 * object; "Critics point to the farms as failures", "pointed to as many as ten cases" and
 * "pointed to about 20 cases" are claims. */
static void preposition_with_a_gap(void)
{
	struct fixture f = run("The mayor said many of the farms that critics point to as failures "
			       "were doing well.\n\n"
			       "The cases critics point to in the report are old.\n\n"
			       "Critics point to the farms as failures.\n\n"
			       "Officials pointed to as many as ten cases of fraud.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "many of the farms that critics point to as failures were doing well", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the farms as failures", "Critics", "point to", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "as many as ten cases of fraud", "Officials", "pointed to",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(naming_set_off);
	RUN(preposition_with_a_gap);
	return CHECK_DONE();
}
