/**
 * Word lists for redaction, written for Heard (not downloaded): common first
 * names of children and adults in England today (English, Irish, Scottish,
 * Welsh, South Asian, Polish, Romanian, Arabic, African and Caribbean
 * families), common surnames, UK towns and cities, and the capitalised words
 * that are never someone's name.
 */

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** First names that are not also ordinary English words: matched in any case ("olivia", "Olivia"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
  aaliyah aaron abbie abby abdul abdullah abigail abu adam adaeze adam adebayo aden adil aditi aditya adrian adriana agata agnieszka ahmad ahmed aidan aiden aimee aisha aishah aiza ajay akash aleksander aleksandra alesha alex alexa alexander alexandra alexis alfie ali alice alicia alina alisha alison alistair alya amaan amanda amara amari amelia amelie amina amir amira amit amy ana anastasia andre andrea andreea andrei andrew andrzej aneesa angela angus anika anil anita ann anna annabelle anne annie anthony antonio anya aoife archie arjun arlo arthur arya aryan asha ashley ashton asif aston aurora austin ava avery axel ayaan ayesha ayla ayman ayo
  barbara barney beatrice bella ben benjamin beth bethan bethany billie billy blake bobby bogdan bolu bonnie brandon brendan brian bridget brooklyn bryony
  caitlin caleb callum calvin cameron camila cara carl carla carlos caroline carys casey cassie catherine cerys chantelle charlie charles charlotte cheryl chidi chiara chinedu chloe chris christian christina christopher ciara cian cillian claire clara claudia cody colin connor conor corey courtney craig cristian cristina
  dafydd daisy-mae damian damien daniel daniela danielle danny dante dara darcie darcy darius darren darragh dave david dawid dean declan deepak demi denise dennis derek desmond devon dexter dhruv diana diego dimitri dominic dominika donna dylan
  eamon eddie edward efe eilidh eleanor elena eli elias elif elijah elise eliza elizabeth ella ellie elliot elliott elsie elena emeka emi emil emilia emily emma emmanuel enzo eric erin esme esther ethan eva evan evelyn evie ezra
  fahad faisal farah fatima fatuma felix finlay finley finn fiona florence florin francesca freddie freddy frederick freya
  gabriel gabriela gabriella gareth gary gavin gemma george georgia georgina gethin gianna gina gracie graham gregory greta gurpreet
  hadi hafsa haider hamza hana hannah harley harriet harris harrison harry harvey hassan hayden hayley heidi helen helena henry hollie hugo hussain
  ian ibrahim ida idris ifeoma ilyas imogen imran inaya ines ioana ioan iqra isaac isabel isabella isabelle isaiah ishaan isla ismail ivan iwan izzy
  jacob jacqueline jaden jadon jai jake jakub jamal james jamie jana jane janet jason jaxon jayden jaylen jenna jennifer jenny jeremy jessica jesse jessie jimmy joanna joanne jodie joe joel joey johan john johnny jonah jonathan jordan joseph josh joshua josie jude julia julian julie justin
  kacper kai kaiden kamal kacey kara karen karim karina karl kasia kate katelyn katie katherine kayden kayla keira keith kelly kenneth kerry kevin khadija khalid kian kiara kieran kim kira kirsty kofi krystian kuba kwame kyle kylie
  laila lana lara laura lauren layla leah leila lena leo leon leona leonardo levi lewis lexi liam libby lilly lila lilia lily-mae lindsey lisa logan lola lorenzo louie louis louise luca lucas lucia lucy luis luka lukas luke lydia lyla
  macie mackenzie maddie madison mahmoud maisie maja malachi malik mandy manon marcel marcus margaret maria mariam marie marina mario marta martha martin mary maryam mateo matei mateusz matilda matthew mckenzie megan mehmet melissa mia michael michaela michal michelle mihai mikey mila miley millie milo mira miriam mitchell mohamed mohammad mohammed molly monika morgan muhammad mustafa mya
  nadia naomi nasir natalia natalie nathan nathaniel neil niamh nicola nicole nicholas nikhil nikita nikola noah noor nora nuala nyla
  oakley obi ola oleksandr oliver olivia ollie olga omar onur orla oscar osian owen
  paige pamela paolo patrick paul paula pauline pawel peter petra phoebe piotr pippa poppy-mae priya
  rachel rafael rahul raj rana rania rashid rayan rebecca reece reggie rhian rhys ricky riley rishi rita robert roberto robyn rohan ronan ronnie rory rosie rowan ruairi rubina ruth ryan
  sabrina sadie safa sahil saima sakura sally sam samantha samir samuel sandra sanjay sara sarah saskia scarlett sean sebastian seren shannon sharon shauna shaun shelby sheila shreya siddharth sienna simon simone sinead siobhan sofia sonia sophia sophie stacey stanley stefan stella stephanie stephen steven stuart sukhdeep suleiman summer-rose susan suzanne sven sylvia szymon
  tahmid tamara tanya tara taylor teagan terence teresa theo theodore thomas tiago tilly timothy tobias toby tom tomasz tommy tomos toni tony tracey tyler tyrone
  usman uzma
  valentina vanessa veronica victor victoria vikram vincent viktor vlad
  wiktoria william willow-mae wojciech
  xavier
  steve stevie jess jessie sian sion gwen rhiannon dylan-james bev beverley trev trevor kev shaz sharon tina tracy lorraine debbie debra jackie jacqui mandy nicky vicky becky becca bex kerry-ann wayne shane lee-anne darrel darryl lloyd clive nigel neil phil philip ste stephen tez terry jo jodie-leigh kayleigh kaylee leanne lianne marie-claire sammy kirsty-ann joanne stacey-leigh danni dani cal callie tia tiana tianna keeley kiera leighton brad bradley ashleigh ellis kiaan rayyan zayan aryan inaaya hiba huda maha rumi ruqayyah sumaya yasin zubair bilal hamid hamza-ali osman emre kerem deniz ayse oskar filip igor maciej natalia-rose alexandru ionut andreia bianca cosmin
  yasmin yasmine yousef yusuf yvonne
  zac zach zachary zahra zainab zak zayn zeynep zoe zofia zuzanna
  `),
);

/**
 * First names that are also ordinary words ("Will", "Mark", "Hope", "Grace",
 * "May"...): a name only when written with a capital and the context says so
 * (mid-sentence, or followed by "said", a surname, "and" a name...).
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  words(`
  will mark hope grace faith joy rose ruby jade amber holly ivy lily daisy poppy violet iris hazel heather willow autumn summer
  sky river storm rain star dawn eve bill pat sue frank guy rob rich ray don jack max drew miles jay robin sandy penny chase hunter mason
  carter cooper harper angel destiny precious harmony eden king prince princess rocky roman bob kit nick gene reed rowan belle sunny
  honey crystal pearl jasper teddy zara jasmine chelsea fern ebony archer jan ash brook brooke clay cliff dale glen gale grant hamish may june april august carol
  `),
);

/** Months: capitalised like names, but a month unless the context says a person. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(["may", "june", "april", "august"]);

/** Common surnames in England, matched after a first name even when written in lower case. */
export const SURNAMES: ReadonlySet<string> = new Set(
  words(`
  smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white edwards hughes green hall
  lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark lee king baker harrison morgan allen james scott
  phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy miller
  cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hussain
  campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham
  pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks west lawrence
  cole atkinson bradley spencer gill dawson ball burton o'brien watts rose booth perry ryan grant wells armstrong francis rees hayes hart
  hudson newman barrett webster hunt kowalski nowak wisniewski popescu ionescu okafor adeyemi mensah osei hussein rahman chowdhury miah
  uddin islam akhtar iqbal mahmood sharma kumar gupta shah mistry mcdonald o'neill o'connor doherty mcguire nguyen
  `),
);

/**
 * Capitalised words that are never a person's name here: family words,
 * helplines and services that matter for meaning, days, subjects, brands.
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set(
  words(`
  i i'm i've i'd i'll im ive id mum mums mummy mom mommy ma dad dads daddy papa nan nana nanny nanna gran granny grandma grandad grandpa grandparents
  auntie aunty aunt uncle sis bro bruv babe hun sir miss mrs mr ms mx dr teacher teachers head headteacher
  childline nspcc barnardo's barnardos samaritans kooth shout youngminds camhs nhs gp a&e police council social services
  god allah jesus christ lord christmas easter eid diwali ramadan hanukkah halloween bonfire new year xmas
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november december
  english maths math science history geography french spanish german art music drama pe re ict computing year reception
  xbox playstation ps5 ps4 nintendo switch youtube tiktok snapchat snap instagram insta whatsapp facebook roblox fortnite minecraft discord google netflix
  tesco aldi lidl asda sainsbury's morrisons greggs mcdonald's kfc primark iceland co-op boots
  ok okay tv uk england britain british scotland wales ireland london
  the a an and but or so if when then my our your his her their its this that these those there here what why how who where which
  it he she they we you me him them us yes no not no-one nobody everyone someone somebody anyone people
  sometimes always never often at in on to of for with from by after before because about
  hi hello dear thanks thank please sorry help school schools staff adults parents kids children family families doctors doctor nurse nurses
  housing landlord social worker workers everybody somebody nobody one none all both some most many mine friends friend
  `),
);

/** Words that, just before a capitalised word, say it is a person's name. */
export const NAME_CUES: ReadonlySet<string> = new Set(
  words(`
  called named name's nicknamed
  friend friends mate mates bestie bff boyfriend girlfriend bf gf brother sister cousin son daughter stepdad stepmum stepbrother stepsister
  step-dad step-mum partner husband wife ex neighbour carer keyworker tutor coach nephew niece grandson granddaughter baby
  mum mam dad nan gran grandad grandma auntie aunty aunt uncle
  `),
);

/** Words right after an ambiguous name at the start of a sentence that show it is a person ("Will said..."). */
export const NAME_FOLLOWERS: ReadonlySet<string> = new Set(
  words(`
  said says told tells asked asks shouted shouts screamed yelled hit hits hurt hurts punched kicked pushed helped helps came comes went goes
  lives lived stays stayed moved looks looked cried cries laughed laughs keeps kept takes took gave gives never always and & ,
  `),
);

/**
 * UK towns and cities (capitalised only). Names that are also ordinary
 * words (Reading, Bath, Wells, March, Deal, Street...) are left out: they
 * come from the partnership's own list when they matter.
 */
export const UK_PLACES: readonly string[] = `
Aberdeen|Aylesbury|Barking|Barnsley|Barnstaple|Barrow|Basildon|Basingstoke|Bedford|Belfast|Birkenhead|Birmingham|Blackburn|Blackpool|Bolton|Bournemouth|Bradford|Brighton|Bristol|Burnley|Cambridge|Canterbury|Cardiff|Carlisle|Chelmsford|Cheltenham|Chester|Chesterfield|Colchester|Coventry|Crawley|Croydon|Darlington|Derby|Doncaster|Dover|Dudley|Dundee|Durham|Eastbourne|Edinburgh|Enfield|Exeter|Gateshead|Glasgow|Gloucester|Grimsby|Guildford|Halifax|Harlow|Harrogate|Hartlepool|Hastings|Hereford|Huddersfield|Hull|Ipswich|Kettering|Lancaster|Leeds|Leicester|Lincoln|Liverpool|Luton|Maidstone|Manchester|Mansfield|Middlesbrough|Milton Keynes|Newcastle|Newport|Northampton|Norwich|Nottingham|Oldham|Oxford|Peterborough|Plymouth|Portsmouth|Preston|Redditch|Rochdale|Rotherham|Salford|Scunthorpe|Sheffield|Shrewsbury|Slough|Solihull|Southampton|Southend|Stafford|Stevenage|Stockport|Stockton|Stoke|Stoke-on-Trent|Sunderland|Swansea|Swindon|Tamworth|Telford|Torquay|Wakefield|Walsall|Warrington|Watford|Wigan|Wolverhampton|Worcester|Worthing|Wrexham|York|Hounslow|Norfolk|Staffordshire|Cambridgeshire|Yorkshire|Lancashire|Kent|Essex|Surrey|Devon|Cornwall|Cumbria|Merseyside|Tyneside|Teesside|Brixton|Peckham|Hackney|Tottenham|Lewisham|Southall|Ealing|Wembley|Harrow|Ilford|Romford|Stratford|Walthamstow|Handsworth|Moss Side|Toxteth|Chapeltown|Dorset|Somerset|Suffolk|Sussex|Hampshire|Berkshire|Wiltshire|Gloucestershire|Derbyshire|Nottinghamshire|Leicestershire|Lincolnshire|Northamptonshire|Warwickshire|Shropshire|Cheshire|Herefordshire|Worcestershire|Oxfordshire|Buckinghamshire|Hertfordshire|Bedfordshire|Northumberland|Cumberland|Rutland
`
  .trim()
  .split("|");
