/* Unit tests of speakers a reader would find wrong, found by subj48 in session 48: the speaker a
 * row shows is the whole speaker, never a noun inside a clause or phrase of its apposition; each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train (nyt 2016-02-08) "Brett H. McGurk, President Obama's special envoy to the
 * global coalition fighting the Islamic State, tweeted that ..." showed "the Islamic State
 * tweeted": an apposition that opens with a titled name's possessive is set off like one that
 * opens with a lone possessive, and the name before it is the speaker. A possessive name after
 * an opening phrase's comma stays the subject's own. */
static void possessive_name_apposition(void)
{
	struct fixture f = run("Tom Reed, President Obama's envoy to the coalition fighting the "
			       "Islamic State, wrote that the town had fallen.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the town had fallen",
		 "Tom Reed, President Obama's envoy to the coalition fighting the Islamic State",
		 "wrote", "Tom Reed");
	done(&f);
	/* stay */
	f = run("Tom Reed, Obama's envoy to the coalition fighting the rebels, wrote that the town "
		"had fallen.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the town had fallen",
		 "Tom Reed, Obama's envoy to the coalition fighting the rebels", "wrote",
		 "Tom Reed");
	done(&f);
	f = run("After a week of fighting, President Obama's aides said the plan was working.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was working", "President Obama's aides", "said",
		 NULL);
	done(&f);
}

/* PolNeAR train (nyt 2016-07-27) "Laurence Meyer, a former Fed governor who argued with Ms.
 * Brainard at the February conference, said in a recent interview that ..." showed "Laurence
 * Meyer argued", its speaker "who": when the relative clause's verb and the main clause's both
 * reach one content, the main clause's cue, with the whole subject, is the row. A relative
 * clause whose verb alone reports stays. */
static void main_cue_after_relative(void)
{
	struct fixture f = run("Ann Lee, a former governor who argued with the mayor, said in an "
			       "interview that the budget was too small.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the budget was too small",
		 "Ann Lee, a former governor who argued with the mayor", "said", "Ann Lee");
	done(&f);
	/* stay */
	f = run("Ann Lee, who argued that the plan was weak, left the party in May.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan was weak", "who", "argued", "Ann Lee");
	done(&f);
}

/* The brief's row "Another speaker, who gave her name only as Denise, said ..." showed
 * "Another speaker said": a relative clause that gives the name the speaker goes by ("gave her
 * name as", "identified himself as", "by her first name, Maria") names the speaker. A clause that
 * names someone else, or a name not the speaker's, stays. */
static void name_given_in_clause(void)
{
	struct fixture f = run("Another speaker, who gave her name only as Denise, said the rally "
			       "was the biggest she had seen.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Denise said (paraphrase): the rally was the biggest she had seen"));
	done(&f);
	f = run("A guard, who identified himself as Joe, said the plant would close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Joe said (paraphrase): the plant would close"));
	done(&f);
	/* stay */
	f = run("A guard, who works for Tom Reed, said the plant would close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "A guard said (paraphrase): the plant would close"));
	done(&f);
	f = run("A guard, who gave the dog the name Rex, said the plant would close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "A guard said (paraphrase): the plant would close"));
	done(&f);
}

/* The brief's row "Republicans were quick to respond, with the senator tweeting ..." showed
 * "Republicans tweeting" (so PolNeAR train "Unemployment dipped ..., with the economy adding
 * 151,000 jobs" showed "Unemployment adding"): the noun phrase after ", with" and a determiner
 * is the participle's subject. A participle after a comma with no "with" stays the clause
 * subject's, and a name after "with" stays read as before. */
static void with_absolute_phrase(void)
{
	struct fixture f = run("Republicans were quick to respond, with the senator tweeting that "
			       "the plan was a disaster.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan was a disaster", "the senator", "tweeting",
		 NULL);
	done(&f);
	/* stay */
	f = run("The mayor met with the senator, saying the plan was a disaster.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was a disaster", "The mayor", "saying", NULL);
	done(&f);
	f = run("Voters were angry, with Tom Reed saying the plan was a disaster.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan was a disaster", "Tom Reed", "saying",
		 "Tom Reed");
	done(&f);
}

/* PolNeAR train (breitbart 2016-07-21) "Minnesota state delegate Mary Susan, clad in a red cape
 * with blinking lights that formed the name Trump, said ..." showed "Trump said": a phrase of an
 * irregular past participle ("clad", "sent", "led") set off after the subject is set off like
 * one in "-ed", and the name before it is the speaker. A participle with no phrase after it
 * ("Tom Reed, led, said" is no English) and one in "-ed" stay as they were. */
static void irregular_participle_phrase(void)
{
	struct fixture f = run("Ann Lee, clad in a green coat with buttons that formed the name "
			       "Reed, said the vote could be close.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the vote could be close"));
	done(&f);
	/* stay */
	f = run("Ann Lee, dressed in a green coat with buttons that formed the name Reed, said the "
		"vote could be close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the vote could be close"));
	done(&f);
}

/* PolNeAR train (huff-post 2016-02-01) "Bob Friedman, a talk show host and operations manager at
 * the oldest black-owned radio station in Alabama, said that ..." showed "Alabama said": "show"
 * read as a cue verb ended the apposition. In "a talk show host", after a determiner and a word
 * of the noun, it is a compound noun. "The polls show host cities ..." stays a verb. */
static void show_host_compound(void)
{
	struct fixture f = run("Ann Lee, a talk show host at the oldest station in Ohio, said that "
			       "her listeners had changed.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): her listeners had changed"));
	done(&f);
	/* stay */
	f = run("The polls show host cities are divided.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The polls show (paraphrase): host cities are divided"));
	done(&f);
}

int main(void)
{
	RUN(possessive_name_apposition);
	RUN(main_cue_after_relative);
	RUN(name_given_in_clause);
	RUN(with_absolute_phrase);
	RUN(irregular_participle_phrase);
	RUN(show_host_compound);
	return CHECK_DONE();
}
