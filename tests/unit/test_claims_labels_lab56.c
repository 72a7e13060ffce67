/* Unit tests of labels before a colon, session 56: a headline's topic, a label whose verb says
 * its name speaks, and the content of "those who said"; each next to the rows of the same shape
 * that stay. */
#include "claims_fixture.h"

#include <stdio.h>

/* Runs text and checks that it gives n claims, the first rendered as want (when n > 0). */
static void gives(const char *text, size_t n, const char *want)
{
	struct fixture f = run(text);
	if (f.l->n != n)
		fprintf(stderr, "  in: %s", text);
	CHECK_EQ(f.l->n, n);
	if (n && f.l->n)
		CHECK(renders(&f, 0, want));
	done(&f);
}

/* "Netanyahu: A tortured relationship" as a title showed "Netanyahu (paraphrase): A tortured
 * relationship": a headline's topic, no one's statement. A noun phrase with an article, or a
 * question, with no verb after a one-name label is none; a statement after it stays. */
static void headline_topic(void)
{
	gives("Netanyahu: A tortured relationship\n\nThe two leaders met again.\n", 0, NULL);
	gives("Breitbart News Daily: A World at War\n\nThe show began at six.\n", 0, NULL);
	gives("Ted Cruz: Constitutional conservative or another typical career politician?\n\n"
	      "The senator spoke on Monday.\n",
	      0, NULL);
	/* stay: a statement, a verb the lexicon knows, a noun phrase with no article */
	gives("Sanders: Clinton Email Story Has Moved\n\nThe senator spoke on Monday.\n", 1,
	      "Sanders (paraphrase): Clinton Email Story Has Moved");
	gives("Ann Coulter: And Then There Was the One\n\nThe writer spoke on Monday.\n", 1,
	      "Ann Coulter (paraphrase): And Then There Was the One");
	gives("Lynch: No outside influence on FBI probe into Clinton emails\n\n"
	      "The attorney general spoke on Monday.\n",
	      1, "Lynch (paraphrase): No outside influence on FBI probe into Clinton emails");
	gives("Gingrich: A Trump Ticket Would Need a Governor\n\nHe spoke on Monday.\n", 1,
	      "Gingrich (paraphrase): A Trump Ticket Would Need a Governor");
	gives("Trump: \xE2\x80\x9C"
	      "A tortured relationship.\xE2\x80\x9D\n\nHe spoke on Monday.\n",
	      1, "Trump: “A tortured relationship.”");
}

/* "President Obama Speaks Out: “We will ...”" in the body gave no claim, nor "President Obama
 * spoke out: “...”": a label whose speech verb in title case follows the name, and a verb that
 * frames only with its preposition but has none, before a quotation that ends the sentence. */
static void speech_verb_label(void)
{
	gives("Title here\n\nThe president spoke at length on Monday.\n\n"
	      "President Obama Speaks Out: \xE2\x80\x9CWe will not back down from this "
	      "fight.\xE2\x80\x9D\n",
	      1, "President Obama Speaks Out: “We will not back down from this fight.”");
	gives("Title here\n\nThe president spoke at length on Monday.\n\n"
	      "President Obama spoke out: \xE2\x80\x9CWe will not back down from this "
	      "fight.\xE2\x80\x9D\n",
	      1, "Obama spoke out: “We will not back down from this fight.”");
	/* stay: no quotation after the label, a verb that frames the quotation itself */
	gives("Title here\n\nThe president spoke at length on Monday.\n\n"
	      "President Obama Speaks Out: We will not back down from this fight.\n",
	      0, NULL);
	gives("Title here\n\nThe president spoke at length on Monday.\n\n"
	      "President Obama said: \xE2\x80\x9CWe will not back down from this "
	      "fight.\xE2\x80\x9D\n",
	      1, "Obama said: “We will not back down from this fight.”");
}

/* "Those who said they would vote split evenly between the two candidates" showed the content
 * "they would vote split evenly between the two candidates": the main clause's verb, known
 * also as a present ("split"), with an adverb in -ly after it, ends the relative's content. */
static void those_who_said(void)
{
	struct fixture f = run("Title here\n\nThose who said they would vote split evenly between "
			       "the two candidates, the poll found.\n");
	CHECK_EQ(f.l->n, 2);
	if (f.l->n == 2)
		CHECK(renders(&f, 1, "Those said (paraphrase): they would vote"));
	done(&f);
	/* stay: the relative's own verb with an adverb after it */
	gives("Title here\n\nVoters who said the plan failed badly were angry.\n", 1,
	      "Voters said (paraphrase): the plan failed badly");
}

int main(void)
{
	headline_topic();
	speech_verb_label();
	those_who_said();
	return CHECK_DONE();
}
