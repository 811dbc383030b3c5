package org.demandatlas.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The one scoring unit shared by the live search and the static export: the weight of an index term in an entry
 * is Lucene's BM25 score of the term in each text field, times that field's boost, summed over the fields, times
 * the entry's boost (curated profiles first). The live query combines these units; the export writes the score of
 * each unit for every entry it matches, so that the static site only adds them up.
 */
final class TermScoring {
    private static final DoubleValuesSource ENTRY_BOOST = DoubleValuesSource.fromDoubleField(SearchFields.BOOST);

    private final RankingConfig ranking;

    TermScoring(RankingConfig ranking) {
        this.ranking = ranking;
    }

    /** The weight of {@code term} in every entry that contains it. */
    Query termQuery(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (String field : SearchFields.TEXT) {
            Query query = new TermQuery(new Term(field, term));
            fields.add(new BoostQuery(query, ranking.fieldBoost(field)), BooleanClause.Occur.SHOULD);
        }
        return FunctionScoreQuery.boostByValue(fields.build(), ENTRY_BOOST);
    }

    /** Every entry, scored by its boost alone: the ranking of a query without words. */
    Query everyEntry() {
        return FunctionScoreQuery.boostByValue(new MatchAllDocsQuery(), ENTRY_BOOST);
    }
}
