/* Unit tests of where the content of an indirect claim starts: the words between a cue and its
 * content that belong to the telling (manner, time, a preposition) and not to what was said. */
#include "claims_fixture.h"

/* A phrase quoted inside the noun phrase after "warned of", "boasted about" is part of that
 * content, not a quotation that opens it: the content still starts after the preposition. */
static void prep_quoted_phrase(void)
{
	struct fixture f =
		run("Cruz warned of a \u201cferocious\u201d battle ahead.\n\n"
		    "The aide boasted about a plan to spend \u201ca million dollars\u201d "
		    "on research.\n\n"
		    "She wrote on Twitter \u201cWe will win.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "a \u201cferocious\u201d battle ahead", "Cruz", NULL, NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "a plan to spend \u201ca million dollars\u201d on research",
		 "The aide", NULL, NULL);
	/* a quotation that begins in capitals is what she wrote, not a phrase after "on" */
	claim_is(&f, 2, CLAIM_DIRECT, "We will win.", "She", "wrote", NULL);
	done(&f);
}

/* "asked for X" asks for X: the preposition is the cue's, as in "called for". */
static void asked_for(void)
{
	struct fixture f = run("The defense counsel asked for a sentence of three years.\n\n"
			       "Other news organizations have asked for copies as well.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a sentence of three years", "The defense counsel", NULL,
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "copies", "Other news organizations", NULL, NULL);
	done(&f);
}

/* Words of manner or time between the cue and "that" tell how or when it was said: the content
 * is the clause after "that". */
static void adverb_before_that(void)
{
	struct fixture f = run("Clinton said explicitly that her statements were truthful.\n\n"
			       "The minister said early Friday that 80 people were killed.\n\n"
			       "He argued insistently that he would be a better candidate.\n\n"
			       "Rubio recognized long ago that the contest would be hard.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that her statements were truthful", "Clinton", NULL, NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that 80 people were killed", "The minister", NULL, NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that he would be a better candidate", "He", NULL, NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the contest would be hard", "Rubio", NULL, NULL);
	done(&f);
}

/* "But", "And" or "So" opening a sentence that its tag ends is the speaker's; other connectives,
 * a tag with content after it, and a document for the source leave it the writer's. */
static void speaker_connective(void)
{
	struct fixture f =
		run("But the point of those sanctions is to get material out, he said.\n\n"
		    "And the polling ahead of the vote felt like a push poll, she said.\n\n"
		    "But in those last nights, she wrote, she began to pray.\n\n"
		    "But the race is close, the records show.\n\n"
		    "Still, the party is united, he said.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "But the point of those sanctions is to get material out",
		 "he", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "And the polling ahead of the vote felt like a push poll",
		 "she", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "in those last nights, she wrote, she began to pray", "she",
		 "wrote", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the race is close", "the records", "show", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the party is united", "he", "said", NULL);
	done(&f);
}

/* "refused to admit that X": what is (not) admitted is the clause after "that", and the cue
 * holds the verb of saying; an infinitive with no clause is the content itself. */
static void infinitive_saying(void)
{
	struct fixture f = run("He refused to admit that he underestimated the group.\n\n"
			       "She refused to concede that the senator had won.\n\n"
			       "He vowed to fight the ruling.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he underestimated the group", "He",
		 "refused to admit", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the senator had won", "She", "refused to concede",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to fight the ruling", "He", "vowed", NULL);
	done(&f);
}

/* "said Tuesday night he ...": the part of the day goes with the day, before the clause. */
static void day_part(void)
{
	struct fixture f = run("Trump said Tuesday night he considered Cruz the nominee.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "he considered Cruz the nominee", "Trump", "said", NULL);
	done(&f);
}

/* "X seemed to mock Y": a verb of telling, showing or knowing after "seemed to" makes X the
 * source of Y, the phrase its cue; other verbs leave the impression the writer's, the clause
 * whole. */
static void seem_telling(void)
{
	struct fixture f = run("Mr. Cruz seemed to mock his vague tough talk.\n\n"
			       "Her messages seem to show that she coordinated with the staff.\n\n"
			       "The music seemed to match the mood of the arena.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "his vague tough talk", "Mr. Cruz", "seemed to mock", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that she coordinated with the staff", "Her messages",
		 "seem to show", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "The music seemed to match the mood of the arena", NULL,
		 "seemed", NULL);
	done(&f);
}

/* "the policy points he hopes to see on the platform": an infinitive whose verb has no object
 * of its own says what is hoped of the noun phrase before the subject, which the content holds;
 * not after a cue ("told the crowd he wants to win") nor with a relative pronoun for subject. */
static void contact_relative(void)
{
	struct fixture f = run(
		"He made no secret of the policy points he hopes to see on the party platform.\n\n"
		"They will block any proposals she would not want to defend in a general "
		"election.\n\n"
		"He told the crowd he wants to win.\n\n"
		"He is a rare candidate who hopes to compete in Iowa.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the policy points he hopes to see on the party platform",
		 "he", "hopes", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "any proposals she would not want to defend in a general election", "she",
		 "would not want", NULL);
	/* "he wants to win" is what he told the crowd: one statement (claims_drop_nested) */
	CHECK(span_is(&f, f.l->items[2].content, "he wants to win"));
	claim_is(&f, 3, CLAIM_INDIRECT, "to compete in Iowa", "who", "hopes", NULL);
	done(&f);
}

/* "a finish that he said defied expectations": "that" after a noun with a finite verb right
 * after the cue opens a relative clause, the content from "that" as from "which"; "that" after
 * a cue or before a clause with its subject is the cue's own. "the fact that he has declined to
 * participate in ...": a noun whose "that" opens what it holds is no head of the infinitive. */
static void that_relative(void)
{
	struct fixture f = run("Rubio came third, in a finish that he said defied expectations.\n\n"
			       "It ignores the fact that he has declined to participate in the "
			       "debate.\n\n"
			       "The aide said that he said nothing wrong.\n");

	/* "he said nothing wrong", by a "he" the text names no one for, is a step of the aide's
	 * statement (claims_drop_nested), not a claim of its own */
	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he said defied expectations", "he", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to participate in the debate", "he", "has declined", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that he said nothing wrong", "The aide", "said", NULL);
	done(&f);
}

/* "asked our followers who their favorite speaker was": the question after the addressee, from
 * "who"; "who" with a verb after it is a relative clause of the addressee. */
static void asked_who(void)
{
	struct fixture f = run("We asked our followers who their favorite speaker was.\n\n"
			       "Beck asked the conservative who he thought would win the race.\n\n"
			       "The guard asked the man who was standing there to leave.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "who their favorite speaker was", "We", "asked", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "who he thought would win the race", "Beck", "asked", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the man who was standing there to leave", "The guard",
		 "asked", NULL);
	done(&f);
}

/* "In the latest poll, conducted in May, Clinton led ...": the participle's phrase after the
 * poll tells of the poll; what it found begins after it. */
static void poll_participle(void)
{
	struct fixture f = run("In the latest Washington Post-ABC News poll, conducted in May, "
			       "Clinton led Trump 47 percent to 39 percent.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "Clinton led Trump 47 percent to 39 percent",
		 "the latest Washington Post-ABC News poll", "In", NULL);
	done(&f);
}

/* "When the regulation goes into effect, Dr. Clark added, “it will ...”": a quotation in lower
 * case after a tag between commas goes on with the opening clause before the tag, a named source
 * as a pronoun ("he added"). */
static void joined_named(void)
{
	struct fixture f =
		run("When the regulation goes into effect, Dr. Clark added, \u201cit will "
		    "feel like the job market.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "When the regulation goes into effect, Dr. Clark added, \u201cit will feel like "
		 "the job market.",
		 "Dr. Clark", "added", NULL);
	done(&f);
}

/* The same for paraphrase that quotes a few words after the tag: "Particularly in poorer parts
 * of the state, he said, “we do not know ...” on how many jobs ...". */
static void joined_paraphrase(void)
{
	struct fixture f =
		run("Particularly in poorer parts of the state, he said, \u201cwe do not "
		    "know the answer\u201d on how many jobs might be lost.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Particularly in poorer parts of the state, he said, \u201cwe do not know the "
		 "answer\u201d on how many jobs might be lost",
		 "he", "said", NULL);
	done(&f);
}

/* "The heavy investment in its facilities, Ms. Tanzer said, “is a perfect example ...”": a
 * lower-case quotation that goes on from a noun phrase before the tag has that phrase for its
 * subject; the source is the name after the comma. */
static void joined_subject(void)
{
	struct fixture f =
		run("The heavy investment in its facilities, Ms. Tanzer said, \u201cis a "
		    "perfect example of adapting\u201d to the changing economics of "
		    "golf.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The heavy investment in its facilities, Ms. Tanzer said, \u201cis a perfect "
		 "example of adapting\u201d to the changing economics of golf",
		 "Ms. Tanzer", "said", NULL);
	done(&f);
}

/* "promised Sunday at a rally to end X", "sought on Wednesday to ease X": a time or a place
 * between an infinitive cue and its "to" is when or where; the content is the infinitive, also
 * for a cue only with an infinitive ("declined at the hearing to reveal ..."). A "to" that opens
 * a phrase ("to reporters") is no infinitive. */
static void infinitive_after_phrase(void)
{
	struct fixture f =
		run("Sanders promised Sunday at a Las Vegas rally to end the program.\n\n"
		    "Obama sought on Wednesday to ease growing worries.\n\n"
		    "The campaign has sought for months to temper expectations.\n\n"
		    "The group declined at the hearing to reveal its sources.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "to end the program", "Sanders", "promised", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to ease growing worries", "Obama", "sought", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "to temper expectations", "The campaign", "has sought",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "to reveal its sources", "The group", "declined", NULL);
	done(&f);
}

/* "told him she worries he's “too nice” to ...": after an addressee, a clause whose subject
 * comes before a phrase quoted in lower case starts at its subject, not at the quotation; with no
 * subject before it the quotation is what was told. */
static void told_quoted_phrase(void)
{
	struct fixture f =
		run("A woman told him she worries he\u2019s \u201ctoo nice\u201d to fend off "
		    "his rivals.\n\n"
		    "She told the crowd \u201cwe will win this fight.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "she worries he\u2019s \u201ctoo nice\u201d to fend off his rivals", "A woman",
		 "told", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "we will win this fight.", "She", "told", NULL);
	done(&f);
}

/* "said flatly: “...”", "replied evenly, “...”", "wrote back: ''...''": a word of manner (or
 * "back", with its addressee) between the cue and the quotation's colon or comma is how it was
 * said; the claim is the quotation, direct. */
static void manner_before_quote(void)
{
	struct fixture f =
		run("The leader said flatly: \u201cI don\u2019t think it matters.\u201d\n\n"
		    "Sanders replied evenly, \"I think she is wrong.\"\n\n"
		    "The aide wrote back: ''We all have him on our list.''\n\n"
		    "The crowd chanted back at him, \"Send them home.\"\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "I don\u2019t think it matters.", "The leader", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "I think she is wrong.", "Sanders", "replied", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We all have him on our list.", "The aide", "wrote", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "Send them home.", "The crowd", "chanted", NULL);
	done(&f);
}

/* "asked the buzzing crowd, “Can she stay?”": a question put to an addressee (or at a place) in a
 * quotation that opens with a capital is the quotation, direct; a phrase quoted in lower case
 * after "asked them" stays inside the request. */
static void asked_crowd_quote(void)
{
	struct fixture f = run("He then asked the buzzing crowd, \u201cCan she stay?\u201d\n\n"
			       "Sanders asks at Western High School, \u201cAny questions?\u201d\n\n"
			       "She asked them \u201cprayerfully consider\u201d the future.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "Can she stay?", "He", "then asked", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Any questions?", "Sanders", "asks", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "them \u201cprayerfully consider\u201d the future", "She",
		 "asked", NULL);
	done(&f);
}

/* "blasted out an email", "shouted out an insult": "out" after the verb is its particle; "asked
 * for" and "warned of" keep their preposition out of the content also where a quotation or a
 * that-clause comes after it; the "out" of "well-thought-out", of "thought out a plan" or of
 * "found out the hard way" is no particle of speech. */
static void verb_particle(void)
{
	struct fixture f = run(
		"Her campaign quickly blasted out an email to supporters on Monday.\n\n"
		"The woman shouted out an insult aimed at Cruz.\n\n"
		"At one point, a woman asked for a photo and Clinton said, \u201cas long as we "
		"are not violating any election laws.\u201d\n\n"
		"An activist, who backs Cruz, warned of a \u201cferocious\u201d battle ahead that "
		"could split the party.\n\n"
		"They do not go in without a clear, well-thought-out plan.\n\n"
		"He thought out a plan for the campaign.\n\n"
		"They found out the hard way how big a lie it was.\n");

	CHECK_EQ(f.l->n, 6); /* and "who backs Cruz"; no thinking or finding out */
	claim_is(&f, 0, CLAIM_INDIRECT, "an email to supporters", "Her campaign", NULL, NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "an insult aimed at Cruz", "The woman", NULL, NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "a photo", "a woman", "asked", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT,
		 "a \u201cferocious\u201d battle ahead that could split the party",
		 "An activist, who backs Cruz", "warned", NULL);
	done(&f);
}

/* "X, whom one insider described as “his brother”": content from "as" after the cue describes the
 * object, a relative pronoun before the source, and holds it; an object after the cue is the
 * content's start as before. */
static void object_before_as(void)
{
	struct fixture f =
		run("The strategist is Joel Benenson, whom one Obama insider described as "
		    "\u201chis brother.\u201d\n\n"
		    "They cheered Donald Trump, who he blasted as a bully and demagogue.\n\n"
		    "Mr. Trump described the plan as a disaster.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "whom one Obama insider described as \u201chis brother",
		 "one Obama insider", "described", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "who he blasted as a bully and demagogue", "he", "blasted",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan as a disaster", "Mr. Trump", "described", NULL);
	done(&f);
}

/* "But ''the more interesting issue,'' he added, ''is ...''": a "But" that opens the sentence
 * right before a quotation is the speaker's, also where the quotation goes on after the tag; not
 * another connective ("Still, ''...,'' said ..."). */
static void connective_quote(void)
{
	struct fixture f = run("But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is "
			       "whether the report is a blip.''\n\n"
			       "But \"if you are critical of him, forget it,\" said Roffman.\n\n"
			       "Still, ''it will not be carpets,'' said Erik Flannigan.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the "
		 "report is a blip.",
		 "Mr. Holtz-Eakin", "added", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "But \"if you are critical of him, forget it,", "Roffman",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "it will not be carpets,", "Erik Flannigan", "said", NULL);
	done(&f);
}

/* "lamented in an interview with the editor Oliver Darcy, ''We have ...''": a phrase of place or
 * occasion after a cue whose content may be a noun phrase, then a comma and a quotation opening
 * with a capital: the quotation is the claim. */
static void place_before_quote(void)
{
	struct fixture f =
		run("Sykes lamented in an interview with the editor Oliver Darcy, ''We have "
		    "spent 20 years demonizing the media.''\n\n"
		    "She called over her shoulder, \u201cHis comments are not "
		    "helping.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We have spent 20 years demonizing the media.", "Sykes",
		 "lamented", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "His comments are not helping.", "She", "called", NULL);
	done(&f);
}

/* "Fallon fired back: “A,” he wrote, “B”": a quotation after a colon opens a statement of its own,
 * which the tag after it interrupts: one claim from the first quotation to the end of the
 * second, as when the quotation opens the sentence. */
static void colon_quote_tag(void)
{
	struct fixture f =
		run("Fallon fired back: \u201cAs a guardian of the legacy,\u201d he wrote, "
		    "\u201cwe know you are rooting for Clinton.\u201d\n\n"
		    "His reply was blunt: \u201cNo,\u201d he said, \u201cnever.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "As a guardian of the legacy,\u201d he wrote, \u201cwe know you are rooting for "
		 "Clinton.",
		 "he", "wrote", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "No,\u201d he said, \u201cnever.", "he", "said", NULL);
	done(&f);
}

/* "According to Lorella Praeli, Clinton's Latino vote director, the campaign ...": a phrase that
 * names the source further between commas is not the content; a subject with a phrase of its own
 * ("Clinton's lead, once 10 points, has shrunk", "the gunman, a local man, opened fire") is. */
static void according_apposition(void)
{
	struct fixture f =
		run("According to Lorella Praeli, Clinton's Latino vote director, the "
		    "campaign has reached out.\n\n"
		    "According to the poll, Clinton's lead, once 10 points, has shrunk.\n\n"
		    "According to officials, the gunman, a local man, opened fire.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "the campaign has reached out", "Lorella Praeli", NULL,
		 NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Clinton's lead, once 10 points, has shrunk",
		 "the poll", NULL, NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "the gunman, a local man, opened fire", "officials",
		 NULL, NULL);
	done(&f);
}

/* The subject of an impression starts where its noun phrase does: "and" between two nouns
 * inside it is no clause boundary, and a referential "it" before "appeared to" is part of it
 * ("it appears that" still starts after the cue). */
static void seem_subject(void)
{
	struct fixture f = run("The old rivalry between Ohio and Michigan appears to be fading.\n\n"
			       "The ruling came late, and it appeared to favor the miners.\n\n"
			       "It appears that the vote was delayed.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The old rivalry between Ohio and Michigan appears to be fading", NULL, "appears",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "it appeared to favor the miners", NULL, "appeared", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the vote was delayed", NULL, "appears", NULL);
	done(&f);
}

/* A phrase between the subject of an impression and its verb ("by all appearances", "too", a
 * relative clause ending in a particle) is no subject: the content starts at the noun phrase
 * before it. A phrase in dashes with the subject after it, and a plain subject, stay. */
static void seem_phrase_before_verb(void)
{
	struct fixture f =
		run("Both objections, which on their face seemed to carry little weight, "
		    "were dropped.\n\n"
		    "Many viewers who tuned in just seemed to enjoy the show.\n\n"
		    "Democrats, too, appeared headed for a long contest.\n\n"
		    "The mayor has at the very least seemed to understand the problem.\n\n"
		    "Polls indicate that \u2014 at least for now \u2014 voters seem calm.\n\n"
		    "The rebels seemed ready to talk.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Both objections, which on their face seemed to carry little weight", NULL,
		 "seemed", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Many viewers who tuned in just seemed to enjoy the show",
		 NULL, "seemed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Democrats, too, appeared headed for a long contest", NULL,
		 "appeared", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT,
		 "The mayor has at the very least seemed to understand the problem", NULL, "seemed",
		 NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "at least for now \u2014 voters seem calm", NULL, "seem",
		 NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "The rebels seemed ready to talk", NULL, "seemed", NULL);
	done(&f);
}

/* "But, he added, “We ...”": a "But" or "Of course" that opens the sentence before the tag is
 * the speaker's first word when the quotation after the tag opens with a capital; "Still" is
 * the writer's. */
static void connective_before_tag(void)
{
	struct fixture f = run("But, the coach added, \"We never gave up on this team.\"\n\n"
			       "Of course, she said, \"Nobody likes a long winter.\"\n\n"
			       "Still, he said, \"The roads are open again.\"\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "But, the coach added, \"We never gave up on this team.",
		 "the coach", "added", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Of course, she said, \"Nobody likes a long winter.", "she",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "The roads are open again.", "he", "said", NULL);
	done(&f);
}

/* "told reporters this was ...": the demonstrative and its verb open the clause after the
 * addressee, not the noun phrase after that verb. */
static void demonstrative_after_addressee(void)
{
	struct fixture f = run("The mayor told reporters this was the last budget.\n\n"
			       "The coach told the players these were the final drills.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "this was the last budget", "The mayor", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "these were the final drills", "The coach", "told", NULL);
	done(&f);
}

/* "late Thursday", "early on Monday", "shortly after noon", "overnight" after an inverted tag is when it was said, not content, so
 * the claim before the tag stands; after a forward cue the clause after the time is the content.
 * Controls: "early voting", "late payments" open the clause. */
static void late_or_early_after_the_cue(void)
{
	struct fixture f = run("The budget will pass, officials said late Thursday.\n\n"
			       "The talks failed, the mayor said early on Monday.\n\n"
			       "The officials said late last week the talks had failed.\n\n"
			       "She said early voting was strong.\n\n"
			       "He said late payments rose.\n\n"
			       "The road is closed, the police said shortly after noon.\n\n"
			       "The road is open, the police said overnight.\n");

	CHECK_EQ(f.l->n, 7);
	claim_is(&f, 0, CLAIM_INDIRECT, "The budget will pass", "officials", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The talks failed", "the mayor", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the talks had failed", "The officials", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "early voting was strong", "She", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "late payments rose", "He", "said", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "The road is closed", "the police", "said", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "The road is open", "the police", "said", NULL);
	done(&f);
}

/* "A: Because they needed help, I think": an interview's label opening the answer's paragraph is
 * not the answer's words; "A plan", a word, stays. */
static void answer_label(void)
{
	struct fixture f = run("Q: Why did you adopt the cause?\n\n"
			       "A: Because they needed help, I think.\n\n"
			       "A new plan would work, the aide said.\n");
	size_t n = f.l->n;

	CHECK(n >= 2);
	claim_is(&f, n - 2, CLAIM_INDIRECT, "Because they needed help", "I", "think", NULL);
	claim_is(&f, n - 1, CLAIM_INDIRECT, "A new plan would work", "the aide", "said", NULL);
	done(&f);
}

/* "Fuelling speculation that ..., opposition leader X, who ..., returned to Harare, his spokesman
 * said": a participle phrase opening the sentence is the writer's, the content the clause after
 * its comma; a gerund subject ("Putting the show together allowed him ...") stays. */
static void participle_opening(void)
{
	struct fixture f = run(
		"Fuelling speculation that the plan might be in motion, opposition leader "
		"Morgan Tsvangirai, who has been receiving treatment in Britain and South Africa, "
		"returned to Harare late on Wednesday, his spokesman said.\n\n"
		"Putting the show together allowed him to relax, Butz said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "opposition leader Morgan Tsvangirai, who has been receiving treatment in Britain "
		 "and South Africa, returned to Harare late on Wednesday",
		 "his spokesman", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Putting the show together allowed him to relax", "Butz",
		 "said", NULL);
	done(&f);
}

/* "told us what steps it was taking": the question told starts at its word; "told them how to
 * vote" is an instruction, no claim of a question. */
static void question_after_addressee(void)
{
	struct fixture f = run("The firm told us what steps it was taking to fix the leak.\n\n"
			       "The coach told reporters how the team had lost.\n\n"
			       "The coach told reporters he was tired.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "what steps it was taking to fix the leak", "The firm",
		 "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "how the team had lost", "The coach", "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "he was tired", "The coach", "told", NULL);
	done(&f);
}

/* "said most of the debris burnt up", "said most voters stayed home": "most" opens the clause;
 * "said most recently that ..." is the adverb. */
static void most_as_subject(void)
{
	struct fixture f = run("The agency said most of the debris burnt up.\n\n"
			       "The agency said most voters stayed home.\n\n"
			       "The agency said most recently that the craft was lost.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "most of the debris burnt up", "The agency", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "most voters stayed home", "The agency", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the craft was lost", "The agency", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(prep_quoted_phrase);
	RUN(asked_for);
	RUN(adverb_before_that);
	RUN(speaker_connective);
	RUN(infinitive_saying);
	RUN(day_part);
	RUN(seem_telling);
	RUN(contact_relative);
	RUN(that_relative);
	RUN(asked_who);
	RUN(poll_participle);
	RUN(joined_named);
	RUN(joined_paraphrase);
	RUN(joined_subject);
	RUN(infinitive_after_phrase);
	RUN(told_quoted_phrase);
	RUN(manner_before_quote);
	RUN(asked_crowd_quote);
	RUN(verb_particle);
	RUN(object_before_as);
	RUN(connective_quote);
	RUN(place_before_quote);
	RUN(colon_quote_tag);
	RUN(according_apposition);
	RUN(seem_subject);
	RUN(seem_phrase_before_verb);
	RUN(connective_before_tag);
	RUN(demonstrative_after_addressee);
	RUN(late_or_early_after_the_cue);
	RUN(answer_label);
	RUN(participle_opening);
	RUN(question_after_addressee);
	RUN(most_as_subject);
	return CHECK_DONE();
}
