/* coref_lex: the word lists of the coref module (titles, roles, organisation and place words,
 * given names, times and page furniture). */
#include "coref_int.h"

#include <pthread.h>
#include <stdatomic.h>

/* Each group in order (a word in several groups has all their classes; coref_lex_check()). */
static const struct text_words_group groups[] = {
	/* function words: never part of a name */
	{LEX_STOP,
	 "a above according again ago all along already also although always an and another any "
	 "are around as asked be because been being below beneath beside beyond both but can "
	 "could did do does dr each even ever every except few had has have here how however if "
	 "inside instead is jr just let many may maybe meanwhile might more most mr mrs ms much "
	 "must never no nor not now off often once one only onto or other out outside past per "
	 "perhaps quite rather really recently said says shall should so some sometimes soon sr "
	 "st still such that the then there these this those though three throughout thus today "
	 "together tomorrow tonight too two unless until very via was well were what when where "
	 "whether while why will would yes yesterday yet"},
	/* adverbs that link a sentence to the one before: no name ("Furthermore, the board") */
	{LEX_STOP,
	 "accordingly additionally afterward afterwards besides consequently conversely furthermore hence importantly indeed likewise moreover nevertheless nonetheless notably otherwise separately similarly therefore ultimately"},
	/* speech verbs a headline writes in title case ("Christie Calls Clinton 'A Disgrace'",
	 * "Senator Blasts Plan"): never a name's word, as "said" and "says" */
	{LEX_STOP,
	 "accuses admits bashes blasts calls defends denies explains hammers insists mocks praises "
	 "reveals rips slams tells thinks touts urges vows warns"},
	/* prepositions that open a sentence capitalised ("Despite the rain"): never a name */
	{LEX_STOP, "amid amidst despite unlike"},
	/* indefinite pronouns ("Everyone wants", "Not everyone agrees"): never a name
	 * (name_word_of), a source of their own (no stop word) */
	{LEX_PRON,
	 "anybody anyone anything everybody everyone everything nobody nothing somebody someone "
	 "something whoever"},
	/* prepositions */
	{LEX_STOP | LEX_PREP,
	 "about across after against among at before behind between by during for from in into "
	 "like near of on over since than through to toward towards under upon with within "
	 "without"},
	/* pronouns */
	{LEX_STOP | LEX_PRON,
	 "he her him his i it its me my our she their them they us we which who whom whose you "
	 "your"},
	/* reflexive and possessive pronouns */
	{LEX_PRON, "hers herself himself itself themselves"},
	/* a man's */
	{LEX_MALE,
	 "brother businessman chairman congressman duke emperor father grandfather grandson "
	 "great-uncle he him himself his king lord mr nephew pope prince sheikh sir spokesman "
	 "stepfather uncle widower"},
	/* a woman's */
	{LEX_FEMALE,
	 "aunt businesswoman chairwoman congresswoman dame duchess empress granddaughter "
	 "grandmother great-aunt her hers herself lady miss mrs ms niece princess queen she "
	 "sister spokeswoman stepmother widow"},
	/* more than one */
	{LEX_PLURAL, "our their them themselves they us we"},
	/* men's given names */
	{LEX_MALE | LEX_FIRST,
	 "aaron adam adrian ahmed alan albert alexander alexei ali andrew angus anthony antonio "
	 "arthur austin barack ben benjamin bernie bill billy bobby boris brandon brian bruce "
	 "bryan carl carlos charles chris christian christopher dan daniel dave david dennis "
	 "dmitry donald douglas dylan edward eli elijah emmanuel eric ethan eugene francisco "
	 "francois frank friedrich fumio gabriel gary george gerald giuseppe gordon greg gregory "
	 "hans harold hassan henry hugh hussein ian ivan jack jacob jacques james jason jeb "
	 "jeffrey jens jeremy jerry jesse jim joe joel john jon jonathan jordan jorge jose "
	 "joseph josh joshua juan julian justin keir keith kenneth kevin kim klaus kyle larry "
	 "lars lawrence lee logan louis luca luis manuel marco mark martin mason matthew michael "
	 "miguel mike mohammed moon muhammad narendra nathan newt nicholas nick nicolas nigel "
	 "noah olaf omar patrick paul pedro peter philip pierre ralph rand randy raymond recep "
	 "reince richard rishi rob robert roger ronald roy rudy russell ryan sam samuel scott "
	 "sean sergei shinzo stephen steve steven sven ted terry thomas tim timothy tom tony "
	 "tyler vincent vivian vladimir walter wayne william willie xi yoon zachary"},
	/* women's given names */
	{LEX_FEMALE | LEX_FIRST,
	 "abigail alexandria alexis alice amanda amber amy andrea angela ann anna ashley barbara "
	 "betty beverly brenda brittany carol carolyn catherine charlotte cheryl christina "
	 "christine condoleezza cynthia danielle deborah debra denise diana diane donna doris "
	 "dorothy elizabeth emily emma evelyn frances giorgia gloria grace gretchen hannah "
	 "heather helen hillary hope huma ilhan isabella ivanka jacinda jacqueline jane janet "
	 "janice jennifer jessica jill joan joyce judith judy julia julie kamala karen kate "
	 "katherine kathleen kathryn katie kayla kellyanne kimberly kristi laura lauren "
	 "linda lisa liz madeleine madison margaret maria marie marilyn marine martha mary megan "
	 "melania melissa michelle nancy natalie nicole nikki olivia oprah pamela patricia penny "
	 "priyanka rachel rebecca rose ruth samantha sandra sara sarah sharon sheryl shirley "
	 "sonia sophia stephanie susan teresa theresa tulsi ursula victoria virginia"},
	/* more men's given names, common in a census of given names: a name that is also a
	 * common surname (Warren, Murray) or word (Earl, Gene, Lance) is left out */
	{LEX_MALE | LEX_FIRST,
	 "abraham alberto alec alejandro alfred alfredo alvin andre andres andy angelo antoine "
	 "archie armando arnold arturo bernard bert bob brad bradley brendan brent brett bruno "
	 "bryce byron caleb calvin cecil cedric chad charlie chuck clarence clint clyde cody colin "
	 "connor conor cory craig curtis damian damon danny darius darrell darren derek derrick "
	 "desmond devin dexter dominic donnie doug duane dustin dwight ed eddie edgar edmund eduardo "
	 "edwin elliot elliott emil emilio enrique erik ernest ernesto ernie esteban ezra felix "
	 "fernando floyd fred freddie frederick garrett gavin geoffrey gerard glen glenn gustavo "
	 "harry harvey hector herbert hugo ignacio irving isaac jake jamal jared javier jay jeff "
	 "jeffery jeremiah jerome jimmy joaquin joey johnny jonah julio karl ken kenny kurt leo "
	 "leon leonard leroy lester lloyd lorenzo lucas malcolm marc marcus mario marvin matt "
	 "maurice melvin micah mickey milton mitch mitt mohamed moses neil oliver oscar otis owen "
	 "pablo phil phillip rafael ramon randall raul reggie reginald ricardo rick ricky roberto "
	 "rodney rodrigo roland ron ronnie rudolph salvador sammy santiago saul sebastian sergio "
	 "seth shane shawn simon stanley stuart teddy theodore todd tommy travis trevor troy "
	 "tyrone vernon victor vince wesley wilbur wilfred winston xavier zach"},
	/* more women's given names, the same way (not Florence, Regina, Miranda: places, a
	 * word) */
	{LEX_FEMALE | LEX_FIRST,
	 "adriana agnes aisha alicia alison allison alyssa amelia ana angelica angie anita anne "
	 "annette antoinette april audrey beatrice becky belinda bernadette beth bethany betsy bonnie "
	 "bridget brigid brigitte caitlin camila candace carla carly carmen caroline carrie "
	 "cassandra cecile cecilia cindy claire clara claudia colleen connie courtney daisy deanna "
	 "debbie delia dolores edith eileen elaine eleanor elena elise ella ellen eloise emilia "
	 "erica erin esther eva felicia fiona francesca gabriela gabrielle gail genevieve "
	 "geraldine gina gwen gwendolyn harriet heidi hilary holly ida ines inez ingrid irene "
	 "isabel janine jasmine jeanne jeannie jenna jenny joanna joanne jocelyn josephine juanita "
	 "june karin katelyn kathy katrina kendra kirsten kristen kristin leah leila lena lillian lily "
	 "lois loretta lorraine louise lucy luisa lydia mabel mackenzie maggie mandy marcia "
	 "margarita margo marian marianne marisa marjorie marlene maureen maxine meghan melanie "
	 "melinda meredith mia mildred miriam molly monica monique muriel nadia naomi natasha nina nora "
	 "norma paula pauline peggy phyllis polly priscilla priya rachael ramona renee rhonda rita "
	 "roberta robyn rosa rosalind rosemary roxanne sabrina sally selena serena sheila shelley "
	 "sherry sonya stella suzanne sylvia tamara tammy tanya tara tatiana tiffany tina "
	 "valerie vanessa vera veronica vicki viola wanda wendy yolanda yvonne zoe"},
	/* given names of both sexes ("Stacy Rasgon" is a man, "Jean" a Frenchman's name and an
	 * American woman's): a person of unknown gender, whom "he" and "she" may both mean; names
	 * news writes nearly always for men (Chris, Sam, Terry, Jordan) stay men's above */
	{LEX_MALE | LEX_FEMALE | LEX_FIRST, "alex jamie jean kelly leslie robin stacey stacy"},
	/* titles before a name */
	{LEX_TITLE,
	 "adm assistant ayatollah brother capt cmdr col cpt dame deputy det dr duchess duke "
	 "emperor empress father gen general hon insp lady lord lt maj major miss mr mrs ms "
	 "prime rev sgt sheikh sir sister speaker supt vice"},
	/* a role's title written short ("Gov.", "Sen."): the role of its synonym, so that "the
	 * governor" and "the senator" are the person it titled */
	{LEX_TITLE | LEX_ROLE, "amb gov prof rep sen"},
	/* roles that are also titles before a name */
	{LEX_TITLE | LEX_ROLE,
	 "admiral alderman alderwoman ambassador attorney attorney-general bishop captain cardinal "
	 "ceo cfo chairman chairwoman chancellor chief coach colonel commander commissioner "
	 "congressman congresswoman coo councillor councilman councilmember councilor "
	 "councilwoman detective director director-general doctor executive founder "
	 "governor governor-general imam inspector judge justice king leader lieutenant mayor "
	 "minister officer pastor pope premier president prince princess professor queen rabbi "
	 "representative secretary secretary-general selectman selectwoman senator sergeant sheriff "
	 "superintendent supervisor undersecretary"},
	/* what a person is */
	{LEX_ROLE,
	 "activist actor actress administrator adviser advisor aide analyst anchor architect "
	 "auditor author banker billionaire boss broker businessman businesswoman campaigner "
	 "candidate chair chairperson challenger columnist consultant contender correspondent "
	 "diplomat economist editor engineer entrepreneur envoy expert fellow historian host "
	 "incumbent investor lawmaker lawyer lecturer legislator manager monarch negotiator nominee "
	 "nurse official organizer owner "
	 "physician player pollster priest producer prosecutor psychologist regulator reporter "
	 "researcher scientist singer specialist spokesman spokesperson spokeswoman strategist "
	 "student surgeon teacher trader treasurer vice-president writer"},
	/* kin a story names someone by ("great-uncle Lazaro Gonzalez" ... "the boy's great-uncle
	 * said"); father, mother and the like are titles or too common to be one person's */
	{LEX_ROLE | LEX_KIN,
	 "aunt cousin granddaughter grandfather grandmother grandson great-aunt great-uncle nephew "
	 "niece stepfather stepmother uncle widow widower"},
	/* words that make a name a business's */
	{LEX_ORGKEY | LEX_COMPANY,
	 "aerospace ag airlines airways apparel automotive bancorp bancshares bank beverages "
	 "biosciences biotech biotechnology brands brewing capital chemicals cie co communications "
	 "companies company corp corporation cos devices dynamics electric electronics energy "
	 "enterprises "
	 "entertainment foods gmbh group healthcare holdings hotels inc industries instruments "
	 "investments laboratories labs lines llc logistics ltd motors networks nv oil partners "
	 "petroleum pharma pharmaceutical pharmaceuticals plc power realty resorts robotics sa "
	 "savings "
	 "securities semiconductor semiconductors shipping software stores studios systems "
	 "technologies technology telecom telecommunications therapeutics ventures wireless"},
	/* a business's legal form written short, dots or none ("Corp.", "S.A.", "GmbH", "Cie.",
	 * "Cos." for companies): the one list of them (company_form(), legal_form(),
	 * coref_legal_form() for the claims) */
	{LEX_LEGAL, "ag cie co corp cos gmbh inc llc ltd nv plc sa"},
	/* words written in full that end a business's name as its legal form does ("Reuters
	 * Holdings PLC"): a later mention leaves them out too, but they end and open names of other
	 * kinds ("Group of Seven"), so they never make words around them a business's name */
	{LEX_LEGAL_FULL, "corporation group holdings"},
	/* nouns for a business */
	{LEX_ORGDESC | LEX_COMPANY,
	 "airline automaker bank brand business carmaker carrier chain chipmaker company "
	 "concern conglomerate corporation developer firm giant group insurer lender maker "
	 "manufacturer operator producer retailer startup supplier thrift utility"},
	/* words that make a name a newspaper's, an agency's or a broadcaster's */
	{LEX_ORGKEY | LEX_MEDIA,
	 "associated axios bloomberg broadcasting chronicle daily economist express gazette "
	 "globe guardian herald journal magazine mail network news observer politico post press "
	 "radio report reuters review star sun telegraph television times tribune tv weekly "
	 "xinhua"},
	/* nouns for a newspaper, an agency or a broadcaster */
	{LEX_ORGDESC | LEX_MEDIA,
	 "broadcaster daily magazine newspaper outlet paper publication tabloid"},
	/* words that make a name an authority's (a ministry, a court, a party) */
	{LEX_ORGKEY | LEX_AUTHORITY,
	 "administration agency army assembly authority bureau cabinet campaign cia commission "
	 "committee congress council court department embassy fbi federation government guard "
	 "house "
	 "kremlin military ministry navy nsa office parliament party pentagon police regime "
	 "republic senate state-department union"},
	/* nouns for an authority */
	{LEX_ORGDESC | LEX_AUTHORITY,
	 "administration agency army authorities authority bureau cabinet campaign commission "
	 "committee council court department embassy government legislature military ministry "
	 "office parliament party police regulator watchdog"},
	/* words that make a name another organisation's (a university, a foundation; "the Centers
	 * for Disease Control", "the National Institutes of Health" in the plural) */
	{LEX_ORGKEY | LEX_OTHER,
	 "academy alliance association board center centers centre centres chamber church clinic club "
	 "coalition college exchange fc forum foundation fund hospital initiative institute institutes "
	 "institution league movement museum observatory organisation organization project school "
	 "service services society team trust university watch"},
	/* nouns for another organisation */
	{LEX_ORGDESC | LEX_OTHER,
	 "academy association center centre club college foundation fund institute league network "
	 "organisation organization school university"},
	/* times */
	{LEX_TIME,
	 "afternoon ago am apr april aug august bst cdt century cet cst days dec decade december "
	 "earlier early edt est evening feb february friday gmt hours jan january jul july jun "
	 "june last late later mar march may midnight minutes monday month months morning next "
	 "night noon nov november oct october pdt pm posted pst published saturday sep sept "
	 "september sunday thursday time today tomorrow tonight tuesday updated utc wednesday "
	 "week weekend weeks year years yesterday"},
	/* feasts that stand alone as a date ("After Christmas, he"): coref_runs.c's
	 * holiday_name() lets one open a name ("Easter Seals") */
	{LEX_TIME, COREF_FEASTS},
	/* words of a page's frame */
	{LEX_FURNITURE,
	 "about advertisement advertising also back caption click comment comments contact "
	 "content continue cookies copyright credit edition email file follow getty here home "
	 "image images listen loading menu more newsletter next our page pages photo photos "
	 "policy popular previous print privacy read reading related reserved rights search "
	 "share sign skip sponsored standards stories story subscribe terms top trending tweet "
	 "us video videos"},
	/* adjectives of a nation, a party or a faith */
	{LEX_DEMONYM,
	 "acting afghan african albanian american argentine argentinian armenian asian "
	 "australian austrian belarusian belgian bosnian brazilian british buddhist canadian "
	 "catholic chilean chinese christian colombian communist conservative croatian cuban "
	 "czech danish democratic domestic dutch eastern egyptian emirati european evangelical "
	 "federal finnish foreign former french georgian german global greek hindu hungarian "
	 "indian international iranian iraqi irish islamic islamist israeli italian japanese "
	 "jewish jordanian kenyan korean kurdish lebanese liberal libertarian libyan local "
	 "mexican muslim national nigerian northern norwegian pakistani palestinian peruvian "
	 "polish progressive protestant qatari regional republican romanian russian saudi "
	 "scottish senior serbian shia shiite socialist southern spanish sudanese sunni swedish "
	 "swiss syrian taiwanese thai tunisian turkish ukrainian venezuelan vietnamese welsh "
	 "western yemeni"},
	/* plural groups */
	{LEX_GROUP,
	 "americans catholics chinese christians communists conservatives democrats europeans "
	 "evangelicals israelis jews liberals muslims palestinians progressives republicans "
	 "russians socialists"},
	/* countries and capitals */
	{LEX_GPE,
	 "afghanistan albania algeria ankara arabia argentina armenia australia austria "
	 "azerbaijan baghdad bahrain bangladesh beijing belarus belgium berlin bolivia bosnia "
	 "brazil britain brussels bulgaria cairo cambodia canada canberra caracas chile china "
	 "colombia croatia cuba cyprus czechia damascus delhi denmark ecuador egypt emirates "
	 "england estonia ethiopia eu finland france georgia germany ghana greece haiti havana "
	 "hungary iceland india indonesia iran iraq ireland israel italy japan jerusalem jordan "
	 "kabul kazakhstan kenya kiev kingdom korea kosovo kuwait kyiv laos latvia lebanon libya "
	 "lithuania london madrid malaysia mexico moldova mongolia morocco moscow myanmar nato "
	 "nepal netherlands nigeria norway oman ottawa pakistan palestine panama paris peru "
	 "philippines poland portugal pyongyang qatar riyadh romania rome russia rwanda scotland "
	 "seoul serbia singapore slovakia slovenia somalia spain states sudan sweden switzerland "
	 "syria taipei taiwan tajikistan tanzania tehran thailand tokyo tunisia turkey u.k. u.n. "
	 "u.s. uganda uk ukraine un uruguay us usa uzbekistan venezuela vietnam wales warsaw "
	 "washington yemen zimbabwe"},
	/* other places ("kong" for Hong Kong: "Hong" alone is a surname, "Ki Hong") */
	{LEX_PLACE,
	 "africa alabama alaska america amsterdam angeles antarctica arctic arizona arkansas "
	 "asia athens atlanta atlantic balkans baltimore bangalore barcelona belgrade boston "
	 "bronx brooklyn bucharest budapest california caribbean carolina chicago cleveland "
	 "colorado connecticut copenhagen crimea dakota dallas darfur delaware denver detroit "
	 "diego donbas dubai dublin edinburgh europe florida francisco frankfurt gaza geneva "
	 "guangzhou hampshire hawaii helsinki hokkaido hollywood houston idaho illinois "
	 "indiana iowa istanbul jersey kansas kashmir kentucky kong kyoto lisbon liverpool "
	 "louisiana maine manchester manhattan maryland massachusetts mediterranean melbourne "
	 "mexico miami michigan midwest milan minnesota mississippi missouri montana montreal mumbai "
	 "munich nebraska nevada oceania ohio okinawa oklahoma oregon orlando osaka oslo pacific "
	 "pennsylvania philadelphia phoenix pittsburgh prague queens rhode seattle shanghai "
	 "shenzhen siberia silicon sofia stockholm sydney tennessee texas tibet toronto utah "
	 "vancouver vegas vermont vienna virginia wisconsin wyoming xinjiang york zurich"},
	/* words that make a name a place's */
	{LEX_PLACEKEY,
	 "airport avenue bay beach bridge canal city coast county desert district east gulf harbor "
	 "harbour island islands lake mountain mountains ocean park peninsula province region "
	 "river road sea square station strait street tower town valley village"},
	/* particles inside a name */
	{LEX_PARTICLE, "abu al ben bin da de del den der di dos du el ibn la le ter van von"},
	/* words that make a name an event's, a law's or a thing's */
	{LEX_THING,
	 "accord act agreement ai aids award awards bill championship class conference convention "
	 "covid cup day "
	 "debate dna expo festival games gdp hiv index interview ipo law olympics plan prize program "
	 "programme series speech summit treaty war"},
	/* verbs that may open a sentence before a person's name ("Enter Stuart R. Kaplan") */
	{LEX_OPENER, "ask blame call consider enter imagine introducing meet remember take thank "
		     "welcome"},
};

/* Synonyms share one entry: "advisor" is "adviser" (word=canonical). */
static const char synonyms[] =
	"advisor=adviser amb=ambassador ceo=executive chair=chairman chairperson=chairman "
	"contender=candidate "
	"chairwoman=chairman congresswoman=congressman gen=general gov=governor "
	"legislator=lawmaker monarch=king prof=professor rep=congressman representative=congressman "
	"sen=senator spokesperson=spokesman spokeswoman=spokesman";

/* Filled once on first use (the claims and timeline engines may ask from two threads at once). */
static struct text_words table;
static bool table_ok;
static pthread_once_t filled = PTHREAD_ONCE_INIT;

/* Set once the table is filled: coref asks for a word a million times a megabyte, and this load
 * is all it then costs (pthread_once() is a call each time). */
static atomic_bool ready;

static void fill(void)
{
	table_ok = text_words_fill(&table, groups, sizeof(groups) / sizeof(groups[0]), synonyms);
	atomic_store_explicit(&ready, true, memory_order_release);
}

unsigned coref_lex(const char *s, size_t n, unsigned *id)
{
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&filled, fill);
	return text_words_lookup(&table, s, n, id);
}

unsigned coref_lex_size(void)
{
	pthread_once(&filled, fill);
	return (unsigned)text_words_count(&table);
}

bool coref_lex_check(void)
{
	pthread_once(&filled, fill);
	return table_ok;
}

bool coref_legal_form(const char *s, size_t n)
{
	return coref_lex(s, n, NULL) & LEX_LEGAL;
}

/* No class of coref_lex(): a word in any list is a known word where coref asks that (a name's
 * first word of no known kind, a short given name), and "Statement" or "Memo" is none there. */
bool coref_document_noun(const char *s, size_t n)
{
	return text_word_in("filing letter memo release report statement", s, n);
}

bool coref_nation_adjective(const char *s, size_t n)
{
	return coref_lex(s, n, NULL) & LEX_DEMONYM;
}

bool coref_body_noun(const char *s, size_t n)
{
	unsigned lex = coref_lex(s, n, NULL);

	return (lex & (LEX_ORGKEY | LEX_ORGDESC)) && (lex & (LEX_AUTHORITY | LEX_OTHER));
}

bool coref_title_word(const char *s, size_t n)
{
	return (coref_lex(s, n, NULL) & LEX_TITLE) != 0;
}

bool coref_org_noun(const char *s, size_t n)
{
	unsigned lex = coref_lex(s, n, NULL);

	if (!(lex & LEX_ORGDESC))
		return false;
	return !(lex & LEX_COMPANY) || !(n > 2 && (s[n - 1] | 0x20) == 'r' &&
					 ((s[n - 2] | 0x20) == 'e' || (s[n - 2] | 0x20) == 'o'));
}
