/* Unit tests of who a claim's speaker is on real news pages' constructions: each resolution rule
 * (participles and nouns that open a sentence, clauses inside a subject, introductions, relative
 * clauses, the writer, groups that spoke before) with the text it was written for. */
#include "claims_fixture.h"

/* a name joined by "and" is named whole, not as its last part; a role keeps the person */
static void name_joined_by_and(void)
{
	struct fixture f = run("Tourism is critical to the economy, according to the World Travel "
			       "and Tourism Council.\n\n"
			       "Sales fell, according to Procter and Gamble.\n\n"
			       "Prices rose, said Smith and Wesson spokesman John Doe.\n");

	speaker_resolves(&f, "the World Travel and Tourism Council",
			 "World Travel and Tourism Council");
	speaker_resolves(&f, "Procter and Gamble", "Procter and Gamble");
	speaker_resolves(&f, "Smith and Wesson spokesman John Doe", "John Doe");
	done(&f);
}

/* a participle with its agent after a noun is part of the source, and the source is the noun's:
 * the reports, the memo, not Reuters or CNN */
static void participle_with_agent(void)
{
	struct fixture f = run("Intelligence reports seen by Reuters suggest that the general has "
			       "been mapping out a vision.\n\n"
			       "A memo reviewed by CNN said the plan was dead.\n\n"
			       "He was arrested by police, Smith said.\n");

	speaker_resolves(&f, "Intelligence reports seen by Reuters",
			 "Intelligence reports seen by Reuters");
	speaker_resolves(&f, "A memo reviewed by CNN", "A memo reviewed by CNN");
	speaker_resolves(&f, "Smith", "Smith");
	done(&f);
}

static void participle_opening_is_nobody(void)
{
	struct fixture f = run("President Barack Obama spoke to the BBC on Friday.\n\n"
			       "The interview was long.\n\n"
			       "Talking about how he was feeling, he said \"every leader has "
			       "strengths and weaknesses\".\n");

	speaker_resolves(&f, "he", "Barack Obama");
	done(&f);
}

static void noun_opening_is_nobody(void)
{
	struct fixture f = run("\"I was shocked,\" said Tyler Besecker, the largest buyer.\n\n"
			       "Fresh halibut fillets routinely sell for $24 a pound.\n\n"
			       "He said there is little room for a profit.\n");

	speaker_resolves(&f, "He", "Tyler Besecker");
	done(&f);
}

static void pronoun_of_a_clause_inside(void)
{
	struct fixture f = run("Ammar Askar wrote a post. Askar has released attack code he said "
			       "exploits the flaw.\n");

	speaker_resolves(&f, "he", "Ammar Askar");
	done(&f);
}

static void introduction_before_a_comma(void)
{
	struct fixture f = run("After nearly 20 years of hostile relations, the American "
			       "government said it would lift sanctions.\n");

	speaker_resolves(&f, "the American government", "the American government");
	done(&f);
}

static void relative_clause_after_a_phrase(void)
{
	struct fixture f = run("A sense of grief is growing among New Zealand's indigenous "
			       "people, who say that whales are their ancestors.\n");

	speaker_resolves(&f, "who", "New Zealand's indigenous people");
	done(&f);
}

static void possessive_name_in_a_description(void)
{
	struct fixture f = run("Daniel Rothman searched online. A colleague of Rothman's then "
			       "remembered that a student had worked there.\n");

	speaker_resolves(&f, "A colleague of Rothman's", "A colleague of Rothman's");
	done(&f);
}

static void numbered_description_then_name(void)
{
	struct fixture f = run("One commenter, Bruce Van Horn, noted that the jobs already assume "
			       "many skills.\n");

	speaker_resolves(&f, "One commenter, Bruce Van Horn", "Bruce Van Horn");
	done(&f);
}

static void contracted_pronoun(void)
{
	struct fixture f = run("Fernando Caudevilla runs the lab. He'd said that the tests were "
			       "cheap.\n");

	speaker_resolves(&f, "He'd", "Fernando Caudevilla");
	done(&f);
}

static void page_word_inside_a_name(void)
{
	struct fixture f = run("The Food Standards Agency said that DNP was dangerous.\n\n"
			       "\"Do not take any tablets,\" it said in a statement.\n");

	speaker_resolves(&f, "The Food Standards Agency", "Food Standards Agency");
	speaker_resolves(&f, "it", "Food Standards Agency");
	done(&f);
}

static void particle_opening_a_sentence(void)
{
	struct fixture f = run("The neon sign, Luis de Miranda writes, changed cities.\n\n"
			       "De Miranda points out that businesses embraced neon.\n");

	speaker_resolves(&f, "De Miranda", "Luis de Miranda");
	done(&f);
}

static void short_name_before_a_comma(void)
{
	struct fixture f = run("Ellen Fetter worked for Lorenz. Margaret Hamilton later won a "
			       "Margaret Hamilton Lego minifigure.\n\n"
			       "Fetter, for her part, continued to program. \"I said forget it,\" "
			       "she said.\n");

	speaker_resolves(&f, "she", "Ellen Fetter");
	done(&f);
}

static void first_person_writer(void)
{
	struct fixture f = run("By Ann Lee\n\nThe president spoke for an hour.\n\n"
			       "I asked how many minds he had changed.\n");
	struct fixture g = run("The president spoke for an hour.\n\n"
			       "I asked how many minds he had changed.\n");

	speaker_resolves(&f, "I", "Ann Lee");
	speaker_resolves(&g, "I", "I (the writer)");
	done(&f);
	done(&g);
}

/* the person of a byline that says more than a name: a date, a degree after a comma; two
 * writers are no one "I" */
static void first_person_byline_person(void)
{
	static const char *const by[][2] = {{"By Ann Lee March 3, 2015", "Ann Lee"},
					    {"By Ann Lee, MA", "Ann Lee"},
					    {"By Ann Lee and Bo Chan", "I (the writer)"}};
	char buf[256];

	for (size_t i = 0; i < sizeof(by) / sizeof(by[0]); i++) {
		snprintf(buf, sizeof(buf),
			 "%s\n\nThe president spoke for an hour.\n\n"
			 "I asked how many minds he had changed.\n",
			 by[i][0]);
		struct fixture f = run(buf);
		speaker_resolves(&f, "I", by[i][1]);
		done(&f);
	}
}

static void group_that_spoke_before(void)
{
	struct fixture f = run("Obama administration officials said that they had briefed the "
			       "team.\n\n"
			       "They said that Sudan had a long way to go.\n\n"
			       "Con Edison officials said the pipes were old. To fix it, the "
			       "officials said, the utility acted.\n");

	speaker_resolves(&f, "They", "Obama administration officials");
	speaker_resolves(&f, "the officials", "Con Edison officials");
	done(&f);
}

static void possessive_pronoun_and_role(void)
{
	struct fixture f = run("Morgan Tsvangirai flew home.\n\n"
			       "He was tired, his spokesman said.\n");

	speaker_resolves(&f, "his spokesman", "Morgan Tsvangirai's spokesman");
	done(&f);
}

/* The number of claims whose rendered line (claims_render) holds `part`. */
static size_t rendered_with(const struct fixture *f, const char *part)
{
	size_t n = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		struct buf b;
		buf_init(&b);
		claims_render(&b, f->d, &f->l->items[i], NULL);
		buf_putc(&b, '\0');
		if (strstr(b.data, part))
			n++;
		buf_free(&b);
	}
	return n;
}

static void source_after_a_preposition(void)
{
	struct fixture f = run("On the Democratic side Pate backed both John Edwards and Chris "
			       "Dodd for president.\n\n"
			       "With each character repeated as if to convey a person speaking "
			       "slowly, the sign glowed.\n");

	speaker_resolves(&f, "Pate", "Pate");
	CHECK_EQ(rendered_with(&f, "With each character"), 0);
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

static void nobody_said(void)
{
	struct fixture f = run("No official said that the plan had failed.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void numbered_part_before_a_colon(void)
{
	struct fixture f = run("Part One: The Wars in Heaven\n\nThe Chozo lived in peace.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void capitalised_cue_is_a_name(void)
{
	struct fixture f =
		run("The console runs titles like Call of Duty: WW2 and others.\n\n"
		    "Set in a small coastal town, Call Me Maybe is a gentle film about summer.\n\n"
		    "Obama Says Gun Laws Are His Biggest Frustration\n");

	CHECK_EQ(f.l->n, 1); /* the headline in title case keeps its claim */
	CHECK_EQ(rendered_with(&f, "Obama Says"), 1);
	done(&f);
}

static void thing_called_a_name(void)
{
	struct fixture f = run("The group, called Energy Control, tests drugs. Lorenz found a "
			       "shape called a strange attractor.\n\n"
			       "Critics called it a disaster.\n");

	CHECK_EQ(f.l->n, 1);
	speaker_resolves(&f, "Critics", "Critics");
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

static void introduction_is_no_content(void)
{
	struct fixture f = run("In a wide-ranging interview, President Obama also said:\n\n"
			       "The economy is stronger.\n");

	CHECK_EQ(rendered_with(&f, "In a wide-ranging interview"), 0);
	done(&f);
}

static void expectation_nobody_holds(void)
{
	struct fixture f = run("His father was Kenyan and the president is expected to meet "
			       "relatives in Nairobi.\n");

	CHECK_EQ(rendered_with(&f, "Unattributed (expectation): the president is expected"), 1);
	CHECK_EQ(rendered_with(&f, "Expected"), 0);
	done(&f);
}

static void short_capitals_are_no_company(void)
{
	struct fixture f = run("Microsoft Corp. built the new console. It does not offer VR yet. "
			       "It is exactly what the company promised: the fastest console.\n");

	speaker_resolves(&f, "the company", "Microsoft Corp.");
	done(&f);
}

static void object_of_a_participle_before_a_comma(void)
{
	struct fixture f = run("In the post announcing the Energy Control service, the group "
			       "promised that all profits would go to the project.\n");

	speaker_resolves(&f, "the group", "Energy Control");
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

static void thing_discussed_somewhere(void)
{
	struct fixture f = run("This lets you use the querying functionality discussed above. The "
			       "principles discussed in this chapter are simple. Analysts "
			       "discussed the plan.\n");

	CHECK_EQ(rendered_with(&f, "discussed (paraphrase): above"), 0);
	CHECK_EQ(rendered_with(&f, "discussed (paraphrase): in this chapter"), 0);
	done(&f);
	f = run("Monitor some form of the four golden signals (discussed in The Four Golden "
		"Signals) on every page.\n");
	CHECK_EQ(rendered_with(&f, "discussed"), 0);
	done(&f);
}

static void one_lowercase_word(void)
{
	struct fixture f = run("Her style is subtle, letting us feel how places move us. Critics "
			       "say the film is long. Research shows that it works. People think "
			       "it is fine.\n");

	CHECK_EQ(rendered_with(&f, "subtle"), 0);
	speaker_resolves(&f, "Critics", "Critics");
	speaker_resolves(&f, "Research", "Research");
	speaker_resolves(&f, "People", "People");
	done(&f);
}

static void it_is_the_thing_before(void)
{
	struct fixture f = run("The study is published in a journal. It found that peanut snacks "
			       "prevent allergies.\n\n"
			       "A martial law proclamation banned all political activity. It also "
			       "ordered the doctors to return to work.\n");

	speaker_resolves(&f, "It", "The study");
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

static void people_of_a_body(void)
{
	struct fixture f = run("Some members of Congress want to cut taxes. Now prosecutors in "
			       "San Francisco and Los Angeles say the checks failed.\n");

	speaker_resolves(&f, "Some members of Congress", "Some members of Congress");
	speaker_resolves(&f, "prosecutors in San Francisco and Los Angeles",
			 "prosecutors in San Francisco and Los Angeles");
	done(&f);
}

static void no_sex_for_a_name_when_a_person_is_near(void)
{
	struct fixture f = run("Mark Zuckerberg spoke at a trial. He said buying startups takes "
			       "years.\n\n"
			       "Instagram was one such purchase. He said that it was worth it.\n");

	REQUIRE_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "that it was worth it", "He", "said", "Mark Zuckerberg");
	done(&f);
}

static void company_of_unknown_kind(void)
{
	struct fixture f = run("During the siege, Uber raised its prices. Soon after, Uber offered "
			       "free rides.\n\n"
			       "The company said that it would screen its drivers.\n");

	speaker_resolves(&f, "The company", "Uber");
	done(&f);
}

static void role_description_is_a_mention(void)
{
	struct fixture f =
		run("President Barack Obama spoke to the BBC.\n\n"
		    "Analysis: Jon Sopel, BBC News, Washington\n\n"
		    "A flicker crossed the president's face before he said that Congress "
		    "would come round.\n");

	speaker_resolves(&f, "he", "Barack Obama");
	done(&f);
}

/* "which" after a name that is no subject (after a preposition, or with its edition's year) is
 * that name; after a time it is no one */
static void which_after_a_name(void)
{
	struct fixture f =
		run("Take a look at the World Drug Report, which reports that cocaine in "
		    "Spain is just over 40 percent pure.\n");
	struct fixture g = run("Take a look at the World Drug Report 2014, which reports that "
			       "cocaine in Spain is just over 40 percent pure.\n");

	speaker_resolves(&f, "which", "World Drug Report");
	speaker_resolves(&g, "which", "the World Drug Report 2014");
	done(&f);
	done(&g);
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

/* someone described, not named ("An IBM spokeswoman", "a Sun spokesman") is who "the
 * spokeswoman" and a "she" or "he" no name fits are, without the article; "a source" alone is
 * not carried on */
static void described_someone_carried_on(void)
{
	struct fixture f = run(
		"An IBM spokeswoman said the company told customers Monday about the bugs.\n\n"
		"IBM has no plans to recall its cards, the spokeswoman said. \"We do not look at "
		"this as a major problem,\" she said.\n\n"
		"\"We have not modified our schedules,\" said a Sun spokesman. To switch vendors "
		"\"would not be an option,\" he said.\n");

	speaker_resolves(&f, "An IBM spokeswoman", "IBM spokeswoman");
	speaker_resolves(&f, "the spokeswoman", "IBM spokeswoman");
	speaker_resolves(&f, "she", "IBM spokeswoman");
	speaker_resolves(&f, "he", "Sun spokesman");
	done(&f);
}

/* "The official said ... He added": a "he" no name fits is the official described before,
 * "the" or not, unless it stands inside what the official said */
static void the_official_carried_on(void)
{
	struct fixture f = run("The alliance will admit two members in May, an official of the "
			       "alliance said on Monday.\n\n"
			       "The official said that no date had been fixed.\n\n"
			       "He added that a ceremony would follow in June.\n");

	speaker_resolves(&f, "He", "The official");
	done(&f);
	/* a "he" inside what the official says is someone else */
	f = run("The official said that he had seen no report.\n");
	CHECK(f.l->n == 1 || !f.l->items[1].speaker_resolved ||
	      strcmp(f.l->items[1].speaker_resolved, "The official") != 0);
	done(&f);
}

/* A "he" goes to someone described as a speaker since the last person named ("said a Sun
 * spokesman. ... he said"), not to a man named further back; a man named after the described
 * speaker is nearer and keeps it ("Tom Reed ... He said") */
static void described_someone_nearer_than_a_name(void)
{
	struct fixture f = run(
		"\"Delays are normal,\" said Peter Vance, director of research at Orbit Labs.\n\n"
		"Tern Systems said its plans were unchanged. \"We have not moved our dates,\" said "
		"a Tern spokesman. Changing suppliers \"is not an option,\" he said.\n\n"
		"\"Prices will rise,\" said a Kestrel spokesman. Tom Reed, a trader, disagreed. He "
		"said the market was calm.\n");

	speaker_resolves(&f, "he", "Tern spokesman");
	speaker_resolves(&f, "He", "Tom Reed");
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
 * last comma or dash, with a person's name (or a place and "the alliance") is that last part's */
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

	speaker_resolves(&f, "Czech Republic, President Vaclav Havel", "Vaclav Havel");
	speaker_resolves(&f, "the deployment of troops, including 4,000 soldiers, Albright",
			 "Madeleine Albright");
	speaker_resolves(&f, "the ticketing portion of the company's unit -- Mr. Havel",
			 "Vaclav Havel");
	speaker_resolves(&f, "Spain, the alliance", "the alliance");
	speaker_resolves(&f, "Jon Alterman, an analyst", "Jon Alterman");
	/* a list of people is no description before a name */
	speaker_resolves(&f, "neurosurgeon Ben Carson, Christie and Paul", "Ben Carson");
	done(&f);
}

/* a company's name keeps the full stop of its abbreviation, named again as "the company" too;
 * a sentence's full stop after a name is no part of it */
static void abbreviation_keeps_its_stop(void)
{
	struct fixture f =
		run("Control Data Corp. thinks it will be healthy enough soon.\n\n"
		    "Moreover, the company now sees alliances as the way back.\n\n"
		    "The chairman met Mr. Price. \"We don't need the cash,\" said Price.\n\n"
		    "Harbor Foods Cos. said it will close two plants.\n\n"
		    "The plan drew no comment. The F.T.C. said it would look at the deal.\n");

	speaker_resolves(&f, "Control Data Corp.", "Control Data Corp.");
	speaker_resolves(&f, "Harbor Foods Cos.", "Harbor Foods Cos.");
	speaker_resolves(&f, "the company", "Control Data Corp.");
	speaker_resolves(&f, "Price", "Price");
	speaker_resolves(&f, "The F.T.C.", "F.T.C.");
	done(&f);
}

/* "they" after a subject ending in "ss" is no plural subject: the group that spoke before */
static void business_is_no_plural(void)
{
	struct fixture f =
		run("Control Data's chip business, VTC Inc., continues to lose money, the "
		    "executives acknowledged, but they said they consider the technology "
		    "vital to defense.\n");

	speaker_resolves(&f, "they", "the executives");
	done(&f);
}

/* a title opened by a place ("U.S. Secretary of State") is read through to the person named */
static void title_after_a_place(void)
{
	struct fixture f =
		run("U.S. Secretary of State Madeleine Albright said on Tuesday that she "
		    "was heartened by the cooperation.\n\n"
		    "Former Director of the FBI Louis Freeh said the case was open.\n");

	speaker_resolves(&f, "U.S. Secretary of State Madeleine Albright", "Madeleine Albright");
	speaker_resolves(&f, "Former Director of the FBI Louis Freeh", "Louis Freeh");
	done(&f);
}

/* "these officials", like "the officials", are the group that spoke last */
static void these_officials_spoke_before(void)
{
	struct fixture f = run("Kopp was driven to Mexico by a friend, federal officials have "
			       "said.\n\n"
			       "A videotape shows the woman's car returning from Mexico, these "
			       "officials said.\n");

	speaker_resolves(&f, "these officials", "federal officials");
	done(&f);
}

/* a source read as the roles of an apposition ("chief executive" after "Robert M. Price,
 * chairman and") is the person named before the comma */
static void roles_after_a_name(void)
{
	struct fixture f =
		run("Control Data Corp. thinks it will be healthy.\n\n"
		    "\"We have completed the transition,\" Robert M. Price, chairman and "
		    "chief executive, said in an interview.\n");

	speaker_resolves(&f, "chief executive", "Robert M. Price");
	done(&f);
}

/* a plural after a place and its comma ("In Port Lavel, officials say") is many people, no
 * role of a name before the comma */
static void plural_after_a_name(void)
{
	struct fixture f = run("Rain fell all week. In the hill town of Port Lavel, officials say "
			       "the slope could give way.\n");

	speaker_resolves(&f, "officials", "officials");
	done(&f);
}

/* a description whose apposition follows the source span ("The head of the FBI
 * investigation" before "in Dar es Salaam, Kenneth Piernick,") is the person named in it */
static void apposition_after_the_source(void)
{
	struct fixture f = run("The head of the FBI investigation in Dar es Salaam, Kenneth "
			       "Piernick, said the bureau has questioned more than 100 people "
			       "there, but indicated that most of the interrogations had led "
			       "nowhere.\n");

	speaker_resolves(&f, "The head of the FBI investigation", "Kenneth Piernick");
	done(&f);
}

/* a possessive description whose name follows it set off by commas, the source ending before
 * the name: the person named there */
static void apposition_after_a_possessive(void)
{
	struct fixture f = run("Mara Lind's elder brother, Tomas Lind, is trying to keep the farm, "
			       "saying he can run it better than anyone.\n");

	speaker_resolves(&f, "Mara Lind's elder brother", "Tomas Lind");
	done(&f);
}

/* a name that opens a market report's sentence before a price's move is a company, which "the
 * company" and "the software concern" then are; not a bare "the concern", a worry */
static void company_by_its_share_price(void)
{
	struct fixture f =
		run("Stocks were mixed on Friday in heavy trading.\n\n"
		    "Borlen eased 1/8 to 31 7/8. The software concern said the delay will be "
		    "brief.\n\n"
		    "Kessel Medical fell 4 to 15. The company said its earnings will be lower.\n\n"
		    "Weisman's jumped 9 to 39 after the jewelry store operator said it is in "
		    "talks.\n");

	speaker_resolves(&f, "The software concern", "Borlen");
	speaker_resolves(&f, "The company", "Kessel Medical");
	speaker_resolves(&f, "the jewelry store operator", "Weisman");
	done(&f);
}

/* a kin word named by no one before, in a story's lead, is the person the story names by it
 * later; a role that is no kin word ("The spokesman") is not */
static void kin_named_later(void)
{
	struct fixture f = run("The grandmother of Tomas Berg said she will travel to the city to "
			       "bring the boy home.\n\n"
			       "The spokesman said the talks went well.\n\n"
			       "Thousands marched in the capital on Friday.\n\n"
			       "Tomas's paternal grandmother, Ana, told reporters that she was "
			       "ready to go.\n\n"
			       "Another spokesman, Karl Wendt, said more talks are planned.\n");

	speaker_resolves(&f, "The grandmother of Tomas Berg", "Ana");
	speaker_resolves(&f, "The spokesman", "The spokesman");
	done(&f);
}

/* a participle on a letter that someone sent asks what the sender asks, the subject of the
 * clause that sends it, not the subject of the sentence */
static void letter_asks_for_its_sender(void)
{
	struct fixture f = run("The mayor was angry on Monday when the boy's father, Juan Ortiz, "
			       "sent a letter to the governor asking that his son be moved.\n");

	speaker_resolves(&f, "the boy's father", "Juan Ortiz");
	done(&f);
}

/* "Some" opening a sentence are some of the people the sentence before is about; "Many" is
 * left alone, and "Some" after a subject that is no people stays as written */
static void some_of_the_people_before(void)
{
	struct fixture f =
		run("Bond traders were even more careful after a hard year. Some had "
		    "predicted gains of more than 5 percent.\n\n"
		    "Farm voters turned out in large numbers. Many said the vote was "
		    "close.\n\n"
		    "Prices rose sharply last week. Some said the rise would not last.\n");

	speaker_resolves(&f, "Some", "Bond traders");
	speaker_resolves(&f, "Many", "Many");
	done(&f);
}

/* "they" after a plural noun for people that opens its sentence alone, capitalized only there,
 * is those people; a surname that ends the same way is no group */
static void they_after_an_opening_plural(void)
{
	struct fixture f = run("Grain brokers met on Monday. Traders said buying was thin. They "
			       "said the rupee would weaken.\n");

	speaker_resolves(&f, "They", "Traders");
	done(&f);
	f = run("Sales fell in May. Summers said buying was thin. They said the rupee would "
		"weaken.\n");
	speaker_resolves(&f, "They", NULL);
	done(&f);
}

/* "they" in a tag set off after what was said is not the subject of what was said, which may
 * be a plural ("That's leaving small savers ..., they said"): the group that spoke before */
static void they_in_a_tag_after_content(void)
{
	struct fixture f =
		run("Brokers said the market stayed quiet all week. That's leaving small "
		    "savers with cold feet, they said, and keeping banks away.\n");

	speaker_resolves(&f, "they", "Brokers");
	done(&f);
}

/* "the official Karvian News Agency": "official" before an organisation's name is an adjective,
 * no role of the agency; "The official" later is the official who spoke before */
static void official_agency_is_no_official(void)
{
	struct fixture f = run("Inspectors visited three sites, the official Karvian News Agency "
			       "said. A Karvian official, speaking on condition of anonymity, said "
			       "the team would stay. The official said the palaces were closed.\n");

	speaker_resolves(&f, "The official", "Karvian official");
	done(&f);
}

/* a plural that opens a sentence ("Rebels claimed") is nobody "she" or "he" refers to; one word
 * with a verb of the singular after it ("Marens faces") may be a surname */
static void plural_opener_is_no_she(void)
{
	struct fixture f =
		run("Rebels claimed the town on Friday. She claimed the army had fled.\n");

	speaker_resolves(&f, "She", NULL);
	done(&f);
	f = run("Marens faces a vote on Friday. He said the party would back him.\n");
	speaker_resolves(&f, "He", "Marens");
	done(&f);
}

/* "he" after "a senior dealer with Marlow Securities noted ...": the dealer (the head before the
 * preposition), though what the dealer said names a man */
static void dealer_with_a_firm(void)
{
	struct fixture f =
		run("Dealers said trading was thin. A senior dealer with Marlow Securities "
		    "noted that Kestrel Gas fell on Mr. Varn's departure.\n\n"
		    "He said the volume came from selling abroad.\n");

	speaker_resolves(&f, "He", "senior dealer with Marlow Securities");
	done(&f);
}

/* a one-word head that a preposition qualifies ("A spokesman for the utility") is someone a later
 * "he" is; a class of shares named in between ("Class B shares") never speaks */
static void spokesman_for_a_firm(void)
{
	struct fixture f =
		run("Harlow Power Ltd. said it will sell preferred shares. The shares will "
		    "be convertible into Class B shares. A spokesman for the utility said the "
		    "price was not set. He declined to discuss the size of the sale.\n");

	speaker_resolves(&f, "He", "spokesman for the utility");
	done(&f);
}

/* "the letter" that a claim before says someone sent is that sender's ("Nurses sent a letter
 * ... urging"); a letter no one is said to send stays as written */
static void letter_is_its_senders(void)
{
	struct fixture f =
		run("Last week, a union of hospital nurses sent a letter to the city council "
		    "urging it to act.\n\n"
		    "\"We cannot keep the wards open,\" the letter reads.\n");

	speaker_resolves(&f, "the letter", "a union of hospital nurses");
	done(&f);
	f = run("A letter arrived on Monday.\n\n\"We cannot keep the wards open,\" the letter "
		"reads.\n");
	speaker_resolves(&f, "the letter", "the letter");
	done(&f);
}

/* "who" after "and" goes on the relative clause opened before it; the preposition before that
 * clause's noun phrase is no word of it */
static void second_who_of_a_clause(void)
{
	struct fixture f =
		run("The plan was opposed by Mara's Dallas cousins, who are fighting to "
		    "keep the farm and who have said they think Varn is being misled.\n");

	speaker_resolves(&f, "who", "Mara's Dallas cousins");
	done(&f);
}

/* a title made plural ("Presidents Tomas Varn of Karvia and Edo Lasko") is no word of the
 * first name after it */
static void plural_title_before_two_names(void)
{
	struct fixture f =
		run("Presidents Tomas Varn of Karvia and Edo Lasko of Brenia signed a trade "
		    "plan Friday. Varn said the treaty would help both nations.\n");

	speaker_resolves(&f, "Varn", "Tomas Varn");
	done(&f);
}

/* "it" opening a sentence is the company that was the subject of what analysts said just
 * before, not the analysts; a company that said it is no such subject's */
static void it_after_what_was_said(void)
{
	struct fixture f =
		run("Kestrel Corp. has been losing money for years. But analysts say "
		    "Kestrel is a special case. It expects to post a loss for the year.\n");

	speaker_resolves(&f, "It", "Kestrel Corp.");
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

/* "they" is the plural subject of its own sentence even when that word opens the sentence with
 * its capital ("Authorities"), before a group that spoke earlier */
static void capitalised_plural_subject(void)
{
	struct fixture f =
		run("Federal officials said the woman drove to Mexico.\n\n"
		    "Authorities obtained a warrant for Kopp after they said his car was "
		    "spotted in Amherst.\n");

	speaker_resolves(&f, "they", "Authorities");
	done(&f);
}

/* a person's noun before a place ("The Iraqi ambassador to Chile", "an Iraqi Trade Ministry
 * official in Basra") is the person described, not the nation's adjective or the body */
static void person_noun_before_a_place(void)
{
	struct fixture f = run("Iraq closed its border. The Iraqi ambassador to Chile said in "
			       "Santiago that the border would open soon. A radio station quoted "
			       "an Iraqi Trade Ministry official in Basra as saying the trucks "
			       "would wait.\n");

	speaker_resolves(&f, "The Iraqi ambassador to Chile", "The Iraqi ambassador to Chile");
	speaker_resolves(&f, "an Iraqi Trade Ministry official in Basra",
			 "an Iraqi Trade Ministry official in Basra");
	done(&f);
}

/* a role that opens the sentence with its capital ("Spokesman Yuri Petrov") is no word of the
 * person's name */
static void role_opening_a_sentence(void)
{
	struct fixture f = run("The ministry said the first group would leave by bus. Spokesman "
			       "Yuri Petrov said the group would reach the border on Friday.\n");

	speaker_resolves(&f, "Spokesman Yuri Petrov", "Yuri Petrov");
	done(&f);
}

/* "the small nation of Chile" speaks as Chile */
static void nation_of_a_place(void)
{
	struct fixture f = run("Troops gathered near the border. The small nation of Chile said "
			       "today its ships would join the fleet.\n");

	speaker_resolves(&f, "The small nation of Chile", "Chile");
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

/* "Mr." after a company's abbreviated name opens a sentence the stop hid: the subject is the
 * title and the name, not the company and the words before it */
static void title_after_an_abbreviation(void)
{
	struct fixture f = run("Pia Lund works for the dealer Nord Berg Ltd. Mr. Lund said he "
			       "doubts the two men are close to a deal.\n");

	speaker_resolves(&f, "Mr. Lund", "Pia Lund");
	done(&f);
}

/* a city and its state's abbreviation, where a business is, are places: never a speaker nor the
 * company a later "the company" means; a business is called by the first word of its name; a
 * description led by the place is the business named before */
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

static void city_and_state(void)
{
	struct fixture f =
		run("Tarrow Fasteners Inc. said its sales rose.\n\n"
		    "The Millbrook, Ill., maker of bolts also said it expects higher "
		    "prices. The company said demand was weak.\n\n"
		    "Dunmore Savings Bank said a plan to sell branches to Harbor Trust "
		    "Bank, of Lyle, S.C., fell through. Dunmore also said it would "
		    "take a charge. The bank said it would try again.\n\n"
		    "Galt Mining Corp. and Pell Steel Co. agreed to merge. Galt and "
		    "Pell said the deal would close in May.\n\n"
		    "Tulk Leather Co. sold boots. The Tyler, Texas, maker of boots and "
		    "leather belts said prices would rise. The consumer-products and "
		    "newsprint company said sales fell.\n\n"
		    "Ann Kell, Ohio Secretary of State, objected. \"It has to stop,\" Kell "
		    "said.\n");

	speaker_resolves(&f, "The Millbrook, Ill., maker of bolts", "Tarrow Fasteners Inc.");
	speaker_resolves(&f, "The company", "Tarrow Fasteners Inc.");
	speaker_resolves(&f, "Dunmore", "Dunmore Savings Bank");
	speaker_resolves(&f, "The bank", "Dunmore Savings Bank");
	speaker_resolves(&f, "Galt and Pell", "Galt and Pell");
	speaker_resolves(&f, "The Tyler, Texas, maker of boots and leather belts",
			 "Tulk Leather Co.");
	speaker_resolves(&f, "The consumer-products and newsprint company", "Tulk Leather Co.");
	speaker_resolves(&f, "Kell", "Ann Kell");
	done(&f);
}

/* an opening phrase that ends in a city and its state: the subject starts after the state */
static void state_ends_an_opening(void)
{
	struct fixture f =
		run("Votes were counted.\n\n"
		    "At a rally in Keene, N.H., on Tuesday, Senator Ann Probst of Vermont "
		    "endorsed the plan, saying it would pass.\n\n"
		    "Ortiz has made schools central to her campaign. Following a flood "
		    "last year in Galton, Ore., she issued a plan: President Voss later "
		    "adopted it.\n\n"
		    "She said the plan would work.\n");

	speaker_resolves(&f, "Senator Ann Probst of Vermont", "Ann Probst");
	speaker_resolves(&f, "She", "Ortiz");
	done(&f);
}

/* an organisation named for its aim keeps all of it ("to" and a capitalised verb, "Our"), and
 * its initials in brackets name it too; a headline's capitals are no such name */
static void name_with_its_aim(void)
{
	struct fixture f =
		run("More than 900 people marched, according to the event organizer League to "
		    "Save Our Parks (LSOP).\n\n"
		    "The LSOP said the city had cut the budget.\n");

	speaker_resolves(&f, "the event organizer League to Save Our Parks (LSOP)",
			 "League to Save Our Parks");
	speaker_resolves(&f, "The LSOP", "League to Save Our Parks");
	done(&f);
}

/* "they" after people joined by "and" spoke, the claim just before: one of them, named */
static void they_after_two_named(void)
{
	struct fixture f =
		run("Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark, "
		    "Republican of Utah, see the vote as a chance to fix it. They sent a letter on "
		    "Monday.\n\n"
		    "\"The plan is broken,\" they wrote.\n\n"
		    "But Ms. Ames and Mr. Lark say more is needed.\n\n"
		    "The fund has grown too fast, they say.\n");

	cue_speaker_resolves(&f, "they", "wrote", "Tom Lark");
	cue_speaker_resolves(&f, "they", "say", "Tom Lark");
	done(&f);
}

/* a paragraph opened by a straight quotation mark nothing closes, with no "I", "we" or "you",
 * is another writer's narration quoted: its names are antecedents ("She" is Melanie) */
static void names_in_a_quoted_excerpt(void)
{
	struct fixture f =
		run("The reporter Ann Webb wrote about Hillary Clinton and a rally in Ohio.\n\n"
		    "\"Melanie thought the whole thing was unfair. She was tired, sure.\n\n"
		    "\u201cIt never crossed my mind,\u201d she said.\n");

	speaker_resolves(&f, "she", "Melanie");
	done(&f);
}

/* A day, a month or a span of time is no one: "a poll released Sunday" is the poll, and "In the
 * first days after the vote they said" names no one "they" are (nor does the next "they") */
static void time_is_no_speaker(void)
{
	struct fixture f = run("Voters were asked.\n\n"
			       "Most back the plan, according to a poll released Sunday.\n\n"
			       "In the first days after the vote they said the count was fair.\n\n"
			       "In recent weeks they have argued that the count was wrong.\n");

	size_t they = 0;

	speaker_resolves(&f, "a poll released Sunday", "a poll");
	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		if (c->speaker.end == c->speaker.start + 4 &&
		    strncmp(f.text + c->speaker.start, "they", 4) == 0) {
			CHECK(c->speaker_resolved == NULL);
			they++;
		}
	}
	CHECK_EQ(they, 2);
	done(&f);
}

/* "the authorities" are officials a story does not name, not the body named last; a city's state
 * set off by commas goes on the phrase ("in the Lorton, Va., area"), no apposition */
static void authorities_are_unnamed(void)
{
	struct fixture f =
		run("The FBI joined the search on Monday.\n\n"
		    "The authorities said the suspect had fled.\n\n"
		    "Police in Lorton, Va., were called. The authorities in the Lorton, Va., "
		    "area said the man was armed.\n");

	speaker_resolves(&f, "The authorities", "The authorities");
	speaker_resolves(&f, "The authorities in the Lorton, Va., area",
			 "The authorities in the Lorton, Va., area");
	done(&f);
}

/* a transcript's speakers: one speaker for "NORA BLAKE:" and "BLAKE:", named as a reader
 * writes the name (capitals to title case, "Mc", "O'" and hyphens kept); an acronym or
 * capitalised words that are no known person stay as written */
static void transcript_labels_in_capitals(void)
{
	struct fixture f = run("The host spoke to two guests on Sunday.\n\n"
			       "NORA BLAKE: The mayor gave a speech on Friday.\n\n"
			       "JOHN MCKAY: He has asked for more money.\n\n"
			       "BLAKE: Do you think the money will come?\n\n"
			       "MARY O'DELL-PRICE: It will come next year.\n\n"
			       "NATO: The alliance held a meeting.\n");
	const struct claim *first = NULL, *later = NULL;

	speaker_resolves(&f, "NORA BLAKE", "Nora Blake");
	speaker_resolves(&f, "BLAKE", "Nora Blake");
	speaker_resolves(&f, "JOHN MCKAY", "John McKay");
	speaker_resolves(&f, "MARY O'DELL-PRICE", "Mary O'Dell-Price");
	speaker_resolves(&f, "NATO", "NATO");
	for (size_t i = 0; i < f.l->n; i++)
		if (f.l->items[i].speaker_resolved &&
		    strcmp(f.l->items[i].speaker_resolved, "Nora Blake") == 0) {
			if (!first)
				first = &f.l->items[i];
			else
				later = &f.l->items[i];
		}
	REQUIRE(first && later);
	CHECK_EQ(first->speaker_id, later->speaker_id);
	done(&f);
	/* a name written in mixed case too is named so */
	f = run("Nora Blake hosted the show on Sunday.\n\n"
		"BLAKE: Do you think the money will come?\n");
	speaker_resolves(&f, "BLAKE", "Nora Blake");
	done(&f);
}

/* a transcript pasted inside quotation marks: each turn opens with a mark, closed at the end
 * or never; the label after the mark is still the turn's speaker. Control: a label inside a
 * quotation later in a paragraph is no turn. */
static void transcript_turns_after_a_mark(void)
{
	struct fixture f = run("The debate ran late.\n\n"
			       "\"PENCE: We have a plan to rebuild the military.\n\n"
			       "\"KAINE: The plan does not add up, and the voters know it.\n");

	speaker_resolves(&f, "PENCE", "PENCE");
	speaker_resolves(&f, "KAINE", "KAINE");
	done(&f);
	f = run("The debate ran late.\n\n"
		"\"RAMOS: Senator, did you lie to them?\n\n"
		"\"HOLT: I did not, and I never will.\"\n\n"
		"Mills wrote \"NOTE: the figures are rough\" in the margin.\n");
	speaker_resolves(&f, "RAMOS", "RAMOS");
	speaker_resolves(&f, "HOLT", "HOLT");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(f.l->items[i].speaker.end - f.l->items[i].speaker.start != 4 ||
		      strncmp(f.text + f.l->items[i].speaker.start, "NOTE", 4) != 0);
	done(&f);
}

/* "The mayor spoke ... She said": the role that is the subject before, never the bare pronoun.
 * Controls: a person named with that role before stays the speaker, a man's role is no "she",
 * and a person named as a subject nearer stays the speaker. */
static void role_subject_before_a_pronoun(void)
{
	struct fixture f =
		run("Council backs the plan\n\n"
		    "The mayor spoke at the opening of the library on Tuesday. She said: "
		    "\"This building belongs to every family.\"\n");

	speaker_resolves(&f, "She", "the mayor");
	done(&f);
	f = run("Council backs the plan\n\n"
		"Mayor Dale Holm visited the docks on Wednesday. Pat Fry runs the yard.\n\n"
		"Later, the mayor met the workers. She said the yard would stay open.\n");
	speaker_resolves(&f, "She", "Dale Holm");
	done(&f);
	f = run("Board backs the plan\n\n"
		"The chairman spoke at the opening on Tuesday. She said the plan was sound.\n");
	speaker_resolves(&f, "She", NULL);
	done(&f);
	f = run("Board backs the plan\n\n"
		"The coach spoke at the opening on Tuesday. Tom Baker then took the stage. He "
		"said the team was ready.\n");
	speaker_resolves(&f, "He", "Tom Baker");
	done(&f);
}

/* "Asked about X, Huang said ...": the row of what was asked is the person asked's, its source
 * span still empty, and reads "Huang, asked about"; controls: a paper's tag after words that
 * the question holds is no one asked, and a question whose sentence names no one keeps no
 * speaker. */
static void asked_is_the_person_asked(void)
{
	struct fixture f =
		run("Chip maker reports results\n\n"
		    "Jensen Huang visited Taipei on Friday. Asked about the export rules, "
		    "Huang said the company would follow the law.\n");
	size_t asked = CLAIM_NONE;

	for (size_t i = 0; i < f.l->n; i++)
		if (strncmp(f.text + f.l->items[i].cue.start, "Asked", 5) == 0)
			asked = i;
	REQUIRE(asked != CLAIM_NONE);
	CHECK_STR(f.l->items[asked].speaker_resolved, "Jensen Huang");
	CHECK_EQ(f.l->items[asked].speaker.end, f.l->items[asked].speaker.start);
	CHECK(renders(&f, asked, "Jensen Huang, asked about (paraphrase): the export rules"));
	done(&f);
	f = run("Chip maker reports results\n\n"
		"The press was waiting. Asked about China, the market was calm.\n");
	for (size_t i = 0; i < f.l->n; i++)
		if (strncmp(f.text + f.l->items[i].cue.start, "Asked", 5) == 0)
			CHECK(f.l->items[i].speaker_resolved == NULL);
	done(&f);
}

/* "they" is never given "others" (a quantifier alone names no group); control: a plural
 * noun for people that spoke before still is "they" */
static void they_is_no_bare_quantifier(void)
{
	struct fixture f =
		run("Poll finds voters split\n\n"
		    "Many voters stayed home, and others said they would vote for Smith.\n\n"
		    "The poll was taken on Monday. The poll was wrong, they said.\n");

	speaker_resolves(&f, "they", NULL);
	done(&f);
	f = run("Poll finds voters split\n\n"
		"Analysts said the poll was close.\n\n"
		"The poll was taken on Monday. The poll was wrong, they said.\n");
	speaker_resolves(&f, "they", "Analysts");
	done(&f);
}

/* "Gov. Chris Christie ... The governor added:" and a quotation of its own paragraph that names
 * another person: the governor, whom the short title named; control: "Sen." is a senator's
 * title, no governor's. */
static void short_title_is_a_role(void)
{
	struct fixture f =
		run("Christie hits Clinton\n\n"
		    "New Jersey Gov. Chris Christie spoke on Fox News on Wednesday.\n\n"
		    "The governor added:\n\n"
		    "\"Hillary Clinton has no idea what this country needs. She has never "
		    "run anything. I have run a state for seven years.\"\n");

	speaker_resolves(&f, "The governor", "Chris Christie");
	done(&f);
	f = run("Rubio hits Clinton\n\n"
		"Sen. Marco Rubio spoke on Fox News on Wednesday.\n\n"
		"The governor added that taxes were too high.\n");
	speaker_resolves(&f, "The governor", "The governor");
	done(&f);
}

/* "the senator" after a subject of no known role in its paragraph's sentence before is no
 * senator named paragraphs before (PolNeAR train: Rubio, not Sanders); control: one named
 * with the role in that sentence is. */
static void role_after_another_subject(void)
{
	struct fixture f =
		run("Rivals campaign in the state\n\n"
		    "Senator Bernie Sanders spoke in Manchester on Monday.\n\n"
		    "Rubio sought to stoke energy at his office. Walking in, the senator "
		    "said the campaign was strong.\n");

	speaker_resolves(&f, "the senator", "the senator");
	done(&f);
	f = run("Rivals campaign in the state\n\n"
		"Rubio spoke in Manchester on Monday.\n\n"
		"Senator Bernie Sanders went to his office. Walking in, the senator said the "
		"campaign was strong.\n");
	speaker_resolves(&f, "the senator", "Bernie Sanders");
	done(&f);
}

/* "Dana's father criticized ... He repeated": the father, as the source before named him */
static void pronoun_after_a_possessive_kin(void)
{
	struct fixture f =
		run("Dana Ruiz, a boy of six, stayed in Miami.\n\n"
		    "In an interview, Dana's father also criticized how the meeting was "
		    "held. He repeated charges that the family had offered him money.\n");

	speaker_resolves(&f, "Dana's father", "Dana's father");
	speaker_resolves(&f, "He", "Dana's father");
	done(&f);
}

int main(void)
{
	RUN(linking_adverb_first);
	RUN(transcript_labels_in_capitals);
	RUN(transcript_turns_after_a_mark);
	RUN(role_subject_before_a_pronoun);
	RUN(asked_is_the_person_asked);
	RUN(they_is_no_bare_quantifier);
	RUN(short_title_is_a_role);
	RUN(role_after_another_subject);
	RUN(pronoun_after_a_possessive_kin);
	RUN(participle_opening_is_nobody);
	RUN(noun_opening_is_nobody);
	RUN(pronoun_of_a_clause_inside);
	RUN(introduction_before_a_comma);
	RUN(relative_clause_after_a_phrase);
	RUN(possessive_name_in_a_description);
	RUN(numbered_description_then_name);
	RUN(contracted_pronoun);
	RUN(page_word_inside_a_name);
	RUN(particle_opening_a_sentence);
	RUN(short_name_before_a_comma);
	RUN(first_person_writer);
	RUN(first_person_byline_person);
	RUN(described_someone_carried_on);
	RUN(the_official_carried_on);
	RUN(described_someone_nearer_than_a_name);
	RUN(day_after_source);
	RUN(group_that_spoke_before);
	RUN(possessive_pronoun_and_role);
	RUN(source_after_a_preposition);
	RUN(source_left_hanging);
	RUN(nobody_said);
	RUN(numbered_part_before_a_colon);
	RUN(capitalised_cue_is_a_name);
	RUN(thing_called_a_name);
	RUN(quoted_fragment_as_subject);
	RUN(introduction_is_no_content);
	RUN(expectation_nobody_holds);
	RUN(short_capitals_are_no_company);
	RUN(object_of_a_participle_before_a_comma);
	RUN(month_as_a_given_name);
	RUN(adverb_before_a_source);
	RUN(thing_discussed_somewhere);
	RUN(one_lowercase_word);
	RUN(it_is_the_thing_before);
	RUN(subject_after_which);
	RUN(people_of_a_body);
	RUN(no_sex_for_a_name_when_a_person_is_near);
	RUN(company_of_unknown_kind);
	RUN(role_description_is_a_mention);
	RUN(name_joined_by_and);
	RUN(city_and_state);
	RUN(tag_after_a_phrase);
	RUN(headline_verb_ends_a_name);
	RUN(headline_verbs_and_nouns);
	RUN(second_verb_after_an_aside);
	RUN(time_after_the_source);
	RUN(relative_clause_after_a_name);
	RUN(state_ends_an_opening);
	RUN(participle_with_agent);
	RUN(which_after_a_name);
	RUN(subjects_read_back);
	RUN(name_after_the_last_comma);
	RUN(abbreviation_keeps_its_stop);
	RUN(business_is_no_plural);
	RUN(title_after_a_place);
	RUN(these_officials_spoke_before);
	RUN(roles_after_a_name);
	RUN(plural_after_a_name);
	RUN(apposition_after_the_source);
	RUN(capitalised_plural_subject);
	RUN(person_noun_before_a_place);
	RUN(role_opening_a_sentence);
	RUN(nation_of_a_place);
	RUN(bracket_inside_a_source);
	RUN(initial_a_inside_a_name);
	RUN(second_verb_of_a_clause);
	RUN(title_after_an_abbreviation);
	RUN(apposition_after_a_possessive);
	RUN(company_by_its_share_price);
	RUN(adverb_before_a_name);
	RUN(kin_named_later);
	RUN(letter_asks_for_its_sender);
	RUN(some_of_the_people_before);
	RUN(they_after_an_opening_plural);
	RUN(they_in_a_tag_after_content);
	RUN(official_agency_is_no_official);
	RUN(plural_opener_is_no_she);
	RUN(dealer_with_a_firm);
	RUN(spokesman_for_a_firm);
	RUN(letter_is_its_senders);
	RUN(second_who_of_a_clause);
	RUN(plural_title_before_two_names);
	RUN(it_after_what_was_said);
	RUN(name_with_its_aim);
	RUN(they_after_two_named);
	RUN(names_in_a_quoted_excerpt);
	RUN(time_is_no_speaker);
	RUN(authorities_are_unnamed);
	return CHECK_DONE();
}
