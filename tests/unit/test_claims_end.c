/* Unit tests of where the content of a claim ends: what follows a quotation after its tag,
 * phrases and clauses the writer sets after the content. */
#include "claims_fixture.h"

/* "“A,” he said. “B” and C.": a quotation after the tag that closes inside its sentence goes
 * on to the sentence's end; the writer's own clause after it ("“Non-paper” is a term", "“B”--and
 * she held out ...") does not. */
static void quote_tail(void)
{
	struct fixture f =
		run("He spoke at length. \"This is something voters care about,\" "
		    "Palmieri told reporters. \"They care about incomes for the middle "
		    "class\" and other pocketbook issues.\n\n"
		    "\"It is over,\" she said. \"Non-paper\" is a term for a draft.\n\n"
		    "\"The copies, the copies,\" she said. \"We are going to examine them. "
		    "There\"--and she held out the fourth copy.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "This is something voters care about,\" Palmieri told reporters. \"They care "
		 "about incomes for the middle class\" and other pocketbook issues",
		 "Palmieri", "told", NULL);
	CHECK_EQ(f.l->items[0].nquote, 2);
	claim_is(&f, 1, CLAIM_DIRECT, "It is over,", "she", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "The copies, the copies,", "she", "said", NULL);
	done(&f);
}

/* A noun phrase after the content with a relative clause of "that", "which" or "where" that
 * runs to the sentence's end is the writer's comment (", an ambitious goal that would ...");
 * a person's apposition with "who" is part of the content. */
static void appositive_relative(void)
{
	struct fixture f =
		run("Most voters say the country should move to clean energy by 2030, an "
		    "ambitious goal that would require leadership from the next "
		    "president.\n\n"
		    "He said he met Cornel West, a longtime friend who has lived in Ohio "
		    "since 2015.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the country should move to clean energy by 2030",
		 "Most voters", "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "he met Cornel West, a longtime friend who has lived in Ohio since 2015", "He",
		 "said", NULL);
	done(&f);
}

/* "Y, he said, that Z" and "Y, they said Friday, because Z": the content goes on after a tag
 * set inside it, past the day of the telling. */
static void tag_then_that(void)
{
	struct fixture f =
		run("There is a risk, some Democrats said, that the senator would push the "
		    "party to the left.\n\n"
		    "She was not surprised that the campaign won, her advisers said "
		    "Friday, because she understands the anger of voters.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "There is a risk, some Democrats said, that the senator would push the party to "
		 "the left",
		 "some Democrats", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "She was not surprised that the campaign won, her advisers said Friday, because "
		 "she understands the anger of voters",
		 "her advisers", "said", NULL);
	done(&f);
}

/* A cue in a clause that opens the sentence: its content ends where the main clause begins,
 * also when the main clause's pronoun has its verb joined to it ("it’s"), its subject has an
 * apposition between dashes, or the opening clause begins with "now that". */
static void opening_clause_ends(void)
{
	struct fixture f =
		run("While he said he would hold a hearing, it\u2019s unlikely to win his "
		    "support.\n\n"
		    "But now that we know they are big and persistent, it looks "
		    "unconscionable.\n\n"
		    "Asked who they thought was the closest ally, the vast majority "
		    "\u2013 55 percent \u2013 named Britain.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "he would hold a hearing", "he", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they are big and persistent", "we", "know", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "who they thought was the closest ally", NULL, "Asked",
		 NULL);
	done(&f);
}

/* A cue in a relative clause between commas: its content ends at the comma before the main
 * clause's verb in the past ("Broaddrick, who said ..., recounted"); outside a relative clause
 * such a verb goes on with the content ("he said the aide was fired, wanted ..." is left). */
static void relative_clause_verb(void)
{
	struct fixture f =
		run("Juanita Broaddrick, who said Clinton raped her in 1978, recounted the "
		    "incident on the radio.\n\n"
		    "Norton, which declined to comment, returned the publication rights "
		    "to Mr. Hurt.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Clinton raped her in 1978", "who", "said",
		 "Juanita Broaddrick");
	claim_is(&f, 2, CLAIM_INDIRECT, "to comment", "which", "declined", NULL);
	done(&f);
}

/* A time word inside a phrase of the content ("on the evening of April 4", "by the end of
 * January") is no time the writer dates the telling by; two participles joined by "and"
 * ("taken over and looted") are one verb phrase. */
static void time_in_phrase(void)
{
	struct fixture f =
		run("Clinton proposed a New York debate on the evening of April 4.\n\n"
		    "She spoke about how the consulate had been taken over and looted.\n\n"
		    "The group urged the department to release the emails by the end of "
		    "January.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "a New York debate on the evening of April 4", "Clinton",
		 "proposed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "how the consulate had been taken over and looted", "She",
		 "spoke about", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the department to release the emails by the end of January", "The group", "urged",
		 NULL);
	done(&f);
}

/* Paraphrase before a colon goes on through a quotation of several sentences that ends the
 * sentence; a quotation after the colon with its own tag is that tag's alone. */
static void colon_quotation(void)
{
	struct fixture f = run("She said she sent the men the same text: \"Do you feel the bern? "
			       "Please text me.\"\n\n"
			       "Clinton seemed irritated: \"It is a public statement! Just email "
			       "it,\" she wrote.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "she sent the men the same text: \"Do you feel the bern? Please text me.", "She",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton seemed irritated", NULL, "seemed", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "It is a public statement! Just email it,", "she", "wrote",
		 NULL);
	done(&f);
}

/* A phrase after a comma that ends a list ("Israel, the Iranian nuclear deal and the
 * possibility of ...") is part of the content; an apposition to the sentence's end is not,
 * even with "and" inside a participle's phrase ("an official overseeing Lebanon and the
 * region"). */
static void list_end(void)
{
	struct fixture f =
		run("He said he and Trump differ on Israel, the Iranian nuclear deal and "
		    "the possibility of a compromise.\n\n"
		    "She said she would talk to Jeffrey Feltman, a State Department "
		    "official overseeing Lebanon and the region.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "he and Trump differ on Israel, the Iranian nuclear deal and the possibility of a "
		 "compromise",
		 "He", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she would talk to Jeffrey Feltman", "She", "said", NULL);
	done(&f);
}

/* A time after noun-phrase content of one word or of a title and a name dates the telling
 * ("endorsed Trump in early June", "endorsed Sen. Ted Cruz in November"); after a reflexive
 * pronoun the phrase goes on ("defended himself on Saturday for ..."). */
static void np_time(void)
{
	struct fixture f = run("Ryan endorsed Trump in early June.\n\n"
			       "He endorsed Sen. Ted Cruz in November.\n\n"
			       "Rubio defended himself on Saturday for bailing on the bill.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Trump", "Ryan", "endorsed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Sen. Ted Cruz", "He", "endorsed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "himself on Saturday for bailing on the bill", "Rubio",
		 "defended", NULL);
	done(&f);
}

/* Noun-phrase content ends before the programme or page the telling was on ("touted his
 * endorsement on its Facebook page", "recounted the incident on Hugh Hewitt's radio show"); a
 * topic after "on" goes on ("criticized the governor on the budget"). */
static void np_on_medium(void)
{
	struct fixture f = run("The group has touted his endorsement on its Facebook page.\n\n"
			       "She recounted the incident on Hugh Hewitt's radio show.\n\n"
			       "Smith criticized the governor on the budget.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "his endorsement", "The group", "has touted", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the incident", "She", "recounted", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the governor on the budget", "Smith", "criticized", NULL);
	done(&f);
}

/* A day or year inside noun-phrase content with more of the phrase after it stays ("criticized
 * the governor on Monday over his budget", "the senator in 2011 for his vote"); a day at the end, or before where it was said ("on his
 * radio show"), dates the telling and is left out. */
static void np_time_goes_on(void)
{
	struct fixture f =
		run("The mayor criticized the governor on Monday over his budget cuts.\n\n"
		    "The senator praised the plan on Tuesday.\n\n"
		    "The host defended his guest last week on his radio show.\n\n"
		    "The group criticized the senator in 2011 for his vote on taxes.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the governor on Monday over his budget cuts", "The mayor",
		 "criticized", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan", "The senator", "praised", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his guest", "The host", "defended", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the senator in 2011 for his vote on taxes", "The group",
		 "criticized", NULL);
	done(&f);
}

/* A dash after a closing quotation mark begins the writer's comment on the quoted words ("called
 * the plan “a gift” — a line he has used before"); dashes that pair around the quotation, or
 * "— and ..." after it, go on with the content. */
static void quote_then_dash(void)
{
	struct fixture f =
		run("The senator called the plan \"a gift to the rich\" - a line he has "
		    "used all year.\n\n"
		    "He said the tax -- \"a burden on families\" -- would be repealed.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan \"a gift to the rich", "The senator", "called",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the tax -- \"a burden on families\" -- would be repealed",
		 "He", "said", NULL);
	done(&f);
}

/* Content that opens with a phrase or a subordinate clause goes on over the comma to its main
 * clause, whose modal or infinitive shows it is no speech tag ("in a race between Trump and
 * Cruz, he would support the former"); a plain tag after a comma still ends it. */
static void main_clause_no_tag(void)
{
	struct fixture f =
		run("Mark Cuban said that in a race between Trump and Cruz, he would support the "
		    "former.\n\n"
		    "Carly Fiorina says despite being a Stanford alumna, she plans to root "
		    "for Iowa.\n\n"
		    "The plan will cost billions, the company said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that in a race between Trump and Cruz, he would support the former", "Mark Cuban",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "despite being a Stanford alumna, she plans to root for Iowa", "Carly Fiorina",
		 "says", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The plan will cost billions", "the company", "said", NULL);
	done(&f);
}

/* A quotation goes on after its tag when the tag names an addressee or a time before the
 * comma ("she told Hewitt, “B”", "one aide said late last month, “B”"), or after ", and". */
static void tag_addressee(void)
{
	struct fixture f = run("\"First and foremost,\" she told Hewitt, \"I would never want to "
			       "wish that on anyone.\"\n\n"
			       "\"That does not mean no response,\" one aide said late last month, "
			       "\"but a muted one.\"\n\n"
			       "\"This deal must come with enforcement,\" she said, and \"clear "
			       "consequences for any violations.\"\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "First and foremost,\" she told Hewitt, \"I would never want to wish that on "
		 "anyone.",
		 "she", "told", NULL);
	CHECK_EQ(f.l->items[0].nquote, 2);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "That does not mean no response,\" one aide said late last month, \"but a muted "
		 "one.",
		 "one aide", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT,
		 "This deal must come with enforcement,\" she said, and \"clear consequences for "
		 "any violations.",
		 "she", "said", NULL);
	done(&f);
}

/* ", as has X", ", as was the case with ...": the writer's comparison after the content. */
static void as_comparison(void)
{
	struct fixture f =
		run("Two congressmen have said they will not back Mr. Trump, as has the "
		    "mayor of Miami.\n\n"
		    "Lewandowski said he does not do them publicly, as was the case with "
		    "the news conference.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "they will not back Mr. Trump", "Two congressmen",
		 "have said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he does not do them publicly", "Lewandowski", "said",
		 NULL);
	done(&f);
}

/* "Y, records show, and aviation experts say Z": the clause after the tag is a claim of its
 * own, not more of Y. */
static void tag_then_claim(void)
{
	struct fixture f =
		run("The aircraft was insured at a value of $35 million in 2011, records "
		    "show, and aviation experts say it is worth about $18 million.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The aircraft was insured at a value of $35 million in 2011", "records", "show",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it is worth about $18 million", "aviation experts", "say",
		 NULL);
	done(&f);
}

/* '"A," he said. Then, "B."': the quotation goes on over a connective after the tag. */
static void connective_quote(void)
{
	struct fixture f =
		run("\"It was completely no,\" the imam said. Then, \"I try to explain it "
		    "to them.\"\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "It was completely no,\" the imam said. Then, \"I try to explain it to them.",
		 "the imam", "said", NULL);
	CHECK_EQ(f.l->items[0].nquote, 2);
	done(&f);
}

/* "said X and has called for Y": a coordinated verb phrase whose cue follows an auxiliary is
 * the speaker's second claim; the first content ends before "and" (and "she wants" in it is
 * part of that statement, no claim of its own). */
static void and_aux_cue(void)
{
	struct fixture f =
		run("Clinton said she wants to establish a safe zone for civilians in Syria "
		    "and has called for more specifics.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "she wants to establish a safe zone for civilians in Syria",
		 "Clinton", "said", NULL);
	REQUIRE(f.l->n == 2);
	CHECK(span_is(&f, f.l->items[1].content, "more specifics"));
	done(&f);
}

/* A participle cue's content ends before "and" and a second participle with its own object
 * ("thanking X and congratulating the Republicans"); a participle used as an adjective in a
 * list goes on ("and growing economic inequality"). */
static void second_participle(void)
{
	struct fixture f =
		run("Trump is thanking Reince Priebus and congratulating the Republicans who "
		    "finished behind him.\n\n"
		    "McCain was criticizing low growth, unemployment and growing economic "
		    "inequality.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Reince Priebus", "Trump", "is thanking", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the Republicans who finished behind him", "Trump",
		 "congratulating", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "low growth, unemployment and growing economic inequality",
		 "McCain", "was criticizing", NULL);
	done(&f);
}

/* A participle of consequence after a comma is the writer's account of what the act brought
 * about ("has backed a no-fly zone in Syria, putting her at odds ...", "said ..., drawing a sharp
 * reply"): the content ends before it; a list with a participle in it goes on ("supported
 * eliminating caucuses, limiting the number of delegates"). */
static void consequence_participle(void)
{
	struct fixture f =
		run("Clinton has backed a no-fly zone in Syria, putting her at odds with the "
		    "president.\n\n"
		    "Trump said Muslims should be kept out of the United States, drawing a sharp "
		    "reply from Khan.\n\n"
		    "The group supported eliminating caucuses, limiting the number of unpledged "
		    "delegates.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "a no-fly zone in Syria", "Clinton", "has backed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Muslims should be kept out of the United States", "Trump",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "eliminating caucuses, limiting the number of unpledged delegates", "The group",
		 "supported", NULL);
	done(&f);
}

/* ", while" in what a poll shows or found sets a second finding beside the first: the content
 * goes on ("showed Trump moving ahead of Cruz, while Rubio was at 18%"); in what a person said it
 * is the writer's contrast ("said they would vote for him, while 9 percent found it ..."). */
static void data_contrast(void)
{
	struct fixture f =
		run("The poll showed Trump moving ahead of Cruz in Iowa, while Rubio was at 18 "
		    "percent.\n\n"
		    "Voters said they were more likely to vote for him, while 9 percent were "
		    "unsure.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Trump moving ahead of Cruz in Iowa, while Rubio was at 18 percent", "The poll",
		 "showed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they were more likely to vote for him", "Voters", "said",
		 NULL);
	done(&f);
}

/* A dash, "and" and a clause of its own (a subject and its verb) after the content is the
 * writer's ("promises the government will help workers - and he makes sure to include coal
 * workers"); a phrase after the dash and "and" goes on ("is the best choice - and the chief
 * alternative to Trump"). */
static void dash_and_clause(void)
{
	struct fixture f = run("He promises the government will help workers - and he makes sure "
			       "to include coal workers.\n\n"
			       "She wants to emerge as the candidate of the party - and the chief "
			       "alternative to Trump.\n");

	REQUIRE(f.l->n >= 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the government will help workers", "He", "promises", NULL);
	CHECK(span_is(&f, f.l->items[f.l->n - 1].content,
		      "to emerge as the candidate of the party - and the chief alternative to "
		      "Trump"));
	done(&f);
}

/* A dash and a clause whose subject is a personal pronoun after the content is the writer's
 * ("what many economists say is the future in America - she works in a medical lab"); a pair of
 * dashes inside the content goes on ("that - despite having won only Ohio - he is the best
 * placed"). */
static void dash_pronoun_clause(void)
{
	struct fixture f = run("She holds the kind of job that many economists say is the future "
			       "in America - she works in a medical lab.\n\n"
			       "Kasich has argued that - despite having won only Ohio - he is the "
			       "best placed to win.\n");

	REQUIRE(f.l->n >= 2);
	CHECK(span_is(&f, f.l->items[0].content,
		      "that many economists say is the future in America"));
	CHECK(span_is(&f, f.l->items[f.l->n - 1].content,
		      "that - despite having won only Ohio - he is the best placed to win"));
	done(&f);
}

/* A dash and a clause whose subject is a name, "it" or "the" and a noun after the content is
 * the writer's ("touted the endorsement of Rep. Grijalva - Sanders could not make inroads",
 * "she first won — the actress also pointed ..."); an apposition with a relative clause after
 * the dash ("— a plan that would dilute ...") and a pair of dashes go on as before. */
static void dash_subject_clause(void)
{
	struct fixture f =
		run("Sanders touted the endorsement of Rep. Grijalva - Sanders could not "
		    "make inroads with Hispanic voters.\n\n"
		    "She told reporters she was disheartened since she first won — the "
		    "actress also smiled at the crowd.\n\n"
		    "The senators support reforming the system — a plan that would dilute "
		    "their own power.\n\n"
		    "He said the tax - the highest of any economy - hurt workers.\n");

	REQUIRE(f.l->n >= 4);
	CHECK(span_is(&f, f.l->items[0].content, "the endorsement of Rep. Grijalva"));
	CHECK(span_is(&f, f.l->items[1].content, "she was disheartened since she first won"));
	CHECK(span_is(&f, f.l->items[2].content,
		      "reforming the system — a plan that would dilute their own power"));
	CHECK(span_is(&f, f.l->items[3].content,
		      "the tax - the highest of any economy - hurt workers"));
	done(&f);
}

/* Noun-phrase content ends before its time ("endorsed Mr. Sanders in December") also when a
 * "that" of another clause follows the comma after it ("..., said that ..."); a "that" right
 * after the time goes on with the phrase ("statements by Trump last week that were false"). */
static void np_time_before_comma(void)
{
	struct fixture f = run("The union, which endorsed Mr. Sanders in December, said that its "
			       "members were divided.\n\n"
			       "The group criticized statements by Trump last week that were "
			       "false.\n");

	CHECK_EQ(f.l->n, 3);
	REQUIRE(f.l->n == 3);
	CHECK(span_is(&f, f.l->items[0].content, "Mr. Sanders"));
	CHECK(span_is(&f, f.l->items[1].content, "that its members were divided"));
	CHECK(span_is(&f, f.l->items[2].content, "statements by Trump last week that were false"));
	done(&f);
}

/* A sentence with two speech tags: content stops before another claim's own tag. "X, the
 * officials said, Y, “Z,” Mr. McHugh said": the officials' words end before the quotation, which
 * is McHugh's, direct (also with no Y, and with "said Mr. McHugh"); "A, the mayor said, and B, a
 * spokesman said": B is the spokesman's, A alone the mayor's. */
static void two_tags(void)
{
	struct fixture f = run(
		"To alleviate the threat, the officials said, the utility switched its covers to "
		"vented ones, \u201cso they cannot form a combustible amount,\u201d Mr. McHugh "
		"said.\n\n"
		"The utility switched most of its covers, the officials said, \u201cso they cannot "
		"burn,\u201d said Mr. McHugh.\n\n"
		"The road will open in May, the mayor said, and the bridge will close in June, a "
		"spokesman said.\n");

	CHECK_EQ(f.l->n, 6);
	REQUIRE(f.l->n == 6);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "To alleviate the threat, the officials said, the utility switched its covers to "
		 "vented ones",
		 "the officials", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "so they cannot form a combustible amount,", "Mr. McHugh",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The utility switched most of its covers", "the officials",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "so they cannot burn,", "Mr. McHugh", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "The road will open in May", "the mayor", "said", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "the bridge will close in June", "a spokesman", "said",
		 NULL);
	done(&f);
}

/* A concession the speaker makes goes on with the content: ", even if ..." (a condition), ",
 * though" or ", although" with no clause of its own (", though culturally conservative, areas
 * of the state", ", though not the results") and ", despite the fact that"; a concession with
 * its own subject (", though she did not name him", ", though ultimately they were not") and
 * ", even though ..." stay the writer's and end it. */
static void concession_goes_on(void)
{
	struct fixture f = run(
		"He said he would stay in the race, even if he does not win any states.\n\n"
		"She said Trump could win traditionally Democratic, though culturally "
		"conservative, areas of the state.\n\n"
		"He defended the process, though not the results.\n\n"
		"He said charges were not due, despite the fact that she sent classified mail.\n\n"
		"She criticized the rhetoric of Donald Trump, though she did not name him.\n\n"
		"He argued that they might have lost, though ultimately they were not the "
		"difference.\n");

	CHECK_EQ(f.l->n, 6);
	REQUIRE(f.l->n == 6);
	CHECK(span_is(&f, f.l->items[0].content,
		      "he would stay in the race, even if he does not win any states"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "Trump could win traditionally Democratic, though culturally conservative, "
		      "areas of the state"));
	CHECK(span_is(&f, f.l->items[2].content, "the process, though not the results"));
	CHECK(span_is(&f, f.l->items[3].content,
		      "charges were not due, despite the fact that she sent classified mail"));
	CHECK(span_is(&f, f.l->items[4].content, "the rhetoric of Donald Trump"));
	CHECK(span_is(&f, f.l->items[5].content, "that they might have lost"));
	done(&f);
}

/* ", while" and a subject with a modal after it is the speaker's own comparison ("Clinton
 * would beat Trump, while Sanders would beat him by more"), the content goes on; ", while 22
 * percent said ..." (a cue) and ", while acknowledging ..." still end it. */
static void modal_contrast(void)
{
	struct fixture f =
		run("The pollster said Clinton would beat Trump by six points, while Sanders "
		    "would beat him by 14 points.\n\n"
		    "He said China is expecting 6.5 percent growth, while the U.S. will "
		    "likely see 2 percent.\n\n"
		    "They have vowed to win back trust, while acknowledging that this "
		    "will be tough.\n");

	REQUIRE(f.l->n >= 3);
	CHECK(span_is(&f, f.l->items[0].content,
		      "Clinton would beat Trump by six points, while Sanders would beat him by 14 "
		      "points"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "China is expecting 6.5 percent growth, while the U.S. will likely see 2 "
		      "percent"));
	CHECK(span_is(&f, f.l->items[2].content, "to win back trust"));
	done(&f);
}

/* After a relative clause set between commas the content goes on with what its verb takes
 * ("asked Kasich, who is fourth in the count, to lay out his path", "praising Jeb Bush, who
 * ended his bid, as “a man who didn't go to the gutter”"); a relative clause that ends the
 * sentence still ends it. */
static void relative_then_object(void)
{
	struct fixture f = run("She asked Kasich, who is fourth in the delegate count, to lay out "
			       "his path.\n\n"
			       "He praised Jeb Bush, who ended his bid on Saturday, as \u201ca man "
			       "who didn't go to the gutter.\u201d\n\n"
			       "He praised Jeb Bush, who ended his bid on Saturday.\n");

	REQUIRE(f.l->n >= 3);
	CHECK(span_is(&f, f.l->items[0].content,
		      "Kasich, who is fourth in the delegate count, to lay out his path"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "Jeb Bush, who ended his bid on Saturday, as \u201ca man who didn't go to the "
		      "gutter"));
	CHECK(span_is(&f, f.l->items[2].content, "Jeb Bush"));
	done(&f);
}

/* "and" inside the subject of the reported clause ("Ohio and Texas want"): the cue after it is
 * the subject's verb, so the content goes on; after a clause with a verb, "and" and a speaker of
 * their own begin a second report. */
static void coordinated_subject(void)
{
	struct fixture f =
		run("The mayor said Ohio and Texas want the river dredged by June.\n\n"
		    "The coach said the team was tired and the players say they need a rest.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ohio and Texas want the river dredged by June",
		 "The mayor", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the team was tired", "The coach", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they need a rest", "the players", "say", NULL);
	done(&f);
}

/* A clause that a subordinator opens ends where the main clause begins, also after a quotation
 * closing on its comma and when the main clause's subject has an apposition and a verb the
 * lexicon does not know ("Mr. Vane, the chief clerk, forecast"), or opens with "most". */
static void fronted_clause_ends(void)
{
	struct fixture f =
		run("Although he called the harvest \"fairly thin,\" Mr. Vane, the chief clerk, "
		    "forecast a rise in prices.\n\n"
		    "Because the mayor said the budget was short, most council members voted "
		    "against the plan.\n");

	CHECK(f.l->n >= 2);
	CHECK(span_is(&f, f.l->items[0].content, "the harvest \"fairly thin,"));
	CHECK(span_is(&f, f.l->items[1].content, "the budget was short"));
	done(&f);
}

/* After a cue that may take a noun phrase, a verb after "and" ends noun-phrase content (the
 * speaker's next act: "praised the record and offered ..."), but goes on with content that is a
 * clause of its own, whose subject the verb shares ("repeated that the ministry opposed the plan
 * and acted against it", "alleged the paper had harmed her and damaged ..."); a participle after
 * a determiner is no clause's verb ("the self-described reformer"). */
static void clause_and_verb(void)
{
	struct fixture f =
		run("The spokesman repeated that the ministry opposed the plan and acted "
		    "against it.\n\n"
		    "The senator praised the governor's record and offered to help him.\n\n"
		    "Voters rejected the self-described reformer and handed the seat to "
		    "his rival.\n\n"
		    "She alleged the paper had harmed her and damaged her career.\n");

	CHECK_EQ(f.l->n, 4);
	REQUIRE(f.l->n == 4);
	CHECK(span_is(&f, f.l->items[0].content,
		      "that the ministry opposed the plan and acted against it"));
	CHECK(span_is(&f, f.l->items[1].content, "the governor's record"));
	CHECK(span_is(&f, f.l->items[2].content, "the self-described reformer"));
	CHECK(span_is(&f, f.l->items[3].content,
		      "the paper had harmed her and damaged her career"));
	done(&f);
}

/* A relative clause set between commas inside a clause that has no verb yet ("when the farmers,
 * who ..., won", "the river, which ..., broke", "in the old quarter, where ..., traffic moves")
 * does not end the content, also when the lexicon does not know the verb after it; after a
 * clause with its verb, or before "and" and a second cue, it still does. */
static void relative_before_verb(void)
{
	struct fixture f =
		run("Local officials have acknowledged that they did not foresee the trouble that "
		    "would follow when the farmers, who had been silenced for years, won the right "
		    "to organize.\n\n"
		    "The mayor said the river, which rose overnight, broke through the levee.\n\n"
		    "She said that in the old quarter, where the streets are narrow, traffic moves "
		    "slowly.\n\n"
		    "She said the workers struck, which surprised the owners.\n\n"
		    "The chief praised the farmers, who had worked all night, and thanked the "
		    "crews.\n");

	REQUIRE(f.l->n == 6);
	CHECK(span_is(
		&f, f.l->items[0].content,
		"that they did not foresee the trouble that would follow when the farmers, who "
		"had been silenced for years, won the right to organize"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "the river, which rose overnight, broke through the levee"));
	CHECK(span_is(
		&f, f.l->items[2].content,
		"that in the old quarter, where the streets are narrow, traffic moves slowly"));
	CHECK(span_is(&f, f.l->items[3].content, "the workers struck"));
	CHECK(span_is(&f, f.l->items[4].content, "the farmers"));
	done(&f);
}

/* "however" set between commas inside the clause, before a verb or a preposition, does not end
 * the content ("would, however, vote"); before a subject of its own it begins the writer's
 * contrast. */
static void parenthetical_however(void)
{
	struct fixture f = run("She said the council would, however, vote on the plan in June.\n\n"
			       "He declined to weigh in, however, on the debate over the tax.\n\n"
			       "She said the plan was sound, however, the council rejected it.\n");

	REQUIRE(f.l->n == 3);
	CHECK(span_is(&f, f.l->items[0].content,
		      "the council would, however, vote on the plan in June"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "to weigh in, however, on the debate over the tax"));
	CHECK(span_is(&f, f.l->items[2].content, "the plan was sound"));
	done(&f);
}

/* A participle cue after a comma and an adverb (", only saying that") is a report of its own, as
 * the participle alone is; after a hedge (", possibly adding"), it is part of what is said. */
static void adverb_participle(void)
{
	struct fixture f =
		run("She declined to weigh in on the debate, only saying that she hoped for "
		    "peace.\n\n"
		    "He told aides the speech will lay out his plan, possibly adding new taxes.\n");

	REQUIRE(f.l->n >= 3);
	CHECK(span_is(&f, f.l->items[0].content, "to weigh in on the debate"));
	CHECK(span_is(&f, f.l->items[1].content, "that she hoped for peace"));
	CHECK(span_is(&f, f.l->items[2].content,
		      "the speech will lay out his plan, possibly adding new taxes"));
	done(&f);
}

/* Content that a limit cuts before more words of its sentence does not end on a conjunction, an
 * article, a possessive or a relative word ("attacks on immigrants and his | promise to ...",
 * "the bankers who | had fled"), nor on the
 * preposition whose object went with it; content that ends its sentence keeps its last word
 * ("the choice was his"). */
static void dangling_end(void)
{
	struct fixture f =
		run("His attacks on immigrants and his promise to build a wall were popular.\n\n"
		    "Her attacks on the bankers who had fled were popular.\n\n"
		    "The mayor said the choice was his.\n");

	REQUIRE(f.l->n == 3);
	CHECK(span_is(&f, f.l->items[0].content, "immigrants"));
	CHECK(span_is(&f, f.l->items[1].content, "the bankers"));
	CHECK(span_is(&f, f.l->items[2].content, "the choice was his"));
	done(&f);
}

/* A relative clause set after the subject of a clause that "that" or "whether" opened, whose verb
 * is still to come, is inside the content however it ends ("that the mayor, whose deals with
 * the builders were in the papers, is ..."); after a clause that has its verb it ends the
 * content ("the bill is fine, which surprised nobody"). */
static void subject_waits(void)
{
	struct fixture f =
		run("Some have suggested that the mayor, whose deals with the builders were "
		    "all over the papers, is a poor messenger.\n\n"
		    "The memo notes that Ana Ortiz, who is running for the board, \"has fought "
		    "for fair wages.\"\n\n"
		    "She said the bill is fine, which surprised nobody.\n");

	REQUIRE(f.l->n == 3);
	CHECK(span_is(&f, f.l->items[0].content,
		      "that the mayor, whose deals with the builders were all over the papers, is "
		      "a poor messenger"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "that Ana Ortiz, who is running for the board, \"has fought for fair "
		      "wages"));
	CHECK(span_is(&f, f.l->items[2].content, "the bill is fine"));
	done(&f);
}

/* "say" after a comma that follows a preposition or an article gives an example ("a brief of,
 * say four hundred pages,"): no tag, whose content would end on "of"; after a clause it is one
 * ("The plan will fail, say economists."). */
static void example_say(void)
{
	struct fixture f =
		run("She said the court will not read a brief of, say four hundred pages, in one "
		    "sitting.\n\n"
		    "No judge would read a brief of, say four hundred pages, in one sitting.\n\n"
		    "The plan will fail, say economists.\n");

	REQUIRE(f.l->n == 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the court will not read a brief of, say four hundred pages, in one sitting",
		 "She", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The plan will fail", "economists", "say", NULL);
	done(&f);
}

/* "and" after the subject of a clause the content opened ("because", "what") that has no verb
 * yet joins a second noun to that subject, whose verb the cue after it is ("because the council
 * and the mayor agreed to ...", "what he and many residents see as ..."): the content goes on. */
static void subject_joins(void)
{
	struct fixture f =
		run("The clerk now says the vote will come sooner, because the council and the "
		    "mayor agreed to move it.\n\n"
		    "He has bemoaned the city's failure to stand up to what he and many residents "
		    "see as reckless building.\n");

	REQUIRE(f.l->n == 2);
	CHECK(span_is(&f, f.l->items[0].content,
		      "the vote will come sooner, because the council and the mayor agreed to move "
		      "it"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "the city's failure to stand up to what he and many residents see as reckless "
		      "building"));
	done(&f);
}

/* Lower-case words after "and" with no determiner and no plural among them go on with a noun
 * phrase ("for online and gun show sales", where "show" reads as a cue), as does a name after
 * "such as" ("such as Ana and Luis Ortiz wanted ..."); a plural after "and" is a second report's
 * speakers ("and officials say"). */
static void modifier_after_and(void)
{
	struct fixture f =
		run("She backed a bill to tighten checks for online and gun show sales.\n\n"
		    "He said that only people such as Ana and Luis Ortiz wanted a new road.\n\n"
		    "The mayor said the road is safe and officials say it will open soon.\n");

	REQUIRE(f.l->n == 4);
	CHECK(span_is(&f, f.l->items[0].content,
		      "a bill to tighten checks for online and gun show sales"));
	CHECK(span_is(&f, f.l->items[1].content,
		      "that only people such as Ana and Luis Ortiz wanted a new road"));
	CHECK(span_is(&f, f.l->items[2].content, "the road is safe"));
	CHECK(span_is(&f, f.l->items[3].content, "it will open soon"));
	done(&f);
}

/* A noun phrase's content ends before "and" or "but" and a verb of the source's own, in the
 * past or the present ("and took the stage", "but is not working for her"); a modal after it
 * ("and would leave most earners alone") may go on with the content. */
static void np_and_verb(void)
{
	struct fixture f =
		run("Warren echoed similar liberal themes and took the stage together.\n\n"
		    "Steve Elmendorf supports Clinton but is not working for her.\n\n"
		    "She proposed a surcharge that raises $1 trillion and would leave most earners "
		    "alone.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "similar liberal themes", "Warren", "echoed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton", "Steve Elmendorf", "supports", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "a surcharge that raises $1 trillion and would leave most earners alone", "She",
		 "proposed", NULL);
	done(&f);
}

/* "a clear, well thought out plan": a cue word after "well" (or "ill") between a comma and a
 * noun is half of an adjective, which ends no content; control: the same list of adjectives
 * without it. */
static void well_participle(void)
{
	struct fixture f = run("Mara Lind runs the fund.\n\n"
			       "Lind said you do not go in without a clear, well thought out "
			       "plan.\n\n"
			       "Lind said the city needs a bold, ambitious budget.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "you do not go in without a clear, well thought out plan",
		 "Lind", "said", "Mara Lind");
	claim_is(&f, 1, CLAIM_INDIRECT, "the city needs a bold, ambitious budget", "Lind", "said",
		 "Mara Lind");
	done(&f);
}

/* A source named first ("According to X, ...") speaks for its whole sentence: the writer's
 * phrase or list after a comma or semicolon stays in the content; a relative clause after a
 * comma, and a clause that reports again, still end it. */
static void according_whole_sentence(void)
{
	struct fixture f = run(
		"According to the survey, support for the plan fell to 40 percent, a drop outside "
		"the margin of error. According to the schedule, Ann Lee will "
		"speak first; Tom Ray, second; and Eva Cruz, last. According to the city, the "
		"bridge will close on Monday, which surprised drivers. According to the "
		"county, the road reopened, and officials said it was safe.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "support for the plan fell to 40 percent, a drop outside the margin of error",
		 "the survey", "According to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO,
		 "Ann Lee will speak first; Tom Ray, second; and Eva Cruz, last", "the schedule",
		 "According to", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "the bridge will close on Monday", "the city",
		 "According to", NULL);
	claim_is(&f, 3, CLAIM_ACCORDING_TO, "the road reopened", "the county", "According to",
		 NULL);
	done(&f);
}

/* "Despite X, S V ..., according to Y": the concession that opens the sentence is the writer's
 * frame, the source's the clause after it; a concession after the verb stays. */
static void according_concession(void)
{
	struct fixture f = run(
		"Despite a month of attacks, the senator has failed to dent her lead, according "
		"to a new poll. For all the noise about the race, the mayor has won easily, according "
		"to the county. The senator has held his ground despite a month of attacks, according "
		"to the same poll.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "the senator has failed to dent her lead", "a new poll",
		 "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "the mayor has won easily", "the county",
		 "according to", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO,
		 "The senator has held his ground despite a month of attacks", "the same poll",
		 "according to", NULL);
	done(&f);
}

/* Reference marks that end a claim ("exceptions.[1]", "[8][9]") are left out with the full stop
 * they hid; one inside the content stays. */
static void reference_marks_end(void)
{
	struct fixture f = run("The council said the bridge[4] was safe.[12][13] Jones said it was "
			       "not.[a]\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge[4] was safe", "The council", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it was not", "Jones", "said", NULL);
	done(&f);
}

/* "X crossed the border after, according to him, Y censured his report": words before the source
 * that stop on a preposition or a subordinating word go on after it; a content that is whole
 * before the source stays as it was. */
static void according_dangling(void)
{
	struct fixture f =
		run("Mr. Diaz crossed the border after, according to him, Mexico's biggest "
		    "network censured his report. Mr. Diaz crossed the border in 1985, "
		    "according to him, and the network hired him later.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "Mr. Diaz crossed the border after, according to him, Mexico's biggest network "
		 "censured his report",
		 "him", "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Mr. Diaz crossed the border in 1985", "him",
		 "according to", NULL);
	done(&f);
}

/* "X, according to Y, which monitors ...": a relative clause after the source describes the
 * source, in the writer's words, and is not what the source says; a verb after the source still
 * goes on with the clause ("That's bad, according to him, because ..."). */
static void according_source_relative(void)
{
	struct fixture f =
		run("The group has called for attacks using vehicles, according to the SITE "
		    "Intelligence Group, which monitors extremist statements.\n\n"
		    "That is bad, according to Rubio, because it hurts workers.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "The group has called for attacks using vehicles",
		 "the SITE Intelligence Group", "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO,
		 "That is bad, according to Rubio, because it hurts workers", "Rubio",
		 "according to", NULL);
	done(&f);
}

/* Indirect content that ends on a partial quotation goes on after its tag when a verb, "to" and
 * a verb, or "that" follows the tag's comma ("But ''it is a better use of capital,'' he added,
 * to pursue a hybrid system"); a participle after the tag (", adding that ...") and a whole
 * quotation (direct) end at the tag as before. */
static void partial_quote_goes_on(void)
{
	struct fixture f =
		run("But ''it is a better use of political capital,'' he added, to pursue "
		    "a hybrid system.\n\n"
		    "Fiorina will play the \"woman card,\" she said, adding that voters "
		    "would see through it.\n\n"
		    "\"Only you would do this,\" she said, would use the occasion.\n");

	REQUIRE(f.l->n >= 3);
	CHECK(span_is(
		&f, f.l->items[0].content,
		"But ''it is a better use of political capital,'' he added, to pursue a hybrid "
		"system"));
	CHECK(span_is(&f, f.l->items[1].content, "Fiorina will play the \"woman card,"));
	CHECK(span_is(&f, f.l->items[f.l->n - 1].content, "Only you would do this,"));
	done(&f);
}

/* A noun phrase after a comma or a lone dash that names what was said or done as such ("- a
 * claim that engineers have disputed", "- the first time it has done so") is the writer's
 * comment: the content ends before it. A dash before other words ("one thing - a new school")
 * and a list (", a criminal charge and a fine") stay in the content. */
static void comment_noun(void)
{
	struct fixture f = run(
		"The mayor said the bridge would reopen in June - a claim that engineers have "
		"disputed.\n\n"
		"The union endorsed Maria Lopez - the first time it has done so in a race for "
		"governor.\n\n"
		"The mayor said the town needed one thing - a new school that would serve every "
		"family.\n\n"
		"He cited a lawsuit, a criminal charge and a fine.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge would reopen in June", "The mayor", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Maria Lopez", "The union", "endorsed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the town needed one thing - a new school that would serve every family",
		 "The mayor", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "a lawsuit, a criminal charge and a fine", "He", "cited",
		 NULL);
	done(&f);
}

/* A day or a year that closes noun-phrase content telling of an event of its own (a verb, an
 * infinitive or a participle in it) dates that event and stays in the content ("to debate him
 * in Denver on April 14"); after a name or a short noun phrase, or a phrase with no verb, it
 * dates the telling and is left out ("endorsed Ms. Ortiz on Thursday"). */
static void time_closes_event(void)
{
	struct fixture f =
		run("The mayor challenged the governor to debate him in Denver on April "
		    "14.\n\n"
		    "Ms. Ortiz sought to appeal to older voters on Tuesday.\n\n"
		    "The union endorsed Ms. Ortiz on Thursday.\n\n"
		    "The donor backed the campaign of Gov. Ann Lee of Ohio last year.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the governor to debate him in Denver on April 14",
		 "The mayor", "challenged", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to appeal to older voters on Tuesday", "Ms. Ortiz",
		 "sought", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Ms. Ortiz", "The union", "endorsed", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the campaign of Gov. Ann Lee of Ohio", "The donor",
		 "backed", NULL);
	done(&f);
}

/* A noun phrase after the content's comma that a determiner other than "a" or "an" opens and
 * "and" or "or" goes on with before any participle is another item of the content's list
 * ("the merger, the Trade Act or Medicare"), not the writer's apposition; an apposition with
 * "a" ("Ann Lee, a lawyer and writer") or a participle ("the executive arrested and charged")
 * still ends the content. */
static void apposition_list(void)
{
	struct fixture f = run("Ms. Ortiz criticized the merger, the Trade Act or Medicare.\n\n"
			       "He thanked his wife, his children and friends for their help.\n\n"
			       "He praised Ann Lee, a lawyer and writer.\n\n"
			       "He criticized Martin Shkreli, the executive arrested and charged "
			       "with fraud.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the merger, the Trade Act or Medicare", "Ms. Ortiz",
		 "criticized", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "his wife, his children and friends for their help", "He",
		 "thanked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Ann Lee", "He", "praised", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Martin Shkreli", "He", "criticized", NULL);
	done(&f);
}

/* A tag question after what was said is the writer's: ", didn't she?", ", isn't it," and ", won’t
 * it?" end the content; inside a quotation it is the speaker's own and stays. */
static void tag_question_ends(void)
{
	struct fixture f = run("She said the strike was over, didn't she?\n\n"
			       "He said the plan is dead, isn't it, and walked out.\n\n"
			       "The mayor said the bridge will open, won\u2019t it?\n\n"
			       "\"It is a good plan, isn't it?\" the mayor said.\n");

	REQUIRE(f.l->n == 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the strike was over", "She", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan is dead", "He", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bridge will open", "The mayor", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "It is a good plan, isn't it?", "the mayor", "said", NULL);
	done(&f);
}

/* Content in a clause that opens its sentence ends where the main clause begins: after ", but
 * if", and before a subject with initials or an irregular past ("President John Q. Doe held"),
 * as a plain clause after ", but" ends at its comma before ", and". */
static void clause_after_but_if(void)
{
	struct fixture f = run(
		"We visit schools, but if someone wants to learn to cook, we can only help a bit.\n\n"
		"In 1990, when the governor opposed the new dam, President John Q. Doe held back the "
		"money.\n\n"
		"We visit schools, but the mayor wants to build a park, and the council agrees.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to learn to cook", "someone", "wants", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the new dam", "the governor", "opposed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to build a park", "the mayor", "wants", NULL);
	done(&f);
}

/* "Jane Roe, an Ohio Republican who warned of ..., nevertheless played down ...": the relative
 * clause on an apposition after the subject ends at its comma, as "Jane Roe, who warned of ...,"
 * does. */
static void relative_on_apposition(void)
{
	struct fixture f =
		run("Senator Jane Roe, an Ohio Republican who warned of the risks in the "
		    "past, nevertheless played down that threat.\n\n"
		    "Jane Roe, who warned of the risks in the past, played down that "
		    "threat.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the risks in the past", "who", "warned of", "Jane Roe");
	claim_is(&f, 1, CLAIM_INDIRECT, "the risks in the past", "who", "warned of", "Jane Roe");
	done(&f);
}

/* "found that many people, both young and old, told her ...": a subject with an apposition runs
 * on to its verb; "Jane Roe, who said the plan would fail, voted" ends at the comma, and ", and
 * in May," is no apposition. */
static void subject_with_apposition(void)
{
	struct fixture f =
		run("She found that many people, both young and old, told her they liked "
		    "it.\n\n"
		    "Jane Roe, who said the plan would fail, voted for it.\n\n"
		    "Iraq blamed Iran, and in May, attacked its ports.\n");

	CHECK_EQ(f.l->n, 3);
	/* ", and in May," is no apposition: the content does not run on to "attacked" */
	if (f.l->n == 3) {
		const char *at = strstr(f.text, "attacked");
		REQUIRE(at != NULL);
		CHECK(f.l->items[2].content.end <= (size_t)(at - f.text));
	}
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that many people, both young and old, told her they liked it", "She", "found",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan would fail", "who", "said", "Jane Roe");
	done(&f);
}

int main(void)
{
	RUN(reference_marks_end);
	RUN(quote_tail);
	RUN(appositive_relative);
	RUN(tag_then_that);
	RUN(opening_clause_ends);
	RUN(relative_clause_verb);
	RUN(time_in_phrase);
	RUN(colon_quotation);
	RUN(list_end);
	RUN(np_time);
	RUN(np_time_goes_on);
	RUN(np_on_medium);
	RUN(quote_then_dash);
	RUN(main_clause_no_tag);
	RUN(tag_addressee);
	RUN(as_comparison);
	RUN(tag_then_claim);
	RUN(connective_quote);
	RUN(and_aux_cue);
	RUN(second_participle);
	RUN(consequence_participle);
	RUN(data_contrast);
	RUN(dash_and_clause);
	RUN(dash_pronoun_clause);
	RUN(dash_subject_clause);
	RUN(np_time_before_comma);
	RUN(two_tags);
	RUN(concession_goes_on);
	RUN(modal_contrast);
	RUN(relative_then_object);
	RUN(coordinated_subject);
	RUN(fronted_clause_ends);
	RUN(clause_and_verb);
	RUN(relative_before_verb);
	RUN(parenthetical_however);
	RUN(adverb_participle);
	RUN(dangling_end);
	RUN(subject_waits);
	RUN(example_say);
	RUN(according_whole_sentence);
	RUN(according_concession);
	RUN(according_dangling);
	RUN(according_source_relative);
	RUN(partial_quote_goes_on);
	RUN(subject_joins);
	RUN(modifier_after_and);
	RUN(np_and_verb);
	RUN(well_participle);
	RUN(comment_noun);
	RUN(time_closes_event);
	RUN(apposition_list);
	RUN(tag_question_ends);
	RUN(clause_after_but_if);
	RUN(relative_on_apposition);
	RUN(subject_with_apposition);
	return CHECK_DONE();
}
