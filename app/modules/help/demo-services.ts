import type { ServiceContact } from "#db/schema/index.ts";
import type { LocalizedText } from "~/modules/survey/definition";
import type { Need, ServiceAudience } from "./needs";

// Northshire's demo directory. Every local service is made up: phone numbers
// come from Ofcom's range kept for drama (01632 960000 to 960999) and websites
// end in .example, so nobody can ring or visit a real service by mistake.
// The only real ones are the two national lines the product notes name.

export interface DemoService {
  slug: string;
  name: LocalizedText;
  summary: LocalizedText;
  needs: Need[];
  audiences: ServiceAudience[];
  /** Northshire's place names (NORTHSHIRE.areas); empty means all of Northshire. */
  areas: string[];
  contact: ServiceContact;
  openingHours: LocalizedText;
  languages: string[];
  cost: LocalizedText;
  national: boolean;
  lastReviewedOn: string;
}

const en = (text: string): LocalizedText => ({ en: text });
const REVIEWED = "2026-11-02";
const FREE = en("Free");

function local(service: Omit<DemoService, "national" | "lastReviewedOn" | "cost"> & { cost?: LocalizedText }): DemoService {
  return { cost: FREE, ...service, national: false, lastReviewedOn: REVIEWED };
}

export const DEMO_SERVICES: DemoService[] = [
  local({
    slug: "northshire-food-network",
    name: en("Northshire Food Network"),
    summary: en("Food parcels and help to find a food bank near you. You can ask for food for a baby, and for food that fits your religion or health."),
    needs: ["food", "money"],
    audiences: ["parents", "16-18", "18-25"],
    areas: [],
    contact: { phone: "01632 960310", website: "https://food.northshire.example" },
    openingHours: en("Monday to Friday, 9am to 4pm"),
    languages: ["en", "pl", "ro", "ur"],
  }),
  local({
    slug: "kingsbridge-community-pantry",
    name: en("Kingsbridge Community Pantry"),
    summary: en("A shop for members where a bag of food costs much less than in the supermarket. Anyone who lives in Kingsbridge can join."),
    needs: ["food"],
    audiences: ["parents", "18-25"],
    areas: ["Kingsbridge"],
    contact: { phone: "01632 960315", walkIn: "St Anne's Hall, Mill Lane, Kingsbridge" },
    openingHours: en("Tuesday and Friday, 10am to 2pm"),
    languages: ["en", "pl", "lt"],
    cost: en("£3.50 for a bag of food"),
  }),
  local({
    slug: "eastmoor-money-advice",
    name: en("Eastmoor Money and Benefits Advice"),
    summary: en("Help with debts, bills and benefits. They can check you get all the money you should, and help you talk to people you owe money to."),
    needs: ["money", "housing"],
    audiences: ["parents", "18-25"],
    areas: ["Eastmoor"],
    contact: { phone: "01632 960320", text: "01632 960321", walkIn: "Eastmoor Library, Station Road" },
    openingHours: en("Monday, Wednesday and Thursday, 9:30am to 3pm"),
    languages: ["en", "pt", "ar", "so"],
  }),
  local({
    slug: "northshire-housing-options",
    name: en("Northshire Housing Options"),
    summary: en("Help if you might lose your home, if your home is not safe or if you have nowhere to stay tonight."),
    needs: ["housing"],
    audiences: ["parents", "16-18", "18-25"],
    areas: [],
    contact: { phone: "01632 960330", website: "https://housing.northshire.example" },
    openingHours: en("Monday to Friday, 9am to 5pm. At other times call 01632 960331."),
    languages: ["en", "pl", "ro", "pa", "ur", "bn"],
  }),
  local({
    slug: "growing-together-parenting",
    name: en("Growing Together parenting groups"),
    summary: en("Friendly groups for parents and carers to share what works, with tips on sleep, behaviour, routines and staying calm."),
    needs: ["parenting", "lonely"],
    audiences: ["parents"],
    areas: ["Eastmoor", "Wexham Vale"],
    contact: { phone: "01632 960340", website: "https://growingtogether.example" },
    openingHours: en("Groups on weekday mornings and Tuesday evenings"),
    languages: ["en", "pa", "bn"],
  }),
  local({
    slug: "kingsbridge-family-hub",
    name: en("Kingsbridge Family Hub"),
    summary: en("One place for families with children up to 19: baby clinics, stay and play, parenting help, and advice on money and school."),
    needs: ["parenting", "money", "school", "send"],
    audiences: ["parents", "under-11", "11-15", "16-18"],
    areas: ["Kingsbridge"],
    contact: { phone: "01632 960345", walkIn: "Kingsbridge Family Hub, 12 Market Street, Kingsbridge" },
    openingHours: en("Monday to Friday, 8:30am to 5pm"),
    languages: ["en", "pl", "ro", "lt"],
  }),
  local({
    slug: "talk-it-through",
    name: en("Talk It Through"),
    summary: en("Someone to talk to if you feel sad, worried, angry or stressed. You can talk on the phone, by text or face to face."),
    needs: ["mental-health", "lonely"],
    audiences: ["11-15", "16-18", "18-25"],
    areas: [],
    contact: { phone: "01632 960350", text: "01632 960351", website: "https://talkitthrough.example" },
    openingHours: en("Monday to Friday, 12 noon to 8pm, and Saturday, 10am to 2pm"),
    languages: ["en", "pl", "ar"],
  }),
  local({
    slug: "safe-at-home-northshire",
    name: en("Safe at Home Northshire"),
    summary: en("Support if someone at home hurts, scares or controls you or your mum, dad or carer. They can help you plan to stay safe."),
    needs: ["domestic-abuse"],
    audiences: ["parents", "11-15", "16-18", "18-25"],
    areas: [],
    contact: { phone: "01632 960360", text: "01632 960361", website: "https://safeathome.example" },
    openingHours: en("Monday to Friday, 9am to 8pm, and Saturday, 10am to 2pm"),
    languages: ["en", "pl", "ro", "pa", "ur", "bn", "ar", "so"],
  }),
  local({
    slug: "clear-choices",
    name: en("Clear Choices"),
    summary: en("Help for young people who use drugs or alcohol, and for anyone worried about someone else's drinking or drug use at home."),
    needs: ["drugs-alcohol"],
    audiences: ["11-15", "16-18", "18-25", "parents"],
    areas: [],
    contact: { phone: "01632 960370", website: "https://clearchoices.example" },
    openingHours: en("Monday to Friday, 10am to 6pm"),
    languages: ["en", "pl", "pt"],
  }),
  local({
    slug: "northshire-young-carers",
    name: en("Northshire Young Carers"),
    summary: en("For children who look after someone at home. Days out, clubs, and someone to talk to about school and home."),
    needs: ["young-carers", "lonely"],
    audiences: ["under-11", "11-15", "16-18"],
    areas: [],
    contact: { phone: "01632 960380", website: "https://youngcarers.northshire.example" },
    openingHours: en("Monday to Friday, 9am to 5pm, and clubs after school"),
    languages: ["en", "ur"],
  }),
  local({
    slug: "send-information-advice",
    name: en("Northshire SEND Information and Advice"),
    summary: en("Free, private advice about special educational needs and disability: support at school, plans and assessments, and your rights."),
    needs: ["send", "school"],
    audiences: ["parents", "under-11", "11-15", "16-18", "18-25"],
    areas: [],
    contact: { phone: "01632 960390", website: "https://sendadvice.northshire.example" },
    openingHours: en("Monday to Thursday, 9am to 4pm"),
    languages: ["en", "pl", "ro", "bn"],
  }),
  local({
    slug: "coast-youth-project",
    name: en("Coast Youth Project"),
    summary: en("A youth club with activities, trips and friendly youth workers. A good place to meet people and talk about anything."),
    needs: ["lonely", "mental-health"],
    audiences: ["11-15", "16-18"],
    areas: ["Northshire coast"],
    contact: { phone: "01632 960410", walkIn: "The Boathouse, Harbour Road" },
    openingHours: en("Monday, Wednesday and Friday, 4pm to 9pm"),
    languages: ["en"],
  }),
  local({
    slug: "back-to-school-support",
    name: en("Back to School support"),
    summary: en("Help when a child finds it hard to go to school, is often off, or has been left out of school. They work with the family and the school."),
    needs: ["school"],
    audiences: ["parents", "under-11", "11-15"],
    areas: ["Eastmoor", "Wexham Vale", "Northshire coast"],
    contact: { phone: "01632 960420" },
    openingHours: en("Monday to Friday in school terms, 8:30am to 4:30pm"),
    languages: ["en", "pt", "so"],
  }),
  local({
    slug: "wexham-vale-childrens-centre",
    name: en("Wexham Vale Children's Centre"),
    summary: en("Stay and play, a free breakfast club, baby groups and friendly staff to talk to for families with young children."),
    needs: ["parenting", "food", "lonely"],
    audiences: ["parents", "under-11"],
    areas: ["Wexham Vale"],
    contact: { phone: "01632 960430", walkIn: "Wexham Vale Children's Centre, Orchard Road" },
    openingHours: en("Monday to Friday, 8am to 4pm"),
    languages: ["en", "pa", "ur"],
  }),
  {
    slug: "childline",
    name: en("Childline"),
    summary: en("Talk to a trained counsellor about anything that worries you. It is free and it will not show on the phone bill."),
    needs: ["mental-health", "domestic-abuse", "lonely", "school", "drugs-alcohol", "young-carers"],
    audiences: ["under-11", "11-15", "16-18"],
    areas: [],
    contact: { phone: "0800 1111", website: "https://www.childline.org.uk" },
    openingHours: en("Every day. The website says when you can call."),
    languages: ["en"],
    cost: en("Free, and it will not show on the phone bill"),
    national: true,
    lastReviewedOn: REVIEWED,
  },
  {
    slug: "nspcc-helpline",
    name: en("NSPCC helpline"),
    summary: en("For adults who are worried about a child. You can talk it through, get advice, and they can pass on your worry to people who can help."),
    needs: ["parenting", "domestic-abuse"],
    audiences: ["parents"],
    areas: [],
    contact: { phone: "0808 800 5000", website: "https://www.nspcc.org.uk" },
    openingHours: en("Every day. The website says when you can call."),
    languages: ["en"],
    cost: FREE,
    national: true,
    lastReviewedOn: REVIEWED,
  },
];
