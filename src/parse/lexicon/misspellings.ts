// Misspellings of the words that carry a verdict, as hurried replies type them. Every pattern of the lexicon that
// uses one of these words matches its misspellings too. Only spellings that are no English word of their own belong
// here ("defiantly" and "principal" are words, and stay out).

export const MISSPELLINGS: Readonly<Record<string, readonly string[]>> = {
  oppose: ['opose', 'oppse', 'opposse'],
  opposed: ['oposed', 'opossed', 'opposd'],
  support: ['suport', 'supprt', 'suppport', 'sopport', 'supoort'],
  supports: ['suports'],
  supported: ['suported', 'supportd'],
  supporting: ['suporting'],
  agree: ['agre', 'aggree', 'agreee'],
  agreed: ['agred', 'aggreed'],
  definitely: ['definately', 'definatly', 'definitly', 'deffinitely', 'defintely'],
  absolutely: ['absolutly', 'absolutley'],
  against: ['aginst', 'agianst', 'agenst', 'aganst'],
  commit: ['comit'],
  committed: ['commited', 'comitted'],
  believe: ['beleive', 'belive'],
  happy: ['hapy'],
  except: ['exept', 'excep', 'excpet'],
  everything: ['evrything', 'everythin', 'evrythin', 'everyting'],
};
