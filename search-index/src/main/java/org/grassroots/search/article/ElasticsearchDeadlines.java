package org.grassroots.search.article;

import java.util.concurrent.TimeUnit;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.config.RequestConfig;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchProperties;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to Elasticsearch ends within {@code spring.elasticsearch.socket-timeout}.
 * Boot sets it as the connection's socket timeout, but the low-level client's own default
 * response timeout (30 s) replaces that for each request: a server that accepts the
 * connection and never answers (paused, or in a long collection) would hold the caller
 * for 30 s. The response timeout and the wait for a pooled connection get the same bound.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchDeadlines {

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
		};
	}

}
