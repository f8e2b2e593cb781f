package org.gongkai.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Adds the pieces of the rest-root and analysis-common modules that the minimal
 * integ-test distribution lacks, under the names those modules use.
 */
public class GongkaiExtrasPlugin extends Plugin implements ActionPlugin, AnalysisPlugin {

    // REST handlers are created before components, so the handler resolves this lazily per request.
    private final SetOnce<ClusterService> clusterService = new SetOnce<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RestRootAction(Node.NODE_NAME_SETTING.get(settings), clusterService::get));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "ngram", (indexSettings, env, name, settings) -> new GramTokenFilterFactory(indexSettings, name, settings, false),
            "edge_ngram", (indexSettings, env, name, settings) -> new GramTokenFilterFactory(indexSettings, name, settings, true),
            "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingTokenFilterFactory(name, settings),
            "cjk_bigram", (indexSettings, env, name, settings) -> new CjkBigramTokenFilterFactory(name, settings),
            "cjk_width", (indexSettings, env, name, settings) -> new NormalizingTokenFilterFactory() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public TokenStream create(TokenStream tokenStream) {
                    return new CJKWidthFilter(tokenStream);
                }
            }
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "ngram", (indexSettings, env, name, settings) -> new GramTokenizerFactory(indexSettings, name, settings, false),
            "edge_ngram", (indexSettings, env, name, settings) -> new GramTokenizerFactory(indexSettings, name, settings, true)
        );
    }
}
