package org.grassroots.search.article;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.Header;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchProperties;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to Elasticsearch ends within {@code spring.elasticsearch.socket-timeout},
 * unless it says it may take longer. Boot sets the socket timeout as the connection's,
 * but the low-level client's own default response timeout (30 s) replaces that for each
 * request: a server that accepts the connection and never answers (paused, or in a long
 * collection) would hold the caller for 30 s. The response timeout and the wait for a
 * pooled connection get the same bound.
 * <p>
 * Changes to the indices themselves wait for the cluster and take seconds on a busy
 * machine; they ask for a longer deadline with {@link #patient}. The Java client keeps
 * only a request's headers on the way down (not its request configuration), so the
 * deadline travels as a header that the HTTP client takes off and applies before it
 * leases a connection; Elasticsearch never sees it.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchDeadlines {

	private static final String DEADLINE_HEADER = "Grassroots-Deadline-Millis";

	@Bean
	Rest5ClientBuilderCustomizer responseDeadline(ElasticsearchProperties properties) {
		long socket = properties.getSocketTimeout().toMillis();
		long connect = properties.getConnectionTimeout().toMillis();
		return new Rest5ClientBuilderCustomizer() {

			@Override
			public void customize(Rest5ClientBuilder builder) {
			}

			@Override
			public void customize(RequestConfig.Builder builder) {
				builder.setResponseTimeout(socket, TimeUnit.MILLISECONDS)
					.setConnectionRequestTimeout(connect, TimeUnit.MILLISECONDS);
			}

			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addExecInterceptorFirst("grassroots-deadline", requestedDeadline());
			}
		};
	}

	/** The same client, its calls allowed up to {@code deadline} each. */
	static ElasticsearchClient patient(ElasticsearchClient client, Duration deadline) {
		return client.withTransportOptions(client._transport()
			.options()
			.toBuilder()
			.setHeader(DEADLINE_HEADER, Long.toString(deadline.toMillis()))
			.build());
	}

	private static AsyncExecChainHandler requestedDeadline() {
		return (request, entity, scope, chain, callback) -> {
			Header header = request.getFirstHeader(DEADLINE_HEADER);
			if (header != null) {
				request.removeHeaders(DEADLINE_HEADER);
				long millis = Long.parseLong(header.getValue());
				HttpClientContext context = scope.clientContext;
				context.setRequestConfig(RequestConfig.copy(context.getRequestConfigOrDefault())
					.setResponseTimeout(millis, TimeUnit.MILLISECONDS)
					.setConnectionRequestTimeout(millis, TimeUnit.MILLISECONDS)
					.build());
			}
			chain.proceed(request, entity, scope, callback);
		};
	}

}
