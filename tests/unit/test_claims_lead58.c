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

/* "Men smoking cigars and drinking beer with friends after shooting skeet at the Buffalo
 * Shooting Club in Amherst said their feelings about abortion were mixed, but they uniformly
 * denounced the killing" (NYT19981025.0216) gave the "they" to the residents of the paragraph
 * before once spk58 named the men: a "they" after "but" goes on with its own sentence's source,
 * and when that source is not read as a group, with no one further back. */
static void they_after_but_is_its_own_sentence(void)
{
	struct fixture f = run(
		"Abortion\n\nIn Amherst, residents who said they opposed abortion decried the "
		"attack and said they hoped the man was caught.\n\n"
		"Men smoking cigars and drinking beer with friends after shooting skeet at the "
		"Buffalo Shooting Club in Amherst said their feelings about abortion were mixed, "
		"but they uniformly denounced the killing.\n");
	speaker_resolves(&f, "they", NULL);
	done(&f);
	/* stays: a group that says it in the same sentence */
	struct fixture g = run("Market\n\nIn Amherst, residents said they opposed the plan.\n\n"
			       "Farmers at the market said prices were high, but they uniformly "
			       "denounced the tariff.\n");
	CHECK(renders(&g, 2, "Farmers uniformly denounced (paraphrase): the tariff"));
	done(&g);
}

int main(void)
{
	they_after_but_is_its_own_sentence();
	they_tag_after_a_group();
	return CHECK_DONE();
}
