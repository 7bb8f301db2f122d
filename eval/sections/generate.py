#!/usr/bin/env python3
"""Writes the sections-and-spellings evaluation set: learnings documents in the genre's many styles,
each labelled (at its end, in an HTML comment) with the sections a careful reader finds and the wrong
technology spellings a careful reader marks, with their canonical form.

Deterministic (a fixed seed): `make eval-sections` regenerates the set and a diff shows any change.
The documents are written from templates here, never copied from anyone's learnings document.

    python3 eval/sections/generate.py [--out eval/sections/generated]
"""

import argparse
import json
import os
import random
import shutil

SEED = 14

# Canonical names with a short description each (only canonical spellings: every wrong spelling a
# document holds is injected on purpose and labelled).
TECHNOLOGIES = [
    ("Python", "the language behind every project"),
    ("Django", "the web framework for the main projects"),
    ("Django REST Framework", "serializers, viewsets and routers"),
    ("PostgreSQL", "the relational database in production"),
    ("MySQL", "the database of the first SQL projects"),
    ("Redis", "caching and a Celery broker"),
    ("Celery", "background jobs and scheduled tasks"),
    ("RabbitMQ", "the message broker for queued work"),
    ("Docker", "images and containers for every service"),
    ("Docker Compose", "several services started together"),
    ("Kubernetes", "deployments, services and scaling"),
    ("GitHub Actions", "tests and linting on every push"),
    ("Jenkins", "a pipeline that builds and deploys"),
    ("GraphQL", "queries that ask for exactly the fields needed"),
    ("Swagger", "interactive API documentation"),
    ("pytest", "fixtures and parametrised tests"),
    ("unittest", "the standard library's test framework"),
    ("Nginx", "a reverse proxy in front of the app"),
    ("Gunicorn", "the WSGI server in production"),
    ("Heroku", "the first place I deployed to"),
    ("Git", "branches, rebases and pull requests"),
    ("JWT", "stateless authentication tokens"),
    ("SQLite", "the development database"),
    ("MongoDB", "documents instead of tables"),
    ("FastAPI", "typed, fast API endpoints"),
    ("Flask", "small services and prototypes"),
    ("Terraform", "infrastructure as code"),
    ("Prometheus", "metrics collection"),
    ("Grafana", "dashboards for the metrics"),
    ("Elasticsearch", "full-text search"),
    ("TypeScript", "typed JavaScript for the front end"),
    ("Vercel", "hosting for the front end"),
    ("Netlify", "static site hosting"),
    ("Railway", "one-click deployment of the API"),
    ("Fly.io", "running containers close to users"),
    ("ReDoc", "readable API reference pages"),
    ("OpenAPI", "the specification the docs come from"),
    ("Gitflow", "the branching model of the team"),
    ("PEP 8", "the style guide every file follows"),
    ("Postman", "trying endpoints by hand"),
    ("Ansible", "configuring servers"),
    ("Apache Kafka", "event streams between services"),
]

# Wrong spellings a careful reader marks: (canonical, wrong). Case and family errors first, then near
# misspellings no reject list holds.
CASE_ERRORS = [
    ("PEP 8", "Pep8"), ("PEP 8", "pep-8"), ("Gitflow", "GitFlow"), ("ReDoc", "Redoc"),
    ("Heroku", "heroku"), ("Vercel", "vercel"), ("Netlify", "netlify"), ("pytest", "PyTest"),
    ("unittest", "UnitTest"), ("GitHub", "Github"), ("JavaScript", "Javascript"), ("Node.js", "NodeJS"),
    ("PostgreSQL", "PostgresSQL"), ("RabbitMQ", "Rabbitmq"), ("Fly.io", "Fly.IO"), ("Fly.io", "FlyIO"),
    ("GitHub Actions", "Github Actions"), ("Docker Compose", "docker-compose"), ("FastAPI", "Fastapi"),
    ("Elasticsearch", "ElasticSearch"), ("Swagger UI", "Swagger Ui"), ("Supabase", "SupaBase"),
    ("DigitalOcean", "Digital Ocean"), ("Gunicorn", "GUnicorn"), ("pgAdmin", "PgAdmin"),
    ("Pydantic", "PyDantic"), ("Uvicorn", "UVicorn"), ("isort", "ISort"),
]
NEAR_MISSES = [
    ("PostgreSQL", "PostgrSQL"), ("Kubernetes", "Kuberentes"), ("Django", "Djnago"), ("Docker", "Dokcer"),
    ("Celery", "Celey"), ("RabbitMQ", "RabitMQ"), ("Elasticsearch", "Elasticsaerch"), ("Grafana", "Grafna"),
    ("Prometheus", "Promethues"), ("Terraform", "Terrafrom"), ("Jenkins", "Jenkisn"), ("Ansible", "Ansibel"),
    ("Swagger", "Swaggger"), ("GraphQL", "GrapQL"), ("TypeScript", "TypeScirpt"), ("MongoDB", "MonogDB"),
    ("Heroku", "Herkou"), ("Netlify", "Netlfy"), ("Gunicorn", "Gunicron"), ("Nginx", "Nignx"),
    ("JavaScript", "JavaScipt"), ("Python", "Pytohn"), ("Kubernetes", "Kubernetse"), ("SQLAlchemy", "SQLAlchmey"),
    ("Postman", "Postmna"), ("Vercel", "Vercle"), ("Redis", "Reids"),
]
# English-word names written in lower case: the tool as a technologies item or beside other names.
WORD_NAMES = [("Postman", "postman"), ("Markdown", "markdown"), ("Render", "render")]

CONCEPTS = [
    "Database Design", "Caching Strategies", "Asynchronous Programming", "API Design", "Authentication and Authorization",
    "Unit Testing", "Security", "Containerization", "Message Queues", "Scalability", "Performance Optimization",
    "Load Balancing", "Background Tasks", "Continuous Integration", "Design Patterns", "API Documentation",
    "Data Modeling", "Event Driven Architecture", "Microservices", "Version Control",
]

TITLES = {
    "technologies": ["Key Technologies", "Technologies Used", "Tech Stack", "Key Technologies Covered",
                     "Tools and Technologies", "Technologies I Worked With"],
    "concepts": ["Important Backend Development Concepts", "Key Concepts", "Core Concepts", "Backend Concepts",
                 "Concepts Learned", "Fundamentals"],
    "challenges": ["Challenges Faced and Solutions Implemented", "Challenges & Solutions", "Challenges Faced",
                   "Challenges", "Obstacles I Hit", "Struggles and How I Solved Them"],
    "practices": ["Best Practices and Personal Takeaways", "Best Practices", "Key Takeaways", "Lessons Learned",
                  "Personal Takeaways", "Best Practices & Takeaways"],
}
# Titles that say nothing about what follows: the content decides.
GENERIC_TITLES = ["What I Learned", "Key Features", "Overview", "Program Highlights", "Highlights", "What I Learnt",
                  "Major Learnings", "Key Learnings"]
EMOJI = ["🚀", "🎯", "🔧", "📚", "💡", "🧠", "✅", "⚙️", "🛠️", "🌟", "ðŸ“š", "ðŸš€"]
SPACES = ["\u00a0", "\u2002", "\u2003", "\u2009", "\u3000", "\u00a0\u00a0"]
PUNCT = [":", "::", "!!", "…", "...", ":-", " —", "!:", "?!"]

CHALLENGES = [
    ("Celery tasks kept failing silently", "I added retries and logged every failure"),
    ("the Docker image was over a gigabyte", "a multi-stage build cut it to a fifth"),
    ("N+1 queries made the listing endpoint slow", "select_related and prefetch_related fixed it"),
    ("migrations conflicted after a rebase", "I merged them and agreed on one migration per pull request"),
    ("tokens expired in the middle of a session", "refresh tokens with a short access lifetime"),
    ("the pipeline took twenty minutes", "caching the dependencies halved it"),
    ("environment variables differed between machines", "one .env.example file and a settings check at start-up"),
]
PRACTICES = [
    "Write tests before fixing a bug", "Keep pull requests small", "Document every endpoint",
    "Never commit secrets", "Review your own diff first", "Name things for the reader",
    "Automate what you do twice", "Ask for help after an honest hour",
]


class Doc:
    """A document being written: its text, and its labels."""

    def __init__(self):
        self.lines = []
        self.sections = set()
        self.spellings = []
        self.patterns = []

    def add(self, *lines):
        self.lines.extend(lines)

    def wrong(self, canonical, wrong):
        self.spellings.append({"found": wrong, "expected": canonical})
        return wrong

    def text(self):
        label = {"sections": sorted(self.sections), "spellings": self.spellings, "patterns": self.patterns}
        return "\n".join(self.lines).rstrip() + "\n\n<!-- eval " + json.dumps(label, ensure_ascii=False) + " -->\n"


def decorate(rng, title, level):
    """A heading title decorated in one of the ways the genre decorates them."""
    style = rng.choice(["plain", "emoji-left", "emoji-both", "bold", "bold-emoji", "nbsp", "punct", "numbered",
                        "everything", "upper"])
    if style == "emoji-left":
        title = f"{rng.choice(EMOJI)} {title}"
    elif style == "emoji-both":
        title = f"{rng.choice(EMOJI)} {title} {rng.choice(EMOJI)}"
    elif style == "bold":
        title = f"**{title}**"
    elif style == "bold-emoji":
        title = f"{rng.choice(EMOJI)} **{title}**"
    elif style == "nbsp":
        title = f"{rng.choice(SPACES)}{title}{rng.choice(SPACES)}"
    elif style == "punct":
        title = f"{title}{rng.choice(PUNCT)}"
    elif style == "numbered":
        title = f"{rng.randint(1, 6)}. {title}"
    elif style == "everything":
        title = f"{rng.choice(SPACES)}{rng.choice(EMOJI)}{rng.choice(SPACES)}**{rng.randint(1, 5)}. {title}{rng.choice(PUNCT)}**{rng.choice(SPACES)}{rng.choice(EMOJI)}"
    elif style == "upper":
        title = title.upper()
    return "#" * level + " " + title, style


def tech_items(rng, doc, count, wrong_rate, context_words=True):
    """A list of technology items in one of the usual item styles, with some wrong spellings injected."""
    chosen = rng.sample(TECHNOLOGIES, count)
    style = rng.choice(["bold-colon", "plain-dash", "names", "bold-dash", "grouped"])
    doc.patterns.append(f"tech-items:{style}")
    names = []
    for name, description in chosen:
        if rng.random() < wrong_rate:
            pool = [p for p in CASE_ERRORS + NEAR_MISSES if p[0] == name]
            if pool:
                canonical, wrong = rng.choice(pool)
                name = doc.wrong(canonical, wrong)
        names.append((name, description))
    if rng.random() < wrong_rate:
        canonical, wrong = rng.choice(WORD_NAMES)
        names.append((doc.wrong(canonical, wrong), "for everyday work"))
        doc.patterns.append("word-name-item")
    if rng.random() < wrong_rate / 2:
        canonical, wrong = rng.choice([p for p in CASE_ERRORS + NEAR_MISSES if p[0] not in dict(TECHNOLOGIES)]
                                      or CASE_ERRORS)
        names.append((doc.wrong(canonical, wrong), "used in one project"))
    if style == "grouped":
        lines = []
        for start in range(0, len(names), 3):
            group = ", ".join(n for n, _ in names[start:start + 3])
            lines.append(f"- **{rng.choice(['Back end', 'Tooling', 'Data', 'Deployment', 'Testing', 'Docs'])}**: {group}")
        return lines
    lines = []
    for name, description in names:
        if style == "bold-colon":
            lines.append(f"- **{name}**: {description}.")
        elif style == "bold-dash":
            lines.append(f"* **{name}** – {description}")
        elif style == "plain-dash":
            lines.append(f"- {name} - {description}")
        else:
            lines.append(f"- {name}")
    return lines


def concept_items(rng, count):
    return [f"- **{c}**: how and why it matters." for c in rng.sample(CONCEPTS, count)]


def challenge_lines(rng, count):
    lines = []
    style = rng.choice(["labels", "nested", "prose"])
    for problem, fix in rng.sample(CHALLENGES, count):
        if style == "labels":
            lines += [f"- **Challenge:** {problem[0].upper() + problem[1:]}.", f"- **Solution:** {fix[0].upper() + fix[1:]}."]
        elif style == "nested":
            lines += [f"- {problem[0].upper() + problem[1:]}.", f"  - Solution: {fix}."]
        else:
            lines += [f"At first {problem}. To overcome this, {fix}.", ""]
    return lines


def practice_lines(rng, count):
    return [f"- {p}." for p in rng.sample(PRACTICES, count)]


def prose_with_names(rng, doc, wrong_rate):
    """A paragraph naming technologies in prose, sometimes misspelt, sometimes with English-word names."""
    a, b = rng.sample([t for t, _ in TECHNOLOGIES if " " not in t and t not in ("Gitflow", "Postman")], 2)
    sentence = f"Most of the work used {a} and {b}."
    if rng.random() < wrong_rate:
        canonical, wrong = rng.choice(NEAR_MISSES)
        sentence += f" Deployment notes mention {doc.wrong(canonical, wrong)} as well."
        doc.patterns.append("near-miss-in-prose")
    if rng.random() < wrong_rate:
        sentence += f" Endpoints were tried with Swagger + {doc.wrong('Postman', 'postman')}."
        doc.patterns.append("word-name-beside-name")
    # English words that are also names, used as English: never a finding.
    sentence += " " + rng.choice([
        "The postman brought the laptop on the first day.", "It took a while to render the templates correctly.",
        "I keep notes in plain text, not in markdown tables.", "The railway station near the hub was noisy.",
        "An express train made the commute bearable.", "The team went for a gin and tonic after the demo.",
        "A continous intergration of small habits helped.", "Docket numbers and dockets are court words.",
        "We had to wade through many logs.", "The rendering was slow on old browsers.",
    ])
    return [sentence, ""]


def toc(rng, doc, ids):
    doc.patterns.append("toc-links")
    lines = ["## Table of Contents", ""]
    for section_id in ids:
        title = TITLES[section_id][0]
        anchor = title.lower().replace(" ", "-").replace("&", "")
        lines.append(f"- [{title}](#{anchor})")
    return lines + [""]


def features(rng, doc, ids):
    """A contents list whose bold items describe the document: not sections."""
    doc.patterns.append("features-list")
    lines = [f"## {rng.choice(['Features', 'What You Will Find Here', 'Contents', 'In This Repository'])}", ""]
    descriptions = {
        "technologies": "**Key Technologies** – the stack covered in this document",
        "concepts": "**Backend Concepts** – a summary of the ideas you will find here",
        "challenges": "**Challenges & Solutions** – what went wrong and how this document explains the fixes",
        "practices": "**Best Practices & Takeaways** – what you will find here",
    }
    for section_id in ids:
        lines.append(f"- {descriptions[section_id]}")
    return lines + [""]


def section_block(rng, doc, section_id, level, wrong_rate, style):
    """The lines of one section, written in `style` (heading, bold-item, numbered-item, generic…)."""
    title = rng.choice(TITLES[section_id])
    body = {
        "technologies": lambda: tech_items(rng, doc, rng.randint(4, 8), wrong_rate),
        "concepts": lambda: concept_items(rng, rng.randint(3, 6)),
        "challenges": lambda: challenge_lines(rng, rng.randint(2, 3)),
        "practices": lambda: practice_lines(rng, rng.randint(3, 5)),
    }[section_id]
    if style == "bold-item" and section_id != "challenges":
        items = body()
        return [f"* **{title}**"] + ["  " + line for line in items] + [""]
    if style in ("numbered-item", "plain-item") and section_id != "challenges":
        marker = f"{rng.randint(1, 4)}." if style == "numbered-item" else "-"
        items = body()
        pad = " " * (len(marker) + 1)
        return [f"{marker} {title}"] + [pad + line for line in items] + [""]
    heading, decoration = decorate(rng, title, level)
    doc.patterns.append(f"heading:{decoration}")
    return [heading, ""] + body() + [""]


def generic_section(rng, doc, section_id, level, wrong_rate):
    """A section whose title says nothing; its items make it technologies or concepts."""
    title = rng.choice(GENERIC_TITLES)
    doc.patterns.append(f"generic:{section_id}")
    if section_id == "technologies":
        items = tech_items(rng, doc, rng.randint(4, 7), wrong_rate)
        if rng.random() < 0.5:
            return [f"{'#' * level} {title}", ""] + items + [""]
        return [f"1. {title}"] + ["   " + line for line in items] + [""]
    # Concepts as sub-headings under a merged part, or as items of a generic section.
    if rng.random() < 0.5:
        lines = [f"{'#' * level} {title}", ""]
        for concept in rng.sample(CONCEPTS, rng.randint(3, 5)):
            lines += [f"{'#' * (level + 1)} {concept}", "", f"What {concept.lower()} means in practice.", ""]
        return lines
    return [f"{'#' * level} {title}", ""] + concept_items(rng, rng.randint(3, 6)) + [""]


def merged_part(rng, doc, wrong_rate):
    """`## Technologies & What I Learned` with technology items and concept sub-headings."""
    doc.patterns.append("merged-technologies-concepts")
    lines = [f"## {rng.choice(['Technologies & What I Learned', 'Tech Stack and Learnings', 'Key Technologies and Ideas'])}", ""]
    lines += tech_items(rng, doc, rng.randint(4, 6), wrong_rate) + [""]
    for concept in rng.sample(CONCEPTS, rng.randint(3, 4)):
        lines += [f"### {concept}", "", f"Notes on {concept.lower()}.", ""]
    return lines


def document(rng, number):
    doc = Doc()
    wrong_rate = rng.choice([0.0, 0.15, 0.3])
    ids = ["technologies", "concepts", "challenges", "practices"]
    present = list(ids)
    if rng.random() < 0.35:
        for missing in rng.sample(ids, rng.choice([1, 1, 2])):
            present.remove(missing)
    layout = rng.choice(["flat", "nested", "bold-items", "numbered-items", "generic", "merged", "mixed"])
    doc.patterns.append(f"layout:{layout}")
    doc.add(f"# {rng.choice(['My ProDev Backend Learnings', 'Project Nexus', 'Backend Journey', 'alx-project-nexus', 'Learnings'])}", "")
    doc.add(rng.choice(["A record of what I learned in the programme.", "Notes from the backend track.",
                        "This repository documents my journey."]), "")
    if rng.random() < 0.2:
        doc.add(*toc(rng, doc, ids))
    if rng.random() < 0.2:
        doc.add(*features(rng, doc, ids))
    doc.add(*prose_with_names(rng, doc, wrong_rate))
    base = 2
    if layout == "nested":
        doc.add(f"## {rng.choice(['Major Learnings', 'What I Learned', 'Learnings'])}", "")
        base = 3
    used_merged = False
    for section_id in present:
        if layout == "merged" and section_id in ("technologies", "concepts") and "technologies" in present and "concepts" in present:
            if not used_merged:
                doc.add(*merged_part(rng, doc, wrong_rate))
                used_merged = True
            continue
        if layout == "generic" and section_id in ("technologies", "concepts"):
            doc.add(*generic_section(rng, doc, section_id, base, wrong_rate))
            continue
        style = {"bold-items": "bold-item", "numbered-items": rng.choice(["numbered-item", "plain-item"])}.get(layout, "heading")
        if layout == "mixed":
            style = rng.choice(["heading", "bold-item", "numbered-item", "plain-item", "heading"])
        doc.patterns.append(f"section:{style}")
        doc.add(*section_block(rng, doc, section_id, base, wrong_rate, style))
    # A generic section that is not technologies or concepts: goals of the project, no names.
    if rng.random() < 0.25:
        doc.patterns.append("generic-not-a-section")
        doc.add(f"## {rng.choice(['Overview', 'Key Features', 'Highlights'])}", "",
                "- Users can sign up and log in", "- Listings can be searched and filtered", "- Bookings send an email", "")
    doc.sections = set(present)
    return doc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "generated"))
    parser.add_argument("--count", type=int, default=150)
    args = parser.parse_args()
    rng = random.Random(SEED)
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    for number in range(args.count):
        doc = document(rng, number)
        with open(os.path.join(args.out, f"{number:03d}.md"), "w", encoding="utf-8") as handle:
            handle.write(doc.text())


if __name__ == "__main__":
    main()
