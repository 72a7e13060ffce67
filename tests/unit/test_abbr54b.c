/* Unit tests of names an abbreviation cut short, found in session 54: "The St. Louis
 * Post-Dispatch reported" showed "Louis Post-Dispatch reported" and "The U.S. Chamber of
 * Commerce said" showed "U.S. Chamber said"; each next to the row of the same shape that stays. */
#include "../../src/coref_int.h"
#include "claims_fixture.h"

/* The list of a place's abbreviations, asked with the stop left out. */
static void place_abbrev(void)
{
	CHECK(coref_place_abbrev("St", 2));
	CHECK(coref_place_abbrev("Ft", 2));
	CHECK(coref_place_abbrev("Mt", 2));
	/* stay: lowercase, a title, a longer word */
	CHECK(!coref_place_abbrev("st", 2));
	CHECK(!coref_place_abbrev("Dr", 2));
	CHECK(!coref_place_abbrev("Sta", 3));
}

/* A place's abbreviation with its stop opens the name before a capitalised word. Controls:
 * after a name's word it is a street's, and the name after it is another's ("Main St. Police
 * said"); at a sentence's end it stays the street's. */
static void place_abbrev_opens_name(void)
{
	struct fixture f = run("Mayor\n\nThe St. Louis Post-Dispatch reported that the mayor would "
			       "resign.\n");
	CHECK(renders(&f, 0,
		      "The St. Louis Post-Dispatch reported (paraphrase): the mayor would resign"));
	done(&f);
	f = run("Wing\n\nMt. Sinai Hospital said the wing would open.\n");
	CHECK(renders(&f, 0, "Mt. Sinai Hospital said (paraphrase): the wing would open"));
	done(&f);
	f = run("Team\n\nThe Ft. Worth Star-Telegram reported that the team had left.\n");
	CHECK(renders(&f, 0,
		      "The Ft. Worth Star-Telegram reported (paraphrase): the team had left"));
	done(&f);
	f = run("Road\n\nMain St. Police said the road was closed.\n");
	CHECK(renders(&f, 0, "Police said (paraphrase): the road was closed"));
	done(&f);
	f = run("Road\n\nAnn Lee lives on Elm St. She said the road would reopen.\n");
	speaker_resolves(&f, "She", "Ann Lee");
	done(&f);
}

/* A name opened by a place's abbreviation is a place's or a body's, never whom "she" means.
 * Control: a woman named before it is. */
static void place_abbrev_name_no_person(void)
{
	struct fixture f = run("Mayor\n\nThe St. Louis Post-Dispatch reported that the mayor would "
			       "resign. She said it was bad.\n");
	speaker_resolves(&f, "She", NULL);
	done(&f);
	f = run("Mayor\n\nAnn Lee spoke on Monday. The St. Louis Post-Dispatch reported that the "
		"mayor would resign. She said it was bad.\n");
	speaker_resolves(&f, "She", "Ann Lee");
	done(&f);
}

/* "Chamber" names a body, so the name goes on over "of" ("The U.S. Chamber of Commerce") and
 * "she" after it is no one. Controls: "Bank of America" keeps working; a lowercase "chamber"
 * is no name. */
static void chamber_is_a_body(void)
{
	struct fixture f =
		run("Tax\n\nThe U.S. Chamber of Commerce said the tax was a mistake. She "
		    "said it was bad.\n");
	CHECK(renders(&f, 0,
		      "The U.S. Chamber of Commerce said (paraphrase): the tax was a mistake"));
	speaker_resolves(&f, "She", NULL);
	done(&f);
	f = run("Profits\n\nBank of America said profits rose.\n");
	CHECK(renders(&f, 0, "Bank of America said (paraphrase): profits rose"));
	done(&f);
	f = run("Tax\n\nThe chamber said the tax was bad.\n");
	CHECK(renders(&f, 0, "The chamber said (paraphrase): the tax was bad"));
	done(&f);
}

int main(void)
{
	RUN(place_abbrev);
	RUN(place_abbrev_opens_name);
	RUN(place_abbrev_name_no_person);
	RUN(chamber_is_a_body);
	return CHECK_DONE();
}
