// Words people use for the same thing: for topic matching, each word stands for the first of its group.
// Keep groups tight: a loose synonym makes unrelated clauses look alike.
export const ALIAS_GROUPS: string[][] = [
  ['expand', 'expansion', 'grow', 'growth', 'enlarge', 'enlargement', 'extend', 'extension'],
  ['sale', 'sell', 'selling', 'sold', 'sell-off', 'selloff'],
  ['cut', 'cuts', 'reduce', 'reduction', 'reductions'],
  ['scrap', 'scrapping', 'abolish', 'abolition', 'axe'],
  ['privatisation', 'privatise', 'privatization', 'privatize', 'privatised'],
  ['outsourcing', 'outsource', 'outsourced', 'contracting-out'],
  ['demolition', 'demolish', 'knock down', 'knocked down', 'bulldoze'],
  ['consult', 'consultation', 'consulted', 'consulting'],
  ['transparent', 'transparency', 'openness', 'open'],
  ['antisemitism', 'antisemitic', 'anti-semitism', 'anti-semitic'],
  ['fare', 'fares', 'ticket', 'tickets'],
];
