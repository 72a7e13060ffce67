/* Unit tests of speakers a reader would find wrong, found by spk58 in session 58 in stories of
 * its own (a phone company, a fire, a mayor's office, a porch, a court): each next to the row of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "AT and T said" showed the speaker "T": "AT" was read as the preposition "at" opening a
 * phrase before the subject (and "A" in "A and P" as an article). All-capital words of at most
 * three letters joined by "and" or "&", one a single letter or the "and" in lowercase, are the
 * letters of one name. */
static void letters_joined(void)
{
	struct fixture f = run("Phones\n\nAT and T said on Monday that its network would grow.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "AT and T said (paraphrase): its network would grow"));
	done(&f);
	f = run("Phones\n\nAT & T said on Monday that its network would grow.\n");
	CHECK(renders(&f, 0, "AT & T said (paraphrase): its network would grow"));
	done(&f);
	f = run("Shops\n\nA and P said on Monday that its stores would close.\n");
	CHECK(renders(&f, 0, "A and P said (paraphrase): its stores would close"));
	done(&f);
	f = run("Talks\n\nThe US and UK said the talks failed.\n");
	CHECK(renders(&f, 0, "The US and UK said (paraphrase): the talks failed"));
	done(&f);
	/* stays: "At" opening a phrase before the subject, and "he" in a headline in capitals */
	f = run("Phones\n\nAt the hearing, T. Smith said it would grow.\n");
	CHECK(renders(&f, 0, "T. Smith said (paraphrase): it would grow"));
	done(&f);
	f = run("Over\n\nIT AND HE SAID IT WAS OVER.\n");
	CHECK(renders(&f, 0, "HE (unresolved) SAID (paraphrase): IT WAS OVER"));
	done(&f);
}

/* "Johnson and Johnson reported ... The company said" gave "Johnson": a name coref found as one
 * side of "X and Y" is the whole pair when the sides are the same words or a company's suffix
 * follows; else, unless it is a person, no one (half a company's name is a wrong speaker). */
static void half_of_a_joined_name(void)
{
	struct fixture f = run("Drugs\n\nJohnson and Johnson reported on Tuesday that sales had "
			       "fallen. The company said the decline was temporary.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Johnson and Johnson said (paraphrase): the decline was temporary"));
	done(&f);
	f = run("Guns\n\nSmith and Wesson Inc. reported on Tuesday that sales had fallen. The "
		"company said the decline was temporary.\n");
	CHECK(renders(&f, 1, "Smith and Wesson Inc. said (paraphrase): the decline was temporary"));
	done(&f);
	f = run("Phones\n\nAT and T said on Monday that its network would grow. The company said "
		"prices would rise.\n");
	CHECK(renders(&f, 1, "The company said (paraphrase): prices would rise"));
	done(&f);
	/* stays: two companies, and one of two people */
	f = run("Deal\n\nMicrosoft and Google announced a deal. The company said the deal was "
		"fair.\n");
	CHECK(renders(&f, 1, "The company said (paraphrase): the deal was fair"));
	done(&f);
	f = run("Talks\n\nJohn Smith and Mary Jones met on Tuesday. He said the meeting went "
		"well.\n");
	CHECK(renders(&f, 0, "John Smith said (paraphrase): the meeting went well"));
	done(&f);
}

/* "Her daughter, Carmen Alvarez-Boyd, said ... Her daughter said" gave a description of whoever
 * "her" was read as: the same relation, of the same possessor, is the one it was named as. */
static void relation_named_before(void)
{
	struct fixture f =
		run("Fire\n\nRuth Alvarez lost her home in the fire.\n\nHer daughter, "
		    "Carmen Alvarez-Boyd, said the family had nowhere to go.\n\nThe fire "
		    "burned for two days before crews could stop it.\n\nHer daughter said "
		    "they would rebuild.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Carmen Alvarez-Boyd said (paraphrase): the family had nowhere to go"));
	CHECK(renders(&f, 1, "Carmen Alvarez-Boyd said (paraphrase): they would rebuild"));
	done(&f);
	f = run("City\n\nMayor John Park was at the hall. His wife, Ana, said he was tired. Later "
		"his wife said he would run again.\n");
	CHECK(renders(&f, 1, "Ana said (paraphrase): he would run again"));
	done(&f);
	/* stays: another woman's daughter */
	f = run("Fire\n\nRuth Alvarez lost her home in the fire.\n\nHer daughter, Carmen "
		"Alvarez-Boyd, said the family had nowhere to go.\n\nAnn Lee, a neighbor, lost her "
		"home too.\n\nHer daughter said they would rebuild.\n");
	CHECK(renders(&f, 1, "Ann Lee's daughter said (paraphrase): they would rebuild"));
	done(&f);
}

/* "Men smoking cigars on the porch after shooting skeet said" showed "shooting skeet" as the
 * speaker, an action: an "-ing" phrase after "after" is the second phrase of the participle's
 * phrase before it, and the noun before that is the subject; when that cannot be read, no
 * claim. */
static void participle_after_after(void)
{
	struct fixture f = run("Skeet\n\nMen smoking cigars on the porch after shooting skeet said "
			       "the election was over.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Men smoking cigars on the porch after shooting skeet said "
		      "(paraphrase): the election was over"));
	done(&f);
	f = run("Skeet\n\nMen smoking cigars on the porch after shooting skeet at the Buffalo "
		"Shooting Club said the election was over.\n");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(!renders(&f, i,
			       "shooting skeet at the Buffalo Shooting Club said "
			       "(paraphrase): the election was over"));
	done(&f);
	/* stays: the participle's phrase alone, and an opening phrase before the subject */
	f = run("Skeet\n\nMen smoking cigars on the porch said the election was over.\n");
	CHECK(renders(&f, 0,
		      "Men smoking cigars on the porch said (paraphrase): the election was "
		      "over"));
	done(&f);
	f = run("Skeet\n\nAfter shooting skeet at the club, the men said the election was over.\n");
	CHECK(renders(&f, 0, "the men said (paraphrase): the election was over"));
	done(&f);
}

/* "The coach said the ruling was unfair, and he said ..." gave the player named before: "he"
 * after ", and" carries on the clause's subject, a person described by work ("coach") or as a
 * man or a woman, not one of the other sex. */
static void he_after_described_subject(void)
{
	static const char *const who[] = {"coach", "man", "woman"};
	static const char *const want[] = {
		"the coach said (paraphrase): the team would appeal",
		"the man said (paraphrase): the team would appeal",
		"Marcus Lee said (paraphrase): the team would appeal",
	};
	for (size_t i = 0; i < 3; i++) {
		char text[256];
		snprintf(
			text, sizeof(text),
			"Court\n\nThe player, Marcus Lee, was suspended for four games. The %s said "
			"the ruling was unfair, and he said the team would appeal.\n",
			who[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		CHECK(renders(&f, 1, want[i]));
		done(&f);
	}
	/* stays: "she" after "the man" is not the man */
	struct fixture f = run("Court\n\nThe player, Marcus Lee, was suspended for four games. The "
			       "man said the ruling was unfair, and she said the team would "
			       "appeal.\n");
	CHECK(!renders(&f, 1, "the man said (paraphrase): the team would appeal"));
	done(&f);
}

int main(void)
{
	letters_joined();
	half_of_a_joined_name();
	relation_named_before();
	participle_after_after();
	he_after_described_subject();
	return CHECK_DONE();
}
