package org.gongkai.elasticsearch;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** The {@code ngram} and {@code edge_ngram} tokenizers, with {@code min_gram}, {@code max_gram} and {@code token_chars}. */
final class GramTokenizerFactory extends AbstractTokenizerFactory {

    private static final Set<Integer> PUNCTUATION = Set.of(
        (int) Character.START_PUNCTUATION,
        (int) Character.END_PUNCTUATION,
        (int) Character.OTHER_PUNCTUATION,
        (int) Character.CONNECTOR_PUNCTUATION,
        (int) Character.DASH_PUNCTUATION,
        (int) Character.INITIAL_QUOTE_PUNCTUATION,
        (int) Character.FINAL_QUOTE_PUNCTUATION
    );
    private static final Set<Integer> SYMBOL = Set.of(
        (int) Character.CURRENCY_SYMBOL,
        (int) Character.MATH_SYMBOL,
        (int) Character.OTHER_SYMBOL,
        (int) Character.MODIFIER_SYMBOL
    );

    private final boolean edge;
    private final int minGram;
    private final int maxGram;
    private final IntPredicate tokenChars; // null: every character belongs to a token

    GramTokenizerFactory(IndexSettings indexSettings, String name, Settings settings, boolean edge) {
        super(indexSettings, settings, name);
        this.edge = edge;
        this.minGram = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
        this.maxGram = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
        if (edge == false) {
            checkNgramDiff(indexSettings, minGram, maxGram);
        }
        this.tokenChars = parseTokenChars(settings);
    }

    static void checkNgramDiff(IndexSettings indexSettings, int minGram, int maxGram) {
        int allowed = indexSettings.getMaxNgramDiff();
        if (maxGram - minGram > allowed) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in NGram Tokenizer must be less than or equal to: ["
                    + allowed
                    + "] but was ["
                    + (maxGram - minGram)
                    + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                    + "] index level setting."
            );
        }
    }

    private static IntPredicate parseTokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars");
        if (classes.isEmpty()) {
            return null;
        }
        IntPredicate matcher = c -> false;
        for (String charClass : classes) {
            matcher = matcher.or(charClass(charClass.trim().toLowerCase(Locale.ROOT), settings));
        }
        return matcher;
    }

    private static IntPredicate charClass(String charClass, Settings settings) {
        return switch (charClass) {
            case "letter" -> Character::isLetter;
            case "digit" -> Character::isDigit;
            case "whitespace" -> Character::isWhitespace;
            case "punctuation" -> c -> PUNCTUATION.contains(Character.getType(c));
            case "symbol" -> c -> SYMBOL.contains(Character.getType(c));
            case "custom" -> {
                String custom = settings.get("custom_token_chars");
                if (custom == null) {
                    throw new IllegalArgumentException("Token type: 'custom' requires setting `custom_token_chars`");
                }
                Set<Integer> chars = custom.codePoints().boxed().collect(Collectors.toSet());
                yield chars::contains;
            }
            default -> throw new IllegalArgumentException(
                "Unknown token type: '" + charClass + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]"
            );
        };
    }

    @Override
    public Tokenizer create() {
        if (tokenChars == null) {
            return edge ? new EdgeNGramTokenizer(minGram, maxGram) : new NGramTokenizer(minGram, maxGram);
        }
        return edge ? new EdgeNGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        } : new NGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        };
    }
}
