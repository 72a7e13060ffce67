/* Unit tests of the claims frames added for the frames PolNeAR annotates that the engine missed:
 * speech verbs for shouting and writing, and the forms the cue tables lacked. */
#include "claims_fixture.h"

/* "yelled", "chanted", "shouted" tag a quotation; "emailed" reports a clause; "mentioning" and
 * "writing" are participles whose source is the clause's subject, only with "that" or a
 * quotation: an activity ("writing leaflets", "at the time of writing", "her fault for
 * mentioning a fact") reports nothing. */
static void speech_verbs(void)
{
	struct fixture f = run("\xE2\x80\x9CYou suck!\xE2\x80\x9D the heckler yelled.\n\n"
			       "The crowd chanted, \xE2\x80\x9CLock her up!\xE2\x80\x9D\n\n"
			       "\xE2\x80\x9CGet out!\xE2\x80\x9D a man shouted from the back.\n\n"
			       "A staffer emailed that the meeting was off.\n\n"
			       "The singer posted a photo, mentioning that the album was done.\n\n"
			       "She was often writing leaflets about the harms of drugs.\n\n"
			       "At the time of writing, the wallet held 2 bitcoins.\n\n"
			       "It was her fault for mentioning a salient fact at all.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT, "You suck!", "the heckler", "yelled", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Lock her up!", "The crowd", "chanted", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "Get out!", "a man", "shouted", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the meeting was off", "A staffer", "emailed", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that the album was done", "The singer", "mentioning",
		 NULL);
	done(&f);
}

/* "reportedly" marks a report nobody is named for: the clause that holds it is the content, with
 * no speaker; not a headline, a participle after a comma, a relative or a subordinate clause,
 * and not beside a cue verb of its own. */
static void hearsay(void)
{
	struct fixture f =
		run("The FBI is reportedly making arrangements to interview the senator.\n\n"
		    "Reportedly, he made threats to co-workers.\n\n"
		    "At the convention, the team reportedly walked out.\n\n"
		    "The rules passed, but the delegates reportedly booed loudly.\n\n"
		    "Cruz has been on a mission, reportedly winning over delegates.\n\n"
		    "The mayor, who reportedly has been ill, spoke briefly.\n\n"
		    "Workers are underpaid, as Uber drivers reportedly are.\n\n"
		    "Weiner Reportedly Caught In New Scandal\n\n"
		    "The senator reportedly told donors that he would run.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The FBI is reportedly making arrangements to interview the senator", NULL,
		 "reportedly", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he made threats to co-workers", NULL, "Reportedly", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the team reportedly walked out", NULL, "reportedly", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the delegates reportedly booed loudly", NULL, "reportedly",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that he would run", "The senator", "reportedly told",
		 NULL);
	done(&f);
}

/* A belief cue that needs "that" takes a clause without it when a pronoun or a short noun phrase
 * and a modal open it ("fear the new approach will leave"), not a noun phrase alone. */
static void beliefs_without_that(void)
{
	struct fixture f =
		run("Some critics fear the new approach will leave poor students behind.\n\n"
		    "He feared the dark.\n\n"
		    "Many of her aides feel they have enough on their plates.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new approach will leave poor students behind",
		 "Some critics", "fear", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they have enough on their plates", "Many of her aides",
		 "feel", NULL);
	done(&f);
}

/* A cue word right before a speech verb is a noun, the end of that verb's subject ("the new
 * report said", "fundraising reports show"), not a verb of its own. */
static void noun_before_verb(void)
{
	struct fixture f = run("Hackers hit 12 servers, the congressional report said.\n\n"
			       "New fundraising reports show the money arrived in February.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Hackers hit 12 servers", "the congressional report",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the money arrived in February", "New fundraising reports",
		 "show", NULL);
	done(&f);
}

/* A relative clause without commas belongs to the subject before the cue ("Lawmakers who are
 * open to reform said"); a cue that is the relative clause's own verb keeps "who" for its
 * source ("The judge who once said"). */
static void relative_subjects(void)
{
	struct fixture f = run("Lawmakers who are open to reform said the bill was a start.\n\n"
			       "Candidates who came to the forum say they can win.\n\n"
			       "The judge who once said that the plan works left the court.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the bill was a start", "Lawmakers who are open to reform",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they can win", "Candidates who came to the forum", "say",
		 NULL);
	if (f.l->n == 3) {
		CHECK(span_is(&f, f.l->items[2].speaker, "who"));
		CHECK(span_is(&f, f.l->items[2].cue, "once said"));
	}
	done(&f);
}

/* A pronoun after the cue that a clause or a quotation goes on from is the content's subject,
 * not an inverted source: "X, in a statement released Thursday, said he “appreciates ...”";
 * "..., said he." stays inverted. */
static void pronoun_after_cue(void)
{
	struct fixture f = run(
		"Corey Lewandowski, in a statement released by the campaign on Thursday, said he "
		"\xE2\x80\x9C"
		"appreciates the professionalism\xE2\x80\x9D of the attorney.\n\n"
		"The plan will fail, said he.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "he \xE2\x80\x9C"
		 "appreciates the professionalism\xE2\x80\x9D of the attorney",
		 "Corey Lewandowski", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The plan will fail", "he", "said", NULL);
	done(&f);
}

/* A phrase set off by commas whose comma sits inside a closing quotation mark ("citing “the
 * magic of Trump,” said the candidate could") leaves the subject before it, and the words after
 * the cue are content, not an inverted source; an aside between dashes comes before "that". */
static void asides_before_content(void)
{
	struct fixture f =
		run("Mr. Manafort, citing \xE2\x80\x9Cthe magic of Trump,\xE2\x80\x9D said "
		    "the candidate could win.\n\n"
		    "Manafort said \xE2\x80\x94 on Twitter, as it happens \xE2\x80\x94 that "
		    "Trump raised $4 million.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "the magic of Trump,", "Mr. Manafort", "citing", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the candidate could win", "Mr. Manafort", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that Trump raised $4 million", "Manafort", "said", NULL);
	done(&f);
}

/* "wrote on Friday" is a time, not a topic: a quotation before the source and its apposition is
 * what was written; "wrote on Friday about the plan" has the plan for its topic. */
static void cue_on_a_day(void)
{
	struct fixture f = run("''We will win,'' John Smith, a senator, wrote on Friday.\n\n"
			       "He wrote on Friday about the plan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We will win,", "John Smith, a senator", "wrote", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan", "He", NULL, NULL);
	done(&f);
}

/* Documents and data show what they show: with no determiner ("Emails showed", "Audit files
 * from the vendor show"), an average or a projection, and a noun phrase that opens with "only" or
 * "no"; one singular lowercase word ("review shows") is no source. */
static void documents_without_determiner(void)
{
	struct fixture f = run("Some intro text here.\n\n"
			       "Emails showed the aide knew about the attack.\n\n"
			       "Audit files from the vendor show four accounts ran 24 searches.\n\n"
			       "An average of recent polls shows Clinton leading by two points.\n\n"
			       "The survey shows only a small gender gap.\n\n"
			       "Public records show no gifts from Trump since 2008.\n\n"
			       "In the tool, review shows v1 and v2 of the fix.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the aide knew about the attack", "Emails", "showed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "four accounts ran 24 searches",
		 "Audit files from the vendor", "show", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Clinton leading by two points",
		 "An average of recent polls", "shows", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "only a small gender gap", "The survey", "shows", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "no gifts from Trump since 2008", "Public records", "show",
		 NULL);
	done(&f);
}

/* A headline's bare singular noun for a person who speaks ("expert says", "official says") is
 * a source; another bare word is not ("subtle says"). */
static void headline_bare_nouns(void)
{
	struct fixture f = run("Some intro text here.\n\n"
			       "But expert says more GOP candidates keep distance from Trump.\n\n"
			       "And subtle says the plan will fail.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "more GOP candidates keep distance from Trump", "expert",
		 "says", NULL);
	done(&f);
}

/* A cue whose sentence ends its paragraph with a colon before paragraphs that are quotations
 * alone: those quotations are the content, verbatim ("He said: ¶ “...” ¶ “...”"); a paragraph
 * that is no quotation is not that frame. */
static void quotation_paragraphs_after_colon(void)
{
	struct fixture f = run("Some intro text here.\n\n"
			       "Bolton discussed the rules. He said:\n\n"
			       "\"In all the administrations I have served in, it is like a "
			       "monastery.\"\n\n"
			       "\"You have to cut off ties.\"\n\n"
			       "The senator said:\n\n"
			       "Lower taxes, more jobs and better roads for all.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the rules", "Bolton", "discussed", NULL);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "In all the administrations I have served in, it is like a monastery.\"\n\n"
		 "\"You have to cut off ties.",
		 "He", "said", NULL);
	if (f.l->n == 2)
		CHECK_EQ(f.l->items[1].nquote, 2);
	done(&f);
}

/* A headline's label before a colon may name its source before a preposition ("Former AG
 * Mukasey at RNC:", "CNN President On Trump:") or end with a group ("Clinton camp:"). */
static void headline_labels(void)
{
	struct fixture f =
		run("Former AG Mukasey at RNC: Clinton email scandal disqualifies her.\n\n"
		    "WASHINGTON (UPI) - The senator spoke on Monday.\n");
	struct fixture g = run("Clinton camp: Trump threatens national security.\n\n"
			       "WASHINGTON (UPI) - The senator spoke on Monday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Clinton email scandal disqualifies her",
		 "Former AG Mukasey", ":", NULL);
	CHECK_EQ(g.l->n, 1);
	claim_is(&g, 0, CLAIM_INDIRECT, "Trump threatens national security", "Clinton camp", ":",
		 NULL);
	done(&f);
	done(&g);
}

/* A capitalised cue that opens the sentence before its source and a quotation ("Said Dorothy
 * Poynter, who grew up with Ali, “...”"); "Said to be the best, ..." is no such frame. */
static void cue_first(void)
{
	struct fixture f =
		run("Some intro text here.\n\n"
		    "Said Dorothy Poynter, who grew up with Ali, \xE2\x80\x9CWe were all so "
		    "proud of him.\xE2\x80\x9D\n\n"
		    "Said to be the best, the plan \xE2\x80\x9Cworks.\xE2\x80\x9D\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We were all so proud of him.",
		 "Dorothy Poynter, who grew up with Ali", "Said", NULL);
	done(&f);
}

/* A quotation that ends the sentence before is what a tag says when the tag's sentence has no
 * verb but its cue in up to 14 words ("“Who knows?” Trump told the station in an interview
 * aired on Monday."); a clause with a verb after the cue is content of its own. */
static void long_tags(void)
{
	struct fixture f =
		run("Some intro text here.\n\n"
		    "\xE2\x80\x9CWho knows?\xE2\x80\x9D Trump told the station in an "
		    "interview aired on Monday.\n\n"
		    "\xE2\x80\x9CWho knows?\xE2\x80\x9D He said the plan was dead in the water "
		    "for the rest of the year.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Who knows?", "Trump", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was dead in the water for the rest of the year",
		 "He", "said", NULL);
	done(&f);
}

/* "it seems" before a clause or a likelihood is an impression nobody is named for; "it seems
 * clear that ..." is the writer's own judgement. */
static void impressions_after_it(void)
{
	struct fixture f = run("Some intro text here.\n\n"
			       "In short, it seems the Democrats have too many superdelegates.\n\n"
			       "It seems increasingly likely that Trump will be the nominee.\n\n"
			       "It seems clear that the project is on a solid footing.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the Democrats have too many superdelegates", NULL, "seems",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "increasingly likely that Trump will be the nominee", NULL,
		 "seems", NULL);
	done(&f);
}

/* "asking" is a participle whose content is a request or a question: an addressee and an
 * infinitive, a question word or "for" after it, or what questions were "about"; not questions
 * asked ("asking questions from the bench", "asking employees questions to see how"), an act left
 * undone ("without asking", "without reporters asking"), a reporter's request for comment or a
 * price. */
static void asking_requests(void)
{
	struct fixture f =
		run("Chaffetz is also asking Comey to turn over the full file on the issue.\n\n"
		    "The moderator started by asking Rubio why he decided to attack Trump.\n\n"
		    "Justice Thomas broke his silence by asking questions from the bench.\n\n"
		    "The decision was made without asking Mr. Mitchell first.\n\n"
		    "Ars reached out to Mojang, asking the company for comment.\n\n"
		    "He cut $25 million off the asking price of the property.\n\n"
		    "Google was asking employees brain-teaser questions to see how they "
		    "responded.\n\n"
		    "The host started by asking them questions about how they would fix it.\n\n"
		    "He cannot walk down the street without reporters asking him to attack her.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Comey to turn over the full file on the issue", "Chaffetz",
		 "is also asking", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "why he decided to attack Trump", "The moderator", "asking",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "how they would fix it", "The host",
		 "asking them questions about", NULL);
	done(&f);
}

/* "made (it) clear" is a cue whose content is the clause after it, past an addressee and a time
 * ("made it clear to House Democrats on Wednesday that ..."); a passive ("was made clear") has no
 * source and an infinitive ("need to make clear") no claim; "clear" alone is no cue. */
static void made_clear(void)
{
	struct fixture f = run("Emanuel also made clear that he has not considered resigning.\n\n"
			       "Clinton made it clear to House Democrats on Wednesday that she has "
			       "their backs.\n\n"
			       "It was made clear to us that the plan had failed.\n\n"
			       "We need to make clear that we stand with them, he said.\n\n"
			       "It is clear that the plan failed.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he has not considered resigning", "Emanuel",
		 "also made clear", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that she has their backs", "Clinton", "made it clear",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "We need to make clear that we stand with them", "he",
		 "said", NULL);
	done(&f);
}

/* An expectation in a relative clause ("which is expected to ...", "who are widely expected to
 * ...") is the content from the pronoun, nobody named for it, up to the comma that closes the
 * clause before the main verb or a second relative clause; a comma between adjectives stays. */
static void expected_in_relative(void)
{
	struct fixture f =
		run("The rate decision, which is widely expected to come on Dec. 16, "
		    "presents a wild card.\n\n"
		    "Romney, who is expected to deliver a forceful, top-to-bottom "
		    "indictment of Trump, spoke.\n\n"
		    "Black voters, who are expected to make up half of the electorate and "
		    "who maintain a fondness for the Clintons, stayed home.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "which is widely expected to come on Dec. 16", NULL,
		 "is widely expected", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "who is expected to deliver a forceful, top-to-bottom indictment of Trump", NULL,
		 "is expected", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "who are expected to make up half of the electorate", NULL,
		 "are expected", NULL);
	done(&f);
}

/* "X is expected to" when X is set off by commas from its verb ("The central bank, which has
 * held rates near zero, is expected to act") or the verb has an auxiliary ("had been expected
 * to"): the whole clause from the subject is the content. */
static void expected_after_apposition(void)
{
	struct fixture f = run(
		"The central bank, which has held rates near zero since 2008, is expected to act "
		"in December.\n\n"
		"Trump had been expected to visit Capitol Hill as early as next week.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The central bank, which has held rates near zero since 2008, is expected to act "
		 "in December",
		 NULL, "is expected", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "Trump had been expected to visit Capitol Hill as early as next week", NULL,
		 "had been expected", NULL);
	done(&f);
}

/* A denial whose object names an accusation ("denied the charges", "deny any links to ...")
 * reports what is denied: the noun phrase, up to a preposition other than of/to/in ("through his
 * lawyer"); a refusal ("denied his party the victory", "was denied bail", "denied the
 * opportunity") reports nothing. */
static void denied_charges(void)
{
	struct fixture f = run("Mr. Ailes denied the charges through his lawyer.\n\n"
			       "Saudi officials deny any links to terrorism groups, but critics "
			       "disagree.\n\n"
			       "The Census denied any involvement in the 9/11 attacks.\n\n"
			       "The government denied his party the victory.\n\n"
			       "He was denied bail.\n\n"
			       "The company denied the opportunity to comment.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the charges", "Mr. Ailes", "denied", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "any links to terrorism groups", "Saudi officials", "deny",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "any involvement in the 9/11 attacks", "The Census",
		 "denied", NULL);
	done(&f);
}

/* A noun of a report whose "that" opens a clause ("Despite complaints that ...", "stoked
 * speculation that ...", "his complaints that ...") reports that clause, its source the
 * possessive; in the phrase that opens the sentence, up to the main clause. After a determiner or
 * an adjective alone the clause may be a relative one and reports nothing. */
static void report_nouns(void)
{
	struct fixture f = run(
		"Despite complaints that they distort democracy, the superdelegates have never "
		"overturned a result.\n\n"
		"The remark stoked speculation that he might run again.\n\n"
		"He earned no reprieve with his complaints that the judge had been unfair to him.\n\n"
		"It spared us the kind of needless speculation that the senator has generated.\n\n"
		"The rumors that he spread were false.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "they distort democracy", NULL, "complaints", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he might run again", NULL, "speculation", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the judge had been unfair to him", "his", "complaints",
		 NULL);
	done(&f);
}

/* A standing measured in a poll after "in" at the clause's end: a count before a cue word is a
 * noun, not the clause's verb ("by 28 points", "38 percent support"), and a poll's name may join
 * its words with a slash ("NBC News/Wall Street Journal"). */
static void poll_counts(void)
{
	struct fixture f = run("Obama was winning black voters by 28 points in the same poll.\n\n"
			       "In March, Cruz had 38 percent support in a Fox poll.\n\n"
			       "Trump entered the debate with a growing lead in the latest NBC "
			       "News/Wall Street Journal poll.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "Obama was winning black voters by 28 points",
		 "the same poll", "in", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Cruz had 38 percent support", "a Fox poll", "in",
		 NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "Trump entered the debate with a growing lead",
		 "the latest NBC News/Wall Street Journal poll", "in", NULL);
	done(&f);
}

/* Forms the cue tables lacked beside their other forms: "dismisses" takes a noun phrase as
 * "dismissed" does; "predicting" and "tweeting" are participles whose source is the clause's
 * subject, as "predicted" and "tweeted" are verbs. */
static void missing_forms(void)
{
	struct fixture f = run("The party chair dismisses the idea that the race is over.\n\n"
			       "Sanders spoke in Ohio on Monday, predicting that he would win the "
			       "state.\n\n"
			       "She replied by tweeting a photo of the crowd.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the idea that the race is over", "The party chair",
		 "dismisses", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that he would win the state", "Sanders", "predicting",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a photo of the crowd", "She", "tweeting", NULL);
	done(&f);
}

/* A cue that takes a noun phrase with one object pronoun right after it reports a stance on that
 * person ("President Barack Obama endorsed her", "Women back him"); pronouns after a preposition
 * ("blamed on him", its object moved before it) still say nothing. */
static void pronoun_object(void)
{
	struct fixture f = run("These are policies his critics have long blamed on him.\n\n"
			       "President Barack Obama endorsed her.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "her", "President Barack Obama", "endorsed", NULL);
	done(&f);
}

/* "a group backing Bush", "an outside group supporting Mr. Rubio": a participle after a group's
 * noun phrase holds its stance, as after any other noun ("pastors backing Mr. Cruz"). */
static void group_backer(void)
{
	struct fixture f = run("Starr gave $10 million to a group backing Bush, the former Florida "
			       "governor.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Bush", "a group", "backing", NULL);
	done(&f);
}

/* "Then he began dismissing ...", "Yet even leaders on the left are questioning ...": an adverb
 * before the subject of a participle's clause is not part of it. */
static void adverb_before_subject(void)
{
	struct fixture f =
		run("Then he began dismissing the notion that experience mattered.\n\n"
		    "Yet even leaders on the left are questioning whether the bid goes too "
		    "far.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the notion that experience mattered", "he",
		 "began dismissing", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "whether the bid goes too far", "leaders",
		 "are questioning", NULL);
	done(&f);
}

/* "Sanders was declared the winner in Rhode Island": an outcome announced by nobody named, the
 * clause with its subject, up to another clause, a relative clause or an agent; "who was
 * declared the winner" gives nothing. */
static void declared_winner(void)
{
	struct fixture f =
		run("But Sanders was declared the winner in Rhode Island, and it is clear "
		    "that he has momentum.\n\n"
		    "Mr. Yanukovych, then prime minister, was declared the winner of an "
		    "election in 2004 that was marred by fraud.\n\n"
		    "Aides cheered as she was announced the winner.\n\n"
		    "The senator, who was declared the winner last week, now struggles.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Sanders was declared the winner in Rhode Island", NULL,
		 "was declared", NULL);
	claim_is(
		&f, 1, CLAIM_INDIRECT,
		"Mr. Yanukovych, then prime minister, was declared the winner of an election in 2004",
		NULL, "was declared", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "she was announced the winner", NULL, "was announced",
		 NULL);
	done(&f);
}

/* "Many think ...", "Both have promised to ...", "the two argued that ...": a quantifier alone
 * stands for the people it counts and is the source; not in a relative clause ("what many
 * expect to be his softball interview"). */
static void counted_sources(void)
{
	struct fixture f = run("Many think the endorsement is only a matter of time.\n\n"
			       "Both have promised to pursue legislation if elected.\n\n"
			       "The two argued that the rules were unfair.\n\n"
			       "The hosts gave what many expect to be a softball interview.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the endorsement is only a matter of time", "Many", "think",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to pursue legislation if elected", "Both", "have promised",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the rules were unfair", "The two", "argued", NULL);
	done(&f);
}

/* "Sanders, who on Tuesday endorsed Clinton, ...", "Curiel, who through his office declined to
 * comment, ...": a phrase between a relative pronoun and its verb is no source (the claim was
 * dropped as said by "on Tuesday"); the pronoun is, for its antecedent. */
static void phrase_after_relative(void)
{
	struct fixture f = run("The judge, who through his office declined to comment, was born in "
			       "Indiana.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "to comment", "who", "declined", NULL);
	done(&f);
}

/* NYT-style "'''": a single mark closing a quotation inside the quotation, then the two that close
 * it; the source after it is found. Control: "''" alone closes as before. */
static void three_apostrophes(void)
{
	struct fixture f =
		run("''Voters will not be satisfied with 'We'll bomb them,''' said Senator John "
		    "McCain.\n\n"
		    "''We will win,'' said Senator John Thune.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Voters will not be satisfied with 'We'll bomb them,'",
		 "Senator John McCain", "said", NULL);
	CHECK(renders(&f, 0,
		      "John McCain said: \u201cVoters will not be satisfied with \u2018We'll bomb "
		      "them\u2019\u201d"));
	claim_is(&f, 1, CLAIM_DIRECT, "We will win,", "Senator John Thune", "said", NULL);
	done(&f);
}

/* "Newspaper reports have said ...": "reports" after a noun and before an auxiliary and a
 * speech verb is the subject's noun, not a verb whose subject is "Newspaper"; "The reports have
 * said" was read so already, and a verb "reports" stays one ("Acme reports that sales rose") */
static void report_noun_before_have_said(void)
{
	struct fixture f = run("Newspaper reports have said the minister was infatuated with the "
			       "woman.\n\n"
			       "Acme reports that sales rose in May.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the minister was infatuated with the woman",
		 "Newspaper reports", "have said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that sales rose in May", "Acme", "reports", NULL);
	done(&f);
}

int main(void)
{
	RUN(speech_verbs);
	RUN(hearsay);
	RUN(beliefs_without_that);
	RUN(noun_before_verb);
	RUN(relative_subjects);
	RUN(pronoun_after_cue);
	RUN(asides_before_content);
	RUN(cue_on_a_day);
	RUN(documents_without_determiner);
	RUN(headline_bare_nouns);
	RUN(quotation_paragraphs_after_colon);
	RUN(headline_labels);
	RUN(cue_first);
	RUN(long_tags);
	RUN(impressions_after_it);
	RUN(asking_requests);
	RUN(made_clear);
	RUN(expected_in_relative);
	RUN(expected_after_apposition);
	RUN(denied_charges);
	RUN(report_nouns);
	RUN(poll_counts);
	RUN(missing_forms);
	RUN(pronoun_object);
	RUN(group_backer);
	RUN(adverb_before_subject);
	RUN(declared_winner);
	RUN(counted_sources);
	RUN(phrase_after_relative);
	RUN(three_apostrophes);
	RUN(report_noun_before_have_said);
	return CHECK_DONE();
}
