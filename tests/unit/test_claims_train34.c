/* Unit tests of claim rows a reader would find wrong, found among PolNeAR train's unmatched
 * predictions (session 34): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "said his members, who voted for Mr. Obama, would march": the title's stop inside the relative
 * clause does not end it, and the content runs on to the subject's verb. */
static void relative_with_title(void)
{
	struct fixture f = run("The organizer said his members, who voted for Mr. Obama, would "
			       "march behind the mayor.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "his members, who voted for Mr. Obama, would march behind the mayor",
		 "The organizer", "said", NULL);
	done(&f);
}

/* "watch what he said this week": what was said is the free relative's gap, and a time, a
 * place or an infinitive without its object after the cue reports nothing; "what he said were
 * failures" and "what it calls a tax" stay. */
static void free_relative_gap(void)
{
	struct fixture f = run("If you watch what the senator said this week, the answer is "
			       "plain.\n\n"
			       "Look at what the mayor said on Monday.\n\n"
			       "The mayor cannot do what the governor promises to do.\n\n"
			       "The senator criticized what the mayor said were failures of the "
			       "council.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "what the mayor said were failures of the council",
		 "The senator", "criticized", NULL);
	done(&f);
}

/* "He thought of his speeches as “little talks,” he told friends": to think of a thing as
 * another is to regard it, no thought set out, and the clause is what he told; "think twice"
 * is to hesitate. */
static void think_of_and_twice(void)
{
	struct fixture f = run("The mayor thought of her speeches as \u201clittle talks,\u201d "
			       "she told friends.\n\n"
			       "Workers think twice before they sign the forms.\n\n"
			       "Workers think the forms are too long.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The mayor thought of her speeches as \u201clittle talks,",
		 "she", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the forms are too long", "Workers", "think", NULL);
	done(&f);
}

/* "leaders — “He would have loved Stalin,” the senator said twice — and": a quotation set off by
 * dashes with its own tag is that tag's content, and the claim before the dashes ends there;
 * a dash that closes an aside ("— as many believe — “why not?”") leaves the words before it
 * in the content. */
static void quotation_between_dashes(void)
{
	struct fixture f = run("The senator suggested the mayor had a fondness for strongmen "
			       "\u2014 \u201cHe would have loved Stalin,\u201d the senator said "
			       "twice \u2014 and reminded the crowd of the stakes.\n\n"
			       "If the council is indeed stalling \u2014 as many residents believe "
			       "\u2014 \u201cwhy would you not ask?\u201d asked the mayor.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor had a fondness for strongmen", "The senator",
		 "suggested", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "He would have loved Stalin,", "the senator", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "If the council is indeed stalling \u2014 as many residents believe \u2014 "
		 "\u201cwhy would you not ask?",
		 "the mayor", "asked", NULL);
	done(&f);
}

/* "“... Loudoun.” Will Estrada, the chairman, said of the encounter": a sentence that is only the
 * tag, the source's name set off with its apposition, after a quotation that closed the sentence
 * before; "said of the encounter he had" reads no clause after "of". */
static void tag_sentence_with_apposition(void)
{
	struct fixture f = run("\u201cWe have to win the county.\u201d Ann Lee, the chairwoman, "
			       "said of the meeting.\n\n"
			       "The chairwoman said of the meeting she had last week that it went "
			       "well.\n\n"
			       "The chairwoman said of the meeting she had last week with the "
			       "mayor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We have to win the county.", "Ann Lee, the chairwoman",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that it went well", "The chairwoman", "said", NULL);
	done(&f);
}

/* "their smiles said a lot", "said little about the plan": an amount tells how much was said,
 * not what; "said a lot had changed" and "said much of the money was gone" report a clause. */
static void amount_is_no_content(void)
{
	struct fixture f = run("Their smiles said a lot.\n\n"
			       "The senator said little about the plan.\n\n"
			       "The senator said a lot of things about the plan.\n\n"
			       "The senator said a lot had changed since 2010.\n\n"
			       "The senator said much of the money was gone.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a lot had changed since 2010", "The senator", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "much of the money was gone", "The senator", "said", NULL);
	done(&f);
}

/* "responded by pointing to her work to kill a proposal that would have allowed licenses": "that"
 * and a verb after a plain noun of the phrase open a relative clause on it, no report; the
 * quotation after a colon further on is what was said; "said on Monday that would be a mistake"
 * keeps its "that" as the clause's subject. */
static void relative_that_in_phrase(void)
{
	struct fixture f = run("The campaign responded by pointing to her work to kill a proposal "
			       "that would have allowed licenses.\n\n"
			       "The senator responded with a line that could have come from the "
			       "mayor: \u201cDo not moan to me.\u201d\n\n"
			       "The mayor said on Monday that would be a mistake.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Do not moan to me.", "The senator", "responded", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that would be a mistake", "The mayor", "said", NULL);
	done(&f);
}

/* "“It got me sick,” Ann Smith, a user, wrote on the forum": "on" after the cue tells where it
 * was written, so "the forum" is no inverted source; "Dr. Feel wrote": a capitalised cue word
 * after a title is a name. */
static void wrote_on_and_titled_name(void)
{
	struct fixture f = run("\u201cIt got me sick,\u201d Ann Smith, a user, wrote on the "
			       "forum.\n\n"
			       "\u201cIt got me sick,\u201d Dr. Feel wrote on the forum.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "It got me sick,", "Ann Smith, a user", "wrote", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "It got me sick,", "Dr. Feel", "wrote", NULL);
	done(&f);
}

/* "said that, once you use it, you never go back": the row leaves the conjunction out before an
 * aside as before a plain clause. */
static void that_before_aside(void)
{
	struct fixture f = run("The founder said that, once you use it, you never go back.\n\n"
			       "The founder said that the phone was ready.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The founder said (paraphrase): once you use it, you never go back"));
	CHECK(renders(&f, 1, "The founder said (paraphrase): the phone was ready"));
	done(&f);
}

int main(void)
{
	RUN(relative_with_title);
	RUN(free_relative_gap);
	RUN(think_of_and_twice);
	RUN(quotation_between_dashes);
	RUN(tag_sentence_with_apposition);
	RUN(amount_is_no_content);
	RUN(relative_that_in_phrase);
	RUN(wrote_on_and_titled_name);
	RUN(that_before_aside);
	return CHECK_DONE();
}
