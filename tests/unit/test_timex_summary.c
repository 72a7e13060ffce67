/* test_timex_summary: what a timeline row says of its date: the clause that holds the date,
 * a relative clause read with its antecedent, the date's own words kept. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dateline/timex.h"

static const char *const A = "2017-11-15";

static struct doc *load(const char *text)
{
	const char *err = NULL;
	struct doc *d = doc_load(text, strlen(text), "test", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	struct date a;
	if (date_parse_iso(A, &a))
		doc_set_anchor(d, a, ANCHOR_OPTION);
	return d;
}

/* The summary of the event labelled `label` in text must be want. */
static void expect_summary(const char *text, const char *label, const char *want)
{
	struct doc *d = load(text);
	struct timex_list *l = timex_find(d);
	const char *got = NULL;
	for (size_t i = 0; i < l->nevents; i++)
		if (strcmp(l->events[i].label, label) == 0)
			got = timex_event_summary(l, i);
	if (!got)
		fprintf(stderr, "  no event labelled \"%s\" in \"%s\"\n", label, text);
	CHECK(got != NULL);
	if (got)
		CHECK_STR(got, want);
	timex_list_free(l);
	doc_free(d);
}

/* A date in a relative clause dates what the clause says of its antecedent, wherever the
 * antecedent stands in the sentence. */
static void test_relative_clauses(void)
{
	/* the antecedent at the end of a long sentence: its name, then the clause */
	expect_summary(
		"The source could not provide details of the talks, which appear to be aimed "
		"at a smooth transition after the departure of Mr Mugabe, who has led "
		"Zimbabwe since independence in 1980.",
		"1980", "Mr Mugabe has led Zimbabwe since independence in 1980");
	/* set off by commas in mid-sentence: the clause ends at its comma; a phrase that ends in
	 * a name is that name */
	expect_summary("Reports suggest that former security chief Emmerson Mnangagwa, who was "
		       "ousted as vice-president in October, has been mapping out a vision.",
		       "Oct 2017", "Emmerson Mnangagwa was ousted as vice-president in October");
	/* a verb the list does not know ("died") after "who" */
	expect_summary("The meeting would honor Lorenz, who died in 2008, so Rothman revisited the "
		       "paper.",
		       "2008", "Lorenz died in 2008");
	/* names joined by "and" are one antecedent */
	expect_summary("The figures are ministers Jonathan Moyo and Saviour Kasukuwere, who fled "
		       "after troops came on Tuesday, the source told Reuters.",
		       "Nov 14, 2017",
		       "Jonathan Moyo and Saviour Kasukuwere fled after troops came on Tuesday");
	/* no commas: the apposition's name first, the clause runs past a name in commas */
	expect_summary("There is little affection for Grace, a former typist who started an affair "
		       "with him in the early 1990s as his wife, Sally, was dying.",
		       "early 1990s",
		       "Grace, a former typist who started an affair with him in the early "
		       "1990s as his wife, Sally, was dying");
	/* a thing's clause without a preposition before it */
	expect_summary("In March, chiefs signed the treaty, which came into force in 1840.", "1840",
		       "The treaty came into force in 1840");
	/* past an age, to the comma before the sentence's verb */
	expect_summary("Before the address, Yoon, 63, a former prosecutor who took office in 2022, "
		       "had not made any public appearances.",
		       "2022", "Yoon, 63, a former prosecutor who took office in 2022");
}

/* Controls: what no relative clause rule may touch. */
static void test_relative_controls(void)
{
	/* "which" that is no subject may be said of something before the nearest noun */
	expect_summary("Smith was ushered into the Order of the Dawn by Yeats, which she joined in "
		       "1901.",
		       "1901",
		       "Smith was ushered into the Order of the Dawn by Yeats, which she "
		       "joined in 1901");
	/* a clause without commas that is part of the sentence's subject */
	expect_summary("A woman who shot her husband in 1946 wishes she could live the year again.",
		       "1946",
		       "A woman who shot her husband in 1946 wishes she could live the year "
		       "again");
	/* a preposition before "which": no antecedent to name */
	expect_summary("The president lost the midterm elections in 2014, during which his party "
		       "hid.",
		       "2014",
		       "The president lost the midterm elections in 2014, during which his "
		       "party hid");
	/* the date outside the relative clause */
	expect_summary("Morgan Tsvangirai, who has been treated in Britain, returned to Harare on "
		       "Wednesday.",
		       "Nov 15, 2017",
		       "Morgan Tsvangirai, who has been treated in Britain, returned "
		       "to Harare on Wednesday");
	/* the clause is said of what an example is one of, or of a work and not its author */
	expect_summary(
		"Mozilla aimed to serve companies, such as Netscape, who would sell the code "
		"in 2003.",
		"2003",
		"Mozilla aimed to serve companies, such as Netscape, who would sell "
		"the code in 2003");
	expect_summary("The film adapts the story by Richard Lupoff, which was published in 1973.",
		       "1973",
		       "The film adapts the story by Richard Lupoff, which was published in "
		       "1973");
	/* "X is a Y, which": said of the sentence's subject, read whole; an initial's stop is
	 * part of a name */
	expect_summary("Bugzilla is a bug tracking system, which was released in 1998.", "1998",
		       "Bugzilla is a bug tracking system, which was released in 1998");
	expect_summary("The film adapts a story by Richard A. Lupoff, which was published in 1973.",
		       "1973",
		       "The film adapts a story by Richard A. Lupoff, which was published in "
		       "1973");
	/* a phrase with no determiner and no name is no antecedent to show alone */
	expect_summary("Amazon competes for food and beverage retail sales, which totaled $726 "
		       "billion in 2016.",
		       "2016",
		       "Amazon competes for food and beverage retail sales, which totaled "
		       "$726 billion in 2016");
	/* after a preposition, the clause may be said of what the phrase hangs on: only a titled
	 * name is sure; a possessive is no antecedent */
	expect_summary("One naysayer remained, Senator Bernie Sanders of Vermont, who had opposed "
		       "it in 2007.",
		       "2007",
		       "One naysayer remained, Senator Bernie Sanders of Vermont, who had "
		       "opposed it in 2007");
	expect_summary("They signed the treaty of Waitangi, which came into force in 1840.", "1840",
		       "They signed the treaty of Waitangi, which came into force in 1840");
	expect_summary("A close friend of Mrs. Clinton's who died in 2000 was named.", "2000",
		       "A close friend of Mrs. Clinton's who died in 2000 was named");
	/* a title and its stop go with the name; "the" stays before a name */
	expect_summary("Mr. Kirk, who had a stroke in 2012, also noted it.", "2012",
		       "Mr. Kirk had a stroke in 2012");
	expect_summary("He plans to repeal the Dodd-Frank Act, which was passed in 2010.", "2010",
		       "The Dodd-Frank Act was passed in 2010");
	/* without commas: a determiner first, no preposition before, no copula */
	expect_summary("He praised the former U.S. Army psychiatrist who killed 13 people in 2009.",
		       "2009",
		       "He praised the former U.S. Army psychiatrist who killed 13 people in "
		       "2009");
	expect_summary("Tarullo, a former colleague in the Clinton administration who raised "
		       "concerns in 2015, agreed.",
		       "2015",
		       "Tarullo, a former colleague in the Clinton administration who raised "
		       "concerns in 2015, agreed");
	expect_summary("Crenshaw is only the 17th judge who has been confirmed since January 2015.",
		       "since Jan 2015",
		       "Crenshaw is only the 17th judge who has been confirmed "
		       "since January 2015");
	/* an apposition to a place a name hangs on is no antecedent */
	expect_summary("So said Gov. Bill Richardson of New Mexico, a Democrat who ran in 2008.",
		       "2008",
		       "So said Gov. Bill Richardson of New Mexico, a Democrat who ran in "
		       "2008");
	/* a date is no antecedent */
	expect_summary("The trove released on Thursday, which covered 2009, held messages.", "2009",
		       "The trove released on Thursday, which covered 2009, held messages");
	/* no noun phrase before the relative clause */
	expect_summary("Prices rose, which was first seen in 2008.", "2008",
		       "Prices rose, which was first seen in 2008");
}

/* A dash and a noun phrase after the date comment on the clause: the row ends before them. */
static void test_dash_comment(void)
{
	expect_summary("She rose fast, culminating in his removal a week ago - a move seen as "
		       "clearing the way for her.",
		       "week of Nov 6, 2017",
		       "She rose fast, culminating in his removal a week ago");
	expect_summary("In 2011, voters elected a party \xE2\x80\x94 a movement like others.",
		       "2011", "In 2011, voters elected a party");
	/* controls: a dash before the date, or one not followed by "a" */
	expect_summary("The plan \xE2\x80\x94 a bold one \xE2\x80\x94 began in 2011.", "2011",
		       "The plan \xE2\x80\x94 a bold one \xE2\x80\x94 began in 2011");
	expect_summary("Voters elected a party in 2011 \xE2\x80\x94 then regretted it.", "2011",
		       "Voters elected a party in 2011 \xE2\x80\x94 then regretted it");
}

/* The one event of text, its pronouns named by the coreference, must be summarised as want. */
static void expect_named_summary(const char *text, const char *want)
{
	struct doc *d = load(text);
	struct timex_list *l = timex_find_named(d, NULL);
	REQUIRE_EQ(l->nevents, 1);
	CHECK_STR(timex_event_summary(l, 0), want);
	timex_list_free(l);
	doc_free(d);
}

/* A "he" after the date phrase that opens the row is named as one that opens it. */
static void test_pronoun_after_date(void)
{
	expect_named_summary("Arthur Edward Waite wrote on the tarot.\n\nIn 1911 he published "
			     "his full book on the subject.\n",
			     "In 1911 Arthur Edward Waite published his full book on the subject");
	/* after the date's phrase, a short opening phrase of its own */
	expect_named_summary(
		"Barack Obama spoke.\n\nIn January, in his last address, he conceded defeat.\n",
		"In January, in his last address, Barack Obama conceded defeat");
	/* the date's words do not count against an opening phrase's length */
	expect_named_summary("Barack Obama spoke.\n\nIf the Democratic nominee Hillary Clinton "
			     "loses in November, he will leave.\n",
			     "If the Democratic nominee Hillary Clinton loses in November, Barack "
			     "Obama will leave");
	/* control: a "he" further on is no subject of the row */
	expect_named_summary("Arthur Edward Waite wrote.\n\nIn 1911 the book he wrote was "
			     "published.\n",
			     "In 1911 the book he wrote was published");
}

/* The row keeps the words of its date: the label says the date, the row what happened then. */
static void test_date_words_kept(void)
{
	expect_summary("On July 3, regulators met NVIDIA in Beijing.", "Jul 3, 2017",
		       "On July 3, regulators met NVIDIA in Beijing");
	expect_summary("Rebels staged an uprising in the early 1990s.", "early 1990s",
		       "Rebels staged an uprising in the early 1990s");
	/* what a speech tag says of its speaker keeps the date too */
	expect_summary("\"We are on time,\" said Federico de Jesus, a strategist who was the media "
		       "director for Obama in 2008.",
		       "2008",
		       "Federico de Jesus, a strategist who was the media director for Obama "
		       "in 2008");
	/* filler that is not the date still goes */
	expect_summary("Meanwhile, on July 3, regulators met NVIDIA in Beijing.", "Jul 3, 2017",
		       "On July 3, regulators met NVIDIA in Beijing");
}

/* True when text has an event labelled label. */
static bool has_label(const char *text, const char *label)
{
	struct doc *d = load(text);
	struct timex_list *l = timex_find(d);
	bool found = false;
	for (size_t i = 0; i < l->nevents; i++)
		found |= strcmp(l->events[i].label, label) == 0;
	timex_list_free(l);
	doc_free(d);
	return found;
}

/* "by" before a decade that describes a noun is no deadline. */
static void test_decade_modifier(void)
{
	CHECK(has_label("The concerts by '90s staples like Nirvana drew crowds.", "1990s"));
	CHECK(!has_label("The concerts by '90s staples like Nirvana drew crowds.", "by 1990s"));
	CHECK(has_label("The concerts by 1980s bands were loud.", "1980s"));
	/* controls: a deadline stays one */
	CHECK(has_label("By the 1990s, the city had grown.", "by 1990s"));
	CHECK(has_label("The plant will close by 2030 and the site will be sold.", "by 2030"));
}

/* Escape sequences and other controls are no words of a summary, and their ";" ends no clause:
 * the row never carries "Pwned^G" nor a raw ESC. */
static void test_controls(void)
{
	expect_summary("They met in May 2017 \033]0;Pwned\007 and agreed on it.", "May 2017",
		       "They met in May 2017 and agreed on it");
	expect_summary("Title\n\n\033]2;PWNED\007 In June 2017 they \033[31mparted\033[0m ways.",
		       "Jun 2017", "In June 2017 they parted ways");
	expect_summary("In July 2017 a bell \007 rang \302\233H twice.", "Jul 2017",
		       "In July 2017 a bell rang twice");
	/* control: a ";" in the text still ends a clause */
	expect_summary("They met in May 2017; the talks failed.", "May 2017",
		       "They met in May 2017");
}

/* The number of events of text. */
static size_t events_of(const char *text)
{
	struct doc *d = load(text);
	struct timex_list *l = timex_find(d);
	size_t n = l->nevents;
	timex_list_free(l);
	doc_free(d);
	return n;
}

/* "from 2011 to 2013" is one event labelled as the span, its ISO date an interval. */
static void test_spans(void)
{
	const char *t = "Islamists held power from 2011 to 2013, critics said.";
	CHECK(has_label(t, "2011\xE2\x80\x93"
			   "2013"));
	CHECK_EQ(events_of(t), 1);
	struct doc *d = load(t);
	struct timex_list *l = timex_find(d);
	REQUIRE_EQ(l->nevents, 1);
	CHECK_STR(timex_event_iso(&l->events[0]), "2011/2013");
	CHECK_STR(timex_event_summary(l, 0),
		  "Islamists held power from 2011 to 2013, critics said");
	timex_list_free(l);
	doc_free(d);
	CHECK(has_label("Enrollment soared between 1990 and 2013.", "1990\xE2\x80\x93"
								    "2013"));
	CHECK(has_label("He was president from May to July 2017.", "May 2017\xE2\x80\x93Jul 2017"));
	CHECK(has_label("A history of health development 1900\xE2\x80\x93"
			"1920.",
			"1900\xE2\x80\x93"
			"1920"));
	/* controls: two dates that are no span stay two events */
	CHECK_EQ(events_of("Prices rose in 2011 and fell in 2013."), 2);
	CHECK_EQ(events_of("They met in 2011 and 2013."), 2);
	CHECK_EQ(events_of("From 2013 to 2011, nothing changed."), 2);
}

/* The labels of text's events, joined by " | ". */
static void expect_events(const char *text, const char *want)
{
	struct doc *d = load(text);
	struct timex_list *l = timex_find(d);
	char got[512] = "";
	size_t n = 0;
	for (size_t i = 0; i < l->nevents && n < sizeof(got) - 64; i++)
		n += (size_t)snprintf(got + n, sizeof(got) - n, "%s%s", i ? " | " : "",
				      l->events[i].label);
	CHECK_STR(got, want);
	timex_list_free(l);
	doc_free(d);
}

/* A short line repeated word for word three times or more is a running header: its date dates
 * the page, not an event. Twice is not enough, nor a line that only shares the date, nor a
 * sentence. */
static void test_running_header(void)
{
	expect_events("Internet-Draft  Storage  December 2014\n"
		      "The protocol was first proposed on March 3, 2012.\n"
		      "Internet-Draft  Storage  December 2014\n"
		      "It was revised in June 2013.\n"
		      "Internet-Draft  Storage  December 2014\n"
		      "More text.\n",
		      "Mar 3, 2012 | Jun 2013");
	expect_events("Internet-Draft  Storage  December 2014\n"
		      "The protocol was first proposed on March 3, 2012.\n"
		      "Internet-Draft  Storage  December 2014\n"
		      "More text.\n",
		      "Mar 3, 2012 | Dec 2014 | Dec 2014");
	expect_events("The board met in December 2014.\n"
		      "The union met in December 2014.\n"
		      "The council met in December 2014.\n",
		      "Dec 2014 | Dec 2014 | Dec 2014");
	/* a sentence said again three times is no header */
	expect_events("The board met in May 2014.\nThe board met in May 2014.\n"
		      "The board met in May 2014.\n",
		      "May 2014 | May 2014 | May 2014");
}

/* A holiday naming the kind of a thing is no date ("a Christmas tree"), nor one naming the
 * season of a doing ("Christmas shopping" is done in the days before, test_tl47.c); a name
 * with "Day" is. */
static void test_holiday_things(void)
{
	expect_events("He bought a Christmas tree and Halloween masks on December 3, 2016.",
		      "Dec 3, 2016");
	expect_events("It blazed like a grate full of Christmas coals.", "");
	expect_events("Christmas shopping will begin early.", "");
	expect_events("They gave Christmas Day presents.", "Dec 25, 2017");
	/* a plural noun after a holiday names its things ("Valentine's Day candies", "Easter
	 * baskets"); a verb ("Valentine's Day comes early") and a time word ("Easter weekends")
	 * leave the date */
	expect_events("She sold Valentine's Day candies and Easter baskets.", "");
	expect_events("She sold a Valentine's Day card.", "");
	expect_events("Valentine's Day comes early.", "Feb 14, 2018");
	expect_events("Valentine's Day brings the crowds.", "Feb 14, 2018");
	expect_events("They skied on Easter weekends.", "Apr 16, 2017");
}

int main(void)
{
	RUN(test_relative_clauses);
	RUN(test_relative_controls);
	RUN(test_date_words_kept);
	RUN(test_pronoun_after_date);
	RUN(test_dash_comment);
	RUN(test_decade_modifier);
	RUN(test_controls);
	RUN(test_spans);
	RUN(test_running_header);
	RUN(test_holiday_things);
	return CHECK_DONE();
}
