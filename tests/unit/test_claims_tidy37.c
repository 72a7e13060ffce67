/* test_claims_tidy37: claim rows that read differently when one piece of code does one job
 * (session 36's review): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

#include <stdio.h>

/* The continued and added quotations after "TAG “...”", whose speaker is the "He" that opens
 * each: Arden Vesk, named in full before (a given name the lexicon lacks), when TAG is his
 * surname before a verb of saying, not Paul Rauta, the man of known gender named before him;
 * Paul Rauta when TAG is his. */
static void continued_by(const char *tag, const char *want)
{
	char text[1200];

	snprintf(text, sizeof(text),
		 "On Monday at the library in Lund, Nebraska, school board candidate Arden Vesk "
		 "(R-NE) criticized his rival Paul Rauta for raising fees.\n\n"
		 "%s\u201cWho here thinks we lose votes because we spend too little? I think we "
		 "lose the parents because they believe we have stopped listening.\u201d\n\n"
		 "He continued, \u201cThis is not about rallying our base but about mending the "
		 "damage done by reckless fees that push away families who ought to vote with us. "
		 "I believe Paul Rauta is ruining our chance to win a seat we cannot afford to "
		 "lose.\u201d\n\n"
		 "He added, \u201cIt is not a pause, it is a tax. Are we going to charge every "
		 "child? Does that seem right to you?\u201d\n",
		 tag);
	struct fixture f = run(text);
	int failed = check_case_failed;

	REQUIRE(f.l->n >= 2);
	CHECK_STR(f.l->items[f.l->n - 2].speaker_resolved, want);
	CHECK_STR(f.l->items[f.l->n - 1].speaker_resolved, want);
	if (check_case_failed && !failed)
		fprintf(stderr, "  after \"%s\"\n", tag);
	done(&f);
}

/* weak_surname() reads the verb after the surname as tag_clause_people() reads the verb of a
 * tag, letters only, with the same list: "noted" and "argued" are verbs of saying there too,
 * and "said—“" (a dash and no space before the quotation) is "said". */
static void surname_before_verb_of_saying(void)
{
	continued_by("Vesk said, ", "Arden Vesk");
	continued_by("Vesk noted, ", "Arden Vesk");
	continued_by("Vesk argued, ", "Arden Vesk");
	continued_by("Vesk said\u2014", "Arden Vesk");
	continued_by("Rauta noted, ", "Paul Rauta");
}

/* A capitalised word that coref reads as a person's name is a name, not a verb or a time: "May"
 * after "Ines May" a modal and a month both (modal_named(), which takes the month), "Day" after
 * "Peter Day" a time word (person_named(), which refuses the month and takes the surname as the
 * last of two words), each by one reader of a word as a person; "Will the budget pass?" stays a
 * question and "on Friday" a day. */
static void modal_and_time_words_as_names(void)
{
	struct fixture f = run("Councillor Ines May voted against the budget on Tuesday.\n\n"
			       "The fees will hurt the young, May added.\n\n"
			       "Will the budget pass? The vote is close.\n\n"
			       "The historian Peter Day has studied the river for years.\n\n"
			       "The dam will fail within a decade, Day said.\n\n"
			       "The report came out on Friday.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The fees will hurt the young", "May", "added", "Ines May");
	claim_is(&f, 1, CLAIM_INDIRECT, "The dam will fail within a decade", "Day", "said",
		 "Peter Day");
	done(&f);
}

/* Ann "Annie" Lind: a nickname in marks inside a name is the name's, no quotation, skipped by one
 * claims_after_nickname() wherever a name is walked: back from the cue to the content's end
 * ("..., Lena “Lulu” Park said"), over a description's name set off before the cue ("Her deputy,
 * Ann “Annie” Lind, shouted"), in the quotations a claim shows, and in the name after a
 * description ("said the mayor's aide, Ann “Annie” Lind"). A quoted word after a lowercase word
 * stays a quotation ("“reckless,”"). */
static void nickname_inside_name(void)
{
	struct fixture f =
		run("Mayor Lena \u201cLulu\u201d Park met the council on Monday to vote on "
		    "the ferry.\n\n"
		    "The ferry costs too much, Lena \u201cLulu\u201d Park said.\n\n"
		    "\u201cThe town is broke!\u201d Her deputy, Ann \u201cAnnie\u201d Lind, "
		    "shouted to the crowd. \u201cWe need the ferry.\u201d\n\n"
		    "The bridge is unsafe, said the mayor\u2019s aide, Ann \u201cAnnie\u201d "
		    "Lind.\n\n"
		    "The plan is \u201creckless,\u201d the engineer said.\n");

	REQUIRE_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "The ferry costs too much", "Lena \u201cLulu\u201d Park",
		 "said", NULL);
	CHECK(renders(&f, 1,
		      "Ann \u201cAnnie\u201d Lind shouted: \u201cThe town is broke! \u2026 We need "
		      "the ferry.\u201d"));
	CHECK_EQ(f.l->items[1].nquote, 2);
	CHECK(renders(&f, 2, "Ann \u201cAnnie\u201d Lind said (paraphrase): The bridge is unsafe"));
	CHECK(renders(&f, 3, "the engineer said (paraphrase): The plan is \u201creckless\u201d"));
	done(&f);
}

/* "Have the councillors said ...?", "Didn’t the mayor say ...?": a cue after an inverted
 * auxiliary, or in a sentence that opens with one and "n't", in a clause that ends with a
 * question mark asks (one clause_asks() for both); the statements of the same words stay. */
static void questions_claim_nothing(void)
{
	struct fixture f = run("Have the councillors said the fees would fall? They rose.\n\n"
			       "Didn\u2019t the mayor say the fees would fall? They rose.\n\n"
			       "The councillors have said the fees would fall.\n\n"
			       "The mayor did say the fees would fall.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the fees would fall", "The councillors", "have said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the fees would fall", "The mayor", "did say", NULL);
	done(&f);
}

/* "the land cleared critics point to as a failure": a participle after the noun leaves the
 * preposition's gap (gap_noun(), the noun a relative clause with no "that" sits on, asked by
 * three rules, each weighing "-ed" as before), so "critics point to" claims nothing, as with
 * "the land that critics point to". */
static void participle_before_gap(void)
{
	struct fixture f =
		run("The mayor said the land cleared critics point to as a failure was "
		    "doing well.\n\n"
		    "The mayor said the land that critics point to as a failure was doing "
		    "well.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the land cleared critics point to as a failure was doing well", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "the land that critics point to as a failure was doing well", "The mayor", "said",
		 NULL);
	done(&f);
}

/* A paraphrase's own tag between commas is cut from its row: the subject goes on with its verb
 * after it ("The new fees hurt ...": one lower_word() reads the word after the tag, here and for
 * a phrase), and an opening phrase keeps its comma ("In any case, the fees will stay"). */
static void tag_between_commas_cut(void)
{
	struct fixture f = run("The new fees, the mayor said, hurt the poorest families.\n\n"
			       "In any case, the mayor said, the fees will stay.\n");

	REQUIRE_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "the mayor said (paraphrase): The new fees hurt the poorest families"));
	CHECK(renders(&f, 1, "the mayor said (paraphrase): In any case, the fees will stay"));
	done(&f);
}

int main(void)
{
	RUN(surname_before_verb_of_saying);
	RUN(modal_and_time_words_as_names);
	RUN(nickname_inside_name);
	RUN(questions_claim_nothing);
	RUN(participle_before_gap);
	RUN(tag_between_commas_cut);
	return CHECK_DONE();
}
