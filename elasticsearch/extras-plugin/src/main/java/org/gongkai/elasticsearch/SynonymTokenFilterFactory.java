package org.gongkai.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code synonym} and {@code synonym_graph} token filters, for rules in Solr format given inline
 * ({@code synonyms}) or in a file under the config directory ({@code synonyms_path}).
 */
final class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean graph;
    private final boolean expand;

    SynonymTokenFilterFactory(Environment environment, String name, Settings settings, boolean graph) {
        super(name, settings);
        String format = settings.get("format", "solr");
        if (format.equals("solr") == false) {
            throw new IllegalArgumentException("synonym format [" + format + "] is not supported, only [solr]");
        }
        if (settings.hasValue("synonyms") == false && settings.hasValue("synonyms_path") == false) {
            throw new IllegalArgumentException("synonym requires either `synonyms` or `synonyms_path` to be configured");
        }
        this.environment = environment;
        this.settings = settings;
        this.graph = graph;
        this.expand = settings.getAsBoolean("expand", true);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("synonym filters are specialised per analysis chain first");
    }

    /** The rules are analysed with the chain that precedes this filter, so they match what it will see. */
    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
        IndexCreationContext context,
        TokenizerFactory tokenizer,
        List<CharFilterFactory> charFilters,
        List<TokenFilterFactory> previousTokenFilters,
        Function<String, TokenFilterFactory> allFilters
    ) {
        Analyzer analyzer = new CustomAnalyzer(
            tokenizer,
            charFilters.toArray(new CharFilterFactory[0]),
            previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new)
        );
        SynonymMap synonyms = parseRules(analyzer);
        String name = name();
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            @SuppressWarnings("deprecation") // "synonym" must keep the non-graph filter's behaviour
            public TokenStream create(TokenStream tokenStream) {
                if (synonyms.fst == null) {
                    return tokenStream;
                }
                return graph ? new SynonymGraphFilter(tokenStream, synonyms, false) : new SynonymFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // A later synonym filter must not run this one over its own rules.
                return IDENTITY_FILTER;
            }
        };
    }

    private SynonymMap parseRules(Analyzer analyzer) {
        String rules = String.join("\n", Analysis.getWordList(environment, settings, "synonyms"));
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("failed to build synonyms for [" + name() + "]", e);
        }
    }
}
