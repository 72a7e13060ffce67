/* Unit tests of claims PolNeAR's annotators and a reader do not want: a statement listed twice,
 * and the other frames that report nothing, each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

#include <strings.h>

/* "Forte said he expects ...", "... told reporters that Carter believes ...", "Most voters support
 * a ban, the poll found": a belief or a stance inside another claim's content is part of that
 * statement, not a second one; said alone it stays a claim. */
static void nested_beliefs(void)
{
	struct fixture f = run(
		"Forte said he expects Amazon to continue its moves on grocery pricing.\n\n"
		"The press secretary told reporters that Carter believes his use of email was "
		"a mistake.\n\n"
		"Exit polls found that most Republican voters support a temporary ban on visits.\n\n"
		"Carter believes his use of email was a mistake.\n\n"
		"Most voters support the plan, the poll found.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "he expects Amazon to continue its moves on grocery pricing", "Forte", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that Carter believes his use of email was a mistake",
		 "The press secretary", "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "that most Republican voters support a temporary ban on visits", "Exit polls",
		 "found", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "his use of email was a mistake", "Carter", "believes",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Most voters support the plan", "the poll", "found", NULL);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK_EQ(f.l->items[i].parent, CLAIM_NONE);
	done(&f);
}

/* "told reporters that Trump accused the judge of bias": an act or a stance taken on something (a
 * verb whose content is a noun phrase, a noun with its preposition) inside another claim's
 * content is part of that statement, not a second one; said alone it stays a claim. */
static void nested_acts(void)
{
	struct fixture f = run("The aide told reporters that Trump accused the judge of bias.\n\n"
			       "Trump accused the judge of bias.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that Trump accused the judge of bias", "The aide", "told",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the judge of bias", "Trump", "accused", NULL);
	done(&f);
}

/* A claim inside another claim's content is a step of that statement when its speaker is the
 * sentence's subject outside that content ("answered ... by asserting that") or a pronoun the
 * text names no one for ("they told him"); a named speaker ("Mr Mugabe had told") and the holder's
 * own speaker ("she told", she being Mary Jones) keep their claims, nested. */
static void nested_steps(void)
{
	struct fixture f =
		run("Carson said that he did not, but was referring to the same kind of "
		    "attitude.\n\n"
		    "The senator answered a question on trade by asserting that he uses "
		    "visas to hire workers.\n\n"
		    "The aide said that they told him the vote was lost.\n\n"
		    "South Africa said Mr Mugabe had told President Jacob Zuma that he was "
		    "fine.\n\n"
		    "Mary Jones said that she told aides the vote was lost.\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "that he did not, but was referring to the same kind of attitude", "Carson",
		 "said", "Carson");
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "a question on trade by asserting that he uses visas to hire workers",
		 "The senator", "answered", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that they told him the vote was lost", "The aide", "said",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "that he was fine", "Mr Mugabe", "had told", NULL);
	CHECK_EQ(f.l->n == 7 ? f.l->items[4].parent : 0, 3);
	claim_is(&f, 6, CLAIM_INDIRECT, "the vote was lost", "she", "told", "Mary Jones");
	CHECK_EQ(f.l->n == 7 ? f.l->items[6].parent : 0, 5);
	done(&f);
}

/* "call" as a noun ("a conference call with reporters", "the roll call itself", "a close call
 * driving down a road") is no speech; the verb ("Others call it", "his plan calls for", "what
 * her team calls") and a stance ("his recent call to ban") stay. */
static void call_as_noun(void)
{
	struct fixture f = run("He made the remarks this morning on a conference call with "
			       "reporters.\n\n"
			       "The roll call itself was punctuated with signals of discontent.\n\n"
			       "After a close call driving down a slick road, he slowed down.\n\n"
			       "Others call it the nerd prom.\n\n"
			       "His plan calls for rates that rise with earnings.\n\n"
			       "Critics condemned his recent call to ban all visits.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "it the nerd prom", "Others", "call", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "rates that rise with earnings", "His plan", "calls for",
		 NULL);
	REQUIRE(f.l->n == 3);
	/* the call condemned is part of the condemning claim, no claim of its own */
	CHECK(span_is(&f, f.l->items[2].cue, "condemned"));
	done(&f);
}

/* A quoted title after a possessive or after a noun for a work and a comma is a show's or a
 * book's name, not the speaker's words (no claim of it); a one-word answer and a quoted phrase
 * after the cue are. */
static void quoted_titles(void)
{
	struct fixture f = run("Sanders said on ABC's \"This Week With George Stephanopoulos\" "
			       "that he would look.\n\n"
			       "Stephens said so on MSNBC\u2019s \u201cMorning Joe.\u201d\n\n"
			       "The idea got cold water at once, she wrote in her memoir, \"Tough "
			       "Choices.\"\n\n"
			       "\"Denver,\" he answered.\n\n"
			       "He said \"The Hispanics\" and swears they love him.\n");

	REQUIRE(f.l->n >= 2);
	claim_is(&f, f.l->n - 2, CLAIM_DIRECT, "Denver,", "he", "answered", NULL);
	claim_is(&f, f.l->n - 1, CLAIM_DIRECT, "The Hispanics", "He", "said", NULL);
	/* before them, no direct claim: no title is quoted as words */
	for (size_t i = 0; i + 2 < f.l->n; i++)
		CHECK_EQ(f.l->items[i].kind, CLAIM_INDIRECT);
	done(&f);
}

/* "spoke on the phone", "Speaking on the cable channel CNBC", "spoke on behalf of": where or
 * for whom someone spoke; "spoke on a variety of topics" says what about. */
static void medium_after_speak(void)
{
	struct fixture f =
		run("Speaking on the cable channel CNBC, Mr. Ubben praised the chief.\n\n"
		    "They spoke on the phone after the polls closed.\n\n"
		    "General Allen spoke on behalf of Clinton at the convention.\n\n"
		    "They spoke on a variety of topics in the hall.\n");

	REQUIRE(f.l->n >= 1);
	claim_is(&f, f.l->n - 1, CLAIM_INDIRECT, "a variety of topics in the hall", "They",
		 "spoke on", NULL);
	/* the claims before it are Mr. Ubben's "praised" at most, no "spoke on" */
	for (size_t i = 0; i + 1 < f.l->n; i++)
		CHECK(strncasecmp(f.text + f.l->items[i].cue.start, "sp", 2) != 0);
	done(&f);
}

int main(void)
{
	RUN(medium_after_speak);
	RUN(quoted_titles);
	RUN(call_as_noun);
	RUN(nested_beliefs);
	RUN(nested_acts);
	RUN(nested_steps);
	return CHECK_DONE();
}
