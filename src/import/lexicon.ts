// Reviewed word lists the importer reads text with: what a name is not, page furniture, email separators.
// Each entry carries a note saying why it is there; tests/unit/import-lexicon.test.ts checks the lists' invariants.

export interface LexiconEntry {
  /** Lower case; compared with whole words. */
  word: string;
  note: string;
}

/**
 * Words that never stand in a person's name but do start headings, sign-offs and organisation names
 * written in Title Case ("Replies From Candidates", "Best Wishes", "Labour Left Alliance").
 */
export const NOT_NAME_WORDS: readonly LexiconEntry[] = [
  { word: 'the', note: 'article: "The Candidates"' },
  { word: 'a', note: 'article' },
  { word: 'an', note: 'article' },
  { word: 'our', note: '"Our Demands", "Our Programme"' },
  { word: 'your', note: '"Your Answers"' },
  { word: 'my', note: '"My Reply"' },
  { word: 'and', note: 'conjunction in headings; names lists split on it before this check' },
  { word: 'or', note: 'conjunction' },
  { word: 'of', note: '"Statement of Support"' },
  { word: 'for', note: '"Action Programme for the Left"' },
  { word: 'from', note: '"Replies from Candidates"' },
  { word: 'to', note: '"Reply to the LLA"' },
  { word: 'in', note: '"Posted in News"' },
  { word: 'on', note: '"Comments on the Programme"' },
  { word: 'with', note: '"Agree With Qualifications"' },
  { word: 'by', note: '"Posted by Admin"' },
  { word: 'at', note: 'preposition' },
  { word: 'is', note: 'a verb makes a sentence, not a name' },
  { word: 'are', note: 'verb' },
  { word: 'was', note: 'verb' },
  { word: 'this', note: '"Share This"' },
  { word: 'that', note: 'pronoun' },
  { word: 'who', note: '"Who Replied"' },
  { word: 'what', note: 'question word' },
  { word: 'where', note: '"Where I Stand"' },
  { word: 'why', note: 'question word' },
  { word: 'how', note: '"How They Voted"' },
  { word: 'i', note: 'a reply\'s first words, "I Agree"' },
  { word: 'we', note: 'pronoun' },
  { word: 'you', note: '"Thank You"' },
  { word: 'they', note: 'pronoun' },
  { word: 'dear', note: 'salutation: "Dear Comrades"' },
  { word: 'hi', note: 'salutation' },
  { word: 'hello', note: 'salutation' },
  { word: 'best', note: 'sign-off: "Best Wishes"' },
  { word: 'kind', note: 'sign-off: "Kind Regards"' },
  { word: 'warm', note: 'sign-off: "Warm Regards"' },
  { word: 'regards', note: 'sign-off' },
  { word: 'wishes', note: 'sign-off' },
  { word: 'yours', note: 'sign-off: "Yours Sincerely", "Yours in Solidarity"' },
  { word: 'sincerely', note: 'sign-off' },
  { word: 'faithfully', note: 'sign-off' },
  { word: 'solidarity', note: 'sign-off: "In Solidarity"' },
  { word: 'thanks', note: 'sign-off: "Many Thanks"' },
  { word: 'thank', note: 'sign-off: "Thank You"' },
  { word: 'many', note: 'sign-off: "Many Thanks"' },
  { word: 'cheers', note: 'sign-off' },
  { word: 'comrades', note: 'salutation: "Dear Comrades"' },
  { word: 'replies', note: 'section heading: "Replies from NEC Candidates"' },
  { word: 'reply', note: 'section heading' },
  { word: 'answers', note: 'section heading' },
  { word: 'answer', note: 'section heading' },
  { word: 'responses', note: 'section heading' },
  { word: 'response', note: 'section heading' },
  { word: 'candidates', note: 'section heading' },
  { word: 'candidate', note: 'section heading' },
  { word: 'programme', note: '"Action Programme"' },
  { word: 'program', note: 'US spelling' },
  { word: 'pledge', note: '"The Pledge"' },
  { word: 'pledges', note: '"Our Pledges"' },
  { word: 'statement', note: '"Candidate Statement"' },
  { word: 'update', note: '"Update"' },
  { word: 'introduction', note: 'page section' },
  { word: 'conclusion', note: 'page section' },
  { word: 'contents', note: 'table of contents' },
  { word: 'comments', note: 'page footer' },
  { word: 'comment', note: 'page footer: "Leave a Comment"' },
  { word: 'share', note: 'page footer: "Share This"' },
  { word: 'related', note: 'page footer: "Related Posts"' },
  { word: 'posts', note: 'page footer' },
  { word: 'news', note: 'page furniture: "Latest News"' },
  { word: 'latest', note: 'page furniture: "Latest Post"' },
  { word: 'election', note: '"NEC Election"' },
  { word: 'elections', note: '"NEC Elections"' },
  { word: 'party', note: 'organisation: "Labour Party"' },
  { word: 'alliance', note: 'organisation: "Labour Left Alliance", an organiser, not a candidate' },
  { word: 'committee', note: 'organisation' },
  { word: 'council', note: 'organisation' },
  { word: 'union', note: 'organisation' },
  { word: 'campaign', note: 'organisation or heading: "Campaign for Labour Party Democracy"' },
  { word: 'network', note: 'organisation' },
  { word: 'movement', note: 'organisation' },
  { word: 'group', note: 'organisation' },
  { word: 'team', note: 'organisation: "The Campaign Team"' },
  { word: 'secretary', note: 'a role signing for an organisation' },
  { word: 'agree', note: 'a verdict written on its own line: "Agree"' },
  { word: 'yes', note: 'a verdict' },
  { word: 'no', note: 'a verdict' },
];

/** Lower-case particles that may stand inside a name ("Ludwig van Beethoven"); every other word starts upper case. */
export const NAME_PARTICLES: readonly LexiconEntry[] = [
  { word: 'van', note: 'Dutch' },
  { word: 'von', note: 'German' },
  { word: 'der', note: 'Dutch, German: "van der"' },
  { word: 'den', note: 'Dutch: "van den"' },
  { word: 'de', note: 'French, Spanish, Portuguese' },
  { word: 'du', note: 'French' },
  { word: 'da', note: 'Italian, Portuguese' },
  { word: 'di', note: 'Italian' },
  { word: 'del', note: 'Spanish, Italian' },
  { word: 'della', note: 'Italian' },
  { word: 'la', note: 'French, Spanish' },
  { word: 'le', note: 'French' },
  { word: 'dos', note: 'Portuguese' },
  { word: 'das', note: 'Portuguese' },
  { word: 'bin', note: 'Arabic, Malay' },
  { word: 'binti', note: 'Malay' },
  { word: 'ibn', note: 'Arabic' },
  { word: 'al', note: 'Arabic' },
  { word: 'el', note: 'Arabic, Spanish' },
  { word: 'ter', note: 'Dutch' },
];

/**
 * Lines that start the page furniture after the last reply of a published page (a whole line, case ignored,
 * trailing colon allowed). Text from the first of these on is not part of the last reply.
 */
export const FOOTER_LINES: readonly { pattern: RegExp; note: string }[] = [
  { pattern: /^share this( post| article)?:?$/i, note: 'WordPress and most blogs' },
  { pattern: /^like this:?$/i, note: 'WordPress' },
  { pattern: /^related( posts| articles| stories)?:?$/i, note: 'blog footer' },
  { pattern: /^(leave a (reply|comment)|post a comment|add a comment)$/i, note: 'comment form' },
  { pattern: /^\d+ (comments?|responses?|replies)$/i, note: 'comment count heading' },
  { pattern: /^(posted|filed) (in|under) .{1,80}$/i, note: 'category line' },
  { pattern: /^tags?: .{1,200}$/i, note: 'tag line' },
  { pattern: /^(categories|tags|archives|recent posts|recent comments|follow us|subscribe)$/i, note: 'sidebar headings' },
  { pattern: /^(©|\(c\)|copyright )\s*.{0,120}$/i, note: 'copyright footer' },
];

export { QUOTE_SEPARATORS } from '../util/quoted-mail.js';

/** Lines that start an email signature block, which is left out of the reply (the sign-off above it stays). */
export const SIGNATURE_LINES: readonly { pattern: RegExp; note: string }[] = [
  { pattern: /^-- ?$/, note: 'the signature delimiter of RFC 3676' },
  { pattern: /^sent from my [\w ]{2,40}$/i, note: 'mobile mail apps' },
  { pattern: /^get outlook for (ios|android)$/i, note: 'Outlook mobile' },
];

/** Headers of metadata columns in form exports: not an answer, never matched to a clause. */
export const META_COLUMNS: readonly { pattern: RegExp; note: string; date?: true }[] = [
  { pattern: /^timestamp$/i, note: 'Google Forms', date: true },
  { pattern: /^(date|submitted|submission date|date submitted|submitted at|created|created at)$/i, note: 'form tools', date: true },
  { pattern: /^(start|completion) time$/i, note: 'Microsoft Forms', date: true },
  { pattern: /^last modified time$/i, note: 'Microsoft Forms', date: true },
  { pattern: /^(e-?mail|e-?mail address|your e-?mail( address)?)$/i, note: 'contact column' },
  { pattern: /^(id|respondent id|response id|submission id|#)$/i, note: 'row ids' },
  { pattern: /^(phone|phone number|telephone)$/i, note: 'contact column' },
  { pattern: /^ip( address)?$/i, note: 'Typeform, SurveyMonkey' },
];

const words = (list: readonly LexiconEntry[]): ReadonlySet<string> => new Set(list.map((e) => e.word));
export const NOT_NAME = words(NOT_NAME_WORDS);
export const PARTICLES = words(NAME_PARTICLES);
