"""Hand-written challenges sections for the patterns of issue 15's point 4 and for the
counter-examples of its heuristics: (name, section body, challenges, solved). `@@U@@` marks the
first line of each challenge that has no solution."""

SPECIAL = [
    # A label paragraph followed by a list: the list elaborates one challenge; the solution
    # paragraph plus its list is one solution.
    ("label-then-list", """**Challenge:**
- The API had to serve ten times more traffic.
- The database was the bottleneck.

**Solution:**
- Added read replicas.
- Cached the hottest queries in Redis.""", 1, 1),
    ("label-then-list-unsolved", """@@U@@**Challenge:**
- Deployments to the VPS failed half of the time.
- The logs said nothing useful.

**Challenge:**
- Nobody on the team understood the billing module.

**Solution:**
- I drew its state machine and shared it.""", 2, 1),
    # Numbered title lines followed by unbolded label lines.
    ("numbered-title-lines", """1. Authentication
Challenge: Sessions leaked between tenants.
Solution: Scoped the session store per tenant.

2. Deployment
@@U@@Challenge: The container would not start on Render.""", 2, 1),
    # Bold-wrapped headings at every level.
    ("bold-headings", """### **Challenge: Slow search**
Search took seconds on large catalogues.

#### **Solution**
A trigram index on the product name.

@@U@@### **Challenge: Flaky workers**
Workers crashed when Redis restarted.""", 2, 1),
    # Template placeholders are no challenges.
    ("placeholders", """- **Challenge:** [e.g., describe a challenge you faced]
  - **Solution:** [e.g., how you solved it]
- **Challenge:** Migrations conflicted on every merge.
  - **Solution:** One migration branch, squashed weekly.""", 1, 1),
    ("placeholders-only-real-unsolved", """- **Challenge:** <describe a challenge>
- **Solution:** <describe the solution>
@@U@@- **Challenge:** The staging database ran out of disk every week.""", 1, 0),
    # A sentence claiming solutions exist elsewhere is no solution.
    ("solutions-elsewhere", """@@U@@- Docker networking between services was confusing.
@@U@@- The test suite failed on CI but not locally.

The solutions to these are described in the Best Practices section below.""", 2, 0),
    # Soft resolutions embedded in the sentence.
    ("soft-resolutions", """- **Consistency**: Studying every day was hard at first, and steady practice paid off.
- **Debugging**: Errors in async code were hard to trace, solved through better logging.
- **Deploys**: Manual deploys were slow and error-prone, which automating them with GitHub Actions cured.""", 3, 3),
    # A challenge whose solution label is left empty is unsolved.
    ("empty-solution-label", """@@U@@- **Challenge:** The cache served stale prices after an update.
  - **Solution:**
- **Challenge:** Tests were slow.
  - **Solution:** Ran them in parallel.""", 2, 1),
    ("empty-solution-label-alternating", """- **Challenge:** Emails went to spam.
- **Solution:** Set up SPF and DKIM records.
@@U@@- **Challenge:** Webhooks arrived twice.
- **Solution:** TBD""", 2, 1),
    # Counter-examples: "..., I broke production" is no solution, nor is "I hesitated to ask".
    ("broke-production", """@@U@@- **Friday deploys**: I ran a migration without a backup, I broke production.
- **Slow tests**: The suite took ten minutes. I split it into parallel jobs.""", 2, 1),
    ("hesitated", """@@U@@- **Asking for help**: I felt lost in the forums and I hesitated to ask.
- **Reading code**: Large codebases were overwhelming. I traced one request end to end.""", 2, 1),
    ("spent-kept-found", """@@U@@- **Celery**: I spent two days on a task that kept failing.
@@U@@- **Docker**: I found the networking hard to understand.
- **Caching**: Pages were slow. I added Redis in front of the catalogue.""", 3, 1),
    # still / yet / miss are not always words of difficulty.
    ("still-yet-miss-promised", """- **Indexing**: A composite index on user and date; queries still finish in 3 ms at a million rows.
- **Monitoring**: Simple yet effective, Prometheus alerts on the error rate.
- **Cache warm-up**: Warming the cache on deploy means users never miss a cached page.""", 3, 3),
    ("still-unsolved", """- **Kubernetes**: Ingress rules were confusing. I read the docs twice.
@@U@@- **Service mesh**: Mutual TLS between services is complex and I still don't understand it.""", 2, 1),
    # Prose: a paragraph of challenge and a later paragraph of solution.
    ("prose-two-paragraphs", """The hardest part was understanding how Django signals fire during bulk updates; they never did.

I solved it by moving the logic into the service layer, where bulk updates call it explicitly.""", 1, 1),
    ("prose-denial", """I did not face any major challenges in this project; the tutorials covered everything.""", 0, 0),
    # Mixed formats in one section.
    ("mixed-table-labels", """| Problem | Fix |
|---|---|
| Slow CSV export | Streamed the rows |
@@U@@| Timeouts on the report endpoint | |

- **Challenge:** Static files were missing in production.
  - **Solution:** Ran collectstatic in the build step.""", 3, 2),
    # Grouping bullets over labelled challenges.
    ("grouped-nesting", """- Backend
  - **Challenge:** Race conditions in stock updates.
    - **Solution:** SELECT FOR UPDATE inside a transaction.
- Frontend
  @@U@@- **Challenge:** The build broke on every dependency update.""", 2, 1),
    # An introduction and a closing line are neither challenges nor solutions.
    ("intro-and-outro-promised", """During the capstone I ran into several challenges:

- **Payments**: The sandbox rejected my signatures. I resolved this by signing the raw body.
- **Email**: Messages were delayed by minutes. Moving sending to a queue fixed it.

Each of these taught me to read the documentation first.""", 2, 2),
    ("how-i-solved-it-heading", """### Challenge 1: Scaling reads
The dashboard queries were slow under load.

#### How I solved it
Materialized views refreshed every five minutes.

@@U@@### Challenge 2: Audit logs
Storing every change made the table huge and queries timed out.""", 2, 1),
]
