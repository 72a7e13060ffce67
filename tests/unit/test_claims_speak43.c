/* Unit tests of the speaker a reader sees (session 43, speak43): each row next to one of the
 * same shape that stays. */
#include "claims_fixture.h"

/* "a county survey taken in May": "May" after "in" is the month, no speaker's name, so the
 * survey is the source as written; "Theresa May" stays a person. */
static void month_may_no_speaker(void)
{
	struct fixture f = run("According to a town survey taken in May, most people want a bus "
			       "line.\n\n"
			       "Theresa May said the line would be built.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to a town survey taken in May (paraphrase): most people want a "
		      "bus line"));
	CHECK(renders(&f, 1, "Theresa May said (paraphrase): the line would be built"));
	done(&f);
}

/* "Campaign Manager Robby Mook": after a capitalised role's word, two capitalised words the
 * lexicon does not know are the person's name, so a later "he" is him; a "she" after a woman
 * named after him stays hers. */
static void role_before_unknown_name(void)
{
	struct fixture f =
		run("On Monday, Campaign Manager Tobbe Vesk met donors. \"We will see,\" "
		    "he said.\n\n"
		    "Later Campaign Manager Tobbe Vesk met Gov. Mary Holt. \"We will "
		    "talk,\" she said.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Tobbe Vesk said: \u201cWe will see\u201d"));
	CHECK(renders(&f, 1, "Mary Holt said: \u201cWe will talk\u201d"));
	done(&f);
}

/* "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all
 * suggested": a list of names, each with its party's label, is one plural source, as the list
 * without labels is, with lowercase words before its last name too; a name with its label
 * before an apposition stays that one person. */
static void list_of_labelled_names(void)
{
	struct fixture f =
		run("Sens. Ada Pruitt (D-Vt.), Carl Obend (D-Ohio) and Lena Faro (R-Ind.) "
		    "all suggested that the levy would fail.\n\n"
		    "Rep. Ada Pruitt (D-Vt.) and Carl Obend said the vote was close.\n\n"
		    "Rep. Carl Obend (D-Ohio), a farmer, said the crop was poor.\n\n"
		    "Former Gov. Lena Faro (R) and former Sen. Ada Pruitt (D) announced "
		    "they would retire.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "Sens. Ada Pruitt (D-Vt.), Carl Obend (D-Ohio) and Lena Faro (R-Ind.) all "
		      "suggested (paraphrase): the levy would fail"));
	CHECK(renders(&f, 1,
		      "Rep. Ada Pruitt (D-Vt.) and Carl Obend said (paraphrase): the vote "
		      "was close"));
	CHECK(renders(&f, 2, "Carl Obend said (paraphrase): the crop was poor"));
	CHECK(renders(&f, 3,
		      "Former Gov. Lena Faro (R) and former Sen. Ada Pruitt (D) announced "
		      "(paraphrase): they would retire"));
	done(&f);
}

/* "Ted Cruz on Wednesday said", "Broaddrick Sunday night recounted", "spokesman Sean Spicer on
 * Thursday evening said": the day the source spoke, with its "on" or its part of the day, is no
 * word of the source; "the polls on Super Tuesday" (a day's name in a phrase) and "who wrote to
 * him on Thursday" (the day of a clause's verb) stay. */
static void day_phrase_ends_source(void)
{
	struct fixture f =
		run("Party spokesman Dale Hume on Thursday evening said the vote was "
		    "close.\n\n"
		    "Nellick Sunday night recounted that the barn had burned.\n\n"
		    "Voters going to the polls on Super Tuesday said the lines were long.\n\n"
		    "Two groups who wrote to him on Thursday say they are worried.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(span_is(&f, f.l->items[0].speaker, "Party spokesman Dale Hume"));
	CHECK(span_is(&f, f.l->items[1].speaker, "Nellick"));
	CHECK(span_is(&f, f.l->items[2].speaker, "Voters going to the polls on Super Tuesday"));
	CHECK(span_is(&f, f.l->items[3].speaker, "Two groups who wrote to him on Thursday"));
	done(&f);
}

/* "Ortiz kept saying": a verb of going on or starting before a cue in "-ing" is the cue's, so the
 * speaker is "Ortiz", not "Ortiz kept"; a subject with "keeping" in it stays whole. */
static void aspect_verb_before_cue(void)
{
	struct fixture f = run("Dana Reyes kept saying that the mill would close.\n\n"
			       "The mayor began insisting the bridge was safe.\n\n"
			       "Staff keeping the books said the sums were wrong.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the mill would close", "Dana Reyes", "kept saying",
		 "Dana Reyes");
	claim_is(&f, 1, CLAIM_INDIRECT, "the bridge was safe", "The mayor", "began insisting",
		 NULL);
	CHECK(span_is(&f, f.l->items[2].speaker, "Staff keeping the books"));
	done(&f);
}

/* "Vice Chair Jane Orr": a title that runs straight into an office ending in a role's word is
 * her office, so the speaker is "Jane Orr", not "Chair Jane Orr". */
static void title_into_office(void)
{
	struct fixture f = run("On Monday, Vice Chair Jane Orr met donors. \"We will see,\" she "
			       "said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Jane Orr said: \u201cWe will see\u201d"));
	done(&f);
}

/* "Contacted by POLITICO, a terse Miller agreed": a name after an article and a describing word
 * is its sentence's subject, so a later "she" can be Pat Miller, named after the woman, not the
 * woman; a name after "to a tired" is no subject, and the woman stays. */
static void described_name_is_subject(void)
{
	struct fixture f = run("Gov. Mary Holt spoke at the fair, and Pat Garlow listened.\n\n"
			       "Later, a terse Garlow left the tent.\n\n"
			       "\"It went badly,\" she said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Pat Garlow said: \u201cIt went badly\u201d"));
	done(&f);
	f = run("Gov. Mary Holt spoke at the fair, and Pat Garlow listened.\n\n"
		"Later, Holt waved to a tired Garlow.\n\n"
		"\"It went well,\" she said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mary Holt said: \u201cIt went well\u201d"));
	done(&f);
}

int main(void)
{
	RUN(month_may_no_speaker);
	RUN(role_before_unknown_name);
	RUN(list_of_labelled_names);
	RUN(day_phrase_ends_source);
	RUN(aspect_verb_before_cue);
	RUN(title_into_office);
	RUN(described_name_is_subject);
	return CHECK_DONE();
}
