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

int main(void)
{
	RUN(surname_before_verb_of_saying);
	RUN(modal_and_time_words_as_names);
	return CHECK_DONE();
}
