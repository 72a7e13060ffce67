/* Unit tests of claim rows a reader would find wrong, found by the lead in session 61 in the rows
 * the session's merges changed: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* A stance taken on a thing (rec61's opposes, prefer, welcomed, hailed, blasts) ran on past a
 * comma into another clause: "opposes (paraphrase): a Democratic measure ..., and three of the
 * four GOP supporters of that proposal currently hold seats". Its noun phrase ends there. */
static void stance_ends_at_clause(void)
{
	static const char *const in[] = {
		"Heitkamp opposes a measure on background checks, and three of the four "
		"supporters hold seats.",
		"Voters prefer to back a winner, and candidates appear more attractive.",
		"Brooks has welcomed support from the Tea Party, doesn't mince words about it.",
		"Sanders blasts free trade, but from the left.",
		/* stays: a list of things after the verb */
		"Rubio opposes abortion, same-sex marriage and gun control.",
		"Grandi welcomed the contribution to support Turkey."};
	static const char *const row[] = {
		"Heitkamp opposes (paraphrase): a measure on background checks",
		"Voters prefer (paraphrase): to back a winner",
		"Brooks has welcomed (paraphrase): support from the Tea Party",
		"Sanders blasts (paraphrase): free trade",
		"Rubio opposes (paraphrase): abortion, same-sex marriage and gun control",
		"Grandi welcomed (paraphrase): the contribution to support Turkey"};
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text), "Senate\n\n%s\n", in[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, row[i]));
		done(&f);
	}
}

/* "Obama welcomed world leaders to the White House for a working dinner" was a stance row
 * "welcomed (paraphrase): world leaders to the White House ...": a host's welcome of people to
 * a place or to do something is no claim. */
static void host_welcome(void)
{
	struct fixture f = run("Summit\n\nObama welcomed world leaders to the White House for a "
			       "dinner. The town welcomed Trump to visit the city. Grandi welcomed "
			       "the decision to reopen the border.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Grandi welcomed (paraphrase): the decision to reopen the border"));
	done(&f);
}

int main(void)
{
	stance_ends_at_clause();
	host_welcome();
	return CHECK_DONE();
}
