/* Unit tests of the words a speaker is named by that point back: "he", "she", "it", "they",
 * "who", "which", "I" and "Some" opening a sentence, each resolved to the person or group the
 * text named before (or to no one), with a control that keeps its old answer. */
#include "claims_fixture.h"

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

static void relative_clause_after_a_phrase(void)
{
	struct fixture f = run("A sense of grief is growing among New Zealand's indigenous "
			       "people, who say that whales are their ancestors.\n");

	speaker_resolves(&f, "who", "New Zealand's indigenous people");
	done(&f);
}

static void contracted_pronoun(void)
{
	struct fixture f = run("Fernando Caudevilla runs the lab. He'd said that the tests were "
			       "cheap.\n");

	speaker_resolves(&f, "He", "Fernando Caudevilla");
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

static void it_is_the_thing_before(void)
{
	struct fixture f = run("The study is published in a journal. It found that peanut snacks "
			       "prevent allergies.\n\n"
			       "A martial law proclamation banned all political activity. It also "
			       "ordered the doctors to return to work.\n");

	speaker_resolves(&f, "It", "The study");
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

/* "Some" opening a sentence are some of the people the sentence before is about ("Some Bond
 * traders": not all of them, spk57); "Many" is left alone, and "Some" after a subject that is
 * no people stays as written */
static void some_of_the_people_before(void)
{
	struct fixture f =
		run("Bond traders were even more careful after a hard year. Some had "
		    "predicted gains of more than 5 percent.\n\n"
		    "Farm voters turned out in large numbers. Many said the vote was "
		    "close.\n\n"
		    "Prices rose sharply last week. Some said the rise would not last.\n");

	speaker_resolves(&f, "Some", "Some Bond traders");
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

/* "..., Orbex said in a statement. It said most of the debris burnt up": "It" opening the
 * sentence after a body's tag is that body, not the craft the sentence before was about (was
 * "Lark"); after a person's tag or a group's ("analysts say"), it is not the speaker before */
static void it_after_a_body_tag(void)
{
	struct fixture f = run(
		"Orbex Corp. launched a craft on Monday.\n\n"
		"The Lark cargo craft broke up over Siberia, Orbex said in a statement. It said "
		"most of the debris burnt up.\n\n"
		"Ms. Ann Lee said the plan would work. It says nothing about costs.\n");

	cue_speaker_resolves(&f, "It", "said", "Orbex Corp.");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(f.l->items[i].speaker_resolved == NULL ||
		      strcmp(f.l->items[i].speaker_resolved, "Ann Lee") != 0 ||
		      strncmp(f.text + f.l->items[i].speaker.start, "It", 2) != 0);
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

/* "they" after people joined by "and" spoke, the claim just before: the group whose examples
 * they are ("Critics of the plan, like ..."), both when the source is the two */
static void they_after_two_named(void)
{
	struct fixture f =
		run("Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark, "
		    "Republican of Utah, see the vote as a chance to fix it. They sent a letter on "
		    "Monday.\n\n"
		    "\"The plan is broken,\" they wrote.\n\n"
		    "But Ms. Ames and Mr. Lark say more is needed.\n\n"
		    "The fund has grown too fast, they say.\n");

	cue_speaker_resolves(&f, "they", "wrote", "Critics of the plan");
	cue_speaker_resolves(&f, "they", "say", "Ann Ames and Tom Lark");
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

/* "he" or "she" after a semicolon or ", and" carries on the subject of the clause before it in
 * its sentence, a description by office ("The senator defended himself; he said") rather than a
 * man named earlier; when that clause names another person too, nobody ("The senator attacked
 * Mr. Lund; he said" may mean either). Controls: a pronoun opening its own sentence after a name,
 * a name as the clause's subject. */
static void pronoun_after_semicolon_is_the_subject(void)
{
	struct fixture f = run("Mr. Lund, a lobbyist, met the committee on Monday.\n\n"
			       "The senator defended himself; he said the money had been "
			       "returned.\n");

	speaker_resolves(&f, "he", "the senator");
	done(&f);
	f = run("Mr. Lund, a lobbyist, met the council on Monday.\n\n"
		"On Friday, the mayor defended the budget, and she said taxes would fall.\n");
	speaker_resolves(&f, "she", "the mayor");
	done(&f);
	f = run("Mr. Lund, a lobbyist, met the committee on Monday.\n\n"
		"The senator attacked Mr. Lund; he said the money was gone.\n");
	speaker_resolves(&f, "he", NULL);
	done(&f);
	f = run("Mr. Lund, a lobbyist, met the committee on Monday.\n\n"
		"He said the money had been returned.\n");
	speaker_resolves(&f, "He", "Lund");
	done(&f);
	f = run("Mr. Lund, a lobbyist, met the committee on Monday.\n\n"
		"Mayor Ana Ruiz defended the budget; she said taxes would fall.\n");
	speaker_resolves(&f, "she", "Ana Ruiz");
	done(&f);
}

/* the writers' own "we" (an editorial, a company's blog) names the writers; "we" inside a
 * quotation, or in speech transcribed as heard ("uh"), is the speaker's side, and a later
 * "they" never takes the writers up */
static void first_person_plural_writers(void)
{
	struct fixture f = run("The board met on Monday.\n\n"
			       "We believe the plan will fail.\n\n"
			       "Stores place items they want to sell in easy reach.\n");
	struct fixture g = run("The mayor spoke on Monday.\n\n"
			       "\"We believe the plan will fail,\" Ann Lee said.\n");

	speaker_resolves(&f, "We", "the writers");
	speaker_resolves(&f, "they", NULL);
	CHECK(renders(&f, 0, "We (the writers) believe (paraphrase): the plan will fail"));
	struct fixture h = run("The party chairman says it will fight the move.\n\n"
			       "And uh we believe the move is unfair.\n");

	speaker_resolves(&h, "we", NULL);
	done(&h);
	speaker_resolves(&g, "Ann Lee", "Ann Lee");
	for (size_t i = 0; i < g.l->n; i++)
		CHECK(g.l->items[i].speaker_resolved == NULL ||
		      strcmp(g.l->items[i].speaker_resolved, "the writers") != 0);
	done(&f);
	done(&g);
}

static void they_after_one_along_with_others(void)
{
	struct fixture f =
		run("Ms. Rhee, along with Judge Tom Baines and Carl Ortiz, a law professor "
		    "at Yale, wrote a long study of tax cases. In it, they conclude that "
		    "four of the judges favour business.\n\n"
		    "Mr. Grassley and Mr. Leahy said the program was abused. They said "
		    "it should expire.\n");

	/* the subject is one person's name; "they" is the three, whom nobody names */
	speaker_resolves(&f, "they", NULL);
	/* a pair joined by "and": both, as the pane shows the pair's claims */
	cue_speaker_resolves(&f, "They", "said", "Grassley and Leahy");
	done(&f);
}

/* "they" opening a sentence after one whose subject is a plural noun for people carries that
 * subject on, not a group that spoke a paragraph before ("Officials at the port", "radical
 * Islamists"); a subject that "their" opens is something of theirs, not them; a plural that
 * names no people ("The talks") is no one's */
static void they_after_people_before(void)
{
	struct fixture f = run(
		"The senators met on Monday. They said the bill would pass.\n\n"
		"The mayor said the bridge was safe. Officials at the port disagreed. They said "
		"repairs were overdue.\n\n"
		"In 1993, radical Islamists bombed the tower. In 2001, they claimed the attack was "
		"just.\n\n"
		"Jo Park and Li Wen call the plan a scam. Their grim warning extends to the point where "
		"they believe the fund will fail.\n\n"
		"Voters were angry. The talks collapsed. They said nothing had changed.\n");

	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		const char *w = f.text + c->cue.start;
		if (strncmp(w, "said the bill", 13) == 0)
			CHECK_STR(c->speaker_resolved, "The senators");
		else if (strncmp(w, "said repairs", 12) == 0)
			CHECK_STR(c->speaker_resolved, "Officials");
		else if (strncmp(w, "claimed the attack", 18) == 0)
			CHECK_STR(c->speaker_resolved, "radical Islamists");
		else if (strncmp(w, "believe", 7) == 0)
			CHECK_STR(c->speaker_resolved, "Jo Park and Li Wen");
		else if (strncmp(w, "said nothing", 12) == 0)
			CHECK(c->speaker_resolved == NULL ||
			      strcmp(c->speaker_resolved, "Voters") != 0);
	}
	CHECK_EQ(f.l->n, 7);
	done(&f);
}

int main(void)
{
	RUN(they_is_no_bare_quantifier);
	RUN(pronoun_after_a_possessive_kin);
	RUN(participle_opening_is_nobody);
	RUN(noun_opening_is_nobody);
	RUN(pronoun_of_a_clause_inside);
	RUN(relative_clause_after_a_phrase);
	RUN(contracted_pronoun);
	RUN(short_name_before_a_comma);
	RUN(first_person_writer);
	RUN(first_person_byline_person);
	RUN(first_person_plural_writers);
	RUN(group_that_spoke_before);
	RUN(it_is_the_thing_before);
	RUN(no_sex_for_a_name_when_a_person_is_near);
	RUN(role_description_is_a_mention);
	RUN(which_after_a_name);
	RUN(business_is_no_plural);
	RUN(capitalised_plural_subject);
	RUN(some_of_the_people_before);
	RUN(they_after_an_opening_plural);
	RUN(they_in_a_tag_after_content);
	RUN(plural_opener_is_no_she);
	RUN(second_who_of_a_clause);
	RUN(it_after_what_was_said);
	RUN(it_after_a_body_tag);
	RUN(they_after_two_named);
	RUN(names_in_a_quoted_excerpt);
	RUN(time_is_no_speaker);
	RUN(pronoun_after_semicolon_is_the_subject);
	RUN(they_after_one_along_with_others);
	RUN(they_after_people_before);
	return CHECK_DONE();
}
