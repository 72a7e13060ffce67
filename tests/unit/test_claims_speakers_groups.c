/* Unit tests of a subject that names more than one person or that says more about the person
 * it names: people joined to a name ("Mr. Mugabe, his wife Grace and two ministers") are one
 * speaker, never the first alone before a plural verb; a business named in the clause about a
 * person ("Mr. Meyer, who runs L.H. Meyer") is not the person. Each beside a control that keeps
 * its old answer. */
#include "claims_fixture.h"

/* "Mr. Mugabe, his wife Grace and two key figures ... are insisting": the group is the speaker,
 * its first member resolved as he is elsewhere; before a verb after "and" too (the clause's
 * subject). A name and its roles ("Robert M. Price, chairman and chief executive") and a name
 * and its description ("Jon Alterman, an analyst and author") stay the one person; names alone
 * joined by "and" stay as written. */
static void people_joined_to_a_name(void)
{
	struct fixture f =
		run("Robert Mugabe spoke on Monday.\n\n"
		    "Mr. Mugabe, his wife Grace and two key figures from her faction are under "
		    "house arrest and are insisting the leader finishes his term.\n\n"
		    "Mr. Mugabe and his wife said they were safe.\n\n"
		    "Jon Alterman, an analyst and author, said the talks would fail.\n\n"
		    "Robert M. Price, chairman and chief executive, said the company would "
		    "grow.\n\n"
		    "Tom Smith and Jane Doe said the plan would fail.\n");

	cue_speaker_resolves(&f, "Mr. Mugabe, his wife Grace and two key figures from her faction",
			     "are insisting",
			     "Robert Mugabe, his wife Grace and two key figures from her faction");
	speaker_resolves(&f, "Mr. Mugabe and his wife", "Robert Mugabe and his wife");
	speaker_resolves(&f, "Jon Alterman, an analyst and author", "Jon Alterman");
	speaker_resolves(&f, "Robert M. Price, chairman and chief executive", "Robert M. Price");
	speaker_resolves(&f, "Tom Smith and Jane Doe", "Tom Smith and Jane Doe");
	done(&f);
}

/* "The senator, his wife and their two sons ... said": a role with the people joined to it,
 * the role resolved to the senator named before;
 * "Both Sanders and his aides": "Both" is no word of the name. A name with a singular verb after
 * its description ("Mugabe, his lawyer and friend, is insisting") is the one person. */
static void group_after_a_role_or_an_opening_word(void)
{
	struct fixture f =
		run("Sen. Bernie Sanders spoke in Iowa on Monday.\n\n"
		    "The senator, his wife and their two sons were at the rally and said they "
		    "felt safe.\n\n"
		    "Both Sanders and his aides believe they can win the state.\n\n"
		    "Robert Mugabe flew home.\n\n"
		    "Mugabe, his lawyer and friend, is insisting that he will stay.\n");

	speaker_resolves(&f, "The senator, his wife and their two sons",
			 "Bernie Sanders, his wife and their two sons");
	speaker_resolves(&f, "Both Sanders and his aides", "Bernie Sanders and his aides");
	cue_speaker_resolves(&f, "Mugabe", "is insisting", "Robert Mugabe");
	done(&f);
}

/* "Mr. Meyer, who runs L.H. Meyer, a research firm, said": the person the subject names, not
 * the business that shares his name in the clause about him, which coref took for him; a person
 * named in full before ("Laurence Meyer") is still who he is. */
static void person_not_the_business_in_his_clause(void)
{
	struct fixture f =
		run("Mr. Meyer, who runs L.H. Meyer, a research firm, said the Fed would "
		    "wait.\n\n"
		    "Mr. Dell, who founded Dell Inc., said the company would grow.\n");

	speaker_resolves(&f, "Mr. Meyer, who runs L.H. Meyer, a research firm", "Mr. Meyer");
	speaker_resolves(&f, "Mr. Dell, who founded Dell Inc.", "Mr. Dell");
	done(&f);
	f = run("Laurence Meyer, a former Fed governor, spoke in May.\n\n"
		"Mr. Meyer, who runs L.H. Meyer, a research firm, said the Fed would wait.\n");
	speaker_resolves(&f, "Mr. Meyer, who runs L.H. Meyer, a research firm", "Laurence Meyer");
	done(&f);
}

/* "Through real-time analytics, reporters and editors know", "But attorneys and legal experts
 * said", "Her advisers and allies say": two plural heads joined by "and" after an opening
 * phrase's comma, a conjunction or a possessive are one subject, not the second alone; a plural
 * after an object and "and" ("sold its shares and analysts said") is a subject of its own. */
static void plurals_joined_after_an_opening(void)
{
	struct fixture f =
		run("The site tracks readers. Hillary Clinton won the primary.\n\n"
		    "Through real-time analytics, reporters and editors know how many people "
		    "are reading their work.\n\n"
		    "But attorneys and legal experts said that is highly unlikely.\n\n"
		    "Her advisers and allies say she will spend the coming weeks on her "
		    "message.\n\n"
		    "The company sold its shares and analysts said the price was low.\n");

	speaker_resolves(&f, "reporters and editors", "reporters and editors");
	speaker_resolves(&f, "attorneys and legal experts", "attorneys and legal experts");
	speaker_resolves(&f, "Her advisers and allies", "Hillary Clinton's advisers and allies");
	speaker_resolves(&f, "analysts", "analysts");
	done(&f);
}

/* "Carly Fiorina threw her support behind Cruz, saying": a past tense after the name ends the
 * subject, never a word of the speaker (was "Carly Fiorina threw"); a name before a verb the
 * scan knew already ("Ted Cruz thanked her and said") stays as it was. */
static void verb_ends_a_subject(void)
{
	struct fixture f = run("Carly Fiorina threw her support behind Ted Cruz on Wednesday, "
			       "saying he was the best man.\n\n"
			       "Ted Cruz thanked her and said he was grateful.\n");

	cue_speaker_resolves(&f, "Carly Fiorina", "saying", "Carly Fiorina");
	cue_speaker_resolves(&f, "Ted Cruz", "said", "Ted Cruz");
	done(&f);
}

/* "he and President Gorbachev": two people joined by "and" are both, each resolved, never the
 * one "he" is alone (was "George Bush"); "he and his wife" the one resolved and his wife as
 * written; a business's name ("Procter and Gamble") stays whole (control) */
static void pronoun_joined_to_a_name(void)
{
	struct fixture f =
		run("President George Bush met Soviet leader Mikhail Gorbachev on Monday. "
		    "Mr. Bush said the meeting was useful.\n\n"
		    "He and President Gorbachev said the talks went well.\n\n"
		    "He and his wife said they enjoyed the visit.\n\n"
		    "Procter and Gamble said its sales rose.\n");

	speaker_resolves(&f, "He and President Gorbachev", "George Bush and Mikhail Gorbachev");
	speaker_resolves(&f, "He and his wife", "George Bush and his wife");
	speaker_resolves(&f, "Procter and Gamble", "Procter and Gamble");
	done(&f);
}

/* "Presidential candidates Hillary Clinton and Donald Trump said", "Mr. Rubio and Senator Ted
 * Cruz (R-Texas) said": two people named and joined by "and", after words that describe them or
 * before a bracket, are both, each as named in full before (was the second alone, whom a reader
 * takes for the only speaker); "they" after them is both. Controls: "Ms. Epstein, along with
 * Judge Posner and Mr. Landes" stays Ms. Epstein's; a name after "and" in a business's name
 * stays whole. */
/* "Neither Mr. Perlman nor Mr. Price would say": both, with the "neither" that tells they did
 * not say it; never the second alone */
static void neither_nor(void)
{
	struct fixture f =
		run("Lawrence Perlman, the chairman, and Robert M. Price, the founder, met on "
		    "Monday.\n\n"
		    "Neither Messrs. Perlman nor Price would say when the deal would close.\n\n"
		    "Neither Mr. Perlman nor Mr. Price said the plan would fail.\n");

	cue_speaker_resolves(&f, "Neither Messrs. Perlman nor Price", "would say",
			     "neither Lawrence Perlman nor Robert M. Price");
	cue_speaker_resolves(&f, "Neither Mr. Perlman nor Mr. Price", "said",
			     "neither Lawrence Perlman nor Robert M. Price");
	done(&f);
}

static void two_names_joined(void)
{
	struct fixture f = run(
		"Hillary Clinton and Donald Trump met in New York. Marco Rubio spoke "
		"later.\n\n"
		"Presidential candidates Hillary Clinton and Donald Trump said on Monday that "
		"the debate would go ahead.\n\n"
		"Mr. Rubio and Senator Ted Cruz (R-Texas) said the bill was dead. They said it "
		"could not pass.\n\n"
		"Two objectors, Lawrence Joyce and William Graham, said the senator was not "
		"eligible.\n\n"
		"Ms. Epstein, along with Judge Richard Posner and Mr. Landes, wrote that judges "
		"vote their politics.\n\n"
		"Johnson and Johnson said sales rose.\n");

	speaker_resolves(&f, "Presidential candidates Hillary Clinton and Donald Trump",
			 "Hillary Clinton and Donald Trump");
	cue_speaker_resolves(&f, "Mr. Rubio and Senator Ted Cruz (R-Texas)", "said",
			     "Marco Rubio and Ted Cruz");
	cue_speaker_resolves(&f, "They", "said", "Marco Rubio and Ted Cruz");
	speaker_resolves(&f, "Two objectors, Lawrence Joyce and William Graham",
			 "Lawrence Joyce and William Graham");
	speaker_resolves(&f, "Johnson and Johnson", "Johnson and Johnson");
	done(&f);
}

/* Each of a pair may come with its employer and office ("Acme Daily editor Dr. Ana Ruiz"), or
 * with "of" and a place ("Sen. Tom Lark of Ohio"): the names are the two people. A second title
 * joined to the first ("Acme News Vice President and Washington Managing Editor Ben Sims") is
 * the one person's, never "and Washington Managing Editor Ben Sims". A body's name with "and"
 * in it before an office ("Food and Drug Administration Commissioner Jo Hale") is no pair. */
static void pair_with_employers_and_places(void)
{
	struct fixture f =
		run("Former U.N. Ambassador Carl Dorn and Acme Daily security editor Dr. Ana Ruiz "
		    "said the deal was weak.\n\n"
		    "Sens. Tom Lark of Ohio and Jane Webb of Utah, both up for reelection, said "
		    "they would vote no.\n\n"
		    "Acme News Vice President and Washington Managing Editor Ben Sims said the "
		    "network was fair.\n\n"
		    "The Food and Drug Administration approved the drug. Food and Drug "
		    "Administration Commissioner Jo Hale said it was safe.\n");

	speaker_resolves(&f,
			 "Former U.N. Ambassador Carl Dorn and Acme Daily security editor Dr. Ana "
			 "Ruiz",
			 "Carl Dorn and Ana Ruiz");
	speaker_resolves(&f, "Sens. Tom Lark of Ohio and Jane Webb of Utah, both up for reelection",
			 "Tom Lark and Jane Webb");
	speaker_resolves(&f, "Acme News Vice President and Washington Managing Editor Ben Sims",
			 "Ben Sims");
	speaker_resolves(&f, "Food and Drug Administration Commissioner Jo Hale", "Jo Hale");
	done(&f);
}

/* "Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark, Republican of
 * Utah, see": the group with its examples is the source, not the last example alone (was "Tom
 * Lark", who then "wrote" the pair's letter); "they" after it is the group. Controls: an opening
 * phrase ("In Ohio, and in Utah, officials said") and a list that names no group keep their
 * subjects. */
static void examples_of_a_group(void)
{
	struct fixture f =
		run("Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark, "
		    "Republican of Utah, see the vote as a chance to fix it. They sent a letter on "
		    "Monday.\n\n"
		    "\"The plan is broken,\" they wrote.\n\n"
		    "In Ohio, and in Utah, officials said the plan was broken.\n");

	cue_speaker_resolves(
		&f,
		"Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom "
		"Lark, Republican of Utah",
		"see", "Critics of the plan");
	cue_speaker_resolves(&f, "they", "wrote", "Critics of the plan");
	speaker_resolves(&f, "officials", "officials");
	done(&f);
}

int main(void)
{
	RUN(people_joined_to_a_name);
	RUN(group_after_a_role_or_an_opening_word);
	RUN(person_not_the_business_in_his_clause);
	RUN(plurals_joined_after_an_opening);
	RUN(verb_ends_a_subject);
	RUN(pronoun_joined_to_a_name);
	RUN(neither_nor);
	RUN(two_names_joined);
	RUN(pair_with_employers_and_places);
	RUN(examples_of_a_group);
	return CHECK_DONE();
}
