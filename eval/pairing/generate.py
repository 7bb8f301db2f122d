#!/usr/bin/env python3
"""Writes the pairing evaluation set: learnings documents in the formats authors use, each
labelled with how many challenges it holds, how many are solved, and the line of every challenge
left without a solution.

The documents are written here, by hand-made templates over a pool of invented challenges (no text
comes from anyone's learnings document). The output is deterministic: the same script writes the
same set, so a change in the figures is a change in learnlint.

Usage: generate.py OUTPUT_DIR   (writes OUTPUT_DIR/<name>.md and OUTPUT_DIR/labels.json)
"""

import json
import os
import random
import sys

# A challenge: a short title, a problem sentence that names the difficulty, a terse fix (what a
# `**Solution:**` label is followed by) and a story sentence telling the fix in running text.
POOL = [
    ("Message ordering", "Events for the same order arrived out of sequence and were hard to reproduce.",
     "Partitioned the queue on the order id.", "I fixed it by partitioning the queue on the order id."),
    ("Live migrations", "Adding a column locked the orders table for minutes.",
     "Added the column as nullable first and backfilled it in batches.",
     "To get around this, I added the column as nullable first and backfilled it in batches."),
    ("Query plans", "EXPLAIN output was confusing at first.",
     "An afternoon of pairing with a mentor made it click.", "Pairing with a mentor for an afternoon helped a lot."),
    ("Duplicate tasks", "Celery tasks ran twice after each deploy.",
     "A Redis lock keeps a single scheduler alive.", "I resolved this with a Redis lock that keeps one scheduler alive."),
    ("Flaky browser tests", "Browser tests failed at random on CI.",
     "Waiting for network idle instead of fixed sleeps.", "Switching to explicit waits made them stable."),
    ("Root-owned volumes", "Docker volumes left root-owned files behind on my laptop.",
     "Ran the container with my own user id.", "I ran the container with my own user id, which solved it."),
    ("Schema drift", "The GraphQL schema kept drifting from the resolvers.",
     "Generated the schema from the code.", "We now generate the schema from the code."),
    ("Slow builds", "Every pipeline run took twenty minutes.",
     "Cached the dependency layers between runs.", "I cached the dependency layers between runs."),
    ("Secrets in logs", "Access tokens showed up in the request logs.",
     "A logging filter masks every header named like a token.", "I overcame this with a logging filter that masks tokens."),
    ("Time zones", "Dates shifted by an hour for users abroad, which was confusing to debug.",
     "Stored every timestamp in UTC.", "I now store every timestamp in UTC."),
    ("N+1 queries", "The orders page issued hundreds of queries and was painfully slow.",
     "Used select_related on the order list.", "Using select_related on the list brought it down to three queries."),
    ("JWT expiry", "Users were logged out in the middle of a checkout.",
     "Added refresh tokens with a sliding expiry.", "I addressed it by adding refresh tokens with a sliding expiry."),
    ("Rate limiting", "Bots hammered the search endpoint until it timed out.",
     "A token bucket per API key in Redis.", "I tackled it with a token bucket per API key in Redis."),
    ("Container DNS", "Containers could not resolve each other after a restart.",
     "Put the services on a user-defined bridge network.", "Moving the services to a user-defined bridge network fixed it."),
    ("Dependency conflicts", "Two packages needed incompatible versions of the same library.",
     "Pinned the versions in a lock file.", "Pinning the versions in a lock file sorted it out."),
    ("Memory growth", "The worker's memory kept growing until the container was killed.",
     "Restart workers after a thousand tasks.", "Workaround: the workers restart after a thousand tasks."),
    ("Time management", "Balancing the programme with a full-time job was hard.",
     "A fixed weekly schedule with two evenings for study.", "I kept to a weekly schedule, and steady practice paid off."),
    ("Imposter syndrome", "I struggled to believe my code was good enough to share.",
     "Asked for reviews early and often.", "Asking for reviews early helped me trust my work."),
    ("Webhook retries", "The payment provider retried webhooks and created duplicate orders.",
     "An idempotency key on every webhook.", "I made the handler idempotent with a key per event."),
    ("CORS errors", "The frontend could not call the API because of CORS errors.",
     "Configured the allowed origins in the API settings.", "I configured the allowed origins, and the errors disappeared."),
    ("Large uploads", "Uploads over ten megabytes failed behind the proxy.",
     "Raised the proxy's body size limit and streamed the upload.", "Raising the proxy's body limit solved it."),
    ("Test data", "Tests depended on each other's data and broke in random order.",
     "Each test builds its own data with factories.", "I rewrote the tests to build their own data with factories."),
    ("Unclear requirements", "The project brief was unclear about how refunds should work.",
     "Wrote down my assumptions and checked them with a mentor.", "I wrote down my assumptions and checked them with a mentor."),
    ("Search relevance", "Full-text search returned irrelevant results for short words.",
     "Tuned the Postgres text search configuration and weights.", "Tuning the text search weights improved it."),
    ("Cache invalidation", "Stale prices stayed in the cache after an update.",
     "Deleted the cache key in the same transaction as the update.", "The fix was deleting the key when the price changes."),
    ("Background jobs", "Long reports blocked the web request until it timed out.",
     "Moved report generation to a Celery task.", "I moved report generation to a Celery task."),
]

# Written after the heuristics were changed and never used to change them: the held-out part of
# the set (documents named `heldout-*`), whose figures evaluate.py prints separately.
HELDOUT_POOL = [
    ("Payment sandbox", "The sandbox rejected every signature I sent.",
     "Signing the raw request body instead of the parsed JSON.", "Signing the raw body instead of the parsed JSON cleared it up."),
    ("Email delays", "Confirmation emails took minutes to arrive.",
     "Sending moved to a background queue.", "Once I moved sending to a background queue, emails arrived in seconds."),
    ("Static files", "Static files returned 404 in production.",
     "collectstatic runs in the build step now.", "It turned out collectstatic never ran; I added it to the build step."),
    ("Token refresh", "Mobile clients kept their expired tokens and got 401 errors.",
     "Clients refresh on the first 401 and retry once.", "We taught the clients to refresh on the first 401 and retry once."),
    ("Pagination", "Offset pagination got very slow past page 500.",
     "Keyset pagination on the created_at column.", "Keyset pagination on created_at made deep pages instant."),
    ("Learning Go", "Go's error handling felt verbose and confusing after Python.",
     "Writing a small CLI in Go every weekend.", "Writing a small CLI every weekend made it feel natural."),
    ("Race on stock", "Two buyers could purchase the last item at the same time.",
     "SELECT ... FOR UPDATE inside the checkout transaction.", "I locked the row with SELECT FOR UPDATE inside the transaction."),
    ("Docker on Windows", "Docker Desktop would not start on my Windows laptop.",
     "WSL2 with the Docker engine installed inside it.", "In the end WSL2 with Docker inside it works fine."),
    ("Log noise", "The logs were so noisy that real errors got lost.",
     "Structured logging with levels and a request id.", "Switching to structured logs with a request id fixed the noise."),
    ("Burnout", "Around week ten I was exhausted and behind on every project.",
     "Two rest days a week, no exceptions.", "Taking two rest days a week brought my energy back."),
    ("Flaky CI", "The CI pipeline failed randomly on network calls.",
     "Mocked the external APIs in tests.", "I mocked the external APIs, so CI no longer depends on the network."),
    ("Schema changes", "Renaming a column broke the running app during deploys.",
     "Expand-and-contract migrations over two releases.", "Expand-and-contract migrations over two releases avoid the downtime."),
]

FRENCH_POOL = [
    ("Ordre des messages", "Les événements arrivaient dans le désordre et c'était difficile à reproduire.",
     "Partitionner la file par identifiant de commande.", "Je l'ai corrigé en partitionnant la file par commande."),
    ("Builds lents", "Chaque exécution du pipeline prenait vingt minutes.",
     "Mettre en cache les dépendances entre les exécutions.", "J'ai résolu cela avec un cache des dépendances."),
    ("Fuseaux horaires", "Les dates se décalaient d'une heure pour les utilisateurs à l'étranger.",
     "Stocker toutes les dates en UTC.", "J'ai résolu ce problème en stockant les dates en UTC."),
    ("Tâches en double", "Les tâches Celery s'exécutaient deux fois après chaque déploiement.",
     "Un verrou Redis garde un seul planificateur.", "Pour y remédier, j'ai ajouté un verrou Redis."),
    ("Erreurs CORS", "Le frontend ne pouvait pas appeler l'API à cause d'erreurs CORS.",
     "Configurer les origines autorisées.", "J'ai corrigé la liste des origines autorisées."),
    ("Gestion du temps", "Concilier le programme et un emploi à plein temps était difficile.",
     "Un planning fixe avec deux soirées d'étude.", "J'ai résolu cela avec un planning fixe chaque semaine."),
]

HEADER = """# {project}

## Key Technologies
- Python and Django
- PostgreSQL
- Docker

## Important Backend Development Concepts
- Database indexing
- Caching strategies

"""
FOOTER = """
## Best Practices and Personal Takeaways
- Write the failing test before the fix.
- Keep deploys small.
"""
FRENCH_HEADER = """# {project}

## Technologies clés
- Python et Django
- PostgreSQL
- Docker

## Concepts importants
- Indexation des bases de données
- Mise en cache

"""
FRENCH_FOOTER = """
## Bonnes pratiques
- Écrire le test qui échoue avant la correction.
"""

TITLES = ["Challenges Faced and Solutions Implemented", "Challenges", "Challenges Faced", "🚧 Challenges & Solutions",
          "Challenges and Solutions", "Obstacles"]
U = "@@U@@"  # marks the line of a challenge that has no solution (stripped from the output)


def lower_first(text):
    return text[0].lower() + text[1:]


# MARK: - Formats. Each takes the challenges [(title, problem, fix, story, solved)] and returns lines.

def alternating(items, rng):
    style = rng.choice(["**Challenge:**", "**Challenge**:", "**Problem:**"])
    answer = {"**Challenge:**": "**Solution:**", "**Challenge**:": "**Solution**:", "**Problem:**": "**Fix:**"}[style]
    lines = []
    for title, problem, fix, _, solved in items:
        lines.append(("" if solved else U) + f"- {style} {problem}")
        if solved:
            lines.append(f"- {answer} {fix}")
    return lines


def nested(items, rng):
    lines = []
    for title, problem, fix, _, solved in items:
        lines.append(("" if solved else U) + f"- **Challenge:** {problem}")
        if solved:
            lines.append(f"  - **Solution:** {fix}")
    return lines


def one_bullet(items, rng):
    bold = rng.random() < 0.7
    lines = []
    for title, problem, _, story, solved in items:
        body = f"{problem} {story}" if solved else problem
        head = f"**{title}**: " if bold else ""
        lines.append(("" if solved else U) + f"- {head}{body}")
    return lines


def heading_per_challenge(items, rng):
    sub = rng.choice(["paragraph", "heading"])
    bold_wrapped = rng.random() < 0.3
    lines = []
    for number, (title, problem, fix, _, solved) in enumerate(items, 1):
        heading = f"Challenge {number}: {title}"
        if bold_wrapped:
            heading = f"**{heading}**"
        lines += [("" if solved else U) + f"### {heading}", problem, ""]
        if solved:
            if sub == "paragraph":
                lines += [f"**Solution:** {fix}", ""]
            else:
                lines += ["#### How I solved it", fix, ""]
    return lines


def table(items, rng):
    impact = rng.random() < 0.4
    lines = ["| Challenge | Impact | Solution |" if impact else "| Challenge | Solution |",
             "|---|---|---|" if impact else "|---|---|"]
    for title, problem, fix, _, solved in items:
        answer = fix if solved else rng.choice(["", "-", "TBD"])
        middle = " High |" if impact else ""
        lines.append(("" if solved else U) + f"| {title}: {lower_first(problem)} |{middle} {answer} |")
    return lines


def prose(items, rng):
    lines = []
    for title, problem, _, story, solved in items:
        if solved:
            lines += [f"One challenge was {lower_first(title)}. {problem} {story}", ""]
        else:
            lines += [U + f"Another challenge was {lower_first(title)}, and I have not solved it yet.", ""]
    return lines


def numbered_labels(items, rng):
    lines = []
    for number, (title, problem, fix, _, solved) in enumerate(items, 1):
        lines.append(("" if solved else U) + f"{number}. **Problem:** {problem}")
        if solved:
            lines.append(f"   **Fix:** {fix}")
    return lines


def numbered_titles(items, rng):
    """Numbered title lines followed by unbolded `Challenge:` / `Solution:` label lines."""
    lines = []
    for number, (title, problem, fix, _, solved) in enumerate(items, 1):
        lines += [f"**{number}. {title}**", ("" if solved else U) + f"Challenge: {problem}"]
        if solved:
            lines.append(f"Solution: {fix}")
        lines.append("")
    return lines


def emoji(items, rng):
    nested_fix = rng.random() < 0.5
    lines = []
    for title, problem, fix, _, solved in items:
        lines.append(("" if solved else U) + f"- ❌ {problem}")
        if solved:
            lines.append(f"  - ✅ {fix}" if nested_fix else f"- ✅ {fix}")
    return lines


def label_paragraph_list(items, rng):
    """`**Challenge:**` alone, a list elaborating the one challenge, then `**Solution:**` and its steps."""
    lines = []
    for title, problem, fix, story, solved in items:
        lines += [("" if solved else U) + f"**Challenge: {title}**", "", f"- {problem}", "- It cost me a few days.", ""]
        if solved:
            lines += ["**Solution:**", "", f"- {fix}", "- I wrote a test that reproduces it.", ""]
    return lines


def bold_title_story(items, rng):
    lines = []
    for title, problem, _, story, solved in items:
        lines += [("" if solved else U) + f"- **{title}**", f"  - {problem}"]
        if solved:
            lines.append(f"  - {story}")
    return lines


FORMATS = {
    "alternating": alternating, "nested": nested, "one-bullet": one_bullet, "heading": heading_per_challenge,
    "table": table, "prose": prose, "numbered": numbered_labels, "numbered-titles": numbered_titles,
    "emoji": emoji, "label-list": label_paragraph_list, "bold-story": bold_title_story,
}


def separate_sections(items, rng):
    """`## Challenges Faced` then `## Solutions Implemented`, paired by order (a missing solution is the last)."""
    challenges = ["## Challenges Faced", ""]
    solutions = ["## Solutions Implemented", ""]
    for title, problem, fix, _, solved in items:
        challenges.append(("" if solved else U) + f"- **{title}**: {problem}")
        if solved:
            solutions.append(f"- **{title}**: {fix}")
    return challenges + [""] + solutions


# MARK: - Documents

def render(name, project, title, body, header=HEADER, footer=FOOTER, section=True):
    text = header.format(project=project)
    if section:
        text += f"## {title}\n\n"
    text += "\n".join(body) + "\n" + footer
    lines = []
    unpaired = []
    for number, line in enumerate(text.split("\n"), 1):
        if U in line:
            unpaired.append(number)
            line = line.replace(U, "")
        lines.append(line)
    return name, "\n".join(lines), unpaired


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "eval/pairing/out"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(15)
    documents = []  # (name, text, challenges, solved, unpaired lines, language)

    def add(name, project, title, body, count, solved, language="en", **render_options):
        name, text, unpaired = render(name, project, title, body, **render_options)
        assert len(unpaired) == count - solved, name
        documents.append((name, text, count, solved, unpaired, language))

    # Base documents: every format, several sizes; about a third leave one challenge unsolved.
    # Mutants: each fully solved document again with one solution removed.
    serial = 0
    for format_name, build in list(FORMATS.items()) + [("separate", separate_sections)]:
        for variant in range(6):
            serial += 1
            count = rng.randint(2, 5)
            picked = rng.sample(POOL, count)
            unsolved = {rng.randrange(count)} if variant % 3 == 2 else set()
            if format_name == "separate":
                unsolved = {count - 1} if unsolved else set()
            items = [(*c, index not in unsolved) for index, c in enumerate(picked)]
            title = rng.choice(TITLES)
            section = format_name != "separate"
            base = f"{serial:03d}-{format_name}"
            add(base, f"Project {serial}", title, build(items, random.Random(serial)), count, count - len(unsolved),
                section=section)
            if not unsolved:
                drop = count - 1 if format_name == "separate" else rng.randrange(count)
                mutant = [(*c[:4], index != drop) for index, c in enumerate(items)]
                add(base + "-mutant", f"Project {serial}", title, build(mutant, random.Random(serial)), count,
                    count - 1, section=section)

    # The held-out documents: every format once over the held-out pool, half with one solution missing.
    held = random.Random(1115)
    for index, (format_name, build) in enumerate(list(FORMATS.items()) + [("separate", separate_sections)]):
        count = held.randint(2, 4)
        picked = held.sample(HELDOUT_POOL, count)
        unsolved = {held.randrange(count)} if index % 2 else set()
        if format_name == "separate" and unsolved:
            unsolved = {count - 1}
        items = [(*c, position not in unsolved) for position, c in enumerate(picked)]
        add(f"heldout-{index:02d}-{format_name}", f"Capstone {index}", held.choice(TITLES),
            build(items, random.Random(index + 500)), count, count - len(unsolved), section=format_name != "separate")

    # Patterns of point 4 of the issue and the counter-examples, written out one by one.
    for name, body, count, solved in SPECIAL:
        add(name, name, "Challenges Faced and Solutions Implemented" if "promised" in name else "Challenges",
            [line for line in body.split("\n")], count, solved)

    # French documents, read with the French lexicon (eval/pairing/rules-fr.yaml).
    for variant in range(8):
        count = rng.randint(2, 4)
        picked = rng.sample(FRENCH_POOL, count)
        unsolved = {rng.randrange(count)} if variant % 2 else set()
        items = [(*c, index not in unsolved) for index, c in enumerate(picked)]
        body = french_body(items, variant)
        add(f"fr-{variant:02d}", f"Projet {variant}", "Défis rencontrés et solutions", body, count,
            count - len(unsolved), language="fr", header=FRENCH_HEADER, footer=FRENCH_FOOTER)

    labels = []
    for name, text, count, solved, unpaired, language in documents:
        with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as handle:
            handle.write(text)
        labels.append({"name": name, "challenges": count, "solved": solved, "unpaired_lines": unpaired,
                       "language": language})
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as handle:
        json.dump(labels, handle, indent=1, ensure_ascii=False)
    print(f"wrote {len(labels)} documents to {out}")


def french_body(items, variant):
    lines = []
    for title, problem, fix, story, solved in items:
        if variant % 4 < 2:
            lines.append(("" if solved else U) + f"- **Défi :** {problem}")
            if solved:
                lines.append(f"  - **Solution :** {fix}")
        else:
            body = f"{problem} {story}" if solved else problem
            lines.append(("" if solved else U) + f"- **{title}** : {body}")
    return lines


from special import SPECIAL  # noqa: E402  (the hand-written cases live in their own file)

if __name__ == "__main__":
    main()
