/* Unit tests of session 35's reading fixes (the lead's): who a "he said" after an inverted tag
 * continues, names whose sex or kind the lexicon gives, each next to the neighbour that keeps
 * its answer. */
#include "claims_fixture.h"

/* "Ford's plan is weak, Hobbs said. “...,” he said": the source of the tag that closes the
 * sentence before is who goes on speaking, not the owner named first in it; with no tag there,
 * the sentence's subject is still who "he" is. */
static void he_continues_the_tag_source(void)
{
	struct fixture f = run("Mark Hobbs, the owner of the team, says he is open to running.\n\n"
			       "Hobbs said he would serve with Donald Ford.\n\n"
			       "Ford's grasp of policy is worrying, Hobbs said.\n\n"
			       "\"Anybody can change,\" he said when asked about the plan.\n");

	speaker_resolves(&f, "he", "Mark Hobbs");
	done(&f);

	f = run("Mark Hobbs, the owner of the team, says he is open to running.\n\n"
		"Hobbs said he would serve with Donald Ford.\n\n"
		"Ford's grasp of policy was the subject of the talk.\n\n"
		"He said anybody can change.\n");
	speaker_resolves(&f, "He", "Donald Ford");
	done(&f);
}

/* "Monique Dalle ... . Dexter Wakefield told the paper that she was a regular. He said": given
 * names the lexicon knows keep "she" with the woman and "he" with the man. */
static void given_names_give_the_sex(void)
{
	struct fixture f =
		run("Osman Abu Laban wrote on Facebook that his uncle was on the plane.\n\n"
		    "Monique Dalle was traveling to Cairo, the church said. Dexter "
		    "Wakefield, a minister, told the paper that she was a regular. He said "
		    "her family asked for privacy.\n");

	cue_speaker_resolves(&f, "He", "said", "Dexter Wakefield");
	done(&f);
}

/* "fleeing war in the Middle East": a region is no one a "she" can be; with nobody else named,
 * the pronoun is the woman the sentence before describes (claims_description_before()), not the
 * place's. */
static void region_is_no_person(void)
{
	struct fixture f =
		run("The chancellor spoke of refugees fleeing war in the Middle East.\n\n"
		    "A woman was given probation. \"Go home!\" she wrote.\n");

	speaker_resolves(&f, "she", "a woman");
	done(&f);
}

/* "“..., who knows?” Trump told ITV when asked how ties would fare": a quotation that closed
 * the sentence before is the tag's content, and the question put to him is no part of what he
 * told (it read "Trump told (paraphrase): how ties would fare"); "told reporters how the deal
 * fell apart" keeps its content. */
static void told_when_asked(void)
{
	struct fixture f = run("\u201cIt looks bad, who knows?\u201d Senator Ward told the station "
			       "in an interview aired on Monday when asked how ties would fare.\n\n"
			       "Senator Ward told reporters how the deal fell apart.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "It looks bad, who knows?", "Senator Ward", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "how ties would fare", NULL, "asked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "how the deal fell apart", "Senator Ward", "told", NULL);
	done(&f);
}

/* "who told Congress when asked last month about the inquiry: “That matter ...”": the
 * quotation after the colon is what she told, and the question ends at the colon. */
static void told_after_the_question_colon(void)
{
	struct fixture f =
		run("The choice would involve Ann Ross, who told Congress when asked last "
		    "month about the inquiry: \"That matter is being handled by agents. "
		    "They follow the evidence.\"\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "That matter is being handled by agents. They follow the evidence.", "who", "told",
		 "Ann Ross");
	done(&f);
}

/* "Asked whether the campaign should take the blame, Mr. Smith shot back: “...”": an opening
 * question ends at the comma where the main clause begins; "whether Donald Trump, the
 * nominee, could win" goes on past an apposition. */
static void opening_question_ends_at_main_clause(void)
{
	struct fixture f =
		run("Asked whether the campaign should take the blame, Mr. Smith shot "
		    "back.\n\n"
		    "Asked whether he feared that Donald Trump, the nominee, could win, Mr. "
		    "Ban smiled.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "whether the campaign should take the blame", NULL, "Asked",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "whether he feared that Donald Trump, the nominee, could win", NULL, "Asked",
		 NULL);
	done(&f);
}

/* "“...,” Sarah Lane posted on Facebook": a tag after a quotation; a clip posted after a name and
 * its list of quoted titles ("who starred in “A” and “B,”") and a loss posted are no claims. */
static void posted_as_a_tag(void)
{
	struct fixture f = run("\u201cOver my dead body,\u201d Sarah Lane posted on Facebook.\n\n"
			       "Lane, who starred in \u201cParks Day\u201d and \u201cThe Long Road,"
			       "\u201d posted the clip to YouTube on Thursday.\n\n"
			       "The company posted a loss.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Over my dead body,", "Sarah Lane", "posted", NULL);
	done(&f);
}

/* "blowback from members (“I want my dues back,” wrote Edward Nelson, a technician)": a
 * quotation that opens a parenthesis with its tag is the content alone, not the sentence from
 * its start up to the closing mark. */
static void quotation_in_parentheses(void)
{
	struct fixture f =
		run("But the endorsements prompted some blowback from members (\"I want "
		    "my dues back,\" wrote Ed Nelson, a technician, on the union's page), "
		    "and the vote will follow.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "I want my dues back,", "Ed Nelson, a technician", "wrote",
		 NULL);
	done(&f);
}

/* "The offensive views include a post ... as one solution": "views" before its verb is the
 * noun, no cue ("The senator views the plan as a failure" stays); "a comment made by a speaker
 * at a rally lamenting the camps' closure": the speaker laments, the "-ly" of "rally" is no
 * adverb of the cue; "one of her ads asking", "a man claiming": the participle is said of the
 * noun it follows. */
static void nouns_before_a_participle(void)
{
	struct fixture f =
		run("The offensive views include a post of a noose as one solution to "
		    "the crisis.\n\n"
		    "The senator views the plan as a failure.\n\n"
		    "The list includes a comment made by a speaker lamenting the closure of "
		    "the camps.\n\n"
		    "She tied her rival to the governor, with one of her ads asking whether "
		    "he was fit to serve.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan as a failure", "The senator", "views", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the closure of the camps", "a speaker", "lamenting", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "whether he was fit to serve", "one of her ads", "asking",
		 NULL);
	done(&f);

	f = run("The mayor held a rally lamenting the closure of the camps.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the closure of the camps", "The mayor", "lamenting", NULL);
	done(&f);
}

/* "In Denver, Colorado, the senator says ...", "At a rally in Novi, Michigan, Trump says ...": a
 * city's state and its comma belong to the opening phrase; the subject after them is the
 * source (the row was lost with "Colorado, the senator" for a source); "the mayor, a Democrat,
 * said" keeps its apposition as before. */
static void state_after_an_opening_city(void)
{
	struct fixture f =
		run("In Denver, Colorado, the senator says he is making a demand.\n\n"
		    "At a rally in Novi, Michigan, Senator Ward says the plan is dead.\n\n"
		    "In Denver, Colorado, the mayor, a Democrat, said the plan was dead.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "he is making a demand", "the senator", "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan is dead", "Senator Ward", "says", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan was dead", "the mayor, a Democrat", "said", NULL);
	done(&f);
}

/* "Said Ellis: “...”": a cue that opens the sentence, its source and a colon before the
 * quotation (the source's scan read on into the quotation and found its verb); 'Clinton "is the
 * only candidate," retired Air Force general Lloyd Newton said': "retired" before a rank is an
 * adjective of the source, no verb that ends the content's scan. */
static void said_first_colon_and_retired(void)
{
	struct fixture f =
		run("Said Ellis: \u201cI don\u2019t get the sense she is interested.\u201d\n\n"
		    "Clinton \"is the only candidate,\" retired Air Force general Lloyd "
		    "Newton said.\n\n"
		    "The general retired in May, the paper said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "I don\u2019t get the sense she is interested.", "Ellis",
		 "Said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton \"is the only candidate,",
		 "retired Air Force general Lloyd Newton", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The general retired in May", "the paper", "said", NULL);
	done(&f);
}

/* "Video shows that ...": the one word "Video", page furniture elsewhere, is a document that
 * shows; "Another slide shows that ..."; ", contradicting the police's earlier claim" is the
 * writer's comment, no part of what the video shows. */
static void video_and_slide_show(void)
{
	struct fixture f =
		run("Video shows that the driver had his hands in the air, contradicting "
		    "the police.\n\n"
		    "Another slide shows that eight of 10 limes are grown abroad.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the driver had his hands in the air", "Video",
		 "shows", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that eight of 10 limes are grown abroad", "Another slide",
		 "shows", NULL);
	done(&f);
}

/* "WASHINGTON ― ...": a horizontal bar is a dash, after a dateline and around an aside ("The film
 * ― which weaves together ..., among others ― explains", "... ― as was true for the years ... ―
 * Trump boasted"); "said via email that" keeps "via email" out of the content. */
static void horizontal_bar_and_via(void)
{
	struct fixture f =
		run("WASHINGTON \u2015 The plan is an insult to all voters, the senators "
		    "said.\n\n"
		    "The film \u2015 which weaves together the voices of activists like "
		    "Ann Lee, among others \u2015 explains the history of the camps.\n\n"
		    "When Ward noted that Ross paid no tax \u2015 as was true for the years "
		    "his returns were public \u2015 Ross boasted, \u201cThat makes me "
		    "smart.\u201d\n\n"
		    "A spokesman said via email that the plan was dead.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "The plan is an insult to all voters", "the senators",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the history of the camps", "The film", "explains", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "that Ross paid no tax \u2015 as was true for the years his returns were public",
		 "Ward", "noted", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "That makes me smart.", "Ross", "boasted", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that the plan was dead", "A spokesman", "said", NULL);
	done(&f);
}

/* "his early-morning tweets attempting to shame a former Miss Universe": "tweets" after a
 * possessive or a hyphenated adjective, or before a participle, is the plural noun (it read "his
 * early-morning tweets (paraphrase): attempting to shame ..."); "Trump tweets that ..." keeps
 * the verb. */
static void tweets_as_a_noun(void)
{
	struct fixture f = run("Ross is defending his early-morning tweets attempting to shame a "
			       "former aide, saying it shows he is awake.\n\n"
			       "Ross tweets that the count is rigged.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "his early-morning tweets attempting to shame a former aide", "Ross",
		 "is defending", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it shows he is awake", "Ross", "saying", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the count is rigged", "Ross", "tweets", NULL);
	done(&f);
}

/* "Mr. Deese expected that the president would hand him changes": an active "expected that" is
 * the subject's belief (it gave no row: the frame of "is expected to" took every "expected");
 * "The vote is expected to pass" stays an expectation nobody is named for; "She expected
 * that." has no clause. */
static void active_expected_that(void)
{
	struct fixture f = run("Mr. Deese expected that the president would hand him changes.\n\n"
			       "The vote is expected to pass.\n\n"
			       "She expected that.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the president would hand him changes", "Mr. Deese",
		 "expected", NULL);
	done(&f);
}

int main(void)
{
	RUN(he_continues_the_tag_source);
	RUN(given_names_give_the_sex);
	RUN(region_is_no_person);
	RUN(told_when_asked);
	RUN(told_after_the_question_colon);
	RUN(opening_question_ends_at_main_clause);
	RUN(posted_as_a_tag);
	RUN(quotation_in_parentheses);
	RUN(nouns_before_a_participle);
	RUN(state_after_an_opening_city);
	RUN(said_first_colon_and_retired);
	RUN(video_and_slide_show);
	RUN(horizontal_bar_and_via);
	RUN(tweets_as_a_noun);
	RUN(active_expected_that);
	return CHECK_DONE();
}
