/* Unit tests of claim rows a reader would find wrong (session 32): a naming participle set off by
 * commas, a preposition whose object a relative clause took, a new sentence run on without its
 * full stop, content cut or run on; each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "The scheme, called Fast Lane, lets ..." names the scheme, "The senator, called a liar by
 * rivals, said" is the senator's claim; "Officials, however, called the plan a mistake", "The
 * mayor, a Democrat, called the plan a mistake" and "She called for an inquiry" stay. */
static void naming_set_off(void)
{
	struct fixture f = run("The scheme, called Fast Lane, lets farmers sell water to towns.\n\n"
			       "The boat, dubbed the Blue Whale, sank in March.\n\n"
			       "Reserve troops, called to duty by the mayor after the storm, "
			       "cleared roads.\n\n"
			       "The senator, called a liar by rivals, said he would run.\n\n"
			       "The mayor, a Democrat, called the plan a mistake.\n\n"
			       "Officials, however, called the plan a mistake.\n\n"
			       "The union called for an inquiry.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "he would run", "The senator", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan a mistake", "The mayor, a Democrat", "called",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan a mistake", "Officials", "called", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "an inquiry", "The union", "called for", NULL);
	done(&f);
}

/* "the farms that critics point to as failures": the relative clause's preposition has no
 * object; "Critics point to the farms as failures", "pointed to as many as ten cases" and
 * "pointed to about 20 cases" are claims. */
static void preposition_with_a_gap(void)
{
	struct fixture f = run("The mayor said many of the farms that critics point to as failures "
			       "were doing well.\n\n"
			       "The cases critics point to in the report are old.\n\n"
			       "Critics point to the farms as failures.\n\n"
			       "Officials pointed to as many as ten cases of fraud.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "many of the farms that critics point to as failures were doing well", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the farms as failures", "Critics", "point to", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "as many as ten cases of fraud", "Officials", "pointed to",
		 NULL);
	done(&f);
}

/* "... to the centers The board said it would act": a sentence whose full stop is missing is a
 * claim of its own, no part of the content before it nor its child; "told The Post", "an
 * editorial in The Times said" and "the band The Who said" go on. */
static void sentence_without_its_stop(void)
{
	struct fixture f =
		run("The agency said it would add staff to the centers The board said it "
		    "would act too.\n\n"
		    "The mayor told The Post he would run.\n\n"
		    "The mayor said an editorial in The Times said the plan was weak.\n\n"
		    "The mayor said the band The Who said it would play.\n");

	CHECK(f.l->n >= 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "it would add staff to the centers", "The agency", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it would act too", "The board", "said", NULL);
	CHECK(f.l->n > 1 && f.l->items[1].parent == CLAIM_NONE);
	claim_is(&f, 2, CLAIM_INDIRECT, "he would run", "The mayor", "told", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "an editorial in The Times said the plan was weak",
		 "The mayor", "said", NULL);
	CHECK(f.l->n > 5 &&
	      span_is(&f, f.l->items[5].content, "the band The Who said it would play"));
	done(&f);
}

/* "said that voters, angry and tired, wanted change": the content's subject with a phrase set off
 * after it runs on to its verb, and so does one with a relative clause; "supported it and Lee,
 * as he has before," is no subject, and "Barkley, who said he votes Democratic, said" keeps
 * its two claims. */
static void subject_set_off_in_content(void)
{
	struct fixture f = run("The mayor said that voters, angry and tired, wanted change.\n\n"
			       "The mayor said that voters, many of them young, wanted change.\n\n"
			       "The mayor said the voters, who were angry, wanted change.\n\n"
			       "Ames supported it and Lee, as he has before, opposed the bill.\n\n"
			       "Barkley, who said he votes Democratic, said he would stay home.\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT, "that voters, angry and tired, wanted change", "The mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that voters, many of them young, wanted change",
		 "The mayor", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the voters, who were angry, wanted change", "The mayor",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "it and Lee, as he has before", "Ames", "supported", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "he votes Democratic", "who", "said", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "he would stay home",
		 "Barkley, who said he votes Democratic", "said", NULL);
	done(&f);
}

/* "I wrote a short guide in 2009", "wrote his memoir": a work written with nothing of what it
 * says; "wrote a letter asking ...", "wrote that ..." and "wrote a note: “...”" are claims. */
static void work_written(void)
{
	struct fixture f = run("I wrote a short guide in 2009.\n\n"
			       "Back when he wrote his memoir, the coach was tired.\n\n"
			       "The mayor wrote a letter asking the council to act.\n\n"
			       "The mayor wrote that the plan would fail.\n\n"
			       "The mayor wrote a note: “The plan will fail.”\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "a letter asking the council to act", "The mayor", "wrote",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the plan would fail", "The mayor", "wrote", NULL);
	done(&f);
}

/* "would not immediately describe the fault", "didn't discuss their terms": a refusal to tell,
 * with only the thing untold; "did not say the plan was bad", "did not say how ..." and "did
 * not describe the plan as a failure" are claims. */
static void refused_to_tell(void)
{
	struct fixture f = run("The agency would not immediately describe the fault.\n\n"
			       "The aides didn’t discuss their terms.\n\n"
			       "The mayor did not say the plan was bad.\n\n"
			       "The mayor did not say how the plan would work.\n\n"
			       "The mayor did not describe the plan as a failure.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was bad", "The mayor", "did not say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "how the plan would work", "The mayor", "did not say",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan as a failure", "The mayor", "did not describe",
		 NULL);
	done(&f);
}

/* "Local people reported seeing a flash, the government was quoted as saying late Thursday by a
 * news agency": the passive tag ends the people's content and its own takes the whole clause
 * before its comma, theirs inside it; the tag alone and the tag before its content stay. */
static void quoted_tag_after_a_claim(void)
{
	struct fixture f = run("Local people reported seeing a flash west of the capital, the "
			       "government was quoted as saying late Thursday by a news agency.\n\n"
			       "The plan will fail, the mayor was quoted as saying.\n\n"
			       "The mayor was quoted as saying the plan will fail.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Local people reported seeing a flash west of the capital",
		 "the government", "was quoted as saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "seeing a flash west of the capital", "Local people",
		 "reported", NULL);
	CHECK(f.l->n > 1 && f.l->items[1].parent == 0);
	claim_is(&f, 2, CLAIM_INDIRECT, "The plan will fail", "the mayor", "was quoted as saying",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the plan will fail", "The mayor", "was quoted as saying",
		 NULL);
	done(&f);
}

/* "Rogers, for example, said Trump’s visit to Des Moines — the state’s biggest market — last Friday
 * would help": a subject, an aside and a time after the cue, then a modal, are the content, no
 * source after the cue; "“It will help,” said Trump’s aide." keeps its source. */
static void subject_after_cue_then_modal(void)
{
	struct fixture f = run("Rogers, for example, said Trump’s visit to Des Moines — the "
			       "state’s biggest market — last Friday would help.\n\n"
			       "“It will help,” said Trump’s aide.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(
		&f, 0, CLAIM_INDIRECT,
		"Trump’s visit to Des Moines — the state’s biggest market — last Friday would help",
		"Rogers", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It will help,", "Trump’s aide", "said", NULL);
	done(&f);
}

/* "Hemsley, the co-author of “Going Viral,” said ...": a title quoted at the end of an apposition,
 * its comma inside the marks, is part of the source; so with a phrase after it. */
static void title_quoted_in_apposition(void)
{
	struct fixture f =
		run("Hemsley, the co-author of “Going Viral,” said the days of one story "
		    "are gone.\n\n"
		    "Lee, the author of “The Long Road,” about the war, said it was "
		    "over.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the days of one story are gone",
		 "Hemsley, the co-author of “Going Viral,”", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it was over",
		 "Lee, the author of “The Long Road,” about the war", "said", NULL);
	done(&f);
}

/* "to file minority reports -- or dissents -- which could prolong the event": a cue word before a
 * phrase set off by dashes and "which" is a noun; "The agency reports -- as it does each year --
 * that sales fell" is a claim. */
static void cue_noun_before_dashes_and_which(void)
{
	struct fixture f = run("Devine said delegates could file minority reports -- or dissents "
			       "from the majority -- which could prolong the event.\n\n"
			       "The agency reports -- as it does each year -- that sales fell.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "delegates could file minority reports -- or dissents from the majority -- which "
		 "could prolong the event",
		 "Devine", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that sales fell", "The agency", "reports", NULL);
	done(&f);
}

/* "said in 2015 the party was weak", "said in an interview the plan was dead": a phrase, then a
 * noun phrase and its verb; "agreed on the terms, and when the army would leave" and "feels as
 * if the world is new" have no clause after a plain phrase. */
static void clause_after_a_phrase(void)
{
	struct fixture f = run("Pence said in 2015 the party was weak.\n\n"
			       "The mayor said in an interview the plan was dead.\n\n"
			       "They agreed on the terms, and when the army would leave.\n\n"
			       "It feels as if the world is new.\n");

	CHECK(f.l->n >= 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the party was weak", "Pence", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was dead", "The mayor", "said", NULL);
	for (size_t i = 2; i < f.l->n; i++)
		CHECK(!span_is(&f, f.l->items[i].content, "the army would leave") &&
		      !span_is(&f, f.l->items[i].content, "the world is new"));
	done(&f);
}

/* "The plan is weak — he told the AP that ...": a pronoun after a dash is the subject, not "weak —
 * he". */
static void pronoun_after_a_dash(void)
{
	struct fixture f = run("Smith spoke in Ohio.\n\n"
			       "The plan is weak — he told the AP that his task is hard.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that his task is hard", "he", "told", NULL);
	done(&f);
}

/* "CNN reported at least six planes filled the skies", "Amazon reported it sold $30 billion",
 * "The Times reported six people died": a clause without "that" after a verb of reporting;
 * "reported the man wanted by police", "reported a loss", "police reports Lee filed" and
 * "claimed at least 217 lives and injured 5,000" are none. */
static void reported_without_that(void)
{
	struct fixture f = run("CNN reported at least six planes filled the skies.\n\n"
			       "Amazon reported it sold $30 billion in goods.\n\n"
			       "The Times reported six people died in the fire.\n\n"
			       "The mayor said more than 20 people died.\n\n"
			       "The paper reported the man wanted by police.\n\n"
			       "She read the police reports Lee filed against him.\n\n"
			       "The bombings claimed at least 217 lives and injured 5,000.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "at least six planes filled the skies", "CNN", "reported",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it sold $30 billion in goods", "Amazon", "reported", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "six people died in the fire", "The Times", "reported",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "more than 20 people died", "The mayor", "said", NULL);
	done(&f);
}

/* "Rubio says, win or lose in the primary, he’s staying in the race": a phrase after the cue's
 * comma, then the clause; "said, if elected, she would ..." keeps its condition, "the drinking
 * continued, and four years later, Freddy was dead" and "to, say, single digits, she could" are
 * no claims. */
static void clause_after_an_aside(void)
{
	struct fixture f =
		run("Rubio says, win or lose in the primary, he’s staying in the race.\n\n"
		    "Clinton said, if elected, she would ask Biden to help.\n\n"
		    "But the drinking continued, and four years later, Freddy was dead.\n\n"
		    "If she narrows the gap to, say, single digits, she could win.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he’s staying in the race", "Rubio", "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "if elected, she would ask Biden to help", "Clinton",
		 "said", NULL);
	done(&f);
}

/* "he wrote his first column 43 years ago on that subject, “You fit it ...”": the quotation
 * further on is no text of the work, and "on that subject" no relative clause; "wrote a column
 * that said ..." stays a claim. */
static void work_written_then_a_quotation(void)
{
	struct fixture f =
		run("He wrote his first column 43 years ago on that subject, “You fit it "
		    "with other tragedies.”\n\n"
		    "The mayor wrote a column that said the plan would fail.\n");

	CHECK(f.l->n >= 1);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(!span_is(&f, f.l->items[i].cue, "wrote") || f.l->items[i].content.start > 60);
	done(&f);
}

/* "“The plan is dead,” Hemsley, the co-author of “Going Viral,” said": the title quoted before the
 * cue is the source's, the quotation before it the claim (it was joined: “The plan is dead …
 * Going Viral”); "who wrote “Going Viral”" names a work, no claim; "He wrote, “We Are Done.”"
 * and "are big fans of “Prison Break,” Madden said" stay. */
static void title_quoted_before_the_cue(void)
{
	struct fixture f =
		run("“The plan is dead,” Hemsley, the co-author of “Going Viral,” said.\n\n"
		    "“The plan is dead,” Hemsley, who wrote “Going Viral,” said.\n\n"
		    "He wrote, “We Are Done.”\n\n"
		    "The French are big fans of “Prison Break,” Madden said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "The plan is dead,",
		 "Hemsley, the co-author of “Going Viral,”", "said", NULL);
	CHECK(f.l->n > 0 && f.l->items[0].nquote == 1);
	claim_is(&f, 1, CLAIM_DIRECT, "The plan is dead,", "Hemsley, who wrote “Going Viral,”",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We Are Done.", "He", "wrote", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "The French are big fans of “Prison Break,", "Madden",
		 "said", NULL);
	done(&f);
}

/* "She said parents would not be eligible, and when pressed on why the plan leaves out dads, the
 * mother of three replied: “...”": the first content ends before ", and when", the second claim's
 * subject follows the wh-clause's comma (it was "the plan leaves out dads"); "and when asked, he
 * agreed" keeps one content. */
static void subordinate_clause_before_a_second_tag(void)
{
	struct fixture f =
		run("Ivanka Trump said parents who adopt would not be eligible, and when "
		    "pressed on why the plan leaves out dads, the mother of three "
		    "replied: “It is meant for mothers.”\n\n"
		    "The mayor said the plan was late, and when the council met, it was "
		    "dropped.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "parents who adopt would not be eligible", "Ivanka Trump",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It is meant for mothers.", "the mother of three", "replied",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the plan was late, and when the council met, it was dropped", "The mayor", "said",
		 NULL);
	done(&f);
}

/* "in the key battleground state of Pennsylvania, the vice president said": a role after a
 * place's comma is the main clause's subject, no apposition that makes the place a person (the
 * speaker read "Pennsylvania", here and wherever "the vice president" spoke again). */
static void role_after_a_place(void)
{
	struct fixture f = run("Joe Biden campaigned for Clinton.\n\n"
			       "In Scranton, where Biden grew up in the state of Pennsylvania, the "
			       "vice president said Clinton was the only choice.\n\n"
			       "The vice president said the race was close.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Clinton was the only choice", "the vice president", "said",
		 NULL);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(!f.l->items[i].speaker_resolved ||
		      strcmp(f.l->items[i].speaker_resolved, "Pennsylvania") != 0);
	done(&f);
}

int main(void)
{
	RUN(naming_set_off);
	RUN(preposition_with_a_gap);
	RUN(sentence_without_its_stop);
	RUN(subject_set_off_in_content);
	RUN(work_written);
	RUN(refused_to_tell);
	RUN(quoted_tag_after_a_claim);
	RUN(subject_after_cue_then_modal);
	RUN(title_quoted_in_apposition);
	RUN(cue_noun_before_dashes_and_which);
	RUN(clause_after_a_phrase);
	RUN(pronoun_after_a_dash);
	RUN(reported_without_that);
	RUN(clause_after_an_aside);
	RUN(work_written_then_a_quotation);
	RUN(title_quoted_before_the_cue);
	RUN(subordinate_clause_before_a_second_tag);
	RUN(role_after_a_place);
	return CHECK_DONE();
}
