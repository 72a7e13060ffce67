/* Unit tests of claim rows a reader would find wrong, found by the lead in session 59 in stories
 * of his own (a stopgap bill, ocean heat): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Speaker Mike Johnson's office said the House would vote on Thursday morning, and a
 * spokeswoman, Taylor Haulsee, said the speaker expected it to pass" gave the office the
 * content "the House would vote on Thursday morning, and a spokeswoman, Taylor Haulsee": a
 * second speaker after ", and" may have an apposition between commas before its verb. */
static void second_speaker_with_an_apposition(void)
{
	static const char *const subjects[] = {"a spokeswoman, Taylor Haulsee,",
					       "Taylor Haulsee, a spokeswoman,",
					       "its spokeswoman, Ann Lee,", "a spokeswoman"};
	for (size_t i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Vote\n\nThe speaker's office said the House would vote on Thursday, and "
			 "%s said the speaker expected it to pass.\n",
			 subjects[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		CHECK(renders(&f, 0,
			      "The speaker's office said (paraphrase): the House would vote on "
			      "Thursday"));
		done(&f);
	}
	/* stays: a clause of the content with a participle between its commas */
	struct fixture f = run("Vote\n\nThe office said the House would vote on Thursday, and the "
			       "bill, passed by the Senate, would become law.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The office said (paraphrase): the House would vote on Thursday, and the "
		      "bill, passed by the Senate, would become law"));
	done(&f);
}

/* "The oceans absorbed more heat last year than in 2024, according to the study, published in
 * Advances in Atmospheric Sciences" gave the content "... than in 2024 published in Advances in
 * Atmospheric Sciences": a participle after the source describes the source when the words
 * before it are a whole clause. */
static void participle_after_the_source(void)
{
	struct fixture f = run("Heat\n\nThe oceans absorbed more heat last year, according to the "
			       "study, published in Science.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "According to the study (paraphrase): The oceans absorbed more heat last "
		      "year"));
	done(&f);
	/* stays: the clause goes on after an auxiliary or a subject alone */
	struct fixture g = run("Arrest\n\nHe was, according to police, arrested on Monday.\n\n"
			       "The plan, according to the study, failed.\n");
	CHECK(renders(&g, 0, "According to police (paraphrase): He was arrested on Monday"));
	CHECK(renders(&g, 1, "According to the study (paraphrase): The plan failed"));
	done(&g);
}

/* "Cheng said the warming had been steady since the late 1950s, when reliable measurements
 * began, but had sped up after 1990" cut the content at ", but": an auxiliary after ", but"
 * that the content has used goes on with the content's clause. */
static void but_with_the_contents_auxiliary(void)
{
	struct fixture f = run("Heat\n\nCheng said the warming had been steady since 1958, but had "
			       "sped up after 1990.\n\n"
			       "Ames said Trump would be firm with Russia, but would deal with it "
			       "calmly.\n");
	CHECK(renders(&f, 0,
		      "Cheng said (paraphrase): the warming had been steady since 1958, but had "
		      "sped up after 1990"));
	CHECK(renders(&f, 1,
		      "Ames said (paraphrase): Trump would be firm with Russia, but would deal "
		      "with it calmly"));
	done(&f);
	/* stays: the speaker's own verb after ", but" */
	struct fixture g = run("Heat\n\nCheng said the warming was steady, but declined to give "
			       "figures.\n");
	CHECK(renders(&g, 0, "Cheng said (paraphrase): the warming was steady"));
	done(&g);
}

/* "“The money buys time, not demand,” said Gene Munster of Deepwater Asset Management. He noted
 * that Rivian had missed its delivery target" gave "He" to Volkswagen's chief executive, Oliver
 * Blume, named a paragraph before: Gene is of no known gender, and a tag's speaker with "of"
 * and where he works after his name was not read as the tag's subject. */
static void tag_speaker_with_his_firm(void)
{
	static const char *const tags[] = {"said Gene Munster of Deepwater Asset Management",
					   "Gene Munster of Deepwater said",
					   "said Gene Munster of the Deepwater Fund"};
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		char text[320];
		snprintf(text, sizeof(text),
			 "Deal\n\nThe chief executive, Oliver Blume, said the venture had cut "
			 "costs.\n\nAnalysts were cautious. \"The money buys time,\" %s. He noted "
			 "that Rivian had missed its target.\n",
			 tags[i]);
		struct fixture f = run(text);
		speaker_resolves(&f, "He", "Gene Munster");
		done(&f);
	}
	/* stays: "of" and a place after a speaker who is no tag's */
	struct fixture f = run("Deal\n\nThe chief executive, Oliver Blume, said the venture had "
			       "cut costs.\n\nAnalysts were cautious about Gene Munster of "
			       "Deepwater. He noted that Rivian had missed its target.\n");
	speaker_resolves(&f, "He", "Oliver Blume");
	done(&f);
}

/* "Volkswagen's chief executive, Oliver Blume, said the venture had cut costs. The company plans
 * to use Rivian's system" (under the title "Rivian and Volkswagen expand software venture") gave
 * "The company" to Rivian: a name of no known kind whose chief executive or founder is named
 * is a business, the one "the company" after its officer means. */
static void company_of_its_chief_executive(void)
{
	static const char *const owners[] = {"Volkswagen's chief executive, Oliver Blume,",
					     "Volkswagen's founder, Oliver Blume,"};
	for (size_t i = 0; i < sizeof(owners) / sizeof(owners[0]); i++) {
		char text[320];
		snprintf(text, sizeof(text),
			 "Rivian and Volkswagen expand software venture\n\n%s said the venture "
			 "had cut costs. The company plans to use Rivian's system in its cars.\n",
			 owners[i]);
		struct fixture f = run(text);
		speaker_resolves(&f, "The company", "Volkswagen");
		done(&f);
	}
	/* stays: a person's shares make no business of him */
	struct fixture f = run("Tesla sells cars\n\nMusk's shares fell. The company said sales "
			       "were strong.\n");
	speaker_resolves(&f, "The company", "The company");
	done(&f);
}

/* A film's title in a table row, "Frequently Asked Questions About Time Travel", gave the claim
 * "Frequently Asked Questions About (paraphrase): Time Travel" once rd59 set the cells apart:
 * an adverb in "-ly" alone is no one's name. */
static void adverb_is_no_source(void)
{
	struct fixture f = run("Films\n\nFrequently Asked Questions About Time Travel\n\n"
			       "Reportedly said he would go.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stays: a name in "-ly" */
	struct fixture g = run("Films\n\nKelly said he would go.\n");
	CHECK(renders(&g, 0, "Kelly said (paraphrase): he would go"));
	done(&g);
}

int main(void)
{
	adverb_is_no_source();
	company_of_its_chief_executive();
	tag_speaker_with_his_firm();
	but_with_the_contents_auxiliary();
	participle_after_the_source();
	second_speaker_with_an_apposition();
	return CHECK_DONE();
}
