// Generated from the top-level rules.yaml by `make generate`; a test fails when the two differ.
// swift-format-ignore-file

/// The default rules.yaml, compiled in so learnlint works with no file.
public enum DefaultRules {
    public static let yaml = #"""
# learnlint default rules for learnings documents (ALX ProDev Backend and similar programmes).
# This file is compiled into the binary: `learnlint init` writes it out, and a test checks the two agree.
version: 1

documents:
  include: ["**/README.md", "**/LEARNINGS.md", "**/learnings.md"]
  exclude: [".build/**", "**/node_modules/**", "**/.git/**"]
  max_bytes: 1048576

# Who wrote a document: the first source that yields a name wins.
contributors:
  - front_matter: author
  - path: "contributors/{name}/**"
  - folder: true

rules:
  - id: required-sections
    kind: sections
    severity: error
    sections:
      - id: technologies
        title: Key Technologies
        match: ["*technolog*", "*tech stack*", "stack", "tools*", "*tools", "*tools used*", "*tools and*",
                "*languages and frameworks*"]
        min_items: 3
      - id: concepts
        title: Important Backend Development Concepts
        match: ["*concept*", "*fundamentals*", "*principles*", "*topics covered*"]
      - id: challenges
        title: Challenges Faced and Solutions Implemented
        match: ["*challenge*", "*problems faced*", "*problems encountered*", "*obstacles*", "*difficulties*",
                "*struggles*", "*hurdles*", "*roadblocks*", "*pain points*", "*issues faced*",
                "*problems and solutions*"]
      - id: solutions
        title: Solutions Implemented
        match: ["solution*", "how i solved*", "how i overcame*", "resolution*", "fixes*"]
        required: false
      - id: practices
        title: Best Practices and Personal Takeaways
        match: ["*best practice*", "*takeaway*", "*lessons learned*", "*lessons learnt*", "*key lessons*",
                "*reflection*"]
    order: [technologies, concepts, challenges, practices]

  # Inline `<!-- learnlint-disable … -->` comments: unknown rule ids and unused suppressions (docs/suppressions.md).
  - id: suppressions
    kind: suppressions
    severity: warning

  # Challenges and their solutions, in any of the common formats (docs/pairing.md).
  - id: challenge-solution
    kind: pairing
    severity: error
    section: challenges
    solutions_section: solutions

coverage:
  sections: required-sections
  fail_under: 60

# Concepts that coverage counts: a concept is covered when one of its patterns matches a run of
# words in a heading, a list item or a table cell (normalised like titles; code never counts).
concepts:
  - { name: Database design, match: ["database design*", "database model*", "data model*", "schema design", "normali?ation", "erd", "entity relationship*"] }
  - { name: API design, match: ["api design*", "rest*", "restful*", "api versioning", "api development"] }
  - { name: Caching, match: ["caching*", "cache", "caches", "cached"] }
  - { name: Asynchronous programming, match: ["asynchronous*", "async", "background task*", "task queue*", "concurrency"] }
  - { name: Authentication and authorization, match: ["authentication", "authori?ation", "jwt", "oauth*", "access control"] }
  - { name: Testing, match: ["testing", "unit test*", "integration test*", "test driven*", "tdd"] }
  - { name: Security, match: ["security", "secure coding", "input validation", "owasp"] }
  - { name: CI/CD, match: ["ci cd", "continuous integration*", "continuous deployment*", "continuous delivery*"] }
  - { name: Containerization, match: ["containeri?ation", "containers", "containerized"] }
  - { name: Message queues, match: ["message queue*", "message broker*", "pub sub", "event driven*"] }
  - { name: Scalability and performance, match: ["scalab*", "performance*", "load balancing", "optimi?ation*"] }
  - { name: Documentation, match: ["documentation", "api documentation", "swagger", "openapi"] }

"""#
}
