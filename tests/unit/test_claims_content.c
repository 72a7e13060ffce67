/* Unit tests of where the content of a claim begins and ends: contrasts, tags inside the
 * sentence, phrases quoted inside a clause, opening subordinate clauses and cue forms. */
#include "claims_fixture.h"

/* ", but" and a clause with its own subject is the writer's contrast, not the speaker's words;
 * after a "not" in the content, or before "but that", "but not", it goes on. */
static void but_clause(void)
{
	struct fixture f =
		run("The Saudis have said they would support the release, but the anger grows.\n\n"
		    "He said he was not prosecuted for what he did, but he was punished anyway.\n\n"
		    "She said the process was fair, but that it required an effort.\n\n"
		    "The FBI said she was careless, but did not recommend charges.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "they would support the release", "The Saudis", "have said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "he was not prosecuted for what he did, but he was punished anyway", "He", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the process was fair, but that it required an effort",
		 "She", "said", NULL);
	/* a verb phrase of the cue's form after ", but" is the speaker's next act (PolNeAR's
	 * "concluded Clinton had been extremely careless ..., but did not recommend ...": the
	 * content ends before it); test_claims_end35 keeps the ones that go on */
	claim_is(&f, 3, CLAIM_INDIRECT, "she was careless", "The FBI", "said", NULL);
	done(&f);
}

/* "Y, he said, because Z": a subordinate clause, an infinitive or "by" and a gerund after the
 * tag goes on with Y; "on condition of anonymity" or a participle about the speaker does not. */
static void tag_goes_on(void)
{
	struct fixture f = run("He is leaning toward Kasich, he said, because he prizes "
			       "electability.\n\n"
			       "It is his job, he said, to talk to Congress about the threat.\n\n"
			       "Sales were great, he said, wiping sweat off his face.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "He is leaning toward Kasich, he said, because he prizes electability", "he",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "It is his job, he said, to talk to Congress about the threat", "he", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Sales were great", "he", "said", NULL);
	done(&f);
}

/* A phrase quoted inside a clause that goes on after it is paraphrase to the clause's end; an
 * utterance of its own in capitals, or a quotation the tag follows, stays the quoted words. */
static void quote_in_clause(void)
{
	struct fixture f =
		run("Obama said \u201cit gets me mad\u201d every time he hears about the "
		    "victims.\n\n"
		    "Sanders pledged to \u201cbring our political revolution\u201d to the "
		    "convention.\n\n"
		    "She tweeted \u201cThank you Indiana\u201d on Friday afternoon.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "\u201cit gets me mad\u201d every time he hears about the victims", "Obama",
		 "said", NULL);
	CHECK_EQ(f.l->items[0].nquote, 0);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "to \u201cbring our political revolution\u201d to the convention", "Sanders",
		 "pledged", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "Thank you Indiana", "She", "tweeted", NULL);
	done(&f);
}

/* A cue in an opening subordinate clause: its content ends where the main clause begins. */
static void opening_clause(void)
{
	struct fixture f = run("After Cruz lamented illegal immigration, Clinton took a moment to "
			       "reach out to voters.\n\n"
			       "When Trump said the wall would be built, the crowd cheered.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "illegal immigration", "Cruz", "lamented", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the wall would be built", "Trump", "said", NULL);
	done(&f);
}

/* A noun phrase for content ends before a year, a month or "during ..." after a short object,
 * not inside a longer one ("a bill that he supported in 2007"), and "in 2007" alone is no
 * content. */
static void np_times(void)
{
	struct fixture f = run("The union endorsed Hillary Clinton in November.\n\n"
			       "He attacked Clinton and Rubio during the course of the rant.\n\n"
			       "She criticized a bill that he supported in 2007.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "Hillary Clinton", "The union", "endorsed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton and Rubio", "He", "attacked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a bill that he supported in 2007", "She", "criticized",
		 NULL);
	done(&f);
}

/* "asked about X": the topic of the question claims nothing (asked_topic()); the answer after
 * it is the claim. */
static void asked_about(void)
{
	struct fixture f = run("When asked about his paid speeches, Huckabee said he had none.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "he had none", "Huckabee", "said", NULL);
	done(&f);
}

/* The present forms of cue verbs are cues as their past forms are. */
static void present_forms(void)
{
	struct fixture f = run("Sanders vows to press on to the next primary.\n\n"
			       "The ad slams Kasich for his vote.\n\n"
			       "The mayor urges residents to stay home.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to press on to the next primary", "Sanders", "vows", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Kasich for his vote", "The ad", "slams", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "residents to stay home", "The mayor", "urges", NULL);
	done(&f);
}

/* A tag between commas whose quotation goes on with the words before it: the content begins
 * with the sentence; after an opening phrase the quotation alone is the content. */
static void joined_before_tag(void)
{
	struct fixture f = run(
		"The streets were deserted, he added, \u201cbut people need to connect.\u201d\n\n"
		"On the subject of Israel, Trump added, \u201cSheldon knows that.\u201d\n\n"
		"The reality is, he added, \u201cThere are no recusals.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "The streets were deserted, he added, \u201cbut people need to connect.", "he",
		 "added", NULL);
	CHECK_EQ(f.l->items[0].nquote, 1);
	claim_is(&f, 1, CLAIM_DIRECT, "Sheldon knows that.", "Trump", "added", NULL);
	/* a clause with a verb before the tag joins a quotation in capitals too */
	claim_is(&f, 2, CLAIM_DIRECT, "The reality is, he added, \u201cThere are no recusals.",
		 "he", "added", NULL);
	done(&f);
}

/* A participle cue after "and", "while" or a dash begins a second statement; "speaking",
 * "showing" and "pushing" are no such cue here. */
static void second_participle(void)
{
	struct fixture f =
		run("He spoke Sunday, urging voters to see the big picture and promising "
		    "to manage the upheaval.\n\n"
		    "She declined to claim victory - only saying that she was relieved.\n\n"
		    "He criticized Clinton for accepting donations and speaking fees.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "voters to see the big picture", "He", "urging", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to manage the upheaval", "He", "promising", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "victory", "She", "declined to claim", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that she was relieved", "She", "only saying", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Clinton for accepting donations and speaking fees", "He",
		 "criticized", NULL);
	done(&f);
}

/* "while" or "even as" and a clause with a speech cue of its own ends the content; a belief
 * ("while he fears ...") does not. */
static void while_clause(void)
{
	struct fixture f = run("Clinton accused Sanders of a smear while Sanders suggested she was "
			       "a captive of Wall Street.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "Sanders of a smear", "Clinton", "accused", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she was a captive of Wall Street", "Sanders", "suggested",
		 NULL);
	done(&f);
}

/* Paraphrase before its tag runs on over the quotations that follow in its paragraph, as a
 * quotation before its tag does. */
static void paraphrase_runs_on(void)
{
	struct fixture f =
		run("Or maybe Jeb Bush, Phil Musser says. \"A second look is occurring.\"\n\n"
		    "Next paragraph.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Or maybe Jeb Bush, Phil Musser says. \"A second look is occurring.",
		 "Phil Musser", "says", NULL);
	done(&f);
}

/* "went on to say", "continued to say": the phrase is the cue, its subject the source; "to
 * say" alone is no cue ("hard to say"). */
static void goes_on_to_say(void)
{
	struct fixture f = run("He went on to say the behavior is very different.\n\n"
			       "Lewandowski continued to say he had never touched Fields.\n\n"
			       "Whether it will be enough is hard to say.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the behavior is very different", "He", "went on to say",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he had never touched Fields", "Lewandowski",
		 "continued to say", NULL);
	done(&f);
}

/* "went on to add that", "went so far as to say": the bare "add" and "note" are cues with "that"
 * (a quotation after it too), the phrase before them the cue; an order to the reader ("Note
 * that", "Please note that") is no one's statement, nor "add" without "that". */
static void goes_on_to_add(void)
{
	struct fixture f =
		run("The coach went on to add that \"the season is not over.\"\n\n"
		    "The mayor went on to note that the bridge had been closed.\n\n"
		    "The senator went so far as to say the bill was a disgrace.\n\n"
		    "In the first week, they note, the council met twice.\n\n"
		    "Note that the figures are rough. Please note that this is a draft.\n\n"
		    "You can add that to the list.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "that \"the season is not over", "The coach",
		 "went on to add", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the bridge had been closed", "The mayor",
		 "went on to note", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bill was a disgrace", "The senator",
		 "went so far as to say", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "In the first week, they note, the council met twice",
		 "they", "note", NULL);
	done(&f);
}

/* ", but" after a short phrase ("but for Republicans, it is") ends the content too, after "and
 * not"; an aside between commas after the cue comes before the content ("said, among other
 * things, that"), a second cue there does not ("said, adding, “...”"). */
static void asides(void)
{
	struct fixture f =
		run("Clinton says the mails were personal and not work-related, but for "
		    "Republicans, it is a smoking gun.\n\n"
		    "Mr. Trump said, among other things, that Mr. Bezos has a problem.\n\n"
		    "They will meet next week, Spicer said, adding, \"They need to talk.\"\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mails were personal and not work-related", "Clinton",
		 "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that Mr. Bezos has a problem", "Mr. Trump", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "They will meet next week", "Spicer", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "They need to talk.", "Spicer", "adding", NULL);
	done(&f);
}

/* "expressed concern about X": the feeling belongs to the cue, X is the content; "expressed
 * support for X" keeps the support. "called out", "called upon" take their particle. */
static void feelings_and_particles(void)
{
	struct fixture f =
		run("Senators expressed concern about the new rules.\n\n"
		    "The company expressed confidence it was holding the better hand.\n\n"
		    "He expressed his support for the mayor.\n\n"
		    "Rubio called out his rival for alienating voters.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new rules", "Senators", "expressed concern about",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it was holding the better hand", "The company",
		 "expressed confidence", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his support for the mayor", "He", "expressed", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "his rival for alienating voters", "Rubio", "called out",
		 NULL);
	done(&f);
}

/* The question of an opening "Asked ..." ends where the main clause begins; an opening
 * subordinate clause before "according to" and a bracket the content does not close are the
 * writer's, not the content. */
static void opening_phrases(void)
{
	struct fixture f = run(
		"Asked whether the policy was right, Rubio gave a roundabout answer.\n\n"
		"Though he has no shot at the nomination, Kasich has the best odds, according to "
		"the poll.\n\n"
		"(The book is his own manifesto, according to the publisher.)\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "whether the policy was right", NULL, "Asked", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Kasich has the best odds", "the poll", "according to",
		 NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "The book is his own manifesto", "the publisher",
		 "according to", NULL);
	done(&f);
}

/* An impression's content begins at its subject, after a phrase before it; an apposition with a
 * verb or a participle stays in the subject. */
static void impression_subject(void)
{
	struct fixture f = run("After the debate, the Sanders team appeared to change course.\n\n"
			       "No one, including Clinton, seems to have followed up.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the Sanders team appeared to change course", NULL,
		 "appeared", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "No one, including Clinton, seems to have followed up",
		 NULL, "seems", NULL);
	done(&f);
}

/* A relative clause or a concession between commas inside the content's clause, then that
 * clause's verb, goes on ("the talks, which started a decade ago, remained ...", "the scandal,
 * while troublesome, was ..."), as does one right after "that"; one that ends the sentence, or
 * one followed by anything but a verb, ends the content. */
static void inner_relative(void)
{
	struct fixture f =
		run("Kerry said the annual talks, which started a decade ago, remained useful.\n\n"
		    "He said that Sanders, who is Jewish, was in fact an atheist.\n\n"
		    "She said the bill is fine, which surprised nobody.\n\n"
		    "She said she would back Clinton, who won Iowa, if asked.\n\n"
		    "He says the email scandal, while troublesome, was dealt with.\n\n"
		    "They argue that, while the tax may help, workers won't see savings.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the annual talks, which started a decade ago, remained useful", "Kerry", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that Sanders, who is Jewish, was in fact an atheist", "He",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bill is fine", "She", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "she would back Clinton", "She", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the email scandal, while troublesome, was dealt with",
		 "He", "says", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "that, while the tax may help, workers won't see savings",
		 "They", "argue", NULL);
	done(&f);
}

/* A cue in a relative clause after a preposition ("an interview in which he says ...") has
 * what follows it for content; after "which" alone the relative clause is the content. */
static void prep_which(void)
{
	struct fixture f =
		run("The ad shows an interview in which he says he will build a wall.\n\n"
		    "It is a wall, which he said Mexico should pay for.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he will build a wall", "he", "says", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "which he said Mexico should pay for", "he", "said", NULL);
	done(&f);
}

/* "on Thursday" ending the sentence after noun-phrase content dates the telling, not the
 * content; a clause keeps its day ("the chamber will vote on Monday"). */
static void telling_day(void)
{
	struct fixture f =
		run("Kasich announced his support for the governor on Thursday night.\n\n"
		    "He said the chamber will vote on the measures on Monday.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "his support for the governor", "Kasich", "announced",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the chamber will vote on the measures on Monday", "He",
		 "said", NULL);
	done(&f);
}

/* A cue in a relative clause set in its sentence's subject: the content ends where the main
 * clause's verb comes back after the comma ("Curiel, who declined to comment, was born ..."). */
static void relative_closes(void)
{
	struct fixture f = run("Curiel, who declined to comment, was born in Indiana.\n\n"
			       "The vote, which she has said was a mistake, was a major factor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "to comment", "who", "declined", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "which she has said was a mistake", "she", "has said",
		 NULL);
	done(&f);
}

/* A contrast after a comma inside a quotation's end ends the content as after a comma
 * outside it; a relative clause there goes on with the quoted noun. */
static void contrast_after_quote(void)
{
	struct fixture f =
		run("Trump said the war was \"a terrible mistake,\" although troops "
		    "remain.\n\n"
		    "Reid said both men are \"non-entities,\" but he gave Cruz a compliment."
		    "\n\n"
		    "He said they could win \"a battle in Cleveland,\" where the party "
		    "meets.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the war was \"a terrible mistake", "Trump", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "both men are \"non-entities", "Reid", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "they could win \"a battle in Cleveland,\" where the party meets", "He", "said",
		 NULL);
	done(&f);
}

/* A question that is content in its own words keeps its question mark; a clause reported in
 * the writer's question does not take the writer's mark ("Did he say ...?", with its inverted
 * auxiliary, reports nothing: test_claims_nostate.c). */
static void question_mark(void)
{
	struct fixture f = run("The guests met on Sunday.\n\n"
			       "BOULDUAN: Why not debate in New York?\n\n"
			       "BENENSON: Well, I think he has a lot of people.\n\n"
			       "So he said he would hack the emails?\n");

	CHECK_EQ(f.l->n >= 2, 1);
	CHECK_EQ(span_is(&f, f.l->items[0].content, "Why not debate in New York?"), true);
	CHECK_EQ(span_is(&f, f.l->items[f.l->n - 1].content, "he would hack the emails"), true);
	done(&f);
}

/* "said on NBC's “Meet the Press” that ...": a title quoted in the phrase after the cue is no
 * content; "that" after it opens the content. */
static void quoted_title_before_that(void)
{
	struct fixture f =
		run("The governor said on a station's \"Evening Hour\" that the state would "
		    "appeal.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the state would appeal", "The governor", "said",
		 NULL);
	done(&f);
}

/* A free relative "what X calls Y" is a noun phrase of its sentence: it ends at a bracket it
 * did not open, at a dash or colon before a verb or participle, and after a quotation a verb
 * follows. A dash before the thing itself, a colon before a quotation, or a quotation with
 * more of the phrase after it, goes on. */
static void free_relative_end(void)
{
	struct fixture f = run(
		"The bill moves the tax (onto what economists call spending) and away from "
		"income.\n\n"
		"The plan does what scientists think is necessary: ending the era of coal.\n\n"
		"The group took what Sroka called a \"let a thousand flowers bloom\" approach - "
		"working with local groups.\n\n"
		"Then what former employees have called a \"fraudulent scheme\" took an uglier "
		"turn.\n\n"
		"He fought what he calls the \"Washington cartel\" of lobbyists and donors.\n\n"
		"He offered what they want most \u2014 a change in direction.\n\n"
		"She kept what her parents told her: \"Work hard and be kind.\"\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT, "what economists call spending", "economists", "call",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "what scientists think is necessary", "scientists", "think",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "what Sroka called a \"let a thousand flowers bloom\" approach", "Sroka", "called",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "what former employees have called a \"fraudulent scheme",
		 "former employees", "have called", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT,
		 "what he calls the \"Washington cartel\" of lobbyists and donors", "he", "calls",
		 NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "what they want most \u2014 a change in direction", "they",
		 "want", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "what her parents told her: \"Work hard and be kind",
		 "her parents", "told", NULL);
	done(&f);
}

/* "what Apple is calling \u201cspatial\u201d photos and videos through a button ... was not
 * enabled": a quotation a free relative's verb names, with the words that go on with the name,
 * ends the content before the sentence's own verb; a quoted fragment after a cue that is the
 * subject of the words after it still runs on with them. */
static void named_quotation_end(void)
{
	struct fixture f =
		run("The ability to take what Apple is calling \u201cspatial\u201d photos "
		    "and videos through a button on the headset was not enabled.\n\n"
		    "He admitted \u201cpolitics in this town\u201d meant there were few "
		    "options.\n\n"
		    "The firm builds what it calls \u201cpsychographic\u201d profiles of "
		    "voters to try to win them over.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "what Apple is calling \u201cspatial\u201d photos and videos", "Apple",
		 "is calling", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "\u201cpolitics in this town\u201d meant there were few options", "He", "admitted",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "what it calls \u201cpsychographic\u201d profiles of voters", "it", "calls", NULL);
	done(&f);
}

/* A bracketed aside that ends the content and opens with "although", "which", "with" or an
 * adverb in -ly is the writer's comment, not what was said; a party label, a restrictive "who"
 * clause or a condition in brackets stays. */
static void writer_aside_end(void)
{
	struct fixture f =
		run("Trump said it would be on firm legal grounding (naturally).\n\n"
		    "He said the plan would raise taxes on investment income (which Clinton also "
		    "supports).\n\n"
		    "She said the rule was a mistake (although she allowed some good had come of "
		    "it).\n\n"
		    "He said he would rather face Sen. Ted Cruz (R-Texas).\n\n"
		    "She said nobody can win without Latinos (who vote).\n\n"
		    "He said the tax would fall (if the courts allow it).\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT, "it would be on firm legal grounding", "Trump", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan would raise taxes on investment income", "He",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the rule was a mistake", "She", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "he would rather face Sen. Ted Cruz (R-Texas)", "He",
		 "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "nobody can win without Latinos (who vote)", "She", "said",
		 NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "the tax would fall (if the courts allow it)", "He", "said",
		 NULL);
	done(&f);
}

/* a content that is its cue's own clause ("which they cited as evidence", "what officials called
 * a hate crime") shows what follows the cue, the source and cue named once; a clause whose cue
 * names nothing ("what Mr. Trump has threatened to do", an infinitive whose object is the
 * relative's gap) is no claim (test_claims_train34.c) */
static void own_clause(void)
{
	struct fixture f =
		run("Officials said that Sudan had allowed two visits by American operatives, "
		    "which they cited as evidence of a new spirit of cooperation.\n\n"
		    "Roof bought the weapon used in what officials called a hate crime.\n\n"
		    "The plan is what Mr. Trump has threatened to do.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 1,
		      "Officials cited as (paraphrase): evidence of a new spirit of cooperation"));
	CHECK(renders(&f, 2, "officials called (paraphrase): a hate crime"));
	done(&f);
}

/* "whom" opens its cue's own clause as "which" and "what" do: the row names the source and cue
 * once, not "described (paraphrase): whom one insider described as ..." */
static void own_clause_whom(void)
{
	struct fixture f = run("The board hired Ann Cole, whom one insider described as its "
			       "closest ally.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "one insider described as (paraphrase): its closest ally"));
	done(&f);
}

/* A cue in a relative clause set into the subject that opens the sentence: the content ends
 * with the clause, at the comma before the main clause's verb, not at a list's comma; a
 * relative clause after an object, or a comma inside a quotation, does not end it. */
static void subject_relative(void)
{
	struct fixture f =
		run("Mark Zuckerberg, who said he plans to give away his stock, sat at the "
		    "table.\n\n"
		    "Ervin, who said the staff \"need to be more collaborative, working with us,\" "
		    "spoke on Monday.\n\n"
		    "Clinton, who said his comments about women, Hispanics, and rivals render him "
		    "unfit, spoke first.\n\n"
		    "Trump was out-brutalizing Ted Cruz, who said he would use waterboarding "
		    "sparingly, in emergency scenarios.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "he plans to give away his stock", "who", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "the staff \"need to be more collaborative, working with us", "who", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "his comments about women, Hispanics, and rivals render him unfit", "who", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT,
		 "he would use waterboarding sparingly, in emergency scenarios", "who", "said",
		 NULL);
	done(&f);
}

/* The words after such a clause are the subject's: no impression is read from the claim's last
 * words before the comma ("the Keystone pipeline, doesn't appear"). */
static void subject_relative_impression(void)
{
	struct fixture f = run("Sanders, who sees himself as the father of a movement, doesn't "
			       "appear ready to ease off.\n\n"
			       "The new government, headed by Trudeau, seems ready to come on "
			       "board.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "himself as the father of a movement", "who", "sees", NULL);
	CHECK_EQ(f.l->items[1].kind, CLAIM_INDIRECT);
	done(&f);
}

/* "declined to criticize X": after a refusal or an effort, a verb of judging or naming is the
 * speaker's act, in the cue, and what it is on is the content; "declined to comment on" and
 * "refused to fight" stay as they were. */
static void refused_act(void)
{
	struct fixture f = run("Trump declined to criticize former KKK leader David Duke.\n\n"
			       "She sought to characterize her tenure at HP as a success.\n\n"
			       "The spokesman declined to comment on the report.\n\n"
			       "Ali refused to fight in the Vietnam War.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "former KKK leader David Duke", "Trump",
		 "declined to criticize", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "her tenure at HP as a success", "She",
		 "sought to characterize", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to comment on the report", "The spokesman", "declined",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "to fight in the Vietnam War", "Ali", "refused", NULL);
	done(&f);
}

/* A second verb of the speaker's own after "and", in the cue's form, ends the content ("has vowed
 * to keep abortion legal and celebrated", "denies that X was Y and goes"); a new subject after
 * "and", or a word of the cue's form in the content the verb may go on with, keeps it whole. */
static void cue_and_verb(void)
{
	struct fixture f = run(
		"Hillary Clinton has vowed to keep abortion legal and celebrated the ruling "
		"Monday.\n\n"
		"The republic denies that the crime was a genocide and goes through great "
		"strides to hide it.\n\n"
		"The mayor said taxes rose and wages fell.\n\n"
		"The senator said the bill was dead and left the chamber.\n\n"
		"Jones said anything that touches the skin should be taken out and washed every "
		"time.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "to keep abortion legal", "Hillary Clinton", "has vowed",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the crime was a genocide", "The republic", "denies",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "taxes rose and wages fell", "The mayor", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the bill was dead and left the chamber", "The senator",
		 "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT,
		 "anything that touches the skin should be taken out and washed every time",
		 "Jones", "said", NULL);
	done(&f);
}

/* "Y, he said, Z" goes on after a phrase about the telling ("suggested in a tweet,"), with the
 * agent of a passive Y ends with ("by ...") and with "including"; more time after the telling's
 * day, or "by" after a verb that is no passive, ends Y at the tag. */
static void tag_goes_on_more(void)
{
	struct fixture f = run(
		"The argument would be aided, Devine said, by the upcoming primary calendar.\n\n"
		"If she becomes president, Clinton suggested in a tweet, women won't be "
		"punished.\n\n"
		"The emails were on many topics, the Times said, including speeches and "
		"meetings.\n\n"
		"Clinton won the primary, the agency declared on Thursday, two days after the "
		"vote.\n\n"
		"The plan failed, he said, by a wide margin.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The argument would be aided, Devine said, by the upcoming primary calendar",
		 "Devine", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "If she becomes president, Clinton suggested in a tweet, women won't be punished",
		 "Clinton", "suggested", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "The emails were on many topics, the Times said, including speeches and meetings",
		 "the Times", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Clinton won the primary", "the agency", "declared", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "The plan failed", "he", "said", NULL);
	done(&f);
}

/* ", when asked what X was," set after the subject: the question ends at its closing comma and the
 * subject is the one asked; an occasion of the asking after the question is no part of it. A
 * subject inside the sentence ("named Ted Cruz, R-Texas, when asked") is nobody's answer; a
 * question that goes on with "if" keeps it. */
static void asked_aside(void)
{
	struct fixture f =
		run("Trump, when asked what his own errors were, often steam-rolls through the "
		    "questions.\n\n"
		    "Asked why he had yet to endorse Clinton during an appearance Friday on CBS, "
		    "Sanders said he would wait.\n\n"
		    "Trump named Sen. Ted Cruz, R-Texas, when asked to pick a running mate, if he "
		    "should become the nominee.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "what his own errors were", NULL, "asked", "Trump");
	claim_is(&f, 1, CLAIM_INDIRECT, "why he had yet to endorse Clinton", NULL, "Asked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "he would wait", "Sanders", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "to pick a running mate, if he should become the nominee",
		 NULL, "asked", NULL);
	CHECK(f.l->n < 4 || f.l->items[3].speaker_resolved == NULL);
	done(&f);
}

/* A verb of wanting, fearing or planning after "and" or "but" goes on with what was said; a
 * belief in a proposition after it is a report of its own. */
static void wish_goes_on(void)
{
	struct fixture f =
		run("The actress said she was tired of the status quo and wanted a candidate who "
		    "had not taken money from Wall Street.\n\n"
		    "Myint said she was elated but still feared the military.\n\n"
		    "He said she would have backed the bill anyway, but believes the issue ensures "
		    "her support.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "she was tired of the status quo and wanted a candidate who had not taken money "
		 "from Wall Street",
		 "The actress", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "she was elated but still feared the military", "Myint",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "she would have backed the bill anyway", "He", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the issue ensures her support", "He", "believes", NULL);
	done(&f);
}

/* A tag set between commas inside the sentence ("Y, she said, after Z"): the sentence goes on
 * after it when "after" or "before" measures from a span of time Y ends with, or opens a gerund
 * or a clause; content that ends at its tag never runs on over the writer's words after it into
 * the next quotation. Controls: "after" and a noun phrase, a quotation after a tag that ends its
 * sentence. */
static void aside_goes_on(void)
{
	struct fixture f = run(
		"The audit was filed Monday, nine weeks, she said, after the mill first "
		"reported the leak. \u201cWe moved quickly,\u201d she said.\n\n"
		"The pier was closed Friday, he said, before being repaired by the port. "
		"\u201cNobody was hurt on the pier this week.\u201d\n\n"
		"The tram will run late, he said, on condition of anonymity. \u201cThe drivers "
		"are tired of waiting.\u201d\n\n"
		"The ferry stopped, he said, after the storm.\n\n"
		"The dam will hold, he said. \u201cThe engineers have checked it twice.\u201d\n");

	REQUIRE(f.l->n == 6);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "nine weeks, she said, after the mill first reported the leak", "she", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We moved quickly,", "she", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "The pier was closed Friday, he said, before being repaired by the port", "he",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "The tram will run late", "he", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "The ferry stopped", "he", "said", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT,
		 "The dam will hold, he said. \u201cThe engineers have checked it twice.", "he",
		 "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(but_clause);
	RUN(tag_goes_on);
	RUN(quote_in_clause);
	RUN(opening_clause);
	RUN(np_times);
	RUN(asked_about);
	RUN(present_forms);
	RUN(joined_before_tag);
	RUN(second_participle);
	RUN(while_clause);
	RUN(paraphrase_runs_on);
	RUN(goes_on_to_say);
	RUN(goes_on_to_add);
	RUN(quoted_title_before_that);
	RUN(asides);
	RUN(feelings_and_particles);
	RUN(opening_phrases);
	RUN(impression_subject);
	RUN(inner_relative);
	RUN(prep_which);
	RUN(telling_day);
	RUN(relative_closes);
	RUN(contrast_after_quote);
	RUN(question_mark);
	RUN(free_relative_end);
	RUN(named_quotation_end);
	RUN(writer_aside_end);
	RUN(own_clause);
	RUN(own_clause_whom);
	RUN(subject_relative);
	RUN(subject_relative_impression);
	RUN(refused_act);
	RUN(cue_and_verb);
	RUN(tag_goes_on_more);
	RUN(asked_aside);
	RUN(wish_goes_on);
	RUN(aside_goes_on);
	return CHECK_DONE();
}
