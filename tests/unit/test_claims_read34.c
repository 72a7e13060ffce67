/* Unit tests of claim rows a reader would find wrong on saved pages and PolNeAR dev stories not
 * read before (session 34): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* Rep. Robert C. "Bobby" Scott: a one-word nickname in quotation marks between a given name (or
 * an initial) and a surname is part of the name, so "Scott" alone later is that man, and stays
 * him after another Scott is named in full in passing; a quoted word after a word that is no
 * given name ("the senator “Sunny” Clark") is no nickname. */
static void nickname_in_quotation_marks(void)
{
	struct fixture f = run("Rep. Robert C. \"Bobby\" Scott held his picnic on Monday.\n\n"
			       "Scott said the race would be close.\n\n"
			       "There are two black senators now: Cory Booker and Tim Scott.\n\n"
			       "Scott added that he would raise the money.\n\n"
			       "Mayor Ann \u201cAnnie\u201d Lee opened the fair.\n\n"
			       "Lee said the fair would stay open.\n");

	cue_speaker_resolves(&f, "Scott", "said", "Robert C. \"Bobby\" Scott");
	cue_speaker_resolves(&f, "Scott", "added", "Robert C. \"Bobby\" Scott");
	cue_speaker_resolves(&f, "Lee", "said", "Ann \u201cAnnie\u201d Lee");
	done(&f);
}

/* The rule wants a given name or an initial before the mark and a name after it: a word in
 * quotation marks after a common noun, or before a lowercase word, stays outside the name. */
static void quoted_word_no_nickname(void)
{
	struct fixture f = run("Anna Berg called the plan \"Reckless\" Monday.\n\n"
			       "Anna Berg said the plan would fail.\n\n"
			       "Berg said the cost was too high.\n");

	cue_speaker_resolves(&f, "Anna Berg", "said", "Anna Berg");
	cue_speaker_resolves(&f, "Berg", "said", "Anna Berg");
	done(&f);
}

/* A surname two people share alone means the one the story has named more often when the other
 * is named in full in passing, as an owner or after a preposition ("her son Oskar Lind's house"
 * after Mara Lind three times); the newcomer takes it named otherwise ("Her son Oskar Lind
 * spoke"), and when the
 * other is called by a given name alone ("Oskar" leaves "Lind" to his mother, as "Saddam" left
 * "Hussein" to the King in test_claims_wire). */
static void shared_surname_stays_with_the_one_named_more(void)
{
	struct fixture f = run("Mara Lind won the vote on Monday.\n\n"
			       "Mara Lind thanked her staff.\n\n"
			       "Mara Lind then went to her son Oskar Lind's house.\n\n"
			       "Lind said she was tired.\n");

	cue_speaker_resolves(&f, "Lind", "said", "Mara Lind");
	done(&f);

	f = run("Mara Lind won the vote on Monday.\n\n"
		"Mara Lind thanked her staff.\n\n"
		"Her son Oskar Lind spoke at the party.\n\n"
		"Lind said he was proud.\n");
	cue_speaker_resolves(&f, "Lind", "said", "Oskar Lind");
	done(&f);

	f = run("Oskar Lind won the race on Monday.\n\n"
		"Oskar smiled at the crowd.\n\n"
		"The boy ran to his mother, Mara Lind.\n\n"
		"Lind said she was proud.\n");
	cue_speaker_resolves(&f, "Lind", "said", "Mara Lind");
	done(&f);
}

int main(void)
{
	RUN(nickname_in_quotation_marks);
	RUN(quoted_word_no_nickname);
	RUN(shared_surname_stays_with_the_one_named_more);
	return CHECK_DONE();
}
