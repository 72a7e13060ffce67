/* claims_lex: the word lists of the claims engine (speech cues, stop words, titles, roles). */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "claims_int.h"

/* Nouns for what someone writes or issues, a source when read or released ("a message that was
 * read") and later called by the noun alone ("the letter reads"). */
const char claims_message_nouns[] = "letter statement message memo note email";

/* Speech and belief cues by surface form, a group per class: a word has the classes of all the
 * groups it is in. Each group in order (checked by claims_lex_check()). */
static const struct text_words_group cue_groups[] = {
	/* nouns of a stance, with a preposition before what they are about */
	{CUE_NOUN,
	 "accusation accusations allegation allegations argument assertion assertions assurance "
	 "assurances attack attacks belief claim claims complaint complaints contention criticism endorsement "
	 "insistence opposition questions rumor rumors speculation suggestion suggestions support"},
	/* a report nobody is named for */
	{CUE_HEARSAY, "reportedly"},
	/* an impression with no source */
	{CUE_SEEM, "appear appeared appears seem seemed seems"},
	/* speech and belief verbs */
	{CUE_VERB,
	 "accept accepted accepts accused accuses accusing acknowledge acknowledged acknowledges "
	 "acknowledging added adding adds admit admits admitted admitting agree agreed agrees "
	 "alleged alleges alluded alluding announce announced announces announcing answered answers "
	 "applaud applauded applauding applauds argue argued argues arguing asked asking asks assert "
	 "asserted asserting asserts assure assured assures assuring attacked attacking "
	 "attributed "
	 "attributing backed backing "
	 "backs believe believed believes bemoaned bemoans blamed blames blaming blasted "
	 "blasting blasts boasted boasts bragged brags call called calling calls challenged challenging "
	 "chanted charged chided chides chiding cited cites citing claim claimed claiming claims "
	 "clear commented complained complaining complains concede conceded concedes conceding "
	 "concluded concludes condemned condemning condemns confirmed confirming confirms congratulated "
	 "congratulates congratulating contend contended contends continued countered counters "
	 "criticized criticizes criticizing declare declared declares declaring declined "
	 "declines declining decried decries decrying defended defending defends demanded "
	 "demanding demands denied denies denounced denounces denouncing deny denying derided "
	 "derides deriding describe described describes describing disclose disclosed discloses "
	 "disclosing discuss discussed discusses "
	 "discussing dismissed dismisses dismissing echoed echoes echoing emailed emphasized "
	 "emphasizes emphasizing endorse endorsed endorses endorsing estimated estimates expect expected "
	 "expecting expects explain explained explaining explains expressed expresses expressing fear "
	 "feared fears feel feels finds found hailed hails highlighted highlighting hope hoped hopes hoping "
	 "implied implies implying indicated indicates inform informed informing informs "
	 "insist insisted insisting insists "
	 "interjected joked jokes joking know knows laid lambasted lambastes lamented lamenting laments "
	 "lay laying lays learned likened likening likens listed maintain maintained maintaining "
	 "maintains mention mentioned mentioning mentions mocked mocking mocks mused musing "
	 "noted notes noting observed observes offering opined opines opining oppose opposed opposes "
	 "ordered paraphrasing planned plans pledge pledged pledges pledging point pointed pointing "
	 "points portray portrayed portraying portrays praised praises praising predicted predicting "
	 "predicts prefer preferred prefers proclaimed proclaims promise promised promises promising proposed "
	 "proposes pushed pushing put questioned questioning quipped railed railing read reads "
	 "reassure reassured reassures reassuring rebuked "
	 "recalled recalling recalls recognized recognizes recommended recommends recounted "
	 "recounting recounts referenced referencing referred referring refers refused refuses refusing "
	 "regard regarded regards reiterated reiterates reiterating rejected rejecting rejects "
	 "remarked remarks remembered remind reminded reminding reminds repeated repeating repeats "
	 "replied replies report "
	 "reported reports requested requesting responded responds revealed reveals rule ruled "
	 "rules ruling said saw say saying says see seeks sees shouted show showed showing shows "
	 "slammed slamming slams sought sound sounded sounding sounds sparred sparring speaking speaks speculated speculates "
	 "speculating spelled spells spoke stated states stating stressed stresses stressing "
	 "suggest suggested suggesting suggests support supported supporting supports talk "
	 "talked talking talks tell telling tells testified testifies thanked thanking think "
	 "thinks thought threatened threatening threatens told touted touting touts tweeted "
	 "tweeting tweets urged urges urging viewed views voiced voicing vouched vouches vouching vow vowed vowing "
	 "vows want wanted wants warn warned warning warns welcomed welcomes wondered wondering wonders worried "
	 "worries worry writes writing wrote yelled"},
	/* participles: the source is the clause's subject */
	{CUE_ING,
	 "accusing acknowledging adding admitting alluding announcing applauding arguing asking "
	 "asserting assuring attacking backing blaming blasting calling challenging chiding citing "
	 "claiming complaining conceding condemning confirming congratulating criticizing declaring "
	 "declining decrying defending demanding denouncing denying deriding describing "
	 "disclosing discussing dismissing echoing emphasizing endorsing explaining expressing "
	 "highlighting "
	 "hoping implying informing insisting joking lamenting laying likening maintaining mentioning "
	 "mocking musing noting offering opining paraphrasing pledging pointing portraying "
	 "praising predicting promising pushing questioning railing reassuring recalling "
	 "recounting "
	 "referencing referring refusing reiterating rejecting reminding repeating requesting ruling "
	 "saying showing slamming sounding sparring speaking speculating stating stressing suggesting "
	 "supporting talking telling thanking threatening touting tweeting urging voicing vouching "
	 "vowing warning wondering writing"},
	/* an addressee before the content (told X that) */
	{CUE_OBJ,
	 "asked asking asks assure assured assures assuring clear inform informed informing informs "
	 "reassure reassured reassures reassuring remind reminded reminding reminds tell telling "
	 "tells told"},
	/* a belief or a hope, not speech */
	{CUE_BELIEF,
	 "accept accepted accepts believe believed believes expect expected expecting expects fear feared "
	 "fears feel feels hope hoped hopes hoping know knows planned plans regard regarded "
	 "regards saw see sees think thinks thought viewed views want wanted wants worried worry"},
	/* reported content only with "that" or a quotation */
	{CUE_NEEDTHAT,
	 "agree agreed agrees charged commented confirmed confirming confirms denied denies deny "
	 "denying disclose disclosed discloses disclosing estimated estimates fear "
	 "feared fears feel feels finds found indicated indicates learned maintain maintained "
	 "maintaining maintains mentioning pledge pledged pledges "
	 "pledging promised remembered report reported reports revealed "
	 "suggest suggesting thought vow vowed vows warning worried worry writing"},
	/* verbs of knowing, concluding and cautioning: speech or belief only with "that" or a
	 * quotation ("cautioned that prices would rise", not "cautioned him", "anticipated how
	 * tired she would be" or "what the panel determined"); not "realized" or "noticed", which
	 * tell a story's events more often than anyone's belief, nor "signaled" (PolNeAR dev); and
	 * the bare "add" and "note" ("went on to add that"), which without "that" add things up
	 * and take notes; with them verbs of suspecting, confessing and stressing ("suspected
	 * that", "swore that", "underscores that"), but not "forecast", after a comma as often the
	 * verb of a main clause ("Mr. Vane, the chief clerk, forecast a rise"), nor the bare
	 * "doubt", as often the noun ("expressed doubt that"), nor "hints", whose subject in a
	 * headline is a thing ("Drop in turnout hints that"), nor "posited" (PolNeAR train: after
	 * a quotation closing on a comma it read the sentence before it as the content), nor
	 * "assume", whose subject is as often a plan or a model ("it assumes that"), nor the
	 * bare "caution", as often the noun ("urged caution"; both also kept PolNeAR dev's cue
	 * exact at its threshold) */
	{CUE_VERB | CUE_NEEDTHAT | CUE_THATONLY,
	 "add affirm affirmed affirms allege anticipate anticipated anticipates boast brag "
	 "calculated calculates case cautioned clarified clarifies complain conclude confess confessed "
	 "confesses demonstrate demonstrated demonstrates determined divulge divulged divulges doubted "
	 "emphasize guessed "
	 "hinted indicate intimated note observe predict presume presumed proclaim protested "
	 "reaffirmed reaffirms rebut rebutted reckon reckoned recognize sniped speculate suspect "
	 "suspected suspects swore underscore underscored underscores"},
	/* their participles, whose source is the clause's subject */
	{CUE_VERB | CUE_NEEDTHAT | CUE_THATONLY | CUE_ING,
	 "alleging believing boasting bragging cautioning clarifying confessing demonstrating "
	 "determining divulging doubting fearing observing proclaiming protesting reaffirming remarking "
	 "suspecting underscoring worrying"},
	/* adjectives of belief, cues only after a form of "be" and before "that" ("are confident
	 * that", "was not convinced that"; claims_belief_adj); not "adamant", whose "that" is
	 * more often a demand ("adamant that he resign") */
	{CUE_VERB | CUE_NEEDTHAT | CUE_THATONLY | CUE_BELIEF | CUE_ADJ,
	 "afraid aware concerned confident convinced hopeful optimistic skeptical "
	 "sure unaware"},
	/* a message a verb sends, a cue only before "that" ("sent strong signals that", "gave word
	 * that"; claims_signal_verb); not "message", whose "sends a message that" is more often a
	 * deed read as a gesture (PolNeAR dev, a broadcast transcript) than anyone's statement */
	{CUE_SIGNAL | CUE_NEEDTHAT | CUE_THATONLY, "signal signals word"},
	/* cues for quotations only */
	{CUE_QUOTEONLY, "continued interjected put read reads responded responds states"},
	/* cues only as a tag right after a quotation or its speaker ("“...,” worries Ada Cole",
	 * "“...,” Trump barked"): elsewhere mostly nouns ("private worries") or a worry, a sound or
	 * a mood with no one's words ("the dog barked", "she laughed at the joke") */
	{CUE_VERB | CUE_QUOTEONLY | CUE_TAGONLY,
	 "barked barks beamed beams bellowed chuckled chuckles deadpanned deadpans exclaimed "
	 "exclaims frets fumed fumes griped gripes groused grouses growled grumbled grumbles "
	 "gushed gushes hissed laughed laughs marveled marvels muttered mutters posted retorted retorts "
	 "scoffed scoffs sighed sighs snapped snaps sneered sniffed whispered whispers worries"},
	/* "pointed out" */
	{CUE_OUT,
	 "laid lay laying lays point pointed pointing points rule ruled rules ruling spelled "
	 "spells"},
	/* "according to" */
	{CUE_ACCORDING, "according"},
	/* "X quoted Y as saying" */
	{CUE_QUOTED, "quoted"},
	/* content may be a noun phrase (called X a Y, criticized X) */
	{CUE_NP,
	 "accused accuses accusing alleged alleges answered answers applaud applauded applauding "
	 "applauds asked asking asks attacked attacking attributed attributing backed backing "
	 "backs bemoaned bemoans "
	 "blamed blames blaming blasted blasting blasts call called calling calls challenged "
	 "challenging chided chides chiding cited cites citing condemned condemning condemns "
	 "congratulated congratulates congratulating criticized criticizes criticizing decried "
	 "decries decrying defended defending defends demanded demanding demands denounced "
	 "denounces denouncing derided derides deriding describe described describes describing "
	 "discuss discussed discusses discussing dismissed dismisses dismissing echoed echoes "
	 "echoing endorse endorsed endorses endorsing expressed expresses expressing hailed hails highlighted "
	 "highlighting laid lambasted lambastes lamented lamenting laments lay laying lays likened "
	 "likening likens listed mocked mocking mocks offering oppose opposed opposes ordered "
	 "paraphrasing portray portrayed portraying portrays praised praises praising prefer preferred prefers proposed "
	 "proposes questioned questioning rebuked recognized recognizes recommended recommends recounted "
	 "recounting recounts referenced referencing regard regarded regards reiterated reiterates "
	 "reiterating rejected rejecting rejects repeated repeating repeats requested requesting "
	 "rule ruled rules ruling saw see seeks sees slammed slamming slams sought sound sounded sounding sounds spelled "
	 "spells support supported supporting supports thanked thanking touted touting touts "
	 "urged urges urging viewed views voiced voicing welcomed welcomes"},
	/* "called for", "called on" */
	{CUE_FOR, "call called calling calls pushed pushing vouched vouches vouching"},
	/* content after about, on, of, against, over or at ("talked about") */
	{CUE_PREP,
	 "argued asked asking asks boasted boasts bragged brags "
	 "complained complaining complains joked jokes "
	 "joking mused musing opined opines opining railed railing sparred sparring speaking "
	 "speaks speculated speculates speculating spoke talk talked talking talks warned wrote"},
	/* content after "to" ("referring to") */
	{CUE_TO, "alluded alluding point pointed pointing points referred referring refers"},
	/* cues only with their preposition */
	{CUE_PREPONLY,
	 "alluded alluding bragged brags pushed pushing railed railing referred referring refers sparred "
	 "sparring speaking speaks spoke talk talked talking talks vouched vouches vouching"},
	/* cues only for a document or data ("the poll shows") */
	{CUE_DOC, "show showed showing shows"},
	/* an infinitive for content ("vowed to fight") */
	{CUE_INF,
	 "claim claimed claiming claims declined declines declining expect expecting expects hope hoped hopes hoping planned plans "
	 "pledge pledged pledges pledging promise promised promises promising refused refuses refusing seeks sought "
	 "threatened threatening threatens vow vowed vowing vows want wanted wants"},
	/* cues only with an infinitive ("declined to comment") */
	{CUE_INFONLY,
	 "declined declines declining planned plans refused refuses refusing threatened "
	 "threatening threatens want wanted wants"},
};

/* Other word classes, the same way. */
static const struct text_words_group word_groups[] = {
	/* determiners */
	{WORD_DET, "a an another any every some the this"},
	/* prepositions */
	{WORD_PREP,
	 "about across after along amid among around as at before by during for from in into "
	 "of on over per since through throughout to toward towards under until upon via with "
	 "without"},
	/* words that begin a subordinate clause */
	{WORD_SUBORD,
	 "after although as because before how if once since than that though until what when "
	 "where whether which while why"},
	/* words that may begin an introductory phrase ("In 2008, ...") */
	{WORD_INTRO,
	 "after although at because before but during earlier however if in later meanwhile on "
	 "previously recently since still though when while"},
	/* adverbs */
	{WORD_ADV,
	 "again already also always earlier even ever frequently further generally here however "
	 "instead just later long meanwhile most never normally not now occasionally often once "
	 "only previously publicly rarely recently repeatedly reportedly seldom since sometimes "
	 "still then there thus twice typically usually yet"},
	/* adverbs that link a sentence to the one before ("Furthermore, the board said") */
	{WORD_ADV,
	 "accordingly additionally besides consequently conversely furthermore hence importantly indeed likewise moreover nevertheless nonetheless notably otherwise similarly therefore ultimately"},
	/* times */
	{WORD_TIME,
	 "ago april august day december earlier february friday january july june last later "
	 "march monday month november october overnight saturday september sunday this "
	 "thursday today tonight tuesday wednesday week year yesterday"},
	/* conjunctions */
	{WORD_CONJ, "and but or so yet"},
	/* finite and auxiliary verbs: they end a noun phrase */
	{WORD_VERB,
	 "are be been being came can could did do does gave got had has have having is made may "
	 "might must shall should took was went were will would"},
	/* auxiliaries */
	{WORD_AUX, "had has have"},
	/* pronouns */
	{WORD_PRON, "he her him his i it its she their them they us we who you"},
	/* words that refer to a person */
	{WORD_PERSON,
	 "ceo chairman chief director he her him his leader minister official president senator "
	 "she spokesman spokeswoman"},
	/* descriptions that refer back to a named source */
	{WORD_ROLE,
	 "agency campaign ceo chairman chief company department director firm government group "
	 "leader minister ministry newspaper official officials organization party police "
	 "president senator spokesman spokeswoman"},
	/* relative pronouns */
	{WORD_REL, "which who whom"},
	/* descriptions of a business */
	{WORD_COMPANY, "company firm"},
	/* documents and data that may show something */
	{WORD_DOC,
	 "analyses analysis audit average averages census chart charts clip clips count "
	 "counts data disclosure disclosures "
	 "document documents email emails estimates evidence figures file files filing filings "
	 "findings "
	 "footage forecast forecasts graph graphic image images index investigation letter "
	 "letters list lists map memo memos model models numbers outcome outcomes photo "
	 "photograph photographs photos picture pictures poll polling polls probe projection "
	 "projections "
	 "ratings receipts record records report reports research result results returns review slide slides "
	 "statistics studies study survey surveys tallies tally test tests transcript "
	 "transcripts tweets video videos"},
	/* function words of French, Spanish, Portuguese, Italian and German (the language check of
	 * claims_frame_junk) */
	{WORD_FOREIGN,
	 "al au aux ce cette che como con dans das del della dem den der des di die du ein eine el "
	 "es est et il ist las le les lo los mais mit ne nicht non ou para pas per pero por pour que "
	 "qui se sono su sur sus una und une y zu"},
};

/* The word lists of TOKL_*, the same way. */
static const struct text_words_group list_groups[] = {
	{TOKL_BE, "are be been being is was were"},
	{TOKL_MODAL, "can could may might must shall should will would"},
	/* past forms that do not end in "-ed", of verb_form() (claims_content_coord.c); those that
	 * are also present or nouns are left out: "set", "put", "cut", "hit", "read" */
	{TOKL_PAST,
	 "became began brought built came did fell fled found gave got had held kept knew led left "
	 "lost made met ran rose said sank saw sent sold spoke stood struck swore thought told took "
	 "was went were won wrote"},
	/* participles that are not the past form ("should be taken out and washed": the "-ed" after
	 * "and" goes on with them) */
	{TOKL_PARTICIPLE,
	 "been begun broken chosen done driven eaten fallen forgotten given gone grown hidden known "
	 "risen seen shaken spoken stolen taken thrown torn worn written"},
	/* pasts that are also the present and nouns, of claims_verb_after_name() */
	{TOKL_BAREPAST, "bet cast cost cut hit hurt let put quit set shut split spread"},
	/* the present after "he" of verb_form() */
	{TOKL_PRESENT, "does has is"},
	/* the finite verbs the lexicon knows, of known_finite() (claims_content_coord.c) */
	{TOKL_FINITE, "am are did do does had has have is was were"},
};

/* Honorifics and titles that a short name may carry ("Mr. Huang"). */
static const struct text_words_group title_groups[] = {
	{1, "dr gen gov judge miss mr mrs ms president prof rep sen sir"},
};

/* The tables, filled once on first use: a lookup is one hash of the lowercased word and, nearly
 * always, one comparison. `both` holds the words of cues and words, and classes[] each one's
 * classes in the two, so that a token is looked up once (claims_lex_classes()). */
struct both_classes {
	unsigned cue, word, lists;
};
static struct text_words cues, words, titles, both;
static struct both_classes *classes;
static bool tables_ok;
static pthread_once_t filled = PTHREAD_ONCE_INIT;
/* Set once the tables are filled: every word the block reader reads asks, and this load is all
 * it then costs (pthread_once() is a call each time). */
static atomic_bool ready;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Adds the classes of the groups g to classes[], as the entries of `both` (of the cue, word or
 * list classes). */
enum which {
	CUES,
	WORDS,
	LISTS
};
static void fill_both(const struct text_words_group *g, size_t ng, enum which which)
{
	for (size_t i = 0; i < ng; i++) {
		for (const char *p = g[i].words; *p;) {
			size_t n = strcspn(p, " ");
			unsigned id;
			if (text_words_lookup(&both, p, n, &id)) {
				if (which == CUES)
					classes[id].cue |= g[i].flags;
				else if (which == WORDS)
					classes[id].word |= g[i].flags;
				else
					classes[id].lists |= g[i].flags;
			}
			p += p[n] ? n + 1 : n;
		}
	}
}

static void fill(void)
{
	struct text_words_group all[COUNT(cue_groups) + COUNT(word_groups) + COUNT(list_groups)];

	tables_ok = text_words_fill(&cues, cue_groups, COUNT(cue_groups), NULL);
	tables_ok = text_words_fill(&words, word_groups, COUNT(word_groups), NULL) && tables_ok;
	tables_ok = text_words_fill(&titles, title_groups, COUNT(title_groups), NULL) && tables_ok;
	memcpy(all, cue_groups, sizeof(cue_groups));
	memcpy(all + COUNT(cue_groups), word_groups, sizeof(word_groups));
	memcpy(all + COUNT(cue_groups) + COUNT(word_groups), list_groups, sizeof(list_groups));
	for (size_t i = 0; i < COUNT(all); i++)
		all[i].flags = 1; /* a member: its classes are classes[]'s */
	tables_ok = text_words_fill(&both, all, COUNT(all), NULL) && tables_ok;
	classes = xcalloc(text_words_count(&both), sizeof(*classes));
	fill_both(cue_groups, COUNT(cue_groups), CUES);
	fill_both(word_groups, COUNT(word_groups), WORDS);
	fill_both(list_groups, COUNT(list_groups), LISTS);
	atomic_store_explicit(&ready, true, memory_order_release);
}

void claims_lex_init(void)
{
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&filled, fill);
}

unsigned claims_lex_cue(const char *s, size_t len)
{
	claims_lex_init();
	return text_words_lookup(&cues, s, len, NULL);
}

void claims_lex_classes(const char *s, size_t len, struct claims_lexed *x)
{
	struct text_word_key k;
	unsigned id;

	if (!atomic_load_explicit(&ready, memory_order_acquire))
		claims_lex_init();
	/* the word's key and its entry in `both` at once: the block reader asks for every word */
	unsigned found = text_words_lookup_key(&both, s, len, &k, &id);
	struct both_classes c = found ? classes[id] : (struct both_classes){0, 0, 0};
	x->keyed = k.n != 0;
	x->key = k.n ? k.h : 0;
	x->cue = c.cue;
	x->foreign = (c.word & WORD_FOREIGN) != 0;
	x->word = c.word & ~(unsigned)WORD_FOREIGN;
	x->lists = (unsigned char)c.lists;
}

struct claims_lex_memo *claims_lex_memo_new(void)
{
	return xcalloc(1, sizeof(struct claims_lex_memo));
}

void claims_lex_classes_note(struct claims_lex_memo *m, const struct text_memo_key *w,
			     const char *s, size_t len, struct claims_lexed *x)
{
	size_t j = text_word_memo_slot16(w, CLAIMS_MEMO_BITS);

	claims_lex_classes(s, len, x);
	m->slot[j].w = *w;
	m->slot[j].x = *x;
}

unsigned claims_lex_word(const char *s, size_t len)
{
	claims_lex_init();
	return text_words_lookup(&words, s, len, NULL) & ~(unsigned)WORD_FOREIGN;
}

bool claims_lex_title(const char *s, size_t len)
{
	claims_lex_init();
	return text_words_lookup(&titles, s, len, NULL) != 0;
}

bool claims_lex_check(void)
{
	claims_lex_init();
	return tables_ok;
}
