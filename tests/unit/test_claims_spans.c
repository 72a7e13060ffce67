/* Unit tests of source spans and speech tags whose shape hid the source or the claim: a name
 * whose word reads as a month or a verb ("June", "May"), a name's abbreviation that ends a
 * sentence ("Inc.", "Cos."), two sources joined by "and", a day between the cue and a clause
 * without "that", a telling to come inside another claim, a place inside a source's description. */
#include "claims_fixture.h"

/* "May", "June", "April", "Will" inside a name are the name's, before or after the cue; a month
 * before a day's number or after "on" ends the source */
static void month_or_verb_inside_a_name(void)
{
	struct fixture f = run("\"We will stay,\" said June Carter.\n\n"
			       "\"It is over,\" said Prime Minister Theresa May.\n\n"
			       "Chairman Will Grady said the vote would wait.\n\n"
			       "\"We won,\" said Ann Lee on May 5.\n\n"
			       "\"We lost,\" said Bo Reyes, May 9.\n");

	claim_is(&f, 0, CLAIM_DIRECT, "We will stay,", "June Carter", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It is over,", "Prime Minister Theresa May", "said",
		 "Theresa May");
	claim_is(&f, 2, CLAIM_INDIRECT, "the vote would wait", "Chairman Will Grady", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "We won,", "Ann Lee", "said", "Ann Lee");
	claim_is(&f, 4, CLAIM_DIRECT, "We lost,", "Bo Reyes", "said", "Bo Reyes");
	CHECK_EQ(f.l->n, 5);
	done(&f);
}

/* a company's name that ends with "Cos." is a business's, no place's ("Harbor"); a name's
 * abbreviation may end its sentence, and keeps its stop in the source ("Inc.", "Jr.") */
static void abbreviation_ending_a_name(void)
{
	struct fixture f =
		run("Harbor Mills Cos. said it would shut two plants.\n\n"
		    "\"We are growing,\" said a spokesman for Vale Tools Inc. The firm said "
		    "sales rose.\n\n"
		    "\"It held,\" said Bo Reyes Jr.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "it would shut two plants", "Harbor Mills Cos.", "said",
		 "Harbor Mills Cos.");
	claim_is(&f, 1, CLAIM_DIRECT, "We are growing,", "a spokesman for Vale Tools Inc.", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "sales rose", "The firm", "said", "Vale Tools Inc.");
	claim_is(&f, 3, CLAIM_DIRECT, "It held,", "Bo Reyes Jr.", "said", NULL);
	CHECK_EQ(f.l->n, 4);
	done(&f);
}

/* two sources joined by "and" are one source, before the cue or after a comma: one head word
 * ("radio" and "radio"), "the" and a noun each, or two plurals; not the object of a verb
 * before them */
static void sources_joined_by_and(void)
{
	struct fixture f = run("Lake radio and Lake city radio said the ferry had sunk.\n\n"
			       "The ferry had sunk, Lake radio and Lake city radio reported.\n\n"
			       "The mayor and the sheriff said they would meet.\n\n"
			       "Jo Park met the envoy and the minister said talks went well.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "the ferry had sunk", "Lake radio and Lake city radio",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The ferry had sunk", "Lake radio and Lake city radio",
		 "reported", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they would meet", "The mayor and the sheriff", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "talks went well", "the minister", "said", NULL);
	CHECK_EQ(f.l->n, 4);
	done(&f);
}

/* a day after the cue, then a clause whose subject is a bare noun ("said today conditions ...
 * appear"): the clause is the content, and the impression inside it ("appear to be") is part of
 * it, not a claim of its own */
static void day_then_bare_subject(void)
{
	struct fixture f = run("The port office said today conditions in Rook appear to be "
			       "getting worse.\n\n"
			       "The mayor said Tuesday crime in the city has fallen.\n\n"
			       "The mayor said Tuesday via a post that she would run.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "conditions in Rook appear to be getting worse",
		 "The port office", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "crime in the city has fallen", "The mayor", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that she would run", "The mayor", "said", NULL);
	CHECK_EQ(f.l->n, 3);
	done(&f);
}

/* a telling to come ("would formally declare", "will tell") inside what someone said is part
 * of that statement, not a claim of its own; alone it stays */
static void modal_telling_inside_a_claim(void)
{
	struct fixture f = run("Lee said her country would formally declare its plan in March.\n\n"
			       "Her country will declare that it is leaving.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "her country would formally declare its plan in March",
		 "Lee", "said", NULL);
	CHECK_EQ(f.l->n, 2);
	done(&f);
}

/* after an inverted cue a place or an occasion ends the source ("in a statement", "at a
 * rally"), but once the source is described (an apposition, a relative clause) the place is
 * the description's ("a fellow at the institute", "who worked in the mayor's office") */
static void place_inside_a_description(void)
{
	struct fixture f = run("\"We will win,\" said Jo Lee, a fellow at the Stone Institute.\n\n"
			       "\"We lost,\" said Ann Cole, who worked in the mayor's office.\n\n"
			       "\"We will win,\" said Jo Lee in a statement.\n\n"
			       "\"We lost,\" said Ann Cole, a farmer at the rally.\n\n"
			       "\"We lost,\" said Ann Cole, a farmer at the mill on Tuesday.\n");

	claim_is(&f, 0, CLAIM_DIRECT, "We will win,", "Jo Lee, a fellow at the Stone Institute",
		 "said", "Jo Lee");
	claim_is(&f, 1, CLAIM_DIRECT, "We lost,", "Ann Cole, who worked in the mayor's office",
		 "said", "Ann Cole");
	claim_is(&f, 2, CLAIM_DIRECT, "We will win,", "Jo Lee", "said", "Jo Lee");
	claim_is(&f, 3, CLAIM_DIRECT, "We lost,", "Ann Cole, a farmer", "said", "Ann Cole");
	claim_is(&f, 4, CLAIM_DIRECT, "We lost,", "Ann Cole, a farmer at the mill", "said",
		 "Ann Cole");
	done(&f);
}

/* a relative clause without commas stays in its source when it holds the relative's own cue
 * verb ("who oppose"), two names joined by "and" or a clause set off by commas after it; that
 * verb makes no claim of its own */
static void relative_clause_in_a_source(void)
{
	struct fixture f =
		run("He and others who oppose the new tax say it will hurt farms.\n\n"
		    "Guides who work in Peru and Chile say trade is slow.\n\n"
		    "Guides who work in Peru and Chile, which have fine trails, say trade "
		    "is slow.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "it will hurt farms",
		 "He and others who oppose the new tax", "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "trade is slow", "Guides who work in Peru and Chile", "say",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "trade is slow",
		 "Guides who work in Peru and Chile, which have fine trails", "say", NULL);
	done(&f);
}

/* initials written with stops before "and" are the first of two subjects ("U.S. and Kuwaiti
 * officials"); after a verb the "and" still joins two clauses */
static void initials_before_and(void)
{
	struct fixture f = run("U.S. and Kuwaiti officials say the roads are open.\n\n"
			       "He met U.S. envoys and aides said the talks went well.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "the roads are open", "U.S. and Kuwaiti officials", "say",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the talks went well", "aides", "said", NULL);
	done(&f);
}

/* a time phrase or a participle's phrase after the subject's noun is the subject's, not the
 * subject ("since the storm", "put out on Aug. 3"); after a verb, or before a cue without an
 * auxiliary, the time word opens a clause of its own ("rose after the firm said") */
static void phrase_after_the_subject_noun(void)
{
	struct fixture f =
		run("Hikers on the ridge since the storm have noted that the trail is "
		    "wet.\n\n"
		    "New notices put out on Aug. 3 suggest that drivers slow down.\n\n"
		    "A survey released last month shows that most riders are pleased.\n\n"
		    "Shares rose after the firm said it had sold a mill.\n\n"
		    "Agents went to see the pilot's mother before the board said that "
		    "the case was closed.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the trail is wet",
		 "Hikers on the ridge since the storm", "have noted", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that drivers slow down", "New notices put out on Aug. 3",
		 "suggest", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that most riders are pleased",
		 "A survey released last month", "shows", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "it had sold a mill", "the firm", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that the case was closed", "the board", "said", NULL);
	done(&f);
}

/* a noun phrase set off by commas after an opening phrase describes its last noun; a bare noun
 * after it is the subject ("officials of ..."), a name is not ("the board's head, Jo Lee") */
static void apposition_after_an_opening_phrase(void)
{
	struct fixture f =
		run("As anger grew in the port, the home of many fishermen, officials of "
		    "the Harbor Board said the quay would stay open.\n\n"
		    "In the port, the board's head, Jo Lee said the quay would stay "
		    "open.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the quay would stay open", "officials of the Harbor Board",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the quay would stay open", "the board's head, Jo Lee",
		 "said", NULL);
	done(&f);
}

/* a participle between a determiner and its noun is a word of the subject ("the embattled
 * mayor"), not a verb that ends it; after a verb the phrase is no subject ("was a sustained
 * call for") */
static void participle_before_the_noun(void)
{
	struct fixture f = run("An unnamed official said the port was shut.\n\n"
			       "The embattled mayor said the port would reopen.\n\n"
			       "Officials of the ousted council say the vote was rigged.\n\n"
			       "Her plan was a sustained clarion call for change.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the port was shut", "An unnamed official", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the port would reopen", "The embattled mayor", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the vote was rigged", "Officials of the ousted council",
		 "say", NULL);
	done(&f);
}

/* "Lee, asked whether ..., replied": the question put to the subject lies between it and its
 * cue, with a cue of its own inside ("discussing"); the subject is before it */
static void question_put_between_subject_and_cue(void)
{
	struct fixture f =
		run("And Mayor Jo Lee yesterday, asked whether he was glad the city is "
		    "discussing talks, replied: \u201cI see nothing good in it.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_DIRECT, "I see nothing good in it.", "Mayor Jo Lee", "replied", NULL);
	done(&f);
}

int main(void)
{
	RUN(month_or_verb_inside_a_name);
	RUN(abbreviation_ending_a_name);
	RUN(sources_joined_by_and);
	RUN(day_then_bare_subject);
	RUN(modal_telling_inside_a_claim);
	RUN(place_inside_a_description);
	RUN(relative_clause_in_a_source);
	RUN(initials_before_and);
	RUN(phrase_after_the_subject_noun);
	RUN(apposition_after_an_opening_phrase);
	RUN(participle_before_the_noun);
	RUN(question_put_between_subject_and_cue);
	return CHECK_DONE();
}
