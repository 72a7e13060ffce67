/* Unit tests of frames of intent, belief and evidence that PolNeAR's annotators mark and the
 * engine missed or rejected (session 36): each row that now reads next to its neighbour that
 * must stay as it was. */
#include "claims_fixture.h"

/* "The league plans to open a stadium": the league's intent, as the annotators read it; not
 * the noun ("her own plans to", "did not unveil plans to"), a plan inside a comparison ("later
 * than he had planned to"), nor a plan the sentence's tag reports. */
static void plans_to_act(void)
{
	struct fixture f = run("The league plans to open a stadium near the harbor.\n\n"
			       "Ms. Dunmore also planned to visit the mill towns.\n\n"
			       "The mayor walked by the river and sketched her own plans to widen "
			       "it.\n\n"
			       "The board did not unveil plans to pay for the roof.\n\n"
			       "The ferry sailed later than he had planned to leave.\n\n"
			       "The league plans to build \u201ca stadium of glass,\u201d Ada Pell "
			       "said Friday.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to open a stadium near the harbor", "The league", "plans",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to visit the mill towns", "Ms. Dunmore", "also planned",
		 NULL);
	CHECK(renders(&f, 2,
		      "Ada Pell said (paraphrase): The league plans to build \u201ca stadium of "
		      "glass\u201d"));
	done(&f);
}

int main(void)
{
	RUN(plans_to_act);
	return CHECK_DONE();
}
