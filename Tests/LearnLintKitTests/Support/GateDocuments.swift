import Foundation

/// Learnings documents for gate tests: one that lacks sections, one that has them all.
enum Documents {
    static let missingConcepts = """
        # Alice's learnings

        ## Key Technologies
        - Docker
        - PostgreSQL
        - Django

        ## Challenges Faced and Solutions Implemented
        - **Challenge:** slow queries. **Solution:** indexes.

        ## Best Practices and Personal Takeaways
        - Write tests first.

        """

    static let complete = missingConcepts.replacingOccurrences(
        of: "## Challenges", with: "## Important Backend Development Concepts\n- Caching\n\n## Challenges")
}
