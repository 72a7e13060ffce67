/* Unit tests of what reader43 saw in the reader (session 43): each row next to the claim of the
 * same shape that stays. */
#include "claims_fixture.h"

/* "Cooper called Friday for releasing the videos": a day between "called" and its "for" is the
 * cue's, and what is called for is the content, not "Friday for releasing ..."; "called on
 * voters to" and "called for calm" stay as they were. */
static void day_before_called_for(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Mayor Ann Lowe called Thursday for the release of the harbour report.\n\n"
		    "Councillor Tom Reed called on Friday for an inquiry into the costs.\n\n"
		    "Mayor Ann Lowe called on voters to back the plan.\n\n"
		    "Councillor Tom Reed called for calm at the meeting.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "Ann Lowe called Thursday for (paraphrase): the release of the harbour "
		      "report"));
	CHECK(renders(&f, 1,
		      "Tom Reed called on Friday for (paraphrase): an inquiry into the costs"));
	CHECK(renders(&f, 2, "Ann Lowe called on (paraphrase): voters to back the plan"));
	CHECK(renders(&f, 3, "Tom Reed called for (paraphrase): calm"));
	done(&f);
}

int main(void)
{
	RUN(day_before_called_for);
	return CHECK_DONE();
}
