package org.gongkai.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;

import java.util.List;
import java.util.Map;

/** The {@code cjk_bigram} token filter, with {@code ignored_scripts} and {@code output_unigrams}. */
final class CjkBigramTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final Map<String, Integer> SCRIPTS = Map.of(
        "han", CJKBigramFilter.HAN,
        "hiragana", CJKBigramFilter.HIRAGANA,
        "katakana", CJKBigramFilter.KATAKANA,
        "hangul", CJKBigramFilter.HANGUL
    );

    private final int flags;
    private final boolean outputUnigrams;

    CjkBigramTokenFilterFactory(String name, Settings settings) {
        super(name, settings);
        this.outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        List<String> ignored = settings.getAsList("ignored_scripts");
        int scripts = 0;
        for (Map.Entry<String, Integer> script : SCRIPTS.entrySet()) {
            if (ignored.contains(script.getKey()) == false) {
                scripts |= script.getValue();
            }
        }
        this.flags = scripts;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        CJKBigramFilter filter = new CJKBigramFilter(tokenStream, flags, outputUnigrams);
        if (outputUnigrams) {
            // Unigrams and bigrams overlap in positions; graph queries over them would explode.
            filter.addAttribute(DisableGraphAttribute.class);
        }
        return filter;
    }
}
