/* Unit tests of claim rows a reader of real news would call wrong, found in session 51 among the
 * rows the hand labels of real news call no claim: each next to the row of the same shape that
 * stays. */
#include "claims_fixture.h"

/* How many claims render starting with the words `prefix`. */
static size_t rows_starting(const struct fixture *f, const char *prefix)
{
	size_t n = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		struct buf b = BUF_INIT;
		claims_render(&b, f->d, &f->l->items[i], NULL);
		n += strncmp(b.data, prefix, strlen(prefix)) == 0;
		buf_free(&b);
	}
	return n;
}

/* "Forty-one percent chose Trump" showed "Forty-one percent chose (paraphrase): Trump": the pick
 * of a share of the people polled is a tally of answers, not anyone's words. */
static void poll_choice(void)
{
	struct fixture f = run("Poll shows a close race\n\nForty-one percent chose Trump.\n\n"
			       "Only 12 percent of voters chose Johnson.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay: words said by a share, a pick to come and a stance, which PolNeAR marks */
	f = run("Poll shows a close race\n\n48 percent said the economy was the top issue.\n\n"
		"Forty-one percent would choose Sanders.\n\n"
		"Some 40 percent backed Trump in Ohio.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "48 percent said (paraphrase): the economy was the top issue"));
	CHECK(renders(&f, 1, "Forty-one percent would choose (paraphrase): Sanders"));
	CHECK(renders(&f, 2, "Some 40 percent backed (paraphrase): Trump in Ohio"));
	done(&f);
}

/* "INTERVIEWER: Will you close it next year?" showed "INTERVIEWER: “Will you close it next
 * year?”": the role that puts the questions is no one who claims anything, as "Q:" is not. */
static void interviewer_label(void)
{
	struct fixture f = run("An interview with the mayor\n\n"
			       "Mayor Ann Reyes spoke about the bridge.\n\n"
			       "INTERVIEWER: Will you close it next year?\n\n"
			       "REYES: We will not close it. The repairs are paid for.\n\n"
			       "QUESTION: What about the tolls?\n\n"
			       "REYES: The tolls will stay where they are.\n");

	CHECK_EQ(rows_starting(&f, "INTERVIEWER"), 0);
	CHECK_EQ(rows_starting(&f, "QUESTION"), 0);
	/* stay: the answers, and a named interviewer's turn */
	CHECK(renders(&f, f.l->n - 1,
		      "Ann Reyes: \xe2\x80\x9cThe tolls will stay where they are\xe2\x80\x9d"));
	done(&f);
	f = run("An interview with the mayor\n\nMayor Ann Reyes spoke to Jake Tapper.\n\n"
		"TAPPER: Will you close the bridge next year?\n\n"
		"REYES: We will not close it.\n");
	CHECK_EQ(f.l->n, 2);
	done(&f);
}

/* "These deals don't just pop up over night, he said, according to a transcript reviewed by
 * Business Insider" showed the words twice, "According to a transcript (paraphrase): These deals
 * don't just pop up over night, he said" and under it "Mark Zuckerberg said": one statement,
 * his, one row. */
static void according_and_tag(void)
{
	struct fixture f = run("Zuckerberg on deals\n\nMark Zuckerberg spoke to students on "
			       "Monday. These deals take a long time, he said, according to a "
			       "transcript reviewed by the paper.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mark Zuckerberg said (paraphrase): These deals take a long time"));
	done(&f);
	/* stay: a person who tells what another said; whose account it is matters */
	f = run("Zuckerberg on deals\n\nMark Zuckerberg spoke to students on Monday. These deals "
		"take a long time, he said, according to Ann Lee.\n");
	CHECK_EQ(f.l->n, 2);
	done(&f);
	/* stay: according to a transcript with no tag of its own inside */
	f = run("Zuckerberg on deals\n\nMark Zuckerberg spoke to students on Monday. According to "
		"a transcript reviewed by the paper, the deals take a long time.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "According to a transcript (paraphrase): the deals take a long time"));
	done(&f);
}

int main(void)
{
	RUN(poll_choice);
	RUN(interviewer_label);
	RUN(according_and_tag);
	return CHECK_DONE();
}
