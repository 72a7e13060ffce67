/* Unit tests of claim rows a reader of real news would call wrong, found in session 53: each next
 * to the row of the same shape that stays. */
#include "claims_fixture.h"

/* The number of claims whose cue is written `cue`. */
static size_t cues(const struct fixture *f, const char *cue)
{
	size_t n = strlen(cue), seen = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		if (c->cue.end - c->cue.start == n && strncmp(f->text + c->cue.start, cue, n) == 0)
			seen++;
	}
	return seen;
}

/* "a letter ..., which Castro read on a state television station broadcast" showed "Castro
 * read: … a state television station broadcast": the relative clause's gap is the cue's object
 * (the letter), the phrase after the cue says where; nobody said the broadcast. Controls: a verb
 * after the phrase makes a clause the source said ("which he said in May was a mistake"), "as"
 * names what the object is called ("which he describes as his second home"), and "which"
 * opening a clause the source says goes on ("which officials said will go into effect"). */
static void relative_object_gap(void)
{
	struct fixture f = run("Castro letter\n\nCastro wrote a letter to the boy's father, which "
			       "Castro read on a state television station broadcast.\n");
	CHECK_EQ(cues(&f, "read"), 0);
	done(&f);
	f = run("Castro letter\n\nThe report, which Castro read at the meeting in Havana, was "
		"long.\n");
	CHECK_EQ(cues(&f, "read"), 0);
	done(&f);
	f = run("The plan\n\nThe plan, which Ann Lee said in May was a mistake, failed.\n");
	CHECK_EQ(cues(&f, "said"), 1);
	done(&f);
	f = run("The house\n\nThe house, which Tom Lee describes as his second home, burned.\n");
	CHECK_EQ(cues(&f, "describes"), 1);
	done(&f);
	f = run("The law\n\nThe law, which officials said on Monday will go into effect soon, "
		"passed.\n");
	CHECK_EQ(cues(&f, "said"), 1);
	done(&f);
}

/* "Ann Lee told no one that she was leaving the company" showed "Ann Lee told: she was leaving
 * the company", the opposite of the article: nobody was told. Likewise "told none of her
 * friends" and "told nobody". Controls: "told the court that no one had been hurt" and "told
 * reporters that she was leaving" were told to someone. */
static void told_no_one(void)
{
	static const char *const none[] = {
		"Ann Lee told no one that she was leaving the company.",
		"Ann Lee told none of her friends that she had won.",
		"Ann Lee told nobody that she was leaving the company.",
	};

	for (size_t i = 0; i < sizeof(none) / sizeof(*none); i++) {
		char text[200];
		snprintf(text, sizeof(text), "Plans\n\n%s\n", none[i]);
		struct fixture f = run(text);
		CHECK_EQ(cues(&f, "told"), 0);
		done(&f);
	}
	struct fixture f = run("Plans\n\nAnn Lee told the court that no one had been hurt.\n");
	CHECK_EQ(cues(&f, "told"), 1);
	done(&f);
	f = run("Plans\n\nAnn Lee told reporters that she was leaving the company.\n");
	CHECK_EQ(cues(&f, "told"), 1);
	done(&f);
}

int main(void)
{
	RUN(relative_object_gap);
	RUN(told_no_one);
	return CHECK_DONE();
}
