/* Unit tests of labels before a colon, session 57: a section's label in the body, a heading
 * inside the page and a term of a glossary are no one's claim; each next to the rows of the same
 * shape that stay (a transcript's turns, a name seen before, a quotation). */
#include "claims_fixture.h"

#include <stdio.h>

/* Runs text read as format (named name) and checks that it gives n claims, the first rendered
 * as want (when n > 0). */
static void gives_as(const char *text, const char *name, enum format format, size_t n,
		     const char *want)
{
	struct fixture f = run_format(text, strlen(text), name, format);

	if (f.l->n != n)
		fprintf(stderr, "  in: %s", text);
	CHECK_EQ(f.l->n, n);
	if (n && f.l->n)
		CHECK(renders(&f, 0, want));
	done(&f);
}

static void gives(const char *text, size_t n, const char *want)
{
	gives_as(text, "t.txt", FORMAT_TEXT, n, want);
}

/* "Cruz: Just hang on." over a paragraph on what the candidate needs to do (a USA Today guide to
 * a primary, a label for each candidate) showed "Ted Cruz (paraphrase): Just hang on": a short
 * line that is its paragraph, after a label in title case, with no turn of a dialogue before or
 * after it, heads a section of the page. */
static void section_label(void)
{
	gives("Primary guide\n\nTed Cruz won Iowa last week.\n\nCruz: Just hang on.\n\n"
	      "The senator needs a decent finish here.\n",
	      0, NULL);
	gives("Primary guide\n\nChris Christie spoke on Monday.\n\nChristie: A closing surge.\n\n"
	      "The governor needs a strong night.\n",
	      0, NULL);
	/* stay: a turn between turns, a label in capitals, a longer statement, a quotation */
	gives("Panel\n\nChris Matthews led the panel on Saturday.\n\n"
	      "Luciana Lopez: Everyone has a different image of that.\n\n"
	      "Matthews: Well, speculation is bad.\n\nLopez: No one is like that.\n",
	      3, "Luciana Lopez (paraphrase): Everyone has a different image of that");
	struct fixture f =
		run("Panel\n\nChris Matthews led the panel on Saturday.\n\n"
		    "Luciana Lopez: Everyone has a different image of that.\n\n"
		    "Matthews: Well, speculation is bad.\n\nLopez: No one is like that.\n");
	CHECK(f.l->n == 3 &&
	      renders(&f, 1, "Chris Matthews (paraphrase): Well, speculation is bad"));
	done(&f);
	gives("Debate\n\nDonald Trump spoke first.\n\nTRUMP: Wrong.\n\nThe crowd laughed.\n", 1,
	      "Donald Trump: “Wrong”");
	gives("Primary guide\n\nTed Cruz won Iowa last week.\n\n"
	      "Cruz: I will win this state by a mile.\n\nThe senator needs a decent finish here.\n",
	      1, "Ted Cruz (paraphrase): I will win this state by a mile");
	gives("Primary guide\n\nTed Cruz won Iowa last week.\n\n"
	      "Cruz: \xE2\x80\x9CJust hang on.\xE2\x80\x9D\n\nThe senator needs a decent finish.\n",
	      1, "Ted Cruz: “Just hang on.”");
}

/* "Important: Sync your new profile", a heading inside a Mozilla help page, showed "Important
 * (paraphrase): Sync your new profile": only the page's first line is a headline whose label
 * speaks as it stands; a heading inside the page speaks when its label names someone seen
 * elsewhere. */
static void heading_label(void)
{
	gives_as("# Moving profiles\n\nFirefox keeps your settings in a profile.\n\n"
		 "## Important: Sync your new profile\n\nSign in again after the move.\n",
		 "t.md", FORMAT_MARKDOWN, 0, NULL);
	/* stays: the label names a person of the page */
	gives_as("# Budget talks\n\nChris Matthews spoke at length on Monday.\n\n"
		 "## Matthews: Speculation is bad\n\nThe host went on.\n",
		 "t.md", FORMAT_MARKDOWN, 1, "Chris Matthews (paraphrase): Speculation is bad");
}

/* "Task: Unit of execution of a lambda." in the glossary of a Dropbox post showed "Async Task
 * Framework (paraphrase): Unit of execution of a lambda": one word inside a name seen before
 * ("Async Task Framework") is a term; the last word of a name ("Matthews" of "Chris Matthews")
 * still names who speaks. */
static void glossary_term(void)
{
	gives("Glossary\n\nAsync Task Framework (ATF) runs jobs at Dropbox.\n\n"
	      "Lambda: A callback implementing business logic.\n\n"
	      "Task: Unit of execution of a lambda.\n\nCollection: A labeled subset of tasks.\n",
	      0, NULL);
	gives("Panel\n\nChris Matthews led the panel on Saturday.\n\n"
	      "Matthews: Speculation is bad, and the banks know it well.\n\n"
	      "Matthews: The irony is that everyone wants a better rate.\n",
	      2, "Chris Matthews (paraphrase): Speculation is bad, and the banks know it well");
}

int main(void)
{
	section_label();
	heading_label();
	glossary_term();
	return CHECK_DONE();
}
