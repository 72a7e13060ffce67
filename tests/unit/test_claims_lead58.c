/* Unit tests of claim rows a reader would find wrong, found by the lead in session 58 in stories
 * of his own (a storm): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Forecasters said Lena would turn northeast on Monday. A second system could become a
 * hurricane later this week, they said." left "they" unresolved: a group's noun that opens the
 * sentence of the claim before is whom a "they" tag after a clause of a thing means, as
 * "Officials" and "Residents" were. */
static void they_tag_after_a_group(void)
{
	static const char *const groups[] = {"Forecasters", "Firefighters", "Teachers"};
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		char text[256], want[128];
		snprintf(text, sizeof(text),
			 "Storm\n\n%s said the storm would turn on Monday. A second system could "
			 "become a hurricane later this week, they said.\n",
			 groups[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		snprintf(want, sizeof(want),
			 "%s said (paraphrase): A second system could become a hurricane later "
			 "this week",
			 groups[i]);
		CHECK(renders(&f, 1, want));
		done(&f);
	}
	/* stays: a surname in "-s" is one person, whom no "they" means */
	struct fixture f = run("Storm\n\nSanders said the storm would turn on Monday. A second "
			       "system could become a hurricane later this week, they said.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "they (unresolved) said (paraphrase): A second system could become a "
		      "hurricane later this week"));
	done(&f);
}

int main(void)
{
	they_tag_after_a_group();
	return CHECK_DONE();
}
