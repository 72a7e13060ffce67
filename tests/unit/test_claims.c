/* Unit tests of the claims module's constructions: quotations direct and interrupted, reported
 * speech with and without "that", according-to, headlines, signed tweets, nested and coordinated
 * claims, long sources, questions asked, expectations; each with exact spans and speaker. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

static void lists_sorted(void)
{
	CHECK(claims_lex_check());
}

static void direct_inverted(void)
{
	struct fixture f = run("\"We will win this race,\" Maria Lopez said on Tuesday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We will win this race,", "Maria Lopez", "said",
		 "Maria Lopez");
	CHECK_EQ(f.l->items[0].paragraph, 0);
	done(&f);
}

static void direct_said_name(void)
{
	struct fixture f =
		run("\u201cThe plan is dead,\u201d said Jon Alterman, an analyst with the "
		    "center.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "The plan is dead,",
		 "Jon Alterman, an analyst with the center", "said", "Jon Alterman");
	done(&f);
}

static void direct_colon_forward(void)
{
	struct fixture f =
		run("The minister told reporters: \u00abNous ne c\u00e9derons pas.\u00bb\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Nous ne c\u00e9derons pas.", "The minister", "told", NULL);
	done(&f);
}

static void direct_cjk_marks(void)
{
	struct fixture f =
		run("Tanaka said: \u300cWe are ready.\u300d Sato added: \u300eNot yet.\u300f\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We are ready.", "Tanaka", "said", "Tanaka");
	claim_is(&f, 1, CLAIM_DIRECT, "Not yet.", "Sato", "added", "Sato");
	done(&f);
}

static void direct_single_curly(void)
{
	struct fixture f =
		run("Voters\u2019 anger is real. Smith said: \u2018It\u2019s over.\u2019\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "It\u2019s over.", "Smith", "said", NULL);
	done(&f);
}

static void direct_several_sentences_and_run_on(void)
{
	/* A quotation of several sentences, interrupted by its cue, and run on after it. */
	struct fixture f = run("\"First point. Second point,\" Ann Lee said. \"Third point.\"\n\n"
			       "Next paragraph.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "First point. Second point,\" Ann Lee said. \"Third point.",
		 "Ann Lee", "said", NULL);
	done(&f);
}

static void direct_run_on_after_connective(void)
{
	/* "“A,” he said. But “B.”", "Instead, “B.”": a connective before the quotation that
	 * runs on, with or without its comma */
	struct fixture f = run("\"It is not do or die,\" he said. But \"his bid is stronger with "
			       "it. It helps.\"\n\n"
			       "\"He is a cheerleader,\" Ann Lee said. Instead, \"he acts like a "
			       "defeated man.\"\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "It is not do or die,\" he said. But \"his bid is stronger with it. It helps.",
		 "he", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "He is a cheerleader,\" Ann Lee said. Instead, \"he acts like a defeated man.",
		 "Ann Lee", "said", NULL);
	done(&f);
}

static void direct_interrupted(void)
{
	struct fixture f =
		run("\u201cJudge,\u201d Brafman said, \u201cI have never seen this.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Judge,\u201d Brafman said, \u201cI have never seen this.",
		 "Brafman", "said", NULL);
	done(&f);
}

static void direct_over_paragraphs(void)
{
	/* The opening mark is repeated at the start of the next paragraph, with no closing one. */
	struct fixture f = run("Kim said: \u201cWe started in a garage.\n\n"
			       "\u201cNow we employ thousands.\u201d\n\nThe end.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We started in a garage.\n\n\u201cNow we employ thousands.",
		 "Kim", "said", NULL);
	done(&f);
}

static void indirect_that(void)
{
	struct fixture f = run("Senator Jane Doe said that the bill would pass next week.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the bill would pass next week", "Senator Jane Doe",
		 "said", NULL);
	done(&f);
}

static void indirect_without_that_and_verbs(void)
{
	struct fixture f = run("The company warned profits would fall. Analysts argued the "
			       "forecast was too low. Officials also noted that exports rose.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "profits would fall", "The company", "warned", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the forecast was too low", "Analysts", "argued", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that exports rose", "Officials", "also noted", NULL);
	done(&f);
}

static void indirect_told_object(void)
{
	struct fixture f = run("Rubio told a crowd in Miami that he would stay in the race.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he would stay in the race", "Rubio", "told", NULL);
	done(&f);
}

static void indirect_inverted(void)
{
	struct fixture f = run("The economy is slowing, the central bank said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The economy is slowing", "the central bank", "said", NULL);
	done(&f);
}

static void indirect_statement_saying(void)
{
	struct fixture f = run("In September, Chinese regulators issued a statement saying that "
			       "the firm broke the law.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the firm broke the law", "Chinese regulators",
		 "issued a statement saying", "Chinese regulators");
	done(&f);
}

static void indirect_adding(void)
{
	struct fixture f =
		run("Lee said the talks failed, adding that a deal was still possible.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the talks failed", "Lee", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that a deal was still possible", "Lee", "adding", NULL);
	done(&f);
}

static void belief_and_hope(void)
{
	struct fixture f = run("Paul Smith hopes that prices will drop. He expects a recovery.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that prices will drop", "Paul Smith", "hopes", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "a recovery", "He", "expects", "Paul Smith");
	done(&f);
}

static void according_to_front_and_back(void)
{
	struct fixture f = run("According to Reuters, the plant will close. The deal collapsed, "
			       "according to two people familiar with the talks.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "the plant will close", "Reuters", "According to",
		 "Reuters");
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "The deal collapsed",
		 "two people familiar with the talks", "according to", NULL);
	done(&f);
}

static void reported_and_quoted_as_saying(void)
{
	struct fixture f = run("Maria Chen gave an interview. The newspaper quoted her as saying "
			       "\"the market is gone.\" Bloomberg reported that sales fell.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "the market is gone.", "her", "quoted", "Maria Chen");
	claim_is(&f, 1, CLAIM_INDIRECT, "that sales fell", "Bloomberg", "reported", "Bloomberg");
	done(&f);
}

static void in_a_statement(void)
{
	struct fixture f = run("In a statement, the ministry said the rules would change.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the rules would change", "the ministry", "said", NULL);
	done(&f);
}

static void headline_colon(void)
{
	struct fixture f = run("Graham: \"Trump cannot win\"\n\nSenator Lindsey Graham spoke.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Trump cannot win", "Graham", ":", NULL);
	done(&f);
}

/* A tweet set in the page and signed "— Name (@handle) Month D, YYYY" is the named author's own
 * words: direct, from the paragraph's start (after markup the text kept) to the dash, without the
 * link it ends with; a signature alone in its paragraph signs the one before. A dash before a
 * name with no handle and day signs nothing here. */
static void signed_tweets(void)
{
	struct fixture f = run("The senator posted twice on Sunday.\n\n"
			       "We will fix the bridge by May. No excuses. https://t.co/abc123 "
			       "\u2014 Ann Lee (@annlee) June 2, 2016\n\n"
			       "<tweet id=\"7\">The ferry runs \"on time\" now. \u2014 Tom Birch "
			       "(@tbirch) June 3, 2016</tweet>\n\n"
			       "Ferries are late again\n\n"
			       "\u2014 Ruth Olsen (@rolsen) June 4, 2016\n\n"
			       "The mill closed \u2014 Ruth Olsen was there.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "We will fix the bridge by May. No excuses.", "Ann Lee",
		 "\u2014", "Ann Lee");
	claim_is(&f, 1, CLAIM_DIRECT, "The ferry runs \"on time\" now.", "Tom Birch", "\u2014",
		 "Tom Birch");
	if (f.l->n > 1)
		CHECK_EQ(f.l->items[1].nquote, 3);
	claim_is(&f, 2, CLAIM_DIRECT, "Ferries are late again", "Ruth Olsen", "\u2014",
		 "Ruth Olsen");
	done(&f);
}

/* A page's prompt set between a tweet's words and its signature ("SIGN UP FOR OUR NEWSLETTER")
 * and a link run into the last word are no words of the author's; a tweet that quotes is shown
 * as one run, what it quotes inside single marks, not cut with " … ". */
static void tweet_prompts_and_inner_quotes(void)
{
	struct fixture f =
		run("The mayor posted on Sunday.\n\n"
		    "Crews wear \"Fix It Now\" hats today. See you there.https://t.co/x1y2z3 "
		    "SIGN UP FOR OUR NEWSLETTER \u2014 Ann Lee (@annlee) June 2, 2016\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Crews wear \"Fix It Now\" hats today. See you there.",
		 "Ann Lee", "\u2014", "Ann Lee");
	CHECK(renders(&f, 0,
		      "Ann Lee: \u201cCrews wear \u2018Fix It Now\u2019 hats today. See you "
		      "there.\u201d"));
	done(&f);
}

static void resolution_pronouns_and_short_names(void)
{
	struct fixture f = run("NVIDIA chief Huang Renxun arrived in Taipei.\n\n"
			       "He said that demand was strong. Mr. Huang added that prices would "
			       "rise. \"We are ready,\" Huang said. The company said it was "
			       "hiring.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that demand was strong", "He", "said", "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that prices would rise", "Mr. Huang", "added",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_DIRECT, "We are ready,", "Huang", "said", "Huang Renxun");
	claim_is(&f, 3, CLAIM_INDIRECT, "it was hiring", "The company", "said", "NVIDIA");
	done(&f);
}

/* "the company" refers back to a business, never to an authority named last; with no business
 * named it stays as written. A dateline opening a paragraph is no part of the content. */
static void company_and_dateline(void)
{
	struct fixture f =
		run("Acme Corp said that prices would rise. The Ministry of Commerce said "
		    "that it would look into it. The company said that it had done nothing "
		    "wrong.\n");
	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 2, CLAIM_INDIRECT, "that it had done nothing wrong", "The company", "said",
		 "Acme Corp");
	done(&f);
	f = run("The Ministry of Commerce said that it would look into it. The company said that it "
		"had done nothing wrong.\n");
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "that it had done nothing wrong", "The company", "said",
		 "The company");
	done(&f);
	f = run("Title\n\nTAIPEI \u2014 The chief landed on Friday, according to officials.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "The chief landed on Friday", "officials",
		 "according to", NULL);
	done(&f);
}

/* one speaker, one id: a short name and a pronoun share the full name's; nobody has none */
static void speaker_ids(void)
{
	struct fixture f = run("Maria Lopez said the plan was dead. Jon Alterman said it was not. "
			       "She said it again. Lopez said it twice.\n");

	CHECK_EQ(f.l->n, 4);
	if (f.l->n == 4) {
		CHECK_EQ(f.l->items[0].speaker_id, 0);
		CHECK_EQ(f.l->items[1].speaker_id, 1);
		CHECK_EQ(f.l->items[2].speaker_id, 0);
		CHECK_EQ(f.l->items[3].speaker_id, 0);
	}
	done(&f);
}

/* coordinated cues give a claim each, with its own content */
static void coordinated_cues(void)
{
	struct fixture f =
		run("Huang Renxun spoke. He argued that technology wins when it is sold, "
		    "and he warned that shutting it out would hurt.\n\n"
		    "Huawei said that it would release chips, and analysts expect rivals "
		    "to gain.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that technology wins when it is sold", "He", "argued",
		 "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that shutting it out would hurt", "he", "warned",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_INDIRECT, "that it would release chips", "Huawei", "said", "Huawei");
	claim_is(&f, 3, CLAIM_INDIRECT, "rivals to gain", "analysts", "expect", "analysts");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK_EQ(f.l->items[i].parent, CLAIM_NONE);
	done(&f);
}

/* a claim inside another's content is its child: "said he told", "X told Y, Z said" (a belief
 * inside another claim is part of it, no child: test_claims_spur) */
static void nested_claims(void)
{
	struct fixture f =
		run("Huang Renxun said he told reporters that relations would improve.\n\n"
		    "Ms. Holt told staff the rules will change, the company said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "he told reporters that relations would improve",
		 "Huang Renxun", "said", "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that relations would improve", "he", "told",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_INDIRECT, "Ms. Holt told staff the rules will change", "the company",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the rules will change", "Ms. Holt", "told", NULL);
	if (f.l->n == 4) {
		CHECK_EQ(f.l->items[0].parent, CLAIM_NONE);
		CHECK_EQ(f.l->items[1].parent, 0);
		CHECK_EQ(f.l->items[2].parent, CLAIM_NONE);
		CHECK_EQ(f.l->items[3].parent, 2);
	}
	done(&f);
}

/* a parenthetical between a source and its cue: an apposition or a relative clause is part of
 * the source, a phrase of its own ("in a statement") is not; a title in quotation marks inside
 * an introductory phrase is no quotation of the speaker */
static void parentheticals(void)
{
	struct fixture f = run(
		"Shane Shook, a security expert who has helped investigate the breaches, said he "
		"saw no evidence.\n\n"
		"Barkley, who said he votes Democratic, said one candidate is Kasich.\n\n"
		"Corey Lewandowski, in a statement released on Thursday, said he was grateful.\n\n"
		"Sunday on \"Sunday Morning Futures,\" Rep. Darrell Issa said the emails "
		"matter.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "he saw no evidence",
		 "Shane Shook, a security expert who has helped investigate the breaches", "said",
		 "Shane Shook");
	claim_is(&f, 1, CLAIM_INDIRECT, "he votes Democratic", "who", "said", "Barkley");
	claim_is(&f, 2, CLAIM_INDIRECT, "one candidate is Kasich",
		 "Barkley, who said he votes "
		 "Democratic",
		 "said", "Barkley");
	claim_is(&f, 3, CLAIM_INDIRECT, "he was grateful", "Corey Lewandowski", "said",
		 "Corey Lewandowski");
	claim_is(&f, 4, CLAIM_INDIRECT, "the emails matter", "Rep. Darrell Issa", "said",
		 "Darrell Issa");
	done(&f);
}

/* cues that end in a preposition, and verbs with a noun phrase for content */
static void prepositional_and_np_cues(void)
{
	struct fixture f = run("Camil spoke to reporters about how Hollywood ignores Latinos.\n\n"
			       "Bush referred to Rubio as a bright leader.\n\n"
			       "Sanders railed against the billionaire class.\n\n"
			       "Ryan reiterated his support for the bill.\n\n"
			       "Trump wrote on Twitter that the rally was huge.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "how Hollywood ignores Latinos", "Camil",
		 "spoke to reporters about", "Camil");
	claim_is(&f, 1, CLAIM_INDIRECT, "Rubio as a bright leader", "Bush", "referred to", "Bush");
	claim_is(&f, 2, CLAIM_INDIRECT, "the billionaire class", "Sanders", "railed against",
		 "Sanders");
	claim_is(&f, 3, CLAIM_INDIRECT, "his support for the bill", "Ryan", "reiterated", "Ryan");
	claim_is(&f, 4, CLAIM_INDIRECT, "that the rally was huge", "Trump", "wrote", "Trump");
	done(&f);
}

/* "Y, said X." and a tag after a quotation that ends the sentence before */
static void inverted_tags(void)
{
	struct fixture f = run("The nature of his campaign drove voters to the polls, said Steven "
			       "Taylor, a professor.\n\n"
			       "\"You got the names?\" Sanders said. \"Okay, great!\"\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The nature of his campaign drove voters to the polls",
		 "Steven Taylor, a professor", "said", "Steven Taylor");
	claim_is(&f, 1, CLAIM_DIRECT, "You got the names?\" Sanders said. \"Okay, great!",
		 "Sanders", "said", "Sanders");
	CHECK(renders(&f, 1, "Sanders said: \u201cYou got the names? \u2026 Okay, great!\u201d"));
	done(&f);
}

/* sources after long appositions and parentheticals; a time before content; "said Mr. Trump" */
static void long_sources(void)
{
	struct fixture f =
		run("''I doubt it,'' Cecelia Purner, 67, a retired teacher in Allentown, "
		    "Pa., said in an interview.\n\n"
		    "Clinton, speaking to reporters Tuesday on her plane, said the FBI "
		    "resolved it.\n\n"
		    "The group is $9 million short, said former governor Ed Rendell.\n\n"
		    "The president said Tuesday his actions are lawful.\n\n"
		    "Coffman said Mr. Trump had disrespected troops.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT, "I doubt it,",
		 "Cecelia Purner, 67, a retired teacher in Allentown, Pa.", "said",
		 "Cecelia Purner");
	claim_is(&f, 1, CLAIM_INDIRECT, "the FBI resolved it", "Clinton", "said", "Clinton");
	claim_is(&f, 2, CLAIM_INDIRECT, "The group is $9 million short",
		 "former governor Ed Rendell", "said", "Ed Rendell");
	claim_is(&f, 3, CLAIM_INDIRECT, "his actions are lawful", "The president", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Mr. Trump had disrespected troops", "Coffman", "said",
		 "Coffman");
	done(&f);
}

/* ``a quotation'' as wire text typed it: the two grave accents open what the two apostrophes
 * close */
static void grave_quotes(void)
{
	struct fixture f = run("``We will not sell the unit,'' said Bob Stone, a spokesman.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We will not sell the unit,", "Bob Stone, a spokesman",
		 "said", "Bob Stone");
	CHECK(renders(&f, 0, "Bob Stone said: \u201cWe will not sell the unit\u201d"));
	done(&f);
}

/* "''I tell other banks, 'I'm sorry,''' said Mr. Meyer": the third apostrophe closes the
 * quotation inside, the two after it the quotation, and the tag after them names the speaker;
 * two apostrophes alone close as before */
static void quotation_inside_closes_first(void)
{
	struct fixture f =
		run("''I tell other banks, 'I'm sorry, but the Fed doesn't care about you,''' said "
		    "Mr. Meyer, a research firm's head.\n\n"
		    "''The Fed doesn't care about you,'' said Mr. Meyer.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "I tell other banks, 'I'm sorry, but the Fed doesn't care about you,'",
		 "Mr. Meyer, a research firm's head", "said", "Meyer");
	claim_is(&f, 1, CLAIM_DIRECT, "The Fed doesn't care about you,", "Mr. Meyer", "said",
		 "Meyer");
	done(&f);
}

/* "he was asked whether X": the passive's subject is the person asked, shown on the row with no
 * source span of its own (the text names no speaker); "she" with no one before stays no one's,
 * and "the mayor was asked" (no name) is left to the row as it was */
static void asked_subject_is_the_one_asked(void)
{
	struct fixture f = run("Huang Renxun spoke in London on Monday. At a dinner, he was asked "
			       "whether the tariffs would stay.\n\n"
			       "At the hearing, she was asked whether the pier would cost more.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "whether the tariffs would stay", NULL, "was asked",
		 "Huang Renxun");
	CHECK(renders(&f, 0, "Huang Renxun, asked (paraphrase): whether the tariffs would stay"));
	claim_is(&f, 1, CLAIM_INDIRECT, "whether the pier would cost more", NULL, "was asked",
		 NULL);
	CHECK(renders(&f, 1, "(no speaker) asked (paraphrase): whether the pier would cost more"));
	done(&f);
}

/* a passive "asked": the question is the content, with no source; the main clause is a claim of
 * its own */
static void asked_questions(void)
{
	struct fixture f =
		run("Asked whether he would run again, Mr. Trump said: \"I hope not.\"\n\n"
		    "When asked whether the merger was wise, she defended her decision.\n");

	CHECK_EQ(f.l->n, 4);
	/* the person asked, whom the main clause names (res17): no source span of its own */
	claim_is(&f, 0, CLAIM_INDIRECT, "whether he would run again", NULL, "Asked", "Trump");
	CHECK(renders(&f, 0, "Trump, asked (paraphrase): whether he would run again"));
	claim_is(&f, 1, CLAIM_DIRECT, "I hope not.", "Mr. Trump", "said", "Trump");
	claim_is(&f, 2, CLAIM_INDIRECT, "whether the merger was wise", NULL, "asked", NULL);
	CHECK(renders(&f, 2, "(no speaker) asked (paraphrase): whether the merger was wise"));
	claim_is(&f, 3, CLAIM_INDIRECT, "her decision", "she", "defended", NULL);
	/* "(no speaker)" stands where a name would, as the speaker part a front end sets apart
	 * (the export's bold, the pane's grouping); a named speaker's part is the name */
	struct buf b = BUF_INIT;
	struct claim_parts p;
	claims_render(&b, f.d, &f.l->items[2], &p);
	CHECK_EQ(p.who_start, 0);
	CHECK(p.who_end - p.who_start == strlen(CLAIMS_NO_SPEAKER) &&
	      memcmp(b.data, CLAIMS_NO_SPEAKER, p.who_end) == 0);
	CHECK(strcmp(b.data + p.text_start, "whether the merger was wise") == 0);
	buf_clear(&b);
	claims_render(&b, f.d, &f.l->items[1], &p);
	CHECK(p.who_end - p.who_start == 5 && memcmp(b.data + p.who_start, "Trump", 5) == 0);
	buf_free(&b);
	done(&f);
}

/* "As X reported, Y", a passive with "by", a gerund, a poll that finds, a headline's colon */
static void as_and_passive(void)
{
	struct fixture f =
		run("Rules.\n\n"
		    "As The Hill reported, Donald Trump was accused of breaking rules.\n\n"
		    "O'Malley's move was first reported by MSNBC.\n\n"
		    "Mr. Trump reported raising about $9 million.\n\n"
		    "The poll finds Clinton would beat Trump.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Donald Trump was accused of breaking rules", "The Hill",
		 "reported", "Hill");
	claim_is(&f, 1, CLAIM_INDIRECT, "O'Malley's move", "MSNBC", "reported", "MSNBC");
	CHECK(renders(&f, 1, "MSNBC reported (paraphrase): O'Malley's move"));
	claim_is(&f, 2, CLAIM_INDIRECT, "raising about $9 million", "Mr. Trump", "reported",
		 "Donald Trump");
	claim_is(&f, 3, CLAIM_INDIRECT, "Clinton would beat Trump", "The poll", "finds", NULL);
	done(&f);
}

/* expectations and intentions: "wants to", "plans to", "is expected to" (nobody named for it);
 * "support" with its object; "nobody" says nothing */
static void intentions(void)
{
	struct fixture f = run("Trump wants to build a wall. Clinton supported the bill.\n\n"
			       "Trump is expected to speak tonight. Nobody wanted to explain.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to build a wall", "Trump", "wants", "Trump");
	claim_is(&f, 1, CLAIM_INDIRECT, "the bill", "Clinton", "supported", "Clinton");
	claim_is(&f, 2, CLAIM_INDIRECT, "Trump is expected to speak tonight", NULL, "is expected",
		 NULL);
	CHECK(renders(&f, 2, "Unattributed (expectation): Trump is expected to speak tonight"));
	done(&f);
}

/* a report nobody is named for reads as the article's own, not as a speaker "Reportedly" */
static void unsourced_report(void)
{
	struct fixture f = run("Ticket sales reportedly fell by half last year.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ticket sales reportedly fell by half last year", NULL,
		 "reportedly", NULL);
	CHECK(renders(&f, 0,
		      "Unattributed (reported): Ticket sales reportedly fell by half last year"));
	done(&f);
}

int main(void)
{
	RUN(lists_sorted);
	RUN(company_and_dateline);
	RUN(direct_inverted);
	RUN(direct_said_name);
	RUN(direct_colon_forward);
	RUN(direct_cjk_marks);
	RUN(direct_single_curly);
	RUN(direct_several_sentences_and_run_on);
	RUN(direct_run_on_after_connective);
	RUN(direct_interrupted);
	RUN(direct_over_paragraphs);
	RUN(indirect_that);
	RUN(indirect_without_that_and_verbs);
	RUN(indirect_told_object);
	RUN(indirect_inverted);
	RUN(indirect_statement_saying);
	RUN(indirect_adding);
	RUN(belief_and_hope);
	RUN(according_to_front_and_back);
	RUN(reported_and_quoted_as_saying);
	RUN(in_a_statement);
	RUN(headline_colon);
	RUN(signed_tweets);
	RUN(tweet_prompts_and_inner_quotes);
	RUN(resolution_pronouns_and_short_names);
	RUN(speaker_ids);
	RUN(coordinated_cues);
	RUN(nested_claims);
	RUN(parentheticals);
	RUN(prepositional_and_np_cues);
	RUN(inverted_tags);
	RUN(long_sources);
	RUN(asked_questions);
	RUN(asked_subject_is_the_one_asked);
	RUN(grave_quotes);
	RUN(quotation_inside_closes_first);
	RUN(as_and_passive);
	RUN(intentions);
	RUN(unsourced_report);
	return CHECK_DONE();
}
