/**
 * French function words, for programmes and replies in French ("pour leurs entrées et leurs escaliers" is about
 * entrances and stairs, not about "pour" and "et"). An elided article is cut from its word before this list is read.
 */
const FRENCH = `le les un une des du et ou mais pour par avec sans sur dans au aux cet cette ces je tu il elle nous vous
ils elles mon mes ton tes ses notre nos votre vos leur leurs qui que quoi dont où est sont être avoir ont été fait faire
moins très bien tout tous toute toutes même chose oui non pas ça cela ceci aussi comme donc peu déjà encore entre chez
vers lors merci madame monsieur cordialement bonjour salut`;

// Words that carry no topic: they never make a sentence about one clause rather than another.
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of
off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so
some such than that that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's
when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
your yours yourself yourselves will shall may might must also just really yes agree agreed support fully totally
absolutely think believe feel would like well one two three many much every even still already always never ever
including include includes especially etc get got make made way ways thing things lot lots sure indeed course point
points clause clauses pledge pledges question questions item items issue issues programme program platform commit
commitment committed campaign campaigns campaigning need needs want wants someone something anyone anything everyone
everything people candidate candidates new good best better important dear thanks thank regards best wishes sincerely hope
${FRENCH}`.split(/\s+/),
);

/** Stop words that still belong in a clause's name ("the minimum platform", "the pledge card"). */
export const NAME_WORDS = new Set(
  'programme program platform pledge pledges point points clause clauses issue issues question questions commitment campaign'.split(' '),
);

/** Words too slight to explain a ruling on their own: a reason's "words like …" never shows just these. */
export const SLIGHT_WORDS = new Set(
  `a an and the of to in on for at by with from as or it its it's this that these those i i'm i'd i've me my we our
you your is are was be been will would so then there here`.split(/\s+/),
);
