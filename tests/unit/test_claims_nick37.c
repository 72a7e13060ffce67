/* Unit tests of names with a nickname in quotation marks (session 37, nick37): Lena "Lulu" Park
 * is a person named Lena Park, whichever marks set the nickname off, and no quotation; each row
 * next to the name without a nickname that reads the same. */
#include "claims_fixture.h"

/* "Lena “Lulu” Park said": coref reads the name as it reads "Lena Park" (a given name and a
 * word that names places too is a person who speaks), so the claim stays; a given name the
 * lexicon lacks keeps its nickname and surname ("Tova “Tovi” Lind", not "Tova"). */
static void nickname_in_coref_name(void)
{
	struct fixture f = run("Lena \u201cLulu\u201d Park said the ferry is late.\n\n"
			       "\u201cThe dock is shut,\u201d Lena \"Lulu\" Park said.\n\n"
			       "Tova \u201cTovi\u201d Lind said the bridge is unsafe.\n\n"
			       "\u201cThe road is closed,\u201d Tova \"Tovi\" Lind said.\n\n"
			       "Lena Park said the bus is slow.\n");

	REQUIRE_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry is late", "Lena \u201cLulu\u201d Park", "said",
		 "Lena \u201cLulu\u201d Park");
	claim_is(&f, 1, CLAIM_DIRECT, "The dock is shut,", "Lena \"Lulu\" Park", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bridge is unsafe", "Tova \u201cTovi\u201d Lind",
		 "said", "Tova \u201cTovi\u201d Lind");
	CHECK(renders(&f, 3, "Tova \u201cTovi\u201d Lind said: \u201cThe road is closed\u201d"));
	claim_is(&f, 4, CLAIM_INDIRECT, "the bus is slow", "Lena Park", "said", "Lena Park");
	done(&f);
}

/* "The mayor’s aide, Lena “Lulu” Park, said the ferry ...": a subject with a phrase set off by
 * commas (modified_subject()) may hold a nickname in its name, before or after the comma, so the
 * words before the cue are its subject, not what was said ("the ferry costs too much said: The
 * mayor’s aide, ..." was the reversed row); "According to Lena “Lulu” Park," names its whole
 * source. The name without a nickname reads the same. */
static void nickname_in_subject_phrase(void)
{
	struct fixture f = run(
		"The mayor\u2019s aide, Lena \u201cLulu\u201d Park, said the ferry costs too "
		"much.\n\n"
		"The mayor's aide, Lena \"Lulu\" Park, said the dock fees cost too much.\n\n"
		"Lena \u201cLulu\u201d Park, who runs the port, said the bus fares cost too much.\n\n"
		"According to Lena \u201cLulu\u201d Park, the road is closed.\n\n"
		"The mayor\u2019s aide, Ann Lind, said the toll costs too much.\n");

	REQUIRE_EQ(f.l->n, 5);
	CHECK(renders(&f, 0,
		      "Lena \u201cLulu\u201d Park said (paraphrase): the ferry costs too much"));
	CHECK(renders(&f, 1,
		      "Lena \u201cLulu\u201d Park said (paraphrase): the dock fees cost too much"));
	CHECK(renders(&f, 2,
		      "Lena \u201cLulu\u201d Park said (paraphrase): the bus fares cost too much"));
	CHECK(renders(&f, 3,
		      "According to Lena \u201cLulu\u201d Park (paraphrase): the road is closed"));
	CHECK(renders(&f, 4, "Ann Lind said (paraphrase): the toll costs too much"));
	done(&f);
}

/* "“...,” said Lena “Lulu” Park": the source after an inverted cue (claims_source_after())
 * runs over the nickname to the surname, not to "Lena" alone (which named no one, so there was
 * no claim); a description after the name stays out of the source as before. */
static void nickname_in_source_after_cue(void)
{
	struct fixture f =
		run("\u201cThe ferry is late,\u201d said Lena \u201cLulu\u201d Park.\n\n"
		    "The dock fees cost too much, said Lena \"Lulu\" Park, the mayor\u2019s "
		    "aide.\n\n"
		    "\u201cThe road is closed,\u201d said Ann Lind.\n");

	REQUIRE_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "The ferry is late,", "Lena \u201cLulu\u201d Park", "said",
		 NULL);
	CHECK(renders(&f, 1,
		      "Lena \u201cLulu\u201d Park said (paraphrase): The dock fees cost too much"));
	CHECK(renders(&f, 2, "Ann Lind said: \u201cThe road is closed\u201d"));
	done(&f);
}

/* "“...,” her deputy, Lena “Lulu” Park, said" and "Her deputy, Tova “Tovi” Lind, told the
 * crowd ...": a name with a nickname set off after a description is the speaker the reader
 * sees, as the name without one is (these had no claim, and "Her deputy, Tova “Tovi” Lind" for
 * the speaker, before coref read the nickname as the name's). */
static void nickname_after_description(void)
{
	struct fixture f =
		run("\u201cThe ferry is late,\u201d her deputy, Lena \u201cLulu\u201d "
		    "Park, said.\n\n"
		    "Her deputy, Tova \"Tovi\" Lind, told the crowd the dock is shut.\n\n"
		    "\u201cThe road is closed,\u201d her aide, Ann Lind, said.\n\n"
		    "Her deputy, Eva Moss, told the crowd the bus is slow.\n");

	REQUIRE_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Lena \u201cLulu\u201d Park said: \u201cThe ferry is late\u201d"));
	CHECK(renders(&f, 1, "Tova \u201cTovi\u201d Lind told (paraphrase): the dock is shut"));
	CHECK(renders(&f, 2, "Ann Lind said: \u201cThe road is closed\u201d"));
	CHECK(renders(&f, 3, "Eva Moss told (paraphrase): the bus is slow"));
	done(&f);
}

/* "Robert “Bobby Joe” Scott", "Lena "Lulu Belle" Park": a nickname of two words is the name's
 * too, as claims_nickname() reads it, not the end of the name ("Robert said", "Lena said");
 * a nickname of one word stays. */
static void two_word_nickname(void)
{
	struct fixture f = run("Robert \u201cBobby Joe\u201d Scott said the ferry is late.\n\n"
			       "\u201cThe dock is shut,\u201d Lena \"Lulu Belle\" Park said.\n\n"
			       "Ann \u201cAnnie\u201d Lind said the road is closed.\n");

	REQUIRE_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry is late", "Robert \u201cBobby Joe\u201d Scott",
		 "said", "Robert \u201cBobby Joe\u201d Scott");
	CHECK(renders(&f, 1,
		      "Lena \u201cLulu Belle\u201d Park said: \u201cThe dock is shut\u201d"));
	claim_is(&f, 2, CLAIM_INDIRECT, "the road is closed", "Ann \u201cAnnie\u201d Lind", "said",
		 "Ann \u201cAnnie\u201d Lind");
	done(&f);
}

int main(void)
{
	RUN(nickname_in_coref_name);
	RUN(nickname_in_subject_phrase);
	RUN(nickname_in_source_after_cue);
	RUN(nickname_after_description);
	RUN(two_word_nickname);
	return CHECK_DONE();
}
