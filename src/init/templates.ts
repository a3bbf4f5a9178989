// The files `pledgecard init` scaffolds: a commented programme template and one example reply that passes `check`.

/** Where each scaffolded file goes, relative to the folder being set up, and what it holds. */
export const INIT_FILES: ReadonlyArray<{ path: string; content: string }> = [
  {
    path: 'pledges.yaml',
    content: `# The programme candidates are asked to sign up to: one entry per clause, in the order published.
# Check it with: pledgecard check
title: Our Programme for Candidates          # required: shown at the top of every scorecard
organisation: Our Campaign                   # optional
election: Council elections 2026             # optional
# source: https://example.org/programme      # optional: where the programme was published

clauses:                                     # required: at least one clause
  - id: "1"                                  # required: the number or letter replies use ("1", "3a", "3g.1"); quote plain numbers
    title: Report back                       # required: a short label for tables
    text: Will publish a report after every meeting, including how they voted.   # required: the clause as published
    keywords: [report back, reports, how they voted]   # optional: words that signal this clause in a reply that does not number it
  - id: "2"
    title: Open meetings
    text: Will hold an open meeting for members at least four times a year.
    keywords: [open meeting, meet members]
    weight: 2                                # optional: counts double in the score (default 1)
  - id: "3"
    title: Policy platform
    text: "Stand on a platform that includes a public commitment to:"
    clauses:                                 # optional: sub-clauses, same shape (replies write "3a", "3 b)", …)
      - id: 3a
        title: Public ownership
        text: Bring local bus services back into public ownership.
        keywords: [public ownership, buses, bus services]
      - id: 3b
        title: Council housing
        text: Build council homes for social rent.
        keywords: [council homes, social housing, social rent]

# scoring:                                   # optional: points per stance; these are the defaults
#   agree: 1
#   agree-with-qualifications: 0.5
#   declined: 0
#   no-answer: 0
# review-threshold: 0.6                      # optional: rulings less sure than this are flagged for review
`,
  },
  {
    path: 'data/example.md',
    content: `---
# One file per candidate in data/: the front matter below, then the reply exactly as received.
candidate: Example Candidate     # required: the candidate's name as it should appear in tables
received: 2026-01-15             # optional: when the reply arrived
# source: https://example.org/replies#example   # optional: where the reply was published
# rulings:                       # optional: your reviewed decision where the parser's ruling is wrong or unsure
#   3b: { stance: agree-with-qualifications, note: "only where the council owns the land" }
---
Thank you for sending me your programme.

1) Agree. I will publish a report after every meeting.

2) Agree, I am happy to hold open meetings.

3a) Agree.

3b) Agree with qualifications: council homes, yes, but I cannot promise all of them at social rent.
`,
  },
];
