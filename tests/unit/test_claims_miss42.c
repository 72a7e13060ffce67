/* Unit tests of claims the engine did not find (session 42, miss42): each row next to the claim
 * of the same shape that stays. */
#include "claims_fixture.h"

/* "rebuked" is a verb of censure with its object for content, as "criticized" is: the one
 * rebuked is no part of the source ("The mayor passionately rebuked critics say") and a
 * participle after the object is the rebuker's complaint, not the rebuker's own suggestion
 * ("Lena Ortiz suggesting"). The noun ("a sharp rebuke to") and the passive ("was rebuked by")
 * give no claim; "criticized" keeps its row. */
static void rebuked_object(void)
{
	struct fixture f =
		run("The mayor passionately rebuked critics who say he should resign.\n\n"
		    "In an essay, Lena Ortiz rebuked the senator for suggesting that she had "
		    "stayed silent.\n\n"
		    "The vote was a sharp rebuke to the party.\n\n"
		    "The clerk was rebuked by the board on Monday.\n\n"
		    "Lena Ortiz criticized the senator for his silence.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(
		&f, 0,
		"The mayor passionately rebuked (paraphrase): critics who say he should resign"));
	CHECK(renders(&f, 1, "critics say (paraphrase): he should resign"));
	CHECK(renders(&f, 2,
		      "Lena Ortiz rebuked (paraphrase): the senator for suggesting that she had "
		      "stayed silent"));
	CHECK(renders(&f, 3, "Lena Ortiz criticized (paraphrase): the senator for his silence"));
	done(&f);
}

int main(void)
{
	RUN(rebuked_object);
	return CHECK_DONE();
}
