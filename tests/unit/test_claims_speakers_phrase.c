/* Unit tests of the source phrase in the sentence: where it starts and ends (an opening
 * phrase or adverb, a time or a day after the name, an aside, a bracket, a headline's verb in
 * title case, a second verb of the clause) and the name read from it. */
#include "claims_fixture.h"

/* a participle with its agent after a noun is part of the source, and the source is the noun's:
 * the reports, the memo, not Reuters or CNN */
static void participle_with_agent(void)
{
	struct fixture f = run("Intelligence reports seen by Reuters suggest that the general has "
			       "been mapping out a vision.\n\n"
			       "A memo reviewed by CNN said the plan was dead.\n\n"
			       "He was arrested by police, Smith said.\n");

	speaker_resolves(&f, "Intelligence reports seen by Reuters", "Intelligence reports");
	speaker_resolves(&f, "A memo reviewed by CNN", "A memo");
	speaker_resolves(&f, "Smith", "Smith");
	done(&f);
}

static void introduction_before_a_comma(void)
{
	struct fixture f = run("After nearly 20 years of hostile relations, the American "
			       "government said it would lift sanctions.\n");

	speaker_resolves(&f, "the American government", "the American government");
	done(&f);
}

static void particle_opening_a_sentence(void)
{
	struct fixture f = run("The neon sign, Luis de Miranda writes, changed cities.\n\n"
			       "De Miranda points out that businesses embraced neon.\n");

	speaker_resolves(&f, "De Miranda", "Luis de Miranda");
	done(&f);
}

static void source_left_hanging(void)
{
	struct fixture f = run("Parata and his family believe the whales are ancestors.\n\n"
			       "A member of the family suggested they tweet a picture.\n\n"
			       "The Islamic State and proposed a safe zone for the refugees.\n");

	speaker_resolves(&f, "Parata and his family", "Parata and his family");
	speaker_resolves(&f, "A member of the family", "A member of the family");
	speaker_resolves(&f, "The Islamic State", "Islamic State");
	done(&f);
}

static void quoted_fragment_as_subject(void)
{
	struct fixture f = run("Barack Obama spoke.\n\nAfter the killings in June, he admitted "
			       "\"politics in this town\" meant there were few options.\n");

	REQUIRE_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "\"politics in this town\" meant there were few options",
		 "he", "admitted", "Barack Obama");
	done(&f);
}

static void month_as_a_given_name(void)
{
	struct fixture f = run("\u201cIt was seen as rote,\u201d said Mar Hicks, a historian at "
			       "the institute. In May Trump said that it was fine.\n");

	speaker_resolves(&f, "Mar Hicks, a historian at the institute", "Mar Hicks");
	speaker_resolves(&f, "Trump", "Trump");
	done(&f);
}

static void adverb_before_a_source(void)
{
	struct fixture f = run("Now research shows the opposite is true.\n");

	speaker_resolves(&f, "research", "research");
	done(&f);
}

static void subject_after_which(void)
{
	struct fixture f = run("Edward Lorenz drew a cluster, which Lorenz said was a butterfly. "
			       "Prime membership, which founder Jeff Bezos said last year had "
			       "surpassed 100 million, grew.\n");

	speaker_resolves(&f, "Lorenz", "Edward Lorenz");
	speaker_resolves(&f, "founder Jeff Bezos", "Jeff Bezos");
	done(&f);
}

/* A participle inside a relative clause set off by a comma is said of what the pronoun refers
 * to ("the party, which tried to win by saying that": the party, not the sentence's subject);
 * a phrase after a cue ends where such a clause begins, so "a warning about the rhetoric of the
 * party, which said that" leaves the clause to "said". Not a relative with no verb of its own
 * before the participle, nor one that a comma closes. */
static void participle_in_a_relative_clause(void)
{
	struct fixture f = run(
		"The comments came with a tough warning about the rhetoric of the party, which "
		"tried to win by claiming that voters were coming.\n\n"
		"The comments came with a warning about the rhetoric of the party, which said "
		"that turnout was high.\n\n"
		"The mayor met the ACLU, which released a statement questioning whether the "
		"ruling was fair.\n\n"
		"The mayor, who arrived late, spoke for an hour, saying the budget was sound.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that voters were coming", "which", "claiming",
		 "the party");
	claim_is(&f, 1, CLAIM_INDIRECT, "that turnout was high", "which", "said", "the party");
	claim_is(&f, 2, CLAIM_INDIRECT, "whether the ruling was fair", "which", "questioning",
		 "ACLU");
	claim_is(&f, 3, CLAIM_INDIRECT, "the budget was sound", "The mayor", "saying", "The mayor");
	done(&f);
}

/* "who" after a comma: the person an apposition is said of ("Peter Morgan, a lawyer for the
 * Sierra Club, who": Morgan, not the club), the object of a verb from its determiner ("tried
 * to arrest her sister, who": her sister), and no one when the phrase is no noun phrase
 * ("enough to shut him down, who"). */
static void who_after_a_comma(void)
{
	struct fixture f = run(
		"The ruling was welcomed by Peter Morgan, a lawyer for the Sierra Club, who has "
		"said the industry must pay.\n\n"
		"Officers tried to arrest her sister, who said the government was corrupt.\n\n"
		"The word is enough to shut him down, who said the review was unfair.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the industry must pay", "who", "has said", "Peter Morgan");
	claim_is(&f, 1, CLAIM_INDIRECT, "the government was corrupt", "who", "said", "her sister");
	claim_is(&f, 2, CLAIM_INDIRECT, "the review was unfair", "who", "said", NULL);
	CHECK(f.l->n < 3 || f.l->items[2].speaker_resolved == NULL);
	done(&f);
}

/* A body's role before a person's name: "Friends of the Earth campaign director Jane Smith said"
 * is Jane Smith's, before or after a quotation; a body's own noun ("the law firm Perkins
 * Coie") or an apposition after a comma is no such role. */
static void name_after_a_bodys_role(void)
{
	struct fixture f = run(
		"Friends of the Earth campaign director Jane Smith said the plan was flawed.\n\n"
		"\"The campaign has begun,\" Australians for Fair Trade executive director Kerry "
		"Jones said.\n\n"
		"Elias, a lawyer with the law firm Perkins Coie, said the rule was void.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "Friends of the Earth campaign director Jane Smith", "Jane Smith");
	speaker_resolves(&f, "Australians for Fair Trade executive director Kerry Jones",
			 "Kerry Jones");
	speaker_resolves(&f, "Elias, a lawyer with the law firm Perkins Coie", "Elias");
	done(&f);
}

/* "Furthermore, the FSF management said": an adverb that links the sentence to the one before is
 * no part of the speaker and no name ("he" after it is not "Furthermore"); nor is "More
 * importantly,". */
static void linking_adverb_first(void)
{
	struct fixture f = run("Furthermore, the FSF management said the board would meet.\n\n"
			       "More importantly, Smith said the plan had failed.\n\n"
			       "Moreover, he said the vote was lost.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the board would meet", "the FSF management", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan had failed", "Smith", "said", "Smith");
	claim_is(&f, 2, CLAIM_INDIRECT, "the vote was lost", "he", "said", "Smith");
	done(&f);
}

/* a day after a person's noun or a name is no word of the source, nor of whom it names; after
 * a participle or an adverb it stays ("a poll released Monday", "Trump earlier Tuesday") */
static void day_after_source(void)
{
	struct fixture f =
		run("One senior official Monday described the White House as \"a "
		    "collection of small groups.\"\n\n"
		    "Donald Trump spoke. Trump earlier Tuesday said he would not pay.\n\n"
		    "Governor Anne Hale today denounced the toll as a tax on commuters.\n\n"
		    "President Tom Reed Thursday said the bridge would stay open.\n");

	speaker_resolves(&f, "One senior official", "One senior official");
	speaker_resolves(&f, "Trump", "Donald Trump"); /* the day is no part of the span */
	speaker_resolves(&f, "Governor Anne Hale", "Anne Hale");
	speaker_resolves(&f, "President Tom Reed", "Tom Reed");
	done(&f);
}

/* Sources the subject search stopped short of: "Officials who spoke with The Post said" (speaking
 * with someone says who spoke, not what), "People briefed on the move said" (a participle after
 * its noun), "Frustrated, Sanders said" (a participle opening the sentence alone before its comma
 * is no speaker); "Jared, his son-in-law, said" keeps its name. */
static void subjects_read_back(void)
{
	struct fixture f =
		run("Officials who spoke with The Post said the plan would be delayed.\n\n"
		    "People briefed on the move said that the company would cut jobs.\n\n"
		    "Frustrated, Sanders said the race was not over.\n\n"
		    "Jared, his son-in-law, said the talks went well.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan would be delayed",
		 "Officials who spoke with The Post", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the company would cut jobs",
		 "People briefed on the move", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the race was not over", "Sanders", "said", "Sanders");
	claim_is(&f, 3, CLAIM_INDIRECT, "the talks went well", "Jared, his son-in-law", "said",
		 "Jared");
	done(&f);
}

/* a source span that opens with a place, an organisation or lowercase words and ends, after its
 * last comma or dash, with a person's name is that last part's; the state after an opening
 * city ("In Prague, Czech Republic, President Vaclav Havel", "in Madrid, Spain, the alliance")
 * and an aside closed by a dash before the name ("-- including the ticketing portion of the
 * company's unit -- Mr. Havel") are no part of the source at all (session 35) */
static void name_after_the_last_comma(void)
{
	struct fixture f =
		run("Secretary of State Madeleine Albright signed the documents.\n\n"
		    "In Prague, Czech Republic, President Vaclav Havel said in a statement, "
		    "\"Never have we been part of such an alliance.\"\n\n"
		    "In Kosovo, where the leader is resisting the deployment of troops, "
		    "including 4,000 soldiers, Albright insisted that the plan was best.\n\n"
		    "While a few assets are still being shopped -- including the ticketing "
		    "portion of the company's unit -- Mr. Havel said the future was "
		    "bright.\n\n"
		    "At a summit in Madrid, Spain, the alliance announced it would accept "
		    "Poland.\n\n"
		    "Jon Alterman, an analyst, said it would pass.\n\n"
		    "Neurosurgeon Ben Carson spoke. Chris Christie spoke. Rand Paul spoke.\n\n"
		    "The event went on without him, as neurosurgeon Ben Carson, Christie and "
		    "Paul said they would not attend.\n");

	speaker_resolves(&f, "President Vaclav Havel", "Vaclav Havel");
	/* the span itself is the name now, the sentence opening with a phrase (session 44) */
	speaker_resolves(&f, "Albright", "Madeleine Albright");
	speaker_resolves(&f, "Mr. Havel", "Vaclav Havel");
	speaker_resolves(&f, "the alliance", "the alliance");
	speaker_resolves(&f, "Jon Alterman, an analyst", "Jon Alterman");
	/* a list of people is no description before a name */
	speaker_resolves(&f, "neurosurgeon Ben Carson, Christie and Paul", "Ben Carson");
	done(&f);
}

/* an adverb opening the sentence is no word of the name after it */
static void adverb_before_a_name(void)
{
	struct fixture f = run("The army was tired. Certainly Brantor Velsk continues to urge his "
			       "men on. \"Fight them,\" he told the troops.\n");

	speaker_resolves(&f, "he", "Brantor Velsk");
	done(&f);
}

/* a short bracket inside a source's phrase is part of it ("Over half (55%) of voters", "The
 * Springfield (Illinois) Courier"); a bracket holding a clause between the source and its cue
 * is no part of it, but a party's label is */
static void bracket_inside_a_source(void)
{
	struct fixture f = run("Over half (55%) of teachers said the rules are unclear.\n\n"
			       "The Springfield (Illinois) Courier reported that the pipes had "
			       "burst.\n\n"
			       "Reader Tom Banks (who was the editor of the old newsletter) noted "
			       "that the club had moved.\n\n"
			       "Sen. Jo Lark (D-Vt.) said the bill would pass.\n");

	speaker_resolves(&f, "Over half (55%) of teachers", "Over half (55%) of teachers");
	speaker_resolves(&f, "The Springfield (Illinois) Courier",
			 "Springfield (Illinois) Courier");
	speaker_resolves(&f, "Reader Tom Banks", "Tom Banks");
	speaker_resolves(&f, "Sen. Jo Lark (D-Vt.)", "Jo Lark");
	done(&f);
}

/* "A." in a name is an initial, not the article: the name goes on over it to its suffix */
static void initial_a_inside_a_name(void)
{
	struct fixture f = run("Secretary of State James A. Baker III said the talks would go "
			       "on.\n\n"
			       "Baker added that they were hard.\n");

	speaker_resolves(&f, "Secretary of State James A. Baker III", "James A. Baker III");
	speaker_resolves(&f, "Baker", "James A. Baker III");
	done(&f);
}

/* a second verb after "and" or a comma has the subject of the clause it goes on: not the
 * object of the verb before, nor the sentence's subject when a "when" clause holds it; after
 * ", and" the main clause goes on */
static void second_verb_of_a_clause(void)
{
	struct fixture f =
		run("The talks took a sharp turn Monday when Iran's Ali Reza called the "
		    "envoy a liar and said the war could last years.\n\n"
		    "Mona Vale told the minister the Dutch people share in the grief of "
		    "the town and said the company will stay in the region.\n\n"
		    "But critics said the plant might be a risk for the river, complained "
		    "about its noise, and wondered why the city allowed it.\n\n"
		    "Tom Hale praised the mayor when the banker came under attack this "
		    "year, and has also said he would stay.\n");

	cue_speaker_resolves(&f, "Iran's Ali Reza", "said", "Ali Reza");
	cue_speaker_resolves(&f, "Mona Vale", "said", "Mona Vale");
	cue_speaker_resolves(&f, "critics", "complained", "critics");
	cue_speaker_resolves(&f, "Tom Hale", "has also said", "Tom Hale");
	done(&f);
}

/* a quotation of two sentences before "X, who is ..., said" is X's, and a relative clause on the
 * name whose closing comma is missing belongs to the source; not when "who" is the object */
static void relative_clause_after_a_name(void)
{
	struct fixture f =
		run("\"The plan is sound. The vote is another matter,\" Ruth Ames, who is "
		    "treasurer of the club, said.\n\n"
		    "Tom Lark, who is chairman of the board said the fund was empty.\n\n"
		    "It was a blow to Ben Cole, who many members had backed in the hope "
		    "of a change.\n");

	claim_is(&f, 0, CLAIM_DIRECT, "The plan is sound. The vote is another matter,",
		 "Ruth Ames, who is treasurer of the club", "said", "Ruth Ames");
	speaker_resolves(&f, "Ruth Ames, who is treasurer of the club", "Ruth Ames");
	speaker_resolves(&f, "Tom Lark", "Tom Lark");
	speaker_resolves(&f, "many members", "many members");
	done(&f);
}

/* a time phrase after the source's name says when it spoke ("this week", "last month", "on
 * Monday"); an adverb opening the sentence before a comma ("Overall,") is no word of it; "the
 * fund" is the fund named before */
static void time_after_the_source(void)
{
	struct fixture f =
		run("Mara Quill spoke in Ohio. Quill this week also said she would run.\n\n"
		    "Tom Breck spoke too. Breck on Monday said the vote was close.\n\n"
		    "The Northfield Relief Fund met. Overall, the fund predicted that "
		    "rates would fall.\n");

	speaker_resolves(&f, "Quill", "Mara Quill");
	speaker_resolves(&f, "Breck", "Tom Breck");
	speaker_resolves(&f, "the fund", "Northfield Relief Fund");
	done(&f);
}

/* a second verb after "and" shares the clause's subject, past an aside, auxiliaries and adverbs
 * before the first verb ("X, in particular, has sharply criticized deals such as Y and called
 * for"): Y is its object, no speaker */
static void second_verb_after_an_aside(void)
{
	struct fixture f =
		run("Mara Quill, in particular, has sharply criticized trade pacts such as "
		    "the Pacific Grain Accord and called for new tariffs on steel.\n");

	speaker_resolves(&f, "Mara Quill", "Mara Quill");
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "new tariffs on steel", "Mara Quill", "called for",
		 "Mara Quill");
	done(&f);
}

/* a headline's speech verb in title case ends the name before it ("Quill Slams Tax Plan"): the
 * speaker is the person, not "Mara Quill Slams Tax" */
static void headline_verb_ends_a_name(void)
{
	struct fixture f = run("Mara Quill Calls Tax Plan 'A Disgrace'\n\n"
			       "Mara Quill, the state treasurer, spoke on Monday.\n");

	speaker_resolves(&f, "Mara Quill", "Mara Quill");
	done(&f);
}

/* more of a headline's verbs in title case ("Defends", "Praises", "Reveals", "Thinks") end the
 * name before them, and a cue in -s after a preposition in title case ("Against Claims") is a
 * noun, no second claim */
static void headline_verbs_and_nouns(void)
{
	struct fixture f =
		run("Mara Quill Defends Herself Against Claims She Lied About The Bridge\n\n"
		    "Mara Quill, the state treasurer, spoke on Monday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Herself Against Claims She Lied About The Bridge",
		 "Mara Quill", "Defends", "Mara Quill");
	done(&f);
	f = run("Ben Ortiz Praises Ferry Crews\n\nBen Ortiz spoke on Monday.\n");
	speaker_resolves(&f, "Ben Ortiz", "Ben Ortiz");
	done(&f);
}

/* a tag set between commas after a noun phrase with no name, a time after the cue, the clause
 * going on after it ("The truth, the senator said then, was that"): the source is after the
 * comma; an apposition with a name stays whole */
static void tag_after_a_phrase(void)
{
	struct fixture f = run("The truth, the mayor said then, was that the vote was lost.\n\n"
			       "The board chairman, Ruth Ames, said on Monday that sales fell.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "that the vote was lost", "the mayor", "said", NULL);
	speaker_resolves(&f, "The board chairman, Ruth Ames", "Ruth Ames");
	done(&f);
}

/* "Asked whether X, Huang said ...": the row of what was asked is the person asked's, its source
 * span still empty, and reads "Huang, asked"; controls: a paper's tag after words that
 * the question holds is no one asked, and a question whose sentence names no one keeps no
 * speaker. */
static void asked_is_the_person_asked(void)
{
	struct fixture f =
		run("Chip maker reports results\n\n"
		    "Jensen Huang visited Taipei on Friday. Asked whether the export rules "
		    "would change, "
		    "Huang said the company would follow the law.\n");
	size_t asked = CLAIM_NONE;

	for (size_t i = 0; i < f.l->n; i++)
		if (strncmp(f.text + f.l->items[i].cue.start, "Asked", 5) == 0)
			asked = i;
	REQUIRE(asked != CLAIM_NONE);
	CHECK_STR(f.l->items[asked].speaker_resolved, "Jensen Huang");
	CHECK_EQ(f.l->items[asked].speaker.end, f.l->items[asked].speaker.start);
	CHECK(renders(&f, asked,
		      "Jensen Huang, asked (paraphrase): whether the export rules would change"));
	done(&f);
	f = run("Chip maker reports results\n\n"
		"The press was waiting. Asked whether China would buy, the market was calm.\n");
	for (size_t i = 0; i < f.l->n; i++)
		if (strncmp(f.text + f.l->items[i].cue.start, "Asked", 5) == 0)
			CHECK(f.l->items[i].speaker_resolved == NULL);
	done(&f);
}

/* "tonight" after the source says when, as "today" and a weekday do (claims_day_word()), and is
 * no word of the source; controls: a weekday in capitals after a name is a day too, and "USA
 * TODAY" is a name */
static void tonight_after_the_source(void)
{
	struct fixture f = run("Budget vote\n\n"
			       "The city council met on Monday.\n\n"
			       "The council tonight said the budget would pass.\n\n"
			       "Mayor Ann Hale TUESDAY said the plan was sound.\n\n"
			       "USA TODAY reported that sales fell.\n");

	REQUIRE_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the budget would pass", "The council", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was sound", "Mayor Ann Hale", "said", "Ann Hale");
	claim_is(&f, 2, CLAIM_INDIRECT, "that sales fell", "USA TODAY", "reported", NULL);
	done(&f);
}

/* a participle phrase that opens the sentence is no subject of a second verb: "but added" and
 * ", insisting" are the main clause's subject's (control: a gerund subject with no comma) */
static void participle_phrase_before_the_subject(void)
{
	struct fixture f =
		run("Appearing before cheering supporters on Monday, Ann Lee, 70, said it "
		    "was too early but added, \"I think you know the results.\"\n\n"
		    "Facing mounting criticism from both parties, Tom Hale released a "
		    "statement on Saturday, insisting that the deal was fair.\n\n"
		    "Walking to the next house, Mary Cobb reminisced about her youth and "
		    "said the war changed her views.\n\n"
		    "Polling shows that the race is close.\n\n"
		    "Reached by reporters, Bennett denied the notion that a shakeup is "
		    "coming, explaining that he was unaware of the interview.\n");

	cue_speaker_resolves(&f, "Ann Lee", "added", "Ann Lee");
	cue_speaker_resolves(&f, "Tom Hale", "insisting", "Tom Hale");
	cue_speaker_resolves(&f, "Mary Cobb", "said", "Mary Cobb");
	speaker_resolves(&f, "Polling", "Polling");
	cue_speaker_resolves(&f, "Bennett", "explaining", "Bennett");
	done(&f);
}

/* a month that is a woman's given name opens her name ("April Mellody"), and a surname that is
 * a thing's or a time's word after a given name ("Kristen Day") names her when it stands alone,
 * so "She added" after it is hers, not the woman named before (controls: "In April Smith
 * said", "Memorial Day") */
static void given_name_or_surname_that_is_a_word(void)
{
	struct fixture f =
		run("Cecile Richards, the group's president, said the plan was good.\n\n"
		    "\"You are not welcome,\" said Kristen Day, executive director of "
		    "Democrats for Life.\n\n"
		    "Day said the language is shrinking the party. She added that some "
		    "Democrats have called her.\n\n"
		    "April Mellody, a spokeswoman for the convention, said the team would "
		    "work with the police.\n\n"
		    "In April Smith said the plan had failed.\n");

	cue_speaker_resolves(&f, "Day", "said", "Kristen Day");
	cue_speaker_resolves(&f, "She", "added", "Kristen Day");
	speaker_resolves(&f, "a spokeswoman for the convention", "April Mellody");
	speaker_resolves(&f, "Smith", "Smith");
	done(&f);
}

/* "Ki Hong said": a surname that is half a place's name ("Hong Kong") is no place; words up to
 * one in "-born" are no word of the name; "a South Korean passport" names nobody a later "she"
 * could mean (controls: "Hong Kong said", "Chinese regulators") */
static void name_words_that_are_places(void)
{
	struct fixture f = run("\"We are really stateless,\" Ki Hong said.\n");
	struct fixture g =
		run("South Korean-born Monte Haines holds little hope. \"I was shocked,\" "
		    "said Haines, 44.\n\n"
		    "He now works in Seoul, unable to return even on a South Korean "
		    "passport.\n\n"
		    "One woman adopted from Iran learned of her status in 2008. \"I am "
		    "scared,\" she said.\n");

	struct fixture h =
		run("Chicago-based AbbVie and Dublin-based Shire criticized the rules.\n\n"
		    "London-based Acme Corp said it would appeal.\n");

	speaker_resolves(&f, "Ki Hong", "Ki Hong");
	speaker_resolves(&g, "Haines, 44", "Monte Haines");
	speaker_resolves(&g, "she", NULL);
	speaker_resolves(&h, "Chicago-based AbbVie and Dublin-based Shire",
			 "Chicago-based AbbVie and Dublin-based Shire");
	speaker_resolves(&h, "London-based Acme Corp", "Acme Corp");
	done(&f);
	done(&g);
	done(&h);
}

/* "Ms. Khan" after "Capt. Humayun Khan" and "Mr. Khan" is a woman, never the man named before:
 * a title of the other sex names another person ("Mr. Khan" stays the man) */
static void title_of_the_other_sex(void)
{
	struct fixture f = run("Their son, Capt. Humayun Khan, was killed in Iraq in 2004.\n\n"
			       "\"He was a hero,\" Mr. Khan said.\n\n"
			       "\"I am a Gold Star mother,\" Ms. Khan wrote. She continued: \"He "
			       "does not know what sacrifice means.\"\n\n"
			       "\"We will go on,\" Mr. Khan told reporters.\n");

	cue_speaker_resolves(&f, "Ms. Khan", "wrote", "Khan");
	cue_speaker_resolves(&f, "She", "continued", "Khan");
	cue_speaker_resolves(&f, "Mr. Khan", "told", "Humayun Khan");
	done(&f);
}

/* "The Rachel Maddow Show" is a broadcast, not a person: "Maddow" later is its host, Rachel
 * Maddow, never the show (control: "The Daily Show" names no host) */
static void show_named_for_its_host(void)
{
	struct fixture f = run("Sitting down with MSNBC's \"The Rachel Maddow Show\" on Thursday, "
			       "Hillary Clinton remarked that she was surprised.\n\n"
			       "\"It is over,\" Maddow said.\n\n"
			       "On \"The Daily Show\" Jon Stewart said the race was over.\n");

	speaker_resolves(&f, "Maddow", "Rachel Maddow");
	speaker_resolves(&f, "Jon Stewart", "Jon Stewart");
	done(&f);
}

/* "reports USA Today": a capitalised "Today" after a name's word is the name's, no time after
 * the source (control: "said Smith today") */
static void today_inside_a_name(void)
{
	struct fixture f = run("The plan failed, reports USA Today.\n\n"
			       "The plan worked, said Smith today.\n");

	speaker_resolves(&f, "USA Today", "USA Today");
	speaker_resolves(&f, "Smith", "Smith");
	done(&f);
}

/* "An investigator quoted by the newspaper": the person up to the participle, who spoke to the
 * paper; not so for a statement "released by" a body, whose words they are. */
static void source_before_an_agent_participle(void)
{
	struct fixture f =
		run("The police searched the house on Monday. An investigator quoted by "
		    "the newspaper said the fire was set.\n\n"
		    "Leaked reports seen by Reuters said the plant would close.\n\n"
		    "A statement released by the ministry said the talks would resume.\n");

	speaker_resolves(&f, "An investigator quoted by the newspaper", "An investigator");
	speaker_resolves(&f, "Leaked reports seen by Reuters", "Leaked reports");
	speaker_resolves(&f, "A statement released by the ministry",
			 "A statement released by the ministry");
	done(&f);
}

int main(void)
{
	RUN(linking_adverb_first);
	RUN(asked_is_the_person_asked);
	RUN(introduction_before_a_comma);
	RUN(particle_opening_a_sentence);
	RUN(day_after_source);
	RUN(source_left_hanging);
	RUN(quoted_fragment_as_subject);
	RUN(month_as_a_given_name);
	RUN(adverb_before_a_source);
	RUN(subject_after_which);
	RUN(participle_in_a_relative_clause);
	RUN(who_after_a_comma);
	RUN(name_after_a_bodys_role);
	RUN(tag_after_a_phrase);
	RUN(headline_verb_ends_a_name);
	RUN(headline_verbs_and_nouns);
	RUN(second_verb_after_an_aside);
	RUN(time_after_the_source);
	RUN(relative_clause_after_a_name);
	RUN(participle_with_agent);
	RUN(subjects_read_back);
	RUN(name_after_the_last_comma);
	RUN(bracket_inside_a_source);
	RUN(initial_a_inside_a_name);
	RUN(second_verb_of_a_clause);
	RUN(adverb_before_a_name);
	RUN(tonight_after_the_source);
	RUN(participle_phrase_before_the_subject);
	RUN(given_name_or_surname_that_is_a_word);
	RUN(name_words_that_are_places);
	RUN(title_of_the_other_sex);
	RUN(show_named_for_its_host);
	RUN(today_inside_a_name);
	RUN(source_before_an_agent_participle);
	return CHECK_DONE();
}
