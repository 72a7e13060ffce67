/* test_coref53: one speaker, one id (session 53): an acronym in brackets after a body's name, a
 * body's head noun ("the center"), an unnamed person described once and then "the analyst", and
 * "she" after "an analyst at Berenberg" in the next paragraph. */
#include "claims_fixture.h"

/* The speaker id of the claim whose source is written `speaker` (CLAIM_NONE when none is). */
static size_t id_of(const struct fixture *f, const char *speaker)
{
	size_t n = strlen(speaker);

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		if (c->speaker.end - c->speaker.start == n &&
		    strncmp(f->text + c->speaker.start, speaker, n) == 0)
			return c->speaker_id;
	}
	return CLAIM_NONE;
}

/* "The Centers for Disease Control and Prevention (CDC) estimates ... The CDC said" gave two
 * speakers, "CDC" one of them: the letters of an acronym in brackets right after a body's name
 * are that body's. A ticker or a place in brackets whose letters are no initials of the name
 * ("(NYSE)") stays apart. */
static void acronym_in_brackets(void)
{
	struct fixture f =
		run("Flu season\n\n"
		    "The Centers for Disease Control and Prevention (CDC) estimates that "
		    "flu cases will rise. The CDC said hospitals should prepare.\n");

	speaker_resolves(&f, "The CDC", "Centers for Disease Control and Prevention");
	CHECK(id_of(&f, "The CDC") == 0);
	done(&f);
	/* stays */
	f = run("Sales rise\n\n"
		"Harlan Data Systems (NYSE) said sales rose. NYSE said trading was halted.\n");
	speaker_resolves(&f, "NYSE", "NYSE");
	done(&f);
}

/* "The Brennan Center for Justice said ... The center said" showed "The center", a speaker of
 * its own: "center" was no noun for a body. It is the body named before whose name holds it,
 * never a university of its class ("the foundation" after Harvard University alone). */
static void center_is_named_body(void)
{
	struct fixture f = run("Law challenged\n\n"
			       "The Brennan Center for Justice said the law was flawed. The center "
			       "said it would sue.\n");

	speaker_resolves(&f, "The center", "Brennan Center for Justice");
	done(&f);
	/* stay */
	f = run("Fees rise\n\n"
		"Harvard University said tuition would rise. The center said grants would fall.\n");
	speaker_resolves(&f, "The center", "The center");
	done(&f);
	f = run("Fees rise\n\n"
		"Harvard University said tuition would rise. The foundation said grants would "
		"fall.\n");
	speaker_resolves(&f, "The foundation", "The foundation");
	done(&f);
}

/* "An analyst at the Cook Political Report said ... The analyst said" gave two speakers: a
 * description that says whose the person is was passed over. "Another analyst" between is a
 * second one, and "the analyst" is neither. */
static void the_analyst_described_before(void)
{
	struct fixture f = run("Race tightens\n\n"
			       "An analyst at the Cook Political Report said the race was close. "
			       "The analyst said turnout would decide it.\n");

	speaker_resolves(&f, "The analyst", "an analyst at the Cook Political Report");
	CHECK(id_of(&f, "The analyst") == id_of(&f, "An analyst at the Cook Political Report"));
	done(&f);
	/* stays */
	f = run("Race tightens\n\n"
		"An analyst at Cook said the race was close. Another analyst said it was not. The "
		"analyst said turnout would decide it.\n");
	speaker_resolves(&f, "The analyst", "The analyst");
	done(&f);
}

/* "An analyst at Berenberg said ... ¶ She said" showed "Berenberg said": "she" made the bank a
 * woman, and "she" after "an analyst" was read only after "a spokeswoman". She is the analyst;
 * after "a spokesman for Berenberg" she is neither him nor the bank. */
static void she_after_an_analyst(void)
{
	struct fixture f = run("Shares cheap\n\n"
			       "An analyst at Berenberg said the shares were cheap.\n\n"
			       "She said the company would recover next year.\n");

	speaker_resolves(&f, "She", "an analyst at Berenberg");
	done(&f);
	/* stays */
	f = run("Shares cheap\n\n"
		"A spokesman for Berenberg said the shares were cheap.\n\n"
		"She said the company would recover next year.\n");
	speaker_resolves(&f, "She", NULL);
	done(&f);
	/* "she" inside what the aide says, after Clinton named there, is no aide */
	f = run("Debate prep\n\n"
		"Clinton, a top aide said, is confident, and since 2008 she has often told Obama's "
		"team that \"I only lost one debate.\"\n");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(!f.l->items[i].speaker_resolved ||
		      strcmp(f.l->items[i].speaker_resolved, "a top aide") != 0 ||
		      f.text[f.l->items[i].speaker.start] == 'a');
	done(&f);
}

int main(void)
{
	RUN(acronym_in_brackets);
	RUN(center_is_named_body);
	RUN(the_analyst_described_before);
	RUN(she_after_an_analyst);
	return CHECK_DONE();
}
