/* Unit tests of the claims module's junk checks: frames that read like speech but report none,
 * each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "a planet called Zebes" names a thing; "Officials called the move a mistake", "one
 * lawmaker called ..." and "A spokesman called ..." are claims. */
static void naming_a_thing(void)
{
	struct fixture f = run("The last colony was on a rainy planet called Zebes, far away.\n\n"
			       "A new skin patch called Viaskin allowed people to eat peanuts.\n\n"
			       "People get a life-threatening problem called anaphylaxis.\n\n"
			       "Officials called the move a mistake.\n\n"
			       "One lawmaker called the plan a disaster.\n\n"
			       "A spokesman called the report false.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the move a mistake", "Officials", "called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan a disaster", "One lawmaker", "called", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the report false", "A spokesman", "called", NULL);
	done(&f);
}

/* "continued to launch", "added to increase" are no speech; "continued to insist that",
 * "added to reporters" are, and "continued to call them “...”" is the claim of "call" alone. */
static void aspect_verbs(void)
{
	struct fixture f = run(
		"The robots continued to launch satellites, hopeful that the planet would return.\n\n"
		"The cocaine also contained phenacetin, a painkiller added to increase its weight.\n\n"
		"He continued to insist that the plan would work.\n\n"
		"\"It was a great show,\" Trump added to reporters.\n\n"
		"He continued to call them \"illegal immigrants\" in every speech.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan would work", "He", "continued to insist",
		 NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It was a great show,", "Trump", "added", NULL);
	/* one claim, whatever its content's end (the quotation's boundaries are not tested here) */
	if (f.l->n == 3)
		CHECK(span_is(&f, f.l->items[2].cue, "continued to call"));
	done(&f);
}

/* "Learn More:", "Tech Enabled:", "Revamped UX:" are headings, "Star Wars: The Last Jedi" a
 * title; "NY Daily News:" and "TAPPER:" are sources. */
static void heading_labels(void)
{
	struct fixture f = run("Learn More: The new tools are out now.\n\n"
			       "Tech Enabled: The company uses software to sort mail.\n\n"
			       "Revamped UX: The app has a new look.\n\n"
			       "Star Wars: The Last Jedi is out in December.\n\n"
			       "NY Daily News: Paris attacks highlight the threat.\n\n"
			       "TAPPER: Do you think he has campaigned well?\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Paris attacks highlight the threat", "NY Daily News", ":",
		 NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Do you think he has campaigned well?", "TAPPER", ":", NULL);
	done(&f);
}

/* "Politically Speaking:" is a heading, "Honorable mentions:" and "Additional notes:" a list's;
 * "Obama notes:" and "Jane Doe:" are sources. */
static void headings_of_lists(void)
{
	struct fixture f = run("Politically Speaking: The week in review, every Friday.\n\n"
			       "Honorable mentions: The Harbor, Blue Night, Small Hours.\n\n"
			       "Additional notes: The museum closes early on Mondays.\n\n"
			       "Obama notes: the plan is working.\n\n"
			       "Jane Doe: We will open the pool in June.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan is working", "Obama", "notes", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "We will open the pool in June", "Jane Doe", ":", NULL);
	done(&f);
}

/* English cues in a sentence of another language are no cues ("declare que"); an English
 * sentence with a Spanish name keeps its claim. */
static void other_languages(void)
{
	struct fixture f = run("Aunque el l\xC3\xAD"
			       "der mapuche declare que propician un proceso de autonom\xC3\xAD"
			       "a, no es lo mismo.\n\n"
			       "Jos\xC3\xA9 de la Cruz said the plan would fail.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan would fail", "Jos\xC3\xA9 de la Cruz", "said",
		 NULL);
	done(&f);
}

/* "added a 3.5mm headphone jack", "has accepted the resignation", "requested travel bans": an
 * object, no clause; "added the plan was dead", "accept that ..." and "requested that ..."
 * report one. */
static void objects_not_clauses(void)
{
	struct fixture f = run("The console's controller added a 3.5mm headphone jack.\n\n"
			       "He added the plan was dead.\n\n"
			       "He has accepted the resignation of his defense minister.\n\n"
			       "They accept that the climate is changing.\n\n"
			       "The ministry requested overseas travel bans for the officers.\n\n"
			       "She requested that the vote be delayed.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was dead", "He", "added", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the climate is changing", "They", "accept", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the vote be delayed", "She", "requested", NULL);
	done(&f);
}

/* "added a clause designed to ..." adds a thing whose purpose a participle gives; "added the
 * plan was designed to fail" and "added the rules were meant to ..." report clauses. */
static void objects_with_a_purpose(void)
{
	struct fixture f = run("To calm its owners, the bakery added a clause designed to protect "
			       "them from a sudden sale.\n\n"
			       "She added the plan was designed to fail.\n\n"
			       "The chief added the rules were meant to protect buyers.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was designed to fail", "She", "added", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the rules were meant to protect buyers", "The chief",
		 "added", NULL);
	done(&f);
}

/* "unveiled plans to position" is the noun, no one's intent; "plans to announce that ..."
 * reports (a subject's "plans to act" is the subject's: test_claims_frames36.c). */
static void plans_to_act(void)
{
	struct fixture f =
		run("Amazon unveiled plans to position Whole Foods for the long term.\n\n"
		    "The company plans to announce that it will close the plant.\n");

	CHECK_EQ(f.l->n, 1);
	if (f.l->n == 1)
		CHECK(span_is(&f, f.l->items[0].content,
			      "to announce that it will close the plant"));
	done(&f);
}

/* A source that is a clause, a verb and its particle, is no speaker: "sends back reports" gives
 * no claim; "It's worth noting" is the writer's aside, no claim (test_claims_read39b.c); "The firm fired him,
 * claiming" is the firm's, and "Uber unilaterally slashes drivers' pay, claiming" Uber's (the
 * adverb ends the subject: "Uber unilaterally slashes" was read as the source before). */
static void fragments_as_sources(void)
{
	struct fixture f =
		run("Uber unilaterally slashes drivers' pay, claiming that demand fell.\n\n"
		    "The lab tests the drugs and sends back reports when they are ready.\n\n"
		    "It's worth noting that the bank lost money.\n\n"
		    "The firm fired him, claiming that he lied.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that demand fell", "Uber", "claiming", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that he lied", "The firm", "claiming", NULL);
	done(&f);
}

/* A device that "supports" something, a headline's verb in a source, "Whoever": no claims; a
 * survey that supports an idea stays. */
static void devices_and_headlines(void)
{
	struct fixture f = run("The Netflix app also supports Atmos for a handful of films.\n\n"
			       "Vidyard Launches New Tools said the firm.\n\n"
			       "Whoever ordered that sample said it was pure.\n\n"
			       "The survey supports the idea that voters moved.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the idea that voters moved", "The survey", "supports",
		 NULL);
	done(&f);
}

/* An opening phrase before a subject whose cue goes on with an object ("they found
 * technology") is no paraphrase; a tag that ends its sentence (a time, an addressee, an
 * adverb) keeps the words before as content. */
static void opening_phrases(void)
{
	struct fixture f = run("Most significant of all, they found technology.\n\n"
			       "The plan is dead, he said on Monday.\n\n"
			       "The plan is dead, she told reporters.\n\n"
			       "The economy will recover, he argued forcefully.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "The plan is dead", "he", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The plan is dead", "she", "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The economy will recover", "he", "argued", NULL);
	done(&f);
}

/* "promises of drugs", "answered questions", "as its name suggests" say nothing; "answered
 * that ..." and "says of X" report. */
static void nothing_said(void)
{
	struct fixture f = run(
		"The vendors offer giveaways and promises of drugs that are superior to others.\n\n"
		"Caudevilla answered questions on the marketplace for years.\n\n"
		"The town, as its name suggests, sits on a hill.\n\n"
		"He answered that the plan was sound.\n\n"
		"\"It's fine,\" Trump says of the plan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan was sound", "He", "answered", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It's fine,", "Trump", "says", NULL);
	done(&f);
}

/* An addressee alone ("recommended to Mojang"), whom something worried ("worried Tasos
 * Georgelis") and a noun after "little" are no claims; "recommended to the board that ..."
 * and "..., thought Alden" are. */
static void misread_frames(void)
{
	struct fixture f =
		run("These were the fixes that I recommended to Mojang two years ago.\n\n"
		    "The thaw, welcomed by many New Yorkers, worried Tasos Georgelis, a deputy "
		    "commissioner.\n\n"
		    "Peanut allergies are on the rise, with little hope of a cure.\n\n"
		    "She recommended to the board that the plan be dropped.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "to the board that the plan be dropped", "She",
		 "recommended", NULL);
	done(&f);
}

/* "had been killed defending the ship" says how, not what; "left the room, defending the
 * decision" reports a stance. */
static void participle_after_participle(void)
{
	struct fixture f = run("The cost had been enormous \xE2\x80\x93 most of the crew had been "
			       "killed defending the ship, and the survivors were ill.\n\n"
			       "He left the room, defending the decision to reporters.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the decision to reporters", "He", "defending", NULL);
	done(&f);
}

/* "were asked to say" is a request received; "asked whether" and "he asked them to leave, he
 * said" keep what was said */
static void asked_to_act(void)
{
	struct fixture f = run("Participants were asked to say which way the dots had moved.\n\n"
			       "Rubio was asked to name a single achievement.\n\n"
			       "The senator said he was asked to resign.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "he was asked to resign", "The senator", "said", NULL);
	done(&f);
}

/* "his opening remarks", "the scathing remarks": a plural cue after an adjective-like participle
 * and a determiner is a noun, no speech; "its polling shows" and "the filing cites" are nouns in
 * -ing before their verb, and stay. */
static void participle_before_plural_cue(void)
{
	struct fixture f =
		run("Moments earlier, in his opening remarks, Trump said the wall would be "
		    "built.\n\n"
		    "Nobody forgot the scathing remarks delivered by Patricia Smith.\n\n"
		    "Its polling shows Trump ahead in Florida.\n\n"
		    "The filing cites a recently enacted law.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the wall would be built", "Trump", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Trump ahead in Florida", "Its polling", "shows", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a recently enacted law", "The filing", "cites", NULL);
	done(&f);
}

/* "the technique called deep brain stimulation" names a kind of thing, whatever follows the
 * name; "the board called the offer inadequate" is a claim. */
static void the_thing_called(void)
{
	struct fixture f = run("Doctors now use the technique called deep brain stimulation in "
			       "many hospitals.\n\n"
			       "The board called the offer inadequate.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the offer inadequate", "The board", "called", NULL);
	done(&f);
}

/* a photo or footage shows what it depicts; "showed that" reports a finding, and a poll shows
 * its figures */
static void pictures_show(void)
{
	struct fixture f =
		run("The photo showed a man standing in the rain outside the station.\n\n"
		    "Security footage showed the suspect entering the building.\n\n"
		    "The video showed that police had fired first.\n\n"
		    "The new poll shows Clinton leading by five points.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that police had fired first", "The video", "showed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton leading by five points", "The new poll", "shows",
		 NULL);
	done(&f);
}

/* a field of knowledge alone is no source ("Neuroscience tells us", "History shows"); people
 * of the field are ("Scientists say") */
static void fields_as_sources(void)
{
	struct fixture f = run("Neuroscience tells us that memory is rebuilt each time.\n\n"
			       "History shows that such plans rarely work.\n\n"
			       "Scientists say that memory is rebuilt each time.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that memory is rebuilt each time", "Scientists", "say",
		 NULL);
	done(&f);
}

/* content after the cue that is only a preposition and a pronoun ("blamed on him") says
 * nothing; "blamed the policies on him" does, and so does the subject of a passive ("It was
 * first declared by Nixon") */
static void pronoun_alone(void)
{
	struct fixture f = run("The breadbasket was reduced to destitution by policies his critics "
			       "have long blamed on him.\n\n"
			       "His critics have long blamed the policies on him.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the policies on him", "His critics", "have long blamed",
		 NULL);
	done(&f);
}

/* "spoke on Monday" says when, not what about; "spoke on the plan" is a claim */
static void time_after_preposition(void)
{
	struct fixture f = run("The minister spoke on Monday in the capital after the vote.\n\n"
			       "The minister spoke at 9 a.m. in the capital.\n\n"
			       "The minister spoke on the new tax plan.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new tax plan", "The minister", "spoke on", NULL);
	done(&f);
}

/* "states" is a cue only in lower case before a colon, a comma or a quotation ("the report
 * states: “...”"); "the swing states", "those states that", "the United States" are nouns */
static void states_as_a_verb(void)
{
	struct fixture f =
		run("As the report states: \xE2\x80\x9CThe birth lottery matters more in "
		    "the U.S.\xE2\x80\x9D\n\n"
		    "Officials in the swing states said they would vote.\n\n"
		    "He campaigned in those states that Obama won in 2008.\n\n"
		    "Officials of the United States said they would act.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "The birth lottery matters more in the U.S.", "the report",
		 "states", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they would vote", "Officials in the swing states", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they would act", "Officials of the United States", "said",
		 NULL);
	done(&f);
}

/* "will announce a new strategy", "would soon declare martial law": an act to come; "will say
 * that ..." reports words, "would not rule out" a stance */
static void acts_to_come(void)
{
	struct fixture f = run("The administration will announce a new Sudan strategy.\n\n"
			       "He said Yoon would soon declare martial law.\n\n"
			       "The minister will say that the plan is dead.\n\n"
			       "Ayotte would not rule out shifting her position.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Yoon would soon declare martial law", "He", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the plan is dead", "The minister", "will say", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "shifting her position", "Ayotte", "would not rule out",
		 NULL);
	done(&f);
}

/* "Those who only learned of this story in the last month (understandably) believed": a source
 * that opens with a preposition in lower case is the tail of a subject, no speaker; "about half
 * said" opens with a number and stays. */
static void preposition_source(void)
{
	struct fixture f = run("Those who only learned of this story in the last month "
			       "(understandably) believed the post raised a new issue.\n\n"
			       "In the poll, about half said they want a change.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "they want a change", "about half", "said", NULL);
	done(&f);
}

/* "despite the U.N.-ordered sanctions" is a compound adjective, "tests of the glass found
 * outside the bank" a participle on a noun, "junior notes" and "wrong answers" nouns; "The
 * court ordered the port to ...", "The guard said ... found outside ...", "The author notes
 * that ..." and "The mayor answers that ..." are claims. */
static void participles_and_nouns(void)
{
	struct fixture f =
		run("Oil was unloaded at the port despite the U.N.-ordered sanctions.\n\n"
		    "The court ordered the port to freeze its trade.\n\n"
		    "The police are running more tests of the glass found outside the "
		    "bank.\n\n"
		    "The guard said the glass was found outside the bank.\n\n"
		    "The bank will buy back $90 million in junior notes paying 9%.\n\n"
		    "The flaw made the program give wrong answers for some sums.\n\n"
		    "The author notes that the plan failed.\n\n"
		    "The mayor answers that the plan will work.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the port to freeze its trade", "The court", "ordered",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the glass was found outside the bank", "The guard", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the plan failed", "The author", "notes", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the plan will work", "The mayor", "answers", NULL);
	done(&f);
}

/* "In the video, the man grabs her arm" is what a picture shows and "the old shop as we know
 * it" a set phrase; "As we know, the plan failed" and "In the poll, ..." are claims. */
static void pictures_and_set_phrases(void)
{
	struct fixture f = run("The old shop as we know it was opened by two brothers in 1990.\n\n"
			       "As we know, the plan failed.\n\n"
			       "In the video, the man grabs her arm and pulls her back.\n\n"
			       "In the poll, the mayor leads by ten points.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan failed", "we", "know", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "the mayor leads by ten points", "the poll", "In",
		 NULL);
	done(&f);
}

/* "priced according to how costly ..." is a measure and "accused bank robber John Doe" an
 * adjective; "According to the police, ...", "accused the bank of fraud" and "accused
 * then-chair Ann Lee of lying" are claims. */
static void measures_and_adjectives(void)
{
	struct fixture f =
		run("Rooms are priced according to how costly they were to build.\n\n"
		    "According to the police, the man fled.\n\n"
		    "The list names the alleged plotter and accused bank robber John Doe "
		    "at the top.\n\n"
		    "The mayor accused the bank of fraud.\n\n"
		    "He accused then-chair Ann Lee of lying.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "the man fled", "the police", "According to", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the bank of fraud", "The mayor", "accused", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "then-chair Ann Lee of lying", "He", "accused", NULL);
	done(&f);
}

/* "The tool reports how much ..." and "The new interface now supports ..." are what software
 * does; "The agency reports that ..." is a claim. */
static void tools_report(void)
{
	struct fixture f = run("The tool reports how much space the cleanup saved.\n\n"
			       "The new interface now supports shared layers.\n\n"
			       "The agency reports that the river has risen.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the river has risen", "The agency", "reports", NULL);
	done(&f);
}

/* "a puzzling and demanding book", "a demanding job": a participle used as an adjective on the
 * noun after it, after a determiner or a word of degree, says nothing; "Lin called it a task"
 * stays. */
static void participles_as_adjectives(void)
{
	struct fixture f = run("It is a puzzling and demanding book about the sea.\n\n"
			       "It was a very demanding job.\n\n"
			       "Lin called it a pressing task for the town.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "it a pressing task for the town", "Lin", "called", NULL);
	done(&f);
}

/* "is challenging Sen. Ann Reed for the seat", "challenging him in the primary": running
 * against someone says nothing; "challenged him to a debate", "challenged Lee in court" and
 * "challenged them for years to release the files" stay. */
static void running_against(void)
{
	struct fixture f = run("Tom Lee is challenging Sen. Ann Reed for the seat.\n\n"
			       "A teacher challenging him in the primary has raised money.\n\n"
			       "The union is challenging Gov. Al Moss (D) in the fall.\n\n"
			       "Ann Reed challenged him to a debate.\n\n"
			       "Reed challenged Lee in court.\n\n"
			       "Moss challenged them for years to release the files.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "him to a debate", "Ann Reed", "challenged", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Lee in court", "Reed", "challenged", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "them for years to release the files", "Moss", "challenged",
		 NULL);
	done(&f);
}

/* "backed down", "as I mentioned above", "said little": one adverb or particle for content is
 * nothing said; "offering only short answers" and "she said no", an answer, stay. */
static void particles_for_content(void)
{
	struct fixture f = run("The board backed down.\n\n"
			       "As I mentioned above, the plan failed.\n\n"
			       "Lee, in a gray suit, said little, offering only short answers.\n\n"
			       "Ann Reed said no.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "only short answers", "Lee", "offering", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "no", "Ann Reed", "said", NULL);
	done(&f);
}

/* "In a press release earlier this month, the committee said about ...:" gives where the
 * words were, not what they were; "In a release he said the plan had failed" is a claim. */
static void occasion_alone(void)
{
	struct fixture f =
		run("In a press release earlier this month, the city committee said about "
		    "its inclusion of the new park in the latest draft of its budget:\n\n"
		    "\"The budget goes further than any before. It funds parks.\"\n\n"
		    "In a release he said the plan had failed.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan had failed", "he", "said", NULL);
	done(&f);
}

/* "According to an analysis of her calendar, The Herald reported that ...": a name and its
 * verb are another claim's tag, not what the analysis says: the analysis says the clause after it
 * (claims_frames_according.c's after_cue_that()), held by the Herald's report; "according to the
 * poll, Lee said the plan was dead" keeps its words. */
static void tag_for_content(void)
{
	struct fixture f =
		run("The Herald reported that, according to an analysis of her calendar, "
		    "she met ten donors.\n\n"
		    "According to the poll, Lee said the plan was dead.\n");

	/* the first claim is the Herald's own ("reported"), the analysis's is held by it */
	CHECK_EQ(f.l->n, 4);
	if (f.l->n == 4)
		CHECK(span_is(&f, f.l->items[0].cue, "reported"));
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "she met ten donors", "an analysis of her calendar",
		 "according to", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the plan was dead", "Lee", "said", NULL);
	done(&f);
}

/* A "that" clause after "so many stories", a device's "say", "boasts" a quantity and a
 * participle after "where" as the subject of its clause report no one's words; "has said in its
 * filings so far that", "said Ada Moss, the director for the new chip", "boasted that" and
 * "resigned, warning that" are claims. */
static void results_devices_and_holdings(void)
{
	struct fixture f = run(
		"The aide argued that the senator tells so many stories that voters tune out.\n\n"
		"The bank has said in its filings so far that it will stay neutral.\n\n"
		"When the machines say \"stop,\" the line halts at once.\n\n"
		"\"We found no faults,\" said Ada Moss, the director for the new chip.\n\n"
		"The valley boasts a herd of 400 goats.\n\n"
		"The mayor boasted that the town had 400 goats.\n\n"
		"In a village where praising the old mayor can cost a job, the baker kept quiet.\n\n"
		"The baker resigned, warning that the new rules would cost jobs.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that the senator tells so many stories that voters tune out", "The aide",
		 "argued", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that it will stay neutral", "The bank", "has said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We found no faults,",
		 "Ada Moss, the director for the new chip", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the town had 400 goats", "The mayor", "boasted",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that the new rules would cost jobs", "The baker",
		 "warning", NULL);
	done(&f);
}

/* "a strand of wool found at the dock that has ..." says where a thing was found; "The
 * inspectors found at the plant that ..." and "A witness found at the scene that ..." report
 * findings. */
static void found_at_a_place(void)
{
	struct fixture f =
		run("Clark said the evidence includes a strand of wool found at the dock "
		    "that has a high chance of matching his scarf.\n\n"
		    "The inspectors found at the plant that the pumps had failed.\n\n"
		    "A witness found at the scene that the door was open.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the pumps had failed", "The inspectors", "found",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the door was open", "A witness", "found", NULL);
	done(&f);
}

/* "to hold up on their ICC plans, Indyk said": a name right after "their" is a word of the
 * possessed noun phrase, not the source of "plans"; the quotation is Indyk's. "His wife says"
 * keeps its claim. */
static void possessed_noun_phrase(void)
{
	struct fixture f =
		run("The rebels will join the International Criminal Court (ICC) on April 1.\n\n"
		    "\u201cNow it is hard to see what could persuade the rebels\u201d to hold "
		    "up on their ICC plans, Indyk said. \u201cThat has nothing to do with "
		    "talks.\u201d\n\n"
		    "His wife says the plan failed.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(f.l->n > 0 && span_is(&f, f.l->items[0].speaker, "Indyk"));
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan failed", "His wife", "says", NULL);
	done(&f);
}

/* "Specifically I've heard from farmers, all expressing concern": a pronoun with its verb run in
 * opening the source is a clause, no speaker; "They'll say" keeps its claim */
static void clause_in_the_source(void)
{
	struct fixture f = run("Specifically I've heard from a number of farmers, all expressing "
			       "concern about some of the things the mayor has said.\n\n"
			       "They'll say the bridge was unsafe.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bridge was unsafe", "They", "say", NULL);
	done(&f);
}

/* An order to the reader or an opening phrase ("Check out the campaign website ..., laying
 * out", "Absent a strong defense of the plan, voters may listen and conclude") is no source;
 * "Officials at the agency said" and "Sanders campaign aides said" are. */
static void order_or_opener_as_source(void)
{
	struct fixture f =
		run("Check out the campaign website of the senator, and you will find "
		    "a set of papers, laying out bold plans.\n\n"
		    "Absent a strong defense of the plan, voters may listen and conclude "
		    "that it failed.\n\n"
		    "Officials at the agency said the plan failed.\n\n"
		    "Sanders campaign aides said the plan failed.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan failed", "Officials at the agency", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan failed", "Sanders campaign aides", "said", NULL);
	done(&f);
}

/* "youth and charisma - he rejects the rest": no source runs across the dash to "he" ("charisma
 * - he"); the pronoun after the dash is the subject of its own clause, as "he" after a comma and
 * "and" is. */
static void source_across_a_dash(void)
{
	struct fixture f = run("He praised the youth and charisma - he rejects the rest.\n\n"
			       "He praised the youth and charisma, and he rejects the rest.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the youth and charisma", "He", "praised", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the rest", "he", "rejects", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the youth and charisma", "He", "praised", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the rest", "he", "rejects", NULL);
	done(&f);
}

/* "The two men were at opposite poles, the one impassioned in blasting me": the gerund has a
 * subject of its own; "He was firm in saying that ..." (no comma) stays. */
static void gerund_after_a_comma(void)
{
	struct fixture f =
		run("The two men were at opposite poles, the one impassioned in "
		    "blasting me, the other impassioned in defending me, and yet here was "
		    "the judge professing his doubt.\n\n"
		    "He was firm in saying that the plan would work.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan would work", "He", "saying", NULL);
	done(&f);
}

/* "a page on health care, which dutifully recounts": "which" has a topic nearest, not a
 * speaker; "a spokesman for the firm, which said" keeps its "which". */
static void which_after_a_topic(void)
{
	struct fixture f = run("One exception is a page on health care, which dutifully recounts "
			       "the gains of the law.\n\n"
			       "The money came from Acme Corp, which said the deal was fair.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the deal was fair", "which", "said", NULL);
	done(&f);
}

/* "The bottom line is demanding more money" names what the point is; "The senator is
 * demanding more money" is a claim. */
static void gerund_after_a_point(void)
{
	struct fixture f = run("The bottom line is demanding more money from the states.\n\n"
			       "The senator is demanding more money from the states.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "more money from the states", "The senator", "is demanding",
		 NULL);
	done(&f);
}

/* "ordered a cruise missile strike", "ordered the release of the documents": an order of a deed
 * is no statement; an order that says what is to be done, in an infinitive or a clause, is one
 * ("ordered the State Department to release", "ordered that the records be released") */
static void order_of_a_deed(void)
{
	struct fixture f =
		run("In 1998, President Bill Clinton ordered a cruise missile strike against a "
		    "factory in Khartoum.\n\n"
		    "A judge ordered the release of the documents.\n\n"
		    "A federal judge ordered the State Department to release the emails every 30 "
		    "days.\n\n"
		    "Judge Curiel ordered that the records be released by Thursday.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the State Department to release the emails every 30 days",
		 "A federal judge", "ordered", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the records be released by Thursday", "Judge Curiel",
		 "ordered", NULL);
	done(&f);
}

/* "“I'm Batman,” you will say" is the reader addressed, "who recommended her to Hamilton" hands
 * a person on, "They read as garish" is how a thing looks: none is a claim. "Many of you have
 * noted ..." (an audience), "he recommended that the board wait" and "The statement reads:
 * “...”" stay. */
static void reader_referral_and_look(void)
{
	struct fixture f = run("\u201cI\u2019m Batman,\u201d you will say.\n\n"
			       "Many of you have noted the difference between the two plans.\n\n"
			       "A colleague recommended her to Hamilton, who hired her.\n\n"
			       "Ann Lee recommended that the board wait a year.\n\n"
			       "They read as garish confections with frames that surround text.\n\n"
			       "The statement reads: \u201cWe will appeal.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the difference between the two plans", "you", "have noted",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the board wait a year", "Ann Lee", "recommended",
		 NULL);
	if (f.l->n == 3)
		CHECK(span_is(&f, f.l->items[2].cue, "reads"));
	done(&f);
}

/* "Talking about how he felt, he said ..." names a topic before the main clause's own cue: one
 * claim, of "said". A participle with no cue after its comma ("Speaking of the deal, the
 * minister was calm") is left as it was; "Asked whether X, he said" keeps both ("Asked about X"
 * names a topic and is no claim: asked_topic()). */
static void topic_participles(void)
{
	struct fixture f =
		run("Talking about how he was feeling after his wins, he said \"every "
		    "leader has strengths and weaknesses\".\n\n"
		    "Speaking of the budget, the mayor told reporters that taxes would "
		    "fall.\n\n"
		    "Asked whether the bridge was ready, the mayor said it would open in "
		    "May.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "every leader has strengths and weaknesses", "he", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that taxes would fall", "the mayor", "told", NULL);
	if (f.l->n == 4)
		CHECK(span_is(&f, f.l->items[2].cue, "Asked"));
	claim_is(&f, 3, CLAIM_INDIRECT, "it would open in May", "the mayor", "said", NULL);
	done(&f);
}

/* "she was asked about X", "When asked about X, ...", "Asked about X, she said ...": the topic of
 * a question put to her claims nothing; the answer after it, paraphrase or quotation, is still
 * a claim. Controls: "asked that X be done" and "asked whether X" are as they were. */
static void asked_about_topic(void)
{
	struct fixture f =
		run("Ann Lee runs the council.\n\n"
		    "At a dinner, she was asked about remarks that had circulated at the "
		    "summit.\n\n"
		    "When asked about the merger, Lee defended her decision.\n\n"
		    "Asked about the bridge, Lee said it would open in May.\n\n"
		    "Asked about the vote, Lee said: \"We will win it.\"\n\n"
		    "The council asked that the road be closed.\n\n"
		    "Lee was asked whether the road would close.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "her decision", "Lee", "defended", "Ann Lee");
	claim_is(&f, 1, CLAIM_INDIRECT, "it would open in May", "Lee", "said", "Ann Lee");
	claim_is(&f, 2, CLAIM_DIRECT, "We will win it.", "Lee", "said", "Ann Lee");
	claim_is(&f, 3, CLAIM_INDIRECT, "that the road be closed", "The council", "asked", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "whether the road would close", NULL, "was asked",
		 "Ann Lee");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(strstr(f.text + f.l->items[i].cue.start, "asked about") !=
		      f.text + f.l->items[i].cue.start);
	done(&f);
}

/* "Didn't she say X?", "Wasn't it Hale who said X?": a negative question put to the reader is
 * no claim. Controls: a quotation that asks it is the asker's words, a statement stays. */
static void negative_questions(void)
{
	struct fixture f = run("Ann Hale ran the council.\n\n"
			       "Didn't she say the budget would fall? Now it has doubled.\n\n"
			       "Wasn\u2019t it Hale who said the tram was late?\n\n"
			       "\"Didn't we say the budget would fall?\" Hale asked.\n\n"
			       "Hale said the budget would fall.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Didn't we say the budget would fall?", "Hale", "asked",
		 "Ann Hale");
	claim_is(&f, 1, CLAIM_INDIRECT, "the budget would fall", "Hale", "said", "Ann Hale");
	done(&f);
}

/* "An aide who saw the letter was quoted ...", "She sees the lake from her window": "see" and a
 * noun phrase is sight, no statement (the content ran on to the sentence's own verb); "saw the
 * vote as a test" (how someone regards a thing) stays. */
static void sight_not_speech(void)
{
	struct fixture f =
		run("An aide who saw the letter was quoted by the paper as saying that it "
		    "was real.\n\n"
		    "She sees the lake from her window.\n\n"
		    "The governor saw the vote as a test of his party.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that it was real", "An aide who saw the letter",
		 "was quoted by the paper as saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the vote as a test of his party", "The governor", "saw",
		 NULL);
	done(&f);
}

/* "a danger the mayor warned about in his speech", "the issue she talked about in her talk": a
 * cue's "about" with a preposition right after it lost its object to the noun before, so
 * nothing was said after it; "warned about the river in his speech" keeps its content. */
static void stranded_about(void)
{
	struct fixture f = run("The town feared the river, a danger the mayor warned about in his "
			       "famous \"Flood Day\" speech.\n\n"
			       "It was the issue she talked about in her talk on Monday.\n\n"
			       "The mayor warned about the river in his speech.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the river", "The mayor", "warned about", NULL);
	done(&f);
}

/* A negated participle after "but" or inside a parenthesis, with no subject of its own, tells
 * what was left unsaid: no claim ("The largest groups are farmers (people working the land but
 * not stating a crop, 4%)"); one with its own subject after "but" stays. */
static void negated_aside(void)
{
	struct fixture f =
		run("The largest groups in the valley are farmers (people working the "
		    "land but not stating a crop, 4%) and traders.\n\n"
		    "The survey lists the towns (not saying which of them grew).\n\n"
		    "The mayor met the council, but he is not predicting it will pass.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "it will pass", "he", "is not predicting", NULL);
	done(&f);
}

/* A participle right after the noun of a made thing modifies it: "signs pointing out the exits",
 * "a version of the brand highlighting its roots" are no claims. Controls: "officials saying
 * that", "a statement saying that" and a sign that carries a quotation stay. */
static void participle_of_a_thing(void)
{
	struct fixture f =
		run("The hall had green signs pointing out the exits to every visitor.\n\n"
		    "The shop sells a cheaper version of the brand highlighting its roots in "
		    "Ohio.\n\n"
		    "Officials saying that the bridge was safe were wrong.\n\n"
		    "The city issued a statement saying that the bridge was safe.\n\n"
		    "Ana Ruiz held up a sign saying \"Save the pier from the developers.\"\n");

	REQUIRE(f.l->n == 3);
	CHECK(span_is(&f, f.l->items[0].speaker, "Officials"));
	CHECK(span_is(&f, f.l->items[0].cue, "saying"));
	CHECK(span_is(&f, f.l->items[1].content, "that the bridge was safe"));
	CHECK(f.l->items[2].kind == CLAIM_DIRECT);
	done(&f);
}

/* "the world the firm seeks to build, ..." is a relative clause on "world" with its object
 * missing, as is "the house he wants to buy." at a sentence's end; "vowed to resign" and a
 * phrase of its own before the source ("In the end") stay. */
static void infinitive_with_a_gap(void)
{
	struct fixture f = run("But in the town the firm seeks to build, old shops would close.\n\n"
			       "He showed us a boat the club wants to sell.\n\n"
			       "In the end the mayor vowed to resign.\n\n"
			       "The mayor vowed to resign, saying he was tired.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to resign", "the mayor", "vowed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to resign", "The mayor", "vowed", NULL);
	done(&f);
}

/* "They had doubts and fears about ...": a cue in "-s" that its pronoun does not agree
 * with is a noun; "They fear", "He fears" are claims. */
static void cue_that_does_not_agree(void)
{
	struct fixture f = run("They had doubts and fears about the plan but went on with “a vote "
			       "we cannot skip”.\n\n"
			       "They fear the plan will fail.\n\n"
			       "He fears the plan will fail.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan will fail", "They", "fear", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan will fail", "He", "fears", NULL);
	done(&f);
}

/* "tell stories that ...", "told a joke that ...": a story told, then a relative clause;
 * "told reporters that ..." is a claim. */
static void stories_told(void)
{
	struct fixture f = run("The aim is for students to write and tell stories that use the "
			       "web well.\n\n"
			       "The coach told a joke that fell flat.\n\n"
			       "The coach told reporters that the team was tired.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the team was tired", "The coach", "told", NULL);
	done(&f);
}

/* "found itself offering free rides" is what the firm came to do; "found himself saying that
 * ..." keeps its claim. */
static void found_oneself_doing(void)
{
	struct fixture f =
		run("A storm of anger broke out, and the firm soon found itself offering "
		    "free rides home.\n\n"
		    "The coach found himself saying that the team was tired.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(f.l->n == 1 && span_is(&f, f.l->items[0].content, "that the team was tired"));
	done(&f);
}

/* A plain-text article's title line is the writer's headline, no claim of its subject; the
 * same words in the text are, and so is a headline with a quotation in it. */
static void headline_is_no_claim(void)
{
	struct fixture f = run("Donor backs new field\n\n"
			       "The donor backs the new field, the school said.\n");
	struct fixture g = run("Coach asks if fans want “a team that wins”\n\n"
			       "The coach spoke on Monday.\n");

	CHECK_EQ(g.l->n, 1);
	done(&g);
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The donor backs the new field", "the school", "said",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(found_at_a_place);
	RUN(order_or_opener_as_source);
	RUN(source_across_a_dash);
	RUN(gerund_after_a_comma);
	RUN(which_after_a_topic);
	RUN(gerund_after_a_point);
	RUN(possessed_noun_phrase);
	RUN(clause_in_the_source);
	RUN(results_devices_and_holdings);
	RUN(tag_for_content);
	RUN(running_against);
	RUN(particles_for_content);
	RUN(occasion_alone);
	RUN(participles_as_adjectives);
	RUN(preposition_source);
	RUN(naming_a_thing);
	RUN(participle_before_plural_cue);
	RUN(aspect_verbs);
	RUN(heading_labels);
	RUN(headings_of_lists);
	RUN(other_languages);
	RUN(objects_not_clauses);
	RUN(objects_with_a_purpose);
	RUN(plans_to_act);
	RUN(fragments_as_sources);
	RUN(devices_and_headlines);
	RUN(opening_phrases);
	RUN(nothing_said);
	RUN(misread_frames);
	RUN(participle_after_participle);
	RUN(asked_to_act);
	RUN(the_thing_called);
	RUN(pictures_show);
	RUN(fields_as_sources);
	RUN(pronoun_alone);
	RUN(time_after_preposition);
	RUN(states_as_a_verb);
	RUN(acts_to_come);
	RUN(participles_and_nouns);
	RUN(pictures_and_set_phrases);
	RUN(measures_and_adjectives);
	RUN(tools_report);
	RUN(order_of_a_deed);
	RUN(reader_referral_and_look);
	RUN(topic_participles);
	RUN(asked_about_topic);
	RUN(negative_questions);
	RUN(sight_not_speech);
	RUN(stranded_about);
	RUN(negated_aside);
	RUN(participle_of_a_thing);
	RUN(infinitive_with_a_gap);
	RUN(cue_that_does_not_agree);
	RUN(stories_told);
	RUN(found_oneself_doing);
	RUN(headline_is_no_claim);
	return CHECK_DONE();
}
