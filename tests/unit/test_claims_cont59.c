/* Unit tests of where a claim's content ends when it lies in a relative clause on the sentence's
 * subject (cont59): "residents who said they opposed abortion decried the attack" showed "they
 * opposed abortion decried the attack", the clause run on into the main clause's verb. */
#include "claims_fixture.h"

/* A fronted phrase before the subject ("In Amherst,") and a past the lexicon knows without
 * "-ed" ("saw", "left") no longer hide the main clause's verb; nor does a cue inside the
 * relative clause ("they opposed X") give a claim of its own whose content runs on. */
static void relative_on_subject_ends_at_main_verb(void)
{
	static const char *const cases[][2] = {
		{"In Amherst, residents who said they opposed abortion decried the attack.",
		 "residents said (paraphrase): they opposed abortion"},
		{"Residents who said they were afraid left town.",
		 "Residents said (paraphrase): they were afraid"},
		{"The man who said he saw the shooting was arrested.",
		 "The man said (paraphrase): he saw the shooting"},
		{"When they arrived, those who thought they had become citizens were unaware.",
		 "those thought (paraphrase): they had become citizens"},
		{"Residents who said they opposed the plan protested on Monday.",
		 "Residents said (paraphrase): they opposed the plan"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text), "Town\n\n%s\n", cases[i][0]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, cases[i][1]));
		done(&f);
	}
}

/* Stays: a relative clause "he won" inside the content ("delegates from states he won should
 * flip"), a main clause whose subject says it, and content with no main verb after it. */
static void near_shapes_stay(void)
{
	struct fixture f = run("Votes\n\nSupporters who argued delegates from states he won should "
			       "flip to his column were loud.\n");
	CHECK(renders(&f, 0,
		      "Supporters argued (paraphrase): delegates from states he won should flip to "
		      "his column"));
	done(&f);
	struct fixture g = run("Town\n\nIn Amherst, residents said they opposed abortion.\n");
	CHECK(renders(&g, 0, "residents said (paraphrase): they opposed abortion"));
	done(&g);
	struct fixture h = run("Town\n\nThose who said they would vote split evenly.\n");
	CHECK(renders(&h, 0, "Those said (paraphrase): they would vote"));
	done(&h);
}

int main(void)
{
	relative_on_subject_ends_at_main_verb();
	near_shapes_stay();
	return CHECK_DONE();
}
