package org.demandatlas.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a query text means, as index terms: one clause per query word (its term, or the terms of the corpus words
 * it completes or corrects, each with a boost) plus one clause per tactic its words name. An entry's score is the
 * sum over clauses of the best boosted term weight of the clause ({@link TermScoring}); the static site computes
 * the same from the same plan.
 *
 * @param blank     true when the text has no characters but spaces: every entry matches, ranked by entry boost
 * @param stopWords the query's stop words (surface forms), dropped from the clauses; a phrase of the query is
 *                  marked as one across them ({@link PassageFinder})
 */
public record QueryPlan(List<Clause> clauses, boolean blank, Set<String> stopWords) {
    public QueryPlan {
        clauses = List.copyOf(clauses);
        stopWords = Set.copyOf(stopWords);
    }

    /** An index term a clause accepts, and the boost of a match on it. */
    public record Alternative(String term, float boost) {
    }

    /** One query word or tactic: any one of its alternatives matches, the best one counts. */
    public record Clause(List<Alternative> alternatives) {
        public Clause {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a clause needs at least one alternative");
            }
        }
    }

    /** The Lucene query scoring this plan exactly as the static site does. */
    Query toQuery(TermScoring scoring) {
        if (blank) {
            return scoring.everyEntry();
        }
        if (clauses.isEmpty()) {
            return new MatchNoDocsQuery("no query word is known to the atlas");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Clause clause : clauses) {
            query.add(toQuery(clause, scoring), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Query toQuery(Clause clause, TermScoring scoring) {
        List<Query> alternatives = new ArrayList<>();
        for (Alternative alternative : clause.alternatives()) {
            Query term = scoring.termQuery(alternative.term());
            alternatives.add(alternative.boost() == 1f ? term : new BoostQuery(term, alternative.boost()));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** Every term of the plan, in clause order, without repeats. */
    public List<String> terms() {
        return clauses.stream().flatMap(c -> c.alternatives().stream()).map(Alternative::term).distinct().toList();
    }
}
