package org.gongkai.elasticsearch;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.List;
import java.util.function.Supplier;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

/** {@code GET /} and {@code HEAD /}, answering like the rest-root module (clients probe this on connect). */
final class RestRootAction extends BaseRestHandler {

    private final String nodeName;
    private final Supplier<ClusterService> clusterService;

    RestRootAction(String nodeName, Supplier<ClusterService> clusterService) {
        this.nodeName = nodeName;
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "gongkai_root_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        ClusterState state = clusterService.get().state();
        Metadata metadata = state.metadata();
        Build build = Build.current();
        return channel -> {
            XContentBuilder builder = channel.newBuilder();
            // Like rest-root: pretty by default, unless ?pretty=false.
            if (request.hasParam("pretty") == false) {
                builder.prettyPrint().lfAtEnd();
            }
            builder.startObject()
                .field("name", nodeName)
                .field("cluster_name", state.getClusterName().value())
                .field("cluster_uuid", metadata.clusterUUIDCommitted() ? metadata.clusterUUID() : Metadata.UNKNOWN_CLUSTER_UUID)
                .startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject()
                .field("tagline", "You Know, for Search")
                .endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }

    @Override
    public boolean canTripCircuitBreaker() {
        return false;
    }
}
