/* Unit tests of where a source phrase starts and ends: a possessive that opens a subject, a long
 * description before a name after an inverted cue, a day after a name, a participle's phrase
 * that says when a document came out, an office from a place, an opening clause after a
 * dateline and a list of names after "of". */
#include "claims_fixture.h"

/* "His former wife agreed, but also contended": a possessive opens the noun phrase of the
 * clause's subject; it is not the whole subject the way "he" is. */
/* A parenthetical between the subject and the cue may hold a noun's participle ("a new poll
 * showing the mayor ahead"): the subject is before it, not the participle's object (the
 * document's "showing" is a claim of its own); a clause's own "-ing" verb still ends the scan
 * ("they were saying"). */
static void participle_inside_a_parenthetical(void)
{
	struct fixture f =
		run("Reince Priebus, in the wake of a new poll showing Trump down to 14 "
		    "percent, told Fox News that the party would unite.\n\n"
		    "The clerk, after records showing the fee was paid, said the case was "
		    "closed.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Trump down to 14 percent", "a new poll", "showing", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the party would unite", "Reince Priebus", "told",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the fee was paid", "records", "showing", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the case was closed", "The clerk", "said", NULL);
	done(&f);
}

/* "..., a well-placed source told Reuters", "..., an unnamed official said": a participle as an
 * adjective before a noun for a person or a source is a word of the source, not a verb that
 * ends it; before a noun for a thing it still ends the scan ("the leaked memo said" stays no
 * claim), and an -ed verb after a noun is still the clause's verb. */
static void adjective_participle_in_the_source(void)
{
	struct fixture f = run("The minister will quit, a well-placed source told Reuters.\n\n"
			       "The budget will be cut, an unnamed official said.\n\n"
			       "The vote was rigged, the so-called experts said.\n\n"
			       "The deal will hold, the leaked memo said.\n\n"
			       "The talks ended, a spokesman said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "The minister will quit", "a well-placed source", "told",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The budget will be cut", "an unnamed official", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The vote was rigged", "the so-called experts", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "The talks ended", "a spokesman", "said", NULL);
	done(&f);
}

static void possessive_opens_the_subject(void)
{
	struct fixture f = run("The loan was in dispute.\n\n"
			       "His former wife agreed, but also contended that the loan was never "
			       "repaid.\n\n"
			       "Their lawyer agreed and argued that the fee was too high.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the loan was never repaid", "His former wife",
		 "also contended", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the fee was too high", "Their lawyer", "argued",
		 NULL);
	done(&f);
}

/* "said former deputy trade policy adviser Jo Lee": up to five lowercase words of description
 * before the name after an inverted cue. */
static void long_description_before_a_name(void)
{
	struct fixture f = run("The plan will fail, said former deputy trade policy adviser Mara "
			       "Quist.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The plan will fail",
		 "former deputy trade policy adviser Mara Quist", "said", "Mara Quist");
	done(&f);
}

/* "Governor Ann Lee Friday said": a day after a first name says when; it is no surname. */
static void day_after_a_first_name(void)
{
	struct fixture f = run("The count was fair, officials said.\n\n"
			       "Governor Ann Lee Friday said the count would stand.\n");

	speaker_resolves(&f, "Governor Ann Lee", "Ann Lee");
	done(&f);
}

/* "The report released Sunday by the agency said": the participle's phrase belongs to the
 * source, and the thing that came out is who spoke; "A notice issued Friday said" too. */
static void participle_with_a_day(void)
{
	struct fixture f = run("The report released Sunday by the agency said the lake was "
			       "clean.\n\n"
			       "A notice issued Friday said the mill would close in March.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the lake was clean",
		 "The report released Sunday by the agency", "said", "The report");
	claim_is(&f, 1, CLAIM_INDIRECT, "the mill would close in March", "A notice issued Friday",
		 "said", "A notice");
	done(&f);
}

/* "Senator from Vermont says" (a headline): a capitalised office and the place it is from are
 * the source whole; the office's word alone is no name. */
static void office_from_a_place(void)
{
	struct fixture f = run("Senator from Vermont says he will back the bill.\n\n"
			       "The mayor from Dover said the road would reopen.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he will back the bill", "Senator from Vermont", "says",
		 "Senator from Vermont");
	claim_is(&f, 1, CLAIM_INDIRECT, "the road would reopen", "The mayor from Dover", "said",
		 NULL);
	done(&f);
}

/* "DOVER (AP)_ Taking the stand, a friend of the mayor said": the opening clause after a wire
 * dateline is no part of the source. */
static void opening_clause_after_a_dateline(void)
{
	struct fixture f = run("DOVER (AP)_ Taking the stand in her own defense, a friend of the "
			       "mayor said Friday that she had done nothing wrong.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that she had done nothing wrong", "a friend of the mayor",
		 "said", NULL);
	done(&f);
}

/* "The envoys of Latvia, Chile and the Dominican Republic issued a statement saying": a list of
 * names after "of" goes on the subject read forwards, and the people of them are the speaker,
 * no one of the names. */
static void list_of_names_after_of(void)
{
	struct fixture f = run("Talks ended.\n\n"
			       "The envoys of Latvia, Chile and the Dominican Republic issued a "
			       "statement Friday saying the talks had failed.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the talks had failed",
		 "The envoys of Latvia, Chile and the Dominican Republic", NULL,
		 "The envoys of Latvia, Chile and the Dominican Republic");
	done(&f);
}

/* "Frankly the mayor said", "But even critics say": an adverb before the subject is no word of
 * it; "Likely voters say" keeps its adjective, and "Kelly" is a name. */
static void adverb_before_the_subject(void)
{
	struct fixture f =
		run("The dam held.\n\n"
		    "Frankly the mayor said the dam was never at risk.\n\n"
		    "But even critics say the repairs were sound.\n\n"
		    "Likely voters say the bond should pass.\n\n"
		    "Kelly Marsh runs the water board. Kelly said the valves were new.\n");

	speaker_resolves(&f, "the mayor", "the mayor");
	speaker_resolves(&f, "critics", "critics");
	speaker_resolves(&f, "Likely voters", "Likely voters");
	speaker_resolves(&f, "Kelly", "Kelly");
	done(&f);
}

/* "Rather, officials say", "Shortly afterward, Quist said": a word that opens the sentence and
 * names no one, before a comma, opens the sentence, not the subject; a name before an apposition
 * ("Marsh, a retired engineer, said") and a number before names ("Two aides, ...") stay. */
static void opening_word_before_a_comma(void)
{
	struct fixture f = run("The dam held.\n\n"
			       "Rather, officials say the spillway saved it.\n\n"
			       "Shortly afterward, Mara Quist said the gates would open.\n\n"
			       "Perhaps most telling, the new survey suggests the banks are "
			       "stable.\n\n"
			       "Two aides, Jo Lee and Al Roe, said the survey was late.\n");

	speaker_resolves(&f, "officials", "officials");
	speaker_resolves(&f, "Mara Quist", "Mara Quist");
	speaker_resolves(&f, "the new survey", "the new survey");
	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 3, CLAIM_INDIRECT, "the survey was late", "Two aides, Jo Lee and Al Roe",
		 "said", NULL);
	done(&f);
}

/* "Like other owners who see a gain in widening their menus, Mr. Quist said", "Set among old
 * churches and cafe bars, Quist defended": a phrase that ends in a noun for no person, then a
 * comma and a name, ends a clause or an opening of its own; a description of the person before
 * the name stays ("The board's chief counsel, Jo Lee", "A lawyer for the unions, Al Roe"). */
static void name_after_a_phrase(void)
{
	struct fixture f = run("The dam held.\n\n"
			       "Like other shop owners who see a gain in widening their menus, Mr. "
			       "Quist said he would open a cafe.\n\n"
			       "Set among old churches and crumbling bakeries and cafe bars, Quist "
			       "defended his plan to sell the mill.\n\n"
			       "The best arguments, Quist says his study shows, include lower "
			       "rates.\n\n"
			       "The board's chief counsel, Jo Lee, said the gates were sound.\n\n"
			       "A lawyer for the unions, Al Roe, said the gates were late.\n");

	cue_speaker_resolves(&f, "Mr. Quist", "said", "Quist");
	cue_speaker_resolves(&f, "Quist", "defended", "Quist");
	cue_speaker_resolves(&f, "Quist", "says", "Quist");
	speaker_resolves(&f, "The board's chief counsel, Jo Lee", "Jo Lee");
	speaker_resolves(&f, "A lawyer for the unions, Al Roe", "Al Roe");
	done(&f);
}

/* "The senator, named to the panel last year, said": a past participle's phrase set off by
 * commas after the subject, as "speaking at a rally" and "who joined" are; "Critics, worried the
 * plan is dead, said" keeps its finite verb out of it. "An article about Tashfeen Malik
 * reported": the topic after "about" is no speaker; "A report about the war" stays whole. */
static void past_participle_after_the_subject(void)
{
	struct fixture f =
		run("The panel met on Monday in Washington.\n\n"
		    "The senator, named to the panel last year, said the rules were "
		    "unfair.\n\n"
		    "The mayor, elected in 2014 on a promise of reform, said the city was "
		    "broke.\n\n"
		    "The governor, speaking at a rally, said the state would recover.\n\n"
		    "An article on Monday about Tashfeen Malik, one of the attackers, "
		    "reported that she had talked about jihad.\n\n"
		    "A report about the war said troops were tired.\n");

	cue_speaker_resolves(&f, "The senator", "said", "The senator");
	cue_speaker_resolves(&f, "The mayor", "said", "The mayor");
	cue_speaker_resolves(&f, "The governor", "said", "The governor");
	speaker_resolves(&f, "An article on Monday about Tashfeen Malik, one of the attackers",
			 "An article on Monday");
	speaker_resolves(&f, "A report about the war", "A report about the war");
	done(&f);
}

/* An apposition after the name that opens with a possessive ("Marlon Marshall, Clinton's
 * director of state campaigns and political engagement, said") is the name's, "and" inside it
 * included: the source is never "political engagement"; a possessive that opens the sentence
 * ("In Clinton's view, the senator said") stays outside the source. */
static void possessive_apposition(void)
{
	struct fixture f =
		run("Marlon Marshall, Clinton's director of state campaigns and political "
		    "engagement, said the campaign is taking nothing for granted.\n\n"
		    "Armstrong Williams, Carson's longtime friend and adviser, suggested that the "
		    "candidate was seizing back control of his campaign.\n\n"
		    "In Clinton's view, the senator said the vote mattered.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f,
			 "Marlon Marshall, Clinton's director of state campaigns and political "
			 "engagement",
			 "Marlon Marshall");
	speaker_resolves(&f, "Armstrong Williams, Carson's longtime friend and adviser",
			 "Armstrong Williams");
	cue_speaker_resolves(&f, "the senator", "said", "the senator");
	done(&f);
}

/* "..., with Sen. John Smith calling it a mess": the name after "with" is the participle's own
 * subject (a title's full stop among its words), not the sentence's ("Farmers"); so is a name
 * after a dash. */
static void with_name_participle(void)
{
	struct fixture f = run("Farmers were angry about the plan, with Sen. John Smith calling it "
			       "a mess.\n\n"
			       "The two met - Ada Moss saying the talks went well.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "it a mess", "Sen. John Smith", "calling", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the talks went well", "Ada Moss", "saying", NULL);
	done(&f);
}

/* "The United States had moved additional troops and a naval armada into the Gulf and said":
 * the armada is the second object of the verb before "and", not who said; and "States" is a word
 * of the name, no verb; "the workers who were fired and the union said" stays two subjects'
 * last */
static void object_list_before_and_said(void)
{
	struct fixture f = run("The United States had moved additional troops and a naval armada "
			       "into the Gulf and said it would strike Iraq.\n\n"
			       "The workers who were fired and the union said the deal was "
			       "unfair.\n");

	speaker_resolves(&f, "The United States", "United States");
	speaker_resolves(&f, "the union", "the union");
	done(&f);
}

/* "A poll of more than 900 voters shows": "than" after "more", "fewer" or "less" and before a
 * number is no clause's opening; the subject is the whole phrase. Control: "than" before a
 * clause still ends it ("It was worse than the mayor said") */
static void more_than_number(void)
{
	struct fixture f = run("A poll of more than 900 voters shows that the race is close.\n\n"
			       "More than 6 in 10 voters said the economy was weak.\n\n"
			       "The storm was worse than the mayor said it would be.\n");

	REQUIRE(f.l->n >= 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the race is close", "A poll of more than 900 voters",
		 "shows", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the economy was weak", "More than 6 in 10 voters", "said",
		 NULL);
	if (f.l->n > 2)
		CHECK(span_is(&f, f.l->items[2].speaker, "the mayor"));
	done(&f);
}

/* "This year's survey of more than 900 Python developers worldwide suggests": a time's
 * possessive opens the subject, the survey is the source, never the people it asked. Control:
 * "On Tuesday Trump said" still sets the time phrase aside. */
static void survey_after_time_possessive(void)
{
	struct fixture f = run("This year\u2019s survey of more than 900 Python developers "
			       "worldwide suggests that costs are rising.\n\n"
			       "On Tuesday Trump said that the wall would rise.\n");

	REQUIRE(f.l->n == 2);
	CHECK(span_is(&f, f.l->items[0].speaker,
		      "This year\u2019s survey of more than 900 Python developers worldwide"));
	CHECK(span_is(&f, f.l->items[1].speaker, "Trump"));
	done(&f);
}

static void origin_before_a_relative_clause(void)
{
	struct fixture f = run("Maria Lopez, 59, of Ashton, Md., who watched the ceremony on a "
			       "screen on the Mall, said the event brought back memories.\n\n"
			       "Carl Vance, in a statement, said the plan was sound.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(
		&f, 0, CLAIM_INDIRECT, "the event brought back memories",
		"Maria Lopez, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall",
		"said", "Maria Lopez");
	/* a phrase of its own after the comma stays out of the source */
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was sound", "Carl Vance", "said", "Carl Vance");
	done(&f);
}

int main(void)
{
	RUN(participle_inside_a_parenthetical);
	RUN(with_name_participle);
	RUN(possessive_opens_the_subject);
	RUN(long_description_before_a_name);
	RUN(day_after_a_first_name);
	RUN(participle_with_a_day);
	RUN(office_from_a_place);
	RUN(opening_clause_after_a_dateline);
	RUN(list_of_names_after_of);
	RUN(adverb_before_the_subject);
	RUN(opening_word_before_a_comma);
	RUN(name_after_a_phrase);
	RUN(past_participle_after_the_subject);
	RUN(possessive_apposition);
	RUN(adjective_participle_in_the_source);
	RUN(object_list_before_and_said);
	RUN(more_than_number);
	RUN(survey_after_time_possessive);
	RUN(origin_before_a_relative_clause);
	return CHECK_DONE();
}
