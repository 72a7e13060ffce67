/* Unit tests of the claims module's frames added for recall and content boundaries: impressions,
 * a document in an opening phrase, views, questions after cues that need "that", and where
 * content ends. */
#include "claims_fixture.h"

/* "X seemed to", "it appears that": no source, the clause (its subject included) is the
 * content; "appeared on CNN" is no impression. */
static void impressions(void)
{
	struct fixture f = run("The music seemed to match the mood of the arena.\n\n"
			       "It appears that the plan failed.\n\n"
			       "She appeared on CNN on Sunday.\n\n"
			       "The decision is widely expected to be unfavorable for Beijing.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "The music seemed to match the mood of the arena", NULL,
		 "seemed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the plan failed", NULL, "appears", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "The decision is widely expected to be unfavorable for Beijing", NULL,
		 "is widely expected", NULL);
	/* the reader sees the article's own impression as unattributed, not "Seemed" */
	struct buf line = BUF_INIT;
	claims_render(&line, f.d, &f.l->items[0], NULL);
	CHECK_STR(line.data,
		  "Unattributed (impression): The music seemed to match the mood of the arena");
	buf_free(&line);
	done(&f);
}

/* "would seem to", "can't seem to", a generic "we seem to": the writer's hedge, no impression
 * reported; "doesn't seem to" and "had appeared to" stay, as does "It would appear that". */
static void hedged_impressions(void)
{
	struct fixture f = run("The old bridge would seem to need repairs before winter.\n\n"
			       "The coach can't seem to find a striker.\n\n"
			       "We seem to sleep better in cold rooms.\n\n"
			       "The council doesn't seem to mind the noise.\n\n"
			       "The senator had appeared to soften his stance.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The council doesn't seem to mind the noise", NULL, "seem",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The senator had appeared to soften his stance", NULL,
		 "appeared", NULL);
	done(&f);
}

/* "In the latest poll, X": the poll is the source, as "according to" it; "In a statement, the
 * company said" is the cue's claim only. */
static void document_in_opening_phrase(void)
{
	struct fixture f =
		run("In the latest Quinnipiac poll, Clinton leads Trump by five points.\n\n"
		    "In a statement, the company said it would appeal.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "Clinton leads Trump by five points",
		 "the latest Quinnipiac poll", "In", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it would appeal", "the company", "said", NULL);
	done(&f);
}

/* A name and its apposition before ", said" are the subject, not content; "say this is" opens a
 * clause; a question word after a cue that needs "that"; "see X as Y" but not "saw the
 * incident"; "what X called “...”". */
static void subjects_and_objects(void)
{
	struct fixture f = run(
		"Congressman Chris Collins, a Trump supporter, said the party will unite.\n\n"
		"Others say this is just a rough patch.\n\n"
		"She knows how to use it.\n\n"
		"Democratic voters see Clinton as the stronger candidate.\n\n"
		"Reporters saw the incident.\n\n"
		"It was what Newt Gingrich called \xE2\x80\x9Cthe loudest election.\xE2\x80\x9D\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the party will unite",
		 "Congressman Chris Collins, a Trump supporter", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "this is just a rough patch", "Others", "say", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "how to use it", "She", "knows", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Clinton as the stronger candidate", "Democratic voters",
		 "see", NULL);
	claim_is(&f, 4, CLAIM_DIRECT, "what Newt Gingrich called \xE2\x80\x9Cthe loudest election.",
		 "Newt Gingrich", "called", NULL);
	done(&f);
}

/* Quotations: a straight mark closed by a curly one; a quotation that goes on after its tag and
 * a colon, or after a participle phrase. */
static void quotations_go_on(void)
{
	struct fixture f =
		run("\"This is a long process,\xE2\x80\x9D said Paul Lindsay, a spokesman.\n\n"
		    "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said Monday: \xE2\x80\x9CThe door is "
		    "open.\xE2\x80\x9D\n\n"
		    "\"These guys know words,\" said Sherman, speaking of politicians, \"and leave "
		    "room.\"\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "This is a long process,", "Paul Lindsay, a spokesman",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "We will win,\xE2\x80\x9D he said Monday: \xE2\x80\x9CThe door is open.", "he",
		 "said", NULL);
	claim_is(
		&f, 2, CLAIM_DIRECT,
		"These guys know words,\" said Sherman, speaking of politicians, \"and leave room.",
		"Sherman", "said", NULL);
	done(&f);
}

/* A quotation after a tag whose place ends in an abbreviation ("in Binghamton, N.Y.", "after a
 * forum in Fort Mill, S.C."): the splitter sees no sentence's end at its stop, and the
 * quotation after it goes on with the first one. */
static void quotation_after_place_abbreviation(void)
{
	struct fixture f = run("\xE2\x80\x9CHer record is not good,\xE2\x80\x9D Sanders said at a "
			       "rally in Binghamton, N.Y. \xE2\x80\x9CShe worked to export "
			       "fracking.\xE2\x80\x9D\n");

	REQUIRE(f.l->n >= 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "Her record is not good,\xE2\x80\x9D Sanders said at a rally in Binghamton, N.Y. "
		 "\xE2\x80\x9CShe worked to export fracking.",
		 "Sanders", "said", NULL);
	done(&f);
}

/* Where content ends: an apposition with "the" or a possessive, a relative clause after a
 * preposition, a contrast after a dash, "but not naming", a question mark, a bracket opened
 * before the content. */
static void content_ends(void)
{
	struct fixture f = run(
		"She said the firm allows 12 weeks of leave, the legal minimum for employers.\n\n"
		"He praised Condoleezza Rice, his adviser at the time.\n\n"
		"He said experts had backed the plan, to which O'Malley objected.\n\n"
		"He touted his lead in the polls - although Trump leads the field.\n\n"
		"She criticized the business mogul but not naming him.\n\n"
		"He asked whether the plan would work?\n\n"
		"(Sanders declined to comment on the report.)\n");

	/* "experts had backed" is part of what he said (claims_drop_nested): no claim of its own */
	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT, "the firm allows 12 weeks of leave", "She", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Condoleezza Rice", "He", "praised", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "experts had backed the plan", "He", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "his lead in the polls", "He", "touted", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the business mogul", "She", "criticized", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "whether the plan would work", "He", "asked", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "to comment on the report", "Sanders", "declined", NULL);
	done(&f);
}

/* A noun of a stance with its own preposition ("his attacks on", "support for"), not after a
 * cue verb ("reiterated his support for"), not with another preposition ("support of") and not
 * when nobody holds it ("support for periodic task execution"). */
static void stance_nouns(void)
{
	struct fixture f = run("His attacks on billionaire financiers have elevated money.\n\n"
			       "Ryan reiterated his support for the bill.\n\n"
			       "The support of voters matters.\n\n"
			       "The framework has support for periodic task execution.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "billionaire financiers", "His", "attacks on", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "his support for the bill", "Ryan", "reiterated", NULL);
	done(&f);
}

/* Sources: the clause's subject after "X thanked Y and said", "One in three", "those surveyed",
 * "said several observers"; phrasal cues "laid out", "would not rule out". */
static void sources_and_phrasal_cues(void)
{
	struct fixture f = run("Rubio thanked Miami and said it was great to be home.\n\n"
			       "One in three said the party does not care.\n\n"
			       "Those surveyed said Trump was best able to handle the issue.\n\n"
			       "The race was surprising, said several observers.\n\n"
			       "Trump laid out his vision for America.\n\n"
			       "Ayotte would not rule out shifting her position.\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 1, CLAIM_INDIRECT, "it was great to be home", "Rubio", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the party does not care", "One in three", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Trump was best able to handle the issue", "Those surveyed",
		 "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "The race was surprising", "several observers", "said",
		 NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "his vision for America", "Trump", "laid out", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "shifting her position", "Ayotte", "would not rule out",
		 NULL);
	done(&f);
}

/* "have often argued", a clause after "added," when the tag opens the sentence, an addressee
 * then a clause opening with a possessive, a programme's title between "told" and "that". */
static void tags_and_addressees(void)
{
	struct fixture f =
		run("Republicans have often argued that guns make people safer.\n\n"
		    "She added, Donald Trump is a proven businessman.\n\n"
		    "Podesta told the AP his firm worked closely with the nonprofit.\n\n"
		    "Kasich told ABC\xE2\x80\x99s \xE2\x80\x9CThis Week\xE2\x80\x9D that he "
		    "agrees.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that guns make people safer", "Republicans",
		 "have often argued", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Donald Trump is a proven businessman", "She", "added",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his firm worked closely with the nonprofit", "Podesta",
		 "told", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that he agrees", "Kasich", "told", NULL);
	done(&f);
}

/* A name with an apposition without an article before ", said"; a gerund clause after the cue;
 * a short phrase, then a clause with a pronoun subject. */
static void appositions_and_gerunds(void)
{
	struct fixture f =
		run("Montana Sen. Jon Tester, chairman of the committee, said the ticket "
		    "puts senators at risk.\n\n"
		    "Tester said having Trump on the ticket puts senators at risk.\n\n"
		    "Pence said in politics it takes time to build trust.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the ticket puts senators at risk",
		 "Montana Sen. Jon Tester, chairman of the committee", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "having Trump on the ticket puts senators at risk",
		 "Tester", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "it takes time to build trust", "Pence", "said", NULL);
	done(&f);
}

/* "As X put it, Y" and "X put it this way: “...”"; "put" alone is no cue. */
static void put_it(void)
{
	struct fixture f = run("As Mr. Sykes put it, you realize you have destroyed the outlet.\n\n"
			       "The senator put it this way: \"We will win.\"\n\n"
			       "She put the bill on hold.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "you realize you have destroyed the outlet", "Mr. Sykes",
		 "put it", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We will win.", "The senator", "put it", NULL);
	done(&f);
}

/* "He proposed X, but analysts agreed Y": a source after ", but" or ", and" begins a clause of
 * its own, no tag reporting the clause before it; that clause keeps its own claim, and the
 * analysts theirs. */
static void coordinated_source_no_tag(void)
{
	struct fixture f = run("Reed proposed cutting the fee, but analysts agreed it was still a "
			       "poor plan.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "cutting the fee", "Reed", "proposed", "Reed");
	claim_is(&f, 1, CLAIM_INDIRECT, "it was still a poor plan", "analysts", "agreed", NULL);
	done(&f);
}

/* "Ms. Reyes, who had run the mill, said the sale, later blocked, was meant to ...": a name and
 * its relative clause before "said", a clause with its own verb after it: the name is the
 * speaker and the clause what she said, not an inverted tag whose source is "the sale". A
 * source after the cue with no verb of its own stays one. */
static void relative_subject_before_said(void)
{
	struct fixture f = run("Ms. Reyes, who had run the mill for a decade, said the sale, later "
			       "blocked by the court, was meant to keep her family in charge.\n\n"
			       "\"The vote was fair,\" said Mr. Pratt, who counted the ballots.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the sale, later blocked by the court, was meant to keep her family in charge",
		 "Ms. Reyes, who had run the mill for a decade", "said", "Reyes");
	claim_is(&f, 1, CLAIM_DIRECT, "The vote was fair,", "Mr. Pratt, who counted the ballots",
		 "said", "Pratt");
	done(&f);
}

/* "No one was hurt, but the crews closed the road and said ...": the verb after "and" goes on
 * the clause that ", but" opens, whose subject is the crews, not the sentence's first clause. */
static void and_said_after_but(void)
{
	struct fixture f = run("No one was hurt, but the crews closed the old road and said they "
			       "would check the bridge.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "they would check the bridge", "the crews", "said", NULL);
	done(&f);
}

/* "X, but according to S, Y": the source speaks for the clause after it, not for the writer's
 * clause before ", but"; "X, according to S" keeps the clause before. */
static void but_according_to(void)
{
	struct fixture f =
		run("The rebels shut the main roads, but according to local officials, a "
		    "smaller road remained open.\n\n"
		    "The rebels shut the main roads, according to local officials.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "a smaller road remained open", "local officials",
		 "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "The rebels shut the main roads", "local officials",
		 "according to", NULL);
	done(&f);
}

/* "The relatives refused to sign, and in recent days said ...": a time phrase between "and" and
 * the cue is neither the source nor an object; the subject of the clause before "and" is. */
static void and_time_said(void)
{
	struct fixture f =
		run("The tenants refused to sign the lease, and in recent days said they "
		    "would not pay the rent.\n\n"
		    "The tenants thus far had paid the owner but on Monday said the "
		    "roof still leaks.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to sign the lease", "The tenants", "refused", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "they would not pay the rent", "The tenants", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the roof still leaks", "The tenants", "said", NULL);
	CHECK_EQ(f.l->n, 3);
	done(&f);
}

/* "sent strong signals that", "have sent word that": the message a verb sends is a statement,
 * the verb's subject its source; a relative clause after "that" is none, nor a word or a
 * message nobody sends, nor a signal still to be sent. */
static void sent_signals(void)
{
	struct fixture f = run(
		"Top union officials sent strong new signals Monday that the strike would end.\n\n"
		"The rebels have sent word that the hostages are safe.\n\n"
		"The mayor sent a signal that angered voters.\n\n"
		"The word that he used was rude. It is time to send a signal that it matters.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the strike would end", "Top union officials",
		 "sent strong new signals", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the hostages are safe", "The rebels",
		 "have sent word", NULL);
	done(&f);
}

/* "The city leader, in an “initiative” meant to calm the unions, announced": a word in
 * quotation marks inside the phrase between the source and its cue names a thing; the phrase
 * is still set off, the source before it. */
static void scare_quote_in_parenthetical(void)
{
	struct fixture f = run("The town met on Monday.\n\n"
			       "The harbour master, in a new “plan” meant to calm the crews, "
			       "announced that the fees would fall.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the fees would fall", "The harbour master",
		 "announced", NULL);
	done(&f);
}

/* "Y, X said Tuesday in Oslo, noting Z": what follows the participle is its own content, so the
 * tag's content is the clause before it, not the quotation after "noting". */
static void participle_after_inverted_tag(void)
{
	struct fixture f =
		run("The town met on Monday.\n\n"
		    "The new fees are a disgrace, Lena Cole said Tuesday in Oslo, noting "
		    "the harbour “takes our bread.”\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The new fees are a disgrace", "Lena Cole", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the harbour “takes our bread", "Lena Cole", "noting",
		 NULL);
	done(&f);
}

/* "“Who do they think they are?” X said of the board in March, when the board refused to meet
 * her.": the tag of a question that closed the sentence before goes on to a clause that tells
 * when; the question is still what X said, and the clause's own claim stays. */
static void question_tag_before_when(void)
{
	struct fixture f = run("The town met on Monday.\n\n"
			       "“Who do they think they are?” Lena Cole said of the board in May, "
			       "when the board refused to hear her.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Who do they think they are?", "Lena Cole", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to hear her", "the board", "refused", NULL);
	done(&f);
}

/* "And, X tells the crowd, he has been tough": a tag set inside the sentence, with an addressee,
 * says the words around it as "X said" does (the content runs over the tag), not the connective
 * alone. */
static void inner_tag_with_addressee(void)
{
	struct fixture f = run("The town met on Monday.\n\n"
			       "And, Lena Cole tells the crowd, she has never lost a race.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "And, Lena Cole tells the crowd, she has never lost a race",
		 "Lena Cole", "tells", NULL);
	done(&f);
}

/* "The two met – Ryan saying he was pleased": a name after a comma or a dash right before the
 * participle is the participle's own subject. */
static void absolute_participle_subject(void)
{
	struct fixture f =
		run("The town met on Monday.\n\n"
		    "The two rivals met for an hour – Cole saying the talk went well.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the talk went well", "Cole", "saying", NULL);
	done(&f);
}

/* "When the vote was over, he says not much ...", "On the last night, the mayor told a story":
 * words before the tag that only set the scene are no content of an inverted tag; a tag set
 * inside the sentence still says the words around it. */
static void opening_before_tag(void)
{
	struct fixture f =
		run("The town met on Monday.\n\n"
		    "When the long vote was over, he says not much had changed in the town.\n\n"
		    "On the last night of the fair, the mayor told a story.\n\n"
		    "In his town, Lena Cole said, the mill has never closed.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "In his town, Lena Cole said, the mill has never closed",
		 "Lena Cole", "said", NULL);
	done(&f);
}

/* A quotation alone in its paragraph, signed by a dash that opens the next ("- Lena Cole.",
 * "-Tom Hale, in the debate."), as a fact check lists what each candidate said; a quotation a
 * tag already claimed is not signed again. */
static void dash_signs_paragraph_before(void)
{
	struct fixture f = run("The debate ran late.\n\n"
			       "\"The mill will stay open as long as I am mayor.\"\n\n"
			       "- Lena Cole.\n\n"
			       "The mill closed in 2010.\n\n"
			       "Tom Hale said:\n\n"
			       "\"We never raised taxes on farmers.\"\n\n"
			       "-Tom Hale, in the debate.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "The mill will stay open as long as I am mayor.", "Lena Cole",
		 "-", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We never raised taxes on farmers.", "Tom Hale", "said",
		 NULL);
	done(&f);
}

/* A poll after "in" at a clause's end: a subordinate clause after it ends it (at its comma, or
 * after a participle: "in the Iowa polls conducted before"), the next clause may have a poll of
 * its own, "the most recent" poll is a poll, and "led", "held" are verbs of a standing. A cue
 * verb after the poll is a clause of its own ("respondents in the poll said"), and a place named
 * after "in" is no poll ("in South Carolina atop the polls in Iowa, where"). */
static void polls_at_clause_end(void)
{
	struct fixture f = run(
		"Cruz came in second in January polls, although Rubio moved from third to second "
		"in a newer survey from Florida Southern College.\n\n"
		"Kasich was at 25 percent support in the most recent Fox poll.\n\n"
		"Clinton led Sanders in an NBC News poll.\n\n"
		"Sanders held a big lead in the Iowa polls conducted before Clinton won.\n\n"
		"More than half of respondents in the Suffolk poll said the nation needs more than "
		"two parties.\n\n"
		"Trump and Cruz entered the debate in South Carolina atop the polls in Iowa, where "
		"voters will go to caucuses.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "Cruz came in second", "January polls", "in", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Rubio moved from third to second",
		 "a newer survey from Florida Southern College", "in", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "Kasich was at 25 percent support",
		 "the most recent Fox poll", "in", NULL);
	claim_is(&f, 3, CLAIM_ACCORDING_TO, "Clinton led Sanders", "an NBC News poll", "in", NULL);
	claim_is(&f, 4, CLAIM_ACCORDING_TO, "Sanders held a big lead", "the Iowa polls", "in",
		 NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "the nation needs more than two parties",
		 "More than half of respondents in the Suffolk poll", "said", NULL);
	done(&f);
}

/* "offered" with a noun of something said and what it is of or about: the speaker's words told
 * as a noun phrase, up to a time or a subordinate clause ("on Tuesday as he ended his bid"). A
 * noun with nothing after it says nothing ("a halting response on Tuesday"); a discount, advice
 * or a passive ("was offered") is no claim */
static void offered_said(void)
{
	struct fixture f =
		run("Trump offered an emotional defense of the city during the debate.\n\n"
		    "Rubio offered the crowd an emotional evaluation of the race on Tuesday as he "
		    "ended his bid.\n\n"
		    "His campaign offered a halting response on Tuesday.\n\n"
		    "The company offered a discount to new customers.\n\n"
		    "He was offered a defense of the plan.\n\n"
		    "The senator offered advice to the mayor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "an emotional defense of the city", "Trump", "offered",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "an emotional evaluation of the race", "Rubio", "offered",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(quotation_after_place_abbreviation);
	RUN(and_time_said);
	RUN(polls_at_clause_end);
	RUN(offered_said);
	RUN(but_according_to);
	RUN(and_said_after_but);
	RUN(relative_subject_before_said);
	RUN(impressions);
	RUN(coordinated_source_no_tag);
	RUN(hedged_impressions);
	RUN(document_in_opening_phrase);
	RUN(subjects_and_objects);
	RUN(quotations_go_on);
	RUN(content_ends);
	RUN(stance_nouns);
	RUN(sources_and_phrasal_cues);
	RUN(tags_and_addressees);
	RUN(appositions_and_gerunds);
	RUN(put_it);
	RUN(sent_signals);
	RUN(scare_quote_in_parenthetical);
	RUN(participle_after_inverted_tag);
	RUN(question_tag_before_when);
	RUN(inner_tag_with_addressee);
	RUN(absolute_participle_subject);
	RUN(opening_before_tag);
	RUN(dash_signs_paragraph_before);
	return CHECK_DONE();
}
