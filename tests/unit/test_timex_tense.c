/* test_timex_tense: a condition or a time to come told in the present ("if he wins in
 * November", "when we get to the convention in July") looks ahead from the anchor; a past form,
 * a past modal or a date that names a thing leaves the year as it was. */
#include "timex_fixture.h"

/* Checks that `what`, found in `text` read at `anchor`, has the value. */
static void expect(const char *text, const char *anchor, const char *what, const char *value)
{
	struct timex_fixture f = timex_run(text, anchor);
	const struct timex *x = timex_item(&f, what);

	if (!x)
		fprintf(stderr, "  not found: \"%s\" in \"%s\"\n", what, text);
	CHECK(x != NULL);
	if (x && strcmp(x->value, value) != 0)
		fprintf(stderr, "  \"%s\": %s, expected %s\n", text, x->value, value);
	if (x)
		CHECK_STR(x->value, value);
	timex_done(&f);
}

/* A present verb in a clause that "if", "unless", "when", "once" or "until" opens. */
static void test_condition_present(void)
{
	expect("Trump, if he wins in November, would lead the nation.", "2016-05-16", "November",
	       "2016-11");
	expect("It can be overturned if a Republican is elected president in November.",
	       "2016-01-05", "November", "2016-11");
	expect("Voters see her as the stronger candidate if he is the nominee in November.",
	       "2016-03-15", "November", "2016-11");
	expect("He promised reform if he and Clinton take office in January.", "2016-08-01",
	       "January", "2017-01");
	expect("I'll vote for him when we get to the convention in July.", "2016-02-19", "July",
	       "2016-07");
	expect("That will change if it looks like Trump can win in November.", "2016-04-09",
	       "November", "2016-11");
	expect("Once the rule goes into effect on Dec. 1, workers will gain.", "2016-05-19",
	       "Dec. 1", "2016-12-01");
	expect("If Cruz wins the contest Tuesday, Trump needs more.", "2016-04-02", "Tuesday",
	       "2016-04-05");
	/* the condition may follow the date */
	expect("It could have big consequences in November if Trump is the nominee.", "2016-04-22",
	       "November", "2016-11");
}

/* "Let's" calls for an act still to come; "let" alone may be a past form. */
static void test_lets(void)
{
	expect("He boomed: \"Let's defeat her in November.\"", "2016-07-21", "November", "2016-11");
	expect("He boomed: \"Let\u2019s defeat her in November.\"", "2016-07-21", "November",
	       "2016-11");
	expect("The guard let us in on Tuesday.", "2016-07-21", "Tuesday", "2016-07-19");
}

/* Controls: a past form, a past modal, a date that names a thing or a narrative's past. */
static void test_condition_controls(void)
{
	expect("He raised taxes in November.", "2016-05-16", "November", "2015-11");
	expect("They cheered when he won in November.", "2016-05-16", "November", "2015-11");
	expect("It collapsed when the law took effect in January.", "2016-08-01", "January",
	       "2016-01");
	expect("Hillary Clinton came under fire when it was revealed in March.", "2015-12-16",
	       "March", "2015-03");
	expect("If he follows up his Tuesday wins with a victory, he leads.", "2016-03-23",
	       "Tuesday", "2016-03-22");
	expect("If you want the meaning of Thursday night's debate, read on.", "2016-02-12",
	       "Thursday night", "2016-02-11");
	expect("War between CPC and KMT broke out on June 26.", "2016-08-01", "June 26",
	       "2016-06-26");
	expect("It had big consequences in November if you ask me.", "2016-04-22", "November",
	       "2015-11");
	expect("Ryan was asked in May if he would endorse Trump.", "2016-11-22", "May", "2016-05");
	expect("They lost in November if the count was right.", "2016-04-22", "November",
	       "2015-11");
	/* a present after a past clause and "when" is a habit, not a time to come */
	expect("He offered a primer on the tactics they employ when they see a target during "
	       "testimony Tuesday.",
	       "2017-01-18", "Tuesday", "2017-01-17");
	expect("The Allies fought until reaching the German defensive line in mid-November.",
	       "2016-04-01", "mid-November", "2015-11");
}

/* An offset before the date that opens its sentence ("A week after July 4, stores opened"):
 * the verb after the date tells the tense, as it does after "In July,". */
static void test_offset_opener(void)
{
	expect("A week after July 4, stores opened again.", "2019-04-28", "July 4", "2018-07-04");
	expect("Two days before Aug. 9, the council voted.", "2019-04-28", "Aug. 9", "2018-08-09");
	expect("About three weeks after June 1, the plant closed.", "2019-04-28", "June 1",
	       "2018-06-01");
	/* controls: a future after the date, and a date that does not open its sentence */
	expect("A week after July 4, stores will open again.", "2019-04-28", "July 4",
	       "2019-07-04");
	expect("Stores in a week after July 4 opened again.", "2019-04-28", "July 4", "2019-07-04");
}

/* "the next decade" (or year, century) of a story counts from the date it last named, a
 * season with its year included; of what will happen, from the anchor. */
static void test_next_decade(void)
{
	expect("In the summer of 1898, Ramsay made a discovery. Claude built on it over the next "
	       "decade.",
	       "2019-04-30", "the next decade", "190");
	expect("In 1898, Ramsay made a discovery. Claude built on it over the next decade.",
	       "2019-04-30", "the next decade", "190");
	expect("In 1898, Ramsay made a discovery. The plan will cost $1 trillion over the next "
	       "decade.",
	       "2019-04-30", "the next decade", "202");
	/* a season without its year names none */
	expect("This summer, the race went on. Later that month, the book came out.", "2016-07-05",
	       "that month", "2016-07");
}

/* "he'd" with a participle is "he had": a past perfect, told before the anchor; with a plain
 * verb it is "he would", which leaves the year to the nearest. */
static void test_contracted_had(void)
{
	expect("The person he\u2019d been in January kept shouting.", "2023-12-20", "January",
	       "2023-01");
	expect("She'd visited Paris in March.", "2023-12-20", "March", "2023-03");
	expect("He\u2019d go in March, he said.", "2023-12-20", "March", "2024-03");
}

/* A future told in the past by a recent saying ("said ... would", "said ... were due to", "said
 * ... planned to", a tag after the clause) lies after the saying: a month before the anchor's is
 * next year's. */
static void test_reported_future(void)
{
	expect("The mayor said on Monday the city would finish the bridge by the end of April.",
	       "2019-11-13", "the end of April", "2020-04");
	expect("Our reporter was told the ferries were due to resume in February.", "2019-11-13",
	       "February", "2020-02");
	expect("She said the firm planned to shut the depot in June.", "2019-11-13", "June",
	       "2020-06");
	expect("The depot would shut in June, the firm announced.", "2019-11-13", "June",
	       "2020-06");
	expect("He said he\u2019d sail in May.", "2019-11-13", "May", "2020-05");
	expect("She warned that the plant wouldn't reopen until April.", "2019-11-13", "April",
	       "2020-04");
	/* controls: a past unreal, quoted words, a saying weeks back, a date naming a thing, no
	 * verb of saying */
	expect("She said the firm would have shut the depot in June.", "2019-11-13", "June",
	       "2019-06");
	expect("\u201cWe would sail in June,\u201d he said.", "2019-11-13", "June", "2019-06");
	expect("He said in February that the mill would close in April.", "2019-11-13", "April",
	       "2019-04");
	expect("They said they would fight Tuesday's ruling.", "2019-11-13", "Tuesday",
	       "2019-11-12");
	expect("The mill would close in April.", "2019-11-13", "April", "2019-04");
}

int main(void)
{
	CHECK(tx_tense_check());
	RUN(test_condition_present);
	RUN(test_condition_controls);
	RUN(test_lets);
	RUN(test_offset_opener);
	RUN(test_next_decade);
	RUN(test_contracted_had);
	RUN(test_reported_future);
	return CHECK_DONE();
}
