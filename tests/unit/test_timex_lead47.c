/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 47: each
 * next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* PolNeAR dev usa-today 2016-09-08: "“What makes this new is not just the hacking,” Schiff told
 * Capital Download on Wednesday, “but the attempt to interfere ...”" read "Schiff told Capital
 * Download: “What makes this new is not just the hacking” and “but the attempt ...”", an "and"
 * the speaker never said between two halves of one sentence. A sentence the tag broke off
 * (commas on both sides of a tag that holds no other comma, a small letter after it) goes on in
 * one quotation with an ellipsis for the tag. Two sentences of their own, and a gap that says
 * more than the tag ("adding that if X,"), keep "and". */
static void test_split_quotation(void)
{
	timex_expect_events("\"What is new is not just the theft,\" Lee told reporters on Monday, "
			    "\"but the attempt to sway the vote.\"",
			    "2016-06-04", "May 30, 2016",
			    "Lee told reporters: \xE2\x80\x9CWhat is new is not just the theft "
			    "\xE2\x80\xA6 but the attempt to sway the vote.\xE2\x80\x9D");
	/* stay */
	timex_expect_events("\"We are ready,\" Lee told reporters on Monday. \"We will win.\"",
			    "2016-06-04", "May 30, 2016",
			    "Lee told reporters: \xE2\x80\x9CWe are ready\xE2\x80\x9D and "
			    "\xE2\x80\x9CWe will win.\xE2\x80\x9D");
	timex_expect_events(
		"\"The storm could shake the races below,\" Lee wrote on Monday, adding "
		"that if the party loses again, \"holding the Senate would be hard.\"",
		"2016-06-04", "May 30, 2016",
		"Lee wrote: \xE2\x80\x9CThe storm could shake the races below\xE2\x80\x9D "
		"and \xE2\x80\x9Cholding the Senate would be hard.\xE2\x80\x9D");
}

/* A Thursday paper's "union leaders said they saw no sign that employers would raise their
 * offer before the weekend" was dated the weekend just past, and "he said the plant would open
 * on Saturday" five days back: a future told in the past takes the nearer day or weekend (two
 * days ahead, not five back). The weekend just past stays for a Tuesday paper and a plain past
 * ("talks resumed over the weekend"), and a Wednesday paper's "would light the towers on Monday
 * night" stays two days back. */
static void test_future_in_past_nearer(void)
{
	timex_expect_events("Leaders said employers would raise their offer before the weekend.",
			    "2024-03-14", "before weekend of Mar 16, 2024", NULL);
	timex_expect_events("He said the plant would open on Saturday.", "2024-03-14",
			    "Mar 16, 2024", NULL);
	/* stay */
	timex_expect_events("Leaders said employers would raise their offer before the weekend.",
			    "2024-03-12", "before weekend of Mar 9, 2024", NULL);
	timex_expect_events("Talks resumed over the weekend.", "2024-03-14",
			    "weekend of Mar 9, 2024", NULL);
	timex_expect_events("He said they would light the towers on Monday night.", "2024-03-13",
			    "Mar 11, 2024", NULL);
}

int main(void)
{
	RUN(test_split_quotation);
	RUN(test_future_in_past_nearer);
	return CHECK_DONE();
}
