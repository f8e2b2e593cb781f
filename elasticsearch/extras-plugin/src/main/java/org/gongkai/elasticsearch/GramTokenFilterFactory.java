package org.gongkai.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** The {@code ngram} and {@code edge_ngram} token filters. */
final class GramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final boolean edge;
    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    GramTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings, boolean edge) {
        super(name, settings);
        this.edge = edge;
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        // Same guard as analysis-common: only plain ngrams explode with a wide gram range.
        if (edge == false) {
            GramTokenizerFactory.checkNgramDiff(indexSettings, minGram, maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return edge
            ? new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal)
            : new NGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }
}
