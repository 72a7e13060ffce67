/* claims_lex: the word lists of the claims engine (speech cues, stop words, titles, roles). */
#include "claims_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct entry {
	const char *word;
	unsigned flags;
};

/* Speech and belief cues by surface form. Sorted by word (checked by claims_lex_check()). */
static const struct entry cues[] = {
	{"accept", CUE_VERB | CUE_BELIEF},
	{"accepted", CUE_VERB | CUE_BELIEF},
	{"accepts", CUE_VERB | CUE_BELIEF},
	{"according", CUE_ACCORDING},
	{"accused", CUE_VERB | CUE_NP},
	{"accuses", CUE_VERB | CUE_NP},
	{"accusing", CUE_VERB | CUE_ING | CUE_NP},
	{"acknowledge", CUE_VERB},
	{"acknowledged", CUE_VERB},
	{"acknowledges", CUE_VERB},
	{"acknowledging", CUE_VERB | CUE_ING},
	{"add", CUE_VERB},
	{"added", CUE_VERB},
	{"adding", CUE_VERB | CUE_ING},
	{"adds", CUE_VERB},
	{"admit", CUE_VERB},
	{"admits", CUE_VERB},
	{"admitted", CUE_VERB},
	{"admitting", CUE_VERB | CUE_ING},
	{"agree", CUE_VERB | CUE_NEEDTHAT},
	{"agreed", CUE_VERB | CUE_NEEDTHAT},
	{"agrees", CUE_VERB | CUE_NEEDTHAT},
	{"announce", CUE_VERB},
	{"announced", CUE_VERB},
	{"announces", CUE_VERB},
	{"announcing", CUE_VERB | CUE_ING},
	{"argue", CUE_VERB},
	{"argued", CUE_VERB | CUE_PREP},
	{"argues", CUE_VERB},
	{"arguing", CUE_VERB | CUE_ING},
	{"asked", CUE_VERB | CUE_OBJ | CUE_NP | CUE_PREP},
	{"asks", CUE_VERB | CUE_OBJ | CUE_NP},
	{"assert", CUE_VERB},
	{"asserted", CUE_VERB},
	{"asserting", CUE_VERB | CUE_ING},
	{"asserts", CUE_VERB},
	{"assured", CUE_VERB | CUE_OBJ},
	{"attacked", CUE_VERB | CUE_NP},
	{"attacking", CUE_VERB | CUE_NP | CUE_ING},
	{"backed", CUE_VERB | CUE_NP},
	{"believe", CUE_VERB | CUE_BELIEF},
	{"believed", CUE_VERB | CUE_BELIEF},
	{"believes", CUE_VERB | CUE_BELIEF},
	{"bemoaned", CUE_VERB | CUE_NP},
	{"blamed", CUE_VERB | CUE_NP},
	{"blames", CUE_VERB | CUE_NP},
	{"blaming", CUE_VERB | CUE_NP | CUE_ING},
	{"blasted", CUE_VERB | CUE_NP},
	{"blasting", CUE_VERB | CUE_NP | CUE_ING},
	{"boasted", CUE_VERB | CUE_PREP},
	{"bragged", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"call", CUE_VERB | CUE_NP | CUE_FOR},
	{"called", CUE_VERB | CUE_NP | CUE_FOR},
	{"calling", CUE_VERB | CUE_NP | CUE_ING | CUE_FOR},
	{"calls", CUE_VERB | CUE_NP | CUE_FOR},
	{"charged", CUE_VERB | CUE_NEEDTHAT},
	{"cited", CUE_VERB | CUE_NP},
	{"cites", CUE_VERB | CUE_NP},
	{"citing", CUE_VERB | CUE_NP | CUE_ING},
	{"claim", CUE_VERB},
	{"claimed", CUE_VERB},
	{"claiming", CUE_VERB | CUE_ING},
	{"claims", CUE_VERB},
	{"complained", CUE_VERB | CUE_PREP},
	{"concede", CUE_VERB},
	{"conceded", CUE_VERB},
	{"concedes", CUE_VERB},
	{"conceding", CUE_VERB | CUE_ING},
	{"concluded", CUE_VERB},
	{"condemned", CUE_VERB | CUE_NP},
	{"confirmed", CUE_VERB | CUE_NEEDTHAT},
	{"contend", CUE_VERB},
	{"contended", CUE_VERB},
	{"contends", CUE_VERB},
	{"continued", CUE_VERB | CUE_QUOTEONLY},
	{"countered", CUE_VERB},
	{"criticized", CUE_VERB | CUE_NP},
	{"criticizes", CUE_VERB | CUE_NP},
	{"criticizing", CUE_VERB | CUE_NP | CUE_ING},
	{"declare", CUE_VERB},
	{"declared", CUE_VERB},
	{"declares", CUE_VERB},
	{"declaring", CUE_VERB | CUE_ING},
	{"declined", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"declines", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"declining", CUE_VERB | CUE_ING | CUE_INF | CUE_INFONLY},
	{"decried", CUE_VERB | CUE_NP},
	{"decries", CUE_VERB | CUE_NP},
	{"decrying", CUE_VERB | CUE_NP | CUE_ING},
	{"defended", CUE_VERB | CUE_NP},
	{"demanded", CUE_VERB | CUE_NP},
	{"denied", CUE_VERB | CUE_NEEDTHAT},
	{"denies", CUE_VERB | CUE_NEEDTHAT},
	{"denounced", CUE_VERB | CUE_NP},
	{"denounces", CUE_VERB | CUE_NP},
	{"denouncing", CUE_VERB | CUE_NP | CUE_ING},
	{"described", CUE_VERB | CUE_QUOTEONLY | CUE_OBJ},
	{"describing", CUE_VERB | CUE_ING | CUE_QUOTEONLY},
	{"dismissed", CUE_VERB | CUE_NP},
	{"dismissing", CUE_VERB | CUE_NP | CUE_ING},
	{"echoed", CUE_VERB | CUE_NP},
	{"echoes", CUE_VERB | CUE_NP},
	{"echoing", CUE_VERB | CUE_NP | CUE_ING},
	{"emphasized", CUE_VERB},
	{"endorsed", CUE_VERB | CUE_NP},
	{"endorses", CUE_VERB | CUE_NP},
	{"endorsing", CUE_VERB | CUE_NP | CUE_ING},
	{"estimated", CUE_VERB | CUE_NEEDTHAT},
	{"estimates", CUE_VERB | CUE_NEEDTHAT},
	{"expect", CUE_VERB | CUE_BELIEF | CUE_INF},
	{"expected", CUE_VERB | CUE_BELIEF},
	{"expects", CUE_VERB | CUE_BELIEF | CUE_INF},
	{"explain", CUE_VERB},
	{"explained", CUE_VERB},
	{"explaining", CUE_VERB | CUE_ING},
	{"explains", CUE_VERB},
	{"expressed", CUE_VERB | CUE_NP},
	{"expresses", CUE_VERB | CUE_NP},
	{"expressing", CUE_VERB | CUE_NP | CUE_ING},
	{"fear", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feared", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"fears", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feel", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feels", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"felt", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"find", CUE_VERB | CUE_NEEDTHAT},
	{"finds", CUE_VERB | CUE_NEEDTHAT},
	{"found", CUE_VERB | CUE_NEEDTHAT},
	{"hope", CUE_VERB | CUE_BELIEF | CUE_INF},
	{"hoped", CUE_VERB | CUE_BELIEF | CUE_INF},
	{"hopes", CUE_VERB | CUE_BELIEF | CUE_INF},
	{"hoping", CUE_VERB | CUE_BELIEF | CUE_ING | CUE_INF},
	{"indicated", CUE_VERB | CUE_NEEDTHAT},
	{"insist", CUE_VERB},
	{"insisted", CUE_VERB},
	{"insisting", CUE_VERB | CUE_ING},
	{"insists", CUE_VERB},
	{"joked", CUE_VERB | CUE_PREP},
	{"know", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"knows", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"lamented", CUE_VERB | CUE_NP},
	{"lamenting", CUE_VERB | CUE_NP | CUE_ING},
	{"maintained", CUE_VERB | CUE_NEEDTHAT},
	{"mention", CUE_VERB},
	{"mentioned", CUE_VERB},
	{"mentions", CUE_VERB},
	{"mocked", CUE_VERB | CUE_NP},
	{"mocking", CUE_VERB | CUE_NP | CUE_ING},
	{"mocks", CUE_VERB | CUE_NP},
	{"noted", CUE_VERB},
	{"notes", CUE_VERB},
	{"noting", CUE_VERB | CUE_ING},
	{"observed", CUE_VERB},
	{"opposed", CUE_VERB | CUE_NP},
	{"planned", CUE_VERB | CUE_BELIEF | CUE_INF | CUE_INFONLY},
	{"plans", CUE_VERB | CUE_BELIEF | CUE_INF | CUE_INFONLY},
	{"pledged", CUE_VERB | CUE_NEEDTHAT | CUE_INF},
	{"pointed", CUE_VERB | CUE_OUT | CUE_TO},
	{"pointing", CUE_VERB | CUE_ING | CUE_OUT | CUE_TO},
	{"points", CUE_VERB | CUE_OUT | CUE_TO},
	{"portrayed", CUE_VERB | CUE_NP},
	{"portraying", CUE_VERB | CUE_NP | CUE_ING},
	{"portrays", CUE_VERB | CUE_NP},
	{"praised", CUE_VERB | CUE_NP},
	{"praises", CUE_VERB | CUE_NP},
	{"praising", CUE_VERB | CUE_NP | CUE_ING},
	{"predicted", CUE_VERB},
	{"predicts", CUE_VERB},
	{"proclaimed", CUE_VERB},
	{"promised", CUE_VERB | CUE_NEEDTHAT | CUE_INF},
	{"promising", CUE_VERB | CUE_ING | CUE_INF},
	{"proposed", CUE_VERB | CUE_NP},
	{"pushed", CUE_VERB | CUE_FOR | CUE_PREPONLY},
	{"pushing", CUE_VERB | CUE_FOR | CUE_PREPONLY | CUE_ING},
	{"questioned", CUE_VERB | CUE_NP},
	{"questioning", CUE_VERB | CUE_NP | CUE_ING},
	{"quipped", CUE_VERB},
	{"quoted", CUE_QUOTED},
	{"railed", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"railing", CUE_VERB | CUE_PREP | CUE_PREPONLY | CUE_ING},
	{"read", CUE_VERB | CUE_QUOTEONLY},
	{"reads", CUE_VERB | CUE_QUOTEONLY},
	{"recalled", CUE_VERB},
	{"recalling", CUE_VERB | CUE_ING},
	{"recalls", CUE_VERB},
	{"recommended", CUE_VERB | CUE_NP},
	{"referred", CUE_VERB | CUE_TO | CUE_PREPONLY},
	{"referring", CUE_VERB | CUE_TO | CUE_PREPONLY | CUE_ING},
	{"refers", CUE_VERB | CUE_TO | CUE_PREPONLY},
	{"refused", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"refuses", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"refusing", CUE_VERB | CUE_ING | CUE_INF | CUE_INFONLY},
	{"reiterated", CUE_VERB | CUE_NP},
	{"reiterates", CUE_VERB | CUE_NP},
	{"reiterating", CUE_VERB | CUE_NP | CUE_ING},
	{"rejected", CUE_VERB | CUE_NP},
	{"remarked", CUE_VERB},
	{"reminded", CUE_VERB | CUE_OBJ},
	{"replied", CUE_VERB},
	{"report", CUE_VERB | CUE_NEEDTHAT},
	{"reported", CUE_VERB | CUE_NEEDTHAT},
	{"reports", CUE_VERB | CUE_NEEDTHAT},
	{"responded", CUE_VERB | CUE_QUOTEONLY},
	{"revealed", CUE_VERB | CUE_NEEDTHAT},
	{"said", CUE_VERB},
	{"say", CUE_VERB},
	{"saying", CUE_VERB | CUE_ING},
	{"says", CUE_VERB},
	{"show", CUE_VERB | CUE_DOC},
	{"showed", CUE_VERB | CUE_DOC},
	{"showing", CUE_VERB | CUE_ING | CUE_DOC},
	{"shows", CUE_VERB | CUE_DOC},
	{"slammed", CUE_VERB | CUE_NP},
	{"slamming", CUE_VERB | CUE_NP | CUE_ING},
	{"speaking", CUE_VERB | CUE_PREP | CUE_PREPONLY | CUE_ING},
	{"speaks", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"spoke", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"stated", CUE_VERB},
	{"stating", CUE_VERB | CUE_ING},
	{"stressed", CUE_VERB},
	{"suggest", CUE_VERB | CUE_NEEDTHAT},
	{"suggested", CUE_VERB},
	{"suggesting", CUE_VERB | CUE_ING | CUE_NEEDTHAT},
	{"suggests", CUE_VERB},
	{"supported", CUE_VERB | CUE_NP},
	{"supports", CUE_VERB | CUE_NP},
	{"talk", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"talked", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"talking", CUE_VERB | CUE_PREP | CUE_PREPONLY | CUE_ING},
	{"talks", CUE_VERB | CUE_PREP | CUE_PREPONLY},
	{"tell", CUE_VERB | CUE_OBJ},
	{"telling", CUE_VERB | CUE_OBJ | CUE_ING},
	{"tells", CUE_VERB | CUE_OBJ},
	{"testified", CUE_VERB},
	{"think", CUE_VERB | CUE_BELIEF},
	{"thinks", CUE_VERB | CUE_BELIEF},
	{"thought", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"threatened", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"threatening", CUE_VERB | CUE_ING | CUE_INF | CUE_INFONLY},
	{"threatens", CUE_VERB | CUE_INF | CUE_INFONLY},
	{"told", CUE_VERB | CUE_OBJ},
	{"touted", CUE_VERB | CUE_NP},
	{"tweeted", CUE_VERB},
	{"tweets", CUE_VERB},
	{"urged", CUE_VERB | CUE_NP},
	{"urging", CUE_VERB | CUE_NP | CUE_ING},
	{"vowed", CUE_VERB | CUE_NEEDTHAT | CUE_INF},
	{"vowing", CUE_VERB | CUE_ING | CUE_INF},
	{"want", CUE_VERB | CUE_BELIEF | CUE_INF | CUE_INFONLY},
	{"wanted", CUE_VERB | CUE_BELIEF | CUE_INF | CUE_INFONLY},
	{"wants", CUE_VERB | CUE_BELIEF | CUE_INF | CUE_INFONLY},
	{"warn", CUE_VERB},
	{"warned", CUE_VERB | CUE_PREP},
	{"warning", CUE_VERB | CUE_ING | CUE_NEEDTHAT},
	{"warns", CUE_VERB},
	{"worried", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"worry", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"writes", CUE_VERB},
	{"wrote", CUE_VERB | CUE_PREP},
};

/* Other word classes. Sorted by word. */
static const struct entry words[] = {
	{"a", WORD_DET},
	{"about", WORD_PREP},
	{"across", WORD_PREP},
	{"after", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"again", WORD_ADV},
	{"agency", WORD_ROLE},
	{"ago", WORD_TIME},
	{"already", WORD_ADV},
	{"also", WORD_ADV},
	{"although", WORD_SUBORD | WORD_INTRO},
	{"always", WORD_ADV},
	{"an", WORD_DET},
	{"analyses", WORD_DOC},
	{"analysis", WORD_DOC},
	{"and", WORD_CONJ},
	{"another", WORD_DET},
	{"any", WORD_DET},
	{"april", WORD_TIME},
	{"are", WORD_VERB},
	{"as", WORD_SUBORD | WORD_PREP},
	{"at", WORD_PREP | WORD_INTRO},
	{"audit", WORD_DOC},
	{"august", WORD_TIME},
	{"be", WORD_VERB},
	{"because", WORD_SUBORD | WORD_INTRO},
	{"been", WORD_VERB},
	{"before", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"being", WORD_VERB},
	{"but", WORD_CONJ | WORD_INTRO},
	{"by", WORD_PREP},
	{"came", WORD_VERB},
	{"campaign", WORD_ROLE},
	{"can", WORD_VERB},
	{"census", WORD_DOC},
	{"ceo", WORD_ROLE | WORD_PERSON},
	{"chairman", WORD_ROLE | WORD_PERSON},
	{"chart", WORD_DOC},
	{"charts", WORD_DOC},
	{"chief", WORD_ROLE | WORD_PERSON},
	{"company", WORD_ROLE | WORD_COMPANY},
	{"could", WORD_VERB},
	{"count", WORD_DOC},
	{"counts", WORD_DOC},
	{"data", WORD_DOC},
	{"day", WORD_TIME},
	{"december", WORD_TIME},
	{"department", WORD_ROLE},
	{"did", WORD_VERB},
	{"director", WORD_ROLE | WORD_PERSON},
	{"disclosure", WORD_DOC},
	{"disclosures", WORD_DOC},
	{"do", WORD_VERB},
	{"document", WORD_DOC},
	{"documents", WORD_DOC},
	{"does", WORD_VERB},
	{"during", WORD_PREP | WORD_INTRO},
	{"earlier", WORD_TIME | WORD_ADV | WORD_INTRO},
	{"email", WORD_DOC},
	{"emails", WORD_DOC},
	{"estimates", WORD_DOC},
	{"even", WORD_ADV},
	{"every", WORD_DET},
	{"evidence", WORD_DOC},
	{"february", WORD_TIME},
	{"figures", WORD_DOC},
	{"filing", WORD_DOC},
	{"filings", WORD_DOC},
	{"findings", WORD_DOC},
	{"firm", WORD_ROLE | WORD_COMPANY},
	{"footage", WORD_DOC},
	{"for", WORD_PREP},
	{"forecast", WORD_DOC},
	{"forecasts", WORD_DOC},
	{"friday", WORD_TIME},
	{"from", WORD_PREP},
	{"further", WORD_ADV},
	{"gave", WORD_VERB},
	{"got", WORD_VERB},
	{"government", WORD_ROLE},
	{"graph", WORD_DOC},
	{"group", WORD_ROLE},
	{"had", WORD_VERB | WORD_AUX},
	{"has", WORD_VERB | WORD_AUX},
	{"have", WORD_VERB | WORD_AUX},
	{"having", WORD_VERB},
	{"he", WORD_PRON | WORD_PERSON},
	{"her", WORD_PRON | WORD_PERSON},
	{"here", WORD_ADV},
	{"him", WORD_PRON | WORD_PERSON},
	{"his", WORD_PRON | WORD_PERSON},
	{"how", WORD_SUBORD},
	{"however", WORD_ADV | WORD_INTRO},
	{"i", WORD_PRON},
	{"if", WORD_SUBORD | WORD_INTRO},
	{"image", WORD_DOC},
	{"images", WORD_DOC},
	{"in", WORD_PREP | WORD_INTRO},
	{"index", WORD_DOC},
	{"instead", WORD_ADV},
	{"into", WORD_PREP},
	{"investigation", WORD_DOC},
	{"is", WORD_VERB},
	{"it", WORD_PRON},
	{"its", WORD_PRON},
	{"january", WORD_TIME},
	{"july", WORD_TIME},
	{"june", WORD_TIME},
	{"just", WORD_ADV},
	{"last", WORD_TIME},
	{"later", WORD_TIME | WORD_ADV | WORD_INTRO},
	{"leader", WORD_ROLE | WORD_PERSON},
	{"letter", WORD_DOC},
	{"letters", WORD_DOC},
	{"list", WORD_DOC},
	{"lists", WORD_DOC},
	{"made", WORD_VERB},
	{"map", WORD_DOC},
	{"march", WORD_TIME},
	{"may", WORD_VERB},
	{"meanwhile", WORD_ADV | WORD_INTRO},
	{"memo", WORD_DOC},
	{"memos", WORD_DOC},
	{"might", WORD_VERB},
	{"minister", WORD_ROLE | WORD_PERSON},
	{"ministry", WORD_ROLE},
	{"model", WORD_DOC},
	{"models", WORD_DOC},
	{"monday", WORD_TIME},
	{"month", WORD_TIME},
	{"most", WORD_ADV},
	{"must", WORD_VERB},
	{"never", WORD_ADV},
	{"newspaper", WORD_ROLE},
	{"not", WORD_ADV},
	{"november", WORD_TIME},
	{"now", WORD_ADV},
	{"numbers", WORD_DOC},
	{"october", WORD_TIME},
	{"of", WORD_PREP},
	{"official", WORD_ROLE | WORD_PERSON},
	{"officials", WORD_ROLE},
	{"on", WORD_PREP | WORD_INTRO},
	{"once", WORD_ADV | WORD_SUBORD},
	{"only", WORD_ADV},
	{"or", WORD_CONJ},
	{"organization", WORD_ROLE},
	{"over", WORD_PREP},
	{"party", WORD_ROLE},
	{"per", WORD_PREP},
	{"photo", WORD_DOC},
	{"photos", WORD_DOC},
	{"police", WORD_ROLE},
	{"poll", WORD_DOC},
	{"polling", WORD_DOC},
	{"polls", WORD_DOC},
	{"president", WORD_ROLE | WORD_PERSON},
	{"previously", WORD_ADV | WORD_INTRO},
	{"probe", WORD_DOC},
	{"projections", WORD_DOC},
	{"publicly", WORD_ADV},
	{"receipts", WORD_DOC},
	{"recently", WORD_ADV | WORD_INTRO},
	{"record", WORD_DOC},
	{"records", WORD_DOC},
	{"repeatedly", WORD_ADV},
	{"report", WORD_DOC},
	{"reportedly", WORD_ADV},
	{"reports", WORD_DOC},
	{"research", WORD_DOC},
	{"result", WORD_DOC},
	{"results", WORD_DOC},
	{"returns", WORD_DOC},
	{"review", WORD_DOC},
	{"saturday", WORD_TIME},
	{"senator", WORD_ROLE | WORD_PERSON},
	{"september", WORD_TIME},
	{"shall", WORD_VERB},
	{"she", WORD_PRON | WORD_PERSON},
	{"should", WORD_VERB},
	{"since", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"so", WORD_CONJ},
	{"some", WORD_DET},
	{"spokesman", WORD_ROLE | WORD_PERSON},
	{"spokeswoman", WORD_ROLE | WORD_PERSON},
	{"statistics", WORD_DOC},
	{"still", WORD_ADV | WORD_INTRO},
	{"studies", WORD_DOC},
	{"study", WORD_DOC},
	{"sunday", WORD_TIME},
	{"survey", WORD_DOC},
	{"surveys", WORD_DOC},
	{"tallies", WORD_DOC},
	{"tally", WORD_DOC},
	{"test", WORD_DOC},
	{"tests", WORD_DOC},
	{"than", WORD_SUBORD},
	{"that", WORD_SUBORD},
	{"the", WORD_DET},
	{"their", WORD_PRON},
	{"them", WORD_PRON},
	{"then", WORD_ADV},
	{"there", WORD_ADV},
	{"they", WORD_PRON},
	{"this", WORD_DET | WORD_TIME},
	{"though", WORD_SUBORD | WORD_INTRO},
	{"through", WORD_PREP},
	{"thursday", WORD_TIME},
	{"to", WORD_PREP},
	{"today", WORD_TIME},
	{"tonight", WORD_TIME},
	{"took", WORD_VERB},
	{"transcript", WORD_DOC},
	{"transcripts", WORD_DOC},
	{"tuesday", WORD_TIME},
	{"tweets", WORD_DOC},
	{"under", WORD_PREP},
	{"until", WORD_SUBORD | WORD_PREP},
	{"us", WORD_PRON},
	{"video", WORD_DOC},
	{"videos", WORD_DOC},
	{"was", WORD_VERB},
	{"we", WORD_PRON},
	{"wednesday", WORD_TIME},
	{"week", WORD_TIME},
	{"went", WORD_VERB},
	{"were", WORD_VERB},
	{"what", WORD_SUBORD},
	{"when", WORD_SUBORD | WORD_INTRO},
	{"where", WORD_SUBORD},
	{"whether", WORD_SUBORD},
	{"which", WORD_SUBORD | WORD_REL},
	{"while", WORD_SUBORD | WORD_INTRO},
	{"who", WORD_REL | WORD_PRON},
	{"whom", WORD_REL},
	{"why", WORD_SUBORD},
	{"will", WORD_VERB},
	{"with", WORD_PREP},
	{"without", WORD_PREP},
	{"would", WORD_VERB},
	{"year", WORD_TIME},
	{"yesterday", WORD_TIME},
	{"yet", WORD_ADV | WORD_CONJ},
	{"you", WORD_PRON},
};

/* Honorifics and titles that a short name may carry ("Mr. Huang"). Sorted. */
static const char *const titles[] = {
	"dr", "gen",       "gov",  "judge", "miss", "mr",  "mrs",
	"ms", "president", "prof", "rep",   "sen",  "sir",
};

/* Open-addressing hash tables over the lists, filled on first use: a lookup is one hash of
 * the lowercased word and, nearly always, one comparison. */
#define SLOTS 1024
static unsigned short cue_slots[SLOTS], word_slots[SLOTS];
static bool filled;

static unsigned hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h & (SLOTS - 1);
}

static void fill(unsigned short *slots, const struct entry *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned h = hash(t[i].word, strlen(t[i].word));
		while (slots[h])
			h = (h + 1) & (SLOTS - 1);
		slots[h] = (unsigned short)(i + 1);
	}
}

/* The lowercase form of s (len bytes) into low with its hash; false when s cannot be in a list
 * (too long, or not ASCII letters and hyphens). */
static bool fold(const char *s, size_t len, char *low, unsigned *h)
{
	uint32_t x = 2166136261u;

	if (len == 0 || len > 15)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (!((c >= 'a' && c <= 'z') || c == '-'))
			return false; /* every listed word is ASCII */
		low[i] = (char)c;
		x = (x ^ c) * 16777619u;
	}
	*h = x & (SLOTS - 1);
	return true;
}

static unsigned probe(const unsigned short *slots, const struct entry *t, const char *low,
		      size_t len, unsigned h)
{
	for (; slots[h]; h = (h + 1) & (SLOTS - 1)) {
		const char *w = t[slots[h] - 1].word;
		if (w[0] == low[0] && strncmp(w, low, len) == 0 && w[len] == '\0')
			return t[slots[h] - 1].flags;
	}
	return 0;
}

static unsigned find(const unsigned short *slots, const struct entry *t, const char *s, size_t len)
{
	char low[16];
	unsigned h;

	return fold(s, len, low, &h) ? probe(slots, t, low, len, h) : 0;
}

void claims_lex_init(void)
{
	if (filled)
		return;
	fill(cue_slots, cues, sizeof(cues) / sizeof(cues[0]));
	fill(word_slots, words, sizeof(words) / sizeof(words[0]));
	filled = true;
}

unsigned claims_lex_cue(const char *s, size_t len)
{
	claims_lex_init();
	return find(cue_slots, cues, s, len);
}

void claims_lex_classes(const char *s, size_t len, unsigned *cue, unsigned *word)
{
	char low[16];
	unsigned h;

	claims_lex_init();
	*cue = *word = 0;
	if (!fold(s, len, low, &h))
		return;
	*cue = probe(cue_slots, cues, low, len, h);
	*word = probe(word_slots, words, low, len, h);
}

unsigned claims_lex_word(const char *s, size_t len)
{
	claims_lex_init();
	return find(word_slots, words, s, len);
}

bool claims_lex_title(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
		if (strlen(titles[i]) == len && strncasecmp(titles[i], s, len) == 0)
			return true;
	return false;
}

bool claims_lex_check(void)
{
	for (size_t i = 1; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (strcmp(cues[i - 1].word, cues[i].word) >= 0)
			return false;
	for (size_t i = 1; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i - 1].word, words[i].word) >= 0)
			return false;
	return true;
}
